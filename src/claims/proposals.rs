//! Proposals: who proposed, offered, planned, put forward or sought what. Verbs from
//! the proposal lexicon take their object, gerund, that-clause or to-infinitive as
//! content ("Ford proposed establishing …", "X plans to cut …"); proposal nouns take
//! an owner ("X's proposal would see …", "a U.S. proposal to …", "X unveiled a plan
//! to …"); "Under the plan, …" takes the last proposer named before it. A plan with
//! no proposer in the article is not a proposal.

use std::ops::Range;

use super::indirect::clause_end;
use super::lex::{p, w};
use super::quotes::Quoted;
use super::toks::{has, Doc};
use super::{Builder, MentionIndex, Proposal};
use crate::document::ActorKind;
use crate::lexicon::classes;
use crate::tokens::{Kind, Tags};

/// Verbs that present a proposal noun ("unveiled a plan"), sorted.
pub(super) const PRESENT: &[&str] = &[
    "announce",
    "announced",
    "announces",
    "announcing",
    "drafted",
    "drafting",
    "draw",
    "drawing",
    "drawn",
    "draws",
    "drew",
    "file",
    "filed",
    "files",
    "filing",
    "float",
    "floated",
    "floating",
    "floats",
    "introduce",
    "introduced",
    "introduces",
    "introducing",
    "laid",
    "launch",
    "launched",
    "launches",
    "launching",
    "lodge",
    "lodged",
    "lodges",
    "made",
    "outline",
    "outlined",
    "outlines",
    "outlining",
    "prepare",
    "prepared",
    "prepares",
    "preparing",
    "present",
    "presented",
    "presenting",
    "presents",
    "released",
    "submit",
    "submits",
    "submitted",
    "submitting",
    "table",
    "tabled",
    "tables",
    "tabling",
    "unveil",
    "unveiled",
    "unveiling",
    "unveils",
];

/// The author of a document that stands as a proposer ("filed a resolution seeking",
/// "sent a letter calling for"): the subject of the verb that puts it forward, if the
/// proposer is a determiner, at most two modifiers and a noun of a document.
fn document_author(doc: &Doc, proposer: &Range<usize>, lo: usize) -> Option<Range<usize>> {
    let ts = doc.toks.get(proposer.clone())?;
    let (first, last) = (ts.first()?, ts.last()?);
    if !filed_document(last.lower) || !first.is(w::DET) || ts.len() > 4 || proposer.start <= lo {
        return None;
    }
    let verb = proposer.start - 1;
    if !puts_out(doc.toks[verb].lower) {
        return None;
    }
    // ("criticised the department … and has filed a resolution calling for …".)
    presenter(doc, verb, lo)
}

/// A noun of a document that someone files or sends and that then speaks or asks
/// for them ("the lawsuit seeks", "the letter proposes").
fn filed_document(lower: &str) -> bool {
    matches!(
        lower,
        "resolution"
            | "motion"
            | "bill"
            | "letter"
            | "petition"
            | "amendment"
            | "lawsuit"
            | "suit"
            | "complaint"
    )
}

/// A verb that puts a document forward: one of [`PRESENT`], or sending, signing,
/// writing or publishing it.
fn puts_out(lower: &str) -> bool {
    presents(lower)
        || matches!(
            lower,
            "sent" | "sends" | "signed" | "signs" | "wrote" | "writes" | "published" | "publishes"
        )
}

/// The verb that puts forward the document whose noun is token `noun`: the word
/// before its determiner or possessive, past at most two plain modifiers ("sent a
/// joint letter", "filed their complaint").
fn document_verb(doc: &Doc, noun: usize, lo: usize) -> Option<usize> {
    if !filed_document(doc.toks[noun].lower) {
        return None;
    }
    let det = (noun.saturating_sub(3).max(lo)..noun).rev().find(|&k| {
        let t = &doc.toks[k];
        t.is(w::DET) || t.possessive() || !t.word() || t.cap
    })?;
    let t = &doc.toks[det];
    let v = det.checked_sub(1).filter(|&v| v >= lo)?;
    ((t.is(w::DET) || t.possessive()) && puts_out(doc.toks[v].lower)).then_some(v)
}

/// "Vega sued Lumo on Tuesday. … The lawsuit seeks civil penalties": a filed
/// document that speaks or asks, written as "the" and its noun (at most two plain
/// modifiers between), is its filer's: the subject of the verb that put forward a
/// document of that noun, or of "sued" for a lawsuit, in this sentence or the five
/// before it, the nearest first.
pub(super) fn filer(doc: &Doc, r: &Range<usize>) -> Option<Range<usize>> {
    let ts = doc.toks.get(r.clone())?;
    let (first, last) = (ts.first()?, ts.last()?);
    let plain = |t: &super::toks::Tok| t.word() && !t.cap;
    let written = (2..=4).contains(&ts.len())
        && (first.eq("the") || first.eq("this"))
        && filed_document(last.lower)
        && ts[1..ts.len() - 1].iter().all(plain);
    if !written {
        return None;
    }
    let lawsuit = |lower: &str| matches!(lower, "lawsuit" | "suit" | "complaint");
    let sues = lawsuit(last.lower);
    let s = first.sent;
    let from = doc.sents.get(s.saturating_sub(5))?.start;
    (from..r.start).rev().find_map(|k| {
        let t = &doc.toks[k];
        let lo = doc.body_start(t.sent);
        let verb = if k < lo {
            None
        } else if sues && matches!(t.lower, "sued" | "sues" | "suing") {
            Some(k)
        } else if t.lower == last.lower || (sues && lawsuit(t.lower)) {
            document_verb(doc, k, lo)
        } else {
            None
        };
        verb.and_then(|v| presenter(doc, v, lo))
    })
}

/// The subject of the verb at `verb` that presents a proposal noun or a document: a
/// verb coordinated after "and" or "but" is the clause subject's ("Redbridge have
/// agreed terms and are preparing an offer").
fn presenter(doc: &Doc, verb: usize, lo: usize) -> Option<Range<usize>> {
    let before = doc.skip_aux_back(verb, lo);
    let joined = before > lo && (doc.toks[before - 1].eq("and") || doc.toks[before - 1].eq("but"));
    if joined {
        doc.subject_fwd(lo, verb)
    } else {
        doc.subject_before(verb, lo)
    }
}

/// Whether a lower-cased word is one of [`PRESENT`] (sorted, so a binary search).
pub(super) fn presents(lower: &str) -> bool {
    PRESENT.binary_search(&lower).is_ok()
}

struct PHit {
    cue: Range<usize>,
    proposer: Range<usize>,
    content: Range<usize>,
    rule: &'static str,
}

pub(super) fn find(b: &mut Builder, s: usize, quoted: &Quoted) {
    let doc = b.doc;
    // Every proposal rule, "Under the plan, …" too, needs a proposal cue.
    if !doc.holds(s, has::PROP) {
        return;
    }
    let sr = doc.sents[s].clone();
    let lo = doc.body_start(s);
    let mut hits = Vec::new();
    let mut next = lo;
    // (The hits do not change while the cues are read.)
    let mut reported = None;
    while let Some(i) = doc.next_where(next, sr.end, |t| t.prop != 0) {
        next = i + 1;
        let k = doc.toks[i].prop;
        // Inside quotes a plan is the speaker's words; after "to" it is another verb's.
        let after_to = i > lo && doc.toks[i - 1].eq("to") && decided(doc, i, lo).is_none();
        // ("“We have offered every employee retraining”": what the speaker's "we" puts
        // forward is theirs.)
        if after_to || (quoted.at(i).is_some() && !we_subject(doc, i, lo)) {
            continue;
        }
        let noun_first =
            k & p::NOUN != 0 && (!doc.verb_use(i, lo) || after_preposition(doc, i, lo));
        // "He said the bank would review its book and plans to cut jobs": the reported
        // clause around the cue, whose subject a coordinated verb shares.
        let clause = b
            .hits
            .iter()
            .rev()
            .take(8)
            // ("had asked the government for help and was planning to …": an object
            // a proposal cue takes is no clause.)
            // ("reported that X had made an approach, offering to …": a participle
            // right after the clause's comma goes on with it.)
            .filter(|a| {
                let on = a.content.end + 1 == i
                    && doc.toks[i - 1].eq(",")
                    && doc.toks[i].lower.ends_with("ing");
                lo < a.content.start && a.content.start < i && (i < a.content.end || on)
            })
            .filter(|a| doc.toks[a.cue.start].prop == 0)
            // ("the carrier expected to return to profit and would seek …": an
            // infinitive is no clause with a subject of its own.)
            .filter(|a| !doc.toks[a.content.start].eq("to"))
            .map(|a| a.content.start)
            .max()
            // ("urged voters to back it, while the league said the tax would hurt and
            // called for …": a verb coordinated after a reported clause shares the
            // reporting verb's subject, named before it.)
            .or_else(|| {
                reported_before(b, &mut reported, i, lo)
                    .filter(|r| lo < r.start)
                    .map(|r| r.start)
            })
            .unwrap_or(lo);
        let h = if let Some(h) = passive(doc, i, k, lo, sr.end) {
            Some(h)
        } else if noun_first {
            noun(doc, i, lo, sr.end)
        } else {
            verb(doc, i, k, (lo, clause), sr.end).or_else(|| {
                (k & p::NOUN != 0)
                    .then(|| noun(doc, i, lo, sr.end))
                    .flatten()
            })
        };
        // "the very tenants it aimed to help": an infinitive whose object is the noun
        // its relative clause describes puts nothing forward.
        hits.extend(h.filter(|h| !object_gap(doc, h) && !purpose(doc, h)));
    }
    if hits.is_empty() {
        hits.extend(under(b, lo, sr.end));
    }
    // "Senator Dantes filed a resolution seeking an inquiry": a document a verb puts
    // forward proposes what its author does.
    for h in &mut hits {
        if let Some(author) = document_author(doc, &h.proposer, lo) {
            h.proposer = author;
        }
    }
    // "the company aimed to publish X and would offer Y": a verb coordinated with an
    // earlier proposal verb of the sentence is that verb's subject's.
    let mut cues = None;
    for h in 1..hits.len() {
        let c = hits[h].cue.start;
        let before = doc.skip_aux_back(c, lo);
        let joined =
            before > lo && (doc.toks[before - 1].eq("and") || doc.toks[before - 1].eq("but"));
        // ("plans to introduce a motion to … and has called for …": the proposal
        // before, past a noun inside its content.)
        let nested = |k: usize| {
            let x = hits[k].cue.start;
            hits[..k]
                .iter()
                .any(|o| o.cue.start < x && x < o.content.end)
        };
        let prev = (0..h)
            .rev()
            .find(|&k| !nested(k))
            .filter(|&k| hits[k].content.end < c);
        // ("urged voters to back it, while the league said the tax would hurt and
        // called for …": a reporting verb between has a subject of its own.)
        let mut reported_between =
            |k: usize| cue_within(b, &mut cues, c, hits[k].content.end, before);
        let prev = prev.filter(|&k| !reported_between(k));
        // ("said the arrest of lawyers who had been offering aid was unlawful and
        // demanded …": a verb inside a reported clause is no partner of one after it.)
        let reported_inside = |k: usize| {
            let x = hits[k].cue.start;
            b.near_token(c).any(|a| {
                a.content.start <= x
                    && x < a.content.end
                    && !(a.content.start <= c && c < a.content.end)
            })
        };
        let prev = prev.filter(|&k| !reported_inside(k));
        if let Some(k) = prev.filter(|_| joined && hits[h].rule.contains("/verb/")) {
            hits[h].proposer = hits[k].proposer.clone();
        }
    }
    // "The U.S. ambassador, Ana Ruiz, said X but called for Y": a call that is also an
    // attribution takes that attribution's source where it holds the proposer found
    // here ("The U.S.") and goes on past it (to the named ambassador).
    for h in hits.iter_mut().filter(|h| h.rule.contains("/call-")) {
        let same = b.near_token(h.cue.start).rev().find(|a| a.cue == h.cue);
        let longer = same.and_then(|a| a.source.clone()).filter(|r| {
            r.start <= h.proposer.start && h.proposer.end <= r.end && r.len() > h.proposer.len()
        });
        if let Some(r) = longer {
            h.proposer = r;
        }
    }
    // "tabled a motion calling for X": a verb inside another proposal (between its
    // cue and the end of its content) is that proposal's own wording.
    let inside = |h: &PHit, o: &PHit| {
        !std::ptr::eq(h, o) && o.cue.start < h.cue.start && h.cue.start < o.content.end
    };
    // (Past a few, whether some proposal holds a cue is one search among the contents
    // by start: a sentence may run on for a whole article.)
    let keep: Vec<bool> = if hits.len() <= FEW {
        hits.iter()
            .map(|h| !hits.iter().any(|o| inside(h, o)))
            .collect()
    } else {
        let (contents, reach) = super::reaching(hits.iter().map(|o| (o.cue.start, o.content.end)));
        hits.iter()
            .map(|h| {
                let opened = contents.partition_point(|&(start, _)| start < h.cue.start);
                opened
                    .checked_sub(1)
                    .is_none_or(|k| reach[k] <= h.cue.start)
            })
            .collect()
    };
    // "denied that the company was planning to …": a plan denied is no proposal.
    // (Given the hits, not holding them: `speakers_body` below keeps what it finds.)
    let denied = |hits: &[super::Hit], c: usize| {
        hits.iter().rev().take(8).any(|a| {
            a.class == super::lex::CueClass::Denial && a.content.start <= c && c < a.content.end
        })
    };
    for (h, keep) in hits.into_iter().zip(keep) {
        if !keep || denied(&b.hits, h.cue.start) {
            continue;
        }
        let cue = doc.span(h.cue.clone());
        if h.content.is_empty() || b.props.iter().rev().take(16).any(|q| q.cue == cue) {
            continue;
        }
        // "A group of MPs led by the former minister X": the group proposes, not its
        // leader.
        let mut h = h;
        // A proposal inside a quote ends with it.
        if let Some(q) = quoted.at(h.cue.start) {
            h.content = doc.trim(h.content.start..h.content.end.min(q.end - 1));
        }
        if let Some(k) = (h.proposer.start + 1..h.proposer.end.saturating_sub(1)).find(|&k| {
            matches!(doc.toks[k].lower, "led" | "headed" | "chaired") && doc.toks[k + 1].eq("by")
        }) {
            // (A long phrase may have lost its article to the length limit.)
            let start = h.proposer.start;
            let det = start > lo && doc.toks[start - 1].is(w::DET);
            h.proposer = if det { start - 1 } else { start }..k;
        }
        // "If other emitters made pledges of their own, …": a proposal in a condition
        // is put forward by no one.
        if h.proposer.start > lo
            && matches!(
                doc.toks[h.proposer.start - 1].lower,
                "if" | "unless" | "whether"
            )
        {
            continue;
        }
        let proposer_span = doc.span(h.proposer.clone());
        // A quoted "we" proposes only for the body it speaks for.
        let body = speakers_body(b, &h.proposer);
        if quoted.at(h.cue.start).is_some() && body.is_none() {
            continue;
        }
        let proposer = reporter(b, &h.proposer)
            .or(body)
            .or_else(|| b.actors.resolve(proposer_span))
            .or_else(|| same_subject(b, &h.proposer))
            .or_else(|| {
                let t = &doc.toks[h.proposer.start];
                (h.proposer.len() == 1)
                    .then(|| b.actors.possessor(proposer_span, t.lower))
                    .flatten()
            })
            .or_else(|| b.filer_actor(&h.proposer))
            .or_else(|| b.actors.possessors_body(doc, &h.proposer));
        // "The agency has asked hospitals to suspend updates": a request made is a
        // directive only from a government ("the airline asked passengers to e-mail",
        // "the mayor had asked the prosecutor to look into it" put forward no policy).
        let government = |a: usize| b.actors.kinds.get(a) == Some(&ActorKind::Government);
        // ("asked the province to require fire-resistant roofing": a request put to a
        // government asks for a policy, whoever makes it.)
        let to_government = || {
            let to = (h.content.start..h.content.end).find(|&k| doc.toks[k].eq("to"));
            to.is_some_and(|to| {
                to > h.content.start
                    && (b
                        .actors
                        .resolve(doc.span(h.content.start..to))
                        .is_some_and(government)
                        || matches!(
                            doc.toks[to - 1].lower,
                            "government" | "province" | "state" | "ministry" | "parliament"
                        ))
            })
        };
        if h.rule == "proposal/verb/call-on"
            && request_made(doc, h.cue.start, lo)
            && !proposer.is_some_and(government)
            && !to_government()
        {
            continue;
        }
        if doc.toks[h.cue.start].eq("prepared") && unnamed_report(b, h.cue.start) {
            continue;
        }
        // "after firefighters first asked for it": a lone pronoun says nothing of what
        // is put forward.
        if h.content.len() == 1 && doc.toks[h.content.start].is(w::PRON) {
            continue;
        }
        // ("which lobbied for the measure", "called for the idea": a determiner and one
        // noun for a plan refer back to something put forward elsewhere; "put forward
        // the candidates" names them.)
        // ("The plan … was proposed by X" names what it passes on, and stays.)
        // ("first put forward the measure last year": a time after it changes nothing.)
        let timed = |t: &super::toks::Tok| {
            t.dated()
                || matches!(
                    t.lower,
                    "last"
                        | "this"
                        | "next"
                        | "year"
                        | "week"
                        | "month"
                        | "ago"
                        | "in"
                        | "on"
                        | "earlier"
                )
        };
        let core = h.content.start
            + doc.toks[h.content.clone()]
                .iter()
                .rposition(|t| !timed(t))
                .map_or(0, |k| k + 1);
        let referring = core == h.content.start + 2 && !h.rule.ends_with("passive-by") && {
            let (d, n) = (&doc.toks[h.content.start], &doc.toks[h.content.start + 1]);
            matches!(d.lower, "the" | "this" | "that")
                && matches!(
                    n.lower,
                    "measure"
                        | "measures"
                        | "plan"
                        | "plans"
                        | "proposal"
                        | "proposals"
                        | "idea"
                        | "move"
                        | "bill"
                        | "policy"
                        | "scheme"
                        | "legislation"
                        | "law"
                        | "project"
                        | "deal"
                        | "request"
                        | "offer"
                        | "initiative"
                        | "sector"
                        | "change"
                        | "changes"
                )
        };
        if referring {
            continue;
        }
        let hedged = doc.toks[h.content.clone()].iter().any(|t| t.is(w::HEDGE));
        // "Buckeye Valley and Scioto Regional offered …": coordinated proposers give one
        // item each, as coordinated sources do.
        let parts = super::coordinated_names(doc, h.proposer.clone(), &b.actors);
        // ("The two airlines had offered …": the last two airlines named, one item each,
        // as for sources.)
        let pair = (parts.is_none() && proposer.is_none())
            .then(|| super::last_pair(doc, &b.actors, h.proposer.clone()))
            .flatten();
        if let Some([x, y]) = pair {
            for a in [y, x] {
                b.props.push(Proposal {
                    sentence: s,
                    proposer: Some(a),
                    proposer_span: Some(proposer_span),
                    cue,
                    content: doc.span(h.content.clone()),
                    hedged,
                    rule: h.rule,
                });
            }
            continue;
        }
        let one = parts.is_none().then_some((proposer, proposer_span));
        let each = parts.into_iter().flatten().map(|p| {
            let span = doc.span(p);
            (b.actors.resolve(span), span)
        });
        for (proposer, span) in one.into_iter().chain(each) {
            b.props.push(Proposal {
                sentence: s,
                proposer,
                proposer_span: Some(span),
                cue,
                content: doc.span(h.content.clone()),
                hedged,
                rule: h.rule,
            });
        }
    }
}

/// The source written before its cue of the last hit found among those touching the
/// sentence of token `i` (the direct quotes of the whole article come first) whose
/// cue lies from `lo` on and whose content ends by `i`. Every cue of a sentence asks:
/// where the sentence has many hits (a whole article with no sentence boundary) they
/// are put in order of content end once, in `table`, for a search each; `table` is
/// for this sentence's cues, while the hits stay as they are.
fn reported_before(
    b: &Builder,
    table: &mut Option<Reported>,
    i: usize,
    lo: usize,
) -> Option<Range<usize>> {
    let s = b.doc.toks.get(i).map_or(usize::MAX, |t| t.sent);
    let source = |a: &super::Hit| a.source.clone().filter(|r| r.end <= a.cue.start);
    if b.near_len(s) <= SCAN {
        return b
            .near(s)
            .rev()
            .filter(|a| lo <= a.cue.start && a.content.end <= i)
            .find_map(source);
    }
    if table.as_ref().is_none_or(|t| t.sent != s || t.lo != lo) {
        *table = Some(Reported::new(b, s, lo));
    }
    let k = table.as_ref().and_then(|t| t.latest_by(i))?;
    b.hits.get(k).and_then(source)
}

/// Hits of a sentence with more than this many are searched in a [`Reported`] or
/// [`Cues`] table.
const SCAN: usize = 32;

/// Proposals of a sentence with more than this many are told inside one another by a
/// search.
const FEW: usize = 8;

/// Whether a hit touching the sentence of token `c` has its cue within `from..to`
/// (from `from` on, ending by `to`). As for [`reported_before`], a sentence with many
/// hits puts them in a table (`table`, for this sentence's proposals) once.
fn cue_within(b: &Builder, table: &mut Option<Cues>, c: usize, from: usize, to: usize) -> bool {
    let s = b.doc.toks.get(c).map_or(usize::MAX, |t| t.sent);
    if b.near_len(s) <= SCAN {
        return b.near(s).any(|a| from <= a.cue.start && a.cue.end <= to);
    }
    if table.as_ref().is_none_or(|t| t.sent != s) {
        *table = Some(Cues::new(b, s));
    }
    table.as_ref().is_some_and(|t| t.within(from, to))
}

/// For [`cue_within`]: the cues of the hits touching sentence `sent`.
struct Cues {
    sent: usize,
    /// (start, end) of each cue, sorted.
    cues: Vec<(usize, usize)>,
    /// For each entry of `cues`, the first end among it and those after it.
    first_end: Vec<usize>,
}

impl Cues {
    fn new(b: &Builder, sent: usize) -> Cues {
        let mut cues: Vec<(usize, usize)> =
            b.near(sent).map(|a| (a.cue.start, a.cue.end)).collect();
        cues.sort_unstable();
        let mut first_end: Vec<usize> = cues
            .iter()
            .rev()
            .scan(usize::MAX, |first, &(_, end)| {
                *first = end.min(*first);
                Some(*first)
            })
            .collect();
        first_end.reverse();
        Cues {
            sent,
            cues,
            first_end,
        }
    }

    /// Whether a cue starts from `from` on and ends by `to`.
    fn within(&self, from: usize, to: usize) -> bool {
        let k = self.cues.partition_point(|&(start, _)| start < from);
        self.first_end.get(k).is_some_and(|&end| end <= to)
    }
}

/// For [`reported_before`]: the hits touching sentence `sent` whose cue lies from `lo`
/// on and whose source is written before the cue, by content end.
struct Reported {
    sent: usize,
    lo: usize,
    /// (content end, place in [`Builder::near`]'s order, hit index), sorted.
    by_end: Vec<(usize, usize, usize)>,
    /// For each entry of `by_end`, the hit latest in `near`'s order among it and
    /// those before it.
    latest: Vec<usize>,
}

impl Reported {
    fn new(b: &Builder, sent: usize, lo: usize) -> Reported {
        let mut by_end: Vec<(usize, usize, usize)> = b
            .near_at(sent)
            .enumerate()
            .filter_map(|(place, k)| {
                let a = b.hits.get(k)?;
                let named = a.source.as_ref().is_some_and(|r| r.end <= a.cue.start);
                (lo <= a.cue.start && named).then_some((a.content.end, place, k))
            })
            .collect();
        by_end.sort_unstable();
        let mut best: Option<(usize, usize)> = None;
        let mut latest = Vec::with_capacity(by_end.len());
        for &(_, place, k) in &by_end {
            if best.is_none_or(|(p, _)| place > p) {
                best = Some((place, k));
            }
            latest.extend(best.map(|(_, k)| k));
        }
        Reported {
            sent,
            lo,
            by_end,
            latest,
        }
    }

    /// The hit latest in `near`'s order of those whose content ends by token `i`.
    fn latest_by(&self, i: usize) -> Option<usize> {
        let n = self.by_end.partition_point(|&(end, _, _)| end <= i);
        self.latest.get(n.checked_sub(1)?).copied()
    }
}

/// Whether the cue at `i` has "we" for its subject ("we have offered").
fn we_subject(doc: &Doc, i: usize, lo: usize) -> bool {
    let before = doc.skip_aux_back(i, lo);
    before > lo && doc.toks[before - 1].eq("we")
}

/// "“We have guaranteed there will be no forced redundancies,” said its chief
/// executive": a quoted "we" is the speaker's body, the speaker where a body
/// speaks, else the body named with the speaker's role ("Coralline chief executive
/// Rebecca Lindqvist", "Rebecca Lindqvist, chief executive of Coralline").
fn speakers_body(b: &mut Builder, proposer: &Range<usize>) -> Option<usize> {
    let doc = b.doc;
    if proposer.len() != 1 || !doc.toks[proposer.start].eq("we") {
        return None;
    }
    // (Quotes are paired for the whole article first: search every hit touching
    // the sentence.)
    let hit = b.near_token(proposer.start).find(|a| {
        a.form == super::Form::Direct
            && a.content.start <= proposer.start
            && proposer.start < a.content.end
    })?;
    let speaker = b.attribution(hit).source?;
    if is_body(&b.actors, speaker) {
        return Some(speaker);
    }
    b.bodies.of(doc, &b.actors, speaker)
}

/// Whether actor `a` is an organisation or a government.
fn is_body(actors: &MentionIndex, a: usize) -> bool {
    matches!(
        actors.kinds.get(a),
        Some(ActorKind::Organization | ActorKind::Government)
    )
}

/// The bodies named with speakers' roles, for [`speakers_body`]. A speaker quoted
/// with "we" again and again ("the chief executive said" in every paragraph) is
/// mentioned again and again: looking through all the mentions for the speaker's, and
/// all of the speaker's for a body, on every quote was quadratic. Each speaker's
/// mentions are listed once, and each speaker's body is found once.
#[derive(Debug, Default)]
pub(super) struct Bodies {
    /// For each actor, the positions of its mentions in the mention index, in order
    /// (listed on first use).
    mentions_of: Option<Vec<Vec<usize>>>,
    /// For each speaker asked about, its body (or none).
    found: Vec<Option<Option<usize>>>,
}

impl Bodies {
    /// The body mentioned next to a mention of `speaker` (a person, or another actor
    /// that is no body).
    fn of(&mut self, doc: &Doc, actors: &MentionIndex, speaker: usize) -> Option<usize> {
        if let Some(&Some(known)) = self.found.get(speaker) {
            return known;
        }
        let mentions_of = self.mentions_of.get_or_insert_with(|| {
            let mut lists: Vec<Vec<usize>> = Vec::new();
            for (k, &(_, a)) in actors.mentions.iter().enumerate() {
                if lists.len() <= a {
                    lists.resize(a + 1, Vec::new());
                }
                lists[a].push(k);
            }
            lists
        });
        let own = mentions_of.get(speaker).map_or(&[][..], Vec::as_slice);
        let body = role_body(doc, actors, speaker, own);
        if self.found.len() <= speaker {
            self.found.resize(speaker + 1, None);
        }
        self.found[speaker] = Some(body);
        body
    }
}

/// The body's mention before a mention of the speaker (at positions `own` of the
/// mention index) with only role words between, or after it past a comma, role words
/// and "of" or "at".
fn role_body(doc: &Doc, actors: &MentionIndex, speaker: usize, own: &[usize]) -> Option<usize> {
    let role_words = |gap: &str, end: &[&str]| {
        let words: Vec<&str> = gap.split_whitespace().collect();
        !words.is_empty()
            && words.len() <= 5
            && words
                .iter()
                .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
            && end.iter().any(|e| words.last() == Some(e) || e.is_empty())
    };
    let mentions = &actors.mentions;
    own.iter()
        .filter_map(|&k| mentions.get(k))
        .find_map(|&(m, _)| {
            let from = mentions.partition_point(|(o, _)| o.end + 40 < m.start);
            mentions[from..]
                .iter()
                .take_while(|(o, _)| o.start < m.end + 60)
                .filter(|&&(_, a)| a != speaker && is_body(actors, a))
                .find(|&&(o, _)| {
                    if o.end <= m.start {
                        role_words(&doc.text[o.end..m.start], &[""])
                    } else if o.start >= m.end {
                        let gap = &doc.text[m.end..o.start];
                        gap.trim_start().starts_with(',')
                            && role_words(gap.trim_start().trim_start_matches(','), &["of", "at"])
                    } else {
                        false
                    }
                })
                .map(|&(_, a)| a)
        })
}

/// "A government source said ministers were prepared to accept amendments": a
/// willingness only unnamed sources report has been put forward by no one (said on
/// the record, "Lavoie said the government was prepared to fund a review", it has).
/// Whether the cue at `i` lies in what an unnamed source reports.
fn unnamed_report(b: &Builder, i: usize) -> bool {
    b.hits
        .iter()
        .rev()
        .take(8)
        .filter(|a| a.content.start <= i && i < a.content.end)
        .any(|a| {
            b.attribution(a)
                .source
                .is_some_and(|s| b.actors.kinds.get(s) == Some(&ActorKind::Group))
        })
}

/// "Coralline confirmed it would push ahead with plans to …": a pronoun opening a
/// reported clause after its cue stands for the reporter, where they agree (it and
/// they for a named body, he and she for a person).
fn reporter(b: &Builder, proposer: &Range<usize>) -> Option<usize> {
    let doc = b.doc;
    if proposer.len() != 1 {
        return None;
    }
    let kinds: &[ActorKind] = match doc.toks[proposer.start].lower {
        "he" | "she" => &[ActorKind::Person],
        "it" | "they" => &[ActorKind::Organization, ActorKind::Government],
        _ => return None,
    };
    // The cue before its clause ("They want …, a spokeswoman said": the speaker is
    // no pronoun's antecedent).
    let hit = b.hits.iter().rev().take(8).find(|a| {
        a.content.start == proposer.start
            && a.cue.end <= proposer.start
            && a.form == super::Form::Indirect
    })?;
    let source = b.attribution(hit).source?;
    b.actors
        .kinds
        .get(source)
        .is_some_and(|k| kinds.contains(k))
        .then_some(source)
}

/// "Its owner, developer Castle Estates, says … and wants to …": a proposer phrase that
/// opens an attribution's source (the source with its appositive) is that source's
/// actor.
fn same_subject(b: &Builder, proposer: &Range<usize>) -> Option<usize> {
    b.hits
        .iter()
        .rev()
        .take(8)
        .filter(|a| {
            a.source
                .as_ref()
                .is_some_and(|s| s.start == proposer.start && s.end > proposer.end)
        })
        .find_map(|a| b.attribution(a).source)
}

/// `lo` is the sentence's body start, `clause` the start of the reported clause around
/// the cue (or `lo`).
/// Whether a proposal is "to" and a verb alone, its proposer a pronoun right after a
/// lower-case noun: a relative clause without its pronoun whose gap is the verb's
/// object ("the tenants it aimed to help"); "The union plans to strike." stays.
fn object_gap(doc: &Doc, h: &PHit) -> bool {
    let c = &h.content;
    let bare = c.len() == 2 && doc.toks[c.start].eq("to");
    let p = h.proposer.start;
    bare && h.proposer.len() == 1 && doc.toks[p].is(w::PRON) && p > 0 && {
        let n = &doc.toks[p - 1];
        n.word()
            && !n.cap
            && n.flags == 0
            && !n.is(w::DET | w::PREP | w::SUB | w::CONJ | w::AUX | w::BE)
    }
}

fn verb(doc: &Doc, i: usize, kind: u8, (lo, clause): (usize, usize), hi: usize) -> Option<PHit> {
    // A noun cue is never a verb ("paying the highest electricity bills").
    if kind & (p::VERB | p::TO | p::PHRASAL) == 0 {
        return None;
    }
    // "waited three months for promised cash grants": a participle right after a
    // preposition, before a plain word, is the noun's adjective.
    let adjective = i > lo
        && doc.toks[i].lower.ends_with("ed")
        && doc.toks[i - 1].is(w::PREP)
        && !doc.toks[i - 1].eq("to")
        && doc
            .toks
            .get(i + 1)
            .filter(|_| i + 1 < hi)
            .is_some_and(|n| n.word() && !n.cap && n.flags == 0 && !n.is(w::DET | w::PREP));
    if adjective {
        return None;
    }
    // "is considering raising the cap", "considering a levy on exports": a plan weighed
    // takes a gerund or an indefinite object ("considering the case" weighs no plan).
    if doc.toks[i].lower.starts_with("consider") {
        let j = doc.skip_to_content(i + 1, hi, false);
        let gerund = doc.toks.get(j).filter(|_| j < hi).is_some_and(|t| {
            t.word() && !t.cap && t.flags == 0 && t.lower.len() > 5 && t.lower.ends_with("ing")
        });
        let indefinite = j + 1 < hi
            && (doc.toks[j].eq("a") || doc.toks[j].eq("an"))
            && doc.toks[j + 1].word()
            && !doc.toks[j + 1].cap;
        if !gerund && !indefinite {
            return None;
        }
    }
    // "suggested that the DPC be split", "suggested raising the levy": a suggestion
    // puts forward a course of action in the subjunctive or a gerund ("suggested that
    // the economy was slowing" proposes nothing).
    if doc.toks[i].lower.starts_with("suggest") {
        let j = doc.skip_to_content(i + 1, hi, false);
        let that = j > i + 1 && doc.toks[j - 1].eq("that");
        let gerund = doc.toks.get(j).filter(|_| j < hi).is_some_and(|t| {
            t.word() && !t.cap && t.flags == 0 && t.lower.len() > 5 && t.lower.ends_with("ing")
        });
        let end = super::indirect::clause_end(doc, j, hi);
        // ("suggested profiting off the collapse was good business": a gerund subject
        // of a clause.)
        let gerund = gerund && !(j + 1..end).any(|k| doc.toks[k].is(w::BE | w::AUX));
        // ("suggested that ministers create a regime": after a past cue, a bare verb
        // right after the clause's subject is a subjunctive too.)
        let bare = || {
            let first = doc.toks.get(j).filter(|_| j < end);
            let v = match first {
                // ("suggested that profiting off the collapse was …": a gerund subject.)
                Some(t) if t.lower.ends_with("ing") => return false,
                Some(t) if t.is(w::DET) || t.possessive() => j + 2,
                Some(t) if t.cap => (j..end).find(|&k| !doc.toks[k].cap).unwrap_or(end),
                Some(_) => j + 1,
                None => return false,
            };
            let base = doc.toks.get(v).filter(|_| v < end).is_some_and(|t| {
                t.word()
                    && !t.cap
                    && t.flags == 0
                    && t.cue.is_none()
                    && t.lower.len() > 2
                    && !t.lower.ends_with('s')
                    && !t.lower.ends_with("ed")
                    && !t.lower.ends_with("ing")
                    && !t.is(w::AUX
                        | w::BE
                        | w::PREP
                        | w::DET
                        | w::CONJ
                        | w::SUB
                        | w::PRON
                        | w::ADV)
            });
            let object = doc
                .toks
                .get(v + 1)
                .is_some_and(|n| n.is(w::DET) || (n.word() && !n.lower.ends_with("ed")));
            doc.toks[i].eq("suggested") && that && base && object
        };
        let subjunctive = that
            && ((j + 1..end).any(|k| {
                let t = &doc.toks[k];
                (t.eq("be") && !doc.toks[k - 1].is(w::AUX) && !doc.toks[k - 1].eq("to"))
                    || t.eq("should")
            }) || bare());
        if !gerund && !subjunctive {
            return None;
        }
    }
    let proposer = verb_proposer(doc, i, kind, lo, clause)?;
    let t = &doc.toks[i];
    // "tabled a motion to …" is the noun rule's.
    let j = doc.skip_to_content(i + 1, hi, false);
    // ("tabled a parliamentary motion": one modifier may stand before the noun.)
    let noun_at = |k: usize| k < hi && doc.toks[k].prop & p::NOUN != 0;
    if kind & p::PHRASAL == 0
        && j + 1 < hi
        && doc.toks[j].is(w::DET)
        && (noun_at(j + 1) || (noun_at(j + 2) && doc.toks[j + 1].word() && !doc.toks[j + 1].cap))
        && presents(t.lower)
    {
        return None;
    }
    // "had drawn up contingency plans to …": a noun a verb presents is the noun rule's.
    let presented = || (i.saturating_sub(3).max(lo)..i).any(|k| presents(doc.toks[k].lower));
    if kind & p::NOUN != 0 && t.lower.ends_with('s') && presented() {
        return None;
    }
    if let Some(hit) = relative_object(doc, i, kind, &proposer, lo, hi) {
        return Some(hit);
    }
    let (cue, start, rule) = verb_content(doc, i, kind, hi)?;
    // "offered no evidence", "proposed nothing": a negated object puts nothing forward;
    // "received investment offers from …": a preposition opens no object.
    let first = (start..hi).find(|&k| !doc.toks[k].quote());
    if rule == "proposal/verb/object"
        && first.is_some_and(|k| {
            let t = &doc.toks[k];
            // ("seeking around 3 million euros": a word of approximation before a
            // number is no preposition.)
            t.eq("no")
                || t.eq("nothing")
                || (t.is(w::PREP) && !t.eq("to") && !doc.approximates(k))
                // "the raise he had proposed was the largest": the main clause's verb
                // after an object relative clause is no object.
                || t.is(w::AUX | w::BE)
        })
    {
        return None;
    }
    // "seeking a third term", "sought re-election": running for office proposes
    // nothing.
    let seek = t.lower.starts_with("seek") || t.lower == "sought";
    let office = |k: &usize| {
        matches!(
            doc.toks[*k].lower,
            "term" | "re-election" | "reelection" | "nomination" | "office" | "presidency" | "seat"
        )
    };
    if seek && (start..hi.min(start + 4)).any(|k| office(&k)) {
        return None;
    }
    // "roof repairs promised in 2017 were never carried out".
    if super::indirect::reduced_passive(doc, i, lo, hi) {
        return None;
    }
    // "guaranteed there will be no redundancies": a guarantee pledges a clause ("the
    // bank guarantees required" are nouns).
    if t.lower.starts_with("guarantee")
        && !doc
            .toks
            .get(i + 1)
            .is_some_and(|n| n.eq("that") || n.eq("there") || n.subject_pronoun())
    {
        return None;
    }
    // "an official, who requested anonymity", "investigators requested overtime
    // records": a source's terms or a request for papers asks no course of action.
    let papers = |k: usize| {
        matches!(
            doc.toks[k].lower,
            "anonymity"
                | "confidentiality"
                | "comment"
                | "data"
                | "details"
                | "documents"
                | "files"
                | "information"
                | "records"
        )
    };
    if t.lower.starts_with("request") && (start..hi.min(start + 4)).any(papers) {
        return None;
    }
    let mut end = clause_end(doc, start, hi);
    // "the council, which put forward the candidates, had been …": a comma before an
    // auxiliary closes the relative clause the object stood in.
    if matches!(rule, "proposal/verb/object" | "proposal/verb/put-forward") {
        if let Some(c) = (start..end).find(|&k| {
            doc.toks[k].eq(",") && doc.toks.get(k + 1).is_some_and(|n| n.is(w::AUX | w::BE))
        }) {
            end = c;
        }
    }
    // "wants an independent panel, including …, to review it": an object with an
    // aside runs on to its infinitive's clause.
    if matches!(
        rule,
        "proposal/verb/call-on" | "proposal/verb/to-infinitive"
    ) && !doc.toks[start].eq("to")
    {
        if let Some(to) = to_after_object(doc, start, hi).filter(|&to| to > end) {
            end = clause_end(doc, to, hi);
        }
    }
    // "aimed to publish X and would offer Y": a coordinated proposal verb after an
    // auxiliary is a proposal of its own. "reported that staff had recommended a
    // challenge, and that Ms. Lund …": a second that-clause is the report's.
    // "would seek restitution and was examining …": an auxiliary after "and" opens
    // the subject's next verb phrase (inside a that-clause it is the clause's own).
    // ("has proposed a floor of 50 shillings and wants operators to cap …": a finite
    // proposal verb after "and" is the subject's next proposal.)
    let finite_cue = |t: &super::toks::Tok| {
        t.prop & (super::lex::p::VERB | super::lex::p::TO) != 0
            && (t.lower.ends_with('s') || t.lower.ends_with("ed"))
    };
    let next_phrase = |t: &super::toks::Tok| {
        t.eq("that")
            || (rule != "proposal/verb/that-clause" && (t.is(w::AUX | w::BE) || finite_cue(t)))
    };
    if let Some(k) = (start..end).find(|&k| {
        (doc.toks[k].eq("and") || doc.toks[k].eq("but"))
            && doc.toks.get(k + 1).is_some_and(next_phrase)
    }) {
        end = if doc.toks[k - 1].eq(",") { k - 1 } else { k };
    }
    if let Some(k) = (start..end).find(|&k| {
        (doc.toks[k].eq("and") || doc.toks[k].eq("but")) && {
            let mut m = k + 1;
            while m < end && doc.toks[m].is(w::AUX | w::ADV) {
                m += 1;
            }
            m > k + 1 && m < end && doc.toks[m].prop & (p::VERB | p::TO) != 0
        }
    }) {
        end = k;
    }
    // "would ask the minister to reverse the decision, and it wants …": a pronoun
    // subject after ", and" opens a clause of its own.
    if let Some(k) = (start + 1..end).find(|&k| {
        doc.toks[k].eq(",")
            && doc
                .toks
                .get(k + 1)
                .is_some_and(|t| t.eq("and") || t.eq("but"))
            && doc.toks.get(k + 2).is_some_and(|t| t.subject_pronoun())
    }) {
        end = k;
    }
    // "proposed the motion to refuse, which was seconded by …", "called for a full
    // assessment, which was not required because …": a relative clause set off by a
    // comma describes the object, no part of what is put forward.
    if matches!(rule, "proposal/verb/object" | "proposal/verb/call-for") {
        if let Some(k) = (start + 1..end)
            .find(|&k| doc.toks[k].eq(",") && doc.toks.get(k + 1).is_some_and(|t| t.eq("which")))
        {
            end = k;
        }
    }
    // "The company, which plans to raise $5 billion, fell": the relative clause's
    // closing comma ends what it puts forward.
    let end = super::indirect::relative_end(doc, doc.skip_aux_back(i, lo), lo, start..end).end;
    let content = doc.trim(start..end);
    // ("a policy it has promised but never delivered": "but" opens the next verb
    // phrase, no object.)
    if doc
        .toks
        .get(content.start)
        .is_some_and(|t| t.eq("but") || t.eq("and") || t.eq("or"))
    {
        return None;
    }
    Some(PHit {
        cue,
        proposer,
        content,
        rule,
    })
}

/// "defended a levy on petrol imports that he proposed last month": a proposal verb
/// with no object of its own, in a relative clause, proposes its antecedent.
fn relative_object(
    doc: &Doc,
    i: usize,
    kind: u8,
    proposer: &Range<usize>,
    lo: usize,
    hi: usize,
) -> Option<PHit> {
    if kind & p::VERB == 0 || proposer.start < lo + 2 {
        return None;
    }
    let rel = proposer.start - 1;
    if !(doc.toks[rel].eq("that") || doc.toks[rel].eq("which")) {
        return None;
    }
    // Nothing of its own after the verb: the sentence ends, a comma, or a time.
    let next = doc.toks.get(i + 1).filter(|_| i + 1 < hi);
    let objectless = next
        .is_none_or(|t| t.stop() || t.eq(",") || t.is(w::TIME) || t.eq("last") || t.eq("earlier"));
    if !objectless {
        return None;
    }
    let antecedent = doc.np_back(rel, lo)?;
    // The antecedent with its prepositional phrases ("a levy on petrol imports").
    let mut start = antecedent.start;
    while start >= lo + 2 && doc.toks[start - 1].is(w::PREP) && !doc.toks[start - 1].eq("by") {
        match doc.np_back(start - 1, lo) {
            Some(r) if r.len() <= 4 => start = r.start,
            _ => break,
        }
    }
    Some(PHit {
        cue: i..i + 1,
        proposer: proposer.clone(),
        content: doc.trim(start..rel),
        rule: "proposal/verb/object",
    })
}

/// The proposer of proposal verb `i`: its subject, or the clause's for a coordinated
/// verb ("urged … and proposed …"). A bare form needs an auxiliary, "to" or a
/// pronoun before it ("the contract offer" is a noun). A coordinated verb inside a
/// reported clause starting at `clause` is that clause's subject's.
fn verb_proposer(doc: &Doc, i: usize, kind: u8, lo: usize, clause: usize) -> Option<Range<usize>> {
    if let Some(v) = decided(doc, i, lo) {
        return doc.subject_before(v, lo);
    }
    if (!doc.verb_use(i, lo) && kind & p::TO == 0)
        || doc.toks.get(i + 1).is_some_and(|t| t.eq("by"))
    {
        return None;
    }
    let t = &doc.toks[i];
    let participle = t.lower.ends_with("ed") || t.lower == "sought" || t.lower == "put";
    let base = !participle && !t.lower.ends_with('s') && !t.lower.ends_with("ing");
    let before = doc.skip_aux_back(i, lo);
    let prev = (before > lo).then(|| &doc.toks[before - 1]);
    let skipped = &doc.toks[before..i];
    // "did not offer", "had never sought": a negated verb puts nothing forward; nor
    // does a guess at one, "regulators might ask for longer follow-up".
    if skipped.iter().any(|t| {
        t.eq("not")
            || t.eq("never")
            || t.eq("might")
            || t.eq("may")
            || t.eq("could")
            || t.lower.ends_with("n't")
            || t.lower.ends_with("n’t")
    }) {
        return None;
    }
    // "stopped short of promising to lift the cap", "without offering a date",
    // "instead of proposing cuts": a verb put aside puts nothing forward.
    let aside = i > lo
        && (doc.toks[i - 1].eq("without")
            || (i > lo + 1
                && doc.toks[i - 1].eq("of")
                && (doc.toks[i - 2].eq("short") || doc.toks[i - 2].eq("instead"))));
    if aside {
        return None;
    }
    // "accused the government of offering money", "criminal groups seeking to sway
    // votes": a gerund after "of" is what someone else says of the subject, and one
    // right after a bare plural noun describes that noun; neither puts anything
    // forward.
    let gerund = t.lower.ends_with("ing") && before == i && i > lo;
    let described = gerund && {
        let p = &doc.toks[i - 1];
        p.eq("of")
            || (p.word()
                && !p.cap
                && p.lower.ends_with('s')
                && !p.possessive()
                && !p.is(w::AUX | w::BE | w::PRON | w::DET | w::PREP | w::CONJ | w::SUB | w::ADV))
    };
    if described {
        return None;
    }
    // "Applicants were offered places": a passive's subject is offered, not offering
    // (with "by", the passive rule's). ("was prepared to fund" is willing, no passive.)
    if participle && skipped.iter().any(|t| t.is(w::BE)) && !t.eq("prepared") {
        return None;
    }
    // "would offer", "will propose": an auxiliary among the skipped words, or "to" or a
    // pronoun before them, makes a bare form a verb; so does a plural subject before a
    // verb taking "to" ("Crews plan to burn …").
    let plural_subject = kind & p::TO != 0
        && prev.is_some_and(|p| {
            p.lower.ends_with('s')
                && p.kind == Kind::Word
                && !p.possessive()
                && !p.is(w::DET | w::PRON | w::AUX | w::BE | w::ADV | w::SUB | w::CONJ | w::PREP)
        });
    let verbal = skipped.iter().any(|t| t.is(w::AUX))
        || plural_subject
        || prev
            .is_some_and(|p| p.is(w::AUX) || p.eq("to") || p.eq("we") || p.eq("they") || p.eq("i"));
    if base && !verbal {
        return None;
    }
    // "both offers would be judged": a determiner makes it a noun ("X and Y both
    // called for": after a name, a quantifier of the subject).
    let quantifier = i > lo + 1
        && matches!(doc.toks[i - 1].lower, "both" | "all")
        && (doc.toks[i - 2].cap || doc.toks[i - 2].eq(")"));
    if i > lo && doc.toks[i - 1].is(w::DET) && !quantifier {
        return None;
    }
    // "filed two proposed lawsuits", "turned down two earlier offers": a number, one
    // plain word at most between, makes it a noun or its modifier.
    let number = |k: usize| {
        let t = &doc.toks[k];
        t.kind == Kind::Number
            || matches!(
                t.lower,
                "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
            )
    };
    let plain = |k: usize| {
        let t = &doc.toks[k];
        t.word() && !t.cap && !t.is(w::AUX | w::BE | w::PRON | w::DET | w::PREP | w::CONJ | w::SUB)
    };
    // ("14 brands offered to …", "Two unions proposed …": a past tense after a counted
    // plural is the plural's verb.)
    let counted_subject = i > lo
        && t.lower.ends_with("ed")
        && crate::actors::names::plural_noun(doc.toks[i - 1].lower);
    if (i > lo && number(i - 1))
        || (i > lo + 1 && number(i - 2) && plain(i - 1) && !counted_subject)
    {
        return None;
    }
    // "a scheme which offers early advice", "a bank that offers loans": what a thing
    // offers is what it provides, no proposal.
    if t.eq("offers") && i > lo && (doc.toks[i - 1].eq("which") || doc.toks[i - 1].eq("that")) {
        return None;
    }
    // "the national lithium strategy, which aims to draw capital": what a thing aims
    // at is its purpose, no one's proposal (a body's or people's noun before it keeps
    // theirs: "the company, which aims to raise …").
    let thing_aims = t.lower.starts_with("aim") && i >= lo + 2 && doc.toks[i - 1].eq("which") && {
        let n = if doc.toks[i - 2].eq(",") {
            i.saturating_sub(3)
        } else {
            i - 2
        };
        let head = &doc.toks[n];
        n >= lo
            && head.word()
            && !head.cap
            && !classes::word_tags(head.lower).has(Tags::PEOPLE_OR_BODY)
    };
    if thing_aims {
        return None;
    }
    // "had no current plans to change the labelling": none put forward.
    if denied_noun(doc, i, lo) {
        return None;
    }
    if prev.is_some_and(|p| p.eq("and") || p.eq("but")) {
        // "Ellery, who has attacked her and has called for …": a verb coordinated
        // inside a relative clause is its antecedent's.
        let who = (lo + 1..before)
            .rev()
            .take_while(|&k| !doc.toks[k].eq(","))
            .find(|&k| doc.toks[k].eq("who") || doc.toks[k].eq("which"))
            .filter(|&k| doc.toks[k - 1].eq(","));
        match who {
            Some(k) => doc.subject_ending(k + 1, lo),
            None => doc.subject_fwd(clause, i),
        }
    } else if i > lo + 1 && doc.toks[i - 1].eq("by") && t.lower.ends_with("ing") {
        // "won the auction by offering to pay …": a gerund saying how is the clause
        // subject's.
        doc.subject_fwd(clause, i)
            .map(|r| super::quotes::introduced_name(doc, r, i))
    } else if let Some(v) = participle_head(doc, i, before, lo) {
        // "had written to the minister requesting a meeting", "marched through the
        // town, demanding an inquiry": a participle after a prepositional phrase hangs
        // on the verb before it, whose subject asks.
        let b = doc.skip_aux_back(v, lo);
        if b > lo && (doc.toks[b - 1].eq("and") || doc.toks[b - 1].eq("but")) {
            doc.subject_fwd(clause, v)
                .map(|r| super::quotes::introduced_name(doc, r, v))
        } else {
            doc.subject_before(v, lo)
        }
    } else if before == i && i > lo + 1 && doc.toks[i - 1].eq(",") && t.lower.ends_with("ing") {
        // "The opposition New Democrats went further, proposing a public pool": a
        // participle after the clause's comma is the clause subject's, where that is a
        // name or a pronoun ("Sales fell, offering a warning" puts nothing forward).
        // (In a reported clause, the subject before its auxiliary: "reported that
        // Redbridge's London rivals Kingsford United had made an approach, offering".)
        let aux = (clause > lo)
            .then(|| (clause + 1..i).find(|&k| doc.toks[k].is(w::AUX | w::BE)))
            .flatten();
        aux.and_then(|k| doc.subject_before(k, clause))
            .or_else(|| doc.subject_fwd(clause, i))
            .map(|r| super::indirect::before_verb(doc, r))
            // ("A group of doctors in 2015 sent …": without a preposition the phrase
            // stopped after.)
            .map(|r| {
                let end = if r.len() > 2 && doc.toks[r.end - 1].is(w::PREP) {
                    r.end - 1
                } else {
                    r.end
                };
                r.start..end
            })
            // (Or people or a body: "A coalition of residents … sued, seeking …".)
            .filter(|r| {
                let last = &doc.toks[r.end - 1];
                let head = (r.start..r.end)
                    .find(|&k| doc.toks[k].eq("of") || doc.toks[k].eq(","))
                    .map_or(r.end - 1, |k| k.saturating_sub(1).max(r.start));
                (last.cap && (r.len() >= 2 || r.start > lo))
                    || (r.len() == 1 && last.is(w::PRON))
                    || (r.len() >= 2
                        && doc.toks[r.start].is(w::DET)
                        && classes::word_tags(doc.toks[head].lower).has(Tags::PEOPLE_OR_BODY))
            })
            .map(|r| super::quotes::introduced_name(doc, r, i))
    } else {
        doc.subject_before(i, lo)
    }
}

/// The verb a participle cue at `i` hangs on (no auxiliary before the cue, which
/// starts at `before`): the word before the preposition that opens the phrase right
/// before the cue or its comma ("written to the minister requesting").
fn participle_head(doc: &Doc, i: usize, before: usize, lo: usize) -> Option<usize> {
    // ("wrote to the minister last month calling for": past a time phrase.)
    let timed = doc.toks[before..i]
        .iter()
        .all(|t| t.is(w::TIME) && !t.is(w::AUX));
    if !doc.toks[i].lower.ends_with("ing") || !timed || before <= lo + 3 {
        return None;
    }
    let i = before;
    let end = if doc.toks[i - 1].eq(",") { i - 1 } else { i };
    // The object: a name or a determiner and plain words, back to its preposition.
    let plain = |t: &super::toks::Tok| {
        t.word() && t.cue.is_none() && t.prop == 0 && !t.is(w::SUB | w::CONJ | w::AUX | w::BE)
    };
    let find = |end: usize| {
        (end.saturating_sub(6).max(lo + 1)..end - 1)
            .rev()
            .find(|&k| !plain(&doc.toks[k]) || doc.toks[k].is(w::PREP))
    };
    let mut k = find(end)?;
    // ("wrote to the minister on Friday, calling for": past a date's preposition.)
    let date = |k: usize| doc.toks[k + 1..end].iter().all(|t| t.is(w::TIME));
    if doc.toks[k].is(w::PREP) && k + 1 < end && date(k) && k > lo + 2 {
        k = find(k)?;
    }
    let v = k - 1;
    // ("sent a joint letter to the government calling for": a document hangs it on
    // the verb that sent it.)
    let v = if v > lo {
        document_verb(doc, v, lo).unwrap_or(v)
    } else {
        v
    };
    let verb = &doc.toks[v];
    // "did not respond to queries seeking …": right before the cue a bare noun is
    // what seeks (a reduced relative); a name or a determiner's phrase is an object.
    let first = &doc.toks[k + 1];
    let object = end < i || first.cap || first.is(w::DET) || first.possessive();
    (object
        && doc.toks[k].is(w::PREP)
        && !doc.toks[k].eq("of")
        && verb.word()
        && !verb.cap
        && !verb.is(w::DET | w::PREP | w::PRON | w::CONJ)
        // ("a letter to the minister requesting": a determiner makes it a noun.)
        && v > 0
        && !doc.toks[v - 1].is(w::DET)
        && !doc.toks[v - 1].possessive())
    .then_some(v)
}

/// Whether the cue at `i` is "ask" in a request already made ("asked X to …"), not
/// one still to come ("would ask", "plans to ask", "voted to ask").
fn request_made(doc: &Doc, i: usize, lo: usize) -> bool {
    doc.toks[i].lower.starts_with("ask")
        && !(i > lo && matches!(doc.toks[i - 1].lower, "would" | "will" | "shall" | "to"))
}

/// "Commissioners voted 3-0 on Monday to ask the governor to …", "the board agreed
/// to urge …": a request a body decides to make is the body's. The decision verb
/// before the "to" of the request cue at `i`, past a tally and a time.
fn decided(doc: &Doc, i: usize, lo: usize) -> Option<usize> {
    let t = &doc.toks[i];
    let request = t.prop & p::PHRASAL != 0
        && (t.lower.starts_with("ask")
            || t.lower.starts_with("urge")
            || t.lower.starts_with("call"));
    if !request || i < lo + 2 || !doc.toks[i - 1].eq("to") {
        return None;
    }
    let between = |t: &super::toks::Tok| {
        t.kind == Kind::Number
            || t.dash()
            || t.is(w::TIME | w::ADV)
            || t.lower.ends_with("ly")
            || t.eq("on")
    };
    let mut v = i - 2;
    while v > lo && i - v < 6 && between(&doc.toks[v]) {
        v -= 1;
    }
    matches!(
        doc.toks[v].lower,
        "voted" | "votes" | "vote" | "agreed" | "agrees" | "decided" | "decides" | "resolved"
    )
    .then_some(v)
}

/// What is asked for that puts no course of action forward ("asked for comment",
/// "asked for calm", "asked for more time", "asked officials for a briefing").
const ASKED_FOR_NOTHING: &[&str] = &[
    "advice",
    "answers",
    "briefing",
    "calm",
    "clarification",
    "comment",
    "comments",
    "details",
    "explanation",
    "feedback",
    "information",
    "patience",
    "prayers",
    "privacy",
    "restraint",
    "time",
    "understanding",
    "update",
];

/// Whether what the "for" at `f` asks for is in [`ASKED_FOR_NOTHING`], past "more", "a"
/// or "an" ("for more time", "for a briefing").
fn asks_nothing(doc: &Doc, f: usize) -> bool {
    let skip = doc
        .toks
        .get(f + 1)
        .is_some_and(|t| t.eq("more") || t.eq("a") || t.eq("an"));
    doc.toks
        .get(f + 1 + usize::from(skip))
        .is_some_and(|t| ASKED_FOR_NOTHING.contains(&t.lower))
}

/// The "for" after a short object at `o` ("the government for", "the court for"), if
/// one comes before any comma or other punctuation.
pub(super) fn for_after_object(doc: &Doc, o: usize, hi: usize) -> Option<usize> {
    (o + 1..hi.min(o + 6))
        .take_while(|&k| doc.toks[k].word())
        .find(|&k| doc.toks[k].eq("for"))
        .filter(|&k| {
            k + 1 < hi
                && !doc.toks[o..k]
                    .iter()
                    .any(|t| t.is(w::PREP | w::AUX | w::BE) || t.cue.is_some())
        })
}

/// The cue span, content start and rule of proposal verb `i`.
fn verb_content(
    doc: &Doc,
    i: usize,
    kind: u8,
    hi: usize,
) -> Option<(Range<usize>, usize, &'static str)> {
    if kind & p::PHRASAL != 0 {
        // ("lobbied publicly for", "pushed hard for": an adverb before the particle.)
        let adverb = |t: &super::toks::Tok| {
            t.is(w::ADV) || (t.word() && !t.cap && (t.lower.ends_with("ly") || t.eq("hard")))
        };
        let mut n = i + 1;
        while n < hi && adverb(&doc.toks[n]) && doc.toks.get(n + 1).is_some_and(|t| t.eq("for")) {
            n += 1;
        }
        // ("would push in the Senate for a sunset clause": a place named between the
        // verb and its particle.)
        if n == i + 1 && n < hi && (doc.toks[n].eq("in") || doc.toks[n].eq("at")) {
            let the = usize::from(doc.toks.get(n + 1).is_some_and(|t| t.eq("the")));
            let names = (n + 1 + the..hi.min(n + 5))
                .take_while(|&k| doc.toks[k].cap && doc.toks[k].word())
                .count();
            let f = n + 1 + the + names;
            if names > 0 && f < hi && doc.toks[f].eq("for") {
                n = f;
            }
        }
        if n > i + 1 {
            let start = doc.skip_to_content(n + 1, hi, false);
            return Some((i..n + 1, start, "proposal/verb/call-for"));
        }
        let next = doc.toks.get(i + 1)?;
        if doc.toks[i].eq("put") {
            if !next.eq("forward") {
                return None;
            }
            let start = doc.skip_to_content(i + 2, hi, false);
            return Some((i..i + 2, start, "proposal/verb/put-forward"));
        }
        // "called for an inquiry", "pushed for a ballot", "pressed for talks", "asked
        // for drought support to be expanded": what is called for ("asked for comment",
        // "asked for calm", "asked for more time" ask no course of action).
        // ("asked for more time", "asked for more details".)
        let asked_for_words = doc.toks[i].lower.starts_with("ask") && asks_nothing(doc, i + 1);
        if next.eq("for") && !asked_for_words {
            let start = doc.skip_to_content(i + 2, hi, false);
            return Some((i..i + 2, start, "proposal/verb/call-for"));
        }
        // "is pressing the board to appoint an expert", "urged ministers to act", "would
        // ask Ottawa to exempt small firms": whom it presses and to do what, as "called
        // on" takes them. ("asked not to be named", "asked to speak" ask nothing of
        // anyone.)
        let cue = doc.toks[i].lower;
        let presses = cue.starts_with("press") && (next.is(w::DET) || next.cap);
        let urges = cue.starts_with("urg");
        // "would ask Parliament next week to approve", "plans to ask lawmakers to pass":
        // a request still to be made puts something forward; one made only where a
        // government makes it (see `request_made`).
        let asks = cue.starts_with("ask");
        if presses || ((urges || asks) && opens_object(next)) {
            // "asked the government for a guaranteed price": what is asked for of
            // whom, within a short noun phrase before any comma (not "asked him for
            // comment").
            let asks_for = for_after_object(doc, i + 1, hi)
                .filter(|&f| to_after_object(doc, i + 1, hi).is_none_or(|to| f < to));
            if let Some(f) = asks_for.filter(|_| asks) {
                return (!asks_nothing(doc, f)).then_some((
                    i..i + 1,
                    i + 1,
                    "proposal/verb/call-for",
                ));
            }
            to_after_object(doc, i + 1, hi)?;
            return Some((i..i + 1, i + 1, "proposal/verb/call-on"));
        }
        // "called on the council to drop the fee": whom it is asked of and what, so the
        // "to" must come within a short noun phrase, before any comma.
        // ("appealed to the union to suspend the walkout": an appeal to someone too.)
        let called_on = doc.toks[i].lower.starts_with("call") && (next.eq("on") || next.eq("upon"));
        let appealed_to = doc.toks[i].lower.starts_with("appeal") && next.eq("to");
        if called_on || appealed_to {
            let o = i + 2;
            let to = (o + 1..hi.min(o + 8))
                .take_while(|&k| !doc.toks[k].eq(",") && !doc.toks[k].quote())
                .find(|&k| doc.toks[k].eq("to"))?;
            if to + 1 >= hi || doc.toks[to + 1].is(w::DET) {
                return None;
            }
            return Some((i..i + 2, o, "proposal/verb/call-on"));
        }
        return None;
    }
    if kind & p::TO != 0 {
        let j = doc.skip_aux_back_fwd(i + 1, hi);
        let seek = doc.toks[i].lower.starts_with("seek") || doc.toks[i].eq("sought");
        let to = doc.toks.get(j).is_some_and(|t| t.eq("to"));
        // "wants the Government to lift the target": whom it wants to act, within a
        // short noun phrase before any comma.
        let wants = doc.toks[i].lower.starts_with("want") && !to;
        // "want the rules changed", "wants a share of the savings reserved for …":
        // whom or what it wants done, a past participle after a short noun phrase.
        if wants
            && doc.toks.get(j).is_some_and(opens_object)
            && !personal_object(doc, j, hi)
            && (to_after_object(doc, j, hi).is_some() || participle_after_object(doc, j, hi))
        {
            return Some((i..i + 1, j, "proposal/verb/to-infinitive"));
        }
        // "The union plans a series of rolling strikes": a plan's object after its
        // determiner.
        let plans = doc.toks[i].lower.starts_with("plan")
            && doc
                .toks
                .get(j)
                .is_some_and(|t| j < hi && matches!(t.lower, "a" | "an" | "another"));
        if plans {
            return Some((i..i + 1, j, "proposal/verb/object"));
        }
        // "promised a royal commission": a verb that also takes an object.
        if !to && !seek && kind & p::VERB == 0 {
            return None;
        }
        // "wanted to hear more", "plans to be there": knowing, perceiving, being or
        // staying is no course of action put forward.
        let stance = to
            && doc.toks.get(j + 1).is_some_and(|t| {
                matches!(
                    t.lower,
                    "know"
                        | "hear"
                        | "see"
                        | "understand"
                        | "learn"
                        | "be"
                        | "stay"
                        | "remain"
                        | "wait"
                        | "talk"
                        | "say"
                        | "thank"
                        | "win"
                )
            });
        if stance {
            return None;
        }
        if to || seek {
            let rule = if to {
                "proposal/verb/to-infinitive"
            } else {
                "proposal/verb/object"
            };
            return Some((i..i + 1, j, rule));
        }
    }
    let j = doc.skip_to_content(i + 1, hi, false);
    let that = j > i + 1 && doc.toks[j - 1].eq("that");
    // ("nothing", "something" are no gerunds.)
    let gerund = doc
        .toks
        .get(j)
        .is_some_and(|t| t.lower.ends_with("ing") && !t.lower.ends_with("thing"));
    let rule = match (that, gerund) {
        (true, _) => "proposal/verb/that-clause",
        (false, true) => "proposal/verb/gerund",
        _ => "proposal/verb/object",
    };
    Some((i..i + 1, j, rule))
}

/// Whether `t` may open a verb's object: a determiner, a pronoun, a name or a plain
/// word ("urged ministers to …"), not an adverb, a preposition, "to" or "not" ("asked
/// not to be named").
fn opens_object(t: &super::toks::Tok) -> bool {
    t.is(w::DET | w::PRON)
        || t.cap
        || (t.word()
            && !t.is(w::ADV | w::PREP | w::SUB | w::CONJ | w::AUX | w::BE)
            && !t.eq("to")
            && !t.eq("not"))
}

/// "She wants her son to be happy", "wants me to stay": what one wants of oneself's
/// own or of the person addressed is a private wish, no demand put forward.
fn personal_object(doc: &Doc, o: usize, hi: usize) -> bool {
    const KIN: &[&str] = &[
        "brother",
        "children",
        "daughter",
        "daughters",
        "family",
        "father",
        "husband",
        "kids",
        "mother",
        "parents",
        "partner",
        "sister",
        "son",
        "sons",
        "wife",
    ];
    let t = &doc.toks[o];
    matches!(t.lower, "me" | "you" | "him" | "us")
        || (matches!(t.lower, "my" | "your" | "his" | "her" | "our" | "their")
            && doc
                .toks
                .get(o + 1)
                .is_some_and(|n| o + 1 < hi && KIN.contains(&n.lower)))
}

/// "pressing the board to appoint", "wants the Government to lift": the "to" of an
/// infinitive after an object opening at `o` (words only): the first "to" before a
/// plain word, passing a preposition's "to the", "to Paris" ("urged residents on
/// evacuation alert in the communities of Pine Flats and Old Mission to prepare").
fn to_after_object(doc: &Doc, o: usize, hi: usize) -> Option<usize> {
    let infinitive = |k: usize| {
        doc.toks[k].eq("to")
            && doc
                .toks
                .get(k + 1)
                .is_some_and(|n| k + 1 < hi && !n.is(w::DET) && !n.cap)
    };
    let mut k = o + 1;
    while k < hi.min(o + 16) {
        let t = &doc.toks[k];
        if infinitive(k) {
            return Some(k);
        }
        // "wants an independent panel, including members nominated by growers, to
        // review …": an aside set off by two commas inside the object.
        if t.eq(",") && k > o + 1 {
            let close = (k + 2..hi.min(k + 12))
                .take_while(|&m| doc.toks[m].word() || doc.toks[m].eq(","))
                .find(|&m| doc.toks[m].eq(","))?;
            return (close + 1 < hi && infinitive(close + 1)).then_some(close + 1);
        }
        if !t.word() {
            return None;
        }
        k += 1;
    }
    None
}

/// "want the rules changed", "wants a share of the savings reserved for farmers": a
/// past participle after an object opening at `o` (plain words only, no verb of its
/// own), ending the phrase or before a preposition ("a guaranteed income" is a
/// modifier: a noun follows it).
fn participle_after_object(doc: &Doc, o: usize, hi: usize) -> bool {
    let Some(k) = (o + 1..hi.min(o + 8))
        .take_while(|&k| {
            let t = &doc.toks[k];
            t.word() && !t.is(w::AUX | w::BE | w::SUB | w::PRON) && !t.eq("to")
        })
        .find(|&k| {
            let t = &doc.toks[k];
            t.lower.ends_with("ed") && !t.cap && !doc.toks[k - 1].is(w::DET)
        })
    else {
        return false;
    };
    doc.toks
        .get(k + 1)
        .is_none_or(|n| k + 1 >= hi || !n.word() || n.is(w::PREP | w::CONJ))
}

/// "The plan was proposed by X": the proposer after "by", the subject as content.
fn passive(doc: &Doc, i: usize, kind: u8, lo: usize, hi: usize) -> Option<PHit> {
    // "a bill put forward this week by X": past the particle and a time phrase.
    let put = doc.toks[i].eq("put") && doc.toks.get(i + 1).is_some_and(|t| t.eq("forward"));
    let mut by = i + 1 + usize::from(put);
    while by < hi && doc.toks[by].is(w::TIME) {
        by += 1;
    }
    let phrasal = put && kind & p::PHRASAL != 0;
    if (kind & p::VERB == 0 && !phrasal) || !doc.toks.get(by).is_some_and(|t| t.eq("by")) {
        return None;
    }
    let mut be = i;
    while be > lo && doc.toks[be - 1].is(w::ADV) {
        be -= 1;
    }
    // ("a bill put forward by X": a participle after its noun, no "be".)
    let reduced = be > lo && {
        let n = &doc.toks[be - 1];
        n.word() && !n.cap && n.flags == 0 && n.cue.is_none() && n.prop & p::NOUN != 0
    };
    if be == lo || !(doc.toks[be - 1].is(w::BE) || reduced) {
        return None;
    }
    let np = doc.np_after(by + 1, hi)?;
    // "by transport chair Jo Roe in February": the agent ends before a place or time.
    let cut = np.clone().find(|&k| {
        k > np.start && doc.toks[k].is(w::PREP) && !doc.toks[k].eq("of") && !doc.toks[k].eq("for")
    });
    let proposer = np.start..cut.unwrap_or(np.end);
    if reduced {
        // The noun with its determiner and modifiers ("a bill", not "the heart of a bill").
        let plain = |t: &super::toks::Tok| t.word() && !t.cap && t.flags == 0;
        let mut s = be - 1;
        while s > lo && plain(&doc.toks[s - 1]) {
            s -= 1;
        }
        if s > lo && doc.toks[s - 1].is(w::DET) {
            s -= 1;
        }
        let content = s..be;
        return Some(PHit {
            cue: i..i + 1 + usize::from(put),
            proposer,
            content,
            rule: "proposal/verb/passive-by",
        });
    }
    let mut subject_end = be - 1;
    while subject_end > lo && doc.toks[subject_end - 1].is(w::AUX | w::BE) {
        subject_end -= 1;
    }
    let content = doc.subject_before(subject_end, lo)?;
    Some(PHit {
        cue: i..i + 1 + usize::from(put),
        proposer,
        content,
        rule: "proposal/verb/passive-by",
    })
}

/// The owner of a proposal noun: a possessive ("Ford's proposal") or capitalised
/// modifiers ("a U.S. proposal").
fn owner(doc: &Doc, i: usize, lo: usize) -> Option<Range<usize>> {
    // "defended her plan to …": a possessive pronoun owns it.
    // ("in protest at government plans to raise the cap": the government's.)
    if i > lo
        && matches!(
            doc.toks[i - 1].lower,
            "his" | "her" | "their" | "its" | "government"
        )
    {
        return Some(i - 1..i);
    }
    // "the government's latest offer", "the union's revised offer": one plain modifier
    // between the possessive and the noun.
    let modifier = i > lo + 1 && doc.toks[i - 2].possessive() && {
        let t = &doc.toks[i - 1];
        t.word() && !t.cap && t.flags == 0 && !t.is(w::DET | w::PREP | w::PRON)
    };
    let mut k = if modifier { i - 1 } else { i };
    let i = k;
    while k > lo
        && (doc.toks[k - 1].cap || doc.toks[k - 1].possessive())
        && !doc.toks[k - 1].is(w::DET | w::PREP)
    {
        k -= 1;
        if doc.toks[k].possessive() && k + 1 < i {
            break;
        }
    }
    // "the commission's proposal": the article belongs to the owner as written.
    if k < i && k > lo && doc.toks[k - 1].eq("the") {
        k -= 1;
    }
    (k < i).then_some(k..i)
}

/// "telling users about cheaper subscription offers available …": plain words back to a
/// preposition make the cue at `i` a noun (a verb's subject follows no preposition).
fn after_preposition(doc: &Doc, i: usize, lo: usize) -> bool {
    let plain = |t: &super::toks::Tok| t.word() && !t.cap && t.flags == 0 && !t.is(w::DET);
    let mut k = i;
    while k > lo && i - k < 3 && plain(&doc.toks[k - 1]) {
        k -= 1;
    }
    // ("push ahead with plans to …": right after a preposition, a noun too.)
    k > lo && doc.toks[k - 1].is(w::PREP)
}

/// "pushed ahead with plans to …", "will proceed with its plan": the verb that
/// carries forward the proposal noun at `i`, whose subject puts it forward.
fn carried_forward(doc: &Doc, i: usize, lo: usize) -> Option<usize> {
    let mut with = i.checked_sub(1)?;
    if with > lo && doc.toks[with].is(w::DET) {
        with -= 1;
    }
    if with < lo + 2 || !doc.toks[with].eq("with") {
        return None;
    }
    let particle = &doc.toks[with - 1];
    if particle.lower.starts_with("proceed") {
        return Some(with - 1);
    }
    let verb = &doc.toks[with - 2];
    (matches!(particle.lower, "ahead" | "forward" | "on")
        && verb.word()
        && !verb.cap
        && !verb.is(w::DET | w::PREP | w::PRON | w::CONJ))
    .then_some(with - 2)
}

/// "no plans to", "no current plans to": "no" right before proposal word `i`, or one
/// word before it.
fn denied_noun(doc: &Doc, i: usize, lo: usize) -> bool {
    (i.saturating_sub(2).max(lo)..i).any(|k| doc.toks[k].eq("no"))
}

fn noun(doc: &Doc, i: usize, lo: usize, hi: usize) -> Option<PHit> {
    if denied_noun(doc, i, lo) {
        return None;
    }
    // ("the 27 blocks on offer": what is for sale, no one's offer.)
    if i > lo && doc.toks[i - 1].eq("on") && doc.toks[i].lower.starts_with("offer") {
        return None;
    }
    // ("a former judge who lost her bid for a district seat": a bid won or lost is a
    // contest's, no longer put forward.)
    let decided = doc.toks[i].eq("bid")
        && (i.saturating_sub(3).max(lo)..i).any(|k| {
            matches!(
                doc.toks[k].lower,
                "lost" | "losing" | "won" | "winning" | "abandoned" | "dropped" | "ended"
            )
        });
    if decided {
        return None;
    }
    // "unveiled a plan to …", "would bring forward legislation to …".
    let forward = |k: usize| {
        doc.toks[k].eq("forward")
            && k > lo
            && matches!(
                doc.toks[k - 1].lower,
                "bring" | "brings" | "bringing" | "brought"
            )
    };
    // ("drew up a plan", not "drew winning bids": "draw" presents with "up".)
    let drawn = |k: usize| {
        matches!(
            doc.toks[k].lower,
            "draw" | "drawing" | "drawn" | "draws" | "drew"
        ) && !doc.toks.get(k + 1).is_some_and(|t| t.eq("up"))
    };
    let presenting = |k: usize| (presents(doc.toks[k].lower) && !drawn(k)) || forward(k);
    let mut v = i;
    while v > lo && v + 3 > i && !presenting(v - 1) {
        v -= 1;
    }
    // ("submitted a revised restructuring plan": a determiner and two plain modifiers
    // between the verb and its noun.)
    let plain = |k: usize| {
        let t = &doc.toks[k];
        t.word() && !t.cap && t.flags == 0 && t.cue.is_none() && !t.is(w::DET | w::PREP | w::PRON)
    };
    let modified = i >= lo + 4
        && presenting(i - 4)
        && doc.toks[i - 3].is(w::DET)
        && plain(i - 2)
        && plain(i - 1);
    let direct = v > lo && v + 3 > i && presenting(v - 1);
    // ("sent parliament a bill that would abolish …": a document sent to a named body,
    // with a clause or an infinitive that says what it does.)
    let sent = !direct
        && i >= lo + 3
        && matches!(doc.toks[i - 3].lower, "sent" | "sends" | "send" | "sending")
        && doc.toks[i - 2].word()
        && (doc.toks[i - 2].cap
            || matches!(
                doc.toks[i - 2].lower,
                "parliament" | "congress" | "lawmakers" | "legislators" | "regulators"
            ))
        && matches!(doc.toks[i - 1].lower, "a" | "an")
        && match (doc.toks.get(i + 1), doc.toks.get(i + 2)) {
            (Some(r), Some(a)) if r.eq("that") || r.eq("which") => a.is(w::AUX),
            (Some(to), Some(v)) => to.eq("to") && v.word() && !v.cap && !v.is(w::DET),
            _ => false,
        };
    let presented = direct || modified || sent;
    if sent {
        v = i - 2;
    } else if modified && !direct {
        v = i - 3;
    }
    let (cue, proposer, rule) = if presented {
        let verb = if forward(v - 1) { v - 2 } else { v - 1 };
        (
            verb..i + 1,
            presenter(doc, verb, lo)?,
            "proposal/noun/verb-det-noun",
        )
    } else if let Some(hit) = offer_from(doc, i, lo, hi) {
        return Some(hit);
    } else if let Some(hit) = plan_by(doc, i, lo, hi) {
        return Some(hit);
    } else if let Some(hit) = drafted_by(doc, i, hi) {
        return Some(hit);
    } else if let Some(verb) = carried_forward(doc, i, lo) {
        let proposer = doc.subject_before(verb, lo)?;
        (i..i + 1, proposer, "proposal/noun/verb-det-noun")
    } else {
        (i..i + 1, owner(doc, i, lo)?, "proposal/noun/owner")
    };
    // "unveiled a plan on Sunday to …": time adverbials first.
    let mut j = doc.skip_to_content(i + 1, hi, false);
    // "submitted a plan to the bankruptcy court on Thursday that would …": the body
    // it went to, up to the relative clause that says what the plan does.
    if presented && j < hi && doc.toks[j].eq("to") {
        let rel = (j + 1..hi.min(j + 12))
            .take_while(|&k| doc.toks[k].word() && doc.toks[k].cue.is_none())
            .find(|&k| doc.toks[k].eq("that") || doc.toks[k].eq("which"));
        if let Some(r) = rel.filter(|&r| doc.toks.get(r + 1).is_some_and(|t| t.is(w::AUX))) {
            j = r;
        }
    }
    // "put the company's offer to a community vote": a "to" before a determiner is a
    // preposition, no infinitive.
    let infinitive_to = |k: usize| {
        doc.toks[k].eq("to")
            && doc
                .toks
                .get(k + 1)
                .is_some_and(|n| k + 1 < hi && !n.is(w::DET))
    };
    while j < hi
        && (doc.toks[j].eq("that")
            || doc.toks[j].eq("which")
            || infinitive_to(j)
            || doc.toks[j].eq("for")
            || doc.toks[j].eq("would")
            || doc.toks[j].eq("see")
            || doc.toks[j].eq("calling"))
    {
        j += 1;
    }
    // "the government's offer of 3% a year": an owner's offer with its "of" complement.
    let of =
        !presented && j < hi && j == doc.skip_to_content(i + 1, hi, false) && doc.toks[j].eq("of");
    if of {
        j += 1;
    }
    if j == doc.skip_to_content(i + 1, hi, false) && !presented {
        return None;
    }
    // ("presented an improved offer, including commitments to buy gas": the parts it
    // names, without the word that lists them.)
    let part = j + usize::from(doc.toks.get(j).is_some_and(|t| t.eq(",")));
    if doc.toks.get(part).is_some_and(|t| t.eq("including")) {
        j = part + 1;
    }
    // "The AOSIS proposal would need the support of all parties": a plan's fate, no
    // part of what it puts forward.
    // ("a bill that would require plants to report": after a relative pronoun, what
    // the plan requires is what it puts forward.)
    let relative = j >= 2 && matches!(doc.toks[j - 2].lower, "that" | "which");
    let fate = j > 0
        && matches!(
            doc.toks[j - 1].lower,
            "would" | "will" | "could" | "may" | "might"
        )
        && doc.toks.get(j).is_some_and(|t| {
            !(relative && t.eq("require"))
                && matches!(
                    t.lower,
                    "need"
                    | "require"
                    | "face"
                    | "have"
                    | "go"
                    | "pass"
                    | "fail"
                    | "struggle"
                    | "survive"
                    // "the yard's bid would be politically very difficult": a judgment
                    // of the plan.
                    | "be"
                )
        });
    if fate {
        return None;
    }
    let end = clause_end(doc, j, hi);
    // "Silva's plan to build homes was approved": the plan's clause ends at the main verb.
    // "the Coalition's plan to cut the excise would blow a hole …": after an
    // infinitive, a modal opens the main clause (not after a relative pronoun).
    let infinitive = j > 0 && doc.toks[j - 1].eq("to");
    let main = (j + 1..end).find(|&k| {
        let passive = doc.toks[k].is(w::BE)
            && !doc.toks[k - 1].eq("to")
            && doc
                .toks
                .get(k + 1)
                .is_some_and(|n| n.lower.ends_with("ed") && !n.cap);
        let modal = infinitive
            && matches!(
                doc.toks[k].lower,
                "would" | "will" | "could" | "might" | "may"
            )
            && !doc.toks[k - 1].is(w::SUB | w::PRON);
        // ("an offer of 3% a year was a pay cut": after an "of" complement a verb of
        // being or an auxiliary opens the main clause.)
        let finite = of && doc.toks[k].is(w::BE | w::AUX);
        passive || modal || finite
    });
    // "preparing an improved offer of about £70m": an "of" complement is said with its
    // noun, the whole phrase the verb presents.
    let from = if presented && j < hi && doc.toks[j].eq("of") {
        v
    } else {
        j
    };
    let content = doc.trim(from..main.unwrap_or(end));
    Some(PHit {
        cue,
        proposer,
        content,
        rule,
    })
}

/// "a takeover offer from Jane Roe": the proposer follows "from"; the content is the
/// noun phrase itself.
fn offer_from(doc: &Doc, i: usize, lo: usize, hi: usize) -> Option<PHit> {
    if !doc.toks.get(i + 1).is_some_and(|t| t.eq("from")) || i + 2 >= hi {
        return None;
    }
    let np = doc.np_after(i + 2, hi)?;
    // ("collected through electricity bills from January 2027": a time, no proposer.)
    let t = &doc.toks[np.start];
    if t.dated() {
        return None;
    }
    // ("a takeover offer": its determiner and modifiers, not past a verb, "a tender
    // that drew bids from …".)
    let start = (lo..i)
        .rev()
        .take(6)
        .take_while(|&k| {
            let t = &doc.toks[k];
            !matches!(t.lower, "that" | "which" | "who")
                && (t.is(w::DET)
                    || (t.word() && t.cue.is_none())
                    || t.kind == Kind::Number
                    || matches!(t.lower, "$" | "€" | "£" | "-"))
        })
        .find(|&k| doc.toks[k].is(w::DET))
        .unwrap_or(i);
    Some(PHit {
        cue: i..i + 1,
        proposer: np,
        content: start..i + 1,
        rule: "proposal/noun/from",
    })
}

/// "centres on a proposal by the pensions trust to raise contributions", "opposed a plan
/// by the council to close two libraries": the proposer after "by", the content its
/// infinitive, up to a modal or a form of "be" that opens the main clause.
fn plan_by(doc: &Doc, i: usize, lo: usize, hi: usize) -> Option<PHit> {
    if !doc.toks.get(i + 1).is_some_and(|t| t.eq("by")) || i + 2 >= hi {
        return None;
    }
    // ("A plan by the council to close two libraries drew protests": as the subject,
    // where its clause ends is the main verb's guess; left.)
    if doc.toks[lo..i].iter().all(|t| t.is(w::DET)) {
        return None;
    }
    let np = doc.np_after(i + 2, hi)?;
    let to = (np.start + 1..np.end.min(np.start + 8)).find(|&k| doc.toks[k].eq("to"))?;
    let np = np.start..to;
    let infinitive = doc
        .toks
        .get(to + 1)
        .is_some_and(|n| to + 1 < hi && n.word() && !n.cap && !n.is(w::DET));
    if !infinitive {
        return None;
    }
    let end = clause_end(doc, to + 1, hi);
    let main = (to + 2..end).find(|&k| {
        let t = &doc.toks[k];
        (t.is(w::BE) || matches!(t.lower, "would" | "will" | "could" | "might" | "may"))
            && !doc.toks[k - 1].is(w::SUB | w::PRON)
            && !doc.toks[k - 1].eq("to")
    });
    Some(PHit {
        cue: i..i + 1,
        proposer: np,
        content: doc.trim(to + 1..main.unwrap_or(end)),
        rule: "proposal/noun/by",
    })
}

/// "The bill, drafted by the housing ministry, would close the scheme": the drafter
/// named in the participle's aside proposes what the noun then "would" do.
fn drafted_by(doc: &Doc, i: usize, hi: usize) -> Option<PHit> {
    let ts = doc.toks.get(i + 1..hi)?;
    // ("a bill sponsored by Senator X would cap …": without the commas too.)
    let commas = ts.first()?.eq(",");
    let p = i + 1 + usize::from(commas);
    let part = doc.toks.get(p).filter(|_| p < hi)?;
    // ("drawn up by", "put forward by": the participle's particle.)
    let particle = match part.lower {
        "drafted" | "prepared" | "written" | "proposed" | "sponsored" | "tabled" | "introduced"
        | "submitted" | "presented" | "filed" | "unveiled" => 0,
        "drawn" | "put"
            if doc
                .toks
                .get(p + 1)
                .is_some_and(|t| t.eq("up") || t.eq("forward")) =>
        {
            1
        }
        _ => return None,
    };
    // ("put forward in 2023 by", "presented in the National Assembly by": a short
    // adverbial before "by".)
    let by = (p + 1 + particle..hi.min(p + 7 + particle))
        .take_while(|&k| doc.toks[k].word() || doc.toks[k].kind == Kind::Number)
        .find(|&k| doc.toks[k].eq("by"))?;
    // The agent runs to the closing comma, or without commas to the modal.
    let modal_at = |k: usize| matches!(doc.toks[k].lower, "would" | "will");
    let close = if commas {
        (by + 2..hi.min(by + 12)).find(|&k| doc.toks[k].eq(","))?
    } else {
        (by + 2..hi.min(by + 8)).find(|&k| modal_at(k))?
    };
    let proposer = doc.trim(by + 1..close);
    if proposer.is_empty()
        || !doc.toks[proposer.clone()]
            .iter()
            .all(|t| t.word() || t.eq(".") || t.possessive())
    {
        return None;
    }
    // ", would (also) replace …": the modal, adverbs and then the verb.
    let modal = if commas { close + 1 } else { close };
    if !doc
        .toks
        .get(modal)
        .is_some_and(|t| modal_at(modal) && t.word())
    {
        return None;
    }
    let verb = (modal + 1..hi.min(modal + 4)).find(|&k| !doc.toks[k].is(w::ADV))?;
    let v = &doc.toks[verb];
    if !v.word() || v.cap || v.is(w::DET | w::BE | w::AUX) {
        return None;
    }
    let mut content = doc.trim(verb..clause_end(doc, verb, hi));
    // ("would go further, requiring …": what it would do is the participle's clause.)
    let further = content.len() == 2 && v.eq("go") && doc.toks[verb + 1].eq("further");
    if further
        && doc.toks.get(content.end).is_some_and(|t| t.eq(","))
        && doc
            .toks
            .get(content.end + 1)
            .is_some_and(|t| t.lower.ends_with("ing") && !t.cap)
    {
        let from = content.end + 1;
        content = doc.trim(from..clause_end(doc, from + 1, hi));
    }
    Some(PHit {
        cue: i..i + 1,
        proposer,
        content,
        rule: "proposal/noun/drafted-by",
    })
}

/// "…, a measure intended to encourage …", "a condition designed to stop …": a
/// participle after an indefinite noun says what a thing is for, no one's proposal.
fn purpose(doc: &Doc, h: &PHit) -> bool {
    matches!(
        doc.toks[h.cue.start].lower,
        "intended" | "designed" | "meant" | "aimed"
    ) && h.proposer.end == h.cue.start
        && doc
            .toks
            .get(h.proposer.start)
            .is_some_and(|t| t.eq("a") || t.eq("an"))
}

/// "Under the plan, C": the last proposer's plan.
fn under(b: &Builder, lo: usize, hi: usize) -> Option<PHit> {
    let doc = b.doc;
    if !doc.toks.get(lo).is_some_and(|t| t.eq("under")) {
        return None;
    }
    let comma = (lo + 1..hi.min(lo + 6)).find(|&k| doc.toks[k].eq(","))?;
    let noun = (lo + 1..comma).find(|&k| doc.toks[k].prop & p::NOUN != 0)?;
    let content = doc.trim(comma + 1..clause_end(doc, comma + 1, hi));
    // "Under the proposal, the council will:" introduces a list, not a content.
    if doc.toks.get(content.end).is_some_and(|t| t.eq(":")) {
        return None;
    }
    // "Under Agbaje's proposal, …": the plan's owner where it has one.
    if let Some(owner) = owner(doc, noun, lo + 1) {
        return Some(PHit {
            cue: noun..noun + 1,
            proposer: owner,
            content,
            rule: "proposal/noun/under",
        });
    }
    let last = b.props.last()?;
    let ps = last.proposer_span?;
    let proposer = doc.toks.partition_point(|t| t.span.start < ps.start);
    let pend = doc.toks.partition_point(|t| t.span.end < ps.end);
    if pend < proposer || pend >= doc.toks.len() {
        return None;
    }
    Some(PHit {
        cue: noun..noun + 1,
        proposer: proposer..pend + 1,
        content,
        rule: "proposal/noun/under",
    })
}

#[cfg(test)]
mod tests;
