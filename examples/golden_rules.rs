//! Scores the sentence splitter on a JSONL file of sentence-splitting cases, one
//! `{"id": …, "text": "…", "sentences": ["…", …]}` a line (the English Golden Rules
//! format). Each case runs as `claims extract` would: the reader's paragraphs, then the
//! splitter. A case passes when its sentences, stripped, equal the expected list.
//!
//! Why paragraphs and not the whole text as one paragraph: the score should be the
//! one users get. None of the English cases holds a line break, so for them the two
//! agree; a case with breaks inside would be judged by the reader's paragraph rules
//! (a sentence never crosses a paragraph), which is what `claims extract` does too.
//!
//! ```text
//! cargo run --example golden_rules -- /path/to/golden-rules-en.jsonl
//! ```

use std::process::ExitCode;

use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    id: serde_json::Value,
    text: String,
    sentences: Vec<String>,
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: golden_rules FILE.jsonl");
        return ExitCode::from(2);
    };
    let src = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("golden_rules: {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let (mut passed, mut total) = (0, 0);
    for (n, line) in src
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case: Case = match serde_json::from_str(line) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("golden_rules: {path}:{}: {e}", n + 1);
                return ExitCode::from(1);
            }
        };
        total += 1;
        let text = claims::reader::Text::from_str(&case.text);
        let got: Vec<&str> = claims::sentences::split(&text.text, &text.paragraphs)
            .iter()
            .map(|s| s.span.text(&text.text).trim())
            .collect();
        let want: Vec<&str> = case.sentences.iter().map(|s| s.trim()).collect();
        if got == want {
            passed += 1;
        } else {
            println!(
                "FAIL {}: {:?}\n  want {:?}\n  got  {:?}",
                case.id, case.text, want, got
            );
        }
    }
    println!("{passed}/{total} passed");
    ExitCode::SUCCESS
}
