//! A site's own catalog entries (`processes.extra` in config.json): read when sound,
//! each unsound one named by path, and found by the catalog's filter like the catalog's
//! own entries.

use shorewise::content::lang::{self, Lang};
use shorewise::content::processes::{Category, Filter};
use shorewise::engine::model::{WorkKind, MAX_NAME_CHARS};
use shorewise::files::config::{
    read, ExtraProcess, ProblemKind, CATALOG_ENTRIES, MAX_EXTRA, MAX_SUMMARY_CHARS,
};

fn extra(list: &str) -> (Vec<ExtraProcess>, Vec<(String, ProblemKind)>) {
    let (config, problems) = read(&format!(r#"{{"processes": {{"extra": {list}}}}}"#));
    let problems = problems.into_iter().map(|p| (p.path, p.kind)).collect();
    (config.extra, problems)
}

fn entry(name: &str, summary: &str, category: Category, kind: WorkKind) -> ExtraProcess {
    ExtraProcess {
        name: name.into(),
        summary: summary.into(),
        category,
        kind,
    }
}

#[test]
fn sound_entries_are_read_with_their_category_and_kind() {
    let (list, problems) = extra(
        r#"[{"name": " Claims intake ", "summary": "Insurance claims logged and checked.",
             "category": "data", "kind": "back_office"},
            {"name": "Store audits", "category": "operations", "kind": "research"},
            {"name": "Wissensdatenbank", "summary": "Artikel pflegen",
             "category": "customer_care", "kind": "front_office"}]"#,
    );
    assert_eq!(problems, []);
    assert_eq!(
        list,
        [
            entry(
                "Claims intake",
                "Insurance claims logged and checked.",
                Category::Data,
                WorkKind::BackOffice
            ),
            entry("Store audits", "", Category::Operations, WorkKind::Research),
            entry(
                "Wissensdatenbank",
                "Artikel pflegen",
                Category::CustomerCare,
                WorkKind::FrontOffice
            ),
        ]
    );
}

#[test]
fn each_unsound_entry_is_named_by_path_and_the_sound_ones_kept() {
    let long_summary = "x".repeat(MAX_SUMMARY_CHARS + 1);
    let long_name = "y".repeat(MAX_NAME_CHARS + 1);
    let (list, problems) = extra(&format!(
        r#"[{{"name": "Claims intake", "category": "claims", "kind": "back_office"}},
            {{"category": "data", "kind": "back_office"}},
            {{"name": "payroll", "category": "finance", "kind": "back_office"}},
            {{"name": "lohn- und gehaltsabrechnung", "category": "finance", "kind": "back_office"}},
            {{"name": "Store audits", "category": "operations", "kind": "research"}},
            {{"name": "STORE AUDITS", "category": "operations", "kind": "research"}},
            {{"name": "Notes", "summary": "{long_summary}", "category": "data", "kind": "it"}},
            {{"name": "{long_name}", "category": "data", "kind": "it"}},
            {{"name": "Tax", "category": "finance", "kind": "accounting", "owner": "me"}},
            "Fleet care"]"#
    ));
    assert_eq!(
        list,
        [
            entry("Store audits", "", Category::Operations, WorkKind::Research),
            entry("Notes", "", Category::Data, WorkKind::It),
        ],
        "a summary that cannot be used is left out, the entry kept"
    );
    let paths: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "processes.extra[0].category",
            "processes.extra[1].name",
            "processes.extra[2].name",
            "processes.extra[3].name",
            "processes.extra[5].name",
            "processes.extra[6].summary",
            "processes.extra[7].name",
            "processes.extra[8].kind",
            "processes.extra[8].owner",
            "processes.extra[9]",
        ]
    );
    let ProblemKind::OneOf(_, values) = &problems[0].1 else {
        panic!("{:?}", problems[0]);
    };
    assert!(
        values.contains("human_resources") && values.contains("customer_care"),
        "the notice lists the categories: {values}"
    );
    assert_eq!(problems[1].1, ProblemKind::Missing);
    assert_eq!(problems[2].1, ProblemKind::TakenName("payroll".into()));
    assert_eq!(
        problems[3].1,
        ProblemKind::TakenName("lohn- und gehaltsabrechnung".into()),
        "a catalog name in German is taken too"
    );
    assert_eq!(problems[4].1, ProblemKind::TakenName("STORE AUDITS".into()));
    assert_eq!(problems[5].1, ProblemKind::TooLong(MAX_SUMMARY_CHARS));
    assert_eq!(problems[6].1, ProblemKind::TooLong(MAX_NAME_CHARS));
    let ProblemKind::OneOf(_, kinds) = &problems[7].1 else {
        panic!("{:?}", problems[7]);
    };
    assert_eq!(
        kinds,
        "back_office, front_office, it, knowledge, legal, research"
    );
    assert_eq!(problems[8].1, ProblemKind::Unknown);
}

#[test]
fn a_list_too_long_keeps_the_first_entries_and_says_so() {
    let items: Vec<String> = (0..MAX_EXTRA + 3)
        .map(|i| format!(r#"{{"name": "Task {i}", "category": "data", "kind": "it"}}"#))
        .collect();
    let (list, problems) = extra(&format!("[{}]", items.join(",")));
    assert_eq!(list.len(), MAX_EXTRA);
    assert_eq!(list[MAX_EXTRA - 1].name, format!("Task {}", MAX_EXTRA - 1));
    assert_eq!(
        problems,
        [(
            "processes.extra".into(),
            ProblemKind::TooMany(CATALOG_ENTRIES, MAX_EXTRA)
        )]
    );
    let (list, problems) = extra(r#"{"name": "Task"}"#);
    assert!(list.is_empty());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, "processes.extra");
}

#[test]
fn the_filter_finds_an_entry_by_name_summary_or_category() {
    lang::set(Lang::En);
    let claims = entry(
        "Claims intake",
        "Insurance claims logged and checked.",
        Category::Data,
        WorkKind::BackOffice,
    );
    for typed in ["", "  claims ", "INSURANCE", "data"] {
        assert!(claims.matches(&Filter::new(typed)), "{typed}");
    }
    for typed in ["payroll", "finance", "claims outsourcing"] {
        assert!(!claims.matches(&Filter::new(typed)), "{typed}");
    }
    let german = entry(
        "Übersetzungen",
        "",
        Category::KnowledgeWork,
        WorkKind::Knowledge,
    );
    assert!(german.matches(&Filter::new("übersetz")));
    assert!(german.matches(&Filter::new("ÜBERSETZ")));
    assert!(german.is_named(" übersetzungen "));
    assert!(!german.is_named("Übersetzung"));
}
