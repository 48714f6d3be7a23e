//! The goal weights, one 0–5 scale per goal: asked on the goals step and offered again
//! in the results page's what-if panel.

use crate::content::{advice, text};
use crate::engine::model::Goal;
use crate::engine::outcome::Change;
use crate::ui::components::ScaleField;
use crate::ui::state::Action;
use crate::ui::use_app;
use yew::prelude::*;

/// Goal weights, shared with the results page's what-if panel.
#[derive(Properties, PartialEq, Clone)]
pub struct GoalFieldsProps {
    /// Prefix for field ids, so two sets can live on different pages.
    pub id_prefix: AttrValue,
    /// The results page's what-if panel: short labels, no help text, and the weights
    /// being tried rather than the user's, each marked where it differs from theirs.
    #[prop_or_default]
    pub what_if: bool,
}

/// One 0–5 scale per goal.
#[component]
pub fn GoalFields(props: &GoalFieldsProps) -> Html {
    let state = use_app();
    let yours = state.assessment.goals;
    let shown = if props.what_if {
        state.effective().goals
    } else {
        yours
    };
    let d = state.dispatcher().to_callback();
    html! {
        { for Goal::ALL.iter().map(|&goal| {
            let (help, labels, onchange) = if props.what_if {
                let changed = shown.get(goal) != yours.get(goal);
                let note = changed.then(|| AttrValue::from(text::yours_was(&yours.get(goal).to_string())));
                let onchange = d.reform(move |to: u8| Action::Try { change: Change::Goal { goal, to }, process: None });
                (note, text::WEIGHT_LABELS_SHORT, onchange)
            } else {
                let onchange = d.reform(move |weight: u8| Action::SetGoal { goal, weight });
                (Some(AttrValue::Static(advice::goal_help(goal))), text::WEIGHT_LABELS, onchange)
            };
            html! {
                <ScaleField key={goal.key()} id={format!("{}{}", props.id_prefix, goal.key())}
                    legend={advice::goal(goal)} {help} {labels}
                    value={shown.get(goal)} {onchange} />
            }
        }) }
    }
}
