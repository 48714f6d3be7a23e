//! Interface wording in one place (English), so that a second language later replaces
//! this module's data rather than editing components.

/// Product name.
pub const PRODUCT: &str = "Shorewise";
/// Tagline under the name.
pub const TAGLINE: &str =
    "Keep, automate or outsource: advice for every process, with the reasons.";
/// What the product does.
pub const WELCOME_INTRO: &str = "Answer a few questions about your company, your goals, the processes you run and the risks you can take. Shorewise then recommends, for every process, whether to keep it in-house, automate it or outsource it; which kind of provider fits; onshore, nearshore or offshore, with example countries; what it may cost and save; and how to proceed.";
/// How long it takes.
pub const WELCOME_TIME: &str =
    "It takes about five minutes. Sensible defaults are filled in, so you can refine later.";
/// The privacy promise.
pub const WELCOME_PRIVACY: &str =
    "Your answers never leave this browser: there is no server, no account and no tracking.";
/// Start button.
pub const START: &str = "Start the assessment";
/// Heading of the not-found page.
pub const NOT_FOUND_TITLE: &str = "Page not found";
/// Body of the not-found page.
pub const NOT_FOUND_BODY: &str = "This address does not match any step of Shorewise.";
/// Link home from the not-found page.
pub const BACK_HOME: &str = "Back to the start";
/// Heading of the crash panel (also used by index.html's fallback).
pub const CRASH_TITLE: &str = "Something went wrong";
/// Body of the crash panel.
pub const CRASH_BODY: &str = "Shorewise hit an unexpected error. Reload the page to continue: the answers saved in this browser come back with it.";
/// Reload button.
pub const RELOAD: &str = "Reload";
/// Skip link.
pub const SKIP_TO_CONTENT: &str = "Skip to content";
/// Footer line.
pub const FOOTER: &str = "Shorewise runs entirely in your browser. Figures are estimates with their sources shown; they are not a quote.";

/// Progress-indicator labels, in step order.
pub const STEP_LABELS: [&str; 6] = ["Company", "Goals", "Processes", "Risk", "Review", "Results"];
/// Label of the progress navigation.
pub const PROGRESS_LABEL: &str = "Assessment progress";
/// Back button.
pub const BACK: &str = "Back";
/// Next button.
pub const NEXT: &str = "Next";
/// Button on the review step.
pub const SEE_RESULTS: &str = "See my recommendations";
/// Shown when moving on is blocked by invalid fields.
pub const FIX_FIELDS: &str = "Please correct the highlighted fields before moving on.";

/// Company step.
pub const COMPANY_TITLE: &str = "Your company";
/// Company step intro.
pub const COMPANY_INTRO: &str = "Where you are and who you serve decides which locations fit and how much working-hour overlap they give.";
/// Company name label.
pub const COMPANY_NAME: &str = "Company name (optional)";
/// Company name help.
pub const COMPANY_NAME_HELP: &str = "Only used to title your report.";
/// Industry label.
pub const INDUSTRY: &str = "Industry";
/// Size label.
pub const SIZE: &str = "Company size";
/// Home country label.
pub const HOME_COUNTRY: &str = "Home country";
/// Home country help.
pub const HOME_COUNTRY_HELP: &str =
    "Onshore means this country; nearshore and offshore options are worked out from it.";
/// Time zone label, for home countries with several.
pub const HOME_ZONE: &str = "Your time zone";
/// Time zone help.
pub const HOME_ZONE_HELP: &str =
    "Your country spans several time zones; overlap with providers follows the one you work in.";
/// Working hours legend.
pub const WORKING_HOURS: &str = "Your working day (local time)";
/// Start hour label.
pub const HOURS_START: &str = "Starts at";
/// End hour label.
pub const HOURS_END: &str = "Ends at";
/// Customer languages legend.
pub const CUSTOMER_LANGUAGES: &str = "Languages your customers are served in";
/// Staff languages legend.
pub const STAFF_LANGUAGES: &str = "Languages your staff work in";
/// Error when no customer language is chosen.
pub const LANGUAGES_ERROR: &str = "Choose at least one language.";

/// Goals step.
pub const GOALS_TITLE: &str = "Your goals";
/// Goals step intro.
pub const GOALS_INTRO: &str =
    "How much does each goal matter? 0 means not at all, 5 means it is a top priority.";
/// Scale labels for 0–5 goals.
pub const WEIGHT_LABELS: [&str; 6] = ["0 Not at all", "1", "2", "3", "4", "5 Top priority"];
/// Short scale labels where space is tight (what-if panel).
pub const WEIGHT_LABELS_SHORT: [&str; 6] = ["0", "1", "2", "3", "4", "5"];

/// Processes step.
pub const PROCESSES_TITLE: &str = "Your processes";
/// Processes step intro.
pub const PROCESSES_INTRO: &str = "Pick the processes you run. Each starts with typical answers, so you can go on at once and refine later.";
/// Core versus supporting explanation heading.
pub const CORE_HEADING: &str = "Core or supporting?";
/// Core versus supporting explanation.
pub const CORE_HELP: &str = "A core process is one that sets you apart from competitors, such as product development at a software company; keep those in-house. A critical process keeps the business running but does not set you apart, such as payment processing; it can be shared with a provider under strong control. A supporting process is routine work any competent provider can do, such as payroll or data entry.";
/// Filter label.
pub const FILTER: &str = "Filter the catalog";
/// Filter placeholder.
pub const FILTER_PLACEHOLDER: &str = "e.g. payroll, support, legal";
/// Catalog heading.
pub const CATALOG_HEADING: &str = "Catalog";
/// Add button.
pub const ADD: &str = "Add";
/// Added badge.
pub const ADDED: &str = "Added";
/// Remove button.
pub const REMOVE: &str = "Remove";
/// No catalog matches.
pub const NO_MATCHES: &str = "No process matches this filter. Add it as a custom process below.";
/// Catalog: how many of a category's processes are chosen.
pub fn catalog_group_count(chosen: usize, of: usize) -> String {
    if chosen == 0 {
        format!("{of} processes")
    } else {
        format!("{chosen} of {of} chosen")
    }
}
/// Catalog: what adding a process is announced as.
pub fn process_added(name: &str) -> String {
    format!("{name} added.")
}
/// Catalog: what removing a process is announced as.
pub fn process_removed(name: &str) -> String {
    format!("{name} removed.")
}
/// Processes step: a process added or removed, with the new count.
pub fn process_count_changed(what: &str, chosen: usize) -> String {
    match chosen {
        1 => format!("{what} 1 process chosen."),
        n => format!("{what} {n} processes chosen."),
    }
}
/// Header: the dark-theme switch.
pub const DARK_THEME: &str = "Dark theme";
/// Company step: the fold of the less likely languages.
pub const MORE_LANGUAGES: &str = "More languages";
/// Company step: the language search box.
pub const FIND_LANGUAGE: &str = "Find a language";
/// Company step: the language search found nothing.
pub const NO_LANGUAGE_MATCH: &str =
    "No language matches. Clear the search and tick “Other” for a language not listed.";
/// Processes step: open a chosen process's answers.
pub const EDIT_PROCESS: &str = "Edit";
/// Processes step: a chosen process's key answers on one line.
pub fn process_gist(role: &str, fte: &str, cost: &str) -> String {
    format!("{role} · {fte} FTE · {cost}")
}
/// Processes step: the cost of a process when the user gave none.
pub const COST_ESTIMATED: &str = "cost estimated";
/// Custom process heading.
pub const CUSTOM_HEADING: &str = "Add a process of your own";
/// Custom name label.
pub const CUSTOM_NAME: &str = "Process name";
/// Custom kind label.
pub const CUSTOM_KIND: &str = "Kind of work";
/// Custom kind help.
pub const CUSTOM_KIND_HELP: &str = "Decides the outsourcing type: back office → back-office BPO, front office → front-office BPO, IT → IT outsourcing, knowledge work → KPO, legal → LPO, research → RPO.";
/// Custom add button.
pub const CUSTOM_ADD: &str = "Add custom process";
/// Error for empty custom name.
pub const CUSTOM_NAME_EMPTY: &str = "Give the process a name.";
/// Error for a too long custom name.
/// No processes chosen yet.
pub const NONE_CHOSEN: &str = "No processes chosen yet.";
/// Error when none is chosen.
pub const NEED_PROCESS: &str = "Add at least one process to get recommendations.";
/// Process card: role label.
pub const ROLE: &str = "Strategic role";
/// Process card: FTE label.
pub const FTE: &str = "People (full-time equivalents)";
/// Process card: cost label.
pub const ANNUAL_COST: &str = "Current yearly cost";
/// Process card: cost help.
pub const ANNUAL_COST_HELP: &str = "Fully loaded: salaries, on-costs, tools and space. Leave 0 and Shorewise estimates it from the people and your country.";
/// Process card: demand label.
pub const DEMAND: &str = "Demand pattern";
/// Process card: judgement label.
pub const JUDGEMENT: &str = "Judgement and expertise needed";
/// Process card: rule-based label.
pub const RULE_BASED: &str = "How rule-based and repetitive";
/// Rule-based help.
pub const RULE_BASED_HELP: &str = "High when the work follows fixed rules on structured input with few exceptions: the signs of an automation candidate (Forrester's 'rule of five': at most 5 decisions, 5 applications, 500 clicks).";
/// Process card: documentation label.
pub const DOCUMENTATION: &str = "How well documented and measured";
/// Process card: sensitivity label.
pub const SENSITIVITY: &str = "Data sensitivity";
/// Process card: customer-facing label.
pub const CUSTOMER_FACING: &str = "Talks to customers";
/// Process card: languages label.
pub const PROCESS_LANGUAGES: &str = "Languages it serves customers in";
/// Process card: languages help.
pub const PROCESS_LANGUAGES_HELP: &str =
    "Leave all unticked to use your customers' languages from the company step.";
/// Process card: overlap label.
pub const OVERLAP: &str = "Hours a day the team must overlap with yours";
/// Process card: coverage window.
pub const COVERAGE: &str = "Hours it must be staffed";
/// Process card: coverage help.
pub const COVERAGE_HELP: &str = "Round the clock takes about 6 people per seat in-house (8,760 hours a year, less leave and breaks); a provider shares that across clients.";
/// Process card: kind label.
pub const KIND: &str = "Kind of work";
/// Process card: more answers toggle.
pub const MORE_ANSWERS: &str = "Refine answers";
/// Results: disclosure of the full advice.
pub const MORE_DETAILS: &str = "Alternatives, risks and KPIs";
/// Scale labels for 0–5 process ratings.
pub const RATING_LABELS: [&str; 6] = ["0 None", "1", "2", "3", "4", "5 Very"];

/// Risk step.
pub const RISK_TITLE: &str = "Risk and constraints";
/// Risk step intro.
pub const RISK_INTRO: &str =
    "Constraints are hard limits; tolerances shift every recommendation toward or away from home.";
/// Tolerance label.
pub const TOLERANCE: &str = "Overall risk tolerance";
/// Tolerance help.
pub const TOLERANCE_HELP: &str =
    "Low tolerance moves every recommendation toward onshore and several vendors.";
/// Residency label.
pub const RESIDENCY: &str = "Data residency";
/// Residency help.
pub const RESIDENCY_HELP: &str = "A hard constraint: no location outside it is recommended.";
/// Regulations label.
pub const REGULATIONS: &str = "Regulations that apply";
/// Dependency label.
pub const DEPENDENCY: &str = "Comfort with depending on one vendor";
/// Vendor management label.
pub const VENDOR_MANAGEMENT: &str = "Capacity to select and manage vendors";
/// Transition label.
pub const TRANSITION: &str = "Appetite and budget for a transition";
/// Risk step: automation capability.
pub const AUTOMATION: &str =
    "Your own capability to build and run automation (workflow tools, RPA)";
/// Risk step: automation capability help.
pub const AUTOMATION_HELP: &str = "With little of it, rule-based work is better handed to a provider that automates it; with plenty, automating it yourself saves more.";

/// Review step.
pub const REVIEW_TITLE: &str = "Review your answers";
/// Review step intro.
pub const REVIEW_INTRO: &str = "Check everything once; each section links back to its step.";
/// Edit link.
pub const EDIT: &str = "Edit";

/// Results page.
pub const RESULTS_TITLE: &str = "Your recommendations";
/// Error shown when the engine rejects the answers.
pub const RESULTS_ERROR: &str = "Shorewise cannot evaluate these answers yet:";
/// Results: shown before any process is chosen.
pub const NO_PROCESSES_YET: &str = "You have not chosen any processes yet. Pick the processes you run and Shorewise will advise on each.";
/// Results: link to the processes step.
pub const CHOOSE_PROCESSES: &str = "Choose processes";
/// Results: headline heading.
pub const HEADLINE: &str = "In short";
/// Results: matrix heading.
pub const MATRIX_HEADING: &str = "Sourcing matrix";
/// Results: matrix intro.
pub const MATRIX_INTRO: &str = "Each numbered dot is a process, placed by the two questions that decide its advice: does a provider fit it better than your own people and tools (right), and does it need to stay under your control (up)? Its quadrant is its advice.";
/// Matrix axis.
pub const AXIS_FIT: &str = "Fit for a provider";
/// Matrix axis.
pub const AXIS_CONTROL: &str = "Keep control";
/// Matrix legend's accessible name.
pub const MATRIX_LEGEND: &str = "Processes by number";
/// Matrix table caption.
pub const MATRIX_TABLE: &str = "Sourcing matrix as a table";
/// Results: per-process heading.
pub const PROCESS_ADVICE_HEADING: &str = "Advice per process";
/// Results: location comparison heading.
pub const LOCATIONS_HEADING: &str = "Location options from your home country";
/// Results: cost heading.
pub const COST_HEADING: &str = "Cost impact";
/// Results: assumptions heading.
pub const ASSUMPTIONS_HEADING: &str = "Assumptions and sources";
/// Results: roadmap heading.
pub const ROADMAP_HEADING: &str = "Roadmap";
/// Results: checklist heading.
pub const CHECKLIST_HEADING: &str = "Vendor-selection checklist";
/// Results: glossary heading.
pub const GLOSSARY_HEADING: &str = "Terms used";
/// Results: what-if heading.
pub const WHATIF_HEADING: &str = "What if?";
/// Results: what-if intro.
pub const WHATIF_INTRO: &str =
    "Change a goal or your risk tolerance; every recommendation updates at once.";
/// Results: a what-if answer that differs from the user's own.
pub fn yours_was(answer: &str) -> String {
    format!("Changed: your answer is {answer}.")
}
/// Results: the what-if bar's heading.
pub const TRIAL_HEADING: &str = "You are trying a what-if";
/// Results: what the what-if changes do to the advice.
pub fn trial_effect(differences: usize, processes: usize) -> String {
    match differences {
        0 => format!("The advice stays the same for all {processes} processes."),
        1 => format!("The advice changes for 1 of {processes} processes."),
        n => format!("The advice changes for {n} of {processes} processes."),
    }
}
/// Results: drop the what-if changes.
pub const TRIAL_DROP: &str = "Back to my answers";
/// Results: keep the what-if changes as the answers.
pub const TRIAL_KEEP: &str = "Keep these changes";
/// Results: what the hand-over carries while a what-if is tried.
pub const TRIAL_IN_HANDOVER: &str = "The link, the files and the report include the what-if changes you are trying. Your saved answers stay as they are until you keep the changes.";
/// Results: try a card's "what would change it".
pub const TRY_THIS: &str = "Try this change";
/// Results: the accessible name of a card's "try this change" button.
pub fn try_this_for(process: &str) -> String {
    format!("Try this change for {process}")
}
/// Results: reasons heading.
pub const WHY: &str = "Why";
/// Results: flip heading.
pub const WHAT_WOULD_CHANGE: &str = "What would change it";
/// Results: no flip found.
pub const NO_FLIP: &str = "No single answer change would alter this advice.";
/// Results: risks heading.
pub const RISKS: &str = "Risks and mitigations";
/// Results: KPI heading.
pub const KPIS: &str = "KPIs and SLA terms";
/// Results: confidence label.
pub const CONFIDENCE: &str = "Confidence";

/// The card's confidence when the location is less certain than the decision, so the
/// headline is not undercut without a reason: "clear on what, close call on where".
pub fn confidence_split(what: &str, where_: &str) -> String {
    format!(
        "{} on what, {} on where",
        what.to_ascii_lowercase(),
        where_.to_ascii_lowercase()
    )
}
/// Results: overlap label.
pub const OVERLAP_RESULT: &str = "Working-hour overlap";
/// Results: engagement label.
pub const ENGAGEMENT: &str = "Engagement";
/// Results: vendors label.
pub const VENDORS: &str = "Vendors";
/// Results: type label.
pub const TYPE: &str = "Type";
/// Results: where label.
pub const WHERE: &str = "Where";
/// Results: yearly saving label.
pub const ANNUAL_SAVING: &str = "Yearly saving once running";
/// Results: one-off label.
pub const ONE_OFF: &str = "One-off cost";
/// Results: break-even label.
pub const BREAK_EVEN: &str = "Break-even";
/// Results: current cost label.
pub const CURRENT_COST: &str = "Current yearly cost";
/// Results: savings caveat.
pub const SAVINGS_CAVEAT: &str = "Realised savings vary widely: in one survey 21% of firms saved more than 20%, 18% saved nothing and 9% saw costs rise.";
/// Results: announcement when advice updates.
pub const UPDATED: &str = "Recommendations updated.";
/// Results: start over.
pub const EDIT_ANSWERS: &str = "Edit answers";

/// "No" answer.
pub const NO: &str = "No";
/// "Yes" answer.
pub const YES: &str = "Yes";
/// Placeholder for an empty list.
pub const NONE: &str = "None";
/// Table column: process.
pub const COL_PROCESS: &str = "Process";
/// Table column: quadrant.
pub const COL_QUADRANT: &str = "Quadrant";
/// Table column: advice.
pub const COL_ADVICE: &str = "Advice";
/// Table column: location model.
pub const COL_MODEL: &str = "Model";
/// Table column: example countries.
pub const COL_COUNTRIES: &str = "Example countries";
/// Table column: labour cost relative to home.
pub const COL_COST_VS_HOME: &str = "Labour cost vs home";
/// Table column: notes.
pub const COL_NOTES: &str = "Notes";
/// Table column: pessimistic case.
pub const COL_LOW: &str = "Low";
/// Table column: expected case.
pub const COL_EXPECTED: &str = "Expected";
/// Table column: optimistic case.
pub const COL_HIGH: &str = "High";
/// The saving columns' labels where the cost table is stacked on a phone.
pub const SAVING_LOW: &str = "Yearly saving, low";
/// See [`SAVING_LOW`].
pub const SAVING_EXPECTED: &str = "Yearly saving, expected";
/// See [`SAVING_LOW`].
pub const SAVING_HIGH: &str = "Yearly saving, high";
/// Table row: total.
pub const TOTAL: &str = "Total";
/// Roadmap when nothing changes.
pub const NOTHING_CHANGES: &str = "Nothing changes: every process stays in-house.";
/// Roadmap: the eight steps heading.
pub const EIGHT_STEPS: &str = "Each wave runs the eight steps of a BPO programme";

/// Headline, after the yearly saving: "; one-off cost: …; break-even: …."
pub fn one_off_and_break_even(one_off: &str, break_even: &str) -> String {
    format!("; one-off cost: {one_off}; break-even: {break_even}.")
}

/// Headline: where providers would work, e.g. "Provider locations: 2 offshore, 1 onshore."
pub fn provider_locations(list: &str) -> String {
    format!("Provider locations: {list}.")
}

/// Advice list button when collapsed.
pub fn show_all(n: usize) -> String {
    format!("Show all {n} processes")
}

/// Advice list button when expanded.
pub fn show_first(n: usize) -> String {
    format!("Show the first {n} only")
}

/// Heading of a card's location reasons, e.g. "Why nearshore".
pub fn why_location(location: &str) -> String {
    format!("Why {}", location.to_ascii_lowercase())
}

/// A reason in words, for the advice or against it: "Cost reduction favours outsourcing
/// (+11 points)", "Data sensitivity favours co-sourcing instead (7 points)".
pub fn reason(driver: &str, points: f64, toward: &str) -> String {
    let n = points.abs().round();
    let unit = if n == 1.0 { "point" } else { "points" };
    if points >= 0.0 {
        format!("{driver} favours {toward} (+{n:.0} {unit})")
    } else {
        format!("{driver} favours {toward} instead ({n:.0} {unit})")
    }
}

/// Stands for the runner-up in a reason when no other option is eligible.
pub const THE_ALTERNATIVES: &str = "the alternatives";

/// An alternative to the advice, in words: "Co-source: 12 points behind" (or "level
/// with it" when the scores round to the same).
pub fn behind(option: &str, points: f64) -> String {
    let points = points.max(0.0).round();
    if points == 0.0 {
        format!("{option}: level with it")
    } else if points == 1.0 {
        format!("{option}: 1 point behind")
    } else {
        format!("{option}: {points:.0} points behind")
    }
}

/// An alternative ruled out, with why: "Outsource — not advised: this is a
/// differentiating core process."
pub fn ruled_out(option: &str, why: &str) -> String {
    let mut chars = why.chars();
    let first = chars.next().map(|c| c.to_ascii_lowercase());
    format!(
        "{option} — {}{}",
        first.map(String::from).unwrap_or_default(),
        chars.as_str()
    )
}

/// Results: the decision alternatives, in the card's details.
pub const DECISION_ALTERNATIVES: &str = "Other decisions";
/// Results: the location alternatives, in the card's details.
pub const LOCATION_ALTERNATIVES: &str = "Other locations";

/// A roadmap wave heading: "Quick wins: months 0–6".
pub fn wave_heading(title: &str, start: u32, end: u32) -> String {
    format!("{title}: months {start}–{end}")
}

/// Wage editor heading.
pub const WAGES_HEADING: &str = "Labour cost by country";
/// Wage editor intro.
pub const WAGES_INTRO: &str = "Contact-centre agent base wages in US dollars per hour, before employer on-costs; other roles are scaled from them. Where you know better, use your own figure: every recommendation and estimate updates.";
/// Wage editor: country field.
pub const WAGE_COUNTRY: &str = "Country";
/// Wage editor: unit column.
pub const WAGE_UNIT: &str = "USD per hour";
/// Wage editor: low field.
pub const WAGE_LOW: &str = "Lowest wage (USD per hour)";
/// Wage editor: high field.
pub const WAGE_HIGH: &str = "Highest wage (USD per hour)";
/// Wage editor: range error.
pub const WAGE_ORDER_ERROR: &str = "The highest wage must not be below the lowest.";
/// Wage editor: apply button.
pub const WAGE_APPLY: &str = "Use my figure";
/// Wage editor: marker for a user's figure.
pub const WAGE_YOURS: &str = "Your figure";
/// Wage editor: remove button.
pub const WAGE_RESET: &str = "Use the catalog figure";

/// An option of the overlap list: "3 h".
pub fn hours_option(h: u8) -> String {
    format!("{h} h")
}

/// A name longer than the limit: "Keep the name under 120 characters."
pub fn name_too_long() -> String {
    format!(
        "Keep the name under {} characters.",
        crate::engine::model::MAX_NAME_CHARS
    )
}

/// An invalid number of people; `min` and `max` come formatted.
pub fn fte_error(min: &str, max: &str) -> String {
    format!("Enter a number of people between {min} and {max}.")
}

/// An invalid yearly cost; `min` comes formatted.
pub fn annual_cost_error(min: &str) -> String {
    format!("Enter a yearly cost of {min} or more.")
}

/// An invalid wage; `min` and `max` come formatted.
pub fn wage_error(min: &str, max: &str) -> String {
    format!("Enter a wage between {min} and {max} US dollars per hour.")
}

/// Under the location table: the provider working day the overlap figures assume.
pub fn provider_day_note(start: f64, end: f64) -> String {
    format!(
        "Overlap is the provider's day shift ({start:.0}:00–{end:.0}:00 local time). Where that is too little, providers run a shift aligned with your day: the night hours it needs (22:00–06:00 local) carry a premium, which the cost estimate includes, and bring attrition and supervision risk."
    )
}

/// Results: aligned shift column heading.
pub const COL_ALIGNED_SHIFT: &str = "Shift aligned with your day";

/// A country's aligned shift: "PH: 8 night hours, +10% on them".
pub fn aligned_shift(code: &str, night_hours: &str, premium: &str) -> String {
    if night_hours == "0" {
        format!("{code}: no night hours")
    } else {
        format!("{code}: {night_hours} night hours, +{premium} on them")
    }
}

/// An example country with its daily overlap: "India (3 h overlap)".
pub fn country_with_overlap(country: &str, hours: &str, talent: bool) -> String {
    if talent {
        format!("{country} ({hours} h overlap, {TALENT_POOL})")
    } else {
        format!("{country} ({hours} h overlap)")
    }
}

/// Marks an example country with an established talent pool for the kind of work.
pub const TALENT_POOL: &str = "talent pool for this work";
/// Explains the talent mark under the location tables.
pub const TALENT_LEGEND: &str = "an established talent pool for this kind of work";

/// Caption of one job family's location table: "Software engineers: App development, Software testing".
pub fn family_caption(family: &str, processes: &str) -> String {
    format!("{family}: {processes}")
}

/// Below the location tables: how costs and examples follow the kind of work.
pub const FAMILY_NOTE: &str = "Each kind of work is priced at the pay of its own job family in each country (pay ladders differ: IT support earns less above a service agent in high-wage countries than in low-wage ones, engineers, accountants and lawyers more), and example countries favour those with an established talent pool for it.";

/// Overlap of a country in the location table, worst to best season: "IN: 1–3 h", or
/// "IN: 2 h" when the seasons agree.
pub fn overlap_range(code: &str, min: &str, max: &str) -> String {
    if min == max {
        format!("{code}: {min} h")
    } else {
        format!("{code}: {min}–{max} h")
    }
}

/// Caption of the cost table.
pub fn saving_table_caption(currency: &str) -> String {
    format!("Yearly saving once running ({currency}), pessimistic / expected / optimistic")
}

/// A weight on its scale: "3 / 5".
pub fn weight_of_max(weight: u8, max: u8) -> String {
    format!("{weight} / {max}")
}

/// Results heading with the company's name: "Your recommendations: Northwind".
pub fn results_title_for(company: &str) -> String {
    format!("Your recommendations: {company}")
}

/// Break-even that the expected case never reaches.
pub const NOT_REACHED: &str = "not reached";

/// A case that never breaks even, inside a range of months.
pub const NEVER: &str = "never";

/// Break-even months, expected with its range: "about 11 months (range 5 to 21)".
pub fn break_even_months(expected: &str, soonest: &str, latest: &str) -> String {
    format!("about {expected} months (range {soonest} to {latest})")
}

/// A money range: "USD 14,700 – 31,500 (expected 22,400)".
pub fn money_range(currency: &str, low: &str, high: &str, expected: &str) -> String {
    format!("{currency} {low} – {high} (expected {expected})")
}

/// A figure marked as Shorewise's estimate: "USD 52,000 (estimated)".
pub fn estimated(figure: &str) -> String {
    format!("{figure} (estimated)")
}

/// Review: one process's key answers on a line.
pub fn process_summary(role: &str, fte: &str, cost: &str, demand: &str, data: &str) -> String {
    format!("{role}; {fte} FTE; {cost}; {demand}; {data}")
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
    format!("{name}: {decision} (dot {number}); keep control {control:.0}, fit for a provider {fit:.0}; {quadrant}")
}

/// Notice: answers from the last visit were restored.
pub const NOTICE_RESUMED: &str =
    "Welcome back: your answers from last time are restored. They are saved in this browser only.";

/// Notice: the browser keeps nothing.
pub const NOTICE_NOT_KEPT: &str = "This browser is not keeping data for this page (private mode or blocked storage), so your answers last only until you close the tab.";

/// Notice: saved answers could not be read and were kept aside.
pub const NOTICE_KEPT_ASIDE: &str = "Your saved answers could not be read (they may come from a newer version of Shorewise). They are kept aside in this browser, untouched, and you are starting afresh.";

/// Notice: every answer was cleared.
pub const NOTICE_STARTED_OVER: &str = "All answers are cleared.";

/// Brings cleared answers back.
pub const UNDO: &str = "Undo";

/// Clears every answer.
pub const START_OVER: &str = "Start over";

/// Closes a notice.
pub const DISMISS: &str = "Dismiss";

/// Welcome page: there are saved answers.
pub const RESUME_HEADING: &str = "Your saved answers";

/// Welcome page: continue with saved answers.
pub const CONTINUE: &str = "Continue where you left off";

/// Notice: a shared assessment or example was opened.
pub const NOTICE_OPENED: &str = "The assessment you opened (from a link, an example or a file) is now saved in this browser in place of your previous answers.";

/// Notice for an opened example when nothing was replaced.
pub const NOTICE_OPENED_FRESH: &str =
    "The assessment you opened is ready; change any answer to explore it.";

/// Open page title.
pub const OPEN_TITLE: &str = "Open a shared assessment";

/// Open page: the link replaces saved answers; asks first.
pub fn open_replaces(incoming: &str, saved: &str) -> String {
    format!("This link holds the answers of {incoming}. Opening it replaces the answers saved in this browser ({saved}); you can undo that right after.")
}

/// A company without a name, in sentences.
pub const UNNAMED_COMPANY: &str = "an unnamed company";

/// Open page: go ahead.
pub const OPEN_IT: &str = "Open it";

/// Open page: keep what is saved.
pub const KEEP_MINE: &str = "Keep my answers";

/// Open page: the link could not be opened.
pub const OPEN_FAILED_TITLE: &str = "This link cannot be opened";

/// Open page: nothing was changed.
pub const OPEN_FAILED_SAFE: &str =
    "Nothing has changed: the answers saved in this browser are untouched.";

/// Link problems, in the user's words.
pub const LINK_NOT_A_RECORD: &str = "This link does not hold a Shorewise assessment.";
/// A link from a newer Shorewise.
pub const LINK_NEWER: &str =
    "This link was made by a newer version of Shorewise, which this one cannot read.";
/// An oversized link.
pub const LINK_TOO_LONG: &str = "This link is longer than any link Shorewise makes.";
/// A damaged or truncated link.
pub const LINK_DAMAGED: &str =
    "This link is damaged or incomplete; perhaps it was not copied whole.";
/// A link with invalid answers.
pub const LINK_INVALID: &str = "The answers in this link are not ones Shorewise can use.";
/// An unknown example id.
pub const EXAMPLE_UNKNOWN: &str = "There is no example company with this name.";

/// Share section heading.
pub const SHARE_HEADING: &str = "Keep, share and hand over";
/// Copy link button.
pub const COPY_LINK: &str = "Copy link";
/// Beside the share button: what the link holds.
pub const SHARE_PRIVACY: &str = "The link carries your answers in itself, after the # sign, which browsers never send to a server. Anyone with the link sees these answers.";
/// After copying.
pub const LINK_COPIED: &str = "Link copied.";
/// When copying is not allowed.
pub const LINK_COPY_BY_HAND: &str = "Copy the link below.";
/// Label of the link field.
pub const LINK_LABEL: &str = "Link to these answers";

/// Welcome: examples heading.
pub const EXAMPLES_HEADING: &str = "Try an example";
/// Welcome: examples intro.
pub const EXAMPLES_INTRO: &str =
    "Open a complete assessment of a realistic company and see its advice at once.";

/// Column headers of the advice CSV; amounts in `currency`.
pub fn csv_headers(currency: &str) -> [String; 12] {
    [
        "Process".to_owned(),
        "Decision".to_owned(),
        "Outsourcing type".to_owned(),
        "Location".to_owned(),
        "Example countries".to_owned(),
        "Overlap (hours a day)".to_owned(),
        format!("Yearly saving, pessimistic ({currency})"),
        format!("Yearly saving, expected ({currency})"),
        format!("Yearly saving, optimistic ({currency})"),
        format!("One-off cost, expected ({currency})"),
        "Confidence".to_owned(),
        "Top reasons".to_owned(),
    ]
}

/// A reason in a short list: "Cost reduction (for)".
pub fn reason_for_or_against(driver: &str, favours: bool) -> String {
    if favours {
        format!("{driver} (for)")
    } else {
        format!("{driver} (against)")
    }
}

/// Downloads the answers as a file.
pub const DOWNLOAD_ANSWERS: &str = "Download answers (JSON)";
/// Downloads the advice as a spreadsheet.
pub const DOWNLOAD_ADVICE: &str = "Download advice (CSV)";
/// When the browser refuses a download.
pub const DOWNLOAD_REFUSED: &str = "This browser did not allow the download.";

/// Import: the file picker's label.
pub const IMPORT_LABEL: &str = "Open an assessment file (.json)";
/// Import: what the drop zone says.
pub const IMPORT_DROP: &str = "or drop the file here";
/// Import: the file could not be read at all.
pub const IMPORT_UNREADABLE: &str = "This file could not be read.";
/// Import: heading of the problem list.
pub const IMPORT_FAILED: &str = "This file cannot be opened; your saved answers are untouched.";
/// Import: too large.
pub const IMPORT_TOO_LARGE: &str = "This file is far larger than any assessment.";

/// Import: not JSON, with where reading stopped.
pub fn import_not_json(line: usize, column: usize) -> String {
    format!("It is not an assessment file (reading stopped at line {line}, column {column}).")
}

/// Import: a field the format does not have.
pub fn import_unknown_field(line: usize, field: &str) -> String {
    format!("It is not in the assessment format (line {line}): it has a field “{field}” that the format does not know.")
}

/// Import: JSON in another shape: which field of the file, and what it should be.
pub fn import_not_assessment(line: usize, field: &str, expected: &str) -> String {
    if field.is_empty() {
        format!("It is not in the assessment format (line {line}): the file should be {expected}.")
    } else {
        format!("It is not in the assessment format (line {line}): “{field}” should be {expected}.")
    }
}

/// Report title without a company name.
pub const REPORT_TITLE: &str = "Sourcing recommendations";
/// Report title for a company.
pub fn report_title_for(company: &str) -> String {
    format!("Sourcing recommendations for {company}")
}
/// Report: print button.
pub const PRINT: &str = "Print or save as PDF";
/// Report: back to the interactive results.
pub const BACK_TO_RESULTS: &str = "Back to results";
/// Report: how to get a PDF.
pub const PRINT_HELP: &str = "Choose “Save as PDF” as the printer to keep the report as a file.";
/// Report cover: what the report is.
pub const REPORT_COVER_NOTE: &str = "Prepared with Shorewise from the answers in the appendix. Figures are estimates with their sources shown; they are not a quote.";
/// Report: appendix heading.
pub const APPENDIX_HEADING: &str = "Appendix: the answers";
/// Link from the results page to the report.
pub const PRINTABLE_REPORT: &str = "Printable report";

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as the report shows it: day (1–31), month (0–11, as browsers count), year.
pub fn date(day: u32, month: u32, year: u32) -> String {
    let month = MONTHS.get(month as usize).copied().unwrap_or("");
    format!("{day} {month} {year}")
}

/// Notice: a prefill link had parameters that were left out.
pub const NOTICE_PREFILL_IGNORED: &str =
    "Some of the answers in the link could not be used and were left out; the rest are filled in:";

/// Heading of the notice listing the settings of `config.json` that could not be used.
pub const CONFIG_PROBLEMS: &str = "Settings that could not be used";
/// Under that heading: what the notice is and what happens.
pub const CONFIG_PROBLEMS_INTRO: &str = "For the site's administrator: this site's settings file, config.json, has settings Shorewise cannot use. It runs on its own defaults for them.";

/// Where a problem of `config.json` is: the setting's path, or the whole file.
pub fn config_at(path: &str) -> String {
    if path.is_empty() {
        "The file".to_owned()
    } else {
        format!("\u{201c}{path}\u{201d}")
    }
}
/// `config.json` is too large.
pub fn config_too_large(at: &str) -> String {
    format!("{at} is too large to be a settings file.")
}
/// `config.json` is not JSON.
pub fn config_not_json(at: &str, line: usize, column: usize) -> String {
    format!("{at} is not valid JSON (reading stopped at line {line}, column {column}).")
}
/// A setting Shorewise does not have.
pub fn config_unknown(at: &str) -> String {
    format!("{at} is not a setting Shorewise has; check its spelling.")
}
/// A setting of the wrong type.
pub fn config_expected(at: &str, what: &str) -> String {
    format!("{at} should be {what}.")
}
/// An allow-list entry that is no origin.
pub fn config_not_an_origin(at: &str, given: &str) -> String {
    format!(
        "{at}: \u{201c}{given}\u{201d} is not an origin like https://intranet.example.com (scheme and host, no path)."
    )
}
/// A setting that lacks a member it needs.
pub fn config_missing(at: &str) -> String {
    format!("{at} is missing; the setting it belongs to is not used.")
}
/// Text longer than the app takes.
pub fn config_too_long(at: &str, most: usize) -> String {
    format!("{at} is longer than {most} characters.")
}
/// A link that is not an https address.
pub fn config_not_https(at: &str, given: &str) -> String {
    format!("{at}: \u{201c}{given}\u{201d} is not an https:// address.")
}
/// A brand colour that is no colour.
pub fn config_not_a_colour(at: &str, given: &str) -> String {
    format!("{at}: \u{201c}{given}\u{201d} is not a colour like #0b5c6b.")
}
/// A brand colour text could not be read in.
pub fn config_low_contrast(at: &str, colour: &str, ratio: f64, against: &str) -> String {
    format!(
        "{at}: text in {colour} on {against} has a contrast of {ratio:.2}:1; it needs at least 4.5:1, so the product's colour is used."
    )
}
/// A logo that is not an image on the app's own site.
pub fn config_not_same_site(at: &str, given: &str) -> String {
    format!(
        "{at}: \u{201c}{given}\u{201d} is not the path of an image on this site (like brand/logo.svg); images from other sites are not loaded."
    )
}
/// A home country the catalog does not have.
pub fn config_unknown_country(at: &str, given: &str) -> String {
    format!("{at}: \u{201c}{given}\u{201d} is not a country code Shorewise knows (like DE or US).")
}
/// A process id the catalog does not have.
pub fn config_unknown_process(at: &str, given: &str) -> String {
    format!("{at}: \u{201c}{given}\u{201d} is not a process of the catalog (docs/configuration.md lists the ids).")
}
/// An example id that is not one.
pub fn config_not_an_id(at: &str, given: &str) -> String {
    format!("{at}: \u{201c}{given}\u{201d} is not an id like acme-retail (lower-case letters, digits and hyphens).")
}
/// An example id already taken.
pub fn config_taken_id(at: &str, given: &str) -> String {
    format!("{at}: \u{201c}{given}\u{201d} is already the id of another example; give this one its own.")
}
/// More examples than the app lists.
pub fn config_too_many_examples(at: &str, most: usize) -> String {
    format!("{at} lists more than {most} example companies; the first {most} are used.")
}
/// An example whose answers cannot be opened.
pub fn config_answers(at: &str, why: &str) -> String {
    format!("{at} cannot be opened, so the example is left out: {why}")
}
/// Name of the section with the site's contact line and call to action.
pub const NEXT_STEP: &str = "Next step";
/// The call to action's link opens in a new tab (said to screen readers).
pub const OPENS_IN_NEW_TAB: &str = "(opens in a new tab)";
/// An allow-list longer than the app takes.
pub fn config_too_many_origins(at: &str, most: usize) -> String {
    format!("{at} lists more than {most} origins; the first {most} are used.")
}

/// One prefill parameter left out.
pub fn prefill_ignored(name: &str, unknown: bool) -> String {
    if unknown {
        format!("“{name}” is not a parameter Shorewise knows.")
    } else {
        format!("“{name}” has a value Shorewise cannot use.")
    }
}

/// Notice: another tab saved different answers.
pub const NOTICE_CHANGED_ELSEWHERE: &str = "Shorewise is open in another tab, which has just saved different answers. Which answers should this browser keep?";
/// Takes the other tab's answers.
pub const USE_OTHER_TAB: &str = "Use the other tab's answers";
/// Keeps this tab's answers.
pub const KEEP_THIS_TAB: &str = "Keep the answers in this tab";

/// Notice: a scenario replaced the answers.
pub const NOTICE_SCENARIO_OPENED: &str =
    "The scenario's answers are now the current answers; the previous ones can be brought back.";

/// Scenarios section heading.
pub const SCENARIOS_HEADING: &str = "Scenarios";
/// Scenarios: what they are for.
pub const SCENARIOS_INTRO: &str = "Save these answers under a name, change some, save again, then compare: the processes whose advice differs are marked.";
/// Scenario name field.
pub const SCENARIO_NAME: &str = "Scenario name";
/// Saves a scenario.
pub const SAVE_SCENARIO: &str = "Save as scenario";
/// A scenario needs a name.
pub const SCENARIO_NAME_NEEDED: &str = "Give the scenario a name of up to 120 characters.";
/// Opens a scenario.
pub const OPEN_SCENARIO: &str = "Open";
/// Accessible name of a scenario's open button.
pub fn open_scenario(name: &str) -> String {
    format!("Open scenario {name}")
}
/// Accessible name of a scenario's remove button.
pub fn remove_scenario(name: &str) -> String {
    format!("Remove scenario {name}")
}
/// Compare heading.
pub const COMPARE_HEADING: &str = "Compare";
/// First side of the comparison.
pub const COMPARE_FIRST: &str = "Compare";
/// Second side of the comparison.
pub const COMPARE_SECOND: &str = "with";
/// The current answers, as a comparison side.
pub const CURRENT_ANSWERS: &str = "Current answers";
/// A process one side does not have.
pub const NOT_IN_SCENARIO: &str = "not in this scenario";
/// Marks a row whose advice differs, for screen readers.
pub const DIFFERS: &str = " (differs)";
/// How many processes get different advice.
pub fn differences(n: usize, of: usize) -> String {
    match n {
        0 => format!("The advice is the same for all {of} processes."),
        1 => format!("1 of {of} processes gets different advice."),
        n => format!("{n} of {of} processes get different advice."),
    }
}

/// Under the cost table, before the processes whose hours today's team does not cover.
pub const COVERAGE_COST_LEAD: &str = "Savings are measured against today's spend. These processes must be staffed for more hours than today's team covers; doing that with your own people would add, each year:";
/// After that list.
pub const COVERAGE_COST_TAIL: &str = "Keeping such work in-house shows that extra cost as a negative saving; a provider's price includes those hours, so a hand-over can cost more than today and still less than staffing the hours yourself.";

/// One process of the coverage list: "Customer service: GBP 90,000 – 140,000 (expected 120,000)".
pub fn coverage_cost(name: &str, range: &str) -> String {
    format!("{name}: {range}")
}

/// The portfolio's one-off cost: "One-off cost: USD 10,000 – 20,000 (expected 15,000)."
pub fn one_off_total(range: &str) -> String {
    format!("One-off cost: {range}.")
}

/// Caption of the cash-flow table.
pub fn cash_flow_caption(currency: &str, term: u32) -> String {
    format!(
        "Cumulative net effect over the {term}-month contract term ({currency}), pessimistic / expected / optimistic"
    )
}

/// Heading of the cash-flow chart and table.
pub const CASH_FLOW_HEADING: &str = "Cash flow over the contract term";

/// Column: month of the programme.
pub const COL_MONTH: &str = "End of month";

/// Text alternative of the cash-flow chart, read before the table.
pub fn cash_flow_summary(term: u32, expected_end: &str, break_even: &str) -> String {
    format!("Cumulative net effect month by month over {term} months: {expected_end} at the end of the term in the expected case; break-even {break_even}. The table below gives the figures.")
}

/// Button that shows the chart's figures as a table.
pub const CASH_FLOW_TABLE: &str = "Show the figures as a table";

/// Legend entries of the cash-flow chart.
pub const CHART_PESSIMISTIC: &str = "Pessimistic";
/// Legend entry: expected case.
pub const CHART_EXPECTED: &str = "Expected";
/// Legend entry: optimistic case.
pub const CHART_OPTIMISTIC: &str = "Optimistic";
/// Legend entry: the expected break-even month.
pub const CHART_BREAK_EVEN: &str = "Break-even (expected)";
/// Axis label: months from the start.
pub const CHART_MONTHS: &str = "Months from the start";

/// How the cash flow is worked out.
pub const CASH_FLOW_NOTE: &str = "Each change starts with its roadmap wave. During transition you pay your own team and part of the provider's fee (double running) as well as the transition itself; severance falls at hand-over; the saving then grows to its full size over the ramp-up. Automation is built first, then runs. A negative figure is money still to be earned back.";

/// The net effect over the contract term: "Over the 36-month term: USD … (expected …)."
pub fn term_net(term: u32, range: &str) -> String {
    format!("Net effect over the {term}-month contract term: {range}.")
}

/// Label of the contract-term field.
pub const CONTRACT_TERM: &str = "Contract term (months)";

/// Help under the contract-term field.
pub const CONTRACT_TERM_HELP: &str = "The cash flow and the net effect run over this many months from the start. One-off costs do not grow with it.";

/// Heading of the user's own figures among the answers.
pub const OWN_FIGURES_TITLE: &str = "Your own figures";

/// A country's wage among the user's own figures: "Wage, Philippines".
pub fn wage_of(country: &str) -> String {
    format!("Wage, {country}")
}

/// A value the user set, in the assumptions list.
pub const YOUR_FIGURE: &str = "Your figure";

/// Label of an assumption in the list and editor.
pub fn assumption_label(a: crate::engine::model::Assumption) -> &'static str {
    use crate::engine::model::Assumption::*;
    match a {
        ContractMonths => "Contract term, months",
        ExchangeRate => "Exchange rate, your currency per US dollar",
        OnCosts => "Your employer on-costs (share of base wages)",
        PassThrough => "Share of the labour-cost gap kept (nearshore, offshore)",
        OnshoreSaving => "Onshore saving before hidden costs",
        Selection => "Vendor selection, one-off (share of annual deal value)",
        Governance => "Governance, yearly (share of contract value)",
        TransitionMonths => "Transition length, months (small to large scope)",
        TransitionCost => "Transition, one-off (share of contract value)",
        DoubleRunning => "Double running during transition (share of the provider's fee)",
        RampUpMonths => "Ramp-up to the full saving, months",
        StaffChange => "Severance and retention, one-off (share of contract value)",
        ProcessWork => "Process documentation first, one-off (share of contract value)",
        NightPremium => "Night-shift premium (share of pay for night hours)",
        Shrinkage => "Shrinkage (time staff cannot staff a seat)",
        AutomationSaving => "Automation saving, yearly (share of the process's cost)",
        AutomationPayback => "Automation payback, months from the start",
        AutomationBuildMonths => "Automation build time, months",
        AutomationBuild => "Smallest automation project, one-off (US dollars)",
        AutomationRun => "Smallest automation running cost, yearly (US dollars)",
        BackOfficePay => {
            "Back-office clerks' pay where wages are high, against the low-wage ladder"
        }
        ItSupportPay => "IT support pay where wages are high, against the low-wage ladder",
        SoftwarePay => "Software engineers' pay where wages are high, against the low-wage ladder",
        FinancePay => {
            "Accounting and finance pay where wages are high, against the low-wage ladder"
        }
        LegalPay => "Legal professionals' pay where wages are high, against the low-wage ladder",
        ResearchPay => "Research analysts' pay where wages are high, against the low-wage ladder",
    }
}

/// The Philippines' statutory night premium, in the assumptions list.
pub const NIGHT_PREMIUM_PH_LABEL: &str = "Night-shift premium, Philippines";
/// The roadmap's wave length, in the assumptions list.
pub const WAVE_MONTHS_LABEL: &str = "Roadmap wave length, months";

/// A value in months: "36 months", "3 – 12 months".
pub fn months_value(span: &str) -> String {
    format!("{span} months")
}

/// A dollar figure with its value in the home currency: "USD 15,000 – 40,000 (about
/// EUR 13,800 – 36,800 at 0.92 EUR per US dollar, the catalog's 2024 rate)".
pub fn converted(usd: &str, home: &str, rate: &str, rate_is_yours: bool) -> String {
    let when = if rate_is_yours {
        "your rate"
    } else {
        "the catalog's 2024 rate"
    };
    format!("{usd} (about {home} at {rate}, {when})")
}

/// The wage table's column in the home currency: "EUR per hour".
pub fn wage_unit_in(currency: &str) -> String {
    format!("{currency} per hour")
}

/// The wage table's note on the rate its home-currency column uses.
pub fn wages_converted(rate: &str, rate_is_yours: bool) -> String {
    let when = if rate_is_yours {
        "your rate"
    } else {
        "the catalog's 2024 rate"
    };
    format!("Wages are kept in US dollars, the unit of their sources, and shown in your currency at {rate} ({when}).")
}

/// An exchange rate: "0.92 EUR per US dollar".
pub fn rate_value(span: &str, currency: &str) -> String {
    format!("{span} {currency} per US dollar")
}

/// A field label with the unit of what is typed: "From (%)", "Value (months)".
pub fn with_unit(label: &str, unit: crate::engine::model::Unit, currency: &str) -> String {
    use crate::engine::model::Unit;
    match unit {
        Unit::Share => format!("{label} (%)"),
        Unit::Months => format!("{label} (months)"),
        Unit::Usd => format!("{label} (US dollars)"),
        Unit::Rate => format!("{label} ({currency} per US dollar)"),
        Unit::Times => format!("{label} (×)"),
    }
}

/// Heading of the assumption editor.
pub const ASSUMPTION_EDIT: &str = "Change an assumption";
/// Field: which assumption.
pub const ASSUMPTION_WHICH: &str = "Assumption";
/// Field: lower end.
pub const ASSUMPTION_LOW: &str = "From";
/// Field: upper end.
pub const ASSUMPTION_HIGH: &str = "To";
/// Field: a single value.
pub const ASSUMPTION_VALUE: &str = "Value";
/// Button: apply the user's value.
pub const ASSUMPTION_APPLY: &str = "Use this value";
/// Button: back to the catalog's value.
pub const ASSUMPTION_RESET: &str = "Back to the default";
/// Help above the assumption editor.
pub const ASSUMPTION_HELP: &str = "Replace any figure with your own: it is kept with your answers, in saved files and in share links, and the advice follows it. Percentages as percentages, e.g. 12.5.";
/// An assumption value outside its bounds.
pub fn assumption_error(min: &str, max: &str) -> String {
    format!("Enter a value from {min} to {max}.")
}
/// The two ends in the wrong order.
pub const ASSUMPTION_ORDER_ERROR: &str = "The first value must not be larger than the second.";

/// The processes step at its limit.
pub fn process_limit(max: usize) -> String {
    format!("An assessment holds at most {max} processes. Remove one to add another, or save this assessment and start a second one.")
}

/// Beside a typed yearly cost far from what the people cost; never blocks.
pub fn cost_check(per_person: &str, typical: &str, too_high: bool) -> String {
    if too_high {
        format!("Check this figure: it is {per_person} a year per person, far above the {typical} such work typically costs in your country.")
    } else {
        format!("Check this figure: it is {per_person} a year per person, far below the {typical} such work typically costs in your country.")
    }
}

/// Heading of the chosen processes with their number: "Chosen processes (3)".
pub fn chosen_heading(n: usize) -> String {
    format!("Chosen processes ({n})")
}

/// Results: executive summary heading.
pub const SUMMARY_HEADING: &str = "Summary";

/// Names in running text: "A", "A and B", "A, B and C", "A, B, C and 2 more".
pub fn names_list(names: &[&str]) -> String {
    const SHOWN: usize = 3;
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        _ if names.len() > SHOWN + 1 => format!(
            "{} and {} more",
            names[..SHOWN].join(", "),
            names.len() - SHOWN
        ),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Summary: the work to keep.
pub fn summary_keep(names: &str) -> String {
    format!("Keep {names} in-house.")
}

/// Summary: the work to automate.
pub fn summary_automate(names: &str) -> String {
    format!("Automate {names} with your own team.")
}

/// Summary: one group of work handed to providers, e.g. "outsource Payroll nearshore
/// (for example to Poland)"; the groups are joined by [`summary_hand_over`].
pub fn summary_group(
    co_source: bool,
    names: &str,
    location: crate::engine::LocationModel,
    example: Option<&str>,
) -> String {
    use crate::engine::LocationModel::*;
    let verb = if co_source { "co-source" } else { "outsource" };
    match (location, example) {
        (Onshore, _) | (_, None) => {
            format!(
                "{verb} {names} {}",
                super::advice::location(location).to_ascii_lowercase()
            )
        }
        (Hybrid, Some(country)) => {
            format!("{verb} {names} hybrid (split between home and {country})")
        }
        (Nearshore | Offshore, Some(country)) => format!(
            "{verb} {names} {} (for example to {country})",
            super::advice::location(location).to_ascii_lowercase()
        ),
    }
}

/// Summary: every group handed to providers, as one sentence.
pub fn summary_hand_over(groups: &[String]) -> String {
    let mut sentence = groups.join("; ");
    // Groups start with an ASCII verb ("outsource", "co-source").
    if let Some(first) = sentence.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    sentence + "."
}

/// Summary: the money of changes that save, with break-even (months, and whether that
/// falls beyond the contract term of `term` months).
pub fn summary_saving(expected: &str, range: &str, break_even: Option<f64>, term: u32) -> String {
    let saving =
        format!("Once running, the changes are expected to save {expected} a year ({range})");
    match break_even {
        Some(m) if m.ceil() > f64::from(term) => format!(
            "{saving}, but pay back their one-off costs only in about {:.0} months, beyond the {term}-month contract term.",
            m.ceil()
        ),
        Some(m) => format!("{saving} and to pay back their one-off costs in about {:.0} months.", m.ceil()),
        None => format!("{saving}, but they do not pay back their one-off costs."),
    }
}

/// Summary: the money of changes that cost more than they save.
pub fn summary_cost(expected: &str, range: &str) -> String {
    format!("Together the changes are expected to cost {expected} a year more than today ({range}): they buy coverage, capacity or quality rather than savings.")
}

/// Summary: nothing changes.
pub const SUMMARY_NO_CHANGE: &str = "Nothing changes hands, so there is nothing to save or spend.";

/// Summary: the biggest risk, with the processes that carry it and what to do.
pub fn summary_risk(names: &str, risk: &str, mitigation: &str) -> String {
    format!(
        "The biggest risk ({names}): {} {mitigation}",
        risk.trim_end()
    )
}

/// A process with its yearly cost: "Payroll (USD 52,000 a year)".
pub fn named_cost(name: &str, cost: &str) -> String {
    format!("{name} ({cost} a year)")
}

/// Under the cost table: the work kept as it is, which the table leaves out.
pub fn kept_out_of_table(list: &str) -> String {
    format!("Work you keep in-house as it is costs the same as today and stays out of this table: {list}.")
}

/// The document title of a page: "Goals – Shorewise", or the product's title alone.
pub fn document_title(page: &str, product: &str) -> String {
    if page.is_empty() {
        format!("{product}: outsourcing advisor")
    } else {
        format!("{page} – {product}")
    }
}

/// Risk step: why GDPR is ticked for a company in the EU/EEA or the UK.
pub const GDPR_TICKED: &str = "GDPR applies to companies in the EU/EEA and the UK, so it is ticked; untick it if your processes handle no personal data.";

/// Error summary heading, at the top of a step that cannot be left yet.
pub const ERROR_SUMMARY_TITLE: &str = "There is a problem";

/// A link in the error summary to a process's field: "Payroll: Current yearly cost".
pub fn field_link(process: &str, question: &str) -> String {
    format!("{process}: {question}")
}

/// A number typed with the other style's decimal mark: "Use a point for decimals: 2.5"
/// (or "Use a comma for decimals: 2,5" where a comma is the mark).
pub fn decimal_mark_hint(number: &str, comma: bool) -> String {
    if comma {
        format!("Use a comma for decimals: {number}")
    } else {
        format!("Use a point for decimals: {number}")
    }
}
