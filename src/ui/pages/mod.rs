//! One component per screen.

mod company;
mod goals;
mod not_found;
mod open;
mod processes;
mod results;
mod review;
mod risk;
mod welcome;

pub use company::CompanyStep;
pub use goals::goals_step;
pub use not_found::NotFound;
pub use open::{Incoming, OpenPage};
pub use processes::ProcessesStep;
pub use results::{PrintReport, Requests, ResultsPage};
pub use review::ReviewStep;
pub use risk::RiskStep;
pub use welcome::Welcome;
