//! Example companies: complete, realistic assessments from different industries and
//! countries, for "Try an example" and for sales demonstrations. Each passes validation
//! (tested) and opens on the results page.

use super::lang::Tr;
use super::processes;
use crate::vocab::model::{
    Assessment, Company, Demand, Goals, Industry, Language, Level, ProcessAnswer, Regulation,
    Residency, RiskProfile, Sensitivity, SizeBand, StrategicRole, WorkingHours,
};

/// An example company a visitor can open.
pub struct ExampleCompany {
    /// Stable id, used in example links (`#/example/<id>`).
    pub id: &'static str,
    /// The company's name.
    pub name: &'static str,
    /// One line saying who they are and what they want.
    pub summary: Tr,
    build: fn() -> Assessment,
}

impl ExampleCompany {
    /// The company's complete answers.
    pub fn assessment(&self) -> Assessment {
        (self.build)()
    }
}

/// Every example, in the order the welcome screen lists them.
pub const EXAMPLES: &[ExampleCompany] = &[
    ExampleCompany {
        id: "us-online-retailer",
        name: "Harbor & Pine",
        summary: Tr::new("A US online retailer, 400 people, serving customers in English and Spanish; cost and peak-season capacity first."),
        build: us_online_retailer,
    },
    ExampleCompany {
        id: "de-hospital-group",
        name: "Klinikverbund Rhein-Main",
        summary: Tr::new("A German hospital group, 6,000 people; patient data must stay in the EU and risk tolerance is low."),
        build: de_hospital_group,
    },
    ExampleCompany {
        id: "in-it-services",
        name: "Sundaram Tech Services",
        summary: Tr::new("An Indian IT services firm, 2,500 people, growing fast; scale and expertise first."),
        build: in_it_services,
    },
    ExampleCompany {
        id: "uk-fintech",
        name: "Ledgerly",
        summary: Tr::new("A UK payments fintech, 180 people, under GDPR and PCI DSS; round-the-clock support wanted."),
        build: uk_fintech,
    },
    ExampleCompany {
        id: "mx-manufacturer",
        name: "Metalúrgica del Bajío",
        summary: Tr::new("A Mexican auto-parts manufacturer, 900 people, working in Spanish and English; cost first."),
        build: mx_manufacturer,
    },
];

/// The example with this id.
pub fn find(id: &str) -> Option<&'static ExampleCompany> {
    EXAMPLES.iter().find(|e| e.id == id)
}

/// A catalog process with its defaults, changed by `tune`.
fn process(id: &str, tune: impl FnOnce(&mut ProcessAnswer)) -> ProcessAnswer {
    let mut p = processes::find(id)
        .unwrap_or_else(|| panic!("example uses unknown catalog id {id}"))
        .answer();
    tune(&mut p);
    p
}

fn as_is(_: &mut ProcessAnswer) {}

fn company(
    name: &str,
    industry: Industry,
    size: SizeBand,
    home: &str,
    customer_languages: Vec<Language>,
    staff_languages: Vec<Language>,
) -> Company {
    Company {
        name: name.to_owned(),
        industry,
        size,
        home: home.to_owned(),
        zone: String::new(),
        hours: WorkingHours { start: 9, end: 17 },
        customer_languages,
        staff_languages,
    }
}

fn us_online_retailer() -> Assessment {
    Assessment {
        company: company(
            "Harbor & Pine",
            Industry::Retail,
            SizeBand::Medium,
            "US",
            vec![Language::English, Language::Spanish],
            vec![Language::English],
        ),
        goals: Goals {
            cost: 5,
            focus: 3,
            expertise: 1,
            scalability: 5,
            speed: 3,
            quality: 3,
            coverage: 3,
            new_markets: 2,
        },
        risk: RiskProfile {
            regulations: vec![Regulation::PciDss],
            tolerance: Level::High,
            ..RiskProfile::default()
        },
        processes: vec![
            process("customer-service", |p| {
                p.fte = 35.0;
                p.annual_cost = 2_100_000.0;
                p.demand = Demand::Seasonal;
            }),
            process("order-processing", |p| {
                p.fte = 8.0;
                p.rule_based = 5;
            }),
            process("social-media", as_is),
            process("marketing-ops", as_is),
            process("app-development", |p| {
                p.role = StrategicRole::Differentiating;
                p.fte = 22.0;
            }),
            process("accounts-payable", |p| p.fte = 3.0),
        ],
        ..Assessment::default()
    }
}

fn de_hospital_group() -> Assessment {
    Assessment {
        company: Company {
            zone: String::new(),
            hours: WorkingHours { start: 7, end: 17 },
            ..company(
                "Klinikverbund Rhein-Main",
                Industry::Healthcare,
                SizeBand::Large,
                "DE",
                vec![Language::German],
                vec![Language::German, Language::English],
            )
        },
        goals: Goals {
            cost: 3,
            focus: 4,
            expertise: 3,
            scalability: 2,
            speed: 2,
            quality: 5,
            coverage: 1,
            new_markets: 0,
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
        processes: vec![
            process("payroll", |p| p.fte = 12.0),
            process("document-processing", |p| {
                p.fte = 18.0;
                p.sensitivity = Sensitivity::Restricted;
            }),
            process("it-helpdesk", |p| p.fte = 14.0),
            process("recruiting", |p| p.fte = 9.0),
            process("billing-queries", |p| {
                p.fte = 10.0;
                p.sensitivity = Sensitivity::Restricted;
            }),
            process("data-analytics", as_is),
        ],
        ..Assessment::default()
    }
}

fn in_it_services() -> Assessment {
    Assessment {
        company: company(
            "Sundaram Tech Services",
            Industry::Technology,
            SizeBand::Large,
            "IN",
            vec![Language::English],
            vec![Language::English, Language::Hindi],
        ),
        goals: Goals {
            cost: 2,
            focus: 4,
            expertise: 5,
            scalability: 5,
            speed: 4,
            quality: 3,
            coverage: 2,
            new_markets: 3,
        },
        risk: RiskProfile {
            tolerance: Level::High,
            vendor_management: Level::High,
            transition_appetite: Level::High,
            ..RiskProfile::default()
        },
        processes: vec![
            process("app-maintenance", |p| p.fte = 40.0),
            process("software-testing", |p| p.fte = 25.0),
            process("cybersecurity", |p| p.role = StrategicRole::Critical),
            process("recruiting", |p| {
                p.fte = 15.0;
                p.demand = Demand::Seasonal;
            }),
            process("accounts-receivable", as_is),
            process("ledger-reporting", as_is),
        ],
        ..Assessment::default()
    }
}

fn uk_fintech() -> Assessment {
    Assessment {
        company: company(
            "Ledgerly",
            Industry::FinancialServices,
            SizeBand::Medium,
            "GB",
            vec![Language::English],
            vec![Language::English],
        ),
        goals: Goals {
            cost: 3,
            focus: 4,
            expertise: 3,
            scalability: 4,
            speed: 4,
            quality: 4,
            coverage: 5,
            new_markets: 2,
        },
        risk: RiskProfile {
            regulations: vec![Regulation::Gdpr, Regulation::PciDss, Regulation::Sector],
            tolerance: Level::Medium,
            ..RiskProfile::default()
        },
        processes: vec![
            process("customer-service", |p| p.fte = 14.0),
            process("technical-support", as_is),
            process("payment-processing", |p| p.role = StrategicRole::Critical),
            process("compliance", as_is),
            process("app-development", |p| {
                p.role = StrategicRole::Differentiating;
                p.fte = 40.0;
            }),
            process("document-processing", |p| p.fte = 5.0),
        ],
        ..Assessment::default()
    }
}

fn mx_manufacturer() -> Assessment {
    Assessment {
        company: Company {
            zone: String::new(),
            hours: WorkingHours { start: 8, end: 17 },
            ..company(
                "Metalúrgica del Bajío",
                Industry::Manufacturing,
                SizeBand::Medium,
                "MX",
                vec![Language::Spanish, Language::English],
                vec![Language::Spanish],
            )
        },
        goals: Goals {
            cost: 5,
            focus: 3,
            expertise: 2,
            scalability: 2,
            speed: 2,
            quality: 3,
            coverage: 0,
            new_markets: 1,
        },
        processes: vec![
            process("procurement-admin", |p| p.fte = 6.0),
            process("shipping-logistics", |p| p.fte = 10.0),
            process("payroll", as_is),
            process("it-helpdesk", as_is),
            process("accounts-payable", as_is),
        ],
        ..Assessment::default()
    }
}
