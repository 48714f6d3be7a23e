//! Prefill links: a host page or a campaign starts the questionnaire half-filled with
//! `#/start/home=DE&industry=healthcare&processes=payroll,it-helpdesk&goal.cost=5`.
//! Parameters are documented in `docs/data-format.md`; one that is unknown or whose
//! value does not fit is left out and reported, never fatal.

use super::json::key_of;
use crate::content::{countries, processes};
use crate::engine::model::{
    Assessment, Goal, Industry, Language, Level, Regulation, Residency, SizeBand, WorkingHours,
    MAX_NAME_CHARS, MAX_PROCESSES, SCALE_MAX,
};
use std::fmt::Debug;

/// Longest prefill text read, in characters.
pub const MAX_PREFILL_CHARS: usize = 4_000;

/// A parameter that was left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    /// The parameter's name as written.
    pub name: String,
    /// Whether the name is unknown (else its value did not fit).
    pub unknown: bool,
}

/// The answers a prefill text describes, starting from the defaults, and the
/// parameters it left out.
pub fn read(text: &str) -> (Assessment, Vec<Ignored>) {
    let mut a = Assessment::default();
    let mut ignored = Vec::new();
    let text: String = text.chars().take(MAX_PREFILL_CHARS).collect();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        // A parameter without a value ("name") counts as one with a value that does not fit.
        let (name, value) = match pair.split_once('=') {
            Some((name, value)) => (name, decode(value)),
            None => (pair, None),
        };
        match apply(&mut a, name, value.as_deref()) {
            Applied::Yes => {}
            Applied::Unknown => ignored.push(Ignored {
                name: shorten(name),
                unknown: true,
            }),
            Applied::Invalid => ignored.push(Ignored {
                name: shorten(name),
                unknown: false,
            }),
        }
    }
    (a, ignored)
}

enum Applied {
    Yes,
    Unknown,
    Invalid,
}

fn apply(a: &mut Assessment, name: &str, value: Option<&str>) -> Applied {
    let Some(value) = value else {
        return Applied::Invalid;
    };
    let ok = |done: bool| if done { Applied::Yes } else { Applied::Invalid };
    let c = &mut a.company;
    match name {
        "name" => ok(value.chars().count() <= MAX_NAME_CHARS && {
            c.name = value.trim().to_owned();
            true
        }),
        "home" => ok(countries::find(&value.to_ascii_uppercase())
            .map(|found| c.home = found.code.to_owned())
            .is_some()),
        "industry" => ok(set(&mut c.industry, Industry::ALL, value)),
        "size" => ok(set(&mut c.size, SizeBand::ALL, value)),
        "hours" => ok(value
            .split_once('-')
            .and_then(|(s, e)| WorkingHours::new(s.parse().ok()?, e.parse().ok()?))
            .map(|h| c.hours = h)
            .is_some()),
        "languages" => ok(set_list(&mut c.customer_languages, Language::ALL, value)
            && !c.customer_languages.is_empty()),
        "staff_languages" => ok(set_list(&mut c.staff_languages, Language::ALL, value)),
        "processes" => {
            let ids: Vec<&str> = value.split(',').filter(|s| !s.is_empty()).collect();
            let found: Option<Vec<_>> = ids.iter().map(|id| processes::find(id)).collect();
            match found {
                Some(list) if list.len() <= MAX_PROCESSES => {
                    a.processes.clear();
                    for p in list {
                        if !a.processes.iter().any(|q| q.id.catalog() == Some(p.id)) {
                            a.processes.push(p.answer());
                        }
                    }
                    Applied::Yes
                }
                _ => Applied::Invalid,
            }
        }
        "tolerance" => ok(set(&mut a.risk.tolerance, Level::ALL, value)),
        "residency" => ok(set(&mut a.risk.residency, Residency::ALL, value)),
        "regulations" => ok(set_list(&mut a.risk.regulations, Regulation::ALL, value)),
        _ => match name.strip_prefix("goal.") {
            Some(key) => match Goal::ALL.iter().find(|g| g.key() == key) {
                Some(goal) => ok(value
                    .parse::<u8>()
                    .ok()
                    .filter(|w| *w <= SCALE_MAX)
                    .map(|w| a.goals = a.goals.with(*goal, w))
                    .is_some()),
                None => Applied::Unknown,
            },
            None => Applied::Unknown,
        },
    }
}

fn set<T: Copy + Debug>(slot: &mut T, all: &[T], value: &str) -> bool {
    match all.iter().find(|v| key_of(*v) == value) {
        Some(v) => {
            *slot = *v;
            true
        }
        None => false,
    }
}

fn set_list<T: Copy + Debug + Ord>(slot: &mut Vec<T>, all: &[T], value: &str) -> bool {
    let picked: Option<Vec<T>> = value
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| all.iter().find(|v| key_of(*v) == s).copied())
        .collect();
    match picked {
        Some(mut list) => {
            crate::engine::order::sort_dedup(&mut list);
            *slot = list;
            true
        }
        None => false,
    }
}

/// Percent-decoding (`%20`, and `+` for a space); `None` for a broken escape or bytes
/// that are not UTF-8.
fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A parameter name as it can be shown: at most 40 characters.
fn shorten(name: &str) -> String {
    let mut s: String = name.chars().take(40).collect();
    if name.chars().count() > 40 {
        s.push('…');
    }
    s
}
