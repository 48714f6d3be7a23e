//! The overall risk-tolerance question: asked on the risk step and offered again in the
//! results page's what-if panel.

use crate::content::{advice, text};
use crate::engine::model::Level;
use crate::ui::components::ChoiceField;
use crate::ui::pages::{index_of, labels};
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
        .reform(|i: usize| Action::SetTolerance {
            level: Level::ALL[i.min(2)],
        });
    html! {
        <ChoiceField id={props.id.clone()} legend={text::TOLERANCE} help={Some(AttrValue::from(text::TOLERANCE_HELP))}
            options={labels(Level::ALL, advice::level)}
            selected={index_of(Level::ALL, &state.assessment.risk.tolerance)} {onchange} />
    }
}
