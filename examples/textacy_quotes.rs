//! Replays the English cases of textacy's direct-quotation tests (a JSONL file whose
//! path is the only argument) through `claims::extract` and prints each case's result
//! and a count.
//!
//! A case lists the direct quotations textacy expects as (speaker tokens, cue tokens,
//! content with quote marks), or only the flattened speaker tokens. Speakers are
//! compared as words without determiners and "and" (textacy's speaker is a head noun
//! list); contents without quote marks and edge punctuation. Where textacy expects
//! nothing, an indirect attribution is not a failure: only direct ones count (speaker-only
//! cases also count mixed ones). The speaker is the source as written up to its
//! apposition ("Jo Lee, a nurse" → "Jo Lee"): textacy's speaker is the name alone.
//!
//! ```text
//! cargo run --example textacy_quotes -- textacy-direct-quotations.jsonl
//! ```

use std::process::ExitCode;

use anyhow::{Context, Result};
use claims::document::Form;
use serde_json::Value;

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| {
            !w.is_empty() && !matches!(w.to_lowercase().as_str(), "the" | "a" | "an" | "and")
        })
        .map(str::to_string)
        .collect()
}

fn strip(s: &str) -> String {
    let quote =
        |c: char| claims::tokens::is_quote_char(c) || c.is_ascii_punctuation() || c.is_whitespace();
    s.trim_matches(quote).to_string()
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str())
                .flat_map(words)
                .collect()
        })
        .unwrap_or_default()
}

/// Checks one case; returns a description of the difference on failure.
fn check(case: &Value) -> std::result::Result<(), String> {
    let text = case["text"].as_str().unwrap_or("");
    let doc = claims::extract(text, &claims::Config::default());
    let direct: Vec<_> = doc
        .attributions
        .iter()
        .filter(|a| a.form == Form::Direct)
        .collect();
    let got: Vec<(Vec<String>, String, String)> = direct
        .iter()
        .map(|a| (words(speaker(a)), a.cue.clone(), strip(&a.content)))
        .collect();
    if let Some(expected) = case.get("expected").and_then(Value::as_array) {
        let want: Vec<(Vec<String>, String, String)> = expected
            .iter()
            .map(|e| {
                let cue = strs(&e["cue_tokens"]).join(" ");
                (
                    strs(&e["speaker_tokens"]),
                    cue,
                    strip(e["content"].as_str().unwrap_or("")),
                )
            })
            .collect();
        return if got == want {
            Ok(())
        } else {
            Err(format!("want {want:?}\n      got  {got:?}"))
        };
    }
    // Speaker-only cases count mixed quotations too: a partly quoted clause is a
    // quotation with a speaker.
    let want = strs(&case["expected_speaker_tokens_flat"]);
    let flat: Vec<String> = doc
        .attributions
        .iter()
        .filter(|a| matches!(a.form, Form::Direct | Form::Mixed))
        .flat_map(|a| words(speaker(a)))
        .collect();
    if flat == want {
        Ok(())
    } else {
        Err(format!("want speakers {want:?}\n      got  {flat:?}"))
    }
}

fn run() -> Result<(usize, usize)> {
    let path = std::env::args()
        .nth(1)
        .context("usage: textacy_quotes FILE.jsonl")?;
    let src = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
    let (mut pass, mut total) = (0, 0);
    for line in src.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value =
            serde_json::from_str(line).with_context(|| format!("parsing a line of {path}"))?;
        if case["lang"].as_str() != Some("en") {
            continue;
        }
        total += 1;
        let id = case["id"].as_str().unwrap_or("?");
        match check(&case) {
            Ok(()) => {
                pass += 1;
                println!("pass  {id}");
            }
            Err(why) => println!("FAIL  {id}\n      {why}"),
        }
    }
    Ok((pass, total))
}

fn main() -> ExitCode {
    match run() {
        Ok((pass, total)) => {
            println!("{pass}/{total} English cases pass");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("textacy_quotes: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// The source as written, without its apposition.
fn speaker(a: &claims::document::AttributionOut) -> &str {
    let s = a.source_text.as_deref().unwrap_or("");
    s.split(", ").next().unwrap_or(s)
}
