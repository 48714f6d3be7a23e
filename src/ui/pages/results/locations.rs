//! Onshore, nearshore, hybrid and offshore side by side for this company.

use crate::content::{advice, families, text};
use crate::engine::location::PROVIDER_DAY;
use crate::engine::model::MAX_OVERLAP_HOURS;
use crate::engine::outcome::LocationModel;
use crate::engine::recommend::{FamilyLocations, ProcessAdvice, Recommendation};
use crate::ui::format;
use std::rc::Rc;
use yew::prelude::*;

use super::fold::Fold;
use super::{use_printing, ReportProps, Shared};

#[component]
pub(super) fn Locations(props: &ReportProps) -> Html {
    let r = &props.rec;
    let printing = use_printing();
    let places: Vec<String> = r
        .portfolio
        .by_location
        .iter()
        .map(|(l, n)| advice::processes_at(*l, *n))
        .collect();
    let conclusion = if places.is_empty() {
        text::NO_PROVIDER_LOCATION.get().to_owned()
    } else {
        text::provider_locations(&places.join(", "))
    };
    html! {
        <Fold id="locations-heading" heading={text::LOCATIONS_HEADING.get()} conclusion={conclusion}>
            <dl class="model-help">
                { for LocationModel::ALL.iter().map(|m| html! {
                    <div key={advice::location(*m)}>
                        <dt>{ advice::location(*m) }</dt>
                        <dd>{ advice::location_help(*m) }</dd>
                    </div>
                }) }
            </dl>
            <FamilyTables rec={r.clone()} {printing} />
            <p class="help"><span aria-hidden="true">{ TALENT_MARK }</span>{ format!(" {} ({}). {}", text::TALENT_LEGEND, families::TALENT_BASIS.label(), text::FAMILY_NOTE) }</p>
            <p class="help">{ text::provider_day_note(PROVIDER_DAY.0, PROVIDER_DAY.1) }</p>
        </Fold>
    }
}

/// Props of [`FamilyTables`]: equal when everything the tables show is, so that a
/// what-if that moves no option leaves the tables undrawn (most what-ifs: the options
/// follow the company, not the goals or the risk tolerance). They show the options of
/// every family and, on paper, only the families with work going to a provider.
#[derive(Properties, Clone)]
struct FamilyTablesProps {
    rec: Shared<Recommendation>,
    /// Drawn for paper.
    printing: bool,
}

impl PartialEq for FamilyTablesProps {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&*self.rec, &*other.rec);
        fn provided(p: &ProcessAdvice) -> (bool, &str) {
            (p.location.is_some(), &p.name)
        }
        self.printing == other.printing
            && (Rc::ptr_eq(&self.rec.0, &other.rec.0)
                || (a.locations == b.locations
                    && (!self.printing
                        || a.processes
                            .iter()
                            .map(provided)
                            .eq(b.processes.iter().map(provided)))))
    }
}

/// The options of every job family, one table each.
#[component]
fn FamilyTables(props: &FamilyTablesProps) -> Html {
    let r = &props.rec;
    let printing = props.printing;
    html! {
        // On paper, only the work that goes to a provider.
        { for r.locations.iter().enumerate().filter(|(_, f)| !printing || to_provider(r, f)).map(|(i, f)| html! {
            { family_table(f, i == 0 || printing) }
        }) }
    }
}

/// Whether any process of a job family goes to a provider.
fn to_provider(r: &Recommendation, f: &FamilyLocations) -> bool {
    r.processes
        .iter()
        .any(|p| p.location.is_some() && f.processes.contains(&p.name))
}

/// Marks an example country with a talent pool for the work (explained under the tables).
const TALENT_MARK: &str = "◆";

/// Onshore, nearshore, hybrid and offshore for the work of one job family, shown opened
/// when `open` (the first family, and every family in print).
fn family_table(f: &FamilyLocations, open: bool) -> Html {
    let home = f
        .options
        .first()
        .and_then(|o| o.countries.first())
        .map_or("", |c| c.code);
    let caption = text::family_caption(advice::family(f.family), &f.processes.join(", "));
    html! {
        <details class="family-locations" key={advice::family(f.family)} {open}>
        <summary>{ caption.clone() }</summary>
        <div class="table-scroll" tabindex="0" role="region" aria-label={caption.clone()}>
            <table class="locations stack">
                <caption class="visually-hidden">{ caption }</caption>
                <thead><tr>
                    <th scope="col">{ text::COL_MODEL }</th>
                    <th scope="col">{ text::COL_COUNTRIES }</th>
                    <th scope="col">{ text::OVERLAP_RESULT }</th>
                    <th scope="col">{ text::COL_ALIGNED_SHIFT }</th>
                    <th scope="col">{ text::COL_COST_VS_HOME }</th>
                    <th scope="col">{ text::COL_NOTES }</th>
                </tr></thead>
                <tbody>
                    { for f.options.iter().map(|o| {
                        let overlap = format::per_country(o.countries.iter().map(|c| (c.name, text::overlap_range(&format::hours(c.overlap_min), &format::hours(c.overlap_max)))));
                        let full_day = usize::from(MAX_OVERLAP_HOURS);
                        let shift = o.countries.iter()
                            .filter(|c| c.code != home)
                            .map(|c| (c.name, text::aligned_shift(&format::hours(c.night_hours[full_day]), &format::percent(c.night_premium))));
                        let shift = format::per_country(shift);
                        let cost = format::per_country(o.countries.iter().map(|c| (c.name, format::percent(c.cost_ratio))));
                        let names = o.countries.iter().enumerate().map(|(i, c)| html! {
                            <>
                                if i > 0 { { ", " } }
                                { c.name }
                                if c.talent {
                                    <span aria-hidden="true">{ format!("\u{a0}{TALENT_MARK}") }</span>
                                    <span class="visually-hidden">{ format!(" ({})", text::TALENT_POOL) }</span>
                                }
                            </>
                        });
                        html! {
                            <tr key={advice::location(o.model)}>
                                <th scope="row">{ advice::location(o.model) }</th>
                                <td data-label={text::COL_COUNTRIES}>
                                    if o.countries.is_empty() { { "–" } } else { { for names } }
                                </td>
                                <td data-label={text::OVERLAP_RESULT}>{ if overlap.is_empty() { "–".to_owned() } else { overlap } }</td>
                                <td data-label={text::COL_ALIGNED_SHIFT}>{ if shift.is_empty() { "–".to_owned() } else { shift } }</td>
                                <td data-label={text::COL_COST_VS_HOME}>{ if cost.is_empty() { "–".to_owned() } else { cost } }</td>
                                <td data-label={text::COL_NOTES}>
                                    if let Some(u) = o.unavailable {
                                        { advice::unavailable(u) }
                                    } else {
                                        <ul class="notes">
                                            { for o.notes.iter().map(|n| html! { <li key={advice::location_note(*n)}>{ advice::location_note(*n) }</li> }) }
                                        </ul>
                                    }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Residency, StrategicRole};
    use crate::engine::{examples, recommend};

    fn props(a: &crate::engine::Assessment, printing: bool) -> FamilyTablesProps {
        FamilyTablesProps {
            rec: Shared(Rc::new(recommend(a).expect("valid"))),
            printing,
        }
    }

    /// The tables are drawn again exactly when what they show changes: the options (a
    /// residency setting moves them), and on paper which work goes to a provider; a
    /// change that moves decisions but no option leaves them as drawn.
    #[test]
    fn family_tables_are_drawn_again_only_when_what_they_show_changes() {
        let a = examples::with_processes(20);
        assert!(props(&a, false) == props(&a, false));
        let mut kept = a.clone();
        for p in &mut kept.processes {
            p.role = StrategicRole::Differentiating;
        }
        let (before, after) = (recommend(&a).unwrap(), recommend(&kept).unwrap());
        assert_eq!(before.locations, after.locations);
        let provided = |r: &Recommendation| -> Vec<bool> {
            r.processes.iter().map(|p| p.location.is_some()).collect()
        };
        assert_ne!(
            provided(&before),
            provided(&after),
            "the example must move some work"
        );
        assert!(props(&a, false) == props(&kept, false));
        assert!(props(&a, true) != props(&kept, true));
        assert!(props(&a, false) != props(&a, true));
        let mut at_home = a.clone();
        at_home.risk.residency = Residency::HomeCountry;
        assert!(props(&a, false) != props(&at_home, false));
    }
}
