//! Economic parameters of the cost model, each a [`Figure`] with its basis, so that the
//! report can list every assumption beside the numbers it produced.

use super::countries::Country;
use super::families;
use super::lang::Tr;
use super::sources::{
    Basis, Figure, DELOITTE_AUTOMATION, EVEREST, GARTNER_GOVERNANCE, GARTNER_SELECTION,
    PH_LABOR_CODE,
};
use crate::vocab::model::{Assumption, Coverage, JobFamily, Level};

/// Paid hours in a full-time year (40 h × 52 weeks; BLS converts wages the same way).
pub const HOURS_PER_FTE_YEAR: f64 = 2080.0;

/// Gross saving of onshore outsourcing (domestic low-cost locations vs tier-1 cities).
pub const ONSHORE_SAVING: Figure = Figure {
    low: 0.15,
    high: 0.25,
    basis: Basis::Cited(&EVEREST),
};

/// Share of the labour-cost gap a buyer keeps once the provider's management, support,
/// facilities, telecom and margin are paid: Shorewise's own calibration, set so that a
/// US company moving contact-centre work to the Philippines saves 30–50% on the hourly
/// rate, as helpdeskfocus reports. No source publishes the share itself.
pub const PASS_THROUGH: Figure = Figure {
    low: 0.35,
    high: 0.55,
    basis: Basis::Assumption(Tr::new("Shorewise's own calibration, not a published figure: set so that a US company moving contact-centre work to the Philippines saves 30–50% on the hourly rate, as helpdeskfocus (practitioner) reports")),
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
    basis: Basis::Assumption(Tr::new(
        "CIO Magazine (Overby, 2003) puts transition at 2-3% of contract value; unverified",
    )),
};

/// Severance and retention, share of total contract value (one-off).
pub const STAFF_CHANGE: Figure = Figure {
    low: 0.03,
    high: 0.05,
    basis: Basis::Assumption(Tr::new("CIO Magazine (Overby, 2003) puts layoffs and retention at 3-5% of contract value; unverified")),
};

/// Process documentation and improvement before hand-off, share of total contract
/// value (one-off, only for processes documented below 3 of 5).
pub const PROCESS_WORK: Figure = Figure {
    low: 0.01,
    high: 0.10,
    basis: Basis::Assumption(Tr::new("CIO Magazine (Overby, 2003) puts process improvement at 1-10% of contract value; unverified")),
};

/// Length of a first outsourcing contract, months: the span of the cash flow.
pub const CONTRACT_MONTHS: Figure = Figure {
    low: 36.0,
    high: 36.0,
    basis: Basis::Assumption(Tr::new("a typical three-year first contract")),
};

/// The contract length the one-off shares above are quoted against, years: one-off
/// costs scale with the deal, not with how long the user plans to keep it.
pub const REFERENCE_CONTRACT_YEARS: f64 = 3.0;

/// Share of the provider's monthly fee paid during transition while the company's own
/// team still does the work (knowledge transfer, shadowing, parallel running).
pub const DOUBLE_RUNNING: Figure = Figure {
    low: 0.1,
    high: 0.3,
    basis: Basis::Assumption(Tr::new("knowledge transfer and a parallel run in the later part of the transition, while your team still runs the work: 10-30% of the provider's fee on average over the whole transition")),
};

/// Months after hand-over until the provider delivers the full saving (learning curve,
/// stabilisation); the saving grows evenly until then.
pub const RAMP_UP_MONTHS: Figure = Figure {
    low: 3.0,
    high: 6.0,
    basis: Basis::Assumption(Tr::new(
        "practitioner rule of thumb: 3-6 months to steady state",
    )),
};

/// Months an automation takes to build and test before it runs.
pub const AUTOMATION_BUILD_MONTHS: Figure = Figure {
    low: 2.0,
    high: 4.0,
    basis: Basis::Assumption(Tr::new("a small workflow or RPA project: 2-4 months")),
};

/// Net yearly cost reduction automation brings to a process, as reported: 15% on
/// average where automation capability is not mature, 21% where it is.
pub const AUTOMATION_SAVING: Figure = Figure {
    low: 0.15,
    high: 0.21,
    basis: Basis::Cited(&DELOITTE_AUTOMATION),
};

/// Expected payback of an automation, months from the start of the project: the build
/// is priced so that the month-by-month cash flow pays back in this time.
pub const AUTOMATION_PAYBACK_MONTHS: Figure = Figure {
    low: 12.0,
    high: 18.0,
    basis: Basis::Assumption(Tr::new("Deloitte (2019) reports an expected payback of about 15 months; 12-18 is the model's range around it")),
};

/// The smallest one-off cost of automating a process at all (a small workflow or bot
/// project: analysis, build, test), US dollars.
pub const AUTOMATION_MIN_BUILD_USD: Figure = Figure {
    low: 15_000.0,
    high: 40_000.0,
    basis: Basis::Assumption(Tr::new(
        "a small workflow or RPA project; replace it with a quote",
    )),
};

/// Yearly running cost every automation carries whatever its size (licence, hosting,
/// upkeep), US dollars.
pub const AUTOMATION_MIN_RUN_USD: Figure = Figure {
    low: 5_000.0,
    high: 10_000.0,
    basis: Basis::Assumption(Tr::new(
        "one RPA or workflow licence with upkeep; replace it with a quote",
    )),
};

/// The fixed effort of any hand-over, whatever the size of the work, in person-months of
/// the company's own people (costed at what one person doing the work costs): the
/// percentages of deal value above scale with the deal, but choosing a provider, agreeing
/// a contract and onboarding it take some weeks of someone's time even for the smallest
/// scope.
pub const HAND_OVER_FLOOR: Figure = Figure {
    low: 0.5,
    high: 1.5,
    basis: Basis::Assumption(Tr::new("choosing a provider, agreeing a contract and onboarding it take two to six weeks of your people's time, however small the work")),
};

/// Share of paid time an employee is not available to staff a seat (leave, sickness,
/// training, breaks, meetings).
pub const SHRINKAGE: Figure = Figure {
    low: 0.20,
    high: 0.35,
    basis: Basis::Assumption(Tr::new(
        "contact-centre workforce-planning practice: 20-35% shrinkage",
    )),
};

/// Night-shift premium in the Philippines, share of the hourly wage for night hours.
pub const NIGHT_PREMIUM_PH: Figure = Figure {
    low: 0.10,
    high: 0.10,
    basis: Basis::Cited(&PH_LABOR_CODE),
};

/// Night-shift premium elsewhere: no single statutory rate; shift allowances are
/// company practice.
pub const NIGHT_PREMIUM: Figure = Figure {
    low: 0.10,
    high: 0.20,
    basis: Basis::Assumption(Tr::new(
        "shift allowances of 10-20% are common practice; no single statutory rate",
    )),
};

/// The night premium a provider in a country pays.
pub fn night_premium(code: &str) -> Figure {
    if code == "PH" {
        NIGHT_PREMIUM_PH
    } else {
        NIGHT_PREMIUM
    }
}

/// Hours a year a process must be staffed under a coverage window: one seat through
/// the company's day is covered by its own team; extended hours are 16 h × 5 days × 52
/// weeks; round the clock is 24 × 365.
pub fn covered_hours(coverage: Coverage) -> f64 {
    match coverage {
        Coverage::BusinessHours => 0.0,
        Coverage::Extended => 16.0 * 5.0 * 52.0,
        Coverage::AroundTheClock => 24.0 * 365.0,
    }
}

/// People needed to keep one seat staffed through a coverage window, after shrinkage:
/// covered hours ÷ paid hours ÷ (1 − shrinkage). 0 for business hours (the team's own
/// day is the window).
pub fn seat_fte(coverage: Coverage, shrinkage: f64) -> f64 {
    covered_hours(coverage) / HOURS_PER_FTE_YEAR / (1.0 - shrinkage)
}

/// Transition duration in months, from the smallest scope to the largest.
pub const TRANSITION_MONTHS: Figure = Figure {
    low: 3.0,
    high: 12.0,
    basis: Basis::Assumption(Tr::new("practitioner consensus: 3-12 months")),
};

/// People moved at which a transition takes the longest time of [`TRANSITION_MONTHS`];
/// between 0 and this, the time grows with the logarithm of the people moved.
pub const LARGEST_TRANSITION_FTE: f64 = 200.0;

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
    basis: Basis::Assumption(Tr::new(
        "Shorewise's roadmap: 9 months with a low appetite for transition, 6 medium, 4 high",
    )),
};

/// Context shown beside every savings estimate: realised savings vary widely.
pub const REALISED_SAVINGS_NOTE: Basis = Basis::Cited(&super::sources::GARTNER_REALISED);

/// The default value of an assumption for a company at home in `home`: the catalog's
/// figure with its basis.
pub fn default_figure(a: Assumption, home: &Country) -> Figure {
    use Assumption::*;
    match a {
        ContractMonths => CONTRACT_MONTHS,
        ExchangeRate => Figure {
            low: home.per_usd,
            high: home.per_usd,
            basis: EXCHANGE_RATE,
        },
        OnCosts => home.load,
        PassThrough => PASS_THROUGH,
        OnshoreSaving => ONSHORE_SAVING,
        Selection => SELECTION,
        Governance => GOVERNANCE,
        TransitionMonths => TRANSITION_MONTHS,
        TransitionCost => TRANSITION,
        DoubleRunning => DOUBLE_RUNNING,
        RampUpMonths => RAMP_UP_MONTHS,
        StaffChange => STAFF_CHANGE,
        ProcessWork => PROCESS_WORK,
        NightPremium => NIGHT_PREMIUM,
        Shrinkage => SHRINKAGE,
        AutomationSaving => AUTOMATION_SAVING,
        AutomationPayback => AUTOMATION_PAYBACK_MONTHS,
        AutomationBuildMonths => AUTOMATION_BUILD_MONTHS,
        AutomationBuild => AUTOMATION_MIN_BUILD_USD,
        AutomationRun => AUTOMATION_MIN_RUN_USD,
        HandOverFloor => HAND_OVER_FLOOR,
        BackOfficePay => families::rich_skew(JobFamily::BackOffice),
        ItSupportPay => families::rich_skew(JobFamily::ItSupport),
        SoftwarePay => families::rich_skew(JobFamily::Software),
        FinancePay => families::rich_skew(JobFamily::Finance),
        LegalPay => families::rich_skew(JobFamily::Legal),
        ResearchPay => families::rich_skew(JobFamily::Research),
    }
}

/// Basis of the catalog's exchange rates.
pub const EXCHANGE_RATE: Basis = Basis::Assumption(Tr::new(
    "approximate rate, 2024; replace it with today's rate",
));
