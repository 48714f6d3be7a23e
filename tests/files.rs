//! Files a user keeps: the assessment as JSON (export, import with every problem in
//! words) and the advice as CSV (RFC 4180, BOM, formulas neutralised).

use shorewise::content::companies::EXAMPLES;
use shorewise::engine::examples;
use shorewise::engine::model::*;
use shorewise::engine::recommend;
use shorewise::files::{csv, json};

#[test]
fn every_example_exports_and_imports_to_the_same_answers() {
    for e in EXAMPLES {
        let a = e.assessment();
        let text = json::export(&a);
        assert_eq!(json::import(&text), Ok(a.clone()), "{}", e.id);
        let with_bom = format!("\u{feff}{text}");
        assert_eq!(
            json::import(&with_bom),
            Ok(a),
            "{}: a byte-order mark is fine",
            e.id
        );
    }
}

#[test]
fn the_documented_example_imports() {
    let doc = include_str!("../docs/data-format.md");
    let start = doc.find("```json\n").unwrap() + 8;
    let end = start + doc[start..].find("```").unwrap();
    let a = json::import(&doc[start..end]).expect("the documented example is valid");
    assert_eq!(a.processes.len(), 2);
}

#[test]
fn a_file_that_is_not_json_says_where_reading_stopped() {
    match json::import("{\n  \"version\": 1,\n  oops") {
        Err(json::ImportError::NotJson { line, .. }) => assert_eq!(line, 3),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        json::import(""),
        Err(json::ImportError::NotJson { .. })
    ));
    assert!(matches!(
        json::import(&" ".repeat(json::MAX_FILE_BYTES + 1)),
        Err(json::ImportError::TooLarge { .. })
    ));
}

#[test]
fn json_in_another_shape_is_not_an_assessment() {
    for text in [
        "[1, 2, 3]",
        "{\"version\": 1}",
        "42",
        "{\"version\": \"one\"}",
    ] {
        assert!(
            matches!(
                json::import(text),
                Err(json::ImportError::NotAnAssessment { .. })
            ),
            "{text}"
        );
    }
    assert!(matches!(
        json::import("{\"hello\": \"world\"}"),
        Err(json::ImportError::UnknownField { .. })
    ));
}

#[test]
fn every_problem_of_an_invalid_file_is_listed_in_words() {
    let mut a = examples::us_software();
    a.company.home = "XX".into();
    a.processes[2].fte = -1.0;
    a.processes[3].judgement = 9;
    a.goals.cost = 7;
    let problems = match json::import(&json::export(&a)) {
        Err(json::ImportError::Invalid(p)) => p,
        other => panic!("{other:?}"),
    };
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert!(problems[0].starts_with("Home country: “XX” is not a country"));
    assert!(problems
        .iter()
        .any(|p| p.starts_with("Cost reduction: must be between 0 and 5")));
    assert!(problems.iter().any(|p| p
        .starts_with("Process 3 (Data entry and processing), “People (full-time equivalents)”")));
    assert!(
        problems.iter().all(|p| !p.contains("processes[")),
        "no field paths"
    );
    let mut old = a.clone();
    old.version = 9;
    match json::import(&json::export(&old)) {
        Err(json::ImportError::Invalid(p)) => assert_eq!(
            p,
            ["This file is format version 9; this Shorewise reads version 1."]
        ),
        other => panic!("{other:?}"),
    }
}

/// Splits a CSV document into rows of fields (RFC 4180), for checking what was written.
fn parse_csv(doc: &str) -> Vec<Vec<String>> {
    parse_csv_by(doc, ',')
}

/// Splits a CSV document whose fields are separated by `sep`.
fn parse_csv_by(doc: &str, sep: char) -> Vec<Vec<String>> {
    let mut rows = vec![vec![String::new()]];
    let mut chars = doc.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        let field = rows.last_mut().unwrap().last_mut().unwrap();
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, c) if c == sep => rows.last_mut().unwrap().push(String::new()),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "CRLF line ends");
                rows.push(vec![String::new()]);
            }
            (false, c) => field.push(c),
        }
    }
    rows.pop();
    rows
}

#[test]
fn the_advice_csv_has_a_row_per_process_and_opens_in_spreadsheets() {
    let mut a = examples::us_software();
    a.processes.push(ProcessAnswer::custom(
        1,
        "=HYPERLINK(\"x\"), \"quoted\"",
        WorkKind::BackOffice,
    ));
    a.processes
        .push(ProcessAnswer::custom(2, "@sum; -x", WorkKind::It));
    let r = recommend(&a).unwrap();
    let doc = csv::advice(&a, &r, ',');
    assert!(doc.starts_with('\u{feff}'), "UTF-8 byte-order mark");
    let rows = parse_csv(&doc['\u{feff}'.len_utf8()..]);
    assert_eq!(rows.len(), 1 + a.processes.len());
    assert!(rows.iter().all(|r| r.len() == 12), "{rows:?}");
    assert_eq!(rows[0][0], "Process");
    assert!(rows[0][7].contains("USD"));
    for (row, p) in rows[1..].iter().zip(&r.processes) {
        assert_eq!(row[1], shorewise::content::advice::decision(p.decision));
        assert_eq!(
            row[7],
            format!("{:.0}", p.cost.annual_saving.expected.round())
        );
    }
    let custom = &rows[rows.len() - 2];
    assert_eq!(
        custom[0], "'=HYPERLINK(\"x\"), \"quoted\"",
        "formula neutralised, quotes kept"
    );
    assert_eq!(rows[rows.len() - 1][0], "'@sum; -x");
    let kept = rows
        .iter()
        .find(|r| r[1] == "Keep in-house")
        .expect("a kept process");
    assert_eq!(
        kept[2], "",
        "no outsourcing type when nothing is outsourced"
    );
}

#[test]
fn a_german_spreadsheet_gets_semicolons_and_every_field_stays_whole() {
    use shorewise::content::lang::Lang;
    assert_eq!(csv::separator(Lang::En), ',');
    // German spreadsheets read a comma as the decimal separator and expect semicolons.
    assert_eq!(csv::separator(Lang::De), ';');
    let mut a = examples::us_software();
    a.processes
        .push(ProcessAnswer::custom(2, "Pay; bill, file", WorkKind::It));
    let r = recommend(&a).unwrap();
    let doc = csv::advice(&a, &r, ';');
    let rows = parse_csv_by(&doc['\u{feff}'.len_utf8()..], ';');
    assert_eq!(rows.len(), 1 + a.processes.len());
    assert!(rows.iter().all(|r| r.len() == 12), "{rows:?}");
    // Several countries or reasons in a cell are joined by "; ": the field is quoted.
    assert!(rows.iter().any(|r| r[4].contains("; ")), "{rows:?}");
    assert_eq!(rows[rows.len() - 1][0], "Pay; bill, file");
    assert!(doc.lines().nth(1).is_some_and(|l| l.contains(';')));
}

#[test]
fn file_names_come_from_the_company_name() {
    use shorewise::files::file_stem;
    assert_eq!(file_stem("Harbor & Pine"), "harbor-pine");
    assert_eq!(file_stem("Metalúrgica del Bajío"), "metal-rgica-del-baj-o");
    assert_eq!(file_stem("  "), "assessment");
    assert_eq!(file_stem("../../etc/passwd"), "etc-passwd");
    assert!(file_stem(&"word ".repeat(50)).len() <= 40);
}

#[test]
fn names_with_any_characters_round_trip_and_match_serde() {
    let mut a = examples::us_software();
    a.company.name = "Q\"uote\\ back/slash \u{1}\t\n é 漢字 😀".into();
    a.processes.push(ProcessAnswer::custom(
        4,
        "Tab\there \"and\" \u{7f}",
        WorkKind::Legal,
    ));
    a.processes[0].fte = 0.1 + 0.2;
    a.processes[1].annual_cost = 1e13;
    let text = json::export(&a);
    assert_eq!(json::import(&text), Ok(a.clone()));
    assert_eq!(serde_json::from_str::<Assessment>(&text).unwrap(), a);
    let escaped = r#"{"version":1,"company":{"name":"\u00e9\ud83d\ude00\/","industry":"retail","size":"small","home":"US","hours":{"start":9,"end":17},"customer_languages":["english"],"staff_languages":[]},"goals":{"cost":1,"focus":1,"expertise":1,"scalability":1,"speed":1,"quality":1,"coverage":1,"new_markets":1},"risk":{"tolerance":"low","residency":"none","regulations":[],"dependency_tolerance":"low","vendor_management":"low","transition_appetite":"low"},"processes":[{"id":"payroll","kind":"back_office","role":"supporting","fte":2E0,"annual_cost":-0.0e+1,"demand":"steady","judgement":1,"rule_based":5,"documentation":4,"sensitivity":"public","customer_facing":false,"overlap_hours":2}]}"#;
    let b = json::import(escaped).expect("escapes, exponents and negative zero are JSON");
    assert_eq!(b.company.name, "é😀/");
    assert_eq!(b.processes[0].fte, 2.0);
    for bad in [
        "01",
        "1.",
        ".5",
        "-",
        "1e",
        "\"\\x\"",
        "\"\\ud800\"",
        "\"a\u{1}\"",
        "[1,]",
        "{\"a\":1,}",
        "tru",
        "nul",
    ] {
        assert!(
            matches!(json::import(bad), Err(json::ImportError::NotJson { .. })),
            "{bad:?} is not JSON"
        );
    }
}

#[test]
fn unknown_and_mistyped_fields_are_named_with_their_line() {
    let mut text = json::export(&examples::us_software());
    assert!(text.contains("\"fte\": 8.0"));
    text = text.replacen("\"fte\": 8.0", "\"ftee\": 8.0", 1);
    match json::import(&text) {
        Err(json::ImportError::UnknownField { field, line }) => {
            assert!(field.starts_with("processes["), "{field}");
            assert!(field.ends_with(".ftee"), "{field}");
            assert!(line > 20, "{line}");
        }
        other => panic!("{other:?}"),
    }
    let text = json::export(&examples::us_software()).replacen("\"medium\"", "\"middling\"", 1);
    match json::import(&text) {
        Err(json::ImportError::NotAnAssessment {
            field, expected, ..
        }) => {
            assert_eq!(field, "company.size");
            assert_eq!(expected, "one of: small, medium, large");
        }
        other => panic!("{other:?}"),
    }
    // What a field should be is said in the page's language; the values stay as the
    // file writes them.
    use shorewise::content::lang::{self, Lang};
    for (language, said) in [
        (Lang::De, "einer der Werte small, medium, large"),
        (Lang::Fr, "l'une des valeurs\u{a0}: small, medium, large"),
        (Lang::Es, "uno de estos valores: small, medium, large"),
    ] {
        lang::set(language);
        match json::import(&text) {
            Err(json::ImportError::NotAnAssessment { expected, .. }) => assert_eq!(expected, said),
            other => panic!("{other:?}"),
        }
    }
    lang::set(Lang::En);
}
