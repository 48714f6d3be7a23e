//! A card's reasons in words (for the decision, and for the location when a provider
//! does the work), and the card's details as they print: compact lines instead of lists.

use crate::content::reasons::Explanation;
use crate::content::{advice, text};
use crate::engine::model::{Assessment, ProcessAnswer};
use crate::engine::recommend::ProcessAdvice;
use std::rc::Rc;
use yew::prelude::*;

/// One process's advice and its reasons in words.
#[derive(Clone, PartialEq)]
pub(super) struct Card {
    pub(super) advice: Rc<ProcessAdvice>,
    pub(super) words: Rc<Words>,
}

/// A card's reasons in words: for the decision, and for the location when a provider
/// does the work.
#[derive(PartialEq)]
pub(super) struct Words {
    pub(super) decision: Explanation,
    pub(super) location: Option<Explanation>,
}

impl Words {
    /// The words of advice `p`, given for process `answer` of assessment `a`.
    pub(super) fn of(p: &ProcessAdvice, answer: &ProcessAnswer, a: &Assessment) -> Self {
        let (decision, location) = crate::engine::explain::in_words(p, answer, a);
        Self { decision, location }
    }
}

/// A choice's reasons: how clearly it won, the strongest reasons for it and against it.
pub(super) fn explained(e: &Explanation) -> Html {
    html! {
        <>
            <p class="closeness">{ &e.closeness }</p>
            <ul class="reasons">
                { for e.why.iter().map(|r| html! { <li key={r.as_str()} class="pro">{ r }</li> }) }
                { for e.against.iter().map(|r| html! { <li key={r.as_str()} class="con">{ r }</li> }) }
            </ul>
        </>
    }
}

/// A card's details on paper, each a line: where the work goes and the strongest reason
/// why, and the KPIs to agree (their targets go into the request for proposal). The
/// risks are not repeated per card: the first page names the most serious ones.
pub(super) fn on_paper(p: &ProcessAdvice, words: &Words, location_name: &str) -> Html {
    let kpis: Vec<&str> = p.kpis.iter().map(|k| advice::kpi(*k).0).collect();
    html! {
        <div class="advice-paper">
            if let Some(w) = &words.location {
                <p>
                    <strong>{ text::why_location(location_name) }{ ": " }</strong>{ &w.closeness }
                    if let Some(first) = w.why.first() { { " " }{ first } }
                </p>
            }
            <p><strong>{ text::KPIS_NAMED }{ ": " }</strong>{ kpis.join("; ") }</p>
        </div>
    }
}
