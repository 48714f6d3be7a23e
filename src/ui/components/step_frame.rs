//! The frame of every questionnaire step: progress, heading (focused on arrival),
//! intro, the step's fields, and Back / Next with the checks that may block moving on.

use crate::content::text;
use crate::ui::route::Step;
use crate::ui::router::use_navigator;
use crate::ui::state::Action;
use crate::ui::use_app;
use yew::prelude::*;

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
    #[prop_or(AttrValue::Static(text::NEXT.get()))]
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
                // A summary already shown takes focus again; a new one focuses itself.
                if *attempted {
                    crate::web::focus("error-summary");
                }
                attempted.set(true);
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
                if let (true, Some(reason)) = (*attempted, blocked.clone()) {
                    <ErrorSummary {reason} />
                }
                { props.children.clone() }
                <div class="step-actions">
                    { back.unwrap_or_default() }
                    <button type="submit" class="button primary">{ props.next_label.clone() }</button>
                </div>
            </form>
        </div>
    }
}

/// Props of [`ErrorSummary`].
#[derive(Properties, PartialEq, Clone)]
struct ErrorSummaryProps {
    reason: AttrValue,
}

/// What stops the user moving on, at the top of the step (the GOV.UK error-summary
/// pattern): focused when Next is refused, with a link to each invalid field.
#[component]
fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let state = use_app();
    use_effect_with((), |_| crate::web::focus("error-summary"));
    let links = state.invalid.iter().map(|key| {
        let (target, label) = field_target(&state.assessment, key);
        let onclick = {
            let target = target.clone();
            Callback::from(move |e: MouseEvent| {
                // The router owns the fragment: move focus instead of following the link.
                e.prevent_default();
                crate::web::focus(&target);
            })
        };
        html! { <li key={key.clone()}><a href={format!("#{target}")} {onclick}>{ label }</a></li> }
    });
    html! {
        <div class="error-summary" id="error-summary" role="alert" tabindex="-1"
            aria-labelledby="error-summary-title">
            <h2 id="error-summary-title">{ text::ERROR_SUMMARY_TITLE }</h2>
            <p>{ props.reason.clone() }</p>
            if !state.invalid.is_empty() {
                <ul>{ for links }</ul>
            }
        </div>
    }
}

/// The element id and the link text of an invalid field, from its key: a process's
/// number field ("processes.{id}.{field}") is named after the process and the question.
fn field_target(a: &crate::engine::Assessment, key: &str) -> (String, String) {
    let mut parts = key.splitn(3, '.');
    if let (Some("processes"), Some(id), Some(field)) = (parts.next(), parts.next(), parts.next()) {
        let name = a
            .processes
            .iter()
            .find(|p| p.id.to_string() == id)
            .map_or(id, |p| crate::content::processes::name_of(p));
        let question = match field {
            "fte" => text::FTE.get(),
            "annual_cost" => text::ANNUAL_COST.get(),
            other => other,
        };
        return (format!("{id}-{field}"), text::field_link(name, question));
    }
    (key.to_owned(), key.to_owned())
}
