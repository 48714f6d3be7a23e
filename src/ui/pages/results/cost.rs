//! Cost impact per process with totals, the savings caveat, and the assumptions with
//! their sources (and the wage editor).

use crate::content::economics::REALISED_SAVINGS_NOTE;
use crate::content::text;
use crate::engine::cost::Range;
use crate::engine::model::Assumption;
use crate::ui::components::NumberField;
use crate::ui::format;
use crate::ui::state::Action;
use crate::ui::totals;
use crate::ui::use_app;
use yew::prelude::*;

use super::assumptions::Assumptions;
use super::cashflow::CashFlow;
use super::fold::Fold;
use super::wages::WageEditor;
use super::{use_printing, ReportProps};

fn range_cells(r: Range, currency: &str) -> Html {
    html! {
        <>
            <td data-label={text::SAVING_LOW}>{ format::money(r.low, currency) }</td>
            <td data-label={text::SAVING_EXPECTED}>{ format::money(r.expected, currency) }</td>
            <td data-label={text::SAVING_HIGH}>{ format::money(r.high, currency) }</td>
        </>
    }
}

#[component]
pub(super) fn CostSection(props: &ReportProps) -> Html {
    let printing = use_printing();
    let r = &props.rec;
    // The assumptions and the wage table (a sixth of the page) are drawn only while
    // their disclosure is open, not again on every what-if behind a closed one.
    let assumptions_open = use_state(|| false);
    let on_assumptions_toggle = {
        let open = assumptions_open.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<web_sys::Element>() {
                open.set(details.has_attribute("open"));
            }
        })
    };
    // Totals are the sums of the rows as shown, rounded alike.
    let (saving, saving_total) = totals::savings_shown(r);
    let costs: Vec<Range> = r
        .changing()
        .map(|p| Range {
            low: p.cost.current,
            expected: p.cost.current,
            high: p.cost.current,
        })
        .collect();
    let current = totals::Rounding::of(&costs);
    let current_total = current.total(&costs).expected;
    html! {
        <Fold id="cost-heading" heading={text::COST_HEADING.get()} conclusion={text::cost_conclusion(&format::money_range(saving_total, r.currency), &format::months(r.portfolio.break_even_months, r.term_months))}>
            <div class="table-scroll" tabindex="0" role="region" aria-label={text::saving_table_caption(r.currency)}>
                <table class="cost stack">
                    <caption>{ text::saving_table_caption(r.currency) }</caption>
                    <thead><tr>
                        <th scope="col">{ text::COL_PROCESS }</th>
                        <th scope="col">{ text::CURRENT_COST }</th>
                        <th scope="col">{ text::COL_LOW }</th><th scope="col">{ text::COL_EXPECTED }</th><th scope="col">{ text::COL_HIGH }</th>
                        <th scope="col">{ text::BREAK_EVEN }</th>
                    </tr></thead>
                    <tbody>
                        { for r.changing().map(|p| html! {
                            <tr key={&p.id}>
                                <th scope="row">{ p.name.clone() }</th>
                                <td data-label={text::CURRENT_COST}>{ format::current_cost(current.round(p.cost.current), p.cost.estimated, r.currency) }</td>
                                { range_cells(saving.range(p.cost.annual_saving), r.currency) }
                                <td data-label={text::BREAK_EVEN}>{ format::months(p.cost.break_even_months, r.term_months) }</td>
                            </tr>
                        }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{ text::TOTAL }</th>
                        <td data-label={text::CURRENT_COST}>{ format::money(current_total, r.currency) }</td>
                        { range_cells(saving_total, r.currency) }
                        <td data-label={text::BREAK_EVEN}>{ format::months(r.portfolio.break_even_months, r.term_months) }</td>
                    </tr></tfoot>
                </table>
            </div>
            { kept_as_it_is(&ReportProps { rec: r.clone() }) }
            { coverage_costs(&ReportProps { rec: r.clone() }) }
            <p>{ text::one_off_total(&format::money_range(r.portfolio.one_off, r.currency)) }</p>
            <p>{ text::term_net(r.term_months, &format::money_range(r.portfolio.term_net, r.currency)) }</p>
            if !printing {
                <ContractTerm months={r.term_months} />
            }
            if r.portfolio.one_off.expected > 0.0 || r.portfolio.annual_saving.expected != 0.0 {
                <h3>{ text::CASH_FLOW_HEADING }</h3>
                <CashFlow rec={r.clone()} />
                <p class="help">{ text::CASH_FLOW_NOTE }</p>
            }
            <p class="help">{ text::SAVINGS_CAVEAT }{ " " }{ crate::ui::components::basis(&REALISED_SAVINGS_NOTE) }</p>
            // On paper they follow in the appendix.
            if !printing {
                <details ontoggle={on_assumptions_toggle}>
                    <summary>{ text::ASSUMPTIONS_HEADING }</summary>
                    if *assumptions_open {
                        <Assumptions />
                        <WageEditor rec={r.0.clone()} />
                    }
                </details>
            }
        </Fold>
    }
}

/// Props of [`ContractTerm`].
#[derive(Properties, PartialEq)]
struct TermProps {
    months: u32,
}

/// The contract term, changeable where the cash flow is shown.
#[component]
fn ContractTerm(props: &TermProps) -> Html {
    let state = use_app();
    let bounds = Assumption::ContractMonths.bounds();
    let onchange = state.dispatcher().to_callback().reform(|v: f64| {
        let months = v.round();
        Action::SetAssumption {
            assumption: Assumption::ContractMonths,
            low: months,
            high: months,
        }
    });
    let onvalidity = state
        .dispatcher()
        .to_callback()
        .reform(|invalid: bool| Action::MarkField {
            field: "contract-term".into(),
            invalid,
        });
    html! {
        <div class="field-row contract-term">
            <NumberField id="contract-term" label={text::CONTRACT_TERM} help={AttrValue::Static(text::CONTRACT_TERM_HELP.get())}
                value={f64::from(props.months)} min={bounds.min} max={bounds.max}
                error={AttrValue::from(text::assumption_error(&format::number(bounds.min), &format::number(bounds.max)))}
                {onchange} {onvalidity} />
        </div>
    }
}

/// The processes whose hours today's team does not cover, with what staffing them
/// in-house would add: the baseline the savings are measured against, and the yearly
/// effect against today's spend instead.
fn coverage_costs(props: &ReportProps) -> Html {
    let r = &props.rec;
    let uncovered: Vec<_> = r
        .processes
        .iter()
        .filter(|p| p.cost.coverage_cost.expected > 0.0)
        .collect();
    if uncovered.is_empty() {
        return Html::default();
    }
    let against_today = r.portfolio.against_today;
    html! {
        <div class="coverage-costs">
            <p>{ text::COVERAGE_COST_LEAD }</p>
            <ul>
                { for uncovered.iter().map(|p| {
                    let range = format::money_range(p.cost.coverage_cost, r.currency);
                    html! {
                        <li key={&p.id}>
                            { if p.changes() { text::coverage_cost(&p.name, &range) } else { text::coverage_cost_kept(&p.name, &range) } }
                        </li>
                    }
                }) }
            </ul>
            <p class="help">{ text::coverage_cost_tail(&format::money_range(against_today, r.currency)) }</p>
        </div>
    }
}

/// The processes kept as they are, named under the table so that its totals, which
/// add up its rows, leave nothing out unsaid.
fn kept_as_it_is(props: &ReportProps) -> Html {
    let r = &props.rec;
    let kept: Vec<String> = r
        .unchanged()
        .filter(|p| p.cost.coverage_cost.expected <= 0.0)
        .map(|p| {
            text::named_cost(
                &p.name,
                &format::current_cost(p.cost.current, p.cost.estimated, r.currency),
            )
        })
        .collect();
    if kept.is_empty() {
        return Html::default();
    }
    html! { <p class="help cost-kept">{ text::kept_out_of_table(&kept.join("; ")) }</p> }
}
