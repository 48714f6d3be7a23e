//! A chosen process's card: key answers at a glance, the rest on request.

use crate::content::processes;
use crate::content::{advice, text};
use crate::engine::cost::CostCheck;
use crate::engine::model::{
    Bounds, ProcessAnswer, ProcessEdit, ProcessId, ANNUAL_COST_BOUNDS, FTE_BOUNDS,
    MAX_OVERLAP_HOURS,
};
use crate::ui::components::{
    checks, radios, select, ChoiceField, NumberField, Question, ScaleField, SelectField,
};
use crate::ui::format;
use crate::ui::state::Action;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`ProcessCard`].
#[derive(Properties, PartialEq, Clone)]
pub struct ProcessCardProps {
    /// The process shown.
    pub process: Rc<ProcessAnswer>,
    /// Where the card sends its edits. A stable callback rather than the app context,
    /// so that a card re-renders only when its own process changes.
    pub dispatch: Callback<Action>,
    /// A typed cost far from what the people cost, with the home currency; a warning,
    /// never a block.
    #[prop_or_default]
    pub cost_check: Option<(CostCheck, &'static str)>,
    /// One of its fields holds a value that cannot be used: the row stays open so
    /// that the error shows and the error summary's link finds the field.
    #[prop_or_default]
    pub invalid: bool,
    /// Which of its numbers the user is correcting: the people, the cost. The row's
    /// gist says so rather than show the last valid value, which the field no longer
    /// holds.
    #[prop_or_default]
    pub correcting: (bool, bool),
    /// The home currency, for the cost on the closed row.
    #[prop_or_default]
    pub currency: &'static str,
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

/// A chosen process as a row: its name and key answers on a line, opening to the main
/// answers, with the rest behind "Refine answers".
#[component]
pub fn ProcessCard(props: &ProcessCardProps) -> Html {
    let edit_open = crate::ui::hooks::use_toggle(false);
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
    let open = edit_open.is_on() || props.invalid;
    let (fte_correcting, cost_correcting) = props.correcting;
    let cost = if cost_correcting {
        text::COST_TO_CORRECT.get().to_owned()
    } else if p.annual_cost > 0.0 {
        format::money(p.annual_cost, props.currency)
    } else {
        text::COST_ESTIMATED.get().to_owned()
    };
    let fte = (!fte_correcting).then(|| format::number(p.fte));
    let gist = text::process_gist(advice::role(p.role), fte.as_deref(), &cost);
    html! {
        <article class={classes!("process-card", open.then_some("open"))} aria-labelledby={format!("{id}-name")}>
            <header>
                <h3 id={format!("{id}-name")}>{ name }</h3>
                <p class="gist"><span class="tag">{ advice::work_kind(p.kind) }</span>{ " " }{ gist }</p>
                <div class="row-actions">
                    <button type="button" class="disclosure" aria-expanded={open.to_string()}
                        aria-controls={format!("{id}-answers")} onclick={edit_open.toggle_callback()}
                        aria-label={format!("{} {name}", text::EDIT_PROCESS)}>{ text::EDIT_PROCESS }</button>
                    <button type="button" class="button link" onclick={remove} aria-label={format!("{} {name}", text::REMOVE)}>{ text::REMOVE }</button>
                </div>
            </header>
            if let Some((check, currency)) = props.cost_check.filter(|_| !open) {
                <p class="warning" role="status">{ text::cost_check(
                    &format::money(check.per_person, currency),
                    &format::money(check.typical, currency),
                    check.too_high(),
                ) }</p>
            }
            if open {
            <div class="answers" id={format!("{id}-answers")}>
            { radios(q("role", text::ROLE.get()).help(advice::role_help(p.role)), p.role, &edit(d, id, ProcessEdit::Role)) }
            <div class="field-row">
                { number("fte", text::FTE.get(), None, p.fte, FTE_BOUNDS, fte_error, ProcessEdit::Fte) }
                { number("annual_cost", text::ANNUAL_COST.get(), Some(text::ANNUAL_COST_HELP.get()), p.annual_cost, ANNUAL_COST_BOUNDS, cost_error, ProcessEdit::AnnualCost) }
            </div>
            if let Some((check, currency)) = props.cost_check {
                <p class="warning" role="status">{ text::cost_check(
                    &format::money(check.per_person, currency),
                    &format::money(check.typical, currency),
                    check.too_high(),
                ) }</p>
            }
            <button type="button" class="disclosure" aria-expanded={refine.is_on().to_string()}
                aria-controls={format!("{id}-refine")} onclick={refine.toggle_callback()}>{ text::MORE_ANSWERS }</button>
            if refine.is_on() {
            <div class="refine" id={format!("{id}-refine")}>
                if id.is_custom() {
                    { select(q("kind", text::KIND.get()), p.kind, &edit(d, id, ProcessEdit::Kind)) }
                }
                { radios(q("demand", text::DEMAND.get()), p.demand, &edit(d, id, ProcessEdit::Demand)) }
                { scale("judgement", text::JUDGEMENT.get(), None, p.judgement, ProcessEdit::Judgement) }
                { scale("rule_based", text::RULE_BASED.get(), Some(text::RULE_BASED_HELP.get()), p.rule_based, ProcessEdit::RuleBased) }
                { scale("documentation", text::DOCUMENTATION.get(), None, p.documentation, ProcessEdit::Documentation) }
                { radios(q("sensitivity", text::SENSITIVITY.get()), p.sensitivity, &edit(d, id, ProcessEdit::Sensitivity)) }
                <ChoiceField id={format!("{id}-customer")} legend={text::CUSTOMER_FACING}
                    options={vec![AttrValue::Static(text::NO.get()), AttrValue::Static(text::YES.get())]}
                    selected={usize::from(p.customer_facing)} onchange={edit(d, id, |i: usize| ProcessEdit::CustomerFacing(i == 1))} />
                if p.customer_facing {
                    { checks(q("languages", text::PROCESS_LANGUAGES.get()).help(text::PROCESS_LANGUAGES_HELP.get()), &p.languages, None,
                        &edit(d, id, ProcessEdit::ToggleLanguage)) }
                }
                <SelectField id={format!("{id}-overlap")} label={text::OVERLAP} options={overlap}
                    selected={usize::from(p.overlap_hours.min(MAX_OVERLAP_HOURS))}
                    onchange={edit(d, id, |i: usize| ProcessEdit::Overlap(u8::try_from(i).unwrap_or(0)))} />
                { radios(q("coverage", text::COVERAGE.get()).help(text::COVERAGE_HELP.get()), p.coverage, &edit(d, id, ProcessEdit::Coverage)) }
            </div>
            }
            </div>
            }
        </article>
    }
}
