//! Goals step: each goal weighted 0–5.

use crate::content::text;
use crate::ui::components::{GoalFields, StepFrame};
use crate::ui::route::Step;
use yew::prelude::*;

/// The goals form.
pub fn goals_step() -> Html {
    html! {
        <StepFrame step={Step::Goals} title={text::GOALS_TITLE} intro={text::GOALS_INTRO}>
            <GoalFields id_prefix="goal-" />
        </StepFrame>
    }
}
