//! Registering typed segments as actors and linking the rest to them: segments with
//! their types in, actors and mentions in the [`Registry`] out. Names the segment's own
//! words typed come first (so "Harbor Fresh Markets" exists before "Harbor Fresh" is
//! met), then context-typed ones, then untyped segments, which only join an existing
//! actor: by the same name, a person's surname (`actor/coref/surname`) or an
//! organisation's shorter name (`actor/coref/short-name`). Countries become actors only
//! where one acts somewhere in the article ("New Delhi rejected", "India's minister").

use std::cell::LazyCell;
use std::collections::HashMap;

use super::doc::Doc;
use super::kinds::{self, Type, Typed};
use super::names::Seg;
use super::registry::{Entry, Gender, Registry};
use crate::document::ActorKind;
use crate::lexicon::classes;
use crate::lexicon::classes::Fast;
use crate::span::Span;
use crate::tokens::{Kind, Tags};

/// Registers every segment: `types[i]` is segment `i`'s type, `lookup_only[s]` marks
/// sentences (title-case headlines) whose names may only join known actors.
pub fn register(
    doc: &Doc,
    segs: &[Seg],
    types: &[Option<Typed>],
    reg: &mut Registry,
    lookup_only: &[bool],
) {
    let only = |g: &Seg| {
        lookup_only
            .get(doc.toks[g.start].sent)
            .copied()
            .unwrap_or(false)
    };
    // Each pass below adds mentions in text order, each after the one before: they
    // wait, and are merged at the end (see `Registry::defer`).
    reg.defer();
    countries(doc, segs, types, reg);
    // Built only when a lone sentence-initial word asks (few articles have one).
    // A one-word name's key is its word's lower-cased text (a name word is a word):
    // the text itself, no key built.
    let mid = LazyCell::new(|| {
        let mut mid: Vec<&str> = segs
            .iter()
            .filter(|g| g.end == g.start + 1 && !doc.starts_sentence(g.start))
            .map(|g| doc.toks[g.start].lower)
            .collect();
        mid.sort_unstable();
        mid.dedup();
        mid
    });
    // The headline's full names, found once: looked for a lone word at a time, each
    // search found the headline among every sentence, which made a long article of
    // lone names without one quadratic.
    let headline = Headline::new(doc, lookup_only);
    // One key buffer for every segment, not one allocation a segment.
    let mut key = String::new();
    // Each rule id's test once a segment, not once a pass (it compares strings).
    let lexical: Vec<bool> = types
        .iter()
        .map(|t| t.is_some_and(|t| t.rule_is_lexical()))
        .collect();
    for strong in [true, false] {
        for ((g, t), &lexical) in segs.iter().zip(types).zip(&lexical) {
            let Some(t) = t else { continue };
            let Type::Actor(kind) = t.ty else { continue };
            if only(g) || strong != lexical {
                continue;
            }
            add(doc, g, (kind, t), lexical, reg, (&mid, &headline), &mut key);
        }
    }
    for (g, t) in segs.iter().zip(types) {
        if t.is_none() || only(g) {
            link(doc, g, reg, &mut key);
        }
    }
    reg.settle();
    // (Later passes move mentions about, past the index's reach.)
    reg.forget_ends();
}

impl Typed {
    /// Whether the rule read the name's own words.
    pub fn rule_is_lexical(&self) -> bool {
        self.lexical
    }
}

/// Token range of the name proper: legal suffixes and their periods left out.
fn name_range(doc: &Doc, g: &Seg) -> (usize, usize) {
    let mut e = g.end;
    while e > g.start + 1
        && (doc.is(e - 1, Tags::LEGAL) || doc.punct(e - 1, ".") || doc.punct(e - 1, ","))
    {
        e -= 1;
    }
    // ("Greystone & Co.": the "&" of the suffix.)
    if e < g.end && e > g.start + 1 && doc.toks[e - 1].lower == "&" {
        e -= 1;
    }
    // "PT Sulawesi Nikel Makmur": a legal form written before the name (Indonesia's).
    let s = if e >= g.start + 3 && doc.is(g.start, Tags::LEGAL) && doc.is(g.start, Tags::ALL_CAPS) {
        g.start + 1
    } else {
        g.start
    };
    (s, e)
}

/// Registers segment `g` typed `t` as an actor of `kind` (`lexical`: by a rule that
/// read its own words); `mid` holds the one-word names seen mid-sentence, `headline`
/// the title-case headline's full names.
fn add<'m>(
    doc: &Doc,
    g: &Seg,
    (kind, t): (ActorKind, &Typed),
    lexical: bool,
    reg: &mut Registry,
    (mid, headline): (
        &LazyCell<Vec<&'m str>, impl FnOnce() -> Vec<&'m str>>,
        &Headline<'m>,
    ),
    buf: &mut String,
) {
    let (s, e) = name_range(doc, g);
    let key = doc.key_in(s, e, buf);
    let span = doc.name_span(g.start, g.end);
    let sent = doc.toks[g.start].sent;
    let want = if lexical { Some(kind) } else { None };
    if let Some(i) = reg.get(key).or_else(|| existing(doc, g, reg, want)) {
        let rule = if key == &*reg.entries[i].key {
            t.rule
        } else {
            short_rule(doc, g, reg, i)
        };
        if rule == "actor/coref/short-name" && place_prefix(doc, g, reg.entries[i].kind) {
            return;
        }
        reg.mention(i, sent, span, rule);
        return;
    }
    // "The central bank's Monetary Policy Committee, known as Copom,": another name
    // of the body named right before.
    if t.rule == "actor/name/named-as" {
        if let Some(i) = named_before(doc, g, reg) {
            reg.alias(key, i);
            reg.mention(i, sent, span, "actor/coref/named-as");
            return;
        }
    }
    // "Melinda Quarrie Takes On Rudy Okafor" over a body that says "Quarrie": the
    // title-case headline, whose names join only known actors, gives the full name.
    if e == s + 1 {
        if let Some((hs, he)) = headline.name(doc, s) {
            let mut full = String::new();
            doc.key_into(hs, he, &mut full);
            let i = reg.add(doc.name_text(hs, he), &full, ActorKind::Person);
            reg.mention(
                i,
                doc.toks[hs].sent,
                doc.name_span(hs, he),
                "actor/name/headline-first-name",
            );
            reg.mention(i, sent, span, "actor/coref/surname");
            return;
        }
    }
    if !lexical && e == s + 1 && !may_create_single(doc, s, key, mid, t.rule) {
        return;
    }
    if let Some(i) = with_or_without_country(doc, reg, key, kind, s) {
        reg.mention(i, sent, span, "actor/coref/short-name");
        return;
    }
    if let Some(i) = shorter(doc, reg, key, kind) {
        reg.rename(i, doc.name_text(s, e), key);
        reg.mention(i, sent, span, t.rule);
        return;
    }
    let i = reg.add(doc.name_text(s, e), key, kind);
    // ", a union representing …": the apposition's noun is a name for it too.
    // Only an indefinite one: ", the brand participates" may be the next clause; or
    // one ranked by a superlative (", France's largest farm union,", ", the biggest
    // lender in the region,").
    let superlative = |k: usize| {
        doc.get(k).is_some_and(|t| {
            let w = t.low();
            t.kind == Kind::Word && !t.tags.has(Tags::CAP) && w.len() > 4 && w.ends_with("est")
        })
    };
    let ranked = (doc.word(g.end + 1, "the") && superlative(g.end + 2))
        || (doc.is(g.end + 1, Tags::POSSESSIVE) && superlative(g.end + 2))
        || (doc.word(g.end + 1, "the")
            && doc.is(g.end + 2, Tags::POSSESSIVE)
            && superlative(g.end + 3));
    let indefinite = doc.word(g.end + 1, "a") || doc.word(g.end + 1, "an") || ranked;
    // ("The Office of Rail and Road, the industry regulator, is expected …": a definite
    // one closed by a comma, no list's "and" after it.)
    let definite = doc.word(g.end + 1, "the");
    if doc.punct(g.end, ",") && (indefinite || definite) && kind != ActorKind::Person {
        let desc = (g.end + 1..(g.end + 6).min(doc.toks.len()))
            .take_while(|&k| doc.toks[k].kind == Kind::Word && doc.same_sent(g.start, k))
            .find(|&k| {
                doc.is(k, Tags::DESC) && !doc.is(k, Tags::CAP | Tags::TITLE | Tags::POSSESSIVE)
            })
            .filter(|&k| {
                indefinite
                    || (doc.punct(k + 1, ",")
                        && !doc.word(k + 2, "and")
                        && !doc.word(k + 2, "or")
                        && (g.end + 2..k).all(|m| !doc.is(m, Tags::CAP)))
            });
        if let Some(k) = desc {
            reg.add_head(i, doc.toks[k].low());
            // The apposition itself refers to the actor: ", a union representing
            // aircraft engineers, which …".
            let (_, e) = doc.sent_of(g.end);
            let stop = (k + 1..e.min(k + 10))
                .find(|&j| {
                    doc.toks[j].kind != Kind::Word
                        || matches!(doc.toks[j].low(), "which" | "who" | "that")
                })
                .unwrap_or(e.min(k + 10));
            reg.mention(i, sent, doc.span(g.end + 1, stop), "actor/coref/apposition");
        }
    }
    // "campaign group Clean Rivers": the descriptor noun names it too ("the group").
    if let Some(p) = g.start.checked_sub(1) {
        let t = &doc.toks[p];
        let noun = t.tags.has(Tags::DESC | Tags::ORG_HEAD) && !t.tags.has(Tags::CAP | Tags::TITLE);
        if noun && kind != ActorKind::Person && doc.same_sent(p, g.start) {
            reg.add_head(i, t.low());
        }
    }
    if let Some(n) = doc.get(g.end) {
        let head = Tags::ORG_HEAD | Tags::GOV_HEAD;
        if n.tags.has(head) && !n.tags.has(Tags::CAP) && doc.same_sent(g.start, g.end) {
            reg.add_head(i, n.low());
        }
    }
    if g.judge {
        reg.entries[i].role = Some("judge".to_string());
    }
    if reg.entries[i].gender == Gender::Unknown {
        reg.entries[i].gender = t.gender;
    }
    reg.mention(i, sent, span, t.rule);
}

/// The first title-case headline (the first sentence `lookup_only` marks) and its
/// full names by their last word, as [`Headline::name`] gives them.
struct Headline<'a> {
    /// Token range of the headline, if there is one.
    range: Option<(usize, usize)>,
    /// Each word's first full name in the headline, by the word (lower-cased).
    names: HashMap<&'a str, (usize, usize), Fast>,
}

impl<'a> Headline<'a> {
    fn new(doc: &Doc<'a>, lookup_only: &[bool]) -> Headline<'a> {
        let range = doc
            .sents
            .iter()
            .zip(lookup_only)
            .find(|&(_, &h)| h)
            .map(|(&r, _)| r);
        let mut names = HashMap::default();
        if let Some((a, e)) = range {
            let first = |k: usize| doc.is(k, Tags::FEMALE | Tags::MALE);
            let cap = |k: usize| doc.is(k, Tags::CAP) && !doc.is(k, Tags::FUNCTION);
            // The word at `j` (past the first: a given name stands before it); the first
            // name a word ends is the one kept, as a search from the headline's start
            // finds it.
            for j in a + 1..e {
                let name = if first(j - 1) && cap(j) {
                    Some((j - 1, j + 1))
                } else if j > a + 1 && first(j - 2) && cap(j - 1) && cap(j) {
                    Some((j - 2, j + 1))
                } else {
                    None
                };
                if let Some(name) = name {
                    names.entry(doc.toks[j].lower).or_insert(name);
                }
            }
        }
        Headline { range, names }
    }

    /// The full name in the title-case headline whose last word is the lone word at
    /// `s` (outside the headline): a common given name, at most one more capitalised
    /// word, then that word ("Melinda Quarrie", "Debra Ann Quarrie"). Token range of
    /// the name.
    fn name(&self, doc: &Doc, s: usize) -> Option<(usize, usize)> {
        let (a, e) = self.range?;
        if (a..e).contains(&s) {
            return None;
        }
        self.names.get(doc.toks[s].low()).copied()
    }
}

/// Entries with `word` in their name, oldest first.
fn candidates<'r>(reg: &'r Registry, word: &str) -> impl Iterator<Item = usize> + 'r {
    reg.with_word(word).iter().copied()
}

/// Whether the last word of an organisation's name can name it alone: "Rovers" for
/// "Harwick Rovers", but not a head such as "Holdings", "Council" or "Ministry", which
/// many bodies share, nor a common noun for people ("Nurses" of "Guild of Ward Nurses"),
/// nor a word the article also writes in lower case ("Patriot Coal" … "coal companies":
/// "Coal" in a title-case line is the commodity).
fn distinctive_tail(doc: &Doc, kind: ActorKind, word: &str) -> bool {
    distinctive_tail_word(kind, word) && !doc.writes_lower(word)
}

fn distinctive_tail_word(kind: ActorKind, word: &str) -> bool {
    let heads = Tags::ORG_HEAD
        | Tags::GOV_HEAD
        | Tags::LEGAL
        | Tags::MEDIA_HEAD
        | Tags::DESC
        | Tags::GROUP_NOUN
        | Tags::TITLE
        | Tags::FUNCTION;
    kind == ActorKind::Organization && !classes::word_tags(word).has(heads)
}

/// An actor registered earlier under a shorter form of `key`: a person by the surname
/// alone ("President Osei" before "Ama Osei"), a body by its first words, or an
/// organisation by a distinctive last word ("Rovers" before "Harwick Rovers").
fn shorter(doc: &Doc, reg: &Registry, key: &str, kind: ActorKind) -> Option<usize> {
    // The registry's byte scanner, not the general splitter: keys are short.
    let words = Few::collect(super::registry::words_of(key));
    let words = words.as_slice();
    if kind == ActorKind::Organization && words.len() > 1 {
        let last = words.last().copied().unwrap_or_default();
        let tail = candidates(reg, last).find(|&i| {
            let e = &reg.entries[i];
            e.kind == kind && &*e.key == last
        });
        if tail.is_some() && distinctive_tail(doc, kind, last) {
            return tail;
        }
    }
    // "Ban Ki-moon" after "Mr. Ban": a surname written first, before a hyphenated
    // given name, is the one word already known.
    if let [surname, given] = *words {
        let hyphenated = given
            .split_once('-')
            .is_some_and(|(_, t)| (2..=4).contains(&t.len()));
        if kind == ActorKind::Person && hyphenated {
            let found = candidates(reg, surname).find(|&i| {
                let e = &reg.entries[i];
                e.kind == kind && e.word_count() == 1 && e.first_word() == surname
            });
            if found.is_some() {
                return found;
            }
        }
    }
    // "Kaveri Pharmaceuticals" after "Kaveri Pharma": the same name with its last word
    // written out is the same body (the longer name is its name).
    if kind == ActorKind::Organization && words.len() >= 2 {
        let found = candidates(reg, words[0]).find(|&i| {
            let e = &reg.entries[i];
            e.kind == kind && clipped(e.words(), words.iter().copied())
        });
        if found.is_some() {
            return found;
        }
    }
    let probe = if kind == ActorKind::Person {
        words.last()
    } else {
        words.first()
    };
    candidates(reg, probe?).find(|&i| {
        let e = &reg.entries[i];
        if e.kind != kind || e.word_count() >= words.len() {
            return false;
        }
        match kind {
            ActorKind::Person => {
                e.word_count() == 1 && words.last().copied() == Some(e.first_word())
            }
            ActorKind::Group => false,
            _ => {
                e.words().zip(words).all(|(a, b)| a == *b)
                    && words[e.word_count()..].iter().all(|x| {
                        classes::word_tags(x)
                            .has(Tags::ORG_HEAD | Tags::GOV_HEAD | Tags::LEGAL | Tags::MEDIA_HEAD)
                    })
            }
        }
    })
}

/// "The U.S. Justice Department … The Justice Department", and the other way round: a
/// government body's name after a country's is the body named without it.
fn with_or_without_country(
    doc: &Doc,
    reg: &Registry,
    key: &str,
    kind: ActorKind,
    s: usize,
) -> Option<usize> {
    if kind != ActorKind::Government {
        return None;
    }
    let words = Few::collect(super::registry::words_of(key));
    let words = words.as_slice();
    let body = |e: &super::registry::Entry| {
        e.kind == kind && classes::word_tags(e.head_word()).has(Tags::GOV_HEAD)
    };
    if doc.is(s, Tags::COUNTRY) && words.len() >= 3 {
        let rest = key.split_once(' ')?.1;
        return reg.get(rest).filter(|&i| body(&reg.entries[i]));
    }
    if words.len() < 2 {
        return None;
    }
    candidates(reg, words[0]).find(|&i| {
        let e = &reg.entries[i];
        body(e)
            && e.word_count() == words.len() + 1
            && e.first_word() != words[0]
            && classes::word_tags(e.first_word()).has(Tags::COUNTRY)
            && e.words().skip(1).eq(words.iter().copied())
    })
}

/// Whether `short` is `long` with its last word clipped: as many words, the same but
/// the last, whose shorter form of four letters or more begins the longer one by at
/// least two letters ("Kaveri Pharma" of "Kaveri Pharmaceuticals", "Orbis Tech" of
/// "Orbis Technologies").
fn clipped<'a, 'b>(
    mut short: impl Iterator<Item = &'a str>,
    mut long: impl Iterator<Item = &'b str>,
) -> bool {
    let mut n = 0;
    let mut last = ("", "");
    loop {
        match (short.next(), long.next()) {
            (Some(a), Some(b)) => {
                if n > 0 && last.0 != last.1 {
                    return false;
                }
                last = (a, b);
                n += 1;
            }
            (None, None) => break,
            _ => return false,
        }
    }
    let (a, b) = last;
    n >= 2 && a.len() >= 4 && b.len() >= a.len() + 2 && b.starts_with(a)
}

/// Whether a lone word typed only by its context may become an actor: not a given name
/// ("Donald" alone is a later mention of someone or nothing), not a noun for people or
/// bodies ("Critics said"), and a sentence's first word only when the article also
/// capitalises it mid-sentence or it is the subject of a speech verb, a role's owner or a
/// conjunct of a known body, and does not look like a plural common noun ("Zenco said",
/// but not "Reports suggested").
fn may_create_single<'m>(
    doc: &Doc,
    s: usize,
    key: &str,
    mid: &LazyCell<Vec<&'m str>, impl FnOnce() -> Vec<&'m str>>,
    rule: &str,
) -> bool {
    let common = Tags::FEMALE | Tags::MALE | Tags::GROUP_NOUN | Tags::DESC | Tags::TITLE;
    if doc.is(s, common) {
        return false;
    }
    if !doc.starts_sentence(s) || mid.binary_search(&key).is_ok() {
        return true;
    }
    let plural = key.ends_with('s') && !doc.is(s, Tags::ALL_CAPS);
    // "Zenco said", "Zenco's chief executive, …", "Zenco and Ostra said", "Zenco shares
    // fell", "Dawn newspaper reported": a speech verb's subject, a role's owner, a
    // conjunct of a known body, a traded company, an outlet named by its noun.
    let strong = matches!(
        rule,
        "actor/name/subject"
            | "actor/name/possessive-role"
            | "actor/name/coordination"
            | "actor/name/market"
            | "actor/name/outlet-noun"
    );
    // "Zenco, the country's biggest grocer, said", "Zenco, which owns …": a closed
    // apposition of a body's noun, or a relative clause, names the word ("Brightwells"
    // keeps its s), but an adverb ("Privately, the regulator, Orrin, said") is none:
    // an "-ly" word counts only where a verb follows the apposition ("Swiftly, the
    // ride-hailing platform …, said").
    let verb_next = || {
        let (_, e) = doc.sent_of(s);
        (s + 2..e)
            .find(|&k| doc.punct(k, ","))
            .is_some_and(|c| doc.is(c + 1, Tags::VERB) && !doc.is(c + 1, Tags::CAP))
    };
    let adverb = key.ends_with("ly") && !verb_next();
    let described = rule == "actor/name/apposition" && closed_apposition(doc, s);
    strong && !plural || !adverb && (described || rule == "actor/name/which" && !plural)
}

/// Whether the comma after word `s` opens an apposition whose body noun is closed by a
/// second comma or goes on in a clause (", the country's biggest grocer,", ", a union
/// representing nurses", ", the platform that leads the market").
fn closed_apposition(doc: &Doc, s: usize) -> bool {
    let closes = |k: usize| {
        doc.punct(k, ",")
            || doc.get(k).is_some_and(|t| {
                t.kind == Kind::Word
                    && (t.low().ends_with("ing") || matches!(t.low(), "that" | "which" | "whose"))
            })
    };
    doc.punct(s + 1, ",")
        && (s + 2..(s + 9).min(doc.toks.len()))
            .take_while(|&k| doc.same_sent(s, k) && !doc.punct(k, ","))
            .any(|k| doc.is(k, Tags::DESC) && closes(k + 1))
}

fn short_rule(doc: &Doc, g: &Seg, reg: &Registry, i: usize) -> &'static str {
    let e = &reg.entries[i];
    if e.kind == ActorKind::Person {
        let first = Some(e.first_word());
        if g.end == g.start + 1 && first == Some(doc.toks[g.start].low()) {
            "actor/coref/first-name"
        } else {
            "actor/coref/surname"
        }
    } else if g.end == g.start + 1
        && doc.is(g.start, Tags::ALL_CAPS)
        && acronym_of(reg, doc.toks[g.start].low()) == Some(i)
    {
        "actor/coref/acronym"
    } else {
        "actor/coref/short-name"
    }
}

/// Joins an untyped segment to a known actor, if one fits.
fn link(doc: &Doc, g: &Seg, reg: &mut Registry, buf: &mut String) {
    let (s, e) = name_range(doc, g);
    let key = doc.key_in(s, e, buf);
    let found = reg
        .get(key)
        .map(|i| (i, "actor/name/known"))
        .or_else(|| existing(doc, g, reg, None).map(|i| (i, short_rule(doc, g, reg, i))));
    let found = found.or_else(|| {
        let i = fuller_name(doc, (s, e), reg)?;
        reg.rename(i, doc.name_text(s, e), key);
        Some((i, "actor/name/full-form"))
    });
    if let Some((i, rule)) = found {
        let short = rule == "actor/coref/short-name";
        if short && (place_prefix(doc, g, reg.entries[i].kind) || dateline(doc, g)) {
            return;
        }
        reg.mention(
            i,
            doc.toks[g.start].sent,
            doc.name_span(g.start, g.end),
            rule,
        );
    }
}

/// "Harwick Rovers" where "Rovers said" made a body of the one word: a name of two or
/// three capitalised words ending in a one-word organisation's name is its full name
/// (not after a possessive, "Acme's Rovers"; not with a country, nationality, party,
/// month or given name among its words, "Virginia Democrats"; not a person's, a
/// government's or an outlet's one word, which the lexicon or a title names whole).
fn fuller_name(doc: &Doc, (s, e): (usize, usize), reg: &Registry) -> Option<usize> {
    if !(s + 2..=s + 3).contains(&e) {
        return None;
    }
    let plain = |k: usize| {
        doc.is(k, Tags::CAP)
            && doc.toks[k].kind == Kind::Word
            && !doc.is(
                k,
                Tags::FUNCTION
                    | Tags::TITLE
                    | Tags::POSSESSIVE
                    | Tags::ALL_CAPS
                    | Tags::DESC
                    | Tags::COUNTRY
                    | Tags::DEMONYM
                    | Tags::PARTY
                    | Tags::MONTH
                    | Tags::NOT_ACTOR
                    | Tags::FEMALE
                    | Tags::MALE,
            )
    };
    // (At a sentence's start a capitalised word may be a common noun: "Sprinter
    // Mthembu-Roux".)
    if doc.starts_sentence(s) || !(s..e).all(plain) || (s > 0 && doc.is(s - 1, Tags::POSSESSIVE)) {
        return None;
    }
    let i = reg.get(doc.toks[e - 1].low())?;
    let entry = &reg.entries[i];
    (entry.kind == ActorKind::Organization && entry.word_count() == 1).then_some(i)
}

/// "in Porto" for "Porto Atlântico": one word of a body's name after a locative
/// preposition names the place the body is called after, not the body. A newspaper is
/// named after its town ("Eastbrook Gazette"), so after any preposition ("the mayor of
/// Eastbrook") its first word is the town; its short name is its last ("the Gazette").
fn place_prefix(doc: &Doc, g: &Seg, kind: ActorKind) -> bool {
    let after = |k: usize| {
        g.end == g.start + 1 && g.start > 0 && doc.same_sent(g.start - 1, g.start) && {
            let p = doc.toks[g.start - 1].low();
            matches!(p, "in" | "near") || (k == 1 && doc.is(g.start - 1, Tags::PREP))
        }
    };
    after(usize::from(kind == ActorKind::Media))
}

/// Whether the segment is the place of a dateline ("LEEDS, March 3 -"), which names
/// the town, not a body called after it.
fn dateline(doc: &Doc, g: &Seg) -> bool {
    let (a, e) = doc.sent_of(g.start);
    g.start == a && super::places::dateline_at(doc, a, e).is_some_and(|(run, _)| g.end <= a + run)
}

/// An all-capitals word, or a short one with two capitals or more and small letters
/// between ("DfT", "BaFin").
fn short_form(doc: &Doc, k: usize) -> bool {
    let text = doc.toks[k].span.text(doc.text);
    doc.is(k, Tags::ALL_CAPS)
        || ((2..=6).contains(&text.len())
            && text.bytes().all(|b| b.is_ascii_alphabetic())
            && text.as_bytes()[0].is_ascii_uppercase()
            && text.bytes().filter(u8::is_ascii_uppercase).count() >= 2)
}

/// "Ghana Cocoa Board (COCOBOD)", "Thompson-Nicola Regional District (TNRD)": an
/// all-capitals word in brackets right after a name, whose letters run in order through
/// the name's from the initial of one of its words, is the name's short form: its actor
/// (one of its own, or none yet) joins the name's, which is a body, not a person.
pub fn bracketed_acronyms(doc: &Doc, segs: &[Seg], reg: &mut Registry) {
    // Which entry holds a mention at each span, built at the first bracketed pair (most
    // articles have none) and kept up to date as entries merge: one table, not a scan
    // of every mention a pair, which made a text of many pairs quadratic.
    let mut owner: Option<HashMap<(usize, usize), usize, Fast>> = None;
    // The short forms found, for their later uses.
    let mut short: HashMap<&str, usize, Fast> = HashMap::default();
    for pair in segs.windows(2) {
        let (name, acr) = (&pair[0], &pair[1]);
        let bracketed = acr.end == acr.start + 1
            && acr.start == name.end + 1
            && doc.punct(name.end, "(")
            && doc.punct(acr.end, ")")
            && short_form(doc, acr.start);
        if !bracketed {
            continue;
        }
        let letters = doc.toks[acr.start].low().as_bytes();
        let words = Few::collect(
            (name.start..name.end)
                .filter(|&k| doc.toks[k].kind == Kind::Word)
                .map(|k| doc.toks[k].low()),
        );
        // ("Chamber of Civil Engineers (IMO)": a body's name of two words or more may
        // take its own language's initials; a person's, "Jane Doe (NY)", takes none.)
        let foreign = words.as_slice().len() >= 2;
        if letters.len() < 2 || !(runs_through(letters, words.as_slice()) || foreign) {
            continue;
        }
        let owner = owner.get_or_insert_with(|| {
            let n = reg.entries.iter().map(|e| e.mentions.len()).sum();
            let mut m = HashMap::with_capacity_and_hasher(n, Fast::default());
            for (i, e) in reg.entries.iter().enumerate() {
                for x in &e.mentions {
                    m.insert((x.span.start, x.span.end), i);
                }
            }
            m
        });
        let key = |span: Span| (span.start, span.end);
        let Some(&a) = owner.get(&key(doc.name_span(name.start, name.end))) else {
            continue;
        };
        let body = matches!(
            reg.entries[a].kind,
            ActorKind::Organization | ActorKind::Government
        );
        if !runs_through(letters, words.as_slice()) && !body {
            continue;
        }
        let span = doc.name_span(acr.start, acr.end);
        match owner.get(&key(span)).copied() {
            Some(b) if b != a => {
                for m in &reg.entries[b].mentions {
                    owner.insert(key(m.span), a);
                }
                reg.merge_into(b, a);
            }
            Some(_) => {}
            None => {
                reg.mention(a, doc.toks[acr.start].sent, span, "actor/coref/acronym");
                reg.alias(doc.toks[acr.start].low(), a);
                owner.insert(key(span), a);
            }
        }
        if reg.entries[a].kind == ActorKind::Person {
            reg.entries[a].kind = ActorKind::Organization;
        }
        short.insert(doc.toks[acr.start].lower, a);
    }
    // The short forms' other uses that no rule took ("KECOBOD later denied it").
    let Some(owner) = owner.filter(|_| !short.is_empty()) else {
        return;
    };
    for g in segs.iter().filter(|g| g.end == g.start + 1) {
        let Some(&a) = short.get(doc.toks[g.start].lower) else {
            continue;
        };
        let span = doc.name_span(g.start, g.end);
        if !owner.contains_key(&(span.start, span.end)) {
            reg.mention(a, doc.toks[g.start].sent, span, "actor/coref/acronym");
        }
    }
}

/// Whether `letters` run in order through the letters of `words`, starting at the
/// initial of one of them ("cocobod" through "ghana cocoa board", "tnrd" through
/// "thompson-nicola regional district").
fn runs_through(letters: &[u8], words: &[&str]) -> bool {
    (0..words.len()).any(|w| {
        words[w].as_bytes().first() == letters.first() && {
            let mut rest = letters.iter().peekable();
            for b in words[w..].iter().flat_map(|w| w.bytes()) {
                if rest.peek() == Some(&&b) {
                    rest.next();
                }
            }
            rest.peek().is_none()
        }
    })
}

/// The body whose mention ends right before "known as" (and its comma) that opens
/// segment `g`.
fn named_before(doc: &Doc, g: &Seg, reg: &mut Registry) -> Option<usize> {
    let k = g.start.checked_sub(2)?;
    if !(doc.word(k, "known") && doc.word(k + 1, "as")) {
        return None;
    }
    let b = if k > 0 && doc.punct(k - 1, ",") {
        k - 1
    } else {
        k
    };
    let end = doc.toks.get(b.checked_sub(1)?)?.span.end;
    reg.ending_at(end, |e| is_body(e.kind))
}

/// "NTSB" for the National Transportation Safety Board, "NUCT" for the National Union
/// of Classroom Teachers, "AOSIS" for the Alliance of Small Island States, "FDA" for
/// the U.S. Food and Drug Administration: a body of two words or more whose initials
/// spell `word` (lower-cased), each small word ("of", "for", "and", "the", "on") in or
/// out, and a leading abbreviation with periods ("U.S.") out if need be.
fn acronym_of(reg: &Registry, word: &str) -> Option<usize> {
    if !(2..=6).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let letters = word.as_bytes();
    let spelled = |i: usize| acronym_names(letters, &reg.entries[i]);
    // A long registry gives the entries whose initials the letters may spell, each
    // list in order: the first of each list spelled, then the first of those.
    match reg.spellers(letters) {
        Some(lists) => lists
            .filter_map(|l| l.iter().copied().find(|&i| spelled(i)))
            .min(),
        None => (0..reg.entries.len()).find(|&i| spelled(i)),
    }
}

/// Whether the acronym `letters` names entry `e` (see [`acronym_of`]).
fn acronym_names(letters: &[u8], e: &Entry) -> bool {
    // (Every word spells one letter at most: a cheap test first.)
    if !is_body(e.kind) || e.word_count() < 2 || e.word_count() < letters.len() {
        return false;
    }
    let key: &str = &e.key;
    let dotted = e.word_count() > 2 && e.first_word().contains('.');
    spells(letters, key)
        || (dotted
            && key
                .split_once(' ')
                .is_some_and(|(_, rest)| spells(letters, rest)))
}

/// Whether the letters spell the initials of the words of `key` (joined by single
/// spaces), each small word optional.
pub(super) fn spells(letters: &[u8], key: &str) -> bool {
    if key.is_empty() {
        return letters.is_empty();
    }
    let (w, rest) = key.split_once(' ').unwrap_or((key, ""));
    let small = super::registry::acronym_small_word(w);
    let first = w.as_bytes().first();
    let used = letters.first().is_some_and(|b| Some(b) == first) && spells(&letters[1..], rest);
    used || (small && spells(letters, rest))
}

/// Whether an actor of `kind` is a body (an organisation, a government or an outlet),
/// not a person or a group.
fn is_body(kind: ActorKind) -> bool {
    matches!(
        kind,
        ActorKind::Organization | ActorKind::Government | ActorKind::Media
    )
}

/// A known actor the segment names in short: a person by surname (the most recently
/// mentioned one, or the first for "the elder X"), an organisation by the first words
/// of its name or by its first and last words ("Bristol council").
fn existing(doc: &Doc, g: &Seg, reg: &Registry, want: Option<ActorKind>) -> Option<usize> {
    // The segment's words (as [`kinds::words`]) without legal suffixes, lower-cased.
    let is_word = |k: &usize| doc.toks[*k].kind != Kind::Punct && !doc.is(*k, Tags::LEGAL);
    let first = doc.toks[(g.start..g.end).find(is_word)?].low();
    let person_ok = want.is_none_or(|k| k == ActorKind::Person);
    if g.end == g.start + 1 && doc.is(g.start, Tags::ALL_CAPS) && want != Some(ActorKind::Person) {
        if let Some(i) = acronym_of(reg, first) {
            return Some(i);
        }
    }
    // "Tom Whitacre" for Thomas Whitacre: the same surname after a familiar form of the
    // given name (a name of two words; the lexicon's forms only).
    if person_ok && g.end >= g.start + 2 {
        // On the stack, as the name's words below (no list a segment).
        let words = Few::collect((g.start..g.end).filter(is_word).map(|k| doc.toks[k].low()));
        if let [given, surname] = *words.as_slice() {
            let found = candidates(reg, surname).find(|&i| {
                let e = &reg.entries[i];
                e.kind == ActorKind::Person
                    && e.word_count() == 2
                    && e.last_word() == surname
                    && e.first_word() != given
                    && classes::same_given_name(e.first_word(), given)
            });
            if found.is_some() {
                return found;
            }
        }
    }
    // Every test below wants an entry holding the first word or a particle first:
    // most new names have neither, and need no word list. Looked up once for both tests.
    let on_first = reg.with_word(first);
    if !(person_ok && super::names::particle(first)) && on_first.is_empty() {
        return None;
    }
    let ws = Few::collect((g.start..g.end).filter(is_word).map(|k| doc.toks[k].low()));
    let ws = ws.as_slice();
    let pos = doc.toks[g.start].span.start;
    // "De Wit" for "Bram de Wit": a surname with its particle; "Boateng Darko" for
    // "Yaw Boateng Darko": a surname of two words (no given name first).
    let surnames = super::names::particle(ws[0]) || !doc.is(g.start, Tags::FEMALE | Tags::MALE);
    if ws.len() >= 2 && person_ok && surnames {
        let found = candidates(reg, ws[ws.len() - 1]).find(|&i| {
            let e = &reg.entries[i];
            let n = e.word_count();
            e.kind == ActorKind::Person
                && n > ws.len()
                && e.words().skip(n - ws.len()).zip(ws).all(|(a, b)| a == *b)
        });
        if found.is_some() {
            return found;
        }
    }
    // Every test below wants an entry holding the first word: most new names have none.
    if on_first.is_empty() {
        return None;
    }
    if ws.len() == 1 && person_ok {
        let elder = g.start > 0 && doc.word(g.start - 1, "elder");
        // "Mrs. Clinton" is not Bill Clinton: an honorific's gender must agree.
        let person = |i: &usize| {
            let e = &reg.entries[*i];
            e.kind == ActorKind::Person
                && e.word_count() >= 2
                && (g.gender == Gender::Unknown
                    || e.gender == Gender::Unknown
                    || e.gender == g.gender)
        };
        // Iterators, not lists: the first, the most recent and the only one need none.
        // "Salazar" for "Rodrigo Salazar Quispe": of a given name and two surnames,
        // the first surname names the person too (a middle given name does not).
        // Only where no one has it as last word.
        let given = doc.is(g.start, Tags::FEMALE | Tags::MALE);
        let last = |i: usize| reg.entries[i].last_word() == ws[0];
        let middle = |i: usize| {
            let e = &reg.entries[i];
            !given && e.word_count() == 3 && e.words().nth(1) == Some(ws[0])
        };
        let any_last = on_first.iter().any(|&i| person(&i) && last(i));
        let mut people = on_first
            .iter()
            .copied()
            .filter(|i| person(i) && if any_last { last(*i) } else { middle(*i) });
        let pick = if elder {
            people.next()
        } else {
            people.max_by_key(|&i| reg.last_mention_before(i, pos))
        };
        // "Hoshino is considering a buyback" after "Hoshino Precision Industries" and
        // before "President Akiko Hoshino": a word that opened a body's name already
        // written names that body, not a person the article has yet to introduce.
        let body_first = || {
            on_first.iter().copied().find(|&i| {
                let e = &reg.entries[i];
                is_body(e.kind)
                    && e.word_count() > 1
                    && e.first_word() == ws[0]
                    && reg.last_mention_before(i, pos).is_some()
            })
        };
        if let Some(p) = pick {
            if reg.last_mention_before(p, pos).is_none() {
                if let Some(b) = body_first() {
                    return Some(b);
                }
            }
            return pick;
        }
        let mut by_first = on_first
            .iter()
            .copied()
            .filter(|i| person(i) && reg.entries[*i].first_word() == ws[0]);
        if let (Some(only), None) = (by_first.next(), by_first.next()) {
            return Some(only);
        }
    }
    if want == Some(ActorKind::Person) {
        return None;
    }
    // "the Forum" for the Georgia Budget Forum: a body's head word after "the", where
    // only one known body ends in it.
    let the = g.start > 0 && doc.word(g.start - 1, "the");
    if ws.len() == 1 && the {
        let mut bodies = on_first.iter().copied().filter(|&i| {
            let e = &reg.entries[i];
            is_body(e.kind)
                && e.word_count() > 1
                && e.last_word() == ws[0]
                && e.head_word() == ws[0]
        });
        if let (Some(only), None) = (bodies.next(), bodies.next()) {
            return Some(only);
        }
    }
    on_first.iter().copied().find(|&i| {
        let e = &reg.entries[i];
        let n = e.word_count();
        // Each test below is a closure, called only where the cheaper ones before it
        // hold: most candidates fail on their kind or length, before any lexicon
        // lookup.
        // "Quarrie" is no short name of the Quarrie campaign or administration: a body
        // named after someone leaves the name to that someone.
        let body = || is_body(e.kind) && !matches!(e.last_word(), "campaign" | "administration");
        // "Police chief resigns" is no short name of "Police Federation": a lone head
        // or description word names no one in particular, unless it is the name's own
        // head ("the Guild" for "Guild of Ward Nurses").
        let generic = || {
            ws.len() == 1
                && e.head_word() != ws[0]
                && classes::word_tags(ws[0]).has(
                    Tags::ORG_HEAD
                        | Tags::GOV_HEAD
                        | Tags::MEDIA_HEAD
                        | Tags::DESC
                        | Tags::GROUP_NOUN,
                )
        };
        // ("Delgado Whitfield" for "Delgado Whitfield & Partners": an ampersand
        // before the head.)
        let heads_only = || {
            ws.len() == 1
                || (ws.len() <= n
                    && e.words().skip(ws.len()).all(|x| {
                        x == "&"
                            || classes::word_tags(x).has(
                                Tags::ORG_HEAD | Tags::GOV_HEAD | Tags::LEGAL | Tags::MEDIA_HEAD,
                            )
                    }))
        };
        let tail = || {
            ws.len() == 1
                && n > 1
                && Some(e.last_word()) == ws.first().copied()
                && (e.kind == ActorKind::Media || distinctive_tail(doc, e.kind, ws[0]))
                && !super::spread::modifies_noun(doc, g.end)
        };
        // "Hollings Center" for "Hollings Center for Economic Policy": the name up to
        // its head, before the "for" or "of" of its field.
        let field = || {
            ws.len() >= 2
                && e.words()
                    .nth(ws.len())
                    .is_some_and(|w| matches!(w, "of" | "for" | "on"))
                && classes::word_tags(ws[ws.len() - 1])
                    .has(Tags::ORG_HEAD | Tags::GOV_HEAD | Tags::MEDIA_HEAD)
        };
        // "Exportadora Andina" for "Exportadora Andina de Café": a company's name up to
        // the Romance "de" of its trade or place.
        let romance = || {
            ws.len() >= 2
                && e.kind == ActorKind::Organization
                && want.is_none_or(|k| k == ActorKind::Organization)
                && e.words()
                    .nth(ws.len())
                    .is_some_and(|w| matches!(w, "de" | "del" | "da" | "do" | "di" | "des" | "du"))
        };
        // "Southern Cross" for Southern Cross Copper: a company's name without its one
        // last word, where that word is no head of a body of its own ("Harford City"
        // is not the Harford City Supporters' Trust).
        let prefix = || {
            ws.len() >= 2
                && n == ws.len() + 1
                && e.kind == ActorKind::Organization
                && want.is_none_or(|k| k == ActorKind::Organization)
                && !classes::word_tags(e.last_word()).has(
                    Tags::ORG_HEAD
                        | Tags::GOV_HEAD
                        | Tags::MEDIA_HEAD
                        | Tags::DESC
                        | Tags::GROUP_NOUN
                        | Tags::POSSESSIVE,
                )
        };
        // "Kaveri Pharma" after "Kaveri Pharmaceuticals": the name with its last word
        // clipped.
        let clipped_of = || {
            e.kind == ActorKind::Organization
                && want.is_none_or(|k| k == ActorKind::Organization)
                && n == ws.len()
                && clipped(ws.iter().copied(), e.words())
        };
        // "the Coastal Liberals" for the Coastal Liberal Party: the party's members,
        // its name's word before "Party" in the plural.
        let members = || {
            n == ws.len() + 1
                && e.kind == ActorKind::Organization
                && e.last_word() == "party"
                && e.words().zip(ws).enumerate().all(|(k, (a, b))| {
                    if k + 1 == ws.len() {
                        b.strip_suffix('s') == Some(a)
                    } else {
                        a == *b
                    }
                })
        };
        // "Chhattisgarh" is not the Chhattisgarh Hotels and Restaurants Association,
        // nor "Kenya" the Kenya Conference of Catholic Bishops: an association's first
        // word, with more words before its head, is the place or trade it is of (a
        // council is its place's: "Bristol" for Bristol City Council).
        let association_of = || {
            ws.len() == 1
                && n > 2
                && e.head_word() != ws[0]
                && e.head_word() != "council"
                && super::names::association_head(e.head_word())
                // (Of members or of something: "Hotels and Restaurants", "Order of
                // Police"; "Horizon Golf League" is Horizon's.)
                && (e
                    .words()
                    .skip(1)
                    .take_while(|&w| w != e.head_word())
                    .any(|w| super::names::plural_noun(w.trim_end_matches(['\'', '’'])))
                    || e.words().skip_while(|&w| w != e.head_word()).nth(1) == Some("of"))
        };
        tail()
            || clipped_of()
            || members()
            || n > ws.len()
                && body()
                && !association_of()
                && ((e.words().zip(ws).all(|(a, b)| a == *b)
                    && (heads_only() || field() || prefix() || romance())
                    && !generic())
                    || (ws.len() == 2
                        && Some(e.first_word()) == ws.first().copied()
                        && Some(e.last_word()) == ws.last().copied()))
    })
}

/// Up to eight words on the stack, more in a list: most names are short, and a name's
/// words are listed for every segment that may name a known actor.
enum Few<'a> {
    Inline([&'a str; 8], usize),
    Heap(Vec<&'a str>),
}

impl<'a> Few<'a> {
    fn collect(mut items: impl Iterator<Item = &'a str>) -> Few<'a> {
        let mut inline = [""; 8];
        let mut n = 0;
        while let Some(w) = items.next() {
            if n == inline.len() {
                let mut v = inline.to_vec();
                v.push(w);
                v.extend(items);
                return Few::Heap(v);
            }
            inline[n] = w;
            n += 1;
        }
        Few::Inline(inline, n)
    }

    fn as_slice(&self) -> &[&'a str] {
        match self {
            Few::Inline(a, n) => a.get(..*n).unwrap_or_default(),
            Few::Heap(v) => v,
        }
    }
}

/// Countries: an actor when one of its mentions acts, then every mention joins it.
fn countries(doc: &Doc, segs: &[Seg], types: &[Option<Typed>], reg: &mut Registry) {
    let country = |t: &Option<Typed>| match t {
        Some(Typed {
            ty: Type::Country(c),
            ..
        }) => Some(*c),
        _ => None,
    };
    let mut acting: Vec<&'static str> = Vec::new();
    for (g, t) in segs.iter().zip(types) {
        if let Some(c) = country(t) {
            if acts(doc, g) && !acting.contains(&c) {
                acting.push(c);
            }
        }
    }
    for (g, t) in segs.iter().zip(types) {
        let Some(c) = country(t) else { continue };
        if !acting.contains(&c) {
            continue;
        }
        let i = match reg.get(c) {
            Some(i) => i,
            None => {
                let (s, e) = name_range(doc, g);
                let name = country_name(doc.name_text(s, e), &doc.key(s, e), c);
                reg.add(&name, c, ActorKind::Government)
            }
        };
        reg.mention(
            i,
            doc.toks[g.start].sent,
            doc.name_span(g.start, g.end),
            "actor/name/country",
        );
    }
}

/// Whether a country mention acts: the subject of a verb, a possessive before a noun,
/// or before "government"/"officials"; never after a preposition.
fn acts(doc: &Doc, g: &Seg) -> bool {
    if let Some(p) = g.start.checked_sub(1) {
        let q = if doc.word(p, "the") && p > 0 {
            p - 1
        } else {
            p
        };
        if doc.same_sent(q, g.start) && doc.is(q, Tags::PREP) {
            return false;
        }
    }
    let mut n = g.end;
    let last = g.end - 1;
    if doc.is(last, Tags::POSSESSIVE) {
        return doc
            .get(n)
            .is_some_and(|t| t.kind == Kind::Word && !t.tags.has(Tags::CAP));
    }
    // "France, Spain and Kenya were preparing …": a list of countries acts together.
    while (doc.punct(n, ",") || doc.word(n, "and"))
        && doc.is(n + 1, Tags::COUNTRY)
        && doc.same_sent(n, n + 1)
    {
        n += 1;
        let stop = n + 3;
        while n < stop && doc.is(n, Tags::CAP) && !doc.is(n, Tags::POSSESSIVE) {
            n += 1;
        }
    }
    // "Saudi Arabia, speaking for the Arab Group, rejected …": past a participle's
    // phrase between commas.
    if doc.punct(n, ",") && doc.get(n + 1).is_some_and(|t| t.lower.ends_with("ing")) {
        let (_, e) = doc.sent_of(n);
        if let Some(c) = (n + 2..e.min(n + 14)).find(|&k| doc.punct(k, ",")) {
            n = c + 1;
        }
    }
    let past = |k: usize| {
        doc.get(k).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.tags.has(Tags::CAP | Tags::FUNCTION)
                && t.lower.ends_with("ed")
        })
    };
    // "China is reportedly willing to …", "Kenya was preparing …": a form of "be"
    // before a hedge, a readiness or a verb's "-ing" is acting too ("Peru is a
    // country" is not).
    let be = matches!(
        doc.get(n).map(|t| t.lower),
        Some("is" | "was" | "are" | "were")
    );
    let acting = be
        && doc.get(n + 1).is_some_and(|t| {
            matches!(
                t.lower,
                "reportedly" | "willing" | "prepared" | "ready" | "poised" | "set" | "expected"
            ) || (t.lower.ends_with("ing") && !t.tags.has(Tags::CAP | Tags::FUNCTION))
        });
    kinds::verb_follows(doc, n, true)
        || past(n)
        || acting
        || doc.word(n, "government")
        || doc.word(n, "officials")
}

/// The name a country's actor takes: as written where the writing (`key`, lower-cased)
/// spells the canonical country `c`, else the canonical name in title case ("U.S." →
/// "United States").
pub fn country_name(written: &str, key: &str, c: &str) -> String {
    if key == c {
        written.to_string()
    } else {
        title_case(c)
    }
}

/// "united states" → "United States".
pub fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests;
