//! The whole UI state and its only transition, [`State::reduce`].
//!
//! The state is the user's answers plus where they have got to; it is serde-serialisable
//! so that it can be saved or carried as it is. The recommendation
//! is derived from it (memoised in the results page), never stored here.

use crate::content::processes;
use crate::engine::model::{
    process_name, Assessment, Demand, Goal, Industry, Language, Level, ProcessAnswer, ProcessId,
    Regulation, Residency, Sensitivity, SizeBand, StrategicRole, WageOverride, WorkKind,
    WorkingHours, ANNUAL_COST_BOUNDS, FTE_BOUNDS, MAX_OVERLAP_HOURS, SCALE_MAX,
};
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
}

impl Default for State {
    fn default() -> Self {
        Self {
            assessment: Assessment::default(),
            reached: Step::Company,
            next_custom: 1,
            invalid: BTreeSet::new(),
        }
    }
}

/// One edit of one process's answers.
#[derive(Clone, Debug, PartialEq)]
pub enum ProcessEdit {
    /// Strategic role.
    Role(StrategicRole),
    /// Volume in FTE.
    Fte(f64),
    /// Yearly cost (0 = let Shorewise estimate it).
    AnnualCost(f64),
    /// Demand pattern.
    Demand(Demand),
    /// Judgement needed, 0–5.
    Judgement(u8),
    /// Rule-based, 0–5.
    RuleBased(u8),
    /// Documentation, 0–5.
    Documentation(u8),
    /// Data sensitivity.
    Sensitivity(Sensitivity),
    /// Customer-facing.
    CustomerFacing(bool),
    /// Overlap needed, hours.
    Overlap(u8),
    /// Kind of work (custom processes only).
    Kind(WorkKind),
    /// A customer language of this process ticked or unticked.
    ToggleLanguage(Language),
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
                    apply(p, edit);
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
        }
        self
    }
}

fn toggle<T: PartialEq + Ord>(list: &mut Vec<T>, item: T) {
    if let Some(i) = list.iter().position(|x| *x == item) {
        list.remove(i);
    } else {
        list.push(item);
        list.sort();
    }
}

fn apply(p: &mut ProcessAnswer, edit: ProcessEdit) {
    match edit {
        ProcessEdit::Role(v) => p.role = v,
        // Numbers the engine would reject never reach the answers.
        ProcessEdit::Fte(v) => {
            if FTE_BOUNDS.admits(v) {
                p.fte = v;
            }
        }
        ProcessEdit::AnnualCost(v) => {
            if ANNUAL_COST_BOUNDS.admits(v) {
                p.annual_cost = v;
            }
        }
        ProcessEdit::Demand(v) => p.demand = v,
        ProcessEdit::Judgement(v) => p.judgement = v.min(SCALE_MAX),
        ProcessEdit::RuleBased(v) => p.rule_based = v.min(SCALE_MAX),
        ProcessEdit::Documentation(v) => p.documentation = v.min(SCALE_MAX),
        ProcessEdit::Sensitivity(v) => p.sensitivity = v,
        ProcessEdit::CustomerFacing(v) => p.customer_facing = v,
        ProcessEdit::Overlap(v) => p.overlap_hours = v.min(MAX_OVERLAP_HOURS),
        ProcessEdit::ToggleLanguage(l) => toggle(&mut p.languages, l),
        ProcessEdit::Kind(v) => {
            if p.id.is_custom() {
                p.kind = v;
            }
        }
    }
}
