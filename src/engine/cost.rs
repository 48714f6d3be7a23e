//! Cost impact: yearly savings, one-off costs and break-even, as low / expected / high
//! ranges in the user's currency. "Low" is the pessimistic case throughout (smallest
//! saving, largest one-off cost), "high" the optimistic one.

use super::location::{self, LocationOption};

use super::model::{Level, ProcessAnswer, WageOverride, SCALE_MAX};
use super::outcome::{Decision, LocationModel};
use crate::content::countries::Country;
use crate::content::economics::{
    seat_fte, AUTOMATION_MIN_BUILD_USD, AUTOMATION_MIN_RUN_USD, AUTOMATION_PAYBACK_MONTHS,
    AUTOMATION_SAVING, CONTRACT_YEARS, GOVERNANCE, HOURS_PER_FTE_YEAR, ONSHORE_SAVING,
    PASS_THROUGH, PROCESS_WORK, SELECTION, SHRINKAGE, STAFF_CHANGE, TRANSITION,
};
use crate::content::processes;
use serde::Serialize;

/// A pessimistic, expected and optimistic value.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize)]
pub struct Range {
    /// Pessimistic case.
    pub low: f64,
    /// Expected case.
    pub expected: f64,
    /// Optimistic case.
    pub high: f64,
}

impl Range {
    /// The same value in all three cases.
    pub fn flat(v: f64) -> Self {
        Self {
            low: v,
            expected: v,
            high: v,
        }
    }

    fn add(self, o: Range) -> Range {
        Range {
            low: self.low + o.low,
            expected: self.expected + o.expected,
            high: self.high + o.high,
        }
    }
}

impl std::iter::Sum for Range {
    fn sum<I: Iterator<Item = Range>>(iter: I) -> Self {
        iter.fold(Range::default(), Range::add)
    }
}

/// Money effect of one recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Default, Serialize)]
pub struct CostImpact {
    /// Current yearly cost.
    pub current: f64,
    /// The current cost was estimated from FTE and country data, not entered.
    pub estimated: bool,
    /// Yearly saving once running, net of ongoing governance or running costs.
    pub annual_saving: Range,
    /// One-off costs: selection, transition, staff change, process work or build.
    pub one_off: Range,
    /// Months until the one-off cost is paid back, per case; `None` when it never is.
    pub break_even_months: [Option<f64>; 3],
}

/// Inputs the cost model needs for one process.
pub struct CostInput<'a> {
    /// Current yearly cost.
    pub current: f64,
    /// Whether `current` was estimated.
    pub estimated: bool,
    /// Recommended decision.
    pub decision: Decision,
    /// Chosen location, when a provider is used.
    pub location: Option<&'a LocationOption>,
    /// The offshore or nearshore option a hybrid pairs with.
    pub hybrid_partner: Option<&'a LocationOption>,
    /// The user's answers about the process.
    pub process: &'a ProcessAnswer,
    /// The company's own automation capability.
    pub automation: Level,
    /// Units of home currency per US dollar (for figures given in dollars).
    pub per_usd: f64,
}

/// Gross saving rate of moving the work to a location, as a range. `uplift` is the
/// extra labour cost of the shift the process needs there (night premium), as a share.
pub fn gross_rate(
    model: LocationModel,
    option: &LocationOption,
    partner: Option<&LocationOption>,
    need: u8,
) -> Range {
    let gap_rate = |o: &LocationOption| {
        let (ratio, uplift) = o
            .countries
            .first()
            .map_or((1.0, 0.0), |c| (c.cost_ratio, c.shift_uplift(need)));
        let gap = (1.0 - ratio * (1.0 + uplift)).max(0.0);
        Range {
            low: gap * PASS_THROUGH.low,
            expected: gap * PASS_THROUGH.mid(),
            high: gap * PASS_THROUGH.high,
        }
    };
    let onshore = Range {
        low: ONSHORE_SAVING.low,
        expected: ONSHORE_SAVING.mid(),
        high: ONSHORE_SAVING.high,
    };
    match model {
        LocationModel::Onshore => onshore,
        LocationModel::Nearshore | LocationModel::Offshore => gap_rate(option),
        LocationModel::Hybrid => {
            let far = partner.map_or(onshore, gap_rate);
            Range {
                low: (onshore.low + far.low) / 2.0,
                expected: (onshore.expected + far.expected) / 2.0,
                high: (onshore.high + far.high) / 2.0,
            }
        }
    }
}

/// Extra people a process needs in-house to staff its coverage window, beyond the
/// people who do it now, per case (pessimistic: most shrinkage).
pub fn coverage_fte(p: &ProcessAnswer) -> Range {
    let extra = |shrinkage: f64| (seat_fte(p.coverage, shrinkage) - p.fte).max(0.0);
    Range {
        low: extra(SHRINKAGE.high),
        expected: extra(SHRINKAGE.mid()),
        high: extra(SHRINKAGE.low),
    }
}

/// Computes the cost impact of one recommendation.
pub fn impact(input: &CostInput) -> CostImpact {
    let c = input.current;
    let p = input.process;
    let per_fte = if p.fte > 0.0 { c / p.fte } else { 0.0 };
    let extra = coverage_fte(p);
    // Yearly cost of the people the coverage window would need in-house.
    let coverage = Range {
        low: extra.low * per_fte,
        expected: extra.expected * per_fte,
        high: extra.high * per_fte,
    };
    let (annual, one_off) = match (input.decision, input.location) {
        (Decision::Outsource | Decision::CoSource, Some(loc)) => {
            let share = if input.decision == Decision::CoSource {
                0.5
            } else {
                1.0
            };
            let rate = gross_rate(loc.model, loc, input.hybrid_partner, p.overlap_hours);
            let moved = c * share;
            let years = CONTRACT_YEARS.mid();
            // The coverage window the team cannot staff costs money whoever staffs it:
            // the provider staffs it at its own rate, so the contract covers the moved
            // work and those hours, and the saving is measured against today's spend.
            let case = |rate: f64,
                        hours: f64,
                        gov: f64,
                        sel: f64,
                        trans: f64,
                        staff: f64,
                        process: f64| {
                let deal = (moved + hours) * (1.0 - rate);
                let net = moved - deal - gov * deal;
                let contract = deal * years;
                let process = if p.documentation < 3 { process } else { 0.0 };
                (net, sel * deal + (trans + staff + process) * contract)
            };
            let low = case(
                rate.low,
                coverage.low,
                GOVERNANCE.high,
                SELECTION.high,
                TRANSITION.high,
                STAFF_CHANGE.high,
                PROCESS_WORK.high,
            );
            let mid = case(
                rate.expected,
                coverage.expected,
                GOVERNANCE.low,
                SELECTION.mid(),
                TRANSITION.mid(),
                STAFF_CHANGE.mid(),
                PROCESS_WORK.mid(),
            );
            let high = case(
                rate.high,
                coverage.high,
                GOVERNANCE.low,
                SELECTION.low,
                TRANSITION.low,
                STAFF_CHANGE.low,
                PROCESS_WORK.low,
            );
            cases(low, mid, high)
        }
        (Decision::Automate, _) => automation(input),
        // Keeping the work means staffing its coverage window with the company's own
        // people: a yearly cost, shown as a negative saving.
        (Decision::KeepInHouse, _) => (
            Range {
                low: -coverage.low,
                expected: -coverage.expected,
                high: -coverage.high,
            },
            Range::default(),
        ),
        _ => (Range::default(), Range::default()),
    };
    CostImpact {
        current: c,
        estimated: input.estimated,
        annual_saving: annual,
        one_off,
        break_even_months: break_even(annual, one_off),
    }
}

/// Yearly saving and one-off cost of automating in-house. The saving rate is the
/// reported average (15% without mature automation capability, 21% with it), scaled by
/// how rule-based the work is; every automation carries a fixed running cost and a
/// smallest project size, so small processes rarely pay back; the build costs the
/// reported payback in months of saving, more when the process must be documented first.
fn automation(input: &CostInput) -> (Range, Range) {
    let p = input.process;
    let c = input.current;
    let rb = f64::from(p.rule_based.min(SCALE_MAX)) / f64::from(SCALE_MAX);
    let scale = 0.6 + 0.8 * rb;
    let maturity = match input.automation {
        Level::Low => 0.0,
        Level::Medium => 0.5,
        Level::High => 1.0,
    };
    let rate = |at: f64| {
        (AUTOMATION_SAVING.low + (AUTOMATION_SAVING.high - AUTOMATION_SAVING.low) * at) * scale
    };
    let documenting = if p.documentation < 3 { 1.5 } else { 1.0 };
    let usd = input.per_usd;
    let case = |rate: f64, run: f64, build: f64, payback: f64| {
        let gross = c * rate;
        let net = gross - run * usd;
        let one_off = (gross * payback / 12.0).max(build * usd) * documenting;
        (net, one_off)
    };
    let low = case(
        rate(0.0),
        AUTOMATION_MIN_RUN_USD.high,
        AUTOMATION_MIN_BUILD_USD.high,
        AUTOMATION_PAYBACK_MONTHS.high,
    );
    let mid = case(
        rate(maturity),
        AUTOMATION_MIN_RUN_USD.mid(),
        AUTOMATION_MIN_BUILD_USD.mid(),
        AUTOMATION_PAYBACK_MONTHS.mid(),
    );
    let high = case(
        rate(1.0),
        AUTOMATION_MIN_RUN_USD.low,
        AUTOMATION_MIN_BUILD_USD.low,
        AUTOMATION_PAYBACK_MONTHS.low,
    );
    cases(low, mid, high)
}

/// Yearly saving and one-off cost as ranges, from the (saving, one-off) of each case.
fn cases(low: (f64, f64), mid: (f64, f64), high: (f64, f64)) -> (Range, Range) {
    (
        Range {
            low: low.0,
            expected: mid.0,
            high: high.0,
        },
        Range {
            low: low.1,
            expected: mid.1,
            high: high.1,
        },
    )
}

/// Months to pay back the one-off cost in each case.
pub fn break_even(annual: Range, one_off: Range) -> [Option<f64>; 3] {
    let months = |a: f64, o: f64| (a > 0.0).then(|| (o / (a / 12.0)).max(0.0));
    [
        months(annual.low, one_off.low),
        months(annual.expected, one_off.expected),
        months(annual.high, one_off.high),
    ]
}

/// Cumulative net effect at the end of each contract year, per case: that many years of
/// saving less the one-off cost, paid up front (a cautious simplification: savings are
/// counted from the first month, transition costs before any saving).
pub fn cash_flow(annual: Range, one_off: Range, years: u32) -> Vec<Range> {
    (1..=years)
        .map(|y| {
            let y = f64::from(y);
            Range {
                low: y * annual.low - one_off.low,
                expected: y * annual.expected - one_off.expected,
                high: y * annual.high - one_off.high,
            }
        })
        .collect()
}

/// How far a typed cost per person may stray from the country's typical cost for the
/// work before Shorewise asks the user to check it (either way).
pub const IMPLAUSIBLE_FACTOR: f64 = 10.0;

/// A typed yearly cost far from what such work costs in the home country: worth a
/// second look, never a block.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CostCheck {
    /// The typed cost per full-time person, home currency.
    pub per_person: f64,
    /// The typical cost per person for this work in the home country.
    pub typical: f64,
}

impl CostCheck {
    /// Whether the typed cost is far above the typical one (else far below).
    pub fn too_high(&self) -> bool {
        self.per_person > self.typical
    }
}

/// The check of a typed yearly cost, when it is more than [`IMPLAUSIBLE_FACTOR`] times
/// above or below the typical cost of the same people in the home country; `None` when
/// no cost was typed or it is plausible.
pub fn check_cost(p: &ProcessAnswer, home: &Country, wages: &[WageOverride]) -> Option<CostCheck> {
    if p.annual_cost <= 0.0 || p.fte <= 0.0 {
        return None;
    }
    let typical = estimate_cost(p, home, wages) / p.fte;
    let per_person = p.annual_cost / p.fte;
    let ratio = per_person / typical;
    (typical > 0.0 && !(1.0 / IMPLAUSIBLE_FACTOR..=IMPLAUSIBLE_FACTOR).contains(&ratio)).then_some(
        CostCheck {
            per_person,
            typical,
        },
    )
}

/// Current yearly cost: the user's figure, or an estimate from FTE, the home country's
/// loaded agent wage and the role multiplier, converted to the home currency.
pub fn current_cost(p: &ProcessAnswer, home: &Country, wages: &[WageOverride]) -> (f64, bool) {
    if p.annual_cost > 0.0 {
        return (p.annual_cost, false);
    }
    (estimate_cost(p, home, wages), true)
}

/// Estimated yearly cost of a process in the home currency.
pub fn estimate_cost(p: &ProcessAnswer, home: &Country, wages: &[WageOverride]) -> f64 {
    let multiplier = processes::role_multiplier(p);
    p.fte * HOURS_PER_FTE_YEAR * location::loaded_hourly(home, wages) * multiplier * home.per_usd
}
