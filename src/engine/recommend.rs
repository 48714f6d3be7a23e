//! Assembles the [`Recommendation`]: per-process advice, portfolio view, cost, roadmap
//! and checklist, from a validated [`Assessment`].

use super::cost::{self, CostImpact, CostInput, Range};
use super::error::EngineError;
use super::location::{self, CountryOption, LocationOption};
use super::model::{Assessment, Level, ProcessAnswer, ProcessId, Residency, StrategicRole};
use super::outcome::LocationModel;
use super::outcome::{CheckItem, Kpi, Risk};
use super::outcome::{
    Confidence, Decision, Driver, Engagement, Exclusion, OutsourcingType, Quadrant, VendorStrategy,
};
use super::plan::{self, Wave};
use super::score::{self, decision_gate, location_gate, Factors, ModelFacts, Places};
use super::validate::validate;
use super::whatif::{self, Flip};
use crate::content::{countries, economics::HOURS_PER_FTE_YEAR, processes};
use serde::Serialize;

impl Confidence {
    fn from_margin(m: f64) -> Self {
        if m >= 15.0 {
            Confidence::High
        } else if m >= 6.0 {
            Confidence::Medium
        } else {
            Confidence::Low
        }
    }
}

/// A scored option (decision or location) with why it is excluded, if it is.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Scored<T> {
    /// The option.
    pub option: T,
    /// Its score (points; higher is better).
    pub score: f64,
    /// Why it cannot be preferred, if it cannot.
    pub excluded: Option<Exclusion>,
}

/// One answer's signed contribution to the winner's lead over the runner-up.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Reason {
    /// The answer.
    pub driver: Driver,
    /// Points: positive favours the recommendation, negative the runner-up.
    pub points: f64,
}

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

/// Advice for one process.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProcessAdvice {
    /// Process id.
    pub id: ProcessId,
    /// Display name.
    pub name: String,
    /// Recommended decision.
    pub decision: Decision,
    /// Outsourcing type of this work.
    pub kind: OutsourcingType,
    /// Recommended location model, when a provider does the work.
    pub location: Option<LocationModel>,
    /// Example countries for that location.
    pub countries: Vec<CountryOption>,
    /// Permanent or flexible.
    pub engagement: Engagement,
    /// One vendor or several.
    pub vendors: VendorStrategy,
    /// Confidence in the decision.
    pub confidence: Confidence,
    /// Every decision with its score, best first.
    pub alternatives: Vec<Scored<Decision>>,
    /// Every location with its score, best first.
    pub locations: Vec<Scored<LocationModel>>,
    /// Why this decision beat the runner-up, largest first.
    pub reasons: Vec<Reason>,
    /// Why this location beat the runner-up, largest first (empty when no provider).
    pub location_reasons: Vec<Reason>,
    /// The smallest change of one answer that would change the advice.
    pub flip: Option<Flip>,
    /// Risks and (through content) their mitigations.
    pub risks: Vec<Risk>,
    /// KPIs and SLA terms to set.
    pub kpis: Vec<Kpi>,
    /// Position on the sourcing matrix.
    pub matrix: MatrixPoint,
    /// Money effect.
    pub cost: CostImpact,
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
}

/// Everything Shorewise advises for one assessment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Recommendation {
    /// Currency of all amounts (the home country's).
    pub currency: &'static str,
    /// Advice per process, in assessment order.
    pub processes: Vec<ProcessAdvice>,
    /// Totals.
    pub portfolio: Portfolio,
    /// Onshore, nearshore, hybrid and offshore for this company, side by side.
    pub locations: Vec<LocationOption>,
    /// Implementation waves.
    pub roadmap: Vec<Wave>,
    /// Vendor-selection checklist.
    pub checklist: Vec<CheckItem>,
}

impl Recommendation {
    /// The advice for one process.
    pub fn advice(&self, id: &ProcessId) -> Option<&ProcessAdvice> {
        self.processes.iter().find(|p| p.id == *id)
    }

    /// Names of the processes with this decision, in assessment order.
    pub fn names_with(&self, decision: Decision) -> Vec<&str> {
        self.processes
            .iter()
            .filter(|p| p.decision == decision)
            .map(|p| p.name.as_str())
            .collect()
    }

    /// Names of the processes in a roadmap wave, in the wave's order.
    pub fn names_in(&self, wave: &Wave) -> Vec<&str> {
        wave.processes
            .iter()
            .filter_map(|id| self.advice(id))
            .map(|p| p.name.as_str())
            .collect()
    }

    /// The processes whose advice changes something (everything but keep in-house):
    /// the rows of the cost table.
    pub fn changing(&self) -> impl Iterator<Item = &ProcessAdvice> {
        self.processes
            .iter()
            .filter(|p| p.decision != Decision::KeepInHouse)
    }
}

impl ProcessAdvice {
    /// The best eligible decision other than the recommended one.
    pub fn decision_runner_up(&self) -> Option<Decision> {
        runner_up(&self.alternatives, self.decision).map(|s| s.option)
    }

    /// The best available location other than the recommended one (`None` when no
    /// provider is used or no other location is available).
    pub fn location_runner_up(&self) -> Option<LocationModel> {
        runner_up(&self.locations, self.location?).map(|s| s.option)
    }
}

/// The best option other than `chosen` that is not excluded, in a ranked list.
pub fn runner_up<T: PartialEq + Copy>(ranked: &[Scored<T>], chosen: T) -> Option<&Scored<T>> {
    ranked
        .iter()
        .find(|s| s.option != chosen && s.excluded.is_none())
}

/// Evaluates an assessment. Validates first; never panics.
pub fn recommend(a: &Assessment) -> Result<Recommendation, EngineError> {
    validate(a)?;
    let home = location::home(&a.company).ok_or_else(|| EngineError::UnknownCountry {
        field: "company.home".into(),
        code: a.company.home.clone(),
    })?;
    let options_by_residency = location_options(a, home);
    let places = places_of(&options_by_residency);
    let options = &options_by_residency[a.risk.residency as usize];
    let processes: Vec<ProcessAdvice> = a
        .processes
        .iter()
        .map(|p| {
            if p.languages.is_empty() {
                advise(a, p, &places, options, home)
            } else {
                let own = places_for_languages(&places, &options_by_residency, &p.languages);
                advise(a, p, &own, options, home)
            }
        })
        .collect();
    let decisions: Vec<Decision> = processes.iter().map(|p| p.decision).collect();
    let portfolio = portfolio(&processes);
    Ok(Recommendation {
        currency: home.currency,
        roadmap: plan::roadmap(a, &decisions),
        checklist: plan::checklist(a, &decisions),
        processes,
        portfolio,
        locations: options.to_vec(),
    })
}

/// The four location options under each residency setting (index = `Residency as usize`).
pub fn location_options(
    a: &Assessment,
    home: &'static countries::Country,
) -> [[LocationOption; 4]; 3] {
    [
        Residency::None,
        Residency::HomeCountry,
        Residency::HomeRegion,
    ]
    .map(|r| location::options(&a.company, r, home, &a.wages))
}

/// What scoring needs to know of those options.
pub fn places_of(options: &[[LocationOption; 4]; 3]) -> Places {
    options.each_ref().map(|opts| {
        opts.each_ref().map(|o| ModelFacts {
            available: o.unavailable.is_none(),
            overlap: o.overlap(),
            speaks: o.speaks_customer_languages(),
        })
    })
}

/// Location facts for a process that serves its own set of languages: whether each
/// model's best example country speaks all of them.
fn places_for_languages(
    places: &Places,
    options: &[[LocationOption; 4]; 3],
    languages: &[super::model::Language],
) -> Places {
    let mut own = *places;
    for (facts, opts) in own.iter_mut().zip(options) {
        for (fact, option) in facts.iter_mut().zip(opts) {
            fact.speaks = option
                .countries
                .first()
                .and_then(|c| countries::find(c.code))
                .is_some_and(|c| languages.iter().all(|l| c.languages.contains(l)));
        }
    }
    own
}

/// Builds the scoring factors of one process.
pub fn factors<'a>(a: &Assessment, p: &ProcessAnswer, places: &'a Places) -> Factors<'a> {
    Factors {
        role: p.role,
        kind: p.kind,
        judgement: p.judgement,
        rule_based: p.rule_based,
        documentation: p.documentation,
        sensitivity: p.sensitivity,
        demand: p.demand,
        customer_facing: p.customer_facing,
        overlap_need: p.overlap_hours,
        volume: ((1.0 + p.fte).ln() / 21f64.ln()).min(1.0),
        goals: a.goals,
        tolerance: a.risk.tolerance,
        vendor_management: a.risk.vendor_management,
        transition: a.risk.transition_appetite,
        regulations: u8::try_from(a.risk.regulations.len()).unwrap_or(u8::MAX),
        residency: a.risk.residency,
        places,
    }
}

fn advise(
    a: &Assessment,
    p: &ProcessAnswer,
    places: &Places,
    options: &[LocationOption; 4],
    home: &'static countries::Country,
) -> ProcessAdvice {
    let f = factors(a, p, places);
    let base = whatif::Base::new(&f);
    let (dtable, dtotals) = (base.decision_table(), base.decision_totals());
    let decision = score::decision_from(&f, dtotals);
    let alternatives = ranked(
        Decision::ALL,
        decision,
        |d| dtotals[d as usize],
        |d| decision_gate(&f, d),
    );
    let reasons = explain(dtable, |d: Decision| d as usize, decision, &alternatives);
    let confidence = Confidence::from_margin(margin(&alternatives, decision));

    let (ltable, ltotals) = (base.location_table(), base.location_totals());
    let best_location = score::location_from(&f, ltotals);
    let locations = ranked(
        LocationModel::ALL,
        best_location,
        |m| ltotals[m.rank()],
        |m| location_gate(&f, m),
    );
    let location = decision.uses_provider().then_some(best_location);
    let location_reasons = if location.is_some() {
        explain(ltable, LocationModel::rank, best_location, &locations)
    } else {
        Vec::new()
    };
    let confidence = match location {
        Some(l) => confidence.min(Confidence::from_margin(margin(&locations, l))),
        None => confidence,
    };
    let chosen = location.map(|l| &options[l.rank()]);
    let countries = chosen.map(|o| o.countries.clone()).unwrap_or_default();
    let overlap_short = chosen.is_some_and(|o| {
        !matches!(o.model, LocationModel::Onshore | LocationModel::Hybrid)
            && o.overlap() < f64::from(p.overlap_hours)
    });
    let partner = [
        &options[LocationModel::Offshore.rank()],
        &options[LocationModel::Nearshore.rank()],
    ]
    .into_iter()
    .find(|o| o.unavailable.is_none());
    let (current, estimated) = current_cost(p, home, &a.wages);
    let cost = cost::impact(&CostInput {
        current,
        estimated,
        decision,
        location: chosen,
        hybrid_partner: partner,
        rule_based: p.rule_based,
        documentation: p.documentation,
    });
    let several = a.risk.dependency_tolerance == Level::Low
        || a.risk.tolerance == Level::Low
        || location == Some(LocationModel::Hybrid)
        || (p.fte >= 25.0 && a.risk.vendor_management != Level::Low);
    ProcessAdvice {
        id: p.id.clone(),
        name: processes::name_of(p).to_owned(),
        decision,
        kind: OutsourcingType::for_kind(p.kind),
        location,
        countries,
        engagement: if matches!(p.demand, super::model::Demand::Steady) {
            Engagement::Permanent
        } else {
            Engagement::Flexible
        },
        vendors: if several {
            VendorStrategy::Several
        } else {
            VendorStrategy::Single
        },
        confidence,
        alternatives,
        locations,
        reasons,
        location_reasons,
        flip: whatif::smallest_flip(&f, &base),
        risks: plan::risks(a, p, decision, location, overlap_short),
        kpis: plan::kpis(p, decision),
        matrix: matrix_point(p, dtotals[Decision::Outsource as usize]),
        cost,
    }
}

/// Current yearly cost: the user's figure, or an estimate from FTE, the home country's
/// loaded agent wage and the role multiplier, converted to the home currency.
pub fn current_cost(
    p: &ProcessAnswer,
    home: &countries::Country,
    wages: &[super::model::WageOverride],
) -> (f64, bool) {
    if p.annual_cost > 0.0 {
        return (p.annual_cost, false);
    }
    (estimate_cost(p, home, wages), true)
}

/// Estimated yearly cost of a process in the home currency.
pub fn estimate_cost(
    p: &ProcessAnswer,
    home: &countries::Country,
    wages: &[super::model::WageOverride],
) -> f64 {
    let multiplier = processes::role_multiplier(p);
    p.fte * HOURS_PER_FTE_YEAR * location::loaded_hourly(home, wages) * multiplier * home.per_usd
}

/// All options, the chosen one first, then eligible ones by score, then excluded ones.
/// The choice itself comes from `score::best`, so that near-ties resolve here exactly
/// as in the what-if search.
fn ranked<T: Copy + PartialEq, const N: usize>(
    all: [T; N],
    chosen: T,
    score: impl Fn(T) -> f64,
    gate: impl Fn(T) -> Option<Exclusion>,
) -> Vec<Scored<T>> {
    let mut v: Vec<Scored<T>> = all
        .iter()
        .map(|&o| Scored {
            option: o,
            score: score(o),
            excluded: gate(o),
        })
        .collect();
    // Stable sort: equal scores keep the conservative order of `all`.
    v.sort_by(|x, y| {
        (x.option != chosen)
            .cmp(&(y.option != chosen))
            .then(x.excluded.is_some().cmp(&y.excluded.is_some()))
            .then(y.score.total_cmp(&x.score))
    });
    v
}

fn margin<T: PartialEq + Copy>(ranked: &[Scored<T>], chosen: T) -> f64 {
    let top = ranked
        .iter()
        .find(|s| s.option == chosen)
        .map_or(0.0, |s| s.score);
    runner_up(ranked, chosen).map_or(100.0, |s| top - s.score)
}

/// Per-driver lead of the chosen option over the best other eligible option (or, with
/// no eligible rival, the chosen option's own terms), largest first, at most six.
fn explain<T: Copy + PartialEq>(
    table: &score::Table,
    row: impl Fn(T) -> usize,
    chosen: T,
    ranked: &[Scored<T>],
) -> Vec<Reason> {
    let rival = runner_up(ranked, chosen).map(|s| &table[row(s.option)]);
    let mine = &table[row(chosen)];
    let mut reasons: Vec<Reason> = Driver::ALL
        .iter()
        .filter(|d| **d != Driver::Baseline)
        .map(|&driver| Reason {
            driver,
            points: mine[driver.index()] - rival.map_or(0.0, |r| r[driver.index()]),
        })
        .filter(|r| r.points.abs() >= 0.5)
        .collect();
    reasons.sort_by(|x, y| y.points.abs().total_cmp(&x.points.abs()));
    reasons.truncate(6);
    reasons
}

/// Sourcing-matrix position: importance from role and judgement, fit from the
/// outsourcing score (clamped to 0–100).
fn matrix_point(p: &ProcessAnswer, outsource_score: f64) -> MatrixPoint {
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

fn portfolio(ps: &[ProcessAdvice]) -> Portfolio {
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
    }
}
