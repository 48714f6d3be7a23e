//! An on/off switch for disclosures ("Refine answers", "Details"): view state only,
//! never saved with the answers.

use yew::prelude::*;

/// Handle returned by [`use_toggle`].
#[derive(Clone, PartialEq)]
pub struct UseToggleHandle {
    state: UseStateHandle<bool>,
}

impl UseToggleHandle {
    /// Whether the switch is on.
    pub fn is_on(&self) -> bool {
        *self.state
    }

    /// A click handler that flips the switch.
    pub fn toggle_callback(&self) -> Callback<MouseEvent> {
        let state = self.state.clone();
        Callback::from(move |_| state.set(!*state))
    }
}

/// A boolean that starts at `initial` and flips on each call of its toggle callback.
#[hook]
pub fn use_toggle(initial: bool) -> UseToggleHandle {
    use_toggle_with(move || initial)
}

/// [`use_toggle`] whose starting value is worked out once, when the component is
/// first drawn (not on every render).
#[hook]
pub fn use_toggle_with(initial: impl FnOnce() -> bool + 'static) -> UseToggleHandle {
    UseToggleHandle {
        state: use_state(initial),
    }
}
