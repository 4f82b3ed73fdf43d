//! Command-line flags and the subcommands they run.

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

use claims::reader::Text;

mod check;
mod eval;
mod extract;
mod output;
mod progress;
mod schema;

const AFTER_HELP: &str = "Exit codes: 0 success (also when nothing is found), 1 runtime failure \
(unreadable or undecodable input, a failed check or gate), 2 usage error.";

/// claims: a rule-based news-claim extractor.
///
/// Reads news articles and prints JSON: sentences, actors, attributions (who said
/// what) and proposals (who proposed what), each with its exact span and the id of the
/// rule that found it.
#[derive(Debug, Parser)]
#[command(name = "claims", version, after_help = AFTER_HELP)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extract sentences, actors, attributions and proposals from an article.
    Extract(extract::ExtractArgs),
    /// Compare fixture articles with their expected output (`--bless` to update).
    Check(check::CheckArgs),
    /// Print the JSON Schema (draft 2020-12) of the extract output.
    Schema(schema::SchemaArgs),
    /// Score extraction against gold annotations in a directory.
    Eval(eval::EvalArgs),
}

/// Runs the chosen subcommand.
pub fn run(args: Args) -> Result<ExitCode> {
    match args.command {
        Command::Extract(a) => extract::run(a),
        Command::Check(a) => check::run(a),
        Command::Schema(a) => schema::run(a),
        Command::Eval(a) => eval::run(a),
    }
}

/// Whether the error chain holds a broken pipe (the reader went away: not a failure).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Where an article comes from.
#[derive(Debug, Clone)]
pub enum Input {
    /// Standard input.
    Stdin,
    /// A file path.
    Path(String),
}

impl Input {
    /// `-` or nothing means stdin.
    pub fn from_arg(arg: Option<&str>) -> Input {
        match arg {
            None | Some("-") => Input::Stdin,
            Some(p) => Input::Path(p.to_string()),
        }
    }

    /// The name used in messages.
    pub fn name(&self) -> &str {
        match self {
            Input::Stdin => "<stdin>",
            Input::Path(p) => p,
        }
    }

    /// The path for `source.path` (none for stdin).
    pub fn path(&self) -> Option<String> {
        match self {
            Input::Stdin => None,
            Input::Path(p) => Some(p.clone()),
        }
    }

    /// Reads all bytes, failing when there are more than `limit` (`--max-article`):
    /// one article takes about 45 times its size in memory while it is extracted, so
    /// an endless or huge input (`/dev/zero`, a disk image) is refused before it can
    /// exhaust memory.
    pub fn read(&self, limit: u64) -> Result<Vec<u8>> {
        match self {
            Input::Stdin => read_at_most(io::stdin().lock(), "<stdin>", limit, 0),
            Input::Path(p) => read_article(Path::new(p), limit),
        }
    }

    /// Reads and decodes the article (at most `limit` bytes, as [`Input::read`]).
    pub fn decode(&self, lossy: bool, limit: u64) -> Result<(Text, usize)> {
        let bytes = self.read(limit)?;
        let text = Text::decode(&bytes, lossy).with_context(|| self.name().to_string())?;
        Ok((text, bytes.len()))
    }
}

/// Reads a file of any size, naming it in any error.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    read_article(path, u64::MAX)
}

/// Reads an article file of at most `limit` bytes, naming it in any error. A regular
/// file's size is checked before anything is read.
fn read_article(path: &Path, limit: u64) -> Result<Vec<u8>> {
    let name = path.display().to_string();
    let file = std::fs::File::open(path).with_context(|| format!("{name}: cannot read"))?;
    let meta = file
        .metadata()
        .with_context(|| format!("{name}: cannot read"))?;
    if meta.is_dir() {
        anyhow::bail!("{name}: is a directory, not an article file");
    }
    if meta.len() > limit {
        anyhow::bail!("{name}: {}", over_limit(Some(meta.len()), limit));
    }
    read_at_most(file, &name, limit, meta.len())
}

/// Reads `r` to its end, failing past `limit` bytes (`hint`: the expected size).
fn read_at_most(r: impl Read, name: &str, limit: u64, hint: u64) -> Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(usize::try_from(hint).unwrap_or(0));
    // One byte past the limit is enough to know the input is too long; a file that
    // grows while it is read, or a device without end, is caught here.
    r.take(limit.saturating_add(1))
        .read_to_end(&mut buf)
        .with_context(|| format!("{name}: cannot read"))?;
    if buf.len() as u64 > limit {
        anyhow::bail!("{name}: {}", over_limit(None, limit));
    }
    Ok(buf)
}

/// The message for an article longer than `limit` bytes (`size` when known).
fn over_limit(size: Option<u64>, limit: u64) -> String {
    let of = size.map_or_else(String::new, |s| format!(" of {s} bytes"));
    format!("article{of} is longer than the limit of {limit} bytes (--max-article)")
}

/// Writes the whole buffer to stdout and flushes it.
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}
