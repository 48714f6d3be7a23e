//! Totals that add up: the amounts of a table rounded alike, so that its total is the
//! sum of its rows as shown (see [`Rounding`]), and the cost table's total saving that
//! the headline and summary quote.

use crate::engine::cost::Range;
use crate::engine::recommend::Recommendation;

/// How the amounts of one table are rounded so that its totals are the sums of the
/// rows as shown: to hundreds when any of them (or their total) reaches 10,000, as
/// [`amount`](super::format::amount) rounds large amounts, else to whole units. [`amount`](super::format::amount) then writes the
/// rounded rows and their sum exactly as they are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rounding {
    unit: f64,
}

impl Rounding {
    /// The rounding of a table whose rows are `rows`.
    pub fn of(rows: &[Range]) -> Self {
        // In whole units first: if a row or the sum of the rows as they would then be
        // shown reaches 10,000, everything is rounded to hundreds.
        let ones = Self { unit: 1.0 };
        let total = ones.total(rows);
        let largest = rows
            .iter()
            .map(|r| ones.range(*r))
            .chain(std::iter::once(total))
            .flat_map(|r| [r.low, r.expected, r.high])
            .filter(|v| v.is_finite())
            .fold(0.0_f64, |m, v| m.max(v.abs()));
        if largest >= 10_000.0 {
            Self { unit: 100.0 }
        } else {
            ones
        }
    }

    /// One amount as shown.
    pub fn round(&self, v: f64) -> f64 {
        // Adding zero turns a rounded -0 into 0.
        (v / self.unit).round() * self.unit + 0.0
    }

    /// A range as shown.
    pub fn range(&self, r: Range) -> Range {
        Range {
            low: self.round(r.low),
            expected: self.round(r.expected),
            high: self.round(r.high),
        }
    }

    /// The sum of the rows as shown.
    pub fn total(&self, rows: &[Range]) -> Range {
        rows.iter().map(|r| self.range(*r)).sum()
    }
}

/// The yearly saving of every change, and their total, as the cost table shows them:
/// the headline and the summary quote the same total.
pub fn savings_shown(r: &Recommendation) -> (Rounding, Range) {
    let rows: Vec<Range> = r.changing().map(|p| p.cost.annual_saving).collect();
    let rounding = Rounding::of(&rows);
    (rounding, rounding.total(&rows))
}
