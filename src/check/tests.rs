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
fn long_strings_show_their_difference() {
    let stem = "News agency Bloomberg reports that a chief executive met with senior members";
    let got = lines(
        json!({"t": stem}),
        json!({"t": format!("{stem} of the board to discuss it")}),
    );
    assert_eq!(
        got,
        [
            r#"t: "…cutive met with senior members" → "…cutive met with senior members of the board to discuss it""#
        ]
    );
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

#[test]
fn a_dropped_sentence_is_one_removal_and_folded_moves() {
    let sentence = |i: usize, t: &str| json!({"index": i, "text": t});
    let texts = ["A.", "B.", "C.", "D.", "E.", "F."];
    let expected: Vec<Value> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| sentence(i, t))
        .collect();
    let actual: Vec<Value> = texts
        .iter()
        .filter(|t| **t != "B.")
        .enumerate()
        .map(|(i, t)| sentence(i, t))
        .collect();
    let mentions = |shift: i64| -> Vec<Value> {
        (2..6)
            .map(|s| json!({"sentence": s + shift, "text": "x"}))
            .collect()
    };
    let got = lines(
        json!({"sentences": expected, "actors": [{"id": "x", "mentions": mentions(0)}]}),
        json!({"sentences": actual, "actors": [{"id": "x", "mentions": mentions(-1)}]}),
    );
    assert_eq!(
        got,
        [
            "actors[*].mentions[*].sentence: 4 values moved by -1",
            "sentences: 6 → 5",
            r#"sentences[1] removed: {"index":1,"text":"B."}"#,
            "sentences[*].index: 4 values moved by -1",
        ]
    );
}

#[test]
fn numbered_ids_align_but_names_do_not() {
    let t = |i: usize, c: &str| json!({"id": format!("t{i}"), "c": c});
    let got = lines(
        json!([t(1, "a"), t(2, "b"), t(3, "c")]),
        json!([t(1, "new"), t(2, "a"), t(3, "b"), t(4, "c")]),
    );
    assert_eq!(got[0], ": 3 → 4");
    assert_eq!(got[1], r#"[0] added: {"c":"new","id":"t1"}"#);
    assert_eq!(got[2..], ["[*].id: 3 values moved by +1"].map(String::from));
    let two = lines(json!([t(1, "a"), t(2, "b")]), json!([t(2, "a"), t(3, "b")]));
    assert_eq!(two, [r#"[0].id: "t1" → "t2""#, r#"[1].id: "t2" → "t3""#]);
    assert!(!same_item(&json!({"id": "ford"}), &json!({"id": "fort"})));
    assert!(same_item(&json!({"id": "t12"}), &json!({"id": "t3"})));
}
