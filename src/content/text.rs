//! Interface wording in one place, in English, translated through the language files
//! (see [`super::lang`]): a constant holds a text; a function with values fills a
//! text's `{placeholders}`, counted texts take their language's plural form
//! ([`tr_n`]); no wording is written per language in the code.

pub use super::lang::{current as lang, Lang, Tr};
use super::lang::{fill, tr_n};
use crate::vocab::digits::Fixed;
use crate::vocab::outcome::Decision;

/// A text in the current language.
fn tr(en: &'static str) -> &'static str {
    Tr::new(en).get()
}

/// Product name.
pub const PRODUCT: Tr = Tr::new("Shorewise");
/// Tagline under the name.
pub const TAGLINE: Tr =
    Tr::new("Keep, automate or outsource: advice for every process, with the reasons.");
/// What the product does.
pub const WELCOME_INTRO: Tr = Tr::new("Answer a few questions about your company, your goals, the processes you run and the risks you can take. Shorewise then recommends, for every process, whether to keep it in-house, automate it or outsource it; which kind of provider fits; onshore, nearshore or offshore, with example countries; what it may cost and save; and how to proceed.");
/// How long it takes.
pub const WELCOME_TIME: Tr = Tr::new(
    "It takes about five minutes. Sensible defaults are filled in, so you can refine later.",
);
/// The privacy promise.
pub const WELCOME_PRIVACY: Tr = Tr::new(
    "Your answers never leave this browser: there is no server, no account and no tracking.",
);
/// Start button.
pub const START: Tr = Tr::new("Start the assessment");
/// Heading of the not-found page.
pub const NOT_FOUND_TITLE: Tr = Tr::new("Page not found");
/// Body of the not-found page.
pub const NOT_FOUND_BODY: Tr = Tr::new("This address does not match any step of Shorewise.");
/// Link home from the not-found page.
pub const BACK_HOME: Tr = Tr::new("Back to the start");
/// Heading of the crash panel (also used by index.html's fallback).
pub const CRASH_TITLE: Tr = Tr::new("Something went wrong");
/// Body of the crash panel.
pub const CRASH_BODY: Tr = Tr::new("Shorewise hit an unexpected error. Reload the page to continue: the answers saved in this browser come back with it.");
/// Reload button.
pub const RELOAD: Tr = Tr::new("Reload");
/// Skip link.
pub const SKIP_TO_CONTENT: Tr = Tr::new("Skip to content");
/// Footer line.
pub const FOOTER: Tr = Tr::new("Shorewise runs entirely in your browser. Figures are estimates with their sources shown; they are not a quote.");

/// Progress-indicator labels, in step order.
pub const STEP_LABELS: [Tr; 6] = [
    Tr::new("Company"),
    Tr::new("Goals"),
    Tr::new("Processes"),
    Tr::new("Risk"),
    Tr::new("Review"),
    Tr::new("Results"),
];
/// Label of the progress navigation.
pub const PROGRESS_LABEL: Tr = Tr::new("Assessment progress");
/// Back button.
pub const BACK: Tr = Tr::new("Back");
/// Next button.
pub const NEXT: Tr = Tr::new("Next");
/// Button on the review step.
pub const SEE_RESULTS: Tr = Tr::new("See my recommendations");
/// Shown when moving on is blocked by invalid fields.
pub const FIX_FIELDS: Tr = Tr::new("Please correct the highlighted fields before moving on.");

/// Company step.
pub const COMPANY_TITLE: Tr = Tr::new("Your company");
/// Company step intro.
pub const COMPANY_INTRO: Tr = Tr::new("Where you are and who you serve decides which locations fit and how much working-hour overlap they give.");
/// Company name label.
pub const COMPANY_NAME: Tr = Tr::new("Company name (optional)");
/// Company name help.
pub const COMPANY_NAME_HELP: Tr = Tr::new("Only used to title your report.");
/// Industry label.
pub const INDUSTRY: Tr = Tr::new("Industry");
/// Size label.
pub const SIZE: Tr = Tr::new("Company size");
/// Home country label.
pub const HOME_COUNTRY: Tr = Tr::new("Home country");
/// Home country help.
pub const HOME_COUNTRY_HELP: Tr =
    Tr::new("Onshore means this country; nearshore and offshore options are worked out from it.");
/// Time zone label, for home countries with several.
pub const HOME_ZONE: Tr = Tr::new("Your time zone");
/// Time zone help.
pub const HOME_ZONE_HELP: Tr = Tr::new(
    "Your country spans several time zones; overlap with providers follows the one you work in.",
);
/// Working hours legend.
pub const WORKING_HOURS: Tr = Tr::new("Your working day (local time)");
/// Start hour label.
pub const HOURS_START: Tr = Tr::new("Starts at");
/// End hour label.
pub const HOURS_END: Tr = Tr::new("Ends at");
/// Customer languages legend.
pub const CUSTOMER_LANGUAGES: Tr = Tr::new("Languages your customers are served in");
/// Staff languages legend.
pub const STAFF_LANGUAGES: Tr = Tr::new("Languages your staff work in");
/// The header's language list, for screen readers.
pub const LANGUAGE: Tr = Tr::new("Language");
/// The header's language list, when a language's wording could not be fetched
/// (`language` named in itself: "Français").
pub fn language_failed(language: &str) -> String {
    fill(
        tr("{language} could not be loaded. Check the connection and try again."),
        &[("language", language)],
    )
}
/// Error when no customer language is chosen.
pub const LANGUAGES_ERROR: Tr = Tr::new("Choose at least one language.");

/// Goals step.
pub const GOALS_TITLE: Tr = Tr::new("Your goals");
/// Goals step intro.
pub const GOALS_INTRO: Tr =
    Tr::new("How much does each goal matter? 0 means not at all, 5 means it is a top priority.");
/// Scale labels for 0–5 goals.
pub const WEIGHT_LABELS: [Tr; 6] = [
    Tr::new("0 Not at all"),
    Tr::new("1"),
    Tr::new("2"),
    Tr::new("3"),
    Tr::new("4"),
    Tr::new("5 Top priority"),
];
/// Short scale labels where space is tight (what-if panel).
pub const WEIGHT_LABELS_SHORT: [Tr; 6] = [
    Tr::new("0"),
    Tr::new("1"),
    Tr::new("2"),
    Tr::new("3"),
    Tr::new("4"),
    Tr::new("5"),
];

/// Processes step.
pub const PROCESSES_TITLE: Tr = Tr::new("Your processes");
/// Processes step intro.
pub const PROCESSES_INTRO: Tr = Tr::new("Pick the processes you run. Each starts with typical answers, so you can go on at once and refine later.");
/// Core versus supporting explanation heading.
pub const CORE_HEADING: Tr = Tr::new("Core or supporting?");
/// Core versus supporting explanation.
pub const CORE_HELP: Tr = Tr::new("A core process is one that sets you apart from competitors, such as product development at a software company; keep those in-house. A critical process keeps the business running but does not set you apart, such as payment processing; it can be shared with a provider under strong control. A supporting process is routine work any competent provider can do, such as payroll or data entry.");
/// Filter label.
pub const FILTER: Tr = Tr::new("Filter the catalog");
/// Filter placeholder.
pub const FILTER_PLACEHOLDER: Tr = Tr::new("e.g. payroll, support, legal");
/// Catalog heading.
pub const CATALOG_HEADING: Tr = Tr::new("Catalog");
/// Add button.
pub const ADD: Tr = Tr::new("Add");
/// Added badge.
pub const ADDED: Tr = Tr::new("Added");
/// Remove button.
pub const REMOVE: Tr = Tr::new("Remove");
/// No catalog matches.
pub const NO_MATCHES: Tr =
    Tr::new("No process matches this filter. Add it as a custom process below.");
/// Catalog: how many of a category's processes are chosen.
pub fn catalog_group_count(chosen: usize, of: usize) -> String {
    let template = if chosen == 0 {
        tr_n("{n} process", "{n} processes", of as u64)
    } else {
        tr("{chosen} of {n} chosen")
    };
    fill(
        template,
        &[("chosen", &chosen.to_string()), ("n", &of.to_string())],
    )
}
/// Catalog: what adding a process is announced as.
pub fn process_added(name: &str) -> String {
    fill(tr("{name} added."), &[("name", name)])
}
/// Catalog: what removing a process is announced as.
pub fn process_removed(name: &str) -> String {
    fill(tr("{name} removed."), &[("name", name)])
}
/// Processes step: a process added or removed, with the new count.
pub fn process_count_changed(what: &str, chosen: usize) -> String {
    fill(
        tr_n(
            "{what} {n} process chosen.",
            "{what} {n} processes chosen.",
            chosen as u64,
        ),
        &[("n", &chosen.to_string()), ("what", what)],
    )
}
/// Header: the dark-theme switch.
pub const DARK_THEME: Tr = Tr::new("Dark theme");
/// Company step: the fold of the less likely languages.
pub const MORE_LANGUAGES: Tr = Tr::new("More languages");
/// Company step: the language search box.
pub const FIND_LANGUAGE: Tr = Tr::new("Find a language");
/// Company step: the language search found nothing.
pub const NO_LANGUAGE_MATCH: Tr =
    Tr::new("No language matches. Clear the search and tick “Other” for a language not listed.");
/// Processes step: open a chosen process's answers.
pub const EDIT_PROCESS: Tr = Tr::new("Edit");
/// Processes step: a chosen process's key answers on one line (`fte` is `None` while
/// the user corrects it).
pub fn process_gist(role: &str, fte: Option<&str>, cost: &str) -> String {
    match fte {
        Some(fte) => fill(
            tr("{role} · {fte} FTE · {cost}"),
            &[("cost", cost), ("fte", fte), ("role", role)],
        ),
        None => fill(
            tr("{role} · FTE to correct · {cost}"),
            &[("cost", cost), ("role", role)],
        ),
    }
}
/// Processes step: the cost of a process while its field holds no usable number.
pub const COST_TO_CORRECT: Tr = Tr::new("cost to correct");
/// Processes step: the cost of a process when the user gave none.
pub const COST_ESTIMATED: Tr = Tr::new("cost estimated");
/// Custom process heading.
pub const CUSTOM_HEADING: Tr = Tr::new("Add a process of your own");
/// Custom name label.
pub const CUSTOM_NAME: Tr = Tr::new("Process name");
/// Custom kind label.
pub const CUSTOM_KIND: Tr = Tr::new("Kind of work");
/// Custom kind help.
pub const CUSTOM_KIND_HELP: Tr = Tr::new("Decides the outsourcing type: back office → back-office BPO, front office → front-office BPO, IT → IT outsourcing, knowledge work → KPO, legal → LPO, research → RPO.");
/// Custom add button.
pub const CUSTOM_ADD: Tr = Tr::new("Add custom process");
/// Error for empty custom name.
pub const CUSTOM_NAME_EMPTY: Tr = Tr::new("Give the process a name.");
/// Error for a too long custom name.
/// No processes chosen yet.
pub const NONE_CHOSEN: Tr = Tr::new("No processes chosen yet.");
/// Error when none is chosen.
pub const NEED_PROCESS: Tr = Tr::new("Add at least one process to get recommendations.");
/// Process card: role label.
pub const ROLE: Tr = Tr::new("Strategic role");
/// Process card: FTE label.
pub const FTE: Tr = Tr::new("People (full-time equivalents)");
/// Process card: cost label.
pub const ANNUAL_COST: Tr = Tr::new("Current yearly cost");
/// Process card: cost help.
pub const ANNUAL_COST_HELP: Tr = Tr::new("Fully loaded: salaries, on-costs, tools and space. Leave 0 and Shorewise estimates it from the people and your country.");
/// Process card: demand label.
pub const DEMAND: Tr = Tr::new("Demand pattern");
/// Process card: judgement label.
pub const JUDGEMENT: Tr = Tr::new("Judgement and expertise needed");
/// Process card: rule-based label.
pub const RULE_BASED: Tr = Tr::new("How rule-based and repetitive");
/// Rule-based help.
pub const RULE_BASED_HELP: Tr = Tr::new("High when the work follows fixed rules on structured input with few exceptions: the signs of an automation candidate (Forrester's 'rule of five': at most 5 decisions, 5 applications, 500 clicks).");
/// Process card: documentation label.
pub const DOCUMENTATION: Tr = Tr::new("How well documented and measured");
/// Process card: sensitivity label.
pub const SENSITIVITY: Tr = Tr::new("Data sensitivity");
/// Process card: customer-facing label.
pub const CUSTOMER_FACING: Tr = Tr::new("Talks to customers");
/// Process card: languages label.
pub const PROCESS_LANGUAGES: Tr = Tr::new("Languages it serves customers in");
/// Process card: languages help.
pub const PROCESS_LANGUAGES_HELP: Tr =
    Tr::new("Leave all unticked to use your customers' languages from the company step.");
/// Process card: overlap label.
pub const OVERLAP: Tr = Tr::new("Hours a day the team must overlap with yours");
/// Process card: coverage window.
pub const COVERAGE: Tr = Tr::new("Hours it must be staffed");
/// Process card: coverage help.
pub const COVERAGE_HELP: Tr = Tr::new("Round the clock takes about 6 people per seat in-house (8,760 hours a year, less leave and breaks); a provider shares that across clients.");
/// Process card: kind label.
pub const KIND: Tr = Tr::new("Kind of work");
/// Process card: more answers toggle.
pub const MORE_ANSWERS: Tr = Tr::new("Refine answers");
/// A report section's button that shows its detail.
pub const SHOW_DETAILS: Tr = Tr::new("Show details");
/// A report section's button that hides its detail again.
pub const HIDE_DETAILS: Tr = Tr::new("Hide details");
/// A folded advice card's button that shows the advice.
pub const SHOW_ADVICE: Tr = Tr::new("Why, and what it costs");
/// Results: the card's details button.
pub const MORE_DETAILS: Tr = Tr::new("Alternatives, risks and KPIs");
/// Scale labels for 0–5 process ratings.
pub const RATING_LABELS: [Tr; 6] = [
    Tr::new("0 None"),
    Tr::new("1"),
    Tr::new("2"),
    Tr::new("3"),
    Tr::new("4"),
    Tr::new("5 Very"),
];

/// Risk step.
pub const RISK_TITLE: Tr = Tr::new("Risk and constraints");
/// Risk step intro.
pub const RISK_INTRO: Tr = Tr::new(
    "Constraints are hard limits; tolerances shift every recommendation toward or away from home.",
);
/// Tolerance label.
pub const TOLERANCE: Tr = Tr::new("Overall risk tolerance");
/// Tolerance help.
pub const TOLERANCE_HELP: Tr =
    Tr::new("Low tolerance moves every recommendation toward onshore and several vendors.");
/// Residency label.
pub const RESIDENCY: Tr = Tr::new("Data residency");
/// Residency help.
pub const RESIDENCY_HELP: Tr = Tr::new("A hard constraint: no location outside it is recommended.");
/// Regulations label.
pub const REGULATIONS: Tr = Tr::new("Regulations that apply");
/// Dependency label.
pub const DEPENDENCY: Tr = Tr::new("Comfort with depending on one vendor");
/// Vendor management label.
pub const VENDOR_MANAGEMENT: Tr = Tr::new("Capacity to select and manage vendors");
/// Transition label.
pub const TRANSITION: Tr = Tr::new("Appetite and budget for a transition");
/// Risk step: automation capability.
pub const AUTOMATION: Tr =
    Tr::new("Your own capability to build and run automation (workflow tools, RPA)");
/// Risk step: automation capability help.
pub const AUTOMATION_HELP: Tr = Tr::new("With little of it, rule-based work is better handed to a provider that automates it; with plenty, automating it yourself saves more.");

/// Review step.
pub const REVIEW_TITLE: Tr = Tr::new("Review your answers");
/// Review step intro.
pub const REVIEW_INTRO: Tr = Tr::new("Check everything once; each section links back to its step.");
/// Edit link.
pub const EDIT: Tr = Tr::new("Edit");

/// Results page.
pub const RESULTS_TITLE: Tr = Tr::new("Your recommendations");
/// Error shown when the engine rejects the answers.
pub const RESULTS_ERROR: Tr = Tr::new("Shorewise cannot evaluate these answers yet:");
/// Results: shown before any process is chosen.
pub const NO_PROCESSES_YET: Tr = Tr::new("You have not chosen any processes yet. Pick the processes you run and Shorewise will advise on each.");
/// Results: link to the processes step.
pub const CHOOSE_PROCESSES: Tr = Tr::new("Choose processes");
/// Results: headline heading.
pub const HEADLINE: Tr = Tr::new("In short");
/// Results: matrix heading.
pub const MATRIX_HEADING: Tr = Tr::new("Sourcing matrix");
/// Results: matrix intro.
pub const MATRIX_INTRO: Tr = Tr::new("Each numbered dot is a process, placed by the two questions that decide its advice: does a provider fit it better than your own people and tools (right), and does it need to stay under your control (up)? Its quadrant is its advice.");
/// Matrix axis.
pub const AXIS_FIT: Tr = Tr::new("Fit for a provider");
/// Matrix axis.
pub const AXIS_CONTROL: Tr = Tr::new("Keep control");
/// Matrix legend's accessible name.
pub const MATRIX_LEGEND: Tr = Tr::new("Processes by number");
/// Matrix table caption.
pub const MATRIX_TABLE: Tr = Tr::new("Sourcing matrix as a table");
/// Results: per-process heading.
pub const PROCESS_ADVICE_HEADING: Tr = Tr::new("Advice per process");
/// Results: location comparison heading.
pub const LOCATIONS_HEADING: Tr = Tr::new("Location options from your home country");
/// Results: cost heading.
pub const COST_HEADING: Tr = Tr::new("Cost impact");
/// Results: assumptions heading.
pub const ASSUMPTIONS_HEADING: Tr = Tr::new("Assumptions and sources");
/// Results: roadmap heading.
pub const ROADMAP_HEADING: Tr = Tr::new("Roadmap");
/// Results: checklist heading.
pub const CHECKLIST_HEADING: Tr = Tr::new("Vendor-selection checklist");
/// Results: glossary heading.
pub const GLOSSARY_HEADING: Tr = Tr::new("Terms used");
/// The glossary's one-line conclusion.
pub const GLOSSARY_CONCLUSION: Tr = Tr::new("The words this advice uses, in plain language.");
/// The location section's conclusion when no work goes to a provider.
pub const NO_PROVIDER_LOCATION: Tr =
    Tr::new("No process goes to a provider, so no delivery location is needed.");

/// The matrix's one-line conclusion: how many processes a provider fits better.
pub fn matrix_conclusion(fit: usize, total: usize) -> String {
    if fit == 0 {
        return tr("None of your processes fits a provider better than your own team.").to_owned();
    }
    fill(
        tr_n(
            "{n} of {total} processes fits a provider better than your own team.",
            "{n} of {total} processes fit a provider better than your own team.",
            fit as u64,
        ),
        &[("n", &fit.to_string()), ("total", &total.to_string())],
    )
}

/// The cost section's one-line conclusion: "Yearly saving once running: USD 804,000
/// (461,400 – 1,125,100); break-even in about 27 months."
pub fn cost_conclusion(saving: &str, break_even: &str) -> String {
    fill(
        tr("Yearly saving once running: {saving}; break-even: {break_even}."),
        &[("break_even", break_even), ("saving", saving)],
    )
}

/// The roadmap's one-line conclusion: "3 waves over 18 months, quick wins first."
pub fn roadmap_conclusion(waves: usize, months: u32) -> String {
    fill(
        tr_n(
            "One wave over {months} months.",
            "{n} waves over {months} months, quick wins first.",
            waves as u64,
        ),
        &[("months", &months.to_string()), ("n", &waves.to_string())],
    )
}

/// The checklist's one-line conclusion.
pub fn checklist_conclusion(questions: usize) -> String {
    fill(
        tr("{questions} questions to settle with providers before you sign."),
        &[("questions", &questions.to_string())],
    )
}
/// Results: what-if heading.
pub const WHATIF_HEADING: Tr = Tr::new("What if?");
/// Results: what-if intro.
pub const WHATIF_INTRO: Tr =
    Tr::new("Change a goal or your risk tolerance; every recommendation updates at once.");
/// Results: a what-if answer that differs from the user's own.
pub fn yours_was(answer: &str) -> String {
    fill(
        tr("Changed: your answer is {answer}."),
        &[("answer", answer)],
    )
}
/// Results: the what-if bar's heading.
pub const TRIAL_HEADING: Tr = Tr::new("You are trying a what-if");
/// Results: what the what-if changes do to the advice.
pub fn trial_effect(differences: usize, processes: usize) -> String {
    let processes = processes.to_string();
    if differences == 0 {
        fill(
            tr("The advice stays the same for all {processes} processes."),
            &[("processes", &processes)],
        )
    } else {
        fill(
            tr("The advice changes for {n} of {processes} processes."),
            &[("n", &differences.to_string()), ("processes", &processes)],
        )
    }
}
/// Results: drop the what-if changes.
pub const TRIAL_DROP: Tr = Tr::new("Back to my answers");
/// Results: keep the what-if changes as the answers.
pub const TRIAL_KEEP: Tr = Tr::new("Keep these changes");
/// Results: what the hand-over carries while a what-if is tried.
pub const TRIAL_IN_HANDOVER: Tr = Tr::new("The link, the files and the report include the what-if changes you are trying. Your saved answers stay as they are until you keep the changes.");
/// Results: try a card's "what would change it".
pub const TRY_THIS: Tr = Tr::new("Try this change");
/// Results: the accessible name of a card's "try this change" button.
pub fn try_this_for(process: &str) -> String {
    fill(tr("Try this change for {process}"), &[("process", process)])
}
/// Results: reasons heading.
pub const WHY: Tr = Tr::new("Why");
/// Results: flip heading.
pub const WHAT_WOULD_CHANGE: Tr = Tr::new("What would change it");
/// Results: work handed over that is less than one person's.
pub const SERVICE_SCOPE: Tr = Tr::new("Less than one person's work: buy it as a managed service or from a freelance marketplace, or bundle it with related work, rather than run a transition programme. A month of onboarding is allowed for.");
/// Results: no single change would flip the advice.
pub const NO_FLIP: Tr = Tr::new("No single answer change would alter this advice.");
/// Results: risks heading.
pub const RISKS: Tr = Tr::new("Risks and mitigations");
/// Results: KPI heading.
pub const KPIS: Tr = Tr::new("KPIs and SLA terms");
/// Printed card: the KPIs, by name.
pub const KPIS_NAMED: Tr = Tr::new("KPIs to agree");
/// Results: confidence label.
pub const CONFIDENCE: Tr = Tr::new("Confidence");

/// The card's confidence when the location is less certain than the decision, so the
/// headline is not undercut without a reason: "clear on what, close call on where".
pub fn confidence_split(what: &str, where_: &str) -> String {
    fill(
        tr("{what} on what, {where} on where"),
        &[
            ("what", &super::lang::lower(what)),
            ("where", &super::lang::lower(where_)),
        ],
    )
}
// German column headings in the location table carry soft hyphens, so that its six
// columns fit the page.
/// Results: overlap label.
pub const OVERLAP_RESULT: Tr = Tr::new("Working-hour overlap");
/// Results: engagement label.
pub const ENGAGEMENT: Tr = Tr::new("Engagement");
/// Results: vendors label.
pub const VENDORS: Tr = Tr::new("Vendors");
/// Results: type label.
pub const TYPE: Tr = Tr::new("Type");
/// Results: where label.
pub const WHERE: Tr = Tr::new("Where");
/// Results: yearly saving label.
pub const ANNUAL_SAVING: Tr = Tr::new("Yearly saving once running");
/// Results: one-off label.
pub const ONE_OFF: Tr = Tr::new("One-off cost");
/// Results: break-even label.
pub const BREAK_EVEN: Tr = Tr::new("Break-even");
/// Results: current cost label.
pub const CURRENT_COST: Tr = Tr::new("Current yearly cost");
/// Results: savings caveat.
pub const SAVINGS_CAVEAT: Tr = Tr::new("Realised savings vary widely: in one survey 21% of firms saved more than 20%, 18% saved nothing and 9% saw costs rise.");
/// Results: announcement when advice updates.
pub const UPDATED: Tr = Tr::new("Recommendations updated.");
/// Results: start over.
pub const EDIT_ANSWERS: Tr = Tr::new("Edit answers");

/// "No" answer.
pub const NO: Tr = Tr::new("No");
/// "Yes" answer.
pub const YES: Tr = Tr::new("Yes");
/// Placeholder for an empty list.
pub const NONE: Tr = Tr::new("None");
/// Table column: process.
pub const COL_PROCESS: Tr = Tr::new("Process");
/// Table column: quadrant.
pub const COL_QUADRANT: Tr = Tr::new("Quadrant");
/// Table column: advice.
pub const COL_ADVICE: Tr = Tr::new("Advice");
/// Table column: location model.
pub const COL_MODEL: Tr = Tr::new("Model");
/// Table column: example countries.
pub const COL_COUNTRIES: Tr = Tr::new("Example countries");
/// Table column: labour cost relative to home.
pub const COL_COST_VS_HOME: Tr = Tr::new("Labour cost vs home");
/// Table column: notes.
pub const COL_NOTES: Tr = Tr::new("Notes");
/// Table column: pessimistic case.
pub const COL_LOW: Tr = Tr::new("Low");
/// Table column: expected case.
pub const COL_EXPECTED: Tr = Tr::new("Expected");
/// Table column: optimistic case.
pub const COL_HIGH: Tr = Tr::new("High");
/// The saving columns' labels where the cost table is stacked on a phone.
pub const SAVING_LOW: Tr = Tr::new("Yearly saving, low");
/// See [`SAVING_LOW`].
pub const SAVING_EXPECTED: Tr = Tr::new("Yearly saving, expected");
/// See [`SAVING_LOW`].
pub const SAVING_HIGH: Tr = Tr::new("Yearly saving, high");
/// Table row: total.
pub const TOTAL: Tr = Tr::new("Total");
/// Roadmap when nothing changes.
pub const NOTHING_CHANGES: Tr = Tr::new("Nothing changes: every process stays in-house.");
/// Roadmap: the eight steps heading.
pub const EIGHT_STEPS: Tr = Tr::new("Each wave runs the eight steps of a BPO programme");

/// Headline, after the yearly saving: "; one-off cost: …; break-even: …."
pub fn one_off_and_break_even(one_off: &str, break_even: &str) -> String {
    fill(
        tr("; one-off cost: {one_off}; break-even: {break_even}."),
        &[("break_even", break_even), ("one_off", one_off)],
    )
}

/// Headline: where providers would work, e.g. "Provider locations: 2 offshore, 1 onshore."
pub fn provider_locations(list: &str) -> String {
    fill(tr("Provider locations: {list}."), &[("list", list)])
}

/// Advice list button when collapsed.
pub fn show_all(n: usize) -> String {
    fill(tr("Show all {n} processes"), &[("n", &n.to_string())])
}

/// Advice list button when expanded.
pub fn show_first(n: usize) -> String {
    fill(tr("Show the first {n} only"), &[("n", &n.to_string())])
}

/// Heading of a card's location reasons, e.g. "Why nearshore".
pub fn why_location(location: &str) -> String {
    let location = if lang().capitalises_nouns() {
        location.to_owned()
    } else {
        super::lang::lower(location)
    };
    fill(tr("Why {location}"), &[("location", &location)])
}

/// An alternative ruled out, with why: "Outsource — not advised: this is a
/// differentiating core process."
pub fn ruled_out(option: &str, why: &str) -> String {
    // The reason continues the line, so it starts in lower case where nouns have none.
    let why = if lang().capitalises_nouns() {
        why.to_owned()
    } else {
        super::lang::lower_first(why)
    };
    format!("{option} — {why}")
}

/// Results: the decision alternatives, in the card's details.
pub const DECISION_ALTERNATIVES: Tr = Tr::new("Other decisions");
/// Results: the location alternatives, in the card's details.
pub const LOCATION_ALTERNATIVES: Tr = Tr::new("Other locations");

/// A roadmap wave heading: "Quick wins: months 0–6".
pub fn wave_heading(title: &str, start: u32, end: u32) -> String {
    fill(
        tr("{title}: months {start}–{end}"),
        &[
            ("end", &end.to_string()),
            ("start", &start.to_string()),
            ("title", title),
        ],
    )
}

/// Wage editor heading.
pub const WAGES_HEADING: Tr = Tr::new("Labour cost by country");
/// Wage editor intro.
pub const WAGES_INTRO: Tr = Tr::new("A wage is a contact-centre agent's gross base pay per hour, in US dollars, before employer on-costs; other roles are scaled from it. Employer on-costs are each country's statutory contributions (and customary benefits where the source counts them), as a share of that pay. A provider's price adds its overhead and margin to both (see the assumptions).");
/// Wage table, on screen: how to see a figure's source and replace it.
pub const WAGES_INVITE: Tr = Tr::new("Each figure says whether it is cited or assumed; open it for the source. Where you know better, use your own figure: every recommendation and estimate updates.");
/// Wage table: employer on-costs column.
pub const WAGE_ONCOSTS: Tr = Tr::new("Employer on-costs");
/// Wage table: basis column.
pub const WAGE_BASIS: Tr = Tr::new("Basis");
/// Wage table: the basis of the wage, before its source.
pub const WAGE_BASIS_WAGE: Tr = Tr::new("Wage");
/// Basis of a figure in one word: cited.
pub const BASIS_CITED: Tr = Tr::new("cited");
/// Basis of a figure in one word: assumed.
pub const BASIS_ASSUMED: Tr = Tr::new("assumption");
/// Basis of a figure in one word: the user's.
pub const BASIS_YOURS: Tr = Tr::new("your figure");
/// Wage editor: country field.
pub const WAGE_COUNTRY: Tr = Tr::new("Country");
/// Wage editor: unit column.
pub const WAGE_UNIT: Tr = Tr::new("USD per hour");
/// Wage editor: low field.
pub const WAGE_LOW: Tr = Tr::new("Lowest wage (USD per hour)");
/// Wage editor: high field.
pub const WAGE_HIGH: Tr = Tr::new("Highest wage (USD per hour)");
/// Wage editor: range error.
pub const WAGE_ORDER_ERROR: Tr = Tr::new("The highest wage must not be below the lowest.");
/// Wage editor: apply button.
pub const WAGE_APPLY: Tr = Tr::new("Use my figure");
/// Wage editor: marker for a user's figure.
pub const WAGE_YOURS: Tr = Tr::new("Your figure");
/// Wage editor: remove button.
pub const WAGE_RESET: Tr = Tr::new("Use the catalog figure");

/// An option of the overlap list: "3 h".
pub fn hours_option(h: u8) -> String {
    hours_value(&h.to_string())
}

/// Hours, formatted: "3 h".
fn hours_value(h: &str) -> String {
    fill(tr("{h} h"), &[("h", h)])
}

/// A name longer than the limit: "Keep the name under 120 characters."
pub fn name_too_long() -> String {
    fill(
        tr("Keep the name under {max} characters."),
        &[("max", &crate::vocab::model::MAX_NAME_CHARS.to_string())],
    )
}

/// An invalid number of people; `min` and `max` come formatted.
pub fn fte_error(min: &str, max: &str) -> String {
    fill(
        tr("Enter a number of people between {min} and {max}."),
        &[("max", max), ("min", min)],
    )
}

/// A number above the largest a field takes; `max` comes formatted.
pub fn too_large(max: &str) -> String {
    fill(
        tr("That is too large: enter {max} or less."),
        &[("max", max)],
    )
}

/// An invalid yearly cost; `min` comes formatted.
pub fn annual_cost_error(min: &str) -> String {
    fill(tr("Enter a yearly cost of {min} or more."), &[("min", min)])
}

/// An invalid wage; `min` and `max` come formatted.
pub fn wage_error(min: &str, max: &str) -> String {
    fill(
        tr("Enter a wage between {min} and {max} US dollars per hour."),
        &[("max", max), ("min", min)],
    )
}

/// Under the location table: the provider working day the overlap figures assume.
pub fn provider_day_note(start: f64, end: f64) -> String {
    let (start, end) = (Fixed(start, 0), Fixed(end, 0));
    fill(tr("Overlap is the provider's day shift ({start}:00–{end}:00 local time). Where that is too little, providers run a shift aligned with your day: the night hours it needs (22:00–06:00 local) carry a premium, which the cost estimate includes, and bring attrition and supervision risk."), &[("end", &end.to_string()), ("start", &start.to_string())])
}

/// Results: aligned shift column heading.
pub const COL_ALIGNED_SHIFT: Tr = Tr::new("Shift aligned with your day");

/// A country's aligned shift: "PH: 8 night hours, +10% on them".
pub fn aligned_shift(night_hours: &str, premium: &str) -> String {
    if night_hours == "0" {
        return tr("no night hours").to_owned();
    }
    fill(
        tr("{hours} night hours, +{premium} on them"),
        &[("hours", night_hours), ("premium", premium)],
    )
}

/// An example country on an advice card, with its overlap and what marks it out:
/// "Philippines (2 h overlap, talent pool for this work, serves your market by voice)".
pub fn country_with_overlap(country: &str, hours: &str, talent: bool, voice: bool) -> String {
    let mut out = fill(
        tr("{country} ({hours} h overlap"),
        &[("country", country), ("hours", hours)],
    );
    for (on, tag) in [(talent, TALENT_POOL), (voice, SERVES_BY_VOICE)] {
        if on {
            out.push_str(", ");
            out.push_str(tag.get());
        }
    }
    out.push(')');
    out
}

/// Marks an example country the cited sources name as serving the home market's
/// customers by voice.
pub const SERVES_BY_VOICE: Tr = Tr::new("serves your market by voice");

/// Marks an example country with an established talent pool for the kind of work.
pub const TALENT_POOL: Tr = Tr::new("talent pool for this work");
/// Explains the talent mark under the location tables.
pub const TALENT_LEGEND: Tr = Tr::new("an established talent pool for this kind of work");

/// Caption of one job family's location table: "Software engineers: App development, Software testing".
pub fn family_caption(family: &str, processes: &str) -> String {
    format!("{family}: {processes}")
}

/// Below the location tables: how costs and examples follow the kind of work.
pub const FAMILY_NOTE: Tr = Tr::new("Each kind of work is priced at the pay of its own job family in each country (pay ladders differ: IT support earns less above a service agent in high-wage countries than in low-wage ones, engineers, accountants and lawyers more), and example countries favour those with an established talent pool for it.");

/// Overlap of a country in the location table, worst to best season: "IN: 1–3 h", or
/// "IN: 2 h" when the seasons agree.
pub fn overlap_range(min: &str, max: &str) -> String {
    if min == max {
        hours_value(min)
    } else {
        fill(tr("{min}–{max} h"), &[("max", max), ("min", min)])
    }
}

/// Caption of the cost table.
pub fn saving_table_caption(currency: &str) -> String {
    fill(
        tr("Yearly saving once running ({currency}), pessimistic / expected / optimistic"),
        &[("currency", currency)],
    )
}

/// A weight on its scale: "3 / 5".
pub fn weight_of_max(weight: u8, max: u8) -> String {
    format!("{weight} / {max}")
}

/// Results heading with the company's name: "Your recommendations: Northwind".
pub fn results_title_for(company: &str) -> String {
    fill(
        tr("Your recommendations: {company}"),
        &[("company", company)],
    )
}

/// A contract term as a reader says it, after "within": "3 years", "30 months".
pub fn term_span(months: u32) -> String {
    let (template, n) = if months.is_multiple_of(12) {
        (
            tr_n("a year", "{n} years", u64::from(months / 12)),
            months / 12,
        )
    } else {
        (tr_n("{n} month", "{n} months", u64::from(months)), months)
    };
    fill(template, &[("n", &n.to_string())])
}

/// Break-even when the expected case does not pay back within the contract term: "not
/// within 3 years" (`span` from [`term_span`]), read after "break-even".
pub fn no_pay_back(span: &str) -> String {
    fill(tr("not within {span}"), &[("span", span)])
}

/// Payback in the expected case, as a table cell: "20 months".
pub fn payback_months(months: &str) -> String {
    fill(tr("{months} months"), &[("months", months)])
}

/// Break-even when only the pessimistic case lies beyond the contract term: "about 20
/// months (12 at best; in the pessimistic case not within 3 years)".
pub fn break_even_pessimistic_beyond(expected: &str, soonest: &str, span: &str) -> String {
    fill(tr("about {expected} months ({soonest} at best; in the pessimistic case not within {span})"), &[("expected", expected), ("soonest", soonest), ("span", span)])
}

/// Break-even months, expected with its range: "about 11 months (range 5 to 21)".
pub fn break_even_months(expected: &str, soonest: &str, latest: &str) -> String {
    fill(
        tr("about {expected} months (range {soonest} to {latest})"),
        &[
            ("expected", expected),
            ("latest", latest),
            ("soonest", soonest),
        ],
    )
}

/// A money range: "USD 14,700 – 31,500 (expected 22,400)".
pub fn money_range(currency: &str, low: &str, high: &str, expected: &str) -> String {
    fill(
        tr("{currency} {low} – {high} (expected {expected})"),
        &[
            ("currency", currency),
            ("expected", expected),
            ("high", high),
            ("low", low),
        ],
    )
}

/// A figure marked as Shorewise's estimate: "USD 52,000 (estimated)".
pub fn estimated(figure: &str) -> String {
    fill(tr("{figure} (estimated)"), &[("figure", figure)])
}

/// Review: one process's key answers on a line.
pub fn process_summary(role: &str, fte: &str, cost: &str, demand: &str, data: &str) -> String {
    fill(
        tr("{role}; {fte} FTE; {cost}; {demand}; {data}"),
        &[
            ("cost", cost),
            ("data", data),
            ("demand", demand),
            ("fte", fte),
            ("role", role),
        ],
    )
}

/// Spoken label of a point on the sourcing matrix.
pub fn matrix_point(
    number: usize,
    name: &str,
    decision: &str,
    control: f64,
    fit: f64,
    quadrant: &str,
) -> String {
    let (control, fit) = (Fixed(control, 0), Fixed(fit, 0));
    fill(tr("{name}: {decision} (dot {number}); keep control {control}, fit for a provider {fit}; in the “{quadrant}” quadrant"), &[("control", &control.to_string()), ("decision", decision), ("fit", &fit.to_string()), ("name", name), ("number", &number.to_string()), ("quadrant", quadrant)])
}

/// Notice: answers from the last visit were restored.
pub const NOTICE_RESUMED: Tr = Tr::new(
    "Welcome back: your answers from last time are restored. They are saved in this browser only.",
);

/// Notice: the browser keeps nothing.
pub const NOTICE_NOT_KEPT: Tr = Tr::new("This browser is not keeping data for this page (private mode or blocked storage), so your answers last only until you close the tab.");

/// Notice: saved answers could not be read and were kept aside.
pub const NOTICE_KEPT_ASIDE: Tr = Tr::new("Your saved answers could not be read (they may come from a newer version of Shorewise). They are kept aside in this browser, untouched, and you are starting afresh.");

/// Notice: every answer was cleared.
pub const NOTICE_STARTED_OVER: Tr = Tr::new("All answers are cleared.");

/// Brings cleared answers back.
pub const UNDO: Tr = Tr::new("Undo");

/// Clears every answer.
pub const START_OVER: Tr = Tr::new("Start over");

/// Closes a notice.
pub const DISMISS: Tr = Tr::new("Dismiss");

/// Welcome page: there are saved answers.
pub const RESUME_HEADING: Tr = Tr::new("Your saved answers");

/// Welcome page: continue with saved answers.
pub const CONTINUE: Tr = Tr::new("Continue where you left off");

/// Notice: a shared assessment or example was opened.
pub const NOTICE_OPENED: Tr = Tr::new("The assessment you opened (from a link, an example or a file) is now saved in this browser in place of your previous answers.");

/// Notice for an opened example when nothing was replaced.
pub const NOTICE_OPENED_FRESH: Tr =
    Tr::new("The assessment you opened is ready; change any answer to explore it.");

/// Open page title.
pub const OPEN_TITLE: Tr = Tr::new("Open a shared assessment");

/// Open page: the link replaces saved answers; asks first.
pub fn open_replaces(incoming: &str, saved: &str) -> String {
    fill(tr("This link holds the answers of {incoming}. Opening it replaces the answers saved in this browser ({saved}); you can undo that right after."), &[("incoming", incoming), ("saved", saved)])
}

/// A company without a name, in sentences.
pub const UNNAMED_COMPANY: Tr = Tr::new("an unnamed company");

/// Open page: go ahead.
pub const OPEN_IT: Tr = Tr::new("Open it");

/// Open page: keep what is saved.
pub const KEEP_MINE: Tr = Tr::new("Keep my answers");

/// Open page: the link could not be opened.
pub const OPEN_FAILED_TITLE: Tr = Tr::new("This link cannot be opened");

/// Open page: nothing was changed.
pub const OPEN_FAILED_SAFE: Tr =
    Tr::new("Nothing has changed: the answers saved in this browser are untouched.");

/// Link problems, in the user's words.
pub const LINK_NOT_A_RECORD: Tr = Tr::new("This link does not hold a Shorewise assessment.");
/// A link from a newer Shorewise.
pub const LINK_NEWER: Tr =
    Tr::new("This link was made by a newer version of Shorewise, which this one cannot read.");
/// An oversized link.
pub const LINK_TOO_LONG: Tr = Tr::new("This link is longer than any link Shorewise makes.");
/// A damaged or truncated link.
pub const LINK_DAMAGED: Tr =
    Tr::new("This link is damaged or incomplete; perhaps it was not copied whole.");
/// A link with invalid answers.
pub const LINK_INVALID: Tr = Tr::new("The answers in this link are not ones Shorewise can use.");
/// An unknown example id.
pub const EXAMPLE_UNKNOWN: Tr = Tr::new("There is no example company with this name.");

/// Share section heading.
pub const SHARE_HEADING: Tr = Tr::new("Keep, share and hand over");
/// Copy link button.
pub const COPY_LINK: Tr = Tr::new("Copy link");
/// Beside the share button: what the link holds.
pub const SHARE_PRIVACY: Tr = Tr::new("The link carries your answers in itself, after the # sign, which browsers never send to a server. Anyone with the link sees these answers.");
/// After copying.
pub const LINK_COPIED: Tr = Tr::new("Link copied.");
/// When copying is not allowed.
pub const LINK_COPY_BY_HAND: Tr = Tr::new("Copy the link below.");
/// Label of the link field.
pub const LINK_LABEL: Tr = Tr::new("Link to these answers");

/// Welcome: examples heading.
pub const EXAMPLES_HEADING: Tr = Tr::new("Try an example");
/// Welcome: examples intro.
pub const EXAMPLES_INTRO: Tr =
    Tr::new("Open a complete assessment of a realistic company and see its advice at once.");

/// Column headers of the advice CSV; amounts in `currency`.
pub fn csv_headers(currency: &str) -> [String; 12] {
    // A table heading's soft hyphens have no place in a spreadsheet's header.
    let plain = |text: &str| text.replace('\u{ad}', "");
    let with = |template: &str| plain(&fill(template, &[("currency", currency)]));
    [
        plain(tr("Process")),
        plain(tr("Decision")),
        plain(tr("Outsourcing type")),
        plain(tr("Location")),
        plain(tr("Example countries")),
        plain(tr("Overlap (hours a day)")),
        with(tr("Yearly saving, pessimistic ({currency})")),
        with(tr("Yearly saving, expected ({currency})")),
        with(tr("Yearly saving, optimistic ({currency})")),
        with(tr("One-off cost, expected ({currency})")),
        plain(tr("Confidence")),
        plain(tr("Top reasons")),
    ]
}

/// A new version of the app is installed and waiting.
pub const NEW_VERSION: Tr =
    Tr::new("A new version is available. Reload to use it; your answers are kept.");
/// While the results screens arrive (they load on demand after the questionnaire).
pub const LOADING_RESULTS: Tr = Tr::new("Preparing your results…");
/// The results screens could not be fetched (network cut, or a file that failed its check).
pub const RESULTS_MISSING_TITLE: Tr = Tr::new("This part of Shorewise could not be loaded");
/// What to do when the results screens could not be fetched.
pub const RESULTS_MISSING: Tr =
    Tr::new("Check your connection and try again; your answers are kept.");
/// Tries to load a part of the app again.
pub const RETRY: Tr = Tr::new("Try again");
/// Downloads the answers as a file.
pub const DOWNLOAD_ANSWERS: Tr = Tr::new("Download answers (JSON)");
/// Downloads the advice as a spreadsheet.
pub const DOWNLOAD_ADVICE: Tr = Tr::new("Download advice (CSV)");
/// When the browser refuses a download.
pub const DOWNLOAD_REFUSED: Tr = Tr::new("This browser did not allow the download.");

/// Import: the file picker's label.
pub const IMPORT_LABEL: Tr = Tr::new("Open an assessment file (.json)");
/// Import: what the drop zone says.
pub const IMPORT_DROP: Tr = Tr::new("or drop the file here");
/// Import: the file could not be read at all.
pub const IMPORT_UNREADABLE: Tr = Tr::new("This file could not be read.");
/// Import: heading of the problem list.
pub const IMPORT_FAILED: Tr =
    Tr::new("This file cannot be opened; your saved answers are untouched.");
/// Import: too large.
pub const IMPORT_TOO_LARGE: Tr = Tr::new("This file is far larger than any assessment.");

/// Import: not JSON, with where reading stopped.
pub fn import_not_json(line: usize, column: usize) -> String {
    fill(
        tr("It is not an assessment file (reading stopped at line {line}, column {column})."),
        &[("column", &column.to_string()), ("line", &line.to_string())],
    )
}

/// Import: a field the format does not have.
pub fn import_unknown_field(line: usize, field: &str) -> String {
    fill(tr("It is not in the assessment format (line {line}): it has a field “{field}” that the format does not know."), &[("field", field), ("line", &line.to_string())])
}

/// Import: JSON in another shape: which field of the file, and what it should be.
pub fn import_not_assessment(line: usize, field: &str, expected: &str) -> String {
    let template = if field.is_empty() {
        tr("It is not in the assessment format (line {line}): the file should be {expected}.")
    } else {
        tr("It is not in the assessment format (line {line}): “{field}” should be {expected}.")
    };
    fill(
        template,
        &[
            ("expected", expected),
            ("field", field),
            ("line", &line.to_string()),
        ],
    )
}

/// Report title without a company name.
pub const REPORT_TITLE: Tr = Tr::new("Sourcing recommendations");
/// Report title for a company.
pub fn report_title_for(company: &str) -> String {
    fill(
        tr("Sourcing recommendations for {company}"),
        &[("company", company)],
    )
}
/// Report: print button.
pub const PRINT: Tr = Tr::new("Print or save as PDF");
/// Report: back to the interactive results.
pub const BACK_TO_RESULTS: Tr = Tr::new("Back to results");
/// Report: how to get a PDF.
pub const PRINT_HELP: Tr =
    Tr::new("Choose “Save as PDF” as the printer to keep the report as a file.");
/// Report cover: what the report is.
pub const REPORT_COVER_NOTE: Tr = Tr::new("Prepared with Shorewise from the answers in the appendix. Figures are estimates with their sources shown; they are not a quote.");
/// Report: appendix heading.
pub const APPENDIX_HEADING: Tr = Tr::new("Appendix: the answers");
/// Report: the heading of the appendix with the assumptions, wages and sources.
pub const APPENDIX_FIGURES_HEADING: Tr = Tr::new("Appendix: assumptions, wages and sources");
/// Report: the table of every process's advice on the first page.
pub const PORTFOLIO_HEADING: Tr = Tr::new("Every process at a glance");
/// Report: the portfolio table's saving column (expected case).
pub const COL_YEARLY_SAVING: Tr = Tr::new("Yearly saving (expected)");
/// Report: the portfolio table's payback column (expected case).
pub const COL_PAYBACK: Tr = Tr::new("Payback (expected)");
/// Report: the most serious risks of the changes.
pub const TOP_RISKS_HEADING: Tr = Tr::new("The most serious risks, and how to handle them");

/// The processes a risk concerns: "Concerns Payroll and Recruiting."
pub fn concerns(names: &str) -> String {
    fill(tr("Concerns {names}."), &[("names", names)])
}
/// Link from the results page to the report.
pub const PRINTABLE_REPORT: Tr = Tr::new("Printable report");

/// The months, January first (each a text of the language files).
const MONTHS: [Tr; 12] = [
    Tr::new("January"),
    Tr::new("February"),
    Tr::new("March"),
    Tr::new("April"),
    Tr::new("May"),
    Tr::new("June"),
    Tr::new("July"),
    Tr::new("August"),
    Tr::new("September"),
    Tr::new("October"),
    Tr::new("November"),
    Tr::new("December"),
];

/// A date as the report shows it: day (1–31), month (0–11, as browsers count), year.
pub fn date(day: u32, month: u32, year: u32) -> String {
    let month = MONTHS.get(month as usize).map_or("", |m| m.get());
    fill(
        tr("{day} {month} {year}"),
        &[
            ("day", &day.to_string()),
            ("month", month),
            ("year", &year.to_string()),
        ],
    )
}

/// Notice: a prefill link had parameters that were left out.
pub const NOTICE_PREFILL_IGNORED: Tr = Tr::new(
    "Some of the answers in the link could not be used and were left out; the rest are filled in:",
);

/// Heading of the notice listing the settings of `config.json` that could not be used.
pub const CONFIG_PROBLEMS: Tr = Tr::new("Settings that could not be used");
/// Under that heading: what the notice is and what happens.
pub const CONFIG_PROBLEMS_INTRO: Tr = Tr::new("For the site's administrator: this site's settings file, config.json, has settings Shorewise cannot use. It runs on its own defaults for them.");

/// Where a problem of `config.json` is: the setting's path, or the whole file.
pub fn config_at(path: &str) -> String {
    if path.is_empty() {
        tr("The file").to_owned()
    } else {
        super::lang::quoted(path)
    }
}
/// `config.json` is too large.
pub fn config_too_large(at: &str) -> String {
    fill(
        tr("{at} is too large to be a settings file."),
        &[("at", at)],
    )
}
/// `config.json` is not JSON.
pub fn config_not_json(at: &str, line: usize, column: usize) -> String {
    fill(
        tr("{at} is not valid JSON (reading stopped at line {line}, column {column})."),
        &[
            ("at", at),
            ("column", &column.to_string()),
            ("line", &line.to_string()),
        ],
    )
}
/// A setting Shorewise does not have.
pub fn config_unknown(at: &str) -> String {
    fill(
        tr("{at} is not a setting Shorewise has; check its spelling."),
        &[("at", at)],
    )
}
/// A setting of the wrong type.
pub fn config_expected(at: &str, what: &str) -> String {
    fill(tr("{at} should be {what}."), &[("at", at), ("what", what)])
}
/// An allow-list entry that is no origin.
pub fn config_not_an_origin(at: &str, given: &str) -> String {
    fill(tr("{at}: \u{201c}{given}\u{201d} is not an origin like https://intranet.example.com (scheme and host, no path)."), &[("at", at), ("given", given)])
}
/// A setting that lacks a member it needs.
pub fn config_missing(at: &str) -> String {
    fill(
        tr("{at} is missing; the setting it belongs to is not used."),
        &[("at", at)],
    )
}
/// Text longer than the app takes.
pub fn config_too_long(at: &str, most: usize) -> String {
    fill(
        tr("{at} is longer than {most} characters."),
        &[("at", at), ("most", &most.to_string())],
    )
}
/// A link that is not an https address.
pub fn config_not_https(at: &str, given: &str) -> String {
    fill(
        tr("{at}: \u{201c}{given}\u{201d} is not an https:// address."),
        &[("at", at), ("given", given)],
    )
}
/// A brand colour that is no colour.
pub fn config_not_a_colour(at: &str, given: &str) -> String {
    fill(
        tr("{at}: \u{201c}{given}\u{201d} is not a colour like #0b5c6b."),
        &[("at", at), ("given", given)],
    )
}
/// A brand colour text could not be read in.
pub fn config_low_contrast(at: &str, colour: &str, ratio: f64, against: &str) -> String {
    let ratio = Fixed(ratio, 2);
    fill(tr("{at}: text in {colour} on {against} has a contrast of {ratio}:1; it needs at least 4.5:1, so the product's colour is used."), &[("against", against), ("at", at), ("colour", colour), ("ratio", &ratio.to_string())])
}
/// A logo that is not an image on the app's own site.
pub fn config_not_same_site(at: &str, given: &str) -> String {
    fill(tr("{at}: \u{201c}{given}\u{201d} is not the path of an image on this site (like brand/logo.svg); images from other sites are not loaded."), &[("at", at), ("given", given)])
}
/// A home country the catalog does not have.
pub fn config_unknown_country(at: &str, given: &str) -> String {
    fill(
        tr("{at}: \u{201c}{given}\u{201d} is not a country code Shorewise knows (like DE or US)."),
        &[("at", at), ("given", given)],
    )
}
/// A language Shorewise does not speak.
pub fn config_unknown_language(at: &str, given: &str) -> String {
    let spoken: Vec<String> = Lang::all()
        .iter()
        .map(|l| format!("{} ({})", l.name(), super::lang::quoted(l.code())))
        .collect();
    let spoken: Vec<&str> = spoken.iter().map(String::as_str).collect();
    fill(
        tr("{at}: Shorewise speaks {languages}, not \u{201c}{given}\u{201d}; a site adds a language under \u{201c}languages\u{201d}."),
        &[
            ("at", at),
            ("given", given),
            ("languages", &names_list_all(&spoken)),
        ],
    )
}
/// A reworded message that drops, adds or renames a placeholder of its English
/// (`wanted`: the English's, space-separated, possibly none).
pub fn config_placeholders(at: &str, wanted: &str) -> String {
    let template = if wanted.is_empty() {
        tr("{at} is not used: its English has no placeholders in braces, so neither may the text.")
    } else {
        tr("{at} is not used: the text must keep the placeholders of its English ({wanted}), and no others.")
    };
    let wanted: Vec<String> = wanted.split(' ').map(|p| format!("{{{p}}}")).collect();
    fill(template, &[("at", at), ("wanted", &wanted.join(", "))])
}
/// A process id the catalog does not have.
pub fn config_unknown_process(at: &str, given: &str) -> String {
    fill(tr("{at}: \u{201c}{given}\u{201d} is not a process of the catalog (docs/configuration.md lists the ids)."), &[("at", at), ("given", given)])
}
/// An example id that is not one.
pub fn config_not_an_id(at: &str, given: &str) -> String {
    fill(tr("{at}: \u{201c}{given}\u{201d} is not an id like acme-retail (lower-case letters, digits and hyphens)."), &[("at", at), ("given", given)])
}
/// An example id already taken.
pub fn config_taken_id(at: &str, given: &str) -> String {
    fill(tr("{at}: \u{201c}{given}\u{201d} is already the id of another example; give this one its own."), &[("at", at), ("given", given)])
}
/// A setting that is not one of its listed values.
pub fn config_one_of(at: &str, what: &str, values: &str) -> String {
    fill(
        tr("{at} should be {what}, one of: {values}."),
        &[("at", at), ("values", values), ("what", what)],
    )
}
/// A language's code that is not two or three letters.
pub fn config_not_a_language_code(at: &str, given: &str) -> String {
    fill(
        tr("{at}: \u{201c}{given}\u{201d} is not a language code (two or three letters, like nl)."),
        &[("at", at), ("given", given)],
    )
}
/// A language given twice, or English.
pub fn config_language_taken(at: &str, code: &str) -> String {
    let template = if code == "en" {
        tr("{at}: English is built in; a site rewords its texts under \u{201c}messages\u{201d}.")
    } else {
        tr("{at}: the language \u{201c}{given}\u{201d} is given twice; the first is used.")
    };
    fill(template, &[("at", at), ("given", code)])
}
/// A translation file that is not a `.po` file on the app's own site.
pub fn config_not_a_po_file(at: &str, given: &str) -> String {
    fill(tr("{at}: \u{201c}{given}\u{201d} is not the path of a translation file on this site (like i18n/nl.po)."), &[("at", at), ("given", given)])
}
/// An extra catalog entry whose name the catalog already has.
pub fn config_taken_name(at: &str, given: &str) -> String {
    fill(tr("{at}: the catalog already has \u{201c}{given}\u{201d}; pick it there or name this one differently."), &[("at", at), ("given", given)])
}
/// A list longer than the app takes.
pub fn config_too_many(at: &str, what: &str, most: usize) -> String {
    fill(
        tr("{at} lists more than {most} {what}; the first {most} are used."),
        &[("at", at), ("most", &most.to_string()), ("what", what)],
    )
}
/// An example whose answers cannot be opened.
pub fn config_answers(at: &str, why: &str) -> String {
    fill(
        tr("{at} cannot be opened, so the example is left out: {why}"),
        &[("at", at), ("why", why)],
    )
}
/// Name of the section with the site's contact line and call to action.
pub const NEXT_STEP: Tr = Tr::new("Next step");
/// The call to action's link opens in a new tab (said to screen readers).
pub const OPENS_IN_NEW_TAB: Tr = Tr::new("(opens in a new tab)");

/// One prefill parameter left out.
pub fn prefill_ignored(name: &str, unknown: bool) -> String {
    let template = if unknown {
        tr("“{name}” is not a parameter Shorewise knows.")
    } else {
        tr("“{name}” has a value Shorewise cannot use.")
    };
    fill(template, &[("name", name)])
}

/// Notice: another tab saved different answers.
pub const NOTICE_CHANGED_ELSEWHERE: Tr = Tr::new("Shorewise is open in another tab, which has just saved different answers. Which answers should this browser keep?");
/// Takes the other tab's answers.
pub const USE_OTHER_TAB: Tr = Tr::new("Use the other tab's answers");
/// Keeps this tab's answers.
pub const KEEP_THIS_TAB: Tr = Tr::new("Keep the answers in this tab");

/// Notice: a scenario replaced the answers.
pub const NOTICE_SCENARIO_OPENED: Tr = Tr::new(
    "The scenario's answers are now the current answers; the previous ones can be brought back.",
);

/// Scenarios section heading.
pub const SCENARIOS_HEADING: Tr = Tr::new("Scenarios");
/// Scenarios: what they are for.
pub const SCENARIOS_INTRO: Tr = Tr::new("Save these answers under a name, change some, save again, then compare: the processes whose advice differs are marked.");
/// Scenario name field.
pub const SCENARIO_NAME: Tr = Tr::new("Scenario name");
/// Saves a scenario.
pub const SAVE_SCENARIO: Tr = Tr::new("Save as scenario");
/// A scenario needs a name.
pub const SCENARIO_NAME_NEEDED: Tr = Tr::new("Give the scenario a name of up to 120 characters.");
/// Opens a scenario.
pub const OPEN_SCENARIO: Tr = Tr::new("Open");
/// Accessible name of a scenario's open button.
pub fn open_scenario(name: &str) -> String {
    fill(tr("Open scenario {name}"), &[("name", name)])
}
/// Accessible name of a scenario's remove button.
pub fn remove_scenario(name: &str) -> String {
    fill(tr("Remove scenario {name}"), &[("name", name)])
}
/// Compare heading.
pub const COMPARE_HEADING: Tr = Tr::new("Compare");
/// First side of the comparison.
pub const COMPARE_FIRST: Tr = Tr::with_context("first side of a comparison", "Compare");
/// The comparison table, as a region that scrolls sideways on a narrow screen.
pub const COMPARE_TABLE: Tr = Tr::new("Scenario comparison");
/// Second side of the comparison.
pub const COMPARE_SECOND: Tr = Tr::new("with");
/// The current answers, as a comparison side.
pub const CURRENT_ANSWERS: Tr = Tr::new("Current answers");
/// A process one side does not have.
pub const NOT_IN_SCENARIO: Tr = Tr::new("not in this scenario");
/// Marks a row whose advice differs, for screen readers.
pub const DIFFERS: Tr = Tr::new(" (differs)");
/// How many processes get different advice.
pub fn differences(n: usize, of: usize) -> String {
    let template = if n == 0 {
        tr("The advice is the same for all {of} processes.")
    } else {
        tr_n(
            "{n} of {of} processes gets different advice.",
            "{n} of {of} processes get different advice.",
            n as u64,
        )
    };
    fill(template, &[("n", &n.to_string()), ("of", &of.to_string())])
}

/// Summary: the baseline of the savings when some work needs more hours than today's
/// team covers.
pub fn summary_hours(range: &str) -> String {
    fill(tr("These figures compare each change with doing the work in-house for all the hours it needs; staffing those hours with your own people would add {range} a year to today's spend."), &[("range", range)])
}

/// Under the cost table, before the processes whose hours today's team does not cover.
pub const COVERAGE_COST_LEAD: Tr = Tr::new("Savings are measured against doing the work in-house for all the hours it needs. These processes must be staffed for more hours than today's team covers; doing that with your own people would add, each year:");

/// After that list: the yearly effect against today's spend, `range` a money range.
pub fn coverage_cost_tail(range: &str) -> String {
    fill(tr("Against today's spend instead, the advice saves {range} a year (a negative figure means higher costs): a provider's price includes those hours, so a hand-over can cost more than today and still less than staffing the hours yourself."), &[("range", range)])
}

/// On an advice card whose work needs more hours than today's team covers: what its
/// saving is measured against, or what keeping it costs.
pub fn card_hours(decision: Decision, range: &str) -> String {
    let template = match decision {
        Decision::KeepInHouse => tr("Keeping it means staffing the hours it needs with your own people: {range} a year more than today."),
        Decision::Automate => tr("The hours it needs still take more of your own people: {range} a year more than today, whether automated or not."),
        _ => tr("The saving is measured against staffing the hours it needs with your own people, which would cost {range} a year more than today."),
    };
    fill(template, &[("range", range)])
}

/// A share of the work in words, to the nearest common fraction: "a quarter",
/// "two thirds" (between a sixth and four fifths, the shares the advice names).
pub fn share_words(share: f64) -> &'static str {
    const FRACTIONS: [(f64, Tr); 10] = [
        (1.0 / 6.0, Tr::new("a sixth")),
        (0.2, Tr::new("a fifth")),
        (0.25, Tr::new("a quarter")),
        (1.0 / 3.0, Tr::new("a third")),
        (0.4, Tr::new("two fifths")),
        (0.5, Tr::new("half")),
        (0.6, Tr::new("three fifths")),
        (2.0 / 3.0, Tr::new("two thirds")),
        (0.75, Tr::new("three quarters")),
        (0.8, Tr::new("four fifths")),
    ];
    let nearest = FRACTIONS
        .iter()
        .min_by(|a, b| (a.0 - share).abs().total_cmp(&(b.0 - share).abs()))
        .unwrap_or(&FRACTIONS[0]);
    nearest.1.get()
}

/// On an advice to automate: how much of the work software takes over.
pub fn automate_most(share: &str) -> String {
    fill(tr("About {share} of the work can be automated; your people keep the exceptions and the rest."), &[("share", share)])
}

/// On work kept or co-sourced: the part to automate first, what it saves and costs.
/// `contacts`: the work is answering contacts, automated as self-service.
pub fn automate_first(
    contacts: bool,
    share: &str,
    saving: &str,
    build: &str,
    months: &str,
) -> String {
    let template = if contacts {
        tr("Move about {share} of the contacts to self-service first: about {saving} a year once it runs, for a build of about {build}, paid back in about {months} months.")
    } else {
        tr("Automate about {share} of it first, the rule-based part: about {saving} a year once it runs, for a build of about {build}, paid back in about {months} months.")
    };
    fill(
        template,
        &[
            ("build", build),
            ("months", months),
            ("saving", saving),
            ("share", share),
        ],
    )
}

/// On work handed to a provider: the part the provider should automate.
pub fn provider_automates(contacts: bool, share: &str) -> String {
    let template = if contacts {
        tr("About {share} of the contacts could be resolved in self-service: ask the provider to offer it and to price it in.")
    } else {
        tr("About {share} of it can be automated: choose a provider that automates it and passes the saving on in its price.")
    };
    fill(template, &[("share", share)])
}

/// One kept process of the coverage list: "Security monitoring (kept in-house): GBP …".
pub fn coverage_cost_kept(name: &str, range: &str) -> String {
    fill(
        tr("{name} (kept in-house, so this is what the advice costs): {range}"),
        &[("name", name), ("range", range)],
    )
}

/// One process of the coverage list: "Customer service: GBP 90,000 – 140,000 (expected 120,000)".
pub fn coverage_cost(name: &str, range: &str) -> String {
    format!("{name}: {range}")
}

/// The portfolio's one-off cost: "One-off cost: USD 10,000 – 20,000 (expected 15,000)."
pub fn one_off_total(range: &str) -> String {
    fill(tr("One-off cost: {range}."), &[("range", range)])
}

/// Caption of the cash-flow table.
pub fn cash_flow_caption(currency: &str, term: u32) -> String {
    fill(tr("Cumulative net effect over the {term}-month contract term ({currency}), pessimistic / expected / optimistic"), &[("currency", currency), ("term", &term.to_string())])
}

/// Heading of the cash-flow chart and table.
pub const CASH_FLOW_HEADING: Tr = Tr::new("Cash flow over the contract term");

/// Column: month of the programme.
pub const COL_MONTH: Tr = Tr::new("End of month");

/// Text alternative of the cash-flow chart, read before the table.
pub fn cash_flow_summary(term: u32, expected_end: &str, break_even: &str) -> String {
    fill(tr("Cumulative net effect month by month over {term} months: {expected_end} at the end of the term in the expected case; break-even {break_even}. The table below gives the figures."), &[("break_even", break_even), ("expected_end", expected_end), ("term", &term.to_string())])
}

/// Button that shows the chart's figures as a table.
pub const CASH_FLOW_TABLE: Tr = Tr::new("Show the figures as a table");

/// Legend entries of the cash-flow chart.
pub const CHART_PESSIMISTIC: Tr = Tr::new("Pessimistic");
/// Legend entry: expected case.
pub const CHART_EXPECTED: Tr = Tr::new("Expected");
/// Legend entry: optimistic case.
pub const CHART_OPTIMISTIC: Tr = Tr::new("Optimistic");
/// Legend entry: the expected break-even month.
pub const CHART_BREAK_EVEN: Tr = Tr::new("Break-even (expected)");
/// Axis label: months from the start.
pub const CHART_MONTHS: Tr = Tr::new("Months from the start");

/// How the cash flow is worked out.
pub const CASH_FLOW_NOTE: Tr = Tr::new("Each change starts with its roadmap wave. During transition you pay your own team and part of the provider's fee (double running) as well as the transition itself; severance falls at hand-over; the saving then grows to its full size over the ramp-up. Automation is built first, then runs. A negative figure is money still to be earned back.");

/// The net effect over the contract term: "Over the 36-month term: USD … (expected …)."
pub fn term_net(term: u32, range: &str) -> String {
    fill(
        tr("Net effect over the {term}-month contract term: {range}."),
        &[("range", range), ("term", &term.to_string())],
    )
}

/// Label of the contract-term field.
pub const CONTRACT_TERM: Tr = Tr::new("Contract term (months)");

/// Help under the contract-term field.
pub const CONTRACT_TERM_HELP: Tr = Tr::new("The cash flow and the net effect run over this many months from the start. One-off costs do not grow with it.");

/// Heading of the user's own figures among the answers.
pub const OWN_FIGURES_TITLE: Tr = Tr::new("Your own figures");

/// A country's wage among the user's own figures: "Wage, Philippines".
pub fn wage_of(country: &str) -> String {
    fill(tr("Wage, {country}"), &[("country", country)])
}

/// A value the user set, in the assumptions list.
pub const YOUR_FIGURE: Tr = Tr::new("Your figure");

/// Label of an assumption in the list and editor.
pub fn assumption_label(a: crate::vocab::model::Assumption) -> &'static str {
    use crate::vocab::model::Assumption::*;
    match a {
        ContractMonths => tr("Contract term, months"),
        ExchangeRate => tr("Exchange rate, your currency per US dollar"),
        OnCosts => tr("Your employer on-costs (share of base wages)"),
        PassThrough => tr("Share of the labour-cost gap kept (nearshore, offshore)"),
        OnshoreSaving => tr("Onshore saving before hidden costs"),
        Selection => tr("Vendor selection, one-off (share of annual deal value)"),
        Governance => tr("Governance, yearly (share of contract value)"),
        TransitionMonths => tr("Transition length, months (small to large scope)"),
        TransitionCost => tr("Transition, one-off (share of contract value)"),
        DoubleRunning => tr("Double running during transition (share of the provider's fee)"),
        RampUpMonths => tr("Ramp-up to the full saving, months"),
        StaffChange => tr("Severance and retention, one-off (share of contract value)"),
        ProcessWork => tr("Process documentation first, one-off (share of contract value)"),
        NightPremium => tr("Night-shift premium (share of pay for night hours)"),
        Shrinkage => tr("Shrinkage (time staff cannot staff a seat)"),
        AutomationSaving => tr("Automation saving, yearly (share of the process's cost)"),
        AutomationPayback => tr("Automation payback, months from the start"),
        AutomationBuildMonths => tr("Automation build time, months"),
        AutomationBuild => tr("Smallest automation project, one-off (US dollars)"),
        AutomationRun => tr("Smallest automation running cost, yearly (US dollars)"),
        HandOverFloor => tr("Fixed effort of any hand-over (person-months of your people's time)"),
        BackOfficePay => {
            tr("Back-office clerks' pay where wages are high, against the low-wage ladder")
        }
        ItSupportPay => tr("IT support pay where wages are high, against the low-wage ladder"),
        SoftwarePay => {
            tr("Software engineers' pay where wages are high, against the low-wage ladder")
        }
        FinancePay => {
            tr("Accounting and finance pay where wages are high, against the low-wage ladder")
        }
        LegalPay => {
            tr("Legal professionals' pay where wages are high, against the low-wage ladder")
        }
        ResearchPay => {
            tr("Research analysts' pay where wages are high, against the low-wage ladder")
        }
    }
}

/// The Philippines' statutory night premium, in the assumptions list.
pub const NIGHT_PREMIUM_PH_LABEL: Tr = Tr::new("Night-shift premium, Philippines");
/// The roadmap's wave length, in the assumptions list.
pub const WAVE_MONTHS_LABEL: Tr = Tr::new("Roadmap wave length, months");

/// The country risk's line among the assumptions and sources.
pub const COUNTRY_RISK_LABEL: Tr = Tr::new("Country risk (political stability and rule of law)");
/// How the country risk is read from the ranks.
pub const COUNTRY_RISK_VALUE: Tr =
    Tr::new("1 − the mean of the two percentile ranks ÷ 100, from 0 (safest) to 1");
/// The transfer rule's line among the assumptions and sources.
pub const TRANSFER_LABEL: Tr = Tr::new("Personal data may go without safeguards to");
/// Where personal data may go without safeguards.
pub const TRANSFER_VALUE: Tr = Tr::new("the EEA and the countries with an adequacy decision; elsewhere standard contractual clauses and a transfer impact assessment");

/// A value in months: "36 months", "3 – 12 months".
pub fn months_value(span: &str) -> String {
    fill(tr("{span} months"), &[("span", span)])
}

/// A dollar figure with its value in the home currency: "USD 15,000 – 40,000 (about
/// EUR 13,800 – 36,800 at 0.92 EUR per US dollar, the catalog's 2024 rate)".
pub fn converted(usd: &str, home: &str, rate: &str, rate_is_yours: bool) -> String {
    fill(
        tr("{usd} (about {home} at {rate}, {when})"),
        &[
            ("home", home),
            ("rate", rate),
            ("usd", usd),
            ("when", rate_source(rate_is_yours)),
        ],
    )
}

/// Whose exchange rate a conversion uses.
fn rate_source(rate_is_yours: bool) -> &'static str {
    if rate_is_yours {
        tr("your rate")
    } else {
        tr("the catalog's 2024 rate")
    }
}

/// The wage table's column in the home currency: "EUR per hour".
pub fn wage_unit_in(currency: &str) -> String {
    fill(tr("{currency} per hour"), &[("currency", currency)])
}

/// The wage table's note on the rate its home-currency column uses.
pub fn wages_converted(rate: &str, rate_is_yours: bool) -> String {
    fill(
        tr("Wages are kept in US dollars, the unit of their sources, and shown in your currency at {rate} ({when})."),
        &[("rate", rate), ("when", rate_source(rate_is_yours))],
    )
}

/// An exchange rate: "0.92 EUR per US dollar".
pub fn rate_value(span: &str, currency: &str) -> String {
    fill(
        tr("{span} {currency} per US dollar"),
        &[("currency", currency), ("span", span)],
    )
}

/// A field label with the unit of what is typed: "From (%)", "Value (months)".
pub fn with_unit(label: &str, unit: crate::vocab::model::Unit, currency: &str) -> String {
    use crate::vocab::model::Unit;
    let template = match unit {
        Unit::Share => "{label} (%)",
        Unit::Months => tr("{label} (months)"),
        Unit::Usd => tr("{label} (US dollars)"),
        Unit::Rate => tr("{label} ({currency} per US dollar)"),
        Unit::Times => "{label} (×)",
    };
    fill(template, &[("currency", currency), ("label", label)])
}

/// Heading of the assumption editor.
pub const ASSUMPTION_EDIT: Tr = Tr::new("Change an assumption");
/// Field: which assumption.
pub const ASSUMPTION_WHICH: Tr = Tr::new("Assumption");
/// Field: lower end.
pub const ASSUMPTION_LOW: Tr = Tr::new("From");
/// Field: upper end.
pub const ASSUMPTION_HIGH: Tr = Tr::new("To");
/// Field: a single value.
pub const ASSUMPTION_VALUE: Tr = Tr::new("Value");
/// Button: apply the user's value.
pub const ASSUMPTION_APPLY: Tr = Tr::new("Use this value");
/// Button: back to the catalog's value.
pub const ASSUMPTION_RESET: Tr = Tr::new("Back to the default");
/// Help above the assumption editor.
pub const ASSUMPTION_HELP: Tr = Tr::new("Replace any figure with your own: it is kept with your answers, in saved files and in share links, and the advice follows it. Percentages as percentages, e.g. 12.5.");
/// An assumption value outside its bounds.
pub fn assumption_error(min: &str, max: &str) -> String {
    fill(
        tr("Enter a value from {min} to {max}."),
        &[("max", max), ("min", min)],
    )
}
/// The two ends in the wrong order.
pub const ASSUMPTION_ORDER_ERROR: Tr =
    Tr::new("The first value must not be larger than the second.");

/// The processes step at its limit.
pub fn process_limit(max: usize) -> String {
    fill(tr("An assessment holds at most {max} processes. Remove one to add another, or save this assessment and start a second one."), &[("max", &max.to_string())])
}

/// Beside a typed yearly cost far from what the people cost; never blocks.
pub fn cost_check(per_person: &str, typical: &str, too_high: bool) -> String {
    let template = if too_high {
        tr("Check this figure: it is {per_person} a year per person, far above the {typical} such work typically costs in your country.")
    } else {
        tr("Check this figure: it is {per_person} a year per person, far below the {typical} such work typically costs in your country.")
    };
    fill(
        template,
        &[("per_person", per_person), ("typical", typical)],
    )
}

/// Heading of the chosen processes with their number: "Chosen processes (3)".
pub fn chosen_heading(n: usize) -> String {
    fill(tr("Chosen processes ({n})"), &[("n", &n.to_string())])
}

/// Results: executive summary heading.
pub const SUMMARY_HEADING: Tr = Tr::new("Summary");

/// Names in running text: "A", "A and B", "A, B and C", "A, B, C and 2 more".
pub fn names_list(names: &[&str]) -> String {
    const SHOWN: usize = 3;
    if names.len() > SHOWN + 1 {
        let more = names.len() - SHOWN;
        return fill(
            tr_n("{list} and {n} more", "{list} and {n} more", more as u64),
            &[
                ("list", &names[..SHOWN].join(", ")),
                ("n", &more.to_string()),
            ],
        );
    }
    names_list_all(names)
}

/// Every name in running text: "A", "A and B", "A, B and C".
pub fn names_list_all(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => {
            // Spanish writes "e" for "y" before an i sound ("Filipinas e India"); the
            // other languages translate both the same.
            let template = if starts_with_i_sound(last) {
                Tr::with_context(
                    "before a name starting with an i sound",
                    "{list} and {last}",
                )
                .get()
            } else {
                tr("{list} and {last}")
            };
            fill(template, &[("last", last), ("list", &rest.join(", "))])
        }
    }
}

/// Whether a name starts with the sound of "i": an i, or an h and an i before a
/// consonant ("India", "Hispanoamérica"; not "Hielo", where the i is a y sound).
fn starts_with_i_sound(name: &str) -> bool {
    let lower = super::lang::lower(name);
    let rest = lower.strip_prefix('h').unwrap_or(&lower);
    let mut chars = rest.chars();
    matches!(chars.next(), Some('i' | 'í'))
        && !(lower.starts_with('h') && matches!(chars.next(), Some('a' | 'e' | 'o' | 'u')))
}

/// Summary: the work to keep.
pub fn summary_keep(names: &str) -> String {
    fill(tr("Keep {names} in-house."), &[("names", names)])
}

/// Summary: the work to automate.
pub fn summary_automate(names: &str) -> String {
    fill(
        tr("Automate {names} with your own team."),
        &[("names", names)],
    )
}

/// Summary: one group of work handed to providers, e.g. "outsource Payroll nearshore
/// (for example to Poland)"; the groups are joined by [`summary_hand_over`].
pub fn summary_group(
    co_source: bool,
    names: &str,
    location: crate::vocab::outcome::LocationModel,
    example: Option<&str>,
) -> String {
    use crate::vocab::outcome::LocationModel::*;
    let template = match (co_source, location, example) {
        (false, Onshore, _) | (false, _, None) => tr("outsource {names} {place}"),
        (true, Onshore, _) | (true, _, None) => tr("co-source {names} {place}"),
        (false, Hybrid, Some(_)) => {
            tr("outsource {names} hybrid (split between home and {country})")
        }
        (true, Hybrid, Some(_)) => {
            tr("co-source {names} hybrid (split between home and {country})")
        }
        (false, Nearshore | Offshore, Some(_)) => {
            tr("outsource {names} {place} (for example to {country})")
        }
        (true, Nearshore | Offshore, Some(_)) => {
            tr("co-source {names} {place} (for example to {country})")
        }
    };
    fill(
        template,
        &[
            ("country", example.unwrap_or_default()),
            ("names", names),
            ("place", &super::advice::location_in_text(location)),
        ],
    )
}

/// Summary: every group handed to providers, as one sentence.
pub fn summary_hand_over(groups: &[String]) -> String {
    // The semicolon as the language sets it (French puts a no-break space before it).
    let sentence = groups.join(super::lang::semicolon());
    if sentence.is_empty() {
        sentence
    } else {
        super::lang::upper_first(&sentence) + "."
    }
}

/// Summary: the money of changes that save, with break-even (months, and whether that
/// falls beyond the contract term of `term` months).
pub fn summary_saving(expected: &str, range: &str, break_even: Option<f64>, term: u32) -> String {
    let (template, months) = match break_even {
        Some(m) if m.ceil() <= f64::from(term) => (
            tr("Once running, the changes are expected to save {expected} a year ({range}) and to pay back their one-off costs in about {months} months."),
            Fixed(m.ceil(), 0).to_string(),
        ),
        _ => (
            tr("Once running, the changes are expected to save {expected} a year ({range}), but they do not pay back their one-off costs within {span}."),
            String::new(),
        ),
    };
    fill(
        template,
        &[
            ("expected", expected),
            ("months", &months),
            ("range", range),
            ("span", &term_span(term)),
        ],
    )
}

/// Summary: the money of changes that cost more than they save.
pub fn summary_cost(expected: &str, range: &str) -> String {
    fill(tr("Together the changes are expected to cost {expected} a year more than doing the work in-house ({range}): they buy coverage, capacity or quality rather than savings."), &[("expected", expected), ("range", range)])
}

/// Summary: nothing changes.
pub const SUMMARY_NO_CHANGE: Tr =
    Tr::new("Nothing changes hands, so there is nothing to save or spend.");

/// Summary: how a company that cannot bear dependency on one provider spreads the work
/// that goes to providers, given the kinds of work (towers) it covers.
pub fn summary_spread(towers: &[&str]) -> String {
    let towers: Vec<String> = towers.iter().map(|t| in_sentence(t)).collect();
    match towers.as_slice() {
        [] => String::new(),
        [one] => fill(tr("As you want to limit your dependency on any one provider, agree exit terms and step-in rights, keep a second provider for {one} qualified, and keep a small team that holds the know-how."), &[("one", one)]),
        [first, rest @ ..] => fill(
            tr("As you want to limit your dependency on any one provider, give each kind of work a provider of its own (one for {first}, another for {rest}), with exit terms and step-in rights, and keep a small team that holds the know-how."),
            &[
                ("first", first),
                ("rest", &names_list(&rest.iter().map(String::as_str).collect::<Vec<_>>())),
            ],
        ),
    }
}

/// A name as it reads inside a sentence: "Back-office BPO" as "back-office BPO", while
/// "IT outsourcing" and "KPO" keep their capitals (German keeps every noun's).
fn in_sentence(name: &str) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        // A name whose second letter is a capital is an abbreviation (KPO, IT …).
        (Some(_), Some(second)) if !lang().capitalises_nouns() && !second.is_uppercase() => {
            super::lang::lower_first(name)
        }
        _ => name.to_owned(),
    }
}

/// Summary: the biggest risk, with the processes that carry it and what to do.
pub fn summary_risk(names: &str, risk: &str, mitigation: &str) -> String {
    fill(
        tr("The biggest risk ({names}): {risk} {mitigation}"),
        &[
            ("mitigation", mitigation),
            ("names", names),
            ("risk", risk.trim_end()),
        ],
    )
}

/// A process with its yearly cost: "Payroll (USD 52,000 a year)".
pub fn named_cost(name: &str, cost: &str) -> String {
    fill(
        tr("{name} ({cost} a year)"),
        &[("cost", cost), ("name", name)],
    )
}

/// Under the cost table: the work kept as it is, which the table leaves out.
pub fn kept_out_of_table(list: &str) -> String {
    fill(tr("Work you keep in-house as it is costs the same as today and stays out of this table: {list}."), &[("list", list)])
}

/// The document title of a page: "Goals – Shorewise", or the product's title alone.
pub fn document_title(page: &str, product: &str) -> String {
    if page.is_empty() {
        fill(
            tr("{product}: outsourcing advisor"),
            &[("product", product)],
        )
    } else {
        format!("{page} – {product}")
    }
}

/// Risk step: why GDPR is ticked for a company in the EU/EEA or the UK.
pub const GDPR_TICKED: Tr = Tr::new("GDPR applies to companies in the EU/EEA and the UK, so it is ticked; untick it if your processes handle no personal data.");

/// Error summary heading, at the top of a step that cannot be left yet.
pub const ERROR_SUMMARY_TITLE: Tr = Tr::new("There is a problem");

/// A link in the error summary to a process's field: "Payroll: Current yearly cost".
pub fn field_link(process: &str, question: &str) -> String {
    format!("{process}: {question}")
}

/// Text that is no number; `field` is what the field asks for.
pub fn not_a_number(field: &str) -> String {
    fill(tr("That is not a number. {field}"), &[("field", field)])
}

/// A negative number where none is taken; `min` comes formatted.
pub fn negative(min: &str) -> String {
    fill(
        tr("That is negative: enter {min} or more."),
        &[("min", min)],
    )
}

/// A number the user's styles read two ways ("1,200": twelve hundred, or 1.2); both
/// come written without thousands separators, so that either reads one way.
pub fn thousands_or_decimal(thousands: &str, decimal: &str) -> String {
    fill(
        tr("Did you mean {thousands} or {decimal}? Type the one you mean."),
        &[("decimal", decimal), ("thousands", thousands)],
    )
}
