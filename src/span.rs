//! Byte spans into the decoded article text.

/// A half-open byte range `start..end` into the decoded text; `&text[span.range()]` is
/// always valid UTF-8 because every stage cuts at character boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a range, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers nothing.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies wholly inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text the span covers.
    pub fn text(self, text: &str) -> &str {
        &text[self.range()]
    }

    /// The span without leading and trailing whitespace.
    // Inlined with the common case only: most lines and sentences start and end on
    // ASCII that is no white space, with nothing to trim.
    #[inline(always)]
    pub fn trim(self, text: &str) -> Span {
        let s = self.text(text);
        let solid = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !ascii_space(b));
        if solid(s.as_bytes().first()) && solid(s.as_bytes().last()) {
            return self;
        }
        self.trim_edges(s)
    }

    /// [`Span::trim`] of `s`, the span's text, with something on an edge to look at.
    #[inline(never)]
    fn trim_edges(self, s: &str) -> Span {
        let lead = lead_space(s);
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail_space(s))
    }
}

/// Whether `b` is an ASCII character that [`char::is_whitespace`] accepts.
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Bytes of white space that `s` starts with: ASCII white space byte by byte (the
/// edges of lines and sentences are ASCII or a quote mark), the Unicode tables only when
/// a character beyond ASCII is white space.
fn lead_space(s: &str) -> usize {
    let k = s.bytes().position(|b| !ascii_space(b)).unwrap_or(s.len());
    let rest = s.as_bytes().get(k..).unwrap_or_default();
    if wide_space(rest) {
        s.len() - s.trim_start().len()
    } else {
        k
    }
}

/// Bytes of white space that `s` ends with, found as [`lead_space`] finds them.
fn trail_space(s: &str) -> usize {
    let k = s
        .bytes()
        .rev()
        .position(|b| !ascii_space(b))
        .unwrap_or(s.len());
    let rest = s.as_bytes().get(..s.len() - k).unwrap_or_default();
    // The last character starts at the last byte that continues none, at most three
    // before the end.
    let last = (rest.len().saturating_sub(4)..rest.len())
        .rev()
        .find(|&j| rest[j] & 0xC0 != 0x80)
        .map_or(&[][..], |j| &rest[j..]);
    if wide_space(last) {
        s.len() - s.trim_end().len()
    } else {
        k
    }
}

/// Whether `bytes` start with a character beyond ASCII that [`char::is_whitespace`]
/// accepts (U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F,
/// U+3000), told from its bytes: decoding and the Unicode table cost more, and the
/// edges of lines and sentences are often curly quotes, which share the lead byte of
/// most of these.
fn wide_space(bytes: &[u8]) -> bool {
    matches!(
        bytes,
        [0xC2, 0x85 | 0xA0, ..]
            | [0xE1, 0x9A, 0x80, ..]
            | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
            | [0xE2, 0x81, 0x9F, ..]
            | [0xE3, 0x80, 0x80, ..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_space_is_exactly_the_white_space_beyond_ascii() {
        for c in (0x80u32..=0x10_FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(wide_space(bytes), c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn trim_takes_what_str_trim_takes() {
        let texts = [
            "",
            " ",
            "plain",
            "  two sides \n",
            "\t\r\n\u{b}\u{c}x\u{b}",
            "\u{a0}\u{2003} wide spaces \u{3000}\u{a0}",
            " “quoted” ",
            "“quoted”",
            "\u{85}next line\u{85}",
            "\u{2028}",
            " \u{a0} ",
            "é",
        ];
        for text in texts {
            let got = Span::new(0, text.len()).trim(text);
            let trimmed = text.trim();
            let want = if trimmed.is_empty() {
                Span::new(0, 0)
            } else {
                let start = text.len() - text.trim_start().len();
                Span::new(start, start + trimmed.len())
            };
            assert_eq!(got, want, "{text:?}");
        }
    }
}
