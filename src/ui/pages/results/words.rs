//! A card's reasons in words (for the decision, and for the location when a provider
//! does the work), and the card's details as they print: compact lines instead of lists.

use crate::content::reasons::Explanation;
use crate::content::{advice, lang, text};
use crate::engine::model::{Assessment, ProcessAnswer};
use crate::engine::recommend::ProcessAdvice;
use std::cell::OnceCell;
use std::rc::Rc;
use yew::prelude::*;

/// One process's advice and its reasons in words.
#[derive(Clone, PartialEq)]
pub(super) struct Card {
    pub(super) advice: Rc<ProcessAdvice>,
    pub(super) words: Rc<Said>,
}

/// A card's words, said when the card is first drawn or compared with the card drawn
/// before it: a what-if on a long list draws only its first cards, and saying every
/// card's reasons again (sentences with figures, for 200 processes) was most of its
/// work.
pub(super) struct Said {
    advice: Rc<ProcessAdvice>,
    /// The answers the advice was given for, and the process's place among them.
    answers: Rc<Assessment>,
    index: usize,
    words: OnceCell<Words>,
}

impl Said {
    /// The words of `advice`, given for the `index`th process of `answers`, to be said
    /// when first needed.
    pub(super) fn new(advice: Rc<ProcessAdvice>, answers: Rc<Assessment>, index: usize) -> Self {
        Self {
            advice,
            answers,
            index,
            words: OnceCell::new(),
        }
    }

    /// The words, said on first use.
    pub(super) fn get(&self) -> &Words {
        self.words.get_or_init(|| {
            let answer = &self.answers.processes[self.index];
            Words::of(&self.advice, answer, &self.answers)
        })
    }
}

impl PartialEq for Said {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
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
                    <strong>{ text::why_location(location_name) }{ lang::colon() }</strong>{ &w.closeness }
                    if let Some(first) = w.why.first() { { " " }{ first } }
                </p>
            }
            <p><strong>{ text::KPIS_NAMED }{ lang::colon() }</strong>{ kpis.join(lang::semicolon()) }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{examples, recommend};

    /// A card's words are said only when asked for, and then as the advice's words.
    #[test]
    fn a_cards_words_are_said_when_first_needed() {
        let a = examples::with_processes(5);
        let r = recommend(&a).expect("valid");
        let answers = Rc::new(a);
        let advice = Rc::new(r.processes[3].clone());
        let said = Said::new(advice.clone(), answers.clone(), 3);
        assert!(said.words.get().is_none(), "said before it was needed");
        let want = Words::of(&advice, &answers.processes[3], &answers);
        assert!(*said.get() == want);
        assert!(said == Said::new(advice, answers, 3));
    }
}
