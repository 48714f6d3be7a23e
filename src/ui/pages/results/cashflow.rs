//! The programme's cumulative cash flow over the contract term: a line chart of the
//! three cases with the break-even month marked, a sentence that says what it shows,
//! and the figures as a table for anyone who cannot or would rather not read a chart.

use crate::content::text;
use crate::engine::cost::Range;
use crate::ui::format;
use yew::prelude::*;

use super::{use_printing, ReportProps};
use crate::engine::digits::{fixed, Fixed};

/// Drawing area of the chart, in SVG units (the chart scales with its box).
const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 200.0;
/// Room for the axis labels: left, right, top, bottom.
const PAD: (f64, f64, f64, f64) = (62.0, 12.0, 12.0, 28.0);

/// Months between two ticks on the month axis: a tick a quarter for short terms, a
/// year for long ones.
fn tick_months(term: u32) -> u32 {
    match term {
        0..=24 => 3,
        25..=60 => 6,
        _ => 12,
    }
}

/// The rows of the table: the end of every quarter, and the last month.
pub(super) fn table_months(term: u32) -> Vec<u32> {
    let mut months: Vec<u32> = (3..=term).step_by(3).collect();
    if months.last() != Some(&term) {
        months.push(term);
    }
    months
}

/// Points of one case as an SVG `points` list.
fn polyline(values: &[f64], x: &dyn Fn(f64) -> f64, y: &dyn Fn(f64) -> f64) -> String {
    let mut out = format!("{},{}", Fixed(x(0.0), 1), Fixed(y(0.0), 1));
    for (i, v) in values.iter().enumerate() {
        out.push_str(&format!(
            " {},{}",
            Fixed(x((i + 1) as f64), 1),
            Fixed(y(*v), 1)
        ));
    }
    out
}

/// A compact amount for an axis label: `1.2M`, `350k`, `900`.
pub(super) fn compact(v: f64) -> String {
    let a = v.abs();
    let sign = if v < 0.0 { "−" } else { "" };
    let body = if a >= 1e9 {
        format!("{}B", Fixed(a / 1e9, 1))
    } else if a >= 1e6 {
        format!("{}M", Fixed(a / 1e6, 1))
    } else if a >= 1e3 {
        format!("{}k", Fixed(a / 1e3, 0))
    } else {
        fixed(a, 0)
    };
    format!("{sign}{}", body.replace(".0", ""))
}

/// The cash-flow chart with its summary and table.
#[component]
pub(super) fn CashFlow(props: &ReportProps) -> Html {
    let printing = use_printing();
    let r = &props.rec;
    let flow: &[Range] = &r.portfolio.cash_flow;
    let term = r.term_months;
    if flow.is_empty() {
        return Html::default();
    }
    let (mut lo, mut hi) = (0.0_f64, 0.0_f64);
    for v in flow {
        lo = lo.min(v.low).min(v.expected).min(v.high);
        hi = hi.max(v.low).max(v.expected).max(v.high);
    }
    if hi - lo < 1.0 {
        hi = lo + 1.0;
    }
    let (left, right, top, bottom) = PAD;
    let x = move |m: f64| left + m / f64::from(term) * (WIDTH - left - right);
    let y = move |v: f64| top + (hi - v) / (hi - lo) * (HEIGHT - top - bottom);
    let case = |pick: fn(&Range) -> f64| flow.iter().map(pick).collect::<Vec<f64>>();
    let break_even = r.portfolio.break_even_months[1].filter(|m| *m <= f64::from(term));
    let expected_end = format::money(r.portfolio.term_net.expected, r.currency);
    let summary = text::cash_flow_summary(
        term,
        &expected_end,
        &format::months(r.portfolio.break_even_months, r.term_months),
    );
    let step = tick_months(term);
    html! {
        <figure class="cash-flow-chart">
            <figcaption id="cash-flow-summary">{ summary }</figcaption>
            <svg viewBox={format!("0 0 {} {}", Fixed(WIDTH, 0), Fixed(HEIGHT, 0))} role="img" aria-labelledby="cash-flow-summary" focusable="false">
                <line class="zero" x1={fixed(left, 1)} x2={fixed(WIDTH - right, 1)}
                    y1={fixed(y(0.0), 1)} y2={fixed(y(0.0), 1)} />
                { for [hi, lo].into_iter().filter(|v| v.abs() > 0.0).map(|v| html! {
                    <text class="axis" x={fixed(left - 4.0, 1)} y={fixed(y(v) + 4.0, 1)} text-anchor="end">{ compact(v) }</text>
                }) }
                <text class="axis" x={fixed(left - 4.0, 1)} y={fixed(y(0.0) + 4.0, 1)} text-anchor="end">{ "0" }</text>
                { for (0..=term).step_by(step as usize).map(|m| html! {
                    <text class="axis" x={fixed(x(f64::from(m)), 1)} y={fixed(HEIGHT - 8.0, 1)} text-anchor="middle">{ m.to_string() }</text>
                }) }
                if let Some(m) = break_even {
                    <line class="break-even" x1={fixed(x(m), 1)} x2={fixed(x(m), 1)}
                        y1={fixed(top, 1)} y2={fixed(HEIGHT - bottom, 1)} />
                }
                <polyline class="case pessimistic" points={polyline(&case(|v| v.low), &x, &y)} />
                <polyline class="case optimistic" points={polyline(&case(|v| v.high), &x, &y)} />
                <polyline class="case expected" points={polyline(&case(|v| v.expected), &x, &y)} />
            </svg>
            <ul class="chart-legend" aria-hidden="true">
                <li class="expected">{ text::CHART_EXPECTED }</li>
                <li class="pessimistic">{ text::CHART_PESSIMISTIC }</li>
                <li class="optimistic">{ text::CHART_OPTIMISTIC }</li>
                if break_even.is_some() {
                    <li class="break-even-key">{ text::CHART_BREAK_EVEN }</li>
                }
                <li class="axis-name">{ text::CHART_MONTHS }</li>
            </ul>
            <details open={printing}>
                <summary>{ text::CASH_FLOW_TABLE }</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label={text::cash_flow_caption(r.currency, term)}>
                    <table class="cash-flow stack">
                        <caption>{ text::cash_flow_caption(r.currency, term) }</caption>
                        <thead><tr>
                            <th scope="col">{ text::COL_MONTH }</th>
                            <th scope="col">{ text::COL_LOW }</th><th scope="col">{ text::COL_EXPECTED }</th><th scope="col">{ text::COL_HIGH }</th>
                        </tr></thead>
                        <tbody>
                            { for table_months(term).into_iter().map(|m| {
                                let v = flow[m as usize - 1];
                                html! {
                                    <tr key={m}>
                                        <th scope="row" data-label={text::COL_MONTH}>{ m.to_string() }</th>
                                        <td data-label={text::COL_LOW}>{ format::amount(v.low) }</td>
                                        <td data-label={text::COL_EXPECTED}>{ format::amount(v.expected) }</td>
                                        <td data-label={text::COL_HIGH}>{ format::amount(v.high) }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}
