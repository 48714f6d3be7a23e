//! The report's sections in order, shared by the results page (the summary before the
//! what-if panel, the rest after it) and the printable page (all of it).

use super::cards::{AdviceList, Card, Words};
use super::cost::CostSection;
use super::glossary::glossary;
use super::handover::HandOver;
use super::headline::headline;
use super::locations::Locations;
use super::plan::{checklist, roadmap};
use super::scenarios::Scenarios;
use super::summary::executive_summary;
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
    cards: Vec<Card>,
    points: Rc<[Rc<ProcessAdvice>]>,
}

impl Report {
    /// The report of recommendation `r`, made for the answers `a` (with any what-if
    /// changes applied), which its reasons are said from.
    pub(super) fn new(a: &Assessment, r: Recommendation) -> Self {
        let cards: Vec<Card> = r
            .processes
            .iter()
            .zip(&a.processes)
            .map(|(p, answer)| Card {
                words: Rc::new(Words::of(p, answer, a)),
                advice: Rc::new(p.clone()),
            })
            .collect();
        // The matrix draws the cards' advice: shared, not copied again.
        let points = cards.iter().map(|c| c.advice.clone()).collect();
        Self {
            rec: Shared(Rc::new(r)),
            cards,
            points,
        }
    }

    /// The whole report, as the printable page lays it out.
    pub(super) fn view(&self, print: bool) -> Html {
        html! {
            <>
                { self.lead() }
                { self.rest(print) }
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
    pub(super) fn rest(&self, print: bool) -> Html {
        let r = &self.rec;
        html! {
            <>
                <section aria-labelledby="matrix-heading">
                    <h2 id="matrix-heading">{ text::MATRIX_HEADING }</h2>
                    <Matrix processes={self.points.clone()} table_open={print} />
                </section>
                <AdviceList cards={self.cards.clone()} currency={r.0.currency} />
                <Locations rec={r.clone()} />
                <CostSection rec={r.clone()} />
                { roadmap(&ReportProps { rec: r.clone() }) }
                { checklist(&ReportProps { rec: r.clone() }) }
                if !print {
                    <HandOver rec={r.clone()} />
                    <Scenarios />
                }
                { glossary() }
            </>
        }
    }
}
