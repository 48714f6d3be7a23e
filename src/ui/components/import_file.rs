//! Opening an assessment file, by the file picker or by dropping it on the page. A file
//! that cannot be opened lists every problem in words and changes nothing; a good one
//! goes through the same "open" step as a share link, which asks before replacing
//! saved answers.

use crate::content::problems::quoted;
use crate::content::text;
use crate::engine::record;
use crate::files::json::{self, ImportError};
use crate::ui::route::{Route, Step};
use crate::ui::router::use_navigator;
use crate::web::files;
use yew::prelude::*;

/// Why a file (or an example company's answers in the site's settings) was refused, as
/// lines to show.
pub fn explain(e: ImportError) -> Vec<String> {
    match e {
        ImportError::TooLarge { .. } => vec![text::IMPORT_TOO_LARGE.get().to_owned()],
        ImportError::NotJson { line, column } => vec![text::import_not_json(line, column)],
        ImportError::NotAnAssessment {
            field,
            expected,
            line,
        } => vec![text::import_not_assessment(
            line,
            &quoted(&field),
            &expected,
        )],
        ImportError::UnknownField { field, line } => {
            vec![text::import_unknown_field(line, &quoted(&field))]
        }
        ImportError::Invalid(problems) => problems,
    }
}

/// Id of the file picker (the page's HTML has one too before the app starts, see
/// [`crate::web::drop_prerendered`]).
pub const INPUT_ID: &str = "import-file";

/// The file picker and drop zone.
#[component]
pub fn ImportFile() -> Html {
    let navigator = use_navigator();
    let problems = use_state(Vec::<String>::new);
    let over = use_state(|| false);
    let open = {
        let problems = problems.clone();
        Callback::from(move |file: web_sys::File| {
            let (problems, navigator) = (problems.clone(), navigator.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some(contents) = files::read_text(&file).await else {
                    problems.set(vec![text::IMPORT_UNREADABLE.get().to_owned()]);
                    return;
                };
                match json::import(&contents) {
                    Ok(a) => {
                        problems.set(Vec::new());
                        if let Some(n) = navigator {
                            n.push(&Route::Open {
                                record: record::encode(&a, Step::Results as u8),
                            });
                        }
                    }
                    Err(e) => problems.set(explain(e)),
                }
            });
        })
    };
    let onchange = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let file = input.files().and_then(|f| f.get(0));
            // The same file can be chosen again after fixing it.
            input.set_value("");
            if let Some(file) = file {
                open.emit(file);
            }
        })
    };
    let ondragover = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(true);
        })
    };
    let ondragleave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let ondrop = {
        let (over, open) = (over.clone(), open.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                open.emit(file);
            }
        })
    };
    html! {
        <div class={classes!("import", over.then_some("over"))} {ondragover} {ondragleave} {ondrop}>
            <label for={INPUT_ID}>{ text::IMPORT_LABEL }</label>
            <input id={INPUT_ID} type="file" accept=".json,application/json" {onchange} />
            <p class="help">{ text::IMPORT_DROP }</p>
            if !problems.is_empty() {
                <div class="error-panel" role="alert">
                    <p>{ text::IMPORT_FAILED }</p>
                    <ul>
                        { for problems.iter().enumerate().map(|(i, p)| html! { <li key={i}>{ p.clone() }</li> }) }
                    </ul>
                </div>
            }
        </div>
    }
}
