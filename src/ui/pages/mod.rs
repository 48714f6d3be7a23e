//! One component per screen.

mod company;
mod goals;
mod not_found;
mod processes;
mod results;
mod review;
mod risk;
mod welcome;

pub use company::CompanyStep;
pub use goals::GoalsStep;
pub use not_found::NotFound;
pub use processes::ProcessesStep;
pub use results::ResultsPage;
pub use review::ReviewStep;
pub use risk::RiskStep;
pub use welcome::Welcome;

use yew::prelude::*;

/// Labels of an enum's values as attribute values, for choice fields.
pub(crate) fn labels<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Vec<AttrValue> {
    all.iter().map(|v| AttrValue::Static(name(*v))).collect()
}

/// Position of a value in its enum's `ALL` list (for the selected index of a field).
pub(crate) fn index_of<T: PartialEq>(all: &[T], v: &T) -> usize {
    all.iter().position(|x| x == v).unwrap_or(0)
}
