//! Review step: every answer, with a link back to the step that asked it.

use crate::content::text;
use crate::ui::components::{AnswerSections, StepFrame};
use crate::ui::route::Step;
use crate::ui::use_app;
use yew::prelude::*;

/// The review page.
#[component]
pub fn ReviewStep() -> Html {
    let state = use_app();
    let blocked = state
        .assessment
        .processes
        .is_empty()
        .then(|| AttrValue::from(text::NEED_PROCESS));
    html! {
        <StepFrame step={Step::Review} title={text::REVIEW_TITLE} intro={text::REVIEW_INTRO} next_label={text::SEE_RESULTS} {blocked}>
            <AnswerSections edit_links=true />
        </StepFrame>
    }
}
