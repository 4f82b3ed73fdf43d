//! Actors: sentences and their tokens in, actors with mentions out.
//!
//! The stage runs as a fixed sequence of rule families over one tagged token array
//! ([`doc::Doc`]):
//!
//! ```text
//! credits   credit lines and author bios are set aside            credits.rs
//! user      the user's known actors and vetoed words              user.rs
//! gov       "the X administration", "X officials", "X's board"    gov.rs
//!           and "the X campaign"
//! names     capitalised runs cut at titles and honorifics         names.rs
//! kinds     each segment typed from its words, then its context   kinds.rs
//! places    dateline places acting are governments                places.rs
//! spread    surname reuse and coordination across segments        spread.rs
//! link      typed segments registered; the rest join by surname  link.rs
//! groups    unnamed and collective sources                        groups.rs
//! coref     descriptions ("the company") and pronouns             coref.rs
//! owners    which actor covers or starts at each token            owners.rs
//! roles     roles and affiliations                                roles.rs
//! places    actors named only in the headline dropped             places.rs
//! adopt     after the claims stage: unresolved sources headed     adopt.rs
//!           by a plural for people become groups
//! ```
//!
//! Every mention carries the id of the rule that found it (`actor/name/title-person`,
//! `actor/coref/surname` …). The stage does not split sentences and does not find
//! attributions.
//!
//! For the claims stage: [`Actors::resolve`] / [`Actors::resolve_head`] map a source
//! phrase to its actor (pronouns, surnames and descriptions such as "the company" are
//! mentions too, so "he said" resolves); [`Actors::at`] and [`Actors::ending_at`] find
//! the actor at or right before a byte offset; [`Actors::in_sentence`] lists a
//! sentence's mentions; [`Actors::is_credit`] tells credit lines and author bios
//! ("Reporting by …"), where no source should be taken.

pub mod adopt;
pub mod coref;
pub mod credits;
pub mod doc;
pub mod gov;
pub mod groups;
pub mod kinds;
pub mod link;
pub mod names;
pub mod owners;
pub mod places;
pub mod registry;
pub mod roles;
pub mod spread;
pub mod user;

use crate::document::ActorKind;
use crate::lexed::Lexed;
use crate::sentences::Sentence;
use crate::span::Span;
use crate::tokens::Token;
use crate::Config;

/// One span that refers to an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index of the sentence it lies in.
    pub sentence: usize,
    /// Byte span of the mention.
    pub span: Span,
    /// Id of the rule that found it.
    pub rule: &'static str,
}

/// One actor of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Stable slug, unique in the document.
    pub id: String,
    /// The fullest proper name the article gives (or the phrase for unnamed sources).
    pub name: String,
    /// What kind of actor it is.
    pub kind: ActorKind,
    /// Role or title, where the article gives one.
    pub role: Option<String>,
    /// Index of the actor it belongs to, where the article says.
    pub affiliation: Option<usize>,
    /// Every span that refers to it, in text order.
    pub mentions: Vec<Mention>,
}

/// How far (bytes) before a source phrase a mention holding it as its tail may start
/// (see [`Actors::resolve_head`]).
pub(crate) const TAIL_REACH: usize = 512;

/// The actors of one article.
#[derive(Debug, Clone, Default)]
pub struct Actors {
    /// Actors in order of first mention.
    pub actors: Vec<Actor>,
    /// Sentences that are credit lines or author bios ("Reporting by …"), ascending:
    /// no attribution should take its source there.
    pub credit_sentences: Vec<usize>,
}

impl Actors {
    /// The actor with a mention exactly at `span` (the first such actor), or else the
    /// one whose mention lies inside `span` and starts first.
    pub fn resolve(&self, span: Span) -> Option<usize> {
        let mut inside: Option<(usize, usize)> = None;
        for (i, a) in self.actors.iter().enumerate() {
            for m in &a.mentions {
                if m.span == span {
                    return Some(i);
                }
                if span.contains(m.span) && inside.is_none_or(|(s, _)| m.span.start < s) {
                    inside = Some((m.span.start, i));
                }
            }
        }
        inside.map(|(_, i)| i)
    }

    /// Like [`Actors::resolve`], but for a whole source phrase: an exact mention, or
    /// else, among the mentions inside `span` before any apposition (its first comma), a
    /// person's (the last one), failing that the one that ends last — the head of an
    /// English noun phrase ("Ford CEO Jim Farley" → Jim Farley, "Analyst Omar Feld of
    /// Zenco" → Omar Feld, "analysts at ING" → ING).
    pub fn resolve_head(&self, text: &str, span: Span) -> Option<usize> {
        let cut = text
            .get(span.range())
            .and_then(|s| s.find(','))
            .map(|k| span.start + k);
        let mut inside: Option<(usize, usize, usize, usize)> = None;
        for (i, a) in self.actors.iter().enumerate() {
            for m in &a.mentions {
                if m.span == span {
                    return Some(i);
                }
                let before_cut = cut.is_none_or(|c| m.span.end <= c);
                let person = usize::from(a.kind == ActorKind::Person);
                let key = (person, m.span.end, m.span.len(), i);
                if span.contains(m.span) && before_cut && inside.is_none_or(|b| key > b) {
                    inside = Some(key);
                }
            }
        }
        // "Borlund Steel Co., Ltd. said": a phrase cut at a comma inside a name is the
        // tail of that name's mention (the closest that holds it).
        let tail = || {
            let holding = self.actors.iter().enumerate().flat_map(|(i, a)| {
                a.mentions
                    .iter()
                    .filter(|m| m.span.end == span.end && m.span.contains(span))
                    .filter(|m| m.span.start + TAIL_REACH > span.start)
                    .map(move |m| (m.span.start, i))
            });
            holding.max().map(|(_, i)| i)
        };
        // "according to two people who attended the meeting": a phrase that opens a
        // longer mention is its head (the shortest such mention).
        let head = || {
            let opening = self.actors.iter().enumerate().flat_map(|(i, a)| {
                a.mentions
                    .iter()
                    .filter(|m| m.span.start == span.start && m.span.contains(span))
                    .map(move |m| (m.span.end, i))
            });
            opening.min().map(|(_, i)| i)
        };
        inside.map(|(_, _, _, i)| i).or_else(tail).or_else(head)
    }

    /// The actor with a mention covering byte `offset`, and that mention; the
    /// narrowest mention wins where mentions nest.
    pub fn at(&self, offset: usize) -> Option<(usize, &Mention)> {
        let mut best: Option<(usize, &Mention)> = None;
        for (i, a) in self.actors.iter().enumerate() {
            for m in &a.mentions {
                if m.span.start <= offset
                    && offset < m.span.end
                    && best.is_none_or(|(_, b)| m.span.len() < b.span.len())
                {
                    best = Some((i, m));
                }
            }
        }
        best
    }

    /// The actor with a mention ending exactly at byte `end` (a subject right before
    /// its verb), the narrowest first.
    pub fn ending_at(&self, end: usize) -> Option<usize> {
        self.actors
            .iter()
            .enumerate()
            .flat_map(|(i, a)| a.mentions.iter().map(move |m| (i, m)))
            .filter(|(_, m)| m.span.end == end)
            .min_by_key(|(_, m)| m.span.len())
            .map(|(i, _)| i)
    }

    /// Every mention in sentence `sentence`, as (actor, mention), in text order.
    pub fn in_sentence(&self, sentence: usize) -> Vec<(usize, &Mention)> {
        let mut out: Vec<(usize, &Mention)> = self
            .actors
            .iter()
            .enumerate()
            .flat_map(|(i, a)| a.mentions.iter().map(move |m| (i, m)))
            .filter(|(_, m)| m.sentence == sentence)
            .collect();
        out.sort_by_key(|(_, m)| (m.span.start, m.span.end));
        out
    }

    /// Whether sentence `sentence` is a credit line or author bio.
    pub fn is_credit(&self, sentence: usize) -> bool {
        self.credit_sentences.binary_search(&sentence).is_ok()
    }
}

/// Finds the actors of an article.
pub fn find(text: &str, sentences: &[Sentence], tokens: &[Vec<Token>], config: &Config) -> Actors {
    let mut lowered = crate::lexed::Lowered::default();
    find_in(&Lexed::new(text, sentences, tokens, &mut lowered), config)
}

/// [`find`] over tokens already looked up (the pipeline shares them with the claims
/// stage).
pub fn find_in(lexed: &Lexed<'_>, config: &Config) -> Actors {
    let doc = doc::Doc::new(lexed);
    let credit = credits::find(&doc);
    // Credit sentences' tokens marked by range, not one search a token.
    let mut skip: Vec<bool> = Vec::with_capacity(doc.toks.len());
    skip.resize(doc.toks.len(), false);
    for &(a, e) in credit.iter().filter_map(|&s| doc.sents.get(s)) {
        skip[a..e].fill(true);
    }
    let headline = headlines(&doc);
    let title_case: Vec<bool> = (0..doc.sents.len())
        .map(|s| headline[s] && is_title_case(&doc, s))
        .collect();
    let mut reg = registry::Registry::default();
    user::apply(&doc, &config.lexicon, &mut reg, &mut skip);
    gov::administrations(&doc, &mut reg, &mut skip);
    gov::level_bodies(&doc, &mut reg, &mut skip);
    gov::possessive_bodies(&doc, &mut reg, &mut skip);
    gov::offices(&doc, &mut reg, &mut skip);
    gov::campaigns(&doc, &mut reg, &mut skip);
    let segs = names::segments(&doc, &skip);
    // One word list for every segment, not one allocation a segment.
    let mut ws = Vec::new();
    let mut types: Vec<Option<kinds::Typed>> = segs
        .iter()
        .map(|g| {
            // Headlines are telegraphic ("Island states demand cash"): only a name's
            // own words type it there.
            let telegraphic = headline[doc.toks[g.start].sent];
            kinds::words_into(&doc, g, &mut ws);
            kinds::lexical(&doc, g, &ws).or_else(|| {
                if telegraphic {
                    None
                } else {
                    // ("drilling in Block 74, a concession": a number in a name is no
                    // person's.)
                    kinds::context(&doc, g, &ws).map(|t| {
                        let numbered = (g.start..g.end)
                            .any(|k| doc.toks[k].kind == crate::tokens::Kind::Number);
                        if numbered && matches!(t.ty, kinds::Type::Actor(ActorKind::Person)) {
                            kinds::dropped()
                        } else {
                            t
                        }
                    })
                }
            })
        })
        .collect();
    // "proton pump inhibitors, or PPIs": a term's acronym names no one. Most articles
    // introduce none, and then nothing is compared.
    let terms = kinds::terms(&doc);
    if !terms.is_empty() {
        for (g, ty) in segs.iter().zip(types.iter_mut()) {
            if g.end == g.start + 1 && kinds::is_term(&doc, g.start, &terms) {
                *ty = Some(kinds::dropped());
            }
        }
    }
    // Found once: places and coreference both read them.
    let datelines = places::datelines(&doc);
    places::retype_places(&doc, &segs, &mut types, &datelines);
    spread::surname_reuse(&doc, &segs, &mut types);
    spread::coordinate(&doc, &segs, &mut types);
    link::register(&doc, &segs, &types, &mut reg, &title_case);
    link::bracketed_acronyms(&doc, &segs, &mut reg);
    let group_affils = groups::find(&doc, &mut reg, &skip, &headline);
    // Roles before coreference ("the minister" needs them) and again after it, for
    // affiliations a description gives ("the authority's director of safety").
    let owners = owners::Owners::new(&doc, &reg);
    roles::assign(&doc, &segs, &mut reg, &[], &owners.cover);
    let added = coref::resolve_with(&doc, &mut reg, &skip, &datelines, &owners);
    // Only the tokens under coreference's mentions can change hands.
    let owner = owners.cover_after(&doc, &reg, &added);
    roles::assign(&doc, &segs, &mut reg, &group_affils, &owner);
    places::drop_headline_only(&mut reg, &headline);
    reg.finish(credit)
}

/// Sentences that are a headline: the first paragraph when it is one sentence without
/// closing punctuation and more paragraphs follow.
fn headlines(doc: &doc::Doc) -> Vec<bool> {
    let mut out = vec![false; doc.sents.len()];
    let first_para: Vec<usize> = (0..doc.sents.len())
        .filter(|&s| doc.paras[s] == 0)
        .collect();
    let more = doc.paras.iter().any(|&p| p > 0);
    if let [s] = first_para.as_slice() {
        let (a, e) = doc.sents[*s];
        let open = e > a
            && !matches!(
                doc.toks[e - 1].span.text(doc.text),
                "." | "!" | "?" | "”" | "\""
            );
        out[*s] = more && (open || is_title_case(doc, *s));
    }
    out
}

/// Whether most content words of sentence `s` are capitalised ("Ford Weighs Chinese
/// Partner").
fn is_title_case(doc: &doc::Doc, s: usize) -> bool {
    let (a, e) = doc.sents[s];
    // Counted in one pass, no list.
    let (mut content, mut caps) = (0, 0);
    for t in &doc.toks[a..e] {
        if t.kind == crate::tokens::Kind::Word && !t.tags.has(crate::tokens::Tags::FUNCTION) {
            content += 1;
            caps += usize::from(t.tags.has(crate::tokens::Tags::CAP));
        }
    }
    content >= 4 && caps * 5 >= content * 4
}

#[cfg(test)]
mod tests;
