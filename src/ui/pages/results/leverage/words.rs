//! The words of "What matters most": the answers' names, the bars' labels and the one
//! sentence that says which answer decides most of the advice.

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

/// The answers whose steps change nothing, named in one sentence.
pub fn unchanged(answers: &[&str]) -> String {
    fill(
        tr("One step either way of these answers changes nothing: {answers}."),
        &[("answers", &crate::content::text::names_list_all(answers))],
    )
}
