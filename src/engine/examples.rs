//! Example assessments: the company profiles used by demos, tests and benchmarks.

use super::model::{
    Assessment, Company, Goals, Industry, Language, Level, ProcessAnswer, Regulation, Residency,
    RiskProfile, SizeBand, WorkingHours,
};
use crate::content::processes::{CatalogProcess, CATALOG};

/// A US software company: cost-minded, medium risk, a typical mix of processes.
pub fn us_software() -> Assessment {
    let mut a = Assessment {
        company: Company {
            name: "Northwind Software".into(),
            industry: Industry::Technology,
            size: SizeBand::Medium,
            home: "US".into(),
            zone: String::new(),
            hours: WorkingHours { start: 9, end: 17 },
            customer_languages: vec![Language::English],
            staff_languages: vec![Language::English],
        },
        goals: Goals {
            cost: 4,
            ..Goals::default()
        },
        ..Assessment::default()
    };
    for id in [
        "app-development",
        "customer-service",
        "data-entry",
        "payroll",
        "it-helpdesk",
        "accounts-payable",
    ] {
        a.processes.push(from_catalog(id));
    }
    a
}

/// A German health insurer: data must stay in the EU/EEA, low risk tolerance.
pub fn eu_insurer() -> Assessment {
    Assessment {
        company: Company {
            name: "Rhein Versicherung".into(),
            industry: Industry::FinancialServices,
            size: SizeBand::Large,
            home: "DE".into(),
            zone: String::new(),
            hours: WorkingHours { start: 8, end: 17 },
            customer_languages: vec![Language::German],
            staff_languages: vec![Language::German, Language::English],
        },
        risk: RiskProfile {
            tolerance: Level::Low,
            residency: Residency::HomeRegion,
            regulations: vec![Regulation::Gdpr, Regulation::Sector],
            dependency_tolerance: Level::Low,
            vendor_management: Level::Medium,
            transition_appetite: Level::Low,
            automation: Level::Medium,
        },
        processes: [
            "customer-service",
            "payroll",
            "document-processing",
            "it-helpdesk",
        ]
        .iter()
        .filter_map(|id| crate::content::processes::find(id))
        .map(CatalogProcess::answer)
        .collect(),
        ..Assessment::default()
    }
}

/// An assessment with `n` processes (catalog processes first, then custom ones), for
/// benchmarks and size tests.
pub fn with_processes(n: usize) -> Assessment {
    let mut a = us_software();
    a.processes.clear();
    for (i, c) in CATALOG.iter().enumerate().take(n) {
        let mut p = c.answer();
        p.annual_cost = 50_000.0 * (1.0 + i as f64);
        a.processes.push(p);
    }
    let kinds = super::model::WorkKind::ALL;
    for i in a.processes.len()..n {
        let kind = kinds[i % kinds.len()];
        a.processes.push(ProcessAnswer::custom(
            i as u32,
            &format!("Custom process {i}"),
            kind,
        ));
    }
    a
}

fn from_catalog(id: &str) -> ProcessAnswer {
    let c = crate::content::processes::find(id)
        .unwrap_or_else(|| panic!("example uses unknown catalog id {id}"));
    c.answer()
}
