//! Helpers shared by the native engine tests: build assessments by intent.
#![allow(dead_code)]

use shorewise::content::processes;
use shorewise::engine::model::*;
use shorewise::engine::recommend::ProcessAdvice;
use shorewise::engine::{recommend, Assessment, Recommendation};

/// A US company with neutral goals and one catalog process.
pub fn company_with(id: &str) -> Assessment {
    let mut a = Assessment {
        goals: Goals {
            cost: 3,
            focus: 3,
            expertise: 2,
            scalability: 2,
            speed: 2,
            quality: 2,
            coverage: 0,
            new_markets: 0,
        },
        ..Assessment::default()
    };
    a.processes.push(catalog(id));
    a
}

/// A catalog process with its defaults.
pub fn catalog(id: &str) -> ProcessAnswer {
    processes::find(id).expect("catalog id").answer()
}

/// The only process of an assessment, mutably.
pub fn only(a: &mut Assessment) -> &mut ProcessAnswer {
    assert_eq!(a.processes.len(), 1);
    &mut a.processes[0]
}

/// Runs the engine and returns the advice for the first process.
pub fn advise(a: &Assessment) -> ProcessAdvice {
    run(a).processes[0].clone()
}

/// Runs the engine, failing the test on an error.
pub fn run(a: &Assessment) -> Recommendation {
    recommend(a).unwrap_or_else(|e| panic!("engine rejected a valid assessment: {e}"))
}

/// Property tests with a fixed seed and no regression files: `cases` cases, the same
/// ones on every run and machine.
#[cfg(not(target_arch = "wasm32"))]
pub fn fixed_proptest(cases: u32) -> proptest::test_runner::Config {
    proptest::test_runner::Config {
        cases,
        rng_seed: proptest::test_runner::RngSeed::Fixed(20261205),
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    }
}
