//! The form that adds a process the catalog does not have, folded away until wanted.

use crate::content::text;
use crate::engine::model::{process_name, NameProblem, WorkKind, MAX_NAME_CHARS, MAX_PROCESSES};
use crate::ui::components::{select, Question, TextField};
use crate::ui::state::Action;
use crate::ui::use_app;
use yew::prelude::*;

/// Form to add a process the catalog does not have.
#[component]
pub(super) fn CustomProcessForm() -> Html {
    let state = use_app();
    let name = use_state(String::new);
    let kind = use_state(|| WorkKind::BackOffice);
    let error = use_state(|| None::<AttrValue>);
    let added = use_state(String::new);
    let onclick = {
        let (name, kind, error, state) = (name.clone(), kind.clone(), error.clone(), state.clone());
        let added = added.clone();
        Callback::from(move |_: MouseEvent| match process_name(&name) {
            Ok(_) if state.assessment.processes.len() >= MAX_PROCESSES => {
                error.set(Some(text::process_limit(MAX_PROCESSES).into()));
            }
            Ok(valid) => {
                // The focus stays on the button, ready for another; the status says what
                // happened, with the new count.
                added.set(text::process_count_changed(
                    &text::process_added(valid),
                    state.assessment.processes.len() + 1,
                ));
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
        <details class="custom">
            <summary><h2 id="custom-heading">{ text::CUSTOM_HEADING }</h2></summary>
            <div class="field-row">
                <TextField id="custom-name" label={text::CUSTOM_NAME} value={AttrValue::from((*name).clone())}
                    error={(*error).clone()} maxlength={MAX_NAME_CHARS + 10} {oninput} />
                { select(Question::new("custom-kind", text::CUSTOM_KIND.get()).help(text::CUSTOM_KIND_HELP.get()), *kind, &onkind) }
            </div>
            <button type="button" class="button secondary" {onclick}>{ text::CUSTOM_ADD }</button>
            <p class="help" role="status">{ (*added).clone() }</p>
        </details>
    }
}
