//! The report to hand over, laid out for paper (print, or save as PDF): a first page
//! with the summary, every process at a glance and the most serious risks; then the
//! matrix, compact advice per process, where the work may go, costs with the cash
//! flow, roadmap and checklist; an appendix with the assumptions, wages and sources,
//! and the answers, in smaller type. Every page's footer names the
//! company and the page. No navigation; the browser's print dialog makes the PDF.

use super::assumptions::Assumptions;
use super::wages::WageEditor;
use super::{Printing, Report};
use crate::content::text;
use crate::engine::recommend;
use crate::ui::components::AnswerSections;
use crate::ui::route::Route;
use crate::ui::router::Link;
use crate::ui::use_app;
use yew::prelude::*;

/// The printable report.
#[component]
pub fn PrintReport() -> Html {
    let state = use_app();
    // What the results page shows: the answers with any what-if changes being tried.
    let result = use_memo((state.assessment.clone(), state.trial.clone()), |_| {
        let a = state.effective();
        recommend(&a).map(|r| Report::new(a.into_owned(), r))
    });
    let company = state.assessment.company.name.trim();
    let title = if company.is_empty() {
        text::REPORT_TITLE.get().to_owned()
    } else {
        text::report_title_for(&crate::ui::format::shortened(company, 60))
    };
    crate::ui::hooks::use_printable_page(title.clone());
    let print = Callback::from(|_: MouseEvent| crate::web::print());
    let body = match &*result {
        Ok(report) if !state.assessment.processes.is_empty() => report.print_view(),
        _ => super::no_processes_yet(),
    };
    html! {
        <ContextProvider<Printing> context={Printing}>
            <article class="print-report">
                <div class="report-toolbar">
                    <button type="button" class="button primary" onclick={print}>{ text::PRINT }</button>
                    <Link to={Route::Results} classes="button secondary">{ text::BACK_TO_RESULTS }</Link>
                    <p class="help">{ text::PRINT_HELP }</p>
                </div>
                <header class="cover">
                    <p class="brand">{ crate::web::config::product_name() }</p>
                    <h1 id="page-title" tabindex="-1">{ title }</h1>
                    <p class="date">{ crate::web::today() }</p>
                    <p class="help">{ text::REPORT_COVER_NOTE }</p>
                </header>
                <div class="report">{ body }</div>
                if let Ok(report) = &*result {
                    <section class="appendix appendix-figures" aria-labelledby="appendix-figures-heading">
                        <h2 id="appendix-figures-heading">{ text::APPENDIX_FIGURES_HEADING }</h2>
                        <Assumptions />
                        <WageEditor rec={report.rec.0.clone()} />
                    </section>
                }
                <section class="appendix" aria-labelledby="appendix-heading">
                    <h2 id="appendix-heading">{ text::APPENDIX_HEADING }</h2>
                    <AnswerSections shown=true />
                </section>
            </article>
        </ContextProvider<Printing>>
    }
}
