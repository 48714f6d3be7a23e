//! Keep and hand over: a link that opens these answers anywhere (with what that means
//! for privacy said beside it), the answers as a JSON file, and the advice as CSV.

use super::ReportProps;
use crate::content::{lang, text};
use crate::files::{csv, file_stem, json};
use crate::ui::route::Route;
use crate::ui::router::Link;
use crate::ui::use_app;
use crate::web::{files, share};
use yew::prelude::*;

/// What happened to the last copy or download.
#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    None,
    Copied,
    CopyByHand,
    DownloadRefused,
}

/// The hand-over section of the results page.
#[component]
pub(super) fn HandOver(props: &ReportProps) -> Html {
    let state = use_app();
    let outcome = use_state(|| Outcome::None);
    let shown_link = use_state(String::new);
    let copy = {
        let (state, outcome, shown_link) = (state.clone(), outcome.clone(), shown_link.clone());
        Callback::from(move |_: MouseEvent| {
            let link = share::link_with_fragment(&format!("/open/{}", state.shown_record()))
                .unwrap_or_default();
            shown_link.set(link.clone());
            let outcome = outcome.clone();
            wasm_bindgen_futures::spawn_local(async move {
                outcome.set(if share::copy(&link).await {
                    Outcome::Copied
                } else {
                    Outcome::CopyByHand
                });
            });
        })
    };
    // A site may forbid answers in addresses (config.json `share_links`).
    let links = crate::web::config::current().config.share_links;
    let stem = file_stem(&state.assessment.company.name);
    // Files are written when asked for, not on every render.
    let save = |name: String, mime: &'static str, contents: Box<dyn Fn() -> String>| {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            if !files::download(&name, mime, &contents()) {
                outcome.set(Outcome::DownloadRefused);
            }
        })
    };
    let answers = {
        let state = state.clone();
        save(
            format!("shorewise-{stem}.json"),
            "application/json",
            Box::new(move || json::export(&state.effective())),
        )
    };
    let advice = {
        let (rec, state) = (props.rec.clone(), state.clone());
        save(
            format!("shorewise-{stem}-advice.csv"),
            "text/csv;charset=utf-8",
            Box::new(move || {
                csv::advice(&state.effective(), &rec, csv::separator(lang::current()))
            }),
        )
    };
    html! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ text::SHARE_HEADING }</h2>
            if links {
                <p class="help" id="share-privacy">{ text::SHARE_PRIVACY }</p>
            }
            if !state.trial.is_empty() {
                <p class="help">{ text::TRIAL_IN_HANDOVER }</p>
            }
            <div class="actions">
                if links {
                    <button type="button" class="button secondary" onclick={copy} aria-describedby="share-privacy">{ text::COPY_LINK }</button>
                }
                <button type="button" class="button secondary" onclick={answers}>{ text::DOWNLOAD_ANSWERS }</button>
                <button type="button" class="button secondary" onclick={advice}>{ text::DOWNLOAD_ADVICE }</button>
                <Link to={Route::Report} classes="button secondary">{ text::PRINTABLE_REPORT }</Link>
                if props.rec.processes.iter().any(|p| p.location.is_some()) {
                    <Link to={Route::Requests} classes="button secondary">{ crate::content::rfp::OPEN_REQUESTS }</Link>
                }
                <span role="status">
                    { match *outcome {
                        Outcome::None => "",
                        Outcome::Copied => text::LINK_COPIED.get(),
                        Outcome::CopyByHand => text::LINK_COPY_BY_HAND.get(),
                        Outcome::DownloadRefused => text::DOWNLOAD_REFUSED.get(),
                    } }
                </span>
            </div>
            if matches!(*outcome, Outcome::Copied | Outcome::CopyByHand) {
                <label class="share-link">
                    <span>{ text::LINK_LABEL }</span>
                    <input type="text" readonly=true value={(*shown_link).clone()} />
                </label>
            }
        </section>
    }
}
