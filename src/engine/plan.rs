//! Consequences and next steps: risks with mitigations, KPIs and SLA terms, the roadmap
//! in waves and the vendor checklist. The engine picks items by rule; their wording
//! lives in `content::advice`.

use super::cost;
use super::few::Few;
use super::location::{self, CountryOption, LocationOption};
use super::model::{
    Assessment, Demand, Level, ProcessAnswer, ProcessId, Regulation, Sensitivity, WorkKind,
    DOCUMENTED,
};
use super::outcome::{
    CheckItem, Decision, Engagement, Kpi, LocationModel, Risk, VendorStrategy, WaveKind,
    WEAK_GOVERNANCE_RISK,
};
use crate::content::country_risk::Transfer;
use crate::content::economics::wave_months;
use serde::Serialize;

/// The risks of one recommendation: at most twelve apply to one decision (eleven with a
/// provider, and staff impact).
pub type Risks = Few<Risk, 12>;

/// The KPIs of one recommendation: three for the kind of work and up to two more, or
/// four for automation.
pub type Kpis = Few<Kpi, 5>;

/// Permanent contract for steady work, flexible for peaks and projects.
pub fn engagement(p: &ProcessAnswer) -> Engagement {
    if p.demand == Demand::Steady {
        Engagement::Permanent
    } else {
        Engagement::Flexible
    }
}

/// People on one process from which a second vendor can pay for itself when the
/// company wants less dependency or delivers from several sites.
pub const SEVERAL_VENDORS_FTE: f64 = 10.0;
/// People on one process from which a second vendor pays for itself anyway (benchmark
/// pressure, continuity).
pub const LARGE_SCOPE_FTE: f64 = 25.0;

/// Several vendors only where the scope justifies the management they take (rule
/// `vendor_strategy_scales_with_scope`): never for a company that cannot manage
/// vendors; from [`SEVERAL_VENDORS_FTE`] people when dependency or risk must stay low or
/// delivery is hybrid; from [`LARGE_SCOPE_FTE`] people in any case. Otherwise one vendor,
/// with exit terms where dependency must stay low.
pub fn vendors(
    a: &Assessment,
    p: &ProcessAnswer,
    location: Option<LocationModel>,
) -> VendorStrategy {
    let cautious = a.risk.dependency_tolerance == Level::Low
        || a.risk.tolerance == Level::Low
        || location == Some(LocationModel::Hybrid);
    let several = a.risk.vendor_management != Level::Low
        && (p.fte >= LARGE_SCOPE_FTE || (cautious && p.fte >= SEVERAL_VENDORS_FTE));
    if several {
        VendorStrategy::Several
    } else {
        VendorStrategy::Single
    }
}

/// Picks the risks that apply to one recommendation.
///
/// `location` is the chosen location option when a provider does the work; `night`
/// says whether the provider would need night hours to overlap as the process needs.
pub fn risks(
    a: &Assessment,
    p: &ProcessAnswer,
    decision: Decision,
    location: Option<&LocationOption>,
    night: bool,
) -> Risks {
    let mut out = Risks::new(Risk::HiddenCosts);
    let provider = decision.uses_provider();
    let sensitive = p.sensitivity >= Sensitivity::Confidential;
    if provider {
        if sensitive {
            out.push(Risk::DataSecurity);
        }
        if !a.risk.regulations.is_empty() {
            out.push(Risk::Regulatory);
        }
        if a.risk.dependency_tolerance != Level::High {
            out.push(Risk::Dependency);
        }
        if p.customer_facing || a.goals.quality >= 3 {
            out.push(Risk::QualityControl);
        }
        if p.customer_facing && location.is_some_and(|o| !speaks(a, p, o)) {
            out.push(Risk::LanguageCulture);
        }
        out.push(Risk::HiddenCosts);
        if p.judgement >= 3 {
            out.push(Risk::KnowledgeLoss);
        }
        if night {
            out.push(Risk::NightShift);
        } else if location.is_some_and(|o| overlap_short(o, p.overlap_hours)) {
            out.push(Risk::TimeZones);
        }
        if p.documentation < DOCUMENTED {
            out.push(Risk::ProcessMaturity);
        }
        if let Some(example) = location.and_then(distant_example) {
            if transfers_personal_data(p, example) {
                out.push(Risk::DataTransfer);
            }
            if (sensitive || !a.risk.regulations.is_empty()) && example.risk >= WEAK_GOVERNANCE_RISK
            {
                out.push(Risk::CountryRisk);
            }
        }
    }
    if decision == Decision::Automate {
        // Bots handle the same data under the same rules: the risks stay.
        if sensitive {
            out.push(Risk::DataSecurity);
            if !a.risk.regulations.is_empty() {
                out.push(Risk::Regulatory);
            }
        }
        out.push(Risk::AutomationExceptions);
        if p.documentation < DOCUMENTED {
            out.push(Risk::ProcessMaturity);
        }
    }
    if decision != Decision::KeepInHouse && p.fte >= 1.0 {
        out.push(Risk::StaffImpact);
    }
    if decision == Decision::KeepInHouse && (a.goals.cost >= 3 || a.goals.scalability >= 3) {
        out.push(Risk::CapacityAndCost);
    }
    out
}

/// The example that does the distant work of a location; `None` for onshore work.
pub fn distant_example(o: &LocationOption) -> Option<&CountryOption> {
    o.working_example()
        .filter(|_| o.model != LocationModel::Onshore)
}

/// Whether the process's personal data (anything above public) would go to a place that
/// needs standard contractual clauses and a transfer impact assessment for it.
pub fn transfers_personal_data(p: &ProcessAnswer, example: &CountryOption) -> bool {
    p.sensitivity > Sensitivity::Public && example.transfer == Transfer::NeedsSafeguards
}

/// Whether the people at a location speak every language the process serves.
fn speaks(a: &Assessment, p: &ProcessAnswer, o: &LocationOption) -> bool {
    let Some(example) = distant_example(o) else {
        return true;
    };
    let languages = if p.languages.is_empty() {
        &a.company.customer_languages
    } else {
        &p.languages
    };
    crate::content::countries::find(example.code)
        .is_some_and(|c| location::speaks_all(&a.company.home, c, languages))
}

/// Whether a location's day shift overlaps less than the process needs.
fn overlap_short(o: &LocationOption, need: u8) -> bool {
    distant_example(o).is_some_and(|c| c.overlap_min < f64::from(need))
}

/// Whether the provider would need night hours to give a process the overlap it needs.
pub fn night_shift(o: &LocationOption, need: u8) -> bool {
    overlap_short(o, need) && distant_example(o).is_some_and(|c| c.night_hours_for(need) > 0.0)
}

/// KPIs and SLA terms suited to the work and the decision.
pub fn kpis(p: &ProcessAnswer, decision: Decision) -> Kpis {
    use Kpi::*;
    let mut out = Kpis::new(Accuracy);
    if decision == Decision::Automate {
        out.extend([StraightThrough, ExceptionRate, Accuracy, Availability]);
        return out;
    }
    let base: [Kpi; 3] = match p.kind {
        WorkKind::FrontOffice if p.customer_facing => {
            [ServiceLevel, FirstContactResolution, CustomerSatisfaction]
        }
        WorkKind::FrontOffice => [Conversion, Turnaround, CustomerSatisfaction],
        WorkKind::BackOffice => [Accuracy, Turnaround, OnTime],
        WorkKind::It => [Availability, TimeToRestore, Turnaround],
        WorkKind::Knowledge | WorkKind::Research => [Turnaround, Rework, CustomerSatisfaction],
        WorkKind::Legal => [Turnaround, Rework, AuditFindings],
    };
    out.extend(base);
    if p.sensitivity >= Sensitivity::Confidential {
        out.push(SecurityIncidents);
    }
    if decision.uses_provider() {
        out.push(Attrition);
    }
    out
}

/// One wave of the programme.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Wave {
    /// What the wave is about.
    pub kind: WaveKind,
    /// Ids of the processes in it, in assessment order.
    pub processes: Vec<ProcessId>,
    /// Month the wave starts (0 = now).
    pub start_month: u32,
    /// Month the hand-over should be complete.
    pub end_month: u32,
}

/// Groups the processes that change into waves, quick wins first. Each wave runs the
/// eight BPO steps; waves overlap so that lessons from one feed the next.
pub fn roadmap(a: &Assessment, decisions: &[Decision]) -> Vec<Wave> {
    let length = wave_months(a.risk.transition_appetite);
    let mut waves = [
        (WaveKind::QuickWins, Vec::new()),
        (WaveKind::Core, Vec::new()),
        (WaveKind::Complex, Vec::new()),
    ];
    for (p, d) in a.processes.iter().zip(decisions) {
        let slot = match d {
            Decision::KeepInHouse => continue,
            // Work bought as a service needs no programme: it starts with the quick wins.
            _ if d.uses_provider() && cost::is_service(p.fte) => 0,
            Decision::CoSource => 2,
            _ if p.documentation < DOCUMENTED => 2,
            Decision::Automate => 0,
            _ if p.sensitivity <= Sensitivity::Internal && p.judgement <= 2 => 0,
            _ => 1,
        };
        waves[slot].1.push(p.id.clone());
    }
    let mut start = 0;
    let mut out = Vec::new();
    for (kind, processes) in waves {
        if processes.is_empty() {
            continue;
        }
        out.push(Wave {
            kind,
            processes,
            start_month: start,
            end_month: start + length,
        });
        start += length / 2 + 1;
    }
    out
}

/// Builds the checklist for the answers given and the recommendations made.
pub fn checklist(a: &Assessment, decisions: &[Decision], transfers: bool) -> Vec<CheckItem> {
    use CheckItem::*;
    let provider: Vec<&ProcessAnswer> = a
        .processes
        .iter()
        .zip(decisions)
        .filter(|(_, d)| d.uses_provider())
        .map(|(p, _)| p)
        .collect();
    if provider.is_empty() {
        return Vec::new();
    }
    // Work bought as a service needs the questions that protect data and set service
    // levels, not those that choose a partner for a programme (rule
    // `a_scope_below_one_person_is_bought_as_a_service`).
    let programme = provider.iter().any(|p| !cost::is_service(p.fte));
    let mut out = Vec::new();
    if programme {
        out.extend([IndustryKnowledge, Capacity]);
    }
    if programme
        && (provider
            .iter()
            .any(|p| p.demand != super::model::Demand::Steady)
            || a.goals.scalability >= 3)
    {
        out.push(Flexibility);
    }
    out.push(Security);
    if provider
        .iter()
        .any(|p| p.sensitivity >= Sensitivity::Confidential)
    {
        out.push(Certifications);
    }
    if programme {
        out.push(BreachHistory);
    }
    let home_eea =
        crate::content::countries::find(&a.company.home).is_some_and(|c| c.eea || c.code == "GB");
    for (reg, item) in [
        (Regulation::Gdpr, GdprTerms),
        (Regulation::Hipaa, Hipaa),
        (Regulation::PciDss, PciDss),
        (Regulation::Sox, Sox),
        (Regulation::Sector, SectorRules),
    ] {
        if a.risk.regulations.contains(&reg) || (reg == Regulation::Gdpr && home_eea) {
            out.push(item);
        }
    }
    if a.risk.residency != super::model::Residency::None {
        out.push(Residency);
    }
    if transfers {
        out.push(TransferSafeguards);
    }
    if !programme {
        out.extend([Kpis, References]);
        return out;
    }
    if a.risk.dependency_tolerance == Level::Low {
        out.push(ExitTerms);
        out.push(StepInRights);
    }
    if a.risk.dependency_tolerance == Level::Low || a.risk.tolerance == Level::Low {
        out.push(MultiVendor);
    }
    if provider.iter().any(|p| p.customer_facing) {
        out.push(Languages);
    }
    if a.goals.coverage >= 3 {
        out.push(RoundTheClock);
    }
    out.extend([Kpis, References, NotPriceAlone]);
    out
}
