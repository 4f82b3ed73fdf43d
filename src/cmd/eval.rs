//! `claims eval DIR`: score extraction against every `NAME.gold.json` in DIR.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Args;

use claims::eval::{score_article, ArticleScore, Gold, Report, ScoreKind};
use claims::reader::Text;

const AFTER_HELP: &str = "Scores: actors (name or alias), attributions (content and source), \
attributions_content (content only), proposals (content and proposer), micro-averaged over \
all articles. The annotation format and scoring rules are in docs/annotation.md.\n\n\
Exit codes: 0 success, 1 a bad gold file or article, or a --min-f1 gate failed, 2 usage error.";

/// Flags of `claims eval`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct EvalArgs {
    /// Directory of `NAME.gold.json` files, each beside the article it names.
    dir: PathBuf,
    /// Print the scores (and, with --verbose, the findings) as JSON.
    #[arg(long)]
    json: bool,
    /// List, per article, each miss, spurious prediction and source mismatch.
    #[arg(long, short)]
    verbose: bool,
    /// Exit 1 when a score's F1 is below VALUE; KIND is actors, attributions,
    /// attributions_content or proposals. Repeatable.
    #[arg(long = "min-f1", value_name = "KIND=VALUE", value_parser = parse_gate)]
    min_f1: Vec<(ScoreKind, f64)>,
}

fn parse_gate(arg: &str) -> Result<(ScoreKind, f64), String> {
    let (kind, value) = arg
        .split_once('=')
        .ok_or("expected KIND=VALUE, e.g. attributions=0.6")?;
    let kind = ScoreKind::from_name(kind.trim()).ok_or_else(|| {
        format!("unknown score {kind:?}: expected actors, attributions, attributions_content or proposals")
    })?;
    let value: f64 = value
        .trim()
        .parse()
        .map_err(|_| format!("{value:?} is not a number"))?;
    if !(0.0..=1.0).contains(&value) {
        return Err(format!("{value} is not between 0 and 1"));
    }
    Ok((kind, value))
}

/// Runs `claims eval`.
pub fn run(args: EvalArgs) -> Result<ExitCode> {
    let files = gold_files(&args.dir)?;
    let mut report = Report::default();
    for path in &files {
        report.articles.push(score_file(path)?);
    }
    let mut out = String::new();
    if args.json {
        out.push_str(&report.json(args.verbose));
        out.push('\n');
    } else {
        if args.verbose {
            out.push_str(&report.verbose());
            out.push('\n');
        }
        out.push_str(&report.table());
    }
    super::write_stdout(out.as_bytes())?;
    let failed = report.failed_gates(&args.min_f1);
    for message in &failed {
        eprintln!("claims: gate failed: {message}");
    }
    Ok(if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Every `*.gold.json` in `dir`, sorted by name.
fn gold_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read directory", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .with_context(|| format!("{}: cannot read directory", dir.display()))?
            .path();
        if path.to_string_lossy().ends_with(".gold.json") {
            files.push(path);
        }
    }
    if files.is_empty() {
        bail!("{}: no *.gold.json files", dir.display());
    }
    files.sort();
    Ok(files)
}

/// Reads, validates and scores one gold file against the extraction of its article.
fn score_file(path: &Path) -> Result<ArticleScore> {
    let json = super::read_file(path)?;
    let json = String::from_utf8(json).with_context(|| format!("{}: not UTF-8", path.display()))?;
    let gold = Gold::parse(&json)
        .map_err(|e| anyhow::anyhow!("{}: bad gold file: {e}", path.display()))?;
    let article = path.with_file_name(&gold.article);
    let bytes = super::read_file(&article)
        .with_context(|| format!("{}: article {:?}", path.display(), gold.article))?;
    let text = Text::decode(&bytes, false).with_context(|| article.display().to_string())?;
    let problems = gold.problems(&text.text);
    if !problems.is_empty() {
        bail!("{}: bad gold file: {}", path.display(), problems.join("; "));
    }
    let config = claims::Config {
        path: Some(article.display().to_string()),
        ..Default::default()
    };
    let doc = claims::extract_text(&text, bytes.len(), &config);
    Ok(score_article(&gold, &text.text, &doc))
}
