//! The recommendation engine: plain, deterministic Rust with no browser types.
//!
//! [`recommend()`] turns an [`Assessment`] (what the user answered) into a
//! [`Recommendation`] (what to do with every process, where, why, at what cost, and how to
//! proceed). Every score is a sum of terms tied to the answer that caused it, so the
//! explanation is data the UI renders, not prose the engine writes.
//!
//! ```
//! use shorewise::engine::{recommend, Assessment, Decision};
//! use shorewise::engine::model::{ProcessAnswer};
//! use shorewise::content::processes;
//!
//! let mut a = Assessment::default();
//! a.processes.push(processes::find("data-entry").unwrap().answer());
//! let r = recommend(&a).expect("a valid assessment");
//! assert_eq!(r.processes.len(), 1);
//! assert_ne!(r.processes[0].decision, Decision::KeepInHouse);
//! ```

pub mod automate;
pub mod compare;
pub mod cost;
pub mod examples;
pub mod explain;
pub mod facts;
pub mod few;
pub mod figures;
pub mod leverage;
pub mod location;
pub mod plan;
pub mod portfolio;
pub mod recommend;
pub mod record;
pub mod rfp;
pub mod score;
pub mod summary;
pub mod validate;
pub mod whatif;

// The vocabulary lives below content and engine; its modules keep their engine paths.
pub use crate::vocab::{digits, error, model, order, outcome};

pub use error::EngineError;
pub use model::Assessment;
pub use outcome::{Decision, LocationModel};
pub use recommend::{recommend, Recommendation};
