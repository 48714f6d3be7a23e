//! The view across processes: each process's place on the sourcing matrix, and the
//! totals per decision, type and location with the combined money effect.

use super::cost::{self, Range};
use super::model::{ProcessAnswer, StrategicRole};
use super::outcome::{Decision, LocationModel, OutsourcingType, Quadrant};
use super::recommend::ProcessAdvice;
use crate::content::economics::CONTRACT_YEARS;
use serde::Serialize;

/// Coordinates on the sourcing matrix, both 0–100.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct MatrixPoint {
    /// Strategic importance.
    pub importance: f64,
    /// Outsourcing fit.
    pub fit: f64,
    /// Quadrant.
    pub quadrant: Quadrant,
}

/// Totals over all processes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Portfolio {
    /// Processes per decision.
    pub by_decision: Vec<(Decision, usize)>,
    /// Processes handed to a provider, per outsourcing type.
    pub by_type: Vec<(OutsourcingType, usize)>,
    /// Processes handed to a provider, per location model.
    pub by_location: Vec<(LocationModel, usize)>,
    /// Current yearly cost of all processes.
    pub current_cost: f64,
    /// Yearly saving once running.
    pub annual_saving: Range,
    /// One-off costs.
    pub one_off: Range,
    /// Months to break even, per case.
    pub break_even_months: [Option<f64>; 3],
    /// Cumulative net effect at the end of each year of a first contract, per case.
    pub cash_flow: Vec<Range>,
}

/// Sourcing-matrix position: importance from role and judgement, fit from the
/// outsourcing score (clamped to 0–100).
pub fn matrix_point(p: &ProcessAnswer, outsource_score: f64) -> MatrixPoint {
    let base = match p.role {
        StrategicRole::Differentiating => 75.0,
        StrategicRole::Critical => 50.0,
        StrategicRole::Supporting => 10.0,
    };
    let importance = (base + 5.0 * f64::from(p.judgement)).clamp(0.0, 100.0);
    let fit = outsource_score.clamp(0.0, 100.0);
    let quadrant = match (importance >= 50.0, fit >= 50.0) {
        (true, false) => Quadrant::Retain,
        (true, true) => Quadrant::Partner,
        (false, true) => Quadrant::Outsource,
        (false, false) => Quadrant::Simplify,
    };
    MatrixPoint {
        importance,
        fit,
        quadrant,
    }
}

/// Totals over all processes' advice.
pub fn portfolio(ps: &[ProcessAdvice]) -> Portfolio {
    let count = |pred: &dyn Fn(&ProcessAdvice) -> bool| ps.iter().filter(|p| pred(p)).count();
    let by_decision = Decision::ALL
        .iter()
        .map(|&d| (d, count(&|p| p.decision == d)))
        .collect();
    let by_type = OutsourcingType::ALL
        .iter()
        .map(|&t| (t, count(&|p| p.location.is_some() && p.kind == t)))
        .filter(|(_, n)| *n > 0)
        .collect();
    let by_location = LocationModel::ALL
        .iter()
        .map(|&l| (l, count(&|p| p.location == Some(l))))
        .filter(|(_, n)| *n > 0)
        .collect();
    let annual_saving: Range = ps.iter().map(|p| p.cost.annual_saving).sum();
    let one_off: Range = ps.iter().map(|p| p.cost.one_off).sum();
    Portfolio {
        by_decision,
        by_type,
        by_location,
        current_cost: ps.iter().map(|p| p.cost.current).sum(),
        annual_saving,
        one_off,
        break_even_months: cost::break_even(annual_saving, one_off),
        cash_flow: cost::cash_flow(annual_saving, one_off, CONTRACT_YEARS.high as u32),
    }
}
