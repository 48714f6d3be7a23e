//! "What matters most": for every company-wide answer, how far the whole portfolio's
//! advice and money move when that answer is one step lower or one step higher, and the
//! answers ranked by it. Each step is a full recommendation of the changed answers, so
//! the figures are the ones the what-if would show.

use super::model::{Assessment, Goal, Level, ProcessId, Residency, SCALE_MAX};
use super::outcome::Change;
use super::recommend::{recommend, Recommendation};
use super::EngineError;

/// An answer that applies to every process at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The weight of one goal.
    Goal(Goal),
    /// Risk tolerance.
    RiskTolerance,
    /// Capacity to manage providers.
    VendorManagement,
    /// Appetite for a transition.
    TransitionAppetite,
    /// Tolerance for depending on a provider.
    DependencyTolerance,
    /// Where data must stay.
    Residency,
    /// Capability to automate.
    AutomationCapability,
}

const LEVELS: [Level; 3] = [Level::Low, Level::Medium, Level::High];
/// Data residency from the loosest rule to the strictest.
const RESIDENCIES: [Residency; 3] = [
    Residency::None,
    Residency::HomeRegion,
    Residency::HomeCountry,
];

impl Answer {
    /// Every company-wide answer, in the questionnaire's order.
    pub fn all() -> Vec<Answer> {
        let goals = Goal::ALL.iter().map(|g| Answer::Goal(*g));
        goals
            .chain([
                Answer::RiskTolerance,
                Answer::VendorManagement,
                Answer::TransitionAppetite,
                Answer::DependencyTolerance,
                Answer::Residency,
                Answer::AutomationCapability,
            ])
            .collect()
    }

    /// The changes one step below and one step above the answer in `a` (none past
    /// either end of its scale). Residency runs from no rule over the home region to
    /// the home country.
    pub fn steps(self, a: &Assessment) -> [Option<Change>; 2] {
        fn level(now: Level, make: fn(Level) -> Change) -> [Option<Change>; 2] {
            neighbours(&LEVELS, now).map(|v| v.map(make))
        }
        let r = &a.risk;
        match self {
            Answer::Goal(goal) => {
                let now = a.goals.get(goal);
                [
                    now.checked_sub(1),
                    Some(now + 1).filter(|v| *v <= SCALE_MAX),
                ]
                .map(|v| v.map(|to| Change::Goal { goal, to }))
            }
            Answer::RiskTolerance => level(r.tolerance, |to| Change::RiskTolerance { to }),
            Answer::VendorManagement => {
                level(r.vendor_management, |to| Change::VendorManagement { to })
            }
            Answer::TransitionAppetite => level(r.transition_appetite, |to| {
                Change::TransitionAppetite { to }
            }),
            Answer::DependencyTolerance => level(r.dependency_tolerance, |to| {
                Change::DependencyTolerance { to }
            }),
            Answer::Residency => {
                neighbours(&RESIDENCIES, r.residency).map(|v| v.map(|to| Change::Residency { to }))
            }
            Answer::AutomationCapability => {
                level(r.automation, |to| Change::AutomationCapability { to })
            }
        }
    }
}

/// The values before and after `now` on an ordered scale.
fn neighbours<T: Copy + PartialEq>(scale: &[T], now: T) -> [Option<T>; 2] {
    match scale.iter().position(|v| *v == now) {
        Some(i) => [
            i.checked_sub(1).and_then(|j| scale.get(j).copied()),
            scale.get(i + 1).copied(),
        ],
        None => [None, None],
    }
}

/// What one step of one answer does to the whole advice.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shift {
    /// The change (to open the what-if with).
    pub change: Change,
    /// Processes whose decision changes.
    pub decisions: usize,
    /// Processes whose decision stays but whose location changes.
    pub locations: usize,
    /// Change of the expected yearly saving once running (positive: more saving).
    pub saving: f64,
    /// Change of the expected one-off cost (positive: more cost).
    pub one_off: f64,
}

impl Shift {
    /// Processes whose advice changes at all.
    pub fn moved(&self) -> usize {
        self.decisions + self.locations
    }

    /// The step compared with the advice it starts from.
    fn between(change: Change, now: &Recommendation, then: &Recommendation) -> Self {
        let (mut decisions, mut locations) = (0, 0);
        for (a, b) in now.processes.iter().zip(&then.processes) {
            if a.decision != b.decision {
                decisions += 1;
            } else if a.location != b.location {
                locations += 1;
            }
        }
        Self {
            change,
            decisions,
            locations,
            saving: then.portfolio.annual_saving.expected - now.portfolio.annual_saving.expected,
            one_off: then.portfolio.one_off.expected - now.portfolio.one_off.expected,
        }
    }
}

/// One answer's pull on the advice: a step down and a step up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sway {
    /// The answer.
    pub answer: Answer,
    /// One step lower, unless the answer is at the bottom of its scale.
    pub lower: Option<Shift>,
    /// One step higher, unless the answer is at the top of its scale.
    pub higher: Option<Shift>,
}

impl Sway {
    /// The most processes either step moves.
    pub fn moved(&self) -> usize {
        self.shifts().map(|s| s.moved()).max().unwrap_or(0)
    }

    /// The larger change of the expected yearly saving either step makes.
    pub fn money(&self) -> f64 {
        self.shifts().map(|s| s.saving.abs()).fold(0.0, f64::max)
    }

    /// The steps there are.
    pub fn shifts(&self) -> impl Iterator<Item = &Shift> {
        self.lower.iter().chain(self.higher.iter())
    }
}

/// Every company-wide answer's sway on the advice `now` (the recommendation of `a`),
/// the strongest first (see [`rank`]).
pub fn what_matters(a: &Assessment, now: &Recommendation) -> Result<Vec<Sway>, EngineError> {
    let mut out = Answer::all()
        .into_iter()
        .map(|answer| sway(a, now, answer))
        .collect::<Result<Vec<_>, _>>()?;
    rank(&mut out);
    Ok(out)
}

/// One answer's sway on the advice `now` (the recommendation of `a`): two
/// recommendations at most, so that a page can weigh the answers one at a time between
/// frames.
pub fn sway(a: &Assessment, now: &Recommendation, answer: Answer) -> Result<Sway, EngineError> {
    let [lower, higher] = answer.steps(a);
    // Company-wide changes name no process.
    let nobody = ProcessId::Custom(u32::MAX);
    let shift = |change: Option<Change>| -> Result<Option<Shift>, EngineError> {
        let Some(change) = change else {
            return Ok(None);
        };
        let mut changed = a.clone();
        change.apply(&mut changed, &nobody);
        Ok(Some(Shift::between(change, now, &recommend(&changed)?)))
    };
    Ok(Sway {
        answer,
        lower: shift(lower)?,
        higher: shift(higher)?,
    })
}

/// Puts the strongest answers first: by the processes a step moves, then by the saving
/// it changes (to the currency unit, so that the order does not hang on rounding), then
/// in the questionnaire's order (a stable sort). Answers whose steps move nothing and
/// change no money come last.
pub fn rank(sways: &mut [Sway]) {
    sways.sort_by(|x, y| {
        y.moved()
            .cmp(&x.moved())
            .then(y.money().round().total_cmp(&x.money().round()))
    });
}
