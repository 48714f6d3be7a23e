//! The printed report's first page, after the summary: every process's advice in one
//! table (advice, provider type, where, yearly saving, payback, confidence) and the most
//! serious risks the changes carry, with how to handle them.

use crate::content::{advice, lang, text};
use crate::engine::summary::summarise;
use crate::engine::Decision;
use crate::ui::format;
use crate::ui::totals;
use yew::prelude::*;

use super::ReportProps;

/// Example countries named per process in the table.
const COUNTRIES: usize = 2;

/// Every process's advice at a glance.
pub(super) fn portfolio(props: &ReportProps) -> Html {
    let r = &props.rec;
    let (saving, total) = totals::savings_shown(r);
    let none = || "–".to_owned();
    html! {
        <section class="portfolio" aria-labelledby="portfolio-heading">
            <h2 id="portfolio-heading">{ text::PORTFOLIO_HEADING }</h2>
            <table class="portfolio-table stack">
                <thead><tr>
                    <th scope="col">{ text::COL_PROCESS }</th>
                    <th scope="col">{ text::COL_ADVICE }</th>
                    <th scope="col">{ text::TYPE }</th>
                    <th scope="col">{ text::WHERE }</th>
                    <th scope="col">{ text::COL_YEARLY_SAVING }</th>
                    <th scope="col">{ text::COL_PAYBACK }</th>
                    <th scope="col">{ text::CONFIDENCE }</th>
                </tr></thead>
                <tbody>
                    { for r.processes.iter().map(|p| {
                        let changes = p.decision != Decision::KeepInHouse;
                        let place = p.location.map_or_else(none, |l| {
                            let names: Vec<&str> = p.countries.iter().take(COUNTRIES).map(|c| c.name).collect();
                            format!("{}{}{}", advice::location(l), lang::colon(), names.join(", "))
                        });
                        html! {
                            <tr key={&p.id}>
                                <th scope="row">{ p.name.clone() }</th>
                                <td data-label={text::COL_ADVICE}>{ advice::decision(p.decision) }</td>
                                <td data-label={text::TYPE}>{ if p.location.is_some() { advice::outsourcing_type(p.kind).to_owned() } else { none() } }</td>
                                <td data-label={text::WHERE}>{ place }</td>
                                <td data-label={text::COL_YEARLY_SAVING}>{ if changes { format::money(saving.range(p.cost.annual_saving).expected, r.currency) } else { none() } }</td>
                                <td data-label={text::COL_PAYBACK}>{ if changes { format::payback(p.cost.break_even_months, r.term_months) } else { none() } }</td>
                                <td data-label={text::CONFIDENCE}>{ advice::confidence(p.confidence) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
                <tfoot><tr>
                    <th scope="row">{ text::TOTAL }</th>
                    <td colspan="3"></td>
                    <td data-label={text::COL_YEARLY_SAVING}>{ format::money(total.expected, r.currency) }</td>
                    <td data-label={text::COL_PAYBACK}>{ format::payback(r.portfolio.break_even_months, r.term_months) }</td>
                    <td></td>
                </tr></tfoot>
            </table>
        </section>
    }
}

/// The most serious risks the changes carry, each with its mitigation and the processes
/// it concerns; nothing when every process is kept.
pub(super) fn top_risks(props: &ReportProps) -> Html {
    let r = &props.rec;
    let risks = summarise(r).risks;
    if risks.is_empty() {
        return Html::default();
    }
    html! {
        <section class="top-risks" aria-labelledby="top-risks-heading">
            <h2 id="top-risks-heading">{ text::TOP_RISKS_HEADING }</h2>
            <ol>
                { for risks.iter().map(|(risk, carriers)| {
                    let (what, mitigation) = advice::risk(*risk);
                    let names: Vec<&str> = carriers.iter().map(|&i| &*r.processes[i].name).collect();
                    html! {
                        <li key={what}>
                            <strong>{ what }</strong>{ " " }{ mitigation }
                            { " " }<span class="carriers">{ text::concerns(&text::names_list(&names)) }</span>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
