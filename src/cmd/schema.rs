//! `claims schema`: prints the JSON Schema (draft 2020-12) of the document that
//! `claims extract` prints.

use std::process::ExitCode;

use anyhow::Result;
use clap::Args;

/// Flags of `claims schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {}

/// Runs `claims schema`.
pub fn run(_args: SchemaArgs) -> Result<ExitCode> {
    let mut json = serde_json::to_vec_pretty(&claims::schema::document())?;
    json.push(b'\n');
    super::write_stdout(&json)?;
    Ok(ExitCode::SUCCESS)
}
