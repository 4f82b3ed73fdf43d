//! JSON Lines records: one line's bytes in, the record's id and text out; and the
//! error record written in place of any input that fails.
//!
//! A record is a JSON object. The id and text fields are named by the caller: a plain
//! name is a top-level key, a name starting with `/` is a JSON Pointer (`/meta/id`).
//! An id may be a string or any other JSON value (written as compact JSON, so `17`
//! becomes `"17"`); a missing or null id is no id. The text must be a string. This
//! module does not extract anything.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The line written in place of an input that failed (schema_version 1):
/// `{"id": "r17", "path": "dump.jsonl", "error": "record has no \"text\" field"}`.
/// A document always has `schema_version`; an error record never has, and always has
/// `error`, so readers tell them apart by either key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorRecord {
    /// The record's id, when the input was a JSON Lines record whose id could be read.
    pub id: Option<String>,
    /// The file the input came from; null for standard input.
    pub path: Option<String>,
    /// What went wrong.
    pub error: String,
}

impl ErrorRecord {
    /// The record as one JSON line, terminator included.
    pub fn to_line(&self) -> Vec<u8> {
        let mut line = serde_json::to_vec(self).unwrap_or_else(|_| b"{}".to_vec());
        line.push(b'\n');
        line
    }
}

/// The field names of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    /// Field holding the id (`--id-field`).
    pub id: String,
    /// Field holding the article text (`--text-field`).
    pub text: String,
}

impl Default for Fields {
    fn default() -> Fields {
        Fields {
            id: "id".to_string(),
            text: "text".to_string(),
        }
    }
}

/// A parsed record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// Its id, if any.
    pub id: Option<String>,
    /// The article text.
    pub text: String,
}

/// Why a line is not a usable record, with the id when one could be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRecord {
    /// The id, if the line parsed and had one.
    pub id: Option<String>,
    /// What is wrong.
    pub error: String,
}

fn field<'v>(value: &'v Value, name: &str) -> Option<&'v Value> {
    if name.starts_with('/') {
        value.pointer(name)
    } else {
        value.get(name)
    }
}

fn id_of(value: &Value, name: &str) -> Option<String> {
    match field(value, name)? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Parses one line (without its terminator) as a record.
pub fn parse(line: &str, fields: &Fields) -> Result<Record, BadRecord> {
    let bad = |id, error| BadRecord { id, error };
    if line.trim().is_empty() {
        return Err(bad(None, "empty line".to_string()));
    }
    let mut value: Value =
        serde_json::from_str(line).map_err(|e| bad(None, format!("malformed JSON: {e}")))?;
    if !value.is_object() {
        return Err(bad(None, "not a JSON object".to_string()));
    }
    let id = id_of(&value, &fields.id);
    let slot = if fields.text.starts_with('/') {
        value.pointer_mut(&fields.text)
    } else {
        value.get_mut(fields.text.as_str())
    };
    match slot.map(Value::take) {
        Some(Value::String(text)) => Ok(Record { id, text }),
        None => Err(bad(id, format!("record has no {:?} field", fields.text))),
        Some(_) => Err(bad(id, format!("field {:?} is not a string", fields.text))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records() {
        let f = Fields::default();
        let ok = |id: Option<&str>, text: &str| {
            Ok(Record {
                id: id.map(str::to_string),
                text: text.to_string(),
            })
        };
        let err = |id: Option<&str>, e: &str| {
            Err(BadRecord {
                id: id.map(str::to_string),
                error: e.to_string(),
            })
        };
        let cases = [
            (r#"{"id": "a", "text": "Hi."}"#, ok(Some("a"), "Hi.")),
            (r#"{"id": 17, "text": ""}"#, ok(Some("17"), "")),
            (r#"{"text": "x", "id": null}"#, ok(None, "x")),
            (
                r#"{"id": "b"}"#,
                err(Some("b"), r#"record has no "text" field"#),
            ),
            (
                r#"{"id": "c", "text": 3}"#,
                err(Some("c"), r#"field "text" is not a string"#),
            ),
            ("[1, 2]", err(None, "not a JSON object")),
            ("   ", err(None, "empty line")),
        ];
        for (line, want) in cases {
            assert_eq!(parse(line, &f), want, "{line}");
        }
        assert!(parse(r#"{"text": "#, &f)
            .unwrap_err()
            .error
            .starts_with("malformed JSON: EOF"));
    }

    #[test]
    fn pointer_fields() {
        let f = Fields {
            id: "/meta/url".to_string(),
            text: "/body/0".to_string(),
        };
        let line = r#"{"meta": {"url": "u"}, "body": ["T."]}"#;
        let r = parse(line, &f).unwrap();
        assert_eq!((r.id.as_deref(), r.text.as_str()), (Some("u"), "T."));
    }

    #[test]
    fn error_record_line() {
        let e = ErrorRecord {
            id: None,
            path: Some("a.txt".to_string()),
            error: "bad".to_string(),
        };
        assert_eq!(
            e.to_line(),
            b"{\"id\":null,\"path\":\"a.txt\",\"error\":\"bad\"}\n"
        );
    }
}
