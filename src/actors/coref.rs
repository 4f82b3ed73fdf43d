//! Descriptions and pronouns: the registry's name mentions in, more mentions out. One
//! pass in text order keeps a history of mentions; "the company", "the US automaker",
//! "the minister" (`actor/coref/description`) and he/she/it/they
//! (`actor/coref/pronoun`) join the salient compatible actor: in the current sentence,
//! else the nearest earlier sentence holding one (up to three back), preferring the
//! subject (the first actor of its sentence not after a preposition). A description
//! whose noun is a word of an actor's name ("the bank" → "Bank of England") joins that
//! actor first. Pronouns inside quotation marks are left alone (they belong to the
//! speaker's voice).

use std::collections::HashMap;

use super::doc::Doc;
use super::owners::{Owners, Table};
use super::registry::{Entry, Gender, Registry};
use crate::document::ActorKind;
use crate::lexicon::classes;
use crate::lexicon::classes::Fast;
use crate::span::Span;
use crate::tokens::{Kind, Tags};

/// How far back in the history a description looks for a body its noun names.
const HISTORY: usize = 400;

/// How many of the latest mentions a pronoun or description weighs (news sentences hold
/// far fewer; the cap keeps a run-on input linear).
const WINDOW: usize = 64;

/// One earlier mention: token, sentence, actor, whether it is subject-like.
#[derive(Debug, Clone, Copy)]
struct Seen {
    tok: usize,
    sent: usize,
    actor: usize,
    subject: bool,
    /// A possessive ("Marsh's barrister, Philip Odunsi, said"): it modifies the
    /// subject and is none itself.
    poss: bool,
}

/// What a pronoun or description may refer to.
#[derive(Debug, Clone, Copy)]
enum Want {
    Person(Gender),
    Kinds(&'static [ActorKind]),
}

const BODIES: &[ActorKind] = &[
    ActorKind::Organization,
    ActorKind::Government,
    ActorKind::Media,
];
const ORGS: &[ActorKind] = &[ActorKind::Organization];
const GOVS: &[ActorKind] = &[ActorKind::Government, ActorKind::Organization];
const MEDIA: &[ActorKind] = &[ActorKind::Media];
const STATE: &[ActorKind] = &[ActorKind::Government];
const PLURALS: &[ActorKind] = &[
    ActorKind::Group,
    ActorKind::Organization,
    ActorKind::Government,
];

/// Resolves descriptions and pronouns, adding their mentions; `datelines` are the
/// article's datelines (as [`super::places::datelines`] gives them).
pub fn resolve(doc: &Doc, reg: &mut Registry, skip: &[bool], datelines: &[(usize, usize, usize)]) {
    let owners = Owners::new(doc, reg);
    resolve_with(doc, reg, skip, datelines, &owners);
}

/// [`resolve`] with the registry's [`Owners`] already swept; returns the mentions it
/// added, as (entry, span), in the order it added them.
pub fn resolve_with(
    doc: &Doc,
    reg: &mut Registry,
    skip: &[bool],
    datelines: &[(usize, usize, usize)],
    owners: &Owners,
) -> Vec<(usize, Span)> {
    let mut added = Vec::with_capacity(doc.toks.len() / 32);
    // Mentions are added in text order among the names: they wait, and are merged once.
    reg.defer();
    let (owner, owned) = (&owners.start, &owners.starts);
    // Room for the usual share of mentions up front, not doubling.
    let mut seen: Vec<Seen> = Vec::with_capacity(doc.toks.len() / 8);
    // Keyed by the head tokens' own lower-cased text: no copy a description.
    let mut by_head: HashMap<&str, usize, Fast> =
        HashMap::with_capacity_and_hasher(8, Fast::default());
    let mut i = 0;
    // The first of `owned` at or after `i`.
    let mut next_owned = 0;
    while i < doc.toks.len() {
        // Most tokens neither start a mention nor are a determiner or pronoun: the next
        // mention comes from the list of them, and only the tokens before it are scanned
        // for the flags.
        while owned.get(next_owned).is_some_and(|&k| k < i) {
            next_owned += 1;
        }
        let stop = owned.get(next_owned).copied().unwrap_or(doc.toks.len());
        let flagged = doc.toks[i..stop]
            .iter()
            .position(|t| t.tags.has(Tags::DET | Tags::PRONOUN));
        i += flagged.unwrap_or(stop - i);
        if i >= doc.toks.len() {
            break;
        }
        if let Some(a) = owner.at(i) {
            // A name inside a quotation or a dateline is no antecedent for the narrative
            // ("… said Tom Aldridge, an analyst at the firm" after a quote naming another
            // firm; "(Reuters) - Quorva said it …").
            let salient = !doc.toks[i].quoted && !super::places::in_dateline(datelines, i);
            if salient && seen.last().is_none_or(|s| s.actor != a || s.tok + 1 != i) {
                // (The mention's words are the tokens its actor covers: "Thanh Phat's"
                // is a possessive by its last word.)
                let mut end = i + 1;
                while end < doc.toks.len() && owners.cover.at(end) == Some(a) {
                    end += 1;
                }
                let poss = doc.is(end - 1, Tags::POSSESSIVE);
                seen.push(Seen {
                    tok: i,
                    sent: doc.toks[i].sent,
                    actor: a,
                    subject: !poss && (subject_like(doc, i, &seen) || inverted(doc, i, end)),
                    poss,
                });
                // "Ireland's housing minister defended his plan … Housing Minister
                // Ciarán Moylan": a country's title with its portfolio in the lede is
                // the person named with that role just after.
                if poss && doc.is(end - 1, Tags::COUNTRY) {
                    if let Some((h, p)) = country_title(doc, end) {
                        if let Some(b) = named_later(doc, reg, i, doc.toks[h].lower, &p) {
                            let span = doc.span(i, h + 1);
                            note(
                                reg,
                                &mut added,
                                b,
                                doc.toks[i].sent,
                                span,
                                "actor/coref/description",
                            );
                            seen.push(Seen {
                                tok: i,
                                sent: doc.toks[i].sent,
                                actor: b,
                                subject: subject_like(doc, i, &seen),
                                poss: false,
                            });
                        }
                    }
                }
            }
            i += 1;
            continue;
        }
        // The flags first: most tokens are neither determiner nor pronoun.
        if !doc.toks[i].tags.has(Tags::DET | Tags::PRONOUN) || skip[i] {
            i += 1;
            continue;
        }
        if let Some(end) = aged(doc, i) {
            // "The 51-year-old engineer, who joined …, said": the person in focus.
            if let Some(a) = pick(doc, reg, &seen, i, Want::Person(Gender::Unknown)) {
                let (sent, span) = (doc.toks[i].sent, doc.span(i, end));
                note(reg, &mut added, a, sent, span, "actor/coref/description");
                seen.push(Seen {
                    tok: i,
                    sent,
                    actor: a,
                    subject: subject_like(doc, i, &seen),
                    poss: false,
                });
            }
            i = end;
            continue;
        }
        if let Some((end, head)) = description(doc, i) {
            // "the Obama administration", "the Vale campaign": the noun ends a name
            // found before, no description of another body (a mention from before the
            // determiner, "a spokeswoman for the union", is no such name).
            let own = owners.cover.at(head);
            if own.is_some() && (i + 1..=head).any(|k| owner.at(k) == own) {
                i = end;
                continue;
            }
            // "the Lex Nostra association", "the Harlow fund": a body's name before the
            // noun is the referent; the name is its mention.
            let org_noun = classes::description_kind(doc.toks[head].lower) == Some("organization");
            let inner = (i + 1..head).find_map(|k| owner.at(k)).filter(|&a| {
                org_noun
                    && matches!(
                        reg.entries[a].kind,
                        ActorKind::Organization | ActorKind::Media
                    )
            });
            if inner.is_some() {
                i += 1;
                continue;
            }
            let named = named_after(doc, owner, end);
            // "the board of the rival bidder X": the description belongs to X, or to
            // nobody the history can tell.
            // Looked up once here for `describe` too.
            let kind = classes::description_kind(doc.toks[head].lower);
            let body = kind.is_some_and(|k| k != "person" && k != "group");
            let owned_by = (body && doc.word(end, "of")).then(|| of_owner(doc, owner, end));
            if let Some(of) = owned_by {
                if let Some(a) = of {
                    let (sent, span) = (doc.toks[i].sent, doc.span(i, end));
                    note(reg, &mut added, a, sent, span, "actor/coref/description");
                }
                i = end;
                continue;
            }
            if let Some(a) =
                named.or_else(|| describe(doc, reg, &seen, &mut by_head, i, head, kind))
            {
                if named.is_some() {
                    by_head.insert(doc.toks[head].lower, a);
                }
                let (sent, span) = (doc.toks[i].sent, doc.span(i, end));
                note(reg, &mut added, a, sent, span, "actor/coref/description");
                seen.push(Seen {
                    tok: i,
                    sent: doc.toks[i].sent,
                    actor: a,
                    subject: subject_like(doc, i, &seen) || inverted(doc, i, end),
                    poss: false,
                });
            }
            i = end;
            continue;
        }
        let holder = doc.word(i, "its") && !doc.toks[i].quoted;
        if let Some(name) = holder.then(|| clues::names_role_holder(doc, i)).flatten() {
            // No mention: "said its founder, Ellie Marsh" has her as the source; the
            // body is only her employer.
            if let Some(a) = clues::possessor(doc, reg, &seen, i) {
                reg.officers.push((name, a));
            }
            i += 1;
            continue;
        }
        if let Some(want) = pronoun(doc, i) {
            let unnamed = matches!(want, Want::Person(_)) && clues::unnamed_subject(doc, owner, i);
            // ("two of the people said … one of them added": a share is of people, a
            // group before a body where there is one.)
            let share = doc.word(i, "them") && doc.word(i.saturating_sub(1), "of");
            let picked = if share {
                pick(doc, reg, &seen, i, Want::Kinds(&[ActorKind::Group]))
                    .or_else(|| pick(doc, reg, &seen, i, want))
            } else {
                pick(doc, reg, &seen, i, want)
            };
            if let Some(a) = picked.filter(|_| !unnamed) {
                if let Want::Person(g @ (Gender::Male | Gender::Female)) = want {
                    if reg.entries[a].gender == Gender::Unknown {
                        reg.entries[a].gender = g;
                    }
                }
                let (sent, span) = (doc.toks[i].sent, doc.toks[i].span);
                note(reg, &mut added, a, sent, span, "actor/coref/pronoun");
                seen.push(Seen {
                    tok: i,
                    sent: doc.toks[i].sent,
                    actor: a,
                    subject: true,
                    poss: false,
                });
            }
        }
        i += 1;
    }
    reg.settle();
    added
}

/// Adds a mention and notes it in `added` if the registry took it.
fn note(
    reg: &mut Registry,
    added: &mut Vec<(usize, Span)>,
    a: usize,
    sent: usize,
    span: Span,
    rule: &'static str,
) {
    if reg.mention(a, sent, span, rule) {
        added.push((a, span));
    }
}

/// "The group, which calls itself X," / "the firm, known as X": the actor named right
/// after a description.
fn named_after(doc: &Doc, owner: &Table, end: usize) -> Option<usize> {
    if !doc.punct(end, ",") {
        return None;
    }
    let words: Vec<&str> = (end + 1..(end + 4).min(doc.toks.len()))
        .map(|k| doc.toks[k].low())
        .collect();
    let skip = match words.as_slice() {
        ["which", "calls" | "call", "itself" | "themselves"] => 4,
        ["known", "as", ..] => 3,
        _ => return None,
    };
    owner.at(end + skip)
}

/// The actor named within a few words after "of" at `of` ("of the rival bidder X").
fn of_owner(doc: &Doc, owner: &Table, of: usize) -> Option<usize> {
    (of + 1..(of + 6).min(doc.toks.len()))
        .take_while(|&k| doc.same_sent(of, k) && doc.toks[k].kind == Kind::Word)
        .find_map(|k| owner.at(k).map(|a| (k, a)))
        .and_then(|(k, a)| (!doc.is(k, Tags::POSSESSIVE)).then_some(a))
}

fn subject_like(doc: &Doc, i: usize, seen: &[Seen]) -> bool {
    let sent = doc.toks[i].sent;
    // The first actor of the sentence, a possessive before it aside.
    let first = seen
        .iter()
        .rev()
        .take_while(|s| s.sent == sent)
        .all(|s| s.poss);
    let after_prep = i > 0
        && doc.same_sent(i - 1, i)
        && (doc.is(i - 1, Tags::PREP)
            || (doc.word(i - 1, "the") && i > 1 && doc.is(i - 2, Tags::PREP)));
    first && !after_prep
}

/// "…, the company said.": the mention `i..end` is the speaker after a reported
/// content, the subject of the verb after it.
fn inverted(doc: &Doc, i: usize, end: usize) -> bool {
    i > 0 && doc.punct(i - 1, ",") && doc.is(end, Tags::VERB) && doc.same_sent(i, end)
}

/// "The 51-year-old engineer", "the 45-year-old": a person described by age at `i`
/// ("the"), and one past the description (the noun after the age when one follows).
fn aged(doc: &Doc, i: usize) -> Option<usize> {
    if !doc.word(i, "the") {
        return None;
    }
    let age = doc.get(i + 1)?;
    if !doc.same_sent(i, i + 1) || !age.lower.ends_with("-year-old") {
        return None;
    }
    let noun = doc.get(i + 2).is_some_and(|t| {
        t.kind == Kind::Word
            && doc.same_sent(i, i + 2)
            && !t
                .tags
                .has(Tags::CAP | Tags::VERB | Tags::FUNCTION | Tags::AUX | Tags::PREP)
    });
    Some(if noun { i + 3 } else { i + 2 })
}

/// A description at `i`: "the|its|their" + up to two modifiers + a description noun.
/// Returns (end, head token).
fn description(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let t = doc.get(i)?;
    if !matches!(t.low(), "the" | "its" | "their") {
        return None;
    }
    for h in i + 1..(i + 5).min(doc.toks.len()) {
        let ht = &doc.toks[h];
        if !doc.same_sent(i, h) || ht.kind != Kind::Word {
            return None;
        }
        // ("the Government", as British and Irish papers write it: a description too.)
        let british = h == i + 1 && ht.lower == "government";
        if ht.tags.has(Tags::DESC) && (!ht.tags.has(Tags::CAP) || british) {
            let next = doc.get(h + 1);
            let continues = next.is_some_and(|n| {
                n.kind == Kind::Word
                    && !ht.tags.has(Tags::POSSESSIVE)
                    && (n.tags.has(Tags::GROUP_NOUN | Tags::TITLE | Tags::DESC)
                        || (n.tags.has(Tags::CAP) && !n.tags.has(Tags::FUNCTION)))
            });
            if continues {
                continue;
            }
            // "move up the value chain", "the supply chain": a compound that is no body.
            let compound = ht.lower == "chain"
                && h > i + 1
                && matches!(doc.toks[h - 1].lower, "supply" | "value" | "food" | "cold");
            if compound {
                return None;
            }
            // "its chief executive, Ana Ruiz": the name that follows is the referent.
            let named =
                doc.punct(h + 1, ",") && doc.is(h + 2, Tags::CAP) && !doc.is(h + 2, Tags::FUNCTION);
            if named {
                return None;
            }
            return Some((h + 1, h));
        }
        if ht.tags.has(Tags::FUNCTION | Tags::VERB | Tags::POSSESSIVE)
            && !ht.tags.has(Tags::COUNTRY)
        {
            return None;
        }
    }
    None
}

/// The canonical country a one-word nationality or country at `k` names.
fn country_of(doc: &Doc, k: usize) -> Option<&'static str> {
    if !doc.is(k, Tags::DEMONYM | Tags::COUNTRY) {
        return None;
    }
    match classes::phrase_at(&[doc.toks[k].low()]) {
        Some((1, classes::Phrase::Country | classes::Phrase::Demonym, c)) => Some(c),
        _ => None,
    }
}

/// The word of a name that says what the body is (see [`Entry::head_word`]).
fn name_head(e: &Entry) -> Option<&str> {
    Some(e.head_word())
}

/// The other body nouns a head noun may stand for ("the department" finds a Ministry).
fn synonyms(head: &str) -> &'static [&'static str] {
    match head {
        "department" => &["ministry"],
        "ministry" => &["department"],
        "regulator" => &["authority", "commission"],
        "authority" => &["regulator"],
        "union" => &UNION_NAMES,
        // ("the party" is the Green Alliance; "the alliance" is no party of another
        // name.)
        "party" => &["alliance"],
        _ => &[],
    }
}

/// Words that name a trade union ("Pilots Association", "Guild of Ward Nurses").
const UNION_NAMES: [&str; 7] = [
    "workers",
    "association",
    "federation",
    "guild",
    "congress",
    "confederation",
    "brotherhood",
];

/// Description nouns any organisation fits: they say nothing about its trade.
const BROAD_NOUNS: [&str; 7] = [
    "company",
    "firm",
    "group",
    "business",
    "brand",
    "organisation",
    "organization",
];

/// Whether two specific description nouns name different trades ("bank" and
/// "airline"): an organisation the article has called the one is not the other.
fn other_trade(head: &str, earlier: &str) -> bool {
    let synonym = |a: &str, b: &str| {
        matches!(
            (a, b),
            ("airline", "carrier")
                | ("bank", "lender")
                | (
                    "automaker" | "carmaker",
                    "automaker" | "carmaker" | "manufacturer" | "maker"
                )
        )
    };
    !(same_body(head, earlier)
        || same_body(earlier, head)
        || synonym(head, earlier)
        || synonym(earlier, head)
        || BROAD_NOUNS.contains(&head)
        || BROAD_NOUNS.contains(&earlier))
}

/// Whether `word` names the body `head` describes: the noun itself or a synonym.
fn same_body(head: &str, word: &str) -> bool {
    head == word || synonyms(head).contains(&word)
}

/// The actor the description at `i` refers to: its head token `h` names a kind of
/// actor `kind` ([`classes::description_kind`] of its word).
fn describe<'a>(
    doc: &Doc<'a>,
    reg: &mut Registry,
    seen: &[Seen],
    by_head: &mut HashMap<&'a str, usize, Fast>,
    i: usize,
    h: usize,
    kind: Option<&'static str>,
) -> Option<usize> {
    let head: &'a str = doc.toks[h].lower;
    let kind = kind?;
    // "the labour ministry" is not the interior ministry, "the prime minister" not the
    // labour minister: where both name a portfolio, they must share a word of it.
    // ("the federal government" is not "Victoria's state government".)
    let portfolio: Vec<&str> =
        if matches!(head, "ministry" | "minister" | "department" | "government") {
            (i + 1..h)
                .filter(|&k| doc.is(k, Tags::ROLE_MOD) && !doc.is(k, Tags::CAP))
                .map(|k| doc.toks[k].lower)
                .collect()
        } else {
            Vec::new()
        };
    let agrees = |reg: &Registry, a: usize| {
        if portfolio.is_empty() {
            return true;
        }
        let e = &reg.entries[a];
        let shares = |w: &str| portfolio.contains(&w);
        let theirs = |w: &str| w != head && classes::word_tags(w).has(Tags::ROLE_MOD);
        match (&e.role, e.kind) {
            (Some(r), ActorKind::Person) => {
                let r = r.to_lowercase();
                let mut ws = r.split(' ').filter(|w| theirs(w)).peekable();
                ws.peek().is_none() || ws.any(shares)
            }
            (_, ActorKind::Person) => true,
            _ => {
                let mut ws = e.words().filter(|w| theirs(w)).peekable();
                ws.peek().is_none() || ws.any(shares)
            }
        }
    };
    // "The Brazilian government", "the U.S. government": a country's government is
    // the country ("The Western Australian government" is a state's, of two words).
    if head == "government" && h == i + 2 {
        if let Some(c) = country_of(doc, i + 1) {
            let a = reg
                .get(c)
                .unwrap_or_else(|| reg.add(&super::link::title_case(c), c, ActorKind::Government));
            return Some(a);
        }
    }
    // "the central bank" is a body named as one (central, reserve, monetary, a
    // "Bundesbank", a "Bank of …"), never another bank the article names; with none
    // named, a government body of its own.
    // ("the Dutch central bank": a country's, named so, not another country's named
    // before.)
    if head == "bank" && h == i + 3 && doc.word(i + 2, "central") && doc.is(i + 1, Tags::DEMONYM) {
        if let Some(c) = country_of(doc, i + 1) {
            let name = doc.span(i + 1, h + 1).text(doc.text);
            let key = format!("{c} central bank");
            let a = reg
                .get(&key)
                .unwrap_or_else(|| reg.add(name, &key, ActorKind::Government));
            return Some(a);
        }
    }
    if head == "bank" && h == i + 2 && doc.word(i + 1, "central") {
        let central = |a: usize| {
            let e = &reg.entries[a];
            let word = |w: &str| {
                matches!(w, "central" | "reserve" | "monetary")
                    || (w.len() > 4 && w.ends_with("bank"))
            };
            if e.kind == ActorKind::Person || e.kind == ActorKind::Group {
                return false;
            }
            // (Its head is a bank, a reserve or an authority: not "Monetary Policy
            // Committee", the bank's own.)
            let h = e.head_word();
            let headed = matches!(h, "bank" | "reserve" | "authority") || word(h);
            let bank_of = || {
                h == "bank"
                    && e.words()
                        .zip(e.words().skip(1))
                        .any(|(a, b)| a == "bank" && b == "of")
            };
            headed && (e.words().any(word) || bank_of())
        };
        // The history first, then the bodies holding one of the words (a bounded list
        // each: a text of many such descriptions stays linear). The history's test once
        // an actor, not once a mention: it repeats a few actors. Kept by actor, not in a
        // slot for every entry, which cleared a registry's worth a description.
        let mut is_central: HashMap<usize, bool, Fast> = HashMap::default();
        let named = seen
            .iter()
            .rev()
            .take(HISTORY)
            .map(|s| s.actor)
            .find(|&a| *is_central.entry(a).or_insert_with(|| central(a)))
            .or_else(|| {
                ["central", "reserve", "monetary", "bank"]
                    .iter()
                    .find_map(|w| reg.with_word(w).iter().copied().find(|&a| central(a)))
            });
        return Some(
            named.unwrap_or_else(|| reg.add("central bank", "central bank", ActorKind::Government)),
        );
    }
    // "the government" after a country its sentence names is that country's, whatever
    // "the government" meant before.
    if head == "government" && h == i + 1 {
        if let Some(Some(a)) = country_here(doc, reg, i) {
            return Some(a);
        }
    }
    let want = match kind {
        "person" => {
            // "the minister" is the person whose role says so, or one with no known
            // role, or one named in this sentence or the one before ("Priya Nandra …
            // The transport committee chair"); not a person the article gave another
            // role further back ("Chief Constable").
            let with_role = by_role(reg, seen, head).filter(|&a| agrees(reg, a));
            let cur = doc.toks[i].sent;
            let recent = |a: usize| {
                seen.iter()
                    .rev()
                    .take_while(|s| s.sent + 1 >= cur)
                    .any(|s| s.actor == a)
            };
            // A bare title names one office: "the president" is not the press
            // secretary named in the same sentence; "the transport committee chair" may
            // be the councillor just named, "the officer" anyone.
            let title = h == i + 1 && classes::word_tags(head).has(Tags::TITLE);
            return with_role
                .or_else(|| {
                    pick(doc, reg, seen, i, Want::Person(Gender::Unknown)).filter(|&a| {
                        let role = reg.entries[a].role.is_some();
                        !role || (recent(a) && !title)
                    })
                })
                .or_else(|| named_later(doc, reg, i, head, &portfolio));
        }
        "group" => {
            // "people familiar with the matter … one of the people said", "… the person
            // added", "the sources said": the unnamed source named before. Not "the
            // people of Lagos", "the person who …", "the wrong people": a phrase that
            // says whom it means.
            let anyone = matches!(head, "people" | "person" | "source" | "sources");
            if anyone && (h > i + 1 || doc.is(h + 1, Tags::PREP | Tags::FUNCTION)) {
                return None;
            }
            let stem: &str = match head {
                "person" => "people",
                "sources" => "source",
                w => w.get(..5).unwrap_or(w),
            };
            return seen.iter().rev().take(HISTORY).map(|s| s.actor).find(|&a| {
                let e = &reg.entries[a];
                e.kind == ActorKind::Group && e.words().any(|w| w.starts_with(stem))
            });
        }
        "organization" => ORGS,
        "media" => MEDIA,
        // A council, board or district may have been typed as an organisation; a
        // ministry, agency or regulator is a government body.
        _ if matches!(
            head,
            "council" | "board" | "committee" | "district" | "court"
        ) =>
        {
            GOVS
        }
        _ => STATE,
    };
    let fits = |a: usize| {
        let e = &reg.entries[a];
        want.contains(&e.kind)
            && (name_head(e).is_some_and(|w| same_body(head, w))
                || e.heads.iter().any(|w| same_body(head, w)))
            && agrees(reg, a)
    };
    // Bodies whose name holds the noun: the one mentioned last before `i`, else the
    // first one the article names later ("the department" … "Ministry of Housing").
    let pos = doc.toks[i].span.start;
    // The noun itself before its synonyms: "the union" is the Dock Union before the
    // Operators' Association.
    let mut nouns = std::iter::once(head).chain(synonyms(head).iter().copied());
    // "the union" is also a body whose name holds "workers" anywhere ("Transport
    // Workers' Alliance").
    let labour = |w: &str, a: usize| {
        head == "union" && w == "workers" && reg.entries[a].kind == ActorKind::Organization
    };
    // (A union's looser names, "association", "federation", find only a body
    // mentioned before or by the next sentence's end: "their union said. The Cabin
    // Crew Association said" but not a "Patients Association" paragraphs later.)
    let loose_union = |w: &str| head == "union" && w != head && w != "workers";
    let near = |a: usize| {
        let next_end = || {
            let s = doc.toks[i].sent;
            let (_, end) = doc
                .sents
                .get(s + 1)
                .or(doc.sents.get(s))
                .copied()
                .unwrap_or((0, 0));
            doc.toks
                .get(end.saturating_sub(1))
                .map_or(pos, |t| t.span.end)
        };
        reg.last_mention_before(a, pos).is_some()
            || reg.entries[a]
                .mentions
                .first()
                .is_some_and(|m| m.span.start < next_end())
    };
    // ("In a statement, the transport ministry said …" in an article about Lithuania
    // is not "Latvia's transport ministry" named later: a body first named after the
    // description with another country's possessive is another country's.)
    let main = std::cell::OnceCell::new();
    let foreign_later = |a: usize| {
        let e = &reg.entries[a];
        if reg.last_mention_before(a, pos).is_some() {
            return false;
        }
        let Some(first) = e.name.split_whitespace().next() else {
            return false;
        };
        let owner = crate::tokens::strip_possessive(first);
        if owner.len() == first.len() {
            return false;
        }
        let key = crate::tokens::lower(owner);
        let Some(country) = reg
            .get(&key)
            .filter(|_| classes::COUNTRIES.contains(key.as_str()))
        else {
            return false;
        };
        main.get_or_init(|| main_country(doc, reg, i))
            .is_some_and(|m| m != country)
    };
    let named = nouns.find_map(|w| {
        reg.with_word(w)
            .iter()
            .copied()
            .filter(|&a| fits(a) || labour(w, a))
            .filter(|&a| !loose_union(w) || near(a))
            .filter(|&a| !foreign_later(a))
            .max_by_key(|&a| (reg.last_mention_before(a, pos), std::cmp::Reverse(a)))
    });
    // A union is no company, a league no club, a venture (often one still planned) no
    // partner in it, a court no law firm, a fund, federation, institute or university
    // none of the firms
    // around it: "the union" or "the fund" with none named in the article is left to
    // nobody rather than to the salient body.
    let own_kind = matches!(
        head,
        "union"
            | "league"
            | "campaign"
            | "venture"
            | "alliance"
            | "association"
            | "confederation"
            | "cooperative"
            | "court"
            | "federation"
            | "foundation"
            | "fund"
            | "institute"
            | "lobby"
            | "university"
    );
    if own_kind && named.is_none() {
        return by_head.get(&head).copied();
    }
    let cont = if named.is_none() && doc.starts_sentence(i) {
        continuing(doc, reg, seen, i, want, head)
    } else {
        None
    };
    // "the club" is not the "Football League": a company whose name says it is another
    // kind of body is no candidate (government bodies keep their looser synonyms).
    // "the bank" is not the airline the article has called "the carrier".
    let described = |a: usize| {
        by_head.iter().any(|(k, &b)| {
            b == a && classes::description_kind(k) == Some("organization") && other_trade(head, k)
        })
    };
    // "the company" is not the "Tenants' Association": a body whose name says it is a
    // union or an association is only a group, a body or an organisation.
    let loose = matches!(head, "group" | "body" | "organisation" | "organization");
    let unionlike = |w: &str| w == "union" || UNION_NAMES.contains(&w);
    let other = |reg: &Registry, a: usize| {
        kind == "organization"
            && (name_head(&reg.entries[a]).is_some_and(|w| {
                !same_body(head, w)
                    && (classes::description_kind(w).is_some() || (unionlike(w) && !loose))
            }) || described(a))
    };
    // "Tom Hale, an analyst at the firm": the body last named, not the topic; only
    // here, so it is not remembered for the head.
    // Only for the broad nouns any employer fits ("firm", "bank"); "engineers at the
    // airline's base" keeps the airline the article is about.
    let broad = matches!(
        head,
        "firm" | "company" | "business" | "group" | "bank" | "lender"
    );
    if named.is_none() && broad && clues::staff_at(doc, i) {
        let tail = &seen[seen.len().saturating_sub(WINDOW)..];
        let last = tail
            .iter()
            .rev()
            .map(|s| s.actor)
            .find(|&a| want.contains(&reg.entries[a].kind) && !other(reg, a));
        if last.is_some() {
            return last;
        }
    }
    let cached = by_head.get(&head).copied().filter(|&a| agrees(reg, a));
    let cont = cont.filter(|&a| agrees(reg, a));
    if let Some(a) = named.or(cont).or(cached) {
        by_head.insert(head, a);
        return Some(a);
    }
    if let Some(a) = named_body(doc, reg, i, h, want) {
        return Some(a);
    }
    // "the government" in an article about a country: the country it has named most
    // so far ("Chile … Chile's Congress … the government").
    if head == "government" {
        if let Some(a) = main_country(doc, reg, i) {
            by_head.insert(head, a);
            return Some(a);
        }
    }
    if head == "government" || head == "administration" {
        let a = reg.add(head, head, ActorKind::Government);
        by_head.insert(head, a);
        return Some(a);
    }
    let tail = &seen[seen.len().saturating_sub(HISTORY)..];
    // `other` once an actor, not once a mention: the history repeats a few actors.
    // (Kept by actor, as `is_central` above.)
    let mut is_other: HashMap<usize, bool, Fast> = HashMap::default();
    let kept: Vec<Seen> = tail
        .iter()
        .copied()
        .filter(|s| {
            !*is_other
                .entry(s.actor)
                .or_insert_with(|| other(reg, s.actor))
        })
        .collect();
    // A council or committee typed as an organisation is found above by its name; the
    // salient company is no "council" ("the board" may be the company's own).
    let want = if want == GOVS && head != "board" {
        STATE
    } else {
        want
    };
    let a = topic(doc, reg, &kept, i, want).filter(|&a| agrees(reg, a))?;
    by_head.insert(head, a);
    Some(a)
}

/// The country named last before token `i` in its sentence, if one is: its actor, or
/// `Some(None)` where it is no actor.
fn country_here(doc: &Doc, reg: &Registry, i: usize) -> Option<Option<usize>> {
    let c = (0..i)
        .rev()
        .take_while(|&k| doc.same_sent(k, i))
        .find_map(|k| country_of(doc, k).filter(|c| classes::COUNTRIES.contains(c)))?;
    Some(reg.get(c))
}

/// The country named earlier in the sentence of token `i` ("members of the
/// government" after "the free press of Britain"; none if it is no actor), else the one
/// named most often before it (the earliest named of equals); a state or province is
/// not one ("the government" in Charleston is Washington's).
fn main_country(doc: &Doc, reg: &Registry, i: usize) -> Option<usize> {
    if let Some(here) = country_here(doc, reg, i) {
        return here;
    }
    let pos = doc.toks[i].span.start;
    let named = |e: &Entry| {
        e.mentions
            .iter()
            .take_while(|m| m.span.start < pos)
            .filter(|m| m.rule == "actor/name/country")
            .count()
    };
    reg.entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == ActorKind::Government && classes::COUNTRIES.contains(&e.key))
        .map(|(a, e)| (named(e), std::cmp::Reverse(a)))
        .filter(|&(n, _)| n > 0)
        .max()
        .map(|(_, std::cmp::Reverse(a))| a)
}

/// "Nordhavn said … The company has proposed …": a sentence-opening description
/// continues the subject of the sentence before, unless that body's name says it is
/// another kind of body ("University of Sarnow" is no "company").
fn continuing(
    doc: &Doc,
    reg: &Registry,
    seen: &[Seen],
    i: usize,
    want: &[ActorKind],
    head: &str,
) -> Option<usize> {
    let cur = doc.toks[i].sent;
    let s = seen
        .iter()
        .rev()
        .take(WINDOW)
        .take_while(|s| s.sent + 1 >= cur)
        .filter(|s| s.sent + 1 == cur)
        .last()?;
    let e = &reg.entries[s.actor];
    let other_noun =
        name_head(e).is_some_and(|w| !same_body(head, w) && classes::description_kind(w).is_some());
    (s.subject && want.contains(&e.kind) && !other_noun).then_some(s.actor)
}

/// "the commerce ministry", "the health department", "the national medicines
/// regulator": a body its portfolio names (portfolio words, and plain lower-case nouns
/// beside at least one of them), an actor of its own when no named actor fits.
fn named_body(
    doc: &Doc,
    reg: &mut Registry,
    i: usize,
    h: usize,
    want: &[ActorKind],
) -> Option<usize> {
    let plain = |k: usize| {
        let t = &doc.toks[k];
        t.kind == Kind::Word
            && !t
                .tags
                .has(Tags::CAP | Tags::FUNCTION | Tags::VERB | Tags::AUX | Tags::DET)
            && !t.lower.ends_with("ed")
    };
    if !want.contains(&ActorKind::Government)
        || h < i + 2
        || !(i + 1..h).any(|k| doc.is(k, Tags::ROLE_MOD))
        || !(i + 1..h).all(|k| doc.is(k, Tags::ROLE_MOD) || plain(k))
    {
        return None;
    }
    let name = doc.name_text(i + 1, h + 1);
    let key = doc.key(i + 1, h + 1);
    Some(reg.add(name, &key, ActorKind::Government))
}

/// After a country's possessive ending at `k`: lower-case portfolio words and a title
/// ("housing minister"); the title's token and the portfolio words.
fn country_title<'a>(doc: &Doc<'a>, k: usize) -> Option<(usize, Vec<&'a str>)> {
    let mut p = Vec::new();
    let mut h = k;
    while h < k + 4 && doc.is(h, Tags::ROLE_MOD) && !doc.is(h, Tags::CAP | Tags::TITLE) {
        p.push(doc.toks[h].lower);
        h += 1;
    }
    (!p.is_empty() && doc.is(h, Tags::TITLE) && !doc.is(h, Tags::CAP | Tags::POSSESSIVE))
        .then_some((h, p))
}

/// "LONDON — The finance minister on Tuesday defended her budget … Finance Minister
/// Ana Cruz told parliament …": a title with its portfolio in the story's first
/// sentences, with no one before it, is the one person the next few sentences name
/// with that role (every portfolio word in it).
fn named_later(
    doc: &Doc,
    reg: &Registry,
    i: usize,
    head: &str,
    portfolio: &[&str],
) -> Option<usize> {
    let sent = doc.toks[i].sent;
    if sent > 2 || portfolio.is_empty() {
        return None;
    }
    let pos = doc.toks[i].span.start;
    let until = doc
        .sents
        .get(sent + 4)
        .or(doc.sents.last())
        .and_then(|&(_, e)| doc.toks.get(e.saturating_sub(1)))
        .map_or(pos, |t| t.span.end);
    let mut found = reg.entries.iter().enumerate().filter(|(_, e)| {
        e.kind == ActorKind::Person
            && e.mentions
                .first()
                .is_some_and(|m| m.span.start > pos && m.span.start < until)
            && e.role.as_deref().is_some_and(|r| {
                let r = r.to_lowercase();
                let words: Vec<&str> = r.split(' ').collect();
                words.last() == Some(&head) && portfolio.iter().all(|p| words.contains(p))
            })
    });
    match (found.next(), found.next()) {
        (Some((a, _)), None) => Some(a),
        _ => None,
    }
}

/// The most recent person whose role holds the description noun ("the minister").
fn by_role(reg: &Registry, seen: &[Seen], head: &str) -> Option<usize> {
    seen.iter().rev().take(HISTORY).map(|s| s.actor).find(|&a| {
        let e = &reg.entries[a];
        e.kind == ActorKind::Person
            && e.role
                .as_deref()
                .is_some_and(|r| r.to_lowercase().split(' ').any(|w| w == head))
    })
}

/// A pronoun that can stand for an actor at `i`, with what it may refer to.
fn pronoun(doc: &Doc, i: usize) -> Option<Want> {
    let t = doc.get(i)?;
    // "According to him, …": a source, as a subject is.
    if !t.quoted && i >= 2 && doc.word(i - 2, "according") && doc.word(i - 1, "to") {
        match t.low() {
            "him" => return Some(Want::Person(Gender::Male)),
            "her" => return Some(Want::Person(Gender::Female)),
            "them" => return Some(Want::Kinds(PLURALS)),
            _ => {}
        }
    }
    if t.quoted || !t.tags.has(Tags::PRONOUN) {
        return None;
    }
    match t.low() {
        "he" => Some(Want::Person(Gender::Male)),
        "she" => Some(Want::Person(Gender::Female)),
        "they" => Some(Want::Kinds(PLURALS)),
        // "one of them said"
        "them" if i >= 2 && doc.word(i - 1, "of") && doc.is(i - 2, Tags::DET) => {
            Some(Want::Kinds(PLURALS))
        }
        "it" if subject_it(doc, i) => Some(Want::Kinds(BODIES)),
        _ => None,
    }
}

/// "it" as the subject of a verb, not an expletive ("it is unclear").
fn subject_it(doc: &Doc, i: usize) -> bool {
    // ("It also called for …", "It later said …": an adverb before the verb.)
    let adverb = |k: usize| {
        doc.get(k).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.tags.has(Tags::CAP)
                && (matches!(
                    t.low(),
                    "also" | "then" | "later" | "still" | "already" | "never" | "now" | "again"
                ) || (t.low().len() > 4 && t.low().ends_with("ly")))
        })
    };
    let v = if adverb(i + 1) && doc.same_sent(i, i + 2) {
        i + 2
    } else {
        i + 1
    };
    let Some(n) = doc.get(v) else {
        return false;
    };
    // "stopped prescribing it months ago": the object of a verb in -ing.
    let object = i > 0 && doc.same_sent(i - 1, i) && {
        let p = doc.toks[i - 1].low();
        p.len() > 5 && p.ends_with("ing") && !doc.is(i - 1, Tags::FUNCTION | Tags::PREP)
    };
    if object {
        return false;
    }
    if n.kind != Kind::Word || n.tags.has(Tags::CAP) {
        return false;
    }
    if matches!(
        n.low(),
        "is" | "was" | "’s" | "'s" | "seems" | "appears" | "remains" | "looks"
    ) {
        return doc
            .get(v + 1)
            .is_some_and(|m| m.lower.ends_with("ing") || m.lower.ends_with("ed"));
    }
    n.tags.has(Tags::VERB | Tags::AUX) || n.lower.ends_with("ed") || n.lower.ends_with('s')
}

/// The body a description such as "the company" most likely means: among compatible
/// actors mentioned in the last four sentences, the one the article has mentioned most
/// (news keeps returning to its main company), with a bonus for being the subject of
/// the current sentence and for being mentioned in it or the sentence before.
fn topic(doc: &Doc, reg: &Registry, seen: &[Seen], i: usize, want: &[ActorKind]) -> Option<usize> {
    let cur = doc.toks[i].sent;
    // At most the last WINDOW mentions: a run-on "sentence" must not make this quadratic.
    let from = reach(doc, cur);
    let lo = seen
        .partition_point(|s| s.sent < from)
        .max(seen.len().saturating_sub(WINDOW));
    // "Along with Skandik and Orbel, the brand has …", "Unlike its rivals, the company
    // …": names in an opening phrase that sets others beside the subject are not it
    // (a possessive may be: "Along with Zenco's deal with Ostra, the brand grew").
    let beside = beside_end(doc, cur).filter(|&c| c < i).unwrap_or(0);
    // Per candidate: (actor, bonus, first token in this sentence, last token).
    let mut cands: Vec<(usize, usize, usize, usize)> = Vec::new();
    for x in seen[lo..]
        .iter()
        .filter(|s| s.tok < i && !(s.sent == cur && s.tok < beside && !s.poss))
    {
        if !want.contains(&reg.entries[x.actor].kind) {
            continue;
        }
        let bonus = match (x.sent == cur, x.subject, x.sent + 1 == cur) {
            (true, true, _) => 3,
            (true, false, _) => 2,
            (false, true, true) => 2,
            (false, false, true) => 1,
            _ => 0,
        };
        let first = if x.sent == cur { x.tok } else { usize::MAX };
        match cands.iter_mut().find(|c| c.0 == x.actor) {
            Some(c) => {
                c.1 = c.1.max(bonus);
                c.2 = c.2.min(first);
                c.3 = x.tok;
            }
            None => cands.push((x.actor, bonus, first, x.tok)),
        }
    }
    let mut counts = vec![0usize; cands.len()];
    for x in seen.iter().rev().take(HISTORY) {
        if let Some(k) = cands.iter().position(|c| c.0 == x.actor) {
            counts[k] += 1;
        }
    }
    cands
        .iter()
        .zip(&counts)
        .max_by_key(|(c, &n)| (n + c.1, c.1, std::cmp::Reverse(c.2), std::cmp::Reverse(c.0)))
        .map(|(c, _)| c.0)
}

/// The comma closing sentence `s`'s opening phrase when that phrase sets others beside
/// the subject ("Along with …,", "Like …,", "Unlike …,", "Besides …,", "Apart from
/// …,", "As with …,", "In addition to …,"), if it does.
fn beside_end(doc: &Doc, s: usize) -> Option<usize> {
    let &(a, e) = doc.sents.get(s)?;
    let w = |k: usize, x: &str| doc.word(k, x);
    let body = (a..e.min(a + 12)).find(|&k| doc.toks[k].kind == Kind::Word)?;
    let opens = w(body, "like")
        || w(body, "unlike")
        || w(body, "besides")
        || w(body, "alongside")
        || (w(body, "along") && w(body + 1, "with"))
        || (w(body, "apart") && w(body + 1, "from"))
        || (w(body, "as") && w(body + 1, "with"))
        || (w(body, "in") && w(body + 1, "addition") && w(body + 2, "to"));
    if !opens {
        return None;
    }
    let comma = (body + 1..e.min(body + 16)).find(|&k| doc.punct(k, ","))?;
    // ("Unlike Solvent, a German supplier, it …": an apposition inside the phrase.)
    let apposed = doc.word(comma + 1, "a") || doc.word(comma + 1, "an");
    let second = (comma + 2..e.min(comma + 10)).find(|&k| doc.punct(k, ","));
    Some(second.filter(|_| apposed).unwrap_or(comma))
}

/// The first sentence a mention in sentence `cur` reaches back to: three sentences of
/// narrative before it. A sentence wholly inside quotation marks is the last
/// speaker's words, not narrative, and does not count (up to six of them): "“If you
/// are told to go, go,” Sandhu said. “Do not wait. Do not go back. Property can be
/// replaced.” She said …" is still Sandhu.
fn reach(doc: &Doc, cur: usize) -> usize {
    let (mut s, mut narrative, mut quoted) = (cur, 0, 0);
    while s > 0 && narrative < 3 {
        s -= 1;
        if quoted < 6 && doc.quoted_sentence(s) {
            quoted += 1;
        } else {
            narrative += 1;
        }
    }
    s
}

/// The salient compatible actor for a mention at `i`.
fn pick(doc: &Doc, reg: &Registry, seen: &[Seen], i: usize, want: Want) -> Option<usize> {
    let cur = doc.toks[i].sent;
    // An unnamed source of one person: "A spokeswoman", "an official", "one nurse".
    let single = |e: &super::registry::Entry| {
        e.kind == ActorKind::Group && {
            let n = e.name.as_bytes();
            n.len() > 4
                && (n[..2].eq_ignore_ascii_case(b"a ")
                    || n[..3].eq_ignore_ascii_case(b"an ")
                    || n[..4].eq_ignore_ascii_case(b"one "))
        }
    };
    let plural = matches!(want, Want::Kinds(ks) if ks == PLURALS);
    let fits = |a: usize| {
        let e = &reg.entries[a];
        match want {
            Want::Person(g) => {
                // "One senior nurse, who did not want to be named, said … “…,” she
                // said": an unnamed source of one person is a he or a she too (a
                // pronoun's want has a gender; a description's, "the minister", none).
                let one = g != Gender::Unknown && single(e);
                (e.kind == ActorKind::Person || one)
                    && (g == Gender::Unknown || e.gender == Gender::Unknown || e.gender == g)
            }
            // ("A government spokeswoman said … They also want": one unnamed person
            // is no "they".)
            Want::Kinds(ks) => ks.contains(&e.kind) && !(plural && single(e)),
        }
    };
    // `seen` is in text order: only its tail can lie in the window.
    let from = reach(doc, cur);
    let lo = seen
        .partition_point(|s| s.sent < from)
        .max(seen.len().saturating_sub(WINDOW));
    let window = &seen[lo..];
    let group = |s: &Seen| reg.entries[s.actor].kind == ActorKind::Group;
    let person = matches!(want, Want::Person(_));
    // ("Two people involved in the talks said … Agrosul had sought a 15-year term,
    // they said": "they" before a speech verb is the group that spoke the sentence
    // before, not a body its own sentence's content names.)
    if plural && doc.is(i + 1, Tags::VERB) && cur > 0 {
        let spoke = window
            .iter()
            .rev()
            .filter(|s| s.sent + 1 == cur && s.subject && group(s) && fits(s.actor))
            .map(|s| s.actor)
            .next();
        let none_here = !window
            .iter()
            .any(|s| s.sent == cur && s.tok < i && group(s));
        if let Some(a) = spoke.filter(|_| none_here) {
            return Some(a);
        }
    }
    // ("Unlike Solvent, a German supplier, it has kept its prices": not Solvent.)
    let beside = beside_end(doc, cur).filter(|&c| c < i).unwrap_or(0);
    for sent in (from..=cur).rev() {
        // Walked twice rather than collected: a window holds few mentions. An unnamed
        // person is a "he" or "she" of a later sentence only ("A Democratic source said
        // he could not answer", "Through a spokesman, he declined" are someone else).
        let here = || {
            window.iter().filter(move |s| {
                s.sent == sent
                    && s.tok < i
                    && fits(s.actor)
                    && !(person && sent == cur && group(s))
                    && !(sent == cur && s.tok < beside && !s.poss)
            })
        };
        // "they"/"them" refer to a plural group before an organisation of the same
        // sentence.
        let groups_only = !person && here().any(group);
        let mut kept = here().filter(|s| !groups_only || group(s));
        let first = kept.next();
        let subject = first
            .filter(|s| s.subject)
            .or_else(|| kept.find(|s| s.subject));
        if let Some(s) = subject.or(first) {
            return Some(s.actor);
        }
    }
    None
}

mod clues;

#[cfg(test)]
mod tests;
