//! Risk and constraints step.

use super::{index_of, labels};
use crate::content::{advice, text};
use crate::engine::model::{Level, Regulation, Residency};
use crate::ui::components::{CheckGroup, ChoiceField, StepFrame, ToleranceField};
use crate::ui::route::Step;
use crate::ui::state::Action;
use crate::ui::use_app;
use yew::prelude::*;

/// The risk form.
#[component]
pub fn RiskStep() -> Html {
    let state = use_app();
    let r = &state.assessment.risk;
    let d = state.dispatcher().to_callback();
    let level =
        |id: &'static str, legend: &'static str, value: Level, make: fn(Level) -> Action| {
            let onchange = d.reform(move |i: usize| make(Level::ALL[i.min(2)]));
            html! {
                <ChoiceField id={id} legend={legend} options={labels(Level::ALL, advice::level)}
                    selected={index_of(Level::ALL, &value)} {onchange} />
            }
        };
    let regulations: Vec<(AttrValue, bool)> = Regulation::ALL
        .iter()
        .map(|g| {
            (
                AttrValue::Static(advice::regulation(*g)),
                r.regulations.contains(g),
            )
        })
        .collect();
    html! {
        <StepFrame step={Step::Risk} title={text::RISK_TITLE} intro={text::RISK_INTRO}>
            <ToleranceField id="tolerance" />
            <ChoiceField id="residency" legend={text::RESIDENCY} help={Some(AttrValue::from(text::RESIDENCY_HELP))}
                options={labels(Residency::ALL, advice::residency)}
                selected={index_of(Residency::ALL, &r.residency)}
                onchange={d.reform(|i: usize| Action::SetResidency { residency: Residency::ALL[i.min(2)] })} />
            <CheckGroup id="regulations" legend={text::REGULATIONS} options={regulations}
                ontoggle={d.reform(|i: usize| Action::ToggleRegulation { regulation: Regulation::ALL[i] })} />
            { level("dependency", text::DEPENDENCY, r.dependency_tolerance, |level| Action::SetDependencyTolerance { level }) }
            { level("vendor-management", text::VENDOR_MANAGEMENT, r.vendor_management, |level| Action::SetVendorManagement { level }) }
            { level("transition", text::TRANSITION, r.transition_appetite, |level| Action::SetTransitionAppetite { level }) }
        </StepFrame>
    }
}
