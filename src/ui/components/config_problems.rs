//! For the site's administrator: every setting of `config.json` that could not be used,
//! by its path in the file (the app runs on the defaults for those).

use crate::content::text;
use crate::files::config::{Problem, ProblemKind};
use crate::ui::components::import_file::explain;
use yew::prelude::*;

/// The problem in words.
pub fn describe(p: &Problem) -> String {
    let at = text::config_at(&p.path);
    match &p.kind {
        ProblemKind::TooLarge => text::config_too_large(&at),
        ProblemKind::NotJson { line, column } => text::config_not_json(&at, *line, *column),
        ProblemKind::Unknown => text::config_unknown(&at),
        ProblemKind::Expected(what) => text::config_expected(&at, what),
        ProblemKind::NotAnOrigin(given) => text::config_not_an_origin(&at, given),
        ProblemKind::Missing => text::config_missing(&at),
        ProblemKind::OneOf(what, values) => text::config_one_of(&at, what, values),
        ProblemKind::TakenName(given) => text::config_taken_name(&at, given),
        ProblemKind::TooMany(what, most) => text::config_too_many(&at, what, *most),
        ProblemKind::TooLong(most) => text::config_too_long(&at, *most),
        ProblemKind::NotHttps(given) => text::config_not_https(&at, given),
        ProblemKind::NotAColour(given) => text::config_not_a_colour(&at, given),
        ProblemKind::LowContrast {
            colour,
            ratio,
            against,
        } => text::config_low_contrast(
            &at,
            &colour.to_string(),
            f64::from(*ratio) / 100.0,
            &against.to_string(),
        ),
        ProblemKind::NotSameOrigin(given) => text::config_not_same_site(&at, given),
        ProblemKind::UnknownCountry(given) => text::config_unknown_country(&at, given),
        ProblemKind::UnknownLanguage(given) => text::config_unknown_language(&at, given),
        ProblemKind::NotALanguageCode(given) => text::config_not_a_language_code(&at, given),
        ProblemKind::LanguageTaken(code) => text::config_language_taken(&at, code),
        ProblemKind::NotAPoFile(given) => text::config_not_a_po_file(&at, given),
        ProblemKind::Placeholders(wanted) => text::config_placeholders(&at, wanted),
        ProblemKind::UnknownProcess(given) => text::config_unknown_process(&at, given),
        ProblemKind::NotAnId(given) => text::config_not_an_id(&at, given),
        ProblemKind::TakenId(given) => text::config_taken_id(&at, given),
        ProblemKind::Answers(e) => text::config_answers(&at, &explain(e.clone()).join(" ")),
    }
}

/// The notice, when there is anything to say (a plain function: the settings never
/// change while the page lives, so there is nothing for a component to keep).
pub fn config_problems() -> Html {
    let loaded = crate::web::config::current();
    if loaded.problems.is_empty() {
        return Html::default();
    }
    html! {
        <section class="notice warning config-problems" role="status" aria-labelledby="config-problems">
            <h2 id="config-problems">{ text::CONFIG_PROBLEMS }</h2>
            <p>{ text::CONFIG_PROBLEMS_INTRO }</p>
            <ul>
                { for loaded.problems.iter().map(|p| html! { <li>{ describe(p) }</li> }) }
            </ul>
        </section>
    }
}
