//! Reader: raw bytes in, decoded [`Text`] with paragraph spans out.
//!
//! Decoding skips a leading byte-order mark and rejects invalid UTF-8 (naming the byte
//! offset of the first bad sequence) unless the caller asks for lossy decoding. Line
//! endings are left as they are (LF, CRLF and lone CR all work), so every offset the
//! document reports indexes the decoded file exactly.
//!
//! Paragraphs split at blank lines, and at single line breaks where an article puts one
//! paragraph per line, as copy-pasted news does. A block whose lines are hard-wrapped
//! (most breaks fall mid-sentence) stays one paragraph; a line that opens
//! with a list marker (`•`, `-`, `2.`, `b)`) always starts a paragraph. This stage does no I/O: the
//! caller reads the bytes.

use crate::sentences::list::opens_item;
use crate::span::Span;

/// Decoded article text and its paragraphs.
#[derive(Debug, Clone, Default)]
pub struct Text {
    /// The decoded text, without a byte-order mark.
    pub text: String,
    /// Paragraph spans, in order, trimmed of surrounding whitespace, never empty.
    pub paragraphs: Vec<Span>,
    /// Problems met while decoding (e.g. replaced invalid bytes).
    pub warnings: Vec<String>,
}

/// Why bytes could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// Byte offset of the first invalid sequence in the raw input (BOM included).
    pub offset: usize,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid UTF-8 at byte offset {}", self.offset)
    }
}

impl std::error::Error for DecodeError {}

const BOM: &[u8] = b"\xEF\xBB\xBF";

impl Text {
    /// Decodes raw bytes. With `lossy`, invalid sequences become U+FFFD and a warning is
    /// recorded; without it, they are an error.
    pub fn decode(bytes: &[u8], lossy: bool) -> Result<Text, DecodeError> {
        let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
        let skipped = bytes.len() - body.len();
        match std::str::from_utf8(body) {
            Ok(s) => Ok(Text::from_str(s)),
            Err(e) if lossy => {
                let s = String::from_utf8_lossy(body);
                let mut text = Text::from_str(&s);
                text.warnings.push(format!(
                    "invalid UTF-8 replaced with U+FFFD (first at byte offset {})",
                    e.valid_up_to() + skipped
                ));
                Ok(text)
            }
            Err(e) => Err(DecodeError {
                offset: e.valid_up_to() + skipped,
            }),
        }
    }

    /// [`Text::from_str`] taking the string: no copy unless a BOM must go.
    pub fn from_string(s: String) -> Text {
        if s.starts_with('\u{FEFF}') {
            return Text::from_str(&s);
        }
        let paragraphs = paragraphs(&s);
        Text {
            text: s,
            paragraphs,
            warnings: Vec::new(),
        }
    }

    /// Builds a [`Text`] from an already decoded string (a leading BOM is dropped).
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> Text {
        let s = s.strip_prefix('\u{FEFF}').unwrap_or(s);
        Text {
            text: s.to_string(),
            paragraphs: paragraphs(s),
            warnings: Vec::new(),
        }
    }
}

/// Lines of `text` as spans without their line terminators (LF, CRLF or CR), in
/// order: an iterator, so the lines are never stored.
fn lines(text: &str) -> Lines<'_> {
    let bytes = text.as_bytes();
    Lines {
        bytes,
        breaks: memchr::memchr2_iter(b'\n', b'\r', bytes),
        start: Some(0),
    }
}

/// The iterator [`lines`] returns.
struct Lines<'a> {
    bytes: &'a [u8],
    breaks: memchr::Memchr2<'a>,
    /// Where the next line starts; `None` once the last line is out.
    start: Option<usize>,
}

impl Iterator for Lines<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        let start = self.start?;
        for i in self.breaks.by_ref() {
            if i < start {
                // The LF of a CRLF already taken.
                continue;
            }
            let crlf = self.bytes[i] == b'\r' && self.bytes.get(i + 1) == Some(&b'\n');
            self.start = Some(i + 1 + usize::from(crlf));
            return Some(Span::new(start, i));
        }
        self.start = None;
        Some(Span::new(start, self.bytes.len()))
    }
}

/// Splits text into paragraph spans.
pub fn paragraphs(text: &str) -> Vec<Span> {
    // Room for most articles' paragraphs (about one a 170 bytes of news).
    let mut out = Vec::with_capacity((text.len() / 128).min(8192) + 2);
    let mut block: Vec<Span> = Vec::with_capacity(16);
    for line in lines(text) {
        let t = line.trim(text);
        if t.is_empty() {
            flush_block(text, &mut block, &mut out);
        } else {
            block.push(t);
        }
    }
    flush_block(text, &mut block, &mut out);
    out
}

/// Turns one blank-line-delimited block of trimmed lines into paragraphs.
fn flush_block(text: &str, block: &mut Vec<Span>, out: &mut Vec<Span>) {
    if block.is_empty() {
        return;
    }
    let wrapped = is_hard_wrapped(text, block);
    let mut cur = block[0];
    for pair in block.windows(2) {
        let (prev, next) = (pair[0], pair[1]);
        if wrapped || continues(text, prev, next) {
            cur.end = next.end;
        } else {
            out.push(cur);
            cur = next;
        }
    }
    out.push(cur);
    block.clear();
}

/// Whether a line ends mid-sentence (no closing punctuation).
fn ends_mid_sentence(line: &str) -> bool {
    match line.chars().next_back() {
        Some(c) => !matches!(
            c,
            '.' | '!'
                | '?'
                | ':'
                | ';'
                | '"'
                | '”'
                | '’'
                | '\''
                | ')'
                | ']'
                | '…'
                | '—'
                | '-'
                | '–'
        ),
        None => false,
    }
}

/// Whether the line after a break plainly continues the previous sentence: the break
/// falls mid-sentence and the next line starts in lower case (or the break follows a
/// comma or a word no sentence ends on, such as `the` or `on`). A list item (`- fares`,
/// `2. buses`) always starts its own paragraph.
fn continues(text: &str, prev: Span, next: Span) -> bool {
    if opens_item(next.text(text)) {
        return false;
    }
    let first = next
        .text(text)
        .chars()
        .find(|c| c.is_alphanumeric())
        .unwrap_or('A');
    let prev = prev.text(text);
    ends_mid_sentence(prev) && (first.is_lowercase() || prev.ends_with(',') || ends_open(prev))
}

crate::lexicon_table!(
    /// Words a sentence cannot end on (articles, prepositions, conjunctions): a line
    /// that ends on one was wrapped, whatever case the next line starts in.
    pub OPEN_ENDS = "reader_open_ends.txt"
);

/// Whether the line's last word is one a sentence cannot end on (`… visit the site
/// on` / `Tuesday at 9 a.m.`).
fn ends_open(line: &str) -> bool {
    let last = line.rsplit(char::is_whitespace).next().unwrap_or("");
    OPEN_ENDS.contains(last)
}

/// A block is hard-wrapped when it has at least three lines, most of its breaks fall
/// mid-sentence, and its lines (but the last) are of similar, prose-like length.
fn is_hard_wrapped(text: &str, block: &[Span]) -> bool {
    if block.len() < 3 || block[1..].iter().any(|l| opens_item(l.text(text))) {
        return false;
    }
    let body = &block[..block.len() - 1];
    let mid = body
        .iter()
        .filter(|l| ends_mid_sentence(l.text(text)))
        .count();
    let widths = body.iter().map(|l| l.text(text).chars().count());
    let (min, max) = widths.fold((usize::MAX, 0), |(lo, hi), w| (lo.min(w), hi.max(w)));
    let min = if body.is_empty() { 0 } else { min };
    mid * 3 >= body.len() * 2 && max >= 40 && min * 10 >= max * 6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(s: &str) -> Vec<&str> {
        paragraphs(s).into_iter().map(|p| p.text(s)).collect()
    }

    #[test]
    fn lines_end_at_lf_crlf_and_cr() {
        let cases: [(&str, &[&str]); 6] = [
            ("", &[""]),
            ("a", &["a"]),
            ("a\nb", &["a", "b"]),
            ("a\r\nb\rc\n", &["a", "b", "c", ""]),
            ("\r\n\r\n", &["", "", ""]),
            ("x\n\r\r\ny\r", &["x", "", "", "y", ""]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = lines(text).map(|l| l.text(text)).collect();
            assert_eq!(got, want, "{text:?}");
        }
        let t = Text::from_string("\u{FEFF}One.\n\nTwo.".to_string());
        assert_eq!(t.text, "One.\n\nTwo.");
        assert_eq!(t.paragraphs.len(), 2);
    }

    #[test]
    fn blank_lines_and_single_lines() {
        assert_eq!(paras("A b.\n\nC d.\n"), ["A b.", "C d."]);
        assert_eq!(
            paras("Headline here\nFirst para.\nSecond para."),
            ["Headline here", "First para.", "Second para."]
        );
        assert_eq!(paras("\n\n  \n"), Vec::<&str>::new());
        assert_eq!(paras(""), Vec::<&str>::new());
    }

    #[test]
    fn a_line_ending_on_a_function_word_continues() {
        assert_eq!(
            paras("Inspectors will visit the site on\nTuesday at 9 a.m.\nNext."),
            [
                "Inspectors will visit the site on\nTuesday at 9 a.m.",
                "Next."
            ]
        );
        assert_eq!(
            paras("Strike ends at Velmar\nDockworkers returned."),
            ["Strike ends at Velmar", "Dockworkers returned."]
        );
    }

    #[test]
    fn list_lines_stay_apart() {
        assert_eq!(
            paras("Demands\n- lower fares\n- more buses\n- longer hours on weekends"),
            [
                "Demands",
                "- lower fares",
                "- more buses",
                "- longer hours on weekends"
            ]
        );
        assert_eq!(
            paras("The council will\n1. cut fares\n2. add buses"),
            ["The council will", "1. cut fares", "2. add buses"]
        );
        let wrapped = "The letter was signed on Tuesday by the novelist Jonas\nE. Smith and by many other writers who live in the\ncity and oppose the new port.";
        assert_eq!(paras(wrapped), [wrapped]);
    }

    #[test]
    fn line_endings() {
        assert_eq!(
            paras("One.\r\nTwo.\r\n\r\nThree."),
            ["One.", "Two.", "Three."]
        );
        assert_eq!(paras("One.\rTwo.\r\rThree."), ["One.", "Two.", "Three."]);
    }

    #[test]
    fn wrapped_lines_join() {
        let s = "The minister said on Tuesday that the plan would\ngo ahead despite objections from the unions and\nthe opposition parties in parliament.\n\nNext.";
        assert_eq!(paras(s).len(), 2);
        assert_eq!(
            paras("He said the deal\nwas done."),
            ["He said the deal\nwas done."]
        );
    }

    #[test]
    fn decode_errors_and_bom() {
        assert_eq!(Text::decode(b"ab\xffcd", false).unwrap_err().offset, 2);
        assert_eq!(
            Text::decode(b"\xEF\xBB\xBFab\xff", false)
                .unwrap_err()
                .offset,
            5
        );
        let t = Text::decode(b"ab\xffcd", true).unwrap();
        assert_eq!(t.text, "ab\u{FFFD}cd");
        assert_eq!(t.warnings.len(), 1);
        assert_eq!(Text::decode(b"\xEF\xBB\xBFHi.", false).unwrap().text, "Hi.");
    }
}
