//! Cost impact per process with totals, the savings caveat, and the assumptions with
//! their sources (and the wage editor).

use crate::content::economics::{ASSUMPTIONS, REALISED_SAVINGS_NOTE};
use crate::content::sources::Basis;
use crate::content::text;
use crate::engine::cost::Range;
use crate::ui::format;
use yew::prelude::*;

use super::wages::WageEditor;
use super::{use_printing, ReportProps};

fn range_cells(r: Range, currency: &str) -> Html {
    html! {
        <>
            <td>{ format::money(r.low, currency) }</td>
            <td>{ format::money(r.expected, currency) }</td>
            <td>{ format::money(r.high, currency) }</td>
        </>
    }
}

#[component]
pub(super) fn CostSection(props: &ReportProps) -> Html {
    let printing = use_printing();
    let r = &props.rec;
    html! {
        <section aria-labelledby="cost-heading">
            <h2 id="cost-heading">{ text::COST_HEADING }</h2>
            <div class="table-scroll">
                <table class="cost">
                    <caption>{ text::saving_table_caption(r.currency) }</caption>
                    <thead><tr>
                        <th scope="col">{ text::COL_PROCESS }</th>
                        <th scope="col">{ text::CURRENT_COST }</th>
                        <th scope="col">{ text::COL_LOW }</th><th scope="col">{ text::COL_EXPECTED }</th><th scope="col">{ text::COL_HIGH }</th>
                        <th scope="col">{ text::BREAK_EVEN }</th>
                    </tr></thead>
                    <tbody>
                        { for r.changing().map(|p| html! {
                            <tr key={p.id.to_string()}>
                                <th scope="row">{ p.name.clone() }</th>
                                <td>{ format::current_cost(p.cost.current, p.cost.estimated, r.currency) }</td>
                                { range_cells(p.cost.annual_saving, r.currency) }
                                <td>{ format::months(p.cost.break_even_months) }</td>
                            </tr>
                        }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{ text::TOTAL }</th>
                        <td>{ format::money(r.portfolio.current_cost, r.currency) }</td>
                        { range_cells(r.portfolio.annual_saving, r.currency) }
                        <td>{ format::months(r.portfolio.break_even_months) }</td>
                    </tr></tfoot>
                </table>
            </div>
            <p>{ text::one_off_total(&format::money_range(r.portfolio.one_off, r.currency)) }</p>
            if r.portfolio.one_off.expected > 0.0 || r.portfolio.annual_saving.expected != 0.0 {
                <div class="table-scroll">
                    <table class="cash-flow">
                        <caption>{ text::cash_flow_caption(r.currency) }</caption>
                        <thead><tr>
                            <th scope="col">{ text::COL_YEAR }</th>
                            <th scope="col">{ text::COL_LOW }</th><th scope="col">{ text::COL_EXPECTED }</th><th scope="col">{ text::COL_HIGH }</th>
                        </tr></thead>
                        <tbody>
                            { for r.portfolio.cash_flow.iter().enumerate().map(|(i, y)| html! {
                                <tr key={i}>
                                    <th scope="row">{ text::year_n(i + 1) }</th>
                                    { range_cells(*y, r.currency) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="help">{ text::CASH_FLOW_NOTE }</p>
            }
            <p class="help">{ text::SAVINGS_CAVEAT }{ " " }{ REALISED_SAVINGS_NOTE.label() }</p>
            <details open={printing}>
                <summary>{ text::ASSUMPTIONS_HEADING }</summary>
                <ul class="assumptions">
                    { for ASSUMPTIONS.iter().map(|(label, f)| {
                        let value = if f.low == f.high { format!("{}", f.low) } else { format!("{} – {}", f.low, f.high) };
                        let class = if matches!(f.basis, Basis::Assumption(_)) { "assumption" } else { "cited" };
                        html! { <li key={*label} {class}><strong>{ *label }</strong>{ format!(": {value}. ") }<em>{ f.basis.label() }</em></li> }
                    }) }
                </ul>
                <WageEditor rec={r.0.clone()} />
            </details>
        </section>
    }
}
