//! "In short": how many processes get each decision, where providers work, and the
//! portfolio's saving.

use crate::content::{advice, lang, text};
use crate::engine::Decision;
use crate::ui::components::decision_class;
use crate::ui::format;
use crate::ui::totals;
use yew::prelude::*;

use super::ReportProps;

pub(super) fn headline(props: &ReportProps) -> Html {
    let r = &props.rec;
    let provider_places = r
        .portfolio
        .by_location
        .iter()
        .map(|(l, n)| advice::processes_at(*l, *n))
        .collect::<Vec<_>>()
        .join(", ");
    // Page translators swap text nodes for elements of their own, so an updated text
    // node would no longer show. The summary is keyed by its content: when the advice
    // changes, the whole summary is drawn anew.
    let version = r
        .processes
        .iter()
        .map(|p| format!("{}:{:?}:{:?}", p.id, p.decision, p.location))
        .chain(std::iter::once(provider_places.clone()))
        .collect::<Vec<_>>()
        .join("|");
    html! {
        <section class="headline" aria-labelledby="headline-heading" key={version}>
            <h2 id="headline-heading">{ text::HEADLINE }</h2>
            <ul class="decision-summary">
                // Only the decisions that occur: no empty cards.
                { for Decision::ALL.iter().map(|&d| (d, r.names_with(d))).filter(|(_, list)| !list.is_empty()).map(|(d, list)| {
                    html! {
                        <li key={decision_class(d)} class={classes!("summary-item", decision_class(d))}>
                            <span class="count">{ list.len() }</span>
                            <span class="what">{ advice::decision(d) }</span>
                            <span class="which">{ list.join(", ") }</span>
                        </li>
                    }
                }) }
            </ul>
            if !provider_places.is_empty() {
                <p>{ text::provider_locations(&provider_places) }</p>
            }
            <p class="savings">
                { text::ANNUAL_SAVING }{ lang::colon() }<strong>{ format::money_range(totals::savings_shown(r).1, r.currency) }</strong>
                { text::one_off_and_break_even(
                    &format::money_range(r.portfolio.one_off, r.currency),
                    &format::months(r.portfolio.break_even_months, r.term_months),
                ) }
            </p>
        </section>
    }
}
