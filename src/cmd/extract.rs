//! `claims extract`: one article in, one JSON document out.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

use super::Input;

/// Flags of `claims extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The article to read; `-` or nothing reads standard input.
    file: Option<String>,
    /// Print the document on one line.
    #[arg(long)]
    compact: bool,
    /// Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.
    #[arg(long)]
    lossy: bool,
    /// How to print the document: json (the contract), text (a summary for people) or
    /// html (one self-contained page with the article highlighted).
    #[arg(long, value_enum, default_value = "json")]
    format: super::output::Format,
    /// A JSON lexicon of your own (repeatable; see docs/lexicon.md).
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<std::path::PathBuf>,
}

/// Runs `claims extract`.
pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    let input = Input::from_arg(args.file.as_deref());
    let (text, bytes) = input.decode(args.lossy)?;
    let config = claims::Config {
        path: input.path(),
        lexicon: super::output::load_lexicons(&args.lexicon)?,
    };
    let doc = claims::extract_text(&text, bytes, &config);
    let out = super::output::render(&doc, &text.text, args.format, args.compact)?;
    super::write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}
