//! Browser test: the HTML view in headless Chromium. Renders the seed article's page
//! (through the binary) and the views' hand-built sample (every kind of highlight),
//! lets the page's script run, and checks the DOM it leaves: the script marks
//! `<body data-claims-ready="1">` and counts the highlighted items. Also takes a
//! screenshot of each page for people (see docs/views.md).
//!
//! Without Chromium this test is skipped with a message, except in CI (`CI=true`),
//! where it fails: `.ci/setup-browser` installs Chromium before the tests run.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;

#[allow(dead_code)]
#[path = "../src/view/sample.rs"]
mod sample;
mod document {
    pub use claims::document::*;
}
mod view {
    pub use claims::view::*;
}

const CHROMIUM: &str = "/usr/bin/chromium";

/// Chromium's path, or `None` (and a message) when the test should be skipped.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("CHROMIUM").map_or_else(|| PathBuf::from(CHROMIUM), PathBuf::from);
    if path.exists() {
        return Some(path);
    }
    let in_ci = std::env::var("CI").is_ok_and(|v| v == "true");
    assert!(
        !in_ci,
        "{} not found in CI: .ci/setup-browser must install it",
        path.display()
    );
    eprintln!(
        "browser test skipped: {} not found (run .ci/setup-browser to install it)",
        path.display()
    );
    None
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("views");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs headless Chromium on `page` with one more flag; returns its stdout.
fn run_chromium(chromium: &Path, page: &Path, flag: &str) -> String {
    let profile = out_dir().join(format!(
        "profile-{}",
        page.file_stem().unwrap().to_string_lossy()
    ));
    let _ = std::fs::remove_dir_all(&profile);
    let out = Command::new("timeout")
        .arg("120")
        .arg(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
        ])
        .args([
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--window-size=1280,1500", "--hide-scrollbars", flag])
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The value of attribute `name` on the dumped DOM's `<body>`.
fn body_attr(dom: &str, name: &str) -> Option<String> {
    let body = &dom[dom.find("<body")?..];
    let body = &body[..body.find('>')?];
    let at = body.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(body[at..at + body[at..].find('"')?].to_string())
}

/// Renders, dumps and screenshots one page; checks the counts its script left.
fn check_page(chromium: &Path, name: &str, html: &str, doc: &claims::Document) {
    let page = out_dir().join(format!("{name}.html"));
    std::fs::write(&page, html).unwrap();
    let dom = run_chromium(chromium, &page, "--dump-dom");
    let attr = |n: &str| body_attr(&dom, n).unwrap_or_else(|| panic!("{name}: no {n} on <body>"));
    assert_eq!(
        attr("data-claims-ready"),
        "1",
        "{name}: the page's script did not run"
    );
    let mentions: usize = doc.actors.iter().map(|a| a.mentions.len()).sum();
    let cases = [
        ("data-mentions", mentions.to_string()),
        ("data-attributions", doc.attributions.len().to_string()),
        ("data-proposals", doc.proposals.len().to_string()),
        ("data-missing", String::new()),
    ];
    for (attribute, want) in cases {
        assert_eq!(attr(attribute), want, "{name}: {attribute}");
    }
    let png = out_dir().join(format!("{name}.png"));
    let _ = std::fs::remove_file(&png);
    run_chromium(chromium, &page, &format!("--screenshot={}", png.display()));
    let size = std::fs::metadata(&png).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 10_000,
        "{name}: screenshot {} is {size} bytes",
        png.display()
    );
    eprintln!("{name}: screenshot in {}", png.display());
}

/// Opening `page#item=ID` shows the item as a click would: its rows in the detail
/// panel and its pieces outlined.
fn check_selection(chromium: &Path) {
    let page = out_dir().join("sample.html");
    let cases = [
        (
            "t1",
            &[
                "<th>rule</th><td>attribution/indirect/test</td>",
                "<th>form</th><td>indirect</td>",
                "class=\"hl cue active\" data-items=\"t1\"",
            ][..],
        ),
        (
            "a0",
            &[
                "<h3>actor: Harbor Council</h3>",
                "class=\"hl mention active\" data-items=\"a0.0\"",
                "class=\"hl mention source active\" data-items=\"a0.1 p1\"",
            ][..],
        ),
        (
            "p1",
            &[
                "<th>proposer</th><td>Harbor Council</td>",
                "<li data-item=\"p1\" class=\"active\">",
            ][..],
        ),
    ];
    for (id, wants) in cases {
        let url = PathBuf::from(format!("{}#item={id}", page.display()));
        let dom = run_chromium(chromium, &url, "--dump-dom");
        for want in wants {
            assert!(dom.contains(want), "#item={id}: {want} not in the DOM");
        }
    }
}

#[test]
fn highlights_survive_a_real_browser() {
    let Some(chromium) = chromium() else { return };
    let doc = sample::document();
    let html = claims::view::html::render(&doc, sample::TEXT);
    check_page(&chromium, "sample", &html, &doc);
    check_selection(&chromium);

    // The seed, and a fixture whose text holds a <script> that must stay text.
    for name in ["seed-ford-jv", "views-markup"] {
        let article = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("fixtures/{name}.txt"));
        let run = |format: &str| {
            let out = Command::cargo_bin("claims")
                .unwrap()
                .args(["extract", "--format", format])
                .arg(&article)
                .output()
                .unwrap();
            assert!(out.status.success());
            String::from_utf8(out.stdout).unwrap()
        };
        let doc: claims::Document = serde_json::from_str(&run("json")).unwrap();
        check_page(&chromium, name, &run("html"), &doc);
    }
}
