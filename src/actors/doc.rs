//! The article as one flat run of tagged tokens: sentences and their tokens in, a
//! [`Doc`] out, where every token knows its sentence, its classes, its lower-cased text
//! and whether it lies inside quotation marks. Rules index tokens globally and stop at
//! sentence ends themselves. No rule lives here.

use crate::lexed::{Lexed, Word};
use crate::span::Span;
use crate::tokens::{Kind, Tags};

/// One tagged token.
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    /// Byte span.
    pub span: Span,
    /// Shape.
    pub kind: Kind,
    /// Lexicon classes.
    pub tags: Tags,
    /// Index of its sentence.
    pub sent: usize,
    /// Inside quotation marks.
    pub quoted: bool,
    /// Lower-cased text without a possessive ending.
    pub lower: &'a str,
}

impl Tok<'_> {
    /// The lower-cased text.
    pub fn low(&self) -> &str {
        self.lower
    }
}

/// The tagged tokens of an article.
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    /// The article text.
    pub text: &'a str,
    /// The looked-up tokens the view was built from (one [`crate::lexed::Word`] a token,
    /// in the same order): what few rules ask (a name's end without its possessive) is
    /// read there, not copied into every token.
    lexed: &'a Lexed<'a>,
    /// All tokens in text order.
    pub toks: Vec<Tok<'a>>,
    /// Token range of each sentence.
    pub sents: Vec<(usize, usize)>,
    /// Paragraph of each sentence.
    pub paras: Vec<usize>,
    /// Every class some token of each sentence has.
    pub sent_tags: Vec<Tags>,
    /// First token of each sentence after any opening quote marks and brackets.
    openers: Vec<usize>,
    /// The words the article writes in lower case, sorted; built once
    /// [`Doc::writes_lower`] has been asked [`LOWER_SCANS`] times.
    lower_words: std::cell::OnceCell<Vec<&'a str>>,
    /// How many times [`Doc::writes_lower`] has scanned the tokens.
    lower_scans: std::cell::Cell<u32>,
}

/// How many questions [`Doc::writes_lower`] answers by a scan of the tokens before it
/// sorts the article's lower-case words: an article asks a few at most, each far
/// cheaper as a scan than the sort, and a long text asking many stays linear.
const LOWER_SCANS: u32 = 8;

impl<'a> Doc<'a> {
    /// Flattens the looked-up tokens of every sentence.
    pub fn new(lexed: &'a Lexed<'a>) -> Doc<'a> {
        let text = lexed.text;
        let bytes = text.as_bytes();
        let (sentences, tokens) = (lexed.sentences, lexed.tokens);
        let mut toks = Vec::with_capacity(lexed.words.len());
        let mut sents = Vec::with_capacity(sentences.len());
        let mut paras = Vec::with_capacity(sentences.len());
        let mut sent_tags = Vec::with_capacity(sentences.len());
        let mut quoted = false;
        let mut single = false;
        // An article that writes no double quote mark quotes with straight single ones
        // ("'Four years is too long,' said …"): one opens before a word after a space
        // and closes after a word before no letter (not "rock 'n' roll", "Fennick's").
        let straight = memchr::memchr(b'\'', bytes).is_some()
            && memchr::memchr(b'"', bytes).is_none()
            && !text.contains(['“', '”']);
        let mut last_para = usize::MAX;
        for (si, (s, ts)) in sentences.iter().zip(tokens).enumerate() {
            if s.paragraph != last_para {
                quoted = false;
                single = false;
                last_para = s.paragraph;
            }
            let start = toks.len();
            let mut union = 0;
            // One `extend` over a zip of two slices (the words from this sentence's first
            // on: one word a token, so the next word is the next token's): no capacity
            // test and one counter a token.
            let words = lexed.words.get(start..).unwrap_or_default();
            toks.extend(ts.iter().zip(words).map(|(&t, w)| {
                union |= w.tags.0;
                let mut q = quoted;
                // Words first (most tokens, and never a quote mark), then a byte test
                // before any slicing.
                let apostrophe = || t.span.len() == 1 && bytes.get(t.span.start) == Some(&b'\'');
                if t.kind != Kind::Word && (t.kind == Kind::Quote || apostrophe()) {
                    let letter = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
                    let before = t.span.start.checked_sub(1).and_then(|k| bytes.get(k));
                    let after = bytes.get(t.span.end);
                    let (now, is_mark) = if straight && apostrophe() {
                        if !quoted && letter(after) && !letter(before) {
                            single = true;
                            (true, true)
                        } else if quoted && single && !letter(after) {
                            single = false;
                            (false, true)
                        } else {
                            (quoted, false)
                        }
                    } else {
                        quote_state(t.text(text), quoted, &mut single)
                    };
                    quoted = now;
                    q |= is_mark;
                }
                Tok {
                    span: t.span,
                    kind: t.kind,
                    tags: w.tags,
                    sent: si,
                    quoted: q,
                    lower: w.base,
                }
            }));
            // "then-Secretary" (rare: the sentence's tags tell): the title is as
            // capitalised as it is written after the prefix.
            if Tags(union).has(Tags::PREFIXED_TITLE) {
                for t in &mut toks[start..] {
                    if t.tags.has(Tags::PREFIXED_TITLE)
                        && capital_after_prefix(t.lower, t.span.text(text))
                    {
                        t.tags = t.tags | Tags::CAP;
                    }
                }
            }
            sents.push((start, toks.len()));
            paras.push(s.paragraph);
            sent_tags.push(Tags(union));
        }
        let openers = sents
            .iter()
            .map(|&(a, e)| {
                // A byte test for "(", not a slice of the text.
                // (A straight single quote mark too, where the article quotes with them.)
                let opener = |t: &Tok| {
                    t.kind == Kind::Quote
                        || (t.span.len() == 1 && bytes.get(t.span.start) == Some(&b'('))
                        || (straight
                            && t.quoted
                            && t.span.len() == 1
                            && bytes.get(t.span.start) == Some(&b'\''))
                };
                (a..e).find(|&j| !opener(&toks[j])).unwrap_or(e)
            })
            .collect();
        Doc {
            text,
            lexed,
            toks,
            sents,
            paras,
            sent_tags,
            openers,
            lower_words: std::cell::OnceCell::new(),
            lower_scans: std::cell::Cell::new(0),
        }
    }

    /// Whether the article writes `lower` (a lower-cased word) in lower case somewhere.
    /// The first few questions scan the tokens; later ones ask the words gathered and
    /// sorted once: a scan a question made a long text with many such questions
    /// quadratic.
    pub fn writes_lower(&self, lower: &str) -> bool {
        let written = |t: &Tok| t.kind == Kind::Word && !t.tags.has(Tags::CAP);
        if self.lower_words.get().is_none() && self.lower_scans.get() < LOWER_SCANS {
            self.lower_scans.set(self.lower_scans.get() + 1);
            return self.toks.iter().any(|t| t.lower == lower && written(t));
        }
        let words = self.lower_words.get_or_init(|| {
            let mut words: Vec<&str> = self
                .toks
                .iter()
                .filter(|t| written(t))
                .map(|t| t.lower)
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        });
        words.binary_search(&lower).is_ok()
    }

    /// Token ranges of the sentences where some token has any of `tags`, in order: a
    /// sweep for a rare class skips the other sentences whole.
    pub fn sents_with(&self, tags: Tags) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        self.sents
            .iter()
            .zip(&self.sent_tags)
            .filter(move |(_, t)| t.has(tags))
            .map(|(&(a, e), _)| a..e)
    }

    /// The first token at or after token `from` that starts at or after byte `pos`
    /// (the token count when none does). A forward scan: callers walk through sorted
    /// offsets a few tokens at a time.
    #[inline]
    pub fn first_from(&self, from: usize, pos: usize) -> usize {
        let rest = self.toks.get(from..).unwrap_or_default();
        from + rest
            .iter()
            .position(|t| t.span.start >= pos)
            .unwrap_or(rest.len())
    }

    /// [`Doc::first_from`] by galloping: probes 1, 2, 4 … tokens ahead, then a binary
    /// search in the last step. For sorted offsets that may lie far apart as well as
    /// close: a few probes either way.
    pub fn first_from_far(&self, from: usize, pos: usize) -> usize {
        let n = self.toks.len();
        let (mut lo, mut hi, mut step) = (from.min(n), from.min(n), 1);
        // Every token in `from..lo` starts before `pos`; the answer lies in `lo..=hi`.
        while hi < n && self.toks[hi].span.start < pos {
            lo = hi + 1;
            hi = (lo + step).min(n);
            step *= 2;
        }
        lo + self.toks[lo..hi].partition_point(|t| t.span.start < pos)
    }

    /// The first token at or after token `from` with any of `tags`: sentences holding
    /// none of them are skipped whole.
    pub fn next_with(&self, from: usize, tags: Tags) -> Option<usize> {
        let mut s = self.toks.get(from)?.sent;
        let mut k = from;
        while let Some(&(_, e)) = self.sents.get(s) {
            if self.sent_tags.get(s).is_some_and(|t| t.has(tags)) {
                let rest = self.toks.get(k..e).unwrap_or_default();
                if let Some(p) = rest.iter().position(|t| t.tags.has(tags)) {
                    return Some(k + p);
                }
            }
            s += 1;
            k = e;
        }
        None
    }

    /// The tokens with any of `tags`, in order ([`Doc::next_with`] from each one on): a
    /// sweep for a class reads only the flags of the sentences that hold it.
    pub fn tokens_with(&self, tags: Tags) -> impl Iterator<Item = usize> + use<'_, 'a> {
        let mut from = 0;
        std::iter::from_fn(move || {
            let k = self.next_with(from, tags)?;
            from = k + 1;
            Some(k)
        })
    }

    /// Token `i`, if any.
    pub fn get(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i)
    }

    /// Whether token `i` exists and has any of `tags`.
    pub fn is(&self, i: usize, tags: Tags) -> bool {
        self.toks.get(i).is_some_and(|t| t.tags.has(tags))
    }

    /// Whether token `i` exists and its lower-cased text is `word`.
    pub fn word(&self, i: usize, word: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.lower == word)
    }

    /// Whether token `i` is the punctuation `c`. Its bytes are compared, not its text:
    /// the same answer (a span lies on character boundaries) without the slicing's two
    /// boundary tests, and for the usual one-byte `c` a length test and a byte test.
    pub fn punct(&self, i: usize, c: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind != Kind::Word && self.text.as_bytes().get(t.span.range()) == Some(c.as_bytes())
        })
    }

    /// Whether token `i` opens with two capitals as written ("MPs", "MP", "NTSB"), or
    /// is one capital: its [`Tags::INITIALS`] flag (only a word can have that shape).
    pub fn initials(&self, i: usize) -> bool {
        self.is(i, Tags::INITIALS)
    }

    /// Whether token `i` opens its sentence (after any opening quote marks).
    pub fn starts_sentence(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        self.openers.get(t.sent).is_some_and(|&o| o == i)
    }

    /// Whether sentence `s` lies wholly inside quotation marks: every word of it is
    /// quoted ("Do not wait to see the smoke." after "“If you are told to go, go,”
    /// Sandhu said.").
    pub fn quoted_sentence(&self, s: usize) -> bool {
        let Some(&(a, b)) = self.sents.get(s) else {
            return false;
        };
        let mut words = self.toks[a..b].iter().filter(|t| t.kind == Kind::Word);
        words.next().is_some_and(|t| t.quoted) && words.all(|t| t.quoted)
    }

    /// Token range of the sentence holding token `i`.
    pub fn sent_of(&self, i: usize) -> (usize, usize) {
        self.toks.get(i).map_or((0, 0), |t| self.sents[t.sent])
    }

    /// Whether tokens `i` and `j` lie in the same sentence.
    pub fn same_sent(&self, i: usize, j: usize) -> bool {
        match (self.toks.get(i), self.toks.get(j)) {
            (Some(a), Some(b)) => a.sent == b.sent,
            _ => false,
        }
    }

    /// The span from token `i` to the end of token `j - 1`, with `j - 1`'s possessive
    /// ending left out.
    pub fn name_span(&self, i: usize, j: usize) -> Span {
        let last = self.toks[j - 1].span;
        let ending = self.lexed.words.get(j - 1).map_or(0, Word::possessive_len);
        Span::new(
            self.toks[i].span.start,
            last.end.saturating_sub(ending).max(last.start),
        )
    }

    /// The span from token `i` to the end of token `j - 1`, as written.
    pub fn span(&self, i: usize, j: usize) -> Span {
        Span::new(self.toks[i].span.start, self.toks[j - 1].span.end)
    }

    /// The text of a name over tokens `i..j` (possessive left out).
    pub fn name_text(&self, i: usize, j: usize) -> &'a str {
        self.name_span(i, j).text(self.text)
    }

    /// [`Doc::key`] of tokens `i..j` as a borrowed string: a one-word name's key is its
    /// word's lower-cased text and most longer names' a slice of the lower-cased text
    /// ([`Doc::written_key`]), not a copy in `buf`; other keys are built in `buf`.
    pub fn key_in<'b>(&'b self, i: usize, j: usize, buf: &'b mut String) -> &'b str {
        if j == i + 1 {
            if let Some(t) = self.toks.get(i) {
                if t.kind == Kind::Word || t.kind == Kind::Number {
                    return t.lower;
                }
            }
        }
        if let Some(key) = self.written_key(i, j) {
            return key;
        }
        self.key_into(i, j, buf);
        buf.as_str()
    }

    /// The key of tokens `i..j` where the lower-cased text spells it as it stands: words
    /// and numbers one space apart, each one's lower-cased form the text's own bytes (no
    /// possessive ending left off, no form that lower-casing beyond ASCII made), as in
    /// "bank of england". Tested by position: a form that starts where its token does in
    /// the lower-cased text and is as long as the token is that text.
    fn written_key(&self, i: usize, j: usize) -> Option<&'a str> {
        let toks = self.toks.get(i..j)?;
        let (first, last) = (toks.first()?, toks.last()?);
        // The lower-cased text of the whole run, sliced once; each form is then found in
        // it by its offset, with no slicing a word.
        let whole = self
            .lexed
            .lower_of(Span::new(first.span.start, last.span.end));
        let (from, bytes) = (first.span.start, whole.as_bytes());
        let mut gap = None;
        for t in toks {
            let at = t.span.start.wrapping_sub(from);
            let plain = (t.kind == Kind::Word || t.kind == Kind::Number)
                && t.lower.len() == t.span.len()
                && std::ptr::eq(t.lower.as_ptr(), bytes.as_ptr().wrapping_add(at));
            let spaced = gap.is_none_or(|g: usize| g + 1 == at && bytes.get(g) == Some(&b' '));
            if !plain || !spaced || whole.is_empty() {
                return None;
            }
            gap = Some(t.span.end.wrapping_sub(from));
        }
        Some(whole)
    }

    /// Lower-cased words of tokens `i..j`, joined by single spaces.
    pub fn key(&self, i: usize, j: usize) -> String {
        let mut k = String::new();
        self.key_into(i, j, &mut k);
        k
    }

    /// [`Doc::key`] into `k`, which is cleared first (a caller keying many names keeps
    /// one buffer).
    pub fn key_into(&self, i: usize, j: usize, k: &mut String) {
        // One word (most names): its lower-cased text is the key.
        if j == i + 1 {
            if let Some(t) = self.toks.get(i) {
                if t.kind == Kind::Word || t.kind == Kind::Number {
                    k.clear();
                    k.push_str(t.lower);
                    return;
                }
            }
        }
        // The key is about as long as the text it comes from: one allocation.
        let len = match (
            self.toks.get(i),
            j.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) {
            (Some(a), Some(b)) if j > i => b.span.end.saturating_sub(a.span.start),
            _ => 0,
        };
        k.clear();
        k.reserve(len + 2);
        for t in &self.toks[i..j] {
            if t.kind != Kind::Word && t.kind != Kind::Number {
                if t.span.text(self.text) == "&" {
                    k.push_str(" &");
                }
                continue;
            }
            if !k.is_empty() {
                k.push(' ');
            }
            k.push_str(t.lower);
        }
    }
}

/// The quotation state after quote mark `c`: (inside quotes now, whether `c` is a
/// quotation mark rather than an apostrophe). A single `’` or `'` closes only a
/// quotation opened by `‘`; elsewhere it is an apostrophe ("Supporters’ Trust").
fn quote_state(c: &str, quoted: bool, single: &mut bool) -> (bool, bool) {
    match c {
        "“" | "«" | "„" => (true, true),
        "”" | "»" => (false, true),
        "‘" => {
            *single = true;
            (true, true)
        }
        "’" | "'" if *single && quoted => {
            *single = false;
            (false, true)
        }
        "’" | "'" => (quoted, false),
        _ => (!quoted, true),
    }
}

/// Whether the title `raw` (lower-cased: `lower`) has a capital after its prefix of
/// time ("then-Secretary", not "ex-minister").
fn capital_after_prefix(lower: &str, raw: &str) -> bool {
    crate::lexicon::classes::TITLE_PREFIXES
        .iter()
        .find(|p| lower.starts_with(*p))
        .is_some_and(|p| {
            raw.as_bytes()
                .get(p.len())
                .is_some_and(u8::is_ascii_uppercase)
        })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::span::Span;
    use crate::tokens;

    /// A document of one paragraph, for rule tests.
    pub(crate) fn doc(s: &str) -> Doc<'_> {
        // Leaked: a test's few documents live as long as the test binary.
        let sentences = Box::leak(Box::new(crate::sentences::split(
            s,
            &[Span::new(0, s.len())],
        )));
        let tokens = Box::leak(Box::new(tokens::tokenize_sentences(s, sentences)));
        let lowered = Box::leak(Box::default());
        Doc::new(Box::leak(Box::new(Lexed::new(
            s, sentences, tokens, lowered,
        ))))
    }

    #[test]
    fn quoted_and_keys() {
        let s = "He said “We will go,” and Ford’s chief left.";
        let d = doc(s);
        let quoted: Vec<&str> = d
            .toks
            .iter()
            .filter(|t| t.quoted && t.kind == Kind::Word)
            .map(|t| t.span.text(s))
            .collect();
        assert_eq!(quoted, ["We", "will", "go"]);
        let ford = d.toks.iter().position(|t| t.lower == "ford").unwrap_or(0);
        assert_eq!(d.name_text(ford, ford + 1), "Ford");
        assert_eq!(d.key(ford, ford + 2), "ford chief");
    }

    #[test]
    fn borrowed_keys_match_built_ones() {
        let s = "Bank of England’s governor met AT&T and 3M in São Paulo.";
        let d = doc(s);
        let mut buf = String::new();
        for i in 0..d.toks.len() {
            for j in i + 1..=(i + 4).min(d.toks.len()) {
                assert_eq!(d.key_in(i, j, &mut buf), d.key(i, j), "{i}..{j}");
            }
        }
        let england = d
            .toks
            .iter()
            .position(|t| t.lower == "england")
            .unwrap_or(0);
        assert_eq!(d.name_text(0, england + 1), "Bank of England");
        assert_eq!(d.span(0, england + 1).text(s), "Bank of England’s");
    }

    #[test]
    fn initials_flag_matches_the_letters() {
        let s = "MPs and the NTSB met A. Ölund, ÉMILE, USÁ and Mr O'Neil (EVs) in 2024.";
        let d = doc(s);
        for (i, t) in d.toks.iter().enumerate() {
            let two_capitals = t
                .span
                .text(s)
                .bytes()
                .take(2)
                .all(|b| b.is_ascii_uppercase());
            assert_eq!(d.initials(i), two_capitals, "{}", t.span.text(s));
        }
    }

    #[test]
    fn lower_words_by_scan_and_by_search_agree() {
        let d =
            doc("Patriot Coal said coal prices fell. Coal rose. The union and the Union Bank met.");
        let asks = [
            "coal", "union", "patriot", "prices", "bank", "the", "rose", "x",
        ];
        let want = [true, true, false, true, false, true, true, false];
        // Twice over: the first questions scan, the later ones search the sorted words.
        for round in 0..2 {
            for (w, &expected) in asks.iter().zip(&want) {
                assert_eq!(d.writes_lower(w), expected, "{w} (round {round})");
            }
        }
        assert!(d.lower_words.get().is_some());
    }

    #[test]
    fn sentences_with_a_class() {
        let d = doc("Ana left. The board's chair stayed. Zenco's board met.");
        let got: Vec<&str> = d
            .sents_with(Tags::POSSESSIVE)
            .map(|r| d.span(r.start, r.end).text(d.text))
            .collect();
        assert_eq!(got, ["The board's chair stayed.", "Zenco's board met."]);
    }

    #[test]
    fn tokens_with_matches_a_filter() {
        let d = doc("Ana left. The union officials met. Zenco's board met. Workers struck.");
        for tags in [Tags::GROUP_NOUN, Tags::POSSESSIVE, Tags::CAP, Tags::DESC] {
            let want: Vec<usize> = (0..d.toks.len())
                .filter(|&k| d.toks[k].tags.has(tags))
                .collect();
            assert_eq!(d.tokens_with(tags).collect::<Vec<_>>(), want);
        }
    }

    #[test]
    fn next_with_matches_a_linear_walk() {
        let d = doc("Ana left. The union officials met. Zenco's board met. Workers struck.");
        for tags in [Tags::GROUP_NOUN, Tags::POSSESSIVE, Tags::CAP] {
            for from in 0..=d.toks.len() {
                let want = (from..d.toks.len()).find(|&k| d.toks[k].tags.has(tags));
                assert_eq!(d.next_with(from, tags), want, "{from}");
            }
        }
    }

    #[test]
    fn first_from_matches_a_linear_walk() {
        let d = doc("Ana Ruiz of the Zenco board said on Monday that it would sell.");
        let n = d.toks.len();
        for from in 0..=n + 1 {
            for pos in 0..=d.text.len() + 1 {
                let want = (from..n)
                    .find(|&k| d.toks[k].span.start >= pos)
                    .unwrap_or(n);
                assert_eq!(
                    d.first_from_far(from, pos),
                    want.max(from.min(n)),
                    "{from} {pos}"
                );
                if from > n {
                    continue;
                }
            }
        }
    }
}
