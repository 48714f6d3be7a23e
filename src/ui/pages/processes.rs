//! Processes step: browse and filter the catalog, add custom processes, refine each
//! chosen process on a compact card.

use super::{index_of, labels};
use crate::content::processes;
use crate::content::{advice, text};
use crate::engine::model::{
    Demand, Language, ProcessAnswer, ProcessId, Sensitivity, StrategicRole, WorkKind,
    MAX_NAME_CHARS,
};
use crate::engine::validate::{MAX_ANNUAL_COST, MAX_FTE};
use crate::ui::components::{
    CheckGroup, ChoiceField, NumberField, ScaleField, SelectField, StepFrame, TextField,
};
use crate::ui::route::Step;
use crate::ui::state::{Action, ProcessEdit};
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
        Callback::from(move |_: MouseEvent| {
            let trimmed = name.trim();
            if trimmed.is_empty() {
                error.set(Some(text::CUSTOM_NAME_EMPTY.into()));
            } else if trimmed.chars().count() > MAX_NAME_CHARS {
                error.set(Some(text::CUSTOM_NAME_LONG.into()));
            } else {
                state.dispatch(Action::AddCustomProcess {
                    name: trimmed.to_owned(),
                    kind: *kind,
                });
                name.set(String::new());
                error.set(None);
            }
        })
    };
    let oninput = {
        let name = name.clone();
        Callback::from(move |v: String| name.set(v))
    };
    let onkind = {
        let kind = kind.clone();
        Callback::from(move |i: usize| kind.set(WorkKind::ALL[i.min(WorkKind::ALL.len() - 1)]))
    };
    html! {
        <section class="custom" aria-labelledby="custom-heading">
            <h2 id="custom-heading">{ text::CUSTOM_HEADING }</h2>
            <div class="field-row">
                <TextField id="custom-name" label={text::CUSTOM_NAME} value={AttrValue::from((*name).clone())}
                    error={(*error).clone()} maxlength={MAX_NAME_CHARS + 10} {oninput} />
                <SelectField id="custom-kind" label={text::CUSTOM_KIND} help={Some(AttrValue::from(text::CUSTOM_KIND_HELP))}
                    options={labels(WorkKind::ALL, advice::work_kind)}
                    selected={index_of(WorkKind::ALL, &*kind)} onchange={onkind} />
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

/// A chosen process: its key answers at a glance, the rest behind "Refine answers".
#[component]
pub fn ProcessCard(props: &ProcessCardProps) -> Html {
    let refine = crate::ui::hooks::use_toggle(false);
    let p = &props.process;
    let id = p.id.clone();
    let name = processes::name_of(p).to_owned();
    let edit = {
        let (d, id) = (props.dispatch.clone(), id.clone());
        move |make: fn(usize) -> ProcessEdit| {
            let (d, id) = (d.clone(), id.clone());
            Callback::from(move |i: usize| {
                d.emit(Action::EditProcess {
                    id: id.clone(),
                    edit: make(i),
                })
            })
        }
    };
    let scale = |field: &str,
                 legend: &'static str,
                 help: Option<&'static str>,
                 value: u8,
                 make: fn(u8) -> ProcessEdit| {
        let (d, pid) = (props.dispatch.clone(), id.clone());
        let onchange = Callback::from(move |v: u8| {
            d.emit(Action::EditProcess {
                id: pid.clone(),
                edit: make(v),
            })
        });
        html! {
            <ScaleField id={format!("{id}-{field}")} {legend} help={help.map(AttrValue::Static)}
                labels={text::RATING_LABELS} {value} {onchange} />
        }
    };
    let number = |field: &'static str,
                  label: &'static str,
                  help: Option<&'static str>,
                  value: f64,
                  (min, max): (f64, f64),
                  error: &'static str,
                  make: fn(f64) -> ProcessEdit| {
        let (d, pid) = (props.dispatch.clone(), id.clone());
        let onchange = Callback::from(move |v: f64| {
            d.emit(Action::EditProcess {
                id: pid.clone(),
                edit: make(v),
            })
        });
        let key = format!("processes.{id}.{field}");
        let onvalidity = props
            .dispatch
            .reform(move |invalid: bool| Action::MarkField {
                field: key.clone(),
                invalid,
            });
        html! {
            <NumberField id={format!("{id}-{field}")} {label} help={help.map(AttrValue::Static)} {value} {min} {max}
                error={error} {onchange} {onvalidity} />
        }
    };
    let remove = props.dispatch.reform({
        let id = id.clone();
        move |_: MouseEvent| Action::RemoveProcess { id: id.clone() }
    });
    let custom = p.id.is_custom();
    let overlap: Vec<AttrValue> = (0..=8).map(|h| AttrValue::from(format!("{h} h"))).collect();
    html! {
        <article class="process-card" aria-labelledby={format!("{id}-name")}>
            <header>
                <h3 id={format!("{id}-name")}>{ name.clone() }</h3>
                <span class="tag">{ advice::work_kind(p.kind) }</span>
                <button type="button" class="button link" onclick={remove} aria-label={format!("{} {name}", text::REMOVE)}>{ text::REMOVE }</button>
            </header>
            <ChoiceField id={format!("{id}-role")} legend={text::ROLE} options={labels(StrategicRole::ALL, advice::role)}
                help={Some(AttrValue::Static(advice::role_help(p.role)))}
                selected={index_of(StrategicRole::ALL, &p.role)} onchange={edit(|i| ProcessEdit::Role(StrategicRole::ALL[i.min(2)]))} />
            <div class="field-row">
                { number("fte", text::FTE, None, p.fte, (0.01, MAX_FTE), text::FTE_ERROR, ProcessEdit::Fte) }
                { number("annual_cost", text::ANNUAL_COST, Some(text::ANNUAL_COST_HELP), p.annual_cost, (0.0, MAX_ANNUAL_COST), text::ANNUAL_COST_ERROR, ProcessEdit::AnnualCost) }
            </div>
            <button type="button" class="disclosure" aria-expanded={refine.is_on().to_string()}
                aria-controls={format!("{id}-refine")} onclick={refine.toggle_callback()}>{ text::MORE_ANSWERS }</button>
            if refine.is_on() {
            <div class="refine" id={format!("{id}-refine")}>
                if custom {
                    <SelectField id={format!("{id}-kind")} label={text::KIND} options={labels(WorkKind::ALL, advice::work_kind)}
                        selected={index_of(WorkKind::ALL, &p.kind)} onchange={edit(|i| ProcessEdit::Kind(WorkKind::ALL[i.min(5)]))} />
                }
                <ChoiceField id={format!("{id}-demand")} legend={text::DEMAND} options={labels(Demand::ALL, advice::demand)}
                    selected={index_of(Demand::ALL, &p.demand)} onchange={edit(|i| ProcessEdit::Demand(Demand::ALL[i.min(2)]))} />
                { scale("judgement", text::JUDGEMENT, None, p.judgement, ProcessEdit::Judgement) }
                { scale("rule_based", text::RULE_BASED, Some(text::RULE_BASED_HELP), p.rule_based, ProcessEdit::RuleBased) }
                { scale("documentation", text::DOCUMENTATION, None, p.documentation, ProcessEdit::Documentation) }
                <ChoiceField id={format!("{id}-sensitivity")} legend={text::SENSITIVITY} options={labels(Sensitivity::ALL, advice::sensitivity)}
                    selected={index_of(Sensitivity::ALL, &p.sensitivity)} onchange={edit(|i| ProcessEdit::Sensitivity(Sensitivity::ALL[i.min(3)]))} />
                <ChoiceField id={format!("{id}-customer")} legend={text::CUSTOMER_FACING}
                    options={vec![AttrValue::Static(text::NO), AttrValue::Static(text::YES)]}
                    selected={usize::from(p.customer_facing)} onchange={edit(|i| ProcessEdit::CustomerFacing(i == 1))} />
                if p.customer_facing {
                    <CheckGroup id={format!("{id}-languages")} legend={text::PROCESS_LANGUAGES}
                        help={Some(AttrValue::from(text::PROCESS_LANGUAGES_HELP))}
                        options={Language::ALL.iter().map(|l| (AttrValue::Static(advice::language(*l)), p.languages.contains(l))).collect::<Vec<_>>()}
                        ontoggle={edit(|i| ProcessEdit::ToggleLanguage(Language::ALL[i.min(Language::ALL.len() - 1)]))} />
                }
                <SelectField id={format!("{id}-overlap")} label={text::OVERLAP} options={overlap}
                    selected={usize::from(p.overlap_hours.min(8))} onchange={edit(|i| ProcessEdit::Overlap(u8::try_from(i).unwrap_or(0)))} />
            </div>
            }
        </article>
    }
}
