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

/// Index of the first process whose id already appeared earlier. Each id goes into a
/// small open-addressing table under a hash of it, so the check takes one pass (it runs
/// on every recommendation, a what-if included).
fn first_repeat(processes: &[super::model::ProcessAnswer]) -> Option<usize> {
    let mask = (2 * processes.len()).next_power_of_two().max(2) - 1;
    let mut table: Vec<Option<usize>> = vec![None; mask + 1];
    for (i, p) in processes.iter().enumerate() {
        let mut at = id_hash(&p.id) & mask;
        loop {
            match table[at] {
                None => {
                    table[at] = Some(i);
                    break;
                }
                Some(j) if processes[j].id == p.id => return Some(i),
                Some(_) => at = (at + 1) & mask,
            }
        }
    }
    None
}

/// A hash of a process id (FNV-1a over a catalog id's bytes; a custom id's number).
fn id_hash(id: &super::model::ProcessId) -> usize {
    match id {
        super::model::ProcessId::Catalog(id) => {
            id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
            }) as usize
        }
        super::model::ProcessId::Custom(n) => (*n as usize).wrapping_mul(0x9e37_79b9),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples;
    use crate::engine::model::ProcessId;

    /// The first repeat is the earliest process whose id appeared before it, whatever
    /// the ids and however many collide in the table: checked against comparing every
    /// pair, over lists of catalog and custom ids with repeats in many places.
    #[test]
    fn the_first_repeated_id_is_found_in_one_pass() {
        let base = examples::with_processes(12).processes;
        let pool: Vec<ProcessId> = base
            .iter()
            .map(|p| p.id.clone())
            .chain((0..12).map(ProcessId::Custom))
            .collect();
        let naive = |ps: &[super::super::model::ProcessAnswer]| {
            (0..ps.len()).find(|&i| ps[..i].iter().any(|q| q.id == ps[i].id))
        };
        let mut found = 0;
        for n in 0..=pool.len() {
            for (seed, stride) in [(0, 1), (3, 5), (7, 11), (1, 7)] {
                let ps: Vec<_> = (0..n)
                    .map(|k| {
                        let mut p = base[0].clone();
                        p.id = pool[(seed + k * stride) % (n.max(1) * 2 / 3 + 1)].clone();
                        p
                    })
                    .collect();
                assert_eq!(first_repeat(&ps), naive(&ps), "{n} {seed} {stride}");
                found += usize::from(naive(&ps).is_some());
            }
        }
        assert!(found > 50, "{found} lists with a repeat");
        assert_eq!(first_repeat(&base), None);
    }
}
