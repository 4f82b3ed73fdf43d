//! JSON string escaping, byte for byte as `serde_json` escapes.
//!
//! In: a `&str`. Out: the quoted JSON string appended to a buffer: `"` and `\` escaped,
//! the control characters below U+0020 as `\b \t \n \f \r` or `\u00xx` (lower-case
//! hex), everything else (U+007F and all non-ASCII included) as it is. Clean runs are
//! found eight bytes at a time and copied in one go, where `serde_json` tests every
//! byte; pieces of one text are escaped from the text's
//! [`Chars`](super::chars::Chars), without a scan of their own. It does not validate
//! or normalise anything.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Appends `s` as a quoted JSON string.
pub(super) fn string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    // Most strings written this way (names, roles) hold nothing to escape: one
    // branch-free test of every byte and one copy.
    if bytes
        .iter()
        .fold(0u8, |m, &b| m | u8::from(needs_escape(b)))
        == 0
    {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut start = 0;
    while let Some(at) = next_escape(bytes, start) {
        out.extend_from_slice(&bytes[start..at]);
        escape(out, bytes[at]);
        start = at + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// Whether `b` must be escaped.
// `|`, not `||`: branch-free, so that a test of many bytes becomes vector compares.
#[inline(always)]
pub(super) fn needs_escape(b: u8) -> bool {
    (b < 0x20) | (b == b'"') | (b == b'\\')
}

/// The first byte at or after `from` that must be escaped.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut i = from;
    for chunk in rest.chunks_exact(8) {
        let Ok(word) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        if dirty(u64::from_le_bytes(word)) {
            break;
        }
        i += 8;
    }
    bytes[i..]
        .iter()
        .position(|&b| needs_escape(b))
        .map(|p| i + p)
}

/// Whether any byte of `word` is below 0x20, `"` or `\`.
fn dirty(word: u64) -> bool {
    lanes(word) != 0
}

/// The high bit of byte `k` of `word` set when that byte must be escaped: below 0x20
/// (bits 7, 6 and 5 clear), `"` or `\` (a zero lane after an exclusive or, found
/// without a carry across lanes, so exact for every byte).
#[inline(always)]
pub(super) fn lanes(word: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let zero = |x: u64| !(((x & LOW7) + LOW7) | x) & HIGH;
    let control = !(word | (word << 1) | (word << 2)) & HIGH;
    let quote = zero(word ^ (ONES * u64::from(b'"')));
    let slash = zero(word ^ (ONES * u64::from(b'\\')));
    control | quote | slash
}

pub(super) fn escape(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match b {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x09 => b't',
        0x0A => b'n',
        0x0C => b'f',
        0x0D => b'r',
        _ => {
            let hex = [HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xF)]];
            out.extend_from_slice(b"\\u00");
            out.extend_from_slice(&hex);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', short]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut out = Vec::new();
        string(&mut out, s);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_char_up_to_0x100_escapes_as_serde_json_does() {
        for c in (0u32..0x100).filter_map(char::from_u32) {
            for s in [
                c.to_string(),
                format!("abcdefgh{c}ijklmnopq"),
                format!("{c}{c}"),
            ] {
                assert_eq!(escaped(&s), serde_json::to_string(&s).unwrap(), "{c:?}");
            }
        }
    }

    #[test]
    fn mixed_strings_escape_as_serde_json_does() {
        let cases = [
            "",
            "plain ascii text that is longer than sixteen bytes",
            "\"quoted\" and \\slashed\\ \u{7f}",
            "tab\there\nnew line\r\n\u{1}\u{1f} end",
            "Zürich — “curly” quotes ünd ß, 北京, 🦀 emoji \"",
            "1234567\"",
            "12345678\"",
            "123456789\\",
        ];
        for s in cases {
            assert_eq!(escaped(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn the_word_test_flags_exactly_the_bytes_to_escape() {
        for b in 0u8..=255 {
            for pos in 0..8 {
                let mut word = [b'a'; 8];
                word[pos] = b;
                assert_eq!(
                    dirty(u64::from_le_bytes(word)),
                    needs_escape(b),
                    "{b} at {pos}"
                );
            }
        }
    }
}
