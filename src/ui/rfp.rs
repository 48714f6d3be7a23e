//! A request for proposals as a document, from the engine's tender and the content's
//! words: the page lays it out and the Markdown file saves the same text. Plain
//! functions, tested natively (`tests/rfp.rs`).

use crate::content::{advice, countries, lang, rfp as words, text};
use crate::engine::model::{Assessment, Coverage, Language};
use crate::engine::recommend::Recommendation;
use crate::engine::rfp::{Pricing, Tender};
use crate::files::document::Doc;
use crate::ui::format;

/// The title of a request.
pub fn title(t: &Tender) -> String {
    words::title(
        advice::outsourcing_type(t.kind),
        advice::location_noun(t.location),
    )
}

/// Every request of a recommendation in one document, one after the other.
pub fn all(a: &Assessment, r: &Recommendation, tenders: &[Tender]) -> Doc {
    let mut doc = Doc::default();
    for t in tenders {
        doc.blocks.extend(request(a, r, t).blocks);
    }
    doc
}

/// One request for proposals.
pub fn request(a: &Assessment, r: &Recommendation, t: &Tender) -> Doc {
    let mut doc = Doc::default();
    let company = match a.company.name.trim() {
        "" => words::COMPANY.get().to_owned(),
        name => lang::shortened(name, 120),
    };
    let home = countries::find(&a.company.home).map_or("", |c| c.name.get());
    let countries = text::names_list(&t.countries);
    let location = words::delivered(advice::location_noun(t.location), &countries);
    doc.heading(1, title(t));
    doc.paragraph(words::opening(
        &company,
        advice::industry(a.company.industry),
        home,
        advice::outsourcing_type(t.kind),
        &location,
    ));

    doc.heading(2, words::SCOPE.get());
    doc.paragraph(words::scope_summary(
        t.lines.len(),
        &format::hours(t.fte()),
        &coverage(t.coverage()),
    ));
    doc.table(
        words::scope_head(),
        t.lines
            .iter()
            .map(|l| {
                vec![
                    l.name.to_string(),
                    format::hours(l.fte),
                    coverage(l.coverage),
                    words::overlap(l.overlap_hours),
                    languages(&l.languages),
                    advice::demand(l.demand).to_owned(),
                ]
            })
            .collect(),
    );
    let mut notes = Vec::new();
    for l in &t.lines {
        if l.decision == crate::engine::Decision::CoSource {
            notes.push(words::co_sourced(&l.name));
        }
        if l.scope == crate::engine::outcome::Scope::Service {
            notes.push(words::managed_service(&l.name));
        }
        if let Some(share) = l.automated_share {
            notes.push(words::automated(&l.name, &format::percent(share)));
        }
        notes.extend(words::demand_note(&l.name, l.demand));
    }
    if t.lines.iter().any(|l| l.overlap_hours > 0) {
        let h = a.company.hours;
        let place = match countries::zone(&a.company.home, &a.company.zone) {
            Some(z) => format!("{home}, {}", z.name.get()),
            None => home.to_owned(),
        };
        notes.push(words::our_day(h.start, h.end, &place));
    }
    if !a.company.staff_languages.is_empty() {
        notes.push(words::working_languages(&languages(
            &a.company.staff_languages,
        )));
    }
    notes.push(words::OTHER_LOCATIONS.get().to_owned());
    doc.list(notes);

    doc.heading(2, words::SERVICE_LEVELS.get());
    doc.paragraph(words::SERVICE_LEVELS_LEAD.get());
    doc.table(
        words::service_levels_head(),
        t.kpis
            .iter()
            .map(|k| {
                let (name, term) = advice::kpi(*k);
                vec![name.to_owned(), term.to_owned()]
            })
            .collect(),
    );
    doc.paragraph(words::SERVICE_CREDITS.get());

    doc.heading(2, words::DATA.get());
    let mut data = vec![
        words::data_handled(&lang::lower(advice::sensitivity(t.data.sensitivity))),
        words::SECURITY_BASICS.get().to_owned(),
    ];
    if t.data.personal() {
        data.push(words::PERSONAL_DATA.get().to_owned());
    }
    data.push(words::residency(t.data.residency).to_owned());
    if t.data.safeguards {
        data.push(words::SAFEGUARDS.get().to_owned());
    }
    data.extend(
        t.data
            .regulations
            .iter()
            .map(|g| words::regulation(*g).to_owned()),
    );
    doc.list(data);

    doc.heading(2, words::TRANSITION.get());
    let mut transition = Vec::new();
    if t.months.1 > 0 {
        transition.push(words::transition_window(t.months.0, t.months.1));
    }
    transition.push(words::TRANSITION_PLAN.get().to_owned());
    transition.push(words::TRANSITION_PEOPLE.get().to_owned());
    let undocumented: Vec<&str> = t
        .lines
        .iter()
        .filter(|l| !l.documented)
        .map(|l| &*l.name)
        .collect();
    if !undocumented.is_empty() {
        transition.push(words::document_first(&text::names_list(&undocumented)));
    }
    doc.list(transition);

    doc.heading(2, words::EXIT.get());
    let mut exit: Vec<String> = words::EXIT_TERMS
        .iter()
        .map(|e| e.get().to_owned())
        .collect();
    if t.step_in {
        exit.push(words::STEP_IN.get().to_owned());
    }
    if t.several_vendors {
        exit.push(words::SEVERAL_VENDORS.get().to_owned());
    }
    doc.list(exit);

    doc.heading(2, words::PRICING.get());
    doc.paragraph(words::quote_terms(r.currency, r.term_months));
    let mut pricing: Vec<String> = t
        .pricing()
        .into_iter()
        .map(|(p, names): (Pricing, Vec<&str>)| words::pricing(p, &text::names_list(&names)))
        .collect();
    if t.coverage() != Coverage::BusinessHours {
        pricing.push(words::SHIFT_PREMIUMS.get().to_owned());
    }
    doc.list(pricing);

    doc.heading(2, words::EVALUATION.get());
    doc.paragraph(words::EVALUATION_LEAD.get());
    doc.table(
        words::evaluation_head(),
        t.criteria
            .iter()
            .map(|(c, weight)| {
                let (name, what) = words::criterion(*c);
                vec![
                    name.to_owned(),
                    what.to_owned(),
                    format::percent(f64::from(*weight) / 100.0),
                ]
            })
            .collect(),
    );

    doc.heading(2, words::RESPONSE.get());
    doc.list(
        words::RESPONSE_ITEMS
            .iter()
            .map(|i| i.get().to_owned())
            .collect(),
    );
    doc.paragraph(words::PREPARED_WITH.get());
    doc
}

/// A coverage window in a table cell.
fn coverage(c: Coverage) -> String {
    advice::coverage(c).to_owned()
}

/// Languages by name, or a dash for none.
fn languages(list: &[Language]) -> String {
    if list.is_empty() {
        return words::NONE.get().to_owned();
    }
    let names: Vec<&str> = list.iter().map(|l| advice::language(*l)).collect();
    crate::content::reasons::listed(&names)
}
