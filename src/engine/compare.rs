//! Two recommendations side by side (the "before and after" of two scenarios): one row
//! per process found in either, matched by id, marked where the advice differs, and
//! the portfolio totals of each.

use super::cost::Range;
use super::model::ProcessId;
use super::outcome::{Decision, LocationModel};
use super::recommend::{ProcessAdvice, Recommendation};
use std::borrow::Cow;

/// One process in the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Process id.
    pub id: ProcessId,
    /// Display name.
    pub name: Cow<'static, str>,
    /// Decision and location in the first recommendation, if it has the process.
    pub first: Option<(Decision, Option<LocationModel>)>,
    /// The same in the second.
    pub second: Option<(Decision, Option<LocationModel>)>,
}

impl Row {
    /// Whether the two pieces of advice differ (or only one has the process).
    pub fn differs(&self) -> bool {
        self.first != self.second
    }
}

/// The comparison of two recommendations.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Every process, in the first's order, then those only the second has.
    pub rows: Vec<Row>,
    /// Yearly saving of each.
    pub saving: (Range, Range),
    /// One-off cost of each.
    pub one_off: (Range, Range),
}

impl Comparison {
    /// How many processes get different advice.
    pub fn differences(&self) -> usize {
        self.rows.iter().filter(|r| r.differs()).count()
    }
}

fn outcome(p: &ProcessAdvice) -> (Decision, Option<LocationModel>) {
    (p.decision, p.location)
}

/// Compares two recommendations.
pub fn compare(first: &Recommendation, second: &Recommendation) -> Comparison {
    let mut rows: Vec<Row> = first
        .processes
        .iter()
        .map(|p| Row {
            id: p.id.clone(),
            name: p.name.clone(),
            first: Some(outcome(p)),
            second: second.advice(&p.id).map(outcome),
        })
        .collect();
    rows.extend(
        second
            .processes
            .iter()
            .filter(|p| first.advice(&p.id).is_none())
            .map(|p| Row {
                id: p.id.clone(),
                name: p.name.clone(),
                first: None,
                second: Some(outcome(p)),
            }),
    );
    Comparison {
        rows,
        saving: (
            first.portfolio.annual_saving,
            second.portfolio.annual_saving,
        ),
        one_off: (first.portfolio.one_off, second.portfolio.one_off),
    }
}
