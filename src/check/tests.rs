//! Tables of expected and actual documents and the change lines between them.

use serde_json::json;

use super::*;

fn lines(expected: Value, actual: Value) -> Vec<String> {
    diff(&expected, &actual)
        .iter()
        .map(|c| c.to_string())
        .collect()
}

#[test]
fn equal_documents_have_no_changes() {
    let doc = json!({"a": [1, {"b": null}], "c": "x"});
    assert!(diff(&doc, &doc).is_empty());
}

#[test]
fn changes_name_the_item_and_field() {
    let cases: Vec<(Value, Value, Vec<&str>)> = vec![
        (
            json!({"attributions": [{"source": "a"}, {"source": "b"}, {"source": "ford"}]}),
            json!({"attributions": [{"source": "a"}, {"source": "b"}, {"source": null}]}),
            vec![r#"attributions[2].source: "ford" → null"#],
        ),
        (
            json!({"sentences": [1, 2, 3]}),
            json!({"sentences": [1, 3]}),
            vec!["sentences: 3 → 2", "sentences[1] removed: 2"],
        ),
        (
            json!({"actors": [{"id": "a"}, {"id": "b"}]}),
            json!({"actors": [{"id": "a"}, {"id": "new"}, {"id": "b"}]}),
            vec!["actors: 2 → 3", r#"actors[1] added: {"id":"new"}"#],
        ),
        (
            json!({"source": {"path": "x", "bytes": 3}}),
            json!({"source": {"path": "x", "chars": 3}}),
            vec!["source.bytes removed: 3", "source.chars added: 3"],
        ),
        (
            json!({"s": [{"t": "a"}, {"t": "b"}, {"t": "c"}]}),
            json!({"s": [{"t": "a"}, {"t": "B"}, {"t": "c"}, {"t": "d"}]}),
            vec![
                "s: 3 → 4",
                r#"s[1].t: "b" → "B""#,
                r#"s[3] added: {"t":"d"}"#,
            ],
        ),
        (json!({"n": 1}), json!({"n": "1"}), vec![r#"n: 1 → "1""#]),
    ];
    for (expected, actual, want) in cases {
        assert_eq!(
            lines(expected.clone(), actual.clone()),
            want,
            "{expected} vs {actual}"
        );
    }
}

#[test]
fn long_values_are_cut() {
    let long = "x".repeat(500);
    let got = lines(json!({"a": long}), json!({"a": "y"}));
    assert!(got[0].chars().count() < 2 * SHORT, "{}", got[0]);
    assert!(got[0].contains('…'));
}

#[test]
fn restrict_keeps_named_fields() {
    let doc = json!({"actors": [], "sentences": [1], "warnings": []});
    assert_eq!(
        restrict(&doc, &["actors", "warnings"]),
        json!({"actors": [], "warnings": []})
    );
    assert_eq!(restrict(&doc, &[]), doc);
}

#[test]
fn long_arrays_align_on_equal_items() {
    let e: Vec<Value> = (0..3000).map(Value::from).collect();
    let mut a = e.clone();
    a.remove(1500);
    a.insert(10, json!("new"));
    let got = lines(Value::Array(e), Value::Array(a));
    assert_eq!(got, [r#"[10] added: "new""#, "[1500] removed: 1500"]);
}
