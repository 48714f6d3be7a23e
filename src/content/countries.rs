//! Country catalog: time zones, regions, languages, labour cost and delivery attributes.
//!
//! Wages are base hourly wages of a contact-centre agent in US dollars, the one role the
//! cited surveys compare across countries; other roles are scaled from it by the
//! process catalog's role multipliers. Where no survey was cited the range is marked as
//! an assumption. Location dimensions follow the four Kearney names (financial
//! attractiveness is computed from cost, the business environment from the World Bank's
//! governance ranks in [`super::country_risk`]; people and digital resonance are
//! Shorewise's own 1–5 ratings).

use super::lang::{self, Lang, Tr};
use super::minimum_wages;
use super::sources::{
    Basis, Figure, EURODEV_2025, LOADED_COST, MX_ONCOSTS, SITE_SELECTION, TEAMED_2026,
};
use super::wages;
use crate::vocab::model::Language::{self, *};
use serde::Serialize;

/// World regions used for nearshore and data-residency reasoning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Region {
    /// United States and Canada.
    NorthAmerica,
    /// Mexico, Central and South America, Caribbean.
    LatinAmerica,
    /// Western, Northern and Southern Europe.
    WesternEurope,
    /// Central and Eastern Europe.
    CentralEasternEurope,
    /// Africa.
    Africa,
    /// Middle East and Türkiye.
    MiddleEast,
    /// India, Sri Lanka, Pakistan.
    SouthAsia,
    /// Philippines, Vietnam, Malaysia and neighbours.
    SoutheastAsia,
    /// China, Japan, Korea.
    EastAsia,
    /// Australia and New Zealand.
    Oceania,
}

impl Region {
    /// Regions a provider may sit in and still count as nearshore for a company here:
    /// close in culture and travel, before the time-zone test is applied.
    pub fn near(self) -> &'static [Region] {
        use Region::*;
        match self {
            NorthAmerica => &[NorthAmerica, LatinAmerica],
            LatinAmerica => &[LatinAmerica, NorthAmerica],
            WesternEurope => &[WesternEurope, CentralEasternEurope, Africa],
            CentralEasternEurope => &[CentralEasternEurope, WesternEurope],
            Africa => &[Africa, WesternEurope, MiddleEast],
            MiddleEast => &[MiddleEast, CentralEasternEurope, Africa],
            SouthAsia => &[SouthAsia, SoutheastAsia],
            SoutheastAsia => &[SoutheastAsia, EastAsia, SouthAsia],
            EastAsia => &[EastAsia, SoutheastAsia],
            Oceania => &[Oceania],
        }
    }
}

/// Daylight-saving rule, reduced to what matters for working-hour overlap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Dst {
    /// No daylight saving time.
    None,
    /// One hour ahead in the northern summer (roughly April–October).
    Northern,
    /// One hour ahead in the southern summer (roughly October–April).
    Southern,
}

/// Seasons at which overlap is evaluated, because DST rules differ by hemisphere.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Season {
    /// Northern winter (January).
    January,
    /// Northern summer (July).
    July,
}

/// One country of the catalog.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: &'static str,
    /// Short name.
    pub name: Tr,
    /// World region.
    pub region: Region,
    /// Member of the EU/EEA (for residency constraints).
    pub eea: bool,
    /// Standard-time UTC offset in minutes of the main business city.
    pub utc_offset_min: i16,
    /// Daylight-saving rule of that city.
    pub dst: Dst,
    /// ISO 4217 currency code.
    pub currency: &'static str,
    /// Units of local currency per US dollar (approximate, an assumption).
    pub per_usd: f64,
    /// Contact-centre agent base wage, USD per hour.
    pub wage: Figure,
    /// Employer on-costs on top of base wage (0.3 = +30%).
    pub load: Figure,
    /// Languages delivery centres commonly work in.
    pub languages: &'static [Language],
    /// Established outsourcing delivery location (eligible as a provider location).
    pub hub: bool,
    /// People skills and availability, 1–5 (assumption).
    pub people: u8,
    /// Digital resonance, 1–5 (assumption).
    pub digital: u8,
}

impl Country {
    /// UTC offset in minutes in the given season.
    pub fn offset_in(&self, season: Season) -> i16 {
        offset(self.utc_offset_min, self.dst, season)
    }
}

const WAGE_ASSUMPTION: Basis = Basis::Assumption(Tr::new(
    "indicative contact-centre agent wage; no cited survey; replace it with a local quote",
));
const LOAD_ASSUMPTION: Basis = Basis::Assumption(Tr::new("indicative employer on-costs: statutory contributions plus customary benefits; statutory contributions alone run from 11% (Ireland) to 42% (France) of salary (Teamed)"));

/// Brazil's agent wage, between the statutory minimum and the average income from work.
const BR_WAGE: Basis = Basis::Assumption(Tr::new("indicative contact-centre agent wage; telemarketing operators were hired at BRL 1,144 a month (CNC from Novo CAGED, year not given, below today's minimum); the range runs from just above the 2026 minimum (BRL 1,621 a month) to below the 2024 average income from work (BRL 3,225, IBGE); replace it with a local quote"));
/// Peru's agent wage, from job boards and Lima's average income from work.
const PE_WAGE: Basis = Basis::Assumption(Tr::new("indicative contact-centre agent wage; job boards give operators PEN 887 to 1,364 a month (Computrabajo and Indeed, 2023, no stated method), Lima's average income from work is PEN 2,035 (INEI, 2024); replace it with a local quote"));
/// Thailand's agent wage, around the national average wage.
const TH_WAGE: Basis = Basis::Assumption(Tr::new("indicative contact-centre agent wage; no cited survey; the national average wage is THB 15,052 a month (NESDC from the NSO Labour Force Survey, Q1 2024, about 2.6 USD an hour), and Bangkok's centres pay more; replace it with a local quote"));
/// South Africa's agent wage, between the statutory minimum and recruiters' surveys.
const ZA_WAGE: Basis = Basis::Assumption(Tr::new("indicative contact-centre agent wage; recruiters' surveys give inbound agents in Gauteng ZAR 73,994 a year (Questconnect, year not given) and entry-level agents ZAR 6,561 a month (ifundi, survey not named); the 2025 minimum is ZAR 28.79 an hour; replace it with a local quote"));
/// Indonesia's agent wage starts at Jakarta's provincial minimum, where centres are.
const AT_JAKARTA_MINIMUM: Basis = Basis::Assumption(Tr::new("indicative contact-centre agent wage; no cited survey; the low end is Jakarta's 2026 provincial minimum (IDR 5,729,876 a month, about 2.03 USD an hour); replace it with a local quote"));
/// Türkiye's agent wage starts at the 2026 statutory minimum.
const AT_TR_MINIMUM: Basis = Basis::Assumption(Tr::new("indicative contact-centre agent wage; no cited survey; the low end is the 2026 gross minimum wage (TRY 33,030 a month, about 4.8 USD an hour); replace it with a local quote"));

const fn fig(low: f64, high: f64, basis: Basis) -> Figure {
    Figure { low, high, basis }
}

#[allow(clippy::too_many_arguments)]
const fn c(
    code: &'static str,
    name: Tr,
    region: Region,
    eea: bool,
    utc_offset_min: i16,
    dst: Dst,
    currency: &'static str,
    per_usd: f64,
    wage: Figure,
    load: Figure,
    languages: &'static [Language],
    hub: bool,
    dims: [u8; 2],
) -> Country {
    Country {
        code,
        name,
        region,
        eea,
        utc_offset_min,
        dst,
        currency,
        per_usd,
        wage,
        load,
        languages,
        hub,
        people: dims[0],
        digital: dims[1],
    }
}

const A: Basis = WAGE_ASSUMPTION;
const L: Figure = fig(0.25, 0.35, LOAD_ASSUMPTION);
const L_HIGH: Figure = fig(0.35, 0.45, LOAD_ASSUMPTION);
const SSG: Basis = Basis::Cited(&SITE_SELECTION);
/// Statutory employer contributions, where the source gives them.
const EURODEV: Basis = Basis::Cited(&EURODEV_2025);
const TEAMED: Basis = Basis::Cited(&TEAMED_2026);
/// Benefits on top of the agent base wage, as Site Selection Group gives them: 40–50%
/// in Colombia, Costa Rica and Mexico, 30–40% in the Dominican Republic and Guatemala.
const NEAR_LOAD_HIGH: Figure = fig(0.40, 0.50, Basis::Cited(&SITE_SELECTION));
const NEAR_LOAD_LOW: Figure = fig(0.30, 0.40, Basis::Cited(&SITE_SELECTION));

use Dst::{None as NoDst, Northern as N, Southern as S};
use Region::*;

/// The country catalog, sorted by code.
pub const COUNTRIES: &[Country] = &[
    c(
        "AE",
        Tr::new("United Arab Emirates"),
        MiddleEast,
        false,
        240,
        NoDst,
        "AED",
        3.67,
        fig(8.0, 11.0, A),
        L,
        &[Arabic, English],
        false,
        [3, 4],
    ),
    c(
        "AR",
        Tr::new("Argentina"),
        LatinAmerica,
        false,
        -180,
        NoDst,
        "ARS",
        1200.0,
        fig(3.0, 5.0, Basis::Cited(&wages::AR_AGENT.source)),
        L_HIGH,
        &[Spanish, English],
        true,
        [4, 3],
    ),
    c(
        "AT",
        Tr::new("Austria"),
        WesternEurope,
        true,
        60,
        N,
        "EUR",
        0.90,
        fig(16.5, 19.5, Basis::Cited(&wages::AT_CLERICAL.source)),
        fig(0.297, 0.297, EURODEV),
        &[German, English],
        false,
        [3, 4],
    ),
    c(
        "AU",
        Tr::new("Australia"),
        Oceania,
        false,
        600,
        S,
        "AUD",
        1.55,
        fig(20.0, 24.0, Basis::Cited(&wages::AU_AGENT.source)),
        fig(0.20, 0.30, LOAD_ASSUMPTION),
        &[English],
        false,
        [3, 4],
    ),
    c(
        "BE",
        Tr::new("Belgium"),
        WesternEurope,
        true,
        60,
        N,
        "EUR",
        0.90,
        fig(17.0, 20.0, A),
        fig(0.27, 0.27, EURODEV),
        &[Dutch, French, German, English],
        false,
        [3, 4],
    ),
    c(
        "BG",
        Tr::new("Bulgaria"),
        CentralEasternEurope,
        true,
        120,
        N,
        "EUR",
        0.90,
        fig(4.0, 6.0, Basis::Cited(&wages::BG_AGENT.source)),
        fig(0.18, 0.25, LOAD_ASSUMPTION),
        &[English, German, French, Other],
        true,
        [3, 3],
    ),
    c(
        "BR",
        Tr::new("Brazil"),
        LatinAmerica,
        false,
        -180,
        NoDst,
        "BRL",
        5.5,
        fig(1.8, 3.0, BR_WAGE),
        fig(0.60, 0.80, LOAD_ASSUMPTION),
        &[Portuguese, Spanish, English],
        true,
        [4, 3],
    ),
    c(
        "CA",
        Tr::new("Canada"),
        NorthAmerica,
        false,
        -300,
        N,
        "CAD",
        1.37,
        fig(17.0, 20.0, A),
        fig(0.20, 0.30, LOAD_ASSUMPTION),
        &[English, French],
        false,
        [4, 5],
    ),
    c(
        "CH",
        Tr::new("Switzerland"),
        WesternEurope,
        false,
        60,
        N,
        "CHF",
        0.85,
        fig(28.0, 32.0, A),
        fig(0.15, 0.25, LOAD_ASSUMPTION),
        &[German, French, Italian, English],
        false,
        [3, 5],
    ),
    c(
        "CL",
        Tr::new("Chile"),
        LatinAmerica,
        false,
        -240,
        S,
        "CLP",
        940.0,
        fig(6.0, 8.0, A),
        fig(0.20, 0.30, LOAD_ASSUMPTION),
        &[Spanish, English],
        true,
        [3, 3],
    ),
    c(
        "CN",
        Tr::new("China"),
        EastAsia,
        false,
        480,
        NoDst,
        "CNY",
        7.2,
        fig(5.0, 7.0, Basis::Cited(&wages::CN_CLERICAL.source)),
        fig(0.35, 0.45, LOAD_ASSUMPTION),
        &[Chinese, English],
        true,
        [5, 4],
    ),
    c(
        "CO",
        Tr::new("Colombia"),
        LatinAmerica,
        false,
        -300,
        NoDst,
        "COP",
        4000.0,
        fig(4.0, 5.0, SSG),
        NEAR_LOAD_HIGH,
        &[Spanish, English],
        true,
        [4, 3],
    ),
    c(
        "CR",
        Tr::new("Costa Rica"),
        LatinAmerica,
        false,
        -360,
        NoDst,
        "CRC",
        505.0,
        fig(6.0, 7.0, SSG),
        NEAR_LOAD_HIGH,
        &[Spanish, English],
        true,
        [3, 3],
    ),
    c(
        "CZ",
        Tr::new("Czechia"),
        CentralEasternEurope,
        true,
        60,
        N,
        "CZK",
        22.5,
        fig(7.0, 9.0, Basis::Cited(&wages::CZ_CLERICAL.source)),
        L,
        &[English, German, Other],
        true,
        [3, 4],
    ),
    c(
        "DE",
        Tr::new("Germany"),
        WesternEurope,
        true,
        60,
        N,
        "EUR",
        0.90,
        fig(17.0, 20.0, A),
        fig(0.2065, 0.2065, EURODEV),
        &[German, English],
        false,
        [4, 4],
    ),
    c(
        "DK",
        Tr::new("Denmark"),
        WesternEurope,
        true,
        60,
        N,
        "DKK",
        6.7,
        fig(22.0, 25.0, A),
        fig(0.10, 0.15, LOAD_ASSUMPTION),
        &[Nordic, English],
        false,
        [3, 5],
    ),
    c(
        "DO",
        Tr::new("Dominican Republic"),
        LatinAmerica,
        false,
        -240,
        NoDst,
        "DOP",
        62.0,
        fig(4.0, 5.0, SSG),
        NEAR_LOAD_LOW,
        &[Spanish, English],
        true,
        [3, 2],
    ),
    c(
        "EE",
        Tr::new("Estonia"),
        CentralEasternEurope,
        true,
        120,
        N,
        "EUR",
        0.90,
        fig(8.0, 10.0, A),
        fig(0.33, 0.35, LOAD_ASSUMPTION),
        &[English, Nordic, Other],
        true,
        [2, 5],
    ),
    c(
        "EG",
        Tr::new("Egypt"),
        Africa,
        false,
        120,
        N,
        "EGP",
        49.0,
        fig(1.5, 2.5, A),
        fig(0.20, 0.30, LOAD_ASSUMPTION),
        &[Arabic, English, French],
        true,
        [4, 2],
    ),
    c(
        "ES",
        Tr::new("Spain"),
        WesternEurope,
        true,
        60,
        N,
        "EUR",
        0.90,
        fig(10.0, 12.5, Basis::Cited(&wages::ES_AGENT.source)),
        fig(0.3057, 0.3057, EURODEV),
        &[Spanish, English],
        true,
        [4, 4],
    ),
    c(
        "FI",
        Tr::new("Finland"),
        WesternEurope,
        true,
        120,
        N,
        "EUR",
        0.90,
        fig(17.0, 19.0, Basis::Cited(&wages::FI_CLERICAL.source)),
        fig(0.2065, 0.2065, EURODEV),
        &[Nordic, English],
        false,
        [3, 5],
    ),
    c(
        "FR",
        Tr::new("France"),
        WesternEurope,
        true,
        60,
        N,
        "EUR",
        0.90,
        fig(15.0, 19.0, Basis::Cited(&wages::FR_CLERICAL.source)),
        fig(0.45, 0.45, EURODEV),
        &[French, English],
        false,
        [4, 4],
    ),
    c(
        "GB",
        Tr::new("United Kingdom"),
        WesternEurope,
        false,
        0,
        N,
        "GBP",
        0.78,
        fig(16.5, 19.0, A),
        fig(0.18, 0.18, TEAMED),
        &[English],
        false,
        [4, 5],
    ),
    c(
        "GR",
        Tr::new("Greece"),
        WesternEurope,
        true,
        120,
        N,
        "EUR",
        0.90,
        fig(7.0, 9.0, A),
        fig(0.2279, 0.2279, EURODEV),
        &[English, German, Other],
        true,
        [3, 3],
    ),
    c(
        "GT",
        Tr::new("Guatemala"),
        LatinAmerica,
        false,
        -360,
        NoDst,
        "GTQ",
        7.7,
        fig(4.0, 5.0, SSG),
        NEAR_LOAD_LOW,
        &[Spanish, English],
        true,
        [3, 2],
    ),
    c(
        "HU",
        Tr::new("Hungary"),
        CentralEasternEurope,
        true,
        60,
        N,
        "HUF",
        360.0,
        fig(5.5, 7.5, A),
        fig(0.13, 0.20, LOAD_ASSUMPTION),
        &[English, German, Other],
        true,
        [3, 3],
    ),
    c(
        "ID",
        Tr::new("Indonesia"),
        SoutheastAsia,
        false,
        420,
        NoDst,
        "IDR",
        16300.0,
        fig(2.05, 3.0, AT_JAKARTA_MINIMUM),
        L,
        &[English, Other],
        true,
        [3, 3],
    ),
    c(
        "IE",
        Tr::new("Ireland"),
        WesternEurope,
        true,
        0,
        N,
        "EUR",
        0.90,
        fig(16.0, 19.0, A),
        fig(0.11, 0.11, TEAMED),
        &[English, German, French],
        true,
        [4, 5],
    ),
    c(
        "IL",
        Tr::new("Israel"),
        MiddleEast,
        false,
        120,
        N,
        "ILS",
        3.6,
        fig(14.0, 17.0, A),
        L,
        &[English, Arabic, Other],
        false,
        [4, 5],
    ),
    c(
        "IN",
        Tr::new("India"),
        SouthAsia,
        false,
        330,
        NoDst,
        "INR",
        86.0,
        fig(2.0, 3.0, SSG),
        fig(0.20, 0.30, Basis::Cited(&SITE_SELECTION)),
        &[English, Hindi],
        true,
        [5, 4],
    ),
    c(
        "IT",
        Tr::new("Italy"),
        WesternEurope,
        true,
        60,
        N,
        "EUR",
        0.90,
        fig(12.0, 14.0, A),
        fig(0.39, 0.39, EURODEV),
        &[Italian, English],
        false,
        [3, 3],
    ),
    c(
        "JM",
        Tr::new("Jamaica"),
        LatinAmerica,
        false,
        -300,
        NoDst,
        "JMD",
        157.0,
        fig(3.0, 4.2, Basis::Cited(&wages::JM_AGENT.source)),
        L,
        &[English],
        true,
        [3, 2],
    ),
    c(
        "JP",
        Tr::new("Japan"),
        EastAsia,
        false,
        540,
        NoDst,
        "JPY",
        150.0,
        fig(8.0, 10.5, A),
        fig(0.15, 0.20, LOAD_ASSUMPTION),
        &[Japanese, English],
        false,
        [3, 4],
    ),
    c(
        "KE",
        Tr::new("Kenya"),
        Africa,
        false,
        180,
        NoDst,
        "KES",
        129.0,
        fig(2.0, 3.0, A),
        fig(0.15, 0.25, LOAD_ASSUMPTION),
        &[English],
        true,
        [3, 3],
    ),
    c(
        "KR",
        Tr::new("South Korea"),
        EastAsia,
        false,
        540,
        NoDst,
        "KRW",
        1400.0,
        fig(8.5, 11.0, A),
        fig(0.15, 0.20, LOAD_ASSUMPTION),
        &[Other, English],
        false,
        [3, 5],
    ),
    c(
        "LK",
        Tr::new("Sri Lanka"),
        SouthAsia,
        false,
        330,
        NoDst,
        "LKR",
        300.0,
        fig(1.5, 2.5, A),
        fig(0.15, 0.25, LOAD_ASSUMPTION),
        &[English],
        true,
        [3, 2],
    ),
    c(
        "LT",
        Tr::new("Lithuania"),
        CentralEasternEurope,
        true,
        120,
        N,
        "EUR",
        0.90,
        fig(7.5, 9.5, A),
        fig(0.02, 0.05, LOAD_ASSUMPTION),
        &[English, Polish, Other],
        true,
        [3, 4],
    ),
    c(
        "MA",
        Tr::new("Morocco"),
        Africa,
        false,
        60,
        NoDst,
        "MAD",
        9.5,
        fig(2.5, 3.5, Basis::Cited(&wages::MA_AGENT.source)),
        fig(0.20, 0.25, LOAD_ASSUMPTION),
        &[French, Arabic, Spanish],
        true,
        [3, 2],
    ),
    c(
        "MX",
        Tr::new("Mexico"),
        LatinAmerica,
        false,
        -360,
        NoDst,
        "MXN",
        18.5,
        fig(5.0, 6.0, SSG),
        fig(0.24, 0.36, Basis::Cited(&MX_ONCOSTS)),
        &[Spanish, English],
        true,
        [4, 3],
    ),
    c(
        "MY",
        Tr::new("Malaysia"),
        SoutheastAsia,
        false,
        480,
        NoDst,
        "MYR",
        4.4,
        fig(2.8, 4.5, Basis::Cited(&wages::MY_CLERICAL.source)),
        fig(0.15, 0.20, LOAD_ASSUMPTION),
        &[English, Chinese, Other],
        true,
        [3, 4],
    ),
    c(
        "NL",
        Tr::new("Netherlands"),
        WesternEurope,
        true,
        60,
        N,
        "EUR",
        0.90,
        fig(16.0, 19.0, Basis::Cited(&wages::NL_AGENT.source)),
        fig(0.2765, 0.2765, EURODEV),
        &[Dutch, English, German],
        false,
        [4, 5],
    ),
    c(
        "NO",
        Tr::new("Norway"),
        WesternEurope,
        true,
        60,
        N,
        "NOK",
        10.7,
        fig(25.0, 30.0, Basis::Cited(&wages::NO_CLERICAL.source)),
        fig(0.14, 0.20, LOAD_ASSUMPTION),
        &[Nordic, English],
        false,
        [3, 5],
    ),
    c(
        "NZ",
        Tr::new("New Zealand"),
        Oceania,
        false,
        720,
        S,
        "NZD",
        1.7,
        fig(15.0, 18.0, A),
        fig(0.05, 0.10, LOAD_ASSUMPTION),
        &[English],
        true,
        [3, 4],
    ),
    c(
        "PE",
        Tr::new("Peru"),
        LatinAmerica,
        false,
        -300,
        NoDst,
        "PEN",
        3.7,
        fig(2.0, 3.5, PE_WAGE),
        L,
        &[Spanish, English],
        true,
        [3, 2],
    ),
    c(
        "PH",
        Tr::new("Philippines"),
        SoutheastAsia,
        false,
        480,
        NoDst,
        "PHP",
        57.0,
        fig(2.0, 3.0, SSG),
        fig(0.40, 0.50, Basis::Cited(&SITE_SELECTION)),
        &[English],
        true,
        [5, 3],
    ),
    c(
        "PK",
        Tr::new("Pakistan"),
        SouthAsia,
        false,
        300,
        NoDst,
        "PKR",
        280.0,
        fig(1.2, 2.0, A),
        fig(0.15, 0.25, LOAD_ASSUMPTION),
        &[English, Urdu],
        true,
        [3, 2],
    ),
    c(
        "PL",
        Tr::new("Poland"),
        CentralEasternEurope,
        true,
        60,
        N,
        "PLN",
        3.9,
        fig(7.5, 9.5, A),
        fig(0.2214, 0.2214, EURODEV),
        &[Polish, English, German],
        true,
        [4, 4],
    ),
    c(
        "PT",
        Tr::new("Portugal"),
        WesternEurope,
        true,
        0,
        N,
        "EUR",
        0.90,
        fig(7.0, 9.0, A),
        fig(0.2375, 0.2375, EURODEV),
        &[Portuguese, English, Spanish, French],
        true,
        [4, 4],
    ),
    c(
        "RO",
        Tr::new("Romania"),
        CentralEasternEurope,
        true,
        120,
        N,
        "RON",
        4.5,
        fig(5.5, 7.5, A),
        fig(0.02, 0.05, LOAD_ASSUMPTION),
        &[Romanian, English, French, Italian, German],
        true,
        [4, 4],
    ),
    c(
        "SE",
        Tr::new("Sweden"),
        WesternEurope,
        true,
        60,
        N,
        "SEK",
        10.0,
        fig(18.0, 21.0, A),
        fig(0.3142, 0.3142, EURODEV),
        &[Nordic, English],
        false,
        [3, 5],
    ),
    c(
        "SG",
        Tr::new("Singapore"),
        SoutheastAsia,
        false,
        480,
        NoDst,
        "SGD",
        1.3,
        fig(14.0, 17.0, A),
        fig(0.17, 0.20, LOAD_ASSUMPTION),
        &[English, Chinese],
        true,
        [4, 5],
    ),
    c(
        "TH",
        Tr::new("Thailand"),
        SoutheastAsia,
        false,
        420,
        NoDst,
        "THB",
        33.0,
        fig(2.4, 3.6, TH_WAGE),
        fig(0.05, 0.10, LOAD_ASSUMPTION),
        &[English, Other],
        true,
        [3, 3],
    ),
    c(
        "TR",
        Tr::new("Türkiye"),
        // Counted with Central and Eastern Europe for sourcing: in the EU customs union,
        // two or three hours from Western Europe, with German-speaking delivery centres.
        CentralEasternEurope,
        false,
        180,
        NoDst,
        "TRY",
        40.0,
        fig(4.8, 6.0, AT_TR_MINIMUM),
        fig(0.197, 0.197, Basis::Cited(&minimum_wages::TR_MINIMUM)),
        &[English, German, Arabic, Other],
        true,
        [3, 3],
    ),
    c(
        "US",
        Tr::new("United States"),
        NorthAmerica,
        false,
        -300,
        N,
        "USD",
        1.0,
        fig(19.08, 19.08, Basis::Cited(&super::sources::BLS_OEWS)),
        fig(0.25, 0.40, Basis::Cited(&LOADED_COST)),
        &[English, Spanish],
        false,
        [5, 5],
    ),
    c(
        "UY",
        Tr::new("Uruguay"),
        LatinAmerica,
        false,
        -180,
        NoDst,
        "UYU",
        40.0,
        fig(7.0, 9.0, A),
        L,
        &[Spanish, Portuguese, English],
        true,
        [3, 4],
    ),
    c(
        "VN",
        Tr::new("Vietnam"),
        SoutheastAsia,
        false,
        420,
        NoDst,
        "VND",
        25500.0,
        fig(2.0, 3.0, A),
        fig(0.20, 0.25, LOAD_ASSUMPTION),
        &[English, Japanese, Other],
        true,
        [4, 3],
    ),
    c(
        "ZA",
        Tr::new("South Africa"),
        Africa,
        false,
        120,
        NoDst,
        "ZAR",
        18.0,
        fig(2.0, 3.5, ZA_WAGE),
        fig(0.05, 0.10, LOAD_ASSUMPTION),
        &[English],
        true,
        [3, 3],
    ),
];

/// The catalog in the order people look a country up: by English name, "Türkiye" under
/// T (codes; a content test keeps it sorted by name and complete).
pub const BY_NAME: [&str; 57] = [
    "AR", "AU", "AT", "BE", "BR", "BG", "CA", "CL", "CN", "CO", "CR", "CZ", "DK", "DO", "EG", "EE",
    "FI", "FR", "DE", "GR", "GT", "HU", "IN", "ID", "IE", "IL", "IT", "JM", "JP", "KE", "LT", "MY",
    "MX", "MA", "NL", "NZ", "NO", "PK", "PE", "PH", "PL", "PT", "RO", "SG", "ZA", "KR", "ES", "LK",
    "SE", "CH", "TH", "TR", "AE", "GB", "US", "UY", "VN",
];

/// Every language, the ones a country works in first (in its own order), then English
/// if it is not one of them, then the rest in the usual order; "Other" always last. The
/// first [`likely_languages`] of them are the ones a company there most likely serves.
pub fn languages_home_first(code: &str) -> Vec<Language> {
    let home = home_languages(code);
    let english = (!home.contains(&Language::English)).then_some(Language::English);
    let rest = Language::ALL
        .iter()
        .copied()
        .filter(|l| *l != Language::English && (*l == Language::Other || !home.contains(l)));
    home.iter().copied().chain(english).chain(rest).collect()
}

/// How many of [`languages_home_first`] a company in `code` most likely works in: the
/// country's own languages and English.
pub fn likely_languages(code: &str) -> usize {
    let home = home_languages(code);
    home.len() + usize::from(!home.contains(&Language::English))
}

/// A country's own languages, without "Other".
fn home_languages(code: &str) -> Vec<Language> {
    find(code)
        .map_or(&[][..], |c| c.languages)
        .iter()
        .copied()
        .filter(|l| *l != Language::Other)
        .collect()
}

/// Countries in the order a list shows them, shared.
pub type Listed = std::rc::Rc<[&'static Country]>;

/// The catalog's countries by name in the current language ([`BY_NAME`] in English;
/// sorted by [`lang::sort_key`] in the others), worked out once per language: the
/// questionnaire lists them at every render.
pub fn by_name() -> Listed {
    thread_local! {
        static ORDERS: std::cell::RefCell<Vec<(Lang, Listed)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let language = lang::current();
    if let Some(found) = ORDERS.with(|o| {
        o.borrow()
            .iter()
            .find(|(l, _)| *l == language)
            .map(|(_, c)| c.clone())
    }) {
        return found;
    }
    let listed = BY_NAME.iter().filter_map(|code| find(code));
    let order: Listed = if language == Lang::En {
        listed.collect()
    } else {
        let mut keyed: Vec<(String, &'static Country)> =
            listed.map(|c| (lang::sort_key(c.name.get()), c)).collect();
        crate::vocab::order::sort_by(&mut keyed, |a, b| a.0.cmp(&b.0));
        keyed.into_iter().map(|(_, c)| c).collect()
    };
    ORDERS.with(|o| o.borrow_mut().push((language, order.clone())));
    order
}

/// The order of two ISO codes: the same as `str`'s, compared byte by byte in line
/// rather than through a library call, since the engine looks codes up in its sorted
/// tables thousands of times per recommendation and a code is two bytes.
#[inline]
pub fn code_order(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes().cmp(b.bytes())
}

/// Whether two ISO codes are the same (see [`code_order`]).
#[inline]
pub fn same_code(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().eq(b.bytes())
}

/// Whether `code` is one of the ISO codes of `list` (see [`same_code`]).
#[inline]
pub fn lists(list: &[&str], code: &str) -> bool {
    list.iter().any(|c| same_code(c, code))
}

/// Finds a country by its ISO code.
pub fn find(code: &str) -> Option<&'static Country> {
    COUNTRIES
        .binary_search_by(|c| code_order(c.code, code))
        .ok()
        .map(|i| &COUNTRIES[i])
}

/// A time zone of a country that spans several, named by a business city. The first
/// zone of each country is its main business city, the one [`Country`] describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Zone {
    /// Stable id, written in saved answers ("us-pacific").
    pub id: &'static str,
    /// The zone as people name it, with a business city.
    pub name: Tr,
    /// Standard-time UTC offset in minutes.
    pub utc_offset_min: i16,
    /// Daylight-saving rule.
    pub dst: Dst,
}

const fn z(id: &'static str, name: Tr, utc_offset_min: i16, dst: Dst) -> Zone {
    Zone {
        id,
        name,
        utc_offset_min,
        dst,
    }
}

/// Time zones of the catalog's countries that span several, main business city first
/// (IANA time zone database, 2024 rules: Mexico dropped daylight saving in 2022 except
/// along the US border, Brazil in 2019).
const ZONES: &[(&str, &[Zone])] = &[
    (
        "AU",
        &[
            z("au-east", Tr::new("Eastern (Sydney, Melbourne)"), 600, S),
            z(
                "au-queensland",
                Tr::new("Queensland (Brisbane)"),
                600,
                NoDst,
            ),
            z("au-central", Tr::new("Central (Adelaide)"), 570, S),
            z(
                "au-north",
                Tr::new("Northern Territory (Darwin)"),
                570,
                NoDst,
            ),
            z("au-west", Tr::new("Western (Perth)"), 480, NoDst),
        ],
    ),
    (
        "BR",
        &[
            z(
                "br-brasilia",
                Tr::new("Brasília (São Paulo, Rio de Janeiro)"),
                -180,
                NoDst,
            ),
            z("br-amazon", Tr::new("Amazon (Manaus)"), -240, NoDst),
            z("br-acre", Tr::new("Acre (Rio Branco)"), -300, NoDst),
        ],
    ),
    (
        "CA",
        &[
            z(
                "ca-eastern",
                Tr::new("Eastern (Toronto, Montréal)"),
                -300,
                N,
            ),
            z("ca-atlantic", Tr::new("Atlantic (Halifax)"), -240, N),
            z(
                "ca-newfoundland",
                Tr::new("Newfoundland (St. John's)"),
                -210,
                N,
            ),
            z("ca-central", Tr::new("Central (Winnipeg)"), -360, N),
            z(
                "ca-saskatchewan",
                Tr::new("Saskatchewan (Regina)"),
                -360,
                NoDst,
            ),
            z(
                "ca-mountain",
                Tr::new("Mountain (Calgary, Edmonton)"),
                -420,
                N,
            ),
            z("ca-pacific", Tr::new("Pacific (Vancouver)"), -480, N),
        ],
    ),
    (
        "ID",
        &[
            z("id-western", Tr::new("Western (Jakarta)"), 420, NoDst),
            z(
                "id-central",
                Tr::new("Central (Bali, Makassar)"),
                480,
                NoDst,
            ),
            z("id-eastern", Tr::new("Eastern (Jayapura)"), 540, NoDst),
        ],
    ),
    (
        "MX",
        &[
            z(
                "mx-central",
                Tr::new("Central (Mexico City, Monterrey)"),
                -360,
                NoDst,
            ),
            z("mx-southeast", Tr::new("Southeast (Cancún)"), -300, NoDst),
            z(
                "mx-pacific",
                Tr::new("Pacific (Mazatlán, Hermosillo)"),
                -420,
                NoDst,
            ),
            z("mx-northwest", Tr::new("Northwest (Tijuana)"), -480, N),
        ],
    ),
    (
        "US",
        &[
            z(
                "us-eastern",
                Tr::new("Eastern (New York, Atlanta)"),
                -300,
                N,
            ),
            z("us-central", Tr::new("Central (Chicago, Dallas)"), -360, N),
            z("us-mountain", Tr::new("Mountain (Denver)"), -420, N),
            z("us-arizona", Tr::new("Arizona (Phoenix)"), -420, NoDst),
            z(
                "us-pacific",
                Tr::new("Pacific (Los Angeles, Seattle)"),
                -480,
                N,
            ),
            z("us-alaska", Tr::new("Alaska (Anchorage)"), -540, N),
            z("us-hawaii", Tr::new("Hawaii (Honolulu)"), -600, NoDst),
        ],
    ),
];

/// The time zones of a country that spans several (main business city first); empty
/// for a country with one.
pub fn zones(code: &str) -> &'static [Zone] {
    ZONES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(&[], |(_, zones)| zones)
}

/// A zone of a country by its id.
pub fn zone(code: &str, id: &str) -> Option<&'static Zone> {
    zones(code).iter().find(|z| z.id == id)
}

impl Zone {
    /// UTC offset in minutes in the given season.
    pub fn offset_in(&self, season: Season) -> i16 {
        offset(self.utc_offset_min, self.dst, season)
    }
}

fn offset(standard: i16, dst: Dst, season: Season) -> i16 {
    let summer = matches!(
        (dst, season),
        (Dst::Northern, Season::July) | (Dst::Southern, Season::January)
    );
    standard + if summer { 60 } else { 0 }
}
