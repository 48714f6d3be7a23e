//! Routes (hash routing, so any static host and sub-path works) and the questionnaire
//! steps they map to. Reading and writing the fragment is plain Rust, tested natively;
//! `ui::router` follows the address in the browser.

use serde::{Deserialize, Serialize};

/// Every screen of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// Welcome screen.
    Welcome,
    /// Company profile.
    Company,
    /// Goals.
    Goals,
    /// Processes.
    Processes,
    /// Risk and constraints.
    Risk,
    /// Review of all answers.
    Review,
    /// Results.
    Results,
    /// The report laid out for printing.
    Report,
    /// Requests for proposals for the work going to providers, to print or download.
    Requests,
    /// A shared assessment carried in the link itself (see `engine::record`).
    Open {
        /// The record.
        record: String,
    },
    /// A questionnaire started half-filled by documented parameters (`files::prefill`).
    Start {
        /// The parameters, `name=value` joined by `&`.
        params: String,
    },
    /// One of the example companies, by id.
    Example {
        /// The example's id.
        id: String,
    },
    /// Anything else.
    NotFound,
}

/// The screens without a value, by path.
const FIXED: [(&str, Route); 9] = [
    ("", Route::Welcome),
    ("company", Route::Company),
    ("goals", Route::Goals),
    ("processes", Route::Processes),
    ("risk", Route::Risk),
    ("review", Route::Review),
    ("results", Route::Results),
    ("report", Route::Report),
    ("requests", Route::Requests),
];

impl Route {
    /// The screen an address's fragment (without its `#`) shows: `/company`,
    /// `/open/<record>`. A query or second fragment after the path is ignored, as is a
    /// trailing `/`; a value is percent-decoded. Anything else is [`Route::NotFound`].
    pub fn recognize(fragment: &str) -> Route {
        let path = fragment.split(['?', '#']).next().unwrap_or_default();
        let Some(path) = path.strip_prefix('/') else {
            return Route::NotFound;
        };
        let path = path.strip_suffix('/').unwrap_or(path);
        if let Some((_, route)) = FIXED.iter().find(|(p, _)| *p == path) {
            return route.clone();
        }
        let Some((screen, value)) = path.split_once('/') else {
            return Route::NotFound;
        };
        let Some(value) = decode(value).filter(|v| !v.is_empty() && !value.contains('/')) else {
            return Route::NotFound;
        };
        match screen {
            "open" => Route::Open { record: value },
            "start" => Route::Start { params: value },
            "example" => Route::Example { id: value },
            _ => Route::NotFound,
        }
    }

    /// The fragment (without its `#`) that shows this screen; [`Route::recognize`] reads
    /// it back.
    pub fn to_path(&self) -> String {
        let (screen, value) = match self {
            Route::Open { record } => ("open", record),
            Route::Start { params } => ("start", params),
            Route::Example { id } => ("example", id),
            Route::NotFound => return "/404".to_owned(),
            fixed => {
                let path = FIXED
                    .iter()
                    .find(|(_, r)| r == fixed)
                    .map_or("", |(p, _)| p);
                return format!("/{path}");
            }
        };
        format!("/{screen}/{}", encode(value))
    }

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
            Route::Requests => "requests",
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

/// Percent-encodes all but the characters an address never changes (letters, digits,
/// `-`, `_`, `.`, `~`).
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-decodes a path value; `None` when the bytes are not UTF-8. A `%` not
/// followed by two hex digits stays as it is.
fn decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| char::from(*b).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}
