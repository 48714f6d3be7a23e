//! Prefill links start the questionnaire half-filled; whatever does not fit is left out
//! and reported, never fatal.

use shorewise::engine::model::*;
use shorewise::files::prefill::{read, Ignored};

#[test]
fn documented_parameters_fill_the_answers() {
    let (a, ignored) = read(
        "name=Klinik%20S%C3%BCd&home=de&industry=healthcare&size=large&hours=8-16\
         &languages=german,english&processes=payroll,it-helpdesk,payroll\
         &goal.cost=5&goal.quality=4&tolerance=low&residency=home_region&regulations=gdpr,sector",
    );
    assert_eq!(ignored, []);
    assert_eq!(a.company.name, "Klinik Süd");
    assert_eq!(a.company.home, "DE");
    assert_eq!(a.company.industry, Industry::Healthcare);
    assert_eq!(a.company.size, SizeBand::Large);
    assert_eq!(a.company.hours, WorkingHours { start: 8, end: 16 });
    assert_eq!(
        a.company.customer_languages,
        [Language::English, Language::German]
    );
    let ids: Vec<String> = a.processes.iter().map(|p| p.id.to_string()).collect();
    assert_eq!(ids, ["payroll", "it-helpdesk"], "each process once");
    assert_eq!((a.goals.cost, a.goals.quality), (5, 4));
    assert_eq!(a.risk.tolerance, Level::Low);
    assert_eq!(a.risk.residency, Residency::HomeRegion);
    assert_eq!(a.risk.regulations, [Regulation::Gdpr, Regulation::Sector]);
    assert!(shorewise::engine::recommend(&a).is_ok());
}

#[test]
fn unknown_and_invalid_parameters_are_left_out_and_named() {
    let (a, ignored) = read(
        "home=ZZ&colour=blue&goal.fun=3&goal.cost=9&processes=payroll,teleportation\
         &hours=18-9&industry=&name&%zz=1&size=small&languages=",
    );
    assert_eq!(
        a.company.home, "US",
        "defaults stay where a value did not fit"
    );
    assert_eq!(
        a.company.size,
        SizeBand::Small,
        "good parameters still apply"
    );
    assert!(a.processes.is_empty());
    let names: Vec<(&str, bool)> = ignored
        .iter()
        .map(|i| (i.name.as_str(), i.unknown))
        .collect();
    assert_eq!(
        names,
        [
            ("home", false),
            ("colour", true),
            ("goal.fun", true),
            ("goal.cost", false),
            ("processes", false),
            ("hours", false),
            ("industry", false),
            ("name", false),
            ("%zz", true),
            ("languages", false),
        ]
    );
    assert!(shorewise::engine::recommend(&a).is_ok());
}

#[test]
fn hostile_prefill_text_never_panics_and_always_validates() {
    let nasty = [
        "",
        "&&&",
        "=",
        "name=%",
        "name=%C3",
        "name=%FF%FE",
        &format!("name={}", "x".repeat(500)),
        &"processes=payroll,".repeat(2000),
        "goal.cost=-1&goal.cost=256&hours=0-25&hours=a-b&hours=5",
        "home=de&home=%00",
    ];
    for text in nasty {
        let (a, _) = read(text);
        assert!(shorewise::engine::recommend(&a).is_ok(), "{text:.60}");
    }
    let _: Vec<Ignored> = read("a=1").1;
}
