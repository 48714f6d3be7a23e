//! The frame of every questionnaire step: progress, heading (focused on arrival),
//! intro, the step's fields, and Back / Next with the checks that may block moving on.

use crate::content::text;
use crate::ui::route::Step;
use crate::ui::state::Action;
use crate::ui::use_app;
use yew::prelude::*;
use yew_router::prelude::*;

/// Props of [`StepFrame`].
#[derive(Properties, PartialEq, Clone)]
pub struct StepFrameProps {
    /// Which step this is.
    pub step: Step,
    /// Heading.
    pub title: AttrValue,
    /// Intro paragraph.
    pub intro: AttrValue,
    /// A reason the step cannot be left forward yet, besides invalid fields.
    #[prop_or_default]
    pub blocked: Option<AttrValue>,
    /// Label of the Next button.
    #[prop_or(AttrValue::Static(text::NEXT))]
    pub next_label: AttrValue,
    /// The step's content.
    pub children: Html,
}

/// Wraps a step's form; moves focus to the heading when the step appears.
#[component]
pub fn StepFrame(props: &StepFrameProps) -> Html {
    let state = use_app();
    let navigator = use_navigator();
    let attempted = use_state(|| false);
    crate::ui::hooks::use_page_title(props.title.to_string());
    {
        let state = state.clone();
        use_effect_with(props.step, move |step| {
            state.dispatch(Action::Reach { step: *step });
            crate::web::scroll_to_top();
            crate::web::focus("page-title");
        });
    }
    let blocked: Option<AttrValue> = if !state.invalid.is_empty() {
        Some(text::FIX_FIELDS.into())
    } else {
        props.blocked.clone()
    };
    let onsubmit = {
        let (navigator, attempted, blocked, step) = (
            navigator.clone(),
            attempted.clone(),
            blocked.clone(),
            props.step,
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if blocked.is_some() {
                attempted.set(true);
                crate::web::focus("step-blocked");
                return;
            }
            if let (Some(nav), Some(next)) = (&navigator, step.next()) {
                nav.push(&next.route());
            }
        })
    };
    let back = props.step.previous().map(|prev| {
        let navigator = navigator.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            if let Some(nav) = &navigator {
                nav.push(&prev.route());
            }
        });
        html! { <button type="button" class="button secondary" {onclick}>{ text::BACK }</button> }
    });
    html! {
        <div class="step-page">
            <super::Progress current={props.step} />
            <form class="step-form" novalidate=true {onsubmit}>
                <h1 id="page-title" tabindex="-1">{ props.title.clone() }</h1>
                <p class="intro">{ props.intro.clone() }</p>
                { props.children.clone() }
                if let (true, Some(reason)) = (*attempted, blocked.clone()) {
                    <p class="error step-blocked" id="step-blocked" role="alert" tabindex="-1">{ reason }</p>
                }
                <div class="step-actions">
                    { back.unwrap_or_default() }
                    <button type="submit" class="button primary">{ props.next_label.clone() }</button>
                </div>
            </form>
        </div>
    }
}
