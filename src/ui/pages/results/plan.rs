//! How to proceed: the roadmap in waves and the vendor-selection checklist.

use crate::content::{advice, lang, text};
use yew::prelude::*;

use super::fold::Fold;
use super::ReportProps;

pub(super) fn roadmap(props: &ReportProps) -> Html {
    let r = &props.rec;
    let conclusion = match r.roadmap.iter().map(|w| w.end_month).max() {
        Some(end) => text::roadmap_conclusion(r.roadmap.len(), end),
        None => text::NOTHING_CHANGES.get().to_owned(),
    };
    html! {
        <Fold id="roadmap-heading" heading={text::ROADMAP_HEADING.get()} conclusion={conclusion}>
            if r.roadmap.is_empty() {
                <p>{ text::NOTHING_CHANGES }</p>
            } else {
                <ol class="waves">
                    { for r.roadmap.iter().map(|w| { let (title, about) = advice::wave(w.kind); html! {
                        <li key={title}>
                            <h3>{ text::wave_heading(title, w.start_month, w.end_month) }</h3>
                            <p>{ about }</p>
                            <p>{ r.names_in(w).join(", ") }</p>
                        </li>
                    }}) }
                </ol>
                <h3>{ text::EIGHT_STEPS }</h3>
                <ol class="bpo-steps">
                    { for advice::BPO_STEPS.iter().map(|(step, what)| html! { <li key={step.get()}><strong>{ *step }</strong>{ lang::colon() }{ *what }</li> }) }
                </ol>
            }
        </Fold>
    }
}

pub(super) fn checklist(props: &ReportProps) -> Html {
    let r = &props.rec;
    if r.checklist.is_empty() {
        return Html::default();
    }
    html! {
        <Fold id="checklist-heading" heading={text::CHECKLIST_HEADING.get()} conclusion={text::checklist_conclusion(r.checklist.len())}>
            <ul class="checklist">
                { for r.checklist.iter().map(|c| html! { <li key={advice::check_item(*c)}>{ advice::check_item(*c) }</li> }) }
            </ul>
        </Fold>
    }
}
