//! Attribution forms without a plain cue verb and subject: "according to X" before or
//! after its content, passives with "by" (one item per coordinated source), hedges
//! with no source ("reportedly", "is said to", "is understood to"), and nominal cues
//! ("X's claim that …"), and a headline's "Name: Y" ("Sanders: Clinton must act").

use std::ops::Range;

use super::indirect::clause_end;
use super::lex::{evidence_noun, w, CueClass};
use super::quotes::Quoted;
use super::toks::Doc;
use super::{Builder, Hit};
use crate::document::Form;

/// Participles of "is said to"-style hedges.
const HEDGE_PARTICIPLES: &[&str] = &[
    "alleged",
    "believed",
    "reported",
    "rumored",
    "rumoured",
    "said",
    "thought",
    "understood",
];

/// Openers of a subordinate clause before a main clause ("While …, X reportedly …").
const SUBORDINATE: &[&str] = &[
    "after", "although", "as", "because", "before", "despite", "if", "since", "though", "when",
    "while", "whereas", "with", "amid",
];

/// Participles of making a document or data: "according to figures compiled by X"
/// cites X, who made them. (Not "seen by" or "reviewed by": who read a document does
/// not say what it says.)
const AUTHORED: &[&str] = &[
    "collected",
    "compiled",
    "conducted",
    "drafted",
    "filed",
    "gathered",
    "issued",
    "posted",
    "prepared",
    "produced",
    "published",
    "released",
    "submitted",
    "written",
];

/// Words besides the support verbs that open a form: "according to", "reportedly",
/// and possessive pronouns before a nominal cue ("her claim that").
pub(super) const TRIGGERS: &[&str] = &[
    "according",
    "allegedly",
    "her",
    "his",
    "its",
    "reportedly",
    "their",
];

/// The first token from `from` up to `hi` that can open any form (`lo` is the clause
/// start): most tokens cannot. The scan passes over them on one flag in the lean loop
/// of [`Doc::next_where`]; a capitalised word after a determiner is kept only after
/// `lo` (the determiner is in the clause).
fn next_open(doc: &Doc, mut from: usize, lo: usize, hi: usize) -> Option<usize> {
    loop {
        // `form` holds the nominal cues, forms of "be" and possessives too.
        let k = doc.next_where(from, hi, super::toks::Tok::opens)?;
        if doc.toks[k].form || k > lo {
            return Some(k);
        }
        from = k + 1;
    }
}

pub(super) fn find(b: &mut Builder, s: usize, quoted: &Quoted) {
    let doc = b.doc;
    let sr = doc.sents[s].clone();
    let lo = doc.body_start(s);
    let mut next = lo;
    while let Some(i) = next_open(doc, next, lo, sr.end) {
        next = i + 1;
        let t = &doc.toks[i];
        let hits = if t.eq("according") && doc.toks.get(i + 1).is_some_and(|n| n.eq("to")) {
            according_to(doc, i, lo, sr.end, quoted)
                .into_iter()
                .collect()
        } else if t.eq("reportedly") || t.eq("allegedly") {
            reportedly(doc, i..i + 1, lo, sr.end).into_iter().collect()
        } else if t.is(w::BE) {
            // ("“… so that Norwegians can be confident that …”": inside a quotation the
            // words are the speaker's.)
            if quoted.at(i).is_some() {
                Vec::new()
            } else {
                be_form(doc, i, lo, sr.end)
            }
        } else if let Some(noun) = possessed_cue_noun(doc, i) {
            nominal(doc, i, noun, sr.end).into_iter().collect()
        } else if t.noun
            && doc
                .toks
                .get(i + 1)
                .is_some_and(|n| n.eq("by") || n.eq("from"))
        {
            // ("criticism from campaigners that C", "warnings from economists that C":
            // who it came from.)
            nominal_by(doc, i, sr.end).into_iter().collect()
        } else if t.noun
            && matches!(
                t.lower,
                "report" | "reports" | "story" | "article" | "editorial"
            )
            && doc.toks.get(i + 1).is_some_and(|n| n.eq("in"))
        {
            // "a report in the Lagos Ledger newspaper that C": the paper it ran in.
            nominal_by(doc, i, sr.end).into_iter().collect()
        } else if t.form
            // (Nominal cues, possessives and "her", "his", "its", "their", most of the
            // rest, are no support verbs: passed over first.)
            && !t.noun
            && !t.possessive()
            && !t.is(w::DET)
            && SUPPORT_VERBS.contains(&t.lower)
        {
            support_verb(doc, i, lo, sr.end).into_iter().collect()
        } else if let Some(noun) = named_cue_noun(doc, i, lo) {
            nominal(doc, noun - 1, noun, sr.end).into_iter().collect()
        } else {
            Vec::new()
        };
        for h in hits {
            b.push(h);
        }
    }
}

fn according_to(doc: &Doc, i: usize, lo: usize, hi: usize, quoted: &Quoted) -> Option<Hit> {
    // `had been "optimised according to guidelines at the time"`: inside a quotation
    // the words are the speaker's, no attribution of the narrative's.
    if doc.toks[lo..i].iter().filter(|t| t.quote()).count() % 2 == 1 {
        return None;
    }
    let cue = i..i + 2;
    let rule;
    // ("But according to two people …, Y": a conjunction may open the sentence.)
    let opens = i == lo
        || (i == lo + 1
            && (!doc.toks[lo].word() || matches!(doc.toks[lo].lower, "but" | "and" | "yet")));
    let (source, content) = if opens {
        let comma = (i + 2..hi).find(|&k| doc.toks[k].eq(","))?;
        rule = "attribution/according-to/before";
        // ("According to the Alpenwasser Initiative, a Salzburg-based conservation
        // group, snowmaking …": an indefinite appositive of the source, up to its comma.)
        let appositive = doc
            .toks
            .get(comma + 1)
            .is_some_and(|t| t.eq("a") || t.eq("an"))
            .then(|| {
                (comma + 2..hi.min(comma + 14))
                    .take_while(|&k| {
                        let t = &doc.toks[k];
                        t.eq(",") || (t.word() && t.cue.is_none() && !t.is(w::AUX | w::BE))
                    })
                    .find(|&k| doc.toks[k].eq(","))
            })
            .flatten();
        let from = appositive.unwrap_or(comma) + 1;
        let content = doc.trim(from..clause_end(doc, from, hi));
        (i + 2..comma, whole_quote(doc, quoted, content))
    } else if let Some((source, content)) = according_inside(doc, i, lo, hi) {
        rule = "attribution/according-to/after";
        (source, content)
    } else {
        // The source runs to the sentence end, appositives included ("according to
        // Jane Roe, head of …"), but not into a relative or new clause.
        let end = (i + 2..hi)
            .find(|&k| {
                let t = &doc.toks[k];
                (t.stop() && !doc.abbreviation_period(k))
                    || t.is(w::SUB)
                    || (t.eq(",")
                        && doc
                            .toks
                            .get(k + 1)
                            .is_some_and(|n| n.is(w::SUB | w::CONJ | w::PRON)))
            })
            .unwrap_or(hi);
        rule = "attribution/according-to/after";
        (i + 2..end, doc.trim(clause_start(doc, lo, i)..i))
    };
    let source = authored_by(doc, doc.trim(source));
    (!source.is_empty() && content.len() >= 2).then_some(Hit {
        cue,
        source: Some(source),
        content,
        form: Form::AccordingTo,
        class: CueClass::Speech,
        rule,
    })
}

/// "The ministry, according to two officials, had considered a 6% increase": between
/// a short subject and its verb, the source is up to the next comma and the content
/// the predicate after it.
fn according_inside(
    doc: &Doc,
    i: usize,
    lo: usize,
    hi: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    let start = clause_start(doc, lo, i);
    if i < start + 2 || !doc.toks[i - 1].eq(",") {
        return None;
    }
    let subject = doc.toks.get(start..i - 1)?;
    let plain = subject.len() <= 8
        && subject
            .iter()
            .all(|t| t.word() && t.cue.is_none() && !t.is(w::AUX | w::BE | w::SUB | w::PRON));
    if !plain {
        return None;
    }
    let comma = (i + 3..hi.min(i + 20)).find(|&k| doc.toks[k].eq(","))?;
    let verb = doc.toks.get(comma + 1).filter(|_| comma + 1 < hi)?;
    // ("had considered", "plans to sell", "agreed to pay": an auxiliary or a finite
    // verb opens the predicate.)
    let finite = verb.word()
        && !verb.cap
        && (verb.lower.ends_with("ed") || verb.cue.is_some() || verb.prop != 0);
    if !(verb.is(w::AUX | w::BE) || finite) {
        return None;
    }
    Some((
        i + 2..comma,
        doc.trim(comma + 1..clause_end(doc, comma + 1, hi)),
    ))
}

/// "data compiled by the Harbour Board": the maker of a document or data after "by"
/// (adverbials may stand before it, "released last year by"), with its own words to
/// the phrase's end; any other phrase is kept whole.
fn authored_by(doc: &Doc, source: Range<usize>) -> Range<usize> {
    let Some(p) = source
        .clone()
        .skip(1)
        .find(|&k| AUTHORED.contains(&doc.toks[k].lower))
    else {
        return source;
    };
    let by = (p + 1..source.end.min(p + 5))
        .take_while(|&k| !doc.toks[k].eq(","))
        .find(|&k| doc.toks[k].eq("by"));
    match by {
        Some(by) if by + 1 < source.end => by + 1..source.end,
        _ => source,
    }
}

/// "According to Ruiz, “We will not sign. The offer is an insult.”": a content
/// opening a quote that runs to its clause's end or past it is the whole quote,
/// without its marks, sentences after the first included.
fn whole_quote(doc: &Doc, quoted: &Quoted, content: Range<usize>) -> Range<usize> {
    let Some(q) = quoted
        .at(content.start)
        .filter(|q| q.start == content.start)
    else {
        return content;
    };
    if q.end < content.end {
        return content;
    }
    // (An unclosed quote runs to its paragraph's end, with no closing mark.)
    let close = doc.toks.get(q.end - 1).is_some_and(|t| t.quote()) && q.end > q.start + 1;
    let end = if close { q.end - 1 } else { q.end };
    let inner = doc.trim(q.start + 1..end);
    if inner.is_empty() {
        content
    } else {
        inner
    }
}

/// The start of the main clause holding token `i`: after a leading subordinate clause
/// ("While …, ") or the sentence start.
fn clause_start(doc: &Doc, lo: usize, i: usize) -> usize {
    if doc
        .toks
        .get(lo)
        .is_some_and(|t| SUBORDINATE.contains(&t.lower))
    {
        if let Some(c) = (lo..i).find(|&k| doc.toks[k].eq(",")) {
            return c + 1;
        }
    }
    lo
}

fn reportedly(doc: &Doc, cue: Range<usize>, lo: usize, hi: usize) -> Option<Hit> {
    // Coordinated main clauses (", and the minister is said to …") are items of their own.
    let joint = |k: usize| {
        doc.toks[k].eq(",")
            && doc
                .toks
                .get(k + 1)
                .is_some_and(|n| n.eq("and") || n.eq("but"))
    };
    let mut start = clause_start(doc, lo, cue.start);
    if let Some(k) = (start..cue.start).rev().find(|&k| joint(k)) {
        start = k + 2;
    }
    // ("…, though those talks are believed to have stalled", "… by a fifth — a plan
    // the board is said to have rejected": a clause after a subordinator, a dash or a
    // semicolon is the item's own.)
    let opens = |k: usize| {
        let t = &doc.toks[k];
        t.dash()
            || t.eq(";")
            || (t.eq(",")
                && doc.toks.get(k + 1).is_some_and(|n| {
                    matches!(n.lower, "though" | "although" | "while" | "whereas")
                }))
    };
    // (", a request the bank reportedly resisted": after a comma, an indefinite noun
    // and the relative clause's own subject, the summary is the item's own.)
    let summary = |k: usize| {
        doc.toks[k].eq(",")
            && doc.toks.get(k + 1).is_some_and(|n| n.eq("a") || n.eq("an"))
            && (k + 3..cue.start.min(k + 6)).any(|m| {
                doc.toks[m].is(w::DET | w::PRON)
                    && doc.toks[k + 2..m]
                        .iter()
                        .all(|t| t.word() && !t.cap && t.flags == 0)
            })
    };
    if let Some(k) = (start..cue.start).rev().find(|&k| opens(k) || summary(k)) {
        // (Past the subordinator after a comma.)
        start = if doc.toks[k].eq(",") && opens(k) {
            k + 2
        } else {
            k + 1
        };
    }
    let end = (cue.end..hi).find(|&k| joint(k) || opens(k)).unwrap_or(hi);
    let content = doc.trim(start..clause_end(doc, cue.end, end));
    (content.len() >= 3).then_some(Hit {
        cue,
        source: None,
        content,
        form: Form::Reportedly,
        class: CueClass::Speech,
        rule: "attribution/reportedly",
    })
}

/// "is said to", "It is understood that", and passives with "by".
fn be_form(doc: &Doc, i: usize, lo: usize, hi: usize) -> Vec<Hit> {
    let mut j = i + 1;
    while j < hi && (doc.toks[j].is(w::ADV) || doc.toks[j].eq("been")) {
        j += 1;
    }
    let Some(part) = doc.toks.get(j).filter(|_| j + 1 < hi) else {
        return Vec::new();
    };
    let next = &doc.toks[j + 1];
    if (next.eq("to") || next.eq("that")) && HEDGE_PARTICIPLES.contains(&part.lower) {
        if next.eq("that") {
            let content = doc.trim(j + 2..clause_end(doc, j + 2, hi));
            return (content.len() >= 3)
                .then_some(Hit {
                    cue: i..j + 1,
                    source: None,
                    content,
                    form: Form::Reportedly,
                    class: CueClass::Speech,
                    rule: "attribution/reportedly/it-is-said-that",
                })
                .into_iter()
                .collect();
        }
        let mut h = reportedly(doc, i..j + 2, lo, hi);
        if let Some(h) = h.as_mut() {
            h.rule = "attribution/reportedly/is-said-to";
        }
        return h.into_iter().collect();
    }
    if next.eq("that") && BELIEF_ADJECTIVES.contains(&part.lower) {
        return belief(doc, i, j, lo, hi).into_iter().collect();
    }
    // A passive's participle is a cue (asked first: most are none).
    let Some(cue) = part.cue else {
        return Vec::new();
    };
    let by = (j + 1..hi.min(j + 5))
        .take_while(|&k| doc.toks[k].word() && doc.toks[k].cue.is_none())
        .find(|&k| doc.toks[k].eq("by"));
    // "The strike was called by the unions": a strike or a vote called is organised,
    // not named ("was called reckless by" names it).
    if part.eq("called") && by == Some(j + 1) {
        return Vec::new();
    }
    match by {
        Some(by) => passive(doc, i, j, by, lo, hi, cue.class),
        None => Vec::new(),
    }
}

/// "had been warned by its own engineers in August that …": after a passive cue that
/// takes an addressee (its subject), or any passive cue of an expletive "it" ("It was
/// announced by the ministry that …"), the agent, a time phrase at most and "that":
/// the agent's span without the time, and where the reported clause starts.
fn told_that(
    doc: &Doc,
    part: usize,
    source: &Range<usize>,
    hi: usize,
    expletive: bool,
) -> Option<(usize, usize)> {
    if !expletive && !doc.toks[part].cue.is_some_and(|c| c.obj) {
        return None;
    }
    let that = (source.start..hi.min(source.end + 1)).find(|&k| doc.toks[k].eq("that"))?;
    // ("in August", "last year", "on Monday": a time phrase closing the agent.)
    let timed = |k: usize| doc.toks[k].time_word();
    let mut end = that;
    while end > source.start + 1 && timed(end - 1) {
        end -= 1;
    }
    if end < that
        && end > source.start + 1
        && matches!(
            doc.toks[end - 1].lower,
            "in" | "on" | "last" | "this" | "earlier"
        )
    {
        end -= 1;
    }
    // ("by the ministry late on Tuesday": the time's own adverb.)
    if end < that && end > source.start + 1 && matches!(doc.toks[end - 1].lower, "late" | "early") {
        end -= 1;
    }
    // ("by Telvara in the same session": an occasion of lower-case words after "in the",
    // "at the" or "during".)
    let occasion = (source.start + 1..end).find(|&k| {
        let t = &doc.toks[k];
        let opens = ((t.eq("in") || t.eq("at"))
            && doc.toks.get(k + 1).is_some_and(|n| n.eq("the")))
            || t.eq("during");
        opens && doc.toks[k + 1..end].iter().all(|n| n.word() && !n.cap)
    });
    if let Some(k) = occasion {
        end = k;
    }
    Some((doc.trim(source.start..end).end, that + 1))
}

/// Adjectives of a stated belief or feeling that take a that-clause ("officials are
/// confident that …").
const BELIEF_ADJECTIVES: &[&str] = &[
    "adamant",
    "afraid",
    "concerned",
    "confident",
    "convinced",
    "frustrated",
    "hopeful",
    "optimistic",
    "worried",
];

/// "Many officials are worried that C": the subject of "be" holds the belief.
fn belief(doc: &Doc, be: usize, adj: usize, lo: usize, hi: usize) -> Option<Hit> {
    let source = doc.subject_before(be, lo)?;
    // "Not everyone is convinced that …": a belief its subject denies to some is
    // held by no one named.
    if source.start > lo && doc.toks[source.start - 1].eq("not") {
        return None;
    }
    let content = doc.trim(adj + 2..clause_end(doc, adj + 2, hi));
    (content.len() >= 3).then_some(Hit {
        cue: be..adj + 1,
        source: Some(source),
        content,
        form: Form::Indirect,
        class: CueClass::Belief,
        rule: "attribution/indirect/belief-adjective",
    })
}

/// "suggestions that C have been denied by both X and Y": one hit per source.
fn passive(
    doc: &Doc,
    be: usize,
    part: usize,
    by: usize,
    lo: usize,
    hi: usize,
    class: CueClass,
) -> Vec<Hit> {
    let Some(content) = passive_content(doc, be, lo) else {
        return Vec::new();
    };
    // ("she had been told three different things by …": a pronoun alone is whom it
    // was said to, not what; "It was announced by X that …" says it after the agent.)
    let expletive = content.len() == 1 && doc.toks[content.start].eq("it");
    if content.len() == 1 && doc.toks[content.start].is(w::PRON) && !expletive {
        return Vec::new();
    }
    // "The fish kill was described by the mayor as “the worst disaster …”": what the
    // source called it is the content, not what was described.
    let naming = matches!(
        doc.toks[part].lower,
        "described" | "labelled" | "labeled" | "branded" | "characterised" | "characterized"
    );
    // "was welcomed by rights groups but criticised by the government": a second
    // participle and its agent after "but" share the subject.
    let second = (by + 1..hi)
        .find(|&k| second_passive(doc, k) || doc.toks[k].stop())
        .filter(|&k| second_passive(doc, k));
    let mut agents: Vec<(usize, Range<usize>, CueClass)> = by_sources(doc, by, hi)
        .into_iter()
        .map(|r| (part, r, class))
        .collect();
    if let Some(k) = second {
        let cue = doc.toks[k + 1].cue.map_or(class, |c| c.class);
        agents.extend(
            by_sources(doc, k + 2, hi)
                .into_iter()
                .map(|r| (k + 1, r, cue)),
        );
    }
    agents
        .into_iter()
        .filter_map(|(part, source, class)| {
            // ("has been asked by a senator to examine …", "told by its auditors to set
            // aside …": a request made of the subject, which the proposals find.)
            if source.end < hi && infinitive(doc, source.end) {
                return None;
            }
            // ("by the shire mayor, Tony Riordan, as …": past the name it introduces.)
            let as_at = (source.end..hi.min(source.end + 6))
                .take_while(|&k| {
                    let t = &doc.toks[k];
                    t.eq("as") || t.eq(",") || (t.cap && t.word())
                })
                .find(|&k| doc.toks[k].eq("as"));
            let called = as_at
                .filter(|&a| naming && a + 1 < hi)
                .map(|a| doc.trim(a + 1..clause_end(doc, a + 1, hi)))
                .map(|c| {
                    // A quoted name alone is given without its marks.
                    let quoted =
                        c.len() > 2 && doc.toks[c.start].quote() && doc.toks[c.end - 1].quote();
                    if quoted {
                        c.start + 1..c.end - 1
                    } else {
                        c
                    }
                })
                .filter(|c| !c.is_empty());
            // ("was warned by X that C": whom it was said to is the subject; C is what.)
            let (source, content, form) = match told_that(doc, part, &source, hi, expletive) {
                Some((end, c)) if end > source.start => {
                    let c = doc.trim(c..clause_end(doc, c, hi));
                    // (Quoted words inside make it a mixed quote.)
                    let form = if doc.toks[c.clone()].iter().any(|t| t.quote()) {
                        Form::Mixed
                    } else {
                        Form::Indirect
                    };
                    (source.start..end, c, form)
                }
                _ if expletive => return None,
                _ => (
                    source,
                    called.unwrap_or_else(|| content.clone()),
                    Form::Indirect,
                ),
            };
            Some(Hit {
                cue: part..part + 1,
                source: Some(source),
                content,
                form,
                class,
                rule: "attribution/passive/by",
            })
        })
        .collect()
}

/// Whether "but" or "and" at `k` opens a second passive cue with its agent ("… but
/// criticised by the government").
fn second_passive(doc: &Doc, k: usize) -> bool {
    (doc.toks[k].eq("but") || doc.toks[k].eq("and"))
        && doc
            .toks
            .get(k + 1)
            .is_some_and(|t| t.cue.is_some() && t.lower.ends_with("ed"))
        && doc.toks.get(k + 2).is_some_and(|t| t.eq("by"))
}

/// The content of a passive cue: the clause of "suggestions that C" or "a claim by X
/// that C" before the verb, or else the subject phrase.
fn passive_content(doc: &Doc, be: usize, lo: usize) -> Option<Range<usize>> {
    let mut aux = be;
    while aux > lo && doc.toks[aux - 1].is(w::AUX | w::ADV) {
        aux -= 1;
    }
    let that = (lo..aux).rev().find(|&k| {
        doc.toks[k].eq("that") && (k.saturating_sub(5).max(lo)..k).any(|m| doc.that_noun(m))
    });
    if let Some(k) = that {
        return Some(doc.trim(k + 1..aux));
    }
    // ("That a bidder would be named by October was confirmed by …": a that-clause as
    // the subject, a determiner or pronoun right after "That".)
    let clause = aux > lo + 2
        && doc.toks[lo].eq("that")
        && doc.toks[lo + 1].is(w::DET | w::PRON)
        && !doc.toks[lo + 1].eq("that");
    if clause {
        return Some(doc.trim(lo + 1..aux));
    }
    // "The bill, which would require testing, was criticised by …": the subject with
    // its relative clause.
    if aux > lo + 1 && doc.toks[aux - 1].eq(",") {
        let opening = (lo..aux - 1).rev().find(|&k| {
            doc.toks[k].eq(",")
                && doc
                    .toks
                    .get(k + 1)
                    .is_some_and(|n| n.eq("which") || n.eq("who"))
        });
        if let Some(c) = opening {
            let head = doc.np_back(c, lo)?;
            return Some(doc.trim(head.start..aux - 1));
        }
    }
    doc.np_back(aux, lo)
}

/// The agents after "by": one per coordinated phrase ("both X and Y", "X, Y and Z");
/// a comma without a list opens an appositive, which is not another agent. None for
/// "by 41 votes".
fn by_sources(doc: &Doc, by: usize, hi: usize) -> Vec<Range<usize>> {
    // "accused by regulators of fraud": the charge after the agent is none of it
    // ("denied by the head of the agency" keeps its "of", and "a spokesperson for the
    // ministry" its "for").
    let accused = by
        .checked_sub(1)
        .is_some_and(|p| doc.toks[p].lower.starts_with("accus"));
    let reason =
        |k: usize| doc.toks[k].eq("of") && accused && doc.toks.get(k + 1).is_some_and(|n| !n.cap);
    let end = (by + 1..hi)
        .find(|&k| {
            let t = &doc.toks[k];
            t.stop()
                || t.is(w::SUB)
                || t.eq(";")
                || second_passive(doc, k)
                || reason(k)
                || infinitive(doc, k)
                // ("by the mayor by the end of the week": a second "by" is a time's.)
                || (k > by + 1 && t.eq("by"))
        })
        .unwrap_or(hi);
    let mut out = Vec::new();
    let mut k = by + 1;
    // ("by 41 votes", "completed by the end of next year", "by March": a count or a
    // time, no agent.)
    let time = |m: usize| doc.toks.get(m).is_some_and(|t| t.time_word());
    let bound = doc.toks.get(k).is_some_and(|t| t.eq("the"))
        && doc.toks.get(k + 1).is_some_and(|t| {
            matches!(
                t.lower,
                "end" | "start" | "beginning" | "middle" | "close" | "time"
            )
        });
    if doc
        .toks
        .get(k)
        .is_some_and(|t| t.kind == crate::tokens::Kind::Number)
        || bound
        || time(k)
    {
        return out;
    }
    while k < end {
        if doc.toks[k].eq("both") || doc.toks[k].eq("either") {
            k += 1;
            continue;
        }
        let joint = |m: usize| doc.toks[m].eq(",") || doc.toks[m].eq("and") || doc.toks[m].eq("or");
        let stop = (k..end).find(|&m| joint(m)).unwrap_or(end);
        let source = doc.trim(k..stop);
        if !source.is_empty() {
            out.push(source.clone());
        }
        // ("by the union's president, Ana Ruiz, who …": a description and the name in
        // apposition to it are one agent.)
        let named = (stop < end && doc.toks[stop].eq(",") && !source.is_empty())
            .then(|| {
                let e = (stop + 1..end.min(stop + 6))
                    .find(|&m| !(doc.toks[m].cap && doc.toks[m].word()))
                    .unwrap_or(end.min(stop + 6));
                let closed = e == end || doc.toks[e].eq(",");
                let described = !doc.toks[source.end - 1].cap;
                (e > stop + 1 && closed && described).then_some(e)
            })
            .flatten();
        if let Some(e) = named {
            if let Some(last) = out.last_mut() {
                last.end = e;
            }
            break;
        }
        let list = (stop..end).any(|m| doc.toks[m].eq("and") || doc.toks[m].eq("or"));
        // ", a Conservative peer and former minister": an indefinite article after the
        // comma opens an appositive, whatever "and" it holds.
        let appositive = doc
            .toks
            .get(stop + 1)
            .is_some_and(|t| t.eq("a") || t.eq("an"));
        if stop < end && doc.toks[stop].eq(",") && (!list || appositive) {
            break;
        }
        k = stop + 1;
    }
    out
}

/// Whether token `k` is "to" opening an infinitive ("asked by a senator to examine").
fn infinitive(doc: &Doc, k: usize) -> bool {
    doc.toks[k].eq("to")
        && doc
            .toks
            .get(k + 1)
            .is_some_and(|n| n.word() && !n.cap && !n.is(w::DET | w::PRON) && n.flags == 0)
}

/// "X's claim that C".
/// "Zenco's claim", "his earlier claim": the nominal cue a possessive (a name's or a
/// possessive pronoun) owns, at most one modifier between.
fn possessed_cue_noun(doc: &Doc, i: usize) -> Option<usize> {
    let t = &doc.toks[i];
    let pronoun = matches!(t.lower, "his" | "her" | "their" | "its");
    if !(t.possessive() || pronoun) {
        return None;
    }
    let n = doc.toks.get(i + 1)?;
    if n.noun {
        return Some(i + 1);
    }
    let modifier = n.word() && !n.cap && (n.flags == 0 || n.is(w::TIME)) && n.cue.is_none();
    (modifier && doc.toks.get(i + 2).is_some_and(|m| m.noun)).then_some(i + 2)
}

fn nominal(doc: &Doc, i: usize, noun: usize, hi: usize) -> Option<Hit> {
    let that = noun + 1;
    if !doc.toks.get(that).is_some_and(|t| t.eq("that")) {
        return None;
    }
    let t = &doc.toks[i];
    let mut src_start = i;
    while src_start > 0 && doc.toks[src_start - 1].cap && doc.toks[src_start - 1].sent == t.sent {
        src_start -= 1;
    }
    nominal_hit(
        doc,
        noun..noun + 1,
        src_start..i + 1,
        that,
        hi,
        "attribution/nominal/possessive",
    )
}

/// Verbs that lend a nominal cue its act: "expressed concern that", "voiced fears
/// that", "raised doubts that", "gave assurances that".
pub(super) const SUPPORT_VERBS: &[&str] = &[
    "express",
    "expressed",
    "expresses",
    "expressing",
    "gave",
    "give",
    "gives",
    "giving",
    "raise",
    "raised",
    "raises",
    "raising",
    "repeated",
    "repeats",
    "share",
    "shared",
    "shares",
    "voice",
    "voiced",
    "voices",
    "voicing",
];

/// "Republicans have expressed concern that C": the verb's subject holds the nominal
/// cue; up to two modifiers ("grave", "new", "their") before the noun.
fn support_verb(doc: &Doc, i: usize, lo: usize, hi: usize) -> Option<Hit> {
    // "ignoring repeated warnings that …": after a gerund the participle modifies.
    let after_gerund = i > lo && doc.toks[i - 1].lower.ends_with("ing") && !doc.toks[i - 1].cap;
    // ("despite repeated warnings from his attorney that …": after a preposition.)
    let after_prep = i > lo && doc.toks[i - 1].is(w::PREP);
    if !doc.verb_use(i, lo) || after_gerund || after_prep {
        return None;
    }
    let noun = (i + 1..hi.min(i + 4)).find(|&k| doc.toks[k].noun)?;
    let modifiers = doc.toks[i + 1..noun]
        .iter()
        .all(|t| t.word() && !t.cap && t.cue.is_none() && !t.is(w::PREP | w::SUB));
    // ("raised concerns at Tuesday's cabinet meeting that …": adverbials between the
    // noun and its "that".)
    let j = doc.skip_to_content(noun + 1, hi, false);
    let that = j
        .checked_sub(1)
        .filter(|&t| t > noun && doc.toks[t].eq("that"));
    let that = that.filter(|_| modifiers)?;
    let source = doc.subject_before(i, lo)?;
    nominal_hit(
        doc,
        i..noun + 1,
        source,
        that,
        hi,
        "attribution/nominal/support-verb",
    )
}

/// "a New York Times report that C": a name before the nominal cue is its source
/// (token `i` is the name's first word, after "a" or "the").
fn named_cue_noun(doc: &Doc, i: usize, lo: usize) -> Option<usize> {
    let det = i > lo && doc.toks[i - 1].is(w::DET);
    if !det || !doc.toks[i].cap || doc.toks[i].is(w::DET | w::PRON) {
        return None;
    }
    // "Officials at the Finance Ministry fear that …": after a plural noun and its
    // preposition, the name is the object and the word after it the plural's verb.
    let placed = i >= lo + 3 && doc.toks[i - 2].is(w::PREP) && {
        let p = &doc.toks[i - 3];
        p.word() && p.flags == 0 && p.lower.ends_with('s') && !p.lower.ends_with("ss")
    };
    if placed {
        return None;
    }
    let mut k = i;
    while k < i + 5 && doc.toks.get(k).is_some_and(|t| t.cap && t.word()) {
        k += 1;
    }
    (k > i && doc.toks.get(k).is_some_and(|t| t.noun)).then_some(k)
}

/// "a claim by X that C", "criticism from X that C", "a report in X that C".
fn nominal_by(doc: &Doc, i: usize, hi: usize) -> Option<Hit> {
    let source = doc.np_after(i + 2, hi)?;
    // ("worries from Paris to Prague that …": a range of places, no one it came from;
    // "despite repeated warnings from his lawyer that …": after a preposition, as a
    // support verb's noun is, the warning is the sentence's background.)
    let from = doc.toks[i + 1].eq("from");
    let range = from && doc.toks[source.clone()].iter().any(|t| t.eq("to"));
    let background = from
        && (i.saturating_sub(3)..i)
            .rev()
            .take_while(|&k| doc.toks[k].word())
            .any(|k| doc.toks[k].is(w::PREP));
    if range || background {
        return None;
    }
    let that = source.end;
    if !doc.toks.get(that).is_some_and(|t| t.eq("that")) {
        return None;
    }
    nominal_hit(doc, i..i + 1, source, that, hi, "attribution/nominal/by")
}

/// A nominal cue's item: its cue and source, the clause after its "that" (at least two
/// tokens).
fn nominal_hit(
    doc: &Doc,
    cue: Range<usize>,
    source: Range<usize>,
    that: usize,
    hi: usize,
    rule: &'static str,
) -> Option<Hit> {
    let content = nominal_content(doc, that, hi);
    (content.len() >= 2).then_some(Hit {
        cue,
        source: Some(source),
        content,
        form: Form::Indirect,
        class: CueClass::Speech,
        rule,
    })
}

/// The clause after a nominal cue's "that": it ends at the main verb ("X's claim that
/// C was questioned by …").
fn nominal_content(doc: &Doc, that: usize, hi: usize) -> Range<usize> {
    let end = clause_end(doc, that + 1, hi);
    let main = (that + 2..end).rev().find(|&k| {
        doc.toks[k].is(w::BE)
            && doc
                .toks
                .get(k + 1)
                .is_some_and(|n| n.cue.is_some() || n.lower.ends_with("ed"))
    });
    doc.trim(that + 1..main.unwrap_or(end))
}

/// A one-sentence first paragraph (the headline) "X: Y" where X is an actor (or an
/// actor "on" a topic) or a poll: "Sanders: Clinton must act", "Poll: Race tightens".
pub(super) fn headline_colon(b: &mut Builder) {
    let doc = b.doc;
    let Some(r) = doc.paras.first().cloned() else {
        return;
    };
    if doc.paras.len() < 2 || r.is_empty() || doc.toks[r.start].sent != doc.toks[r.end - 1].sent {
        return;
    }
    let lo = r.start;
    let Some(colon) = (lo + 1..r.end.min(lo + 9)).find(|&k| doc.toks[k].eq(":")) else {
        return;
    };
    // "Obama on Climate Change: …": the source is the name before the topic.
    let end = (lo + 1..colon)
        .find(|&k| doc.toks[k].eq("on"))
        .unwrap_or(colon);
    if (lo..end).any(|k| !doc.toks[k].word() || doc.toks[k].cue.is_some()) {
        return;
    }
    let last = doc.toks[end - 1].span.end;
    let named = b
        .actors
        .mentions
        .iter()
        .any(|(m, _)| m.end == last && m.start >= doc.toks[lo].span.start);
    let poll = end == colon && evidence_noun(doc.toks[end - 1].lower);
    if !(named || poll) {
        return;
    }
    let content = unquote(doc, colon + 1..r.end);
    let words = doc.toks[content.clone()]
        .iter()
        .filter(|t| t.word())
        .take(3)
        .count();
    if words < 3 {
        return;
    }
    let form = if doc.toks[colon + 1..r.end]
        .iter()
        .any(|t| t.kind == crate::tokens::Kind::Quote)
    {
        Form::Direct
    } else {
        Form::Indirect
    };
    b.push(Hit {
        cue: colon..colon + 1,
        source: Some(lo..end),
        content,
        form,
        class: CueClass::Speech,
        rule: "attribution/headline/colon",
    });
}

/// A range trimmed of punctuation and of quotation marks (single ones included) at
/// both ends.
fn unquote(doc: &Doc, r: Range<usize>) -> Range<usize> {
    let mut r = doc.trim(r);
    while r.start < r.end && doc.toks[r.start].kind == crate::tokens::Kind::Quote {
        r = doc.trim(r.start + 1..r.end);
    }
    while r.end > r.start && doc.toks[r.end - 1].kind == crate::tokens::Kind::Quote {
        r = doc.trim(r.start..r.end - 1);
    }
    r
}

/// "In a poll for the Herald, 40 percent backed the plan": a sentence opening "In" and
/// a phrase holding a poll, survey or study, then a comma; the rest of the clause is
/// its content. A clause with its own cue is left to that cue.
pub(super) fn in_poll(b: &mut Builder, s: usize) {
    let doc = b.doc;
    let sr = doc.sents[s].clone();
    let lo = doc.body_start(s);
    if !doc.toks.get(lo).is_some_and(|t| t.eq("in")) {
        return;
    }
    let Some(comma) = (lo + 2..sr.end.min(lo + 24)).find(|&k| doc.toks[k].eq(",")) else {
        return;
    };
    let source = lo + 1..comma;
    if !doc.toks[source.clone()]
        .iter()
        .any(|t| evidence_noun(t.lower))
    {
        return;
    }
    let content = doc.trim(comma + 1..clause_end(doc, comma + 1, sr.end));
    // "40 percent said …" reports its own speech.
    let cue_inside = doc.toks[content.clone()].iter().any(|t| {
        t.cue.is_some()
            && ["said", "say", "says", "told", "according"]
                .iter()
                .any(|c| t.eq(c))
    });
    if content.len() < 3 || cue_inside {
        return;
    }
    b.push(Hit {
        cue: lo..lo + 1,
        source: Some(source),
        content,
        form: Form::AccordingTo,
        class: CueClass::Speech,
        rule: "attribution/according-to/in-poll",
    });
}
