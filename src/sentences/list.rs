//! List markers: a paragraph in, the items of a list written on one line out.
//!
//! A paragraph that opens with a marker (`1.`, `2)`, `3.)`, `a.`, `•`, `⁃9.`) is a list:
//! the splitter breaks before each later bullet, and before each later number or
//! letter that continues the sequence (`2.` after `1.`, `b.` after `a.`), so that a
//! stray `2.` in ordinary prose never breaks it. Lists written one item a line are
//! paragraphs already and need none of this.

/// Bullet characters that open a list item.
const BULLETS: &[char] = &['•', '⁃', '▪', '◦', '‣', '●', '■', '–', '-', '*'];

/// Bullets that may also separate items inside a line (a hyphen may not: it is a dash).
const INLINE_BULLETS: &[char] = &['•', '⁃', '▪', '◦', '‣', '●', '■'];

/// The label of a numbered or lettered item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Number(u32),
    Letter(u8),
}

impl Label {
    fn succ(self) -> Label {
        match self {
            Label::Number(n) => Label::Number(n.saturating_add(1)),
            Label::Letter(c) => Label::Letter(c.saturating_add(1)),
        }
    }
}

/// A marker found at some offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    bullet: bool,
    label: Option<Label>,
}

/// The list state of one paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct List {
    bullet: bool,
    next: Option<Label>,
}

impl List {
    /// The list that `p` opens, if it starts with a marker.
    pub fn open(p: &str) -> Option<List> {
        // Most paragraphs open with a word: an ASCII letter followed by a letter or
        // digit is no bullet and no label, decided without decoding.
        if let [a, b, ..] = p.as_bytes() {
            if a.is_ascii_alphabetic() && b.is_ascii_alphanumeric() {
                return None;
            }
        }
        let m = marker(p, 0, BULLETS)?;
        Some(List {
            bullet: m.bullet,
            next: m.label.map(Label::succ),
        })
    }

    /// Whether a new item starts at `i` (just after white space).
    pub fn next_item(&mut self, p: &str, i: usize) -> bool {
        let bullets = if self.bullet { INLINE_BULLETS } else { &[] };
        let Some(m) = marker(p, i, bullets) else {
            return false;
        };
        let fits = match (m.label, self.next) {
            (Some(label), Some(next)) => label == next,
            _ => false,
        };
        if !(m.bullet || fits) {
            return false;
        }
        if let Some(label) = m.label {
            self.next = Some(label.succ());
        }
        true
    }
}

/// Reads a marker at `i`: an optional bullet (from `bullets`), then an optional label.
/// A dash or star counts as a bullet only before a space (`- fares`, not `-5`).
fn marker(p: &str, i: usize, bullets: &[char]) -> Option<Marker> {
    let mut rest = &p[i..];
    let first = rest.chars().next()?;
    let bullet = bullets.contains(&first)
        && (!matches!(first, '-' | '*' | '–') || rest[first.len_utf8()..].starts_with(' '));
    if bullet {
        rest = rest[first.len_utf8()..].trim_start_matches(' ');
    }
    let label = label(rest);
    (bullet || label.is_some()).then_some(Marker { bullet, label })
}

/// Reads an item label: one to three digits or one letter, closed by `.`, `)` or `.)`,
/// then white space.
fn label(rest: &str) -> Option<Label> {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (label, after) = match rest.as_bytes().first() {
        Some(_) if (1..=3).contains(&digits) => {
            (Label::Number(rest[..digits].parse().ok()?), &rest[digits..])
        }
        Some(&c) if c.is_ascii_alphabetic() && !rest[1..].starts_with(char::is_alphanumeric) => {
            (Label::Letter(c), &rest[1..])
        }
        _ => return None,
    };
    let after = [".)", ")", "."]
        .iter()
        .find_map(|close| after.strip_prefix(close))?;
    after.starts_with(char::is_whitespace).then_some(label)
}

/// Whether `line` opens with a list marker (a bullet, `1.`, `b)`): the reader never
/// joins such a line to the one before. A capital letter label is left out: at the
/// start of a wrapped line `E. Smith` is an initial far more often than an item.
pub fn opens_item(line: &str) -> bool {
    !line.starts_with(char::is_uppercase) && List::open(line).is_some()
}

/// Whether `s` is nothing but an item label with an optional bullet (`1`, `• 9`, `a`):
/// the period after it closes the label, not a sentence.
pub fn is_label(s: &str) -> bool {
    if s.len() > 12 {
        return false;
    }
    let s = s.trim();
    let s = match s.strip_prefix(BULLETS) {
        Some(rest) => rest.trim_start(),
        None => s,
    };
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && digits == s.len()
        || s.len() == 1 && s.as_bytes()[0].is_ascii_alphabetic()
}
