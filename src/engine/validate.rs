//! Checks an [`Assessment`] before any scoring, so that scoring can assume valid input.

use super::error::EngineError;
use super::model::{
    Assessment, Bounds, ANNUAL_COST_BOUNDS, FORMAT_VERSION, FTE_BOUNDS, HOURS_PER_DAY,
    MAX_NAME_CHARS, MAX_OVERLAP_HOURS, MAX_PROCESSES, SCALE_MAX, WAGE_BOUNDS,
};
use crate::content::{countries, processes};

/// Returns the first problem found, or `Ok(())` when the assessment can be evaluated.
pub fn validate(a: &Assessment) -> Result<(), EngineError> {
    problems_up_to(a, 1).into_iter().next().map_or(Ok(()), Err)
}

/// Every problem of an assessment, in the order of its fields (empty when it can be
/// evaluated): what an import lists for the user.
pub fn problems(a: &Assessment) -> Vec<EngineError> {
    problems_up_to(a, usize::MAX)
}

/// The first `limit` problems. A wrong format version stops the checks: the other
/// fields may not mean what this version thinks.
fn problems_up_to(a: &Assessment, limit: usize) -> Vec<EngineError> {
    let mut out = Vec::new();
    macro_rules! check {
        ($result:expr) => {
            if let Err(e) = ($result as Result<(), EngineError>) {
                out.push(e);
                if out.len() >= limit {
                    return out;
                }
            }
        };
    }
    if a.version != FORMAT_VERSION {
        return vec![EngineError::UnsupportedVersion {
            found: a.version,
            supported: FORMAT_VERSION,
        }];
    }
    check!(name(|| "company.name".into(), &a.company.name));
    if countries::find(&a.company.home).is_none() {
        check!(Err(EngineError::UnknownCountry {
            field: "company.home".into(),
            code: a.company.home.clone(),
        }));
    }
    if !a.company.zone.is_empty() && countries::zone(&a.company.home, &a.company.zone).is_none() {
        check!(Err(EngineError::UnknownZone {
            field: "company.zone".into(),
            zone: a.company.zone.clone(),
        }));
    }
    let hours = a.company.hours;
    check!(in_range(
        || "company.hours.start".into(),
        f64::from(hours.start),
        0.0,
        f64::from(HOURS_PER_DAY - 1),
    ));
    check!(in_range(
        || "company.hours.end".into(),
        f64::from(hours.end),
        f64::from(hours.start) + 1.0,
        f64::from(HOURS_PER_DAY),
    ));
    for goal in super::model::Goal::ALL {
        check!(scale(
            || format!("goals.{}", goal.key()),
            a.goals.get(*goal)
        ));
    }
    for (i, w) in a.wages.iter().enumerate() {
        let at = |f: &'static str| move || format!("wages[{i}].{f}");
        if countries::find(&w.country).is_none() {
            check!(Err(EngineError::UnknownCountry {
                field: at("country")(),
                code: w.country.clone(),
            }));
        }
        if a.wages[..i].iter().any(|x| x.country == w.country) {
            check!(Err(EngineError::DuplicateWage {
                field: at("country")(),
                code: w.country.clone(),
            }));
        }
        check!(finite_in(at("low"), w.low, WAGE_BOUNDS));
        check!(finite_in(
            at("high"),
            w.high,
            Bounds {
                min: w.low,
                ..WAGE_BOUNDS
            },
        ));
    }
    for (i, o) in a.assumptions.iter().enumerate() {
        let at = |f: &'static str| move || format!("assumptions[{i}].{f}");
        if a.assumptions[..i]
            .iter()
            .any(|x| x.assumption == o.assumption)
        {
            check!(Err(EngineError::DuplicateAssumption {
                field: at("assumption")(),
                name: format!("{:?}", o.assumption),
            }));
        }
        let bounds = o.assumption.bounds();
        check!(finite_in(at("low"), o.low, bounds));
        check!(finite_in(
            at("high"),
            o.high,
            Bounds {
                min: o.low,
                ..bounds
            },
        ));
    }
    if a.processes.len() > MAX_PROCESSES {
        check!(Err(EngineError::TooManyProcesses {
            count: a.processes.len(),
            max: MAX_PROCESSES,
        }));
    }
    if let Some(i) = first_repeat(&a.processes) {
        check!(Err(EngineError::DuplicateProcess {
            field: format!("processes[{i}].id"),
            id: a.processes[i].id.to_string(),
        }));
    }
    for (i, p) in a.processes.iter().enumerate() {
        // Field paths are only formatted when something is wrong.
        let at = |f: &'static str| move || format!("processes[{i}].{f}");
        if p.id.is_custom() {
            if p.custom_name.trim().is_empty() {
                check!(Err(EngineError::MissingName {
                    field: at("custom_name")(),
                }));
            }
            check!(name(at("custom_name"), &p.custom_name));
        } else if processes::of(&p.id).is_none() {
            check!(Err(EngineError::UnknownProcess {
                field: at("id")(),
                id: p.id.to_string(),
            }));
        }
        check!(finite_in(at("fte"), p.fte, FTE_BOUNDS));
        check!(finite_in(
            at("annual_cost"),
            p.annual_cost,
            ANNUAL_COST_BOUNDS
        ));
        check!(scale(at("judgement"), p.judgement));
        check!(scale(at("rule_based"), p.rule_based));
        check!(scale(at("documentation"), p.documentation));
        check!(in_range(
            at("overlap_hours"),
            f64::from(p.overlap_hours),
            0.0,
            f64::from(MAX_OVERLAP_HOURS),
        ));
    }
    out
}

/// Index of the first process whose id already appeared earlier, in O(n log n).
fn first_repeat(processes: &[super::model::ProcessAnswer]) -> Option<usize> {
    let mut ids: Vec<(&super::model::ProcessId, usize)> = processes
        .iter()
        .enumerate()
        .map(|(i, p)| (&p.id, i))
        .collect();
    super::order::sort_by(&mut ids, Ord::cmp);
    ids.windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| w[1].1)
        .min()
}

fn name(field: impl FnOnce() -> String, value: &str) -> Result<(), EngineError> {
    let chars = value.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(EngineError::NameTooLong {
            field: field(),
            chars,
            max: MAX_NAME_CHARS,
        });
    }
    Ok(())
}

fn scale(field: impl FnOnce() -> String, value: u8) -> Result<(), EngineError> {
    in_range(field, f64::from(value), 0.0, f64::from(SCALE_MAX))
}

fn finite_in(field: impl FnOnce() -> String, value: f64, b: Bounds) -> Result<(), EngineError> {
    if !value.is_finite() {
        return Err(EngineError::NotFinite { field: field() });
    }
    in_range(field, value, b.min, b.max)
}

fn in_range(
    field: impl FnOnce() -> String,
    value: f64,
    min: f64,
    max: f64,
) -> Result<(), EngineError> {
    if value < min || value > max {
        return Err(EngineError::OutOfRange {
            field: field(),
            value,
            min,
            max,
        });
    }
    Ok(())
}
