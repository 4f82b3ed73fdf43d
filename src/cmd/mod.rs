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

    /// Reads all bytes.
    pub fn read(&self) -> Result<Vec<u8>> {
        match self {
            Input::Stdin => {
                let mut buf = Vec::new();
                io::stdin()
                    .lock()
                    .read_to_end(&mut buf)
                    .context("<stdin>: cannot read")?;
                Ok(buf)
            }
            Input::Path(p) => read_file(Path::new(p)),
        }
    }

    /// Reads and decodes the article.
    pub fn decode(&self, lossy: bool) -> Result<(Text, usize)> {
        let bytes = self.read()?;
        let text = Text::decode(&bytes, lossy).with_context(|| self.name().to_string())?;
        Ok((text, bytes.len()))
    }
}

/// Reads a file, naming it in any error.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    if path.is_dir() {
        anyhow::bail!("{}: is a directory, not an article file", path.display());
    }
    std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))
}

/// Writes the whole buffer to stdout and flushes it.
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}
