//! The state's only transition: [`Reducible::reduce`] applies one [`Action`].

use super::{Action, Notice, Scenario, State, Tried};
use crate::content::{countries, processes};
use crate::engine::model::{
    process_name, toggle, Assessment, AssumptionOverride, ProcessAnswer, Regulation, WageOverride,
    WorkingHours, MAX_PROCESSES, SCALE_MAX,
};
use crate::engine::record::Record;
use std::rc::Rc;
use yew::Reducible;

impl Reducible for State {
    type Action = Action;

    fn reduce(mut self: Rc<Self>, action: Action) -> Rc<Self> {
        let s = Rc::make_mut(&mut self);
        let a = &mut s.assessment;
        match action {
            Action::SetCompanyName { name } => a.company.name = name,
            Action::SetIndustry { industry } => a.company.industry = industry,
            Action::SetSize { size } => a.company.size = size,
            Action::SetHome { code } => {
                // A zone belongs to its country: a new home starts at its main city's.
                if a.company.home != code {
                    a.company.zone.clear();
                }
                // Until the user has seen the risk step, GDPR follows the home country.
                // Once they have seen it, the tick is theirs.
                if s.reached < crate::ui::route::Step::Risk {
                    gdpr_follows_home(a, &code);
                }
                a.company.home = code;
            }
            Action::SetZone { zone } => {
                if zone.is_empty() || countries::zone(&a.company.home, &zone).is_some() {
                    a.company.zone = zone;
                }
            }
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
            Action::SetAutomation { level } => a.risk.automation = level,
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
            Action::SetAssumption {
                assumption,
                low,
                high,
            } => {
                if let Some(o) = AssumptionOverride::new(assumption, low, high) {
                    a.assumptions.retain(|x| x.assumption != assumption);
                    a.assumptions.push(o);
                }
            }
            Action::RemoveAssumption { assumption } => {
                a.assumptions.retain(|x| x.assumption != assumption);
            }
            Action::Reach { step } => s.reached = s.reached.max(step),
            Action::StartOver => s.replace(
                Record {
                    assessment: super::fresh(),
                    ..Record::default()
                },
                Notice::StartedOver,
            ),
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
                    // What the results show: the answers with any what-if changes.
                    let snapshot = Scenario {
                        name: name.to_owned(),
                        assessment: s.effective().into_owned(),
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
            Action::Try { change, process } => s.try_change(Tried { change, process }),
            Action::KeepTrial => {
                s.assessment = s.effective().into_owned();
                s.trial = Rc::new(Vec::new());
            }
            Action::DropTrial => s.trial = Rc::new(Vec::new()),
        }
        self
    }
}

/// Whether the GDPR (the EU's, or the UK's own) covers a company at home in `code`.
/// Ticks GDPR for a company moving into the EU/EEA or the UK, and unticks it for one
/// moving out (call before setting the new home).
pub fn gdpr_follows_home(a: &mut Assessment, code: &str) {
    let regs = &mut a.risk.regulations;
    match (gdpr_applies(&a.company.home), gdpr_applies(code)) {
        (false, true) if !regs.contains(&Regulation::Gdpr) => regs.push(Regulation::Gdpr),
        (true, false) => regs.retain(|r| *r != Regulation::Gdpr),
        _ => {}
    }
}

/// Whether GDPR applies to a company at home in `code`.
pub fn gdpr_applies(code: &str) -> bool {
    countries::find(code).is_some_and(|c| c.eea || c.code == "GB")
}
