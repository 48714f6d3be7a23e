//! Country risk and personal-data transfers, for the location advice.
//!
//! Governance: the World Bank's Worldwide Governance Indicators (WGI), 2022 percentile
//! ranks among all economies for two series, Political Stability and Absence of
//! Violence/Terrorism (`PV.PER.RNK`) and Rule of Law (`RL.PER.RNK`), copied to two
//! decimals from the WGI bulk file `WGIData.csv` (a copy on GitHub,
//! <https://github.com/Iannehuenlabat/Data/blob/adfb6a14838d8df6d8dc5ef5f493dd079b2b5b85/WGIData.csv>,
//! via `figures/country-risk.csv`). Every catalog country has a row.
//!
//! Transfers: which destinations an EU/EEA, UK or Swiss company may send personal data
//! to freely, under an adequacy decision, or only with safeguards. The lists change:
//! each names its source and date.

use super::countries;
use super::lang::Tr;
use super::sources::Source;
use serde::Serialize;

/// World Bank Worldwide Governance Indicators, the two percentile-rank series used here.
pub const WGI_2022: Source = Source {
    id: "wb-wgi-2022",
    title: Tr::new("World Bank, Worldwide Governance Indicators: Political Stability and Absence of Violence/Terrorism and Rule of Law, percentile rank among all economies (0-100, higher is better)"),
    date: Tr::new("2022 (published 2023)"),
};

/// The European Commission's list of adequacy decisions (GDPR Art. 45).
pub const EU_ADEQUACY: Source = Source {
    id: "ec-adequacy-decisions",
    title: Tr::new("European Commission, Adequacy decisions (GDPR Art. 45): countries with an adequate level of personal-data protection"),
    date: Tr::new("list as at the Commission's first review, 15 January 2024"),
};

/// The UK's own adequacy regulations under UK GDPR.
pub const UK_ADEQUACY: Source = Source {
    id: "uk-adequacy-regulations",
    title: Tr::new("UK GDPR adequacy regulations (ICO, international transfers guidance): the EEA and the countries the EU found adequate before 2021, the Republic of Korea, the UK Extension to the EU-US Data Privacy Framework"),
    date: Tr::new("Republic of Korea 2022; UK Extension to the EU-US Data Privacy Framework 2023"),
};

/// One country's governance percentile ranks (0–100, higher is safer), from [`WGI_2022`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Governance {
    /// ISO code of the country.
    pub code: &'static str,
    /// Political Stability and Absence of Violence/Terrorism, percentile rank 2022.
    pub stability: f64,
    /// Rule of Law, percentile rank 2022.
    pub rule_of_law: f64,
}

impl Governance {
    /// Country risk from 0 (safest) to 1: one minus the mean of the two percentile
    /// ranks over 100. This is Shorewise's own reading of the WGI, not a score the
    /// World Bank publishes.
    pub fn risk(&self) -> f64 {
        1.0 - (self.stability + self.rule_of_law) / 2.0 / 100.0
    }

    /// Where the ranks come from.
    pub fn source(&self) -> &'static Source {
        &WGI_2022
    }
}

const fn g(code: &'static str, stability: f64, rule_of_law: f64) -> Governance {
    Governance {
        code,
        stability,
        rule_of_law,
    }
}

/// WGI 2022 percentile ranks of every catalog country, sorted by code:
/// `g(code, political stability, rule of law)`.
pub const GOVERNANCE: &[Governance] = &[
    g("AE", 70.28, 78.77),
    g("AR", 46.70, 34.91),
    g("AT", 68.87, 95.75),
    g("AU", 81.60, 91.04),
    g("BE", 65.57, 88.21),
    g("BG", 52.36, 49.53),
    g("BR", 33.96, 43.40),
    g("CA", 73.58, 92.92),
    g("CH", 92.45, 97.64),
    g("CL", 51.42, 72.64),
    g("CN", 28.30, 52.83),
    g("CO", 23.11, 38.68),
    g("CR", 83.49, 64.62),
    g("CZ", 75.00, 83.49),
    g("DE", 67.45, 91.98),
    g("DK", 77.36, 99.53),
    g("DO", 55.19, 50.47),
    g("EE", 71.70, 89.62),
    g("EG", 14.15, 42.45),
    g("ES", 53.30, 77.36),
    g("FI", 79.72, 100.00),
    g("FR", 56.13, 85.38),
    g("GB", 62.26, 89.15),
    g("GR", 49.06, 59.91),
    g("GT", 34.91, 13.21),
    g("HU", 67.92, 63.21),
    g("ID", 29.25, 45.28),
    g("IE", 78.77, 91.51),
    g("IL", 11.79, 81.13),
    g("IN", 24.53, 55.19),
    g("IT", 58.49, 58.49),
    g("JM", 57.55, 51.89),
    g("JP", 86.79, 92.45),
    g("KE", 15.09, 40.57),
    g("KR", 64.62, 84.91),
    g("LK", 18.87, 52.36),
    g("LT", 69.34, 83.02),
    g("MA", 34.43, 44.81),
    g("MX", 21.70, 20.75),
    g("MY", 51.89, 68.40),
    g("NL", 71.23, 93.40),
    g("NO", 76.42, 98.11),
    g("NZ", 96.23, 96.70),
    g("PE", 27.83, 32.55),
    g("PH", 20.28, 33.49),
    g("PK", 6.60, 25.00),
    g("PL", 61.79, 64.15),
    g("PT", 75.94, 83.96),
    g("RO", 60.85, 62.26),
    g("SE", 80.19, 93.87),
    g("SG", 97.17, 99.06),
    g("TH", 31.60, 54.72),
    g("TR", 13.68, 36.79),
    g("US", 45.28, 88.68),
    g("UY", 88.21, 75.94),
    g("VN", 45.75, 47.64),
    g("ZA", 19.81, 54.25),
];

/// The governance ranks of a country, if it is in [`GOVERNANCE`].
pub fn governance(code: &str) -> Option<&'static Governance> {
    GOVERNANCE
        .binary_search_by(|g| countries::code_order(g.code, code))
        .ok()
        .map(|i| &GOVERNANCE[i])
}

/// ISO codes of the countries and territories with an EU adequacy decision, in the
/// Commission's order (by English name), from [`EU_ADEQUACY`]. Andorra, the Faroe
/// Islands, Guernsey, the Isle of Man and Jersey are not catalog countries.
///
/// Caveats the codes cannot carry: the decision for Canada (CA) covers commercial
/// organisations only, and the one for the United States (US) only organisations
/// certified under the EU-US Data Privacy Framework; to any other recipient there,
/// safeguards are needed as for a country without a decision.
pub const EU_ADEQUATE: &[&str] = &[
    "AD", // Andorra
    "AR", // Argentina
    "CA", // Canada: commercial organisations
    "FO", // Faroe Islands
    "GG", // Guernsey
    "IL", // Israel
    "IM", // Isle of Man
    "JP", // Japan
    "JE", // Jersey
    "NZ", // New Zealand
    "KR", // Republic of Korea
    "CH", // Switzerland
    "GB", // United Kingdom
    "US", // United States: EU-US Data Privacy Framework participants only
    "UY", // Uruguay
];

/// ISO codes covered by the UK's own adequacy regulations beyond the EEA, from
/// [`UK_ADEQUACY`]: the countries and territories the EU had found adequate before 2021
/// (in the EU list's order), then the Republic of Korea (2022) and the United States
/// (2023, the UK Extension to the EU-US Data Privacy Framework: certified organisations
/// that joined the extension only). Canada again covers commercial organisations only.
pub const UK_ADEQUATE_EXTRA: &[&str] = &[
    "AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "CH", "UY", "KR", "US",
];

/// What a company needs to send personal data from its home to a destination.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Transfer {
    /// Same data zone: the home country itself, or both in the EU/EEA (or no transfer
    /// rule is modelled for the home, see [`transfer_rules_apply`]).
    Free,
    /// An adequacy decision covers the destination; data flows as within the home zone,
    /// subject to the caveats of [`EU_ADEQUATE`] and [`UK_ADEQUATE_EXTRA`].
    Adequate,
    /// Appropriate safeguards are needed: standard contractual clauses (GDPR Art. 46;
    /// in the UK the International Data Transfer Agreement or the UK Addendum) and,
    /// since Schrems II, a transfer impact assessment.
    NeedsSafeguards,
}

/// Whether Shorewise models a transfer rule for this home: an EU/EEA country, the United
/// Kingdom (GB) or Switzerland (CH). Every other home gets [`Transfer::Free`]: that is
/// not a statement that its law allows every transfer, only that no rule is modelled.
pub fn transfer_rules_apply(home: &str, home_eea: bool) -> bool {
    home_eea || home == "GB" || home == "CH"
}

/// How personal data may go from a company in `home` to a provider in `dest` (ISO
/// codes; `*_eea` is the catalog's EU/EEA flag).
///
/// - Same country: [`Transfer::Free`].
/// - EU/EEA home: another EU/EEA country is free; a destination in [`EU_ADEQUATE`] is
///   adequate (the United Kingdom included: the EU's decision for it is an adequacy
///   decision, not a shared data zone); anything else needs safeguards.
/// - United Kingdom: the EEA and [`UK_ADEQUATE_EXTRA`] are adequate (UK→EEA is covered
///   by the UK's adequacy regulations, so it is [`Transfer::Adequate`], not free);
///   anything else needs safeguards.
/// - Switzerland: an approximation. The Swiss Federal Act on Data Protection recognises
///   the EEA states and largely the same countries as the EU, so the EEA and
///   [`EU_ADEQUATE`] count as adequate; Switzerland's own list is not modelled.
/// - Any other home: [`Transfer::Free`] (no general transfer rule modelled).
pub fn transfer(home: &str, home_eea: bool, dest: &str, dest_eea: bool) -> Transfer {
    let listed = |list: &[&str]| countries::lists(list, dest);
    if countries::same_code(home, dest) || !transfer_rules_apply(home, home_eea) {
        return Transfer::Free;
    }
    let adequate = if home_eea {
        if dest_eea {
            return Transfer::Free;
        }
        listed(EU_ADEQUATE)
    } else if home == "GB" {
        dest_eea || listed(UK_ADEQUATE_EXTRA)
    } else {
        dest_eea || listed(EU_ADEQUATE)
    };
    if adequate {
        Transfer::Adequate
    } else {
        Transfer::NeedsSafeguards
    }
}

/// The adequacy list a home's transfers are judged by: [`EU_ADEQUACY`] for EU/EEA homes
/// and (as an approximation) Switzerland, [`UK_ADEQUACY`] for the United Kingdom, none
/// where [`transfer_rules_apply`] is false.
pub fn transfer_source(home: &str, home_eea: bool) -> Option<&'static Source> {
    if home == "GB" && !home_eea {
        Some(&UK_ADEQUACY)
    } else if transfer_rules_apply(home, home_eea) {
        Some(&EU_ADEQUACY)
    } else {
        None
    }
}
