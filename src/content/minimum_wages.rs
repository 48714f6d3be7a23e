//! Statutory minimum wages of catalog countries, each with its source and date: the
//! floor under every wage figure of the catalog (a content test keeps each country's
//! low end at or above its minimum, converted at the catalog's exchange rates).
//!
//! Austria, Denmark, Finland, Italy and Sweden set minimum pay by collective agreement;
//! Norway, Switzerland, Singapore and the United Arab Emirates have no general national
//! minimum either. Where the minimum varies by region (Indonesia, the Philippines,
//! Vietnam), the rate listed is that of the capital region, where delivery centres
//! concentrate and which is the highest: the floor a centre there pays. Costa Rica sets
//! minimums by occupation; the one listed is the lowest (unskilled work). Countries whose
//! minimum was not found in a citable source (India, China, Malaysia, Thailand, Egypt,
//! Morocco, Kenya, Pakistan, Sri Lanka, Argentina, Chile, Peru, the Dominican Republic,
//! Guatemala) are not listed. Japan's minimums are set by prefecture; the national
//! weighted average is listed. Canada's is the federal minimum (federally regulated
//! employers; the provinces set their own).

use super::lang::Tr;
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
    /// A daily rate, paid for `paid_days` days of a statutory week of `hours` hours
    /// (Mexico pays the rest day too: seven days' pay for 48 hours).
    Day {
        /// Days paid per week.
        paid_days: u8,
        /// Statutory hours of the week.
        hours: u8,
    },
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
            Per::Day { paid_days, hours } => self.amount * f64::from(paid_days) / f64::from(hours),
        }
    }
}

/// Eurostat's national minimum wages of the EU countries on 1 January 2026.
pub const EUROSTAT: Source = Source {
    id: "eurostat-earn-mw-cur-2026",
    title: Tr::new("Eurostat, monthly minimum wages (dataset earn_mw_cur), gross, in euro (non-euro countries converted by Eurostat)"),
    date: Tr::new("1 January 2026"),
};

/// The UK's National Living Wage.
pub const UK_NLW: Source = Source {
    id: "uk-national-living-wage-2026",
    title: Tr::new("UK Government, National Living Wage for workers aged 21 and over (Low Pay Commission recommendation accepted)"),
    date: Tr::new("from 1 April 2026"),
};

/// The US federal minimum wage.
pub const US_FLSA: Source = Source {
    id: "us-flsa-federal-minimum",
    title: Tr::new(
        "US Department of Labor, federal minimum wage under the Fair Labor Standards Act",
    ),
    date: Tr::new("since 24 July 2009"),
};

/// Jamaica's national minimum wage.
pub const JM_MINIMUM: Source = Source {
    id: "jamaica-national-minimum-wage-2025",
    title: Tr::new("Government of Jamaica, Ministry of Labour and Social Security, national minimum wage per 40-hour week"),
    date: Tr::new("from 1 June 2025"),
};

/// Brazil's national minimum wage.
pub const BR_MINIMUM: Source = Source {
    id: "br-decreto-12797-2026",
    title: Tr::new("Government of Brazil, Decreto nº 12.797: national minimum wage BRL 1,621 a month (BRL 7.37 an hour)"),
    date: Tr::new("from 1 January 2026"),
};

/// Colombia's national minimum wage.
pub const CO_MINIMUM: Source = Source {
    id: "co-decreto-1469-2025",
    title: Tr::new("Government of Colombia, Decreto 1469 de 2025: national minimum wage COP 1,750,905 a month, plus a transport allowance (provisionally suspended by the Consejo de Estado in February 2026; the 2025 rate was COP 1,423,500)"),
    date: Tr::new("from 1 January 2026"),
};

/// Costa Rica's lowest occupational minimum.
pub const CR_MINIMUM: Source = Source {
    id: "cr-mtss-minimum-2024",
    title: Tr::new("Ministerio de Trabajo y Seguridad Social (Costa Rica), minimum wage of unskilled occupations, the lowest occupational minimum: CRC 358,000 a month"),
    date: Tr::new("first half of 2024"),
};

/// Jakarta's provincial minimum wage.
pub const ID_MINIMUM: Source = Source {
    id: "id-ump-dki-jakarta-2026",
    title: Tr::new("Provincial Government of DKI Jakarta, provincial minimum wage (UMP) IDR 5,729,876 a month; Indonesia has no national rate"),
    date: Tr::new("from 1 January 2026"),
};

/// Mexico's general minimum wage.
pub const MX_MINIMUM: Source = Source {
    id: "mx-conasami-2026",
    title: Tr::new("CONASAMI (Mexico), general minimum wage MXN 315.04 a day, paid for seven days a week of 48 hours (Ley Federal del Trabajo, arts. 61 and 69)"),
    date: Tr::new("from 1 January 2026"),
};

/// Metro Manila's regional minimum wage.
pub const PH_MINIMUM: Source = Source {
    id: "ph-wage-order-ncr-26",
    title: Tr::new("DOLE, NCR Regional Tripartite Wages and Productivity Board, Wage Order No. NCR-26: PHP 695 a day of eight hours (non-agriculture, Metro Manila); the Philippines has no national rate"),
    date: Tr::new("from 18 July 2025"),
};

/// Türkiye's national minimum wage.
pub const TR_MINIMUM: Source = Source {
    id: "tr-asgari-ucret-2026",
    title: Tr::new("Ministry of Labour and Social Security (Türkiye), minimum wage: gross TRY 33,030 a month, employer cost TRY 39,553"),
    date: Tr::new("from 1 January 2026"),
};

/// Uruguay's national minimum wage.
pub const UY_MINIMUM: Source = Source {
    id: "uy-salario-minimo-2025",
    title: Tr::new("Ministerio de Trabajo y Seguridad Social (Uruguay), national minimum wage UYU 23,604 a month"),
    date: Tr::new("from 1 January 2025"),
};

/// Vietnam's Region I minimum wage.
pub const VN_MINIMUM: Source = Source {
    id: "vn-region-1-minimum-2026",
    title: Tr::new("Ministry of Home Affairs (Vietnam), draft decree on regional minimum wages: Region I (Hanoi and Ho Chi Minh City) VND 5,310,000 a month"),
    date: Tr::new("from 1 January 2026 (draft)"),
};

/// South Africa's national minimum wage.
pub const ZA_MINIMUM: Source = Source {
    id: "za-national-minimum-wage-2025",
    title: Tr::new("Department of Employment and Labour (South Africa), national minimum wage ZAR 28.79 an ordinary hour"),
    date: Tr::new("from 1 March 2025"),
};

/// Australia's national minimum wage.
pub const AU_MINIMUM: Source = Source {
    id: "au-fwc-annual-wage-review-2026",
    title: Tr::new("Fair Work Commission (Australia), Annual Wage Review 2026: national minimum wage AUD 26.44 an hour"),
    date: Tr::new("from 1 July 2026"),
};

/// Canada's federal minimum wage.
pub const CA_MINIMUM: Source = Source {
    id: "ca-federal-minimum-2025",
    title: Tr::new("Employment and Social Development Canada, federal minimum wage CAD 17.75 an hour (federally regulated private sectors)"),
    date: Tr::new("from 1 April 2025"),
};

/// Israel's minimum wage.
pub const IL_MINIMUM: Source = Source {
    id: "il-minimum-wage-2026",
    title: Tr::new("Israel Ministry of Labor, minimum wage ILS 6,443.85 a month, ILS 35.40 an hour (as announced with the Histadrut)"),
    date: Tr::new("from 1 April 2026"),
};

/// Japan's national weighted average of prefectural minimums.
pub const JP_MINIMUM: Source = Source {
    id: "jp-mhlw-minimum-fy2025",
    title: Tr::new("Ministry of Health, Labour and Welfare (Japan): national weighted average of prefectural minimum wages JPY 1,121 an hour (Tokyo JPY 1,226)"),
    date: Tr::new("fiscal year 2025, from October 2025"),
};

/// Korea's minimum wage.
pub const KR_MINIMUM: Source = Source {
    id: "kr-minimum-wage-2026",
    title: Tr::new("Ministry of Employment and Labor (Korea), minimum wage KRW 10,320 an hour, set by the Minimum Wage Commission"),
    date: Tr::new("from 1 January 2026"),
};

/// New Zealand's adult minimum wage.
pub const NZ_MINIMUM: Source = Source {
    id: "nz-minimum-wage-2026",
    title: Tr::new("New Zealand Government (MBIE), adult minimum wage NZD 23.95 an hour"),
    date: Tr::new("from 1 April 2026"),
};

/// Every source of a minimum wage, for the content tests.
pub const SOURCES: &[&Source] = &[
    &EUROSTAT,
    &UK_NLW,
    &US_FLSA,
    &JM_MINIMUM,
    &BR_MINIMUM,
    &CO_MINIMUM,
    &CR_MINIMUM,
    &ID_MINIMUM,
    &MX_MINIMUM,
    &PH_MINIMUM,
    &TR_MINIMUM,
    &UY_MINIMUM,
    &VN_MINIMUM,
    &ZA_MINIMUM,
    &AU_MINIMUM,
    &CA_MINIMUM,
    &IL_MINIMUM,
    &JP_MINIMUM,
    &KR_MINIMUM,
    &NZ_MINIMUM,
];

const fn national(
    code: &'static str,
    amount: f64,
    currency: &'static str,
    per: Per,
    source: &'static Source,
) -> MinimumWage {
    MinimumWage {
        code,
        amount,
        currency,
        per,
        source,
    }
}

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
    national("AU", 26.44, "AUD", Per::Hour, &AU_MINIMUM),
    eu("BE", 2_112.0),
    eu("BG", 620.0),
    national("BR", 1_621.0, "BRL", Per::Month, &BR_MINIMUM),
    national("CA", 17.75, "CAD", Per::Hour, &CA_MINIMUM),
    national("CO", 1_750_905.0, "COP", Per::Month, &CO_MINIMUM),
    national("CR", 358_000.0, "CRC", Per::Month, &CR_MINIMUM),
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
    national("ID", 5_729_876.0, "IDR", Per::Month, &ID_MINIMUM),
    eu("IE", 2_391.0),
    national("IL", 35.4, "ILS", Per::Hour, &IL_MINIMUM),
    MinimumWage {
        code: "JM",
        amount: 16_000.0,
        currency: "JMD",
        per: Per::Week,
        source: &JM_MINIMUM,
    },
    national("JP", 1_121.0, "JPY", Per::Hour, &JP_MINIMUM),
    national("KR", 10_320.0, "KRW", Per::Hour, &KR_MINIMUM),
    eu("LT", 1_153.0),
    national(
        "MX",
        315.04,
        "MXN",
        Per::Day {
            paid_days: 7,
            hours: 48,
        },
        &MX_MINIMUM,
    ),
    eu("NL", 2_295.0),
    national("NZ", 23.95, "NZD", Per::Hour, &NZ_MINIMUM),
    national(
        "PH",
        695.0,
        "PHP",
        Per::Day {
            paid_days: 6,
            hours: 48,
        },
        &PH_MINIMUM,
    ),
    eu("PL", 1_139.0),
    eu("PT", 1_073.0),
    eu("RO", 795.0),
    national("TR", 33_030.0, "TRY", Per::Month, &TR_MINIMUM),
    MinimumWage {
        code: "US",
        amount: 7.25,
        currency: "USD",
        per: Per::Hour,
        source: &US_FLSA,
    },
    national("UY", 23_604.0, "UYU", Per::Month, &UY_MINIMUM),
    national("VN", 5_310_000.0, "VND", Per::Month, &VN_MINIMUM),
    national("ZA", 28.79, "ZAR", Per::Hour, &ZA_MINIMUM),
];

/// The statutory minimum wage of a country, if it has one listed.
pub fn of(code: &str) -> Option<&'static MinimumWage> {
    MINIMUM_WAGES.iter().find(|m| m.code == code)
}
