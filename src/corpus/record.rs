//! JSON Lines records: one line's bytes in, the record's id and text out; and the
//! error record written in place of any input that fails.
//!
//! A record is a JSON object. The id and text fields are named by the caller: a plain
//! name is a top-level key, a name starting with `/` is a JSON Pointer (`/meta/id`).
//! An id may be a string or any other JSON value (written as compact JSON, so `17`
//! becomes `"17"`); a missing or null id is no id. The text must be a string. This
//! module does not extract anything.

mod fast;

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

/// Parses one line (without its terminator) as a record.
pub fn parse(line: &str, fields: &Fields) -> Result<Record, BadRecord> {
    let bad = |id, error| BadRecord { id, error };
    if line.trim().is_empty() {
        return Err(bad(None, "empty line".to_string()));
    }
    let plain = !fields.id.starts_with('/') && !fields.text.starts_with('/');
    let object = line
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{');
    if !(plain && object) {
        return parse_value(line, fields);
    }
    if let Some(record) = fast::parse(line, fields) {
        return Ok(record);
    }
    let mut de = serde_json::Deserializer::from_str(line);
    let found = serde::de::DeserializeSeed::deserialize(Top { fields }, &mut de)
        .and_then(|found| de.end().map(|()| found))
        .map_err(|e| bad(None, format!("malformed JSON: {e}")))?;
    let id = found.id.and_then(id_text);
    match found.text {
        Some(Value::String(text)) => Ok(Record { id, text }),
        None => Err(bad(id, format!("record has no {:?} field", fields.text))),
        Some(_) => Err(bad(id, format!("field {:?} is not a string", fields.text))),
    }
}

/// [`parse`] through a whole [`Value`]: for pointer field names and lines that are
/// no object.
fn parse_value(line: &str, fields: &Fields) -> Result<Record, BadRecord> {
    let bad = |id, error| BadRecord { id, error };
    let mut value: Value =
        serde_json::from_str(line).map_err(|e| bad(None, format!("malformed JSON: {e}")))?;
    if !value.is_object() {
        return Err(bad(None, "not a JSON object".to_string()));
    }
    let id = field(&value, &fields.id).cloned().and_then(id_text);
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

/// An id value as text: a string as it is, null as no id, anything else as compact JSON.
fn id_text(value: Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s),
        other => Some(other.to_string()),
    }
}

/// The id and text fields of a top-level object (the last of each name, as a map
/// would keep). Every other value is parsed and dropped without building a map: the
/// parser makes the same checks (and errors) as for a [`Value`], numbers included,
/// and allocates nothing for them.
struct Top<'f> {
    fields: &'f Fields,
}

/// What [`Top`] kept.
#[derive(Default)]
struct Found {
    id: Option<Value>,
    text: Option<Value>,
}

impl<'de> serde::de::DeserializeSeed<'de> for Top<'_> {
    type Value = Found;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Found, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Top<'_> {
    type Value = Found;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Found, A::Error> {
        let mut found = Found::default();
        while let Some(key) = map.next_key::<Key<'de>>()? {
            let (is_id, is_text) = (key.0 == self.fields.id, key.0 == self.fields.text);
            if is_text {
                let v: Value = map.next_value()?;
                if is_id {
                    found.id = Some(v.clone());
                }
                found.text = Some(v);
            } else if is_id {
                found.id = Some(map.next_value()?);
            } else {
                map.next_value::<Skip>()?;
            }
        }
        Ok(found)
    }
}

/// A map key, borrowed from the line when it holds no escape.
struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Key<'de>, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(s.to_string())))
            }
        }
        d.deserialize_str(V)
    }
}

/// Any JSON value, parsed as [`Value`] would parse it, and dropped.
struct Skip;

impl<'de> Deserialize<'de> for Skip {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Skip, D::Error> {
        d.deserialize_any(Skip)
    }
}

impl<'de> serde::de::Visitor<'de> for Skip {
    type Value = Skip;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_none<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Skip, A::Error> {
        while seq.next_element::<Skip>()?.is_some() {}
        Ok(Skip)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Skip, A::Error> {
        while map.next_key::<Skip>()?.is_some() {
            map.next_value::<Skip>()?;
        }
        Ok(Skip)
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
    fn the_field_parser_agrees_with_the_value_parser() {
        let lines = [
            r#"{"id": "a", "text": "Hi.", "meta": {"x": [1, 2.5, -3, true, null, "s"]}}"#,
            r#"{"text": "first", "id": 1, "text": "second", "id": "two"}"#,
            r#"{"id": 1.5e3, "text": "T\u00e9 \"q\"\n"}"#,
            r#"{"id": {"k": [1]}, "text": "x"}"#,
            r#"{"id": [], "text": ["x"]}"#,
            r#"{"x": 1e400, "text": "x"}"#,
            r#"{"x": "\ud800", "text": "x"}"#,
            r#"{"x": [1, 2,], "text": "x"}"#,
            r#"{"x": {"a" 1}, "text": "x"}"#,
            r#"{"x": {1: 2}, "text": "x"}"#,
            r#"{"text": "x"} trailing"#,
            r#"{"te\u0078t": "escaped key"}"#,
            r#"{"text": "x", "id": null}"#,
            r#" {"text": "x""#,
            r#"{}"#,
            "\t{\"text\": \"tab\"}",
        ];
        let fields = [
            Fields::default(),
            Fields {
                id: "text".to_string(),
                text: "text".to_string(),
            },
            Fields {
                id: "x".to_string(),
                text: "id".to_string(),
            },
        ];
        for f in &fields {
            for line in lines {
                assert_eq!(parse(line, f), parse_value(line, f), "{line} {f:?}");
            }
        }
        let deep = format!(
            "{{\"x\": {}1{}, \"text\": \"x\"}}",
            "[".repeat(200),
            "]".repeat(200)
        );
        assert_eq!(parse(&deep, &fields[0]), parse_value(&deep, &fields[0]));
        assert!(parse(&deep, &fields[0]).is_err());
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        /// The fast reader of plain records and the full parser give the same record
        /// or the same error, whatever the strings hold: escapes valid and not, quotes,
        /// backslashes, control characters, surrogates, duplicate keys.
        #[test]
        fn any_record_reads_as_the_full_parser_reads_it(
            pairs in proptest::collection::vec(
                (
                    proptest::sample::select(vec!["id", "text", "x", "te\\u0078t"]),
                    proptest::collection::vec(
                        proptest::prop_oneof![
                            // Mostly what a record holds; now and then what it may not.
                            12 => proptest::sample::select(vec![
                                "a", " ", "\\\"", "\\\\", "\\/", "\\n", "\\t", "\\b", "\\f", "\\r",
                                "\\u00e9", "\\ud83e\\udd80", "é", "🦀", "“",
                            ]),
                            1 => proptest::sample::select(vec![
                                "\\ud800", "\\udc00", "\\u12", "\\x", "\"", "\t", "\u{1}", "\\",
                            ]),
                        ],
                        0..12,
                    ),
                    proptest::bool::ANY,
                ),
                0..4,
            ),
            spaced in proptest::bool::ANY,
        ) {
            let sep = if spaced { " , " } else { "," };
            let body: Vec<String> = pairs
                .iter()
                .map(|(key, parts, string)| {
                    let value = parts.concat();
                    if *string {
                        format!("\"{key}\":\"{value}\"")
                    } else {
                        format!("\"{key}\":{}", value.len())
                    }
                })
                .collect();
            let line = format!("{{{}}}", body.join(sep));
            for f in [
                Fields::default(),
                Fields { id: "x".to_string(), text: "text".to_string() },
            ] {
                proptest::prop_assert_eq!(parse(&line, &f), parse_value(&line, &f), "{}", line);
            }
        }
    }
}
