//! The whole UI state and its only transition, [`State::reduce`].
//!
//! The state is the user's answers plus where they have got to; it is serde-serialisable
//! so that it can be saved or carried as it is. The recommendation
//! is derived from it (memoised in the results page), never stored here.

use crate::content::processes;
use crate::engine::model::{
    process_name, toggle, Assessment, Goal, Industry, Language, Level, ProcessAnswer, ProcessEdit,
    ProcessId, Regulation, Residency, SizeBand, WageOverride, WorkKind, WorkingHours,
    MAX_PROCESSES, SCALE_MAX,
};
use crate::engine::record::{self, Record};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::rc::Rc;
use yew::Reducible;

use super::route::Step;

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
            assessment: Assessment::default(),
            reached: Step::Company,
            next_custom: 1,
            invalid: BTreeSet::new(),
            notice: None,
            autosave: true,
            undo: None,
            ignored: Rc::new([]),
            saves_forced: 0,
            scenarios: Rc::new(Vec::new()),
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

    /// Whether the user has answered anything worth resuming.
    pub fn has_answers(&self) -> bool {
        self.assessment != Assessment::default() || self.reached > Step::Company
    }
}

/// Every way the state can change. Intent-named, with named fields.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Company name typed.
    SetCompanyName {
        /// New name.
        name: String,
    },
    /// Industry chosen.
    SetIndustry {
        /// New industry.
        industry: Industry,
    },
    /// Size band chosen.
    SetSize {
        /// New size.
        size: SizeBand,
    },
    /// Home country chosen.
    SetHome {
        /// ISO code.
        code: String,
    },
    /// Working day changed.
    SetHours {
        /// First hour.
        start: u8,
        /// Last hour.
        end: u8,
    },
    /// A customer language ticked or unticked.
    ToggleCustomerLanguage {
        /// Language.
        language: Language,
    },
    /// A staff language ticked or unticked.
    ToggleStaffLanguage {
        /// Language.
        language: Language,
    },
    /// A goal re-weighted.
    SetGoal {
        /// Goal.
        goal: Goal,
        /// Weight 0–5.
        weight: u8,
    },
    /// Overall risk tolerance.
    SetTolerance {
        /// Level.
        level: Level,
    },
    /// Data residency.
    SetResidency {
        /// Constraint.
        residency: Residency,
    },
    /// A regulation ticked or unticked.
    ToggleRegulation {
        /// Regulation.
        regulation: Regulation,
    },
    /// Tolerance for depending on one vendor.
    SetDependencyTolerance {
        /// Level.
        level: Level,
    },
    /// Capacity to manage vendors.
    SetVendorManagement {
        /// Level.
        level: Level,
    },
    /// Appetite for transition.
    SetTransitionAppetite {
        /// Level.
        level: Level,
    },
    /// A catalog process added with its defaults.
    AddProcess {
        /// Catalog id.
        id: String,
    },
    /// A custom process added.
    AddCustomProcess {
        /// Its name.
        name: String,
        /// Kind of work.
        kind: WorkKind,
    },
    /// A process removed.
    RemoveProcess {
        /// Process id.
        id: ProcessId,
    },
    /// One answer about a process changed.
    EditProcess {
        /// Process id.
        id: ProcessId,
        /// The change.
        edit: ProcessEdit,
    },
    /// A field's typed value became invalid (`message` is `Some`) or valid again.
    MarkField {
        /// Field path.
        field: String,
        /// Whether it is invalid.
        invalid: bool,
    },
    /// The user's own wage figure for a country (USD per hour).
    SetWage {
        /// ISO code.
        country: String,
        /// Lower end.
        low: f64,
        /// Upper end.
        high: f64,
    },
    /// Back to the catalog's wage for a country.
    RemoveWage {
        /// ISO code.
        country: String,
    },
    /// A step was reached.
    Reach {
        /// Step.
        step: Step,
    },
    /// Every answer cleared, with an undo.
    StartOver,
    /// A shared assessment, example or prefill link replaces the answers (which an undo
    /// brings back).
    Open {
        /// What it holds.
        record: Record,
        /// Prefill parameters it had to leave out, in words.
        ignored: Vec<String>,
    },
    /// The answers cleared by [`Action::StartOver`] brought back.
    UndoStartOver,
    /// Saving in the browser failed: stop trying and tell the user.
    StorageFailed,
    /// Another tab of this site saved answers (`None`: removed them).
    ChangedElsewhere {
        /// What it saved.
        text: Option<String>,
    },
    /// Keep this tab's answers over another tab's: save them again.
    KeepMine,
    /// Take the answers another tab saved (this tab's stay available to undo).
    TakeElsewhere {
        /// What the other tab saved.
        record: Record,
    },
    /// The answers saved as a named scenario (replacing one of the same name).
    SaveScenario {
        /// Its name.
        name: String,
    },
    /// A scenario's answers replace the current ones (which an undo brings back).
    OpenScenario {
        /// Its name.
        name: String,
    },
    /// A scenario deleted.
    RemoveScenario {
        /// Its name.
        name: String,
    },
    /// The notice was read and closed.
    DismissNotice,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(mut self: Rc<Self>, action: Action) -> Rc<Self> {
        let s = Rc::make_mut(&mut self);
        let a = &mut s.assessment;
        match action {
            Action::SetCompanyName { name } => a.company.name = name,
            Action::SetIndustry { industry } => a.company.industry = industry,
            Action::SetSize { size } => a.company.size = size,
            Action::SetHome { code } => a.company.home = code,
            Action::SetHours { start, end } => {
                if let Some(hours) = WorkingHours::new(start, end) {
                    a.company.hours = hours;
                }
            }
            Action::ToggleCustomerLanguage { language } => {
                toggle(&mut a.company.customer_languages, language)
            }
            Action::ToggleStaffLanguage { language } => {
                toggle(&mut a.company.staff_languages, language)
            }
            Action::SetGoal { goal, weight } => a.goals = a.goals.with(goal, weight.min(SCALE_MAX)),
            Action::SetTolerance { level } => a.risk.tolerance = level,
            Action::SetResidency { residency } => a.risk.residency = residency,
            Action::ToggleRegulation { regulation } => toggle(&mut a.risk.regulations, regulation),
            Action::SetDependencyTolerance { level } => a.risk.dependency_tolerance = level,
            Action::SetVendorManagement { level } => a.risk.vendor_management = level,
            Action::SetTransitionAppetite { level } => a.risk.transition_appetite = level,
            // An assessment holds at most MAX_PROCESSES; the processes step says so.
            Action::AddProcess { .. } | Action::AddCustomProcess { .. }
                if a.processes.len() >= MAX_PROCESSES => {}
            Action::AddProcess { id } => {
                if let Some(c) = processes::find(&id) {
                    if !a.processes.iter().any(|p| p.id.catalog() == Some(c.id)) {
                        a.processes.push(c.answer());
                    }
                }
            }
            Action::AddCustomProcess { name, kind } => {
                if let Ok(name) = process_name(&name) {
                    a.processes
                        .push(ProcessAnswer::custom(s.next_custom, name, kind));
                    s.next_custom += 1;
                }
            }
            Action::RemoveProcess { id } => {
                a.processes.retain(|p| p.id != id);
                let prefix = format!("processes.{id}.");
                s.invalid.retain(|f| !f.starts_with(&prefix));
            }
            Action::EditProcess { id, edit } => {
                if let Some(p) = a.processes.iter_mut().find(|p| p.id == id) {
                    p.apply(edit);
                }
            }
            Action::MarkField { field, invalid } => {
                if invalid {
                    s.invalid.insert(field);
                } else {
                    s.invalid.remove(&field);
                }
            }
            Action::SetWage { country, low, high } => {
                let known = crate::content::countries::find(&country).is_some();
                if let Some(wage) = WageOverride::new(country, low, high).filter(|_| known) {
                    a.wages.retain(|w| w.country != wage.country);
                    a.wages.push(wage);
                }
            }
            Action::RemoveWage { country } => a.wages.retain(|w| w.country != country),
            Action::Reach { step } => s.reached = s.reached.max(step),
            Action::StartOver => s.replace(Record::default(), Notice::StartedOver),
            Action::Open { record, ignored } => {
                s.replace(record, Notice::Opened);
                if !ignored.is_empty() {
                    s.notice = Some(Notice::PrefillIgnored);
                    s.ignored = ignored.into();
                }
            }
            Action::UndoStartOver => {
                if let Some(undo) = s.undo.take() {
                    let (assessment, reached) = Rc::unwrap_or_clone(undo);
                    *s = State {
                        autosave: s.autosave,
                        scenarios: s.scenarios.clone(),
                        ..State::from_record(Record {
                            assessment,
                            reached: reached as u8,
                        })
                    };
                }
            }
            Action::StorageFailed => {
                s.autosave = false;
                s.notice = Some(Notice::NotKept);
            }
            Action::ChangedElsewhere { text } => {
                if s.autosave && text.as_deref() != Some(s.record().as_str()) {
                    s.notice = Some(Notice::ChangedElsewhere);
                }
            }
            Action::TakeElsewhere { record } => {
                s.replace(record, Notice::Opened);
                s.notice = None;
            }
            Action::KeepMine => {
                s.saves_forced = s.saves_forced.wrapping_add(1);
                s.notice = None;
            }
            Action::SaveScenario { name } => {
                if let Ok(name) = process_name(&name) {
                    let snapshot = Scenario {
                        name: name.to_owned(),
                        assessment: s.assessment.clone(),
                    };
                    let list = Rc::make_mut(&mut s.scenarios);
                    match list.iter_mut().find(|x| x.name == snapshot.name) {
                        Some(existing) => *existing = snapshot,
                        None => list.push(snapshot),
                    }
                }
            }
            Action::OpenScenario { name } => {
                if let Some(found) = s.scenarios.iter().find(|x| x.name == name).cloned() {
                    let (scenarios, reached) = (s.scenarios.clone(), s.reached);
                    s.replace(
                        Record {
                            assessment: found.assessment,
                            reached: reached as u8,
                        },
                        Notice::ScenarioOpened,
                    );
                    s.scenarios = scenarios;
                }
            }
            Action::RemoveScenario { name } => {
                Rc::make_mut(&mut s.scenarios).retain(|x| x.name != name);
            }
            Action::DismissNotice => s.notice = None,
        }
        self
    }
}
