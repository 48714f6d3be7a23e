//! Where every figure comes from. A figure shown to a user names one of these, or says
//! plainly that it is an assumption the user can change.

use super::lang::Tr;
use serde::Serialize;

/// A published source for a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Stable id, used by tests.
    pub id: &'static str,
    /// Who published it, what it is and what it measures, in the reader's language
    /// (names of publishers, publications and datasets stay as published).
    pub title: Tr,
    /// When it was published or measured.
    pub date: Tr,
}

/// How much a figure can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Basis {
    /// Taken from a published source.
    Cited(&'static Source),
    /// Shorewise's own working assumption; shown as such and open to change.
    Assumption(Tr),
    /// The user's own value, replacing the catalog's.
    Yours,
}

impl Basis {
    /// Short human label: "Source, date" or "Assumption: why".
    pub fn label(&self) -> String {
        match self {
            Basis::Cited(s) => format!("{} ({})", s.title, s.date),
            Basis::Assumption(why) => {
                format!("{}{}{why}", Tr::new("Assumption"), super::lang::colon())
            }
            Basis::Yours => crate::content::text::YOUR_FIGURE.get().to_owned(),
        }
    }
}

/// A number with a range and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// Lower end of the range.
    pub low: f64,
    /// Upper end of the range (equal to `low` for a point figure).
    pub high: f64,
    /// Where it comes from.
    pub basis: Basis,
}

impl Figure {
    /// Middle of the range.
    pub fn mid(&self) -> f64 {
        (self.low + self.high) / 2.0
    }
}

/// US Bureau of Labor Statistics wages.
pub const BLS_OEWS: Source = Source {
    id: "bls-oews-2023",
    title: Tr::new(
        "US BLS Occupational Employment and Wage Statistics, customer service representatives",
    ),
    date: Tr::new("May 2023"),
};
/// Fully loaded employee cost multiplier.
pub const LOADED_COST: Source = Source {
    id: "deel-loaded-cost",
    title: Tr::new("Deel; SBA/MIT as cited by Konnect: fully loaded cost 1.25-1.4 x base salary"),
    date: Tr::new("2024"),
};
/// Nearshore and offshore agent wages.
pub const SITE_SELECTION: Source = Source {
    id: "site-selection-group-2024",
    title: Tr::new("Site Selection Group, contact-centre agent wages"),
    date: Tr::new("March 2024"),
};
/// Philippines vendor rates by role.
pub const ATS_RATES: Source = Source {
    id: "ats-outsource-rates",
    title: Tr::new("ATS Outsource, Philippines billed vendor rates by role (vendor figures)"),
    date: Tr::new("2024"),
};
/// Make-up of a BPO hourly rate.
pub const PITON: Source = Source {
    id: "piton-global-2021",
    title: Tr::new("PITON-Global, make-up of a BPO hourly rate"),
    date: Tr::new("2021"),
};
/// Savings of domestic low-cost locations.
pub const EVEREST: Source = Source {
    id: "everest-nasscom-2012",
    title: Tr::new("Everest Group with NASSCOM, savings of global in-house centres and domestic low-cost cities"),
    date: Tr::new("2012"),
};
/// Raw versus total-cost savings offshore.
pub const HELPDESKFOCUS: Source = Source {
    id: "helpdeskfocus-offshore-tco",
    title: Tr::new("helpdeskfocus (practitioner), offshore raw hourly vs steady-state TCO savings"),
    date: Tr::new("2023"),
};
/// Distribution of realised savings.
pub const GARTNER_REALISED: Source = Source {
    id: "gartner-realised-savings",
    title: Tr::new("Gartner via people3, realised outsourcing savings"),
    date: Tr::new("November 2003"),
};
/// Cost of vendor evaluation and selection.
pub const GARTNER_SELECTION: Source = Source {
    id: "gartner-selection-2003",
    title: Tr::new("Gartner, cost of vendor evaluation and selection (2-5% of annual deal value)"),
    date: Tr::new("2003"),
};
/// Ongoing governance cost.
pub const GARTNER_GOVERNANCE: Source = Source {
    id: "gartner-governance",
    title: Tr::new(
        "Gartner via people3, governance cost of an outsourcing deal (4.5% average, up to 15%)",
    ),
    date: Tr::new("2009"),
};
/// Hidden cost categories.
pub const CIO_HIDDEN: Source = Source {
    id: "cio-overby-2003",
    title: Tr::new("CIO Magazine (Overby), hidden costs of outsourcing"),
    date: Tr::new("2003"),
};
/// Deloitte survey.
pub const DELOITTE: Source = Source {
    id: "deloitte-gos-2012",
    title: Tr::new("Deloitte Global Outsourcing Survey"),
    date: Tr::new("2012"),
};
/// Time zones.
pub const IANA_TZ: Source = Source {
    id: "iana-tz",
    title: Tr::new("IANA time zone database (public domain)"),
    date: Tr::new("2026"),
};
/// Core versus non-core.
pub const LACITY: Source = Source {
    id: "lacity-willcocks-feeny-1996",
    title: Tr::new("Lacity, Willcocks and Feeny, 'The Value of Selective IT Sourcing', MIT Sloan Management Review"),
    date: Tr::new("1996"),
};
/// Automation candidates.
pub const FORRESTER_RPA: Source = Source {
    id: "forrester-rpa-rule-of-five",
    title: Tr::new("Forrester, 'rule of five' for RPA candidates"),
    date: Tr::new("2014"),
};
/// Location dimensions.
pub const KEARNEY: Source = Source {
    id: "kearney-gsli",
    title: Tr::new("Kearney Global Services Location Index (dimension names only; weights and scores are Shorewise's own)"),
    date: Tr::new("2023"),
};
/// Night-shift differential in the Philippines.
pub const PH_LABOR_CODE: Source = Source {
    id: "ph-labor-code-art-86",
    title: Tr::new("Labor Code of the Philippines (PD 442), Art. 86: night-shift differential of at least 10% for work between 22:00 and 06:00"),
    date: Tr::new("1974, as amended"),
};
/// Automation outcomes.
pub const DELOITTE_AUTOMATION: Source = Source {
    id: "deloitte-automation-2019",
    title: Tr::new("Deloitte, 'Automation with intelligence' (survey of 523 executives in 26 countries): average cost reduction 21% where automation is mature, 15% where it is not; expected payback about 15 months"),
    date: Tr::new("2019"),
};
/// Employer social-security rates in Europe.
pub const EURODEV_2025: Source = Source {
    id: "eurodev-social-security-2025",
    title: Tr::new("Eurodev, 'How Much do Employers pay for Social Security Tax Rate in Europe?': headline employer social-security rate on gross salary (statutory contributions only; caps, bands and customary benefits not included)"),
    date: Tr::new("2025 rates"),
};
/// Employer statutory rates in the UK and Ireland.
pub const TEAMED_2026: Source = Source {
    id: "teamed-employer-cost-2026",
    title: Tr::new("Teamed, Employer Cost Calculator: headline employer statutory rates (UK: National Insurance about 15% plus the 3% auto-enrolment pension minimum; Ireland: 11%)"),
    date: Tr::new("2026"),
};
/// Employer on-costs in Mexico.
pub const MX_ONCOSTS: Source = Source {
    id: "mx-employer-oncosts-2025",
    title: Tr::new("Cadena Advisors, 'Labor cost in Mexico' (IMSS, INFONAVIT and SAR: 24% of gross pay) and Global Squirrels, 'Mexico Payroll Costs and Calculations' (36% with state payroll tax, the aguinaldo and the vacation premium)"),
    date: Tr::new("2025"),
};

/// Every source, for listing in the report and for content tests.
pub const ALL: &[&Source] = &[
    &BLS_OEWS,
    &LOADED_COST,
    &SITE_SELECTION,
    &ATS_RATES,
    &PITON,
    &EVEREST,
    &HELPDESKFOCUS,
    &GARTNER_REALISED,
    &GARTNER_SELECTION,
    &GARTNER_GOVERNANCE,
    &CIO_HIDDEN,
    &DELOITTE,
    &IANA_TZ,
    &LACITY,
    &FORRESTER_RPA,
    &KEARNEY,
    &PH_LABOR_CODE,
    &DELOITTE_AUTOMATION,
    &super::country_risk::WGI_2022,
    &super::country_risk::EU_ADEQUACY,
    &super::country_risk::UK_ADEQUACY,
    &super::voice::VOICE_SOURCES,
    &super::automation::MGI_AUTOMATION,
    &super::automation::GARTNER_SELF_SERVICE,
    &EURODEV_2025,
    &TEAMED_2026,
    &MX_ONCOSTS,
    &super::minimum_wages::TR_MINIMUM,
    &super::wages::AR_AGENT.source,
    &super::wages::AT_CLERICAL.source,
    &super::wages::AU_AGENT.source,
    &super::wages::BG_AGENT.source,
    &super::wages::CN_CLERICAL.source,
    &super::wages::CZ_CLERICAL.source,
    &super::wages::ES_AGENT.source,
    &super::wages::FI_CLERICAL.source,
    &super::wages::FR_CLERICAL.source,
    &super::wages::JM_AGENT.source,
    &super::wages::MA_AGENT.source,
    &super::wages::MY_CLERICAL.source,
    &super::wages::NL_AGENT.source,
    &super::wages::NO_CLERICAL.source,
];
