//! Small hooks for short-lived view state that does not belong in the app state.

mod use_toggle;

pub use use_toggle::{use_toggle, UseToggleHandle};
