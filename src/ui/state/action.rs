//! Every way the state can change: one closed, intent-named set of actions.

use super::Step;
use crate::engine::model::{
    Assumption, Goal, Industry, Language, Level, ProcessEdit, ProcessId, Regulation, Residency,
    SizeBand, WorkKind,
};
use crate::engine::outcome::Change;
use crate::engine::record::Record;

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
    /// Time zone chosen (a zone id of the home country, or empty for its main city's).
    SetZone {
        /// Zone id.
        zone: String,
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
    /// Own automation capability.
    SetAutomation {
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
    /// The user's own value for an assumption of the cost model.
    SetAssumption {
        /// Which assumption.
        assumption: Assumption,
        /// Lower end.
        low: f64,
        /// Upper end (equal to `low` for a single value).
        high: f64,
    },
    /// Back to the default value of an assumption.
    RemoveAssumption {
        /// Which assumption.
        assumption: Assumption,
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
    /// A what-if change tried on top of the answers (see [`State::trial`](super::State::trial)).
    Try {
        /// The answer and its new value.
        change: Change,
        /// The process whose answer it is (`None` for an answer about the company).
        process: Option<ProcessId>,
    },
    /// The what-if changes become the answers.
    KeepTrial,
    /// The what-if changes are dropped: back to the answers.
    DropTrial,
}
