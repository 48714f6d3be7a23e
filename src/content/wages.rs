//! Cited wage statistics behind the country catalog's agent wages: what public sources
//! say a contact-centre agent, a clerical worker or the average employee earns in each
//! country, in the source's own currency and period, never converted. The catalog's
//! agent wage ranges ([`super::countries`]) are gross base pay per hour in US dollars;
//! where a range names one of these anchors as its basis, a content test converts the
//! anchor at the catalog's exchange rate and keeps it inside the range.
//!
//! Economy-wide averages and the OECD's PPP-converted average wage are checks, not
//! prices: no agent earns "the average wage", and PPP series compare living standards,
//! not costs at market exchange rates. Countries with no anchor of their own kind are
//! listed in `docs/model.md` with what was searched.

use super::lang::Tr;
use super::sources::Source;

/// What the figure describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Contact-centre agents or customer-service representatives (an occupation, an
    /// agreed pay scale or a sector survey of agents).
    Agent,
    /// Clerical support workers (ISCO-08 group 4), or a skill level containing them.
    Clerical,
    /// Every employee of the economy (or of its formal sector).
    Economy,
}

/// Which statistic of the distribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Statistic {
    /// The median.
    Median,
    /// The mean.
    Mean,
    /// A collectively agreed minimum for the role (the floor most agents are paid at).
    Agreed,
}

/// How often the amount is paid, and for how many hours a week.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Period {
    /// Per hour.
    Hour,
    /// Per month of a week of this many hours.
    Month(f64),
    /// Per year of a week of this many hours.
    Year(f64),
    /// Per week of this many hours.
    Week(f64),
}

/// One cited wage figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Anchor {
    /// ISO code of the country.
    pub code: &'static str,
    /// Who it describes.
    pub kind: Kind,
    /// Gross amount, as published.
    pub amount: f64,
    /// ISO 4217 currency of the amount.
    pub currency: &'static str,
    /// What it is paid for.
    pub period: Period,
    /// Which statistic.
    pub statistic: Statistic,
    /// Where it comes from: publisher, title, what it measures.
    pub source: Source,
}

impl Anchor {
    /// The amount per hour, in its own currency.
    pub fn hourly(&self) -> f64 {
        match self.period {
            Period::Hour => self.amount,
            Period::Week(hours) => self.amount / hours,
            Period::Month(hours) => self.amount * 12.0 / (52.0 * hours),
            Period::Year(hours) => self.amount / (52.0 * hours),
        }
    }
}

const fn anchor(
    code: &'static str,
    kind: Kind,
    amount: f64,
    currency: &'static str,
    period: Period,
    statistic: Statistic,
    source: Source,
) -> Anchor {
    Anchor {
        code,
        kind,
        amount,
        currency,
        period,
        statistic,
        source,
    }
}

const fn src(id: &'static str, title: Tr, date: Tr) -> Source {
    Source { id, title, date }
}

use Kind::{Agent, Clerical, Economy};
use Period::{Hour, Month, Week, Year};
use Statistic::{Agreed, Mean, Median};

/// Argentina: the call-centre collective agreement's basic wage.
pub const AR_AGENT: Anchor = anchor(
    "AR",
    Agent,
    878_894.0,
    "ARS",
    Month(36.0),
    Agreed,
    src(
        "ar-cct-call-centres-2026",
        Tr::new("FAECyS and Cámara Argentina de Centros de Contacto, call-centre collective agreement: basic monthly wage of an 'Operación A' agent on 36 hours a week, ARS 878,894"),
        Tr::new("February 2026"),
    ),
);
/// Austria: clerical support workers' median hourly earnings.
pub const AT_CLERICAL: Anchor = anchor(
    "AT",
    Clerical,
    17.21,
    "EUR",
    Hour,
    Median,
    src(
        "at-ves-2022-clerical",
        Tr::new("Statistik Austria, Verdienststrukturerhebung 2022: median gross hourly earnings of clerical support workers (ISCO 4), EUR 17.21"),
        Tr::new("2022"),
    ),
);
/// Australia: contact-centre workers' median hourly earnings.
pub const AU_AGENT: Anchor = anchor(
    "AU",
    Agent,
    35.0,
    "AUD",
    Hour,
    Median,
    src(
        "au-jsa-eeh-2023-5411",
        Tr::new("Jobs and Skills Australia (ABS Employee Earnings and Hours): median hourly earnings of call or contact centre workers (ANZSCO 5411), AUD 35"),
        Tr::new("May 2023"),
    ),
);
/// Bulgaria: call-centre agents in Sofia.
pub const BG_AGENT: Anchor = anchor(
    "BG",
    Agent,
    9_872.6,
    "USD",
    Year(40.0),
    Mean,
    src(
        "ubs-prices-earnings-2018-sofia",
        Tr::new("UBS, Prices and Earnings 2018: yearly earnings of a call-centre agent in Sofia, USD 9,872.6"),
        Tr::new("2018"),
    ),
);
/// China: clerical staff in larger enterprises.
pub const CN_CLERICAL: Anchor = anchor(
    "CN",
    Clerical,
    85_881.0,
    "CNY",
    Year(40.0),
    Mean,
    src(
        "cn-nbs-2022-clerical",
        Tr::new("National Bureau of Statistics of China: average yearly wage of clerical and related staff in enterprises above designated size, CNY 85,881"),
        Tr::new("2022"),
    ),
);
/// Czechia: clerical support workers' median monthly wage.
pub const CZ_CLERICAL: Anchor = anchor(
    "CZ",
    Clerical,
    34_447.0,
    "CZK",
    Month(40.0),
    Median,
    src(
        "cz-csu-2023-clerical",
        Tr::new("Czech Statistical Office and MPSV, structure of earnings: median gross monthly wage of clerical support workers (ISCO 4), CZK 34,447"),
        Tr::new("2023"),
    ),
);
/// Spain: the contact-centre agreement's base salary for an agent.
pub const ES_AGENT: Anchor = anchor(
    "ES",
    Agent,
    16_059.0,
    "EUR",
    Year(1_764.0 / 52.0),
    Agreed,
    src(
        "es-convenio-contact-center-2024",
        Tr::new("III Convenio colectivo estatal del sector de contact center: yearly base salary of a 'teleoperador/a' (level 10) for 1,764 hours, EUR 16,059"),
        Tr::new("2024"),
    ),
);
/// Finland: clerical and customer-service workers' median monthly earnings.
pub const FI_CLERICAL: Anchor = anchor(
    "FI",
    Clerical,
    2_759.0,
    "EUR",
    Month(37.5),
    Median,
    src(
        "fi-statfin-2020-clerical",
        Tr::new("Statistics Finland, structure of earnings: median total monthly earnings of clerical support and customer-service workers (ISCO 4), EUR 2,759"),
        Tr::new("2020"),
    ),
);
/// France: employees' mean gross monthly pay.
pub const FR_CLERICAL: Anchor = anchor(
    "FR",
    Clerical,
    2_551.0,
    "EUR",
    Month(35.0),
    Mean,
    src(
        "fr-insee-2023-employes",
        Tr::new("INSEE: mean gross monthly pay of 'employés' (clerical, sales and service employees) in the private sector, full-time equivalent, EUR 2,551"),
        Tr::new("2023"),
    ),
);
/// Jamaica: one employer's advertised agent pay.
pub const JM_AGENT: Anchor = anchor(
    "JM",
    Agent,
    640.0,
    "JMD",
    Hour,
    Mean,
    src(
        "jm-continuum-advert-2022",
        Tr::new("Continuum Global Solutions, job advertisement (Montego Bay): customer service associates JMD 565 an hour in training, JMD 640 after (one employer, not a survey)"),
        Tr::new("2022"),
    ),
);
/// Morocco: the customer-relations association's average agent salary.
pub const MA_AGENT: Anchor = anchor(
    "MA",
    Agent,
    5_000.0,
    "MAD",
    Month(44.0),
    Mean,
    src(
        "ma-amrc-charter",
        Tr::new("Association marocaine de la relation client (AMRC), as reported with its social charter (20 member firms): average agent salary MAD 5,000 a month (year not stated)"),
        Tr::new("about 2014"),
    ),
);
/// Malaysia: semi-skilled employees' average monthly wage.
pub const MY_CLERICAL: Anchor = anchor(
    "MY",
    Clerical,
    2_548.0,
    "MYR",
    Month(45.0),
    Mean,
    src(
        "my-dosm-2022-semi-skilled",
        Tr::new("Department of Statistics Malaysia, salaries and wages survey: average monthly wage of semi-skilled full-time employees (clerical, service and sales workers among them), MYR 2,548"),
        Tr::new("2022"),
    ),
);
/// Netherlands: the contact-centre agreement's floor for an agent.
pub const NL_AGENT: Anchor = anchor(
    "NL",
    Agent,
    14.58,
    "EUR",
    Hour,
    Agreed,
    src(
        "nl-cao-contactcenters-2025",
        Tr::new("CAO Facilitaire Contactcenters 2025-2027: gross hourly base wage of a level-1 customer adviser, EUR 14.58"),
        Tr::new("from 1 January 2025"),
    ),
);
/// Norway: clerical occupations' average monthly earnings.
pub const NO_CLERICAL: Anchor = anchor(
    "NO",
    Clerical,
    49_790.0,
    "NOK",
    Month(37.5),
    Mean,
    src(
        "no-ssb-2024-clerical",
        Tr::new("Statistics Norway: average monthly earnings of clerical occupations (STYRK-08 group 4), full-time equivalent, NOK 49,790"),
        Tr::new("2024"),
    ),
);
/// Philippines: advertised call-centre representative pay.
pub const PH_AGENT: Anchor = anchor(
    "PH",
    Agent,
    20_384.0,
    "PHP",
    Month(40.0),
    Mean,
    src(
        "ph-indeed-2023-csr",
        Tr::new("Indeed job postings, as reported by Support Zebra: average monthly salary of call-centre representatives, PHP 20,384"),
        Tr::new("June 2023"),
    ),
);

/// The agent and clerical anchors, sorted by country code.
pub const OCCUPATIONS: &[&Anchor] = &[
    &AR_AGENT,
    &AT_CLERICAL,
    &AU_AGENT,
    &BG_AGENT,
    &CN_CLERICAL,
    &CZ_CLERICAL,
    &ES_AGENT,
    &FI_CLERICAL,
    &FR_CLERICAL,
    &JM_AGENT,
    &MA_AGENT,
    &MY_CLERICAL,
    &NL_AGENT,
    &NO_CLERICAL,
    &PH_AGENT,
];

const fn economy(
    code: &'static str,
    amount: f64,
    currency: &'static str,
    period: Period,
    statistic: Statistic,
    source: Source,
) -> Anchor {
    anchor(code, Economy, amount, currency, period, statistic, source)
}

/// Economy-wide average or median pay in the country's own currency (or US dollars),
/// sorted by country code: a check on the agent wage's level, not a price.
pub const ECONOMY: &[Anchor] = &[
    economy("AE", 4_242.0, "AED", Month(48.0), Mean, src("ae-wages-survey-2008", Tr::new("UAE Employment, Wages and Hours of Work Survey: average monthly wage, all nationalities"), Tr::new("October 2008"))),
    economy("AR", 1_402_606.61, "ARS", Month(40.0), Mean, src("ar-ripte-2025", Tr::new("Secretaría de Trabajo, RIPTE: average taxable monthly pay of stable registered employees"), Tr::new("April 2025"))),
    economy("AT", 17.49, "EUR", Hour, Median, src("at-ves-2022", Tr::new("Statistik Austria, Verdienststrukturerhebung: median gross hourly earnings, private sector"), Tr::new("2022"))),
    economy("AU", 43.0, "AUD", Hour, Median, src("au-jsa-eeh-2023", Tr::new("Jobs and Skills Australia (ABS): median hourly earnings, all occupations"), Tr::new("May 2023"))),
    economy("BE", 3_728.0, "EUR", Month(38.0), Median, src("be-statbel-2022", Tr::new("Statbel, structure of earnings: median gross monthly pay of full-time employees (13th month and holiday pay excluded)"), Tr::new("2022"))),
    economy("BR", 3_225.0, "BRL", Month(44.0), Mean, src("br-ibge-pnad-2024", Tr::new("IBGE, PNAD Contínua: average monthly income from work, all workers including informal"), Tr::new("2024"))),
    economy("CA", 36.31, "CAD", Hour, Mean, src("ca-statcan-lfs-2025", Tr::new("Statistics Canada, Labour Force Survey: average usual hourly wage of employees"), Tr::new("August 2025"))),
    economy("CH", 6_788.0, "CHF", Month(40.0), Median, src("ch-bfs-lse-2022", Tr::new("Federal Statistical Office, wage structure survey: median gross monthly wage, full-time equivalent"), Tr::new("2022"))),
    economy("CN", 69_476.0, "CNY", Year(40.0), Mean, src("cn-nbs-2024-private", Tr::new("National Bureau of Statistics of China: average yearly wage in urban private units"), Tr::new("2024"))),
    economy("CR", 462_000.0, "CRC", Month(48.0), Mean, src("cr-inec-2023", Tr::new("INEC, continuous employment survey: average monthly income from the main job, all workers"), Tr::new("February to April 2023"))),
    economy("DE", 52_159.0, "EUR", Year(40.0), Median, src("de-destatis-2024", Tr::new("Destatis, earnings survey: median gross yearly earnings of full-time employees, special payments included"), Tr::new("2024"))),
    economy("EG", 3_298.0, "EGP", Month(48.0), Mean, src("eg-capmas-2013", Tr::new("CAPMAS, employment, wages and hours of work bulletin: average monthly wage, establishments of ten or more"), Tr::new("2013"))),
    economy("ES", 23_349.0, "EUR", Year(40.0), Median, src("es-ine-ees-2023", Tr::new("INE, Encuesta Anual de Estructura Salarial: median gross yearly earnings per worker, part-time included"), Tr::new("2023"))),
    economy("FI", 3_611.0, "EUR", Month(37.5), Median, src("fi-statfin-2024", Tr::new("Statistics Finland: median total monthly earnings of full-time employees"), Tr::new("2024"))),
    economy("FR", 3_613.0, "EUR", Month(35.0), Mean, src("fr-insee-2023", Tr::new("INSEE: mean gross monthly pay in the private sector, full-time equivalent"), Tr::new("2023"))),
    economy("GB", 18.64, "GBP", Hour, Median, src("gb-ons-ashe-2024", Tr::new("Office for National Statistics, ASHE: median hourly earnings of full-time employees, overtime excluded"), Tr::new("April 2024"))),
    economy("ID", 3_267_618.0, "IDR", Month(40.0), Mean, src("id-bps-sakernas-2024", Tr::new("Badan Pusat Statistik, Sakernas: average monthly wage of employees (Jakarta IDR 5.8 million)"), Tr::new("August 2024"))),
    economy("IE", 31.22, "EUR", Hour, Mean, src("ie-cso-elc-2025q4", Tr::new("CSO, Earnings and Labour Costs: average hourly earnings, all employees (preliminary)"), Tr::new("Q4 2025"))),
    economy("IL", 10_368.0, "ILS", Month(42.0), Median, src("il-nii-2024", Tr::new("National Insurance Institute: median gross monthly wage per employee, part-time included"), Tr::new("2024"))),
    economy("IN", 21_103.0, "INR", Month(48.0), Mean, src("in-plfs-2024q4", Tr::new("MoSPI, Periodic Labour Force Survey: average monthly earnings of regular wage and salaried employees"), Tr::new("January to March 2024"))),
    economy("IT", 16.4, "EUR", Hour, Mean, src("it-istat-2022", Tr::new("Istat, structure of earnings: mean gross hourly pay, units of ten employees or more"), Tr::new("October 2022"))),
    economy("JM", 19_606.0, "JMD", Week(40.0), Mean, src("jm-statin-2012", Tr::new("STATIN: average earnings of employees in large establishments (period taken as weekly)"), Tr::new("2012"))),
    economy("JP", 330_400.0, "JPY", Month(40.0), Mean, src("jp-mhlw-wage-structure-2024", Tr::new("Ministry of Health, Labour and Welfare, Basic Survey on Wage Structure: scheduled monthly earnings of full-time workers"), Tr::new("2024"))),
    economy("KE", 894_232.8, "KES", Year(45.0), Mean, src("ke-knbs-2023", Tr::new("Kenya National Bureau of Statistics, Economic Survey: average yearly earnings per employee in the formal sector"), Tr::new("2023"))),
    economy("KR", 4_010_000.0, "KRW", Month(40.0), Mean, src("kr-moel-2024-03", Tr::new("Ministry of Employment and Labor, Business Labor Force Survey: average monthly total wage per worker"), Tr::new("March 2024"))),
    economy("MA", 2_787.0, "MAD", Month(44.0), Median, src("ma-cnss-2019", Tr::new("CNSS: median monthly declared wage of private-sector employees"), Tr::new("2019"))),
    economy("MX", 15_816.0, "MXN", Month(48.0), Mean, src("mx-imss-2023-04", Tr::new("IMSS and STPS: average salary of insured formal workers"), Tr::new("April 2023"))),
    economy("MY", 2_602.0, "MYR", Month(45.0), Median, src("my-dosm-2023", Tr::new("Department of Statistics Malaysia: median monthly salaries and wages of Malaysian citizens"), Tr::new("2023"))),
    economy("NL", 28.94, "EUR", Hour, Mean, src("nl-cbs-2024", Tr::new("CBS Statistics Netherlands: average gross hourly wage per job"), Tr::new("2024"))),
    economy("NO", 59_370.0, "NOK", Month(37.5), Mean, src("no-ssb-2024", Tr::new("Statistics Norway: average monthly earnings, full-time equivalent"), Tr::new("2024"))),
    economy("NZ", 1_343.0, "NZD", Week(40.0), Median, src("nz-stats-2024", Tr::new("Stats NZ: median weekly income from wages and salaries"), Tr::new("June quarter 2024"))),
    economy("PE", 2_035.4, "PEN", Month(48.0), Mean, src("pe-inei-2024", Tr::new("INEI, Encuesta Permanente de Empleo: average monthly income from work, Lima Metropolitana"), Tr::new("2024"))),
    economy("PH", 11_618.0, "PHP", Month(48.0), Mean, src("ph-bles-2012", Tr::new("DOLE Bureau of Labor and Employment Statistics: average monthly basic pay of full-time time-rate workers"), Tr::new("2012"))),
    economy("PK", 39_042.0, "PKR", Month(48.0), Mean, src("pk-pbs-lfs-2025", Tr::new("Pakistan Bureau of Statistics, Labour Force Survey: average monthly wage of paid employees"), Tr::new("2024-25"))),
    economy("PL", 8_906.0, "PLN", Month(40.0), Mean, src("pl-gus-2025-07", Tr::new("Statistics Poland: average gross monthly wage in the enterprise sector"), Tr::new("July 2025"))),
    economy("PT", 1_602.0, "EUR", Month(40.0), Mean, src("pt-ine-2024", Tr::new("Instituto Nacional de Estatística: total gross monthly remuneration per employee, holiday and Christmas pay included"), Tr::new("2024"))),
    economy("RO", 5_452.0, "RON", Month(40.0), Mean, src("ro-ins-2020-10", Tr::new("Institutul Național de Statistică: average gross monthly wage"), Tr::new("October 2020"))),
    economy("SE", 41_600.0, "SEK", Month(40.0), Mean, src("se-mi-scb-2024", Tr::new("Medlingsinstitutet and SCB: average monthly salary, full-time equivalent"), Tr::new("2024"))),
    economy("SG", 5_500.0, "SGD", Month(44.0), Median, src("sg-mom-2024", Tr::new("Ministry of Manpower: median gross monthly income from work of full-time employed residents, employer CPF included"), Tr::new("2024"))),
    economy("TH", 15_052.0, "THB", Month(48.0), Mean, src("th-nso-lfs-2024q1", Tr::new("NESDC from the NSO Labour Force Survey: average monthly wage per employee"), Tr::new("Q1 2024"))),
    economy("US", 65_470.0, "USD", Year(40.0), Mean, src("us-bls-oews-2023-all", Tr::new("US Bureau of Labor Statistics, OEWS: mean yearly wage, all occupations"), Tr::new("May 2023"))),
    economy("VN", 7_600_000.0, "VND", Month(48.0), Mean, src("vn-gso-2024q3", Tr::new("General Statistics Office of Vietnam: average monthly income of workers"), Tr::new("Q3 2024"))),
    economy("ZA", 24_578.0, "ZAR", Month(45.0), Mean, src("za-statssa-qes-2022", Tr::new("Statistics South Africa, Quarterly Employment Statistics: average monthly earnings, formal non-agricultural sector"), Tr::new("May 2022"))),
];

/// OECD average annual wage per full-time-equivalent employee, in US dollars at
/// constant 2022 prices and purchasing-power parities: for comparing countries' wage
/// levels with one another, never as a cost.
pub const OECD_PPP: Source = Source {
    id: "oecd-av-an-wage-2022",
    title: Tr::new("OECD, average annual wages (AV_AN_WAGE), USD at constant 2022 prices and PPPs"),
    date: Tr::new("2022 (Chile, Colombia, Costa Rica 2021; Türkiye 2020)"),
};

/// OECD PPP average wages of the catalog's OECD members and the year each describes,
/// sorted by country code.
pub const PPP: &[(&str, f64, u16)] = &[
    ("AT", 63_802.0, 2022),
    ("AU", 59_408.0, 2022),
    ("BE", 64_848.0, 2022),
    ("CA", 59_050.0, 2022),
    ("CH", 72_993.0, 2022),
    ("CL", 33_042.0, 2021),
    ("CO", 22_248.0, 2021),
    ("CR", 31_118.0, 2021),
    ("CZ", 33_476.0, 2022),
    ("DE", 58_940.0, 2022),
    ("DK", 64_127.0, 2022),
    ("EE", 34_705.0, 2022),
    ("ES", 42_859.0, 2022),
    ("FI", 51_836.0, 2022),
    ("FR", 52_764.0, 2022),
    ("GB", 53_985.0, 2022),
    ("GR", 25_979.0, 2022),
    ("HU", 28_475.0, 2022),
    ("IE", 52_243.0, 2022),
    ("IL", 44_156.0, 2022),
    ("IT", 44_893.0, 2022),
    ("JP", 41_509.0, 2022),
    ("KR", 48_922.0, 2022),
    ("LT", 43_875.0, 2022),
    ("MX", 16_685.0, 2022),
    ("NL", 63_225.0, 2022),
    ("NO", 53_756.0, 2022),
    ("NZ", 50_722.0, 2022),
    ("PL", 36_897.0, 2022),
    ("PT", 31_922.0, 2022),
    ("SE", 50_407.0, 2022),
    ("TR", 31_761.0, 2020),
    ("US", 77_464.0, 2022),
];

/// The agent or clerical anchor of a country, if one is cited.
pub fn occupation(code: &str) -> Option<&'static Anchor> {
    OCCUPATIONS.iter().copied().find(|a| a.code == code)
}

/// The economy-wide anchor of a country, if one is cited.
pub fn economy_wide(code: &str) -> Option<&'static Anchor> {
    ECONOMY.iter().find(|a| a.code == code)
}

/// The OECD PPP average wage of a country, if it is an OECD member in the table.
pub fn ppp(code: &str) -> Option<f64> {
    PPP.iter().find(|(c, ..)| *c == code).map(|(_, w, _)| *w)
}
