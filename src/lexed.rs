//! The tokens of an article looked up once, for both the actor and the claims stage.
//!
//! In: the text, its sentences and their tokens. Out: a [`Lexed`] holding one ASCII
//! lower-cased copy of the whole text (so a token's lower-cased form is a slice of it,
//! not an allocation) and, for every token in text order, its actor classes
//! ([`Tags`], from the word without its possessive ending) and its claims entry
//! ([`Entry`], from the word as written), both from one lookup in one table that joins
//! the two stages' lexicons. Words that are not ASCII take the slow way (Unicode
//! lower-casing) and are rare in news text. No rule lives here; the user's cue words are
//! laid over the claims entries by the claims stage.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::claims::lex::{self, Entry};
use crate::lexicon::classes;
use crate::lexicon::fast::WordTable;
use crate::sentences::Sentence;
use crate::span::Span;
use crate::tokens::{self, Kind, Tags, Token};

/// What the two stages' lexicons say about one word.
#[derive(Debug, Clone, Copy, Default)]
pub struct Word {
    /// Actor classes and shape flags of the word without its possessive ending.
    pub tags: Tags,
    /// The claims stage's built-in entry for the word as written (words only).
    pub entry: Entry,
    /// Length in bytes of the word without its possessive ending.
    base_len: u32,
    /// The word is ASCII.
    ascii: bool,
    /// The word without its possessive ending is ASCII.
    base_ascii: bool,
    /// Where the actor stage's lower-cased form lies in [`Lexed`]'s lower-cased text.
    actor_low: Span,
    /// Where the claims stage's lower-cased form lies there.
    claims_low: Span,
}

impl Word {
    /// The lookups of punctuation over `span` that is no single token (a quotation mark
    /// written as two apostrophes): no classes, its text as written.
    pub fn punctuation(span: Span) -> Word {
        Word {
            actor_low: span,
            claims_low: span,
            ..Word::default()
        }
    }
}

/// What the joined table holds for a word.
#[derive(Debug, Clone, Copy, Default)]
struct Classes {
    tags: Tags,
    entry: Entry,
}

/// Both stages' tables in one: a token costs one lookup.
static BOTH: LazyLock<WordTable<Classes>> = LazyLock::new(|| {
    let mut map = classes::word_map()
        .into_iter()
        .map(|(w, tags)| {
            (
                w,
                Classes {
                    tags,
                    ..Classes::default()
                },
            )
        })
        .collect::<std::collections::HashMap<_, _, classes::Fast>>();
    for (w, entry) in lex::entry_map() {
        map.entry(w).or_default().entry = entry;
    }
    for w in ["he", "she", "it", "they", "them"] {
        let e = map.entry(w).or_default();
        e.tags = e.tags | Tags::PRONOUN;
    }
    WordTable::from_map(&map)
});

/// An article's tokens, looked up.
#[derive(Debug)]
pub struct Lexed<'a> {
    /// The decoded text.
    pub text: &'a str,
    /// Its sentences.
    pub sentences: &'a [Sentence],
    /// The tokens of each sentence.
    pub tokens: &'a [Vec<Token>],
    /// Every token's lookups, in text order (sentence by sentence).
    pub words: Vec<Word>,
    /// The text with ASCII letters lower-cased (same length and byte offsets), then
    /// the lower-cased forms of the words beyond ASCII that lower-casing changes.
    lowered: String,
}

impl<'a> Lexed<'a> {
    /// Looks up every token of every sentence.
    pub fn new(text: &'a str, sentences: &'a [Sentence], tokens: &'a [Vec<Token>]) -> Self {
        let mut lowered = text.to_ascii_lowercase();
        let mut extra = String::new();
        let mut words = Vec::with_capacity(tokens.iter().map(Vec::len).sum());
        for &t in tokens.iter().flatten() {
            let mut w = look_up(text, &lowered, t);
            w.claims_low = t.span;
            w.actor_low = Span::new(t.span.start, t.span.start + Lexed::base_len(t, &w));
            if t.kind == Kind::Word {
                let raw = t.text(text);
                let mut keep = |low: Cow<'_, str>, at: &mut Span| {
                    if let Cow::Owned(l) = low {
                        let start = text.len() + extra.len();
                        extra.push_str(&l);
                        *at = Span::new(start, start + l.len());
                    }
                };
                if !w.ascii {
                    keep(lower_unicode(raw), &mut w.claims_low);
                }
                if !w.base_ascii {
                    let base = tokens::strip_possessive(raw);
                    keep(tokens::lower_cow(base), &mut w.actor_low);
                }
            }
            words.push(w);
        }
        lowered.push_str(&extra);
        Lexed {
            text,
            sentences,
            tokens,
            words,
            lowered,
        }
    }

    /// The actor stage's lower-cased form of a token looked up as `w`: a word without
    /// its possessive ending and with curly apostrophes made straight; any other token
    /// as written.
    pub fn actor_lower(&self, w: &Word) -> &str {
        self.lowered.get(w.actor_low.range()).unwrap_or_default()
    }

    /// The claims stage's lower-cased form of a token looked up as `w`, as written.
    pub fn claims_lower(&self, w: &Word) -> &str {
        self.lowered.get(w.claims_low.range()).unwrap_or_default()
    }

    /// Byte length of token `t` (looked up as `w`) without its possessive ending.
    pub fn base_len(t: Token, w: &Word) -> usize {
        if t.kind == Kind::Word {
            w.base_len as usize
        } else {
            t.span.len()
        }
    }
}

/// Lower-cases a string that may not be ASCII, borrowing it when nothing changes.
pub fn lower_unicode(raw: &str) -> Cow<'_, str> {
    if raw.is_ascii() {
        if raw.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(raw.to_ascii_lowercase())
        } else {
            Cow::Borrowed(raw)
        }
    } else if raw.chars().any(char::is_uppercase) {
        Cow::Owned(raw.to_lowercase())
    } else {
        Cow::Borrowed(raw)
    }
}

/// One token's lookups.
fn look_up(text: &str, lowered: &str, t: Token) -> Word {
    if t.kind != Kind::Word {
        return Word::default();
    }
    let raw = t.text(text);
    let base = tokens::strip_possessive(raw);
    let ascii = raw.is_ascii();
    let base_ascii = ascii || base.is_ascii();
    let lower_of = |len: usize| lowered.get(t.span.start..t.span.start + len);
    let (mut tags, entry) = match lower_of(raw.len()).filter(|_| ascii) {
        Some(l) => {
            let w = BOTH.get(l).unwrap_or_default();
            let tags = if base.len() == raw.len() {
                w.tags
            } else {
                actor_tags(base, lower_of(base.len()))
            };
            (tags, w.entry)
        }
        None => {
            let entry = lex::builtin_entry(&lower_unicode(raw));
            let ascii_base = lower_of(base.len()).filter(|_| base_ascii);
            (actor_tags(base, ascii_base), entry)
        }
    };
    if base.len() < raw.len() {
        tags = tags | Tags::POSSESSIVE;
    }
    if t.is_capitalized(text) {
        tags = tags | Tags::CAP;
        let letters = base.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && !base.chars().any(char::is_lowercase) {
            tags = tags | Tags::ALL_CAPS;
        }
    }
    Word {
        tags,
        entry,
        base_len: u32::try_from(base.len()).unwrap_or(u32::MAX),
        ascii,
        base_ascii,
        // Set by `Lexed::new`, which keeps the forms that are not slices of the text.
        actor_low: t.span,
        claims_low: t.span,
    }
}

/// The actor classes of a word without its possessive ending, from its ASCII
/// lower-cased form when it has one.
fn actor_tags(base: &str, ascii: Option<&str>) -> Tags {
    match ascii {
        Some(l) => BOTH.get(l).unwrap_or_default().tags,
        None => {
            let l = tokens::lower_cow(base);
            classes::word_tags(&l) | tokens::pronoun(&l)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexed(s: &str) -> (Vec<Sentence>, Vec<Vec<Token>>) {
        let sentences = crate::sentences::split(s, &[crate::Span::new(0, s.len())]);
        let toks = tokens::tokenize_sentences(s, &sentences);
        (sentences, toks)
    }

    #[test]
    fn classes() {
        let s = "Mr Ford’s Chinese JMC said he";
        let (sentences, toks) = lexed(s);
        let tags: Vec<Tags> = Lexed::new(s, &sentences, &toks)
            .words
            .iter()
            .map(|w| w.tags)
            .collect();
        let cases = [
            (0, Tags::HONORIFIC | Tags::CAP),
            (1, Tags::POSSESSIVE | Tags::CAP),
            (2, Tags::DEMONYM | Tags::CAP),
            (3, Tags::ALL_CAPS | Tags::CAP),
            (4, Tags::VERB),
            (5, Tags::PRONOUN | Tags::FUNCTION),
        ];
        for (i, want) in cases {
            assert_eq!(tags[i].0 & want.0, want.0, "{i}: {:?}", tags[i]);
        }
        assert!(!tags[4].has(Tags::CAP) && !tags[1].has(Tags::ALL_CAPS));
    }

    #[test]
    fn one_lookup_serves_both_stages() {
        let s = "Ford’s CEO said THE Minister’s aide denied it. Zürich's MAYOR don’t.";
        let (sentences, toks) = lexed(s);
        let l = Lexed::new(s, &sentences, &toks);
        let all: Vec<Token> = toks.iter().flatten().copied().collect();
        assert_eq!(all.len(), l.words.len());
        let find = |w: &str| {
            all.iter()
                .position(|t| t.text(s) == w)
                .unwrap_or(usize::MAX)
        };
        let ford = find("Ford’s");
        assert!(l.words[ford].tags.has(Tags::POSSESSIVE) && l.words[ford].tags.has(Tags::CAP));
        assert_eq!(l.actor_lower(&l.words[ford]), "ford");
        assert_eq!(l.claims_lower(&l.words[ford]), "ford’s");
        let said = find("said");
        assert!(l.words[said].tags.has(Tags::VERB));
        assert!(l.words[said].entry.cue.is_some());
        assert_eq!(l.claims_lower(&l.words[said]), "said");
        let minister = find("Minister’s");
        assert!(l.words[minister].tags.has(Tags::TITLE));
        assert!(l.words[find("THE")].tags.has(Tags::ALL_CAPS));
        assert!(l.words[find("it")].tags.has(Tags::PRONOUN));
        assert!(l.words[find("denied")].entry.cue.is_some());
        let zurich = find("Zürich's");
        assert_eq!(l.actor_lower(&l.words[zurich]), "zürich");
        assert_eq!(l.claims_lower(&l.words[zurich]), "zürich's");
        let mayor = find("MAYOR");
        assert!(l.words[mayor].tags.has(Tags::ALL_CAPS) && l.words[mayor].tags.has(Tags::TITLE));
        let dont = find("don’t");
        assert_eq!(l.actor_lower(&l.words[dont]), "don't");
        assert_eq!(l.claims_lower(&l.words[dont]), "don’t");
    }
}
