//! Views of a [`Document`] for people: a terminal summary ([`text`]) and one
//! self-contained HTML page ([`html`]).
//!
//! A view takes the finished document (and, for HTML, the decoded article text it was
//! extracted from) and returns a string. Views never change what was found and do no
//! I/O; choosing colour (a TTY, `NO_COLOR`) is the caller's job.

pub mod html;
pub mod text;

use crate::document::{AttributionOut, Document, ProposalOut};

/// The name of the actor with id `id`, if the document has it.
pub fn actor_name<'a>(doc: &'a Document, id: &str) -> Option<&'a str> {
    doc.actors
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.name.as_str())
}

/// Who is speaking: the source actor's name, else the source as written, else
/// `(unnamed)`.
pub fn source_name<'a>(doc: &'a Document, t: &'a AttributionOut) -> &'a str {
    named(doc, t.source.as_deref(), t.source_text.as_deref())
}

/// Who is proposing, named as [`source_name`] names a source.
pub fn proposer_name<'a>(doc: &'a Document, p: &'a ProposalOut) -> &'a str {
    named(doc, p.proposer.as_deref(), p.proposer_text.as_deref())
}

fn named<'a>(doc: &'a Document, id: Option<&str>, text: Option<&'a str>) -> &'a str {
    id.and_then(|id| actor_name(doc, id))
        .or(text)
        .unwrap_or("(unnamed)")
}

/// The lower-case JSON name of a serde enum value (`according_to`, `person` …).
pub fn label<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// `text` cut to at most `max` characters, at a word boundary where one is near, with
/// `…` marking the cut.
pub fn truncate(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    let keep = match cut.rfind(' ') {
        Some(i) if i * 4 >= cut.len() * 3 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", keep.trim_end_matches([' ', ',', ';', ':']))
}

#[cfg(test)]
pub(crate) mod sample;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_cuts_at_words() {
        let cases = [
            ("short", 10, "short"),
            ("a  b\nc", 10, "a b c"),
            ("the quick brown fox jumps", 12, "the quick…"),
            ("abcdefghijklmnop", 8, "abcdefg…"),
            ("one, two three", 6, "one…"),
        ];
        for (text, max, want) in cases {
            assert_eq!(truncate(text, max), want, "{text:?}");
        }
    }

    #[test]
    fn names_fall_back() {
        let doc = sample::document();
        let names: Vec<&str> = doc
            .attributions
            .iter()
            .map(|t| source_name(&doc, t))
            .collect();
        assert_eq!(names, ["Maria Lopez", "they", "(unnamed)"]);
        assert_eq!(proposer_name(&doc, &doc.proposals[0]), "Harbor Council");
    }
}
