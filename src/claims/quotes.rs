//! Direct quotations: double quotation marks paired per paragraph (a quote may span
//! sentences; an unclosed quote runs to the paragraph's end), then tied to a cue after
//! the quote ("…," she said / "…," said Name), before it (She said: "…"), around it
//! ("We will," she said, "move fast."), to a trailing dash ("…" - Name), to a colon
//! lead-in paragraph ("And from Name:"), or, for a quote that fills its sentence, to the
//! speaker of the quote before it.
//!
//! Short quotes with no cue are scare quotes or parts of mixed quotes and are left to
//! the indirect rules. Returns the token ranges of every quote so that cues inside
//! quotes are not read as the writer's.

use std::collections::BinaryHeap;
use std::ops::Range;

use super::lex::{w, CueClass};
use super::toks::{has, Doc};
use super::{Builder, Hit};
use crate::document::Form;

/// A paired quote: its opening mark and its closing mark, if any.
#[derive(Debug, Clone)]
struct Quote {
    open: usize,
    close: Option<usize>,
    para: usize,
    /// Where a quote with no closing mark stops: the next opening mark of its
    /// paragraph (a quote opened there, so this one ended), else the paragraph's end.
    stop: usize,
}

impl Quote {
    fn inner(&self, doc: &Doc) -> Range<usize> {
        let end = self.close.unwrap_or(self.stop);
        doc.trim(self.open + 1..end)
    }
}

fn pair(doc: &Doc) -> Vec<Quote> {
    let mut out = Vec::new();
    for (para, r) in doc.paras.iter().enumerate() {
        let mut open: Option<usize> = None;
        let mut inner_close: Option<usize> = None;
        let mut next = r.start;
        while let Some(i) = next_mark(doc, next, r.end) {
            next = i + 1;
            let t = &doc.toks[i];
            if inner_close.is_some_and(|c| i <= c) {
                continue;
            }
            // A closing mark glued to the word after it opens a quote (some sites
            // open with ”).
            let glued = doc
                .toks
                .get(i + 1)
                .is_some_and(|n| n.word() && n.span.start == t.span.end);
            let spaced = i == r.start || doc.toks[i - 1].span.end < t.span.start;
            let closing =
                matches!(t.lower, "”" | "»" | "''") && !(open.is_none() && glued && spaced);
            let opening = matches!(t.lower, "“" | "«" | "„" | "``");
            match open {
                Some(o) if !opening => {
                    out.push(Quote {
                        open: o,
                        close: Some(i),
                        para,
                        stop: i,
                    });
                    open = None;
                }
                // “As he calls “hell” than live …”: a quote nested in double marks.
                Some(_) if nested(doc, i, r.end).is_some() => {
                    inner_close = nested(doc, i, r.end);
                }
                Some(o) => {
                    out.push(Quote {
                        open: o,
                        close: None,
                        para,
                        stop: i,
                    });
                    open = Some(i);
                }
                None if !closing => open = Some(i),
                None => {}
            }
        }
        if let Some(o) = open {
            out.push(Quote {
                open: o,
                close: None,
                para,
                stop: r.end,
            });
        }
        // (A quote opened inside one with no closing mark, and closed, is nested in
        // it: “… chanting “U-S-A!” …, a block quote whose close is missing, runs on
        // to the paragraph's end.)
        let ours = out
            .iter()
            .rposition(|q| q.para != para)
            .map_or(0, |k| k + 1);
        for k in ours..out.len() {
            let inner_closed = out
                .get(k + 1)
                .is_some_and(|n| n.open == out[k].stop && n.close.is_some());
            if out[k].close.is_none() && inner_closed {
                out[k].stop = r.end;
            }
        }
    }
    out.retain(|q| q.close.is_some_and(|c| c > q.open + 1) || q.close.is_none());
    out
}

/// The first double quote mark in `from..to`, passing over the sentences that hold no
/// quote mark (most) without looking at their tokens.
fn next_mark(doc: &Doc, from: usize, to: usize) -> Option<usize> {
    // (The shape first: the test of the mark's text is not inlined.)
    let mark = |t: &super::toks::Tok| t.kind == crate::tokens::Kind::Quote && t.quote();
    let mut at = from;
    while let Some(t) = doc.toks.get(at).filter(|_| at < to) {
        let end = doc.sents[t.sent].end.min(to);
        if doc.holds(t.sent, has::QUOTE) {
            if let Some(i) = doc.next_where(at, end, mark) {
                return Some(i);
            }
        }
        at = end;
    }
    None
}

/// Whether the opening mark at `i`, inside an open quote, opens a nested one: the next
/// two marks in the paragraph both close (the inner quote's, then the outer's). Returns
/// the inner closing mark.
fn nested(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    let mut marks = (i + 1..end).filter(|&k| doc.toks[k].quote());
    let (a, b) = (marks.next()?, marks.next()?);
    let closes = |k: usize| matches!(&*doc.toks[k].lower, "”" | "»");
    (doc.toks[i].eq("“") && closes(a) && closes(b)).then_some(a)
}

/// Finds direct quotations; returns every quote's token range (marks included).
/// The token ranges of an article's quotes (marks included), with a per-token index.
#[derive(Debug, Default)]
pub(super) struct Quoted {
    ranges: Vec<Range<usize>>,
    /// The first token `inside` covers: the first quote's opening mark.
    from: usize,
    /// For each token from `from` to the end of the last quote, 1 + the index of the
    /// quote holding it, or 0 (most of an article lies outside every quote).
    inside: Vec<u32>,
}

impl Quoted {
    fn new(ranges: Vec<Range<usize>>, tokens: usize) -> Quoted {
        // The stretch from the first quote's start to the last one's end, in one pass.
        let (from, to) = ranges
            .iter()
            .filter(|r| r.end <= tokens)
            .fold(None, |span: Option<(usize, usize)>, r| {
                Some(span.map_or((r.start, r.end), |(f, t)| (f.min(r.start), t.max(r.end))))
            })
            .unwrap_or((0, 0));
        let mut inside = vec![0u32; to.saturating_sub(from)];
        let len = inside.len();
        // A token in several quotes is the last one's: an unclosed quote runs to its
        // paragraph's end, over every quote opened after it there. Filling quote after
        // quote wrote that stretch again for each of them (a paragraph of unclosed
        // quotes was quadratic); a sweep by start, keeping the quotes still open by
        // index, writes each token once, with the last open quote's tag.
        let mut starts: Vec<(usize, usize, usize)> = ranges
            .iter()
            .enumerate()
            .map(|(i, r)| (r.start.saturating_sub(from), r.end.saturating_sub(from), i))
            .filter(|&(start, end, _)| start < end && end <= len)
            .collect();
        // (Most articles close every quote: quotes one after another, each filled in
        // turn.)
        let apart = starts.windows(2).all(|w| w[0].1 <= w[1].0);
        if apart {
            for &(start, end, i) in &starts {
                if let Some(slots) = inside.get_mut(start..end) {
                    slots.fill(u32::try_from(i + 1).unwrap_or(u32::MAX));
                }
            }
            return Quoted {
                ranges,
                from,
                inside,
            };
        }
        starts.sort_unstable();
        let mut starts = starts.into_iter().peekable();
        // (quote index, end), the last quote on top.
        let mut open: BinaryHeap<(usize, usize)> = BinaryHeap::new();
        let mut at = 0;
        while at < len {
            while let Some((_, end, i)) = starts.next_if(|&(start, _, _)| start <= at) {
                open.push((i, end));
            }
            while open.peek().is_some_and(|&(_, end)| end <= at) {
                open.pop();
            }
            let upcoming = starts.peek().map_or(len, |&(start, _, _)| start);
            let Some(&(i, end)) = open.peek() else {
                at = upcoming;
                continue;
            };
            let stop = end.min(upcoming);
            if let Some(slots) = inside.get_mut(at..stop) {
                slots.fill(u32::try_from(i + 1).unwrap_or(u32::MAX));
            }
            at = stop;
        }
        Quoted {
            ranges,
            from,
            inside,
        }
    }

    /// The quote holding token `i`.
    pub(super) fn at(&self, i: usize) -> Option<&Range<usize>> {
        let tag = *self.inside.get(i.checked_sub(self.from)?)?;
        self.ranges.get((tag as usize).checked_sub(1)?)
    }
}

/// The words of a quote, counted. An unclosed quote runs to its paragraph's end, over
/// every quote opened after it there, so counting token by token, quote after quote,
/// went over that stretch again for each (a paragraph of marks with no word was
/// quadratic). From the first unclosed quote on, the words before each token are
/// counted once; a quote there takes the difference. Closed quotes elsewhere do not
/// overlap, and are counted as they are.
struct WordCount {
    /// The first token counted.
    from: usize,
    /// Words in `from..from + k` for each `k`.
    upto: Vec<u32>,
}

impl WordCount {
    fn new(doc: &Doc, quotes: &[Quote]) -> WordCount {
        let Some(first) = quotes.iter().find(|q| q.close.is_none()) else {
            return WordCount {
                from: 0,
                upto: Vec::new(),
            };
        };
        let from = first.open;
        let mut upto = Vec::with_capacity(doc.toks.len().saturating_sub(from) + 1);
        upto.push(0u32);
        let mut n = 0u32;
        for t in doc.toks.iter().skip(from) {
            n = n.saturating_add(u32::from(t.word()));
            upto.push(n);
        }
        WordCount { from, upto }
    }

    /// The words in `r`, counted up to `most`.
    fn words(&self, doc: &Doc, r: Range<usize>, most: usize) -> usize {
        let at = |i: usize| {
            i.checked_sub(self.from)
                .and_then(|k| self.upto.get(k))
                .copied()
        };
        match (at(r.start), at(r.end)) {
            (Some(a), Some(b)) if r.start <= r.end => {
                usize::try_from(b.saturating_sub(a)).map_or(most, |n| n.min(most))
            }
            _ => doc.toks[r].iter().filter(|t| t.word()).take(most).count(),
        }
    }
}

pub(super) fn find(b: &mut Builder) -> Quoted {
    let doc = b.doc;
    let quotes = pair(doc);
    let counts = WordCount::new(doc, &quotes);
    let mut hit_of: Vec<Option<usize>> = vec![None; quotes.len()];
    let mut last: Option<(usize, usize)> = None; // (hit index, paragraph)
    for (qi, q) in quotes.iter().enumerate() {
        if doc.skip[doc.toks[q.open].sent] {
            continue;
        }
        let inner = q.inner(doc);
        if inner.is_empty() || named(doc, q, &inner) {
            continue;
        }
        if let Some(hit) = q
            .close
            .and_then(|c| super::mixed::quote_runs_on(doc, q.open, c))
        {
            hit_of[qi] = Some(b.hits.len());
            last = Some((b.hits.len(), q.para));
            b.mark(hit.cue.clone());
            b.add(hit);
            continue;
        }
        // Only "two or more" is asked here, "three or more" by `before`: the count
        // stops there.
        let words = counts.words(doc, inner.clone(), 3);
        let found = cued(doc, q, words)
            .or_else(|| around(b, &quotes, qi, last))
            .or_else(|| {
                let (h, p) = last?;
                (words >= 2 && fills_sentence(doc, q) && q.para <= p + 2).then(|| {
                    let prev = &b.hits[h];
                    (prev.cue.clone(), prev.source.clone(), prev.class, INHERITED)
                })
            });
        if let Some((cue, source, class, rule)) = found {
            hit_of[qi] = Some(b.hits.len());
            last = Some((b.hits.len(), q.para));
            let (content, form, rule) = match clause_before(doc, q) {
                Some(clause) if rule == "attribution/direct/quote-then-cue" => {
                    (clause, Form::Mixed, CLAUSE_THEN_CUE)
                }
                _ => (inner, Form::Direct, rule),
            };
            b.add(Hit {
                cue: cue.clone(),
                source,
                content,
                form,
                class,
                rule,
            });
            b.mark(cue);
        }
    }
    run_on(b, &quotes, &mut hit_of);
    transcript(b);
    let ranges = quotes
        .iter()
        .map(|q| q.open..q.close.map_or(q.stop, |c| c + 1))
        .collect();
    Quoted::new(ranges, doc.toks.len())
}

/// A quote that took the previous quote's speaker takes instead the speaker of any
/// later attribution before it ("Sen. Ann Lee called the bill a scam. “It will not
/// pass.”"): the indirect rules run after the quotes, so this is a second pass.
pub(super) fn reinherit(hits: &mut [Hit], doc: &Doc) {
    // Most articles have no quote that took the previous speaker.
    if hits.iter().all(|h| h.rule != INHERITED) {
        return;
    }
    let para = |i: usize| doc.sents[doc.toks[i].sent].start;
    // Speakers by cue position, so that each quote finds its latest one by search.
    let mut speakers: Vec<(usize, usize)> = hits
        .iter()
        .enumerate()
        .filter(|(_, o)| o.rule != INHERITED && o.source.is_some())
        .map(|(j, o)| (o.cue.start, j))
        .collect();
    speakers.sort_unstable();
    for i in 0..hits.len() {
        if hits[i].rule != INHERITED {
            continue;
        }
        let open = hits[i].content.start;
        let before = speakers.partition_point(|&(c, _)| c < open);
        let latest = before
            .checked_sub(1)
            .map(|k| &hits[speakers[k].1])
            .filter(|o| o.cue.start > hits[i].cue.start);
        // Only a speaker named in the quote's paragraph or the one before it.
        let near = latest.filter(|o| doc.toks[o.cue.start].sent + 3 >= doc.toks[open].sent);
        if let Some(o) = near.filter(|o| para(o.cue.start) <= para(open)) {
            let (cue, source, class) = (o.cue.clone(), o.source.clone(), o.class);
            let h = &mut hits[i];
            (h.cue, h.source, h.class) = (cue, source, class);
        }
    }
}

/// An unclosed quote whose paragraph is continued by the next one's quote takes the
/// speaker named at the end of the run.
fn run_on(b: &mut Builder, quotes: &[Quote], hit_of: &mut [Option<usize>]) {
    let doc = b.doc;
    for qi in (0..quotes.len().saturating_sub(1)).rev() {
        let (q, next) = (&quotes[qi], &quotes[qi + 1]);
        if hit_of[qi].is_some() || q.close.is_some() || next.para != q.para + 1 {
            continue;
        }
        if next.open != doc.paras[next.para].start {
            continue;
        }
        let Some(h) = hit_of[qi + 1] else { continue };
        // A mark left open at the very end of its paragraph (`… no."`) holds nothing.
        let content = q.inner(doc);
        if content.is_empty() {
            continue;
        }
        let prev = b.hits[h].clone();
        hit_of[qi] = Some(b.hits.len());
        b.add(Hit {
            content,
            rule: "attribution/direct/run-on",
            ..prev
        });
    }
}

/// "We will stay out," said Name, title, "for as long as it takes.": the second part
/// of a quote interrupted by its cue takes the first part's item.
fn around(b: &Builder, quotes: &[Quote], qi: usize, last: Option<(usize, usize)>) -> Option<Found> {
    let doc = b.doc;
    let (h, _) = last?;
    let prev = quotes.get(qi.checked_sub(1)?)?;
    let (q, close) = (&quotes[qi], prev.close?);
    let hit = &b.hits[h];
    let between = close < hit.cue.start && hit.cue.end <= q.open && q.para == prev.para;
    let comma = q.open > 0 && doc.toks[q.open - 1].eq(",");
    (between && comma && q.open - close <= 16).then(|| {
        (
            hit.cue.clone(),
            hit.source.clone(),
            hit.class,
            "attribution/direct/around",
        )
    })
}

/// The rule id of a quote taking the previous speaker.
const INHERITED: &str = "attribution/direct/inherited";

/// The rule id of a quote ending a clause that opens before it, then its cue.
const CLAUSE_THEN_CUE: &str = "attribution/mixed/clause-then-cue";

/// "Talks with the governors were “well advanced,” the official said": a quote that
/// closes a clause opened in its sentence before it (two words or more, no colon,
/// dash or cue, and only whole quotes before the quote; no title in the quote, no
/// "as" after it); the clause from the sentence's first word to the closing mark.
fn clause_before(doc: &Doc, q: &Quote) -> Option<Range<usize>> {
    let close = q.close?;
    let s = doc.sent_of(q.open);
    // (A quote running past its sentence is no fragment of one clause.)
    if close >= s.end {
        return None;
    }
    let lo = doc.body_start(doc.toks[q.open].sent).max(s.start);
    let before = doc.toks.get(lo..q.open)?;
    let words = before.iter().filter(|t| t.word()).take(2).count();
    // ("Acts of protest, Mr. Obama said, are …": a clause with a cue of its own is
    // that cue's.)
    let plain = before
        .iter()
        .all(|t| !t.dash() && !t.eq(":") && t.cue.is_none())
        && before.iter().filter(|t| t.quote()).count() % 2 == 0;
    // ("In his book, “Make Your Kid a Millionaire,” he suggested": a title.)
    let title = doc
        .toks
        .get(q.open + 1..close)?
        .iter()
        .all(|t| !t.word() || t.cap || t.is(w::PREP | w::DET));
    // ("shirts that read “I can't breathe,” as Omar Lindqvist said": the words are
    // the speaker's, the clause the writer's.)
    let as_said = doc.toks[close + 1..s.end]
        .iter()
        .take(2)
        .any(|t| t.eq("as"));
    (words >= 2 && plain && !title && !as_said).then(|| doc.trim(lo..close))
}

type Found = (Range<usize>, Option<Range<usize>>, CueClass, &'static str);

/// Quote marks around a name, not words: a nickname inside a name (Marcia "Cia"
/// Price) or a title-case programme or work after a possessive or "on" (on CNN's
/// "State of the Union", the paper's "Women in Power" project).
fn named(doc: &Doc, q: &Quote, inner: &Range<usize>) -> bool {
    let Some(close) = q.close else {
        return false;
    };
    let words = || doc.toks[inner.clone()].iter().filter(|t| t.word());
    let mut rest = words();
    let title_case = rest.next().is_some_and(|first| first.cap)
        && rest.all(|t| t.cap || t.is(w::DET | w::PREP | w::CONJ));
    // Most quotes are no title (a lower-case word comes early): the words are counted
    // only for a title. Only counts up to 8 are told apart: the count stops after 9.
    if !title_case {
        return false;
    }
    let count = words().take(9).count();
    if count > 8 {
        return false;
    }
    let before = q.open.checked_sub(1).map(|k| &doc.toks[k]);
    let after = doc.toks.get(close + 1);
    let same = |k: usize| doc.toks[k].sent == doc.toks[q.open].sent;
    let nickname = count <= 2
        && before.is_some_and(|b| b.cap && b.word() && same(q.open - 1))
        && after.is_some_and(|a| a.cap && a.word() && same(close + 1));
    let work = before.is_some_and(|b| b.possessive() || b.eq("on"));
    // ("In his 2002 book, “Make Your Kid a Millionaire,”", "the film “Hidden
    // Figures”", "a report titled “…”": a work's noun or "titled" before the title.)
    let work_noun = |t: &super::toks::Tok| {
        matches!(
            t.lower,
            "book"
                | "memoir"
                | "novel"
                | "film"
                | "movie"
                | "documentary"
                | "song"
                | "album"
                | "play"
                | "series"
                | "show"
                | "podcast"
                | "titled"
                | "entitled"
        )
    };
    let named_work = q.open > 0
        && (work_noun(&doc.toks[q.open - 1])
            || (q.open > 1 && doc.toks[q.open - 1].eq(",") && work_noun(&doc.toks[q.open - 2])));
    nickname || work || named_work
}

/// The cue of quote `q`, which holds `words` words (counted up to 3).
fn cued(doc: &Doc, q: &Quote, words: usize) -> Option<Found> {
    q.close
        .and_then(|c| after(doc, q, c))
        .or_else(|| before(doc, q, words))
        .or_else(|| q.close.and_then(|c| dash(doc, q, c)))
        .or_else(|| lead_in(doc, q))
}

/// Whether everything after the cue `m` in its sentence is trivial (so the cue has no
/// content of its own and belongs to the quote).
pub(super) fn bare_cue(doc: &Doc, m: usize) -> bool {
    let s = doc.sent_of(m);
    let obj = doc.toks[m].cue.is_some_and(|c| c.obj);
    let j = doc.skip_to_content(m + 1, s.end, obj);
    // "said on Friday that under the old mayor, …": after "that" the content has begun.
    if j > m + 1 && j < s.end && doc.toks[j - 1].eq("that") {
        return false;
    }
    // "called for the government to …", "called on lawmakers to …": the particle opens
    // the call's content, no adverbial ("called on Monday" is one).
    let call = matches!(doc.toks[m].lower, "call" | "calls" | "called" | "calling")
        && doc.toks.get(j).filter(|_| j < s.end).is_some_and(|t| {
            t.eq("for")
                || (t.eq("on")
                    && doc
                        .toks
                        .get(j + 1)
                        .is_some_and(|n| !n.is(w::TIME | w::DET) || n.eq("the")))
        });
    if call {
        return false;
    }
    j >= s.end
        || {
            let t = &doc.toks[j];
            let adverbial_clause = [
                "after", "before", "when", "while", "as", "because", "since", "until",
            ];
            // "she said several months after her release": a span of time.
            let span_of_time = || {
                (t.kind == crate::tokens::Kind::Number
                    || matches!(t.lower, "a" | "few" | "several" | "some" | "two" | "three"))
                    && doc.toks.get(j + 1).is_some_and(|n| {
                        matches!(
                            n.lower,
                            "day"
                                | "days"
                                | "hours"
                                | "minutes"
                                | "month"
                                | "months"
                                | "week"
                                | "weeks"
                                | "year"
                                | "years"
                        )
                    })
            };
            t.stop()
                || t.eq(",")
                || t.quote()
                || t.eq(";")
                || t.is(w::PREP | w::TIME)
                || adverbial_clause.contains(&t.lower)
                || participle(t)
                || manner(doc, j, s.end)
                || span_of_time()
        }
        || trailing_addressee(doc, m, s.end)
        || resumes_quote(doc, m, s.end)
}

/// "“The market,” she said in an interview at the firm's headquarters on Thursday, “is
/// changing …”": the cue's adverbials, however long, run to a comma that reopens the
/// quote; they open with a preposition or a time, and no verb and no "that" is among
/// them.
fn resumes_quote(doc: &Doc, m: usize, end: usize) -> bool {
    let Some(comma) = (m + 1..end.min(m + 24)).find(|&k| !doc.toks[k].word()) else {
        return false;
    };
    let reopens = doc.toks[comma].eq(",") && doc.toks.get(comma + 1).is_some_and(|t| t.quote());
    // Adverbials open with a preposition or a time ("added the words, “…”" is an
    // object and its quote).
    let adverbial = doc.toks.get(m + 1).is_some_and(|t| t.is(w::PREP | w::TIME));
    reopens
        && adverbial
        && doc.toks[m + 1..comma].iter().all(|t| {
            t.cue.is_none() && !t.eq("that") && !t.is(w::AUX | w::BE) && !t.subject_pronoun()
        })
}

/// "…," she said sarcastically.: a manner adverb closing the sentence or its clause.
fn manner(doc: &Doc, j: usize, end: usize) -> bool {
    let t = &doc.toks[j];
    let closes = doc
        .toks
        .get(j + 1)
        .filter(|_| j + 1 < end)
        .is_none_or(|n| n.stop() || n.eq(",") || n.is(w::PREP | w::TIME));
    !t.cap && t.flags == 0 && t.lower.len() > 4 && t.lower.ends_with("ly") && closes
}

/// "…," Trump told a radio host of the network this week.: after a quote, a cue
/// taking an addressee may have nothing but the addressee and adverbials after it
/// (no "that", no subject of a clause of its own), up to sixteen words ("told
/// reporters at the release of the central bank's annual financial stability review").
fn trailing_addressee(doc: &Doc, m: usize, end: usize) -> bool {
    if !doc.toks[m].cue.is_some_and(|c| c.obj) {
        return false;
    }
    // ("told a news conference in Berlin, adding that …": a participle after a comma
    // goes on with the speaker's next words.)
    let goes_on = |j: usize| {
        doc.toks[j].eq(",")
            && doc
                .toks
                .get(j + 1)
                .is_some_and(|n| n.lower.ends_with("ing") && !n.cap && n.word())
    };
    // "when asked about the delays": a subordinator at `j` before a cue's participle.
    let reduced = |j: usize| {
        matches!(doc.toks[j].lower, "when" | "after" | "before" | "as")
            && doc
                .toks
                .get(j + 1)
                .is_some_and(|n| n.lower.ends_with("ed") && !n.cap && n.cue.is_some())
    };
    let stop = (m + 1..end)
        .find(|&j| doc.toks[j].stop() || goes_on(j))
        .unwrap_or(end);
    // "told reporters after the meeting that was held on a boat": "that" between a
    // lower-case noun of the occasion and a verb of its own is a relative pronoun, no
    // content's "that"; the relative clause is the occasion's, up to sixteen words
    // more.
    let relative = (m + 2..stop).find(|&j| {
        doc.toks[j].eq("that")
            && j >= m + 3
            && {
                let p = &doc.toks[j - 1];
                p.word() && !p.cap && p.flags == 0 && p.cue.is_none()
            }
            && doc.toks.get(j + 1).is_some_and(|n| n.is(w::AUX | w::BE))
    });
    let (tail, rest) = match relative {
        Some(r) => (m + 1..r, r + 1..stop),
        None => (m + 1..stop, stop..stop),
    };
    // (A second "that" in it is a relative pronoun too, before a verb: "a boat that
    // cruised", "a deal that was signed".)
    let clause = |j: usize| {
        let t = &doc.toks[j];
        let relative_again = || {
            doc.toks.get(j + 1).is_some_and(|n| {
                n.is(w::AUX | w::BE) || (!n.cap && n.flags == 0 && n.lower.ends_with("ed"))
            })
        };
        t.word() && t.cue.is_none() && !t.subject_pronoun() && (!t.eq("that") || relative_again())
    };
    let plain = |j: usize| {
        let t = &doc.toks[j];
        // ("told reporters after the summit": "after" or "before" a determiner opens a
        // time phrase, no clause; "told reporters when asked about the delays": nor
        // does a subordinator before a participle, which is the phrase's too.)
        let time_sub = ((t.eq("after") || t.eq("before"))
            && doc.toks.get(j + 1).is_some_and(|n| n.is(w::DET)))
            || reduced(j);
        let asked = j > m + 1 && reduced(j - 1);
        // ("told BBC Radio 5 Live": a number in a name.)
        (t.word() || t.kind == crate::tokens::Kind::Number)
            && (t.cue.is_none() || asked)
            && !t.eq("that")
            && !t.eq("to")
            && (!t.is(w::AUX | w::BE | w::SUB) || time_sub)
            && !t.subject_pronoun()
    };
    !tail.is_empty()
        && tail.len() <= 16
        && tail.clone().all(plain)
        && rest.len() <= 16
        && rest.clone().all(clause)
}

/// "“…,” said its founder, Ellie Marsh.": a description after the cue, then the name
/// it introduces, closing the sentence or its clause; the phrase takes the name in. A
/// title's period is inside the name ("said its founder, Dr. Ellie Marsh").
pub(super) fn introduced_name(doc: &Doc, r: Range<usize>, end: usize) -> Range<usize> {
    let described = r.end > r.start && !doc.toks[r.end - 1].cap;
    if !described || r.end + 2 >= end || !doc.toks[r.end].eq(",") {
        return r;
    }
    let title = |m: usize| {
        m + 1 < end && doc.toks[m].eq(".") && doc.name_joint(m, r.end + 1, false).is_some()
    };
    let close = (r.end + 1..end.min(r.end + 7)).find(|&m| !doc.toks[m].word() && !title(m));
    let name = close.filter(|&c| {
        c >= r.end + 3
            && (doc.toks[c].stop() || doc.toks[c].eq(","))
            && (r.end + 1..c).all(|m| doc.toks[m].cap || title(m))
    });
    match name {
        Some(c) => r.start..c,
        None => r,
    }
}

/// "… in an interview published on Sunday": a participle modifying an adverbial.
fn participle(t: &super::toks::Tok) -> bool {
    !t.cap && t.flags == 0 && (t.lower.ends_with("ed") || t.lower.ends_with("ing"))
}

fn after(doc: &Doc, q: &Quote, close: usize) -> Option<Found> {
    let hi = doc.paras[q.para].end;
    let mut k = close + 1;
    if k < hi && doc.toks[k].eq(",") {
        k += 1;
    }
    let t = doc.toks.get(k).filter(|_| k < hi)?;
    // (“… in this country.” More than 2 million euros had been paid out, he said: a
    // quote closed by a period closes its sentence, with no cue in the next; “Why
    // not?” Vitter asked goes on.)
    if t.sent != doc.toks[close].sent && close > 0 && doc.toks[close - 1].eq(".") {
        return None;
    }
    if let Some(cue) = t.cue {
        // `called the plan “overdue,” saying …`: a participle goes on with the
        // sentence's own subject; only a finite cue turns round to its speaker.
        if t.lower.ends_with("ing") {
            return None;
        }
        let s = doc.sent_of(k);
        let source = doc.np_after(k + 1, s.end)?;
        let source = introduced_name(doc, source, s.end);
        return Some((
            k..k + 1,
            Some(source),
            cue.class,
            "attribution/direct/quote-cue-speaker",
        ));
    }
    // "“We cut costs” to raise the price, she said": a mixed quote (`mixed`).
    if super::mixed::runs_on(doc, close) {
        return None;
    }
    // "Reber's “luxury-by-spreadsheet” approach, the people said": a quote with no
    // comma at its close, a lower-case word right after it, is a noun's modifier
    // inside the clause, no speech before its cue.
    let modifier = k == close + 1
        && close > 0
        && doc.toks[close - 1].word()
        && t.word()
        && !t.cap
        && t.cue.is_none()
        && !t.is(w::PRON | w::AUX | w::BE | w::DET);
    if modifier {
        return None;
    }
    let mut paren: Option<Range<usize>> = None;
    let mut m = k;
    while m < hi.min(k + 28) {
        let t = &doc.toks[m];
        // Marks are told apart only where the token is no word (a word is none of them).
        if !t.word() {
            // "Rep. Ann Lee (D-Md.) said": a party and state label after the name.
            if t.eq("(") && m > k && doc.toks[m - 1].cap {
                if let Some(c) = (m + 1..hi.min(m + 8)).find(|&x| doc.toks[x].eq(")")) {
                    paren = Some(m..c + 1);
                    m = c + 1;
                    continue;
                }
            }
            // ("Mitch McConnell, R-Ky., said": a party and state label's period.)
            let label = t.eq(".") && m > k && doc.toks[m - 1].party_label();
            let title = t.eq(".") && (label || doc.name_joint(m, k, false).is_some());
            if t.quote() || (t.stop() && !title) {
                return None;
            }
        }
        // "“…” But two aides, who spoke on condition of anonymity, said …": a relative
        // clause's cue is its own, no speaker of the quote.
        // ("“…,” Senator Ana Ruiz, who chairs the panel, told the chamber": a quote
        // that closes on a comma goes on to its speaker, past the speaker's own
        // relative clause between commas.)
        if t.eq("who") || t.eq("which") {
            let continued = doc.toks[close - 1].eq(",") && m > k && doc.toks[m - 1].eq(",");
            let closing = || {
                (m + 1..hi.min(m + 16)).find(|&x| {
                    let t = &doc.toks[x];
                    t.eq(",") || t.stop() || t.quote()
                })
            };
            match continued
                .then(closing)
                .flatten()
                .filter(|&c| doc.toks[c].eq(","))
            {
                Some(c) => {
                    m = c + 1;
                    continue;
                }
                None => return None,
            }
        }
        if let Some(cue) = t.cue {
            if !doc.verb_use(m, k) || !bare_cue(doc, m) {
                return None;
            }
            // ("… “set by supply and demand”, and accused the government of …": a
            // conjunction after the quote opens the sentence's next verb phrase; no
            // speaker comes between.)
            let first_word = doc.toks[k..m].iter().find(|t| t.word());
            if first_word.is_some_and(|t| t.eq("and") || t.eq("but") || t.eq("or")) {
                return None;
            }
            // The speaker opens the run after the quote; appositives follow it.
            // ("Climate, Energy and Utilities Minister Soren Abildgaard said": a title's
            // own list of capitalised words, commas and one "and", is no appositive.)
            let listed = doc.toks[k..m]
                .iter()
                .all(|t| (t.cap && t.word()) || t.eq(",") || t.eq("and"))
                && doc.toks[k..m].iter().any(|t| t.eq("and"));
            let end = (k..m)
                .find(|&x| doc.toks[x].eq(",") && !listed)
                .unwrap_or_else(|| doc.skip_aux_back(m, k));
            let end = match &paren {
                Some(p) if p.end == end => p.start,
                _ => end,
            };
            let mut source = if listed && end > k {
                k..end
            } else {
                doc.np_back(end, k)?
            };
            // "“…,” a characterization the group rejected": a noun with a relative
            // clause's subject after it sums the quote up; it says nothing of its own.
            let ts = &doc.toks[source.clone()];
            // ("a characterisation health officials reject": the clause's subject may
            // be a bare plural, with no preposition.)
            let bare_subject = ts.len() >= 3
                && ts[2..].iter().all(|t| t.word() && !t.cap && t.flags == 0)
                && ts[ts.len() - 1].lower.ends_with('s');
            let summed = ts.len() >= 3
                && (ts[0].eq("a") || ts[0].eq("an"))
                && !ts[1].cap
                && ts[1].flags == 0
                && (ts[2].is(w::DET | w::PRON) || bare_subject);
            if summed {
                return None;
            }
            // "“absolutely right” when he said …": a subordinator before the speaker
            // opens an adverbial clause of the sentence before; its cue is its own.
            // ("“I can't breathe,” as Eric Garner said" is the quote's.)
            if doc.toks[k..source.start]
                .iter()
                .any(|t| t.is(w::SUB) && !t.eq("as"))
            {
                return None;
            }
            // "the union's general secretary, Tom Walsh, said": the named appositive.
            if let Some(c2) = (end + 1..m).find(|&x| doc.toks[x].eq(",")) {
                if let Some(Ok(named)) = doc.appositive(c2, k) {
                    source = named;
                }
            }
            return Some((
                m..m + 1,
                Some(source),
                cue.class,
                "attribution/direct/quote-then-cue",
            ));
        }
        m += 1;
    }
    None
}

/// A cue before quote `q`, which holds `words` words (counted up to 3).
fn before(doc: &Doc, q: &Quote, words: usize) -> Option<Found> {
    let lo = doc.paras[q.para].start;
    // `felt "vindicated"`: a short quote straight after a verb is a mixed quote.
    let marked = q.open > lo && (doc.toks[q.open - 1].eq(":") || doc.toks[q.open - 1].eq(","));
    if !marked && words < 3 {
        return None;
    }
    if let Some(c) = q.close {
        let continues = doc
            .toks
            .get(c + 1)
            .is_some_and(|t| t.word() && t.sent == doc.toks[c].sent);
        if continues && c - q.open < 10 {
            return None;
        }
    }
    let mut k = q.open;
    if k > lo && (doc.toks[k - 1].eq(":") || doc.toks[k - 1].eq(",")) {
        k -= 1;
    }
    cue_before(doc, k, lo)
}

/// A cue ending a lead-in that runs up to token `k` (a colon, comma or the quote).
fn cue_before(doc: &Doc, k: usize, lo: usize) -> Option<Found> {
    for m in (lo.max(k.saturating_sub(16))..k).rev() {
        let t = &doc.toks[m];
        // (A sentence may end in a period its last word holds: "a video posted on
        // X. “…”".)
        if t.stop() || t.quote() || t.sent != doc.toks[k].sent {
            return None;
        }
        let Some(cue) = t.cue else { continue };
        // ("… said on a conference call with analysts, “…”": a cue word after a
        // determiner is a noun; the speaker's verb is further back.)
        let det = |j: usize| j >= lo && doc.toks[j].is(w::DET);
        let plain = |j: usize| {
            let p = &doc.toks[j];
            p.word() && !p.cap && p.flags == 0 && p.cue.is_none()
        };
        // (After a determiner and a plain word only a bare form is a noun: "a
        // conference call", but "the commission says", "the judge called".)
        let bare = !t.lower.ends_with('s') && !t.lower.ends_with("ed") && !t.lower.ends_with("id");
        if m > lo && (det(m - 1) || (bare && m >= lo + 2 && plain(m - 1) && det(m - 2))) {
            continue;
        }
        // ("the stoppage would continue “until management comes back …”": a verb that
        // reports only with a that-clause leads a quote in only with a colon, a comma or
        // its "that".)
        // (Evidence shows a quote as it shows a clause: "the audit showed “…”".)
        let that = k > 0 && doc.toks[k - 1].eq("that");
        let evidence =
            (m.saturating_sub(3).max(lo)..m).any(|j| super::lex::evidence_noun(doc.toks[j].lower));
        if cue.needs_that && !(doc.toks[k].eq(":") || doc.toks[k].eq(",") || that || evidence) {
            return None;
        }
        let s = doc.sent_of(m);
        // "Ana Lee was quoted (by the Herald) as saying: “…”": the speaker is the
        // subject before "quoted".
        // (Nothing but adverbials between the cue and the quote: "quoted as saying
        // the plan was “a disaster”" is a mixed quote.)
        let quoted = super::indirect::quoted_as(doc, m, lo.max(s.start)).filter(|_| {
            doc.skip_to_content(m + 1, if doc.toks[k].eq(",") { k + 1 } else { k }, false) >= k
        });
        if let Some(q) = quoted {
            let source = doc.subject_before(doc.skip_aux_back(q, s.start), s.start)?;
            return Some((
                m..m + 1,
                Some(source),
                cue.class,
                "attribution/direct/cue-then-quote",
            ));
        }
        // "the conditions demanded by the Commission “…”": a passive participle with
        // its agent, no lead-in.
        if doc.toks.get(m + 1).is_some_and(|n| n.eq("by")) {
            return None;
        }
        // "Said Ellis: “…”": a capitalised cue opening its sentence, then the speaker's
        // name and a colon or comma right before the quote.
        if t.cap && m == s.start && k >= m + 2 && (doc.toks[k].eq(":") || doc.toks[k].eq(",")) {
            let name = m + 1..k;
            if doc.toks[name.clone()]
                .iter()
                .all(|t| (t.cap && t.word()) || t.eq("."))
            {
                return Some((
                    m..m + 1,
                    Some(name),
                    cue.class,
                    "attribution/direct/cue-then-quote",
                ));
            }
        }
        // "said of the plan, “…”": a topic after "of" runs up to the comma at `k`.
        let hi = if doc.toks[k].eq(",") { k + 1 } else { k };
        // ("told reporters beside a line of tractors at the Porte de Saint-Cloud, “…”":
        // a longer place phrase of words and prepositions, no verb, before the comma.)
        // (Not after "that": "said that under President X, “…”" is a clause.)
        let placed = |from: usize| {
            doc.toks[k].eq(",")
                && !doc.toks[from - 1].eq("that")
                && doc.toks[from..k].iter().any(|t| t.is(w::PREP))
                && doc.toks[from..k].iter().all(|t| {
                    (t.word() || t.eq("-"))
                        && t.cue.is_none()
                        && !t.is(w::AUX | w::BE | w::SUB | w::CONJ)
                        && !t.subject_pronoun()
                })
        };
        if !doc.verb_use(m, s.start) {
            return None;
        }
        let skipped = doc.skip_to_content(m + 1, hi, cue.obj);
        if skipped < k && !placed(skipped) {
            return None;
        }
        // "…, tweeting, “…”": a participle after a comma shares the clause's subject.
        let before = doc.skip_aux_back(m, lo.max(s.start).min(m));
        // ("…,” he told supporters, before adding: “…”": after a comma and a
        // subordinator of time too.)
        let after_comma = |k: usize| k > s.start && doc.toks[k - 1].eq(",");
        let timed = before > s.start + 1
            && matches!(doc.toks[before - 1].lower, "before" | "after" | "while")
            && after_comma(before - 1);
        let participle = t.lower.ends_with("ing") && (after_comma(before) || timed);
        let source = if participle {
            // ("“…,” he told supporters, before adding": past an opening quote to the
            // clause after it.)
            let from = lo.max(s.start);
            let from = if doc.toks[from].quote() {
                (from + 1..m)
                    .find(|&k| doc.toks[k].quote())
                    .map_or(from, |c| {
                        if doc.toks[c + 1].eq(",") {
                            c + 2
                        } else {
                            c + 1
                        }
                    })
            } else {
                from
            };
            doc.subject_fwd(from, m)?
        } else {
            // ("Said Ellis: “…”"; after "told" the phrase is the addressee.)
            doc.subject_before(m, lo.max(s.start).min(m))
                .or_else(|| doc.np_after(m + 1, k).filter(|_| !cue.obj))?
        };
        // "the segments showed “no sign of a bottom yet”": "show" with a quoted phrase
        // for object reports what evidence shows ("the audit showed “…”"), not what
        // anything else says.
        let shows = t.lower.starts_with("show") && doc.toks[k].quote();
        if shows
            && !doc.toks[source.clone()]
                .iter()
                .any(|t| super::lex::evidence_noun(t.lower))
        {
            return None;
        }
        return Some((
            m..m + 1,
            Some(source),
            cue.class,
            "attribution/direct/cue-then-quote",
        ));
    }
    None
}

fn dash(doc: &Doc, q: &Quote, close: usize) -> Option<Found> {
    let mut hi = doc.paras[q.para].end;
    let mut k = close + 1;
    // The dash line may be a paragraph of its own under the quote.
    let next = doc.paras.get(q.para + 1).filter(|r| r.len() <= 8);
    if let Some(r) = next.filter(|_| k == hi || (k + 1 == hi && doc.toks[k].stop())) {
        (k, hi) = (r.start, r.end);
    }
    if k + 1 >= hi || !doc.toks[k].dash() || !doc.toks[k + 1].cap {
        return None;
    }
    let source = doc.np_after(k + 1, hi)?;
    Some((
        k..k + 1,
        Some(source),
        CueClass::Speech,
        "attribution/direct/dash",
    ))
}

/// A quote opening its paragraph after a paragraph that ends with a colon.
fn lead_in(doc: &Doc, q: &Quote) -> Option<Found> {
    if q.para == 0 || q.open != doc.paras[q.para].start {
        return None;
    }
    let prev = doc.paras[q.para - 1].clone();
    if prev.is_empty() || !doc.toks[prev.end - 1].eq(":") {
        return None;
    }
    let colon = prev.end - 1;
    if let Some(found) = cue_before(doc, colon, prev.start) {
        return Some(found);
    }
    // "Senator X, who chairs the committee, said in an opening statement aimed at the
    // department:": a lead-in too long to skip; the sentence's first speech verb with
    // a subject before it.
    let s = doc.sent_of(colon);
    let from = s.start.max(prev.start);
    for m in from..colon {
        let t = &doc.toks[m];
        if t.quote() {
            return None;
        }
        let Some(cue) = t.cue.filter(|c| c.class == CueClass::Speech) else {
            continue;
        };
        // ("The bias begins to show when …": evidence, an infinitive.)
        if !doc.verb_use(m, from)
            || t.lower.starts_with("show")
            || (m > 0 && doc.toks[m - 1].eq("to"))
        {
            continue;
        }
        let source = doc.subject_before(m, from)?;
        return Some((
            m..m + 1,
            Some(source),
            cue.class,
            "attribution/direct/colon-lead-in",
        ));
    }
    let from = (prev.start..colon)
        .rev()
        .find(|&i| doc.toks[i].eq("from"))?;
    let source = doc.np_after(from + 1, colon)?;
    Some((
        from..from + 1,
        Some(source),
        CueClass::Speech,
        "attribution/direct/colon-lead-in",
    ))
}

/// Whether the quote fills its sentence(s): it opens a sentence and nothing but
/// punctuation, or a few words with no cue, follows its close in its sentence.
fn fills_sentence(doc: &Doc, q: &Quote) -> bool {
    let s = doc.sent_of(q.open);
    if q.open != s.start {
        return false;
    }
    let Some(c) = q.close else { return true };
    let s = doc.sent_of(c);
    // "…just a tax increase" for the top bracket.": a few trailing words with no cue
    // of their own finish the speaker's sentence.
    let rest = &doc.toks[c + 1..s.end];
    let words = rest.iter().filter(|t| t.word()).take(9).count();
    words == 0 || (words <= 8 && rest.iter().all(|t| t.cue.is_none() && !t.quote()))
}

/// Interview transcripts: a paragraph opening with a speaker label in capitals and a
/// colon ("PENCE: Well, look, …"). A transcript is a dialogue, so the article must
/// label paragraphs with at least two different labels: a lone label is a dateline
/// ("LISBON: The ministry …") or a note ("CORRECTION: …"), no speaker.
fn transcript(b: &mut Builder) {
    let doc = b.doc;
    let turns: Vec<_> = doc
        .paras
        .iter()
        .filter_map(|r| labelled_turn(doc, r.clone()))
        .collect();
    let label = |r: &Range<usize>| {
        doc.toks[r.clone()]
            .iter()
            .map(|t| t.span.text(doc.text))
            .collect::<Vec<_>>()
    };
    let Some(first) = turns.first().map(|t| label(&t.0)) else {
        return;
    };
    if turns.iter().all(|t| label(&t.0) == first) {
        return;
    }
    for (source, colon, content) in turns {
        b.push(Hit {
            cue: colon..colon + 1,
            source: Some(source),
            content,
            form: Form::Direct,
            class: CueClass::Speech,
            rule: "attribution/direct/transcript",
        });
    }
}

/// A paragraph opening with a label in capitals and a colon: the label, the colon
/// and what follows it.
fn labelled_turn(doc: &Doc, r: Range<usize>) -> Option<(Range<usize>, usize, Range<usize>)> {
    if r.is_empty() || doc.skip[doc.toks[r.start].sent] {
        return None;
    }
    let start = if doc.toks[r.start].quote() {
        r.start + 1
    } else {
        r.start
    };
    let colon = (start..r.end.min(start + 4)).find(|&k| doc.toks[k].eq(":"))?;
    let label = &doc.toks[start..colon];
    let caps = |t: &super::toks::Tok| {
        let raw = t.span.text(doc.text);
        t.word()
            && raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !raw.chars().any(char::is_lowercase)
    };
    if label.is_empty() || !label.iter().all(caps) || colon + 2 >= r.end {
        return None;
    }
    Some((start..colon, colon, doc.trim(colon + 1..r.end)))
}
