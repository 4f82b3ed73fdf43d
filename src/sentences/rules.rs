//! Boundary decisions: a paragraph, the current sentence's start and a terminator
//! cluster in, the offset to cut at (or none) out.
//!
//! The word before a period is classed (title, initial, abbreviation, dotted acronym,
//! plain word) and the word after it decides. A capitalised word after `U.S.`,
//! `Inc.` or an initial is a proper noun continuing the sentence unless it is a
//! sentence starter ([`super::words::STARTERS`]): `in the U.S. The company` splits,
//! `the U.S. Government` does not, and `sold in the U.S. Ford said` is read as one
//! sentence: a name after an abbreviation is more often part of a phrase (`U.S.
//! Treasury`, `Acme Inc. Chief Executive`) than the start of a new sentence.

use super::cluster::{next_word, word_before, Cluster};
use super::list;
use super::words::{self, has};

/// Honorifics that may open a sentence after an abbreviation (`… at 6 p.m. Mr. Smith
/// left`), unlike rank titles (`U.S. Sen. Jones`).
const HONORIFICS: &[&str] = &["Dr", "Messrs", "Mr", "Mrs", "Ms"];

/// Pronouns that may stand alone before a dialogue tag's verb (`"Done." He said.`).
const TAG_PRONOUNS: &[&str] = &["He", "I", "It", "She", "They", "We", "You"];

/// How many words may name the speaker in a dialogue tag.
const TAG_SUBJECT_WORDS: usize = 3;

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
    /// An abbreviation (`Inc.`, `Jan.`) or a dotted acronym (`U.S.`, `a.m.`).
    Abbreviation,
    /// Any other word or number.
    Word,
}

/// Where to cut after the cluster `c`, if anywhere. `start` is where the current
/// sentence began.
pub fn decide(p: &str, start: usize, c: &Cluster) -> Option<usize> {
    let (at, next) = next_word(p, c.end)?;
    let first = next.chars().next()?;
    if first.is_lowercase() {
        return None;
    }
    if c.spaced {
        return spaced_ellipsis(c);
    }
    if c.quote && dialogue_tag(&p[at..]) {
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
fn spaced_ellipsis(c: &Cluster) -> Option<usize> {
    match (c.attached, c.dots >= 4) {
        (true, true) => Some(c.start + 1),
        (false, true) => Some(c.end),
        _ => None,
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
        Class::Initial | Class::Abbreviation => {
            has(&words::STARTERS, next)
                || HONORIFICS.contains(&next) && !introductory(&p[start..dot])
        }
    }
}

fn classify(word: &str) -> Class {
    if word.is_empty() {
        Class::Word
    } else if words::TITLES.contains(word) {
        Class::Title
    } else if is_initial(word) {
        Class::Initial
    } else if has(&words::NUMBER_ABBREVIATIONS, word) {
        Class::NumberAbbreviation
    } else if has(&words::ABBREVIATIONS, word) || is_dotted(word) {
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
    let mut words = so_far.split_whitespace();
    let opens = words
        .next()
        .is_some_and(|w| has(&words::INTRO_PREPOSITIONS, w));
    opens && !so_far.contains(',') && so_far.split_whitespace().count() <= INTRO_WORDS
}

/// Whether `rest` (the text after a closing quote) opens with a dialogue tag: a
/// pronoun or up to three capitalised words, a tag verb, then `,`, a terminator or the
/// paragraph's end (`"Done." Smith said.`).
fn dialogue_tag(rest: &str) -> bool {
    let mut rest = rest;
    for n in 0..=TAG_SUBJECT_WORDS {
        let (word, after) = take_word(rest);
        if n > 0 && words::TAG_VERBS.contains(word) {
            return tag_ends(after);
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
        rest = after.trim_start_matches(' ');
        if TAG_PRONOUNS.contains(&word) {
            let (verb, after) = take_word(rest);
            return n == 0 && words::TAG_VERBS.contains(verb) && tag_ends(after);
        }
    }
    false
}

/// The word at the start of `s` (letters, digits, apostrophes, hyphens) and the rest.
fn take_word(s: &str) -> (&str, &str) {
    let len = s
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .map_or(s.len(), |(k, _)| k);
    s.split_at(len)
}

fn tag_ends(after: &str) -> bool {
    let after = after.trim_start();
    after.is_empty() || after.starts_with([',', '.', '!', '?'])
}
