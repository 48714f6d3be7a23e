//! The advice explained in words: every reason is a sentence about the user's own
//! answer that names the option it favours; closeness and alternatives are said in
//! words; no points, no country codes; one set of names for the four outcomes.
#![cfg(not(target_arch = "wasm32"))]

use shorewise::content::advice;
use shorewise::content::companies::EXAMPLES;
use shorewise::content::lang::{self, Lang, Tr};
use shorewise::content::reasons::{self, Choice};
use shorewise::engine::explain::margin;
use shorewise::engine::model::*;
use shorewise::engine::outcome::{Confidence, Decision, Driver, Quadrant};
use shorewise::engine::recommend;

/// Every explanation of every example company's advice, in `language`.
fn explanations(language: Lang) -> Vec<(String, reasons::Explanation)> {
    lang::set(language);
    let mut out = Vec::new();
    for example in EXAMPLES {
        let a = example.assessment();
        let r = recommend(&a).expect("examples are valid");
        for (p, answer) in r.processes.iter().zip(&a.processes) {
            let said = |rs: &[shorewise::engine::explain::Reason]| {
                rs.iter().map(|r| (r.driver, r.points)).collect::<Vec<_>>()
            };
            let decision = reasons::explanation(
                said(&p.reasons),
                answer,
                &a,
                (
                    Choice::Decision(p.decision),
                    p.decision_runner_up().map(Choice::Decision),
                ),
                Confidence::from_margin(margin(&p.alternatives, p.decision)),
            );
            out.push((format!("{} / {}", example.id, p.name), decision));
            if let Some(l) = p.location {
                let location = reasons::explanation(
                    said(&p.location_reasons),
                    answer,
                    &a,
                    (
                        Choice::Location(l),
                        p.location_runner_up().map(Choice::Location),
                    ),
                    Confidence::from_margin(margin(&p.locations, l)),
                );
                out.push((format!("{} / {} (where)", example.id, p.name), location));
            }
        }
    }
    lang::set(Lang::En);
    out
}

/// Words a reader must never meet in an explanation: scores and codes.
fn scoring_words(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    for word in ["point", "punkt", "score", "+"] {
        if lower.contains(word) {
            return Some(word.to_owned());
        }
    }
    // A country code: two capital letters standing alone.
    text.split(|c: char| !c.is_alphanumeric())
        .find(|w| w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase()) && *w != "IT")
        .map(str::to_owned)
}

#[test]
fn every_example_advice_is_explained_in_sentences_without_points_or_codes() {
    for language in Lang::ALL {
        let all = explanations(language);
        assert!(all.len() > 30, "{language:?}: {}", all.len());
        for (what, e) in &all {
            let ruled_out = Tr::new("Every other option is ruled out.").in_lang(language);
            assert!(
                !e.why.is_empty() || e.closeness == ruled_out,
                "{language:?} {what}: no reason for the advice"
            );
            assert!(e.why.len() <= reasons::MAX_WHY && e.against.len() <= reasons::MAX_AGAINST);
            for s in e.why.iter().chain(&e.against).chain([&e.closeness]) {
                assert!(s.ends_with('.'), "{language:?} {what}: {s}");
                // A capital first, after any opening quotation or question mark.
                assert!(
                    s.trim_start_matches(['„', '“', '«', '\u{a0}', ' ', '¿', '¡'])
                        .starts_with(|c: char| c.is_uppercase()),
                    "{language:?} {what}: {s}"
                );
                assert_eq!(scoring_words(s), None, "{language:?} {what}: {s}");
            }
        }
    }
}

#[test]
fn a_reason_names_the_users_answer_and_the_option_it_favours() {
    let a = shorewise::engine::examples::eu_insurer();
    let mut p = a.processes[0].clone();
    p.sensitivity = Sensitivity::Restricted;
    let keep = Choice::Decision(Decision::KeepInHouse);
    let co = Some(Choice::Decision(Decision::CoSource));
    assert_eq!(
        reasons::sentence(Driver::Sensitivity, &p, &a, true, keep, co),
        "Its data includes health, payment or other special-category details, which favours keeping it in-house."
    );
    assert_eq!(
        reasons::sentence(Driver::Sensitivity, &p, &a, false, keep, co),
        "Its data includes health, payment or other special-category details, which favours co-sourcing instead."
    );
    let mut a = a;
    a.goals.cost = 5;
    assert_eq!(
        reasons::fact(Driver::Goal(Goal::Cost), &p, &a),
        "Cost reduction is one of your top goals"
    );
    a.goals.cost = 0;
    assert_eq!(
        reasons::fact(Driver::Goal(Goal::Cost), &p, &a),
        "You do not pursue cost reduction"
    );
    a.risk.regulations = vec![Regulation::Gdpr, Regulation::PciDss, Regulation::Sox];
    assert_eq!(
        reasons::fact(Driver::Regulations, &p, &a),
        "GDPR, PCI DSS and SOX apply to it"
    );
    p.fte = 12.5;
    assert_eq!(
        reasons::fact(Driver::Volume, &p, &a),
        "It takes 12.5 full-time staff"
    );
    lang::set(Lang::De);
    assert_eq!(
        reasons::fact(Driver::Volume, &p, &a),
        "Er beschäftigt 12,5 Vollzeitkräfte"
    );
    assert_eq!(
        reasons::sentence(Driver::Sensitivity, &p, &a, false, keep, co),
        "Seine Daten umfassen Gesundheits-, Zahlungs- oder andere besonders geschützte Angaben, was stattdessen für Co-Sourcing spricht."
    );
    lang::set(Lang::En);
}

#[test]
fn every_answer_behind_a_reason_reads_as_a_fact_in_each_language() {
    let a = shorewise::engine::examples::eu_insurer();
    let p = &a.processes[0];
    for language in Lang::ALL {
        lang::set(language);
        let mut seen = std::collections::HashSet::new();
        for d in Driver::ALL {
            let fact = reasons::fact(d, p, &a);
            assert!(fact.len() > 10, "{language:?} {d:?}: {fact}");
            assert!(fact.starts_with(|c: char| c.is_uppercase()), "{fact}");
            assert!(seen.insert(fact.clone()), "{language:?}: {fact} twice");
        }
    }
    lang::set(Lang::En);
}

#[test]
fn the_strongest_reasons_are_said_first_and_small_ones_against_are_left_out() {
    let a = shorewise::engine::examples::eu_insurer();
    let p = &a.processes[0];
    let e = reasons::explanation(
        [
            (Driver::Sensitivity, 20.0),
            (Driver::Goal(Goal::Cost), -12.0),
            (Driver::Role, 8.0),
            (Driver::Volume, 6.0),
            (Driver::Demand, 5.0),
            (Driver::Documentation, -2.0),
        ],
        p,
        &a,
        (
            Choice::Decision(Decision::KeepInHouse),
            Some(Choice::Decision(Decision::Outsource)),
        ),
        Confidence::Low,
    );
    assert_eq!(e.closeness, "A close call against outsourcing.");
    assert_eq!(e.why.len(), 3);
    assert!(e.why[0].starts_with(&reasons::fact(Driver::Sensitivity, p, &a)));
    assert!(e.why[2].starts_with(&reasons::fact(Driver::Volume, p, &a)));
    // Cost (12 of the strongest 20) is said; documentation (2 of 20) is not.
    assert_eq!(e.against.len(), 1, "{:?}", e.against);
    assert!(e.against[0].ends_with("which favours outsourcing instead."));
    let clear = reasons::explanation(
        [],
        p,
        &a,
        (Choice::Decision(Decision::Automate), None),
        Confidence::High,
    );
    assert_eq!(clear.closeness, "Every other option is ruled out.");
}

#[test]
fn alternatives_trail_in_words() {
    assert_eq!(
        reasons::standing("Co-source", Some(Confidence::Low)),
        "Co-source: a close second"
    );
    assert_eq!(
        reasons::standing("Automate", Some(Confidence::High)),
        "Automate: well behind"
    );
    assert_eq!(
        reasons::standing("Keep in-house", None),
        "Keep in-house: level with the advice"
    );
}

#[test]
fn the_four_outcomes_have_one_name_everywhere() {
    for language in Lang::ALL {
        lang::set(language);
        let verdicts: Vec<&str> = Decision::ALL.iter().map(|d| advice::decision(*d)).collect();
        let mut matrix: Vec<&str> = [
            Quadrant::Retain,
            Quadrant::Partner,
            Quadrant::Outsource,
            Quadrant::Simplify,
        ]
        .iter()
        .map(|q| advice::quadrant(*q))
        .collect();
        matrix.sort_unstable();
        let mut sorted = verdicts.clone();
        sorted.sort_unstable();
        assert_eq!(matrix, sorted, "{language:?}");
        // The CSV file's advice column uses the same names.
        let a = shorewise::engine::examples::eu_insurer();
        let csv = shorewise::files::csv::advice(
            &a,
            &recommend(&a).expect("valid"),
            shorewise::files::csv::separator(language),
        );
        for line in csv.lines().skip(1) {
            assert!(
                verdicts.iter().any(|v| line.contains(v)),
                "{language:?}: {line}"
            );
        }
    }
    lang::set(Lang::En);
}

#[test]
fn the_csv_gives_the_cards_reasons_as_sentences() {
    for language in [Lang::En, Lang::De] {
        lang::set(language);
        for example in EXAMPLES {
            let a = example.assessment();
            let r = recommend(&a).expect("examples are valid");
            let csv =
                shorewise::files::csv::advice(&a, &r, shorewise::files::csv::separator(language));
            for (p, answer) in r.processes.iter().zip(&a.processes) {
                let why = shorewise::engine::explain::in_words(p, answer, &a)
                    .0
                    .why
                    .join(" ");
                assert!(!why.is_empty(), "{}: {}", example.id, p.name);
                assert!(csv.contains(&why), "{language:?} {}: {why}", example.id);
            }
            for label in ["(for)", "(against)", "(dafür)", "(dagegen)"] {
                assert!(!csv.contains(label), "{language:?} {}: {label}", example.id);
            }
        }
    }
    lang::set(Lang::En);
}

#[test]
fn regulations_read_as_a_sentence_with_the_verb_that_agrees() {
    let mut a = shorewise::engine::examples::eu_insurer();
    let p = a.processes[0].clone();
    let said = |a: &Assessment| reasons::fact(Driver::Regulations, &p, a);
    lang::set(Lang::En);
    a.risk.regulations = vec![Regulation::Sector];
    assert_eq!(
        said(&a),
        "Sector rules (banking, insurance, public sector) apply to it"
    );
    a.risk.regulations = vec![Regulation::Gdpr, Regulation::Sector];
    assert_eq!(
        said(&a),
        "GDPR and sector rules (banking, insurance, public sector) apply to it"
    );
    a.risk.regulations = vec![Regulation::Gdpr];
    assert_eq!(said(&a), "GDPR applies to it");
    lang::set(Lang::De);
    assert_eq!(said(&a), "DSGVO gilt für ihn");
    a.risk.regulations = vec![Regulation::Gdpr, Regulation::PciDss];
    assert_eq!(said(&a), "DSGVO und PCI DSS gelten für ihn");
    lang::set(Lang::En);
}
