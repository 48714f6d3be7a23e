//! Opening a shared link or an example company. The answers it carries replace the
//! saved ones at once only when nothing would be lost (no answers yet, or the same
//! ones); otherwise the user is asked first. A link that cannot be read says why and
//! changes nothing.

use crate::content::text;
use crate::engine::record::{self, Record, RecordError};
use crate::files::prefill;
use crate::ui::route::{Route, Step};
use crate::ui::router::{use_navigator, Link};
use crate::ui::state::Action;
use crate::ui::use_app;
use std::rc::Rc;
use yew::prelude::*;

/// Where the answers come from.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// A share link's record.
    Link(String),
    /// An example company's id.
    Example(String),
    /// Prefill parameters.
    Prefill(String),
}

/// Props of [`OpenPage`].
#[derive(Properties, PartialEq, Clone)]
pub struct OpenProps {
    /// What to open.
    pub incoming: Incoming,
}

/// Why the incoming answers cannot be opened, in the user's words.
fn problem(e: &RecordError) -> &'static str {
    match e {
        RecordError::NotARecord => text::LINK_NOT_A_RECORD.get(),
        RecordError::NewerVersion { .. } => text::LINK_NEWER.get(),
        RecordError::TooLong { .. } => text::LINK_TOO_LONG.get(),
        RecordError::Damaged { .. } => text::LINK_DAMAGED.get(),
        RecordError::Invalid(_) => text::LINK_INVALID.get(),
    }
}

/// What a link carries: the record, and the prefill parameters it had to leave out.
type Read = Result<(Record, Vec<String>), &'static str>;

fn read(incoming: &Incoming) -> Read {
    let whole = |r: Result<Record, &'static str>| r.map(|r| (r, Vec::new()));
    match incoming {
        Incoming::Prefill(params) => {
            let (assessment, ignored) = prefill::read(params);
            let ignored = ignored
                .iter()
                .map(|i| text::prefill_ignored(&i.name, i.unknown))
                .collect();
            Ok((
                Record {
                    assessment,
                    reached: Step::Company as u8,
                },
                ignored,
            ))
        }
        other => whole(read_record(other)),
    }
}

fn read_record(incoming: &Incoming) -> Result<Record, &'static str> {
    match incoming {
        Incoming::Link(text) => record::decode(text).map_err(|e| problem(&e)),
        Incoming::Example(id) => crate::web::config::current()
            .config
            .example(id)
            .map(|assessment| Record {
                assessment,
                reached: Step::Results as u8,
            })
            .ok_or(text::EXAMPLE_UNKNOWN.get()),
        Incoming::Prefill(_) => Err(text::LINK_NOT_A_RECORD.get()),
    }
}

/// The page a share link or example link lands on.
#[component]
pub fn OpenPage(props: &OpenProps) -> Html {
    let state = use_app();
    let navigator = use_navigator();
    let read = use_memo(props.incoming.clone(), read);
    crate::ui::hooks::use_page_title(
        if read.is_ok() {
            text::OPEN_TITLE.get()
        } else {
            text::OPEN_FAILED_TITLE.get()
        }
        .to_owned(),
    );
    let nothing_lost = |r: &Record| !state.has_answers() || state.assessment == r.assessment;
    let open = {
        let (state, navigator, read) = (state.clone(), navigator.clone(), read.clone());
        Rc::new(move || {
            if let Ok((record, ignored)) = &*read {
                let step = Step::ALL
                    .get(usize::from(record.reached))
                    .copied()
                    .unwrap_or(Step::Company);
                state.dispatch(Action::Open {
                    record: record.clone(),
                    ignored: ignored.clone(),
                });
                if let Some(n) = &navigator {
                    n.replace(&step.route());
                }
            }
        })
    };
    {
        let (open, direct) = (
            open.clone(),
            matches!(&*read, Ok((r, _)) if nothing_lost(r)),
        );
        use_effect_with(props.incoming.clone(), move |_| {
            if direct {
                open();
            } else {
                crate::web::focus("page-title");
            }
        });
    }
    let body = match &*read {
        Err(problem) => html! {
            <div class="error-panel" role="alert">
                <h1 id="page-title" tabindex="-1">{ text::OPEN_FAILED_TITLE }</h1>
                <p>{ *problem }</p>
                <p>{ text::OPEN_FAILED_SAFE }</p>
                <Link to={Route::Welcome} classes="button primary">{ text::BACK_HOME }</Link>
            </div>
        },
        Ok((r, _)) if nothing_lost(r) => Html::default(),
        Ok((r, _)) => {
            let name = |n: &str| {
                if n.trim().is_empty() {
                    text::UNNAMED_COMPANY.get().to_owned()
                } else {
                    n.trim().to_owned()
                }
            };
            let go = Callback::from(move |_: MouseEvent| open());
            html! {
                <>
                    <h1 id="page-title" tabindex="-1">{ text::OPEN_TITLE }</h1>
                    <p>{ text::open_replaces(&name(&r.assessment.company.name), &name(&state.assessment.company.name)) }</p>
                    <div class="actions">
                        <button type="button" class="button primary" onclick={go}>{ text::OPEN_IT }</button>
                        <Link to={Route::Welcome} classes="button secondary">{ text::KEEP_MINE }</Link>
                    </div>
                </>
            }
        }
    };
    html! { <section class="step-page open-page">{ body }</section> }
}
