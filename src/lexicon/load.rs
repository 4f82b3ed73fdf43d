//! Loading a user's JSON lexicon (`--lexicon FILE`): the file's text in, a
//! [`UserLexicon`] or an error naming the line, column and field out.
//!
//! Files are merged in the order given: lists are concatenated, nothing is
//! deduplicated or overridden. Reading the file is the caller's job; this module does
//! no I/O. It checks the shape (unknown fields and kinds are errors) and the cue
//! classes; it does not check that an affiliation names an actor of the lexicon.

use std::fmt;

use super::user::{UserActor, UserCue, UserLexicon};

/// The cue classes a user lexicon may name.
pub const CUE_CLASSES: &[&str] = &[
    "belief",
    "criticism",
    "denial",
    "opposition",
    "praise",
    "proposal",
    "speech",
    "support",
];

/// Why a lexicon file was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    /// Line of the offending value (1-based); 0 when unknown.
    pub line: usize,
    /// Column of the offending value (1-based); 0 when unknown.
    pub column: usize,
    /// Path of the field, e.g. `actors[1].kind`; empty for the whole file.
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)?;
        if !self.field.is_empty() {
            write!(f, ", field `{}`", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for LexiconError {}

/// Parses one lexicon file's text.
pub fn parse(src: &str) -> Result<UserLexicon, LexiconError> {
    let lexicon: UserLexicon = serde_json::from_str(src).map_err(|e| {
        let offset = offset_of(src, e.line(), e.column());
        LexiconError {
            line: e.line(),
            column: e.column(),
            field: path_at(src, offset),
            message: strip_position(&e.to_string()),
        }
    })?;
    check_classes(src, &lexicon)?;
    Ok(lexicon)
}

/// Appends `more` to `into`, list by list.
pub fn merge(into: &mut UserLexicon, more: UserLexicon) {
    // Destructured in full so that a new field cannot be forgotten here.
    let UserLexicon {
        actors,
        cues,
        not_actors,
    } = more;
    into.actors.extend(actors);
    into.cues.extend(cues);
    into.not_actors.extend(not_actors);
}

fn check_classes(src: &str, lexicon: &UserLexicon) -> Result<(), LexiconError> {
    let bad_cue = lexicon
        .cues
        .iter()
        .enumerate()
        .find(|(_, c): &(usize, &UserCue)| !CUE_CLASSES.contains(&c.class.as_str()));
    if let Some((i, cue)) = bad_cue {
        return Err(located(
            src,
            format!("cues[{i}].class"),
            format!(
                "unknown cue class {:?}, expected one of {}",
                cue.class,
                CUE_CLASSES.join(", ")
            ),
        ));
    }
    let blank = lexicon
        .actors
        .iter()
        .position(|a: &UserActor| a.name.trim().is_empty());
    match blank {
        Some(i) => Err(located(
            src,
            format!("actors[{i}].name"),
            "an actor's name must not be empty".to_string(),
        )),
        None => Ok(()),
    }
}

fn located(src: &str, field: String, message: String) -> LexiconError {
    let (line, column) = walk(src, usize::MAX)
        .0
        .into_iter()
        .find(|(path, _)| *path == field)
        .map_or((0, 0), |(_, at)| line_column(src, at));
    LexiconError {
        line,
        column,
        field,
        message,
    }
}

/// serde_json appends " at line L column C"; the error reports those apart.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

fn offset_of(src: &str, line: usize, column: usize) -> usize {
    let start: usize = src
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(src.len())
}

fn line_column(src: &str, at: usize) -> (usize, usize) {
    let before = &src[..at.min(src.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    (line, column)
}

/// The path of the innermost field open at byte `offset`.
fn path_at(src: &str, offset: usize) -> String {
    walk(src, offset).1
}

enum Frame {
    Object(Option<String>),
    Array(usize),
}

/// Walks the JSON text up to byte `limit`, returning every value's path with the byte
/// where the value (or its key) starts, and the path open at `limit`. Tolerates broken
/// JSON: it only tracks nesting.
fn walk(src: &str, limit: usize) -> (Vec<(String, usize)>, String) {
    let bytes = src.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() && i < limit {
        match bytes[i] {
            b'{' => stack.push(Frame::Object(None)),
            b'[' => {
                stack.push(Frame::Array(0));
                out.push((render(&stack), i + 1));
            }
            b'}' | b']' => {
                stack.pop();
            }
            b',' => {
                if let Some(Frame::Array(n)) = stack.last_mut() {
                    *n += 1;
                    out.push((render(&stack), i + 1));
                }
            }
            b'"' => {
                let end = string_end(bytes, i);
                if let Some(Frame::Object(key)) = stack.last_mut() {
                    if is_key(bytes, end) {
                        *key = Some(src[i + 1..end.saturating_sub(1)].to_string());
                        out.push((render(&stack), i));
                    }
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    (out, render(&stack))
}

/// One past the closing quote of the string starting at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn is_key(bytes: &[u8], after: usize) -> bool {
    bytes[after.min(bytes.len())..]
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        == Some(&b':')
}

fn render(stack: &[Frame]) -> String {
    let mut s = String::new();
    for frame in stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(n) => s.push_str(&format!("[{n}]")),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::ActorKind;

    #[test]
    fn a_good_file_loads() {
        let src = r#"{
  "actors": [{"name": "Northwind Freight", "kind": "organization", "aliases": ["Northwind"]}],
  "cues": [{"word": "averred", "class": "speech"}],
  "not_actors": ["Breaking"]
}"#;
        let lex = parse(src).unwrap();
        assert_eq!(lex.actors[0].kind, ActorKind::Organization);
        assert_eq!(lex.actors[0].aliases, ["Northwind"]);
        assert_eq!(lex.cues[0].word, "averred");
        assert_eq!(lex.not_actors, ["Breaking"]);
    }

    #[test]
    fn errors_name_line_column_and_field() {
        // (file, line, field, start of the message)
        let cases = [
            ("{\n \"actors\": [\n  {\"name\": \"A\", \"kind\": \"persn\"}\n ]\n}", 3, "actors[0].kind", "unknown variant `persn`"),
            ("{\"actors\": [{\"name\": \"A\", \"kind\": \"person\"},\n {\"name\": \"B\", \"knd\": \"person\"}]}", 2, "actors[1].knd", "unknown field `knd`"),
            ("{\"cues\": [{\"word\": \"x\",\n \"class\": \"shouting\"}]}", 2, "cues[0].class", "unknown cue class \"shouting\""),
            ("{\"actors\": [{\"name\": \"A\"}]}", 1, "actors[0]", "missing field `kind`"),
            ("{\"actors\": [{\"name\": \"A\", \"kind\": \"person\"}\n", 2, "actors[0]", "EOF while parsing"),
            ("{\"not_actors\": [1]}", 1, "not_actors[0]", "invalid type: integer `1`"),
            ("{\"sources\": []}", 1, "sources", "unknown field `sources`"),
        ];
        for (src, line, field, message) in cases {
            let err = parse(src).unwrap_err();
            assert_eq!(
                (err.line, err.field.as_str()),
                (line, field),
                "{src}: {err}"
            );
            assert!(err.message.starts_with(message), "{src}: {err}");
            assert!(!err.message.contains(" at line "), "{err}");
        }
    }

    #[test]
    fn merge_concatenates() {
        let mut a = parse(r#"{"not_actors": ["A"]}"#).unwrap();
        merge(
            &mut a,
            parse(r#"{"not_actors": ["B"], "cues": []}"#).unwrap(),
        );
        assert_eq!(a.not_actors, ["A", "B"]);
    }

    #[test]
    fn display_reads_well() {
        let err = parse("{\"cues\": [{\"word\": \"x\", \"class\": \"y\"}]}").unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 1, column 25, field `cues[0].class`: unknown cue class \"y\", expected one of \
             belief, criticism, denial, opposition, praise, proposal, speech, support"
        );
    }
}
