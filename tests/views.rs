//! CLI tests of `--format text|html` and `--lexicon` on `claims extract`.

use assert_cmd::Command;
use predicates::prelude::*;

fn claims() -> Command {
    let mut cmd = Command::cargo_bin("claims").unwrap_or_else(|e| panic!("{e}"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn stdout(args: &[&str], stdin: &str) -> String {
    let out = claims().args(args).write_stdin(stdin).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn text_view_of_the_seed_is_short_and_plain() {
    let out = stdout(
        &["extract", "--format", "text", "fixtures/seed-ford-jv.txt"],
        "",
    );
    assert!(out.starts_with("fixtures/seed-ford-jv.txt: "), "{out}");
    assert!(out.lines().count() < 40, "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 140), "{out}");
    assert!(!out.contains('\x1b'), "colour on a pipe");
    assert!(out.contains("Who said what"), "{out}");
}

#[test]
fn colour_only_on_a_terminal_and_never_with_no_color() {
    // util-linux `script` runs the command on a pseudo-terminal.
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no `script` to provide a terminal");
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("claims");
    let cmd = format!(
        "{} extract --format text fixtures/seed-ford-jv.txt",
        bin.display()
    );
    let cases = [(None, true), (Some("1"), false), (Some(""), true)];
    for (no_color, coloured) in cases {
        let mut script = std::process::Command::new("script");
        script
            .args(["-qec", &cmd, "/dev/null"])
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        script
            .stdin(std::process::Stdio::null())
            .env_remove("NO_COLOR");
        if let Some(v) = no_color {
            script.env("NO_COLOR", v);
        }
        let out = script.output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("seed-ford-jv.txt"), "{text}");
        assert_eq!(
            text.contains("\x1b[1m"),
            coloured,
            "NO_COLOR={no_color:?}: {text}"
        );
    }
}

#[test]
fn html_view_is_one_escaped_page() {
    let article = "Mayor Ann Reed said <script>alert(1)</script> & more.\n";
    let page = stdout(&["extract", "--format", "html"], article);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.trim_end().ends_with("</html>"));
    // The article's text may be cut by item highlights ("said <script>…" is an
    // attribution), so check the escaped pieces rather than one run.
    assert!(page.contains("said</span> &lt;"));
    assert!(page.contains("script&gt;alert(1)&lt;/script&gt; &amp; more"));
    assert_eq!(
        page.matches("<script").count(),
        2,
        "only the page's own scripts"
    );
}

#[test]
fn json_stays_the_default() {
    let a = stdout(&["extract"], "Sales rose.");
    let b = stdout(&["extract", "--format", "json"], "Sales rose.");
    assert_eq!(a, b);
    assert!(a.starts_with("{\n  \"schema_version\": 1,"));
    claims()
        .args(["extract", "--format", "yaml"])
        .assert()
        .code(2);
}

#[test]
fn example_lexicon_loads() {
    stdout(
        &[
            "extract",
            "--lexicon",
            "examples/lexicon.json",
            "--lexicon",
            "examples/lexicon.json",
        ],
        "Sales rose.",
    );
}

#[test]
fn a_lexicon_with_a_byte_order_mark_loads() {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("views-bom.json");
    std::fs::write(&path, "\u{feff}{\"not_actors\": [\"Breaking\"]}").unwrap();
    stdout(
        &["extract", "--lexicon", &path.display().to_string()],
        "Sales rose.",
    );
}

#[test]
fn bad_lexicons_fail_clearly() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("views-lexicon");
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        "{\n  \"actors\": [\n    {\"name\": \"Northwind\", \"kind\": \"company\"}\n  ]\n}\n",
    )
    .unwrap();
    let unknown = dir.join("unknown.json");
    std::fs::write(
        &unknown,
        "{\"cues\": [{\"word\": \"x\", \"class\": \"speech\", \"weight\": 2}]}",
    )
    .unwrap();
    let cases = [
        (bad.display().to_string(), "bad.json: bad lexicon: line 3, column 43, field `actors[0].kind`: unknown variant `company`"),
        (unknown.display().to_string(), "unknown.json: bad lexicon: line 1, column 51, field `cues[0].weight`: unknown field `weight`"),
        ("no/such/lexicon.json".to_string(), "no/such/lexicon.json: cannot read"),
    ];
    for (file, message) in cases {
        claims()
            .args(["extract", "--lexicon", &file])
            .write_stdin("Sales rose.")
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains(message));
        claims()
            .args(["check", "--lexicon", &file])
            .assert()
            .code(1)
            .stderr(predicate::str::contains(message));
    }
}

#[test]
fn a_lexicon_actor_is_found() {
    let article = "Shares of NWF fell on Tuesday after the results were published.\n";
    let plain: serde_json::Value = serde_json::from_str(&stdout(&["extract"], article)).unwrap();
    let with: serde_json::Value = serde_json::from_str(&stdout(
        &["extract", "--lexicon", "examples/lexicon.json"],
        article,
    ))
    .unwrap();
    let names = |doc: &serde_json::Value| -> Vec<String> {
        doc["actors"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| a["name"].as_str().unwrap_or("").to_string())
            .collect()
    };
    assert!(!names(&plain).contains(&"Northwind Freight".to_string()));
    let actor = with["actors"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["name"] == "Northwind Freight");
    let actor = actor.unwrap_or_else(|| panic!("{with:#}"));
    assert_eq!(actor["kind"], "organization");
    assert_eq!(actor["mentions"][0]["text"], "NWF");
}
