//! Consequences and next steps: risks with mitigations, KPIs and SLA terms, the roadmap
//! in waves and the vendor checklist. The engine picks items by rule; their wording
//! lives in `content::advice`.

use super::model::{
    Assessment, Demand, Level, ProcessAnswer, ProcessId, Regulation, Sensitivity, WorkKind,
};
use super::outcome::{
    CheckItem, Decision, Engagement, Kpi, LocationModel, Risk, VendorStrategy, WaveKind,
};
use crate::content::economics::wave_months;
use serde::Serialize;

/// Permanent contract for steady work, flexible for peaks and projects.
pub fn engagement(p: &ProcessAnswer) -> Engagement {
    if p.demand == Demand::Steady {
        Engagement::Permanent
    } else {
        Engagement::Flexible
    }
}

/// Several vendors when dependency or risk must stay low, for hybrid delivery, or for
/// large volumes a company can manage; otherwise one.
pub fn vendors(
    a: &Assessment,
    p: &ProcessAnswer,
    location: Option<LocationModel>,
) -> VendorStrategy {
    let several = a.risk.dependency_tolerance == Level::Low
        || a.risk.tolerance == Level::Low
        || location == Some(LocationModel::Hybrid)
        || (p.fte >= 25.0 && a.risk.vendor_management != Level::Low);
    if several {
        VendorStrategy::Several
    } else {
        VendorStrategy::Single
    }
}

/// Picks the risks that apply to one recommendation.
pub fn risks(
    a: &Assessment,
    p: &ProcessAnswer,
    decision: Decision,
    location: Option<LocationModel>,
    overlap_short: bool,
) -> Vec<Risk> {
    let mut out = Vec::new();
    let provider = decision.uses_provider();
    if provider {
        if p.sensitivity >= Sensitivity::Confidential {
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
        if p.customer_facing && location.is_some_and(|l| l != LocationModel::Onshore) {
            out.push(Risk::LanguageCulture);
        }
        out.push(Risk::HiddenCosts);
        if p.judgement >= 3 {
            out.push(Risk::KnowledgeLoss);
        }
        if overlap_short {
            out.push(Risk::TimeZones);
        }
        if p.documentation < 3 {
            out.push(Risk::ProcessMaturity);
        }
    }
    if decision == Decision::Automate {
        out.push(Risk::AutomationExceptions);
        if p.documentation < 3 {
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

/// KPIs and SLA terms suited to the work and the decision.
pub fn kpis(p: &ProcessAnswer, decision: Decision) -> Vec<Kpi> {
    use Kpi::*;
    if decision == Decision::Automate {
        return vec![StraightThrough, ExceptionRate, Accuracy, Availability];
    }
    let mut out = match p.kind {
        WorkKind::FrontOffice if p.customer_facing => {
            vec![ServiceLevel, FirstContactResolution, CustomerSatisfaction]
        }
        WorkKind::FrontOffice => vec![Conversion, Turnaround, CustomerSatisfaction],
        WorkKind::BackOffice => vec![Accuracy, Turnaround, OnTime],
        WorkKind::It => vec![Availability, TimeToRestore, Turnaround],
        WorkKind::Knowledge | WorkKind::Research => vec![Turnaround, Rework, CustomerSatisfaction],
        WorkKind::Legal => vec![Turnaround, Rework, AuditFindings],
    };
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
            Decision::CoSource => 2,
            _ if p.documentation < 3 => 2,
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
pub fn checklist(a: &Assessment, decisions: &[Decision]) -> Vec<CheckItem> {
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
    let mut out = vec![IndustryKnowledge, Capacity];
    if provider
        .iter()
        .any(|p| p.demand != super::model::Demand::Steady)
        || a.goals.scalability >= 3
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
    out.push(BreachHistory);
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
    if a.risk.dependency_tolerance == Level::Low {
        out.push(ExitTerms);
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
