//! The executive summary: a few plain sentences at the top of the results, worded
//! from the engine's [`summarise`].

use crate::content::{advice, text};
use crate::engine::summary::summarise;
use crate::engine::Decision;
use crate::ui::format;
use crate::ui::totals;
use yew::prelude::*;

use super::ReportProps;

pub(super) fn executive_summary(props: &ReportProps) -> Html {
    let r = &props.rec;
    let s = summarise(r);
    let names = |list: &[usize]| {
        let names: Vec<&str> = list.iter().map(|&i| &*r.processes[i].name).collect();
        text::names_list(&names)
    };
    let mut sentences = Vec::new();
    if !s.kept.is_empty() {
        sentences.push(text::summary_keep(&names(&s.kept)));
    }
    if !s.automated.is_empty() {
        sentences.push(text::summary_automate(&names(&s.automated)));
    }
    if !s.handed.is_empty() {
        let groups: Vec<String> = s
            .handed
            .iter()
            .map(|g| {
                text::summary_group(
                    g.decision == Decision::CoSource,
                    &names(&g.processes),
                    g.location,
                    g.example,
                )
            })
            .collect();
        sentences.push(text::summary_hand_over(&groups));
    }
    let changes = s.kept.len() < r.processes.len();
    // The cost table's total, as it shows it.
    let saving = totals::savings_shown(r).1;
    let span = format::money_span(saving, r.currency);
    let expected = format::money(saving.expected.abs(), r.currency);
    sentences.push(if !changes {
        text::SUMMARY_NO_CHANGE.get().to_owned()
    } else if saving.expected >= 0.0 {
        text::summary_saving(&expected, &span, s.break_even, r.term_months)
    } else {
        let more = crate::engine::cost::Range {
            low: -saving.high,
            expected: -saving.expected,
            high: -saving.low,
        };
        text::summary_cost(&expected, &format::money_span(more, r.currency))
    });
    let hours = r.portfolio.coverage_cost;
    if hours.expected > 0.0 {
        sentences.push(text::summary_hours(&format::money_range(hours, r.currency)));
    }
    if !s.spread.is_empty() {
        let towers: Vec<&str> = s
            .spread
            .iter()
            .map(|t| advice::outsourcing_type(*t))
            .collect();
        sentences.push(text::summary_spread(&towers));
    }
    if let Some((risk, carriers)) = &s.risk {
        let (what, mitigation) = advice::risk(*risk);
        sentences.push(text::summary_risk(&names(carriers), what, mitigation));
    }
    html! {
        <section class="executive-summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{ text::SUMMARY_HEADING }</h2>
            { for sentences.into_iter().map(|s| html! { <p>{ s }</p> }) }
        </section>
    }
}
