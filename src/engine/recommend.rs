//! Assembles the [`Recommendation`]: per-process advice, portfolio view, cost, roadmap
//! and checklist, from a validated [`Assessment`].

use super::automate;
use super::cost::{self, current_cost, CostImpact, CostInput, Payoff};
use super::error::EngineError;
use super::explain::{self, runner_up, Reasons, Scored};
use super::facts::{by_family, factors, hybrid_partner, places_for_languages, FamilyPlaces};
use super::figures::Figures;
use super::location::{self, CountryOption, LocationOption};
use super::model::{Assessment, JobFamily, Level, ProcessAnswer, ProcessId};
use super::outcome::{
    CheckItem, Confidence, Decision, Engagement, LocationModel, OutsourcingType, Risk, Scope,
    VendorStrategy,
};
use super::plan::{self, Kpis, Risks, Wave};
use super::portfolio::{matrix_point, portfolio, MatrixPoint, Portfolio};
use super::score::{self, Places, ScoreTables};
use super::validate::validate;
use super::whatif::{self, Flip};
use crate::content::processes;
use serde::Serialize;
use std::borrow::Cow;

/// Advice for one process.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProcessAdvice {
    /// Process id.
    pub id: ProcessId,
    /// Display name (borrowed from the catalog for a catalog process).
    pub name: Cow<'static, str>,
    /// Recommended decision.
    pub decision: Decision,
    /// Outsourcing type of this work.
    pub kind: OutsourcingType,
    /// Recommended location model, when a provider does the work.
    pub location: Option<LocationModel>,
    /// Example countries for that location.
    pub countries: Vec<CountryOption>,
    /// Permanent or flexible.
    pub engagement: Engagement,
    /// How the work is bought when a provider does it (`None` when none does).
    pub scope: Option<Scope>,
    /// One vendor or several.
    pub vendors: VendorStrategy,
    /// Confidence in the decision.
    pub confidence: Confidence,
    /// Every decision with its score, best first.
    pub alternatives: [Scored<Decision>; 4],
    /// Every location with its score, best first.
    pub locations: [Scored<LocationModel>; 4],
    /// Why this decision beat the runner-up, largest first.
    pub reasons: Reasons,
    /// Why this location beat the runner-up, largest first (empty when no provider).
    pub location_reasons: Reasons,
    /// The smallest change of one answer that would change the advice.
    pub flip: Option<Flip>,
    /// Risks and (through content) their mitigations.
    pub risks: Risks,
    /// KPIs and SLA terms to set.
    pub kpis: Kpis,
    /// Position on the sourcing matrix.
    pub matrix: MatrixPoint,
    /// Money effect.
    pub cost: CostImpact,
    /// The part of the work to automate (most of it when the advice is to automate;
    /// `None` when too little of it can be, or automating it would not pay).
    pub automation: Option<automate::Part>,
    /// Net effect over the contract term of handing the work to a provider at the best
    /// place it may go, as shares of what the work costs over the term (`None` when it
    /// may go nowhere).
    pub payoff: Option<Payoff>,
}

/// Where the work of one job family may go.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FamilyLocations {
    /// The job family.
    pub family: JobFamily,
    /// Names of the processes it does, in assessment order.
    pub processes: Vec<Cow<'static, str>>,
    /// Onshore, nearshore, hybrid and offshore under the company's residency setting.
    pub options: Vec<LocationOption>,
}

/// Everything Shorewise advises for one assessment.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Recommendation {
    /// Currency of all amounts (the home country's).
    pub currency: &'static str,
    /// Advice per process, in assessment order.
    pub processes: Vec<ProcessAdvice>,
    /// Totals.
    pub portfolio: Portfolio,
    /// Length of the contract term the cash flow runs over, months.
    pub term_months: u32,
    /// Onshore, nearshore, hybrid and offshore for each job family of the processes,
    /// side by side, in order of first appearance.
    pub locations: Vec<FamilyLocations>,
    /// Implementation waves.
    pub roadmap: Vec<Wave>,
    /// Vendor-selection checklist.
    pub checklist: Vec<CheckItem>,
    /// The company cannot bear dependency on one provider: the work going to
    /// providers is to be spread (see [`crate::engine::summary::Summary::spread`]).
    pub limit_dependency: bool,
}

impl Recommendation {
    /// The advice for one process.
    pub fn advice(&self, id: &ProcessId) -> Option<&ProcessAdvice> {
        self.processes.iter().find(|p| p.id == *id)
    }

    /// Names of the processes with this decision, in assessment order.
    pub fn names_with(&self, decision: Decision) -> Vec<&str> {
        self.processes
            .iter()
            .filter(|p| p.decision == decision)
            .map(|p| &*p.name)
            .collect()
    }

    /// Names of the processes in a roadmap wave, in the wave's order.
    pub fn names_in(&self, wave: &Wave) -> Vec<&str> {
        wave.processes
            .iter()
            .filter_map(|id| self.advice(id))
            .map(|p| &*p.name)
            .collect()
    }

    /// The processes whose advice changes something (everything but keep in-house):
    /// the rows of the cost table, which add up to the portfolio's totals. Work kept
    /// in-house is the baseline those savings are measured against; what its hours
    /// would add to today's spend is its `coverage_cost`.
    pub fn changing(&self) -> impl Iterator<Item = &ProcessAdvice> {
        self.processes.iter().filter(|p| p.changes())
    }

    /// The processes kept in-house: the complement of [`Recommendation::changing`]
    /// (some may need more people for their hours, see their `coverage_cost`).
    pub fn unchanged(&self) -> impl Iterator<Item = &ProcessAdvice> {
        self.processes.iter().filter(|p| !p.changes())
    }
}

impl ProcessAdvice {
    /// Whether the advice changes something (see [`Recommendation::changing`]).
    pub fn changes(&self) -> bool {
        self.decision != Decision::KeepInHouse
    }

    /// The best eligible decision other than the recommended one.
    pub fn decision_runner_up(&self) -> Option<Decision> {
        runner_up(&self.alternatives, self.decision).map(|s| s.option)
    }

    /// The best available location other than the recommended one (`None` when no
    /// provider is used or no other location is available).
    pub fn location_runner_up(&self) -> Option<LocationModel> {
        runner_up(&self.locations, self.location?).map(|s| s.option)
    }
}

/// Evaluates an assessment. Validates first; never panics.
pub fn recommend(a: &Assessment) -> Result<Recommendation, EngineError> {
    validate(a)?;
    let home = location::home(&a.company).ok_or_else(|| EngineError::UnknownCountry {
        field: "company.home".into(),
        code: a.company.home.clone(),
    })?;
    let fig = Figures::new(a, home);
    let families = by_family(a, &fig);
    // One set of score tables, filled for each process in turn.
    let mut tables = ScoreTables::default();
    let processes: Vec<ProcessAdvice> = a
        .processes
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let here = families.of(i);
            let options = here.options.get(a.risk.residency);
            if p.languages.is_empty() {
                advise(a, p, &here.places, here, options, &fig, &mut tables)
            } else {
                let own = places_for_languages(
                    &here.places,
                    &here.options,
                    &a.company.home,
                    &p.languages,
                );
                advise(a, p, &own, here, options, &fig, &mut tables)
            }
        })
        .collect();
    let decisions: Vec<Decision> = processes.iter().map(|p| p.decision).collect();
    let transfers = processes
        .iter()
        .any(|p| p.risks.contains(&Risk::DataTransfer));
    let roadmap = plan::roadmap(a, &decisions);
    let portfolio = portfolio(&processes, &roadmap, fig.term_months());
    let names: Vec<Vec<Cow<'static, str>>> = families
        .all
        .iter()
        .map(|f| {
            families
                .processes_of(f.family)
                .map(|i| processes[i].name.clone())
                .collect()
        })
        .collect();
    // The families' options are moved into the report, not copied.
    let locations = families
        .all
        .into_iter()
        .zip(names)
        .map(|(f, processes)| FamilyLocations {
            family: f.family,
            processes,
            options: f.options.take(a.risk.residency).into(),
        })
        .collect();
    Ok(Recommendation {
        currency: home.currency,
        term_months: fig.term_months(),
        roadmap,
        checklist: plan::checklist(a, &decisions, transfers),
        limit_dependency: a.risk.dependency_tolerance == Level::Low,
        processes,
        portfolio,
        locations,
    })
}

fn advise(
    a: &Assessment,
    p: &ProcessAnswer,
    places: &Places,
    family: &FamilyPlaces,
    options: &[LocationOption; 4],
    fig: &Figures,
    tables: &mut ScoreTables,
) -> ProcessAdvice {
    let f = factors(a, p, places, &family.rates, fig);
    tables.fill(&f);
    let tables = &*tables;
    let decision = explain::decision(&f, tables);
    let best_location = explain::location(&f, tables, decision.chosen.uses_provider());
    let location = decision
        .chosen
        .uses_provider()
        .then_some(best_location.chosen);
    let confidence = match location {
        Some(_) => decision.confidence.min(best_location.confidence),
        None => decision.confidence,
    };
    let chosen = location.map(|l| &options[l.rank()]);
    let countries = chosen.map(|o| o.countries.clone()).unwrap_or_default();
    let partner = hybrid_partner(options);
    let (current, estimated) = current_cost(p, fig);
    let cost = cost::impact(&CostInput {
        current,
        estimated,
        decision: decision.chosen,
        location: chosen,
        hybrid_partner: partner,
        process: p,
        automation: a.risk.automation,
        figures: fig,
    });
    let night = chosen.is_some_and(|o| plan::night_shift(o, p.overlap_hours));
    ProcessAdvice {
        id: p.id.clone(),
        name: processes::kept_name_of(p),
        decision: decision.chosen,
        kind: OutsourcingType::for_kind(p.kind),
        location,
        countries,
        engagement: plan::engagement(p),
        scope: location.map(|_| {
            let moved = match decision.chosen {
                Decision::CoSource => score::CO_SOURCED_SHARE,
                _ => 1.0,
            };
            if cost::is_service(p.fte * moved) {
                Scope::Service
            } else {
                Scope::Programme
            }
        }),
        vendors: plan::vendors(a, p, location),
        confidence,
        alternatives: decision.ranked,
        locations: best_location.ranked,
        reasons: decision.reasons,
        location_reasons: best_location.reasons,
        flip: whatif::smallest_flip(&f, tables),
        risks: plan::risks(a, p, decision.chosen, chosen, night),
        kpis: plan::kpis(p, decision.chosen),
        matrix: matrix_point(decision.chosen, tables.decision_totals(), |d| {
            score::decision_gate(&f, d).is_none()
        }),
        cost,
        automation: automate::part(decision.chosen, p, current, a.risk.automation, fig),
        payoff: f.payoff,
    }
}
