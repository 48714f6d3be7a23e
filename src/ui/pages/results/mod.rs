//! Results: headline, what-if panel, sourcing matrix, advice per process, location
//! comparison, cost impact with assumptions, roadmap and vendor checklist. Everything
//! here renders the engine's [`Recommendation`], recomputed (memoised) from the answers;
//! each section is a file of its own.

mod announce;
mod assumptions;
mod cards;
mod cashflow;
mod cost;
mod fold;
mod glossary;
mod handover;
mod headline;
mod leverage;
mod locations;
mod plan;
mod portfolio;
mod print;
mod report;
mod requests;
mod scenarios;
mod summary;
mod trial;
mod wages;
mod words;

use crate::content::{problems, processes, text};
use crate::engine::recommend;
use crate::engine::recommend::Recommendation;
use crate::ui::components::{GoalFields, Progress, ToleranceField};
use crate::ui::format;
use crate::ui::route::{Route, Step};
use crate::ui::router::Link;
use crate::ui::state::Action;
use crate::ui::use_app;
pub use print::PrintReport;
use report::Report;
pub use requests::Requests;
use std::rc::Rc;
use trial::TrialBar;
use yew::prelude::*;

/// The results page.
#[component]
pub fn ResultsPage() -> Html {
    let state = use_app();
    // The advice shown is for the answers with any what-if changes being tried.
    let result = use_memo(
        (state.assessment.clone(), state.trial.clone()),
        |(a, trial)| {
            let mut a = a.clone();
            for t in trial.iter() {
                t.apply(&mut a);
            }
            recommend(&a).map(|r| Report::new(a, r))
        },
    );
    {
        let state = state.clone();
        use_effect_with(Shared(result.clone()), move |result| {
            if let Ok(report) = &**result {
                // The answers are copied only when the advice changes and the site lets
                // them go to its page.
                let answers =
                    crate::web::embed::sends_answers().then(|| state.effective().into_owned());
                crate::web::embed::post(crate::files::host::Message::Completed {
                    advice: &report.rec,
                    answers: answers.as_ref(),
                });
            }
        });
    }
    crate::ui::hooks::use_page_title(results_title(&state.assessment.company.name));
    let reach = state.dispatcher();
    use_effect_with((), move |_| {
        reach.dispatch(Action::Reach {
            step: Step::Results,
        });
        crate::web::scroll_to_top();
        crate::web::focus("page-title");
    });
    // The summary first, then the what-if panel, then the rest of the report: on a
    // phone they stack in that order; on a wide screen the panel stands beside both.
    let (lead, body) = match &*result {
        _ if state.assessment.processes.is_empty() => (no_processes_yet(), Html::default()),
        Ok(report) => (report.lead(), report.rest()),
        Err(e) => (
            html! {
                <div class="error-panel" role="alert">
                    <p>{ text::RESULTS_ERROR }</p>
                    <p>{ problems::describe(e, &|i| state.assessment.processes.get(i).map(|p| processes::name_of(p).to_owned())) }</p>
                    <Link to={Route::Review} classes="button secondary">{ text::EDIT_ANSWERS }</Link>
                </div>
            },
            Html::default(),
        ),
    };
    html! {
        <div class="results-page">
            <Progress current={Step::Results} />
            <h1 id="page-title" tabindex="-1">{ results_title(&state.assessment.company.name) }</h1>
            <announce::UpdateAnnouncer shown={Shared(result.clone())} />
            <div class="results-layout">
                <div class="report report-lead">{ lead }</div>
                <aside class="whatif" aria-labelledby="whatif-heading">
                    <h2 id="whatif-heading">{ text::WHATIF_HEADING }</h2>
                    <p class="help">{ text::WHATIF_INTRO }</p>
                    <ToleranceField id="whatif-tolerance" what_if=true />
                    <details>
                        <summary>{ text::GOALS_TITLE }</summary>
                        <GoalFields id_prefix="whatif-" what_if=true />
                    </details>
                    <Link to={Route::Review} classes="button secondary">{ text::EDIT_ANSWERS }</Link>
                </aside>
                <div class="report report-rest">{ body }</div>
            </div>
            { call_to_action() }
            if !state.trial.is_empty() {
                if let Ok(report) = &*result {
                    <TrialBar tried={report.rec.clone()} />
                }
            }
        </div>
    }
}

/// What the site offers next, when its `config.json` says (docs/configuration.md): a
/// contact line and a link, which leaves the app in a new tab so nothing is lost.
/// Where there are no processes to advise on: what is missing, and a way to add them
/// (the results, the printable report and the requests for proposals alike).
fn no_processes_yet() -> Html {
    html! {
        <div class="notice" role="status">
            <p>{ text::NO_PROCESSES_YET }</p>
            <Link to={Route::Processes} classes="button primary">{ text::CHOOSE_PROCESSES }</Link>
        </div>
    }
}

fn call_to_action() -> Html {
    let loaded = crate::web::config::current();
    let config = &loaded.config;
    if config.call_to_action.is_none() && config.contact.is_none() {
        return Html::default();
    }
    html! {
        <section class="notice call-to-action" aria-label={ text::NEXT_STEP }>
            if let Some(contact) = &config.contact {
                <p>{ contact }</p>
            }
            if let Some(action) = &config.call_to_action {
                <a class="button primary" href={ action.url.clone() } target="_blank" rel="noopener noreferrer">
                    { &action.text }
                    <span class="visually-hidden">{ " " }{ text::OPENS_IN_NEW_TAB }</span>
                </a>
            }
        </section>
    }
}

fn results_title(company: &str) -> String {
    if company.trim().is_empty() {
        text::RESULTS_TITLE.get().to_owned()
    } else {
        text::results_title_for(&format::shortened(company.trim(), HEADING_NAME_CHARS))
    }
}

/// Longest company name shown in a heading; longer ones end in "…".
const HEADING_NAME_CHARS: usize = 60;

/// Present (through context) while the report is laid out for printing: every card and
/// section open, nothing interactive.
#[derive(Clone, Copy, PartialEq)]
pub(super) struct Printing;

/// Whether the report is being laid out for printing.
#[hook]
pub(super) fn use_printing() -> bool {
    use_context::<Printing>().is_some()
}

/// An `Rc` whose equality is identity: a new recommendation is a new value, so props
/// compare in constant time instead of walking the whole report.
#[derive(Clone)]
pub(super) struct Shared<T>(pub(super) Rc<T>);

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Props of the report sections.
#[derive(Properties, PartialEq, Clone)]
pub(super) struct ReportProps {
    pub(super) rec: Shared<Recommendation>,
}
