//! The claims stage's token view: the article's tokens flattened into one vector, each
//! tagged once with its lower-cased text, closed-class flags, cue entries and sentence,
//! plus the token ranges of sentences and paragraphs, and the phrase walkers the rules
//! share (subject before a cue, clause ends).
//!
//! It reads the tokens and their shared lookups (`crate::lexed`); it does not decide
//! what is an attribution.

use std::cell::Cell;
use std::ops::Range;

use super::lex::{w, Entry, Lexicon};
use crate::lexed::{Lexed, Word};
use crate::span::Span;
use crate::tokens::{Kind, Tags, Token};

/// One tagged token.
///
/// Its lexicon entry is kept whole, so that tagging copies it in one move; the rules
/// read its fields through the token (`t.flags`, `t.cue`, `t.prop`, `t.noun`, `t.form`).
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    /// Byte span.
    pub span: Span,
    /// Lower-cased text.
    pub lower: &'a str,
    /// Index of its sentence.
    pub sent: usize,
    /// Its entry as tagged: closed-class flags (`lex::w`); a cue verb and proposal
    /// kinds (`lex::p`) for lower-case words only; whether it is a nominal cue
    /// ("claim", "denial", in any case); whether it can open a cue-less form
    /// ("according", "reportedly", "voiced", a nominal cue, a form of "be", a
    /// possessive word).
    pub entry: Entry,
    /// Its shape.
    pub kind: Kind,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// A possessive word ("Ford's"), found once for the many rules that ask.
    poss: bool,
    /// May open a cue-less form: `form`, or a capitalised word after a determiner of
    /// its sentence (see [`Tok::opens`]).
    opens: bool,
}

// The entry's fields read as the token's own: the rules ask them of every token.
impl std::ops::Deref for Tok<'_> {
    type Target = Entry;

    fn deref(&self) -> &Entry {
        &self.entry
    }
}

impl std::ops::DerefMut for Tok<'_> {
    fn deref_mut(&mut self) -> &mut Entry {
        &mut self.entry
    }
}

impl Tok<'_> {
    /// Whether the token has any of `flags`.
    pub fn is(&self, flags: u16) -> bool {
        self.flags & flags != 0
    }

    /// Whether the token's lower-cased text is `s`.
    pub fn eq(&self, s: &str) -> bool {
        self.lower == s
    }

    /// Whether the token is a word.
    pub fn word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Whether the token is a double quotation mark (single marks are too often
    /// apostrophes to pair).
    #[inline]
    pub fn quote(&self) -> bool {
        self.kind == Kind::Quote
            && matches!(self.lower, "\"" | "“" | "”" | "«" | "»" | "„" | "''" | "``")
    }

    /// Whether the token ends a sentence.
    pub fn stop(&self) -> bool {
        matches!(self.lower, "." | "!" | "?")
    }

    /// Whether the token is a dash.
    pub fn dash(&self) -> bool {
        // A dash is punctuation, never a word: one byte rules out most tokens.
        self.kind != Kind::Word && matches!(self.lower, "-" | "—" | "–" | "―")
    }

    /// Whether the token is a party and state label ("R-Ky", "D-Calif" in "Mitch
    /// McConnell, R-Ky., said").
    pub fn party_label(&self) -> bool {
        self.cap
            && self
                .lower
                .split_once('-')
                .is_some_and(|(p, st)| matches!(p, "r" | "d" | "i") && (2..=6).contains(&st.len()))
    }

    /// Whether the token is a personal pronoun that can open a clause as its subject
    /// (he, she, they, we, I, it).
    pub fn subject_pronoun(&self) -> bool {
        matches!(self.lower, "he" | "she" | "they" | "we" | "i" | "it")
    }

    /// Whether the token is a possessive word ("Ford's").
    pub fn possessive(&self) -> bool {
        self.poss
    }

    /// Whether the token is a time word or a month or day ("yesterday", "March",
    /// "Tuesday").
    pub fn time_word(&self) -> bool {
        self.is(w::TIME) || crate::lexicon::classes::word_tags(self.lower).has(Tags::MONTH)
    }

    /// Whether the token is a number or a [`Tok::time_word`] ("2027", "March").
    pub fn dated(&self) -> bool {
        self.kind == Kind::Number || self.time_word()
    }

    /// Whether the token may open a cue-less form (`forms`): it is a `form` word, or a
    /// capitalised word after a determiner in its sentence ("a New York Times report").
    /// Found once here, so that the forms scan stops only at these.
    pub fn opens(&self) -> bool {
        self.opens
    }
}

/// The article as tagged tokens.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The decoded text.
    pub text: &'a str,
    /// Every token in text order.
    pub toks: Vec<Tok<'a>>,
    /// Token range of each sentence.
    pub sents: Vec<Range<usize>>,
    /// Paragraph of each sentence.
    pub sent_para: Vec<usize>,
    /// Token range of each paragraph (of those holding sentences), by paragraph index.
    pub paras: Vec<Range<usize>>,
    /// Sentences the rules skip (headlines, credit lines).
    pub skip: Vec<bool>,
    /// [`Doc::body_start`] of each sentence, found once.
    body: Vec<usize>,
    /// What each sentence holds (`has` flags), so that rules pass over sentences
    /// without their trigger before looking at a token.
    holds: Vec<u8>,
}

/// Per-sentence flags of [`Doc::holds`].
pub mod has {
    /// A token with a cue verb entry.
    pub const CUE: u8 = 1;
    /// A token with a proposal cue entry.
    pub const PROP: u8 = 1 << 1;
    /// A quote-mark token.
    pub const QUOTE: u8 = 1 << 2;
    /// A dash.
    pub const DASH: u8 = 1 << 3;
}

/// Verbs that are cues only with "back" after them: "hit back", "fired back", "shot
/// back" (the lexicon lists them as cues; "the storm hit the coast" is none); and a
/// cue's "-ing" form after a determiner, a noun ("the ruling said", "a warning").
fn back_only(toks: &mut [Tok]) {
    for k in 0..toks.len() {
        let t = &toks[k];
        let back = || needs_back(t.lower) && !toks.get(k + 1).is_some_and(|n| n.eq("back"));
        let noun = || k > 0 && nominal(t.lower, toks[k - 1].flags, toks[k - 1].lower);
        if t.cue.is_some() && (back() || noun()) {
            toks[k].cue = None;
        }
    }
}

/// Whether a cue word after `prev` is a noun or an adjective, no verb: an "-ing" form
/// after a determiner ("the ruling said", "a warning"), an "-ed" form after an article
/// or a preposition ("the alleged victim", "complaints of alleged violations"; not
/// "a report that claimed", "as reported by", nor after a quantifier that stands for
/// people: "and some speculated").
fn nominal(lower: &str, prev_flags: u16, prev_lower: &str) -> bool {
    (lower.ends_with("ing") && prev_flags & w::DET != 0)
        || (lower.ends_with("ed")
            && (matches!(prev_lower, "the" | "a" | "an")
                || (prev_flags & w::PREP != 0
                    && !matches!(prev_lower, "that" | "as" | "than" | "like" | "to"))))
}

/// Whether a cue verb is one only with "back" after it (see [`back_only`]).
fn needs_back(lower: &str) -> bool {
    matches!(
        lower,
        "hit" | "hits" | "fired" | "fires" | "shot" | "shoots"
    )
}

/// The `has` flags a word can give (a cue, a proposal cue).
#[inline(always)]
fn word_holds(t: &Tok) -> u8 {
    u8::from(t.cue.is_some()) | u8::from(t.prop != 0) << 1
}

/// The `has` flags a token that is no word can give (a quote mark, a dash).
#[inline(always)]
fn mark_holds(t: &Tok) -> u8 {
    u8::from(t.kind == Kind::Quote) << 2 | u8::from(t.dash()) << 3
}

/// The `has` flags of one token.
fn holds_of(t: &Tok) -> u8 {
    word_holds(t) | mark_holds(t)
}

/// Tags the tokens of one sentence with their shared lookups, the user's cue words
/// laid over them (`user` is false when there are none, as in most runs).
struct Tagger<'a, 'l> {
    lexed: &'a Lexed<'a>,
    lex: &'l Lexicon,
    user: bool,
    sent: usize,
    /// Whether a capitalised word with a cue entry (its cue dropped) was tagged.
    capped: Cell<bool>,
}

impl<'a> Tagger<'a, '_> {
    /// One token from its lookups `w` (empty for a quote mark written as two
    /// apostrophes, `''`, which no lexicon knows) and lower-cased form.
    fn tag(&self, t: Token, w: &Word, lower: &'a str) -> Tok<'a> {
        let entry = if self.user && t.kind == Kind::Word {
            self.lex.overlay(lower, w.entry)
        } else {
            w.entry
        };
        // One byte rules out most words.
        let poss = t.kind == Kind::Word
            && lower.ends_with('s')
            && (lower.ends_with("'s") || lower.ends_with("’s"));
        self.build(t, w, lower, entry, poss)
    }

    /// The token `t` with its lower-cased form and entry; `poss` for a possessive word.
    fn build(&self, t: Token, w: &Word, lower: &'a str, entry: Entry, poss: bool) -> Tok<'a> {
        let cap = w.tags.has(Tags::CAP);
        let mut tok = Tok {
            span: t.span,
            lower,
            sent: self.sent,
            entry: Entry {
                form: entry.form || poss,
                ..entry
            },
            kind: t.kind,
            cap,
            poss,
            opens: false,
        };
        // A capitalised word is a name's more often than a cue ("Says" in a headline
        // is put back by `Doc::headline_cues`).
        if cap {
            // Noted for `Doc::headline_cues`, which passes over sentences without.
            self.capped.set(self.capped.get() | tok.cue.is_some());
            tok.cue = None;
            tok.prop = 0;
        }
        tok
    }

    /// The sentence's tokens one for one, in a loop kept tight for speed, with the
    /// cues [`back_only`] drops dropped, and what the sentence holds (`has` flags, a
    /// cue's only where one is kept); `None` (with some pushed) where the user gave
    /// cue words, a lookup is missing or an apostrophe or backtick stands alone, which
    /// may be half of a quote mark (see [`Tagger::joined`]).
    fn plain(&self, ts: &[Token], words: &[Word<'a>], toks: &mut Vec<Tok<'a>>) -> Option<u8> {
        if self.user || words.len() != ts.len() {
            return None;
        }
        let start = toks.len();
        // Two passes, each with few values live: the lookups copied as they are, then
        // the few capitalised and possessive words amended and the flags gathered.
        toks.extend(ts.iter().zip(words).map(|(&t, w)| Tok {
            span: t.span,
            lower: w.lower,
            sent: self.sent,
            entry: w.entry,
            kind: t.kind,
            cap: w.tags.has(Tags::CAP),
            // The lookup tagged the possessive words already (as `tag` finds them).
            poss: w.tags.has(Tags::POSSESSIVE),
            opens: false,
        }));
        let mut apostrophe = false;
        let mut holds = 0;
        let mut capped = false;
        let mut det = false;
        // Whether a cue `back_only` must look at again was kept: one that needs "back"
        // after it, or an "-ed" form after a determiner or preposition (see `nominal`).
        let mut back = false;
        // `word_holds` gathered for the sentence, not for each token: whether a cue
        // is kept (known where the rare cue is looked at) and every proposal kind.
        let mut cue = false;
        let mut props = 0;
        // Whether the token before is a preposition (an "-ed" cue after one or after
        // an article may be an adjective: `back_only` tells, for the few sentences).
        let mut prep = false;
        // Whether the token before is capitalised, and whether a lower-case "do"
        // follows one (it may be a name's: `name_particles` tells, for the few
        // sentences).
        let (mut cap, mut particle) = (false, false);
        for tok in toks.get_mut(start..).unwrap_or_default() {
            if tok.is(w::AUX) {
                particle |= cap && (tok.cap || tok.lower == "do");
            }
            cap = tok.cap;
            // As `build` amends them.
            if tok.cap {
                capped |= tok.cue.is_some();
                tok.cue = None;
                tok.prop = 0;
            }
            // The cues `back_only` drops, found here where the determiner before is
            // known, so that it walks only the few sentences with one of them.
            if tok.cue.is_some() {
                if det && tok.lower.ends_with("ing") {
                    tok.cue = None;
                } else {
                    cue = true;
                    back |= needs_back(tok.lower) || ((det || prep) && tok.lower.ends_with("ed"));
                }
            }
            tok.form |= tok.poss;
            tok.opens = tok.form | (tok.cap & det);
            det = tok.is(w::DET);
            prep = tok.is(w::PREP);
            // Marks are looked at only where the token is no word (one in five).
            if tok.kind != Kind::Word {
                apostrophe |= matches!(tok.lower, "'" | "`");
                holds |= mark_holds(tok);
            }
            props |= tok.prop;
        }
        holds |= (u8::from(cue) * has::CUE) | (u8::from(props != 0) * has::PROP);
        self.capped.set(capped);
        if apostrophe {
            return None;
        }
        if back {
            back_only(toks.get_mut(start..).unwrap_or_default());
        }
        if particle {
            name_particles(toks.get_mut(start..).unwrap_or_default());
        }
        Some(holds)
    }

    /// The sentence's tokens, two apostrophes or backticks that make one quote mark
    /// (`''`) joined into one token.
    fn joined(&self, ts: &[Token], words: &[Word<'a>], toks: &mut Vec<Tok<'a>>) {
        let text = self.lexed.text;
        let mut k = 0;
        while let Some(&t) = ts.get(k) {
            if double_apostrophe(text, ts, k) {
                k += 1;
                let span = Span::new(t.span.start, ts[k].span.end);
                let joined = Token {
                    span,
                    kind: Kind::Quote,
                };
                toks.push(self.tag(joined, &Word::default(), self.lexed.lower_of(span)));
            } else {
                let (w, lower) = match words.get(k) {
                    Some(&w) => (w, w.lower),
                    None => (Word::default(), self.lexed.lower_of(t.span)),
                };
                toks.push(self.tag(t, &w, lower));
            }
            k += 1;
        }
    }
}

/// "Folha do Norte said", "Banco do Brasil": a lower-case "do" between two
/// capitalised words of a sentence is a name's particle, no auxiliary. "Theresa May
/// said", "Brian Will told": a capitalised modal after a capitalised word and before
/// a lower-case one is a name's word (in a capitalised headline, "Vale May Sell
/// Unit", it stays a modal).
fn name_particles(toks: &mut [Tok]) {
    for k in 1..toks.len().saturating_sub(1) {
        let (t, next) = (&toks[k], &toks[k + 1]);
        let particle = t.lower == "do" && !t.cap && next.cap;
        let surname = t.cap && t.is(w::AUX) && next.word() && !next.cap;
        if toks[k - 1].cap && (particle || surname) {
            toks[k].flags &= !w::AUX;
        }
    }
}

/// Sets [`Tok::opens`] on the tokens of one sentence (as [`Tagger::plain`] does).
fn mark_opens(toks: &mut [Tok]) {
    let mut det = false;
    for tok in toks {
        tok.opens = tok.form | (tok.cap & det);
        det = tok.is(w::DET);
    }
}

/// Whether tokens `k` and `k + 1` of a sentence are one quote mark written as two
/// apostrophes or backticks (`''`): some newsrooms write quotation marks so.
fn double_apostrophe(text: &str, ts: &[Token], k: usize) -> bool {
    let (Some(t), Some(n)) = (ts.get(k), ts.get(k + 1)) else {
        return false;
    };
    t.kind != Kind::Word
        && n.span.start == t.span.end
        && matches!(t.span.text(text), "'" | "`")
        && n.span.text(text) == t.span.text(text)
}

impl<'a> Doc<'a> {
    /// Builds the view from the tokens the pipeline looked up.
    pub fn new(lexed: &'a Lexed<'_>, lex: &Lexicon) -> Doc<'a> {
        let (text, sentences, tokens) = (lexed.text, lexed.sentences, lexed.tokens);
        let mut toks = Vec::with_capacity(lexed.words.len());
        let mut sents = Vec::with_capacity(sentences.len());
        let mut sent_para = Vec::with_capacity(sentences.len());
        let mut paras: Vec<Range<usize>> = Vec::new();
        let mut at = 0;
        let user = !lex.is_builtin();
        // Sentences that may hold a capitalised cue (all those tagged the slow way).
        let mut capped = vec![false; sentences.len()];
        let mut holds = Vec::with_capacity(sentences.len());
        for (i, (s, ts)) in sentences.iter().zip(tokens).enumerate() {
            let start = toks.len();
            let words = lexed.words.get(at..at + ts.len()).unwrap_or_default();
            at += ts.len();
            let tagger = Tagger {
                lexed,
                lex,
                user,
                sent: i,
                capped: Cell::new(false),
            };
            // (`plain` drops the cues `back_only` would.)
            let held = tagger.plain(ts, words, &mut toks).unwrap_or_else(|| {
                toks.truncate(start);
                tagger.joined(ts, words, &mut toks);
                tagger.capped.set(true);
                mark_opens(toks.get_mut(start..).unwrap_or_default());
                let held = toks[start..].iter().fold(0, |h, t| h | holds_of(t));
                if held & has::CUE != 0 {
                    back_only(toks.get_mut(start..).unwrap_or_default());
                }
                name_particles(toks.get_mut(start..).unwrap_or_default());
                held
            });
            holds.push(held);
            capped[i] = tagger.capped.get();
            sents.push(start..toks.len());
            sent_para.push(s.paragraph);
            while paras.len() <= s.paragraph {
                paras.push(start..start);
            }
            paras[s.paragraph].end = toks.len();
        }
        let mut doc = Doc {
            text,
            toks,
            sents,
            sent_para,
            paras,
            skip: Vec::new(),
            body: Vec::new(),
            holds,
        };
        doc.single_quotes();
        doc.skip = (0..doc.sents.len()).map(|s| doc.skipped(s)).collect();
        doc.headline_cues(lex, &capped);
        // A dateline needs a dash: sentences without one start their body at once.
        doc.body = (0..doc.sents.len())
            .map(|s| {
                let r = doc.sents[s].clone();
                if doc.holds(s, has::DASH) {
                    doc.find_body_start(r)
                } else {
                    r.start
                }
            })
            .collect();
        doc
    }

    /// "'We were told fees would be frozen,' said Amara Okonjo.": in an article that
    /// writes no double quote mark, single marks that open before a word at a word's
    /// start and close after one are its quote marks (as The Times and the BBC write
    /// them). A mark after a plural before a word is its genitive ("the Students'
    /// Alliance"), and a mark inside a word an apostrophe; none of them quotes. The marks
    /// are read as “ and ” from then on; their spans, and so every span given out, stay
    /// as written. Only where at least one pair closes in a paragraph.
    fn single_quotes(&mut self) {
        // (A double mark is a quote-mark token: sentences without one are passed over.)
        let double = (0..self.sents.len())
            .filter(|&s| self.holds(s, has::QUOTE))
            .any(|s| self.toks[self.sents[s].clone()].iter().any(Tok::quote));
        if double {
            return;
        }
        let text = self.text.as_bytes();
        let mark = |t: &Tok| t.kind != Kind::Word && matches!(t.lower, "'" | "‘" | "’");
        if !self.toks.iter().any(mark) {
            return;
        }
        let toks = &self.toks;
        let space_before = |k: usize| {
            let start = toks[k].span.start;
            start == 0
                || text
                    .get(start - 1)
                    .is_some_and(|b| b.is_ascii_whitespace() || *b == b'(')
        };
        let glued_after = |k: usize| {
            toks.get(k + 1)
                .is_some_and(|n| n.span.start == toks[k].span.end && n.kind == Kind::Word)
        };
        let opener = |k: usize| {
            mark(&toks[k])
                && toks[k].lower != "’"
                && space_before(k)
                && glued_after(k)
                && toks[k + 1].cap
        };
        let closer = |k: usize| {
            if !mark(&toks[k]) || toks[k].lower == "‘" || k == 0 || glued_after(k) {
                return false;
            }
            let prev = &toks[k - 1];
            if prev.span.end != toks[k].span.start {
                return false;
            }
            let genitive = prev.kind == Kind::Word
                && prev.lower.ends_with('s')
                && toks.get(k + 1).is_some_and(|n| n.kind == Kind::Word);
            !genitive && (prev.kind == Kind::Word || matches!(prev.lower, "," | "." | "?" | "!"))
        };
        let mut marks: Vec<(usize, bool)> = Vec::new();
        for para in &self.paras {
            let mut open: Option<usize> = None;
            for k in para.clone() {
                match open {
                    None if opener(k) => open = Some(k),
                    Some(o) if closer(k) => {
                        marks.push((o, true));
                        marks.push((k, false));
                        open = None;
                    }
                    // A quote running on into the next paragraph stays open.
                    _ => {}
                }
            }
            if let Some(o) = open {
                marks.push((o, true));
            }
        }
        if !marks.iter().any(|&(_, open)| !open) {
            return;
        }
        for (k, open) in marks {
            let t = &mut self.toks[k];
            t.kind = Kind::Quote;
            t.lower = if open { "“" } else { "”" };
            let s = t.sent;
            if let Some(h) = self.holds.get_mut(s) {
                *h |= has::QUOTE;
            }
        }
    }

    /// A title-case headline ("Senator Says Budget Will Pass"): its capitalised "Says"
    /// and "Said" are cues, as they are in lower case. Only these: "Claims" or
    /// "Warns" in a headline are as often nouns.
    /// `capped` tells the sentences that may hold one (see [`Tagger::build`]).
    fn headline_cues(&mut self, lex: &Lexicon, capped: &[bool]) {
        let says = |t: &Tok| t.cap && matches!(t.lower, "says" | "said" | "say");
        for s in 0..self.sents.len() {
            let r = self.sents[s].clone();
            // Most sentences hold no capitalised cue word, and the rest no capitalised
            // "Says": they are passed over before their words are counted.
            if !capped.get(s).copied().unwrap_or(true) {
                continue;
            }
            // "Said Ellis: “…”": an inverted cue opening a sentence, a name and a colon
            // (or comma) after it.
            let first = r.start;
            if first + 2 < r.end && says(&self.toks[first]) && self.toks[first + 1].cap {
                let mark = (first + 2..r.end.min(first + 6))
                    .find(|&k| self.toks[k].eq(":") || self.toks[k].eq(","));
                if mark.is_some_and(|k| self.toks.get(k + 1).is_some_and(|q| q.quote())) {
                    self.toks[first].cue = lex.entry(self.toks[first].lower).cue;
                    self.holds[s] |= holds_of(&self.toks[first]);
                    continue;
                }
            }
            if self.next_where(r.start + 1, r.end, says).is_none() {
                continue;
            }
            let long = |t: &Tok| {
                t.word() && t.lower.len() > 3 && (t.lower.is_ascii() || t.lower.chars().count() > 3)
            };
            let (mut words, mut caps) = (0, 0);
            for t in self.toks[r.clone()].iter().filter(|t| long(t)) {
                words += 1;
                caps += usize::from(t.cap);
            }
            if words < 4 || caps * 10 < words * 8 {
                continue;
            }
            for i in r.start + 1..r.end {
                let t = &self.toks[i];
                if says(t) {
                    self.toks[i].cue = lex.entry(t.lower).cue;
                    self.holds[s] |= holds_of(&self.toks[i]);
                }
            }
        }
    }

    /// Headlines (a first paragraph with no closing punctuation) and credit lines.
    fn skipped(&self, s: usize) -> bool {
        let r = self.sents[s].clone();
        let Some(first) = self.toks.get(r.start) else {
            return true;
        };
        let second = self.toks.get(r.start + 1).map(|t| t.lower);
        if matches!(
            first.lower,
            "reporting" | "editing" | "writing" | "additional" | "("
        ) && matches!(second, Some("by" | "reporting" | "editing"))
        {
            return true;
        }
        let para = self.sent_para[s];
        if para == 0 && self.paras.len() > 1 {
            let pr = self.paras[0].clone();
            let last = self.toks.get(pr.end.wrapping_sub(1));
            return last.is_some_and(|t| !t.stop() && !t.quote() && t.lower != ")");
        }
        false
    }

    /// The first token in `from..to` that passes `pred`. Rules look for their few
    /// trigger tokens with this rather than with a loop of their own, whose large body
    /// (the rule inlined) would make every token's step cost tens of instructions. Not
    /// inlined, for the same reason: inlined, its loop steps every pointer the caller
    /// will read at the token found.
    #[inline(never)]
    pub fn next_where(
        &self,
        from: usize,
        to: usize,
        pred: impl Fn(&Tok<'a>) -> bool,
    ) -> Option<usize> {
        let ts = self.toks.get(from..to)?;
        ts.iter().position(pred).map(|k| from + k)
    }

    /// Byte span from token `a` to token `b - 1`.
    pub fn span(&self, r: Range<usize>) -> Span {
        let (Some(a), Some(b)) = (
            self.toks.get(r.start),
            r.end.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) else {
            return Span::default();
        };
        if r.end <= r.start {
            return Span::new(a.span.start, a.span.start);
        }
        Span::new(a.span.start, b.span.end.max(a.span.start))
    }

    /// Token range of the sentence holding token `i`.
    pub fn sent_of(&self, i: usize) -> Range<usize> {
        self.sents[self.toks[i].sent].clone()
    }

    /// Whether token `i` reads as a verb: a lower-case cue not after a determiner, a
    /// possessive, "to" or a form of "be".
    pub fn verb_use(&self, i: usize, lo: usize) -> bool {
        self.verb_use_after(self.skip_aux_back(i, lo), lo)
    }

    /// [`Doc::verb_use`] given where the auxiliaries and adverbs before the cue begin
    /// (`skip_aux_back(cue, lo)`, which the caller may need too).
    pub fn verb_use_after(&self, i: usize, lo: usize) -> bool {
        if i == lo {
            return true;
        }
        let prev = &self.toks[i - 1];
        // Quantifiers stand alone as subjects ("another said", "some say"); asked of
        // determiners only.
        let quantifier = || {
            matches!(
                prev.lower,
                "another"
                    | "some"
                    | "many"
                    | "both"
                    | "all"
                    | "several"
                    | "few"
                    | "each"
                    | "either"
                    | "neither"
            )
        };
        // "several French offers", "two offers": after a plural quantifier (and a
        // word), a form in "-s" is a plural noun; a verb after a plural has none.
        // (A number before a name is a year or a date: "in 2027 Marenburg says".)
        let plural = |t: &Tok, next: &Tok| {
            matches!(t.lower, "several" | "many" | "few" | "both")
                || (t.kind == Kind::Number && t.lower != "1" && !next.cap)
        };
        let s_form = self.toks[i].lower.ends_with('s') && self.toks[i].word();
        let counted = plural(prev, &self.toks[i])
            || (i >= lo + 2 && plural(&self.toks[i - 2], prev) && prev.word() && prev.flags == 0);
        // ("pay assessors for claims above C$25,000", "rocked by reports that": a form
        // in "-s" right after a preposition is a plural noun, its object.)
        let object = matches!(
            prev.lower,
            "for"
                | "of"
                | "with"
                | "about"
                | "on"
                | "in"
                | "from"
                | "into"
                | "against"
                | "by"
                | "amid"
                | "amidst"
                | "despite"
                | "over"
                | "after"
                | "following"
                | "among"
                | "without"
                | "under"
        );
        // ("for making dubious medical claims on-air": a form in "-s" after an
        // adjective's ending is a plural noun; "the official claims" has a person's
        // noun before it, and "the rival claims" a noun after its article.)
        let after_article = i >= lo + 2 && self.toks[i - 2].is(w::DET);
        let adjective = !prev.cap
            && !after_article
            && prev.flags == 0
            && prev.word()
            && ["al", "ic", "ous", "ive", "ful", "ary"]
                .iter()
                .any(|x| prev.lower.ends_with(x))
            && !crate::lexicon::classes::word_tags(prev.lower).has(Tags::PEOPLE_OR_BODY);
        // ("32% of Republican claims", "Democratic claims": a party's or nation's
        // adjective before it, no subject: "Republicans claim" is the plural.)
        let national = prev.cap
            && !after_article
            && !prev.lower.ends_with('s')
            && crate::lexicon::classes::word_tags(prev.lower).has(Tags::PARTY | Tags::DEMONYM);
        if s_form && (counted || object || adjective || national) {
            return false;
        }
        // ("Moody's said", "McDonald's says": a name in "'s" before a form that is
        // only ever a verb is its subject.)
        let named = || prev.cap && matches!(self.toks[i].lower, "said" | "says" | "told" | "tells");
        !((prev.is(w::DET) && !quantifier())
            || (prev.possessive() && !named())
            || prev.eq("to")
            || prev.is(w::BE)
            || prev.eq("so-called"))
    }

    /// Whether token `k` is a word of approximation before a number or a sum ("about
    /// 900", "around $3 million", "over 200"): it opens a noun phrase, no adverbial
    /// or preposition.
    pub fn approximates(&self, k: usize) -> bool {
        matches!(
            self.toks[k].lower,
            "about"
                | "around"
                | "roughly"
                | "nearly"
                | "almost"
                | "approximately"
                | "some"
                | "over"
                | "under"
        ) && self
            .toks
            .get(k + 1)
            .is_some_and(|n| n.kind == Kind::Number || matches!(n.lower, "$" | "€" | "£"))
    }

    /// Whether token `k` is an abbreviation's period inside a sentence ("Mr." in
    /// "according to Mr. Smith", "Inc." in "Acme Inc. said"): a period written on
    /// the word before it with more of the sentence after it. The sentence splitter
    /// did not end the sentence there, so it is no full stop.
    pub fn abbreviation_period(&self, k: usize) -> bool {
        let t = &self.toks[k];
        t.eq(".")
            && k > 0
            && self.toks[k - 1].word()
            && self.toks[k - 1].span.end == t.span.start
            && self.toks.get(k + 1).is_some_and(|n| n.sent == t.sent)
    }

    /// Trims punctuation (not quote marks) from both ends of a token range.
    pub fn trim(&self, mut r: Range<usize>) -> Range<usize> {
        let junk =
            |t: &Tok| t.kind == Kind::Punct && !matches!(t.lower, "%" | "$" | "£" | "€" | ")");
        while r.start < r.end && junk(&self.toks[r.start]) {
            r.start += 1;
        }
        while r.end > r.start && junk(&self.toks[r.end - 1]) {
            r.end -= 1;
        }
        r
    }

    /// The first token of sentence `s`'s main text: after a dateline
    /// ("NEW DELHI, Jan. 14 (Reuters) - "). Rules ask this of every sentence several
    /// times, so a sentence's answer is kept from [`Doc::new`].
    pub fn body_start(&self, s: usize) -> usize {
        match self.body.get(s) {
            Some(&body) => body,
            None => self.find_body_start(self.sents[s].clone()),
        }
    }

    /// Whether sentence `s` holds any of the `has` flags `what`.
    pub fn holds(&self, s: usize, what: u8) -> bool {
        self.holds.get(s).is_none_or(|&h| h & what != 0)
    }

    fn find_body_start(&self, s: Range<usize>) -> usize {
        let shouting = |t: &Tok| {
            let raw = t.span.text(self.text);
            t.word()
                && raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !raw.chars().any(char::is_lowercase)
        };
        // A dateline opens with a place in capitals ("LONDON, Feb. 6 -"); asked only
        // once a dash is found, as most sentences have none.
        let place = || self.toks.get(s.start).is_some_and(&shouting);
        let lim = s.end.min(s.start + 16);
        let mut next = s.start + 1;
        while let Some(i) = self.next_where(next, lim, Tok::dash) {
            next = i + 1;
            let prev = &self.toks[i - 1];
            if prev.eq(")") || shouting(prev) || place() {
                return i + 1;
            }
        }
        s.start
    }
}
