//! The documented settings and the app's reader agree: every setting the schema names is
//! one the reader takes, and the documented example reads without a problem.

use shorewise::files::config::{read, ProblemKind};

fn schema() -> serde_json::Value {
    serde_json::from_str(include_str!("../docs/config.schema.json")).expect("the schema is JSON")
}

/// A value the reader takes for each setting the schema documents.
fn sample(path: &str) -> &'static str {
    match path {
        "$schema" => "\"config.schema.json\"",
        "embed.always" | "embed.answers" => "true",
        "embed.origins" => "[\"https://intranet.example.com\"]",
        "call_to_action" => "{\"text\": \"Talk to us\", \"url\": \"https://example.com\"}",
        "contact" => "\"sourcing@example.com\"",
        "share_links" => "false",
        other => panic!("the schema documents {other}; give it a sample here"),
    }
}

#[test]
fn every_setting_the_schema_names_is_read() {
    let schema = schema();
    let top = schema["properties"].as_object().expect("settings");
    for (name, setting) in top {
        let nested = setting["properties"]
            .as_object()
            .filter(|_| name == "embed");
        let files: Vec<String> = match nested {
            Some(members) => members
                .keys()
                .map(|m| {
                    format!(
                        "{{\"{name}\": {{\"{m}\": {}}}}}",
                        sample(&format!("{name}.{m}"))
                    )
                })
                .collect(),
            None => vec![format!("{{\"{name}\": {}}}", sample(name))],
        };
        for file in files {
            let (_, problems) = read(&file);
            assert_eq!(problems, [], "{file}");
        }
    }
    let (_, problems) = read("{\"embed\": {\"nope\": true}}");
    assert_eq!(
        problems[0].kind,
        ProblemKind::Unknown,
        "the reader refuses what the schema lacks"
    );
}

#[test]
fn the_documented_example_reads_without_a_problem() {
    let (config, problems) = read(include_str!("../docs/config.example.json"));
    assert_eq!(problems, []);
    assert_eq!(config.embed.origins.len(), 2);
    assert!(config.call_to_action.is_some() && config.contact.is_some());
    let (_, problems) = read(include_str!("../assets/site/config.json"));
    assert_eq!(problems, [], "the shipped file is the defaults");
}
