//! The documented settings and the app's reader agree: every setting the schema names is
//! one the reader takes, and the documented example reads without a problem.

use shorewise::content::{companies, processes};
use shorewise::engine::model::WorkKind;
use shorewise::files::colour::{self, Colour};
use shorewise::files::config::{read, ProblemKind};
use shorewise::files::json;

fn schema() -> serde_json::Value {
    serde_json::from_str(include_str!("../docs/config.schema.json")).expect("the schema is JSON")
}

/// A value the reader takes for each setting the schema documents.
fn sample(path: &str) -> String {
    if path == "examples.own" {
        let answers = json::export(&companies::EXAMPLES[0].assessment());
        return format!(
            r#"[{{"id": "acme", "name": "Acme", "summary": "A client.", "answers": {answers}}}]"#
        );
    }
    let value = match path {
        "$schema" => "\"config.schema.json\"",
        "embed.always" | "embed.answers" => "true",
        "embed.origins" => "[\"https://intranet.example.com\"]",
        "call_to_action" => "{\"text\": \"Talk to us\", \"url\": \"https://example.com\"}",
        "contact" => "\"sourcing@example.com\"",
        "share_links" | "offline" => "false",
        "brand.name" => "\"Acme Sourcing\"",
        "brand.logo" => "\"brand/logo.svg\"",
        "brand.colours.light.brand" => "\"#0b5c6b\"",
        "brand.colours.light.accent" | "brand.colours.dark.accent" => "\"#f2b134\"",
        "brand.colours.dark.brand" => "\"#6cc4d3\"",
        "defaults.home_country" => "\"DE\"",
        "defaults.language" => "\"de\"",
        "processes.offered" => "[\"payroll\"]",
        "processes.extra" => {
            "[{\"name\": \"Claims intake\", \"summary\": \"Claims logged.\", \"category\": \"data\", \"kind\": \"back_office\"}]"
        }
        goal if goal.starts_with("defaults.goals.") => "4",
        "examples.builtin" => "false",
        "messages" => "{\"fr\": {\"Start the assessment\": \"Commencer\"}}",
        "languages" => "{\"nl\": {\"name\": \"Nederlands\", \"file\": \"i18n/nl.po\"}}",
        other => panic!("the schema documents {other}; give it a sample here"),
    };
    value.to_owned()
}

/// Every documented setting's path: nested objects are walked, except those read as a
/// whole (a call to action needs both members).
fn settings(schema: &serde_json::Value, path: &str, out: &mut Vec<String>) {
    let members = schema["properties"].as_object().expect("settings");
    for (name, setting) in members {
        let at = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}.{name}")
        };
        if setting.get("properties").is_some() && at != "call_to_action" {
            settings(setting, &at, out);
        } else {
            out.push(at);
        }
    }
}

#[test]
fn every_setting_the_schema_names_is_read() {
    let mut paths = Vec::new();
    settings(&schema(), "", &mut paths);
    assert!(paths.len() > 20, "{paths:?}");
    for path in paths {
        let file = path.split('.').rev().fold(sample(&path), |inner, key| {
            format!("{{\"{key}\": {inner}}}")
        });
        let (_, problems) = read(&file);
        assert_eq!(problems, [], "{file}");
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
    assert!(config.brand.name.is_some() && config.brand.dark.brand.is_some());
    assert_eq!(config.defaults.home_country, Some("DE"));
    assert_eq!(config.extra.len(), 1);
    let (_, problems) = read(include_str!("../assets/site/config.json"));
    assert_eq!(problems, [], "the shipped file is the defaults");
}

/// The guide lists every id `processes.offered` takes.
#[test]
fn the_guide_lists_every_catalog_id() {
    let guide = include_str!("../docs/configuration.md");
    for p in processes::CATALOG {
        assert!(
            guide.contains(&format!("| `{}` | {} |", p.id, p.name)),
            "docs/configuration.md lacks {}",
            p.id
        );
    }
}

/// The surfaces the contrast check uses and the defaults are those the style sheet
/// paints: a colour the check passes is readable on the real page.
#[test]
fn the_contrast_check_knows_the_style_sheets_surfaces() {
    let tokens = include_str!("../styles/tokens.css");
    let has = |line: String| {
        assert!(tokens.contains(&line), "styles/tokens.css lacks {line}");
    };
    for theme in [colour::LIGHT, colour::DARK] {
        let name = theme.name;
        has(format!("--color-surface: {};", theme.surface));
        has(format!("--color-background: {};", theme.background));
        has(format!("--color-selected: {};", theme.selected));
        has(format!(
            "--color-brand: var(--brand-{name}, {});",
            theme.brand
        ));
        has(format!(
            "--color-accent: var(--accent-{name}, {});",
            theme.accent
        ));
    }
    // Text on a light fill is white; on a dark one, the dark page colour.
    has(format!("--color-on-fill: {};", Colour([255; 3])));
    has(format!("--color-on-fill: {};", colour::DARK.background));
}

/// The schema lists exactly the categories and kinds of work an extra entry may take.
#[test]
fn the_schema_lists_every_category_and_kind_of_work() {
    let item = &schema()["properties"]["processes"]["properties"]["extra"]["items"]["properties"];
    let listed = |field: &str| -> Vec<String> {
        item[field]["enum"]
            .as_array()
            .expect("an enum")
            .iter()
            .map(|v| v.as_str().expect("text").to_owned())
            .collect()
    };
    assert_eq!(
        listed("category"),
        processes::Category::ALL
            .iter()
            .map(|x| json::key_of(x))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        listed("kind"),
        WorkKind::ALL
            .iter()
            .map(|x| json::key_of(x))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        item["name"]["maxLength"],
        serde_json::json!(shorewise::engine::model::MAX_NAME_CHARS)
    );
}
