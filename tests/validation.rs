//! Invalid input gives a typed error naming the field; the engine never panics.

use shorewise::engine::error::EngineError;
use shorewise::engine::model::*;
use shorewise::engine::{recommend, Assessment};

fn base() -> Assessment {
    let mut a = Assessment::default();
    a.processes.push(
        shorewise::content::processes::find("payroll")
            .unwrap()
            .answer(),
    );
    a
}

fn field_of(a: &Assessment) -> String {
    recommend(a)
        .expect_err("should be rejected")
        .field()
        .unwrap_or("-")
        .to_owned()
}

#[test]
fn out_of_range_and_non_finite_numbers_name_their_field() {
    let mut a = base();
    a.processes[0].fte = f64::NAN;
    assert_eq!(field_of(&a), "processes[0].fte");
    assert!(matches!(recommend(&a), Err(EngineError::NotFinite { .. })));
    a.processes[0].fte = 0.0;
    assert_eq!(field_of(&a), "processes[0].fte");
    a.processes[0].fte = 1.0;
    a.processes[0].annual_cost = f64::INFINITY;
    assert_eq!(field_of(&a), "processes[0].annual_cost");
    a.processes[0].annual_cost = -1.0;
    assert!(matches!(recommend(&a), Err(EngineError::OutOfRange { .. })));
    a.processes[0].annual_cost = 0.0;
    a.processes[0].judgement = 6;
    assert_eq!(field_of(&a), "processes[0].judgement");
    a.processes[0].judgement = 2;
    a.processes[0].overlap_hours = 9;
    assert_eq!(field_of(&a), "processes[0].overlap_hours");
    let mut g = base();
    g.goals.coverage = 7;
    assert_eq!(field_of(&g), "goals.coverage");
    let mut h = base();
    h.company.hours = WorkingHours { start: 17, end: 9 };
    assert_eq!(field_of(&h), "company.hours.end");
}

#[test]
fn unknown_ids_duplicates_and_limits_are_rejected() {
    let mut a = base();
    a.company.home = "XX".into();
    assert!(matches!(
        recommend(&a),
        Err(EngineError::UnknownCountry { .. })
    ));
    let mut a = base();
    a.processes[0].id = "teleportation".into();
    assert_eq!(field_of(&a), "processes[0].id");
    let mut a = base();
    a.processes.push(a.processes[0].clone());
    assert!(
        matches!(recommend(&a), Err(EngineError::DuplicateProcess { ref field, .. }) if field == "processes[1].id")
    );
    let a = shorewise::engine::examples::with_processes(201);
    assert!(matches!(
        recommend(&a),
        Err(EngineError::TooManyProcesses {
            count: 201,
            max: 200
        })
    ));
    assert!(recommend(&shorewise::engine::examples::with_processes(200)).is_ok());
}

#[test]
fn names_are_limited_and_custom_processes_need_one() {
    let mut a = base();
    a.company.name = "x".repeat(121);
    assert_eq!(field_of(&a), "company.name");
    a.company.name = "é".repeat(120);
    assert!(
        recommend(&a).is_ok(),
        "the limit counts characters, not bytes"
    );
    let mut a = base();
    a.processes
        .push(ProcessAnswer::custom(1, "   ", WorkKind::It));
    assert_eq!(field_of(&a), "processes[1].custom_name");
    a.processes[1].custom_name = "y".repeat(121);
    assert!(matches!(
        recommend(&a),
        Err(EngineError::NameTooLong { chars: 121, .. })
    ));
}

#[test]
fn a_newer_format_version_is_refused_with_a_message() {
    let mut a = base();
    a.version = 99;
    let err = recommend(&a).unwrap_err();
    assert_eq!(
        err.to_string(),
        "this file uses format version 99; Shorewise reads version 1"
    );
}

#[test]
fn error_messages_say_what_to_change() {
    let mut a = base();
    a.processes[0].fte = 0.0;
    assert_eq!(
        recommend(&a).unwrap_err().to_string(),
        "processes[0].fte must be between 0.01 and 100,000 (got 0)"
    );
}

#[test]
fn wage_figures_are_checked() {
    use shorewise::engine::model::WageOverride;
    let mut a = base();
    a.wages.push(WageOverride {
        country: "ZZ".into(),
        low: 1.0,
        high: 2.0,
    });
    assert_eq!(field_of(&a), "wages[0].country");
    a.wages[0].country = "PH".into();
    a.wages[0].high = 0.5;
    assert_eq!(field_of(&a), "wages[0].high");
    a.wages[0].high = f64::NAN;
    assert!(matches!(recommend(&a), Err(EngineError::NotFinite { .. })));
    a.wages[0].high = 3.0;
    assert!(recommend(&a).is_ok());
    a.wages.push(a.wages[0].clone());
    assert!(
        matches!(recommend(&a), Err(EngineError::DuplicateWage { ref field, .. }) if field == "wages[1].country")
    );
}

#[test]
fn process_ids_keep_their_written_form() {
    use shorewise::engine::model::ProcessId;
    for (text, id) in [
        ("payroll", ProcessId::Catalog("payroll".into())),
        ("custom-7", ProcessId::Custom(7)),
        ("custom-x", ProcessId::Catalog("custom-x".into())),
    ] {
        assert_eq!(ProcessId::parse(text), id);
        assert_eq!(id.to_string(), text);
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{text}\""));
        assert_eq!(serde_json::from_str::<ProcessId>(&json).unwrap(), id);
    }
    let mut a = Assessment::default();
    a.processes
        .push(ProcessAnswer::custom(1, "Claims", WorkKind::BackOffice));
    a.processes[0].id = ProcessId::parse("custom-x");
    assert!(
        matches!(recommend(&a), Err(EngineError::UnknownProcess { .. })),
        "a malformed custom id is an unknown catalog id, not a crash"
    );
}

/// A number far out of range reads as a number in the message, not as hundreds of
/// digits (before, `1e300` was written out in full: 301 characters).
#[test]
fn numbers_in_messages_are_readable() {
    use shorewise::engine::model::readable;
    assert_eq!(readable(100_000.0), "100,000");
    assert_eq!(readable(0.01), "0.01");
    assert_eq!(readable(2.5), "2.5");
    assert_eq!(readable(-1234.5), "-1,234.5");
    assert_eq!(readable(1e13), "10,000,000,000,000");
    assert_eq!(readable(1e300), "1.000e300");
    let mut a = shorewise::engine::examples::us_software();
    a.processes[0].fte = 1e300;
    let e = shorewise::engine::validate::validate(&a).unwrap_err();
    let message = e.to_string();
    assert!(message.len() < 120, "{message}");
    assert!(message.contains("1.000e300"), "{message}");
    let described = shorewise::content::problems::describe(&e, &|_| None);
    assert!(described.len() < 160, "{described}");
    assert!(described.contains("100,000"), "{described}");
    use shorewise::content::lang::{self, Lang};
    lang::set(Lang::De);
    let german = shorewise::content::problems::describe(&e, &|_| Some("Payroll".into()));
    lang::set(Lang::En);
    assert!(
        german.starts_with("Prozess 1 (Payroll), „")
            && german.contains("muss zwischen 0,01 und 100.000 liegen"),
        "{german}"
    );
}

/// A time zone that is not one of the home country's is refused by name.
#[test]
fn a_zone_must_belong_to_the_home_country() {
    let mut a = shorewise::engine::examples::us_software();
    a.company.zone = "us-pacific".into();
    assert!(shorewise::engine::validate::validate(&a).is_ok());
    a.company.zone = "au-west".into();
    let e = shorewise::engine::validate::validate(&a).unwrap_err();
    assert_eq!(e.field(), Some("company.zone"));
}

/// A message that quotes a user's value shortens it: a 10 KB process name or country
/// code in a file cannot make the page wider than a sentence.
#[test]
fn a_message_quotes_at_most_eighty_characters_of_a_users_value() {
    use shorewise::content::problems::{describe, quoted, QUOTED_MAX};
    let long = "Payroll ".repeat(1_250);
    let mut a = shorewise::engine::examples::us_software();
    a.processes
        .push(ProcessAnswer::custom(1, &long, WorkKind::BackOffice));
    let e = shorewise::engine::validate::validate(&a).unwrap_err();
    let described = describe(&e, &|i| a.processes.get(i).map(|p| p.custom_name.clone()));
    assert!(described.chars().count() < 200, "{described}");
    assert!(described.contains("Payroll Payroll"), "{described}");
    assert!(described.contains('…'), "{described}");
    a.processes.pop();
    a.company.home = "X".repeat(10_000);
    let e = shorewise::engine::validate::validate(&a).unwrap_err();
    let described = describe(&e, &|_| None);
    assert!(described.chars().count() < 200, "{described}");
    // Short values stay whole; the cut keeps 80 characters and marks it.
    assert_eq!(quoted("  Payroll "), "Payroll");
    assert_eq!(quoted(&"y".repeat(QUOTED_MAX)), "y".repeat(QUOTED_MAX));
    assert_eq!(
        quoted(&"y".repeat(QUOTED_MAX + 1)),
        format!("{}…", "y".repeat(QUOTED_MAX))
    );
}
