//! The whole UI state (`mod.rs`), the actions that change it (`action.rs`) and its only
//! transition (`reduce.rs`, `Reducible::reduce`).
//!
//! The state is the user's answers plus where they have got to; it is serde-serialisable
//! so that it can be saved or carried as it is. The recommendation
//! is derived from it (memoised in the results page), never stored here.

use crate::engine::model::{Assessment, ProcessId};
use crate::engine::outcome::Change;
use crate::engine::record::{self, Record};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::rc::Rc;

mod action;
mod reduce;

use super::route::Step;
pub use action::Action;
pub use reduce::gdpr_applies;

/// Everything the app remembers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// The user's answers.
    pub assessment: Assessment,
    /// Furthest step reached, so the progress bar can offer jumps back to it.
    pub reached: Step,
    /// Number of the next custom process ([`ProcessId::Custom`]); never reused.
    pub next_custom: u32,
    /// Fields whose typed value is invalid right now, keyed by field path. The engine
    /// still holds the last valid value; moving on is blocked while any remain.
    #[serde(skip)]
    pub invalid: BTreeSet<String>,
    /// A message about the answers themselves, shown until dismissed.
    #[serde(skip)]
    pub notice: Option<Notice>,
    /// Whether changes are saved in the browser. Off when the browser keeps nothing or
    /// a saved record could not be kept aside safely.
    #[serde(skip, default = "yes")]
    pub autosave: bool,
    /// The answers as they were before "Start over", until undone or replaced.
    #[serde(skip)]
    pub undo: Option<Rc<(Assessment, Step)>>,
    /// Prefill parameters left out, in words, for [`Notice::PrefillIgnored`].
    #[serde(skip)]
    pub ignored: Rc<[String]>,
    /// Counts "keep these answers" choices, so the answers are saved again even though
    /// they did not change.
    #[serde(skip)]
    pub saves_forced: u32,
    /// Named snapshots of the answers, for comparing; kept beside the answers.
    #[serde(skip)]
    pub scenarios: Rc<Vec<Scenario>>,
    /// What-if changes being tried on the results page, oldest first: a scenario on
    /// top of the answers, which stay as they are until the changes are kept. Empty
    /// when nothing is being tried.
    #[serde(skip)]
    pub trial: Rc<Vec<Tried>>,
}

/// One what-if change being tried: a new value for one answer, of one process or of
/// the whole company.
#[derive(Clone, Debug, PartialEq)]
pub struct Tried {
    /// The answer and its new value.
    pub change: Change,
    /// The process whose answer it is (`None` for an answer about the company).
    pub process: Option<ProcessId>,
}

impl Tried {
    /// Applies the change to a set of answers (a process change to its process, if it
    /// is still there).
    pub fn apply(&self, a: &mut Assessment) {
        match (&self.process, self.change) {
            (Some(id), change) => change.apply(a, id),
            (None, Change::Process { .. }) => {}
            (None, change) => change.apply(a, &ProcessId::Custom(0)),
        }
    }

    /// Whether two changes are to the same answer (so the later replaces the earlier).
    fn same_answer(&self, other: &Tried) -> bool {
        use std::mem::discriminant;
        self.process == other.process
            && match (self.change, other.change) {
                (Change::Process { edit: a }, Change::Process { edit: b }) => {
                    discriminant(&a) == discriminant(&b)
                }
                (Change::Goal { goal: a, .. }, Change::Goal { goal: b, .. }) => a == b,
                (a, b) => discriminant(&a) == discriminant(&b),
            }
    }
}

/// The answers a new assessment starts from: the product's defaults, with the home
/// country and goal weights of the site's settings where it gives them.
pub fn fresh() -> Assessment {
    let loaded = crate::web::config::current();
    let defaults = &loaded.config.defaults;
    let mut a = Assessment::default();
    if let Some(goals) = defaults.goals {
        a.goals = goals;
    }
    if let Some(home) = defaults.home_country {
        reduce::gdpr_follows_home(&mut a, home);
        a.company.home = home.to_owned();
    }
    a
}

/// A named snapshot of the answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    /// Its name, unique among the scenarios.
    pub name: String,
    /// The answers as they were when saved.
    pub assessment: Assessment,
}

fn yes() -> bool {
    true
}

impl Default for State {
    fn default() -> Self {
        Self {
            assessment: fresh(),
            reached: Step::Company,
            next_custom: 1,
            invalid: BTreeSet::new(),
            notice: None,
            autosave: true,
            undo: None,
            ignored: Rc::new([]),
            saves_forced: 0,
            scenarios: Rc::new(Vec::new()),
            trial: Rc::new(Vec::new()),
        }
    }
}

/// A message about the answers themselves: restored, not kept, set aside, cleared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The answers saved on this device last time were restored.
    Resumed,
    /// The browser keeps nothing here (private mode, blocked or full storage): the
    /// answers last as long as the tab.
    NotKept,
    /// Saved answers could not be read; they were kept aside and the app started clean.
    KeptAside,
    /// The answers were cleared; they can be brought back.
    StartedOver,
    /// A shared assessment or an example was opened in place of the saved answers.
    Opened,
    /// A prefill link had parameters that were left out (listed in [`State::ignored`]).
    PrefillIgnored,
    /// Another tab saved different answers.
    ChangedElsewhere,
    /// A saved scenario replaced the answers.
    ScenarioOpened,
}

impl State {
    /// The state a saved record describes: its answers and furthest step, with the
    /// custom-process counter past every custom process in it.
    pub fn from_record(record: Record) -> Self {
        let next_custom = record
            .assessment
            .processes
            .iter()
            .filter_map(|p| match p.id {
                ProcessId::Custom(n) => Some(n.saturating_add(1)),
                ProcessId::Catalog(_) => None,
            })
            .max()
            .unwrap_or(1);
        Self {
            reached: Step::ALL
                .get(usize::from(record.reached))
                .copied()
                .unwrap_or(Step::Company),
            assessment: record.assessment,
            next_custom,
            ..Self::default()
        }
    }

    /// The answers and furthest step as a record, for storage and links.
    pub fn record(&self) -> String {
        record::encode(&self.assessment, self.reached as u8)
    }

    /// The answers the results show (see [`State::effective`]) and the furthest step,
    /// as a record, for the links and files the results hand over.
    pub fn shown_record(&self) -> String {
        record::encode(&self.effective(), self.reached as u8)
    }

    /// Replaces the answers with a record's, keeping the old ones for an undo when
    /// there were any.
    fn replace(&mut self, record: Record, notice: Notice) {
        let undo = self
            .has_answers()
            .then(|| Rc::new((std::mem::take(&mut self.assessment), self.reached)));
        *self = State {
            autosave: self.autosave,
            undo,
            notice: Some(notice),
            scenarios: self.scenarios.clone(),
            ..State::from_record(record)
        };
    }

    /// The answers the results show: the user's, with the what-if changes being tried.
    pub fn effective(&self) -> Cow<'_, Assessment> {
        if self.trial.is_empty() {
            Cow::Borrowed(&self.assessment)
        } else {
            let mut a = self.assessment.clone();
            for t in self.trial.iter() {
                t.apply(&mut a);
            }
            Cow::Owned(a)
        }
    }

    /// Adds a what-if change, replacing an earlier one to the same answer; a change
    /// back to the user's own answer is dropped, so that only real changes are marked.
    fn try_change(&mut self, tried: Tried) {
        let trial = Rc::make_mut(&mut self.trial);
        trial.retain(|t| !t.same_answer(&tried));
        let mut alone = self.assessment.clone();
        tried.apply(&mut alone);
        if alone != self.assessment {
            trial.push(tried);
        }
    }

    /// Whether the user has answered anything worth resuming.
    pub fn has_answers(&self) -> bool {
        self.assessment != fresh() || self.reached > Step::Company
    }
}
