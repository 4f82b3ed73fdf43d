//! `claims check`: extracts every fixture article `NAME.txt` and compares the result
//! with its `NAME.expected.json`, printing the fields that moved; `--bless` writes the
//! expected files instead.
//!
//! `source.path` in an expected file is the article's file name alone (`NAME.txt`), so
//! the file does not depend on the directory `claims` runs from: `check` extracts with
//! that name as the path. Exit 0 when every article matches, 1 when one differs, has no
//! expected file or cannot be read.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use serde_json::Value;

use claims::check::{diff, restrict, Change};
use claims::reader::Text;

/// Differences printed per article before the rest are only counted.
const MAX_SHOWN: usize = 30;

/// Flags of `claims check`.
#[derive(Debug, Args)]
#[command(
    after_help = "Exit codes: 0 every article matches its NAME.expected.json; 1 one \
differs, has no expected file or cannot be read; 2 usage error. Expected files store \
source.path as the bare file name, so they do not depend on the working directory. \
See docs/check.md."
)]
pub struct CheckArgs {
    /// Articles (`NAME.txt`) or directories holding them [default: fixtures/].
    paths: Vec<PathBuf>,
    /// Write or update each `NAME.expected.json` from the current output.
    #[arg(long, conflicts_with = "only")]
    bless: bool,
    /// Compare only these top-level fields (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "FIELDS")]
    only: Vec<Field>,
    /// A JSON lexicon of your own (repeatable; see docs/lexicon.md).
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
}

/// A top-level field of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
enum Field {
    SchemaVersion,
    Source,
    Paragraphs,
    Sentences,
    Actors,
    Attributions,
    Proposals,
    Warnings,
}

impl Field {
    fn name(self) -> &'static str {
        match self {
            Field::SchemaVersion => "schema_version",
            Field::Source => "source",
            Field::Paragraphs => "paragraphs",
            Field::Sentences => "sentences",
            Field::Actors => "actors",
            Field::Attributions => "attributions",
            Field::Proposals => "proposals",
            Field::Warnings => "warnings",
        }
    }
}

/// What happened to one article.
enum Outcome {
    Same,
    Differ,
    Missing,
    Failed,
}

/// Runs `claims check`.
pub fn run(args: CheckArgs) -> Result<ExitCode> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("fixtures")]
    } else {
        args.paths.clone()
    };
    let articles = collect(&paths)?;
    let config = claims::Config {
        lexicon: super::output::load_lexicons(&args.lexicon)?,
        ..Default::default()
    };
    if args.bless {
        return bless(&articles, &config);
    }
    let only: Vec<&str> = args.only.iter().map(|f| f.name()).collect();
    let mut report = String::new();
    let mut counts = [0usize; 4];
    for article in &articles {
        let outcome = check_one(article, &config, &only, &mut report);
        counts[outcome as usize] += 1;
    }
    let [same, differ, missing, failed] = counts;
    let _ = write!(
        report,
        "{} checked: {same} ok, {differ} differ",
        plural(articles.len())
    );
    if missing > 0 {
        let _ = write!(report, ", {missing} missing an expected file");
    }
    if failed > 0 {
        let _ = write!(report, ", {failed} failed");
    }
    report.push('\n');
    if differ > 0 {
        report.push_str("If the new output is right, accept it with `claims check --bless` and read the git diff.\n");
    }
    super::write_stdout(report.as_bytes())?;
    Ok(if same == articles.len() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn plural(n: usize) -> String {
    format!("{n} article{}", if n == 1 { "" } else { "s" })
}

fn check_one(
    article: &Path,
    config: &claims::Config,
    only: &[&str],
    report: &mut String,
) -> Outcome {
    let name = article.display();
    let expected_path = expected_path(article);
    if !expected_path.exists() {
        let _ = writeln!(
            report,
            "{name}: no expected file {} (run `claims check --bless {name}` to write it)",
            expected_path.display()
        );
        return Outcome::Missing;
    }
    let compared = extract(article, config).and_then(|doc| {
        let actual = serde_json::to_value(doc)?;
        Ok((read_expected(&expected_path)?, actual))
    });
    let (expected, actual) = match compared {
        Ok(pair) => pair,
        Err(err) => {
            let _ = writeln!(report, "{name}: error: {err:#}");
            return Outcome::Failed;
        }
    };
    let changes = diff(&restrict(&expected, only), &restrict(&actual, only));
    if changes.is_empty() {
        return Outcome::Same;
    }
    print_changes(report, &name.to_string(), &changes);
    Outcome::Differ
}

fn print_changes(report: &mut String, name: &str, changes: &[Change]) {
    for change in changes.iter().take(MAX_SHOWN) {
        let _ = writeln!(report, "{name}: {change}");
    }
    if changes.len() > MAX_SHOWN {
        let _ = writeln!(
            report,
            "{name}: … and {} more differences",
            changes.len() - MAX_SHOWN
        );
    }
}

fn bless(articles: &[PathBuf], config: &claims::Config) -> Result<ExitCode> {
    let mut report = String::new();
    let (mut new, mut updated) = (0, 0);
    for article in articles {
        let doc = extract(article, config)?;
        let mut json = serde_json::to_string_pretty(&doc)?;
        json.push('\n');
        let path = expected_path(article);
        let old = std::fs::read_to_string(&path).ok();
        if old.as_deref() == Some(json.as_str()) {
            continue;
        }
        std::fs::write(&path, &json)
            .with_context(|| format!("{}: cannot write", path.display()))?;
        let what = if old.is_some() { "updated" } else { "written" };
        let _ = writeln!(report, "{}: {what}", path.display());
        if old.is_some() {
            updated += 1
        } else {
            new += 1
        }
    }
    let same = articles.len() - new - updated;
    let _ = writeln!(
        report,
        "{} blessed: {new} new, {updated} updated, {same} unchanged",
        plural(articles.len())
    );
    super::write_stdout(report.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// `dir/NAME.txt` → `dir/NAME.expected.json`.
fn expected_path(article: &Path) -> PathBuf {
    let stem = article
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    article.with_file_name(format!("{stem}.expected.json"))
}

/// The articles named: files as given, directories' `*.txt` files in name order.
fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        if !path.is_dir() {
            if !path.is_file() {
                anyhow::bail!("{}: no such article or directory", path.display());
            }
            out.push(path.clone());
            continue;
        }
        let entries =
            std::fs::read_dir(path).with_context(|| format!("{}: cannot list", path.display()))?;
        let mut found = Vec::new();
        for entry in entries {
            let p = entry
                .with_context(|| format!("{}: cannot list", path.display()))?
                .path();
            if p.is_file() && p.extension().is_some_and(|e| e == "txt") {
                found.push(p);
            }
        }
        if found.is_empty() {
            anyhow::bail!("{}: no articles (*.txt) to check", path.display());
        }
        found.sort();
        out.extend(found);
    }
    Ok(out)
}

/// Extracts one article, with its file name alone as `source.path`.
fn extract(article: &Path, config: &claims::Config) -> Result<claims::Document> {
    let bytes = super::read_file(article)?;
    let text = Text::decode(&bytes, false).with_context(|| article.display().to_string())?;
    let config = claims::Config {
        path: article
            .file_name()
            .map(|n| n.to_string_lossy().into_owned()),
        ..config.clone()
    };
    Ok(claims::extract_text(&text, bytes.len(), &config))
}

fn read_expected(path: &Path) -> Result<Value> {
    let bytes = super::read_file(path)?;
    serde_json::from_slice(&bytes).with_context(|| format!("{}: not valid JSON", path.display()))
}
