//! The executive summary of a recommendation: what to keep, automate and hand over
//! (and where), what it may save and when it pays back, and the biggest risk. The
//! content layer words it; this module only decides what it says.

use super::cost::Range;
use super::outcome::{Decision, LocationModel, OutsourcingType, Risk};
use super::recommend::Recommendation;

/// Processes handed to providers under one decision and location model.
#[derive(Clone, Debug, PartialEq)]
pub struct HandOver {
    /// Outsource or co-source.
    pub decision: Decision,
    /// Where the provider works.
    pub location: LocationModel,
    /// Indices of the processes, in assessment order.
    pub processes: Vec<usize>,
    /// The first example country of the first of them.
    pub example: Option<&'static str>,
}

/// What the executive summary says, as indices into the recommendation's processes.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Processes kept in-house.
    pub kept: Vec<usize>,
    /// Processes to automate in-house.
    pub automated: Vec<usize>,
    /// Processes handed to providers, by decision and location, nearest home first.
    pub handed: Vec<HandOver>,
    /// The portfolio's yearly saving once running.
    pub saving: Range,
    /// Months until the programme breaks even, expected case (`None`: not within reach).
    pub break_even: Option<f64>,
    /// The most serious risk any change carries, with the processes that carry it.
    pub risk: Option<(Risk, Vec<usize>)>,
    /// The [`TOP_RISKS`] most serious risks the changes carry, most serious first,
    /// each with the processes that carry it (the first is [`Summary::risk`]).
    pub risks: Vec<(Risk, Vec<usize>)>,
    /// For a company that cannot bear dependency on one provider, the kinds of work
    /// (towers) going to providers, each to be given to a provider of its own (rule
    /// `low_dependency_tolerance_keeps_control`); empty otherwise.
    pub spread: Vec<OutsourcingType>,
}

/// The risks a summary names at most.
pub const TOP_RISKS: usize = 3;

/// How serious a risk is, 0 the most: losing control of data or of compliance first,
/// then of quality and know-how, then what costs money or time but can be managed
/// (Shorewise's own ordering).
pub fn severity(r: Risk) -> u8 {
    match r {
        Risk::DataSecurity => 0,
        Risk::DataTransfer => 1,
        Risk::Regulatory => 2,
        Risk::CountryRisk => 3,
        Risk::QualityControl => 4,
        Risk::KnowledgeLoss => 5,
        Risk::NightShift => 6,
        Risk::Dependency => 7,
        Risk::LanguageCulture => 8,
        Risk::TimeZones => 9,
        Risk::ProcessMaturity => 10,
        Risk::AutomationExceptions => 11,
        Risk::StaffImpact => 12,
        Risk::HiddenCosts => 13,
        Risk::CapacityAndCost => 14,
    }
}

/// The summary of a recommendation.
pub fn summarise(r: &Recommendation) -> Summary {
    let with = |d: Decision| -> Vec<usize> {
        r.processes
            .iter()
            .enumerate()
            .filter(|(_, p)| p.decision == d)
            .map(|(i, _)| i)
            .collect()
    };
    let mut handed = Vec::new();
    for location in LocationModel::ALL {
        for decision in [Decision::Outsource, Decision::CoSource] {
            let processes: Vec<usize> = r
                .processes
                .iter()
                .enumerate()
                .filter(|(_, p)| p.decision == decision && p.location == Some(location))
                .map(|(i, _)| i)
                .collect();
            if let Some(&first) = processes.first() {
                handed.push(HandOver {
                    decision,
                    location,
                    example: example(r, first, location),
                    processes,
                });
            }
        }
    }
    // Work kept in-house carries its cost, not a change's risk.
    let changing = |i: &usize| r.processes[*i].decision != Decision::KeepInHouse;
    let mut carried: Vec<Risk> = Risk::ALL
        .iter()
        .copied()
        .filter(|risk| {
            (0..r.processes.len())
                .filter(changing)
                .any(|i| r.processes[i].risks.contains(risk))
        })
        .collect();
    super::order::sort_by(&mut carried, |a, b| severity(*a).cmp(&severity(*b)));
    let risks: Vec<(Risk, Vec<usize>)> = carried
        .into_iter()
        .take(TOP_RISKS)
        .map(|risk| {
            let carriers = (0..r.processes.len())
                .filter(changing)
                .filter(|&i| r.processes[i].risks.contains(&risk))
                .collect();
            (risk, carriers)
        })
        .collect();
    let risk = risks.first().cloned();
    Summary {
        kept: with(Decision::KeepInHouse),
        automated: with(Decision::Automate),
        handed,
        saving: r.portfolio.annual_saving,
        break_even: r.portfolio.break_even_months[1],
        risk,
        risks,
        spread: if r.limit_dependency {
            r.portfolio.by_type.iter().map(|(t, _)| *t).collect()
        } else {
            Vec::new()
        },
    }
}

/// The country to name for a hand-over: for a hybrid, the partner abroad (home is the
/// first of its countries).
fn example(r: &Recommendation, i: usize, location: LocationModel) -> Option<&'static str> {
    let countries = &r.processes[i].countries;
    let at = usize::from(location == LocationModel::Hybrid && countries.len() > 1);
    countries.get(at).map(|c| c.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_risks_share_a_severity() {
        let mut ranks: Vec<u8> = Risk::ALL.iter().map(|r| severity(*r)).collect();
        ranks.sort_unstable();
        ranks.dedup();
        assert_eq!(ranks.len(), Risk::ALL.len());
    }

    #[test]
    fn the_top_risks_are_the_most_serious_ones_changes_carry() {
        let r =
            crate::engine::recommend(&crate::engine::examples::with_processes(12)).expect("valid");
        let s = summarise(&r);
        assert!(!s.risks.is_empty() && s.risks.len() <= TOP_RISKS);
        assert_eq!(s.risk, s.risks.first().cloned());
        assert!(s
            .risks
            .windows(2)
            .all(|w| severity(w[0].0) < severity(w[1].0)));
        // Every risk a change carries that is not named is less serious than those named.
        let worst_named = s.risks.iter().map(|(risk, _)| severity(*risk)).max();
        for (i, p) in r.processes.iter().enumerate() {
            let changes = p.decision != Decision::KeepInHouse;
            for risk in &p.risks {
                let named = s.risks.iter().find(|(x, _)| x == risk);
                match named {
                    Some((_, carriers)) => assert_eq!(carriers.contains(&i), changes),
                    None if changes => {
                        assert!(s.risks.len() == TOP_RISKS && Some(severity(*risk)) > worst_named);
                    }
                    None => {}
                }
            }
        }
    }
}
