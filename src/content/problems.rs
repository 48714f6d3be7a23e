//! Problems with answers, in the user's words: which answer (by its label, and for a
//! process by its number and name) and what is wrong with it. Used when an imported
//! file is refused, so nobody has to read a field path such as `processes[2].fte`.

use super::lang::{self, fill, Tr};
use super::{advice, text};
use crate::vocab::error::EngineError;
use crate::vocab::model::{readable, Goal};

/// One problem as a sentence: "Process 3 (Payroll), “People (full-time equivalents)”:
/// must be between 0.01 and 100000, not -1." `process_name` gives the name of the process at
/// a position, when the answers have one.
pub fn describe(e: &EngineError, process_name: &dyn Fn(usize) -> Option<String>) -> String {
    let say = |template: Tr, values: &[(&str, &str)]| fill(template.get(), values);
    let what = match e {
        EngineError::UnsupportedVersion { found, supported } => {
            return say(
                Tr::new("This file is format version {found}; this Shorewise reads version {supported}."),
                &[("found", &found.to_string()), ("supported", &supported.to_string())],
            );
        }
        EngineError::TooManyProcesses { count, max } => {
            return say(
                Tr::new("There are {count} processes; one assessment holds at most {max}."),
                &[("count", &count.to_string()), ("max", &max.to_string())],
            );
        }
        EngineError::OutOfRange {
            value, min, max, ..
        } => {
            let [value, min, max] = [*value, *min, *max].map(number);
            say(
                Tr::new("must be between {min} and {max}, not {value}"),
                &[("max", &max), ("min", &min), ("value", &value)],
            )
        }
        EngineError::NotFinite { .. } => Tr::new("must be a number").into(),
        EngineError::UnknownCountry { code, .. } => say(
            Tr::new("“{code}” is not a country Shorewise knows"),
            &[("code", &quoted(code))],
        ),
        EngineError::UnknownZone { zone, .. } => say(
            Tr::new("“{zone}” is not a time zone of the home country"),
            &[("zone", &quoted(zone))],
        ),
        EngineError::UnknownProcess { id, .. } => say(
            Tr::new("“{id}” is not a process in the catalog"),
            &[("id", &quoted(id))],
        ),
        EngineError::DuplicateProcess { .. } => Tr::new("appears more than once").into(),
        EngineError::DuplicateWage { .. } => Tr::new("has more than one wage figure").into(),
        EngineError::DuplicateAssumption { .. } => Tr::new("is given more than once").into(),
        EngineError::NameTooLong { chars, max, .. } => say(
            Tr::new("is {chars} characters long; keep it to {max}"),
            &[("chars", &chars.to_string()), ("max", &max.to_string())],
        ),
        EngineError::MissingName { .. } => Tr::new("needs a name").into(),
    };
    let field = e.field().unwrap_or_default();
    format!(
        "{}{}{what}.",
        answer_label(field, process_name),
        super::lang::colon()
    )
}

/// The most characters of a user's value a message quotes.
pub const QUOTED_MAX: usize = 80;

/// A user's value as a message quotes it: at most [`QUOTED_MAX`] characters, the rest
/// replaced by an ellipsis, so that a 10 KB name cannot flood the page.
pub fn quoted(value: &str) -> String {
    lang::shortened(value.trim(), QUOTED_MAX)
}

/// A number as the current language writes it (`100,000.5`, `100.000,5`).
fn number(v: f64) -> String {
    lang::local_number(&readable(v))
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
            let process = Tr::new("Process");
            let which = match process_name(i) {
                Some(name) if !name.trim().is_empty() => {
                    format!("{process} {} ({})", i + 1, quoted(&name))
                }
                _ => format!("{process} {}", i + 1),
            };
            format!("{which}, {}", lang::quoted(process_field(leaf)))
        }
        ("wages", Some(i)) => format!("{} {}, {}", Tr::new("Wage figure"), i + 1, wage_field(leaf)),
        ("assumptions", Some(i)) => format!(
            "{} {}, {}",
            Tr::new("Your assumption"),
            i + 1,
            wage_field(leaf)
        ),
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
        _ => quoted(field),
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
        _ => Tr::new("Its identity").get(),
    }
}

fn wage_field(leaf: &str) -> &'static str {
    match leaf {
        "country" => Tr::new("country"),
        "assumption" => Tr::new("which assumption"),
        "low" => Tr::new("lower end"),
        _ => Tr::new("upper end"),
    }
    .get()
}
