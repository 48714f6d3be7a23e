//! The overall risk-tolerance question: asked on the risk step and offered again in the
//! results page's what-if panel.

use super::{radios, Question};
use crate::content::text;
use crate::engine::model::Level;
use crate::ui::state::Action;
use crate::ui::use_app;
use yew::prelude::*;

/// The risk-tolerance question, shared with the what-if panel.
#[derive(Properties, PartialEq, Clone)]
pub struct ToleranceProps {
    /// Field id.
    pub id: AttrValue,
}

/// Overall risk tolerance as a radio group.
#[component]
pub fn ToleranceField(props: &ToleranceProps) -> Html {
    let state = use_app();
    let onchange = state
        .dispatcher()
        .to_callback()
        .reform(|level: Level| Action::SetTolerance { level });
    radios(
        Question::new(props.id.clone(), text::TOLERANCE).help(text::TOLERANCE_HELP),
        state.assessment.risk.tolerance,
        &onchange,
    )
}
