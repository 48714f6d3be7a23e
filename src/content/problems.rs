//! Problems with answers, in the user's words: which answer (by its label, and for a
//! process by its number and name) and what is wrong with it. Used when an imported
//! file is refused, so nobody has to read a field path such as `processes[2].fte`.

use super::{advice, text};
use crate::engine::error::EngineError;
use crate::engine::model::{readable, Goal};

/// One problem as a sentence: "Process 3 (Payroll), “People (full-time equivalents)”:
/// must be between 0.01 and 100000, not -1." `process_name` gives the name of the process at
/// a position, when the answers have one.
pub fn describe(e: &EngineError, process_name: &dyn Fn(usize) -> Option<String>) -> String {
    let what = match e {
        EngineError::UnsupportedVersion { found, supported } => {
            return format!(
                "This file is format version {found}; this Shorewise reads version {supported}."
            )
        }
        EngineError::TooManyProcesses { count, max } => {
            return format!("There are {count} processes; one assessment holds at most {max}.")
        }
        EngineError::OutOfRange {
            value, min, max, ..
        } => format!(
            "must be between {} and {}, not {}",
            readable(*min),
            readable(*max),
            readable(*value)
        ),
        EngineError::NotFinite { .. } => "must be a number".to_owned(),
        EngineError::UnknownCountry { code, .. } => {
            format!("“{code}” is not a country Shorewise knows")
        }
        EngineError::UnknownZone { zone, .. } => {
            format!("“{zone}” is not a time zone of the home country")
        }
        EngineError::UnknownProcess { id, .. } => {
            format!("“{id}” is not a process in the catalog")
        }
        EngineError::DuplicateProcess { .. } => "appears more than once".to_owned(),
        EngineError::DuplicateWage { .. } => "has more than one wage figure".to_owned(),
        EngineError::DuplicateAssumption { .. } => "is given more than once".to_owned(),
        EngineError::NameTooLong { chars, max, .. } => {
            format!("is {chars} characters long; keep it to {max}")
        }
        EngineError::MissingName { .. } => "needs a name".to_owned(),
    };
    let field = e.field().unwrap_or_default();
    format!("{}: {what}.", answer_label(field, process_name))
}

/// "processes[2].fte" → "Process 3 (Payroll), “People (full-time equivalents)”": the
/// label as the questionnaire shows it, so the user can find the field.
fn answer_label(field: &str, process_name: &dyn Fn(usize) -> Option<String>) -> String {
    let (head, leaf) = field.split_once('.').unwrap_or((field, ""));
    let (list, index) = match head.split_once('[') {
        Some((list, rest)) => (list, rest.trim_end_matches(']').parse::<usize>().ok()),
        None => (head, None),
    };
    match (list, index) {
        ("processes", Some(i)) => {
            let which = match process_name(i) {
                Some(name) if !name.trim().is_empty() => {
                    format!("Process {} ({})", i + 1, name.trim())
                }
                _ => format!("Process {}", i + 1),
            };
            format!("{which}, “{}”", process_field(leaf))
        }
        ("wages", Some(i)) => format!("Wage figure {}, {}", i + 1, wage_field(leaf)),
        ("assumptions", Some(i)) => format!("Your assumption {}, {}", i + 1, wage_field(leaf)),
        ("goals", _) => Goal::ALL.iter().find(|g| g.key() == leaf).map_or_else(
            || text::GOALS_TITLE.get().to_owned(),
            |g| advice::goal(*g).to_owned(),
        ),
        ("company", _) => match leaf {
            "name" => text::COMPANY_NAME.get().to_owned(),
            "home" => text::HOME_COUNTRY.get().to_owned(),
            "hours.start" => format!("{}, {}", text::WORKING_HOURS, text::HOURS_START),
            "hours.end" => format!("{}, {}", text::WORKING_HOURS, text::HOURS_END),
            _ => text::COMPANY_TITLE.get().to_owned(),
        },
        _ => field.to_owned(),
    }
}

fn process_field(leaf: &str) -> &'static str {
    match leaf {
        "fte" => text::FTE.get(),
        "annual_cost" => text::ANNUAL_COST.get(),
        "judgement" => text::JUDGEMENT.get(),
        "rule_based" => text::RULE_BASED.get(),
        "documentation" => text::DOCUMENTATION.get(),
        "overlap_hours" => text::OVERLAP.get(),
        "custom_name" => text::CUSTOM_NAME.get(),
        _ => "Its identity",
    }
}

fn wage_field(leaf: &str) -> &'static str {
    match leaf {
        "country" => "country",
        "assumption" => "which assumption",
        "low" => "lower end",
        _ => "upper end",
    }
}
