//! The common record read without a JSON parser: a flat object whose values are all
//! strings (`{"id": "a17", "text": "…"}`).
//!
//! In: one line and the field names. Out: the record's id and text, decoded straight
//! into their own strings (one copy, where the parser copies a string with escapes
//! twice), or `None` for anything else: another value type, an escaped key, a lone
//! surrogate, malformed JSON. `None` sends the line to the full parser, so errors and
//! every unusual record are its business; a line read here gives what it gives.

use super::{Fields, Record};

/// The record, when the line is a flat object of string values that holds the text
/// field; `None` for the full parser to decide.
pub(super) fn parse(line: &str, fields: &Fields) -> Option<Record> {
    let b = line.as_bytes();
    let mut i = skip_space(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    let (mut id, mut text) = (None, None);
    loop {
        i = skip_space(b, i + 1);
        let (key, after) = plain_key(line, i)?;
        i = skip_space(b, after);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = skip_space(b, i + 1);
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let (value, after) = string(line, i + 1)?;
        // The last of each name counts, as in a map.
        if key == fields.text {
            if key == fields.id {
                id = Some(value.clone());
            }
            text = Some(value);
        } else if key == fields.id {
            id = Some(value);
        }
        i = skip_space(b, after);
        match b.get(i) {
            Some(b',') => continue,
            Some(b'}') => break,
            _ => return None,
        }
    }
    if skip_space(b, i + 1) != b.len() {
        return None;
    }
    Some(Record { id, text: text? })
}

/// The first byte at or after `i` that is no JSON white space.
fn skip_space(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// The key whose opening quote is at `i`, and the offset past its closing quote; `None`
/// when it holds an escape or a control character.
fn plain_key(line: &str, i: usize) -> Option<(&str, usize)> {
    let b = line.as_bytes();
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let len = b.get(i + 1..)?.iter().position(|&c| c == b'"')?;
    let key = line.get(i + 1..i + 1 + len)?;
    if key.bytes().any(|c| c == b'\\' || c < 0x20) {
        return None;
    }
    Some((key, i + len + 2))
}

/// Decodes the string that starts at byte `i` (past its opening quote); returns it and
/// the offset past its closing quote.
fn string(line: &str, from: usize) -> Option<(String, usize)> {
    let b = line.as_bytes();
    let mut out = String::new();
    let mut i = from;
    loop {
        let rest = b.get(i..)?;
        let j = i + memchr::memchr2(b'"', b'\\', rest)?;
        let run = line.get(i..j)?;
        if b[j] == b'"' {
            // Escapes hold no control character: one test of the raw string serves.
            if has_control(b.get(from..j)?) {
                return None;
            }
            if out.is_empty() {
                // No escape: the one copy, of the right size.
                return Some((run.to_string(), j + 1));
            }
            out.push_str(run);
            return Some((out, j + 1));
        }
        if out.capacity() == 0 {
            // The string is no longer than the rest of the line.
            out.reserve(b.len() - i);
        }
        out.push_str(run);
        i = unescape(b, j + 1, &mut out)?;
        // Escapes come in runs (a paragraph break is `\n\n`): the next is decoded
        // here, without a search of its own.
        while b.get(i) == Some(&b'\\') {
            i = unescape(b, i + 1, &mut out)?;
        }
    }
}

/// Whether any byte is a control character (below 0x20), which JSON strings may not
/// hold raw. Folded over fixed blocks, so the compiler tests many bytes at once.
fn has_control(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(32);
    let any = chunks
        .by_ref()
        .any(|c| c.iter().fold(false, |m, &x| m | (x < 0x20)));
    any || chunks.remainder().iter().any(|&x| x < 0x20)
}

/// Decodes the escape whose letter is at `i` (past its backslash) onto `out`; returns
/// the offset past it.
// Inlined: news text holds an escape every hundred bytes or so (quotes, paragraph
// breaks), and the call cost a third of the decoding.
#[inline(always)]
fn unescape(b: &[u8], i: usize, out: &mut String) -> Option<usize> {
    let c = match b.get(i)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => return unicode(b, i + 1, out),
        _ => return None,
    };
    out.push(c);
    Some(i + 1)
}

/// Decodes `\uXXXX` (its digits at `i`), a surrogate pair taking two; a lone surrogate
/// is left to the full parser.
fn unicode(b: &[u8], i: usize, out: &mut String) -> Option<usize> {
    let first = hex4(b, i)?;
    let (code, end) = match first {
        0xD800..=0xDBFF => {
            if b.get(i + 4..i + 6)? != b"\\u" {
                return None;
            }
            let second = hex4(b, i + 6)?;
            if !(0xDC00..=0xDFFF).contains(&second) {
                return None;
            }
            let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
            (code, i + 10)
        }
        0xDC00..=0xDFFF => return None,
        _ => (first, i + 4),
    };
    out.push(char::from_u32(code)?);
    Some(end)
}

/// The four hex digits at `i`.
fn hex4(b: &[u8], i: usize) -> Option<u32> {
    b.get(i..i + 4)?.iter().try_fold(0, |n, &d| {
        let v = char::from(d).to_digit(16)?;
        Some(n * 16 + v)
    })
}

#[cfg(test)]
mod tests {
    use super::super::parse_value;
    use super::*;

    #[test]
    fn what_it_reads_the_full_parser_reads_alike() {
        let lines = [
            r#"{"id": "a", "text": "Hi."}"#,
            r#"  {"id":"a","text":"Line\none \"q\" \\ \/ \b\f\r\t"}  "#,
            r#"{"text": "T\u00e9 \u2014 \ud83e\udd80 \u0000 end", "id": "x"}"#,
            r#"{"text": "first", "id": "1", "text": "second", "id": "two"}"#,
            r#"{"meta": "m", "text": "Zürich “quoted”", "other": "\n"}"#,
            r#"{"id": "only"}"#,
            r#"{"text": 3}"#,
            r#"{"text": "x", "id": null}"#,
            r#"{"text": "x", "id": 17}"#,
            r#"{"te\u0078t": "escaped key"}"#,
            r#"{"text": "lone \ud800 surrogate"}"#,
            r#"{"text": "low \udc00 first"}"#,
            r#"{"text": "bad \x escape"}"#,
            r#"{"text": "short \u12"}"#,
            "{\"text\": \"raw\ttab\"}",
            r#"{"text": "x"} trailing"#,
            r#"{"text": "x",}"#,
            r#"{"text": "unterminated}"#,
            r#"{}"#,
            r#"{"text" "x"}"#,
            "\t{\"text\" :\r\n \"spaced\" }\n",
        ];
        let fields = [
            Fields::default(),
            Fields {
                id: "text".to_string(),
                text: "text".to_string(),
            },
            Fields {
                id: "meta".to_string(),
                text: "other".to_string(),
            },
        ];
        for f in &fields {
            for line in lines {
                if let Some(record) = parse(line, f) {
                    assert_eq!(Ok(record), parse_value(line, f), "{line} {f:?}");
                }
            }
        }
        let read = |line: &str| parse(line, &fields[0]).is_some();
        assert!(read(lines[1]) && read(lines[2]) && read(lines[3]) && read(lines[20]));
        assert!(!read(lines[8]) && !read(lines[10]) && !read(lines[14]) && !read(lines[15]));
    }

    #[test]
    fn controls_are_found_in_any_block() {
        for len in [0, 1, 31, 32, 33, 64, 100] {
            let clean = "a".repeat(len);
            assert!(!has_control(clean.as_bytes()));
            for at in 0..len {
                let mut dirty = clean.clone().into_bytes();
                dirty[at] = 0x1f;
                assert!(has_control(&dirty), "{len} {at}");
            }
        }
    }
}
