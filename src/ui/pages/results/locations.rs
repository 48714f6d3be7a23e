//! Onshore, nearshore, hybrid and offshore side by side for this company.

use crate::content::{advice, text};
use crate::engine::location::PROVIDER_DAY;
use crate::engine::model::MAX_OVERLAP_HOURS;
use crate::ui::format;
use yew::prelude::*;

use super::ReportProps;

#[component]
pub(super) fn Locations(props: &ReportProps) -> Html {
    let r = &props.rec;
    let home = r.locations[0].countries.first().map_or("", |c| c.code);
    html! {
        <section aria-labelledby="locations-heading">
            <h2 id="locations-heading">{ text::LOCATIONS_HEADING }</h2>
            <div class="table-scroll">
                <table class="locations">
                    <thead><tr>
                        <th scope="col">{ text::COL_MODEL }</th>
                        <th scope="col">{ text::COL_COUNTRIES }</th>
                        <th scope="col">{ text::OVERLAP_RESULT }</th>
                        <th scope="col">{ text::COL_ALIGNED_SHIFT }</th>
                        <th scope="col">{ text::COL_COST_VS_HOME }</th>
                        <th scope="col">{ text::COL_NOTES }</th>
                    </tr></thead>
                    <tbody>
                        { for r.locations.iter().map(|o| {
                            let overlap = o.countries.iter().map(|c| text::overlap_range(c.code, &format::hours(c.overlap_min), &format::hours(c.overlap_max))).collect::<Vec<_>>().join("; ");
                            let full_day = usize::from(MAX_OVERLAP_HOURS);
                            let shift = o.countries.iter()
                                .filter(|c| c.code != home)
                                .map(|c| text::aligned_shift(c.code, &format::hours(c.night_hours[full_day]), &format::percent(c.night_premium)))
                                .collect::<Vec<_>>().join("; ");
                            let cost = o.countries.iter().map(|c| format!("{}: {}", c.code, format::percent(c.cost_ratio))).collect::<Vec<_>>().join("; ");
                            html! {
                                <tr key={advice::location(o.model)}>
                                    <th scope="row">{ advice::location(o.model) }</th>
                                    <td>{ if o.countries.is_empty() { "–".to_owned() } else { o.countries.iter().map(|c| c.name).collect::<Vec<_>>().join(", ") } }</td>
                                    <td>{ if overlap.is_empty() { "–".to_owned() } else { overlap } }</td>
                                    <td>{ if shift.is_empty() { "–".to_owned() } else { shift } }</td>
                                    <td>{ if cost.is_empty() { "–".to_owned() } else { cost } }</td>
                                    <td>
                                        if let Some(u) = o.unavailable {
                                            { advice::unavailable(u) }
                                        } else {
                                            { advice::location_help(o.model) }
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
            <p class="help">{ text::provider_day_note(PROVIDER_DAY.0, PROVIDER_DAY.1) }</p>
        </section>
    }
}
