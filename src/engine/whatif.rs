//! "What would change it": the smallest change of one answer that flips a process's
//! decision or location. Candidates are tried in order of size (one step on a scale
//! first), and within a size in a fixed order, so the answer is deterministic.

use super::model::{Demand, Goal, Level, Residency, Sensitivity, StrategicRole, SCALE_MAX};
use super::outcome::{Change, Decision, Driver, LocationModel};
use super::score::{
    decision_from, decision_terms_of, location_from, location_terms_of, outcome, Factors,
    ScoreTables,
};
use serde::{Deserialize, Serialize};

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
/// of the drivers it touches; a candidate that seems to flip is confirmed with a full
/// evaluation, so that a rounding difference can never report a flip that is not one.
/// `tables` are the process's score tables, shared with the advice that needs them too.
pub fn smallest_flip(f: &Factors, tables: &ScoreTables) -> Option<Flip> {
    let now = tables.outcome();
    let mut changes = Vec::with_capacity(48);
    for step in 1..=SCALE_MAX {
        candidates(f, step, &mut changes);
        for &change in &changes {
            let g = change.on(f);
            if quick_outcome(tables, change, &g) != now {
                let then = outcome(&g);
                if then != now {
                    return Some(Flip {
                        change,
                        decision: then.0,
                        location: then.1,
                    });
                }
            }
        }
    }
    None
}

/// Outcome after `change`, recomputing only the drivers it touches.
fn quick_outcome(
    t: &ScoreTables,
    change: Change,
    g: &Factors,
) -> (Decision, Option<LocationModel>) {
    let (decision_drivers, location_drivers) = change.drivers();
    let mut scores = *t.decision_totals();
    for d in decision_drivers.into_iter().flatten() {
        for (k, row) in t.decision_table().iter().enumerate() {
            scores[k] -= row[d.index()];
        }
        decision_terms_of(g, d, &mut |o, _, p| scores[o as usize] += p);
    }
    let decision = decision_from(g, &scores);
    if !decision.uses_provider() {
        return (decision, None);
    }
    let mut scores = *t.location_totals();
    for d in location_drivers.into_iter().flatten() {
        for (k, row) in t.location_table().iter().enumerate() {
            scores[k] -= row[d.index()];
        }
        location_terms_of(g, d, &mut |m, _, p| scores[m.rank()] += p);
    }
    (decision, Some(location_from(g, &scores)))
}

impl Change {
    /// The drivers whose decision terms and location terms this change can alter.
    pub fn drivers(self) -> ([Option<Driver>; 2], [Option<Driver>; 2]) {
        use Driver as D;
        let one = |d: Driver| [Some(d), None];
        const NONE: [Option<Driver>; 2] = [None, None];
        match self {
            Change::Role { .. } => ([Some(D::Role), Some(D::Goal(Goal::Focus))], NONE),
            Change::Judgement { .. } => (one(D::Judgement), NONE),
            Change::RuleBased { .. } => (one(D::RuleBased), NONE),
            Change::Documentation { .. } => (one(D::Documentation), NONE),
            Change::Sensitivity { .. } => {
                let both = [Some(D::Sensitivity), Some(D::Regulations)];
                (both, both)
            }
            Change::Demand { .. } => ([Some(D::Demand), Some(D::Goal(Goal::Scalability))], NONE),
            Change::Overlap { .. } => (NONE, one(D::Overlap)),
            Change::Goal { goal, .. } => (one(D::Goal(goal)), one(D::Goal(goal))),
            Change::RiskTolerance { .. } => (one(D::RiskTolerance), one(D::RiskTolerance)),
            Change::VendorManagement { .. } => (one(D::VendorManagement), one(D::VendorManagement)),
            Change::TransitionAppetite { .. } => (one(D::TransitionAppetite), NONE),
            Change::Residency { .. } => (NONE, [Some(D::Overlap), Some(D::Languages)]),
        }
    }
}

/// Every change of exactly `step` steps from the current answers, in a fixed order.
fn candidates(f: &Factors, step: u8, out: &mut Vec<Change>) {
    out.clear();
    let mut scale = |value: u8, max: u8, by: u8, make: &dyn Fn(u8) -> Change| {
        for to in [value.checked_sub(by), value.checked_add(by)]
            .into_iter()
            .flatten()
        {
            if to <= max {
                out.push(make(to));
            }
        }
    };
    scale(f.judgement, SCALE_MAX, step, &|to| Change::Judgement { to });
    scale(f.rule_based, SCALE_MAX, step, &|to| Change::RuleBased {
        to,
    });
    scale(f.documentation, SCALE_MAX, step, &|to| {
        Change::Documentation { to }
    });
    for goal in Goal::ALL.iter().copied() {
        scale(f.goals.get(goal), SCALE_MAX, step, &|to| Change::Goal {
            goal,
            to,
        });
    }
    if step <= 2 {
        scale(f.overlap_need, 8, 2 * step, &|to| Change::Overlap { to });
    }
    ordinal(out, step, &SENS, f.sensitivity, |to| Change::Sensitivity {
        to,
    });
    ordinal(out, step, &LEVELS, f.tolerance, |to| {
        Change::RiskTolerance { to }
    });
    ordinal(out, step, &LEVELS, f.vendor_management, |to| {
        Change::VendorManagement { to }
    });
    ordinal(out, step, &LEVELS, f.transition, |to| {
        Change::TransitionAppetite { to }
    });
    ordinal(out, step, &ROLES, f.role, |to| Change::Role { to });
    if step == 1 {
        out.extend(
            DEMANDS
                .into_iter()
                .filter(|d| *d != f.demand)
                .map(|to| Change::Demand { to }),
        );
        out.extend(
            RESIDENCIES
                .into_iter()
                .filter(|r| *r != f.residency)
                .map(|to| Change::Residency { to }),
        );
    }
}

/// Adds the values `step` places before and after `now` on an ordered scale.
fn ordinal<T: Copy + PartialEq>(
    out: &mut Vec<Change>,
    step: u8,
    scale: &[T],
    now: T,
    make: impl Fn(T) -> Change,
) {
    let Some(i) = scale.iter().position(|v| *v == now) else {
        return;
    };
    let step = usize::from(step);
    for j in [i.checked_sub(step), Some(i + step)].into_iter().flatten() {
        if let Some(to) = scale.get(j).copied() {
            out.push(make(to));
        }
    }
}

impl Change {
    /// Applies the change to an assessment: process answers to the process with id
    /// `process`, company-wide answers to the whole assessment. Lets the UI offer
    /// "try this" and lets tests check that a flip is real.
    pub fn apply(self, a: &mut super::model::Assessment, process: &super::model::ProcessId) {
        let p = a.processes.iter_mut().find(|p| p.id == *process);
        match (self, p) {
            (Change::Role { to }, Some(p)) => p.role = to,
            (Change::Judgement { to }, Some(p)) => p.judgement = to,
            (Change::RuleBased { to }, Some(p)) => p.rule_based = to,
            (Change::Documentation { to }, Some(p)) => p.documentation = to,
            (Change::Sensitivity { to }, Some(p)) => p.sensitivity = to,
            (Change::Demand { to }, Some(p)) => p.demand = to,
            (Change::Overlap { to }, Some(p)) => p.overlap_hours = to,
            (Change::Goal { goal, to }, _) => a.goals = a.goals.with(goal, to),
            (Change::RiskTolerance { to }, _) => a.risk.tolerance = to,
            (Change::VendorManagement { to }, _) => a.risk.vendor_management = to,
            (Change::TransitionAppetite { to }, _) => a.risk.transition_appetite = to,
            (Change::Residency { to }, _) => a.risk.residency = to,
            (_, None) => {}
        }
    }

    /// The scoring factors with this change applied.
    pub fn on<'a>(self, f: &Factors<'a>) -> Factors<'a> {
        let mut g = *f;
        match self {
            Change::Role { to } => g.role = to,
            Change::Judgement { to } => g.judgement = to,
            Change::RuleBased { to } => g.rule_based = to,
            Change::Documentation { to } => g.documentation = to,
            Change::Sensitivity { to } => g.sensitivity = to,
            Change::Demand { to } => g.demand = to,
            Change::Overlap { to } => g.overlap_need = to,
            Change::Goal { goal, to } => g.goals = g.goals.with(goal, to),
            Change::RiskTolerance { to } => g.tolerance = to,
            Change::VendorManagement { to } => g.vendor_management = to,
            Change::TransitionAppetite { to } => g.transition = to,
            Change::Residency { to } => g.residency = to,
        }
        g
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples;
    use crate::engine::facts::{factors, location_options, places_of};
    use crate::engine::location;

    /// The incremental evaluation agrees with a full one for every candidate change of
    /// every process of a varied assessment: `Change::drivers` misses nothing.
    #[test]
    fn quick_outcome_matches_full_evaluation() {
        for mut a in [examples::with_processes(43), examples::eu_insurer()] {
            for tolerance in Level::ALL {
                a.risk.tolerance = *tolerance;
                let home = location::home(&a.company).unwrap();
                let places = places_of(&location_options(&a, home));
                let mut checked = 0;
                for p in &a.processes {
                    let f = factors(&a, p, &places);
                    let tables = ScoreTables::new(&f);
                    assert_eq!(tables.outcome(), outcome(&f));
                    let mut changes = Vec::new();
                    for step in 1..=SCALE_MAX {
                        candidates(&f, step, &mut changes);
                        checked += changes.len();
                        for &change in &changes {
                            let g = change.on(&f);
                            assert_eq!(
                                quick_outcome(&tables, change, &g),
                                outcome(&g),
                                "{} {change:?}",
                                p.id
                            );
                        }
                    }
                }
                assert!(
                    checked > 50 * a.processes.len(),
                    "{checked} candidates checked"
                );
            }
        }
    }
}
