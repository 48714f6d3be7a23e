//! The goal weights, one 0–5 scale per goal: asked on the goals step and offered again
//! in the results page's what-if panel.

use crate::content::{advice, text};
use crate::engine::model::Goal;
use crate::ui::components::ScaleField;
use crate::ui::state::Action;
use crate::ui::use_app;
use yew::prelude::*;

/// Goal weights, shared with the results page's what-if panel.
#[derive(Properties, PartialEq, Clone)]
pub struct GoalFieldsProps {
    /// Prefix for field ids, so two sets can live on different pages.
    pub id_prefix: AttrValue,
    /// Short labels and no help text, for the results page's side panel.
    #[prop_or_default]
    pub compact: bool,
}

/// One 0–5 scale per goal.
#[component]
pub fn GoalFields(props: &GoalFieldsProps) -> Html {
    let state = use_app();
    let goals = state.assessment.goals;
    html! {
        { for Goal::ALL.iter().map(|&goal| {
            let onchange = state.dispatcher().to_callback().reform(move |weight: u8| Action::SetGoal { goal, weight });
            html! {
                <ScaleField key={goal.key()} id={format!("{}{}", props.id_prefix, goal.key())}
                    legend={advice::goal(goal)} help={(!props.compact).then_some(AttrValue::Static(advice::goal_help(goal)))}
                    labels={if props.compact { text::WEIGHT_LABELS_SHORT } else { text::WEIGHT_LABELS }}
                    value={goals.get(goal)} {onchange} />
            }
        }) }
    }
}
