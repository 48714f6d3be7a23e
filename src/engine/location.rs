//! Location models and their example countries, computed from the country catalog for
//! the user's home country, residency constraint, languages and working day.

use super::figures::Figures;
use super::model::{
    ByResidency, Company, JobFamily, Language, Residency, WageOverride, MAX_OVERLAP_HOURS,
};
use super::outcome::{LocationModel, LocationNote, Unavailable, WEAK_GOVERNANCE_RISK};
use crate::content::countries::{self, Country, Season, COUNTRIES};
use crate::content::country_risk::{self, Governance, Transfer};
use crate::content::{families, voice};
use serde::Serialize;

/// A country suggested for a location model, with the overlap it gives.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CountryOption {
    /// ISO code.
    pub code: &'static str,
    /// Name.
    pub name: &'static str,
    /// Daily overlap with the company's working day, worst season, hours.
    pub overlap_min: f64,
    /// Daily overlap, best season, hours.
    pub overlap_max: f64,
    /// Fully loaded cost of the people who do the work relative to the home country
    /// (1.0 = same).
    pub cost_ratio: f64,
    /// Speaks all of the customers' languages.
    pub speaks_customer_languages: bool,
    /// Night hours (22:00–06:00 local, worst season) of the provider shift that gives
    /// each overlap from 0 to 8 hours with the company's day (see [`night_hours`]).
    pub night_hours: [f64; NEEDS],
    /// Premium on night hours, as a share of pay, expected case.
    pub night_premium: f64,
    /// Has an established talent pool for the kind of work (never for home).
    pub talent: bool,
    /// Country risk from 0 (safest) to 1: Shorewise's reading of the World Bank's
    /// governance percentile ranks (see [`Governance::risk`]).
    pub risk: f64,
    /// What sending personal data there from home takes.
    pub transfer: Transfer,
    /// Contact-centre work only: the sources name it as serving the home market's
    /// customers by voice (see [`crate::content::voice`]).
    pub serves_home_by_voice: bool,
}

/// Overlap needs a shift plan is worked out for: 0 to 8 hours.
pub const NEEDS: usize = MAX_OVERLAP_HOURS as usize + 1;

impl CountryOption {
    /// Night hours of the shift that gives `need` hours of overlap.
    pub fn night_hours_for(&self, need: u8) -> f64 {
        self.night_hours[usize::from(need.min(MAX_OVERLAP_HOURS))]
    }

    /// Extra labour cost of the shift that gives `need` hours of overlap, as a share of
    /// the provider's pay: the night premium on the share of the shift worked at night.
    pub fn shift_uplift(&self, need: u8) -> f64 {
        self.night_hours_for(need) / SHIFT_HOURS * self.night_premium
    }
}

/// What one location model offers this company.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LocationOption {
    /// The model.
    pub model: LocationModel,
    /// Two or three example countries, best first; empty when the model is unavailable.
    pub countries: Vec<CountryOption>,
    /// Why the model is unavailable, if it is.
    pub unavailable: Option<Unavailable>,
    /// Risks and advantages to weigh, worked out from the examples.
    pub notes: Vec<LocationNote>,
}

/// Overlap under which a location is flagged as hard to collaborate with, in hours.
pub const LITTLE_OVERLAP_HOURS: f64 = 4.0;

impl LocationOption {
    fn with_notes(mut self) -> Self {
        if self.unavailable.is_some() {
            return self;
        }
        let mut notes = Vec::new();
        // Where the transfer needs safeguards, that note (below) says what this one
        // would: data leaves the country, and what it takes.
        let leaves = !self
            .working_example()
            .is_some_and(|c| c.transfer == Transfer::NeedsSafeguards);
        match self.model {
            LocationModel::Onshore => notes.push(LocationNote::HomeAdvantage),
            LocationModel::Hybrid => {
                if leaves {
                    notes.push(LocationNote::CrossBorderData);
                }
                notes.push(LocationNote::MoreCoordination);
            }
            LocationModel::Nearshore | LocationModel::Offshore => {
                if leaves {
                    notes.push(LocationNote::CrossBorderData);
                }
                if self.overlap() < LITTLE_OVERLAP_HOURS {
                    notes.push(LocationNote::LittleOverlap);
                }
            }
        }
        if self.model != LocationModel::Hybrid && !self.speaks_customer_languages() {
            notes.push(LocationNote::LanguageGap);
        }
        if let Some(c) = self
            .working_example()
            .filter(|_| self.model != LocationModel::Onshore)
        {
            if c.transfer == Transfer::NeedsSafeguards {
                notes.push(LocationNote::TransferSafeguards);
            }
            if c.risk >= WEAK_GOVERNANCE_RISK {
                notes.push(LocationNote::WeakGovernance);
            }
            if c.serves_home_by_voice {
                notes.push(LocationNote::ServesYourMarket);
            }
        }
        self.notes = notes;
        self
    }
}

impl LocationOption {
    /// The example whose facts the advice weighs: a hybrid's distant centre (its front
    /// line is at home), otherwise the best example.
    pub fn working_example(&self) -> Option<&CountryOption> {
        match self.model {
            LocationModel::Hybrid => self.countries.get(1),
            _ => self.countries.first(),
        }
    }

    /// Overlap of the best example, worst season, in hours.
    pub fn overlap(&self) -> f64 {
        self.countries.first().map_or(0.0, |c| c.overlap_min)
    }

    /// Whether the best example speaks every customer language.
    pub fn speaks_customer_languages(&self) -> bool {
        self.countries
            .first()
            .is_some_and(|c| c.speaks_customer_languages)
    }
}

/// Hours a provider's day shift works, local time (an assumption shown to users).
pub const PROVIDER_DAY: (f64, f64) = (9.0, 17.0);
/// Length of one provider shift, hours.
pub const SHIFT_HOURS: f64 = 8.0;
/// Night hours in the provider's local time, start and end: 22:00 to 06:00, the window
/// of the Philippine Labor Code's night-shift differential (Art. 86).
pub const NIGHT: (u8, u8) = (22, 6);
/// Largest time difference, in hours, for a country to count as nearshore.
pub const NEARSHORE_MAX_HOURS_APART: f64 = 3.0;
/// Nearshore locations must cost at most this share of home.
pub const NEARSHORE_MAX_COST_RATIO: f64 = 0.9;
/// Offshore locations must cost at most this share of home.
pub const OFFSHORE_MAX_COST_RATIO: f64 = 0.6;

/// Fully loaded hourly agent cost of a country in USD: the user's wage figure where
/// given, else the catalog's, times the country's employer on-costs (the user's for
/// their own country where given).
pub fn loaded_hourly(c: &Country, fig: &Figures) -> f64 {
    let (low, high) = wage_range(c, fig.wages);
    (low + high) / 2.0 * (1.0 + fig.on_costs(c).mid())
}

/// A country's pay, worked out once for every job family: its loaded agent cost (USD per
/// hour) and its position on the pay ladder.
#[derive(Clone, Copy, Debug)]
struct Pay {
    loaded: f64,
    ladder: f64,
}

impl Pay {
    fn of(c: &Country, fig: &Figures) -> Self {
        let (low, high) = wage_range(c, fig.wages);
        let wage = (low + high) / 2.0;
        Self {
            loaded: wage * (1.0 + fig.on_costs(c).mid()),
            ladder: families::ladder_position(wage),
        }
    }

    /// Fully loaded hourly cost in USD of the people of a job family in a role paid like
    /// an agent on the catalog's ladder: the loaded agent cost times the family's pay
    /// skew at this country's wage level, given its rich-market skew (see
    /// [`families::pay_skew`]).
    fn family(self, rich_skew: f64) -> f64 {
        self.loaded * families::skew_at(rich_skew, self.ladder)
    }
}

/// The agent base wage range (USD per hour) the model uses for a country: the user's
/// figure where given, else the catalog's.
pub fn wage_range(c: &Country, wages: &[WageOverride]) -> (f64, f64) {
    user_wage(c.code, wages).map_or((c.wage.low, c.wage.high), |w| (w.low, w.high))
}

/// The user's own wage figure for a country, if they gave one.
pub fn user_wage<'a>(code: &str, wages: &'a [WageOverride]) -> Option<&'a WageOverride> {
    wages.iter().find(|w| w.country == code)
}

/// The countries whose wages the cost model used for this company: home first, then
/// the example countries of every location option, then any the user gave a figure
/// for; each once.
pub fn wage_countries<'a>(
    company: &Company,
    options: impl IntoIterator<Item = &'a LocationOption>,
    wages: &[WageOverride],
) -> Vec<&'static Country> {
    let codes = std::iter::once(company.home.as_str())
        .chain(
            options
                .into_iter()
                .flat_map(|o| o.countries.iter().map(|c| c.code)),
        )
        .chain(wages.iter().map(|w| w.country.as_str()));
    let mut shown: Vec<&'static Country> = Vec::new();
    for c in codes.filter_map(countries::find) {
        if !shown.iter().any(|s| s.code == c.code) {
            shown.push(c);
        }
    }
    shown
}

/// The four location options under every residency setting for work done by each of
/// `families`, in that order. One search of the country catalog: what depends only on
/// the clock (overlap, night hours of aligned shifts) is worked out once per country and
/// shared by every family; cost, talent and so the examples follow the family.
/// Deterministic: ties are broken by country code.
pub fn options_by_family(
    company: &Company,
    fig: &Figures,
    families: &[JobFamily],
) -> Vec<ByResidency<[LocationOption; 4]>> {
    let mut clock = Clock::new(company, fig);
    families
        .iter()
        .map(|&family| {
            let places = Places::new(&mut clock, fig, family);
            ByResidency::from_fn(|r| places.options(r))
        })
        .collect()
}

/// A delivery country as seen from the company's clock.
struct Hub {
    country: &'static Country,
    /// Counts as nearshore (close region, few hours apart).
    near: bool,
    /// Overlap of its day shift, worst and best season.
    overlap: (f64, f64),
    /// Job families it has an established talent pool for.
    talent: &'static [JobFamily],
    /// Its pay.
    pay: Pay,
    /// Hours its clock is ahead of the company's, January and July.
    aheads: [f64; 2],
    /// Speaks every customer language.
    speaks: bool,
    /// What its attractiveness owes to neither cost nor talent, which follow the family
    /// of work (see [`attractiveness`]).
    standing: f64,
    /// Night hours of aligned shifts, worked out on first use.
    night: Option<[f64; NEEDS]>,
    /// Whether each residency setting lets the work go there.
    allowed: ByResidency<bool>,
    /// Country risk, 0–1 (see [`CountryOption::risk`]).
    risk: f64,
    /// What sending personal data there from home takes.
    transfer: Transfer,
    /// Serves customers of the home market by voice (see [`crate::content::voice`]).
    voice: bool,
}

/// What depends on the company's clock and not on the kind of work: every delivery
/// country's overlap and talent pools, and the night hours of aligned shifts. Index
/// [`HOME`] is the home country, the others delivery countries abroad.
struct Clock<'a> {
    company: &'a Company,
    hubs: Vec<Hub>,
    /// Night hours of a shift starting at every half hour (see [`shift_nights`]).
    nights: [f64; 48],
}

/// Index of the home country among a [`Clock`]'s places.
const HOME: usize = 0;

impl<'a> Clock<'a> {
    fn new(company: &'a Company, fig: &Figures) -> Self {
        let home = fig.home;
        let home_clock = [Season::January, Season::July].map(|s| home_offset(company, home, s));
        let speaks = |c: &Country| speaks_all(home.code, c, &company.customer_languages);
        let voice_from = voice::served_from(home.code);
        let here = Hub {
            country: home,
            near: true,
            overlap: overlap_from(company, [0.0; 2]),
            talent: &[],
            pay: Pay::of(home, fig),
            aheads: [0.0; 2],
            speaks: speaks(home),
            standing: 0.0,
            night: None,
            allowed: ByResidency::from_fn(|_| true),
            risk: country_risk(home),
            transfer: Transfer::Free,
            voice: false,
        };
        let abroad = COUNTRIES
            .iter()
            .filter(|c| c.hub && !countries::same_code(c.code, home.code))
            .map(|c| {
                let aheads = [Season::January, Season::July]
                    .map(|s| f64::from(c.offset_in(s) - home_clock[s as usize]) / 60.0);
                let overlap = overlap_from(company, aheads);
                let speaks = speaks(c);
                let risk = country_risk(c);
                let transfer = country_risk::transfer(home.code, home.eea, c.code, c.eea);
                Hub {
                    country: c,
                    near: is_near(home, home_clock[0], c),
                    overlap,
                    aheads,
                    talent: families::talent(c.code),
                    pay: Pay::of(c, fig),
                    speaks,
                    standing: standing(c, speaks, overlap.0, risk, transfer),
                    night: None,
                    allowed: ByResidency::from_fn(|r| allowed(home, r, c)),
                    risk,
                    transfer,
                    voice: countries::lists(voice_from, c.code),
                }
            });
        let mut hubs = Vec::with_capacity(COUNTRIES.len());
        hubs.push(here);
        hubs.extend(abroad);
        Self {
            company,
            hubs,
            nights: shift_nights(),
        }
    }

    /// Night hours of the aligned shifts of the `i`th place. Places on the same clock
    /// (same offsets in both seasons) share them, so each clock is worked out once.
    fn night_hours(&mut self, i: usize) -> [f64; NEEDS] {
        if let Some(n) = self.hubs[i].night {
            return n;
        }
        let aheads = self.hubs[i].aheads;
        let same_clock = self
            .hubs
            .iter()
            .find_map(|h| h.night.filter(|_| h.aheads == aheads));
        let n = same_clock.unwrap_or_else(|| night_hours_from(self.company, aheads, &self.nights));
        self.hubs[i].night = Some(n);
        n
    }
}

/// A place in a pool: its attractiveness, its index among the [`Clock`]'s places, and
/// which residency settings allow it.
type Ranked = (f64, usize, ByResidency<bool>);

/// The countries that qualify as nearshore and offshore for work of one family and
/// that some residency setting would show (the first three it allows of each pool), best
/// first, as indices of the [`Clock`]'s places, with what is known of each.
struct Places {
    near: Vec<(usize, ByResidency<bool>)>,
    far: Vec<(usize, ByResidency<bool>)>,
    described: Vec<(usize, CountryOption)>,
}

impl Places {
    fn new(clock: &mut Clock, fig: &Figures, family: JobFamily) -> Self {
        let rich = fig.rich_skew(family);
        let home_cost = clock.hubs[HOME].pay.family(rich);
        let cost = |h: &Hub| h.pay.family(rich) / home_cost;
        let mut near = Vec::with_capacity(clock.hubs.len());
        let mut far = Vec::with_capacity(clock.hubs.len());
        for (i, h) in clock.hubs.iter().enumerate().skip(1) {
            let ratio = cost(h);
            let (pool, most) = if h.near {
                (&mut near, NEARSHORE_MAX_COST_RATIO)
            } else {
                (&mut far, OFFSHORE_MAX_COST_RATIO)
            };
            if ratio <= most {
                let talent = h.talent.contains(&family);
                let voice = if family == JobFamily::ContactCentre && h.voice {
                    VOICE_AFFINITY_BONUS
                } else {
                    0.0
                };
                pool.push((
                    attractiveness(h.standing, ratio, talent) + voice,
                    i,
                    h.allowed,
                ));
            }
        }
        // Best first; places are indexed in code order, so ties go to the country code.
        let order = |a: &Ranked, b: &Ranked| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1));
        // Only the first three places a residency setting allows are ever shown: of
        // each pool, those are kept (at most nine), best first, and no full sort is
        // needed.
        let mut top: Vec<Ranked> = Vec::with_capacity(4);
        let mut best_first = |pool: Vec<Ranked>| {
            let mut kept: Vec<Ranked> = Vec::with_capacity(9);
            for &r in Residency::ALL {
                top.clear();
                for &p in pool.iter().filter(|p| *p.2.get(r)) {
                    // Most places rank below the third kept so far: one comparison.
                    if top.len() == 3 && !order(&p, &top[2]).is_lt() {
                        continue;
                    }
                    let at = top.iter().position(|t| order(&p, t).is_lt());
                    let at = at.unwrap_or(top.len());
                    if at < 3 {
                        top.insert(at, p);
                        top.truncate(3);
                    }
                }
                for &p in &top {
                    if !kept.iter().any(|k| k.1 == p.1) {
                        kept.push(p);
                    }
                }
            }
            super::order::sort_by(&mut kept, order);
            kept.into_iter().map(|(_, i, c)| (i, c)).collect::<Vec<_>>()
        };
        let (near, far) = (best_first(near), best_first(far));
        // Every country any residency setting can show: home and the first three of
        // each pool under each setting, described once.
        let mut described: Vec<(usize, CountryOption)> = Vec::with_capacity(1 + 6 * 3);
        let mut describe = |i: usize| {
            if !described.iter().any(|(d, _)| *d == i) {
                let hub = &clock.hubs[i];
                let (overlap_min, overlap_max) = hub.overlap;
                let talent = hub.talent.contains(&family);
                let (c, cost_ratio) = (hub.country, cost(hub));
                let (risk, transfer) = (hub.risk, hub.transfer);
                let serves_home_by_voice = hub.voice && family == JobFamily::ContactCentre;
                let option = CountryOption {
                    code: c.code,
                    name: c.name.get(),
                    overlap_min,
                    overlap_max,
                    cost_ratio,
                    speaks_customer_languages: hub.speaks,
                    night_hours: clock.night_hours(i),
                    night_premium: fig.night_premium(c.code).mid(),
                    talent,
                    risk,
                    transfer,
                    serves_home_by_voice,
                };
                described.push((i, option));
            }
        };
        describe(HOME);
        for r in Residency::ALL {
            for pool in [&near, &far] {
                for &(i, _) in pool.iter().filter(|(_, a)| *a.get(*r)).take(3) {
                    describe(i);
                }
            }
        }
        Self {
            near,
            far,
            described,
        }
    }

    fn described(&self, i: usize) -> CountryOption {
        self.described
            .iter()
            .find(|(d, _)| *d == i)
            .map(|(_, option)| option.clone())
            .expect("every shown country is described")
    }

    fn options(&self, residency: Residency) -> [LocationOption; 4] {
        let onshore = LocationOption {
            model: LocationModel::Onshore,
            countries: vec![self.described(HOME)],
            unavailable: None,
            notes: Vec::new(),
        };
        let pick = |model: LocationModel, pool: &[(usize, ByResidency<bool>)]| {
            let countries: Vec<_> = pool
                .iter()
                .filter(|(_, a)| *a.get(residency))
                .take(3)
                .map(|&(i, _)| self.described(i))
                .collect();
            let unavailable = match (countries.is_empty(), !pool.is_empty()) {
                (false, _) => None,
                (true, true) => Some(Unavailable::Residency),
                (true, false) => Some(Unavailable::NoCheaperLocation),
            };
            LocationOption {
                model,
                countries,
                unavailable,
                notes: Vec::new(),
            }
        };
        let nearshore = pick(LocationModel::Nearshore, &self.near);
        let offshore = pick(LocationModel::Offshore, &self.far);
        let hybrid = hybrid(&onshore, &nearshore, &offshore, residency);
        [onshore, nearshore, hybrid, offshore].map(LocationOption::with_notes)
    }
}

/// Whether a residency setting lets the work go to `c`.
fn allowed(home: &Country, residency: Residency, c: &Country) -> bool {
    match residency {
        Residency::None => true,
        Residency::HomeCountry => std::ptr::eq(c, home) || c.code == home.code,
        Residency::HomeRegion => same_data_zone(home, c),
    }
}

fn hybrid(
    onshore: &LocationOption,
    nearshore: &LocationOption,
    offshore: &LocationOption,
    residency: Residency,
) -> LocationOption {
    let partner = if offshore.unavailable.is_none() {
        offshore
    } else {
        nearshore
    };
    let (countries, unavailable) = if residency == Residency::HomeCountry {
        (Vec::new(), Some(Unavailable::Residency))
    } else if let Some(u) = partner.unavailable {
        (Vec::new(), Some(u))
    } else {
        let mut list = onshore.countries.clone();
        list.extend(partner.countries.iter().take(2).cloned());
        (list, None)
    };
    LocationOption {
        model: LocationModel::Hybrid,
        countries,
        unavailable,
        notes: Vec::new(),
    }
}

/// Whether a delivery country counts as nearshore for a company in `home` whose clock
/// is `home_offset` minutes from UTC in January: in the home region or a neighbouring
/// one, at most [`NEARSHORE_MAX_HOURS_APART`] hours apart (rule
/// `turkiye_is_nearshore_for_german_speaking_homes` for the regions).
pub fn is_near(home: &Country, home_offset: i16, c: &Country) -> bool {
    let apart = f64::from((c.utc_offset_min - home_offset).abs()) / 60.0;
    home.region.near().contains(&c.region) && apart <= NEARSHORE_MAX_HOURS_APART
}

/// Whether `c` lies in the same data-residency zone as `home`: EU/EEA for members,
/// otherwise the home country's world region.
pub fn same_data_zone(home: &Country, c: &Country) -> bool {
    if home.eea {
        c.eea
    } else {
        c.region == home.region
    }
}

/// Whether a country's delivery centres work in every one of these languages. "Other"
/// names no particular language (Korean, Greek, Turkish…): only the company's own country is
/// known to speak its customers' other language, so no provider abroad is matched on it
/// (rule `an_unnamed_language_matches_no_country_abroad`).
pub fn speaks_all(home: &str, c: &Country, languages: &[Language]) -> bool {
    languages.iter().all(|l| match l {
        Language::Other => c.code == home,
        _ => c.languages.contains(l),
    })
}

/// Kearney-style attractiveness with Shorewise's weights: financial 40%, people 30%,
/// business environment 20%, digital 10%; plus language fit, a talent pool for the
/// family of work ([`TALENT_BONUS`]) and the overlap of the day shift with the company's
/// day ([`OVERLAP_WEIGHT`] per hour), so that examples follow the kind of work and the
/// home clock, not cost alone.
fn attractiveness(standing: f64, cost_ratio: f64, talent: bool) -> f64 {
    // On the logarithm of the cost ratio, so that a place at a tenth of home's cost
    // stands clearly above one at a third, however costly home is (a linear gap
    // flattens out for high-cost homes): 0 at home's cost, 5 at a tenth or less.
    let financial = 5.0 * (-cost_ratio.max(0.1).ln() / 10f64.ln()).max(0.0);
    let talent = if talent { TALENT_BONUS } else { 0.0 };
    0.4 * financial + standing + talent
}

/// The part of a country's [`attractiveness`] that is the same for every family of
/// work: its people and digital ratings, its business environment (from the World
/// Bank's governance ranks: 1 at the highest risk to 5 at none), language fit, the
/// overlap of its day shift, and, for a home whose personal data may leave only under
/// safeguards, whether it needs them ([`TRANSFER_RANK_PENALTY`]).
fn standing(c: &Country, speaks: bool, overlap: f64, risk: f64, transfer: Transfer) -> f64 {
    let language = if speaks { 2.0 } else { 0.0 };
    let safeguards = if transfer == Transfer::NeedsSafeguards {
        TRANSFER_RANK_PENALTY
    } else {
        0.0
    };
    0.3 * f64::from(c.people)
        + 0.2 * (1.0 + 4.0 * (1.0 - risk))
        + 0.1 * f64::from(c.digital)
        + language
        + OVERLAP_WEIGHT * overlap
        - safeguards
}

/// Country risk of a catalog country (see [`Governance::risk`]); a country without
/// governance ranks (the content tests allow none) counts as the middle of the scale.
pub fn country_risk(c: &Country) -> f64 {
    country_risk::governance(c.code).map_or(0.5, Governance::risk)
}

/// Attractiveness lost by a place that needs standard contractual clauses and a
/// transfer impact assessment for the company's personal data: as much as a talent pool
/// adds, so that places free of them come first where the rest is even (Shorewise's own
/// calibration).
pub const TRANSFER_RANK_PENALTY: f64 = 1.5;

/// Attractiveness a place adds for contact-centre work where the sources name it as
/// serving the company's home market by voice (accent, language and culture; see
/// [`crate::content::voice`]): as much as a talent pool, the model's own calibration of
/// statements that give no number.
pub const VOICE_AFFINITY_BONUS: f64 = 1.5;

/// Attractiveness a talent pool for the family of work adds: as much as three points of
/// the people rating, a little less than speaking the customers' language.
pub const TALENT_BONUS: f64 = 1.5;
/// Attractiveness each hour of day-shift overlap adds (a full day: 1.2).
pub const OVERLAP_WEIGHT: f64 = 0.15;

/// UTC offset of the company's home clock in minutes: its time zone where the home
/// country has several and one was chosen, else the main business city's.
pub fn home_offset(company: &Company, home: &Country, season: Season) -> i16 {
    countries::zone(home.code, &company.zone)
        .map_or_else(|| home.offset_in(season), |z| z.offset_in(season))
}

/// Hours the provider's clock is ahead of the company's in a season. A provider in the
/// home country works on the company's clock (an onshore provider is found in its zone).
fn hours_ahead(company: &Company, home: &Country, provider: &Country, season: Season) -> f64 {
    if provider.code == home.code {
        return 0.0;
    }
    f64::from(provider.offset_in(season) - home_offset(company, home, season)) / 60.0
}

/// Overlap in hours between the company's working day and a provider shift that starts
/// at `start` (provider local time, hours) and lasts [`SHIFT_HOURS`], when the provider
/// is `ahead` hours ahead of the company.
fn shift_overlap(company: &Company, ahead: f64, start: f64) -> f64 {
    overlap_of_shift_from(company, within_day(start - ahead))
}

/// A time in the company's day, brought into [0, 24) by whole days. (A loop rather than
/// `rem_euclid`, which is a library call: times here are within two days of the
/// company's, so it runs at most twice; time differences are whole quarter hours, so
/// the shifting is exact.)
fn within_day(t: f64) -> f64 {
    let mut day = 0.0;
    while t + day < 0.0 {
        day += 24.0;
    }
    while t + day >= 24.0 {
        day -= 24.0;
    }
    t + day
}

/// Overlap in hours between the company's working day and a shift of [`SHIFT_HOURS`]
/// that starts at `ps` in the company's local time, in [0, 24). The shift recurs every
/// 24 hours and the company's day lies inside [0, 24] (as validated), so only that
/// day's shift and the one before it, which may run past midnight, can meet it.
fn overlap_of_shift_from(company: &Company, ps: f64) -> f64 {
    let (cs, ce) = (f64::from(company.hours.start), f64::from(company.hours.end));
    let pe = ps + SHIFT_HOURS;
    let today = (ce.min(pe) - cs.max(ps)).max(0.0);
    let yesterday = (ce.min(pe - 24.0) - cs.max(ps - 24.0)).max(0.0);
    yesterday + today
}

/// Daily overlap in hours between the company's working day and a provider's day shift,
/// as (worst season, best season).
pub fn overlap(company: &Company, home: &Country, provider: &Country) -> (f64, f64) {
    overlap_from(company, aheads(company, home, provider))
}

/// Hours the provider's clock is ahead of the company's, in January and in July.
fn aheads(company: &Company, home: &Country, provider: &Country) -> [f64; 2] {
    [Season::January, Season::July].map(|s| hours_ahead(company, home, provider, s))
}

/// Overlap of the day shift, worst and best season, from the time differences.
fn overlap_from(company: &Company, aheads: [f64; 2]) -> (f64, f64) {
    let [a, b] = aheads.map(|ahead| shift_overlap(company, ahead, PROVIDER_DAY.0));
    (a.min(b), a.max(b))
}

/// Hours of a shift starting at `start` (local time, hours) that fall in the night.
fn night_in_shift(start: f64) -> f64 {
    let (night_start, night_end) = (f64::from(NIGHT.0), f64::from(NIGHT.1) + 24.0);
    [-24.0, 0.0]
        .iter()
        .map(|day| {
            ((start + SHIFT_HOURS).min(night_end + day) - start.max(night_start + day)).max(0.0)
        })
        .sum()
}

/// For each overlap need from 0 to 8 hours, the night hours of the provider shift that
/// meets it with the fewest night hours (worst season). A provider aligns its shift with
/// the client's day as far as the need asks, and no further; a need longer than the
/// company's working day is met by covering the whole day.
///
/// Shifts start on the half hour, so that half-hour time zones can be met exactly.
pub fn night_hours(company: &Company, home: &Country, provider: &Country) -> [f64; NEEDS] {
    night_hours_from(company, aheads(company, home, provider), &shift_nights())
}

/// Night hours of a shift starting at every half hour of the day.
fn shift_nights() -> [f64; 48] {
    std::array::from_fn(|half| night_in_shift(half as f64 / 2.0))
}

/// [`night_hours`] from the time differences in January and July, given the
/// [`shift_nights`].
///
/// Times are counted in whole minutes (time zones are whole minutes apart, shifts start
/// on the half hour and the company's day on the hour), so every overlap is exact and
/// no rounding margin is needed: the same needs are met as by the hours of
/// [`shift_overlap`], at a fraction of the work (this runs for every clock a place is
/// on).
fn night_hours_from(
    company: &Company,
    [january, july]: [f64; 2],
    nights: &[f64; 48],
) -> [f64; NEEDS] {
    const HOUR: i32 = 60;
    const DAY: i32 = 24 * HOUR;
    const SHIFT: i32 = SHIFT_HOURS as i32 * HOUR;
    let (cs, ce) = (
        i32::from(company.hours.start) * HOUR,
        i32::from(company.hours.end) * HOUR,
    );
    // A need asks for that many hours of overlap, but no more than the working day or a
    // shift (`cap`, whole hours): a shift overlapping `o` hours meets every need up to
    // `o`, or every need once it covers the cap.
    let day = i32::from(company.hours.end.saturating_sub(company.hours.start)) * HOUR;
    let cap = day.min(SHIFT);
    let mut out = [0.0f64; NEEDS];
    // Where the two seasons keep the same time difference, one is enough.
    let seasons: &[f64] = if january == july {
        &[january]
    } else {
        &[january, july]
    };
    for &ahead in seasons {
        // The fewest night hours of a shift meeting exactly needs 0..=k, for each k;
        // then, for each need, the fewest of any shift meeting it or more.
        let mut up_to = [SHIFT_HOURS; NEEDS];
        // Shift starts in the company's time, from the one at midnight provider time
        // (hours ahead are whole minutes divided by 60, so rounding recovers them).
        let ahead = (ahead * f64::from(HOUR)).round() as i32;
        let first = (-ahead).rem_euclid(DAY);
        for (ps, &night) in (first..).step_by(30).zip(nights) {
            let ps = if ps >= DAY { ps - DAY } else { ps };
            // The overlap of that shift and of the one a day earlier, which may run
            // past midnight (see [`overlap_of_shift_from`]).
            let pe = ps + SHIFT;
            let today = (ce.min(pe) - cs.max(ps)).max(0);
            let yesterday = (ce.min(pe - DAY) - cs.max(ps - DAY)).max(0);
            let overlap = today + yesterday;
            let met = if overlap >= cap {
                NEEDS - 1
            } else {
                usize::try_from(overlap / HOUR).map_or(0, |h| h.min(NEEDS - 1))
            };
            up_to[met] = up_to[met].min(night);
        }
        let mut fewest = SHIFT_HOURS;
        for need in (0..NEEDS).rev() {
            fewest = fewest.min(up_to[need]);
            out[need] = out[need].max(fewest);
        }
    }
    out
}

/// The company's home country, once validated.
pub fn home(company: &Company) -> Option<&'static Country> {
    countries::find(&company.home)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::WorkingHours;

    /// The shift and the company's day, both repeated every day, overlap by the sum over
    /// every day within two of today (enough for any time difference).
    fn overlap_by_every_day(company: &Company, ahead: f64, start: f64) -> f64 {
        let (ps, pe) = (start - ahead, start + SHIFT_HOURS - ahead);
        let (cs, ce) = (f64::from(company.hours.start), f64::from(company.hours.end));
        [-48.0, -24.0, 0.0, 24.0, 48.0]
            .iter()
            .map(|day| (ce.min(pe + day) - cs.max(ps + day)).max(0.0))
            .sum()
    }

    /// The first way of working out [`night_hours_from`]: every need against every shift.
    fn night_hours_by_every_need(
        company: &Company,
        [january, july]: [f64; 2],
        nights: &[f64; 48],
    ) -> [f64; NEEDS] {
        let day = f64::from(company.hours.end.saturating_sub(company.hours.start));
        let mut out = [0.0f64; NEEDS];
        // Where the two seasons keep the same time difference, one is enough.
        let seasons: &[f64] = if january == july {
            &[january]
        } else {
            &[january, july]
        };
        // The overlap each need asks for: the need, but no more than the working day or a
        // shift. It rises with the need, so a shift meets every need up to some point.
        let asks: [f64; NEEDS] =
            std::array::from_fn(|need| (need as f64).min(day).min(SHIFT_HOURS));
        for &ahead in seasons {
            // For each need, the fewest night hours among the half-hour shift starts that
            // meet it.
            let mut fewest = [SHIFT_HOURS; NEEDS];
            for (half, &night) in nights.iter().enumerate() {
                let overlap = shift_overlap(company, ahead, half as f64 / 2.0);
                for (best, &ask) in fewest.iter_mut().zip(&asks) {
                    if overlap + 1e-9 < ask {
                        break;
                    }
                    *best = best.min(night);
                }
            }
            for (slot, fewest) in out.iter_mut().zip(fewest) {
                *slot = slot.max(fewest);
            }
        }
        out
    }

    /// Night hours agree with trying every need against every shift start, for every
    /// working day and every quarter-hour difference in either season.
    #[test]
    fn night_hours_match_trying_every_need_against_every_shift() {
        let nights = shift_nights();
        let mut company = Company::default();
        for start_hour in 0..24u8 {
            for end_hour in start_hour + 1..=24 {
                company.hours = WorkingHours {
                    start: start_hour,
                    end: end_hour,
                };
                for quarter in (-56..=56i16).step_by(3) {
                    let january = f64::from(quarter) / 4.0;
                    for july in [january, january + 1.0] {
                        assert_eq!(
                            night_hours_from(&company, [january, july], &nights),
                            night_hours_by_every_need(&company, [january, july], &nights),
                            "day {start_hour}-{end_hour}, {january}/{july} h ahead"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn shift_overlap_counts_the_shifts_either_side_of_midnight() {
        let mut company = Company::default();
        for start_hour in 0..24u8 {
            for end_hour in start_hour + 1..=24 {
                company.hours = WorkingHours {
                    start: start_hour,
                    end: end_hour,
                };
                // Every quarter hour of difference from 26 behind to 26 ahead.
                for quarter in -104..=104i16 {
                    let ahead = f64::from(quarter) / 4.0;
                    for half in 0..48u8 {
                        let start = f64::from(half) / 2.0;
                        assert_eq!(
                            shift_overlap(&company, ahead, start),
                            overlap_by_every_day(&company, ahead, start),
                            "day {start_hour}-{end_hour}, {ahead} h ahead, shift at {start}"
                        );
                    }
                }
            }
        }
    }
}
