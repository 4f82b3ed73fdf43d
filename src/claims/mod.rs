//! Claims: tagged tokens and actors in, attributions and proposals out.
//!
//! The rules run over one flat vector of tagged tokens (`toks`): quotation marks are
//! paired per paragraph and tied to a cue before, after or around them (`quotes`);
//! cue verbs from the lexicon give indirect speech with its subject and content
//! (`indirect`); "according to", passives with "by", "reportedly"-style hedges and
//! nominal cues have their own rules (`forms`); proposals come from proposal verbs and
//! nouns (`proposals`). Every item names the rule that found it (`rules`), whose
//! examples a test replays. Sources are resolved to actors with
//! [`Actors::resolve`]; the span as written is always kept.
//!
//! This stage does not find actors and does not resolve pronouns itself.

mod apposition;
mod forms;
mod indirect;
pub mod lex;
mod mixed;
mod phrase;
mod proposals;
mod quotes;
pub mod rules;
mod toks;

use std::ops::Range;

use crate::actors::Actors;
use crate::document::{Form, Polarity, Stance};
use crate::lexed::Lexed;
use crate::sentences::Sentence;
use crate::span::Span;
use crate::tokens::Token;
use crate::Config;
use lex::{w, CueClass, Lexicon};
use toks::Doc;

/// Who said what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// Index of the sentence holding the cue.
    pub sentence: usize,
    /// Index of the source actor, if resolved.
    pub source: Option<usize>,
    /// The source mention as written (a pronoun included).
    pub source_span: Option<Span>,
    /// The cue as written.
    pub cue: Span,
    /// The content, without surrounding quote marks or a leading "that".
    pub content: Span,
    /// Direct, indirect, mixed, according_to or reportedly.
    pub form: Form,
    /// Reported with a hedge ("reportedly", "could", "preliminary").
    pub hedged: bool,
    /// Negative for denials, rejections and dismissals.
    pub polarity: Polarity,
    /// Praise, support, criticism or opposition, where the cue says so.
    pub stance: Option<Stance>,
    /// Index of the attribution whose content holds this one.
    pub parent: Option<usize>,
    /// Id of the rule that found it.
    pub rule: &'static str,
}

/// Who proposed what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// Index of the sentence holding the cue.
    pub sentence: usize,
    /// Index of the proposer actor, if resolved.
    pub proposer: Option<usize>,
    /// The proposer mention as written.
    pub proposer_span: Option<Span>,
    /// The cue as written.
    pub cue: Span,
    /// What is proposed.
    pub content: Span,
    /// Reported with a hedge.
    pub hedged: bool,
    /// Id of the rule that found it.
    pub rule: &'static str,
}

/// Everything the claims stage finds in one article.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// Attributions in text order.
    pub attributions: Vec<Attribution>,
    /// Proposals in text order.
    pub proposals: Vec<Proposal>,
}

/// One attribution as a rule finds it, in token ranges.
#[derive(Debug, Clone)]
struct Hit {
    cue: Range<usize>,
    source: Option<Range<usize>>,
    content: Range<usize>,
    form: Form,
    class: CueClass,
    rule: &'static str,
}

/// Every actor mention sorted by position, so that resolving a source is a binary
/// search rather than a scan of all mentions (articles can hold thousands).
#[derive(Debug, Default)]
struct MentionIndex {
    /// (mention span, actor index), sorted.
    mentions: Vec<(Span, usize)>,
    /// Whether each actor is a person.
    person: Vec<bool>,
    /// Each actor's kind.
    kinds: Vec<crate::document::ActorKind>,
    /// Each actor's affiliation.
    affiliations: Vec<Option<usize>>,
}

impl MentionIndex {
    fn new(actors: &Actors) -> MentionIndex {
        let all = || {
            actors
                .actors
                .iter()
                .enumerate()
                .flat_map(|(i, a)| a.mentions.iter().map(move |m| (m.span, i)))
        };
        // Sorted as one integer each where the offsets fit (all but huge articles): a
        // third of the cost of sorting the tuples.
        let count = actors.actors.iter().map(|a| a.mentions.len()).sum();
        let mut keys = Vec::with_capacity(count);
        keys.extend(all().map_while(|(m, i)| pack_mention(m, i)));
        let mentions = if keys.len() == count {
            keys.sort_unstable();
            keys.into_iter().map(unpack_mention).collect()
        } else {
            let mut mentions: Vec<(Span, usize)> = all().collect();
            mentions.sort_unstable();
            mentions
        };
        let kinds: Vec<_> = actors.actors.iter().map(|a| a.kind).collect();
        let person = kinds
            .iter()
            .map(|&k| k == crate::document::ActorKind::Person)
            .collect();
        MentionIndex {
            mentions,
            person,
            kinds,
            affiliations: actors.actors.iter().map(|a| a.affiliation).collect(),
        }
    }

    /// "His party has put forward a bill": the body a person's possessive names, the
    /// affiliation of the person the pronoun stands for (see [`MentionIndex::possessor`]),
    /// for a phrase of "his", "her" or "their", at most one plain modifier and a noun
    /// of a body.
    fn possessors_body(&self, doc: &Doc, r: &Range<usize>) -> Option<usize> {
        let ts = doc.toks.get(r.clone())?;
        let (first, last) = (ts.first()?, ts.last()?);
        let shape = (2..=3).contains(&ts.len())
            && matches!(first.lower, "his" | "her" | "their")
            && ts[1..ts.len() - 1].iter().all(|t| t.word() && !t.cap)
            && matches!(
                last.lower,
                "party" | "company" | "union" | "firm" | "ministry" | "department" | "agency"
            );
        if !shape {
            return None;
        }
        let p = self.possessor(doc.span(r.start..r.start + 1), first.lower)?;
        let body = (*self.person.get(p)?).then(|| *self.affiliations.get(p)?)??;
        matches!(
            self.kinds.get(body),
            Some(crate::document::ActorKind::Organization | crate::document::ActorKind::Government)
        )
        .then_some(body)
    }

    /// The last two different actors of `kind` mentioned before byte `pos` and from
    /// byte `since`, the later first ("the two companies said": the pair the sentence
    /// has named).
    fn last_two(
        &self,
        pos: usize,
        kind: crate::document::ActorKind,
        since: usize,
    ) -> Option<[usize; 2]> {
        let until = self.mentions.partition_point(|(m, _)| m.start < pos);
        let mut it = self.mentions[..until]
            .iter()
            .rev()
            .take_while(|(m, _)| m.start >= since)
            .map(|&(_, i)| i)
            .filter(|&i| self.kinds.get(i) == Some(&kind));
        let a = it.next()?;
        let b = it.find(|&i| i != a)?;
        Some([a, b])
    }

    /// As [`Actors::resolve_head`] on a span without apposition: the actor with a
    /// mention exactly at `span`, or else, among the mentions inside `span`, a
    /// person's ("Analyst Omar Feld of Zenco" → Omar Feld), failing that the one that
    /// ends last (the head of a noun phrase comes last: "analysts at ING" → ING), the
    /// longer and then the later actor on ties.
    fn resolve(&self, span: Span) -> Option<usize> {
        let from = self.mentions.partition_point(|(m, _)| m.start < span.start);
        let inside = self.mentions[from..]
            .iter()
            .take_while(|(m, _)| m.start < span.end.max(span.start + 1))
            .filter(|(m, _)| span.contains(*m));
        let mut best: Option<(bool, usize, usize, usize)> = None;
        for &(m, i) in inside {
            if m == span {
                // Sorted by (span, actor): the first at `span` is the lowest actor.
                return Some(i);
            }
            let key = (
                self.person.get(i).copied().unwrap_or(false),
                m.end,
                m.len(),
                i,
            );
            if best.is_none_or(|b| key > b) {
                best = Some(key);
            }
        }
        // "Borlund Steel Co., Ltd. said": a phrase cut at a comma inside a name is
        // the tail of that name's mention (as `Actors::resolve_head` has it).
        best.map(|(_, _, _, i)| i).or_else(|| {
            self.mentions[..from]
                .iter()
                .rev()
                .take_while(|(m, _)| m.start + crate::actors::TAIL_REACH > span.start)
                .find(|(m, _)| m.end == span.end && m.contains(span))
                .map(|&(_, i)| i)
                // "according to two people who attended the meeting": a phrase that
                // opens a longer mention is its head.
                .or_else(|| {
                    self.mentions[from..]
                        .iter()
                        .take_while(|(m, _)| m.start == span.start)
                        .find(|(m, _)| m.contains(span))
                        .map(|&(_, i)| i)
                })
        })
    }

    /// The group a lone word for a share of one stands for ("residents said … Some
    /// said"): the last group mentioned within 300 bytes before it.
    fn share(&self, span: Span, lower: &str) -> Option<usize> {
        if !matches!(lower, "some" | "many" | "most" | "several" | "others") {
            return None;
        }
        self.last_before(span, |i| {
            self.kinds.get(i) == Some(&crate::document::ActorKind::Group)
        })
    }

    /// The actor of the last mention ending within 300 bytes before `span` for which
    /// `want` holds.
    fn last_before(&self, span: Span, want: impl Fn(usize) -> bool) -> Option<usize> {
        let until = self.mentions.partition_point(|(m, _)| m.end <= span.start);
        self.mentions[..until]
            .iter()
            .rev()
            .take_while(|(m, _)| m.end + 300 > span.start)
            .find(|&&(_, i)| want(i))
            .map(|&(_, i)| i)
    }

    /// Whether some actor has a mention exactly at `span`.
    fn exact(&self, span: Span) -> bool {
        let from = self.mentions.partition_point(|(m, _)| m.start < span.start);
        self.mentions[from..]
            .iter()
            .take_while(|(m, _)| m.start == span.start)
            .any(|(m, _)| *m == span)
    }

    /// The owner a possessive pronoun stands for ("defended her plan"), which the
    /// actors stage gives no mention: the last actor mentioned within 300 bytes before
    /// it, a person for "his"/"her", a body for "its", anyone for "their".
    fn possessor(&self, span: Span, lower: &str) -> Option<usize> {
        let want: fn(bool) -> bool = match lower {
            "his" | "her" => |person| person,
            "its" => |person| !person,
            "their" => |_| true,
            _ => return None,
        };
        self.last_before(span, |i| want(self.person.get(i).copied().unwrap_or(false)))
    }
}

/// Bits of a mention's start and of its end in [`pack_mention`]'s key (16 MB); the
/// actor index has the rest.
const SPAN_BITS: u32 = 24;

/// (span, actor) as one integer ordered as the tuple, if its parts fit.
fn pack_mention(m: Span, actor: usize) -> Option<u64> {
    let fits = |x: usize, bits: u32| u64::try_from(x).ok().filter(|&x| x >> bits == 0);
    let (start, end) = (fits(m.start, SPAN_BITS)?, fits(m.end, SPAN_BITS)?);
    let actor = fits(actor, 64 - 2 * SPAN_BITS)?;
    Some(start << (64 - SPAN_BITS) | end << (64 - 2 * SPAN_BITS) | actor)
}

/// The (span, actor) of a [`pack_mention`] key.
fn unpack_mention(key: u64) -> (Span, usize) {
    let part = |shift: u32, bits: u32| {
        usize::try_from(key >> shift & ((1 << bits) - 1)).unwrap_or(usize::MAX)
    };
    let start = part(64 - SPAN_BITS, SPAN_BITS);
    let end = part(64 - 2 * SPAN_BITS, SPAN_BITS);
    (Span::new(start, end), part(0, 64 - 2 * SPAN_BITS))
}

/// "Britain's largest teaching union", "China's biggest carmaker": a body a country
/// owns is not the country; with no name of its own the source has no actor.
fn country_owns_head(doc: &Doc, r: Range<usize>) -> bool {
    // Most sources hold no possessive, which the rest needs: they are passed over first.
    if !doc.toks[r.clone()].iter().any(toks::Tok::possessive) {
        return false;
    }
    let end = (r.start..r.end)
        .find(|&k| doc.toks[k].eq(",") || doc.toks[k].eq("of"))
        .unwrap_or(r.end);
    let Some(head) = end.checked_sub(1).filter(|&k| k > r.start) else {
        return false;
    };
    let country = |t: &toks::Tok| {
        t.possessive() && {
            let stem = t.lower.trim_end_matches("'s").trim_end_matches("’s");
            crate::lexicon::classes::word_tags(stem).has(crate::tokens::Tags::COUNTRY)
        }
    };
    // The head's lookup comes last.
    !doc.toks[head].cap
        && doc.toks[r.start..head].iter().any(country)
        && doc.toks[r.start..head]
            .iter()
            .all(|t| !t.cap || country(t) || t.is(w::DET))
        && matches!(
            crate::lexicon::classes::description_kind(doc.toks[head].lower),
            Some("organization" | "media")
        )
}

/// "Ibarra's family", "the victim's mother": relatives named by whose they are speak
/// for themselves, not for that person.
fn kin_of(doc: &Doc, r: Range<usize>) -> bool {
    const KIN: &[&str] = &[
        "brother",
        "children",
        "daughter",
        "family",
        "father",
        "husband",
        "mother",
        "parents",
        "relatives",
        "sister",
        "son",
        "widow",
        "widower",
        "wife",
    ];
    r.len() >= 2
        && KIN.contains(&doc.toks[r.end - 1].lower)
        && doc.toks[r.start..r.end - 1].iter().any(|t| t.possessive())
}

/// Collects hits and the cue tokens already spoken for.
struct Builder<'d, 'a> {
    doc: &'d Doc<'a>,
    actors: MentionIndex,
    /// Every hit so far; added only through [`Builder::add`], which indexes it.
    hits: Vec<Hit>,
    /// Once an article has more than [`INDEXED`] hits: for each sentence, the hits
    /// (indexes into `hits`, ascending) whose source, cue or content holds a token
    /// of it. A rule asking about the hits around a position searches these, not
    /// every hit of the article, and time stays linear in the article. (Empty below
    /// that: a search of every hit costs less than keeping the index.)
    touching: Vec<Vec<usize>>,
    used: Vec<bool>,
    props: Vec<Proposal>,
    /// The bodies quoted speakers speak for, found once each.
    bodies: proposals::Bodies,
}

impl Builder<'_, '_> {
    /// Adds a hit and indexes it by the sentences it touches.
    fn add(&mut self, hit: Hit) {
        self.hits.push(hit);
        if self.hits.len() > INDEXED {
            self.index(self.hits.len() - 1);
        }
    }

    /// Indexes the hits from `from` on, building the index first when there is none.
    fn index(&mut self, from: usize) {
        let from = if self.touching.is_empty() {
            self.touching = vec![Vec::new(); self.doc.sents.len()];
            0
        } else {
            from
        };
        for (k, h) in self.hits.iter().enumerate().skip(from) {
            index_hit(&mut self.touching, self.doc, h, k);
        }
    }

    /// Rebuilds the index after the hits were changed in place (merged, split or
    /// dropped).
    fn reindex(&mut self) {
        self.touching.clear();
        if self.hits.len() > INDEXED {
            self.index(0);
        }
    }

    /// The hits touching sentence `s`, in the order they were found: every hit whose
    /// source, cue or content holds a token of `s` (every hit, when there are too few
    /// to index).
    fn near(&self, s: usize) -> impl DoubleEndedIterator<Item = &Hit> + '_ {
        self.near_at(s).map(|k| &self.hits[k])
    }

    /// [`Builder::near`]'s hits as indexes into `hits`.
    fn near_at(&self, s: usize) -> impl DoubleEndedIterator<Item = usize> + '_ {
        let (all, listed) = if self.touching.is_empty() {
            (0..self.hits.len(), &[][..])
        } else {
            (0..0, self.touching.get(s).map_or(&[][..], Vec::as_slice))
        };
        all.chain(listed.iter().copied())
    }

    /// How many hits [`Builder::near`] gives for sentence `s`.
    fn near_len(&self, s: usize) -> usize {
        if self.touching.is_empty() {
            self.hits.len()
        } else {
            self.touching.get(s).map_or(0, Vec::len)
        }
    }

    /// The hits touching the sentence of token `i`.
    fn near_token(&self, i: usize) -> impl DoubleEndedIterator<Item = &Hit> + '_ {
        self.near(self.doc.toks.get(i).map_or(usize::MAX, |t| t.sent))
    }

    fn push(&mut self, mut hit: Hit) {
        if hit.content.is_empty() || hit.cue.is_empty() {
            return;
        }
        if hit.rule == "attribution/passive/by" {
            if let Some(r) = hit.source.clone() {
                hit.source = Some(self.name_across_and(r));
            }
        }
        // Every hit's cue is marked as spoken for: an unmarked cue has no hit to repeat.
        let dup =
            self.is_used(hit.cue.start)
                && self.hits.iter().rev().take(32).any(|h| {
                    h.cue == hit.cue && h.content == hit.content && h.source == hit.source
                });
        if !dup {
            self.mark(hit.cue.clone());
            self.add(hit);
        }
    }

    /// "reported by the Globe and Mail": an agent cut at "and" whose words with
    /// the capitalised run across it are one actor's mention, as that mention (both
    /// halves then give the same hit, kept once).
    fn name_across_and(&self, r: Range<usize>) -> Range<usize> {
        let toks = &self.doc.toks;
        let name = |t: &toks::Tok| t.word() && t.cap;
        let run_after = |k: usize| {
            (k..toks.len())
                .find(|&m| !name(&toks[m]))
                .unwrap_or(toks.len())
        };
        let run_before = |k: usize| {
            let s = (0..k).rev().find(|&m| !name(&toks[m])).map_or(0, |m| m + 1);
            if s > 0 && toks[s - 1].eq("the") {
                s - 1
            } else {
                s
            }
        };
        let mut whole = None;
        if toks.get(r.end).is_some_and(|t| t.eq("and")) && toks.get(r.end + 1).is_some_and(name) {
            whole = Some(r.start..run_after(r.end + 1));
        } else if r.start >= 2 && toks[r.start - 1].eq("and") && name(&toks[r.start - 2]) {
            whole = Some(run_before(r.start - 1)..run_after(r.start));
        }
        let Some(w) = whole else { return r };
        // (The mention may leave out the article: "the Globe and Mail".)
        let bare = if toks[w.start].eq("the") {
            w.start + 1..w.end
        } else {
            w.clone()
        };
        if self.actors.exact(self.doc.span(w.clone())) || self.actors.exact(self.doc.span(bare)) {
            w
        } else {
            r
        }
    }

    /// Marks cue tokens as spoken for.
    fn mark(&mut self, cue: Range<usize>) {
        for slot in self.used.get_mut(cue).into_iter().flatten() {
            *slot = true;
        }
    }

    /// Whether token `i` is a cue already spoken for.
    fn is_used(&self, i: usize) -> bool {
        self.used.get(i).copied().unwrap_or(false)
    }

    fn hedged(&self, content: &Range<usize>) -> bool {
        self.doc.toks[content.clone()]
            .iter()
            .any(|t| t.is(w::HEDGE))
    }

    /// "He appeared to suggest that …", "seems to say", "is expected to announce": the
    /// act itself is hedged or still to come.
    fn seeming(&self, cue: usize) -> bool {
        let toks = &self.doc.toks;
        let v = cue.checked_sub(2).map(|k| &*toks[k].lower);
        toks[cue.saturating_sub(1)].eq("to")
            && v.is_some_and(|v| {
                v.starts_with("appear")
                    || v.starts_with("seem")
                    || ["expected", "likely", "due", "set", "poised"].contains(&v)
            })
    }

    /// "Mayor Loretta Guzman said in a statement that …. “…,” the statement said": the
    /// statement is the one its issuer made just before (in this sentence or the two
    /// before it); the source actor is the issuer.
    fn issuer(&self, h: &Hit) -> Option<usize> {
        let doc = self.doc;
        let r = h.source.clone()?;
        let written =
            r.len() == 2 && doc.toks[r.start].eq("the") && doc.toks[r.start + 1].eq("statement");
        if !written {
            return None;
        }
        let sent = doc.toks[h.cue.start].sent;
        let made = |o: &Hit| {
            let s = doc.toks[o.cue.start].sent;
            s + 2 >= sent
                && s <= sent
                && o.cue.start < h.cue.start
                && doc.toks[doc.sents[s].clone()]
                    .iter()
                    .any(|t| t.eq("statement"))
        };
        // (A hit whose cue lies in one of the three sentences touches it; the last
        // found of them.)
        let mut before: Vec<usize> = (sent.saturating_sub(2)..=sent)
            .flat_map(|s| self.near_at(s))
            .collect();
        // (In the order found, each once.)
        before.sort_unstable();
        before.dedup();
        let prev = before
            .into_iter()
            .rev()
            .map(|k| &self.hits[k])
            .find(|o| made(o) && o.source != h.source)?;
        let name = prev.source.clone().filter(|n| !kin_of(doc, n.clone()))?;
        let cut = (name.start + 1..name.end)
            .find(|&k| doc.toks[k].eq(","))
            .unwrap_or(name.end);
        self.actors.resolve(doc.span(name.start..cut))
    }

    /// The actor of the filer of a document that speaks or asks ("the lawsuit
    /// alleges"; see [`proposals::filer`]): the filer's name before any apposition.
    fn filer_actor(&self, r: &Range<usize>) -> Option<usize> {
        let doc = self.doc;
        // ("Britain's largest teaching union filed a lawsuit": a body a country owns
        // is not the country.)
        let f = proposals::filer(doc, r).filter(|f| !country_owns_head(doc, f.clone()))?;
        let cut = (f.start + 1..f.end)
            .find(|&k| doc.toks[k].eq(","))
            .unwrap_or(f.end);
        self.actors.resolve(doc.span(f.start..cut))
    }

    /// "The report, published by the World Bank on Monday, found that …": a document
    /// that speaks is its publisher's, named in the participle's agent right after it.
    fn published_by(&self, h: &Hit) -> Option<usize> {
        let doc = self.doc;
        let r = h.source.clone()?;
        let comma = r.end;
        let by = comma + 2;
        let agent = doc.toks.get(comma).is_some_and(|t| t.eq(","))
            && doc
                .toks
                .get(comma + 1)
                .is_some_and(|t| t.word() && !t.cap && t.flags == 0 && t.lower.ends_with("ed"))
            && doc.toks.get(by).is_some_and(|t| t.eq("by"))
            && r.len() <= 3
            && doc.toks[r.clone()]
                .iter()
                .any(|t| lex::evidence_noun(t.lower) || phrase::document_noun(t.lower));
        if !agent || by >= h.cue.start {
            return None;
        }
        // The agent: the words after "by" up to a comma or a time word.
        let end = (by + 1..h.cue.start)
            .find(|&k| {
                let t = &doc.toks[k];
                t.eq(",") || t.is(w::TIME) || (t.is(w::PREP) && !t.eq("of"))
            })
            .unwrap_or(h.cue.start);
        (end > by + 1).then(|| self.actors.resolve(doc.span(by + 1..end)))?
    }

    fn attribution(&self, h: &Hit) -> Attribution {
        let doc = self.doc;
        // The actor is the name's, before any apposition ("Tom Hale, a reviewer at X").
        // "The operator of Portugal's largest port": the head comes before "of".
        let name = h.source.clone().map(|r| {
            // "one of them", "two of the officials": a share of a group is the group's.
            let partitive = r.len() >= 3
                && doc.toks[r.start + 1].eq("of")
                && (doc.toks[r.start].kind == crate::tokens::Kind::Number
                    || PARTITIVES.contains(&doc.toks[r.start].lower));
            let start = if partitive { r.start + 2 } else { r.start };
            let cut = (start + 1..r.end).find(|&k| {
                let t = &doc.toks[k];
                t.eq(",")
                    || (t.dash() && k > start + 1)
                    // "A group of voters backed by the Republican Party": an agent
                    // phrase after a head that names an actor is no part of it
                    // ("records reviewed by The Denver Post" are the paper's).
                    || (!t.cap
                        && t.lower.ends_with("ed")
                        && doc.toks.get(k + 1).is_some_and(|n| n.eq("by"))
                        && self.actors.resolve(doc.span(start..k)).is_some())
                    || (t.eq("of")
                        && doc.toks[start..k].iter().all(|h| !h.cap || h.is(w::DET))
                        // ("A group of voters": the members' phrase.)
                        && !(k == start + 2
                            && crate::lexicon::classes::COLLECTIVE_QUANTITIES
                                .contains(&doc.toks[k - 1].lower)))
            });
            doc.span(start..cut.unwrap_or(r.end))
        });
        let owned = h
            .source
            .clone()
            .is_some_and(|r| kin_of(doc, r.clone()) || country_owns_head(doc, r));
        let source = name.filter(|_| !owned).and_then(|s| {
            self.actors.resolve(s).or_else(|| {
                let r = h.source.clone()?;
                (r.len() == 1)
                    .then(|| {
                        self.actors
                            .possessor(s, doc.toks[r.start].lower)
                            .or_else(|| self.actors.share(s, doc.toks[r.start].lower))
                    })
                    .flatten()
            })
        });
        // "Whitlock's former employer, Calder Asset Management": a description before
        // the name it introduces; the actor named.
        let introduced = h.source.clone().and_then(|r| {
            let c = (r.start + 1..r.end).find(|&k| doc.toks[k].eq(","))?;
            // A name closes the segment, with no possessive or preposition in it
            // ("external member Swati Dhingra", not "Zenco's regulator in the EU").
            let end = (c + 1..r.end)
                .find(|&k| doc.toks[k].eq(","))
                .unwrap_or(r.end);
            // "Their lead attorney, Marisol Vega of the Housing Justice Center": a name
            // of capitalised words before the preposition that places it.
            let end = (c + 2..end)
                .find(|&k| doc.toks[k].is(w::PREP) && doc.toks[c + 1..k].iter().all(|t| t.cap))
                .unwrap_or(end);
            let seg = &doc.toks[c + 1..end];
            // ("A smaller group, the Forum of Independent Judges": a name's own "of"
            // between capitalised words.)
            let own_of = |k: usize| {
                matches!(seg[k].lower, "of" | "for")
                    && k > 0
                    && seg[k - 1].cap
                    && seg.get(k + 1).is_some_and(|n| n.cap)
            };
            let named = seg.last().is_some_and(|t| t.cap)
                && seg
                    .iter()
                    .enumerate()
                    .all(|(k, t)| !t.possessive() && (!t.is(w::PREP | w::SUB) || own_of(k)));
            named.then(|| self.actors.resolve(doc.span(c + 1..end)))?
        });
        let source = introduced
            .or(source)
            .or_else(|| self.issuer(h))
            .or_else(|| self.published_by(h))
            .or_else(|| h.source.as_ref().and_then(|r| self.filer_actor(r)))
            .or_else(|| {
                h.source
                    .as_ref()
                    .and_then(|r| self.actors.possessors_body(doc, r))
            });
        // "who said" is written as "who", as "he said" is "he"; the actor is the
        // antecedent's where that is a known one. An unknown antecedent stands in for
        // the pronoun only where it is a plain description ("the city's finance
        // director, who said"): a longer walk back may have passed the antecedent.
        // "X, a doctor, said Y and added Z": the shared source is written with its
        // appositive, as for the first cue.
        let cue = match h.rule {
            // (A hit with the same source touches the source's sentence.)
            // ("KUPST, which says it represents …, is demanding": not a cue of the
            // relative clause, whose source is written as its pronoun.)
            "attribution/indirect/shared-subject" => h
                .source
                .as_ref()
                .and_then(|r| {
                    self.near_token(r.start).find(|o| {
                        o.source == h.source
                            && o.cue.start < h.cue.start
                            && !(o.cue.start > 0
                                && matches!(doc.toks[o.cue.start - 1].lower, "which" | "who"))
                    })
                })
                .map_or(&h.cue, |o| &o.cue),
            _ => &h.cue,
        };
        // "said Nomsa Dlamini, 52, a domestic worker who said": the name the
        // relative pronoun's description is apposed to.
        let source = source.or_else(|| {
            let r = h.source.clone()?;
            let who = doc.relative_pronoun(&r, cue)?;
            self.actors.resolve(doc.span(doc.apposed_name(who.start)?))
        });
        // "suppliers of etching equipment, who allege": a group's mention that closes
        // at the comma before the pronoun.
        let source = source.or_else(|| {
            let r = h.source.clone()?;
            let who = doc.relative_pronoun(&r, cue)?;
            let comma = who.start.checked_sub(1).filter(|&c| doc.toks[c].eq(","))?;
            let last = comma.checked_sub(1)?;
            // (Or the one closing before an "of" phrase: "suppliers of etching and
            // deposition equipment, who".)
            let of = (comma.saturating_sub(8)..comma)
                .find(|&k| doc.toks[k].eq("of"))
                .filter(|&k| k > 0 && (k..comma).all(|m| doc.toks[m].word()));
            let group =
                |a: &usize| self.actors.kinds.get(*a) == Some(&crate::document::ActorKind::Group);
            self.actors
                .resolve(doc.span(last..comma))
                .filter(group)
                .or_else(|| self.actors.resolve(doc.span(of? - 1..of?)).filter(group))
        });
        let source_span = h.source.clone().map(|r| {
            let who = doc.relative_pronoun(&r, cue);
            let plain = who
                .as_ref()
                .filter(|_| source.is_none())
                .and_then(|_| doc.plain_description(&r));
            doc.span(doc.with_appositive(plain.or(who).unwrap_or(r), cue))
        });
        let (polarity, stance) = match h.class {
            CueClass::Denial => (Polarity::Negative, None),
            CueClass::Opposition => (Polarity::Negative, Some(Stance::Opposition)),
            CueClass::Praise => (Polarity::Positive, Some(Stance::Praise)),
            CueClass::Criticism => (Polarity::Positive, Some(Stance::Criticism)),
            CueClass::Support => (Polarity::Positive, Some(Stance::Support)),
            _ => (Polarity::Positive, None),
        };
        Attribution {
            sentence: doc.toks[h.cue.start].sent,
            source,
            source_span,
            cue: doc.span(h.cue.clone()),
            content: doc.span(h.content.clone()),
            form: h.form,
            hedged: h.form == Form::Reportedly
                || self.hedged(&h.content)
                || self.seeming(h.cue.start),
            polarity,
            stance,
            parent: None,
            rule: h.rule,
        }
    }
}

/// How many hits an article has before they are indexed by sentence.
const INDEXED: usize = 64;

/// Files hit `k` under every sentence its source, its cue or its content holds a token
/// of (not the sentences between them: a quote that inherits a cue paragraphs before
/// would otherwise be filed under every sentence between, for each such quote).
fn index_hit(touching: &mut [Vec<usize>], doc: &Doc, h: &Hit, k: usize) {
    let ranges = [Some(&h.cue), Some(&h.content), h.source.as_ref()];
    let sent = |i: usize| doc.toks.get(i).map(|t| t.sent);
    for r in ranges.into_iter().flatten().filter(|r| !r.is_empty()) {
        let (Some(first), Some(last)) = (sent(r.start), sent(r.end - 1)) else {
            continue;
        };
        for list in touching.iter_mut().take(last + 1).skip(first) {
            // (Source, cue and content may share a sentence: filed once.)
            if list.last() != Some(&k) {
                list.push(k);
            }
        }
    }
}

/// Words for a share of a group before "of" ("one of them", "some of the officials").
const PARTITIVES: &[&str] = &[
    "one", "two", "three", "some", "several", "many", "most", "each", "both", "few", "none", "all",
    "another",
];

/// Finds attributions and proposals.
pub fn find(
    text: &str,
    sentences: &[Sentence],
    tokens: &[Vec<Token>],
    actors: &Actors,
    config: &Config,
) -> Found {
    let mut lowered = crate::lexed::Lowered::default();
    find_in(
        &Lexed::new(text, sentences, tokens, &mut lowered),
        actors,
        config,
    )
}

/// [`find`] over tokens already looked up (the pipeline shares them with the actor
/// stage).
pub fn find_in(lexed: &Lexed<'_>, actors: &Actors, config: &Config) -> Found {
    let lex = Lexicon::new(&config.lexicon.cues);
    let doc = Doc::new(lexed, &lex);
    let mut b = Builder {
        doc: &doc,
        actors: MentionIndex::new(actors),
        hits: Vec::new(),
        touching: Vec::new(),
        used: vec![false; doc.toks.len()],
        props: Vec::new(),
        bodies: proposals::Bodies::default(),
    };
    let quoted = quotes::find(&mut b);
    forms::headline_colon(&mut b);
    for s in 0..doc.sents.len() {
        if doc.skip[s] {
            continue;
        }
        forms::find(&mut b, s, &quoted);
        forms::in_poll(&mut b, s);
        indirect::find(&mut b, s, &quoted);
        proposals::find(&mut b, s, &quoted);
    }
    quotes::reinherit(&mut b.hits, &doc);
    drop_echoes(&mut b.hits, &doc);
    b.hits.retain(|h| !naming(&doc, h));
    outer_and_that(&mut b.hits, &doc);
    let actor_of = split_coordinated(&mut b.hits, &doc, &b.actors);
    b.reindex();
    let mut attributions: Vec<Attribution> = b
        .hits
        .iter()
        .zip(actor_of)
        .map(|(h, a)| {
            let mut at = b.attribution(h);
            at.source = a.or(at.source);
            at
        })
        .collect();
    attributions.sort_by_key(|a| (a.cue.start, a.content.start, a.source_span));
    link_parents(&mut attributions);
    let mut proposals = b.props;
    proposals.sort_by_key(|p| (p.cue.start, p.content.start));
    Found {
        attributions,
        proposals,
    }
}

/// "the two companies", "both airlines": the last two actors of the kind the phrase at
/// `r` names, the later first ([`MentionIndex::last_two`]).
fn last_pair(doc: &Doc, actors: &MentionIndex, r: Range<usize>) -> Option<[usize; 2]> {
    // ("Hanseong will pay 41,500 won a share, the companies said": a bare "the" before
    // the plural counts only two named in this sentence or the one before.)
    let since = |r: &Range<usize>| {
        let s = doc.toks[r.start].sent;
        let first = doc.sents[s.saturating_sub(1)].start;
        doc.toks.get(first).map_or(0, |t| t.span.start)
    };
    let (kind, bare) = pair_kind(doc, r.clone())?;
    let pos = doc.toks[r.start].span.start;
    actors.last_two(pos, kind, if bare { since(&r) } else { 0 })
}

/// "Orbis and Lumetra said …": a source of coordinated names, each a different actor,
/// gives one item per name ("both X and Y", "X, Y and Z" too); "the two companies
/// said" one item for each of the last two companies named ("the companies said"
/// when this sentence or the one before names them). Returns, for each hit
/// after the split, the actor it was split to where its source span does not say.
fn split_coordinated(hits: &mut Vec<Hit>, doc: &Doc, actors: &MentionIndex) -> Vec<Option<usize>> {
    // Both tests open with a cheap look (an "and" in the source, a two- or three-word
    // "the two …"/"both …"): most sources fail it. Split items go to the end (the
    // attributions are sorted after).
    let mut actor_of: Vec<Option<usize>> = Vec::new();
    for k in 0..hits.len() {
        let Some(r) = hits[k].source.clone() else {
            continue;
        };
        if let Some(parts) = coordinated_names(doc, r.clone(), actors) {
            for p in parts.iter().skip(1) {
                let mut h = hits[k].clone();
                h.source = Some(p.clone());
                hits.push(h);
            }
            hits[k].source = parts.first().cloned();
            continue;
        }
        if let Some([a, b]) = last_pair(doc, actors, r) {
            // Text order: the one named first is the first item.
            actor_of.resize(hits.len(), None);
            actor_of[k] = Some(b);
            let h = hits[k].clone();
            hits.push(h);
            actor_of.push(Some(a));
        }
    }
    actor_of.resize(hits.len(), None);
    actor_of
}

/// The kind of actor a source such as "the two companies", "both governments" names a
/// pair of, or `None`.
fn pair_kind(doc: &Doc, r: Range<usize>) -> Option<(crate::document::ActorKind, bool)> {
    use crate::document::ActorKind;
    let (head, bare) = match doc.toks.get(r) {
        Some([a, b, head]) if a.eq("the") && b.eq("two") => (head.lower, false),
        Some([a, head]) if a.eq("both") => (head.lower, false),
        Some([a, head]) if a.eq("the") => (head.lower, true),
        _ => return None,
    };
    // ("the groups", "the banks", "the countries" may be any number; "the
    // companies" just named are the pair.)
    // ("the two airlines", "both carriers", "the two regulators": a plural of a noun
    // that describes a body.)
    let described = || {
        let one = head
            .strip_suffix("ies")
            .map(|stem| format!("{stem}y"))
            .or_else(|| head.strip_suffix('s').map(str::to_string))?;
        match crate::lexicon::classes::description_kind(&one)? {
            "organization" => Some(ActorKind::Organization),
            "government" => Some(ActorKind::Government),
            _ => None,
        }
    };
    let kind = match head {
        "companies" | "firms" | "carmakers" | "automakers" | "governments" => {
            if head == "governments" {
                ActorKind::Government
            } else {
                ActorKind::Organization
            }
        }
        "groups" | "banks" if !bare => ActorKind::Organization,
        "countries" | "nations" if !bare => ActorKind::Government,
        _ if !bare => described()?,
        _ => return None,
    };
    Some((kind, bare))
}

/// The names of a source that coordinates two or more names of different actors, or
/// `None`: every word of each part capitalised (an article may open it).
fn coordinated_names(
    doc: &Doc,
    r: Range<usize>,
    actors: &MentionIndex,
) -> Option<Vec<Range<usize>>> {
    // Most sources hold no "and": one pass decides.
    if !doc.toks.get(r.clone())?.iter().any(|t| t.eq("and")) {
        return None;
    }
    let start = if doc.toks[r.start].eq("both") {
        r.start + 1
    } else {
        r.start
    };
    let mut parts = Vec::new();
    let mut from = start;
    for k in start..=r.end {
        let cut = k == r.end || doc.toks[k].eq("and") || doc.toks[k].eq(",");
        if !cut {
            continue;
        }
        // ("The Farmer-Citizen Movement (BBB)": without its bracketed acronym.)
        let mut e = k;
        if e >= from + 4 && doc.toks[e - 1].eq(")") && doc.toks[e - 3].eq("(") {
            e -= 3;
        }
        if e > from {
            parts.push(from..e);
        }
        from = k + 1;
    }
    // ("the company and the Spanish government": a description of an actor the
    // article names is a part too; each part must resolve to an actor of its own.)
    // ("the National Council of Churches of Kenya": a name's own "of", "for" or "the"
    // between capitalised words.)
    let name = |p: &Range<usize>| {
        let ts = &doc.toks[p.clone()];
        // ("the consumer group Texas Energy Watch", "the Sierra Club's Lone Star
        // chapter": longer, with a name inside.)
        let described = doc.toks[p.start].eq("the")
            && (p.len() <= 4
                || (p.len() <= 8
                    && ts[1..].iter().any(|t| t.cap)
                    && !ts[1..]
                        .iter()
                        .any(|t| (t.is(w::PREP) && !t.eq("of")) || t.is(w::DET))));
        // ("Council member Luis Ferrer": a title among them.)
        let joint = |n: usize| {
            let between = n > 0 && ts[n - 1].cap && ts.get(n + 1).is_some_and(|x| x.cap);
            (matches!(ts[n].lower, "of" | "for" | "the")
                && n > 0
                && ts[n - 1].cap
                && ts.get(n + 1).is_some_and(|x| x.cap || x.eq("the")))
                || (between
                    && crate::lexicon::classes::word_tags(ts[n].lower)
                        .has(crate::tokens::Tags::TITLE))
        };
        ts.iter().enumerate().all(|(n, t)| {
            (t.word() && (t.cap || (n == 0 && t.eq("the")) || described || joint(n)))
                    // ("Agriculture & Food Council": an ampersand between capitalised words.)
                    || (t.eq("&") && n > 0 && ts[n - 1].cap && ts.get(n + 1).is_some_and(|x| x.cap))
                    // ("the Marburger Bund doctors' union": a plural's genitive mark.)
                    || (described && n > 0 && matches!(t.lower, "'" | "’"))
                    // ("Hokuriku Bank Ltd.": an abbreviation's period.)
                    || (n > 0 && t.eq(".") && doc.toks[p.start + n - 1].span.end == t.span.start)
        })
    };
    // ("The ombudsman, Malin Ek, and the spokesperson, Ana Ruiz,": a description and
    // the name in apposition to it, one comma apart, are one part, unless the
    // description names an actor of its own (a possessor is no such actor: "the
    // party's spokesperson").)
    let mut joined: Vec<(Range<usize>, bool)> = Vec::with_capacity(parts.len());
    for p in parts {
        match joined.last_mut() {
            Some((q, apposed))
                if !*apposed
                    && q.end + 1 == p.start
                    && doc.toks[q.end].eq(",")
                    && doc.toks[q.start].eq("the")
                    && doc.toks[p.clone()].iter().all(|t| t.cap)
                    && (doc.toks[q.clone()]
                        .iter()
                        .any(|t| t.possessive() || matches!(t.lower, "'" | "’"))
                        || actors
                            .resolve(doc.span(q.clone()))
                            .is_none_or(|a| Some(a) == actors.resolve(doc.span(p.clone())))) =>
            {
                q.end = p.end;
                *apposed = true;
            }
            // ("the Farm Council, the main farm lobby, and …": a name and the
            // description after it, with no name of its own.)
            Some((q, apposed))
                if !*apposed
                    && q.end + 1 == p.start
                    && doc.toks[q.end].eq(",")
                    && doc.toks[q.end - 1].cap
                    && matches!(doc.toks[p.start].lower, "the" | "a" | "an")
                    && doc.toks[p.start + 1..p.end]
                        .iter()
                        .all(|t| t.word() && !t.cap)
                    && actors.resolve(doc.span(p.clone())).is_none() =>
            {
                *apposed = true;
            }
            _ => joined.push((p, false)),
        }
    }
    if joined.len() < 2 || !joined.iter().all(|(p, apposed)| *apposed || name(p)) {
        return None;
    }
    let joined: Vec<Range<usize>> = joined.into_iter().map(|(p, _)| p).collect();
    let mut seen = Vec::with_capacity(joined.len());
    for p in &joined {
        let a = actors.resolve(doc.span(p.clone()))?;
        if seen.contains(&a) {
            return None;
        }
        seen.push(a);
    }
    Some(joined)
}

/// "shield the sector from what he called “excessive burdens”", "condemned what she
/// described as a breach": a naming inside a noun phrase ("what" before a pronoun
/// subject) is the wording of the clause around it, no claim of its own.
fn naming(doc: &Doc, h: &Hit) -> bool {
    let Some(src) = h.source.as_ref() else {
        return false;
    };
    let cue = &doc.toks[h.cue.start];
    // (A pronoun: "what analysts described as …" is the analysts' own claim.)
    src.start > 0
        && src.len() == 1
        && doc.toks[src.start].is(w::PRON)
        && h.cue.start == src.end
        && doc.toks[src.start - 1].eq("what")
        && matches!(
            cue.lower,
            "called"
                | "calls"
                | "termed"
                | "dubbed"
                | "described"
                | "describes"
                | "labelled"
                | "labeled"
                | "branded"
        )
}

/// "said that the bank expected inflation to ease and that it saw no signs of …": an
/// "and that" inside a content that opened with "that" is the outer cue's second
/// clause; a cue inside the first clause whose own content has no "that" before it
/// ends its content there.
fn outer_and_that(hits: &mut [Hit], doc: &Doc) {
    let and_that = |h: &Hit| {
        let opened = h.content.start > 0 && doc.toks[h.content.start - 1].eq("that");
        (h.content.start + 1..h.content.end)
            .find(|&k| doc.toks[k].eq("and") && doc.toks.get(k + 1).is_some_and(|t| t.eq("that")))
            .filter(|_| !opened)
    };
    if !hits.iter().any(|h| and_that(h).is_some()) {
        return;
    }
    // (The contents that opened with "that", sorted, with the furthest end reached.)
    let (contents, reach) = reaching(
        hits.iter()
            .filter(|o| o.content.start > 0 && doc.toks[o.content.start - 1].eq("that"))
            .map(|o| (o.content.start, o.content.end)),
    );
    for h in hits.iter_mut() {
        let Some(k) = and_that(h) else {
            continue;
        };
        let i = contents.partition_point(|&(start, _)| start <= h.cue.start);
        if i.checked_sub(1).is_some_and(|i| reach[i] > k + 1) {
            h.content = doc.trim(h.content.start..k);
        }
    }
}

/// "Analysts said they expected …", "The firm said it welcomed the rise": a belief or
/// support cue with a pronoun source inside another attribution's content repeats that
/// attribution; drop it.
fn drop_echoes(hits: &mut Vec<Hit>, doc: &Doc) {
    let may_echo = |h: &Hit| {
        matches!(h.class, CueClass::Belief | CueClass::Support)
            && h.source
                .as_ref()
                .is_some_and(|s| s.len() == 1 && doc.toks[s.start].is(w::PRON))
    };
    if !hits.iter().any(may_echo) {
        return;
    }
    // Whether some content holds a cue is one search, not a scan of every hit (which
    // made an article of many such cues quadratic).
    let (contents, reach) = reaching(hits.iter().map(|o| (o.content.start, o.content.end)));
    let held = |cue: &Range<usize>| {
        let k = contents.partition_point(|&(start, _)| start <= cue.start);
        k.checked_sub(1).is_some_and(|k| reach[k] >= cue.end)
    };
    let keep: Vec<bool> = hits
        .iter()
        .map(|h| !(may_echo(h) && held(&h.cue)))
        .collect();
    let mut it = keep.iter();
    hits.retain(|_| it.next().copied().unwrap_or(true));
}

/// Contents as (start, end), sorted, with the furthest end reached up to each: whether
/// some content holds a range is then one search among them.
fn reaching(contents: impl Iterator<Item = (usize, usize)>) -> (Vec<(usize, usize)>, Vec<usize>) {
    let mut contents: Vec<(usize, usize)> = contents.collect();
    sort_pairs(&mut contents);
    let reach = contents
        .iter()
        .scan(0, |far, &(_, end)| {
            *far = end.max(*far);
            Some(*far)
        })
        .collect();
    (contents, reach)
}

/// Sorts pairs of offsets, as one integer each where both fit in 32 bits (a third of
/// the cost of sorting the tuples).
fn sort_pairs(pairs: &mut [(usize, usize)]) {
    let half = |x: usize| u32::try_from(x).ok().map(u64::from);
    let mut keys = Vec::with_capacity(pairs.len());
    keys.extend(
        pairs
            .iter()
            .map_while(|&(a, b)| Some(half(a)? << 32 | half(b)?)),
    );
    if keys.len() < pairs.len() {
        pairs.sort_unstable();
        return;
    }
    keys.sort_unstable();
    for (p, k) in pairs.iter_mut().zip(keys) {
        let (a, b) = (k >> 32, k & u64::from(u32::MAX));
        *p = (
            usize::try_from(a).unwrap_or(usize::MAX),
            usize::try_from(b).unwrap_or(usize::MAX),
        );
    }
}

/// Points each attribution at the smallest other one whose content holds its cue
/// (`atts` in cue order, as [`find_in`] sorts them).
fn link_parents(atts: &mut [Attribution]) {
    // Contents lie within a paragraph, so the parent is among the near neighbours.
    const NEAR: usize = 40;
    // Most cues lie in no content: the contents by start, with the furthest end reached
    // so far, rule them out by one search before any neighbour is looked at.
    let (contents, reach) = reaching(atts.iter().map(|a| (a.content.start, a.content.end)));
    // Cues come in text order (the attributions are sorted by cue), so the contents
    // opened by each are counted on from the last one's, not searched for.
    let mut opened = 0;
    for i in 0..atts.len() {
        let cue = atts[i].cue;
        while contents
            .get(opened)
            .is_some_and(|&(start, _)| start <= cue.start)
        {
            opened += 1;
        }
        let far = opened.checked_sub(1).and_then(|k| reach.get(k));
        if far.is_none_or(|&far| far < cue.end) {
            atts[i].parent = None;
            continue;
        }
        let lo = i.saturating_sub(NEAR);
        let hi = (i + NEAR).min(atts.len());
        atts[i].parent = atts[lo..hi]
            .iter()
            .enumerate()
            .map(|(j, a)| (j + lo, a))
            .filter(|(j, a)| *j != i && a.content.contains(cue))
            .min_by_key(|(_, a)| a.content.len())
            .map(|(j, _)| j);
    }
}

#[cfg(test)]
mod tests;
