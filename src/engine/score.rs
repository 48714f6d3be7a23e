//! Scoring: every option's score is a sum of named contributions ("terms"), each tied to
//! the answer that caused it. The same term functions feed the fast totals used by the
//! what-if search and the reasons shown to users, so the explanation can never drift
//! from the decision.
//!
//! Weights are documented in `docs/model.md`; the rule names used there are the names of
//! the scenario tests in `tests/engine_rules.rs`.

use super::automate;
use super::cost::{self, Payoff, Range, Work};
use super::figures::Figures;
use super::location::NEEDS;
use super::model::{
    Assumption, ByResidency, Coverage, Demand, Goal, Goals, JobFamily, Level, Residency,
    Sensitivity, StrategicRole, WorkKind, DOCUMENTED, MAX_OVERLAP_HOURS, SCALE_MAX,
};
use super::outcome::{Decision, Driver, Exclusion, LocationModel};
use crate::content::automation::{self, Activity};
use crate::content::economics::seat_fte;
use crate::content::processes;
use crate::engine::digits::within;

/// Points per driver (row, in the order of [`Driver::ALL`]) and option (column): the
/// scores and their explanation at once. A driver's points for the four options lie
/// side by side, as one driver's terms are worked out together (and recomputed
/// together by the what-if search).
pub type Table = [[f64; 4]; Driver::COUNT];

/// Points of one option for one driver, in a score table of either layout: a
/// [`Table`], or points per option (row) and driver (column).
pub trait Points {
    /// The points of the option in `slot` for the driver at `index` of [`Driver::ALL`].
    fn points(&self, slot: usize, index: usize) -> f64;
}

impl Points for Table {
    #[inline]
    fn points(&self, slot: usize, index: usize) -> f64 {
        self[index][slot]
    }
}

impl Points for [[f64; Driver::COUNT]; 4] {
    #[inline]
    fn points(&self, slot: usize, index: usize) -> f64 {
        self[slot][index]
    }
}

/// Decision terms of all drivers as a table.
pub fn decision_table(f: &Factors) -> Table {
    let mut t = [[0.0; 4]; Driver::COUNT];
    fill_decision_table(f, &mut t);
    t
}

/// Location terms of all drivers as a table.
pub fn location_table(f: &Factors) -> Table {
    let mut t = [[0.0; 4]; Driver::COUNT];
    fill_location_table(f, &mut t);
    t
}

/// Fills a table with the decision terms of all drivers, in place.
fn fill_decision_table(f: &Factors, t: &mut Table) {
    for (row, driver) in t.iter_mut().zip(Driver::ALL) {
        *row = [0.0; 4];
        add_decision_terms(f, driver, row);
    }
}

/// Fills a table with the location terms of all drivers, in place.
fn fill_location_table(f: &Factors, t: &mut Table) {
    for (row, driver) in t.iter_mut().zip(Driver::ALL) {
        *row = [0.0; 4];
        add_location_terms(f, driver, row);
    }
}

/// Column totals of a table: the score of each option, its points added up in the
/// order of the drivers.
pub fn totals(t: &Table) -> [f64; 4] {
    let mut sums = [0.0; 4];
    for row in t {
        for (sum, points) in sums.iter_mut().zip(row) {
            *sum += points;
        }
    }
    sums
}

/// A process's score tables: points per option and driver, their totals, and the
/// outcome they lead to. Computed once per process and shared by the advice, its
/// explanation and the what-if search.
pub struct ScoreTables {
    decision_table: Table,
    decision_totals: [f64; 4],
    location_table: Table,
    location_totals: [f64; 4],
    decision: Decision,
    location: Option<LocationModel>,
}

impl ScoreTables {
    /// Computes the tables of a process.
    pub fn new(f: &Factors) -> Self {
        let mut t = Self::default();
        t.fill(f);
        t
    }

    /// Computes the tables of a process in place of those of another: a
    /// recommendation keeps one set for all its processes rather than building each
    /// (the tables are 864 bytes each) apart and moving it.
    pub fn fill(&mut self, f: &Factors) {
        fill_decision_table(f, &mut self.decision_table);
        fill_location_table(f, &mut self.location_table);
        self.decision_totals = totals(&self.decision_table);
        self.location_totals = totals(&self.location_table);
        self.decision = decision_from(f, &self.decision_totals);
        self.location = self
            .decision
            .uses_provider()
            .then(|| location_from(f, &self.location_totals));
    }

    /// Totals of the decision table.
    pub fn decision_totals(&self) -> &[f64; 4] {
        &self.decision_totals
    }

    /// Totals of the location table.
    pub fn location_totals(&self) -> &[f64; 4] {
        &self.location_totals
    }

    /// Points per decision and driver.
    pub fn decision_table(&self) -> &Table {
        &self.decision_table
    }

    /// Points per location and driver.
    pub fn location_table(&self) -> &Table {
        &self.location_table
    }

    /// The decision and, if a provider is used, the location these tables lead to.
    pub fn outcome(&self) -> (Decision, Option<LocationModel>) {
        (self.decision, self.location)
    }
}

impl Default for ScoreTables {
    /// Tables of no process yet, to [`fill`](ScoreTables::fill).
    fn default() -> Self {
        Self {
            decision_table: [[0.0; 4]; Driver::COUNT],
            decision_totals: [0.0; 4],
            location_table: [[0.0; 4]; Driver::COUNT],
            location_totals: [0.0; 4],
            decision: Decision::KeepInHouse,
            location: None,
        }
    }
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
    /// Night hours of the provider shift that gives each overlap need (see
    /// [`CountryOption::night_hours`](super::location::CountryOption::night_hours)).
    pub night: [f64; NEEDS],
    /// Its best example has an established talent pool for the work's job family (home
    /// always has: its own labour market).
    pub talent: bool,
    /// Its gross saving rates for each overlap need (zero when unavailable).
    pub rates: [Range; NEEDS],
    /// How much riskier than home its working example is (country risk above home's,
    /// 0–1; half for a hybrid), never less than a model nearer home.
    pub exposure: f64,
    /// Whether personal data sent to its working example needs standard contractual
    /// clauses and a transfer impact assessment (1; ½ for a hybrid; 0 when not), never
    /// less than a model nearer home.
    pub safeguards: f64,
}

/// Per residency setting and overlap need, the gross saving rates where a hand-over pays
/// off best (`None` when the work may go nowhere); see `facts::rates_of`.
pub type Rates = ByResidency<[Option<Range>; NEEDS]>;

/// Location facts for each residency setting, so that a what-if on residency needs no
/// new country search.
pub type Places = ByResidency<[ModelFacts; 4]>;

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
    /// People doing the work, FTE.
    pub fte: f64,
    /// Hours the work must be staffed.
    pub coverage: Coverage,
    /// The figures the company is costed with.
    pub figures: &'a Figures<'a>,
    /// What handing the work over yields over the contract term (see
    /// [`Factors::work_out_payoff`]).
    pub payoff: Option<Payoff>,
    /// The payoff of a hand-over at any gross saving rate (see [`cost::PayoffLine`]).
    pub payoff_line: cost::PayoffLine,
    /// The user's yearly cost of the process (0 = estimate it).
    pub annual_cost: f64,
    /// The estimated yearly cost of one person at the home country's agent wage, home
    /// currency, before the role's pay multiplier.
    pub wage_per_fte: f64,
    /// The pay multiplier of a catalog process's role at home (see
    /// [`cost::pay_multiplier`]; `None` for a custom process, whose multiplier follows
    /// its kind of work).
    pub catalog_multiplier: Option<f64>,
    /// What automating the work yields over the contract term (see
    /// [`Factors::work_out_automation_payoff`]).
    pub automation_payoff: Option<Payoff>,
    /// The company's own automation capability.
    pub automation: Level,
    /// The catalog's classification of the work's main activity (`None` for the
    /// user's own process; see [`Factors::automatable`]).
    pub listed_activity: Option<Activity>,
    /// The share of the work software could take over (see
    /// [`Factors::work_out_automatable`]).
    pub automatable: f64,
    /// Goal weights.
    pub goals: Goals,
    /// Risk tolerance.
    pub tolerance: Level,
    /// Vendor-management capacity.
    pub vendor_management: Level,
    /// Transition appetite.
    pub transition: Level,
    /// Tolerance for dependency on a provider.
    pub dependency: Level,
    /// Number of regulations that apply (capped at 3 when scored).
    pub regulations: u8,
    /// Residency constraint.
    pub residency: Residency,
    /// Location facts per residency setting.
    pub places: &'a Places,
    /// Where a hand-over pays off best, per residency setting and overlap need.
    pub rates: &'a Rates,
}

#[inline]
fn unit(v: u8) -> f64 {
    f64::from(v.min(SCALE_MAX)) / f64::from(SCALE_MAX)
}

impl Factors<'_> {
    #[inline]
    fn goal_weight(&self, goal: Goal) -> f64 {
        unit(self.goals.get(goal))
    }
    #[inline]
    fn sensitivity_share(&self) -> f64 {
        f64::from(self.sensitivity.rank()) / 3.0
    }
    /// Regulatory load: grows with the number of regulations and with the sensitivity
    /// of the data the process touches.
    #[inline]
    fn regulatory_load(&self) -> f64 {
        f64::from(self.regulations.min(3)) / 3.0 * (0.25 + 0.75 * self.sensitivity_share())
    }
    /// Location facts under the current residency setting.
    #[inline]
    pub fn facts(&self) -> &[ModelFacts; 4] {
        self.places.get(self.residency)
    }
    /// The net effect over the contract term of handing the work to a provider at the
    /// place it may go under the residency constraint that pays off best in the
    /// pessimistic case, as shares of what the work costs over the term; `None` when it
    /// may go nowhere. Worked out when the factors are built (and again by a change
    /// that moves it), since several score terms and the what-if search read it.
    pub fn work_out_payoff(&self) -> Option<Payoff> {
        Some(self.payoff_line.at(self.payoff_rate()?))
    }

    /// The payoff line of the work (see [`cost::PayoffLine`]); [`Factors::payoff`] and
    /// the location terms read it.
    pub fn work_out_payoff_line(&self) -> cost::PayoffLine {
        let work = Work {
            fte: self.fte,
            documented: self.documented(),
        };
        cost::PayoffLine::of(work, self.coverage, self.figures)
    }

    /// Whether the payoff line of `self` may differ from that of `before`.
    pub fn payoff_line_moves(&self, before: &Factors) -> bool {
        (self.fte, self.documented(), self.coverage)
            != (before.fte, before.documented(), before.coverage)
    }

    /// The payoff of handing the work to a provider under a location model, for the
    /// overlap it needs, under the residency constraint (`None` when unavailable).
    pub fn payoff_at(&self, model: LocationModel) -> Option<Payoff> {
        let fact = &self.facts()[model.rank()];
        let need = usize::from(self.overlap_need.min(MAX_OVERLAP_HOURS));
        fact.available
            .then(|| self.payoff_line.at(fact.rates[need]))
    }

    /// Documented well enough to hand over as it is (3 of 5 or more).
    #[inline]
    pub fn documented(&self) -> bool {
        self.documentation >= DOCUMENTED
    }

    /// The yearly cost of the process: the user's, or the estimate for its people.
    pub fn current(&self) -> f64 {
        if self.annual_cost > 0.0 {
            self.annual_cost
        } else {
            let multiplier = self.catalog_multiplier.unwrap_or_else(|| {
                cost::pay_multiplier(
                    JobFamily::of_kind(self.kind),
                    processes::custom_multiplier(self.kind),
                    self.figures,
                )
            });
            self.fte * self.wage_per_fte * multiplier
        }
    }

    /// The share of the work software could take over (see [`automate::share`]).
    /// Worked out when the factors are built (and again by a change that moves it),
    /// since the automation gate reads it on every evaluation.
    pub fn work_out_automatable(&self) -> f64 {
        self.automatable_with(self.rule_based, self.judgement, self.documentation)
    }

    /// The automatable share were the rule-basedness, judgement and documentation those
    /// given.
    pub fn automatable_with(&self, rule_based: u8, judgement: u8, documentation: u8) -> f64 {
        let activity =
            automation::activity_with(self.listed_activity, self.kind, self.customer_facing);
        automate::share(activity.potential(), rule_based, judgement, documentation)
    }

    /// The net effect over the contract term of automating most of the work in-house
    /// (`None` when less than most of it can be automated).
    pub fn work_out_automation_payoff(&self) -> Option<Payoff> {
        if decision_gate(self, Decision::Automate).is_some() {
            return None;
        }
        cost::automation_payoff(
            self.current(),
            self.automatable,
            self.documented(),
            self.automation,
            self.figures,
        )
    }

    /// Whether the automation payoff of `self` may differ from that of `before`.
    pub fn automation_payoff_moves(&self, before: &Factors) -> bool {
        (
            self.current(),
            self.automatable,
            self.documented(),
            self.automation,
        ) != (
            before.current(),
            before.automatable,
            before.documented(),
            before.automation,
        )
    }

    /// The gross saving rates at the place the payoff is worked out for: the net effect
    /// grows with the saving rate, all else equal, so the place with the highest
    /// pessimistic rate (for the overlap needed, under the residency constraint) pays
    /// off best.
    pub fn payoff_rate(&self) -> Option<Range> {
        let need = usize::from(self.overlap_need.min(MAX_OVERLAP_HOURS));
        self.rates.get(self.residency)[need]
    }

    /// Whether the payoff of `self` may differ from that of `before`, the same process
    /// with one answer changed.
    pub fn payoff_moves(&self, before: &Factors) -> bool {
        self.payoff_line_moves(before)
            || ((self.overlap_need, self.residency) != (before.overlap_need, before.residency)
                && self.payoff_rate() != before.payoff_rate())
    }

    /// Share of the people a coverage window needs in-house that the team does not have
    /// (0 when the team can staff it, towards 1 for a small team round the clock).
    #[inline]
    pub fn coverage_gap(&self) -> f64 {
        let seats = seat_fte(self.coverage, self.figures.costly(Assumption::Shrinkage)[1]);
        if seats > 0.0 {
            within((seats - self.fte) / seats, 0.0, 1.0)
        } else {
            0.0
        }
    }
}

/// The share of the work a co-sourcing provider runs.
pub const CO_SOURCED_SHARE: f64 = 0.5;

/// Gate for decisions (rules `core_differentiating_stays_in_house`,
/// `unstructured_work_is_not_automated`, `automation_is_a_share_of_the_work` and
/// `a_scope_below_one_person_is_bought_as_a_service`).
pub fn decision_gate(f: &Factors, d: Decision) -> Option<Exclusion> {
    match d {
        Decision::CoSource | Decision::Outsource if f.role == StrategicRole::Differentiating => {
            Some(Exclusion::CoreProcess)
        }
        Decision::Automate if f.rule_based <= automate::LEAST_RULE_BASED => {
            Some(Exclusion::NotRuleBased)
        }
        Decision::Automate if f.automatable < automate::MOST => Some(Exclusion::LittleToAutomate),
        Decision::CoSource if cost::is_service(f.fte * CO_SOURCED_SHARE) => {
            Some(Exclusion::TooSmallToShare)
        }
        _ => None,
    }
}

/// Emits every decision term. `emit(decision, driver, points)`.
pub fn decision_terms(f: &Factors, mut emit: impl FnMut(Decision, Driver, f64)) {
    for driver in Driver::ALL {
        decision_terms_of(f, driver, &mut emit);
    }
}

/// Emits the decision terms of one answer. Every term depends only on the answers its
/// driver names (plus fixed facts such as the kind of work), so that a what-if can
/// recompute just the drivers a change touches (see [`Change::drivers`](super::outcome::Change::drivers)).
pub fn decision_terms_of(f: &Factors, driver: Driver, e: &mut impl FnMut(Decision, Driver, f64)) {
    use Decision::*;
    let d = driver;
    match driver {
        Driver::Baseline => {
            keep(e, d, 40.0);
            out(e, d, 30.0);
            e(Automate, d, 10.0);
        }
        // Strategic role first (Lacity, Willcocks and Feeny).
        Driver::Role => match f.role {
            StrategicRole::Differentiating => {
                keep(e, d, 35.0);
                out(e, d, -40.0);
            }
            StrategicRole::Critical => {
                keep(e, d, 10.0);
                out(e, d, -8.0);
                e(CoSource, d, 12.0);
            }
            StrategicRole::Supporting => {
                keep(e, d, -10.0);
                out(e, d, 15.0);
            }
        },
        Driver::Judgement => {
            let j = unit(f.judgement);
            keep(e, d, 10.0 * j);
            e(Automate, d, -30.0 * j);
            if matches!(
                f.kind,
                WorkKind::BackOffice | WorkKind::FrontOffice | WorkKind::It
            ) {
                out(e, d, -4.0 * j);
            }
        }
        Driver::RuleBased => e(Automate, d, 45.0 * unit(f.rule_based)),
        Driver::Documentation => {
            let doc = unit(f.documentation);
            e(Automate, d, 10.0 * doc);
            out(e, d, 16.0 * (doc - 0.5));
        }
        Driver::Volume => e(Automate, d, 12.0 * f.volume),
        Driver::Demand => match f.demand {
            Demand::Steady => e(Automate, d, 6.0),
            Demand::Seasonal => {
                e(Automate, d, 2.0);
                out(e, d, 10.0);
            }
            Demand::Project => {
                e(Automate, d, -15.0);
                out(e, d, 8.0);
            }
        },
        Driver::CustomerFacing => {
            if f.customer_facing {
                e(Automate, d, -6.0);
            }
        }
        Driver::Sensitivity => {
            keep(e, d, 10.0 * f.sensitivity_share());
            out(e, d, -15.0 * f.sensitivity_share());
        }
        Driver::Regulations => {
            keep(e, d, 8.0 * f.regulatory_load());
            out(e, d, -10.0 * f.regulatory_load());
        }
        Driver::Overlap | Driver::Languages => {}
        // A window the team cannot staff (rule `round_the_clock_favours_a_provider`):
        // keeping it means hiring for it; a provider covers it from a shared operation,
        // co-sourcing hands it the hours the team cannot cover.
        Driver::Coverage => {
            let gap = f.coverage_gap();
            let (k, o, co) = match f.coverage {
                Coverage::BusinessHours => (0.0, 0.0, 0.0),
                Coverage::Extended => (-15.0, 6.0, 8.0),
                Coverage::AroundTheClock => (-30.0, 12.0, 16.0),
            };
            e(KeepInHouse, d, k * gap);
            e(Outsource, d, o * gap);
            e(CoSource, d, co * gap);
        }
        // Automating in-house needs the capability to build and run it; without it, a
        // rule-based process is better handed to a provider that automates it (rule
        // `providers_bring_automation`).
        Driver::AutomationCapability => match f.automation {
            Level::Low => {
                e(Automate, d, -20.0);
                out(e, d, 10.0 * unit(f.rule_based));
            }
            Level::Medium => {}
            Level::High => e(Automate, d, 8.0),
        },
        // A hand-over that loses money over the contract term even at the best place the
        // work may go (rule `cost_driven_advice_must_pay_off`): the points grow with the
        // square of the loss depth (a pessimistic case, every cost at its worst, that just
        // dips into loss weighs little; an expected loss weighs fully); at full depth the
        // cost goal pushes away from a provider as hard as
        // it otherwise pulls towards one, and some points count even without a cost
        // goal, because money lost counts whatever the goals.
        Driver::Payoff => {
            let cost = f.goal_weight(Goal::Cost);
            let square = |p: Option<Payoff>| p.map(|p| p.loss_depth().powi(2));
            // A change whose expected case loses money deeply counts against it
            // whatever the goals (rule `a_change_that_loses_money_is_not_advised`).
            let deep = |p: Option<Payoff>| p.map_or(0.0, |p| p.expected_loss());
            let hand_over = square(f.payoff);
            let automation = square(f.automation_payoff);
            if let Some(depth) = hand_over.filter(|d| *d > 0.0) {
                out(
                    e,
                    d,
                    -(PAYOFF_POINTS + 28.0 * cost) * depth - DEEP_LOSS_POINTS * deep(f.payoff),
                );
            }
            // Automation the work is too small to pay for (its smallest build and
            // running cost are fixed): how rule-based the work is says automation is
            // feasible, not that it pays, so the points are twice the hand-over's base
            // and the cost goal pushes as hard as it otherwise pulls.
            if let Some(depth) = automation.filter(|d| *d > 0.0) {
                let points = -(2.0 * PAYOFF_POINTS + 8.0 * cost) * depth
                    - DEEP_LOSS_POINTS * deep(f.automation_payoff);
                e(Automate, d, points);
            }
            // When no change pays for itself, keeping the work is the cheapest course:
            // the cost goal then favours it instead of counting against it.
            let automatable = decision_gate(f, Automate).is_none();
            let nothing_pays = match (hand_over, automation.filter(|_| automatable)) {
                (Some(h), Some(a)) => h.min(a),
                (Some(h), None) => h,
                (None, Some(a)) => a,
                (None, None) => 0.0,
            };
            if nothing_pays > 0.0 {
                keep(e, d, 15.0 * cost * nothing_pays);
            }
        }
        Driver::RiskTolerance => {
            let (k, o) = tolerance_points(f.tolerance);
            keep(e, d, k);
            out(e, d, o);
        }
        Driver::VendorManagement => {
            let (k, o) = vendor_management_points(f.vendor_management);
            keep(e, d, k);
            out(e, d, o);
        }
        // A company that cannot bear dependency on a provider keeps control (rule
        // `low_dependency_tolerance_keeps_control`): critical work is co-sourced
        // rather than handed over whole (co-source loses nothing for it), other work
        // weighs the hand-over lower. A company at ease with it leans the other way.
        Driver::Dependency => {
            let (k, o) = dependency_points(f.dependency);
            keep(e, d, k);
            out(e, d, o);
            if f.dependency == Level::Low && f.role == StrategicRole::Critical {
                e(CoSource, d, -(0.4 * k + 0.6 * o));
            }
        }
        Driver::TransitionAppetite => {
            let [k, o, a] = transition_points(f.transition);
            keep(e, d, k);
            out(e, d, o);
            e(Automate, d, a);
        }
        Driver::Goal(goal) => {
            let g = f.goal_weight(goal);
            match goal {
                Goal::Cost => {
                    keep(e, d, -5.0 * g);
                    out(e, d, 14.0 * g);
                    e(Automate, d, 4.0 * g);
                }
                Goal::Focus if f.role == StrategicRole::Differentiating => keep(e, d, 4.0 * g),
                Goal::Focus => {
                    keep(e, d, -8.0 * g);
                    out(e, d, 10.0 * g);
                }
                Goal::Expertise => {
                    let expert = matches!(
                        f.kind,
                        WorkKind::Knowledge | WorkKind::Legal | WorkKind::Research | WorkKind::It
                    );
                    out(e, d, if expert { 12.0 } else { 8.0 } * g);
                }
                Goal::Scalability => {
                    let variable = f.demand != Demand::Steady;
                    out(e, d, if variable { 12.0 } else { 6.0 } * g);
                    e(Automate, d, 4.0 * g);
                }
                Goal::Speed => {
                    out(e, d, 4.0 * g);
                    e(Automate, d, 8.0 * g);
                }
                // Quality (rule `the_quality_goal_keeps_judgement_and_automates_rules`):
                // work that takes judgement or faces customers is where a hand-over most
                // often disappoints (71% of early terminations cite quality, Deloitte
                // 2012), so the goal keeps it closer; rule-based work gains consistency
                // from automation.
                Goal::Quality => {
                    let care = unit(f.judgement).max(if f.customer_facing { 0.6 } else { 0.0 });
                    keep(e, d, 10.0 * g * care);
                    out(e, d, (2.0 - 6.0 * care) * g);
                    e(Automate, d, 8.0 * g * unit(f.rule_based));
                }
                Goal::Coverage => out(e, d, 8.0 * g),
                Goal::NewMarkets => {
                    if f.customer_facing {
                        out(e, d, 6.0 * g);
                    }
                }
            }
        }
    }
}

/// Adds the decision terms of one driver to the scores of the four decisions (the one
/// way the what-if search and [`Swing::of_cost`] read them, so the terms are compiled
/// once for both).
pub fn add_decision_terms(f: &Factors, driver: Driver, scores: &mut [f64; 4]) {
    decision_terms_of(f, driver, &mut |d, _, p| scores[d as usize] += p);
}

/// Adds the location terms of one driver to the scores of the four location models.
pub fn add_location_terms(f: &Factors, driver: Driver, scores: &mut [f64; 4]) {
    location_terms_of(f, driver, &mut |m, _, p| scores[m.rank()] += p);
}

/// How far an answer on a 0–1 scale, moved from 0 to 1, can move one option's score
/// against another's, over the decisions and over the location models. The terms of the
/// answers that have one (goal weights other than cost, judgement, sensitivity) change
/// in proportion to the answer (or by at most that much), so a change of the answer by
/// `w` moves any lead by at most `w` times the swing; the what-if search skips a change
/// that cannot close the current leads. Kept beside the terms they bound and checked
/// against them by `swings_bound_how_far_a_change_moves_any_lead` (which also checks
/// that each is reached, so none is looser than it need be).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Swing {
    /// Over the decisions.
    pub decision: f64,
    /// Over the location models.
    pub location: f64,
}

impl Swing {
    const fn new(decision: f64, location: f64) -> Self {
        Self { decision, location }
    }

    /// The swing of a goal's weight. Every goal term is the weight times points fixed by
    /// the process (plus, for expertise, a constant). The cost goal also sizes the payoff
    /// term, so its swing depends on the process (see [`Swing::of_cost`]).
    pub fn of_goal(goal: Goal) -> Option<Self> {
        Some(match goal {
            Goal::Cost => return None,
            // Keep −8, co-source 2.8, outsource 10.
            Goal::Focus => Self::new(18.0, 0.0),
            // Outsource 12; talent weight 9 × (½ to 1).
            Goal::Expertise => Self::new(12.0, 9.0),
            Goal::Scalability => Self::new(12.0, 0.0),
            Goal::Speed => Self::new(8.0, 0.0),
            // Keep 10, outsource −4 (judgement or customers), automate 8.
            Goal::Quality => Self::new(14.0, 0.0),
            Goal::Coverage => Self::new(8.0, 25.0),
            Goal::NewMarkets => Self::new(6.0, 6.0),
        })
    }

    /// The swing of the cost goal's weight for one process. Its own terms and the payoff
    /// term's (whose points the weight sizes) are straight lines in the weight, whose
    /// slopes the payoffs fix, and no payoff reads a goal: the slopes are the terms at
    /// full weight less those at none, and the swing is the widest gap between two
    /// options' slopes. Over the locations only its own terms move (onshore 0 to
    /// offshore 25).
    pub fn of_cost(f: &Factors) -> Self {
        let terms = |weight: u8| {
            let g = Factors {
                goals: f.goals.with(Goal::Cost, weight),
                ..*f
            };
            let mut points = [0.0; 4];
            for driver in [Driver::Goal(Goal::Cost), Driver::Payoff] {
                add_decision_terms(&g, driver, &mut points);
            }
            points
        };
        let (none, full) = (terms(0), terms(SCALE_MAX));
        let slopes = std::array::from_fn::<f64, 4, _>(|k| full[k] - none[k]);
        let widest = |pick: fn(f64, f64) -> f64| slopes.into_iter().reduce(pick).unwrap_or(0.0);
        Self::new(widest(f64::max) - widest(f64::min), 25.0)
    }

    /// The swing of a change of dependency tolerance from `from` to `to`: keep and
    /// outsource move apart by both their changes; co-source (whatever the role) and
    /// automate (nothing) move between them; no location term reads it.
    pub fn of_dependency(from: Level, to: Level) -> Self {
        let ((k0, o0), (k1, o1)) = (dependency_points(from), dependency_points(to));
        Self::new((k1 - k0).abs() + (o1 - o0).abs(), 0.0)
    }

    /// The swing of a change between two levels of an answer whose keep and outsource
    /// points are `points` and whose location points are `location`: keep and outsource
    /// move apart (co-source between them), and the location models by their points'
    /// widest gap. No gate reads such an answer, nor anything worked out from the answers.
    fn of_levels(
        points: fn(Level) -> (f64, f64),
        location: fn(Level) -> [f64; 4],
        from: Level,
        to: Level,
    ) -> Self {
        let pair = |l| <[f64; 2]>::from(points(l));
        Self::new(
            widest_gap(pair(from), pair(to)),
            widest_gap(location(from), location(to)),
        )
    }

    /// The swing of a change of risk tolerance: keep and outsource move apart, and the
    /// location models by their points' widest gap.
    pub fn of_tolerance(from: Level, to: Level) -> Self {
        Self::of_levels(tolerance_points, tolerance_location_points, from, to)
    }

    /// The swing of a change of the capability to manage providers, read as risk
    /// tolerance's.
    pub fn of_vendor_management(from: Level, to: Level) -> Self {
        Self::of_levels(
            vendor_management_points,
            vendor_management_location_points,
            from,
            to,
        )
    }

    /// The swing of a change of the appetite for a transition: keep, outsource and
    /// automate (co-source between keep and outsource); no location term reads it.
    pub fn of_transition(from: Level, to: Level) -> Self {
        Self::new(
            widest_gap(transition_points(from), transition_points(to)),
            0.0,
        )
    }

    /// The swing of documentation while it stays on one side of [`DOCUMENTED`] (the only
    /// way the payoffs read it): automate 10, outsource 16, co-source 9.6, keep nothing.
    pub const DOCUMENTATION: Self = Self::new(16.0, 0.0);

    /// The swing of judgement while automating most of the work stays ruled out (the
    /// only time the search bounds it, so the automate terms move no lead): its own term
    /// (keep 10, outsource −4) and the quality goal's care (keep 10, outsource −6); the
    /// talent weight (3 + 9) × ½.
    pub const JUDGEMENT: Self = Self::new(30.0, 6.0);

    /// The swing of rule-basedness while automating most of the work stays ruled out:
    /// only the reason to hand rule-based work to a provider that automates it, when the
    /// company cannot automate (outsource 10, co-source 6); no location term reads it.
    pub const RULE_BASED: Self = Self::new(10.0, 0.0);

    /// The swing of the sensitivity share for one process: its own term (keep 10,
    /// outsource −15; locations 12 to −16, and offshore, the most exposed model, loses
    /// up to 20 for country risk and 12 for a transfer) and the regulatory load, three
    /// quarters of which follows it (keep 8, outsource −10; locations 12 to −12, and up
    /// to 15 for country risk). Exposure grows with distance from home, so onshore and
    /// offshore are the two options it moves furthest apart.
    pub fn of_sensitivity(f: &Factors) -> Self {
        let far = &f.facts()[LocationModel::Offshore.rank()];
        let exposed = COUNTRY_RISK_POINTS * far.exposure + TRANSFER_POINTS * far.safeguards;
        let regulated = 0.75 * (24.0 + REGULATED_COUNTRY_RISK_POINTS * far.exposure);
        Self::new(38.5, 28.0 + exposed + regulated)
    }

    /// This swing over a move of `by` on the 0–1 scale.
    pub fn times(self, by: f64) -> Self {
        Self::new(self.decision * by, self.location * by)
    }
}

/// An answer on a 0–5 scale as a share of the scale.
#[inline]
pub fn share_of_scale(v: u8) -> f64 {
    unit(v)
}

/// Points against a hand-over that loses money over the term, before the cost goal.
pub const PAYOFF_POINTS: f64 = 15.0;
/// Points against a place where a hand-over loses money over the term (times the loss
/// depth squared), whatever the goals.
pub const LOCATION_PAYOFF_POINTS: f64 = 30.0;
/// Further points against a change whose expected case loses [`cost::DEEP_LOSS`] of the
/// work's cost over the term or more (in proportion below that).
pub const DEEP_LOSS_POINTS: f64 = 40.0;

/// A term for keeping in-house; co-source takes 40% of it.
#[inline]
fn keep(emit: &mut impl FnMut(Decision, Driver, f64), d: Driver, p: f64) {
    emit(Decision::KeepInHouse, d, p);
    emit(Decision::CoSource, d, 0.4 * p);
}

/// A term for outsourcing; co-source takes 60% of it.
#[inline]
fn out(emit: &mut impl FnMut(Decision, Driver, f64), d: Driver, p: f64) {
    emit(Decision::Outsource, d, p);
    emit(Decision::CoSource, d, 0.6 * p);
}

/// Keep and outsource points of a dependency tolerance (co-source takes 40% and 60% of
/// them, and nothing when low for critical work).
pub fn dependency_points(l: Level) -> (f64, f64) {
    level_pair(l, (6.0, -8.0), (-2.0, 4.0))
}

/// Keep and outsource points of a risk tolerance (co-source takes 40% and 60% of them).
fn tolerance_points(l: Level) -> (f64, f64) {
    level_pair(l, (8.0, -10.0), (-4.0, 5.0))
}

/// Location points of a risk tolerance, by location model: a low tolerance keeps work
/// close, a high one lets it go further.
fn tolerance_location_points(l: Level) -> [f64; 4] {
    match l {
        Level::Low => [15.0, 5.0, -5.0, -15.0],
        Level::Medium => [0.0; 4],
        Level::High => [-5.0, 0.0, 3.0, 5.0],
    }
}

/// Keep and outsource points of the capability to manage providers.
fn vendor_management_points(l: Level) -> (f64, f64) {
    level_pair(l, (6.0, -8.0), (-2.0, 4.0))
}

/// Location points of the capability to manage providers: without it, the models that
/// manage a distant centre lose.
fn vendor_management_location_points(l: Level) -> [f64; 4] {
    if l == Level::Low {
        [0.0, 0.0, -10.0, -5.0]
    } else {
        [0.0; 4]
    }
}

/// Keep, outsource and automate points of the appetite for a transition.
fn transition_points(l: Level) -> [f64; 3] {
    let (k, o) = level_pair(l, (6.0, -8.0), (-2.0, 4.0));
    [k, o, level_pair(l, (-4.0, 0.0), (2.0, 0.0)).0]
}

/// How far the widest-apart two of these points move against each other when they
/// change from `before` to `after`.
fn widest_gap<const N: usize>(before: [f64; N], after: [f64; N]) -> f64 {
    let moves = (0..N).map(|k| after[k] - before[k]);
    moves.clone().fold(f64::MIN, f64::max) - moves.fold(f64::MAX, f64::min)
}

#[inline]
fn level_pair(l: Level, low: (f64, f64), high: (f64, f64)) -> (f64, f64) {
    match l {
        Level::Low => low,
        Level::Medium => (0.0, 0.0),
        Level::High => high,
    }
}

/// Gate for location models (rule `residency_limits_locations`).
pub fn location_gate(f: &Factors, m: LocationModel) -> Option<Exclusion> {
    let facts = &f.facts()[m.rank()];
    if facts.available {
        None
    } else if f.places.get(Residency::None)[m.rank()].available {
        Some(Exclusion::Residency)
    } else {
        Some(Exclusion::NoCheaperLocation)
    }
}

/// Emits every location term. Coefficients of the cost goal grow with distance from
/// home, and those of sensitivity, regulation and low tolerance shrink with it: that is
/// what makes the sanity rules in `docs/model.md` hold by construction.
pub fn location_terms(f: &Factors, mut emit: impl FnMut(LocationModel, Driver, f64)) {
    for driver in Driver::ALL {
        location_terms_of(f, driver, &mut emit);
    }
}

/// Emits the location terms of one answer (see [`decision_terms_of`]).
pub fn location_terms_of(
    f: &Factors,
    driver: Driver,
    e: &mut impl FnMut(LocationModel, Driver, f64),
) {
    use LocationModel::*;
    let d = driver;
    let facts = f.facts();
    match driver {
        Driver::Baseline => each(e, d, [40.0, 40.0, 30.0, 40.0]),
        // Sensitive data weighs the country risk of the place it goes to and, for a
        // home whose personal data may leave only under safeguards, the transfer
        // (rule `sensitive_data_stays_where_it_is_safe`).
        Driver::Sensitivity => {
            let s = f.sensitivity_share();
            let exposed = |m: LocationModel| {
                let fact = &facts[m.rank()];
                -(COUNTRY_RISK_POINTS * fact.exposure + TRANSFER_POINTS * fact.safeguards) * s
            };
            each(
                e,
                d,
                [
                    12.0 * s,
                    4.0 * s + exposed(Nearshore),
                    -6.0 * s + exposed(Hybrid),
                    -16.0 * s + exposed(Offshore),
                ],
            );
        }
        Driver::Regulations => {
            let reg = f.regulatory_load();
            let exposed =
                |m: LocationModel| -REGULATED_COUNTRY_RISK_POINTS * facts[m.rank()].exposure;
            each(
                e,
                d,
                [
                    12.0 * reg,
                    (4.0 + exposed(Nearshore)) * reg,
                    (-6.0 + exposed(Hybrid)) * reg,
                    (-12.0 + exposed(Offshore)) * reg,
                ],
            );
        }
        Driver::RiskTolerance => each(e, d, tolerance_location_points(f.tolerance)),
        // Working-hour overlap (rule `providers_work_aligned_shifts`): a provider whose
        // day shift overlaps too little runs a shift aligned with the company's day, at
        // the cost of supervision across time zones (a point per hour short) and of
        // night work, which brings attrition (1.5 points per night hour). A hybrid
        // carries half of its distant centre's.
        Driver::Overlap => {
            let need = f.overlap_need.min(MAX_OVERLAP_HOURS);
            let shift = |m: LocationModel| {
                let fact = &facts[m.rank()];
                let short = (f64::from(need) - fact.overlap).max(0.0);
                if short > 0.0 {
                    -(short + 1.5 * fact.night[usize::from(need)])
                } else {
                    0.0
                }
            };
            each(
                e,
                d,
                [0.0, shift(Nearshore), 0.5 * shift(Hybrid), shift(Offshore)],
            );
        }
        Driver::Languages => {
            if f.customer_facing {
                let lang = |m: LocationModel| if facts[m.rank()].speaks { 0.0 } else { -15.0 };
                each(
                    e,
                    d,
                    [
                        lang(Onshore),
                        lang(Nearshore),
                        0.5 * lang(Hybrid),
                        lang(Offshore),
                    ],
                );
            }
        }
        // Follow the sun: a window beyond the company's day suits a provider whose
        // day is the company's night.
        Driver::Coverage => match f.coverage {
            Coverage::BusinessHours => {}
            Coverage::Extended => each(e, d, [0.0, 0.0, 4.0, 3.0]),
            Coverage::AroundTheClock => each(e, d, [0.0, 0.0, 10.0, 6.0]),
        },
        Driver::VendorManagement => {
            each(e, d, vendor_management_location_points(f.vendor_management));
        }
        // A place where the hand-over loses money over the term counts against itself,
        // whatever the goals (rule `a_place_where_the_hand_over_loses_money_is_not_chosen`):
        // the decision's payoff is read at the place that pays best, so without this
        // the location could go to one that does not pay.
        Driver::Payoff => {
            let points = |m: LocationModel| {
                f.payoff_at(m).map_or(0.0, |p| {
                    -LOCATION_PAYOFF_POINTS * p.loss_depth().powi(2)
                        - DEEP_LOSS_POINTS * p.expected_loss()
                })
            };
            each(e, d, LocationModel::ALL.map(points));
        }
        Driver::Goal(goal) => {
            let g = f.goal_weight(goal);
            match goal {
                Goal::Cost => each(e, d, [0.0, 12.0 * g, 14.0 * g, 25.0 * g]),
                Goal::NewMarkets if f.customer_facing => {
                    each(e, d, [0.0, 3.0 * g, 6.0 * g, 3.0 * g]);
                }
                Goal::Coverage => each(e, d, [0.0, 0.0, 25.0 * g, 10.0 * g]),
                // Talent where the work goes (rule `work_goes_where_its_talent_is`): a
                // place with an established pool for the job family staffs and keeps
                // skilled people; it counts more the more the work takes judgement and
                // the more expertise is a goal. A hybrid keeps half at home.
                Goal::Expertise => {
                    let weight = (3.0 + 9.0 * g) * (0.5 + 0.5 * unit(f.judgement));
                    let talent = |m: LocationModel| {
                        if facts[m.rank()].talent {
                            weight
                        } else {
                            0.0
                        }
                    };
                    each(
                        e,
                        d,
                        [
                            talent(Onshore),
                            talent(Nearshore),
                            0.5 * (weight + talent(Hybrid)),
                            talent(Offshore),
                        ],
                    );
                }
                _ => {}
            }
        }
        Driver::Role
        | Driver::Judgement
        | Driver::RuleBased
        | Driver::Documentation
        | Driver::Volume
        | Driver::Demand
        | Driver::CustomerFacing
        | Driver::AutomationCapability
        | Driver::TransitionAppetite
        | Driver::Dependency => {}
    }
}

/// Location points restricted data loses per unit of a place's country risk above
/// home's (a country at the bottom of the governance ranks for a home at the top: −20),
/// in proportion to the sensitivity share (Shorewise's own calibration of the World
/// Bank's ranks, a weight of the same order as the sensitivity term itself).
pub const COUNTRY_RISK_POINTS: f64 = 20.0;
/// Location points a full regulatory load loses per unit of country risk above home's.
pub const REGULATED_COUNTRY_RISK_POINTS: f64 = 15.0;
/// Location points restricted personal data loses where it needs standard contractual
/// clauses and a transfer impact assessment (GDPR Art. 46; Schrems II), in proportion to
/// the sensitivity share: internal data 4, confidential 8, restricted 12.
pub const TRANSFER_POINTS: f64 = 12.0;

/// Emits one location term per model with a non-zero value.
#[inline]
fn each(emit: &mut impl FnMut(LocationModel, Driver, f64), d: Driver, p: [f64; 4]) {
    for m in LocationModel::ALL {
        if p[m.rank()] != 0.0 {
            emit(m, d, p[m.rank()]);
        }
    }
}

/// Total score of every decision.
pub fn decision_scores(f: &Factors) -> [f64; 4] {
    totals(&decision_table(f))
}

/// Total score of every location model.
pub fn location_scores(f: &Factors) -> [f64; 4] {
    totals(&location_table(f))
}

/// Best eligible decision; ties go to the more conservative option.
pub fn choose_decision(f: &Factors) -> Decision {
    decision_from(f, &decision_scores(f))
}

/// Best eligible decision given its scores.
pub fn decision_from(f: &Factors, scores: &[f64; 4]) -> Decision {
    best(Decision::ALL, |d| {
        decision_gate(f, d).is_none().then(|| scores[d as usize])
    })
    .unwrap_or(Decision::KeepInHouse)
}

/// Best available location; ties go to the one closer to home.
pub fn choose_location(f: &Factors) -> LocationModel {
    location_from(f, &location_scores(f))
}

/// Best available location given its scores.
pub fn location_from(f: &Factors, scores: &[f64; 4]) -> LocationModel {
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
