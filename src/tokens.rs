//! Tokens: one sentence span in, tokens with byte spans and shape out.
//!
//! Words keep internal apostrophes, hyphens and abbreviation periods ("U.S.", "don't",
//! "majority-controlled"); numbers keep decimal points and thousands separators; every
//! other non-space character is a punctuation token, quote marks included.
//! [`Tags`] names a token's lexicon classes (title, honorific, first name, country,
//! speech verb …), which `crate::lexed` looks up once per token, so rules match over
//! bits instead of re-reading strings.

use crate::span::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (possibly with digits, apostrophes, hyphens or abbreviation periods).
    Word,
    /// Digits, possibly with `.` or `,` inside.
    Number,
    /// A quotation mark: `"`, `“`, `”`, `‘`, `’` (as a quote, not an apostrophe), `«`, `»`.
    Quote,
    /// Any other single character.
    Punct,
}

/// One token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte span into the text.
    pub span: Span,
    /// Its shape.
    pub kind: Kind,
}

impl Token {
    /// The token's text.
    pub fn text(self, text: &str) -> &str {
        self.span.text(text)
    }

    /// Whether the token starts with an upper-case letter.
    pub fn is_capitalized(self, text: &str) -> bool {
        let s = self.text(text);
        match s.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => s.chars().next().is_some_and(char::is_uppercase),
        }
    }
}

/// A set of lexicon classes and shape flags of one token (a bit set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Tags(pub u64);

macro_rules! tags {
    ($($(#[$m:meta])* $name:ident = $bit:expr;)*) => {
        impl Tags {
            $($(#[$m])* pub const $name: Tags = Tags(1 << $bit);)*
        }
    };
}

tags! {
    /// Starts with an upper-case letter.
    CAP = 0;
    /// Every letter upper case, two letters or more ("JMC", "U.S.").
    ALL_CAPS = 1;
    /// Ends in a possessive `'s`, `’s` or `s'`.
    POSSESSIVE = 2;
    /// An honorific ("Mr.", "Dr.").
    HONORIFIC = 3;
    /// A role or title head ("minister", "CEO").
    TITLE = 4;
    /// A role modifier ("deputy", "trade").
    ROLE_MOD = 5;
    /// A legal suffix of a company name ("Inc.").
    LEGAL = 6;
    /// An organisation name head ("Bank", "Airways").
    ORG_HEAD = 7;
    /// A government body head ("Ministry", "Council").
    GOV_HEAD = 8;
    /// A news outlet ("Reuters").
    MEDIA = 9;
    /// A newspaper name head ("Gazette").
    MEDIA_HEAD = 10;
    /// A woman's given name.
    FEMALE = 11;
    /// A man's given name.
    MALE = 12;
    /// A country or country alias ("India", "U.S.", "Washington").
    COUNTRY = 13;
    /// A nationality adjective ("Chinese").
    DEMONYM = 14;
    /// A month or day.
    MONTH = 15;
    /// A closed-class word or sentence opener ("the", "despite").
    FUNCTION = 16;
    /// A determiner or quantifier.
    DET = 17;
    /// A preposition.
    PREP = 18;
    /// A modal or perfect auxiliary.
    AUX = 19;
    /// A description head ("company", "minister").
    DESC = 20;
    /// A noun for people who can be a collective source ("officials").
    GROUP_NOUN = 21;
    /// A noun for staff speaking for their organisation ("analysts").
    MEMBER_NOUN = 22;
    /// A verb whose subject acts ("said", "rejected").
    VERB = 23;
    /// A noun of business ties ("partnership").
    PARTNER = 24;
    /// Never an actor ("EV", "CEO").
    NOT_ACTOR = 25;
    /// A political party ("Conservatives").
    PARTY = 26;
    /// A personal pronoun that can refer to an actor (he, she, it, they, them).
    PRONOUN = 27;
    /// A title behind a prefix of time ("then-secretary", "ex-president").
    PREFIXED_TITLE = 28;
    /// Opens with two capitals as written ("MPs", "NTSB"), or is one capital ("A"):
    /// the shape the actors stage asks of acronyms, tested once here, where the word's
    /// first byte is read anyway.
    INITIALS = 29;
    /// Opens an entry of the phrase table (a title, a medium, a country or region, a
    /// nationality or a government body, of one word or more): a name whose first word
    /// has no such flag needs no phrase lookup.
    PHRASE = 30;
}

impl Tags {
    /// No class.
    pub const NONE: Tags = Tags(0);

    /// Nouns for people or bodies (group, member, description, title and head words):
    /// what can speak or act, where a plain noun is a thing ("the storm threatened",
    /// "the strategy, which aims to …").
    pub const PEOPLE_OR_BODY: Tags = Tags(
        Tags::GROUP_NOUN.0
            | Tags::MEMBER_NOUN.0
            | Tags::DESC.0
            | Tags::TITLE.0
            | Tags::ORG_HEAD.0
            | Tags::GOV_HEAD.0
            | Tags::MEDIA_HEAD.0,
    );

    /// Whether any bit of `other` is set.
    pub fn has(self, other: Tags) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Tags {
    type Output = Tags;
    fn bitor(self, rhs: Tags) -> Tags {
        Tags(self.0 | rhs.0)
    }
}

/// The text of a word without a possessive ending (`Ford’s` → `Ford`, `Engineers'` stays).
pub fn strip_possessive(word: &str) -> &str {
    // Most words do not end in "s": one byte read decides.
    if !matches!(word.as_bytes().last(), Some(b's' | b'S')) {
        return word;
    }
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(base) = word.strip_suffix(suffix) {
            if !base.is_empty() {
                return base;
            }
        }
    }
    word
}

/// A lower-cased copy of `word` with curly apostrophes made straight.
pub fn lower(word: &str) -> String {
    lower_cow(word).into_owned()
}

/// [`lower`] without a copy when the word is already lower case (most words are).
pub fn lower_cow(word: &str) -> std::borrow::Cow<'_, str> {
    let plain = if word.is_ascii() {
        !word.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        !word.chars().any(|c| c.is_uppercase() || c == '’')
    };
    if plain {
        return std::borrow::Cow::Borrowed(word);
    }
    if word.is_ascii() {
        return std::borrow::Cow::Owned(word.to_ascii_lowercase());
    }
    let mut s = word.to_lowercase();
    if s.contains('’') {
        s = s.replace('’', "'");
    }
    std::borrow::Cow::Owned(s)
}

/// [`Tags::PRONOUN`] for the personal pronouns that can refer to an actor.
pub fn pronoun(lower: &str) -> Tags {
    if matches!(lower, "he" | "she" | "it" | "they" | "them") {
        Tags::PRONOUN
    } else {
        Tags::NONE
    }
}

/// Whether `c` is a quotation mark character.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‟' | '‹' | '›'
    )
}

/// Whether `c` is a letter or digit (the characters words are made of).
pub fn is_word_char(c: char) -> bool {
    // General punctuation (curly quotes, dashes, ellipsis, spaces) holds no letter or
    // digit; news text is full of it, and the Unicode tables cost more than this test.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// Tokenises every sentence of a document, in order: the token stage of the pipeline.
pub fn tokenize_sentences(text: &str, sentences: &[crate::sentences::Sentence]) -> Vec<Vec<Token>> {
    sentences.iter().map(|s| tokenize(text, s.span)).collect()
}

/// Tokenises the text of `span`.
///
/// One pass over the bytes: ASCII characters (most of news text) are classified through
/// a table without decoding; any other character is decoded where it starts. A span
/// that is no character range of `text` gives no tokens.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    // Offsets are the text's own, read in the text up to the span's end: a token's
    // span needs no adding.
    let Some(s) = text
        .get(..span.end)
        .filter(|s| span.start <= s.len() && s.is_char_boundary(span.start))
    else {
        return Vec::new();
    };
    let bytes = s.as_bytes();
    // News text averages about five bytes a token.
    let mut out = Vec::with_capacity(span.len() / 5 + 4);
    let mut i = span.start;
    while let Some(&b) = bytes.get(i) {
        // Most tokens are words that open with an ASCII letter: tested before the
        // table's dispatch.
        let class = if b.is_ascii_alphabetic() {
            LETTER
        } else {
            ASCII[usize::from(b)]
        };
        // `next`: where the scan goes on, past the one space most tokens are followed
        // by (a word's end byte is read once, for both tests).
        let (end, kind, next) = match class {
            LETTER => letters_end(s, i),
            SPACE => {
                i += 1;
                continue;
            }
            DIGIT => after(bytes, word_end(s, i, 1, true)),
            QUOTE => after(bytes, (i + 1, Kind::Quote)),
            PUNCT | JOINER => after(bytes, (i + 1, Kind::Punct)),
            // A byte that starts (or continues) a character beyond ASCII.
            _ => {
                let Some((c, len)) = char_at(s, i) else {
                    break;
                };
                if c.is_whitespace() {
                    i += len;
                    continue;
                }
                after(
                    bytes,
                    if is_word_char(c) {
                        word_end(s, i, len, false)
                    } else if is_quote_char(c) {
                        (i + len, Kind::Quote)
                    } else {
                        (i + len, Kind::Punct)
                    },
                )
            }
        };
        out.push(Token {
            span: Span::new(i, end),
            kind,
        });
        i = next;
    }
    out
}

const SPACE: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const QUOTE: u8 = 3;
/// Punctuation that may join the parts of a word: `'`, `-`, `.`, `,`, `&`.
const JOINER: u8 = 4;
const PUNCT: u8 = 5;
const OTHER: u8 = 6;

/// What each byte is when it is an ASCII character (`OTHER` beyond ASCII).
static ASCII: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b' ' | 9..=13) {
            SPACE
        } else if c == b'"' {
            QUOTE
        } else if matches!(c, b'\'' | b'-' | b'.' | b',' | b'&') {
            JOINER
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

/// The character starting at byte `i` of `s` and its length in bytes (`i` lies on a
/// character boundary).
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Whether the character at byte `i` of `s` is a word character (false past the end).
fn word_char_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => matches!(ASCII[usize::from(b)], LETTER | DIGIT),
        Some(_) => char_at(s, i).is_some_and(|(c, _)| is_word_char(c)),
        None => false,
    }
}

/// The end of the word that starts with the ASCII letter at byte `i`: most words are
/// a run of ASCII letters followed by a space or a punctuation mark that joins nothing,
/// found here in one tight loop; any other word goes the general way ([`word_end`]).
#[inline(always)]
fn letters_end(s: &str, i: usize) -> (usize, Kind, usize) {
    let bytes = s.as_bytes();
    // The run is read from the word's first letter: one eight-byte step holds most
    // words whole.
    let end = letter_run(bytes, i);
    match bytes.get(end) {
        Some(b' ') => (end, Kind::Word, end + 1),
        // Goes on from the letters already read, not from the word's start.
        Some(&x) if !STOPS[usize::from(x)] => after(bytes, word_end_from(s, i, 1, end, false)),
        _ => (end, Kind::Word, end),
    }
}

/// A token's end and kind, and where the scan goes on: past the space after it, if one
/// follows.
#[inline(always)]
fn after(bytes: &[u8], (end, kind): (usize, Kind)) -> (usize, Kind, usize) {
    (end, kind, end + usize::from(bytes.get(end) == Some(&b' ')))
}

/// Bytes that end a word after a run of letters: space, punctuation that joins
/// nothing, quotes (one load, where the class table needed a test of three classes).
static STOPS: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = matches!(ASCII[b], SPACE | PUNCT | QUOTE);
        b += 1;
    }
    t
};

/// The end of the run of ASCII letters from byte `at`: eight bytes at a time, each
/// lane tested at once (most words fit in one step), the last few bytes one by one.
#[inline(always)]
fn letter_run(bytes: &[u8], mut at: usize) -> usize {
    const LANES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x80 * LANES;
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let w = u64::from_le_bytes(*chunk);
        // Folded to lower case, a letter is 0x61..=0x7a; adding to each 7-bit lane sets
        // its high bit from a bound on, with no carry into the next lane.
        let y = (w | (0x20 * LANES)) & !HIGH;
        let from_a = y + (0x80 - 0x61) * LANES;
        let past_z = y + (0x80 - 0x7b) * LANES;
        let letters = from_a & !past_z & !w & HIGH;
        let others = !letters & HIGH;
        if others != 0 {
            return at + (others.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while bytes
        .get(at)
        .is_some_and(|&x| ASCII[usize::from(x)] == LETTER)
    {
        at += 1;
    }
    at
}

/// The end of the word whose first character (`len` bytes, a digit when `all_digits`)
/// starts at byte `i`, and whether it is a number. Joiners inside a word: apostrophes,
/// hyphens, periods, commas between digits and `&` between capitals, each followed by
/// another word character.
fn word_end(s: &str, i: usize, len: usize, all_digits: bool) -> (usize, Kind) {
    word_end_from(s, i, len, i + len, all_digits)
}

/// [`word_end`] with the word known to go on to `from` (its characters read, the
/// digits among them telling `all_digits`).
fn word_end_from(
    s: &str,
    i: usize,
    len: usize,
    from: usize,
    mut all_digits: bool,
) -> (usize, Kind) {
    let bytes = s.as_bytes();
    let mut end = from;
    loop {
        // ASCII letters and digits, the bulk of every word, without decoding.
        let mut b = 0;
        while let Some(&x) = bytes.get(end) {
            match ASCII[usize::from(x)] {
                LETTER => all_digits = false,
                DIGIT => {}
                _ => {
                    b = x;
                    break;
                }
            }
            end += 1;
        }
        let (d, dl) = if b.is_ascii() {
            // The end of the text, or ASCII punctuation: only a joiner may go on.
            if ASCII[usize::from(b)] != JOINER || end >= bytes.len() {
                break;
            }
            (char::from(b), 1)
        } else {
            let Some((d, dl)) = char_at(s, end) else {
                break;
            };
            if is_word_char(d) {
                all_digits = false;
                end += dl;
                continue;
            }
            if !matches!(d, '’' | '‐') {
                break;
            }
            (d, dl)
        };
        if !word_char_at(s, end + dl) {
            break;
        }
        let ok = match d {
            ',' => all_digits,
            '&' => s[i..end].chars().all(|x| x.is_uppercase()),
            _ => true,
        };
        if !ok {
            break;
        }
        end += dl;
    }
    // An abbreviation's final period ("U.S.", "Ph.D.") belongs to the word when the
    // word already holds a period between short pieces or is a single letter (not
    // a web address's: "Rentwise.ie.", "Amazon.com.").
    if bytes.get(end) == Some(&b'.') {
        let word = &s[i..end];
        let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 3);
        if (dotted || end - i == len) && word.chars().all(|x| x.is_alphabetic() || x == '.') {
            end += 1;
            // "U.S.-brokered": a hyphen after the abbreviation joins a lower-case word
            // on ("U.S.-India talks" are two names).
            if bytes.get(end) == Some(&b'-')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_lowercase)
            {
                return word_end_from(s, i, len, end + 1, false);
            }
        }
    }
    let kind = if all_digits { Kind::Number } else { Kind::Word };
    (end, kind)
}

#[cfg(test)]
mod tests;
