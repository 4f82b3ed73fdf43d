//! Tables of (paragraph text, expected sentences), one table per hazard.

use super::*;

fn sentences(text: &str) -> Vec<&str> {
    let paras = crate::reader::paragraphs(text);
    split(text, &paras)
        .into_iter()
        .map(|s| s.span.text(text))
        .collect()
}

fn check(cases: &[(&str, &[&str])]) {
    for (input, expected) in cases {
        assert_eq!(&sentences(input), expected, "input: {input:?}");
    }
}

#[test]
fn plain_terminators() {
    check(&[
        (
            "Sales rose. Profits fell.",
            &["Sales rose.", "Profits fell."],
        ),
        ("Why? Nobody knows!", &["Why?", "Nobody knows!"]),
        ("Really?! Yes.", &["Really?!", "Yes."]),
        ("No terminator here", &["No terminator here"]),
        ("", &[]),
    ]);
}
