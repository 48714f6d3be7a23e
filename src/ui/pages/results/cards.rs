//! The advice cards: verdict, facts, reasons for and against, what would change it,
//! and alternatives, risks and KPIs on request.

use crate::content::reasons;
use crate::content::{advice, lang, text};
use crate::engine::explain::Scored;
use crate::engine::outcome::Scope;
use crate::engine::recommend::ProcessAdvice;
use crate::engine::Decision;
use crate::ui::components::decision_class;
use crate::ui::format;
use crate::ui::state::Action;
use std::rc::Rc;
use yew::prelude::*;

use super::use_printing;
use super::words::{explained, on_paper, Card, Said};

/// Advice cards shown before "Show all": enough for most assessments, and a bound on
/// the work a what-if change does for large ones.
const FIRST_CARDS: usize = 12;

/// Props of [`AdviceList`]: a new report's cards are a new list (compared by identity,
/// so that the words of cards not shown are never said); each card shown compares its
/// own.
#[derive(Properties, Clone)]
pub(super) struct AdviceListProps {
    /// One card per process, in assessment order.
    pub(super) cards: Rc<[Card]>,
    /// Currency of the amounts.
    pub(super) currency: &'static str,
}

impl PartialEq for AdviceListProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.cards, &other.cards) && self.currency == other.currency
    }
}

/// The advice cards, the first [`FIRST_CARDS`] at once and the rest on request.
#[component]
pub(super) fn AdviceList(props: &AdviceListProps) -> Html {
    let all = crate::ui::hooks::use_toggle(false);
    let printing = use_printing();
    let n = props.cards.len();
    let shown = if all.is_on() || printing {
        n
    } else {
        n.min(FIRST_CARDS)
    };
    html! {
        <section aria-labelledby="advice-heading">
            <h2 id="advice-heading">{ text::PROCESS_ADVICE_HEADING }</h2>
            <ul class="advice-list" id="advice-list">
                { for props.cards[..shown].iter().map(|c| html! {
                    <li key={&c.advice.id}><AdviceCard advice={c.advice.clone()} words={c.words.clone()} currency={props.currency} /></li>
                }) }
            </ul>
            if n > FIRST_CARDS && !printing {
                <button type="button" class="button secondary" aria-expanded={all.is_on().to_string()}
                    aria-controls="advice-list" onclick={all.toggle_callback()}>
                    { if all.is_on() { text::show_first(FIRST_CARDS) } else { text::show_all(n) } }
                </button>
            }
        </section>
    }
}

/// Props of [`AdviceCard`].
#[derive(Properties, PartialEq, Clone)]
struct AdviceProps {
    advice: Rc<ProcessAdvice>,
    words: Rc<Said>,
    currency: &'static str,
}

#[component]
fn AdviceCard(props: &AdviceProps) -> Html {
    let more = crate::ui::hooks::use_toggle(false);
    let printing = use_printing();
    // On a phone a card starts as its verdict, the rest a tap away.
    let narrow = use_state(crate::web::narrow_screen);
    let shown = crate::ui::hooks::use_toggle(!*narrow);
    let dispatch = crate::ui::use_app().dispatcher().to_callback();
    let p = &props.advice;
    let words = props.words.get();
    let try_flip = p.flip.map(|f| {
        let process = Some(p.id.clone());
        dispatch.reform(move |_: MouseEvent| Action::Try {
            change: f.change,
            process: process.clone(),
        })
    });
    let id = format!("advice-{}", p.id);
    let location_name = p.location.map_or("", advice::location);
    let countries = p
        .countries
        .iter()
        .map(|c| {
            let hours = format::hours(c.overlap_min);
            text::country_with_overlap(c.name, &hours, c.talent, c.serves_home_by_voice)
        })
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <article class={classes!("advice-card", decision_class(p.decision))} aria-labelledby={id.clone()}>
            <header>
                <h3 id={id.clone()}>{ p.name.clone() }</h3>
                <p class="verdict">
                    <strong class="decision">{ advice::decision(p.decision) }</strong>
                    if let Some(l) = p.location {
                        <span>{ format!(" · {}", advice::location(l)) }</span>
                    }
                    <span class="confidence">{ format!(" · {}{}{}", text::CONFIDENCE, lang::colon(), confidence(p)) }</span>
                </p>
            </header>
            if *narrow && !printing {
                <button type="button" class="disclosure" aria-expanded={shown.is_on().to_string()}
                    aria-controls={format!("{id}-body")} onclick={shown.toggle_callback()}
                    aria-label={format!("{}: {}", text::SHOW_ADVICE, p.name)}>{ text::SHOW_ADVICE }</button>
            }
            if shown.is_on() || printing {
                <div id={format!("{id}-body")}>
                    <dl class="facts">
                        if p.location.is_some() {
                            <div><dt>{ text::TYPE }</dt><dd>{ advice::outsourcing_type(p.kind) }</dd></div>
                            <div class="where"><dt>{ text::WHERE }</dt><dd>{ countries }</dd></div>
                            <div><dt>{ text::ENGAGEMENT }</dt><dd>{ advice::engagement(p.engagement) }</dd></div>
                            <div><dt>{ text::VENDORS }</dt><dd>{ advice::vendors(p.vendors) }</dd></div>
                        }
                        if p.decision != Decision::KeepInHouse {
                            <div><dt>{ text::ANNUAL_SAVING }</dt><dd>{ format::money_range(p.cost.annual_saving, props.currency) }</dd></div>
                            <div><dt>{ text::ONE_OFF }</dt><dd>{ format::money_range(p.cost.one_off, props.currency) }</dd></div>
                        }
                    </dl>
                    if p.cost.coverage_cost.expected > 0.0 {
                        <p class="help hours">{ text::card_hours(p.decision, &format::money_range(p.cost.coverage_cost, props.currency)) }</p>
                    }
                    <p class="help">{ advice::decision_help(p.decision) }</p>
                    if p.scope == Some(Scope::Service) {
                        <p class="advice-step">{ text::SERVICE_SCOPE }</p>
                    }
                    if let Some(part) = &p.automation {
                        <p class="advice-step">{ format::automation_part(part, props.currency) }</p>
                    }
                    <h4>{ text::WHY }</h4>
                    { explained(&words.decision) }
                    <h4>{ text::WHAT_WOULD_CHANGE }</h4>
                    <p>{ match p.flip {
                        Some(f) => format!("{}{}{}.", advice::change(f.change), lang::colon(), advice::outcome(f.decision, f.location)),
                        None => text::NO_FLIP.get().to_owned(),
                    } }</p>
                    if let (Some(onclick), false) = (try_flip, printing) {
                        <button type="button" class="button link try-flip" {onclick}
                            aria-label={text::try_this_for(&p.name)}>{ text::TRY_THIS }</button>
                    }
                    if !printing {
                        <button type="button" class="disclosure" aria-expanded={more.is_on().to_string()}
                            aria-controls={format!("{id}-more")} onclick={more.toggle_callback()}>{ text::MORE_DETAILS }</button>
                    }
                    if printing {
                        { on_paper(p, words, location_name) }
                    } else if more.is_on() {
                        <div class="advice-more" id={format!("{id}-more")}>
                            if let Some(location_words) = &words.location {
                                <h4>{ text::why_location(location_name) }</h4>
                                { explained(location_words) }
                            }
                            <h4>{ text::DECISION_ALTERNATIVES }</h4>
                            { alternatives(&p.alternatives, p.decision, advice::decision) }
                            if let Some(l) = p.location {
                                <h4>{ text::LOCATION_ALTERNATIVES }</h4>
                                { alternatives(&p.locations, l, advice::location) }
                            }
                            if !p.risks.is_empty() {
                                <h4>{ text::RISKS }</h4>
                                <ul class="risks">
                                    { for p.risks.iter().map(|r| { let (risk, fix) = advice::risk(*r); html! {
                                        <li key={risk}><strong>{ risk }</strong>{ " " }{ fix }</li>
                                    }}) }
                                </ul>
                            }
                            <h4>{ text::KPIS }</h4>
                            <ul class="kpis">
                                { for p.kpis.iter().map(|k| { let (name, term) = advice::kpi(*k); html! {
                                    <li key={name}><strong>{ name }</strong>{ lang::colon() }{ term }</li>
                                }}) }
                            </ul>
                        </div>
                    }
                </div>
            }
        </article>
    }
}

/// The options other than the chosen one, in words: how far behind each is, or why it
/// is ruled out.
fn alternatives<T: Copy + PartialEq>(
    ranked: &[Scored<T>],
    chosen: T,
    name: fn(T) -> &'static str,
) -> Html {
    let top = ranked
        .iter()
        .find(|s| s.option == chosen)
        .map_or(0.0, |s| s.score);
    html! {
        <ul class="alternatives">
            { for ranked.iter().filter(|s| s.option != chosen).map(|s| html! {
                <li key={name(s.option)}>{ match s.excluded {
                    Some(x) => text::ruled_out(name(s.option), advice::exclusion(x)),
                    None => reasons::standing(name(s.option), lead(top - s.score)),
                } }</li>
            }) }
        </ul>
    }
}

/// How clearly the advice leads an alternative `margin` behind it (`None`: level).
fn lead(margin: f64) -> Option<crate::engine::outcome::Confidence> {
    (margin >= 0.5).then(|| crate::engine::outcome::Confidence::from_margin(margin))
}

/// How sure the advice is, saying which half is the close call when the decision is
/// surer than the location.
fn confidence(p: &ProcessAdvice) -> String {
    use crate::engine::explain::margin;
    use crate::engine::outcome::Confidence;
    let what = Confidence::from_margin(margin(&p.alternatives, p.decision));
    match p.location {
        Some(l) if Confidence::from_margin(margin(&p.locations, l)) < what => {
            text::confidence_split(advice::confidence(what), advice::confidence(p.confidence))
        }
        _ => advice::confidence(p.confidence).to_owned(),
    }
}
