//! Scoring: every option's score is a sum of named contributions ("terms"), each tied to
//! the answer that caused it. The same term functions feed the fast totals used by the
//! what-if search and the reasons shown to users, so the explanation can never drift
//! from the decision.
//!
//! Weights are documented in `docs/model.md`; the rule names used there are the names of
//! the scenario tests in `tests/engine_rules.rs`.

use super::location::LocationModel;
use super::model::{
    Demand, Goal, Goals, Level, Residency, Sensitivity, StrategicRole, WorkKind, SCALE_MAX,
};
use serde::{Deserialize, Serialize};

/// What to do with a process.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Keep doing it with the company's own people.
    KeepInHouse,
    /// Automate it (workflow tools, RPA, low-code).
    Automate,
    /// Share it: the provider runs the volume, a retained team owns control and decisions.
    CoSource,
    /// Hand the whole process to a provider.
    Outsource,
}

impl Decision {
    /// Every decision; on equal scores the earlier (more conservative) one wins.
    pub const ALL: [Decision; 4] = [
        Decision::KeepInHouse,
        Decision::Automate,
        Decision::CoSource,
        Decision::Outsource,
    ];

    /// Whether a provider does (part of) the work, so that a location applies.
    pub fn uses_provider(self) -> bool {
        matches!(self, Decision::CoSource | Decision::Outsource)
    }
}

/// The answer a contribution comes from; this is what reasons and flips point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "driver", content = "goal")]
pub enum Driver {
    /// Starting point of an option before any answer.
    Baseline,
    /// Strategic role of the process.
    Role,
    /// Kind of work.
    Kind,
    /// Judgement and expertise needed.
    Judgement,
    /// How rule-based the work is.
    RuleBased,
    /// Documentation maturity.
    Documentation,
    /// Volume in FTE.
    Volume,
    /// Demand pattern.
    Demand,
    /// Data sensitivity.
    Sensitivity,
    /// Regulations that apply.
    Regulations,
    /// Customer-facing work.
    CustomerFacing,
    /// Working-hour overlap needed.
    Overlap,
    /// Customer languages.
    Languages,
    /// A goal weight.
    Goal(Goal),
    /// Overall risk tolerance.
    RiskTolerance,
    /// Capacity to manage vendors.
    VendorManagement,
    /// Appetite for a transition.
    TransitionAppetite,
}

/// What each location model offers, under one residency setting.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct ModelFacts {
    /// The model can be used.
    pub available: bool,
    /// Overlap in hours of its best example (worst season).
    pub overlap: f64,
    /// Its best example speaks every customer language.
    pub speaks: bool,
}

/// Location facts for each residency setting (index = `Residency as usize`), so that a
/// what-if on residency needs no new country search.
pub type Places = [[ModelFacts; 4]; 3];

/// Every answer that moves a score, for one process, as a small copyable value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Factors<'a> {
    /// Strategic role.
    pub role: StrategicRole,
    /// Kind of work.
    pub kind: WorkKind,
    /// Judgement 0–5.
    pub judgement: u8,
    /// Rule-based 0–5.
    pub rule_based: u8,
    /// Documentation 0–5.
    pub documentation: u8,
    /// Sensitivity.
    pub sensitivity: Sensitivity,
    /// Demand.
    pub demand: Demand,
    /// Customer-facing.
    pub customer_facing: bool,
    /// Overlap needed, hours.
    pub overlap_need: u8,
    /// Volume on a 0–1 scale: ln(1 + FTE) / ln(21), capped at 1 (20 FTE or more).
    pub volume: f64,
    /// Goal weights.
    pub goals: Goals,
    /// Risk tolerance.
    pub tolerance: Level,
    /// Vendor-management capacity.
    pub vendor_management: Level,
    /// Transition appetite.
    pub transition: Level,
    /// Number of regulations that apply (capped at 3 when scored).
    pub regulations: u8,
    /// Residency constraint.
    pub residency: Residency,
    /// Location facts per residency setting.
    pub places: &'a Places,
}

fn unit(v: u8) -> f64 {
    f64::from(v.min(SCALE_MAX)) / f64::from(SCALE_MAX)
}

impl Factors<'_> {
    fn g(&self, goal: Goal) -> f64 {
        unit(self.goals.get(goal))
    }
    fn s(&self) -> f64 {
        f64::from(self.sensitivity.rank()) / 3.0
    }
    /// Regulatory load: grows with the number of regulations and with the sensitivity
    /// of the data the process touches.
    fn reg(&self) -> f64 {
        f64::from(self.regulations.min(3)) / 3.0 * (0.25 + 0.75 * self.s())
    }
    /// Location facts under the current residency setting.
    pub fn facts(&self) -> &[ModelFacts; 4] {
        &self.places[self.residency as usize]
    }
}

/// Whether a decision may be preferred at all, and if not, why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Exclusion {
    /// Differentiating core processes are never outsourced as the preferred option.
    CoreProcess,
    /// The work is not rule-based enough to automate.
    NotRuleBased,
    /// The data-residency constraint rules this location out.
    Residency,
    /// No delivery location of this kind is cheaper than home.
    NoCheaperLocation,
}

/// Gate for decisions (rules `core_differentiating_stays_in_house` and
/// `unstructured_work_is_not_automated`).
pub fn decision_gate(f: &Factors, d: Decision) -> Option<Exclusion> {
    match d {
        Decision::CoSource | Decision::Outsource if f.role == StrategicRole::Differentiating => {
            Some(Exclusion::CoreProcess)
        }
        Decision::Automate if f.rule_based < 2 => Some(Exclusion::NotRuleBased),
        _ => None,
    }
}

/// Emits every decision term. `emit(decision, driver, points)`.
pub fn decision_terms(f: &Factors, mut emit: impl FnMut(Decision, Driver, f64)) {
    use Decision::*;
    let e = &mut emit;
    let (j, r, doc, s, reg) = (
        unit(f.judgement),
        unit(f.rule_based),
        unit(f.documentation),
        f.s(),
        f.reg(),
    );

    keep(e, Driver::Baseline, 40.0);
    out(e, Driver::Baseline, 30.0);
    e(Automate, Driver::Baseline, 10.0);

    // Strategic role first (Lacity, Willcocks and Feeny).
    match f.role {
        StrategicRole::Differentiating => {
            keep(e, Driver::Role, 35.0);
            out(e, Driver::Role, -40.0);
        }
        StrategicRole::Critical => {
            keep(e, Driver::Role, 10.0);
            out(e, Driver::Role, -8.0);
            e(CoSource, Driver::Role, 12.0);
        }
        StrategicRole::Supporting => {
            keep(e, Driver::Role, -10.0);
            out(e, Driver::Role, 15.0);
        }
    }

    // What the work is like.
    keep(e, Driver::Judgement, 10.0 * j);
    e(Automate, Driver::Judgement, -30.0 * j);
    if matches!(
        f.kind,
        WorkKind::BackOffice | WorkKind::FrontOffice | WorkKind::It
    ) {
        out(e, Driver::Judgement, -4.0 * j);
    }
    e(Automate, Driver::RuleBased, 45.0 * r);
    e(Automate, Driver::Documentation, 10.0 * doc);
    out(e, Driver::Documentation, 16.0 * (doc - 0.5));
    e(Automate, Driver::Volume, 12.0 * f.volume);
    match f.demand {
        Demand::Steady => e(Automate, Driver::Demand, 6.0),
        Demand::Seasonal => {
            e(Automate, Driver::Demand, 2.0);
            out(e, Driver::Demand, 10.0);
        }
        Demand::Project => {
            e(Automate, Driver::Demand, -15.0);
            out(e, Driver::Demand, 8.0);
        }
    }
    if f.customer_facing {
        e(Automate, Driver::CustomerFacing, -6.0);
    }

    // Risk and constraints.
    keep(e, Driver::Sensitivity, 10.0 * s);
    out(e, Driver::Sensitivity, -15.0 * s);
    keep(e, Driver::Regulations, 8.0 * reg);
    out(e, Driver::Regulations, -10.0 * reg);
    let (keep_t, out_t) = match f.tolerance {
        Level::Low => (8.0, -10.0),
        Level::Medium => (0.0, 0.0),
        Level::High => (-4.0, 5.0),
    };
    keep(e, Driver::RiskTolerance, keep_t);
    out(e, Driver::RiskTolerance, out_t);
    let (keep_v, out_v) = level_pair(f.vendor_management, (6.0, -8.0), (-2.0, 4.0));
    keep(e, Driver::VendorManagement, keep_v);
    out(e, Driver::VendorManagement, out_v);
    let (keep_x, out_x) = level_pair(f.transition, (6.0, -8.0), (-2.0, 4.0));
    keep(e, Driver::TransitionAppetite, keep_x);
    out(e, Driver::TransitionAppetite, out_x);
    e(
        Automate,
        Driver::TransitionAppetite,
        match f.transition {
            Level::Low => -4.0,
            Level::Medium => 0.0,
            Level::High => 2.0,
        },
    );

    // Goals.
    let cost = f.g(Goal::Cost);
    keep(e, Driver::Goal(Goal::Cost), -5.0 * cost);
    out(e, Driver::Goal(Goal::Cost), 14.0 * cost);
    e(Automate, Driver::Goal(Goal::Cost), 4.0 * cost);
    let focus = f.g(Goal::Focus);
    if f.role == StrategicRole::Differentiating {
        keep(e, Driver::Goal(Goal::Focus), 4.0 * focus);
    } else {
        keep(e, Driver::Goal(Goal::Focus), -8.0 * focus);
        out(e, Driver::Goal(Goal::Focus), 10.0 * focus);
    }
    let expertise = f.g(Goal::Expertise);
    let expert_kind = matches!(
        f.kind,
        WorkKind::Knowledge | WorkKind::Legal | WorkKind::Research | WorkKind::It
    );
    out(
        e,
        Driver::Goal(Goal::Expertise),
        if expert_kind { 12.0 } else { 8.0 } * expertise,
    );
    let scal = f.g(Goal::Scalability);
    let variable = !matches!(f.demand, Demand::Steady);
    out(
        e,
        Driver::Goal(Goal::Scalability),
        if variable { 12.0 } else { 6.0 } * scal,
    );
    e(Automate, Driver::Goal(Goal::Scalability), 4.0 * scal);
    let speed = f.g(Goal::Speed);
    out(e, Driver::Goal(Goal::Speed), 4.0 * speed);
    e(Automate, Driver::Goal(Goal::Speed), 8.0 * speed);
    let quality = f.g(Goal::Quality);
    keep(e, Driver::Goal(Goal::Quality), 3.0 * quality);
    out(e, Driver::Goal(Goal::Quality), 2.0 * quality);
    e(Automate, Driver::Goal(Goal::Quality), 5.0 * quality);
    out(e, Driver::Goal(Goal::Coverage), 8.0 * f.g(Goal::Coverage));
    if f.customer_facing {
        out(
            e,
            Driver::Goal(Goal::NewMarkets),
            6.0 * f.g(Goal::NewMarkets),
        );
    }
}

/// A term for keeping in-house; co-source takes 40% of it.
fn keep(emit: &mut impl FnMut(Decision, Driver, f64), d: Driver, p: f64) {
    emit(Decision::KeepInHouse, d, p);
    emit(Decision::CoSource, d, 0.4 * p);
}

/// A term for outsourcing; co-source takes 60% of it.
fn out(emit: &mut impl FnMut(Decision, Driver, f64), d: Driver, p: f64) {
    emit(Decision::Outsource, d, p);
    emit(Decision::CoSource, d, 0.6 * p);
}

fn level_pair(l: Level, low: (f64, f64), high: (f64, f64)) -> (f64, f64) {
    match l {
        Level::Low => low,
        Level::Medium => (0.0, 0.0),
        Level::High => high,
    }
}

/// Gate for location models (rule `residency_limits_locations`).
pub fn location_gate(f: &Factors, m: LocationModel) -> Option<Exclusion> {
    let facts = f.facts()[m.rank()];
    if facts.available {
        None
    } else if f.places[Residency::None as usize][m.rank()].available {
        Some(Exclusion::Residency)
    } else {
        Some(Exclusion::NoCheaperLocation)
    }
}

/// Emits every location term. Coefficients of the cost goal grow with distance from
/// home, and those of sensitivity, regulation and low tolerance shrink with it: that is
/// what makes the sanity rules of DOMAIN.md section 5 hold by construction.
pub fn location_terms(f: &Factors, mut emit: impl FnMut(LocationModel, Driver, f64)) {
    use LocationModel::*;
    let facts = f.facts();
    let e = &mut emit;
    let (s, reg) = (f.s(), f.reg());
    each(e, Driver::Baseline, [40.0, 40.0, 30.0, 40.0]);
    let cost = f.g(Goal::Cost);
    each(
        e,
        Driver::Goal(Goal::Cost),
        [0.0, 12.0 * cost, 14.0 * cost, 25.0 * cost],
    );
    each(
        e,
        Driver::Sensitivity,
        [12.0 * s, 4.0 * s, -6.0 * s, -16.0 * s],
    );
    each(
        e,
        Driver::Regulations,
        [12.0 * reg, 4.0 * reg, -6.0 * reg, -12.0 * reg],
    );
    each(
        e,
        Driver::RiskTolerance,
        match f.tolerance {
            Level::Low => [15.0, 5.0, -5.0, -15.0],
            Level::Medium => [0.0; 4],
            Level::High => [-5.0, 0.0, 3.0, 5.0],
        },
    );
    // Working-hour overlap: points lost per hour short of what the process needs.
    let need = f64::from(f.overlap_need);
    let shortfall = |m: LocationModel| match m {
        Onshore | Hybrid => 0.0,
        _ => -4.0 * (need - facts[m.rank()].overlap).max(0.0),
    };
    each(
        e,
        Driver::Overlap,
        [0.0, shortfall(Nearshore), 0.0, shortfall(Offshore)],
    );
    if f.customer_facing {
        let lang = |m: LocationModel| {
            if m == Hybrid || facts[m.rank()].speaks {
                0.0
            } else {
                -15.0
            }
        };
        each(
            e,
            Driver::Languages,
            [lang(Onshore), lang(Nearshore), 0.0, lang(Offshore)],
        );
        let markets = f.g(Goal::NewMarkets);
        each(
            e,
            Driver::Goal(Goal::NewMarkets),
            [0.0, 3.0 * markets, 6.0 * markets, 3.0 * markets],
        );
    }
    let coverage = f.g(Goal::Coverage);
    each(
        e,
        Driver::Goal(Goal::Coverage),
        [0.0, 0.0, 25.0 * coverage, 10.0 * coverage],
    );
    if f.vendor_management == Level::Low {
        each(e, Driver::VendorManagement, [0.0, 0.0, -10.0, -5.0]);
    }
    if matches!(f.kind, WorkKind::It | WorkKind::Knowledge) {
        let x = f.g(Goal::Expertise);
        each(
            e,
            Driver::Goal(Goal::Expertise),
            [0.0, 2.0 * x, 2.0 * x, 4.0 * x],
        );
    }
}

/// Emits one location term per model with a non-zero value.
fn each(emit: &mut impl FnMut(LocationModel, Driver, f64), d: Driver, p: [f64; 4]) {
    for m in LocationModel::ALL {
        if p[m.rank()] != 0.0 {
            emit(m, d, p[m.rank()]);
        }
    }
}

/// Total score of every decision.
pub fn decision_scores(f: &Factors) -> [f64; 4] {
    let mut s = [0.0; 4];
    decision_terms(f, |d, _, p| s[d as usize] += p);
    s
}

/// Total score of every location model.
pub fn location_scores(f: &Factors) -> [f64; 4] {
    let mut s = [0.0; 4];
    location_terms(f, |m, _, p| s[m.rank()] += p);
    s
}

/// Best eligible decision; ties go to the more conservative option.
pub fn choose_decision(f: &Factors) -> Decision {
    let scores = decision_scores(f);
    best(Decision::ALL, |d| {
        decision_gate(f, d).is_none().then(|| scores[d as usize])
    })
    .unwrap_or(Decision::KeepInHouse)
}

/// Best available location; ties go to the one closer to home.
pub fn choose_location(f: &Factors) -> LocationModel {
    let scores = location_scores(f);
    best(LocationModel::ALL, |m| {
        location_gate(f, m).is_none().then(|| scores[m.rank()])
    })
    .unwrap_or(LocationModel::Onshore)
}

/// The first item with the highest score among those that have one.
pub fn best<T: Copy, const N: usize>(items: [T; N], score: impl Fn(T) -> Option<f64>) -> Option<T> {
    let mut top: Option<(T, f64)> = None;
    for item in items {
        if let Some(s) = score(item) {
            if top.is_none_or(|(_, t)| s > t + 1e-9) {
                top = Some((item, s));
            }
        }
    }
    top.map(|(t, _)| t)
}

/// The outcome the what-if search compares: decision and, if a provider is used, where.
pub fn outcome(f: &Factors) -> (Decision, Option<LocationModel>) {
    let d = choose_decision(f);
    (d, d.uses_provider().then(|| choose_location(f)))
}
