//! The documented settings and the app's reader agree: every setting the schema names is
//! one the reader takes, and the documented example reads without a problem.

use shorewise::files::config::{read, ProblemKind};

fn schema() -> serde_json::Value {
    serde_json::from_str(include_str!("../docs/config.schema.json")).expect("the schema is JSON")
}

#[test]
fn every_setting_the_schema_names_is_read() {
    let schema = schema();
    let embed = &schema["properties"]["embed"]["properties"];
    let names: Vec<&String> = embed.as_object().expect("embed settings").keys().collect();
    assert!(!names.is_empty());
    for name in names {
        let sample = match embed[name]["type"].as_str() {
            Some("boolean") => "true",
            Some("array") => "[]",
            other => panic!("{name}: no sample for {other:?}"),
        };
        let (_, problems) = read(&format!("{{\"embed\": {{\"{name}\": {sample}}}}}"));
        assert_eq!(problems, [], "embed.{name}");
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
    let (_, problems) = read(include_str!("../assets/site/config.json"));
    assert_eq!(problems, [], "the shipped file is the defaults");
}
