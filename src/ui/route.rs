//! Routes (hash routing, so any static host and sub-path works) and the questionnaire
//! steps they map to.

use serde::{Deserialize, Serialize};
use yew_router::Routable;

/// Every screen of the app.
#[derive(Clone, Debug, PartialEq, Eq, Routable)]
pub enum Route {
    /// Welcome screen.
    #[at("/")]
    Welcome,
    /// Company profile.
    #[at("/company")]
    Company,
    /// Goals.
    #[at("/goals")]
    Goals,
    /// Processes.
    #[at("/processes")]
    Processes,
    /// Risk and constraints.
    #[at("/risk")]
    Risk,
    /// Review of all answers.
    #[at("/review")]
    Review,
    /// Results.
    #[at("/results")]
    Results,
    /// The report laid out for printing.
    #[at("/report")]
    Report,
    /// A shared assessment carried in the link itself (see `engine::record`).
    #[at("/open/:record")]
    Open {
        /// The record.
        record: String,
    },
    /// A questionnaire started half-filled by documented parameters (`files::prefill`).
    #[at("/start/:params")]
    Start {
        /// The parameters, `name=value` joined by `&`.
        params: String,
    },
    /// One of the example companies, by id.
    #[at("/example/:id")]
    Example {
        /// The example's id.
        id: String,
    },
    /// Anything else.
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The screen's name as an embedding page is told it (`docs/embedding.md`).
    pub fn name(&self) -> &'static str {
        match self {
            Route::Welcome => "welcome",
            Route::Company => "company",
            Route::Goals => "goals",
            Route::Processes => "processes",
            Route::Risk => "risk",
            Route::Review => "review",
            Route::Results => "results",
            Route::Report => "report",
            Route::Open { .. } | Route::Start { .. } | Route::Example { .. } => "open",
            Route::NotFound => "not_found",
        }
    }
}

/// Questionnaire steps in order; the progress indicator lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Company profile.
    Company,
    /// Goals.
    Goals,
    /// Processes.
    Processes,
    /// Risk and constraints.
    Risk,
    /// Review.
    Review,
    /// Results.
    Results,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 6] = [
        Step::Company,
        Step::Goals,
        Step::Processes,
        Step::Risk,
        Step::Review,
        Step::Results,
    ];

    /// The route showing this step.
    pub fn route(self) -> Route {
        match self {
            Step::Company => Route::Company,
            Step::Goals => Route::Goals,
            Step::Processes => Route::Processes,
            Step::Risk => Route::Risk,
            Step::Review => Route::Review,
            Step::Results => Route::Results,
        }
    }

    /// The step a route shows, if it is one.
    pub fn of(route: &Route) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.route() == *route)
    }

    /// The step after this one.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self as usize + 1).copied()
    }

    /// The step before this one.
    pub fn previous(self) -> Option<Step> {
        (self as usize).checked_sub(1).map(|i| Step::ALL[i])
    }

    /// Short name in the progress indicator.
    pub fn label(self) -> &'static str {
        crate::content::text::STEP_LABELS[self as usize].get()
    }
}
