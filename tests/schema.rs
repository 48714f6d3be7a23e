//! `docs/assessment.schema.json` describes what Shorewise exports: every example company
//! and the documented example validate against it, its value lists are exactly the
//! engine's, and files the engine would refuse for a typed reason fail it too. The
//! checker below covers the parts of JSON Schema the file uses.

use serde_json::{json, Value};
use shorewise::content::companies::EXAMPLES;
use shorewise::engine::model::*;
use shorewise::files::json as file;

fn schema() -> Value {
    serde_json::from_str(include_str!("../docs/assessment.schema.json"))
        .expect("the schema is JSON")
}

fn resolve<'a>(root: &'a Value, s: &'a Value) -> &'a Value {
    match s.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.strip_prefix("#/$defs/").expect("local references only");
            &root["$defs"][name]
        }
        None => s,
    }
}

/// The places where `v` breaks schema `s`.
fn check(root: &Value, s: &Value, v: &Value, at: &str, out: &mut Vec<String>) {
    let s = resolve(root, s);
    let mut fail = |what: &str| out.push(format!("{at}: {what}"));
    if let Some(c) = s.get("const") {
        if c != v {
            fail("const");
        }
    }
    if let Some(e) = s.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            fail("enum");
        }
    }
    let ok_type = match s.get("type").and_then(Value::as_str) {
        None => true,
        Some("object") => v.is_object(),
        Some("array") => v.is_array(),
        Some("string") => v.is_string(),
        Some("boolean") => v.is_boolean(),
        Some("number") => v.is_number(),
        Some("integer") => v.is_u64() || v.is_i64(),
        Some(t) => panic!("type {t} not covered"),
    };
    if !ok_type {
        fail("type");
        return;
    }
    if let (Some(n), Some(min)) = (v.as_f64(), s.get("minimum").and_then(Value::as_f64)) {
        if n < min {
            fail("minimum");
        }
    }
    if let (Some(n), Some(max)) = (v.as_f64(), s.get("maximum").and_then(Value::as_f64)) {
        if n > max {
            fail("maximum");
        }
    }
    if let Some(text) = v.as_str() {
        let chars = text.chars().count() as u64;
        if s.get("maxLength")
            .and_then(Value::as_u64)
            .is_some_and(|m| chars > m)
        {
            fail("maxLength");
        }
        if s.get("minLength")
            .and_then(Value::as_u64)
            .is_some_and(|m| chars < m)
        {
            fail("minLength");
        }
    }
    if let Some(items) = v.as_array() {
        if s.get("maxItems")
            .and_then(Value::as_u64)
            .is_some_and(|m| items.len() as u64 > m)
        {
            fail("maxItems");
        }
        if let Some(item) = s.get("items") {
            for (i, x) in items.iter().enumerate() {
                check(root, item, x, &format!("{at}[{i}]"), out);
            }
        }
    }
    if let Some(fields) = v.as_object() {
        let props = s.get("properties").and_then(Value::as_object);
        for r in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if !fields.contains_key(r.as_str().unwrap()) {
                out.push(format!("{at}: required {r}"));
            }
        }
        for (k, x) in fields {
            match props.and_then(|p| p.get(k)) {
                Some(sub) => check(root, sub, x, &format!("{at}.{k}"), out),
                None if s.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    out.push(format!("{at}: unexpected {k}"));
                }
                None => {}
            }
        }
    }
}

fn problems(v: &Value) -> Vec<String> {
    let root = schema();
    let mut out = Vec::new();
    check(&root, &root, v, "", &mut out);
    out
}

#[test]
fn every_exported_example_fits_the_schema() {
    for e in EXAMPLES {
        let v: Value = serde_json::from_str(&file::export(&e.assessment())).unwrap();
        assert_eq!(problems(&v), Vec::<String>::new(), "{}", e.id);
    }
    let mut custom = shorewise::engine::examples::with_processes(40);
    custom
        .wages
        .push(WageOverride::new("PH".into(), 3.0, 4.5).unwrap());
    custom.processes[0].languages = vec![Language::German];
    custom.assumptions = vec![
        AssumptionOverride::new(Assumption::ContractMonths, 48.0, 48.0).unwrap(),
        AssumptionOverride::new(Assumption::DoubleRunning, 0.2, 0.5).unwrap(),
    ];
    let v: Value = serde_json::from_str(&file::export(&custom)).unwrap();
    assert_eq!(problems(&v), Vec::<String>::new());
}

#[test]
fn the_documented_example_fits_the_schema() {
    let doc = include_str!("../docs/data-format.md");
    let start = doc.find("```json\n").unwrap() + 8;
    let end = start + doc[start..].find("```").unwrap();
    let v: Value = serde_json::from_str(&doc[start..end]).unwrap();
    assert_eq!(problems(&v), Vec::<String>::new());
}

fn values<T: serde::Serialize>(all: &[T]) -> Value {
    Value::Array(
        all.iter()
            .map(|v| serde_json::to_value(v).unwrap())
            .collect(),
    )
}

#[test]
fn the_schemas_value_lists_are_the_engines() {
    let s = schema();
    let p = &s["properties"];
    let c = &p["company"]["properties"];
    assert_eq!(c["industry"]["enum"], values(Industry::ALL));
    assert_eq!(c["size"]["enum"], values(SizeBand::ALL));
    assert_eq!(s["$defs"]["language"]["enum"], values(Language::ALL));
    assert_eq!(s["$defs"]["level"]["enum"], values(Level::ALL));
    assert_eq!(
        p["risk"]["properties"]["residency"]["enum"],
        values(Residency::ALL)
    );
    assert_eq!(
        p["risk"]["properties"]["regulations"]["items"]["enum"],
        values(Regulation::ALL)
    );
    let process = &s["$defs"]["process"]["properties"];
    assert_eq!(process["kind"]["enum"], values(WorkKind::ALL));
    assert_eq!(process["role"]["enum"], values(StrategicRole::ALL));
    assert_eq!(process["demand"]["enum"], values(Demand::ALL));
    assert_eq!(process["sensitivity"]["enum"], values(Sensitivity::ALL));
    assert_eq!(process["fte"]["minimum"], json!(FTE_BOUNDS.min));
    assert_eq!(process["fte"]["maximum"].as_f64(), Some(FTE_BOUNDS.max));
    assert_eq!(
        process["annual_cost"]["maximum"].as_f64(),
        Some(ANNUAL_COST_BOUNDS.max)
    );
    assert_eq!(
        process["overlap_hours"]["maximum"],
        json!(MAX_OVERLAP_HOURS)
    );
    assert_eq!(process["custom_name"]["maxLength"], json!(MAX_NAME_CHARS));
    assert_eq!(p["processes"]["maxItems"], json!(MAX_PROCESSES));
    assert_eq!(p["version"]["const"], json!(FORMAT_VERSION));
    assert_eq!(
        p["assumptions"]["items"]["properties"]["assumption"]["enum"],
        values(Assumption::ALL)
    );
}

#[test]
fn files_the_engine_refuses_fail_the_schema_too() {
    let base: Value = serde_json::from_str(&file::export(&EXAMPLES[0].assessment())).unwrap();
    let broken: [(&str, Value); 6] = [
        ("/processes/0/fte", json!(-1.0)),
        ("/processes/0/judgement", json!(9)),
        ("/goals/cost", json!(6)),
        ("/company/industry", json!("space_mining")),
        ("/company/hours/end", json!(25)),
        ("/version", json!(2)),
    ];
    for (pointer, bad) in broken {
        let mut v = base.clone();
        *v.pointer_mut(pointer).unwrap() = bad;
        assert!(!problems(&v).is_empty(), "{pointer} should fail the schema");
        assert!(
            file::import(&v.to_string()).is_err(),
            "{pointer} should fail the import"
        );
    }
}
