//! The what-if bar: while what-if changes are being tried, it lists them, says how many
//! processes' advice they change, and offers to drop them or keep them as the answers.
//! It stays in view at the bottom of the screen, so that on a phone the effect of a
//! change shows beside the control that made it.

use super::Shared;
use crate::content::{advice, lang, processes, text};
use crate::engine::compare::compare;
use crate::engine::recommend::{recommend, Recommendation};
use crate::ui::state::{Action, Tried};
use crate::ui::use_app;
use yew::prelude::*;

/// Props of [`TrialBar`].
#[derive(Properties, PartialEq, Clone)]
pub(super) struct TrialProps {
    /// The advice with the changes being tried.
    pub(super) tried: Shared<Recommendation>,
}

/// The what-if bar.
#[component]
pub(super) fn TrialBar(props: &TrialProps) -> Html {
    let state = use_app();
    let yours = use_memo(state.assessment.clone(), |a| recommend(a).ok());
    let effect = yours.as_ref().as_ref().map(|yours| {
        let c = compare(yours, &props.tried);
        text::trial_effect(c.differences(), c.rows.len())
    });
    let d = state.dispatcher().to_callback();
    let name_of = |t: &Tried| {
        t.process.as_ref().and_then(|id| {
            state
                .assessment
                .processes
                .iter()
                .find(|p| p.id == *id)
                .map(|p| processes::name_of(p).to_owned())
        })
    };
    html! {
        <section class="trial-bar" aria-labelledby="trial-heading">
            <h2 id="trial-heading">{ text::TRIAL_HEADING }</h2>
            if let Some(effect) = effect {
                <p role="status" class="trial-effect">{ effect }</p>
            }
            <ul class="trial-changes">
                { for state.trial.iter().map(|t| {
                    let change = advice::change(t.change);
                    html! {
                        <li>{ match name_of(t) {
                            Some(name) => format!("{name}{}{change}", lang::colon()),
                            None => change,
                        } }</li>
                    }
                }) }
            </ul>
            <div class="actions">
                <button type="button" class="button secondary" onclick={d.reform(|_: MouseEvent| Action::DropTrial)}>
                    { text::TRIAL_DROP }
                </button>
                <button type="button" class="button primary" onclick={d.reform(|_: MouseEvent| Action::KeepTrial)}>
                    { text::TRIAL_KEEP }
                </button>
            </div>
        </section>
    }
}
