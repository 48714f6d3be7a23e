//! The view across processes: each process's place on the sourcing matrix, and the
//! totals per decision, type and location with the combined money effect.

use super::cost::{self, Flow, Range};
use super::model::{ProcessAnswer, StrategicRole};
use super::outcome::{Decision, LocationModel, OutsourcingType, Quadrant};
use super::plan::Wave;
use super::recommend::ProcessAdvice;
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
    /// Current yearly cost of the processes the advice changes (the cost table's rows;
    /// work kept as it is costs what it costs today).
    pub current_cost: f64,
    /// Yearly saving once running.
    pub annual_saving: Range,
    /// One-off costs.
    pub one_off: Range,
    /// Months from the programme's start until its cumulative cash flow turns
    /// positive, per case.
    pub break_even_months: [Option<f64>; 3],
    /// Cumulative net effect at the end of each month of the contract term, counted
    /// from the programme's start (each change starts with its roadmap wave), per case.
    pub cash_flow: Vec<Range>,
    /// Net effect over the contract term from the programme's start, per case.
    pub term_net: Range,
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

/// Totals over all processes' advice. Each change starts in the month its roadmap wave
/// starts; the cash flow runs over `term` months from the programme's start.
pub fn portfolio(ps: &[ProcessAdvice], roadmap: &[Wave], term: u32) -> Portfolio {
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
    let start = |p: &ProcessAdvice| {
        roadmap
            .iter()
            .find(|w| w.processes.contains(&p.id))
            .map_or(0, |w| w.start_month)
    };
    let starts: Vec<u32> = ps.iter().map(start).collect();
    // Month by month, per case, until every change runs at its steady saving (and at
    // least over the term): each change adds its own flow from its wave's start.
    let settled = ps
        .iter()
        .zip(&starts)
        .map(|(p, s)| s + p.cost.flows.iter().map(Flow::settled).max().unwrap_or(1))
        .max()
        .unwrap_or(1);
    let months = settled.max(term) as usize;
    let monthly: [Vec<f64>; 3] = std::array::from_fn(|case| {
        let mut points = vec![0.0; months];
        let mut steps = vec![0.0; months];
        for (p, &s) in ps.iter().zip(&starts) {
            p.cost.flows[case].spread(s as usize, &mut points, &mut steps);
        }
        let mut level = 0.0;
        for (point, step) in points.iter_mut().zip(&steps) {
            level += step;
            *point += level;
        }
        points
    });
    let steady = |case: usize| ps.iter().map(|p| p.cost.flows[case].steady).sum::<f64>();
    let break_even_months = [0, 1, 2]
        .map(|case| cost::break_even(|m| monthly[case][m as usize - 1], settled, steady(case)));
    let mut total = [0.0; 3];
    let cash_flow: Vec<Range> = (0..term as usize)
        .map(|m| {
            for (case, t) in total.iter_mut().enumerate() {
                *t += monthly[case][m];
            }
            Range {
                low: total[0],
                expected: total[1],
                high: total[2],
            }
        })
        .collect();
    Portfolio {
        by_decision,
        by_type,
        by_location,
        current_cost: ps
            .iter()
            .filter(|p| p.changes())
            .map(|p| p.cost.current)
            .sum(),
        annual_saving,
        one_off,
        break_even_months,
        term_net: cash_flow.last().copied().unwrap_or_default(),
        cash_flow,
    }
}
