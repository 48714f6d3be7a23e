//! "What matters most": which of the company-wide answers move the whole advice, as a
//! tornado of bars (one step lower to the left, one step higher to the right), a table
//! alternative and a one-sentence reading. The ranking is weighed after the page has
//! painted, so that a what-if change stays instant; each bar tries its change.

use crate::content::advice;
use crate::content::lang::{fill, lower_first, tr_n, Tr};
use crate::engine::leverage::{Answer, Shift, Sway};

fn tr(en: &'static str) -> &'static str {
    Tr::new(en).get()
}

/// The section's heading.
pub const HEADING: Tr = Tr::new("What matters most");
/// What the chart shows and how to use it.
pub const INTRO: Tr = Tr::new("How far the advice moves when one of your answers is one step lower (left) or one step higher (right): the processes whose advice changes, and the change in the expected yearly saving. Select a bar to try that change.");
/// [`INTRO`] on paper, where nothing is selected.
pub const INTRO_PAPER: Tr = Tr::new("How far the advice moves when one of your answers is one step lower (left) or one step higher (right): the processes whose advice changes, and the change in the expected yearly saving.");
/// While the answers are being weighed.
pub const WEIGHING: Tr = Tr::new("Weighing each of your answers…");
/// A bar's side.
pub const LOWER: Tr = Tr::new("One step lower");
/// See [`LOWER`].
pub const HIGHER: Tr = Tr::new("One step higher");
/// The table alternative's disclosure.
pub const TABLE: Tr = Tr::new("What matters most as a table");
/// Table column.
pub const COL_ANSWER: Tr = Tr::new("Answer");
/// Table column: processes whose advice changes.
pub const COL_CHANGED: Tr = Tr::new("Processes whose advice changes");
/// Table column.
pub const COL_SAVING: Tr = Tr::new("Change of the yearly saving");
/// Table column.
pub const COL_ONE_OFF: Tr = Tr::new("Change of the one-off cost");
/// Where a step is past the end of the answer's scale.
pub const NO_STEP: Tr = Tr::new("Already at the end of the scale");

/// The answer's name.
pub fn answer(a: Answer) -> String {
    match a {
        Answer::Goal(g) => fill(tr("Weight of “{goal}”"), &[("goal", advice::goal(g))]),
        Answer::RiskTolerance => tr("Risk tolerance").to_owned(),
        Answer::VendorManagement => tr("Vendor-management capacity").to_owned(),
        Answer::TransitionAppetite => tr("Appetite for transition").to_owned(),
        Answer::DependencyTolerance => tr("Comfort with depending on one vendor").to_owned(),
        Answer::Residency => tr("Data residency").to_owned(),
        Answer::AutomationCapability => tr("Your automation capability").to_owned(),
    }
}

/// A step's effect in a few words, as a bar's label says it: "3 processes, −12,000".
pub fn bar_label(moved: usize, saving: &str) -> String {
    fill(
        tr_n(
            "{n} process, {saving}",
            "{n} processes, {saving}",
            moved as u64,
        ),
        &[("n", &moved.to_string()), ("saving", saving)],
    )
}

/// A step in full, as a bar's accessible name and tooltip: what would change, what it
/// would do, and that selecting it tries it.
pub fn step(s: &Shift, total: usize, saving: &str) -> String {
    fill(
        tr_n(
            "{change}: the advice would change for {n} of {total} process, and the expected yearly saving would change by {saving}. Try it.",
            "{change}: the advice would change for {n} of {total} processes, and the expected yearly saving would change by {saving}. Try it.",
            total as u64,
        ),
        &[
            ("change", &advice::change(s.change)),
            ("n", &s.moved().to_string()),
            ("total", &total.to_string()),
            ("saving", saving),
        ],
    )
}

/// What a bar would try, after the figures it shows: " (if your risk tolerance were
/// low: try it)".
pub fn try_it(s: &Shift) -> String {
    fill(
        tr(" ({change}: try it)"),
        &[("change", &lower_first(&advice::change(s.change)))],
    )
}

/// The section's conclusion: the answer that decides most of the advice and what its
/// stronger step would do (`money` writes an amount in the report's currency).
pub fn conclusion(ranked: &[Sway], total: usize, money: &dyn Fn(f64) -> String) -> String {
    let Some(top) = ranked.first() else {
        return String::new();
    };
    // The step that moves more processes, or else more money.
    let strongest = top.shifts().copied().max_by(|x, y| {
        x.moved()
            .cmp(&y.moved())
            .then(x.saving.abs().total_cmp(&y.saving.abs()))
    });
    let Some(s) = strongest.filter(|s| s.moved() > 0 || s.saving.abs() >= 1.0) else {
        return tr("No single answer changes this advice by one step: it holds for small changes to your goals and risk answers.").to_owned();
    };
    let change = advice::change(s.change);
    let amount = money(s.saving.abs());
    let saving = if s.saving.abs() < 1.0 {
        tr("the expected yearly saving would stay as it is")
    } else if s.saving > 0.0 {
        tr("the expected yearly saving would rise by {amount}")
    } else {
        tr("the expected yearly saving would fall by {amount}")
    };
    let saving = fill(saving, &[("amount", &amount)]);
    if s.moved() == 0 {
        return fill(
            tr("No single answer changes a decision or a location by one step. {answer} changes the money most: {change}, {saving}."),
            &[
                ("answer", &answer(top.answer)),
                ("change", &lower_first(&change)),
                ("saving", &saving),
            ],
        );
    }
    fill(
        tr_n(
            "{answer} decides most of this advice. {change}, the advice would change for {n} of {total} process and {saving}.",
            "{answer} decides most of this advice. {change}, the advice would change for {n} of {total} processes and {saving}.",
            total as u64,
        ),
        &[
            ("answer", &answer(top.answer)),
            ("change", &change),
            ("n", &s.moved().to_string()),
            ("total", &total.to_string()),
            ("saving", &saving),
        ],
    )
}

use super::fold::Fold;
use super::{use_printing, Shared};
use crate::engine::leverage::{rank, sway, what_matters};
use crate::engine::model::Assessment;
use crate::engine::recommend::Recommendation;
use crate::ui::format;
use crate::ui::state::Action;
use crate::ui::use_app;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`WhatMatters`].
#[derive(Properties, PartialEq, Clone)]
pub(super) struct WhatMattersProps {
    /// The advice shown.
    pub(super) rec: Shared<Recommendation>,
    /// The answers it was made for (with any what-if changes).
    pub(super) answers: Shared<Assessment>,
}

/// The ranking of `answers`' company-wide answers against their advice `rec`.
fn weigh(answers: &Assessment, rec: &Recommendation) -> Rc<[Sway]> {
    what_matters(answers, rec).unwrap_or_default().into()
}

/// A ranking and the advice it was weighed for.
type Ranked = (Shared<Recommendation>, Rc<[Sway]>);

/// Weighs the answers of `p` one at a time, each in a task of its own (two
/// recommendations), so that a tap between them is answered at once; then ranks them
/// and shows them, unless newer advice was asked for meanwhile (`asked` moved on).
fn weigh_in_turn(
    p: WhatMattersProps,
    this: u32,
    asked: Rc<std::cell::RefCell<Cell<u32>>>,
    mut done: Vec<Sway>,
    ranked: UseStateHandle<Option<Ranked>>,
) {
    if asked.borrow().get() != this {
        return;
    }
    let answers = Answer::all();
    let Some(answer) = answers.get(done.len()).copied() else {
        rank(&mut done);
        ranked.set(Some((p.rec.clone(), done.into())));
        return;
    };
    let Ok(weighed) = sway(&p.answers, &p.rec, answer) else {
        return;
    };
    done.push(weighed);
    crate::web::soon(move || weigh_in_turn(p, this, asked, done, ranked));
}

/// The section. On screen the ranking is weighed after the advice has painted, one
/// answer per task (its steps are a recommendation each); until then the last ranking
/// stays, marked busy. On paper it is weighed at once.
#[component]
pub(super) fn WhatMatters(props: &WhatMattersProps) -> Html {
    let printing = use_printing();
    let ranked =
        use_state(|| printing.then(|| (props.rec.clone(), weigh(&props.answers, &props.rec))));
    // The newest advice asked for: a ranking for an older one is not weighed.
    let asked = use_mut_ref(|| Cell::new(0u32));
    {
        let ranked = ranked.clone();
        let asked = asked.clone();
        use_effect_with(props.clone(), move |p| {
            if ranked.as_ref().is_some_and(|(rec, _)| rec == &p.rec) {
                return;
            }
            let this = asked.borrow().get().wrapping_add(1);
            asked.borrow().set(this);
            let p = p.clone();
            crate::web::after_paint(move || weigh_in_turn(p, this, asked, Vec::new(), ranked));
        });
    }
    let d = use_app().dispatcher().to_callback();
    let dispatch = (!printing).then_some(&d);
    let total = props.rec.processes.len();
    let currency = props.rec.currency;
    let money = |v: f64| format::money(v, currency);
    let busy = ranked.as_ref().is_none_or(|(rec, _)| rec != &props.rec);
    let Some((_, sways)) = ranked.as_ref() else {
        return html! {
            <Fold id="matters-heading" heading={HEADING.get()} conclusion={WEIGHING.get()}>
                <p class="help" aria-busy="true">{ WEIGHING }</p>
            </Fold>
        };
    };
    let conclusion = conclusion(sways, total, &money);
    let still: Vec<String> = sways
        .iter()
        .filter(|s| !moves(s))
        .map(|s| answer(s.answer))
        .collect();
    let still: Vec<&str> = still.iter().map(String::as_str).collect();
    html! {
        <Fold id="matters-heading" heading={HEADING.get()} {conclusion}>
            <figure class="tornado" aria-busy={busy.then_some("true")}>
                <figcaption>{ if printing { INTRO_PAPER } else { INTRO } }</figcaption>
                <ol class="tornado-rows">
                    { for sways.iter().filter(|s| moves(s)).map(|s| row(s, total, &money, dispatch)) }
                </ol>
                if !still.is_empty() {
                    <p class="help">{ fill(tr("One step either way of these answers changes nothing: {answers}."), &[("answers", &crate::content::text::names_list_all(&still))]) }</p>
                }
            </figure>
            <Table sways={sways.clone()} {total} {currency} />
        </Fold>
    }
}

/// Whether an answer's steps change any advice or money.
fn moves(s: &Sway) -> bool {
    s.moved() > 0 || s.money() >= 1.0
}

/// A signed amount of money: "+EUR 12,000", "−EUR 3,000", or "0".
fn signed(v: f64, money: &dyn Fn(f64) -> String) -> String {
    if v.abs() < 1.0 {
        "0".to_owned()
    } else if v > 0.0 {
        format!("+{}", money(v))
    } else {
        format!("−{}", money(-v))
    }
}

/// One answer: its name, and a bar each way, as long as the share of the processes the
/// step moves (a step that moves none but changes money shows a sliver). On screen
/// (`d`, the app's dispatch) each bar is a button that tries its step.
fn row(
    s: &Sway,
    total: usize,
    money: &dyn Fn(f64) -> String,
    d: Option<&Callback<Action>>,
) -> Html {
    let bar = |shift: Option<&Shift>, lower: bool| -> Html {
        let side = if lower { "lower" } else { "higher" };
        let Some(shift) = shift else {
            return html! { <span class={classes!("bar", side, "none")} title={NO_STEP.get()}>{ "–" }</span> };
        };
        let share = if total == 0 {
            0.0
        } else {
            shift.moved() as f64 / total as f64
        };
        // At least a sliver, so that a step that changes only money is seen.
        let width = if shift.moved() == 0 && shift.saving.abs() >= 1.0 {
            2.0
        } else {
            100.0 * share
        };
        let x = if lower { 100.0 - width } else { 0.0 };
        let saving = signed(shift.saving, money);
        let label = bar_label(shift.moved(), &saving);
        let graphic = html! {
            <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect x={format!("{x:.1}")} y="0" width={format!("{width:.1}")} height="10" />
            </svg>
        };
        let Some(d) = d else {
            return html! { <span class={classes!("bar", side)}>{ graphic }<span class="bar-label">{ label }</span></span> };
        };
        let change = shift.change;
        let onclick = d.reform(move |_: MouseEvent| Action::Try {
            change,
            process: None,
        });
        // Its name starts with what it shows, then says what it would try.
        html! {
            <button type="button" class={classes!("bar", side)} {onclick} title={step(shift, total, &saving)}>
                { graphic }<span class="bar-label">{ label }</span>
                <span class="visually-hidden">{ try_it(shift) }</span>
            </button>
        }
    };
    html! {
        <li key={answer(s.answer)}>
            <span class="tornado-name">{ answer(s.answer) }</span>
            <span class="tornado-bars">
                { bar(s.lower.as_ref(), true) }
                { bar(s.higher.as_ref(), false) }
            </span>
        </li>
    }
}

/// Props of [`Table`].
#[derive(Properties, PartialEq, Clone)]
struct TableProps {
    sways: Rc<[Sway]>,
    total: usize,
    currency: &'static str,
}

/// The figures behind the bars, on request: for each answer and step, the processes
/// whose advice changes and the change of the yearly saving and of the one-off cost.
#[component]
fn Table(props: &TableProps) -> Html {
    let open = crate::ui::hooks::use_toggle(false);
    let printing = use_printing();
    let money = |v: f64| format::money(v, props.currency);
    // On a phone the rows stack, each figure labelled with its side and column.
    let cells = |shift: Option<&Shift>, side: Tr| -> Html {
        let label = |column: Tr| format!("{side} · {column}");
        match shift {
            Some(s) => html! {
                <>
                    <td data-label={label(COL_CHANGED)}>{ format!("{} / {}", s.moved(), props.total) }</td>
                    <td data-label={label(COL_SAVING)}>{ signed(s.saving, &money) }</td>
                    <td data-label={label(COL_ONE_OFF)}>{ signed(s.one_off, &money) }</td>
                </>
            },
            None => html! { <td colspan="3" data-label={side.get()}>{ NO_STEP }</td> },
        }
    };
    if printing {
        return Html::default();
    }
    html! {
        <>
            <button type="button" class="disclosure" aria-expanded={open.is_on().to_string()}
                aria-controls="matters-table" onclick={open.toggle_callback()}>{ TABLE }</button>
            if open.is_on() {
                <div class="table-scroll" tabindex="0" role="region" aria-label={TABLE.get()}>
                    <table id="matters-table" class="matters-table stack">
                        <thead>
                            <tr>
                                <th scope="col" rowspan="2">{ COL_ANSWER }</th>
                                <th scope="colgroup" colspan="3">{ LOWER }</th>
                                <th scope="colgroup" colspan="3">{ HIGHER }</th>
                            </tr>
                            <tr>
                                <th scope="col">{ COL_CHANGED }</th>
                                <th scope="col">{ COL_SAVING }</th>
                                <th scope="col">{ COL_ONE_OFF }</th>
                                <th scope="col">{ COL_CHANGED }</th>
                                <th scope="col">{ COL_SAVING }</th>
                                <th scope="col">{ COL_ONE_OFF }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for props.sways.iter().map(|s| html! {
                                <tr key={answer(s.answer)}>
                                    <th scope="row">{ answer(s.answer) }</th>
                                    { cells(s.lower.as_ref(), LOWER) }
                                    { cells(s.higher.as_ref(), HIGHER) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </>
    }
}
