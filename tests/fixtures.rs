//! The project's own fixtures: `claims check` over every `fixtures/NAME.txt` that has a
//! `NAME.expected.json`, and the check/bless cycle in a scratch directory.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn claims() -> Command {
    Command::cargo_bin("claims").unwrap_or_else(|e| panic!("{e}"))
}

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    out.sort();
    out
}

fn expected(article: &Path) -> PathBuf {
    let stem = article.file_stem().unwrap().to_string_lossy();
    article.with_file_name(format!("{stem}.expected.json"))
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fixtures-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const ARTICLE: &str =
    "The port authority said on Monday that the new ferry line would open in June.\n\n\
\"We are ready,\" a spokeswoman told reporters. Critics disagreed.\n";

#[test]
fn fixtures_with_expected_files_match() {
    let blessed: Vec<PathBuf> = fixtures()
        .into_iter()
        .filter(|p| expected(p).exists())
        .collect();
    assert!(
        blessed.iter().any(|p| p.ends_with("seed-ford-jv.txt")),
        "the seed article must have an expected file"
    );
    claims()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("check")
        .args(&blessed)
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "{0} ok, 0 differ",
            blessed.len()
        )));
}

// A fixture article without expectations fails CI.
#[test]
fn every_fixture_has_an_expected_file() {
    let missing: Vec<PathBuf> = fixtures()
        .into_iter()
        .filter(|p| !expected(p).exists())
        .collect();
    assert!(
        missing.is_empty(),
        "no expected file for {missing:?}: run `claims check --bless`"
    );
    claims()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check", "fixtures/"])
        .assert()
        .success();
}

#[test]
fn edit_fails_with_a_named_field_and_bless_restores() {
    let dir = scratch("cycle");
    std::fs::write(dir.join("port.txt"), ARTICLE).unwrap();
    let run = |args: &[&str]| claims().current_dir(&dir).args(args).assert();
    run(&["check", "--bless", "."])
        .success()
        .stdout(predicate::str::contains(
            "1 article blessed: 1 new, 0 updated, 0 unchanged",
        ));
    let path = dir.join("port.expected.json");
    let blessed = std::fs::read_to_string(&path).unwrap();
    assert!(
        blessed.ends_with("}\n"),
        "pretty JSON with a trailing newline"
    );
    assert!(
        blessed.contains("\"path\": \"port.txt\""),
        "source.path is the bare file name"
    );
    run(&["check", "."])
        .success()
        .stdout("1 article checked: 1 ok, 0 differ\n");

    let edited = blessed.replacen("would open in June.", "would open in July.", 1);
    assert_ne!(edited, blessed);
    std::fs::write(&path, &edited).unwrap();
    run(&["check", "."])
        .code(1)
        .stdout(predicate::str::contains(
            r#"./port.txt: sentences[0].text: "…ew ferry line would open in July." → "…ew ferry line would open in June.""#,
        ))
        .stdout(predicate::str::contains("1 article checked: 0 ok, 1 differ"));
    // The edited field is outside --only: nothing to report.
    run(&["check", "--only", "actors,attributions", "."]).success();
    run(&["check", "--only", "sentences", "."]).code(1);

    run(&["check", "--bless", "port.txt"])
        .success()
        .stdout(predicate::str::contains("1 updated"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), blessed);
    run(&["check", "port.txt"]).success();
}

#[test]
fn expected_files_do_not_depend_on_the_working_directory() {
    let dir = scratch("cwd");
    std::fs::create_dir_all(dir.join("sub/fixtures")).unwrap();
    std::fs::write(dir.join("sub/fixtures/a.txt"), ARTICLE).unwrap();
    claims()
        .current_dir(&dir)
        .args(["check", "--bless", "sub/fixtures"])
        .assert()
        .success();
    claims()
        .current_dir(dir.join("sub"))
        .arg("check")
        .assert()
        .success();
    claims()
        .current_dir(dir.join("sub/fixtures"))
        .args(["check", "a.txt"])
        .assert()
        .success();
}

#[test]
fn missing_expected_file_fails_with_a_hint() {
    let dir = scratch("missing");
    std::fs::write(dir.join("new.txt"), ARTICLE).unwrap();
    claims()
        .current_dir(&dir)
        .args(["check", "new.txt"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "new.txt: no expected file new.expected.json",
        ))
        .stdout(predicate::str::contains("claims check --bless new.txt"))
        .stdout(predicate::str::contains(
            "1 article checked: 0 ok, 0 differ, 1 missing an expected file",
        ));
}

#[test]
fn bad_arguments_fail() {
    let dir = scratch("bad");
    let cases: [(&[&str], i32, &str); 4] = [
        (
            &["check", "nope.txt"],
            1,
            "nope.txt: no such article or directory",
        ),
        (&["check", "."], 1, "no articles (*.txt) to check"),
        (
            &["check", "--only", "speakers", "."],
            2,
            "invalid value 'speakers'",
        ),
        (
            &["check", "--bless", "--only", "actors", "."],
            2,
            "cannot be used with",
        ),
    ];
    for (args, code, message) in cases {
        claims()
            .current_dir(&dir)
            .args(args)
            .assert()
            .code(code)
            .stderr(predicate::str::contains(message));
    }
}

#[test]
fn a_broken_expected_file_is_named() {
    let dir = scratch("broken");
    std::fs::write(dir.join("x.txt"), ARTICLE).unwrap();
    std::fs::write(dir.join("x.expected.json"), "{\"schema_version\": 1,").unwrap();
    claims()
        .current_dir(&dir)
        .args(["check", "x.txt"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "x.txt: error: x.expected.json: not valid JSON",
        ))
        .stdout(predicate::str::contains("1 failed"));
}
