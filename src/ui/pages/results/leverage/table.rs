//! The figures behind "What matters most", as a table on request.

use super::signed;
use super::words::{
    answer, COL_ANSWER, COL_CHANGED, COL_ONE_OFF, COL_SAVING, HIGHER, LOWER, NO_STEP, TABLE,
};
use crate::content::lang::Tr;
use crate::engine::leverage::{Shift, Sway};
use crate::ui::format;
use crate::ui::pages::results::use_printing;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`Table`].
#[derive(Properties, PartialEq, Clone)]
pub(super) struct TableProps {
    pub(super) sways: Rc<[Sway]>,
    pub(super) total: usize,
    pub(super) currency: &'static str,
}

/// The figures behind the bars, on request: for each answer and step, the processes
/// whose advice changes and the change of the yearly saving and of the one-off cost.
#[component]
pub(super) fn Table(props: &TableProps) -> Html {
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
