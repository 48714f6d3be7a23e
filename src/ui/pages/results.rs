//! Results: headline, what-if panel, sourcing matrix, advice per process, location
//! comparison, cost impact with assumptions, roadmap and vendor checklist. Everything
//! here renders the engine's [`Recommendation`], recomputed (memoised) from the answers.

use super::goals::GoalFields;
use super::risk::ToleranceField;
use crate::content::economics::{ASSUMPTIONS, REALISED_SAVINGS_NOTE};
use crate::content::sources::Basis;
use crate::content::{advice, text};
use crate::engine::cost::Range;
use crate::engine::location::PROVIDER_DAY;
use crate::engine::recommend::{ProcessAdvice, Recommendation};
use crate::engine::{recommend, Decision};
use crate::ui::components::{decision_class, Matrix, Progress};
use crate::ui::format;
use crate::ui::route::{Route, Step};
use crate::ui::state::Action;
use crate::ui::use_app;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// The results page.
#[component]
pub fn ResultsPage() -> Html {
    let state = use_app();
    let result = use_memo(state.assessment.clone(), |a| recommend(a).map(Report::from));
    let announce = use_state(String::new);
    let first = use_mut_ref(|| true);
    {
        let (announce, first) = (announce.clone(), first.clone());
        use_effect_with(result.clone(), move |_| {
            // Announce changes, not the first render.
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                announce.set(text::UPDATED.to_owned());
            }
        });
    }
    let reach = state.dispatcher();
    use_effect_with((), move |_| {
        reach.dispatch(Action::Reach {
            step: Step::Results,
        });
        crate::web::scroll_to_top();
        crate::web::focus("page-title");
    });
    let body = match &*result {
        _ if state.assessment.processes.is_empty() => html! {
            <div class="notice" role="status">
                <p>{ text::NO_PROCESSES_YET }</p>
                <Link<Route> to={Route::Processes} classes="button primary">{ text::CHOOSE_PROCESSES }</Link<Route>>
            </div>
        },
        Ok(report) => report.view(),
        Err(e) => html! {
            <div class="error-panel" role="alert">
                <p>{ text::RESULTS_ERROR }</p>
                <p>{ e.to_string() }</p>
                <Link<Route> to={Route::Review} classes="button secondary">{ text::EDIT_ANSWERS }</Link<Route>>
            </div>
        },
    };
    html! {
        <div class="results-page">
            <Progress current={Step::Results} />
            <h1 id="page-title" tabindex="-1">{ results_title(&state.assessment.company.name) }</h1>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{ (*announce).clone() }</p>
            <div class="results-layout">
                <aside class="whatif" aria-labelledby="whatif-heading">
                    <h2 id="whatif-heading">{ text::WHATIF_HEADING }</h2>
                    <p class="help">{ text::WHATIF_INTRO }</p>
                    <ToleranceField id="whatif-tolerance" />
                    <details>
                        <summary>{ text::GOALS_TITLE }</summary>
                        <GoalFields id_prefix="whatif-" compact=true />
                    </details>
                    <Link<Route> to={Route::Review} classes="button secondary">{ text::EDIT_ANSWERS }</Link<Route>>
                </aside>
                <div class="report">{ body }</div>
            </div>
        </div>
    }
}

fn results_title(company: &str) -> String {
    if company.trim().is_empty() {
        text::RESULTS_TITLE.to_owned()
    } else {
        format!("{}: {}", text::RESULTS_TITLE, company.trim())
    }
}

/// The recommendation prepared for display once per computation: shared, never
/// cloned per render, with each process's advice in its own `Rc` so that a card whose
/// advice did not change is not re-rendered.
#[derive(Clone, PartialEq)]
struct Report {
    rec: Shared<Recommendation>,
    cards: Vec<Rc<ProcessAdvice>>,
    points: Rc<Vec<ProcessAdvice>>,
}

impl From<Recommendation> for Report {
    fn from(r: Recommendation) -> Self {
        let cards = r.processes.iter().cloned().map(Rc::new).collect();
        let points = Rc::new(r.processes.clone());
        Self {
            rec: Shared(Rc::new(r)),
            cards,
            points,
        }
    }
}

impl Report {
    fn view(&self) -> Html {
        let r = &self.rec;
        html! {
            <>
                <Headline rec={r.clone()} />
                <section aria-labelledby="matrix-heading">
                    <h2 id="matrix-heading">{ text::MATRIX_HEADING }</h2>
                    <Matrix processes={self.points.clone()} />
                </section>
                <AdviceList cards={self.cards.clone()} currency={r.0.currency} />
                <Locations rec={r.clone()} />
                <CostSection rec={r.clone()} />
                <Roadmap rec={r.clone()} />
                <Checklist rec={r.clone()} />
                <Glossary />
            </>
        }
    }
}

/// An `Rc` whose equality is identity: a new recommendation is a new value, so props
/// compare in constant time instead of walking the whole report.
#[derive(Clone)]
struct Shared<T>(Rc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Props of the report sections.
#[derive(Properties, PartialEq, Clone)]
struct ReportProps {
    rec: Shared<Recommendation>,
}

#[component]
fn Headline(props: &ReportProps) -> Html {
    let r = &props.rec;
    let where_ = r
        .portfolio
        .by_location
        .iter()
        .map(|(l, n)| format!("{} {}", n, advice::location(*l).to_lowercase()))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <section class="headline" aria-labelledby="headline-heading">
            <h2 id="headline-heading">{ text::HEADLINE }</h2>
            <ul class="decision-summary">
                { for Decision::ALL.iter().map(|&d| {
                    let list = r.names_with(d);
                    html! {
                        <li key={decision_class(d)} class={classes!("summary-item", format!("decision-{}", decision_class(d)))}>
                            <span class="count">{ list.len() }</span>
                            <span class="what">{ advice::decision(d) }</span>
                            <span class="which">{ if list.is_empty() { "–".to_owned() } else { list.join(", ") } }</span>
                        </li>
                    }
                }) }
            </ul>
            if !where_.is_empty() {
                <p>{ text::provider_locations(&where_) }</p>
            }
            <p class="savings">
                { text::ANNUAL_SAVING }{ ": " }<strong>{ format::money_range(r.portfolio.annual_saving, r.currency) }</strong>
                { format!("; {}: {}; {}: {}.", text::ONE_OFF.to_lowercase(), format::money_range(r.portfolio.one_off, r.currency),
                    text::BREAK_EVEN.to_lowercase(), format::months(r.portfolio.break_even_months)) }
            </p>
        </section>
    }
}

/// Advice cards shown before "Show all": enough for most assessments, and a bound on
/// the work a what-if change does for large ones.
const FIRST_CARDS: usize = 12;

/// Props of [`AdviceList`].
#[derive(Properties, PartialEq, Clone)]
struct AdviceListProps {
    cards: Vec<Rc<ProcessAdvice>>,
    currency: &'static str,
}

/// The advice cards, the first [`FIRST_CARDS`] at once and the rest on request.
#[component]
fn AdviceList(props: &AdviceListProps) -> Html {
    let all = crate::ui::hooks::use_toggle(false);
    let n = props.cards.len();
    let shown = if all.is_on() { n } else { n.min(FIRST_CARDS) };
    html! {
        <section aria-labelledby="advice-heading">
            <h2 id="advice-heading">{ text::PROCESS_ADVICE_HEADING }</h2>
            <ul class="advice-list" id="advice-list">
                { for props.cards[..shown].iter().map(|p| html! {
                    <li key={p.id.to_string()}><AdviceCard advice={p.clone()} currency={props.currency} /></li>
                }) }
            </ul>
            if n > FIRST_CARDS {
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
    currency: &'static str,
}

#[component]
fn AdviceCard(props: &AdviceProps) -> Html {
    let more = crate::ui::hooks::use_toggle(false);
    let p = &props.advice;
    let id = format!("advice-{}", p.id);
    let max = p
        .reasons
        .iter()
        .chain(&p.location_reasons)
        .map(|r| r.points.abs())
        .fold(1.0, f64::max);
    let reason_list = |reasons: &[crate::engine::recommend::Reason],
                       toward: &str,
                       against: &str| {
        html! {
            <ul class="reasons">
                { for reasons.iter().map(|r| {
                    let positive = r.points >= 0.0;
                    let width = format!("width: {:.0}%", r.points.abs() / max * 100.0);
                    let label = text::reason(advice::driver(r.driver), r.points, if positive { toward } else { against });
                    html! {
                        <li key={advice::driver(r.driver)} class={if positive { "pro" } else { "con" }}>
                            <span class="reason-label">{ label }</span>
                            <span class="bar" aria-hidden="true"><span style={width}></span></span>
                        </li>
                    }
                }) }
            </ul>
        }
    };
    let decision_name = advice::decision(p.decision);
    let decision_rival = p
        .decision_runner_up()
        .map_or(text::THE_ALTERNATIVES, advice::decision);
    let location_name = p.location.map_or("", advice::location);
    let location_rival = p
        .location_runner_up()
        .map_or(text::THE_ALTERNATIVES, advice::location);
    let countries = p
        .countries
        .iter()
        .map(|c| format!("{} ({} h overlap)", c.name, format::hours(c.overlap_min)))
        .collect::<Vec<_>>()
        .join(", ");
    html! {
        <article class={classes!("advice-card", format!("decision-{}", decision_class(p.decision)))} aria-labelledby={id.clone()}>
            <header>
                <h3 id={id.clone()}>{ p.name.clone() }</h3>
                <p class="verdict">
                    <strong class="decision">{ decision_name }</strong>
                    if let Some(l) = p.location {
                        <span>{ format!(" · {}", advice::location(l)) }</span>
                    }
                    <span class="confidence">{ format!(" · {}: {}", text::CONFIDENCE, advice::confidence(p.confidence)) }</span>
                </p>
            </header>
            <dl class="facts">
                <div><dt>{ text::TYPE }</dt><dd>{ advice::outsourcing_type(p.kind) }</dd></div>
                if p.location.is_some() {
                    <div><dt>{ text::WHERE }</dt><dd>{ countries }</dd></div>
                    <div><dt>{ text::ENGAGEMENT }</dt><dd>{ advice::engagement(p.engagement) }</dd></div>
                    <div><dt>{ text::VENDORS }</dt><dd>{ advice::vendors(p.vendors) }</dd></div>
                }
                if p.decision != Decision::KeepInHouse {
                    <div><dt>{ text::ANNUAL_SAVING }</dt><dd>{ format::money_range(p.cost.annual_saving, props.currency) }</dd></div>
                    <div><dt>{ text::ONE_OFF }</dt><dd>{ format::money_range(p.cost.one_off, props.currency) }</dd></div>
                }
            </dl>
            <p class="help">{ advice::decision_help(p.decision) }</p>
            <h4>{ text::WHY }</h4>
            { reason_list(&p.reasons, decision_name, decision_rival) }
            <h4>{ text::WHAT_WOULD_CHANGE }</h4>
            <p>{ match p.flip {
                Some(f) => format!("{}: {}.", advice::change(f.change), advice::outcome(f.decision, f.location)),
                None => text::NO_FLIP.to_owned(),
            } }</p>
            <button type="button" class="disclosure" aria-expanded={more.is_on().to_string()}
                aria-controls={format!("{id}-more")} onclick={more.toggle_callback()}>{ text::MORE_DETAILS }</button>
            if more.is_on() {
                <div class="advice-more" id={format!("{id}-more")}>
                    if p.location.is_some() && !p.location_reasons.is_empty() {
                        <h4>{ text::why_location(location_name) }</h4>
                        { reason_list(&p.location_reasons, location_name, location_rival) }
                    }
                    <h4>{ text::ALTERNATIVES }</h4>
                    <ul class="alternatives">
                        { for p.alternatives.iter().map(|s| html! {
                            <li key={decision_class(s.option)}>
                                { text::scored(advice::decision(s.option), s.score) }
                                if let Some(x) = s.excluded { { format!(" ({})", advice::exclusion(x)) } }
                            </li>
                        }) }
                    </ul>
                    if p.location.is_some() {
                        <ul class="alternatives">
                            { for p.locations.iter().map(|s| html! {
                                <li key={advice::location(s.option)}>
                                    { text::scored(advice::location(s.option), s.score) }
                                    if let Some(x) = s.excluded { { format!(" ({})", advice::exclusion(x)) } }
                                </li>
                            }) }
                        </ul>
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
                            <li key={name}><strong>{ name }</strong>{ ": " }{ term }</li>
                        }}) }
                    </ul>
                </div>
            }
        </article>
    }
}

#[component]
fn Locations(props: &ReportProps) -> Html {
    let r = &props.rec;
    html! {
        <section aria-labelledby="locations-heading">
            <h2 id="locations-heading">{ text::LOCATIONS_HEADING }</h2>
            <div class="table-scroll">
                <table class="locations">
                    <thead><tr>
                        <th scope="col">{ text::COL_MODEL }</th>
                        <th scope="col">{ text::COL_COUNTRIES }</th>
                        <th scope="col">{ text::OVERLAP_RESULT }</th>
                        <th scope="col">{ text::COL_COST_VS_HOME }</th>
                        <th scope="col">{ text::COL_NOTES }</th>
                    </tr></thead>
                    <tbody>
                        { for r.locations.iter().map(|o| {
                            let overlap = o.countries.iter().map(|c| format!("{}: {}–{} h", c.code, format::hours(c.overlap_min), format::hours(c.overlap_max))).collect::<Vec<_>>().join("; ");
                            let cost = o.countries.iter().map(|c| format!("{}: {}", c.code, format::percent(c.cost_ratio))).collect::<Vec<_>>().join("; ");
                            html! {
                                <tr key={advice::location(o.model)}>
                                    <th scope="row">{ advice::location(o.model) }</th>
                                    <td>{ if o.countries.is_empty() { "–".to_owned() } else { o.countries.iter().map(|c| c.name).collect::<Vec<_>>().join(", ") } }</td>
                                    <td>{ if overlap.is_empty() { "–".to_owned() } else { overlap } }</td>
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
            <p class="help">{ text::PROVIDER_DAY_NOTE }{ format!(" ({:.0}:00–{:.0}:00)", PROVIDER_DAY.0, PROVIDER_DAY.1) }</p>
        </section>
    }
}

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
fn CostSection(props: &ReportProps) -> Html {
    let r = &props.rec;
    html! {
        <section aria-labelledby="cost-heading">
            <h2 id="cost-heading">{ text::COST_HEADING }</h2>
            <div class="table-scroll">
                <table class="cost">
                    <caption>{ format!("{} ({}), pessimistic / expected / optimistic", text::ANNUAL_SAVING, r.currency) }</caption>
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
                                <td>{ format::money(p.cost.current, r.currency) }{ if p.cost.estimated { format!(" ({})", text::ESTIMATED) } else { String::new() } }</td>
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
            <p>{ format!("{}: {}.", text::ONE_OFF, format::money_range(r.portfolio.one_off, r.currency)) }</p>
            <p class="help">{ text::SAVINGS_CAVEAT }{ " " }{ REALISED_SAVINGS_NOTE.label() }</p>
            <details>
                <summary>{ text::ASSUMPTIONS_HEADING }</summary>
                <ul class="assumptions">
                    { for ASSUMPTIONS.iter().map(|(label, f)| {
                        let value = if f.low == f.high { format!("{}", f.low) } else { format!("{} – {}", f.low, f.high) };
                        let class = if matches!(f.basis, Basis::Assumption(_)) { "assumption" } else { "cited" };
                        html! { <li key={*label} {class}><strong>{ *label }</strong>{ format!(": {value}. ") }<em>{ f.basis.label() }</em></li> }
                    }) }
                </ul>
                <super::wages::WageEditor rec={r.0.clone()} />
            </details>
        </section>
    }
}

#[component]
fn Roadmap(props: &ReportProps) -> Html {
    let r = &props.rec;
    html! {
        <section aria-labelledby="roadmap-heading">
            <h2 id="roadmap-heading">{ text::ROADMAP_HEADING }</h2>
            if r.roadmap.is_empty() {
                <p>{ text::NOTHING_CHANGES }</p>
            } else {
                <ol class="waves">
                    { for r.roadmap.iter().map(|w| { let (title, about) = advice::wave(w.kind); html! {
                        <li key={title}>
                            <h3>{ text::wave_heading(title, w.start_month, w.end_month) }</h3>
                            <p>{ about }</p>
                            <p>{ r.names_in(w).join(", ") }</p>
                        </li>
                    }}) }
                </ol>
                <h3>{ text::EIGHT_STEPS }</h3>
                <ol class="bpo-steps">
                    { for advice::BPO_STEPS.iter().map(|(step, what)| html! { <li key={*step}><strong>{ *step }</strong>{ ": " }{ *what }</li> }) }
                </ol>
            }
        </section>
    }
}

/// Plain-language definitions of the advice's vocabulary.
#[component]
fn Glossary() -> Html {
    use crate::engine::outcome::LocationModel;
    use crate::engine::outcome::OutsourcingType;
    let entry = |term: &'static str, meaning: &'static str| {
        html! {
            <div key={term}><dt>{ term }</dt><dd>{ meaning }</dd></div>
        }
    };
    html! {
        <section aria-labelledby="glossary-heading">
            <h2 id="glossary-heading">{ text::GLOSSARY_HEADING }</h2>
            <dl class="glossary">
                { for Decision::ALL.iter().map(|d| entry(advice::decision(*d), advice::decision_help(*d))) }
                { for OutsourcingType::ALL.iter().map(|t| entry(advice::outsourcing_type(*t), advice::outsourcing_type_help(*t))) }
                { for LocationModel::ALL.iter().map(|l| entry(advice::location(*l), advice::location_help(*l))) }
            </dl>
        </section>
    }
}

#[component]
fn Checklist(props: &ReportProps) -> Html {
    let r = &props.rec;
    if r.checklist.is_empty() {
        return Html::default();
    }
    html! {
        <section aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{ text::CHECKLIST_HEADING }</h2>
            <ul class="checklist">
                { for r.checklist.iter().map(|c| html! { <li key={advice::check_item(*c)}>{ advice::check_item(*c) }</li> }) }
            </ul>
        </section>
    }
}
