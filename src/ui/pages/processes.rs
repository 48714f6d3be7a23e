//! Processes step: browse and filter the catalog, add custom processes, refine each
//! chosen process on a compact card.

use crate::content::processes;
use crate::content::{advice, text};
use crate::engine::model::ProcessEdit;
use crate::engine::model::{
    process_name, Bounds, NameProblem, ProcessAnswer, ProcessId, WorkKind, ANNUAL_COST_BOUNDS,
    FTE_BOUNDS, MAX_NAME_CHARS, MAX_OVERLAP_HOURS,
};
use crate::ui::components::{
    checks, radios, select, ChoiceField, NumberField, Question, ScaleField, SelectField, StepFrame,
    TextField,
};
use crate::ui::format;
use crate::ui::route::Step;
use crate::ui::state::Action;
use crate::ui::use_app;
use std::rc::Rc;
use yew::prelude::*;

/// The processes form.
#[component]
pub fn ProcessesStep() -> Html {
    let state = use_app();
    let filter = use_state(String::new);
    let chosen = &state.assessment.processes;
    let blocked = chosen
        .is_empty()
        .then(|| AttrValue::from(text::NEED_PROCESS));
    html! {
        <StepFrame step={Step::Processes} title={text::PROCESSES_TITLE} intro={text::PROCESSES_INTRO} {blocked}>
            <details class="explainer">
                <summary>{ text::CORE_HEADING }</summary>
                <p>{ text::CORE_HELP }</p>
            </details>
            <section class="chosen" aria-labelledby="chosen-heading">
                <h2 id="chosen-heading">{ text::CHOSEN_HEADING }{ format!(" ({})", chosen.len()) }</h2>
                if chosen.is_empty() {
                    <p class="empty">{ text::NONE_CHOSEN }</p>
                } else {
                    <ul class="cards">
                        { for chosen.iter().map(|p| html! {
                            <li key={p.id.to_string()}>
                                <ProcessCard process={Rc::new(p.clone())} dispatch={state.dispatcher().to_callback()} />
                            </li>
                        }) }
                    </ul>
                }
            </section>
            <CatalogPicker filter={(*filter).clone()} onfilter={Callback::from(move |v: String| filter.set(v))}
                added={chosen.iter().filter_map(|p| processes::of(&p.id)).map(|c| c.id).collect::<Vec<_>>()}
                dispatch={state.dispatcher().to_callback()} />
            <CustomProcessForm />
        </StepFrame>
    }
}

/// Props of [`CatalogPicker`].
#[derive(Properties, PartialEq, Clone)]
struct CatalogProps {
    filter: String,
    onfilter: Callback<String>,
    /// Catalog ids of the chosen processes. Props rather than the app context, so that
    /// editing a process does not re-render the catalog.
    added: Vec<&'static str>,
    dispatch: Callback<Action>,
}

/// The catalog grouped by category, filtered as the user types.
#[component]
fn CatalogPicker(props: &CatalogProps) -> Html {
    let groups = processes::search(&props.filter);
    let any = !groups.is_empty();
    let groups: Html = groups
        .into_iter()
        .map(|(cat, items)| {
            html! {
                <div class="catalog-group" key={advice::category(cat)}>
                    <h3>{ advice::category(cat) }</h3>
                    <ul>
                        { for items.iter().map(|c| {
                            let added = props.added.contains(&c.id);
                            let id = c.id;
                            let onclick = props.dispatch.reform(move |_: MouseEvent| {
                                if added { Action::RemoveProcess { id: ProcessId::Catalog(id.to_owned()) } } else { Action::AddProcess { id: id.to_owned() } }
                            });
                            html! {
                                <li key={c.id} class={classes!("catalog-item", added.then_some("added"))}>
                                    <div>
                                        <span class="name">{ c.name }</span>
                                        <span class="summary">{ c.summary }</span>
                                    </div>
                                    if added { <span class="badge">{ text::ADDED }</span> }
                                    <button type="button" class={classes!("button", if added { "secondary" } else { "add" })} {onclick}
                                        aria-label={format!("{} {}", if added { text::REMOVE } else { text::ADD }, c.name)}>
                                        { if added { text::REMOVE } else { text::ADD } }
                                    </button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
        })
        .collect();
    html! {
        <section class="catalog" aria-labelledby="catalog-heading">
            <h2 id="catalog-heading">{ text::CATALOG_HEADING }</h2>
            <TextField id="catalog-filter" kind="search" label={text::FILTER} placeholder={Some(AttrValue::from(text::FILTER_PLACEHOLDER))}
                value={AttrValue::from(props.filter.clone())} oninput={props.onfilter.clone()} />
            <div class="catalog-groups" aria-live="polite">
                if any { { groups } } else { <p class="empty">{ text::NO_MATCHES }</p> }
            </div>
        </section>
    }
}

/// Form to add a process the catalog does not have.
#[component]
fn CustomProcessForm() -> Html {
    let state = use_app();
    let name = use_state(String::new);
    let kind = use_state(|| WorkKind::BackOffice);
    let error = use_state(|| None::<AttrValue>);
    let onclick = {
        let (name, kind, error, state) = (name.clone(), kind.clone(), error.clone(), state.clone());
        Callback::from(move |_: MouseEvent| match process_name(&name) {
            Ok(valid) => {
                state.dispatch(Action::AddCustomProcess {
                    name: valid.to_owned(),
                    kind: *kind,
                });
                name.set(String::new());
                error.set(None);
            }
            Err(NameProblem::Empty) => error.set(Some(text::CUSTOM_NAME_EMPTY.into())),
            Err(NameProblem::TooLong) => error.set(Some(text::name_too_long().into())),
        })
    };
    let oninput = {
        let name = name.clone();
        Callback::from(move |v: String| name.set(v))
    };
    let onkind = {
        let kind = kind.clone();
        Callback::from(move |k: WorkKind| kind.set(k))
    };
    html! {
        <section class="custom" aria-labelledby="custom-heading">
            <h2 id="custom-heading">{ text::CUSTOM_HEADING }</h2>
            <div class="field-row">
                <TextField id="custom-name" label={text::CUSTOM_NAME} value={AttrValue::from((*name).clone())}
                    error={(*error).clone()} maxlength={MAX_NAME_CHARS + 10} {oninput} />
                { select(Question::new("custom-kind", text::CUSTOM_KIND).help(text::CUSTOM_KIND_HELP), *kind, &onkind) }
            </div>
            <button type="button" class="button secondary" {onclick}>{ text::CUSTOM_ADD }</button>
        </section>
    }
}

/// Props of [`ProcessCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct ProcessCardProps {
    /// The process shown.
    pub process: Rc<ProcessAnswer>,
    /// Where the card sends its edits. A stable callback rather than the app context,
    /// so that a card re-renders only when its own process changes.
    pub dispatch: Callback<Action>,
}

/// A callback that sends one kind of edit to one process.
fn edit<T: 'static>(
    dispatch: &Callback<Action>,
    id: &ProcessId,
    make: fn(T) -> ProcessEdit,
) -> Callback<T> {
    let id = id.clone();
    dispatch.reform(move |v: T| Action::EditProcess {
        id: id.clone(),
        edit: make(v),
    })
}

/// A chosen process: its key answers at a glance, the rest behind "Refine answers".
#[component]
pub fn ProcessCard(props: &ProcessCardProps) -> Html {
    let refine = crate::ui::hooks::use_toggle(false);
    let p = &props.process;
    let d = &props.dispatch;
    let id = &p.id;
    let name = processes::name_of(p);
    let q = |field: &str, text: &'static str| Question::new(format!("{id}-{field}"), text);
    let scale = |field: &str,
                 legend: &'static str,
                 help: Option<&'static str>,
                 value: u8,
                 make: fn(u8) -> ProcessEdit| {
        html! {
            <ScaleField id={format!("{id}-{field}")} {legend} help={help.map(AttrValue::Static)}
                labels={text::RATING_LABELS} {value} onchange={edit(d, id, make)} />
        }
    };
    let number = |field: &'static str,
                  label: &'static str,
                  help: Option<&'static str>,
                  value: f64,
                  bounds: Bounds,
                  error: String,
                  make: fn(f64) -> ProcessEdit| {
        let key = format!("processes.{id}.{field}");
        let onvalidity = d.reform(move |invalid: bool| Action::MarkField {
            field: key.clone(),
            invalid,
        });
        html! {
            <NumberField id={format!("{id}-{field}")} {label} help={help.map(AttrValue::Static)} {value}
                min={bounds.min} max={bounds.max} {error} onchange={edit(d, id, make)} {onvalidity} />
        }
    };
    let remove = d.reform({
        let id = id.clone();
        move |_: MouseEvent| Action::RemoveProcess { id: id.clone() }
    });
    let overlap: Vec<AttrValue> = (0..=MAX_OVERLAP_HOURS)
        .map(|h| AttrValue::from(text::hours_option(h)))
        .collect();
    let fte_error = text::fte_error(
        &format::number(FTE_BOUNDS.min),
        &format::number(FTE_BOUNDS.max),
    );
    let cost_error = text::annual_cost_error(&format::number(ANNUAL_COST_BOUNDS.min));
    html! {
        <article class="process-card" aria-labelledby={format!("{id}-name")}>
            <header>
                <h3 id={format!("{id}-name")}>{ name }</h3>
                <span class="tag">{ advice::work_kind(p.kind) }</span>
                <button type="button" class="button link" onclick={remove} aria-label={format!("{} {name}", text::REMOVE)}>{ text::REMOVE }</button>
            </header>
            { radios(q("role", text::ROLE).help(advice::role_help(p.role)), p.role, &edit(d, id, ProcessEdit::Role)) }
            <div class="field-row">
                { number("fte", text::FTE, None, p.fte, FTE_BOUNDS, fte_error, ProcessEdit::Fte) }
                { number("annual_cost", text::ANNUAL_COST, Some(text::ANNUAL_COST_HELP), p.annual_cost, ANNUAL_COST_BOUNDS, cost_error, ProcessEdit::AnnualCost) }
            </div>
            <button type="button" class="disclosure" aria-expanded={refine.is_on().to_string()}
                aria-controls={format!("{id}-refine")} onclick={refine.toggle_callback()}>{ text::MORE_ANSWERS }</button>
            if refine.is_on() {
            <div class="refine" id={format!("{id}-refine")}>
                if id.is_custom() {
                    { select(q("kind", text::KIND), p.kind, &edit(d, id, ProcessEdit::Kind)) }
                }
                { radios(q("demand", text::DEMAND), p.demand, &edit(d, id, ProcessEdit::Demand)) }
                { scale("judgement", text::JUDGEMENT, None, p.judgement, ProcessEdit::Judgement) }
                { scale("rule_based", text::RULE_BASED, Some(text::RULE_BASED_HELP), p.rule_based, ProcessEdit::RuleBased) }
                { scale("documentation", text::DOCUMENTATION, None, p.documentation, ProcessEdit::Documentation) }
                { radios(q("sensitivity", text::SENSITIVITY), p.sensitivity, &edit(d, id, ProcessEdit::Sensitivity)) }
                <ChoiceField id={format!("{id}-customer")} legend={text::CUSTOMER_FACING}
                    options={vec![AttrValue::Static(text::NO), AttrValue::Static(text::YES)]}
                    selected={usize::from(p.customer_facing)} onchange={edit(d, id, |i: usize| ProcessEdit::CustomerFacing(i == 1))} />
                if p.customer_facing {
                    { checks(q("languages", text::PROCESS_LANGUAGES).help(text::PROCESS_LANGUAGES_HELP), &p.languages, None,
                        &edit(d, id, ProcessEdit::ToggleLanguage)) }
                }
                <SelectField id={format!("{id}-overlap")} label={text::OVERLAP} options={overlap}
                    selected={usize::from(p.overlap_hours.min(MAX_OVERLAP_HOURS))}
                    onchange={edit(d, id, |i: usize| ProcessEdit::Overlap(u8::try_from(i).unwrap_or(0)))} />
            </div>
            }
        </article>
    }
}
