//! The report's sections in order: on the results page (the summary before the what-if
//! panel, the rest after it) and laid out for paper on the printable page.

use super::cards::AdviceList;
use super::cost::CostSection;
use super::fold::Fold;
use super::glossary::Glossary;
use super::handover::HandOver;
use super::headline::headline;
use super::leverage::WhatMatters;
use super::locations::Locations;
use super::plan::{checklist, roadmap};
use super::portfolio::{portfolio, top_risks};
use super::scenarios::Scenarios;
use super::summary::executive_summary;
use super::words::{Card, Said};
use super::{ReportProps, Shared};
use crate::content::text;
use crate::engine::model::Assessment;
use crate::engine::recommend::{ProcessAdvice, Recommendation};
use crate::ui::components::Matrix;
use std::rc::Rc;
use yew::prelude::*;

/// The recommendation prepared for display once per computation: shared, never
/// cloned per render, with each process's advice in its own `Rc` so that a card whose
/// advice did not change is not re-rendered.
#[derive(Clone, PartialEq)]
pub(super) struct Report {
    pub(super) rec: Shared<Recommendation>,
    /// The answers the advice was made for (with any what-if changes).
    answers: Shared<Assessment>,
    cards: Rc<[Card]>,
    points: Rc<[Rc<ProcessAdvice>]>,
}

impl Report {
    /// The report of recommendation `r`, made for the answers `a` (with any what-if
    /// changes applied), which its reasons are said from when a card is drawn.
    pub(super) fn new(a: Assessment, r: Recommendation) -> Self {
        let answers = Rc::new(a);
        let cards: Rc<[Card]> = r
            .processes
            .iter()
            .take(answers.processes.len())
            .enumerate()
            .map(|(i, p)| {
                let advice = Rc::new(p.clone());
                Card {
                    words: Rc::new(Said::new(advice.clone(), answers.clone(), i)),
                    advice,
                }
            })
            .collect();
        // The matrix draws the cards' advice: shared, not copied again.
        let points = cards.iter().map(|c| c.advice.clone()).collect();
        Self {
            rec: Shared(Rc::new(r)),
            answers: Shared(answers),
            cards,
            points,
        }
    }

    /// The report laid out for paper: the summary, every process at a glance and the
    /// most serious risks first, then the matrix, the advice per process, where the
    /// work may go, the costs, the roadmap and the checklist. The assumptions, the
    /// terms and the answers follow in the printed page's appendix.
    pub(super) fn print_view(&self) -> Html {
        let r = &self.rec;
        html! {
            <>
                { executive_summary(&ReportProps { rec: r.clone() }) }
                { portfolio(&ReportProps { rec: r.clone() }) }
                { top_risks(&ReportProps { rec: r.clone() }) }
                // The first page ends here: the details start on a page of their own.
                <section class="after-first-page" aria-labelledby="matrix-heading">
                    <h2 id="matrix-heading">{ text::MATRIX_HEADING }</h2>
                    <Matrix processes={self.points.clone()} print=true />
                </section>
                <AdviceList cards={self.cards.clone()} currency={r.0.currency} />
                if r.processes.iter().any(|p| p.location.is_some()) {
                    <Locations rec={r.clone()} />
                }
                <CostSection rec={r.clone()} />
                <WhatMatters rec={r.clone()} answers={self.answers.clone()} />
                { roadmap(&ReportProps { rec: r.clone() }) }
                { checklist(&ReportProps { rec: r.clone() }) }
            </>
        }
    }

    /// The summary and the headline figures: what a reader sees first.
    pub(super) fn lead(&self) -> Html {
        let r = &self.rec;
        html! {
            <>
                { executive_summary(&ReportProps { rec: r.clone() }) }
                { headline(&ReportProps { rec: r.clone() }) }
            </>
        }
    }

    /// Everything after the summary.
    pub(super) fn rest(&self) -> Html {
        let r = &self.rec;
        html! {
            <>
                <Fold id="matrix-heading" heading={text::MATRIX_HEADING.get()} conclusion={matrix_conclusion(&r.0)}>
                    <Matrix processes={self.points.clone()} />
                </Fold>
                <WhatMatters rec={r.clone()} answers={self.answers.clone()} />
                <AdviceList cards={self.cards.clone()} currency={r.0.currency} />
                <Locations rec={r.clone()} />
                <CostSection rec={r.clone()} />
                { roadmap(&ReportProps { rec: r.clone() }) }
                { checklist(&ReportProps { rec: r.clone() }) }
                <HandOver rec={r.clone()} />
                <Scenarios />
                <Glossary />
            </>
        }
    }
}

/// The matrix's conclusion: how many processes a provider fits better than the team.
fn matrix_conclusion(r: &Recommendation) -> String {
    let fit = r.processes.iter().filter(|p| p.matrix.fit > 50.0).count();
    text::matrix_conclusion(fit, r.processes.len())
}
