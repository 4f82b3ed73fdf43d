//! Many inputs and JSON Lines: input order, ids, error records in place, exit codes,
//! thread-count independence, broken pipes, and the streaming contract (one line out
//! per line in, same order, stable under cutting the input into chunks) as a property.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command as Std, Stdio};

use assert_cmd::Command;
use proptest::prelude::*;
use serde_json::Value;

fn claims() -> Command {
    Command::cargo_bin("claims").unwrap()
}

/// A fresh directory under cargo's per-target temp dir.
fn temp(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("jsonl-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn lines(out: &[u8]) -> Vec<Value> {
    std::str::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Each output line's (id, source path, error) in order.
fn summary(out: &[u8]) -> Vec<(Value, Value, Value)> {
    lines(out)
        .into_iter()
        .map(|v| {
            let path = v.get("path").or(v.pointer("/source/path")).cloned();
            (
                v.get("id").cloned().unwrap_or(Value::Null),
                path.unwrap_or(Value::Null),
                v.get("error").cloned().unwrap_or(Value::Null),
            )
        })
        .collect()
}

#[test]
fn many_files_and_directories_in_order() {
    let dir = temp("many");
    std::fs::create_dir_all(dir.join("d/sub")).unwrap();
    for (f, text) in [
        ("d/b.txt", "Bea said no."),
        ("d/a.txt", "Al said yes."),
        ("d/sub/c.txt", "Cy left."),
        ("d/a.expected.json", "{}"),
        ("top.txt", "Top."),
    ] {
        std::fs::write(dir.join(f), text).unwrap();
    }
    let out = claims()
        .current_dir(&dir)
        .args(["extract", "top.txt", "d", "missing.txt"])
        .assert()
        .code(1)
        .stderr("claims: 1 of 5 inputs failed\n")
        .get_output()
        .stdout
        .clone();
    let got = summary(&out);
    let paths: Vec<&str> = got.iter().map(|g| g.1.as_str().unwrap()).collect();
    assert_eq!(
        paths,
        [
            "top.txt",
            "d/a.txt",
            "d/b.txt",
            "d/sub/c.txt",
            "missing.txt"
        ]
    );
    assert!(got[..4].iter().all(|g| g.2.is_null()));
    let error = got[4].2.as_str().unwrap();
    assert!(error.contains("No such file"), "{error}");
    assert_eq!(lines(&out)[1]["sentences"][0]["text"], "Al said yes.");
}

#[test]
fn single_file_stays_pretty_and_compact_is_one_line() {
    let pretty = claims()
        .args(["extract", "fixtures/seed-ford-jv.txt"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(pretty.starts_with(b"{\n  \"schema_version\": 1,\n  \"source\""));
    let compact = claims()
        .args(["extract", "--compact", "fixtures/seed-ford-jv.txt"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(compact.iter().filter(|&&b| b == b'\n').count(), 1);
    let a: Value = serde_json::from_slice(&pretty).unwrap();
    let b: Value = serde_json::from_slice(&compact).unwrap();
    assert_eq!(a, b);
    assert!(a.get("id").is_none(), "no id outside JSON Lines");
}

const RECORDS: &str = concat!(
    "{\"id\": \"r1\", \"text\": \"Ann said it works. It does.\"}\n",
    "{\"id\": 2, \"text\": \"Bo agreed.\"}\n",
    "{\"id\": \"r3\"}\n",
    "not json\n",
    "\n",
    "{\"text\": \"No id here.\"}\r\n",
    "{\"id\": \"r7\", \"text\": \"Last, no newline.\"}",
);

#[test]
fn jsonl_records_from_stdin() {
    let out = claims()
        .args(["extract", "--input", "jsonl"])
        .write_stdin(RECORDS)
        .assert()
        .code(1)
        .stderr("claims: 3 of 7 inputs failed\n")
        .get_output()
        .stdout
        .clone();
    let s = |x: &str| Value::String(x.to_string());
    let n = Value::Null;
    let want = vec![
        (s("r1"), n.clone(), n.clone()),
        (s("2"), n.clone(), n.clone()),
        (s("r3"), n.clone(), s("record has no \"text\" field")),
        (
            n.clone(),
            n.clone(),
            s("malformed JSON: expected ident at line 1 column 2"),
        ),
        (n.clone(), n.clone(), s("empty line")),
        (n.clone(), n.clone(), n.clone()),
        (s("r7"), n.clone(), n.clone()),
    ];
    assert_eq!(summary(&out), want);
    let docs = lines(&out);
    assert_eq!(docs[0]["sentences"].as_array().unwrap().len(), 2);
    assert_eq!(docs[6]["source"]["bytes"], 17);
    assert!(docs[5].get("id").is_none());
}

#[test]
fn allow_errors_exits_0_but_still_reports() {
    claims()
        .args(["extract", "--input", "jsonl", "--allow-errors"])
        .write_stdin("{\"id\": \"x\"}\n")
        .assert()
        .success()
        .stdout("{\"id\":\"x\",\"path\":null,\"error\":\"record has no \\\"text\\\" field\"}\n")
        .stderr("claims: 1 of 1 inputs failed\n");
}

#[test]
fn jsonl_field_names_files_and_directories() {
    let dir = temp("fields");
    std::fs::create_dir_all(dir.join("d")).unwrap();
    std::fs::write(
        dir.join("d/1.jsonl"),
        "{\"meta\": {\"url\": \"u1\"}, \"body\": \"One.\"}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("d/2.jsonl"),
        "{\"meta\": {\"url\": \"u2\"}, \"body\": \"Two.\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("d/skip.txt"), "not read").unwrap();
    let out = claims()
        .current_dir(&dir)
        .args(["extract", "--input", "jsonl", "--id-field", "/meta/url"])
        .args(["--text-field", "body", "d"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let got: Vec<(String, String)> = lines(&out)
        .iter()
        .map(|d| (d["id"].to_string(), d["source"]["path"].to_string()))
        .collect();
    assert_eq!(
        got,
        [
            ("\"u1\"".to_string(), "\"d/1.jsonl\"".to_string()),
            ("\"u2\"".to_string(), "\"d/2.jsonl\"".to_string())
        ]
    );
}

#[test]
fn thread_count_does_not_change_output() {
    let text: String = (0..500)
        .map(|i| format!("{{\"id\": \"a{i}\", \"text\": \"Person {i} said it. Item {i}.\"}}\n"))
        .collect();
    let run = |j: &str| {
        claims()
            .args(["extract", "--input", "jsonl", "-j", j, "-"])
            .write_stdin(text.clone())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let one = run("1");
    assert_eq!(one.iter().filter(|&&b| b == b'\n').count(), 500);
    assert_eq!(one, run("2"));
    assert_eq!(one, run("4"));
}

#[test]
fn usage_errors_exit_2() {
    claims()
        .args(["extract", "--input", "xml"])
        .assert()
        .code(2);
    claims()
        .args(["extract", "--max-line", "12Q"])
        .assert()
        .code(2);
    claims().args(["extract", "-j", "many"]).assert().code(2);
    claims()
        .args(["extract", "--format", "text", "--input", "jsonl"])
        .write_stdin("{\"text\": \"A.\"}\n")
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "claims: several inputs give JSON Lines; --format text and html need one article\n",
        );
}

#[test]
fn closed_pipe_exits_0_quietly() {
    let record = "{\"id\": \"x\", \"text\": \"She said the plan works. It does.\"}\n";
    let input = record.repeat(200_000);
    let mut child = Std::new(env!("CARGO_BIN_EXE_claims"))
        .args(["extract", "--input", "jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut first = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // stdout is closed here: the next writes fail with a broken pipe.
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert!(out.status.success(), "{:?}", out.status);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// An id as the output carries it: strings as they are, other values as JSON text.
fn id_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Runs `claims extract --input jsonl` on stdin.
fn run_jsonl(input: &[u8], threads: &str) -> (Vec<u8>, i32) {
    let out = claims()
        .args(["extract", "--input", "jsonl", "-j", threads, "-"])
        .write_stdin(input.to_vec())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (out.stdout, out.status.code().unwrap_or(-1))
}

/// One JSONL-ish line: valid records of every kind, broken ones and noise.
fn line() -> impl Strategy<Value = Vec<u8>> {
    let text = "[^\n]{0,60}";
    prop_oneof![
        (text, any::<u16>()).prop_map(|(t, i)| {
            serde_json::json!({"id": format!("r{i}"), "text": t})
                .to_string()
                .into_bytes()
        }),
        text.prop_map(|t| serde_json::json!({ "text": t }).to_string().into_bytes()),
        any::<u32>().prop_map(|i| format!("{{\"id\": {i}}}").into_bytes()),
        "[^\n]{0,30}".prop_map(String::into_bytes),
        prop::collection::vec(
            any::<u8>().prop_filter("no newline", |&b| b != b'\n'),
            0..30
        ),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn one_line_out_per_line_in_stable_under_chunking(
        mut input in prop::collection::vec(line(), 1..40),
        mut trailing in any::<bool>(),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..4),
    ) {
        // An empty last piece without a terminator is no line: "a\n" is the one line "a".
        if !trailing && input.last().is_some_and(Vec::is_empty) {
            input.pop();
            trailing = true;
        }
        let mut whole = input.join(&b'\n');
        if input.is_empty() {
            let (out, code) = run_jsonl(&whole, "2");
            prop_assert_eq!((out.len(), code), (0, 0));
            return Ok(());
        }
        if trailing {
            whole.push(b'\n');
        }
        let (out, code) = run_jsonl(&whole, "2");
        let outs: Vec<&[u8]> = out.split_inclusive(|&b| b == b'\n').collect();
        prop_assert_eq!(outs.len(), input.len());
        prop_assert!(out.ends_with(b"\n"));
        let mut failed = false;
        for (i, o) in outs.iter().enumerate() {
            let v: Value = serde_json::from_slice(o).unwrap();
            failed |= v.get("error").is_some();
            if let Ok(Value::Object(rec)) = serde_json::from_slice::<Value>(&input[i]) {
                prop_assert_eq!(id_of(v.get("id")), id_of(rec.get("id")));
            }
        }
        prop_assert_eq!(code, i32::from(failed));
        let mut at: Vec<usize> = cuts.iter().map(|c| c.index(input.len())).collect();
        at.sort_unstable();
        at.dedup();
        let mut joined = Vec::new();
        let mut start = 0;
        for end in at.into_iter().chain([input.len()]) {
            if end <= start {
                continue;
            }
            let mut chunk = input[start..end].join(&b'\n');
            chunk.push(b'\n');
            joined.extend(run_jsonl(&chunk, "1").0);
            start = end;
        }
        prop_assert_eq!(String::from_utf8_lossy(&joined), String::from_utf8_lossy(&out));
    }
}
