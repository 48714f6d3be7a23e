//! Wording of the request-for-proposal starter: a draft a buyer edits and sends to
//! providers. Plain, professional, no provider names; figures come from the advice.
//! Placeholders the buyer fills are in square brackets.

use super::lang::{fill, Tr};
use crate::vocab::model::{Demand, Regulation, Residency};
use crate::vocab::outcome::{Criterion, Pricing};

fn tr(en: &'static str) -> &'static str {
    Tr::new(en).get()
}

/// The page's heading.
pub const PAGE_HEADING: Tr = Tr::new("Requests for proposals");
/// What the page is.
pub const PAGE_INTRO: Tr = Tr::new("One draft per group of work going to providers (by provider type and location). Edit each before sending it: fill in the parts in square brackets and add what only you know.");
/// When nothing goes to a provider.
pub const NOTHING_TO_TENDER: Tr = Tr::new(
    "No process goes to a provider in this advice, so there is nothing to put out to tender.",
);
/// The download button for one request.
pub const DOWNLOAD_ONE: Tr = Tr::new("Download as a document to edit");
/// The download button for every request in one file.
pub const DOWNLOAD_ALL: Tr = Tr::new("Download all in one document");
/// What the downloaded file is.
pub const FILE_HELP: Tr = Tr::new("The document is plain text in Markdown: it opens in any text editor, and Word, Google Docs and most editors read or convert it.");
/// Link from the results to the requests.
pub const OPEN_REQUESTS: Tr = Tr::new("Requests for proposals");

/// The title of one request: "Request for proposal: Front-office BPO, nearshore".
pub fn title(kind: &str, location: &str) -> String {
    let t = Tr::new("Request for proposal: {kind}, {location}");
    fill(&t, &[("kind", kind), ("location", location)])
}

/// The opening paragraph.
pub fn opening(company: &str, industry: &str, home: &str, kind: &str, location: &str) -> String {
    let t = Tr::new("{company} ({industry}, {home}) invites proposals for {kind} delivered {location}, for the work described below. Please reply by [date] to [name, email]. This request and the information in it are confidential.");
    fill(
        &t,
        &[
            ("company", company),
            ("industry", industry),
            ("home", home),
            ("kind", kind),
            ("location", location),
        ],
    )
}

/// A location model as it reads after "delivered": "nearshore (for example from
/// Poland, Romania or Portugal)".
pub fn delivered(location: &str, countries: &str) -> String {
    if countries.is_empty() {
        return location.to_owned();
    }
    let t = Tr::new("{location} (for example from {countries})");
    fill(&t, &[("location", location), ("countries", countries)])
}

/// Section headings, numbered as the request reads.
pub const SCOPE: Tr = Tr::new("1. Scope and volumes");
/// Service levels.
pub const SERVICE_LEVELS: Tr = Tr::new("2. Service levels");
/// Data.
pub const DATA: Tr = Tr::new("3. Data protection, residency and regulation");
/// Transition.
pub const TRANSITION: Tr = Tr::new("4. Transition and knowledge transfer");
/// Exit.
pub const EXIT: Tr = Tr::new("5. Exit and step-in");
/// Pricing.
pub const PRICING: Tr = Tr::new("6. Pricing");
/// Evaluation.
pub const EVALUATION: Tr = Tr::new("7. How proposals are evaluated");
/// Response.
pub const RESPONSE: Tr = Tr::new("8. What to send");

/// The scope's summary sentence.
pub fn scope_summary(processes: usize, fte: &str, coverage: &str) -> String {
    let t = if processes == 1 {
        Tr::new("One process, about {fte} full-time equivalents today; the widest hours to cover: {coverage}.")
    } else {
        Tr::new("{n} processes, about {fte} full-time equivalents today in all; the widest hours to cover: {coverage}.")
    };
    fill(
        &t,
        &[
            ("n", &processes.to_string()),
            ("fte", fte),
            ("coverage", coverage),
        ],
    )
}

/// The scope table's header.
pub fn scope_head() -> Vec<String> {
    [
        tr("Process"),
        tr("Today (FTE)"),
        tr("Hours to cover"),
        tr("Overlap with our day"),
        tr("Customer languages"),
        tr("Demand"),
    ]
    .map(str::to_owned)
    .to_vec()
}

/// Overlap in hours: "4 h a day", or "none needed".
pub fn overlap(hours: u8) -> String {
    if hours == 0 {
        return tr("none needed").to_owned();
    }
    fill(&Tr::new("{h} h a day"), &[("h", &hours.to_string())])
}

/// Stands for the company when it has no name yet.
pub const COMPANY: Tr = Tr::new("[company]");

/// A table cell with nothing to say.
pub const NONE: Tr = Tr::new("–");

/// A co-sourced process.
pub fn co_sourced(name: &str) -> String {
    let t = Tr::new("{name}: co-sourced. Our retained team keeps decisions, exceptions and quality control; you run the volume.");
    fill(&t, &[("name", name)])
}

/// A process of less than one person's work.
pub fn managed_service(name: &str) -> String {
    let t = Tr::new("{name}: less than one person's work; a managed service, or a bundle with related work, is welcome.");
    fill(&t, &[("name", name)])
}

/// A process the provider is expected to automate in part.
pub fn automated(name: &str, share: &str) -> String {
    let t = Tr::new("{name}: we expect about {share} of the work to be automated. Describe your tools, how exceptions reach people, and how the saving shows in your price.");
    fill(&t, &[("name", name), ("share", share)])
}

/// A process with a particular demand shape.
pub fn demand_note(name: &str, d: Demand) -> Option<String> {
    let t = match d {
        Demand::Steady => return None,
        Demand::Seasonal => Tr::new(
            "{name}: volume peaks over the year; say how you staff the peaks and what it costs.",
        ),
        Demand::Project => {
            Tr::new("{name}: a one-off project with an end; propose a plan with milestones.")
        }
    };
    Some(fill(&t, &[("name", name)]))
}

/// The company's working languages.
pub fn working_languages(languages: &str) -> String {
    let t = Tr::new(
        "Our teams work in {languages}; your team leads work with them in these languages.",
    );
    fill(&t, &[("languages", languages)])
}

/// The company's working day, which the overlap is counted against.
pub fn our_day(start: u8, end: u8, place: &str) -> String {
    let t =
        Tr::new("Overlap is counted against our working day, {start}–{end} local time ({place}).");
    let clock = |h: u8| [if h < 10 { "0" } else { "" }, &h.to_string(), ":00"].concat();
    fill(
        &t,
        &[
            ("start", &clock(start)),
            ("end", &clock(end)),
            ("place", place),
        ],
    )
}

/// Other locations are welcome.
pub const OTHER_LOCATIONS: Tr = Tr::new("Proposals from other locations are welcome if they meet every requirement below; say where each part of the work would be done.");

/// The service levels' lead.
pub const SERVICE_LEVELS_LEAD: Tr = Tr::new("Propose a target for each measure below (the examples are where such contracts usually start), how you measure it, and how you report it each month.");
/// The service levels' table header.
pub fn service_levels_head() -> Vec<String> {
    [tr("Measure"), tr("Example target")]
        .map(str::to_owned)
        .to_vec()
}
/// Service credits.
pub const SERVICE_CREDITS: Tr = Tr::new("A missed level earns us a service credit, and repeated misses give us the right to terminate; say what you propose for both.");

/// The data the work handles: "The work handles confidential (personal data) data."
pub fn data_handled(sensitivity: &str) -> String {
    let t = Tr::new("The most sensitive data in scope: {sensitivity}.");
    fill(&t, &[("sensitivity", sensitivity)])
}

/// What is asked of every provider about security.
pub const SECURITY_BASICS: Tr = Tr::new("Your security certifications (ISO 27001 or a SOC 2 report), least-privilege access, background checks for your staff, and any security breach of the last three years with how you responded.");
/// Personal data.
pub const PERSONAL_DATA: Tr = Tr::new("A data-processing agreement for the personal data you handle for us, and notice of any breach within 24–72 hours.");
/// Where the data may be.
pub fn residency(r: Residency) -> &'static str {
    match r {
        Residency::None => tr("Say where our data is stored and from where it is accessed, backups included."),
        Residency::HomeCountry => tr("Our data must be stored and processed in our country only, backups and remote access included; say how you ensure it."),
        Residency::HomeRegion => tr("Our data must stay in our data region (the EU/EEA for its members), backups and remote access included; say how you ensure it."),
    }
}
/// Transfers that need safeguards.
pub const SAFEGUARDS: Tr = Tr::new("Personal data sent to a country without an adequacy decision needs standard contractual clauses and a transfer impact assessment: say which of your locations this concerns and how you support the assessment.");
/// What a regulation asks of the provider.
pub fn regulation(r: Regulation) -> &'static str {
    match r {
        Regulation::Gdpr => tr("GDPR: processor terms under Article 28, records of processing, and support for data subjects' requests."),
        Regulation::Hipaa => tr("HIPAA: a business associate agreement and safeguards for protected health information."),
        Regulation::PciDss => tr("PCI DSS: your attestation of compliance for the services that touch card data."),
        Regulation::Sox => tr("SOX: controls over financial reporting, evidenced by a SOC 1 type II report."),
        Regulation::Sector => tr("Our sector's outsourcing rules: audit and access rights for us and our supervisor, and notice before you subcontract."),
    }
}

/// The transition window.
pub fn transition_window(start: u32, end: u32) -> String {
    let t = Tr::new("Our plan runs this transition from month {start} to month {end}; propose your timeline within it.");
    fill(
        &t,
        &[("start", &start.to_string()), ("end", &end.to_string())],
    )
}
/// What the transition plan covers.
pub const TRANSITION_PLAN: Tr = Tr::new("A transition plan: due diligence, knowledge transfer (your people shadow ours, then ours shadow yours), a parallel run, the criteria for going live, and the ramp-up to full service levels.");
/// The people the transition needs.
pub const TRANSITION_PEOPLE: Tr = Tr::new("A named transition lead, the time you need from our people, and whether you would offer roles to staff affected by the change.");
/// Processes to document first.
pub fn document_first(names: &str) -> String {
    let t = Tr::new("{names}: not yet documented well enough to hand over. Include documenting them in the transition, priced separately.");
    fill(&t, &[("names", names)])
}

/// Exit terms every request asks for.
pub const EXIT_TERMS: [Tr; 3] = [
    Tr::new("An exit plan agreed during the transition and kept current, with your help at agreed rates when the work moves to us or to another provider."),
    Tr::new("All our data, documentation and knowledge articles returned in usable formats at exit, then deleted with a certificate; no tool or licence that locks the work in."),
    Tr::new("Termination for repeated service-level failure, and for convenience with notice; say what notice and fees you propose."),
];
/// Step-in rights.
pub const STEP_IN: Tr = Tr::new("Step-in rights: if the service fails seriously, we or a provider we name may run it for a time, with your cooperation.");
/// Several providers.
pub const SEVERAL_VENDORS: Tr = Tr::new("We mean to award this work to more than one provider, so that we never depend on one: say which parts you bid for and how you would work alongside another provider.");

/// How to quote.
pub fn quote_terms(currency: &str, months: u32) -> String {
    let t = Tr::new("Quote in {currency} for a {months}-month contract, with the one-off transition price apart from the running price, and the yearly productivity gain you commit to.");
    fill(
        &t,
        &[("currency", currency), ("months", &months.to_string())],
    )
}
/// A pricing model and the processes it applies to.
pub fn pricing(p: Pricing, names: &str) -> String {
    let t = match p {
        Pricing::PerFte => Tr::new("{names}: a price per full-time equivalent (or productive hour) of a dedicated team, saying what it includes (management, facilities, technology, shift premiums)."),
        Pricing::PerTransaction => Tr::new("{names}: a price per unit of work (for example an invoice, a payslip, a ticket or a contact) in volume bands, and what applies above and below them."),
        Pricing::PerDeliverable => Tr::new("{names}: a fixed price per deliverable or outcome (a study, a matter, a hire), with a capped rate for work beyond it."),
    };
    fill(&t, &[("names", names)])
}
/// Shift premiums shown apart.
pub const SHIFT_PREMIUMS: Tr =
    Tr::new("The work covers hours outside a normal day: show shift and night premiums apart.");

/// The evaluation's lead.
pub const EVALUATION_LEAD: Tr = Tr::new("We score each proposal on these criteria, weighted by what matters most to us; price is one criterion, not the decision.");
/// The evaluation table's header.
pub fn evaluation_head() -> Vec<String> {
    [tr("Criterion"), tr("What we look at"), tr("Weight")]
        .map(str::to_owned)
        .to_vec()
}
/// A criterion's name and what is looked at.
pub fn criterion(c: Criterion) -> (&'static str, &'static str) {
    match c {
        Criterion::Price => (
            tr("Price"),
            tr("Total cost over the contract term, transition included"),
        ),
        Criterion::Quality => (
            tr("Service quality"),
            tr("How you will meet the service levels, and evidence that you meet such levels today"),
        ),
        Criterion::Expertise => (
            tr("Expertise"),
            tr("Understanding of our industry and of this work"),
        ),
        Criterion::Capacity => (
            tr("Capacity"),
            tr("Capacity now, and to scale with our demand"),
        ),
        Criterion::Transition => (
            tr("Transition"),
            tr("The plan, the timeline and the people for the transition"),
        ),
        Criterion::Coverage => (
            tr("Hours and languages"),
            tr("The hours and languages you cover, and the markets you know"),
        ),
        Criterion::Security => (
            tr("Security and compliance"),
            tr("Certifications, breach history and response, and the rules above"),
        ),
        Criterion::TrackRecord => (
            tr("Track record"),
            tr("References from comparable clients, and financial stability"),
        ),
    }
}

/// What to send.
pub const RESPONSE_ITEMS: [Tr; 4] = [
    Tr::new("How you would deliver the work: the team, its locations and hours, tools, management and reporting."),
    Tr::new("Your price in the form asked for above, with its assumptions."),
    Tr::new("Three references from comparable clients, and your certifications."),
    Tr::new("Any requirement you cannot meet, and what you propose instead."),
];

/// Where the draft comes from, at its end.
pub const PREPARED_WITH: Tr = Tr::new("Drafted with Shorewise from our own assessment; volumes are today's, and the example targets are to be agreed.");
