//! Statutory minimum wages of catalog countries, each with its source and date: the
//! floor under every wage figure of the catalog (a content test keeps each country's
//! low end at or above its minimum, converted at the catalog's exchange rates).
//!
//! Only countries with one national statutory minimum are listed. Austria, Denmark,
//! Finland, Italy and Sweden set minimum pay by collective agreement; Norway, Switzerland,
//! Singapore and the United Arab Emirates have no general national minimum either.
//! Countries whose minimum varies by region or sector (India, the Philippines, Mexico,
//! China…) lie far below the catalog's agent wages and are not listed.

use super::sources::Source;

/// How often a minimum is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    /// An hourly rate.
    Hour,
    /// A rate for a 40-hour week.
    Week,
    /// A gross monthly rate (annual pay over twelve months where paid in fourteen).
    Month,
}

/// One country's statutory minimum wage.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MinimumWage {
    /// ISO code of the country.
    pub code: &'static str,
    /// Gross amount.
    pub amount: f64,
    /// ISO 4217 currency of the amount.
    pub currency: &'static str,
    /// Period the amount is paid for.
    pub per: Per,
    /// Where it comes from.
    pub source: &'static Source,
}

/// Paid hours in a month of 40-hour weeks (52 weeks over 12 months): the lowest
/// hourly equivalent of a monthly minimum for a full-time week.
pub const HOURS_PER_MONTH: f64 = 40.0 * 52.0 / 12.0;

impl MinimumWage {
    /// The minimum per hour of a 40-hour week, in its own currency.
    pub fn hourly(&self) -> f64 {
        match self.per {
            Per::Hour => self.amount,
            Per::Week => self.amount / 40.0,
            Per::Month => self.amount / HOURS_PER_MONTH,
        }
    }
}

/// Eurostat's national minimum wages of the EU countries on 1 January 2026.
pub const EUROSTAT: Source = Source {
    id: "eurostat-earn-mw-cur-2026",
    title: "Eurostat, monthly minimum wages (dataset earn_mw_cur), gross, in euro (non-euro countries converted by Eurostat)",
    date: "1 January 2026",
};

/// The UK's National Living Wage.
pub const UK_NLW: Source = Source {
    id: "uk-national-living-wage-2026",
    title: "UK Government, National Living Wage for workers aged 21 and over (Low Pay Commission recommendation accepted)",
    date: "from 1 April 2026",
};

/// The US federal minimum wage.
pub const US_FLSA: Source = Source {
    id: "us-flsa-federal-minimum",
    title: "US Department of Labor, federal minimum wage under the Fair Labor Standards Act",
    date: "since 24 July 2009",
};

/// Jamaica's national minimum wage.
pub const JM_MINIMUM: Source = Source {
    id: "jamaica-national-minimum-wage-2025",
    title: "Government of Jamaica, Ministry of Labour and Social Security, national minimum wage per 40-hour week",
    date: "from 1 June 2025",
};

const fn eu(code: &'static str, euro_per_month: f64) -> MinimumWage {
    MinimumWage {
        code,
        amount: euro_per_month,
        currency: "EUR",
        per: Per::Month,
        source: &EUROSTAT,
    }
}

/// Statutory minimum wages, sorted by country code.
pub const MINIMUM_WAGES: &[MinimumWage] = &[
    eu("BE", 2_112.0),
    eu("BG", 620.0),
    eu("CZ", 924.0),
    eu("DE", 2_343.0),
    eu("EE", 886.0),
    eu("ES", 1_381.0),
    eu("FR", 1_823.0),
    MinimumWage {
        code: "GB",
        amount: 12.71,
        currency: "GBP",
        per: Per::Hour,
        source: &UK_NLW,
    },
    eu("GR", 1_027.0),
    eu("HU", 838.0),
    eu("IE", 2_391.0),
    MinimumWage {
        code: "JM",
        amount: 16_000.0,
        currency: "JMD",
        per: Per::Week,
        source: &JM_MINIMUM,
    },
    eu("LT", 1_153.0),
    eu("NL", 2_295.0),
    eu("PL", 1_139.0),
    eu("PT", 1_073.0),
    eu("RO", 795.0),
    MinimumWage {
        code: "US",
        amount: 7.25,
        currency: "USD",
        per: Per::Hour,
        source: &US_FLSA,
    },
];

/// The statutory minimum wage of a country, if it has one listed.
pub fn of(code: &str) -> Option<&'static MinimumWage> {
    MINIMUM_WAGES.iter().find(|m| m.code == code)
}
