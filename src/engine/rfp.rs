//! Requests for proposals: the work going to providers, grouped as a buyer tenders it
//! (one request per provider type and location model), with what each request must
//! settle: the scope and volumes, the service levels the advice proposes, the data and
//! regulatory terms, the transition, exit and step-in, the pricing model to ask for, and
//! evaluation criteria weighted from the company's goals (seed 000's vendor-selection
//! questions). Plain data: `content::rfp` words it, the UI lays it out and writes files.

use std::borrow::Cow;

use super::model::{
    Assessment, Coverage, Demand, Language, ProcessAnswer, ProcessId, Regulation, Residency,
    Sensitivity, StrategicRole, WorkKind, DOCUMENTED, SCALE_MAX,
};
use super::order;
pub use super::outcome::{Criterion, Pricing};
use super::outcome::{
    Decision, Engagement, Kpi, LocationModel, OutsourcingType, Scope, VendorStrategy,
};
use super::recommend::{ProcessAdvice, Recommendation};
use crate::content::country_risk::Transfer;

/// The most price may weigh among the criteria, in percent. Seed 000: "don't let
/// pricing get in the way of your decision"; a provider that is cheaper but cannot meet
/// the need costs more later. Shorewise's own limit, not a published figure.
pub const PRICE_CAP: u32 = 40;

/// How rule-based (0–5) standard work is, to be priced per unit.
const RULE_BASED: u8 = 3;

/// One process in a request.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// The process.
    pub id: ProcessId,
    /// Its name.
    pub name: Cow<'static, str>,
    /// Co-sourced (a retained team keeps control) or outsourced whole.
    pub decision: Decision,
    /// Volume today, full-time equivalents.
    pub fte: f64,
    /// The hours it must be staffed.
    pub coverage: Coverage,
    /// Hours a day the provider's people must overlap with the company's day.
    pub overlap_hours: u8,
    /// Languages it serves customers in (empty when it does not talk to customers).
    pub languages: Vec<Language>,
    /// Shape of demand.
    pub demand: Demand,
    /// Sensitivity of the data it handles.
    pub sensitivity: Sensitivity,
    /// Well enough documented to hand over as it is.
    pub documented: bool,
    /// A dedicated programme, or a managed service for less than one person's work.
    pub scope: Scope,
    /// Permanent or flexible.
    pub engagement: Engagement,
    /// The pricing model to ask for.
    pub pricing: Pricing,
    /// The share of the work the provider is expected to automate, when the advice
    /// counts on it.
    pub automated_share: Option<f64>,
}

/// The data, residency and regulatory terms of a request.
#[derive(Clone, Debug, PartialEq)]
pub struct DataTerms {
    /// The most sensitive data any process in it handles.
    pub sensitivity: Sensitivity,
    /// Where the data may be held.
    pub residency: Residency,
    /// Regulations that follow the data.
    pub regulations: Vec<Regulation>,
    /// Personal data would go to a country without an adequacy decision: standard
    /// contractual clauses and a transfer impact assessment are needed.
    pub safeguards: bool,
}

impl DataTerms {
    /// Personal or more sensitive data is involved.
    pub fn personal(&self) -> bool {
        self.sensitivity >= Sensitivity::Confidential
    }
}

/// One request for proposals: the work of one provider type at one location model.
#[derive(Clone, Debug, PartialEq)]
pub struct Tender {
    /// Provider type.
    pub kind: OutsourcingType,
    /// Location model.
    pub location: LocationModel,
    /// Example countries for it, in the advice's order, without repeats.
    pub countries: Vec<&'static str>,
    /// The processes, in assessment order.
    pub lines: Vec<Line>,
    /// Service levels to agree, without repeats, in the order the advice names them.
    pub kpis: Vec<Kpi>,
    /// Data, residency and regulation.
    pub data: DataTerms,
    /// Month the transition starts and the month it should be complete (from the
    /// roadmap).
    pub months: (u32, u32),
    /// The request splits the work between several providers.
    pub several_vendors: bool,
    /// Step-in rights are needed: operations depend on the work, or it handles
    /// restricted data.
    pub step_in: bool,
    /// Evaluation criteria with their weights in percent (adding up to 100), in
    /// [`Criterion::ALL`] order.
    pub criteria: Vec<(Criterion, u32)>,
}

impl Tender {
    /// Full-time equivalents in scope.
    pub fn fte(&self) -> f64 {
        self.lines.iter().map(|l| l.fte).sum()
    }

    /// The widest coverage window in scope.
    pub fn coverage(&self) -> Coverage {
        self.lines
            .iter()
            .map(|l| l.coverage)
            .max()
            .unwrap_or_default()
    }

    /// Every pricing model asked for, each with the processes it applies to.
    pub fn pricing(&self) -> Vec<(Pricing, Vec<&str>)> {
        let mut out: Vec<(Pricing, Vec<&str>)> = Vec::new();
        for l in &self.lines {
            match out.iter_mut().find(|(p, _)| *p == l.pricing) {
                Some((_, names)) => names.push(&l.name),
                None => out.push((l.pricing, vec![&l.name])),
            }
        }
        order::sort_short(&mut out, |a, b| a.0.cmp(&b.0));
        out
    }

    /// Some process needs documenting before or during the hand-over.
    pub fn document_first(&self) -> bool {
        self.lines.iter().any(|l| !l.documented)
    }
}

/// The requests for proposals of a recommendation: one per provider type and location
/// model that some process goes to, in order of first appearance. Empty when nothing
/// goes to a provider.
pub fn tenders(a: &Assessment, r: &Recommendation) -> Vec<Tender> {
    let mut out: Vec<Tender> = Vec::new();
    for (p, answer) in r
        .processes
        .iter()
        .filter_map(|p| Some((p, a.processes.iter().find(|x| x.id == p.id)?)))
    {
        let Some(location) = p.location else { continue };
        let i = match out
            .iter()
            .position(|t| t.kind == p.kind && t.location == location)
        {
            Some(i) => i,
            None => {
                out.push(empty(a, p.kind, location));
                out.len() - 1
            }
        };
        add(&mut out[i], a, r, p, answer);
    }
    for t in &mut out {
        t.criteria = criteria(a, t.data.sensitivity);
        if t.months.0 > t.months.1 {
            t.months = (0, 0);
        }
    }
    out
}

/// A request with no process yet.
fn empty(a: &Assessment, kind: OutsourcingType, location: LocationModel) -> Tender {
    Tender {
        kind,
        location,
        countries: Vec::new(),
        lines: Vec::new(),
        kpis: Vec::new(),
        data: DataTerms {
            sensitivity: Sensitivity::Public,
            residency: a.risk.residency,
            regulations: a.risk.regulations.clone(),
            safeguards: false,
        },
        months: (u32::MAX, 0),
        several_vendors: false,
        step_in: false,
        criteria: Vec::new(),
    }
}

/// Adds one process to its request.
fn add(t: &mut Tender, a: &Assessment, r: &Recommendation, p: &ProcessAdvice, x: &ProcessAnswer) {
    for c in &p.countries {
        if !t.countries.contains(&c.name) {
            t.countries.push(c.name);
        }
        if x.sensitivity >= Sensitivity::Confidential && c.transfer == Transfer::NeedsSafeguards {
            t.data.safeguards = true;
        }
    }
    for k in p.kpis.iter() {
        if !t.kpis.contains(k) {
            t.kpis.push(*k);
        }
    }
    t.data.sensitivity = t.data.sensitivity.max(x.sensitivity);
    if let Some(w) = r.roadmap.iter().find(|w| w.processes.contains(&p.id)) {
        t.months = (t.months.0.min(w.start_month), t.months.1.max(w.end_month));
    }
    t.several_vendors |= p.vendors == VendorStrategy::Several;
    t.step_in |= x.role == StrategicRole::Critical || x.sensitivity == Sensitivity::Restricted;
    t.lines.push(Line {
        id: p.id.clone(),
        name: p.name.clone(),
        decision: p.decision,
        fte: x.fte,
        coverage: x.coverage,
        overlap_hours: x.overlap_hours,
        languages: if x.customer_facing {
            if x.languages.is_empty() {
                a.company.customer_languages.clone()
            } else {
                x.languages.clone()
            }
        } else {
            Vec::new()
        },
        demand: x.demand,
        sensitivity: x.sensitivity,
        documented: x.documentation >= DOCUMENTED,
        scope: p.scope.unwrap_or(Scope::Programme),
        engagement: p.engagement,
        pricing: pricing(x),
        automated_share: p.automation.as_ref().map(|part| part.share),
    });
}

/// The pricing model to ask for, by the kind of work: legal and research work and
/// one-off projects per deliverable; expert analysis per FTE; standard, documented,
/// rule-based work, and work whose volume rises and falls, per unit; the rest per FTE.
pub fn pricing(x: &ProcessAnswer) -> Pricing {
    match x.kind {
        WorkKind::Legal | WorkKind::Research => Pricing::PerDeliverable,
        _ if x.demand == Demand::Project => Pricing::PerDeliverable,
        WorkKind::Knowledge => Pricing::PerFte,
        _ if x.rule_based >= RULE_BASED && x.documentation >= DOCUMENTED => Pricing::PerTransaction,
        _ if x.demand == Demand::Seasonal => Pricing::PerTransaction,
        _ => Pricing::PerFte,
    }
}

/// Evaluation criteria weighted from the goals (each goal's weight 0–5, plus one so
/// that no criterion drops out) and from the data at stake (security weighs one plus the
/// sensitivity's rank, one more when regulations apply); track record weighs a steady
/// two. Price weighs at most [`PRICE_CAP`] percent. Whole percents adding up to 100
/// (largest remainders).
pub fn criteria(a: &Assessment, sensitivity: Sensitivity) -> Vec<(Criterion, u32)> {
    let g = &a.goals;
    let regulated = u8::from(!a.risk.regulations.is_empty());
    let raw = |c: Criterion| -> f64 {
        let v = match c {
            Criterion::Price => g.cost + 1,
            Criterion::Quality => g.quality + 1,
            Criterion::Expertise => g.expertise + 1,
            Criterion::Capacity => g.scalability + 1,
            Criterion::Transition => g.speed + 1,
            Criterion::Coverage => g.coverage.max(g.new_markets) + 1,
            Criterion::Security => 1 + sensitivity.rank() + regulated,
            Criterion::TrackRecord => 2,
        };
        f64::from(v.min(SCALE_MAX + 1))
    };
    let mut weights: Vec<f64> = Criterion::ALL.iter().map(|c| raw(*c)).collect();
    let others: f64 = weights[1..].iter().sum();
    let cap = f64::from(PRICE_CAP) / 100.0;
    if weights[0] > cap / (1.0 - cap) * others {
        weights[0] = cap / (1.0 - cap) * others;
    }
    let total: f64 = weights.iter().sum();
    let exact: Vec<f64> = weights.iter().map(|w| w * 100.0 / total).collect();
    let mut whole: Vec<u32> = exact.iter().map(|e| e.floor() as u32).collect();
    let short = 100 - whole.iter().sum::<u32>();
    let mut by_remainder: Vec<usize> = (0..exact.len()).collect();
    // Largest remainder first; on a tie the earlier criterion (the sort is stable).
    order::sort_short(&mut by_remainder, |&i, &j| {
        (exact[j] - exact[j].floor()).total_cmp(&(exact[i] - exact[i].floor()))
    });
    for &i in by_remainder.iter().take(short as usize) {
        whole[i] += 1;
    }
    Criterion::ALL.iter().copied().zip(whole).collect()
}
