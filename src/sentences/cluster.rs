//! Terminator clusters and the words around them: a paragraph and the offset of a
//! terminator in, a [`Cluster`] (its extent, its kind, what follows) out. No decisions
//! are taken here; [`super::rules`] takes them.

/// Farthest a bracketed group may reach before its opening bracket is ignored.
const GROUP_LIMIT: usize = 400;

/// How far past a cluster the next word is looked for, and how far back the word
/// before it: bounds that keep the scan linear on junk (`! ! ! …`, endless words).
const REACH: usize = 64;

/// A run of sentence-final punctuation with the closing quotes and brackets after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cluster {
    /// First terminator byte.
    pub start: usize,
    /// One past the last terminator (before closing quotes and brackets).
    pub term_end: usize,
    /// One past the closing quotes and brackets.
    pub end: usize,
    /// Periods in the run (spaced or not).
    pub dots: usize,
    /// Holds `!` or `?`.
    pub bang: bool,
    /// An ellipsis: `…`, or three or more periods.
    pub ellipsis: bool,
    /// Periods separated by spaces (`. . .`).
    pub spaced: bool,
    /// The first terminator touches the word before it.
    pub attached: bool,
    /// A closing quotation mark follows the terminators.
    pub quote: bool,
    /// White space (or the paragraph's end) follows the cluster.
    pub followed_by_space: bool,
}

impl Cluster {
    /// Reads the cluster that starts at the terminator at `i`.
    pub fn read(p: &str, i: usize) -> Cluster {
        let b = p.as_bytes();
        let mut c = Cluster {
            start: i,
            term_end: i,
            end: i,
            dots: 0,
            bang: false,
            ellipsis: false,
            spaced: false,
            attached: i > 0 && !is_space_before(p, i),
            quote: false,
            followed_by_space: false,
        };
        let mut j = i;
        loop {
            match b.get(j) {
                Some(b'.') => c.dots += 1,
                Some(b'!' | b'?') => c.bang = true,
                // `…` (E2 80 A6): its lead byte tested before any slicing.
                Some(0xE2) if b[j..].starts_with("…".as_bytes()) => {
                    c.ellipsis = true;
                    j += '…'.len_utf8();
                    continue;
                }
                Some(b' ') if c.dots > 0 && spaced_dot(b, j) => {
                    c.spaced = true;
                    j += 1;
                    continue;
                }
                _ => break,
            }
            j += 1;
        }
        c.term_end = j;
        c.ellipsis |= c.dots >= 3;
        // Most clusters end before an ASCII byte (a space): read as a byte, not decoded.
        while let Some(ch) = char_at(p, j).filter(|&ch| is_closer(ch)) {
            c.quote |= !matches!(ch, ')' | ']');
            j += ch.len_utf8();
        }
        c.end = j;
        c.followed_by_space = char_at(p, j).is_none_or(char::is_whitespace);
        c
    }
}

/// Whether the space at `j` separates two dots of a spaced ellipsis (`. . .`).
fn spaced_dot(b: &[u8], j: usize) -> bool {
    b.get(j + 1) == Some(&b'.') && b.get(j + 2).is_none_or(|n| !n.is_ascii_alphanumeric())
}

fn is_space_before(p: &str, i: usize) -> bool {
    // An ASCII byte before (most terminators follow a letter) is read as it is.
    match p.as_bytes().get(i.wrapping_sub(1)) {
        Some(&b) if b.is_ascii() => char::from(b).is_whitespace(),
        _ => p[..i].chars().next_back().is_some_and(char::is_whitespace),
    }
}

/// The character at byte `j` of `p` (a character boundary), if any: an ASCII byte
/// without decoding.
#[inline(always)]
fn char_at(p: &str, j: usize) -> Option<char> {
    match p.as_bytes().get(j) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => p[j..].chars().next(),
        None => None,
    }
}

/// Closing quotation marks and brackets that stay with the sentence they close.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』'
    )
}

/// The next word after `from`: the first run of alphanumeric characters, skipping white
/// space and punctuation (opening quotes, brackets, bullets, `$`). `None` when no
/// letter or digit comes within [`REACH`] bytes.
pub fn next_word(p: &str, from: usize) -> Option<(usize, &str)> {
    let rest = &p[from..];
    // Most words after a terminator are ASCII and so is what comes before them: found
    // byte by byte, without decoding; anything else goes the general way.
    let b = rest.as_bytes();
    let off = b
        .iter()
        .take(REACH)
        .position(|&c| !c.is_ascii() || c.is_ascii_alphanumeric());
    if let Some(off) = off.filter(|&k| b[k].is_ascii()) {
        let len = b[off..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .unwrap_or(b.len() - off);
        if b.get(off + len).is_none_or(u8::is_ascii) {
            return Some((from + off, &rest[off..off + len]));
        }
    } else if off.is_none() {
        return None;
    }
    let (off, _) = rest
        .char_indices()
        .take_while(|&(k, _)| k < REACH)
        .find(|&(_, c)| c.is_alphanumeric())?;
    let word = &rest[off..];
    let len = word
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(word.len(), |(k, _)| k);
    Some((from + off, &word[..len]))
}

/// The word that ends at `end` (a terminator's offset): the non-space run before it,
/// no further back than `floor` (nor [`REACH`] bytes), without leading quotes, brackets or currency signs.
pub fn word_before(p: &str, floor: usize, end: usize) -> &str {
    let mut floor = floor.max(end.saturating_sub(REACH));
    while !p.is_char_boundary(floor) {
        floor += 1;
    }
    let s = &p[floor..end];
    // Most words before a terminator are ASCII: found byte by byte, without decoding;
    // anything else goes the general way.
    let b = s.as_bytes();
    let from = b
        .iter()
        .rposition(|&c| !c.is_ascii() || matches!(c, b' ' | b'\t'..=b'\r'))
        .map_or(Some(0), |k| b[k].is_ascii().then_some(k + 1));
    if let Some(from) = from {
        let lead = b[from..]
            .iter()
            .position(u8::is_ascii_alphanumeric)
            .unwrap_or(b.len() - from);
        return &s[from + lead..];
    }
    let from = s
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(k, c)| k + c.len_utf8());
    s[from..].trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// Skips a balanced bracketed group opening at `i` (`(`, `[`), so that no boundary falls
/// inside it. A parenthesis resumes at the terminators just before its `)` so that
/// `(He left.) Then` can still end there; a square bracket (an editor's `[...]`)
/// resumes after it. An unbalanced bracket is passed over.
pub fn skip_group(b: &[u8], i: usize) -> usize {
    let (open, close) = if b[i] == b'(' {
        (b'(', b')')
    } else {
        (b'[', b']')
    };
    let limit = b.len().min(i + GROUP_LIMIT);
    let mut depth = 0usize;
    for k in i..limit {
        if b[k] == open {
            depth += 1;
        } else if b[k] == close {
            depth -= 1;
            if depth == 0 {
                return resume_at(b, i, k, close);
            }
        }
    }
    i + 1
}

fn resume_at(b: &[u8], open: usize, k: usize, close: u8) -> usize {
    if close == b']' {
        return k + 1;
    }
    let mut r = k;
    while r > open + 1 && matches!(b[r - 1], b'.' | b'!' | b'?') {
        r -= 1;
    }
    if r == k {
        k + 1
    } else {
        r
    }
}
