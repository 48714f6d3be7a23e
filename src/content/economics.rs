//! Economic parameters of the cost model, each a [`Figure`] with its basis, so that the
//! report can list every assumption beside the numbers it produced.

use super::sources::{
    Basis, Figure, EVEREST, GARTNER_GOVERNANCE, GARTNER_SELECTION, HELPDESKFOCUS,
};
use crate::engine::model::Level;

/// Paid hours in a full-time year (40 h × 52 weeks; BLS converts wages the same way).
pub const HOURS_PER_FTE_YEAR: f64 = 2080.0;

/// Gross saving of onshore outsourcing (domestic low-cost locations vs tier-1 cities).
pub const ONSHORE_SAVING: Figure = Figure {
    low: 0.15,
    high: 0.25,
    basis: Basis::Cited(&EVEREST),
};

/// Share of the labour-cost gap a buyer keeps once the provider's management, support,
/// facilities, telecom and margin are paid. Calibrated so that a US company moving
/// contact-centre work to the Philippines saves 30–50% on the hourly rate, as reported.
pub const PASS_THROUGH: Figure = Figure {
    low: 0.35,
    high: 0.55,
    basis: Basis::Cited(&HELPDESKFOCUS),
};

/// Vendor evaluation and selection, share of projected annual deal value (one-off).
pub const SELECTION: Figure = Figure {
    low: 0.02,
    high: 0.05,
    basis: Basis::Cited(&GARTNER_SELECTION),
};

/// Ongoing governance, share of yearly contract value.
pub const GOVERNANCE: Figure = Figure {
    low: 0.045,
    high: 0.15,
    basis: Basis::Cited(&GARTNER_GOVERNANCE),
};

/// Transition, share of total contract value (one-off).
pub const TRANSITION: Figure = Figure {
    low: 0.02,
    high: 0.03,
    basis: Basis::Assumption(
        "CIO Magazine (Overby, 2003) puts transition at 2-3% of contract value; unverified",
    ),
};

/// Severance and retention, share of total contract value (one-off).
pub const STAFF_CHANGE: Figure = Figure {
    low: 0.03,
    high: 0.05,
    basis: Basis::Assumption("CIO Magazine (Overby, 2003) puts layoffs and retention at 3-5% of contract value; unverified"),
};

/// Process documentation and improvement before hand-off, share of total contract
/// value (one-off, only for processes documented below 3 of 5).
pub const PROCESS_WORK: Figure = Figure {
    low: 0.01,
    high: 0.10,
    basis: Basis::Assumption("CIO Magazine (Overby, 2003) puts process improvement at 1-10% of contract value; unverified"),
};

/// Contract length used to turn yearly value into contract value, years.
pub const CONTRACT_YEARS: Figure = Figure {
    low: 3.0,
    high: 3.0,
    basis: Basis::Assumption("a typical three-year first contract"),
};

/// Share of a process's hours automation can take over, from least to most rule-based.
pub const AUTOMATABLE_SHARE: Figure = Figure {
    low: 0.30,
    high: 0.80,
    basis: Basis::Assumption(
        "30% of hours for a half rule-based process up to 80% for a fully rule-based one",
    ),
};

/// Licences, hosting and bot upkeep, share of the labour cost automation removes (yearly).
pub const AUTOMATION_RUN: Figure = Figure {
    low: 0.20,
    high: 0.40,
    basis: Basis::Assumption("typical RPA and workflow licence and maintenance cost"),
};

/// Building the automation, share of the labour cost it removes in a year (one-off).
pub const AUTOMATION_BUILD: Figure = Figure {
    low: 0.25,
    high: 0.50,
    basis: Basis::Assumption("typical build cost of a workflow or RPA project"),
};

/// Transition duration in months.
pub const TRANSITION_MONTHS: Figure = Figure {
    low: 3.0,
    high: 12.0,
    basis: Basis::Assumption("practitioner consensus: 3-12 months"),
};

/// Length of one roadmap wave in months, by appetite for transition: slower
/// organisations get longer waves, each within [`TRANSITION_MONTHS`].
pub const fn wave_months(appetite: Level) -> u32 {
    match appetite {
        Level::Low => 9,
        Level::Medium => 6,
        Level::High => 4,
    }
}

/// The wave lengths as a figure for the assumptions list.
pub const WAVE_MONTHS: Figure = Figure {
    low: wave_months(Level::High) as f64,
    high: wave_months(Level::Low) as f64,
    basis: Basis::Assumption(
        "Shorewise's roadmap: 9 months with a low appetite for transition, 6 medium, 4 high",
    ),
};

/// Context shown beside every savings estimate: realised savings vary widely.
pub const REALISED_SAVINGS_NOTE: Basis = Basis::Cited(&super::sources::GARTNER_REALISED);

/// Everything the cost model assumes, in report order, with a short label.
pub const ASSUMPTIONS: &[(&str, Figure)] = &[
    ("Onshore saving before hidden costs", ONSHORE_SAVING),
    (
        "Share of the labour-cost gap kept (nearshore, offshore)",
        PASS_THROUGH,
    ),
    (
        "Vendor selection, one-off (share of annual deal value)",
        SELECTION,
    ),
    ("Governance, yearly (share of contract value)", GOVERNANCE),
    ("Transition, one-off (share of contract value)", TRANSITION),
    (
        "Severance and retention, one-off (share of contract value)",
        STAFF_CHANGE,
    ),
    (
        "Process documentation first, one-off (share of contract value)",
        PROCESS_WORK,
    ),
    ("Contract length, years", CONTRACT_YEARS),
    ("Hours automation can take over", AUTOMATABLE_SHARE),
    (
        "Automation running cost, yearly (share of labour removed)",
        AUTOMATION_RUN,
    ),
    (
        "Automation build, one-off (share of labour removed)",
        AUTOMATION_BUILD,
    ),
    ("Transition duration, months", TRANSITION_MONTHS),
    ("Roadmap wave length, months", WAVE_MONTHS),
];
