//! Sentence splitter for news: paragraph spans in, sentence spans out.
//!
//! Each paragraph is scanned once, left to right. Only a few bytes stop the scan:
//! terminators (`.`, `!`, `?`, `…`), opening brackets, and list markers in a paragraph
//! that starts as a list. At a terminator the splitter reads the whole *cluster*
//! (`?!`, `...`, `. . . .`, closing quotes and brackets after it) and decides from the
//! word before it and the word after it (module `rules`):
//!
//! - a cluster not followed by white space is no boundary (`3.5`, `U.S.`, `Jr.'s`,
//!   `example.com`, `...see`);
//! - a lower-case next word never starts a sentence (`"Is it?" she asked.`, `Yahoo! in`),
//!   nor does a dash (`NEWPORT, Va. - In …`), nor a sentence with no word yet;
//! - after a prefix title (`Mr.`, `Dr.`, `Sen.`, `Mt.`) there is never a boundary;
//! - after an abbreviation (`Inc.`, `Jan.`), a dotted acronym (`U.S.`) or an initial
//!   (`E.`) the next word decides: a sentence starter (a determiner, pronoun,
//!   conjunction or auxiliary: `The`, `He`, `It`, `How`) opens a new sentence; any other
//!   capitalised word is taken as a proper noun continuing it (`U.S. Government`,
//!   `Jonas E. Smith`), and a number continues it (`Jan. 14`, `No. 10`);
//! - after `a.m.`/`p.m.` a capitalised word opens a sentence unless it continues the
//!   time (`5 p.m. Monday`, `9 a.m. GMT`);
//! - a closing quote followed by a dialogue tag (`"Why?" Ana Ruiz asked.`, `"Done."
//!   Smith said.`) continues the sentence;
//! - text inside balanced brackets (`(He worked there.)`, `[...]`) holds no boundary;
//! - spaced ellipses follow the Golden Rules: `. . .` is an omission inside a sentence,
//!   `word. . . . Next` ends the sentence after `word.`.
//!
//! A paragraph that opens with a list marker (`1.`, `a)`, `•`) also breaks before each
//! later marker in sequence (module `list`). A sentence never crosses a paragraph boundary;
//! headlines, bylines and one-item-a-line lists are paragraphs of their own (the
//! reader's work), and a dateline (`LONDON (Reuters) -`) stays in its first sentence.
//!
//! A sentence longer than [`MAX_SENTENCE`] bytes (a text with no boundary, never a
//! news sentence) is cut at white space into pieces no longer than that, so that no
//! later stage's work on one sentence grows with the whole text.
//!
//! This stage allocates nothing per sentence beyond the output vector and never
//! fails: any text gives sentences that are in order, non-overlapping, trimmed, non-empty
//! and inside their paragraph.

mod cluster;
pub(crate) mod list;
mod rules;
pub mod words;

#[cfg(test)]
mod tests;

use crate::span::Span;
use cluster::Cluster;
use list::List;

/// One sentence: its span and the paragraph it lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span, trimmed of surrounding white space.
    pub span: Span,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
}

/// Splits every paragraph into sentences.
pub fn split(text: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    // Room for most articles' sentences (about two a paragraph; growing copies them).
    let mut out = Vec::with_capacity(paragraphs.len() * 5 / 2 + 2);
    // One search state for the whole text, not one a paragraph: a search that runs past
    // a paragraph's end has found the next paragraph's first stop (most paragraphs hold
    // no bracket or ellipsis, and each search costs a vector setup).
    let mut stops = Stops::new();
    for (index, &para) in paragraphs.iter().enumerate() {
        let mut scan = Scan::new(text, para, index, &mut out);
        scan.run(&mut stops);
    }
    out
}

/// The longest sentence, in bytes. News sentences run to a few hundred; a text with
/// no boundary the rules accept (no full stops, or every one followed by a dash) would
/// otherwise be one sentence, and the later stages' work on a sentence grows faster
/// than its length (each cue's content runs to the sentence's end).
pub const MAX_SENTENCE: usize = 4096;

/// Pushes a sentence longer than [`MAX_SENTENCE`] as pieces of at most that length, each
/// cut at the last line break or white space in its second half (mid-word only where
/// there is none), trimmed.
fn push_long(text: &str, mut span: Span, paragraph: usize, out: &mut Vec<Sentence>) {
    while span.len() > MAX_SENTENCE {
        let limit = span.start + MAX_SENTENCE;
        let half = span.start + MAX_SENTENCE / 2;
        let window = &text.as_bytes()[half..limit];
        let at = window
            .iter()
            .rposition(|&b| b == b'\n')
            .or_else(|| window.iter().rposition(u8::is_ascii_whitespace))
            .map(|k| half + k);
        let cut = at.unwrap_or_else(|| {
            (span.start + 1..=limit)
                .rev()
                .find(|&k| text.is_char_boundary(k))
                .unwrap_or(limit)
        });
        let piece = Span::new(span.start, cut).trim(text);
        if !piece.is_empty() {
            out.push(Sentence {
                span: piece,
                paragraph,
            });
        }
        span = Span::new(cut, span.end).trim(text);
    }
    if !span.is_empty() {
        out.push(Sentence { span, paragraph });
    }
}

/// Bytes at which the scan must look closer: terminators, opening brackets, and the
/// lead byte of `…` (shared with other punctuation, which is passed over; [`Stops`]
/// stops only at the `…`).
const fn stop_bytes() -> [bool; 256] {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'(' as usize] = true;
    t[b'[' as usize] = true;
    t[0xE2] = true;
    t
}

static STOP: [bool; 256] = stop_bytes();

/// The next stop byte at or after an offset of the text, from two vectorised searches
/// (terminators; brackets and the lead byte of `…`), each run again only once the scan
/// has passed what it found: a byte-at-a-time table scan costs several instructions a
/// byte. Each search's result holds for any offset from where it started up to it.
#[derive(Debug)]
struct Stops {
    /// The first terminator at or after `terminator_from` (the text's length: none).
    terminator: usize,
    terminator_from: usize,
    /// The first other stop at or after `other_from`.
    other: usize,
    other_from: usize,
}

impl Stops {
    /// No search run yet: the first asks both.
    fn new() -> Stops {
        Stops {
            terminator: 0,
            terminator_from: usize::MAX,
            other: 0,
            other_from: usize::MAX,
        }
    }

    /// The first stop byte of the text `b` at or after `i` and before `end`.
    fn next(&mut self, b: &[u8], i: usize, end: usize) -> Option<usize> {
        if self.terminator < i || i < self.terminator_from {
            self.terminator = terminator_from(b, i);
            self.terminator_from = i;
        }
        if self.other < i || i < self.other_from {
            self.other = other_from(b, i);
            self.other_from = i;
        }
        let k = self.terminator.min(self.other);
        (k < end).then_some(k)
    }
}

/// The first `.`, `!` or `?` at or after `i` (`b.len()` when none).
fn terminator_from(b: &[u8], i: usize) -> usize {
    let rest = b.get(i..).unwrap_or_default();
    memchr::memchr3(b'.', b'!', b'?', rest).map_or(b.len(), |k| i + k)
}

/// The first `(`, `[` or `…` at or after `i` (`b.len()` when none).
fn other_from(b: &[u8], i: usize) -> usize {
    // Searched on the last byte of `…` (E2 80 A6), not its lead byte, which every
    // curly quote and dash shares: far fewer false stops.
    let mut from = i;
    while let Some(k) = memchr::memchr3(b'(', b'[', 0xA6, b.get(from..).unwrap_or_default()) {
        let k = from + k;
        if b[k] != 0xA6 {
            return k;
        }
        if k >= i + 2 && b[k - 2..k] == [0xE2, 0x80] {
            return k - 2;
        }
        from = k + 1;
    }
    b.len()
}

/// The state of one paragraph's scan. Offsets are relative to the paragraph.
struct Scan<'a> {
    text: &'a str,
    p: &'a str,
    base: usize,
    index: usize,
    /// Where the current sentence starts.
    start: usize,
    /// Whether the current sentence holds a letter or digit before `checked`.
    has_word: bool,
    /// How far the current sentence has been searched for a letter or digit.
    checked: usize,
    list: Option<List>,
    out: &'a mut Vec<Sentence>,
}

impl<'a> Scan<'a> {
    fn new(text: &'a str, para: Span, index: usize, out: &'a mut Vec<Sentence>) -> Scan<'a> {
        let p = para.text(text);
        Scan {
            text,
            p,
            base: para.start,
            index,
            start: 0,
            has_word: false,
            checked: 0,
            list: List::open(p),
            out,
        }
    }

    fn run(&mut self, stops: &mut Stops) {
        let b = self.p.as_bytes();
        let all = self.text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if self.list.is_some() {
                if i > 0 && b[i - 1].is_ascii_whitespace() {
                    self.list_item(i);
                }
                if !STOP[b[i] as usize] {
                    i += 1;
                    continue;
                }
            } else {
                match stops.next(all, self.base + i, self.base + b.len()) {
                    Some(k) => i = k - self.base,
                    None => break,
                }
            }
            i = match b[i] {
                b'(' | b'[' => cluster::skip_group(b, i),
                0xE2 if !self.p[i..].starts_with('…') => i + 1,
                _ => self.terminator(i),
            };
        }
        self.cut(b.len());
    }

    /// Breaks before a list marker that continues the paragraph's list.
    fn list_item(&mut self, i: usize) {
        if let Some(list) = self.list.as_mut() {
            if list.next_item(self.p, i) {
                self.cut(i);
            }
        }
    }

    /// Reads the terminator cluster at `i`, cuts if it ends a sentence, and returns
    /// where the scan goes on.
    fn terminator(&mut self, i: usize) -> usize {
        let c = Cluster::read(self.p, i);
        if !c.followed_by_space {
            return c.end.max(i + 1);
        }
        if !self.has_word {
            self.has_word = self.p[self.checked..i].contains(crate::tokens::is_word_char);
            self.checked = i;
        }
        if let Some(at) = rules::decide(self.p, self.start, &c, self.has_word) {
            self.cut(at);
            return at.max(i + 1);
        }
        c.end.max(i + 1)
    }

    /// Emits the sentence from the current start to `end` (if it holds anything) and
    /// starts the next one there.
    fn cut(&mut self, end: usize) {
        if end <= self.start {
            return;
        }
        let span = Span::new(self.base + self.start, self.base + end);
        // Most sentences start and end on an ASCII character that is no white space:
        // nothing to trim, and no decoding to find that out.
        let bytes = span.text(self.text).as_bytes();
        let edge =
            |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii() && !char::from(b).is_whitespace());
        let span = if edge(bytes.first()) && edge(bytes.last()) {
            span
        } else {
            span.trim(self.text)
        };
        if span.len() > MAX_SENTENCE {
            push_long(self.text, span, self.index, self.out);
        } else if !span.is_empty() {
            self.out.push(Sentence {
                span,
                paragraph: self.index,
            });
        }
        self.start = end;
        self.has_word = false;
        self.checked = end;
    }
}
