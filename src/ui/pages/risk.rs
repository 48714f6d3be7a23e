//! Risk and constraints step.

use crate::content::text;
use crate::engine::model::{Level, Regulation};
use crate::ui::components::{checks, radios, Question, StepFrame, ToleranceField};
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
    let level = |id: &'static str, text: &'static str, value: Level, make: fn(Level) -> Action| {
        radios(Question::new(id, text), value, &d.reform(make))
    };
    // Say why GDPR is ticked where Shorewise ticked it for the home country.
    let regulations = Question::new("regulations", text::REGULATIONS.get());
    let regulations = if crate::ui::state::gdpr_applies(&state.assessment.company.home)
        && r.regulations.contains(&Regulation::Gdpr)
    {
        regulations.help(text::GDPR_TICKED.get())
    } else {
        regulations
    };
    html! {
        <StepFrame step={Step::Risk} title={text::RISK_TITLE} intro={text::RISK_INTRO}>
            <ToleranceField id="tolerance" />
            { radios(Question::new("residency", text::RESIDENCY.get()).help(text::RESIDENCY_HELP.get()), r.residency,
                &d.reform(|residency| Action::SetResidency { residency })) }
            { checks(regulations, &r.regulations, None,
                &d.reform(|regulation| Action::ToggleRegulation { regulation })) }
            { level("dependency", text::DEPENDENCY.get(), r.dependency_tolerance, |level| Action::SetDependencyTolerance { level }) }
            { level("vendor-management", text::VENDOR_MANAGEMENT.get(), r.vendor_management, |level| Action::SetVendorManagement { level }) }
            { level("transition", text::TRANSITION.get(), r.transition_appetite, |level| Action::SetTransitionAppetite { level }) }
            { radios(Question::new("automation", text::AUTOMATION.get()).help(text::AUTOMATION_HELP.get()), r.automation,
                &d.reform(|level| Action::SetAutomation { level })) }
        </StepFrame>
    }
}
