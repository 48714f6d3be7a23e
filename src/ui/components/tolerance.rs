//! The overall risk-tolerance question: asked on the risk step and offered again in the
//! results page's what-if panel.

use super::{radios, Question};
use crate::content::{advice, text};
use crate::engine::model::Level;
use crate::engine::outcome::Change;
use crate::ui::state::Action;
use crate::ui::use_app;
use yew::prelude::*;

/// The risk-tolerance question, shared with the what-if panel.
#[derive(Properties, PartialEq, Clone)]
pub struct ToleranceProps {
    /// Field id.
    pub id: AttrValue,
    /// In the what-if panel: shows and changes the answer being tried, not the user's,
    /// and says when the two differ.
    #[prop_or_default]
    pub what_if: bool,
}

/// Overall risk tolerance as a radio group.
#[component]
pub fn ToleranceField(props: &ToleranceProps) -> Html {
    let state = use_app();
    let d = state.dispatcher().to_callback();
    let yours = state.assessment.risk.tolerance;
    if props.what_if {
        let tried = state.effective().risk.tolerance;
        let onchange = d.reform(|to: Level| Action::Try {
            change: Change::RiskTolerance { to },
            process: None,
        });
        let mut q = Question::new(props.id.clone(), text::TOLERANCE.get());
        if tried != yours {
            q = q.note(text::yours_was(advice::level(yours)));
        }
        radios(q, tried, &onchange)
    } else {
        let onchange = d.reform(|level: Level| Action::SetTolerance { level });
        radios(
            Question::new(props.id.clone(), text::TOLERANCE.get()).help(text::TOLERANCE_HELP.get()),
            yours,
            &onchange,
        )
    }
}
