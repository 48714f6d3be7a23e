//! Facts: what scoring needs to know about one process, and what each location model
//! offers this company under every residency setting (so that a what-if on residency
//! needs no new country search).

use super::cost;
use super::figures::Figures;
use super::location::{self, LocationOption, NEEDS};
use super::model::{Assessment, ByResidency, JobFamily, Language, ProcessAnswer};
use super::outcome::LocationModel;
use super::score::{Factors, ModelFacts, Places, Rates};
use crate::content::country_risk::Transfer;
use crate::content::{automation, countries, processes};

/// Where work of one job family may go: its four location options under every
/// residency setting (index = `Residency as usize`), and what scoring needs of them.
#[derive(Clone, Debug)]
pub struct FamilyPlaces {
    /// The job family.
    pub family: JobFamily,
    /// Onshore, nearshore, hybrid and offshore for this family, per residency setting.
    pub options: ByResidency<[LocationOption; 4]>,
    /// What scoring needs of the options.
    pub places: Places,
    /// Where a hand-over pays off best.
    pub rates: Rates,
}

/// The places of every job family of an assessment's processes.
#[derive(Clone, Debug)]
pub struct ByFamily {
    /// One entry per family, in order of first appearance among the processes.
    pub all: Vec<FamilyPlaces>,
    /// For each process of the assessment, the index of its family in `all`.
    of_process: Vec<usize>,
}

impl ByFamily {
    /// The places of the family that does the assessment's `i`th process.
    pub fn of(&self, i: usize) -> &FamilyPlaces {
        &self.all[self.of_process[i]]
    }

    /// The indices of the assessment's processes a family does.
    pub fn processes_of(&self, family: JobFamily) -> impl Iterator<Item = usize> + '_ {
        self.of_process
            .iter()
            .enumerate()
            .filter(move |(_, f)| self.all[**f].family == family)
            .map(|(i, _)| i)
    }
}

/// The places of every job family of the assessment's processes, in order of first
/// appearance (one search of the country catalog for all of them).
pub fn by_family(a: &Assessment, fig: &Figures) -> ByFamily {
    let mut families: Vec<JobFamily> = Vec::with_capacity(JobFamily::COUNT);
    let of_process = a
        .processes
        .iter()
        .map(|p| {
            let family = processes::family_of(p);
            families
                .iter()
                .position(|f| *f == family)
                .unwrap_or_else(|| {
                    families.push(family);
                    families.len() - 1
                })
        })
        .collect();
    let all = location::options_by_family(&a.company, fig, &families)
        .into_iter()
        .zip(families)
        .map(|(options, family)| {
            let places = places_of(&options, fig);
            FamilyPlaces {
                family,
                rates: rates_of(&places),
                places,
                options,
            }
        })
        .collect();
    ByFamily { all, of_process }
}

/// What scoring needs to know of those options, with each option's gross saving rates
/// for every overlap need.
pub fn places_of(options: &ByResidency<[LocationOption; 4]>, fig: &Figures) -> Places {
    options.map(|opts| {
        let partner = hybrid_partner(opts);
        let home_risk = opts[0].countries.first().map_or(0.0, |c| c.risk);
        let mut facts = opts.each_ref().map(|o| {
            let example = o.working_example();
            let available = o.unavailable.is_none();
            // A hybrid keeps half of the work, and its data, at home.
            let share = if o.model == LocationModel::Hybrid {
                0.5
            } else {
                1.0
            };
            ModelFacts {
                available,
                exposure: example.map_or(0.0, |c| share * (c.risk - home_risk).max(0.0)),
                safeguards: share
                    * f64::from(u8::from(
                        example.is_some_and(|c| c.transfer == Transfer::NeedsSafeguards),
                    )),
                overlap: example.map_or(0.0, |c| c.overlap_min),
                speaks: example.is_some_and(|c| c.speaks_customer_languages),
                night: example.map_or([0.0; NEEDS], |c| c.night_hours),
                talent: o.model == LocationModel::Onshore || example.is_some_and(|c| c.talent),
                rates: std::array::from_fn(|need| {
                    let need = u8::try_from(need).unwrap_or(u8::MAX);
                    if available {
                        cost::gross_rate(o.model, o, partner, need, fig)
                    } else {
                        cost::Range::default()
                    }
                }),
            }
        });
        // Models in order of distance from home: a farther one is never counted as
        // less exposed than a nearer one, so that more sensitive data never moves work
        // further from home (the sanity rule).
        for k in 1..facts.len() {
            let nearer = facts[k - 1];
            facts[k].exposure = facts[k].exposure.max(nearer.exposure);
            facts[k].safeguards = facts[k].safeguards.max(nearer.safeguards);
        }
        facts
    })
}

/// Per residency setting and overlap need, the gross saving rates of the available
/// place with the highest pessimistic rate: where a hand-over pays off best, all else
/// equal (see [`Factors::work_out_payoff`]).
pub fn rates_of(places: &Places) -> Rates {
    places.map(|facts| {
        std::array::from_fn(|need| {
            facts
                .iter()
                .filter(|m| m.available)
                .map(|m| m.rates[need])
                .reduce(|a, b| if b.low > a.low { b } else { a })
        })
    })
}

/// The offshore or nearshore option a hybrid pairs with: the first available.
pub fn hybrid_partner(opts: &[LocationOption; 4]) -> Option<&LocationOption> {
    [
        &opts[LocationModel::Offshore.rank()],
        &opts[LocationModel::Nearshore.rank()],
    ]
    .into_iter()
    .find(|o| o.unavailable.is_none())
}

/// Location facts for a process that serves its own set of languages: whether each
/// model's best example country speaks all of them.
pub fn places_for_languages(
    places: &Places,
    options: &ByResidency<[LocationOption; 4]>,
    home: &str,
    languages: &[Language],
) -> Places {
    let mut own = *places;
    for (facts, opts) in own.values_mut().zip(options.values()) {
        for (fact, option) in facts.iter_mut().zip(opts) {
            fact.speaks = option
                .working_example()
                .and_then(|c| countries::find(c.code))
                .is_some_and(|c| location::speaks_all(home, c, languages));
        }
    }
    own
}

/// Builds the scoring factors of one process.
pub fn factors<'a>(
    a: &Assessment,
    p: &ProcessAnswer,
    places: &'a Places,
    rates: &'a Rates,
    fig: &'a Figures<'a>,
) -> Factors<'a> {
    let mut f = Factors {
        role: p.role,
        kind: p.kind,
        judgement: p.judgement,
        rule_based: p.rule_based,
        documentation: p.documentation,
        sensitivity: p.sensitivity,
        demand: p.demand,
        customer_facing: p.customer_facing,
        overlap_need: p.overlap_hours,
        volume: volume(p.fte),
        fte: p.fte,
        coverage: p.coverage,
        figures: fig,
        payoff: None,
        payoff_line: cost::PayoffLine::default(),
        annual_cost: p.annual_cost,
        wage_per_fte: cost::wage_per_fte(fig),
        catalog_multiplier: processes::of(&p.id)
            .map(|c| cost::pay_multiplier(c.family, c.role_multiplier, fig)),
        automation_payoff: None,
        automation: a.risk.automation,
        listed_activity: automation::listed(&p.id),
        automatable: 0.0,
        goals: a.goals,
        tolerance: a.risk.tolerance,
        vendor_management: a.risk.vendor_management,
        transition: a.risk.transition_appetite,
        dependency: a.risk.dependency_tolerance,
        regulations: u8::try_from(a.risk.regulations.len()).unwrap_or(u8::MAX),
        residency: a.risk.residency,
        places,
        rates,
    };
    f.automatable = f.work_out_automatable();
    f.payoff_line = f.work_out_payoff_line();
    f.payoff = f.work_out_payoff();
    f.automation_payoff = f.work_out_automation_payoff();
    f
}

/// Volume on a 0–1 scale: ln(1 + FTE) / ln(21), capped at 1 (20 FTE or more).
pub fn volume(fte: f64) -> f64 {
    ((1.0 + fte).ln() / 21f64.ln()).min(1.0)
}
