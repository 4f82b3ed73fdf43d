//! The `claims` binary: stdin, exit codes, one-line error messages, output shape.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use assert_cmd::cargo::CommandCargoExt;
use assert_cmd::Command as Cmd;
use predicates::prelude::*;

fn claims() -> Cmd {
    Cmd::cargo_bin("claims").expect("binary builds")
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Parses the output as the document type (which denies unknown fields).
fn document(stdout: &[u8]) -> claims::Document {
    serde_json::from_slice(stdout).expect("output is a claims document")
}

fn sentence_texts(stdout: &[u8]) -> Vec<String> {
    document(stdout)
        .sentences
        .into_iter()
        .map(|s| s.text)
        .collect()
}

/// Asserts a failure with exit code 1 and a one-line stderr message naming `needle`.
fn fails_naming(cmd: &mut Cmd, needle: &str) {
    let out = cmd.assert().code(1).get_output().clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("claims: "), "stderr: {err:?}");
    assert_eq!(err.trim_end().lines().count(), 1, "stderr: {err:?}");
    assert!(err.contains(needle), "stderr {err:?} lacks {needle:?}");
    assert!(out.stdout.is_empty());
}

#[test]
fn reads_stdin_without_a_path_and_with_dash() {
    for args in [&["extract"][..], &["extract", "-"][..]] {
        let out = claims()
            .args(args)
            .write_stdin("One. Two.")
            .assert()
            .success();
        let stdout = &out.get_output().stdout;
        assert_eq!(sentence_texts(stdout), ["One.", "Two."]);
        assert_eq!(document(stdout).source.path, None);
    }
}

#[test]
fn missing_file_exits_1_naming_it() {
    let dir = scratch("missing");
    let path = dir.join("no-such-article.txt");
    fails_naming(
        claims().arg("extract").arg(&path),
        &path.display().to_string(),
    );
}

#[test]
fn directory_exits_1_naming_it() {
    let dir = scratch("directory");
    fails_naming(
        claims().arg("extract").arg(&dir),
        &dir.display().to_string(),
    );
}

#[cfg(unix)]
#[test]
fn unreadable_file_exits_1_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("unreadable");
    let path = dir.join("locked.txt");
    std::fs::write(&path, "Secret. Text.").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root (or a process with CAP_DAC_OVERRIDE) reads the file anyway: nothing to test.
    if std::fs::read(&path).is_ok() {
        eprintln!("skipped: this user can read a mode-000 file");
        return;
    }
    fails_naming(claims().arg("extract").arg(&path), "locked.txt");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
}

#[test]
fn invalid_utf8_exits_1_naming_the_offset() {
    let dir = scratch("utf8");
    let path = dir.join("bad.txt");
    std::fs::write(&path, b"Good text. Bad \xff byte.").expect("write");
    fails_naming(claims().arg("extract").arg(&path), "byte offset 15");
    fails_naming(claims().arg("extract").arg(&path), "bad.txt");
}

#[test]
fn lossy_replaces_invalid_utf8_and_warns() {
    let out = claims()
        .args(["extract", "--lossy"])
        .write_stdin(&b"Good text. Bad \xff byte."[..])
        .assert()
        .success();
    let doc = document(&out.get_output().stdout);
    assert_eq!(doc.warnings.len(), 1);
    assert!(doc.warnings[0].contains("byte offset 15"));
    assert_eq!(doc.sentences[1].text, "Bad \u{FFFD} byte.");
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        err.contains("warning") && err.contains("byte offset 15"),
        "{err:?}"
    );
}

#[test]
fn empty_input_has_no_sentences() {
    let dir = scratch("empty");
    let path = dir.join("empty.txt");
    std::fs::write(&path, "").expect("write");
    let out = claims().arg("extract").arg(&path).assert().success();
    let doc = document(&out.get_output().stdout);
    assert!(doc.sentences.is_empty() && doc.paragraphs.is_empty());
    assert_eq!(doc.source.bytes, 0);
}

#[test]
fn compact_prints_one_line() {
    let out = claims()
        .args(["extract", "--compact"])
        .write_stdin("One. Two.\n\nThree.")
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert_eq!(stdout.lines().count(), 1);
    assert!(stdout.ends_with('\n'));
    assert_eq!(sentence_texts(stdout.as_bytes()).len(), 3);
}

#[test]
fn usage_errors_exit_2() {
    claims()
        .arg("extract")
        .arg("--no-such-flag")
        .assert()
        .code(2);
    claims().arg("no-such-command").assert().code(2);
    claims()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Usage"));
}

#[test]
fn seed_article_has_sixteen_sentences() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seed-ford-jv.txt");
    let out = claims().arg("extract").arg(path).assert().success();
    let texts = sentence_texts(&out.get_output().stdout);
    assert_eq!(texts.len(), 16, "{texts:#?}");
}

#[test]
fn broken_pipe_exits_0_quietly() {
    let dir = scratch("pipe");
    let path = dir.join("big.txt");
    let para = "The council said on Monday that fares would rise by 2.5% in Jan. next year. \
                \"We had no choice,\" Mayor Ilse Brandt said.\n\n";
    std::fs::write(&path, para.repeat(20_000)).expect("write");
    let mut child = Command::cargo_bin("claims")
        .expect("binary builds")
        .arg("extract")
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut head = [0u8; 100];
    let mut stdout = child.stdout.take().expect("stdout");
    stdout.read_exact(&mut head).expect("first 100 bytes");
    drop(stdout);
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(0), "stderr: {err}");
    assert!(err.is_empty(), "stderr: {err}");
}
