//! Requests for proposals: one draft per group of work going to providers (provider
//! type × location), laid out for paper and offered as Markdown files a buyer edits.
//! The page and the files render the same document (`ui::rfp`).

use crate::content::{advice, lang, rfp as words, text};
use crate::engine::recommend;
use crate::engine::rfp::{tenders, Tender};
use crate::files::document::{self, markdown, Doc};
use crate::files::file_stem;
use crate::ui::route::Route;
use crate::ui::router::Link;
use crate::ui::{rfp, use_app};
use yew::prelude::*;

/// The requests for proposals page.
#[component]
pub fn Requests() -> Html {
    let state = use_app();
    // What the results page shows: the answers with any what-if changes being tried.
    let result = use_memo((state.assessment.clone(), state.trial.clone()), |_| {
        let a = state.effective().into_owned();
        let r = recommend(&a).ok()?;
        let t = tenders(&a, &r);
        Some((a, r, t))
    });
    let refused = use_state(|| false);
    let company = state.assessment.company.name.trim();
    let title = if company.is_empty() {
        words::PAGE_HEADING.get().to_owned()
    } else {
        format!(
            "{}{}{}",
            words::PAGE_HEADING,
            lang::colon(),
            crate::ui::format::shortened(company, 60)
        )
    };
    crate::ui::hooks::use_printable_page(title.clone());
    let stem = file_stem(company);
    let save = |name: String, doc: Doc| {
        let refused = refused.clone();
        Callback::from(move |_: MouseEvent| {
            refused.set(!crate::web::files::download(
                &name,
                "text/markdown;charset=utf-8",
                &markdown(&doc),
            ));
        })
    };
    let print = Callback::from(|_: MouseEvent| crate::web::print());
    let body = match &*result {
        Some((a, r, ts)) if !ts.is_empty() => {
            let all = (ts.len() > 1)
                .then(|| save(format!("shorewise-{stem}-rfps.md"), rfp::all(a, r, ts)));
            html! {
                <>
                    if let Some(onclick) = all {
                        <div class="report-toolbar">
                            <button type="button" class="button secondary" {onclick}>{ words::DOWNLOAD_ALL }</button>
                        </div>
                    }
                    { for ts.iter().enumerate().map(|(i, t)| {
                        let doc = rfp::request(a, r, t);
                        let group = format!("{} {}", advice::outsourcing_type(t.kind), advice::location_noun(t.location));
                        let download = save(format!("shorewise-{stem}-rfp-{}.md", file_stem(&group)), doc.clone());
                        request(i, t, &doc, download)
                    }) }
                </>
            }
        }
        Some(_) if !state.assessment.processes.is_empty() => html! {
            <div class="notice" role="status">
                <p>{ words::NOTHING_TO_TENDER }</p>
            </div>
        },
        _ => super::no_processes_yet(),
    };
    html! {
        <article class="print-report requests">
            <div class="report-toolbar">
                <button type="button" class="button primary" onclick={print}>{ text::PRINT }</button>
                <Link to={Route::Results} classes="button secondary">{ text::BACK_TO_RESULTS }</Link>
                <p class="help">{ words::PAGE_INTRO }</p>
                <p class="help">{ words::FILE_HELP }</p>
                <span role="status">{ if *refused { text::DOWNLOAD_REFUSED.get() } else { "" } }</span>
            </div>
            <h1 id="page-title" tabindex="-1">{ title }</h1>
            { body }
        </article>
    }
}

/// One request: its document and its download button.
fn request(i: usize, t: &Tender, doc: &Doc, download: Callback<MouseEvent>) -> Html {
    let heading = format!("request-{i}");
    let body = Html::from_html_unchecked(AttrValue::from(format!(
        "<div>{}</div>",
        document::html(doc, 1, &heading)
    )));
    html! {
        <section class="request" aria-labelledby={heading.clone()} key={heading.clone()}>
            { body }
            <div class="report-toolbar">
                <button type="button" class="button secondary" onclick={download}
                    aria-label={format!("{}: {}", words::DOWNLOAD_ONE, rfp::title(t))}>{ words::DOWNLOAD_ONE }</button>
            </div>
        </section>
    }
}
