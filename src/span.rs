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
    pub fn trim(self, text: &str) -> Span {
        let s = self.text(text);
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
    match s.get(k..).and_then(|rest| rest.chars().next()) {
        Some(c) if !c.is_ascii() && c.is_whitespace() => s.len() - s.trim_start().len(),
        _ => k,
    }
}

/// Bytes of white space that `s` ends with, found as [`lead_space`] finds them.
fn trail_space(s: &str) -> usize {
    let k = s
        .bytes()
        .rev()
        .position(|b| !ascii_space(b))
        .unwrap_or(s.len());
    match s
        .get(..s.len() - k)
        .and_then(|rest| rest.chars().next_back())
    {
        Some(c) if !c.is_ascii() && c.is_whitespace() => s.len() - s.trim_end().len(),
        _ => k,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
