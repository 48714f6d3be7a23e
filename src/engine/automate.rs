//! Automation as a share of the work (rule `automation_is_a_share_of_the_work`): how
//! much of a process software can take over, and so whether to automate most of it,
//! automate a part first and keep or hand over the rest, or leave it to people.
//!
//! The share is the technical potential of the activity that makes up most of the
//! work ([`crate::content::automation`], cited) times how much of that potential this
//! company's process reaches: all of it when the work is fully rule-based, takes no
//! judgement and is documented, less as each falls. That scaling is the model's own
//! calibration.

use super::cost::{self, Range};
use super::figures::Figures;
use super::model::{Level, ProcessAnswer, DOCUMENTED, SCALE_MAX};
use super::outcome::Decision;
use crate::content::automation::{self, Activity};
use serde::Serialize;

/// Automating "most of it" needs at least half the work to be automatable; below that
/// the advice names the part to automate first and keeps or hands over the rest.
pub const MOST: f64 = 0.5;

/// The smallest part worth naming in the advice (about a sixth of the work).
pub const PART: f64 = 0.15;

/// Work this rule-based (of 5) or less has nothing to automate.
pub const LEAST_RULE_BASED: u8 = 1;

#[inline]
fn unit(v: u8) -> f64 {
    f64::from(v.min(SCALE_MAX)) / f64::from(SCALE_MAX)
}

/// How much of its activity's potential a process reaches, 0–1: in proportion to how
/// rule-based it is (nothing at 1 of 5 or less), down by up to two fifths as it takes
/// more judgement (exceptions need people), down by up to a fifth when it is not
/// documented (undocumented rules must be found before they can be automated).
pub fn reach(rule_based: u8, judgement: u8, documentation: u8) -> f64 {
    if rule_based <= LEAST_RULE_BASED {
        return 0.0;
    }
    unit(rule_based) * (1.0 - 0.4 * unit(judgement)) * (0.8 + 0.2 * unit(documentation))
}

/// The automatable share of a process's work, 0–1.
pub fn share(potential: f64, rule_based: u8, judgement: u8, documentation: u8) -> f64 {
    potential * reach(rule_based, judgement, documentation)
}

/// The automatable share of a process's work.
pub fn of(p: &ProcessAnswer) -> f64 {
    share(
        automation::activity(p).potential(),
        p.rule_based,
        p.judgement,
        p.documentation,
    )
}

/// Who automates the automatable part of the work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Automator {
    /// The company, with its own team or tools, before or while the rest stays.
    You,
    /// The provider that takes the work over, as part of its service.
    Provider,
}

/// The part of a process to automate besides the decision: most of it when the advice
/// is to automate, a named part first when the work is kept or co-sourced, the part a
/// provider should automate when it is handed over.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Part {
    /// The automatable share of the work, 0–1.
    pub share: f64,
    /// The activity that makes up most of the work.
    #[serde(skip)]
    pub activity: Activity,
    /// Who automates it.
    pub by: Automator,
    /// Yearly saving of automating it in-house once it runs, pessimistic to
    /// optimistic (zero when a provider automates it: its price carries the saving).
    pub annual_saving: Range,
    /// One-off cost of the build, pessimistic to optimistic.
    pub one_off: Range,
    /// Month in which the build has paid for itself, expected case (`None` when it
    /// does not pay back).
    pub break_even_months: Option<f64>,
}

/// The part of a process to automate under a decision, or `None` when less than
/// [`PART`] of it can be, or when automating the part in-house would not pay for its
/// build within the contract term.
pub fn part(
    decision: Decision,
    p: &ProcessAnswer,
    current: f64,
    capability: Level,
    fig: &Figures,
) -> Option<Part> {
    let share = of(p);
    if share < PART {
        return None;
    }
    let activity = automation::activity(p);
    let by = match decision {
        Decision::Outsource => Automator::Provider,
        Decision::KeepInHouse | Decision::CoSource | Decision::Automate => Automator::You,
    };
    if by == Automator::Provider {
        return Some(Part {
            share,
            activity,
            by,
            annual_saving: Range::default(),
            one_off: Range::default(),
            break_even_months: None,
        });
    }
    let flows = cost::automation_flows(
        current,
        share,
        p.documentation >= DOCUMENTED,
        capability,
        fig,
    );
    let term = fig.term_months();
    if decision != Decision::Automate && flows[1].total(term) <= 0.0 {
        return None;
    }
    let range = |v: [f64; 3]| {
        Range {
            low: v[0],
            expected: v[1],
            high: v[2],
        }
        .ordered()
    };
    Some(Part {
        share,
        activity,
        by,
        annual_saving: range(flows.map(|f| f.steady * 12.0)),
        one_off: {
            let v = flows.map(|f| f.one_off());
            Range {
                low: v[0],
                expected: v[1],
                high: v[2],
            }
        },
        break_even_months: flows[1].break_even(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_share_grows_with_rules_and_documentation_and_falls_with_judgement() {
        for j in 0..=SCALE_MAX {
            for d in 0..=SCALE_MAX {
                for r in 0..SCALE_MAX {
                    assert!(share(0.69, r + 1, j, d) >= share(0.69, r, j, d));
                }
                if j < SCALE_MAX {
                    assert!(share(0.69, 4, j + 1, d) < share(0.69, 4, j, d));
                }
                if d < SCALE_MAX {
                    assert!(share(0.69, 4, j, d + 1) > share(0.69, 4, j, d));
                }
            }
        }
        assert_eq!(share(0.69, 5, 0, 5), 0.69);
        assert_eq!(share(0.69, 1, 0, 5), 0.0);
    }
}
