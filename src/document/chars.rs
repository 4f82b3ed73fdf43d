//! One pass over the text for the output edge: character offsets and the bytes to
//! escape.
//!
//! In: the decoded text. Out: a [`Chars`] that turns a byte offset into a character
//! (Unicode scalar value) offset and appends any span of the text as a quoted JSON
//! string, both in a few steps and in any order. The text is read once, sixteen bytes
//! (a cell) at a time: each cell keeps the count of characters and of bytes to escape
//! before it and two bit masks (which of its bytes start a character, which must be
//! escaped), so an offset is a count plus the bits below it in one mask. It does not
//! validate anything: spans must lie on character boundaries.

use crate::span::Span;

use super::escape::{self, escape, needs_escape};
use super::CharSpan;

/// Bytes a cell covers.
const CELL: usize = 16;

const HIGH: u64 = 0x8080_8080_8080_8080;

/// Counts before a cell and masks of its bytes (bit `k` for byte `k`).
#[derive(Debug, Clone, Copy)]
struct Cell {
    /// Characters before the cell (wrapping past 2^32: the command line lets no text
    /// of 4 GiB in, see `--max-article` and `--max-line`).
    chars: u32,
    /// Bytes to escape before the cell.
    escapes: u32,
    /// Which bytes start a character (all but UTF-8 continuation bytes).
    lead: u16,
    /// Which bytes must be escaped.
    escape: u16,
}

/// Converts byte offsets to character offsets and writes pieces of the text as JSON
/// strings.
pub(super) struct Chars<'a> {
    text: &'a str,
    /// One cell a sixteen bytes, and one more past the end (so the text's end has one).
    cells: Vec<Cell>,
    /// Offsets of the bytes to escape, ascending.
    escapes: Vec<usize>,
}

impl<'a> Chars<'a> {
    pub(super) fn new(text: &'a str) -> Chars<'a> {
        let bytes = text.as_bytes();
        // Room for a line break or quote mark every sixty-four bytes, not doubling.
        let mut escapes = Vec::with_capacity(bytes.len() / 64);
        let mut chars = 0u32;
        let mut chunks = bytes.chunks_exact(CELL);
        let mut offset = 0;
        // Collected from an iterator of known length: no capacity check a cell.
        let mut cells: Vec<Cell> = Vec::with_capacity(bytes.len() / CELL + 1);
        cells.extend((&mut chunks).map(|chunk| {
            let cell: &[u8; CELL] = chunk.first_chunk().unwrap_or(&[b' '; CELL]);
            let c = read_cell(offset, cell, chars, &mut escapes);
            chars = chars.wrapping_add(cell_chars(c));
            offset += CELL;
            c
        }));
        // The last cell, padded with spaces (which start a character and need no
        // escape): offsets in it only count bits below them, so the padding is never
        // counted. A text of whole cells gets an empty one, for its end.
        let rest = chunks.remainder();
        let mut last = [b' '; CELL];
        last[..rest.len()].copy_from_slice(rest);
        cells.push(read_cell(offset, &last, chars, &mut escapes));
        Chars {
            text,
            cells,
            escapes,
        }
    }

    /// The character offset of byte `byte` (a character boundary, at most the text's
    /// length). Past the last cell every byte counts one (an empty text maps any
    /// offset to itself), which no span reaches.
    #[inline]
    pub(super) fn at(&self, byte: usize) -> usize {
        match self.cells.get(byte / CELL) {
            // A cell of one-byte characters (most cells) counts without the table.
            Some(c) if c.lead == u16::MAX => c.chars as usize + byte % CELL,
            Some(c) => c.chars as usize + count(c.lead & low_bits(byte)),
            None => byte,
        }
    }

    pub(super) fn span(&self, s: Span) -> CharSpan {
        CharSpan {
            start: self.at(s.start),
            end: self.at(s.end),
        }
    }

    pub(super) fn text(&self, s: Span) -> String {
        self.str(s).to_string()
    }

    pub(super) fn str(&self, s: Span) -> &'a str {
        s.text(self.text)
    }

    /// The index in `escapes` of the first byte to escape at or after `byte`.
    #[inline]
    fn first_escape(&self, byte: usize) -> usize {
        let c = self.cells[byte / CELL];
        // Most cells hold nothing to escape: no count.
        if c.escape == 0 {
            return c.escapes as usize;
        }
        c.escapes as usize + count(c.escape & low_bits(byte))
    }

    /// Appends the text of `span` as a quoted JSON string. The bytes are copied
    /// without the boundary checks of slicing a `str`: spans lie on character
    /// boundaries.
    // Inlined with the common case only (a short piece with nothing to escape): the
    // item writers call it for every name, cue and content.
    #[inline(always)]
    pub(super) fn piece(&self, out: &mut Vec<u8>, span: Span) {
        let text = self.text.as_bytes();
        let len = span.len();
        let k = self.first_escape(span.start);
        let clean = self.escapes.get(k).is_none_or(|&i| i >= span.end);
        // A short piece goes out with its quotes as one fixed window cut back to
        // length: one capacity check, a few moves and no copy call.
        match text
            .get(span.start..)
            .and_then(|rest| rest.first_chunk::<WINDOW>())
        {
            Some(window) if clean && len < WINDOW => {
                let mut quoted = [b'"'; WINDOW + 2];
                quoted[1..=WINDOW].copy_from_slice(window);
                quoted[len + 1] = b'"';
                let end = out.len() + len + 2;
                out.extend_from_slice(&quoted);
                out.truncate(end);
            }
            _ => self.long_piece(out, span, k),
        }
    }

    /// [`Chars::piece`] for a long piece or one with bytes to escape, the first of
    /// them (if any) at `escapes[k]`.
    #[inline(never)]
    fn long_piece(&self, out: &mut Vec<u8>, span: Span, mut k: usize) {
        let piece = self.text.as_bytes().get(span.range()).unwrap_or_default();
        let offset = span.start;
        out.reserve(piece.len() + 2);
        out.push(b'"');
        let mut start = 0;
        while let Some(&i) = self.escapes.get(k) {
            let at = i - offset;
            if at >= piece.len() {
                break;
            }
            out.extend_from_slice(&piece[start..at]);
            escape(out, piece[at]);
            start = at + 1;
            k += 1;
        }
        out.extend_from_slice(&piece[start..]);
        out.push(b'"');
    }
}

/// The cell of the sixteen bytes at `offset`, given the characters before it; the
/// offsets of its bytes to escape are added to `escapes`.
#[inline(always)]
fn read_cell(offset: usize, cell: &[u8; CELL], chars: u32, escapes: &mut Vec<usize>) -> Cell {
    if plain(cell) {
        return plain_cell(chars, escapes.len() as u32);
    }
    let (lo, hi) = halves(cell);
    other_cell(offset, lo, hi, chars, escapes)
}

/// The characters a cell starts: sixteen in a cell of one-byte characters (most cells),
/// without a count.
#[inline(always)]
fn cell_chars(c: Cell) -> u32 {
    if c.lead == u16::MAX {
        CELL as u32
    } else {
        count(c.lead) as u32
    }
}

/// Whether a cell is ASCII with nothing to escape: a test of each byte, which the
/// compiler makes a few vector compares for the whole cell.
#[inline(always)]
fn plain(cell: &[u8; CELL]) -> bool {
    // `|`, not `||`: branch-free, so the compiler can compare all lanes at once.
    let dirty = |b: u8| (b >= 0x80) | needs_escape(b);
    cell.iter().fold(0u8, |m, &b| m | u8::from(dirty(b))) == 0
}

/// A cell of ASCII with nothing to escape, after `chars` characters and `escapes`
/// bytes to escape.
#[inline(always)]
fn plain_cell(chars: u32, escapes: u32) -> Cell {
    Cell {
        chars,
        escapes,
        lead: u16::MAX,
        escape: 0,
    }
}

/// [`read_cell`] for a cell beyond ASCII or with a byte to escape.
#[inline(never)]
fn other_cell(offset: usize, lo: u64, hi: u64, chars: u32, escapes: &mut Vec<usize>) -> Cell {
    let before = escapes.len() as u32;
    let escape = u16::from(escape_bits(lo)) | u16::from(escape_bits(hi)) << 8;
    let mut bits = escape;
    while bits != 0 {
        escapes.push(offset + bits.trailing_zeros() as usize);
        bits &= bits - 1;
    }
    Cell {
        chars,
        escapes: before,
        // Most cells that come here are ASCII with a line break or a quote.
        lead: if (lo | hi) & HIGH == 0 {
            u16::MAX
        } else {
            u16::from(lead_bits(lo)) | u16::from(lead_bits(hi)) << 8
        },
        escape,
    }
}

/// Bit `k` set when byte `k` of `word` must be escaped.
#[inline(always)]
fn escape_bits(word: u64) -> u8 {
    gather(escape::lanes(word))
}

/// The high bits of the eight bytes of `word`, byte `k`'s as bit `k`.
#[inline(always)]
fn gather(high: u64) -> u8 {
    ((high >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8
}

/// The most bytes of a piece copied as one fixed window (most names, cues and
/// contents fit).
const WINDOW: usize = 64;

/// The two eight-byte halves of a cell.
#[inline(always)]
fn halves(cell: &[u8; CELL]) -> (u64, u64) {
    let (lo, hi) = cell.split_at(8);
    let word = |half: &[u8]| u64::from_le_bytes(half.try_into().unwrap_or([b' '; 8]));
    (word(lo), word(hi))
}

/// Bit `k` set when byte `k` of `word` starts a character (is no continuation byte,
/// 0b10xx_xxxx).
#[inline(always)]
fn lead_bits(word: u64) -> u8 {
    let continuation = word & !(word << 1) & HIGH;
    gather(!continuation & HIGH)
}

/// The bits of a cell's mask below byte `byte`'s place in its cell.
#[inline(always)]
fn low_bits(byte: usize) -> u16 {
    ((1u32 << (byte % CELL)) - 1) as u16
}

/// The number of bits set, from a table of bytes (no `popcnt` in the base x86-64 set).
#[inline(always)]
fn count(mask: u16) -> usize {
    usize::from(POP[usize::from(mask & 0xFF)]) + usize::from(POP[usize::from(mask >> 8)])
}

/// Bits set in each byte value.
static POP: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).count_ones() as u8;
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_of_every_byte_boundary() {
        let texts = [
            "",
            "plain ascii only, longer than eight bytes",
            "é",
            "“Quoted,” said Zoë — 北京 🦀 end",
            "12345678é12345678“x”",
            "ab\u{feff}cdefghijklmnop\u{10ffff}",
            "exactly sixteen!",
            "exactly sixteen!exactly sixteen!",
            "fifteen bytes é",
        ];
        for text in texts {
            let chars = Chars::new(text);
            for (n, (i, _)) in text.char_indices().enumerate() {
                assert_eq!(chars.at(i), n, "{text:?} byte {i}");
            }
            assert_eq!(chars.at(text.len()), text.chars().count(), "{text:?} end");
        }
    }

    #[test]
    fn lead_bits_match_the_byte_test() {
        for b in 0u8..=255 {
            for pos in 0..8 {
                let mut word = [b'a'; 8];
                word[pos] = b;
                let want = word
                    .iter()
                    .enumerate()
                    .filter(|(_, &x)| (x as i8) >= -0x40)
                    .fold(0u8, |m, (k, _)| m | 1 << k);
                assert_eq!(lead_bits(u64::from_le_bytes(word)), want, "{b} at {pos}");
            }
        }
    }

    #[test]
    fn escape_bits_match_the_byte_test() {
        for b in 0u8..=255 {
            for pos in 0..8 {
                for fill in [b'a', b'"', 0x01, 0xE2] {
                    let mut word = [fill; 8];
                    word[pos] = b;
                    let want = word
                        .iter()
                        .enumerate()
                        .filter(|(_, &x)| needs_escape(x))
                        .fold(0u8, |m, (k, _)| m | 1 << k);
                    assert_eq!(escape_bits(u64::from_le_bytes(word)), want, "{b} at {pos}");
                }
            }
        }
    }

    #[test]
    fn the_plain_test_passes_exactly_ascii_with_nothing_to_escape() {
        for b in 0u8..=255 {
            for pos in 0..CELL {
                let mut cell = [b'a'; CELL];
                cell[pos] = b;
                assert_eq!(
                    plain(&cell),
                    b.is_ascii() && !needs_escape(b),
                    "{b} at {pos}"
                );
            }
        }
    }

    fn escaped(s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        super::super::escape::string(&mut out, s);
        out
    }

    #[test]
    fn pieces_escape_as_whole_strings_do() {
        let texts = [
            "a \"quoted\" word,\tthen \\ a “curly” one\n\u{1}",
            "\"a\" b \"c\" \\ d\n\"e\" f \"g\"\t and a tail past one window",
            "no escapes at all in this ascii text, which is long",
            "\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"",
            "a text longer than two windows: plain words first, then a \"quote\", a tab\t, \
             “curly” ones, a line\nbreak, more plain words and a \\ near its end, then a tail",
        ];
        for text in texts {
            let chars = Chars::new(text);
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&k| text.is_char_boundary(k))
                .collect();
            for &start in &bounds {
                for &end in bounds.iter().filter(|&&e| e >= start) {
                    let mut out = Vec::new();
                    chars.piece(&mut out, Span::new(start, end));
                    assert_eq!(out, escaped(&text[start..end]), "{start}..{end}");
                }
            }
        }
    }
}
