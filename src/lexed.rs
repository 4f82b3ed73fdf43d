//! The tokens of an article looked up once, for both the actor and the claims stage.
//!
//! In: the text, its sentences and their tokens, and a [`Lowered`] store the caller
//! keeps. Out: a [`Lexed`] with, for every token in text order, its two lower-cased
//! forms as slices of one ASCII lower-cased copy of the whole text in the store (not
//! allocations, and cut once here for both stages), its actor classes
//! ([`Tags`], from the word without its possessive ending) and its claims entry
//! ([`Entry`], from the word as written), both from one lookup in one table that joins
//! the two stages' lexicons. Words that are not ASCII take the slow way (Unicode
//! lower-casing) and are rare in news text. No rule lives here; the user's cue words are
//! laid over the claims entries by the claims stage.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::claims::lex::{self, Entry};
use crate::lexicon::classes;
use crate::lexicon::fast::{self, WordTable};
use crate::sentences::Sentence;
use crate::span::Span;
use crate::tokens::{self, Kind, Tags, Token};

/// What the two stages' lexicons say about one token.
#[derive(Debug, Clone, Copy, Default)]
pub struct Word<'a> {
    /// Actor classes and shape flags of the word without its possessive ending.
    pub tags: Tags,
    /// The claims stage's built-in entry for the word as written (words only).
    pub entry: Entry,
    /// Bytes of the possessive ending ("'s": 2, "’s": 4; else 0).
    strip: u8,
    /// The claims stage's lower-cased form: the token as written.
    pub lower: &'a str,
    /// The actor stage's lower-cased form: a word without its possessive ending and
    /// with curly apostrophes made straight; any other token as written.
    pub base: &'a str,
}

/// The lower-cased text a [`Lexed`] hands out slices of, kept by the caller so that
/// every token's forms are cut once, as slices that both stages copy.
#[derive(Debug, Default)]
pub struct Lowered {
    /// The text with ASCII letters lower-cased (same length and byte offsets).
    text: String,
    /// The lower-cased forms of the words beyond ASCII that lower-casing changes.
    extra: String,
}

/// A form kept in [`Lowered`]'s `extra`: the word's index, whether it is the actor
/// stage's form (else the claims stage's), and where it lies.
type Fix = (usize, bool, Span);

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
    for w in ["he", "she", "it", "they", "them", "him", "her"] {
        let e = map.entry(w).or_default();
        e.tags = e.tags | Tags::PRONOUN;
    }
    for w in classes::phrase_first_words() {
        let e = map.entry(w).or_default();
        e.tags = e.tags | Tags::PHRASE;
    }
    WordTable::from_map(&map)
});

/// The actor classes of a lower-cased word.
pub fn tags_of(lower: &str) -> Tags {
    BOTH.get(lower).unwrap_or_default().tags
}

/// The claims stage's built-in entry for a lower-cased word.
pub fn entry_of(lower: &str) -> Entry {
    BOTH.get(lower).unwrap_or_default().entry
}

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
    pub words: Vec<Word<'a>>,
    /// The text with ASCII letters lower-cased (same length and byte offsets).
    lowered: &'a str,
}

impl<'a> Lexed<'a> {
    /// Looks up every token of every sentence, its lower-cased forms kept in `store`.
    pub fn new(
        text: &'a str,
        sentences: &'a [Sentence],
        tokens: &'a [Vec<Token>],
        store: &'a mut Lowered,
    ) -> Self {
        let Lowered { text: low, extra } = store;
        *low = text.to_ascii_lowercase();
        let lowered: &'a str = low;
        extra.clear();
        let mut fixes = Vec::new();
        let mut words = Vec::with_capacity(tokens.iter().map(Vec::len).sum());
        let table = &*BOTH;
        // What a word missing from the table gets, read from memory as a found entry
        // is: the entry is then copied in one move, not rebuilt field by field.
        let empty = Classes::default();
        let mut k = 0;
        // One `extend` a sentence over a slice: no capacity test per token.
        for ts in tokens {
            words.extend(ts.iter().map(|&t| {
                k += 1;
                let w = if t.kind != Kind::Word {
                    Word::default()
                } else if let Some(w) = look_up_ascii(table, &empty, text, lowered, t) {
                    w
                } else {
                    return beyond_ascii(text, lowered, t, extra, k - 1, &mut fixes);
                };
                sliced(w, lowered, t)
            }));
        }
        let extra: &'a str = extra;
        for (k, base, span) in fixes {
            let form = extra.get(span.range()).unwrap_or_default();
            if let Some(w) = words.get_mut(k) {
                if base {
                    w.base = form;
                } else {
                    w.lower = form;
                }
            }
        }
        Lexed {
            text,
            sentences,
            tokens,
            words,
            lowered,
        }
    }

    /// The lower-cased text of `span` (a token the claims stage joins from two).
    pub fn lower_of(&self, span: Span) -> &'a str {
        self.lowered.get(span.range()).unwrap_or_default()
    }
}

impl Word<'_> {
    /// Bytes of the word's possessive ending ("'s": 2, "’s": 4; else 0).
    #[inline]
    pub fn possessive_len(&self) -> usize {
        usize::from(self.strip)
    }
}

/// `w` with its lower-cased forms cut from `lowered`: the word as written, and without
/// its possessive ending (most words have none: the same slice).
#[inline(always)]
fn sliced<'a>(mut w: Word<'a>, lowered: &'a str, t: Token) -> Word<'a> {
    w.lower = lowered.get(t.span.range()).unwrap_or_default();
    w.base = if w.strip == 0 {
        w.lower
    } else {
        let end = t.span.end.saturating_sub(usize::from(w.strip));
        lowered.get(t.span.start..end).unwrap_or_default()
    };
    w
}

/// The lookups of word `k`, `t`, beyond ASCII (rare in news text): the general way,
/// its lower-cased forms that are no slice of `lowered` kept in `extra` and noted in
/// `fixes`, to be cut once `extra` is whole.
#[cold]
#[inline(never)]
fn beyond_ascii<'a>(
    text: &str,
    lowered: &'a str,
    t: Token,
    extra: &mut String,
    k: usize,
    fixes: &mut Vec<Fix>,
) -> Word<'a> {
    let (w, ascii, base_ascii) = look_up(text, lowered, t);
    if !(ascii && base_ascii) {
        let raw = t.text(text);
        // Keeps a form lower-casing changed; nothing when it is a slice of the text.
        let mut keep = |low: Cow<'_, str>, base: bool| {
            if let Cow::Owned(l) = low {
                let start = extra.len();
                extra.push_str(&l);
                fixes.push((k, base, Span::new(start, extra.len())));
            }
        };
        if !ascii {
            keep(lower_unicode(raw), false);
        }
        if !base_ascii {
            keep(tokens::lower_cow(tokens::strip_possessive(raw)), true);
        }
    }
    w
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

/// [`look_up`] for a word that is all ASCII (most words of news text), from its bytes
/// in the lower-cased text: one hash of eight bytes at a time, no char decoding and no
/// second pass for the ASCII test. `None` when the word is not ASCII.
fn look_up_ascii<'a>(
    table: &WordTable<Classes>,
    empty: &Classes,
    text: &str,
    lowered: &str,
    t: Token,
) -> Option<Word<'a>> {
    let low = lowered.as_bytes();
    let (start, end) = (t.span.start, t.span.end);
    let len = end.saturating_sub(start);
    // Most words: up to eight bytes with eight to read, held in one integer from the
    // lower-cased text, so the ASCII test, the possessive test and both lookups read it
    // and nothing else.
    if let Some(bytes) = low.get(start..).and_then(<[u8]>::first_chunk::<8>) {
        if (1..=8).contains(&len) {
            let head = fast::head(bytes, len);
            if head & 0x8080_8080_8080_8080 != 0 {
                return None;
            }
            let found = table.get_short(head, len);
            // "'s" (or "'S", lower-cased) in the word's last two bytes.
            let possessive =
                len > 2 && (head >> (8 * (len - 2))) as u16 == u16::from_le_bytes(*b"'s");
            let base = if possessive {
                table.get_short(fast::head(bytes, len - 2), len - 2)
            } else {
                found
            };
            return Some(ascii_word(
                text,
                t,
                found.unwrap_or(empty),
                base,
                possessive,
            ));
        }
    }
    let (found, ascii) = table.get_in(low, start, end);
    if !ascii {
        return None;
    }
    // Lower-casing keeps an ASCII word's length, so "'s" and "'S" both read "'s" here.
    let possessive = end - start > 2 && low.get(end - 2..end) == Some(b"'s".as_slice());
    let base = if possessive {
        table.get_in(low, start, end - 2).0
    } else {
        found
    };
    Some(ascii_word(
        text,
        t,
        found.unwrap_or(empty),
        base,
        possessive,
    ))
}

/// The [`Word`] of the ASCII word `t` from what the table holds for it (`found`, an
/// empty entry when nothing) and for it without its possessive ending (`base`).
#[inline(always)]
fn ascii_word<'a>(
    text: &str,
    t: Token,
    found: &Classes,
    base: Option<&Classes>,
    possessive: bool,
) -> Word<'a> {
    let mut tags = base.map_or(Tags::NONE, |c| c.tags);
    let strip = if possessive { 2 } else { 0 };
    if possessive {
        tags = tags | Tags::POSSESSIVE;
    }
    // The first byte decides the case test (a word is never empty, nor is it once
    // stripped); the word is cut out only for the rarer capitalised one.
    let bytes = text.as_bytes();
    if bytes.get(t.span.start).is_some_and(u8::is_ascii_uppercase) || article_name(bytes, t) {
        tags = tags | Tags::CAP;
        if t.span.len() == 1
            || bytes
                .get(t.span.start + 1)
                .is_some_and(u8::is_ascii_uppercase)
        {
            tags = tags | Tags::INITIALS;
        }
        let raw = bytes
            .get(t.span.start..t.span.end - strip)
            .unwrap_or_default();
        if all_caps(bytes, t.span.start, raw) {
            tags = tags | Tags::ALL_CAPS;
        }
    }
    Word {
        tags,
        entry: found.entry,
        strip: strip as u8,
        lower: "",
        base: "",
    }
}

/// Whether word `t` is a name written after an Arabic article in lower case ("al-Otaibi",
/// "el-Sisi"): a capital after a two-letter article and its hyphen. It is capitalised
/// as a name word is.
#[inline(always)]
fn article_name(bytes: &[u8], t: Token) -> bool {
    let at = |k: usize| bytes.get(t.span.start + k).copied();
    matches!(at(0), Some(b'a' | b'e'))
        && at(2) == Some(b'-')
        && at(3).is_some_and(|b| b.is_ascii_uppercase())
        && matches!(at(1), Some(b'l' | b'd' | b'n' | b'r' | b's' | b't' | b'z'))
}

/// Whether the ASCII word `raw` (at byte `start` of `text`) has two letters or more and
/// none in lower case. A word of up to eight bytes with eight to read is tested in one
/// integer, all lanes at once; a longer one byte by byte.
#[inline(always)]
fn all_caps(text: &[u8], start: usize, raw: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * ONES;
    if let Some(bytes) = text.get(start..).and_then(<[u8]>::first_chunk::<8>) {
        if raw.len() <= 8 {
            // Seven-bit lanes (the word is ASCII, the bytes past it masked to zero):
            // adding to a lane sets its high bit from a bound on, with no carry out.
            let w = fast::head(bytes, raw.len());
            let within = |lo: u8, hi: u8| {
                let from = w + u64::from(0x80 - lo) * ONES;
                let past = w + u64::from(0x80 - hi - 1) * ONES;
                from & !past & HIGH
            };
            let (upper, lower) = (within(b'A', b'Z'), within(b'a', b'z'));
            let letters = upper | lower;
            // Two letters or more: clearing the lowest bit leaves one.
            return lower == 0 && letters & letters.wrapping_sub(1) != 0;
        }
    }
    let letters = raw.iter().filter(|b| b.is_ascii_alphabetic()).count();
    letters >= 2 && !raw.iter().any(u8::is_ascii_lowercase)
}

/// One token's lookups, its forms cut from `lowered`, and whether the word and the
/// word without its possessive ending are ASCII.
fn look_up<'a>(text: &str, lowered: &'a str, t: Token) -> (Word<'a>, bool, bool) {
    if t.kind != Kind::Word {
        return (sliced(Word::default(), lowered, t), true, true);
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
            let entry = entry_of(&lower_unicode(raw));
            let ascii_base = lower_of(base.len()).filter(|_| base_ascii);
            (actor_tags(base, ascii_base), entry)
        }
    };
    if base.len() < raw.len() {
        tags = tags | Tags::POSSESSIVE;
    }
    if t.is_capitalized(text) {
        tags = tags | Tags::CAP;
        if raw.bytes().take(2).all(|b| b.is_ascii_uppercase()) {
            tags = tags | Tags::INITIALS;
        }
        let letters = base.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && !base.chars().any(char::is_lowercase) {
            tags = tags | Tags::ALL_CAPS;
        }
    }
    let w = Word {
        tags,
        entry,
        // A possessive ending is two or four bytes.
        strip: u8::try_from(raw.len() - base.len()).unwrap_or(0),
        ..Word::default()
    };
    (sliced(w, lowered, t), ascii, base_ascii)
}

/// The actor classes of a word without its possessive ending, from its ASCII
/// lower-cased form when it has one.
fn actor_tags(base: &str, ascii: Option<&str>) -> Tags {
    match ascii {
        Some(l) => BOTH.get(l).unwrap_or_default().tags,
        None => {
            let l = tokens::lower_cow(base);
            classes::word_tags(&l) | tokens::pronoun(&l) | folded_given_name(&l)
        }
    }
}

/// "Tomás", "Zoë", "Łukasz": the classes of a given name written with letters the
/// name lists hold in ASCII (from deunicode's tables); none for any other word.
fn folded_given_name(lower: &str) -> Tags {
    if lower.is_ascii() {
        return Tags::default();
    }
    let folded = deunicode::deunicode(lower).to_ascii_lowercase();
    let tags = classes::word_tags(&folded);
    Tags(tags.0 & (Tags::FEMALE.0 | Tags::MALE.0))
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
    fn a_capital_after_an_arabic_article_is_capitalised() {
        let text = "Faisal al-Otaibi and el-Sisi met at an al-fresco lunch.";
        let mut store = Lowered::default();
        let sentences = crate::sentences::split(text, &[crate::Span::new(0, text.len())]);
        let tokens = crate::tokens::tokenize_sentences(text, &sentences);
        let l = Lexed::new(text, &sentences, &tokens, &mut store);
        let cap: Vec<bool> = tokens
            .iter()
            .flatten()
            .zip(&l.words)
            .filter(|(t, _)| t.text(text).contains('-'))
            .map(|(_, w)| w.tags.has(Tags::CAP))
            .collect();
        assert_eq!(cap, vec![true, true, false]);
    }

    #[test]
    fn classes() {
        let s = "Mr Ford’s Chinese JMC said he";
        let (sentences, toks) = lexed(s);
        let tags: Vec<Tags> = Lexed::new(s, &sentences, &toks, &mut Lowered::default())
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
        let mut store = Lowered::default();
        let l = Lexed::new(s, &sentences, &toks, &mut store);
        let all: Vec<Token> = toks.iter().flatten().copied().collect();
        assert_eq!(all.len(), l.words.len());
        let find = |w: &str| {
            all.iter()
                .position(|t| t.text(s) == w)
                .unwrap_or(usize::MAX)
        };
        let ford = find("Ford’s");
        assert!(l.words[ford].tags.has(Tags::POSSESSIVE) && l.words[ford].tags.has(Tags::CAP));
        assert_eq!(l.words[ford].base, "ford");
        assert_eq!(l.words[ford].lower, "ford’s");
        let said = find("said");
        assert!(l.words[said].tags.has(Tags::VERB));
        assert!(l.words[said].entry.cue.is_some());
        assert_eq!(l.words[said].lower, "said");
        let minister = find("Minister’s");
        assert!(l.words[minister].tags.has(Tags::TITLE));
        assert!(l.words[find("THE")].tags.has(Tags::ALL_CAPS));
        assert!(l.words[find("it")].tags.has(Tags::PRONOUN));
        assert!(l.words[find("denied")].entry.cue.is_some());
        let zurich = find("Zürich's");
        assert_eq!(l.words[zurich].base, "zürich");
        assert_eq!(l.words[zurich].lower, "zürich's");
        let mayor = find("MAYOR");
        assert!(l.words[mayor].tags.has(Tags::ALL_CAPS) && l.words[mayor].tags.has(Tags::TITLE));
        let dont = find("don’t");
        assert_eq!(l.words[dont].base, "don't");
        assert_eq!(l.words[dont].lower, "don’t");
    }

    #[test]
    fn the_ascii_way_agrees_with_the_general_way() {
        let s = "Mr. Ford's CEO said THE U.S. Ministry's AT&T X'S it's 's A's \
                 chief-executive Officers' ANALYSTS Reuters Chinese denied 3.5 NATO's \
                 NATO'S McDONALD iPhone A1 AB1 A-B X Q. Ab'S EU's ZZ Zz zZ x \
                 AB CDEFGHIJ CDEFGHIj KLMNOPQRS A-1 Z9Z [Z] @A` AT&T's I.B.M. I'M ok";
        let (_, toks) = lexed(s);
        let lowered = s.to_ascii_lowercase();
        for &t in toks.iter().flatten().filter(|t| t.kind == Kind::Word) {
            let fast = look_up_ascii(&BOTH, &Classes::default(), s, &lowered, t)
                .map(|w| sliced(w, &lowered, t));
            let (slow, ascii, _) = look_up(s, &lowered, t);
            assert!(ascii);
            assert_eq!(
                format!("{fast:?}"),
                format!("{:?}", Some(slow)),
                "{}",
                t.text(s)
            );
        }
        let z = "Zürich";
        let t = Token {
            span: Span::new(0, z.len()),
            kind: Kind::Word,
        };
        assert!(look_up_ascii(&BOTH, &Classes::default(), z, &z.to_ascii_lowercase(), t).is_none());
    }
}
