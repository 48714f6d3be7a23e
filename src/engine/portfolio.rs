//! The view across processes: each process's place on the sourcing matrix, and the
//! totals per decision, type and location with the combined money effect.

use super::cost::{self, Flow, Range};
use super::outcome::{Decision, LocationModel, OutsourcingType, Quadrant};
use super::plan::Wave;
use super::recommend::ProcessAdvice;
use crate::engine::digits::within;
use serde::Serialize;

/// Coordinates on the sourcing matrix, both 0–100, 50 where the two sides of an axis
/// are level.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct MatrixPoint {
    /// How strongly the answers favour keeping the work under the company's own control
    /// (keep in-house or co-source) over letting it go to a machine or a provider
    /// (automate or outsource).
    pub control: f64,
    /// How strongly they favour a provider (co-source or outsource) over the company's
    /// own people and tools (keep in-house or automate).
    pub fit: f64,
    /// Quadrant: the advice's.
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
    /// Yearly saving once running, against doing every process in-house for all the
    /// hours it needs (each process's baseline, see [`cost::CostImpact::annual_saving`]).
    pub annual_saving: Range,
    /// What staffing every process's hours with the company's own people would add to
    /// today's yearly spend: against today's spend the advice saves
    /// `against_today`.
    pub coverage_cost: Range,
    /// Yearly saving once running against today's spend: every process's saving less
    /// what its hours add, case by case.
    pub against_today: Range,
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

/// Sourcing-matrix position (rule `every_point_sits_in_the_quadrant_of_its_advice`):
/// the two contrasts between the decision scores that decide the advice. Fit for a
/// provider is the best of co-source and outsource against the best of keep and
/// automate; keeping control is the best of keep and co-source against the best of
/// automate and outsource (options a gate rules out do not count). Each lead is
/// squashed to 0–100, 50 where level, and kept at least [`QUADRANT_MARGIN`] inside the
/// half its winner lies in, so that the winning decision's quadrant is where the point
/// is drawn: keep in-house top left (retain), co-source top right (partner), outsource
/// bottom right, automate bottom left (simplify).
pub fn matrix_point(
    decision: Decision,
    scores: &[f64; 4],
    open: impl Fn(Decision) -> bool,
) -> MatrixPoint {
    use Decision::*;
    let best = |a: Decision, b: Decision| {
        [a, b]
            .into_iter()
            .filter(|d| open(*d))
            .map(|d| scores[d as usize])
            .reduce(f64::max)
    };
    let axis = |upper: Option<f64>, lower: Option<f64>, upper_wins: bool| {
        let lead = match (upper, lower) {
            (Some(u), Some(l)) => u - l,
            (Some(_), None) => f64::INFINITY,
            (None, _) => f64::NEG_INFINITY,
        };
        // A side with no open option at all puts the point at the edge.
        let at = if lead.is_finite() {
            50.0 + 50.0 * lead / (lead.abs() + MATRIX_SPREAD)
        } else if lead > 0.0 {
            100.0
        } else {
            0.0
        };
        if upper_wins {
            within(at, 50.0 + QUADRANT_MARGIN, 100.0)
        } else {
            within(at, 0.0, 50.0 - QUADRANT_MARGIN)
        }
    };
    let provider = decision.uses_provider();
    let kept = matches!(decision, KeepInHouse | CoSource);
    MatrixPoint {
        fit: axis(
            best(CoSource, Outsource),
            best(KeepInHouse, Automate),
            provider,
        ),
        control: axis(best(KeepInHouse, CoSource), best(Automate, Outsource), kept),
        quadrant: match (kept, provider) {
            (true, false) => Quadrant::Retain,
            (true, true) => Quadrant::Partner,
            (false, true) => Quadrant::Outsource,
            (false, false) => Quadrant::Simplify,
        },
    }
}

/// Lead in points that puts a point halfway from the middle line to the edge (a lead
/// `d` is drawn at 50 + 50 × d / (|d| + this)).
pub const MATRIX_SPREAD: f64 = 25.0;
/// How far inside its quadrant a point is drawn at least, on the 0–100 scale, so that
/// a close call is not drawn on the line.
pub const QUADRANT_MARGIN: f64 = 2.0;

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
    let break_even_months =
        cost::ordered_break_even([0, 1, 2].map(|case| {
            cost::break_even(|m| monthly[case][m as usize - 1], settled, steady(case))
        }));
    let mut total = [0.0; 3];
    let cash_flow: Vec<Range> = (0..term as usize)
        .map(|m| {
            for (case, t) in total.iter_mut().enumerate() {
                *t += monthly[case][m];
            }
            // A case whose transition is longer pays its one-off costs later: the
            // curves show the range of outcomes at each month, so they never cross.
            Range {
                low: total[0],
                expected: total[1],
                high: total[2],
            }
            .ordered()
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
        coverage_cost: ps.iter().map(|p| p.cost.coverage_cost).sum(),
        against_today: ps.iter().map(|p| p.cost.against_today).sum(),
        one_off,
        break_even_months,
        term_net: cash_flow.last().copied().unwrap_or_default(),
        cash_flow,
    }
}
