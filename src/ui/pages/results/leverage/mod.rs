//! "What matters most": which of the company-wide answers move the whole advice, as a
//! tornado of bars (one step lower to the left, one step higher to the right), a table
//! alternative and a one-sentence reading. The ranking is weighed after the page has
//! painted, so that a what-if change stays instant; each bar tries its change.

mod table;
mod words;

use super::fold::Fold;
use super::{use_printing, Shared};
use crate::engine::leverage::{rank, sway, what_matters};
use crate::engine::leverage::{Answer, Shift, Sway};
use crate::engine::model::Assessment;
use crate::engine::recommend::Recommendation;
use crate::ui::format;
use crate::ui::state::Action;
use crate::ui::use_app;
use std::cell::RefCell;
use std::rc::Rc;
use table::Table;
use words::{
    answer, bar_label, conclusion, step, try_it, unchanged, HEADING, INTRO, INTRO_PAPER, NO_STEP,
    WEIGHING,
};
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
    asked: Rc<RefCell<u32>>,
    mut done: Vec<Sway>,
    ranked: UseStateHandle<Option<Ranked>>,
) {
    if *asked.borrow() != this {
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
    let asked = use_mut_ref(|| 0u32);
    {
        let ranked = ranked.clone();
        let asked = asked.clone();
        use_effect_with(props.clone(), move |p| {
            if ranked.as_ref().is_some_and(|(rec, _)| rec == &p.rec) {
                return;
            }
            let this = asked.borrow().wrapping_add(1);
            *asked.borrow_mut() = this;
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
                    <p class="help">{ unchanged(&still) }</p>
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
pub(super) fn signed(v: f64, money: &dyn Fn(f64) -> String) -> String {
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
