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
}

/// Runs `claims extract`.
pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    let input = Input::from_arg(args.file.as_deref());
    let (text, bytes) = input.decode(args.lossy)?;
    for warning in &text.warnings {
        eprintln!("claims: warning: {}: {warning}", input.name());
    }
    let config = claims::Config {
        path: input.path(),
        ..Default::default()
    };
    let doc = claims::extract_text(&text, bytes, &config);
    let mut json = if args.compact {
        serde_json::to_vec(&doc)?
    } else {
        serde_json::to_vec_pretty(&doc)?
    };
    json.push(b'\n');
    super::write_stdout(&json)?;
    Ok(ExitCode::SUCCESS)
}
