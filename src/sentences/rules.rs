//! Boundary decisions: a paragraph, the current sentence's start and a terminator
//! cluster in, the offset to cut at (or none) out.
//!
//! The word before a period is classed (title, initial, abbreviation, dotted acronym,
//! plain word) and the word after it decides. A capitalised word after `U.S.`,
//! `Inc.` or an initial is a proper noun continuing the sentence unless it is a
//! sentence starter ([`super::words::STARTER_SET`]): `in the U.S. The company` splits,
//! `the U.S. Government` does not, and `sold in the U.S. Ford said` is read as one
//! sentence: a name after an abbreviation is more often part of a phrase (`U.S.
//! Treasury`, `Acme Inc. Chief Executive`) than the start of a new sentence.

use super::cluster::{next_word, word_before, Cluster};
use super::list;
use super::words::{self, has, Abbreviation};

/// Honorifics that may open a sentence after an abbreviation (`… at 6 p.m. Mr. Smith
/// left`), unlike rank titles (`U.S. Sen. Jones`).
const HONORIFICS: &[&str] = &["Dr", "Messrs", "Mr", "Mrs", "Ms"];

/// Pronouns that may stand alone before a dialogue tag's verb (`"Done." He said.`).
const TAG_PRONOUNS: &[&str] = &["He", "I", "It", "She", "They", "We", "You"];

/// How many words may name the speaker in a dialogue tag.
const TAG_SUBJECT_WORDS: usize = 3;

/// How long an appositive in a dialogue tag may be.
const APPOSITIVE_BYTES: usize = 80;

/// How long an introductory prepositional phrase may be.
const INTRO_BYTES: usize = 80;

/// How many words an introductory prepositional phrase may hold.
const INTRO_WORDS: usize = 6;

/// What the word before a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A prefix title: never ends a sentence.
    Title,
    /// A single capital letter.
    Initial,
    /// An abbreviation that stands before numbers (`No.`, `p.`).
    NumberAbbreviation,
    /// An abbreviation (`Inc.`, `Jan.`) or a dotted acronym (`U.S.`).
    Abbreviation,
    /// `a.m.` or `p.m.`
    Time,
    /// Any other word or number.
    Word,
}

/// Where to cut after the cluster `c`, if anywhere. `start` is where the current
/// sentence began; `has_word` tells whether a letter or digit lies between.
pub fn decide(p: &str, start: usize, c: &Cluster, has_word: bool) -> Option<usize> {
    let (at, next) = next_word(p, c.end)?;
    let first = next.chars().next()?;
    if first.is_lowercase() {
        return None;
    }
    if c.spaced {
        return spaced_ellipsis(p, c);
    }
    // An ellipsis or stray mark before any word belongs to the sentence it opens.
    if !has_word {
        return None;
    }
    // No sentence opens with a dash: `NEWPORT, Va. - In a …` is a dateline.
    if p[c.end..].trim_start().starts_with(['-', '–', '—']) {
        return None;
    }
    if c.quote && dialogue_tag(&p[at..], c.bang) {
        return None;
    }
    if c.bang || c.ellipsis {
        return Some(c.end);
    }
    if list::is_label(&p[start..c.start]) {
        return None;
    }
    period_ends(p, start, c.start, next).then_some(c.end)
}

/// `. . .` after a space marks an omission inside a sentence; a fourth period closes
/// the sentence. After a word (`end. . . . Next`) the first period closes it and the
/// ellipsis opens the next.
fn spaced_ellipsis(p: &str, c: &Cluster) -> Option<usize> {
    if c.dots < 4 {
        None
    } else if c.attached && p[c.start..].starts_with(". ") {
        Some(c.start + 1)
    } else {
        Some(c.end)
    }
}

/// Whether the period at `dot` ends the sentence, given the capitalised or numeric
/// word `next` after it.
fn period_ends(p: &str, start: usize, dot: usize, next: &str) -> bool {
    let word = word_before(p, start, dot);
    let digit = next.starts_with(|c: char| c.is_numeric());
    match classify(word) {
        Class::Title => false,
        Class::Word => true,
        Class::NumberAbbreviation => !digit,
        Class::Initial if digit => true,
        // Another initial (`J. R. Smith`), even one that looks like `A` or `I`.
        Class::Initial if next.chars().count() == 1 => false,
        Class::Abbreviation if digit => false,
        Class::Time if digit => true,
        Class::Time => time_ends(p, start, dot, next),
        Class::Initial | Class::Abbreviation => {
            has(&words::STARTER_SET, next)
                || HONORIFICS.contains(&next) && !introductory(&p[start..dot])
        }
    }
}

/// After `a.m.` or `p.m.` a capitalised word starts a sentence (`at 9 a.m. Residents
/// gathered`) unless it continues the time (`5 p.m. Monday`, `9 a.m. GMT`) or the
/// sentence so far is only an introductory phrase (`At 5 a.m. Mr. Smith left`).
fn time_ends(p: &str, start: usize, dot: usize, next: &str) -> bool {
    !has(&words::TIME_FOLLOWER_SET, next) && !introductory(&p[start..dot])
}

fn classify(word: &str) -> Class {
    let found = words::abbreviation(word);
    if found == Some(Abbreviation::Title) {
        Class::Title
    } else if is_initial(word) {
        Class::Initial
    } else if found == Some(Abbreviation::BeforeNumber) {
        Class::NumberAbbreviation
    } else if word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m") {
        Class::Time
    } else if found.is_some() || is_dotted(word) {
        Class::Abbreviation
    } else {
        Class::Word
    }
}

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// `U.S`, `a.m`, `Ph.D`, `J.K`: short letter groups joined by periods.
fn is_dotted(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Whether the sentence so far is only an introductory prepositional phrase (`At 5
/// a.m.`), which cannot be a sentence of its own.
fn introductory(so_far: &str) -> bool {
    if so_far.len() > INTRO_BYTES {
        return false;
    }
    let mut words = so_far.split_whitespace();
    let opens = words
        .next()
        .is_some_and(|w| has(&words::INTRO_PREPOSITION_SET, w));
    opens && !so_far.contains(',') && so_far.split_whitespace().count() <= INTRO_WORDS
}

/// Whether `rest` (the text after a closing quote) opens with a dialogue tag: a
/// pronoun or up to three capitalised words, perhaps an appositive between commas,
/// then a tag verb. After a quote closed by `?` or `!` that is enough (`"Why?" Ana
/// Ruiz, a nurse, asked the board.`); after a full stop, where a writer would have put
/// a comma, the tag must end at once (`"Done." Smith said.`), for `"Done." He said
/// the deal was off.` is two sentences.
fn dialogue_tag(rest: &str, bang: bool) -> bool {
    let tag = |after_subject: &str| {
        let (verb, after) = take_word(after_subject);
        has(&words::TAG_VERB_SET, verb) && (bang || tag_ends(after))
    };
    let mut rest = rest;
    for n in 0..TAG_SUBJECT_WORDS {
        let (word, after) = take_word(rest);
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        // A title or an initial keeps its period: `Ms. Tarrant said`.
        let titled = words::abbreviation(word) == Some(Abbreviation::Title) || is_initial(word);
        let after = match after.strip_prefix('.') {
            Some(a) if titled => a,
            _ => after,
        };
        rest = after.trim_start_matches(' ');
        if TAG_PRONOUNS.contains(&word) {
            return n == 0 && tag(rest);
        }
        if let Some(after) = skip_appositive(rest) {
            return tag(after);
        }
        if tag(rest) {
            return true;
        }
    }
    false
}

fn tag_ends(after: &str) -> bool {
    let after = after.trim_start();
    after.is_empty() || after.starts_with([',', '.', '!', '?'])
}

/// Skips `, the union's organiser,` (a short phrase between commas with no
/// terminator inside) and the spaces after it.
fn skip_appositive(rest: &str) -> Option<&str> {
    let inner = rest.strip_prefix(',')?;
    let end = inner
        .bytes()
        .take(APPOSITIVE_BYTES)
        .position(|b| matches!(b, b',' | b'.' | b'!' | b'?' | b'"'))?;
    let after = inner[end..].strip_prefix(',')?;
    Some(after.trim_start_matches(' '))
}

/// The word at the start of `s` (letters, digits, apostrophes, hyphens) and the rest.
fn take_word(s: &str) -> (&str, &str) {
    let len = s
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .map_or(s.len(), |(k, _)| k);
    s.split_at(len)
}
