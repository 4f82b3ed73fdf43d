//! `claims eval`: output shapes, gates, exit codes and error messages, on the invented
//! articles under tests/data/eval*/. Counts that depend on how good extraction is are
//! only checked for consistency (found + missed = annotated), so these tests hold while
//! extraction improves.

use assert_cmd::Command;
use predicates::prelude::*;
use serde::Deserialize;

fn claims() -> Command {
    Command::cargo_bin("claims").unwrap()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Output {
    articles: usize,
    lenient_articles: usize,
    scores: Scores,
    details: Option<Vec<Article>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scores {
    actors: Score,
    attributions: Score,
    attributions_content: Score,
    proposals: Score,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Score {
    articles: usize,
    tp: usize,
    fp: usize,
    #[serde(rename = "fn")]
    fn_: usize,
    precision: f64,
    recall: f64,
    f1: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Article {
    article: String,
    lenient: bool,
    scores: std::collections::BTreeMap<String, Counts>,
    findings: Vec<Finding>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Counts {
    tp: usize,
    fp: usize,
    #[serde(rename = "fn")]
    fn_: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Finding {
    problem: String,
    item: String,
    gold_source: Option<String>,
    predicted_source: Option<String>,
    text: String,
    rule: Option<String>,
}

fn json(args: &[&str]) -> Output {
    let out = claims()
        .args(["eval", "--json"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn table_lists_the_four_scores() {
    let rows = [
        "actors ",
        "attributions ",
        "attributions_content ",
        "proposals ",
    ];
    let mut assert = claims()
        .args(["eval", "tests/data/eval"])
        .assert()
        .success();
    for row in rows {
        assert = assert.stdout(predicate::str::contains(format!("\n{row}")));
    }
    assert.stdout(predicate::str::starts_with(
        "articles: 1 (lenient sources: 0)\nscore ",
    ));
}

#[test]
fn json_counts_add_up_to_the_annotation() {
    let out = json(&["tests/data/eval"]);
    assert_eq!((out.articles, out.lenient_articles), (1, 0));
    let s = &out.scores;
    assert_eq!(s.actors.tp + s.actors.fn_, 6);
    assert_eq!(s.proposals.tp + s.proposals.fn_, 3);
    // The split quote counts once when predicted whole, twice when predicted in parts.
    assert!((5..=6).contains(&(s.attributions.tp + s.attributions.fn_)));
    assert!(s.attributions.tp <= s.attributions_content.tp);
    assert!(out.details.is_none());
    for score in [
        &s.actors,
        &s.attributions,
        &s.attributions_content,
        &s.proposals,
    ] {
        assert_eq!(score.articles, 1);
        assert!((0.0..=1.0).contains(&score.f1));
    }
}

#[test]
fn verbose_json_lists_a_finding_for_every_miss_and_false_positive() {
    let out = json(&["--verbose", "tests/data/eval"]);
    let details = out.details.unwrap();
    assert_eq!(details[0].article, "market-hall.txt");
    let count = |item: &str, problems: &[&str]| {
        let f = details[0].findings.iter();
        f.filter(|f| f.item == item && problems.contains(&f.problem.as_str()))
            .count()
    };
    let s = &out.scores;
    let kinds: Vec<&String> = details[0].scores.keys().collect();
    assert_eq!(
        kinds,
        [
            "actors",
            "attributions",
            "attributions_content",
            "proposals"
        ]
    );
    assert_eq!(details[0].scores["attributions"].fp, s.attributions.fp);
    assert_eq!(
        count("attribution", &["miss", "source_mismatch"]),
        s.attributions.fn_
    );
    assert_eq!(
        count("attribution", &["spurious", "source_mismatch"]),
        s.attributions.fp
    );
    assert_eq!(count("actor", &["spurious", "duplicate"]), s.actors.fp);
    assert_eq!(
        count("proposal", &["miss", "source_mismatch"]),
        s.proposals.fn_
    );
}

#[test]
fn verbose_text_heads_each_article() {
    claims()
        .args(["eval", "--verbose", "tests/data/eval"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "== market-hall.txt  (found/gold +spurious) actors ",
        ))
        .stdout(predicate::str::contains("\nattributions_content "));
}

#[test]
fn lenient_sets_score_attributions_only() {
    let out = json(&["tests/data/eval-lenient"]);
    assert_eq!((out.articles, out.lenient_articles), (1, 1));
    assert_eq!(out.scores.attributions.articles, 1);
    assert_eq!(out.scores.attributions.tp + out.scores.attributions.fn_, 3);
    assert_eq!(
        (out.scores.actors.articles, out.scores.proposals.articles),
        (0, 0)
    );
    let details = json(&["--verbose", "tests/data/eval-lenient"])
        .details
        .unwrap();
    let kinds: Vec<&String> = details[0].scores.keys().collect();
    assert_eq!(kinds, ["attributions", "attributions_content"]);
}

#[test]
fn gates_fail_with_exit_1_and_name_the_score() {
    claims()
        .args([
            "eval",
            "tests/data/eval-lenient",
            "--min-f1",
            "attributions=0",
            "--min-f1",
            "proposals=0.5",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("attributions_content"))
        .stderr("claims: gate failed: proposals F1 0.000 is below the minimum 0.5\n");
    claims()
        .args([
            "eval",
            "tests/data/eval",
            "--min-f1",
            "attributions_content=0",
        ])
        .assert()
        .success()
        .stderr("");
}

#[test]
fn bad_gates_are_usage_errors() {
    for gate in [
        "quotes=0.5",
        "attributions",
        "attributions=high",
        "proposals=1.5",
    ] {
        claims()
            .args(["eval", "tests/data/eval", "--min-f1", gate])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("--min-f1"));
    }
    claims().args(["eval"]).assert().code(2);
}

#[test]
fn a_bad_gold_file_is_named_with_its_problem() {
    claims()
        .args(["eval", "tests/data/eval-bad"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "eval-bad/library.gold.json: bad gold file: attributions[0]: source \"the head librarian\" is not a listed actor",
        ));
}

#[test]
fn a_directory_without_gold_files_is_an_error() {
    claims()
        .args(["eval", "tests"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("tests: no *.gold.json files"));
    claims()
        .args(["eval", "tests/data/no-such-dir"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no-such-dir: cannot read directory",
        ));
}
