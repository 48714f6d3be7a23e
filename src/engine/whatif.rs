//! "What would change it": the smallest change of one answer that flips a process's
//! decision or location. Candidates are tried in order of size (one step on a scale
//! first), and within a size in a fixed order, so the answer is deterministic.

use super::automate;
use super::facts::volume;
use super::model::{
    Coverage, Demand, Goal, Level, ProcessEdit, Residency, Sensitivity, StrategicRole, DOCUMENTED,
    MAX_OVERLAP_HOURS, SCALE_MAX,
};
use super::outcome::{Change, Decision, Driver, LocationModel};
use super::score::{
    add_decision_terms, add_location_terms, decision_from, decision_gate, location_from,
    location_gate, outcome, share_of_scale, Factors, ScoreTables, Swing, Table,
};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::ops::ControlFlow;

/// A change and the outcome it would lead to.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flip {
    /// The single answer to change.
    pub change: Change,
    /// Decision after the change.
    pub decision: Decision,
    /// Location after the change, if a provider is used.
    pub location: Option<LocationModel>,
}

const LEVELS: [Level; 3] = [Level::Low, Level::Medium, Level::High];
const ROLES: [StrategicRole; 3] = [
    StrategicRole::Differentiating,
    StrategicRole::Critical,
    StrategicRole::Supporting,
];
const SENS: [Sensitivity; 4] = [
    Sensitivity::Public,
    Sensitivity::Internal,
    Sensitivity::Confidential,
    Sensitivity::Restricted,
];
const COVERAGES: [Coverage; 3] = [
    Coverage::BusinessHours,
    Coverage::Extended,
    Coverage::AroundTheClock,
];
const DEMANDS: [Demand; 3] = [Demand::Steady, Demand::Seasonal, Demand::Project];
const RESIDENCIES: [Residency; 3] = [
    Residency::None,
    Residency::HomeCountry,
    Residency::HomeRegion,
];

/// Finds the smallest single change that alters the outcome, trying steps of 1 first,
/// then 2, and so on. `None` when no single change does.
///
/// Scores are sums of per-driver terms, so each candidate recomputes only the columns
/// of the drivers it touches; a candidate that seems to flip by a hair (a winner less
/// than [`CLEAR_MARGIN`] ahead) is confirmed with a full evaluation, so that a rounding
/// difference can never report a flip that is not one. `tables` are the process's score
/// tables, shared with the advice that needs them too.
pub fn smallest_flip(f: &Factors, tables: &ScoreTables) -> Option<Flip> {
    search(f, tables, true)
}

/// The search, with or without skipping the changes that cannot close the leads
/// (without: the reference the skipping is tested against).
fn search(f: &Factors, tables: &ScoreTables, skip: bool) -> Option<Flip> {
    let now = tables.outcome();
    let leads = Leads::of(f, tables);
    // One scratch copy of the factors: each change is applied to it and undone.
    let mut g = *f;
    // Candidates are tried as they are made: most searches end on one of the first
    // few of step 1, and the rest are never made.
    let mut try_change = |change: Change| {
        if skip && leads.hold_against(f, change) {
            return ControlFlow::Continue(());
        }
        change.apply_to(f, &mut g);
        let (quick, clear) = quick_outcome(tables, change, &g);
        if quick != now {
            let then = if clear { quick } else { outcome(&g) };
            if then != now {
                return ControlFlow::Break(Flip {
                    change,
                    decision: then.0,
                    location: then.1,
                });
            }
        }
        change.undo(f, &mut g);
        ControlFlow::Continue(())
    };
    (1..=SCALE_MAX).find_map(|step| each_candidate(f, step, &mut try_change).break_value())
}

/// How far the current decision and location are ahead of every other eligible option
/// (the location's counts only when a provider is used).
struct Leads {
    decision: f64,
    location: f64,
    /// The swing of the cost goal's weight, worked out on first use (the only swing
    /// that takes some work, and the same for every change of that weight).
    cost: Cell<Option<Swing>>,
}

impl Leads {
    fn of(f: &Factors, t: &ScoreTables) -> Self {
        let (decision, location) = t.outcome();
        let lead = |scores: &[f64; 4], winner: usize, eligible: &dyn Fn(usize) -> bool| {
            let top = scores[winner];
            (0..4)
                .filter(|&k| k != winner && eligible(k))
                .fold(f64::INFINITY, |lead, k| lead.min(top - scores[k]))
        };
        Self {
            decision: lead(t.decision_totals(), decision as usize, &|k| {
                decision_gate(f, Decision::ALL[k]).is_none()
            }),
            location: location.map_or(f64::INFINITY, |m| {
                lead(t.location_totals(), m.rank(), &|k| {
                    location_gate(f, LocationModel::ALL[k]).is_none()
                })
            }),
            cost: Cell::new(None),
        }
    }

    /// Whether `change` provably leaves the outcome as it is: it moves no gate, and every
    /// lead is wider than the most the change can move it (see [`Change::swing_with`]).
    fn hold_against(&self, f: &Factors, change: Change) -> bool {
        let cost = || {
            let swing = self.cost.get().unwrap_or_else(|| Swing::of_cost(f));
            self.cost.set(Some(swing));
            swing
        };
        change.swing_with(f, cost).is_some_and(|s| {
            s.decision < self.decision - CLEAR_MARGIN && s.location < self.location - CLEAR_MARGIN
        })
    }
}

impl Change {
    /// [`Change::swing_with`], working out the swing of the cost goal's weight itself.
    #[cfg(test)]
    fn swing(self, f: &Factors) -> Option<Swing> {
        self.swing_with(f, || Swing::of_cost(f))
    }

    /// The most this change can move any lead, for the changes whose terms move in
    /// proportion to the answer and that open or close no gate (no gate reads a goal,
    /// sensitivity, risk or dependency tolerance, vendor management or transition appetite; judgement, rule-basedness and documentation
    /// only through the automatable share, when it reaches most of the work); `None`
    /// for the others. Leads are over the options open to the work, so a term of an
    /// option ruled out before and after the change moves none. `cost` gives the swing of the cost goal's weight for the process
    /// ([`Swing::of_cost`]), asked for only by a change of that weight.
    fn swing_with(self, f: &Factors, cost: impl FnOnce() -> Swing) -> Option<Swing> {
        let by = |from: f64, to: f64, swing: Swing| Some(swing.times((to - from).abs()));
        let sensitivity = |s: Sensitivity| f64::from(s.rank()) / 3.0;
        match self {
            Change::Goal { goal, to } => by(
                share_of_scale(f.goals.get(goal)),
                share_of_scale(to),
                match goal {
                    Goal::Cost => cost(),
                    _ => Swing::of_goal(goal)?,
                },
            ),
            Change::Process {
                edit: ProcessEdit::Documentation(to),
            } if (to >= DOCUMENTED) == f.documented()
                && !moves_automation(f, f.rule_based, f.judgement, to) =>
            {
                by(
                    share_of_scale(f.documentation),
                    share_of_scale(to),
                    Swing::DOCUMENTATION,
                )
            }
            Change::Process {
                edit: ProcessEdit::Judgement(to),
            } if !moves_automation(f, f.rule_based, to, f.documentation) => by(
                share_of_scale(f.judgement),
                share_of_scale(to),
                Swing::JUDGEMENT,
            ),
            Change::Process {
                edit: ProcessEdit::RuleBased(to),
            } if !moves_automation(f, to, f.judgement, f.documentation) => by(
                share_of_scale(f.rule_based),
                share_of_scale(to),
                Swing::RULE_BASED,
            ),
            Change::Process {
                edit: ProcessEdit::Sensitivity(to),
            } => by(
                sensitivity(f.sensitivity),
                sensitivity(to),
                Swing::of_sensitivity(f),
            ),
            Change::DependencyTolerance { to } => Some(Swing::of_dependency(f.dependency, to)),
            Change::RiskTolerance { to } => Some(Swing::of_tolerance(f.tolerance, to)),
            Change::VendorManagement { to } => {
                Some(Swing::of_vendor_management(f.vendor_management, to))
            }
            Change::TransitionAppetite { to } => Some(Swing::of_transition(f.transition, to)),
            _ => None,
        }
    }
}

/// Whether setting the rule-basedness, judgement and documentation to these can move
/// the automation's gate or payoff: only when most of the work is automatable before or
/// after it (below that, automating it whole is ruled out either way, and its payoff is
/// not worked out).
fn moves_automation(f: &Factors, rule_based: u8, judgement: u8, documentation: u8) -> bool {
    f.automatable >= automate::MOST
        || f.automatable_with(rule_based, judgement, documentation) >= automate::MOST
}

/// A winner this far ahead of every other eligible option cannot be overturned by the
/// rounding of an incremental evaluation (scores are sums of tens of terms of at most a
/// few hundred points; their rounding is below 1e-10).
pub const CLEAR_MARGIN: f64 = 1e-6;

/// Outcome after `change`, recomputing only the drivers it touches, and whether every
/// winner in it is more than [`CLEAR_MARGIN`] ahead.
fn quick_outcome(
    t: &ScoreTables,
    change: Change,
    g: &Factors,
) -> ((Decision, Option<LocationModel>), bool) {
    let (decision_drivers, location_drivers) = change.drivers();
    let scores = quick_scores(
        t.decision_totals(),
        t.decision_table(),
        decision_drivers,
        |d, scores| add_decision_terms(g, d, scores),
    );
    let decision = decision_from(g, &scores);
    let clear = is_clear(
        Decision::ALL,
        decision,
        |d| scores[d as usize],
        |d| decision_gate(g, d).is_none(),
    );
    if !decision.uses_provider() {
        return ((decision, None), clear);
    }
    let scores = quick_scores(
        t.location_totals(),
        t.location_table(),
        location_drivers,
        |d, scores| add_location_terms(g, d, scores),
    );
    let location = location_from(g, &scores);
    let clear = clear
        && is_clear(
            LocationModel::ALL,
            location,
            |m| scores[m.rank()],
            |m| location_gate(g, m).is_none(),
        );
    ((decision, Some(location)), clear)
}

/// The drivers a change can alter the terms of, on one side (decision or location):
/// the drivers first, then `None` in the places left.
pub type Drivers = [Option<Driver>; 6];

/// Totals after replacing the columns of `drivers` in a table with new terms.
fn quick_scores(
    totals: &[f64; 4],
    table: &Table,
    drivers: Drivers,
    add_terms: impl Fn(Driver, &mut [f64; 4]),
) -> [f64; 4] {
    let mut scores = *totals;
    // The drivers come first, the unused places after them.
    for d in drivers.iter().map_while(|d| *d) {
        for (score, old) in scores.iter_mut().zip(&table[d.index()]) {
            *score -= old;
        }
        add_terms(d, &mut scores);
    }
    scores
}

/// Whether `winner` is more than [`CLEAR_MARGIN`] ahead of every other eligible option.
fn is_clear<T: Copy + PartialEq>(
    all: [T; 4],
    winner: T,
    score: impl Fn(T) -> f64,
    eligible: impl Fn(T) -> bool,
) -> bool {
    let top = score(winner);
    all.into_iter()
        .filter(|&o| o != winner && eligible(o))
        .all(|o| top - score(o) > CLEAR_MARGIN)
}

impl Change {
    /// The drivers whose decision terms and location terms this change can alter.
    pub fn drivers(self) -> (Drivers, Drivers) {
        use Driver as D;
        let one = |d: Driver| [Some(d), None, None, None, None, None];
        let two = |d: Driver, e: Driver| [Some(d), Some(e), None, None, None, None];
        const NONE: Drivers = [None; 6];
        // Whether a hand-over pays off depends on the people, the documentation, the
        // hours, the overlap, where the work may go, and (for its size) the cost goal.
        let payoff = one(D::Payoff);
        match self {
            Change::Process { edit } => match edit {
                // The dependency term reads the role too (critical work co-sourced).
                ProcessEdit::Role(_) => (
                    [
                        Some(D::Role),
                        Some(D::Goal(Goal::Focus)),
                        Some(D::Dependency),
                        None,
                        None,
                        None,
                    ],
                    NONE,
                ),
                // How much of the work can be automated reads the judgement it takes,
                // so the automation's payoff moves with it.
                ProcessEdit::Judgement(_) => (
                    [
                        Some(D::Judgement),
                        Some(D::Goal(Goal::Quality)),
                        Some(D::Payoff),
                        None,
                        None,
                        None,
                    ],
                    one(D::Goal(Goal::Expertise)),
                ),
                // Without automation capability, rule-based work is a reason to hand it to
                // a provider that automates (the capability term reads it too).
                ProcessEdit::RuleBased(_) => (
                    [
                        Some(D::RuleBased),
                        Some(D::Payoff),
                        Some(D::AutomationCapability),
                        Some(D::Goal(Goal::Quality)),
                        None,
                        None,
                    ],
                    NONE,
                ),
                ProcessEdit::Documentation(_) => (two(D::Documentation, D::Payoff), payoff),
                ProcessEdit::Sensitivity(_) => {
                    let both = two(D::Sensitivity, D::Regulations);
                    (both, both)
                }
                ProcessEdit::Demand(_) => (two(D::Demand, D::Goal(Goal::Scalability)), NONE),
                ProcessEdit::Overlap(_) => (payoff, two(D::Overlap, D::Payoff)),
                ProcessEdit::Coverage(_) => {
                    (two(D::Coverage, D::Payoff), two(D::Coverage, D::Payoff))
                }
                ProcessEdit::Fte(_) => (
                    [
                        Some(D::Volume),
                        Some(D::Coverage),
                        Some(D::Payoff),
                        None,
                        None,
                        None,
                    ],
                    payoff,
                ),
                ProcessEdit::CustomerFacing(_) => {
                    let markets = D::Goal(Goal::NewMarkets);
                    (
                        [
                            Some(D::CustomerFacing),
                            Some(markets),
                            Some(D::Goal(Goal::Quality)),
                            Some(D::Payoff),
                            None,
                            None,
                        ],
                        two(D::Languages, markets),
                    )
                }
                ProcessEdit::Kind(_) => {
                    // A custom process's kind sets its estimated cost, which sizes
                    // automation against its fixed costs.
                    let expertise = D::Goal(Goal::Expertise);
                    (
                        [
                            Some(D::Judgement),
                            Some(expertise),
                            Some(D::Payoff),
                            None,
                            None,
                            None,
                        ],
                        one(expertise),
                    )
                }
                // The cost sizes automation against its fixed costs; languages change
                // the location facts, which are worked out before scoring (see
                // `Change::on`).
                ProcessEdit::AnnualCost(_) => (payoff, NONE),
                ProcessEdit::ToggleLanguage(_) => (NONE, NONE),
            },
            Change::Goal {
                goal: Goal::Cost, ..
            } => (
                two(D::Goal(Goal::Cost), D::Payoff),
                one(D::Goal(Goal::Cost)),
            ),
            Change::Goal { goal, .. } => (one(D::Goal(goal)), one(D::Goal(goal))),
            Change::RiskTolerance { .. } => (one(D::RiskTolerance), one(D::RiskTolerance)),
            Change::VendorManagement { .. } => (one(D::VendorManagement), one(D::VendorManagement)),
            Change::TransitionAppetite { .. } => (one(D::TransitionAppetite), NONE),
            Change::DependencyTolerance { .. } => (one(D::Dependency), NONE),
            Change::Residency { .. } => (
                payoff,
                // The places, and with them the country risk and transfers that
                // sensitivity and regulation weigh.
                [
                    Some(D::Overlap),
                    Some(D::Languages),
                    Some(D::Goal(Goal::Expertise)),
                    Some(D::Payoff),
                    Some(D::Sensitivity),
                    Some(D::Regulations),
                ],
            ),
            Change::AutomationCapability { .. } => (two(D::AutomationCapability, D::Payoff), NONE),
        }
    }
}

/// A change of one answer about the process.
fn edit(edit: ProcessEdit) -> Change {
    Change::Process { edit }
}

/// Every change of exactly `step` steps from the current answers, in a fixed order,
/// handed to `visit` one at a time until it breaks.
fn each_candidate<B>(
    f: &Factors,
    step: u8,
    visit: &mut impl FnMut(Change) -> ControlFlow<B>,
) -> ControlFlow<B> {
    scale(f.judgement, SCALE_MAX, step, visit, |to| {
        edit(ProcessEdit::Judgement(to))
    })?;
    scale(f.rule_based, SCALE_MAX, step, visit, |to| {
        edit(ProcessEdit::RuleBased(to))
    })?;
    scale(f.documentation, SCALE_MAX, step, visit, |to| {
        edit(ProcessEdit::Documentation(to))
    })?;
    for goal in Goal::ALL.iter().copied() {
        scale(f.goals.get(goal), SCALE_MAX, step, visit, |to| {
            Change::Goal { goal, to }
        })?;
    }
    if step <= 2 {
        scale(f.overlap_need, MAX_OVERLAP_HOURS, 2 * step, visit, |to| {
            edit(ProcessEdit::Overlap(to))
        })?;
    }
    ordinal(step, &SENS, f.sensitivity, visit, |to| {
        edit(ProcessEdit::Sensitivity(to))
    })?;
    ordinal(step, &LEVELS, f.tolerance, visit, |to| {
        Change::RiskTolerance { to }
    })?;
    ordinal(step, &LEVELS, f.vendor_management, visit, |to| {
        Change::VendorManagement { to }
    })?;
    ordinal(step, &LEVELS, f.transition, visit, |to| {
        Change::TransitionAppetite { to }
    })?;
    ordinal(step, &LEVELS, f.dependency, visit, |to| {
        Change::DependencyTolerance { to }
    })?;
    ordinal(step, &LEVELS, f.automation, visit, |to| {
        Change::AutomationCapability { to }
    })?;
    ordinal(step, &COVERAGES, f.coverage, visit, |to| {
        edit(ProcessEdit::Coverage(to))
    })?;
    ordinal(step, &ROLES, f.role, visit, |to| {
        edit(ProcessEdit::Role(to))
    })?;
    if step == 1 {
        for to in DEMANDS.into_iter().filter(|d| *d != f.demand) {
            visit(edit(ProcessEdit::Demand(to)))?;
        }
        for to in RESIDENCIES.into_iter().filter(|r| *r != f.residency) {
            visit(Change::Residency { to })?;
        }
    }
    ControlFlow::Continue(())
}

/// Visits the values `by` below and above `value` on a scale from 0 to `max`.
fn scale<B>(
    value: u8,
    max: u8,
    by: u8,
    visit: &mut impl FnMut(Change) -> ControlFlow<B>,
    make: impl Fn(u8) -> Change,
) -> ControlFlow<B> {
    for to in [value.checked_sub(by), value.checked_add(by)]
        .into_iter()
        .flatten()
    {
        if to <= max {
            visit(make(to))?;
        }
    }
    ControlFlow::Continue(())
}

/// Visits the values `step` places before and after `now` on an ordered scale.
fn ordinal<T: Copy + PartialEq, B>(
    step: u8,
    scale: &[T],
    now: T,
    visit: &mut impl FnMut(Change) -> ControlFlow<B>,
    make: impl Fn(T) -> Change,
) -> ControlFlow<B> {
    let Some(i) = scale.iter().position(|v| *v == now) else {
        return ControlFlow::Continue(());
    };
    let step = usize::from(step);
    for j in [i.checked_sub(step), Some(i + step)].into_iter().flatten() {
        if let Some(to) = scale.get(j).copied() {
            visit(make(to))?;
        }
    }
    ControlFlow::Continue(())
}

impl Change {
    /// Applies the change to an assessment: process answers to the process with id
    /// `process`, company-wide answers to the whole assessment. Lets the UI offer
    /// "try this" and lets tests check that a flip is real.
    pub fn apply(self, a: &mut super::model::Assessment, process: &super::model::ProcessId) {
        match self {
            Change::Process { edit } => {
                if let Some(p) = a.processes.iter_mut().find(|p| p.id == *process) {
                    p.apply(edit);
                }
            }
            Change::Goal { goal, to } => a.goals = a.goals.with(goal, to),
            Change::RiskTolerance { to } => a.risk.tolerance = to,
            Change::VendorManagement { to } => a.risk.vendor_management = to,
            Change::TransitionAppetite { to } => a.risk.transition_appetite = to,
            Change::DependencyTolerance { to } => a.risk.dependency_tolerance = to,
            Change::Residency { to } => a.risk.residency = to,
            Change::AutomationCapability { to } => a.risk.automation = to,
        }
    }

    /// The scoring factors with this change applied. A process's customer languages
    /// decide its location facts, which are worked out before scoring; a language edit
    /// therefore leaves the factors as they are (the search never tries one).
    pub fn on<'a>(self, f: &Factors<'a>) -> Factors<'a> {
        let mut g = *f;
        self.apply_to(f, &mut g);
        g
    }

    /// [`Change::on`] written into `g`, which holds the same factors as `f`: a search
    /// trying many changes keeps one copy of the factors, applying each change and
    /// undoing it ([`Change::undo`]) rather than copying all of them for every change.
    fn apply_to<'a>(self, f: &Factors<'a>, g: &mut Factors<'a>) {
        match self {
            Change::Process { edit } => match edit {
                ProcessEdit::Role(v) => g.role = v,
                ProcessEdit::Judgement(v) => g.judgement = v,
                ProcessEdit::RuleBased(v) => g.rule_based = v,
                ProcessEdit::Documentation(v) => g.documentation = v,
                ProcessEdit::Sensitivity(v) => g.sensitivity = v,
                ProcessEdit::Demand(v) => g.demand = v,
                ProcessEdit::Overlap(v) => g.overlap_need = v,
                ProcessEdit::Coverage(v) => g.coverage = v,
                ProcessEdit::Fte(v) => {
                    g.volume = volume(v);
                    g.fte = v;
                }
                ProcessEdit::CustomerFacing(v) => g.customer_facing = v,
                ProcessEdit::Kind(v) => g.kind = v,
                ProcessEdit::AnnualCost(v) => g.annual_cost = v,
                ProcessEdit::ToggleLanguage(_) => {}
            },
            Change::Goal { goal, to } => g.goals = g.goals.with(goal, to),
            Change::RiskTolerance { to } => g.tolerance = to,
            Change::VendorManagement { to } => g.vendor_management = to,
            Change::TransitionAppetite { to } => g.transition = to,
            Change::DependencyTolerance { to } => g.dependency = to,
            Change::Residency { to } => g.residency = to,
            Change::AutomationCapability { to } => g.automation = to,
        }
        let (moves_payoff, sizes_automation) = self.moves();
        if moves_payoff {
            if g.payoff_line_moves(f) {
                g.payoff_line = g.work_out_payoff_line();
            }
            if g.payoff_moves(f) {
                g.payoff = g.work_out_payoff();
            }
        }
        if sizes_automation {
            g.automatable = g.work_out_automatable();
            if g.automation_payoff_moves(f) {
                g.automation_payoff = g.work_out_automation_payoff();
            }
        }
    }

    /// Makes `g`, which holds `f` with this change applied ([`Change::apply_to`]), equal
    /// to `f` again: the answer the change sets, and what [`Change::apply_to`] may have
    /// worked out again from it.
    fn undo<'a>(self, f: &Factors<'a>, g: &mut Factors<'a>) {
        match self {
            Change::Process { edit } => match edit {
                ProcessEdit::Role(_) => g.role = f.role,
                ProcessEdit::Judgement(_) => g.judgement = f.judgement,
                ProcessEdit::RuleBased(_) => g.rule_based = f.rule_based,
                ProcessEdit::Documentation(_) => g.documentation = f.documentation,
                ProcessEdit::Sensitivity(_) => g.sensitivity = f.sensitivity,
                ProcessEdit::Demand(_) => g.demand = f.demand,
                ProcessEdit::Overlap(_) => g.overlap_need = f.overlap_need,
                ProcessEdit::Coverage(_) => g.coverage = f.coverage,
                ProcessEdit::Fte(_) => {
                    g.volume = f.volume;
                    g.fte = f.fte;
                }
                ProcessEdit::CustomerFacing(_) => g.customer_facing = f.customer_facing,
                ProcessEdit::Kind(_) => g.kind = f.kind,
                ProcessEdit::AnnualCost(_) => g.annual_cost = f.annual_cost,
                ProcessEdit::ToggleLanguage(_) => {}
            },
            Change::Goal { .. } => g.goals = f.goals,
            Change::RiskTolerance { .. } => g.tolerance = f.tolerance,
            Change::VendorManagement { .. } => g.vendor_management = f.vendor_management,
            Change::TransitionAppetite { .. } => g.transition = f.transition,
            Change::DependencyTolerance { .. } => g.dependency = f.dependency,
            Change::Residency { .. } => g.residency = f.residency,
            Change::AutomationCapability { .. } => g.automation = f.automation,
        }
        let (moves_payoff, sizes_automation) = self.moves();
        if moves_payoff {
            g.payoff_line = f.payoff_line;
            g.payoff = f.payoff;
        }
        if sizes_automation {
            g.automatable = f.automatable;
            g.automation_payoff = f.automation_payoff;
        }
    }

    /// Whether this change can move the hand-over's payoff (through the people, the
    /// documentation, the hours, the overlap or the residency), and whether it can move
    /// the automatable share or the automation's payoff (through what sizes the share
    /// or the work's cost). Other changes move their own answer only, so
    /// [`Change::on`] skips the checks for them.
    fn moves(self) -> (bool, bool) {
        match self {
            Change::Process { edit } => match edit {
                ProcessEdit::Documentation(_) | ProcessEdit::Fte(_) => (true, true),
                ProcessEdit::Overlap(_) | ProcessEdit::Coverage(_) => (true, false),
                ProcessEdit::Judgement(_)
                | ProcessEdit::RuleBased(_)
                | ProcessEdit::CustomerFacing(_)
                | ProcessEdit::Kind(_)
                | ProcessEdit::AnnualCost(_) => (false, true),
                ProcessEdit::Role(_)
                | ProcessEdit::Sensitivity(_)
                | ProcessEdit::Demand(_)
                | ProcessEdit::ToggleLanguage(_) => (false, false),
            },
            Change::Residency { .. } => (true, false),
            Change::AutomationCapability { .. } => (false, true),
            Change::Goal { .. }
            | Change::RiskTolerance { .. }
            | Change::VendorManagement { .. }
            | Change::TransitionAppetite { .. }
            | Change::DependencyTolerance { .. } => (false, false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples;
    use crate::engine::facts::{by_family, factors};
    use crate::engine::figures::Figures;
    use crate::engine::location;

    /// Every candidate change of one step, in the order the search tries them.
    fn candidates(f: &Factors, step: u8) -> Vec<Change> {
        let mut all = Vec::new();
        let _ = each_candidate::<()>(f, step, &mut |change| {
            all.push(change);
            ControlFlow::Continue(())
        });
        all
    }

    /// A winner is clear only when it leads every other eligible option by more than the
    /// margin: a lead within rounding sends the candidate to a full evaluation.
    #[test]
    fn a_lead_within_the_rounding_margin_is_not_clear() {
        let scores = [50.0, 50.0 - CLEAR_MARGIN / 2.0, 20.0, -5.0];
        let all = [0, 1, 2, 3];
        let score = |k: usize| scores[k];
        assert!(!is_clear(all, 0, score, |_| true));
        // The near rival ineligible: the others are far behind.
        assert!(is_clear(all, 0, score, |k| k != 1));
        // Far ahead of a negative score.
        assert!(is_clear(all, 2, |k| [0.0, 0.0, 20.0, -5.0][k], |k| k >= 2));
    }

    /// The incremental evaluation agrees with a full one for every candidate change of
    /// every process of a varied assessment: `Change::drivers` misses nothing.
    #[test]
    fn quick_outcome_matches_full_evaluation() {
        let mut checked = 0;
        varied_factors(&mut |f| {
            let f = *f;
            let tables = ScoreTables::new(&f);
            assert_eq!(tables.outcome(), outcome(&f));
            for step in 1..=SCALE_MAX {
                let changes = candidates(&f, step);
                checked += changes.len();
                for &change in &changes {
                    let g = change.on(&f);
                    assert_eq!(
                        quick_outcome(&tables, change, &g).0,
                        outcome(&g),
                        "{change:?}",
                    );
                    // The scores themselves, not only the winners: a driver
                    // missing from `Change::drivers` shows here even where it
                    // changes no outcome.
                    let (dd, ld) = change.drivers();
                    let full = ScoreTables::new(&g);
                    let pairs = [
                        (
                            tables.decision_totals(),
                            tables.decision_table(),
                            dd,
                            full.decision_totals(),
                        ),
                        (
                            tables.location_totals(),
                            tables.location_table(),
                            ld,
                            full.location_totals(),
                        ),
                    ];
                    for (i, (totals, table, drivers, want)) in pairs.into_iter().enumerate() {
                        let quick = quick_scores(totals, table, drivers, |d, s| {
                            if i == 0 {
                                add_decision_terms(&g, d, s);
                            } else {
                                add_location_terms(&g, d, s);
                            }
                        });
                        for (q, w) in quick.iter().zip(want) {
                            assert!((q - w).abs() < 1e-9, "{change:?}: {quick:?} vs {want:?}",);
                        }
                    }
                }
            }
        });
        assert!(checked > 10_000, "{checked} candidates checked");
    }

    /// Every process of varied assessments, each also with a strong lead and a weak one
    /// (every goal at its top and at nothing).
    fn varied_factors(check: &mut dyn FnMut(&Factors)) {
        for mut a in [examples::with_processes(43), examples::eu_insurer()] {
            for (tolerance, automation) in Level::ALL.iter().zip(Level::ALL.iter().rev()) {
                a.risk.tolerance = *tolerance;
                a.risk.automation = *automation;
                let home = location::home(&a.company).unwrap();
                let fig = Figures::new(&a, home);
                let families = by_family(&a, &fig);
                for (i, p) in a.processes.iter().enumerate() {
                    let here = families.of(i);
                    let f = factors(&a, p, &here.places, &here.rates, &fig);
                    check(&f);
                    for to in [0, SCALE_MAX] {
                        let mut g = f;
                        for goal in Goal::ALL {
                            g.goals = g.goals.with(*goal, to);
                        }
                        check(&g);
                    }
                }
            }
        }
    }

    /// Every change with a swing moves no gate and moves every option's total against
    /// every other's by at most its swing, for every kind of work, role, demand,
    /// judgement, rule-basedness, customer contact and number of regulations; and each swing is reached by
    /// some change: one too small would skip a real flip, one too large would skip
    /// nothing.
    #[test]
    fn swings_bound_how_far_a_change_moves_any_lead() {
        use crate::engine::model::WorkKind;
        use std::collections::BTreeMap;
        let mut reached: BTreeMap<String, [f64; 2]> = BTreeMap::new();
        // Leads are over the options open to the work: a ruled-out option's terms move
        // none.
        let spread = |before: &[f64; 4], after: &[f64; 4], open: &dyn Fn(usize) -> bool| {
            let moves: Vec<f64> = (0..4)
                .filter(|&k| open(k))
                .map(|k| after[k] - before[k])
                .collect();
            let most = moves.iter().fold(f64::MIN, |a, b| a.max(*b));
            most - moves.iter().fold(f64::MAX, |a, b| a.min(*b))
        };
        varied_factors(&mut |f| {
            for (kind, role, demand) in WorkKind::ALL
                .iter()
                .zip(ROLES.iter().cycle())
                .zip(DEMANDS.iter().cycle())
                .map(|((k, r), d)| (*k, *r, *d))
            {
                for (judgement, rule_based, customer_facing, regulations) in [
                    (0, 5, false, 0),
                    (5, 5, true, 3),
                    (5, 0, false, 1),
                    (2, 3, true, 4),
                ] {
                    let mut g = *f;
                    (g.kind, g.role, g.demand) = (kind, role, demand);
                    (g.judgement, g.rule_based, g.customer_facing, g.regulations) =
                        (judgement, rule_based, customer_facing, regulations);
                    g.automatable = g.work_out_automatable();
                    g.automation_payoff = g.work_out_automation_payoff();
                    let before = ScoreTables::new(&g);
                    for step in 1..=SCALE_MAX {
                        for change in candidates(&g, step) {
                            let Some(swing) = change.swing(&g) else {
                                continue;
                            };
                            let h = change.on(&g);
                            let after = ScoreTables::new(&h);
                            for d in Decision::ALL {
                                assert_eq!(
                                    decision_gate(&g, d).is_none(),
                                    decision_gate(&h, d).is_none(),
                                    "{change:?}"
                                );
                            }
                            for m in LocationModel::ALL {
                                assert_eq!(location_gate(&g, m), location_gate(&h, m));
                            }
                            let moved = [
                                spread(before.decision_totals(), after.decision_totals(), &|k| {
                                    decision_gate(&g, Decision::ALL[k]).is_none()
                                }),
                                spread(before.location_totals(), after.location_totals(), &|k| {
                                    location_gate(&g, LocationModel::ALL[k]).is_none()
                                }),
                            ];
                            let bound = [swing.decision, swing.location];
                            let name = format!("{change:?}");
                            // The answer changed, without the value it is set to.
                            let name = name.split([',', '(']).next().unwrap_or_default();
                            let name = name.split(" { to:").next().unwrap_or_default();
                            let seen = reached.entry(name.to_owned()).or_default();
                            for i in 0..2 {
                                assert!(moved[i] <= bound[i] + 1e-9, "{change:?}: {moved:?}");
                                if bound[i] > 0.0 {
                                    seen[i] = seen[i].max(moved[i] / bound[i]);
                                }
                            }
                        }
                    }
                }
            }
        });
        let names: Vec<&String> = reached.keys().collect();
        assert_eq!(names.len(), 16, "{names:?}");
        for (name, seen) in &reached {
            for (i, ratio) in seen.iter().enumerate() {
                assert!(
                    *ratio == 0.0 || (ratio - 1.0).abs() < 1e-9,
                    "{name} {i}: reaches {ratio} of its swing"
                );
            }
        }
    }

    /// Skipping the changes that cannot close the leads finds exactly the change a
    /// search trying every candidate finds, and does skip some.
    #[test]
    fn skipping_changes_that_cannot_flip_finds_the_same_change() {
        let (mut searches, mut skipped) = (0, 0);
        varied_factors(&mut |f| {
            let tables = ScoreTables::new(f);
            assert_eq!(search(f, &tables, true), search(f, &tables, false), "{f:?}");
            let leads = Leads::of(f, &tables);
            skipped += candidates(f, 1)
                .into_iter()
                .filter(|c| leads.hold_against(f, *c))
                .count();
            searches += 1;
        });
        assert!(
            skipped > 2 * searches,
            "{skipped} skipped in {searches} searches"
        );
    }

    /// The search applies each change to one scratch copy of the factors and undoes it:
    /// undoing must restore every factor, or a later change would be tried on top of an
    /// earlier one.
    #[test]
    fn undoing_a_change_restores_every_factor() {
        let mut tried = 0;
        varied_factors(&mut |f| {
            let mut changes: Vec<Change> = (1..=SCALE_MAX)
                .flat_map(|step| candidates(f, step))
                .collect();
            changes.extend(
                [
                    ProcessEdit::Fte(0.4),
                    ProcessEdit::Fte(f.fte * 3.0 + 1.0),
                    ProcessEdit::CustomerFacing(!f.customer_facing),
                    ProcessEdit::AnnualCost(f.annual_cost + 250_000.0),
                    ProcessEdit::Kind(crate::engine::model::WorkKind::Knowledge),
                ]
                .map(edit),
            );
            let mut g = *f;
            for change in changes {
                change.apply_to(f, &mut g);
                assert_eq!(g, change.on(f), "{change:?}");
                change.undo(f, &mut g);
                assert_eq!(g, *f, "{change:?} left a factor changed");
                tried += 1;
            }
        });
        assert!(tried > 1_000, "only {tried} changes tried");
    }

    /// Edits the search does not try still move exactly the drivers `Change::drivers`
    /// names, and `Change::on` changes the factors exactly as applying the edit to the
    /// answers does: the reducer and the what-if share one meaning of every edit.
    #[test]
    fn every_process_edit_means_the_same_to_answers_and_factors() {
        use crate::engine::model::WorkKind;
        let mut a = examples::with_processes(30);
        a.processes
            .push(crate::engine::model::ProcessAnswer::custom(
                1,
                "Claims",
                WorkKind::BackOffice,
            ));
        let home = location::home(&a.company).unwrap();
        let fig = Figures::new(&a, home);
        let families = by_family(&a, &fig);
        for (i, p) in a.processes.iter().enumerate() {
            let here = families.of(i);
            let (places, rates) = (&here.places, &here.rates);
            let f = factors(&a, p, places, rates, &fig);
            let tables = ScoreTables::new(&f);
            let mut edits = vec![
                ProcessEdit::Fte(0.5),
                ProcessEdit::Fte(60.0),
                ProcessEdit::CustomerFacing(!p.customer_facing),
                ProcessEdit::Judgement(5 - p.judgement.min(5)),
                ProcessEdit::Overlap(8 - p.overlap_hours.min(8)),
                ProcessEdit::Role(StrategicRole::Critical),
            ];
            if p.id.is_custom() {
                edits.extend(WorkKind::ALL.iter().map(|k| ProcessEdit::Kind(*k)));
            }
            for edit in edits {
                let change = Change::Process { edit };
                let g = change.on(&f);
                assert_eq!(
                    quick_outcome(&tables, change, &g).0,
                    outcome(&g),
                    "{edit:?}"
                );
                let mut b = a.clone();
                change.apply(&mut b, &p.id);
                let q = b.processes.iter().find(|q| q.id == p.id).unwrap();
                assert_eq!(factors(&b, q, places, rates, &fig), g, "{} {edit:?}", p.id);
            }
        }
    }
}
