//! Schema locking: `claims schema` is the library's schema, every fixture's output
//! validates against it, and every output deserialises into the document types with
//! `deny_unknown_fields` and serialises back unchanged.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{json, Value};

// The views' hand-built document (every kind of item), shared with the unit tests.
#[allow(dead_code)]
#[path = "../src/view/sample.rs"]
mod sample;
mod document {
    pub use claims::document::*;
}
mod view {
    pub use claims::view::*;
}

fn claims() -> Command {
    Command::cargo_bin("claims").unwrap_or_else(|e| panic!("{e}"))
}

fn schema() -> Value {
    let out = claims().arg("schema").output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Outputs to check: every fixture, plus odd inputs.
fn outputs() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let o = claims().arg("extract").arg(&f).output().unwrap();
        assert!(o.status.success(), "{}", f.display());
        out.push((
            f.display().to_string(),
            serde_json::from_slice(&o.stdout).unwrap(),
        ));
    }
    for (name, input) in [("empty", ""), ("odd", "\u{feff}«Ça» dit-il.\r\n\r\n\"\"\n")] {
        let o = claims()
            .args(["extract", "--compact"])
            .write_stdin(input)
            .output()
            .unwrap();
        out.push((name.to_string(), serde_json::from_slice(&o.stdout).unwrap()));
    }
    out.push((
        "sample".into(),
        serde_json::to_value(sample::document()).unwrap(),
    ));
    out
}

#[test]
fn schema_command_prints_the_library_schema() {
    let s = schema();
    assert_eq!(s, claims::schema::document());
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
}

#[test]
fn every_output_validates() {
    let validator = jsonschema::draft202012::new(&schema()).unwrap();
    let outputs = outputs();
    assert!(outputs.len() >= 4);
    for (name, doc) in &outputs {
        let errors: Vec<String> = validator
            .iter_errors(doc)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn the_schema_rejects_what_the_types_reject() {
    let validator = jsonschema::draft202012::new(&schema()).unwrap();
    let good = serde_json::to_value(sample::document()).unwrap();
    let mut cases: Vec<(&str, Value)> = Vec::new();
    let mut extra = good.clone();
    extra["actors"][0]["nickname"] = json!("HC");
    cases.push(("unknown field", extra));
    let mut missing = good.clone();
    missing["attributions"][0]
        .as_object_mut()
        .unwrap()
        .remove("rule");
    cases.push(("missing field", missing));
    let mut kind = good.clone();
    kind["actors"][1]["kind"] = json!("alien");
    cases.push(("unknown kind", kind));
    let mut form = good.clone();
    form["attributions"][0]["form"] = json!("shouted");
    cases.push(("unknown form", form));
    let mut negative = good;
    negative["sentences"][0]["start"] = json!(-1);
    cases.push(("negative offset", negative));
    for (what, doc) in cases {
        assert!(!validator.is_valid(&doc), "{what} passed the schema");
        assert!(
            serde_json::from_value::<claims::Document>(doc).is_err(),
            "{what} passed serde"
        );
    }
}

#[test]
fn nullable_fields_must_be_present() {
    let validator = jsonschema::draft202012::new(&schema()).unwrap();
    let mut doc = serde_json::to_value(sample::document()).unwrap();
    assert!(validator.is_valid(&doc));
    doc["attributions"][1]
        .as_object_mut()
        .unwrap()
        .remove("stance");
    assert!(
        !validator.is_valid(&doc),
        "an absent `stance` passed: claims always writes null"
    );
}

#[test]
fn outputs_round_trip_through_the_locked_types() {
    for (name, doc) in outputs() {
        let typed: claims::Document =
            serde_json::from_value(doc.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(serde_json::to_value(typed).unwrap(), doc, "{name}");
    }
}
