//! Shared flags of the commands that extract: `--format` (how a document is printed)
//! and `--lexicon` (a user's own lexicon files, loaded into the config).

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::ValueEnum;

use claims::lexicon::{load, user::UserLexicon};
use claims::Document;

/// How `claims extract` prints a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    /// The JSON document (the contract; `claims schema` prints its schema).
    #[default]
    Json,
    /// A short summary for the terminal: actors, who said what, proposals, warnings.
    Text,
    /// One self-contained HTML page with the article highlighted.
    Html,
}

/// Renders `doc` (extracted from the decoded `text`) as `format`, ending in a newline.
pub fn render(doc: &Document, text: &str, format: Format, compact: bool) -> Result<Vec<u8>> {
    let mut out = match format {
        Format::Json if compact => serde_json::to_vec(doc)?,
        Format::Json => serde_json::to_vec_pretty(doc)?,
        Format::Text => claims::view::text::render(doc, color()).into_bytes(),
        Format::Html => claims::view::html::render(doc, text).into_bytes(),
    };
    if out.last() != Some(&b'\n') {
        out.push(b'\n');
    }
    Ok(out)
}

/// Colour only on a terminal, and never when `NO_COLOR` is set to anything non-empty.
fn color() -> bool {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    !no_color && std::io::stdout().is_terminal()
}

/// Loads and merges the user's lexicon files, in order. Errors name the file, line,
/// column and field.
pub fn load_lexicons(paths: &[PathBuf]) -> Result<UserLexicon> {
    let mut lexicon = UserLexicon::default();
    for path in paths {
        let bytes = super::read_file(path)?;
        let src = String::from_utf8(bytes)
            .with_context(|| format!("{}: lexicon is not UTF-8", path.display()))?;
        // Editors on Windows may save a byte-order mark; JSON has no room for one.
        let src = src.strip_prefix('\u{feff}').unwrap_or(&src);
        let more = load::parse(src)
            .map_err(|e| anyhow::anyhow!("{}: bad lexicon: {e}", path.display()))?;
        load::merge(&mut lexicon, more);
    }
    Ok(lexicon)
}
