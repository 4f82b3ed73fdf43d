//! Indirect speech: a cue verb from the lexicon, its subject and its content, in the
//! shapes news uses: "X said (that) Y", "X told reporters on Tuesday Y", "Y, X said",
//! "Y, said X", "X, a doctor, said Y", a coordinated or participial second cue ("and
//! added", ", arguing that") that shares the first one's source, and object cues
//! ("praised Y", "described Y as Z").
//!
//! Cues inside quotation marks, cues already tied to a direct quote and passive cues
//! ("was denied by", left to `forms`) are skipped.

use std::ops::Range;

use super::lex::{evidence_noun, w, CueClass};
use super::phrase::{collective, document_noun};
use super::quotes::Quoted;
use super::toks::{has, Doc};
use super::{Builder, Hit};
use crate::document::Form;
use crate::lexicon::classes;
use crate::tokens::Tags;

pub(super) fn find(b: &mut Builder, s: usize, quoted: &Quoted) {
    let doc = b.doc;
    if !doc.holds(s, has::CUE) {
        return;
    }
    let sr = doc.sents[s].clone();
    let lo = doc.body_start(s);
    let mut next = lo;
    // Cues that may stand inside a relative clause ("a move it said would …"), for the
    // pass after this one (a vector that allocates only when one is pushed).
    let mut relative = Vec::new();
    while let Some(i) = doc.next_where(next, sr.end, |t| t.cue.is_some()) {
        next = i + 1;
        let Some(cue) = doc.toks[i].cue else { continue };
        if b.is_used(i) || quoted.at(i).is_some() {
            continue;
        }
        if matches!(
            doc.toks[i].lower,
            "said" | "says" | "say" | "warned" | "warn" | "warns"
        ) && doc.toks.get(i + 1).is_some_and(|n| n.is(w::AUX | w::BE))
        {
            relative.push(i);
        }
        // "well short of the 1,500 the government had hoped for,": a preposition
        // stranded after the cue closes a relative clause; the cue has no content.
        let stranded =
            doc.toks
                .get(i + 1)
                .is_some_and(|t| t.word() && t.is(w::PREP))
                && doc.toks.get(i + 2).is_none_or(|t| {
                    !t.word() && !t.quote() && t.kind != crate::tokens::Kind::Number
                });
        if stranded {
            continue;
        }
        // Where the auxiliaries before the cue begin, found once for three rules.
        // "Brandt was quoted as saying that …": before the passive's auxiliaries.
        let before = doc.skip_aux_back(quoted_as(doc, i, lo).unwrap_or(i), lo);
        let purpose = purpose_infinitive(doc, i, lo).is_some();
        if !(doc.verb_use_after(before, lo) || purpose) || !finite_use(doc, i, lo, before) {
            continue;
        }
        // "found out about the order": a phrasal verb of learning, no claim.
        let out = doc.toks.get(i + 1).is_some_and(|n| n.eq("out"))
            && matches!(doc.toks[i].lower, "find" | "finds" | "found" | "finding");
        if out {
            continue;
        }
        // "ignoring repeated warnings", "citing reported losses": a participle after a
        // gerund modifies its object.
        let after_gerund = i > lo && before == i && {
            let p = &doc.toks[i - 1];
            p.lower.ends_with("ing") && !p.cap && p.flags == 0 && p.word()
        };
        if after_gerund && doc.toks[i].lower.ends_with("ed") {
            continue;
        }
        let shaped = shape(b, i, (lo, before), sr.end, cue.obj);
        if let Some(hit) = shaped.filter(|h| !no_comment(doc, &h.content)) {
            // (", writing that …" shares its subject and still has its "that".)
            let that = hit.content.start > 0 && doc.toks[hit.content.start - 1].eq("that");
            if cue.needs_that
                && !that
                && !evidence_shows(doc, i, &hit)
                && !subject_first(doc, &hit)
                && !estimated_clause(doc, i, &hit)
            {
                continue;
            }
            // "the singer must show that …", "voters must understand that …": an
            // obligation, no claim.
            if cue.needs_that && doc.toks[before..i].iter().any(|t| t.eq("must")) {
                continue;
            }
            let Some(mut hit) = call_shape(doc, i, sr.end, hit) else {
                continue;
            };
            hit.content = relative_end(doc, before, lo, hit.content);
            hit.content = opening_clause_end(doc, lo, &hit);
            hit.content = repeated_aux_end(doc, (before, i), hit.content);
            if hit.rule == "attribution/indirect/bare-clause" {
                hit.content = second_predicate_end(doc, hit.content);
            }
            // ("what one person described as Reber's approach": the object is the
            // "what" before the source; the content is the description after "as".)
            let what = hit
                .source
                .as_ref()
                .is_some_and(|r| r.start > 0 && doc.toks[r.start - 1].eq("what"));
            if what
                && doc.toks[i].lower.starts_with("describ")
                && hit.content.len() > 1
                && doc.toks[hit.content.start].eq("as")
            {
                hit.content.start += 1;
            }
            // "chemicals found in refrigerants", "concludes with footage", "insist on
            // being": a bare content opening with a preposition is no clause.
            // ("said at least some …", "said on average …" open a clause.)
            let prep_first = || {
                doc.toks
                    .get(hit.content.start)
                    .is_some_and(|t| prep_opener(t.lower))
            };
            let fixed = || {
                doc.toks.get(hit.content.start + 1).is_some_and(|n| {
                    matches!(
                        n.lower,
                        "average"
                            | "balance"
                            | "contrast"
                            | "example"
                            | "instance"
                            | "least"
                            | "most"
                            | "now"
                    )
                })
            };
            if hit.rule == "attribution/indirect/bare-clause" && prep_first() && !fixed() {
                continue;
            }
            // "a figure Ethiopia rejected as unrealistic": a judgment whose object is the
            // antecedent before the source says no clause ("what critics described as a
            // tax" keeps its description; quoted words are the source's: "rejected as
            // “an insult”"; "said as much" says what was said before).
            let as_first = hit.content.start > i
                && doc.toks.get(hit.content.start).is_some_and(|t| t.eq("as"))
                && !doc.toks[i].lower.starts_with("describ")
                && !doc.toks[hit.content.clone()].iter().any(|t| t.quote())
                && !doc
                    .toks
                    .get(hit.content.start + 1)
                    .is_some_and(|t| t.eq("much"));
            if hit.rule == "attribution/indirect/bare-clause" && as_first {
                continue;
            }
            // "the co-operative expects to pay farmers …": an expectation of one's own
            // deed is a forecast, no claim ("expects prices to fall" reports a view).
            let own_deed = doc.toks[i].lower.starts_with("expect")
                && hit.content.start == i + 1
                && doc.toks.get(hit.content.start).is_some_and(|t| t.eq("to"));
            if own_deed {
                continue;
            }
            // "a policy it has promised but has so far implemented only slowly": a
            // content opening with "but" or "and" is the next verb phrase, no object.
            // (Only after the cue: "But the plan is tilted, he said" opens with its
            // own "But".)
            let conj_first = hit.content.start > i
                && doc
                    .toks
                    .get(hit.content.start)
                    .is_some_and(|t| t.eq("but") || t.eq("and") || t.eq("or"));
            if conj_first {
                continue;
            }
            // "a software update that will warn drivers when fuel pressure drops": an
            // addressee and an adverbial clause report no clause of their own.
            let addressee_when = cue.obj
                && hit.rule == "attribution/indirect/bare-clause"
                && hit.content.len() > 2
                && doc.toks[hit.content.start].word()
                && !doc.toks[hit.content.start].cap
                && doc.toks[hit.content.start].flags == 0
                && matches!(
                    doc.toks[hit.content.start + 1].lower,
                    "when" | "whenever" | "if" | "before" | "after" | "once"
                )
                && !doc.toks[hit.content.clone()].iter().any(|t| t.eq("that"));
            if addressee_when {
                continue;
            }
            // "informed both banks of its decision": an addressee informed of a thing
            // reports no clause ("informed the banks that …" does).
            let informed_of = doc.toks[i].lower.starts_with("inform")
                && hit.rule == "attribution/indirect/bare-clause"
                && doc.toks[hit.content.clone()].iter().any(|t| t.eq("of"))
                && !holds_verb(doc, hit.content.clone());
            if informed_of {
                continue;
            }
            if no_claim(doc, i, &hit)
                || found_thing(doc, i, &hit)
                || reported_thing(doc, i, &hit)
                || asked_for(doc, i, &hit)
            {
                continue;
            }
            // "Asked whether they could reject it, he said …": a cue in a question put
            // to someone is no claim.
            let question = hit
                .source
                .as_ref()
                .is_some_and(|r| r.start > lo && doc.toks[r.start - 1].eq("whether"));
            if question {
                continue;
            }
            // "Not all growers oppose the move": a stance denied to some of a group is
            // held by no one named.
            if hit
                .source
                .as_ref()
                .is_some_and(|r| r.start > lo && doc.toks[r.start - 1].eq("not"))
            {
                continue;
            }
            if thing_threatens(doc, i, &hit)
                || unasserted_subject(doc, i, &hit)
                || questioned_someone(doc, i, &hit)
            {
                continue;
            }
            // "a trend analysts describe as …": the relative clause's own subject.
            if let Some(r) = hit.source.clone().filter(|r| relative_object(doc, r)) {
                hit.source = Some(r.start + 2..r.end);
            }
            hit.class = cue.class;
            if hit.rule == "attribution/indirect/bare-clause"
                && !cue.obj
                && matches!(cue.class, CueClass::Speech | CueClass::Belief)
            {
                hit.content = occasion_end(doc, hit.content);
            }
            // ("denied that the fault, which runs near the plant, poses a risk": a
            // that-clause opening with its subject is no object, its relative clause
            // no end; "dismissed that possibility as …" is a demonstrative's object.)
            if !matches!(cue.class, CueClass::Speech | CueClass::Belief) {
                let subject = doc
                    .toks
                    .get(hit.content.start)
                    .is_some_and(|t| t.is(w::DET | w::PRON) || t.cap);
                if hit.rule != "attribution/indirect/that-clause" || !subject {
                    hit.content = object_end(doc, hit.content);
                }
                // "the sector supports 80,000 jobs": a count is no stance's object
                // ("denies 14 counts of fraud" is a denial's).
                let first = doc.toks.get(hit.content.start);
                if cue.class != CueClass::Denial
                    && first.is_some_and(|t| t.kind == crate::tokens::Kind::Number)
                {
                    continue;
                }
            }
            // A content inside a sentence with no quote mark holds none.
            let unquoted = !doc.holds(s, has::QUOTE)
                && sr.start <= hit.content.start
                && hit.content.end <= sr.end;
            if !unquoted
                && doc.toks[hit.content.clone()]
                    .iter()
                    .any(|t| t.kind == crate::tokens::Kind::Quote && t.quote())
            {
                hit.form = Form::Mixed;
            }
            // The whole content is one quote: that is the quotes rules' business.
            if quoted
                .at(hit.content.start)
                .is_some_and(|q| hit.content.end <= q.end)
            {
                continue;
            }
            // "scolded him: “…,” she said": a quote with its own speaker already.
            if quote_taken(b, &hit.content) {
                continue;
            }
            let second = second_that(doc, &hit, sr.end);
            if let Some(c) = second {
                let mut more = hit.clone();
                more.content = c;
                b.push(hit);
                b.push(more);
            } else {
                b.push(hit);
            }
        }
    }
    // Cues the shapes above left: one inside a relative clause with a subject of its own.
    for i in relative {
        if b.is_used(i) {
            continue;
        }
        if let Some(hit) = relative_cue(doc, i, lo, sr.end) {
            b.push(hit);
        }
    }
}

/// "a move it said would clear a backlog", "a dispute their union said could escalate",
/// "the loan, which the company said had been repaid": a speech cue inside a relative
/// clause, its own subject before it and the clause's verb right after it; the content
/// is what the relative clause's head is said to do or be, from that verb. `i` is a
/// form of "say" or "warn" before an auxiliary (`find` notes only those).
fn relative_cue(doc: &Doc, i: usize, lo: usize, hi: usize) -> Option<Hit> {
    if i < lo + 2 || i + 1 >= hi {
        return None;
    }
    // ("a cost that the minister has said will be covered": the subject ends before a
    // perfect's auxiliary.)
    let e = if matches!(doc.toks[i - 1].lower, "has" | "have" | "had") {
        i - 1
    } else {
        i
    };
    if e < lo + 2 {
        return None;
    }
    // The subject: a pronoun, or a determiner or possessive and one or two nouns.
    let noun = |t: &super::toks::Tok| t.word() && !t.cap && t.flags == 0 && t.cue.is_none();
    let p = &doc.toks[e - 1];
    // ("a strike that exporters warned could …": a bare plural after a relative
    // pronoun, with a modifier or not: "a move that foreign investors warned".)
    // ("… but which landlords warn will": after "which" too; "a move economists say
    // could": after a noun and its article, the relative pronoun left out.)
    let relative = |k: usize| doc.toks[k].eq("that") || doc.toks[k].eq("which");
    let plural = noun(p) && p.lower.ends_with('s') && !p.lower.ends_with("ss") && e >= lo + 3;
    let modified = plural
        && e >= lo + 4
        && noun(&doc.toks[e - 2])
        && !doc.toks[e - 2].lower.ends_with("ly")
        && relative(e - 3)
        && noun(&doc.toks[e - 4]);
    let bare_plural = plural
        && ((doc.toks[e - 2].eq("that") && noun(&doc.toks[e - 3]))
            || doc.toks[e - 2].eq("which")
            || (noun(&doc.toks[e - 2]) && (doc.toks[e - 3].eq("a") || doc.toks[e - 3].eq("an"))));
    // ("legislation that Premier Claire Hollis said would end …": a name of up to four
    // capitalised words right after the relative pronoun, "the" before it or not:
    // "which the Treasury says".)
    let named = (e.saturating_sub(4).max(lo + 1)..e)
        .rev()
        .take_while(|&k| doc.toks[k].cap && doc.toks[k].word())
        .last()
        .map(|k| {
            if k > lo + 1 && doc.toks[k - 1].eq("the") {
                k - 1
            } else {
                k
            }
        })
        .filter(|&k| relative(k - 1));
    let subject = if modified {
        e - 2
    } else if (p.subject_pronoun() && !p.eq("i")) || bare_plural {
        e - 1
    } else if let Some(k) = named {
        k
    } else {
        (e.saturating_sub(3).max(lo)..e - 1).find(|&k| {
            let d = &doc.toks[k];
            (d.is(w::DET) && !d.eq("that") || d.possessive()) && doc.toks[k + 1..e].iter().all(noun)
        })?
    };
    // The relative clause's head: a relative pronoun or a lower-case noun.
    // ("a dispute their union said": a cue word after its determiner is a noun.)
    let h = subject.checked_sub(1).filter(|&h| h >= lo)?;
    let head = &doc.toks[h];
    let noun_head = head.word()
        && !head.cap
        && head.flags == 0
        && !head.lower.ends_with("ly")
        && (head.cue.is_none() || (h > lo && doc.toks[h - 1].is(w::DET)));
    let that = head.eq("that") && h > lo && noun(&doc.toks[h - 1]);
    if !(head.eq("which") || that || noun_head) {
        return None;
    }
    // A relative clause after "which" ends at a comma ("which the company said had
    // been repaid, was large").
    let mut end = clause_end(doc, i + 1, hi);
    // ("The code, which replaces a version that critics said had no teeth, will apply":
    // inside an open ", which" clause too.)
    let open = (lo..h)
        .rev()
        .take_while(|&k| !doc.toks[k].eq(","))
        .any(|k| k > lo && doc.toks[k - 1].eq(",") && matches!(doc.toks[k].lower, "which" | "who"));
    if head.eq("which") || open {
        end = (i + 1..end).find(|&k| doc.toks[k].eq(",")).unwrap_or(end);
    }
    // "a measure the government says will protect tenants but which landlords warn
    // …": a second relative clause is another's.
    if let Some(k) = (i + 2..end).find(|&k| {
        (doc.toks[k].eq("but") || doc.toks[k].eq("and"))
            && doc.toks.get(k + 1).is_some_and(|n| n.eq("which"))
    }) {
        end = k;
    }
    while end > i + 1 && doc.toks[end - 1].kind == crate::tokens::Kind::Punct {
        end -= 1;
    }
    // (Quoted words inside make it a mixed quote.)
    let quoted = doc.toks[i + 1..end.max(i + 1)].iter().any(|t| t.quote());
    (end > i + 2).then(|| Hit {
        cue: i..i + 1,
        source: Some(subject..e),
        content: i + 1..end,
        form: if quoted { Form::Mixed } else { Form::Indirect },
        class: CueClass::Speech,
        rule: "attribution/indirect/relative-cue",
    })
}

/// Adjectives that make an "-s" cue after them a noun ("false claims", "fresh
/// reports", "similar warnings").
const NOUN_MODIFIERS: &[&str] = &[
    "baseless",
    "bogus",
    "conflicting",
    "contradictory",
    "dubious",
    "earlier",
    "false",
    "fresh",
    "further",
    "misleading",
    "new",
    "previous",
    "recent",
    "repeated",
    "similar",
    "such",
    "unfounded",
    "unsubstantiated",
    "untrue",
    "wild",
];

/// Whether a content before its cue is a short description ending in a lower-case
/// noun, right before a comma and the capitalised name of the source.
fn role_before_name(doc: &Doc, hit: &Hit) -> bool {
    let c = &doc.toks[hit.content.clone()];
    let Some(src) = hit.source.as_ref() else {
        return false;
    };
    let opens = c
        .first()
        .is_some_and(|t| t.is(w::DET) || t.possessive() || t.cap);
    // (A noun for a person or body: "Prices rose, Eriksen said" ends in a verb.)
    let ends_noun = c.last().is_some_and(|t| {
        t.word()
            && !t.cap
            && t.flags == 0
            && classes::word_tags(t.lower).has(Tags::PEOPLE_OR_BODY | Tags::ROLE_MOD)
    });
    let comma = doc.toks.get(hit.content.end).is_some_and(|t| t.eq(","));
    let named = doc.toks.get(src.start).is_some_and(|t| t.cap) && src.start == hit.content.end + 1;
    // ("Prices will rise, Tom Reed said": an auxiliary makes it a clause.)
    let verb = c.iter().any(|t| t.is(w::AUX | w::BE));
    c.len() <= 5 && opens && ends_noun && comma && named && !verb
}

/// "a figure union officials …": "a" or "an", a lower-case singular noun, then a
/// plural phrase with no preposition ("a few officials", "a number of analysts", "a
/// person familiar with the plans" are one phrase).
fn relative_object(doc: &Doc, r: &Range<usize>) -> bool {
    let ts = &doc.toks[r.clone()];
    if ts.len() < 3 || !(ts[0].eq("a") || ts[0].eq("an")) {
        return false;
    }
    let quantity = matches!(
        ts[1].lower,
        "few"
            | "couple"
            | "number"
            | "lot"
            | "dozen"
            | "handful"
            | "series"
            | "majority"
            | "minority"
            | "group"
            | "panel"
            | "team"
            | "pair"
            | "host"
            | "range"
    );
    let head = &ts[1];
    let last = &ts[ts.len() - 1];
    !quantity
        && head.word()
        && !head.cap
        && head.flags == 0
        && !head.lower.ends_with('s')
        && last.word()
        && last.lower.ends_with('s')
        && !last.lower.ends_with("ss")
        && !ts.iter().any(|t| t.is(w::PREP) || t.eq("of"))
}

/// The shapes that look like a claim and are none, given cue `i` and its hit.
fn no_claim(doc: &Doc, i: usize, hit: &Hit) -> bool {
    let cue = doc.toks[i].lower;
    let first = doc.toks.get(hit.content.start);
    // ("could corrode faster than expected", "as expected": a comparison's idiom.)
    if i > 0
        && matches!(doc.toks[i - 1].lower, "than" | "as")
        && matches!(
            cue,
            "expected" | "anticipated" | "forecast" | "predicted" | "feared" | "hoped"
        )
    {
        return true;
    }
    // "reported …, citing people familiar with the case": whom a report cites is its
    // source, no content.
    if contest(doc, cue, hit)
        || (cue.starts_with("cit")
            && (cites_source(doc, &hit.content) || reported_before(doc, hit, i)))
    {
        return true;
    }
    // "pointing to a concession announced last week that allows …": a participle after
    // an indefinite object of a preposition reduces a passive; no one announces.
    let object = hit.source.as_ref().is_some_and(|r| {
        r.start > 0
            && doc.toks[r.start - 1].is(w::PREP)
            && !doc.toks[r.start - 1].eq("of")
            && (doc.toks[r.start].eq("a") || doc.toks[r.start].eq("an"))
            && r.end == i
    });
    if object && cue.ends_with("ed") {
        return true;
    }
    // "would announce further tenders in due course": a statement still to come; so
    // is a request ("would ask the tribunal to rule", "will urge leaders to act"),
    // which the proposals find.
    // ("the cabinet may also ask the Commission to …": a possible request too, past an
    // adverb.)
    let mut m = i;
    while m > 1 && doc.toks[m - 1].is(w::ADV) && m + 3 > i {
        m -= 1;
    }
    let future = (cue.starts_with("announce") || cue == "ask" || cue == "urge")
        && m > 0
        && matches!(
            doc.toks[m - 1].lower,
            "will" | "would" | "shall" | "to" | "may" | "might" | "could"
        );
    if future {
        return true;
    }
    // "replying to a question", "responded to the letter": what "to" opens is what is
    // answered, no words of the answer.
    let answered = cue.starts_with("repl") || cue.starts_with("respond");
    if answered && first.is_some_and(|t| t.eq("to")) {
        return true;
    }
    // "worried about national exams": a worry about a thing holds no clause
    // ("worried that …" does).
    if cue.starts_with("worr") && first.is_some_and(|t| t.eq("about") || t.eq("over")) {
        return true;
    }
    // "teachers had reported to work", "reported for duty": turning up, no report.
    let turned_up = cue.starts_with("report")
        && first.is_some_and(|t| t.eq("to") || t.eq("for"))
        && doc
            .toks
            .get(hit.content.start + 1)
            .is_some_and(|t| matches!(t.lower, "work" | "duty" | "school" | "class" | "base"));
    if turned_up {
        return true;
    }
    // "is recalling about 2.3 million bottles", "recalled 40,000 cars": a product
    // recall, no memory told.
    if cue.starts_with("recall") && hit.content.start <= i + 3 {
        let number = |k: usize| {
            doc.toks
                .get(k)
                .is_some_and(|t| t.kind == crate::tokens::Kind::Number)
        };
        let hedge = doc.toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.lower,
                "about" | "nearly" | "some" | "almost" | "roughly" | "over"
            )
        });
        if number(i + 1) || (hedge && number(i + 2)) {
            return true;
        }
    }
    match hit.rule {
        "attribution/indirect/content-then-cue" => {
            let source = |f: &dyn Fn(&Range<usize>) -> bool| hit.source.as_ref().is_some_and(f);
            // "a larger cut than most economists had expected": a comparison's standard.
            let than = |r: &Range<usize>| {
                doc.toks[r.start.saturating_sub(1)..r.end]
                    .iter()
                    .any(|t| t.eq("than"))
            };
            // "The federation's vice-president, Marco Tello, who …, rejected": a role
            // before the name it introduces is the subject's, no content. "…, a figure
            // union officials have cited": an indefinite singular noun before a plural
            // subject is the object of a relative clause, no source.
            // ("Citing a theory, Trump accused X of …": a participle's phrase opening
            // the sentence is its adverbial, no content.)
            let participle = first.is_some_and(|t| t.cap && t.lower.ends_with("ing") && t.word())
                && doc.toks.get(hit.content.start + 1).is_some_and(|t| !t.cap)
                && !(hit.content.start + 1..hit.content.end).any(|k| {
                    let t = &doc.toks[k];
                    // (An "-ed" word after a determiner is an adjective: "an unfounded
                    // theory".)
                    let past = t.word() && t.lower.ends_with("ed") && !doc.toks[k - 1].is(w::DET);
                    t.is(w::AUX | w::BE) || t.cue.is_some() || past
                });
            source(&than)
                || role_before_name(doc, hit)
                || source(&|r| relative_object(doc, r))
                || participle
        }
        "attribution/indirect/bare-clause" => {
            // "announced plans to …": a presented plan is a proposal.
            let plan =
                first.is_some_and(|t| t.prop & super::lex::p::NOUN != 0 && t.lower.ends_with('s'));
            // "the detour adds roughly nine days to each voyage": an amount after "add"
            // is a sum, no words.
            let amount = first.is_some_and(|t| {
                t.kind == crate::tokens::Kind::Number
                    || matches!(
                        t.lower,
                        "$" | "£"
                            | "€"
                            | "about"
                            | "almost"
                            | "another"
                            | "around"
                            | "between"
                            | "nearly"
                            | "roughly"
                            | "some"
                            | "up"
                    )
            });
            // "who now advises the National Association of Parts Makers", "urged
            // Congress": an addressee by name, and nothing said to it.
            let addressee = doc.toks[i].cue.is_some_and(|c| c.obj) && {
                let c = &doc.toks[hit.content.clone()];
                let start = usize::from(c.first().is_some_and(|t| t.eq("the")));
                c.len() > start
                    && c[start].cap
                    && c[start..].iter().all(|t| {
                        (t.cap && t.word())
                            || matches!(t.lower, "of" | "for" | "and" | "the" | "on")
                    })
            };
            // "a banned steroid found in her sample came from …": a participle after a
            // plain noun before a preposition reduces a passive; nothing is found out.
            // ("roof repairs promised in 2017 were never carried out": a regular one
            // before the noun's own verb of being, see `reduced_passive`.)
            let reduced = irregular(cue)
                && cue != "said"
                && i > 0
                && {
                    let n = &doc.toks[i - 1];
                    n.word() && !n.cap && n.flags == 0 && n.cue.is_none()
                }
                && first.is_some_and(|t| t.is(w::PREP) && !t.eq("to") && !t.eq("that"))
                || reduced_passive(doc, i, 0, doc.toks.len());
            // "would only add to its borrowing costs": "add to" is a sum too.
            let onto = first.is_some_and(|t| t.eq("to"));
            (plan && super::proposals::presents(cue))
                || ((amount || onto) && cue.starts_with("add"))
                || addressee
                || reduced
        }
        _ => false,
    }
}

/// "roof repairs promised in 2017 were never carried out": whether the "-ed" cue at `i`
/// is a participle after a plain noun, before a phrase and the noun's own verb of
/// being (a reduced passive; "the ministers promised in March that the fund would
/// grow" has a clause of its own).
pub(super) fn reduced_passive(doc: &Doc, i: usize, lo: usize, hi: usize) -> bool {
    let noun = i > lo && {
        let n = &doc.toks[i - 1];
        n.word() && !n.cap && n.flags == 0 && n.cue.is_none() && n.prop == 0
    };
    let plain = |t: &super::toks::Tok| {
        (t.word() || t.kind == crate::tokens::Kind::Number)
            && !t.is(w::BE | w::AUX | w::SUB | w::CONJ)
            && !t.eq("to")
    };
    noun && doc.toks[i].lower.ends_with("ed")
        && doc
            .toks
            .get(i + 1)
            .is_some_and(|p| p.is(w::PREP) && !p.eq("to") && !p.eq("that"))
        && (i + 2..(i + 7).min(hi))
            .find(|&k| !plain(&doc.toks[k]))
            .is_some_and(|k| doc.toks[k].is(w::BE | w::AUX))
}

/// "said she was angry and had written to the minister": after a reported clause with
/// a verb of its own, "and" and a backshifted auxiliary (had, would, was …) go on with
/// the reported subject; the speaker's own next verb has none ("and wrote …").
fn backshifted(doc: &Doc, j: usize, and: usize) -> bool {
    let aux = doc.toks.get(and + 1).is_some_and(|t| {
        matches!(
            t.lower,
            "had"
                | "hadn't"
                | "would"
                | "wouldn't"
                | "could"
                | "couldn't"
                | "was"
                | "wasn't"
                | "were"
                | "weren't"
                | "might"
                | "should"
        )
    });
    doc.toks[and].eq("and") && aux && and > j + 1 && holds_verb(doc, j..and)
}

/// "an inspection found cracks in the wall", "inspectors found wet spots": "find" with
/// a plain noun phrase as its object discovers a thing and reports no words. A clause
/// is a finding ("found that …", "found the agency had overspent"), and so is what a
/// study, poll or audit finds ("A survey found 40 cases of fraud"), as it "shows".
fn found_thing(doc: &Doc, i: usize, hit: &Hit) -> bool {
    // (The cue first: the scans below run for "find" alone.)
    if !matches!(doc.toks[i].lower, "find" | "finds" | "found") {
        return false;
    }
    let bare = matches!(
        hit.rule,
        "attribution/indirect/bare-clause" | "attribution/indirect/shared-subject"
    ) && hit.content.start > 0
        && !doc.toks[hit.content.start - 1].eq("that");
    let evidence = hit.source.as_ref().is_some_and(|s| {
        doc.toks[s.clone()]
            .iter()
            .any(|t| evidence_noun(t.lower) || document_noun(t.lower))
    });
    // "found “systemic weaknesses”": quoted words are someone's words, a report of them;
    // "found no breach": nothing found is a conclusion, no thing discovered.
    let quoted = doc.toks[hit.content.clone()].iter().any(|t| t.quote());
    let none = doc.toks[hit.content.start].eq("no");
    bare && !evidence && !quoted && !none && !holds_verb(doc, hit.content.clone())
}

/// "the company had reported the escape 18 hours late", "the terms had added a few
/// dollars to the offers": "report" and "add" with a plain noun phrase as the object
/// (no clause's verb in it) report a thing, or add one to another, and no words.
/// Quoted words a report gives are a report of words ("reported “widespread fraud”").
fn reported_thing(doc: &Doc, i: usize, hit: &Hit) -> bool {
    let cue = doc.toks[i].lower;
    let report = cue.starts_with("report");
    if !(report || matches!(cue, "add" | "adds" | "added" | "adding")) {
        return false;
    }
    let bare = matches!(
        hit.rule,
        "attribution/indirect/bare-clause" | "attribution/indirect/shared-subject"
    ) && hit.content.start > i
        && !doc.toks[hit.content.start - 1].eq("that");
    let c = hit.content.clone();
    let quoted = doc.toks[c.clone()].iter().any(|t| t.quote());
    // ("added “a few dollars a ton” to the offers": a thing added to another, quoted
    // or not.)
    let added_to = !report
        && (c.start..c.end.saturating_sub(1))
            .any(|k| doc.toks[k].eq("to") && doc.toks[k + 1].is(w::DET));
    // ("Bloomberg reported the talks", "which reported the story": a medium's report
    // of a thing is its claim that it is so; only a plain noun's report is a thing's.)
    let named = hit.source.as_ref().is_none_or(|r| {
        doc.toks[r.clone()]
            .iter()
            .any(|t| t.cap || t.is(w::PRON) || t.eq("which") || t.eq("who"))
    });
    // ("Soriel reported revenue of 68 billion pesos": a company's reported figure is
    // its accounts, no claim, whoever reports it.)
    let figure = report
        && doc.toks[c.clone()].iter().take(3).any(|t| {
            matches!(
                t.lower,
                "revenue"
                    | "revenues"
                    | "profit"
                    | "profits"
                    | "loss"
                    | "losses"
                    | "sales"
                    | "earnings"
                    | "income"
                    | "turnover"
            )
        });
    let thing = if report {
        !quoted && (!named || figure)
    } else {
        !quoted || added_to
    };
    bare && thing && !holds_verb(doc, c)
}

/// Whether a content holds a clause's own verb after its first word, before any
/// comma or relative word, an infinitive's verb aside ("seepage that could …", "ways
/// to make …" hold none): an auxiliary, a form of "be", a cue, or a past form not after a determiner
/// or preposition ("residents lived", not "an enhanced interest").
fn holds_verb(doc: &Doc, c: Range<usize>) -> bool {
    let end = (c.start + 1..c.end)
        .find(|&k| {
            let t = &doc.toks[k];
            t.eq(",") || t.is(w::SUB)
        })
        .unwrap_or(c.end);
    (c.start + 1..end).any(|k| {
        let (t, p) = (&doc.toks[k], &doc.toks[k - 1]);
        if p.eq("to") {
            return false;
        }
        let after_word = !p.is(w::DET | w::PREP);
        let past = t.word()
            && !t.cap
            && t.flags == 0
            && (t.lower.ends_with("ed") || IRREGULAR_ACTS.contains(&t.lower));
        t.is(w::AUX | w::BE) || (after_word && (past || (t.cue.is_some() && !t.cap)))
    })
}

/// "a weaker peso threatens to push up inflation", "the storm threatened to cut power",
/// "a ruling against the firm may encourage states to sue": a thing that threatens or
/// encourages says nothing; its subject's head (before any post-modifier), all lower
/// case before it, is no noun for people or bodies (by the lexicon, or by an agent's
/// suffix: "managers").
fn thing_threatens(doc: &Doc, i: usize, hit: &Hit) -> bool {
    let cue = doc.toks[i].lower;
    // "…, threatening a population of brown trout": a participle of "threaten" with a
    // plain object after a clause says what the clause's event endangers ("The union
    // threatened strikes" is the union's threat).
    let endangers = cue == "threatening"
        && i > 0
        && doc.toks[i - 1].eq(",")
        && hit.content.start > i
        && doc
            .toks
            .get(hit.content.start)
            .is_some_and(|t| !t.eq("to") && !t.eq("that"))
        && !doc.toks[hit.content.start - 1].eq("that");
    if endangers {
        return true;
    }
    // ("a ruling against the firm may encourage other states to sue": a thing that
    // encourages says nothing either.)
    if !(cue.starts_with("threaten") || cue.starts_with("encourag")) {
        return false;
    }
    let Some(src) = hit.source.as_ref().filter(|r| !r.is_empty()) else {
        return false;
    };
    // ("a ruling against the firm": the head comes before the post-modifier.)
    let words = &doc.toks[src.clone()];
    let words = match words.iter().position(|t| t.is(w::PREP)) {
        Some(p) if p > 0 => &words[..p],
        _ => words,
    };
    let head = &words[words.len() - 1];
    // ("managers", "the governor", "activists": an agent's suffix.)
    let agent = [
        "ers", "ors", "ists", "ians", "ants", "ents", "ees", "or", "ist", "ian", "ant",
    ]
    .iter()
    .any(|x| head.lower.ends_with(x));
    words
        .iter()
        .all(|t| t.word() && (!t.cap || t.is(w::DET)) && !t.is(w::PRON))
        && !agent
        && !classes::word_tags(head.lower).has(Tags::PEOPLE_OR_BODY)
}

/// "with results expected the following day": a participle of an absolute phrase, no
/// one's claim. (A condition is kept: "if the Chinese pledged to cap …" is annotated
/// in news corpora as the pledge it supposes.)
fn unasserted_subject(doc: &Doc, i: usize, hit: &Hit) -> bool {
    let Some(s) = hit.source.as_ref().map(|r| r.start).filter(|&s| s > 0) else {
        return false;
    };
    let bare_participle =
        i == hit.source.as_ref().map_or(0, |r| r.end) && doc.toks[i].lower.ends_with("ed");
    // ("with both President Obama and his wife Michelle expected to visit": "with"
    // before a coordinated subject too.)
    let with = doc.toks[s - 1].eq("with")
        || (doc.toks[s - 1].eq("and")
            && (s.saturating_sub(8)..s - 1)
                .rev()
                .take_while(|&k| doc.toks[k].word() && doc.toks[k].cue.is_none())
                .any(|k| doc.toks[k].eq("with")));
    with && bare_participle
}

/// "questioned the district's library coordinator, Monica Reyes-Salas, about how …":
/// a person questioned about something is asked, not doubted ("questioned the
/// decision" doubts it).
fn questioned_someone(doc: &Doc, i: usize, hit: &Hit) -> bool {
    if !doc.toks[i].lower.starts_with("question") {
        return false;
    }
    let c = hit.content.clone();
    let Some(about) = (c.start + 1..c.end).find(|&k| doc.toks[k].eq("about")) else {
        return false;
    };
    // The object right before "about" (past an appositive's comma) is a name or a noun
    // for a person, and no clause opens the content ("questioned how …").
    let mut k = about - 1;
    if doc.toks[k].eq(",") && k > c.start {
        k -= 1;
    }
    let t = &doc.toks[k];
    !doc.toks[c.start].is(w::SUB)
        && ((t.cap && t.word()) || classes::word_tags(t.lower).has(Tags::TITLE | Tags::GROUP_NOUN))
}

/// "defended her title", "defended his seat": a contest, no stance.
fn contest(doc: &Doc, cue: &str, hit: &Hit) -> bool {
    cue.starts_with("defend")
        && doc.toks[hit.content.clone()].iter().take(3).any(|t| {
            matches!(
                t.lower,
                "belt" | "championship" | "crown" | "lead" | "seat" | "seats" | "title"
            )
        })
}

/// Nouns for the sources a report cites ("citing two officials", "citing a copy of
/// the audit", "citing people familiar with the talks").
const CITED_SOURCES: &[&str] = &[
    "aides",
    "analysts",
    "copy",
    "data",
    "diplomats",
    "document",
    "documents",
    "draft",
    "drafts",
    "emails",
    "executives",
    "familiar",
    "figures",
    "filing",
    "filings",
    "insiders",
    "knowledge",
    "letter",
    "letters",
    "memo",
    "official",
    "officials",
    "people",
    "person",
    "records",
    "report",
    "reports",
    "source",
    "sources",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "statement",
    "study",
    "survey",
];

/// Whether the subject of cue `i` (a form of "cite") reported or wrote what it cites
/// for ("Bloomberg reported that …, citing the poor harvest", "…, citing two
/// ministers"): a report's grounds are its sources, no claim of the reporter's.
fn reported_before(doc: &Doc, hit: &Hit, i: usize) -> bool {
    let Some(src) = hit.source.as_ref() else {
        return false;
    };
    doc.toks.get(src.end..i).is_some_and(|ts| {
        ts.iter().any(|t| {
            t.cue.is_some() && matches!(t.lower, "reported" | "reports" | "wrote" | "writes")
        })
    })
}

/// Whether a cited content opens with a source: one of [`CITED_SOURCES`] within its
/// first five words.
fn cites_source(doc: &Doc, content: &Range<usize>) -> bool {
    // ("reported, citing internal emails, that …": what a report cites before its
    // "that" is its evidence, whatever it is.)
    let before_that = doc.toks[content.clone()]
        .windows(2)
        .any(|p| p[0].eq(",") && p[1].eq("that"));
    before_that
        || doc.toks[content.clone()]
            .iter()
            .take(5)
            .any(|t| CITED_SOURCES.contains(&t.lower))
}

/// Whether a word is a form of "call", a cue as "call for Y", "call on X to Y" or
/// naming ("called it a disgrace", "called the offer \"fair\""), but not "called a
/// meeting", "called her on Friday", "called off", "a firm called Acme".
fn call_form(word: &str) -> bool {
    matches!(word, "call" | "called" | "calling" | "calls")
}

/// Whether a word is a verb of speaking, a cue only with its topic: "spoke of Y",
/// "talked about Y". (Only finite forms: "speaking on condition of anonymity" is no
/// cue.)
fn topic_verb(word: &str) -> bool {
    matches!(word, "speaks" | "spoke" | "talked")
}

/// "spoke of Y", "talked about Y": the particle joins the cue, the topic is the
/// content; "spoke at a rally", "talked to reporters" are no cue.
fn topic(doc: &Doc, i: usize, hi: usize, hit: Hit) -> Option<Hit> {
    let mut j = i + 1;
    while j < hi && doc.toks[j].is(w::ADV) {
        j += 1;
    }
    let p = doc.toks.get(j).filter(|_| j < hi)?;
    if !(p.eq("of") || p.eq("about")) {
        return None;
    }
    let content = doc.trim(j + 1..clause_end(doc, j + 1, hi));
    let content = object_end(doc, content);
    // Only "two or more" is asked: the count stops there.
    let words = doc.toks[content.clone()]
        .iter()
        .filter(|t| t.word())
        .take(2)
        .count();
    (words >= 2).then_some(Hit {
        cue: i..j + 1,
        content,
        ..hit
    })
}

/// What one calls without saying anything: "called a meeting", "called an election".
const CALLED_EVENTS: &[&str] = &[
    "boycott",
    "ceasefire",
    "conference",
    "debate",
    "demonstration",
    "election",
    "halt",
    "hearing",
    "inquiry",
    "march",
    "meeting",
    "news",
    "press",
    "protest",
    "rally",
    "recess",
    "referendum",
    "review",
    "session",
    "snap",
    "strike",
    "summit",
    "truce",
    "vote",
    "walkout",
];

/// `hit` as a "call" cue allows it: the content after "for"/"on" (the particle joins
/// the cue), or a naming; other cues pass.
fn call_shape(doc: &Doc, i: usize, hi: usize, hit: Hit) -> Option<Hit> {
    if topic_verb(doc.toks[i].lower) {
        return topic(doc, i, hi, hit);
    }
    // "ruled out cutting the dividend": the particle joins the cue, what is ruled out
    // is the content.
    if doc.toks[i].eq("ruled") && doc.toks.get(i + 1).is_some_and(|n| n.eq("out")) && i + 2 < hi {
        let content = doc.trim(i + 2..clause_end(doc, i + 2, hi));
        let content = object_end(doc, content);
        return (!content.is_empty()).then_some(Hit {
            cue: i..i + 2,
            content,
            ..hit
        });
    }
    if !call_form(doc.toks[i].lower) {
        return Some(hit);
    }
    // "on a conference call that …": a determiner and a noun before "call" make it the
    // noun.
    let noun = doc.toks[i].eq("call")
        && i >= 2
        && doc.toks[i - 2].is(w::DET)
        && doc.toks[i - 1].word()
        && !doc.toks[i - 1].cap
        && doc.toks[i - 1].flags == 0;
    if noun {
        return None;
    }
    let next = doc.toks.get(i + 1).filter(|_| i + 1 < hi)?;
    if next.eq("for") || next.eq("on") || next.eq("upon") {
        let content = doc.trim(i + 2..clause_end(doc, i + 2, hi));
        let words = doc.toks[content.clone()]
            .iter()
            .filter(|t| t.word())
            .take(2)
            .count();
        return (words >= 2).then_some(Hit {
            cue: i..i + 2,
            content,
            ..hit
        });
    }
    if ["in", "into", "back", "off", "up", "out"]
        .iter()
        .any(|p| next.eq(p))
    {
        return None;
    }
    let c = &doc.toks[hit.content.clone()];
    let first = c.first()?;
    // "a stream called Miracle Run", "called Jane Roe on Friday": a name alone is
    // what something is called, or who was called; a naming says what of whom.
    let name_only = c.iter().take_while(|t| t.cap && t.word()).count();
    if name_only > 0 && (name_only == c.len() || prep_opener(c[name_only].lower)) {
        return None;
    }
    let event = (first.eq("a") || first.eq("an"))
        && c.iter()
            .skip(1)
            .take(2)
            .any(|t| CALLED_EVENTS.contains(&t.lower));
    // "called her rival on Friday", "a firm called Acme, which …": an object and no
    // predicate before a time, a comma or "on"/"to"/"at".
    let quote = |t: &super::toks::Tok| t.kind == crate::tokens::Kind::Quote;
    let stop = c.iter().take(6).position(|t| {
        (!t.word() && !quote(t) && !t.eq("."))
            || t.is(w::TIME)
            || ["on", "to", "at", "after", "before", "from"]
                .iter()
                .any(|p| t.eq(p))
    });
    let bare = stop.is_some_and(|k| {
        k > 0
            && !c[..k]
                .iter()
                .skip(1)
                .any(|t| t.eq("a") || t.eq("an") || quote(t))
    });
    (!event && !bare).then_some(hit)
}

/// The object of a stance cue ("praised X", "condemned X") ends before a
/// description of it (", which …", ", another …") or an adverbial clause ("when …").
fn object_end(doc: &Doc, content: Range<usize>) -> Range<usize> {
    let end = (content.start + 1..content.end).find(|&k| {
        let t = &doc.toks[k];
        let next = doc.toks.get(k + 1).filter(|_| k + 1 < content.end);
        let described = t.eq(",")
            && next.is_some_and(|n| ["which", "who", "whose", "another"].iter().any(|w| n.eq(w)));
        // Not inside a quotation ("needed \"clarity on when\""); the marks before are
        // counted only at a token that could end the object.
        let quoted = || {
            doc.toks[content.start..k]
                .iter()
                .filter(|t| t.quote())
                .count()
                % 2
                == 1
        };
        // "praised the plan: “…,” she said": a colon ends the object.
        (described
            || (t.eq(":") && k > content.start)
            || (k > content.start + 1 && ADVERBIAL_SUB.contains(&t.lower))
            // ("attacked Machado in early-morning tweets": a one-word object.)
            || (k > content.start && occasion(doc, k, content.end)))
            && !quoted()
    });
    doc.trim(content.start..end.unwrap_or(content.end))
}

/// A bare content of a speech cue ends where the medium or occasion of the words
/// begins: "said as much in an interview on Thursday", "likened the rules to a tax in
/// an email to staff", "cited the figure at a forum". Only an "in", "at" or "on"
/// after the content's second word is looked at, outside quotation marks, and only
/// in an object: a clause ("he cannot comment on the letter", "officials are in
/// possession of video") keeps its own adverbials, so a pronoun first or an
/// auxiliary before the preposition leaves the content whole.
fn occasion_end(doc: &Doc, content: Range<usize>) -> Range<usize> {
    if doc.toks.get(content.start).is_some_and(|t| t.is(w::PRON)) {
        return content;
    }
    let mut marks = 0;
    let mut verb = false;
    let end = (content.start..content.end).find(|&k| {
        let t = &doc.toks[k];
        if t.quote() {
            marks += 1;
        }
        verb |= t.is(w::AUX | w::BE);
        !verb
            && k > content.start + 1
            && (t.eq("in") || t.eq("at") || t.eq("on"))
            && marks % 2 == 0
            && occasion(doc, k, content.end)
    });
    doc.trim(content.start..end.unwrap_or(content.end))
}

/// Where a stance cue's object gives way to the occasion of the act: "during …",
/// "amid …", a dash, ", further raising …", "as she …", or a medium ("in an interview
/// with …", "in a ruling released Thursday", "at a rally").
fn occasion(doc: &Doc, k: usize, end: usize) -> bool {
    let t = &doc.toks[k];
    let next = doc.toks.get(k + 1).filter(|_| k + 1 < end);
    if t.eq("during") || t.eq("amid") {
        return true;
    }
    if t.dash() {
        // "likened the rules to \"burning the Constitution\" - a charge that …"
        return next.is_some_and(|n| n.eq("a") || n.eq("an"));
    }
    if t.eq(",") {
        return next.is_some_and(|n| n.lower.ends_with("ing") && n.flags == 0 && !n.cap);
    }
    if t.eq("as") {
        // ("as MPs prepared for a vote": a plural subject and its verb.)
        let verb = |m: usize| {
            doc.toks
                .get(m)
                .filter(|_| m < end)
                .is_some_and(|v| v.is(w::AUX | w::BE) || (v.lower.ends_with("ed") && !v.cap))
        };
        return next.is_some_and(|n| {
            n.is(w::PRON) || (n.word() && n.lower.ends_with('s') && n.flags == 0 && verb(k + 2))
        });
    }
    if !(t.eq("in") || t.eq("at") || t.eq("on")) {
        return false;
    }
    // ("in early-morning tweets", "in television interviews": a plural too.)
    (k + 1..end.min(k + 5))
        .take_while(|&m| doc.toks[m].word())
        .any(|m| {
            let lower = doc.toks[m].lower;
            document_noun(lower) || lower.strip_suffix('s').is_some_and(document_noun)
        })
}

/// "The poll shows Clinton ahead": a poll, survey or data "show" their content without
/// "that", as a speaker says it.
fn evidence_shows(doc: &Doc, i: usize, hit: &Hit) -> bool {
    // "a survey of landlords", "data from the census", "an average of polls".
    let evidence = hit
        .source
        .as_ref()
        .is_some_and(|s| doc.toks[s.clone()].iter().any(|t| evidence_noun(t.lower)));
    doc.toks[i].lower.starts_with("show")
        && hit.rule == "attribution/indirect/bare-clause"
        && evidence
}

/// "responded by saying the delay was unavoidable": a gerund of saying after one of
/// [`GERUND_PREPS`] with a clause as its object (its own subject and verb) reports it
/// without "that", for its clause's subject, as "by saying that …" does.
fn gerund_clause(doc: &Doc, i: usize, lo: usize) -> bool {
    let t = &doc.toks[i];
    // ("by adding a bonus": "add" without "that" is as often a sum as words.)
    t.lower.ends_with("ing")
        && !t.lower.starts_with("add")
        && t.cue
            .is_some_and(|c| c.class == CueClass::Speech && !c.needs_that)
        && i > lo
        // ("was right in saying …" judges someone else's words.)
        && GERUND_PREPS.contains(&doc.toks[i - 1].lower)
        && !doc.toks[i - 1].eq("in")
        && clause_object(doc, content_after(doc, i, i + 1, doc.sent_of(i).end))
}

/// "emailed CMAL in August 2019 to say that …", "wrote to the board last week to say
/// …", "took to Twitter to say …": "to say" after a time word, a number, a name or a
/// preposition's object (not after a verb, an adjective or an object that is asked to
/// act: "declined to say", "was able to say", "prompting the union to say") says why
/// the clause's subject acted, and reports for it.
fn purpose_infinitive(doc: &Doc, i: usize, lo: usize) -> Option<usize> {
    if i < lo + 4 || !doc.toks[i].eq("say") || !doc.toks[i - 1].eq("to") {
        return None;
    }
    let p = &doc.toks[i - 2];
    // The object of a preposition: "to the board", "on television", "to Twitter".
    let placed = || {
        let mut k = i - 2;
        while k > lo
            && i - 2 - k < 3
            && doc.toks[k - 1].word()
            && !doc.toks[k - 1].is(w::PREP)
            && (doc.toks[k - 1].is(w::DET) || doc.toks[k - 1].flags == 0)
        {
            k -= 1;
        }
        k > lo && doc.toks[k - 1].is(w::PREP)
    };
    let adverbial = p.kind == crate::tokens::Kind::Number
        || p.is(w::TIME)
        || (p.cap && p.word() && p.flags == 0)
        || (p.word() && p.flags == 0 && p.cue.is_none() && p.prop == 0 && placed());
    // The verb of the clause before it: the subject has acted.
    let acted = (lo..i - 2).rev().find(|&k| {
        let v = &doc.toks[k];
        !v.cap
            && v.word()
            && (v.lower.ends_with("ed") || IRREGULAR_ACTS.contains(&v.lower) || irregular(v.lower))
    });
    acted.filter(|_| adverbial)
}

/// Whether a content opens with a subject and holds a verb of its own: a clause.
fn clause_object(doc: &Doc, c: Range<usize>) -> bool {
    let subject = doc.toks.get(c.start).is_some_and(|t| {
        t.word() && !t.is(w::AUX | w::BE | w::PREP | w::SUB | w::CONJ) && !t.eq("to")
    });
    subject && holds_verb(doc, c)
}

/// "The union estimates the closure will cost 300 jobs": "estimate" reports a figure
/// or a clause without "that" where its object is a clause with a subject and a verb
/// of its own ("estimates the cost at …" is a verb and its object).
fn estimated_clause(doc: &Doc, i: usize, hit: &Hit) -> bool {
    doc.toks[i].lower.starts_with("estimate")
        && hit.rule == "attribution/indirect/bare-clause"
        && clause_object(doc, hit.content.clone())
}

/// "Analysts agreed it was a lopsided plan": a content opening with a subject
/// pronoun is a clause even without "that" (unlike "continued to rise"); so is the
/// content around a cue set off between commas after a pronoun or a name.
fn subject_first(doc: &Doc, hit: &Hit) -> bool {
    // "The messages, she wrote, were …": a cue set off between commas after its
    // content's first words can be nothing but a report of it.
    let named = hit.source.clone().is_some_and(|r| {
        doc.toks[r]
            .iter()
            .all(|t| t.is(w::PRON) || (t.cap && t.word()) || t.is(w::DET))
    });
    if hit.rule == "attribution/indirect/content-then-cue" && named {
        return true;
    }
    let first = doc.toks.get(hit.content.start);
    hit.rule == "attribution/indirect/bare-clause"
        && hit.content.len() >= 3
        && first.is_some_and(|t| {
            ["he", "she", "it", "they", "we", "i", "there"]
                .iter()
                .any(|p| t.eq(p))
        })
}

/// "asked the government for a guaranteed price": a request for a thing of someone
/// reports nothing said (what is asked for is a proposal's content).
fn asked_for(doc: &Doc, i: usize, hit: &Hit) -> bool {
    doc.toks[i].lower.starts_with("ask")
        && super::proposals::for_after_object(doc, hit.content.start, hit.content.end).is_some()
}

/// "was quoted as saying", "was quoted by the Standard as saying": for the participle
/// cue `i`, the token "quoted" (the agent between "by" and "as" a few plain words).
pub(super) fn quoted_as(doc: &Doc, i: usize, lo: usize) -> Option<usize> {
    if i < lo + 2 || !doc.toks[i].lower.ends_with("ing") || !doc.toks[i - 1].eq("as") {
        return None;
    }
    if doc.toks[i - 2].eq("quoted") {
        return Some(i - 2);
    }
    let by = (i.saturating_sub(10).max(lo + 1)..i - 2)
        .rev()
        .take_while(|&k| doc.toks[k].word() && doc.toks[k].cue.is_none())
        .find(|&k| doc.toks[k].eq("by"))?;
    doc.toks[by - 1].eq("quoted").then_some(by - 1)
}

/// Whether cue `i` is used as a finite verb of its own clause: not a passive ("was
/// denied by", left to `forms`), not a participle after a noun ("tweets criticizing",
/// "reports of"), not a participial adjective ("agreed upon"). `before` is where the
/// auxiliaries and adverbs before it begin.
fn finite_use(doc: &Doc, i: usize, lo: usize, before: usize) -> bool {
    let t = &doc.toks[i];
    // "appeared to suggest": a copula before "to" lends its subject, no passive.
    let infinitive = i > lo && doc.toks[i - 1].eq("to");
    let be = !infinitive && (before..i).any(|k| doc.toks[k].is(w::BE));
    let aux = (before..i).any(|k| doc.toks[k].is(w::AUX | w::BE));
    let next = doc.toks.get(i + 1);
    // ("was quoted as saying by the paper that": the agent is the quoting's.)
    let quoted_by = next.is_some_and(|n| n.eq("by")) && quoted_as(doc, i, lo).is_some();
    if next.is_some_and(|n| n.eq("by") || n.eq("upon") || n.is(w::REFL) || n.eq("not"))
        && !quoted_by
    {
        // "asked not to be named", "was denied by"
        return false;
    }
    // "did not say", "neither side would confirm": nothing is asserted.
    let negated = (before..i).any(|k| {
        let t = &doc.toks[k];
        t.eq("not") || t.eq("never") || t.lower.ends_with("n't")
    });
    let neither = doc
        .toks
        .get(i.saturating_sub(4).max(lo)..i)
        .unwrap_or_default()
        .iter()
        .any(|t| t.eq("neither"));
    if negated || neither {
        return false;
    }
    if t.lower.ends_with("ing") {
        let prev = (before > lo).then(|| &doc.toks[before - 1]);
        return aux
            || prev.is_some_and(|p| p.eq(",") || p.eq("and") || p.eq("but"))
            || gerund_that(doc, i, lo)
            || gerund_clause(doc, i, lo);
    }
    // "wasn't too worried", "was deeply opposed": a degree word between a copula and
    // the participle.
    let degree = before > lo + 1
        && DEGREE.contains(&doc.toks[before - 1].lower)
        && doc.toks[before - 2].is(w::BE);
    // "Employers found to have denied breaks could be barred", "found to be": a
    // participle raising an infinitive reduces a passive; no one reports. ("A group
    // claimed to have stolen data" is its own claim: "claim" takes its subject along.)
    let raising = matches!(
        t.lower,
        "found"
            | "believed"
            | "thought"
            | "known"
            | "seen"
            | "shown"
            | "alleged"
            | "said"
            | "understood"
            | "considered"
            | "rumoured"
            | "rumored"
    ) && next.is_some_and(|n| n.eq("to"))
        && doc
            .toks
            .get(i + 2)
            .is_some_and(|n| n.eq("have") || n.eq("be"));
    if be || degree || raising || doc.stranded_participle(i) {
        return false;
    }
    // A bare form ("demand", "say") is a verb after a plural subject, a pronoun or an
    // auxiliary; after a singular noun it is a noun ("the dairy demand").
    let inflected = ["s", "ed", "ing"].iter().any(|e| t.lower.ends_with(e)) || irregular(t.lower);
    if !inflected && !infinitive && before > lo {
        let p = &doc.toks[before - 1];
        // "Mr. Grassley and Mr. Leahy say": coordinated names are plural.
        let names = p.cap
            && (lo..before - 1)
                .rev()
                .take(6)
                .any(|k| doc.toks[k].eq("and"));
        let plural_word =
            |t: &super::toks::Tok| t.lower.ends_with('s') || t.eq("people") || t.eq("police");
        // "many of whom say": the quantifier's people are many.
        // ("suppliers of equipment, who allege that": a relative pronoun after a comma
        // opens a clause of its own.)
        let who = p.eq("who") && before >= lo + 2 && doc.toks[before - 2].eq(",");
        let ok = aux
            || p.is(w::PRON | w::CONJ)
            || plural_word(p)
            || names
            || p.eq(",")
            || p.eq("whom")
            || who;
        // "Residents who live near the plant say": the subject is before the relative
        // clause.
        // "Farmers in the south say": the head before the subject's first
        // preposition.
        // ("Relief groups working in the province say": before a participle too.)
        let relative = || {
            doc.subject_ending(before, lo).is_some_and(|r| {
                let head = (r.start + 1..r.end)
                    .find(|&k| {
                        let t = &doc.toks[k];
                        t.is(w::PREP)
                            || (t.word() && !t.cap && t.flags == 0 && t.lower.ends_with("ing"))
                    })
                    .map_or(r.end, |k| k);
                let rel = ["who", "which", "that"].iter().any(|w| p.eq(w));
                (r.end + 1 < before || (head < r.end && !rel))
                    && head
                        .checked_sub(1)
                        .is_some_and(|h| plural_word(&doc.toks[h]))
            })
        };
        if !ok && !relative() {
            return false;
        }
    }
    let noun_like = t.lower.ends_with('s') && !t.eq("warns");
    // "some calls went unanswered": a plural quantifier takes no "-s" verb.
    let plural = (before > lo)
        .then(|| &doc.toks[before - 1])
        .is_some_and(|p| {
            ["some", "many", "several", "both", "few", "all"]
                .iter()
                .any(|q| p.eq(q))
        });
    // "began taking calls from listeners": the object of a gerund.
    let gerund_object = (before > lo)
        .then(|| &doc.toks[before - 1])
        .is_some_and(|p| p.lower.ends_with("ing") && p.flags == 0 && p.cue.is_none());
    // "published false claims that …": an adjective before an "-s" form makes it a noun.
    // ("a dedicated claims ombudsman", "complaints involved disputes over": after a
    // plain "-ed" word, an adjective's or a verb's, an "-s" form is a noun.)
    let modified = (before > lo)
        .then(|| &doc.toks[before - 1])
        .is_some_and(|p| {
            NOUN_MODIFIERS.contains(&p.lower)
                || (p.lower.ends_with("ed") && !p.cap && p.flags == 0 && p.cue.is_none())
        });
    !(noun_like
        && (plural || gerund_object || modified || next.is_some_and(|n| n.eq("of") || n.is(w::BE))))
}

/// "Ana Ruiz, who said the budget was balanced, left in May": a content inside a
/// non-restrictive relative clause (the cue's auxiliaries begin at `before`) ends at
/// the comma that closes the clause, where the main clause's verb follows.
pub(super) fn relative_end(
    doc: &Doc,
    before: usize,
    lo: usize,
    content: Range<usize>,
) -> Range<usize> {
    let rel = |k: usize| doc.toks[k].eq("who") || doc.toks[k].eq("which");
    // ", many of whom say …,"
    let of_whom = before >= lo + 4
        && doc.toks[before - 1].eq("whom")
        && doc.toks[before - 2].eq("of")
        && (lo.max(before.saturating_sub(6))..before - 2).any(|k| doc.toks[k].eq(","));
    let opens = of_whom || (before >= lo + 2 && rel(before - 1) && doc.toks[before - 2].eq(","));
    if !opens {
        return content;
    }
    let verb = |n: &super::toks::Tok| {
        n.word() && !n.cap && !n.is(w::DET | w::PRON | w::SUB | w::CONJ | w::PREP | w::ADV)
    };
    // ("which has long opposed buybacks, sided with": an object of one word.)
    clause_comma(doc, content, 1, |k| doc.toks.get(k + 1).is_some_and(verb))
}

/// "acknowledged the request and remained confident the deal would close": a noun
/// object with no verb of its own, then "and" and a past tense, is the object alone;
/// the past tense is the subject's next verb phrase. ("said the firm lost money and
/// closed the plant" has a clause with a verb before "and", kept whole.)
fn second_predicate_end(doc: &Doc, content: Range<usize>) -> Range<usize> {
    let Some(and) = (content.start + 1..content.end.saturating_sub(1)).find(|&k| {
        let n = &doc.toks[k + 1];
        doc.toks[k].eq("and")
            && n.word()
            && !n.cap
            && ((n.flags == 0
                && (n.lower.ends_with("ed")
                    || IRREGULAR_ACTS.contains(&n.lower)
                    || irregular(n.lower)))
                || (n.is(w::BE) && n.lower.ends_with("ed"))
                // ("feared retaliation and were reluctant to speak out")
                || matches!(n.lower, "was" | "were" | "had"))
    }) else {
        return content;
    };
    let object = content.start..and;
    let plain = doc.toks[object.clone()]
        .iter()
        .all(|t| t.word() && t.cue.is_none() && !t.is(w::SUB));
    if plain && !holds_verb(doc, object.clone()) {
        doc.trim(object)
    } else {
        content
    }
}

/// "Reber had warned the board that the slowdown would be deep and had proposed
/// cutting output": "and" with the cue's own auxiliary and a participle after it is the
/// main clause's second verb; the content ends before it. `aux` is the cue's verb group
/// (its auxiliaries from `aux.0`, the cue at `aux.1`).
fn repeated_aux_end(doc: &Doc, aux: (usize, usize), content: Range<usize>) -> Range<usize> {
    let Some(a) = (aux.0..aux.1).find(|&k| doc.toks[k].is(w::AUX)) else {
        return content;
    };
    let own = &doc.toks[a];
    let participle = |t: &super::toks::Tok| {
        t.word() && !t.cap && (t.lower.ends_with("ed") || t.cue.is_some() || irregular(t.lower))
    };
    (content.start + 2..content.end.saturating_sub(2))
        .find(|&k| {
            doc.toks[k].eq("and")
                && doc.toks[k + 1].lower == own.lower
                && participle(&doc.toks[k + 2])
        })
        .map_or(content.clone(), |k| doc.trim(content.start..k))
}

/// `content` cut before its first comma outside quotation marks (after at least `min`
/// tokens) at which `closes` holds; unchanged without one.
fn clause_comma(
    doc: &Doc,
    content: Range<usize>,
    min: usize,
    closes: impl Fn(usize) -> bool,
) -> Range<usize> {
    let mut marks = 0;
    for k in content.clone() {
        let t = &doc.toks[k];
        marks += usize::from(t.quote());
        if t.eq(",") && marks % 2 == 0 && k >= content.start + min && closes(k) {
            return doc.trim(content.start..k);
        }
    }
    content
}

/// Whether `content` opens with a quotation that a quotes rule has already given to a
/// speaker ("scolded him: “…,” she said").
fn quote_taken(b: &Builder, content: &Range<usize>) -> bool {
    let doc = b.doc;
    let mut k = content.start;
    while k < content.end && doc.toks[k].kind == crate::tokens::Kind::Quote {
        k += 1;
    }
    k > content.start && k < content.end && b.near_token(k).any(|h| h.content.start == k)
}

/// "As he welcomed several hundred guests, Scott was also launching …": a content in
/// an adverbial clause that opens its sentence ends at the comma that closes the clause.
fn opening_clause_end(doc: &Doc, lo: usize, hit: &Hit) -> Range<usize> {
    let content = hit.content.clone();
    let Some(src) = hit.source.as_ref().filter(|r| r.start == lo + 1) else {
        return content;
    };
    let sub = &doc.toks[src.start - 1];
    if !(ADVERBIAL_SUB.contains(&sub.lower) || sub.eq("as") || sub.eq("if") || sub.eq("once")) {
        return content;
    }
    clause_comma(doc, content, 2, |_| true)
}

/// Degree words between a copula and a participle ("was too worried to …").
const DEGREE: &[&str] = &[
    "deeply",
    "extremely",
    "fairly",
    "highly",
    "less",
    "more",
    "most",
    "quite",
    "rather",
    "so",
    "too",
    "very",
];

/// Prepositions after which a gerund cue with a that-clause reports its clause's
/// subject's words: "won praise by announcing that …", "despite admitting that …".
/// ("for saying that" is left out: "criticised X for saying" reports X's words.)
const GERUND_PREPS: &[&str] = &["after", "before", "by", "despite", "in", "while"];

/// A gerund cue `i` followed by "that" whose speaker is its clause's subject: after one
/// of [`GERUND_PREPS`] ("by announcing that"), or after a document noun ("released a
/// statement saying that", "a series of tweets early Friday saying that").
fn gerund_that(doc: &Doc, i: usize, lo: usize) -> bool {
    // ("by telling them that …": a cue with an addressee may have its pronoun first.)
    let that = |k: usize| doc.toks.get(k).is_some_and(|n| n.eq("that"));
    let addressee = doc.toks[i].cue.is_some_and(|c| c.obj)
        && doc
            .toks
            .get(i + 1)
            .is_some_and(|n| matches!(n.lower, "him" | "her" | "them" | "us" | "me"))
        && that(i + 2);
    if !doc.toks[i].lower.ends_with("ing") || !(that(i + 1) || addressee) {
        return false;
    }
    let Some(mut k) = i.checked_sub(1).filter(|&k| k >= lo) else {
        return false;
    };
    if GERUND_PREPS.contains(&doc.toks[k].lower) || absolute_subject(doc, i, lo).is_some() {
        return true;
    }
    // Time words between the document and its participle ("tweets early Friday").
    while k > lo && k + 4 > i && (doc.toks[k].is(w::TIME | w::ADV) || doc.toks[k].eq("on")) {
        k -= 1;
    }
    let t = &doc.toks[k];
    let stem = t.lower.strip_suffix('s').unwrap_or(t.lower);
    t.word() && !t.cap && document_noun(stem)
}

/// "…, with parents warning that …": the words between "with" and a gerund cue `i`
/// followed by "that", the absolute phrase's subject.
fn absolute_subject(doc: &Doc, i: usize, lo: usize) -> Option<Range<usize>> {
    if i < lo + 2 || !doc.toks[i].lower.ends_with("ing") || !doc.toks.get(i + 1)?.eq("that") {
        return None;
    }
    let m = (lo..i - 1)
        .rev()
        .take(4)
        .find(|&m| doc.toks[m].eq("with"))?;
    doc.toks[m + 1..i]
        .iter()
        .all(|t| t.word() && !t.is(w::PRON))
        .then_some(m + 1..i)
}

/// "did not respond to a request for comment": no content.
fn no_comment(doc: &Doc, content: &Range<usize>) -> bool {
    doc.toks[content.clone()]
        .windows(2)
        .any(|w| w[0].eq("for") && w[1].eq("comment"))
}

/// Whether a word is a preposition that cannot open a bare content ("to", "about",
/// "of" and "as" can: "vowed to …", "spoke about …", "accused X of …", "described as
/// …").
fn prep_opener(word: &str) -> bool {
    matches!(
        word,
        "amid"
            | "at"
            | "by"
            | "despite"
            | "during"
            | "for"
            | "from"
            | "into"
            | "on"
            | "under"
            | "upon"
            | "via"
            | "with"
            | "within"
    )
}

/// Whether a word is a past form of a cue verb that does not end in "-ed".
fn irregular(word: &str) -> bool {
    matches!(
        word,
        "felt"
            | "forecast"
            | "found"
            | "hit"
            | "knew"
            | "learnt"
            | "said"
            | "shot"
            | "shown"
            | "spoke"
            | "thought"
            | "told"
            | "understood"
            | "wrote"
            | "written"
    )
}

/// Irregular past forms of verbs that are no cues, which end a subject found walking
/// forward ("The court struck down the law, ruling that …" gives "The court").
const IRREGULAR_ACTS: &[&str] = &[
    "became", "began", "bought", "brought", "built", "came", "chose", "cost", "cut", "drew",
    "fell", "froze", "gave", "grew", "held", "kept", "led", "left", "lost", "made", "met", "paid",
    "put", "ran", "rose", "sent", "set", "sold", "spent", "stood", "struck", "took", "upheld",
    "won", "withdrew",
];

/// Whether "much of" or "little of" at `start` opens a clause's subject: a verb of the
/// clause follows ("said much of the money had not been secured").
fn share_subject(doc: &Doc, start: usize, hi: usize) -> bool {
    doc.toks.get(start + 1).is_some_and(|n| n.eq("of"))
        && doc.toks[start + 2..clause_end(doc, start, hi).max(start + 2)]
            .iter()
            .any(|t| t.is(w::AUX | w::BE))
}

/// Objects that say nothing was said ("said little about its plans").
const NOTHING: &[&str] = &["little", "much", "nothing", "so"];

/// Subordinators that open an adverbial clause, not a reported content.
const ADVERBIAL_SUB: &[&str] = &[
    "after", "although", "because", "before", "since", "though", "until", "when", "while",
];

/// Whether `r` is one adverbial clause: an opening conjunction at most, then one of
/// [`ADVERBIAL_SUB`] or "if", and no comma after it ("But when Congress cut funding").
fn adverbial_clause(doc: &Doc, r: Range<usize>) -> bool {
    let ts = &doc.toks[r];
    let skip = usize::from(ts.first().is_some_and(|t| t.is(w::CONJ)));
    ts.get(skip)
        .is_some_and(|t| t.eq("if") || ADVERBIAL_SUB.contains(&t.lower))
        && !ts.iter().any(|t| t.eq(","))
}

fn hit(cue: usize, source: Option<Range<usize>>, content: Range<usize>, rule: &'static str) -> Hit {
    Hit {
        cue: cue..cue + 1,
        source,
        content,
        form: Form::Indirect,
        class: super::lex::CueClass::Speech,
        rule,
    }
}

/// The item of cue `i` in the clause from `lo` (`before` where the auxiliaries before
/// the cue begin) to `hi`.
fn shape(b: &Builder, i: usize, (lo, before): (usize, usize), hi: usize, obj: bool) -> Option<Hit> {
    let doc = b.doc;
    let prev = (before > lo).then(|| &doc.toks[before - 1]);
    let start = doc.skip_to_content(i + 1, hi, obj);
    let content = content_after(doc, i, start, hi);
    // "the minister said no": a one-word answer is a content.
    let answer = content.len() == 1
        && (doc.toks[content.start].eq("no") || doc.toks[content.start].eq("yes"));
    // "would add $84 billion", "added 200 jobs": sums, not words; so are "is
    // recalling more than 480,000 bottles", "recalled 2 million cars" (goods).
    // (A currency's country letters before its sign: "A$40", "NZ$5".)
    let counted = |k: usize| {
        let sum = |t: &super::toks::Tok| {
            t.kind == crate::tokens::Kind::Number || matches!(t.lower, "$" | "€" | "£")
        };
        doc.toks.get(k).is_some_and(|t| {
            sum(t)
                || (t.cap && t.lower.len() <= 3 && doc.toks.get(k + 1).is_some_and(|n| n.eq("$")))
        })
    };
    let more_than = |k: usize| {
        matches!(
            doc.toks.get(k).map(|t| t.lower),
            Some("more" | "about" | "nearly" | "some")
        ) && (counted(k + 1)
            || (doc.toks.get(k + 1).is_some_and(|t| t.eq("than")) && counted(k + 2)))
    };
    // ("could add as much as A$40 a hectare", "add up to $5": a bound on a sum.)
    let bound = |k: usize| {
        let w = |m: usize, s: &str| doc.toks.get(m).is_some_and(|t| t.eq(s));
        (w(k, "as") && w(k + 1, "much") && w(k + 2, "as") && counted(k + 3))
            || (w(k, "up") && w(k + 1, "to") && counted(k + 2))
    };
    // ("added that about 40 players had been approached": a that-clause is words.)
    let clause = doc.toks.get(i + 1).is_some_and(|t| t.eq("that"));
    let sum = !clause
        && ((doc.toks[i].lower.starts_with("add")
            && (counted(content.start) || more_than(content.start) || bound(content.start)))
            || (doc.toks[i].lower.starts_with("recall")
                && (counted(content.start) || more_than(content.start))));
    // "each change added cost and delay": a plain noun object with no verb after it
    // is what was added, no words.
    let added_thing = doc.toks[i].lower.starts_with("add")
        && doc.toks.get(content.start).is_some_and(|t| {
            t.word()
                && !t.cap
                && t.flags == 0
                && t.cue.is_none()
                && t.kind == crate::tokens::Kind::Word
        })
        && !doc.toks[content.clone()].iter().any(|t| {
            t.is(w::AUX | w::BE) || t.quote() || t.cue.is_some() || t.lower.ends_with("ed")
        });
    if sum || added_thing {
        return None;
    }
    // "denied wrongdoing", "denies involvement": a denial's one-noun object.
    let denied =
        content.len() == 1 && doc.toks[i].cue.is_some_and(|c| c.class == CueClass::Denial) && {
            let t = &doc.toks[content.start];
            t.word() && !t.cap && t.flags == 0 && t.cue.is_none()
        };
    // Only "two or more" is asked: the count stops there.
    let words = doc.toks[content.clone()]
        .iter()
        .filter(|t| t.word())
        .take(2)
        .count()
        + usize::from(answer || denied);
    // "…, adding that Y" / "… and said Y" / "by announcing that Y" / "a statement
    // saying that Y": the source is the clause's.
    let shared = prev.is_some_and(|p| {
        (p.eq(",") && doc.toks[i].lower.ends_with("ing")) || p.eq("and") || p.eq("but")
    }) || gerund_that(doc, i, lo)
        || gerund_clause(doc, i, lo);
    // "… emailed the agency in August to say that …": the subject of the verb the
    // infinitive says the purpose of.
    if let Some(v) = purpose_infinitive(doc, i, lo).filter(|_| words >= 2) {
        let source = doc.subject_before(v, lo)?;
        return Some(hit(
            i,
            Some(source),
            content,
            "attribution/indirect/shared-subject",
        ));
    }
    // "X said prices were in line, suggesting the state had not undersold": an
    // inference's participle right after another's content is the content's, no words.
    // ("Coastal shares traded at $15, suggesting investors see a risk": after a
    // clause with no cue, the inference is the writer's.)
    let inferred = matches!(
        doc.toks[i].lower,
        "suggesting" | "indicating" | "signalling" | "signaling" | "showing"
    ) && prev.is_some_and(|p| p.eq(","))
        && (b.hits.iter().rev().take(8).any(|h| h.content.end + 1 == i)
            || !doc.toks[lo..i].iter().any(|t| t.cue.is_some()));
    if inferred {
        return None;
    }
    // "…, with parents warning that the plan …": the subject of an absolute phrase
    // after "with" speaks.
    if let Some(source) = absolute_subject(doc, i, lo).filter(|_| words >= 2) {
        return Some(hit(
            i,
            Some(source),
            content,
            "attribution/indirect/that-clause",
        ));
    }
    // "…, which could strengthen its hand by showing that …": a participle in a
    // relative clause about a thing, after the last cue, has the thing for subject.
    let relative = doc.toks[i].lower.ends_with("ing")
        && i > lo
        && doc.toks[i - 1].eq("by")
        && (lo..i)
            .rev()
            .take_while(|&k| doc.toks[k].cue.is_none())
            .any(|k| k > lo && doc.toks[k].eq("which") && doc.toks[k - 1].eq(","));
    if relative {
        return None;
    }
    // ("had been made legally and reported to the electoral authorities", ", adding to
    // the difficulties": a "to" phrase where the content would be is where something
    // went, no words.)
    let placed = doc.toks.get(content.start).is_some_and(|t| t.eq("to"))
        && doc
            .toks
            .get(content.start + 1)
            .is_some_and(|t| t.is(w::DET));
    if shared && words >= 2 && !placed {
        // (A lone determiner, "The" of "The recall hit …", is no subject.)
        let source =
            shared_source(b, i, lo).filter(|r| !(r.len() == 1 && doc.toks[r.start].is(w::DET)))?;
        // "Despite admitting that X, Y …": after a preposition the gerund's clause ends
        // at its first comma outside quotes.
        let opening = i > lo && GERUND_PREPS.contains(&doc.toks[i - 1].lower);
        let content = if opening {
            let comma = content.clone().find(|&k| {
                doc.toks[k].eq(",")
                    && doc.toks[content.start..k]
                        .iter()
                        .filter(|t| t.quote())
                        .count()
                        % 2
                        == 0
            });
            doc.trim(content.start..comma.unwrap_or(content.end))
        } else {
            content
        };
        return Some(hit(
            i,
            Some(source),
            content,
            "attribution/indirect/shared-subject",
        ));
    }
    if prev.is_some_and(|p| p.eq(",")) {
        if let Some(h) = inverted(doc, i, lo, hi) {
            return Some(h);
        }
    }
    let source = doc.subject_ending(before, lo)?;
    // "Y, the chairperson told the hearing in Pretoria": a phrase with no verb after
    // "told" is its addressee; the content is before.
    let verbless = || {
        !doc.toks[content.clone()].iter().any(|t| {
            t.is(w::AUX | w::BE)
                || t.cue.is_some()
                || t.quote()
                || t.lower.ends_with("ed")
                || (t.lower.ends_with('s') && !t.cap && t.flags == 0)
        })
    };
    let told = matches!(doc.toks[i].lower, "told" | "tells" | "tell")
        && doc.toks.get(start).is_some_and(|t| t.is(w::DET));
    if told && words >= 2 && start == i + 1 && verbless() {
        if let Some(h) = content_before(doc, i, source.clone(), start, lo, hi) {
            return Some(h);
        }
    }
    if words >= 2 {
        let that = start > i + 1 && doc.toks[start - 1].eq("that");
        let rule = if that {
            "attribution/indirect/that-clause"
        } else {
            "attribution/indirect/bare-clause"
        };
        return Some(hit(i, Some(source), content, rule));
    }
    content_before(doc, i, source, start, lo, hi)
}

/// The content after cue `i`, starting at `start`; empty where what follows is not a
/// content: a comma, an adverbial clause, or a verb whose subject is missing ("a
/// change it estimated would allow …").
fn content_after(doc: &Doc, i: usize, start: usize, hi: usize) -> Range<usize> {
    // "a levy that it said could raise …": the relative pronoun is the subject.
    let relative = i >= 2
        && doc.toks[i - 1].is(w::PRON)
        && (doc.toks[i - 2].eq("that") || doc.toks[i - 2].eq("which"));
    // "said that if elected, he would …": after "that" an adverbial clause opens the
    // content.
    let after_that = start > 0 && doc.toks[start - 1].eq("that");
    let gap = doc.toks.get(start).is_some_and(|t| {
        t.eq(",")
            || (t.is(w::AUX) && start == i + 1 && !relative)
            || (ADVERBIAL_SUB.contains(&t.lower) && !after_that)
            // ("said much of the money had …": a share of a thing opens a subject, with
            // its verb after; "said little of substance" says nothing.)
            || (NOTHING.contains(&t.lower) && !share_subject(doc, start, hi))
            // "said and did the same things": a second verb, not a content.
            || (start == i + 1 && (t.eq("and") || t.eq("or")))
    });
    if gap {
        start..start
    } else {
        doc.trim(start..clause_end(doc, start, hi))
    }
}

/// The source of a coordinated or participial cue: the last source in the sentence,
/// or the sentence's subject.
fn shared_source(b: &Builder, i: usize, lo: usize) -> Option<Range<usize>> {
    let doc = b.doc;
    // "X said that the country would declare … and suggested that …": not a cue nested
    // in another's content that `i` is outside of.
    let nested = |c: usize| {
        b.near_token(c)
            .any(|g| g.content.contains(&c) && !g.content.contains(&i))
    };
    // "…, and she becomes upset, shouting …": a later clause's pronoun subject.
    let clause = (lo + 1..i.saturating_sub(1)).rev().find(|&k| {
        (doc.toks[k].eq("and") || doc.toks[k].eq("but"))
            && doc.toks[k - 1].eq(",")
            && doc.toks[k + 1].is(w::PRON)
    });
    // "a focal point for demonstrators, who have marched and called for …": a verb
    // coordinated inside a relative clause is its antecedent's (as for proposals).
    let who = (lo + 1..i)
        .rev()
        .take_while(|&k| !doc.toks[k].eq(","))
        .find(|&k| doc.toks[k].eq("who"))
        .filter(|&k| {
            doc.toks[k - 1].eq(",") && !b.near_token(i).any(|h| k < h.cue.start && h.cue.start < i)
        });
    if let Some(r) = who.and_then(|k| doc.subject_ending(k + 1, lo)) {
        return Some(r);
    }
    // "The union had demanded 2,500 rand, while Bushveld had offered 5%, arguing that …":
    // a contrasting clause's subject, the participle's nearest.
    let contrast = (lo + 2..i.saturating_sub(1))
        .rev()
        .find(|&k| matches!(doc.toks[k].lower, "while" | "whereas") && doc.toks[k - 1].eq(","))
        .filter(|&k| !b.near_token(i).any(|h| k < h.cue.start && h.cue.start < i));
    if let Some(r) = contrast.and_then(|k| doc.subject_fwd(k + 1, i)) {
        return Some(before_verb(doc, r));
    }
    // "the latest setback for Kaneda, which cut its forecast in August, citing …": a
    // participle after a "which" clause between commas is its antecedent's, a name.
    let relative = (i >= lo + 4 && doc.toks[i - 1].eq(","))
        .then(|| {
            (lo + 2..i - 1)
                .rev()
                .take_while(|&k| !doc.toks[k].eq(","))
                .find(|&k| doc.toks[k].eq("which"))
        })
        .flatten()
        .filter(|&k| doc.toks[k - 1].eq(",") && doc.toks[k - 2].cap);
    if let Some(k) = relative {
        let end = k - 1;
        let start = (lo..end)
            .rev()
            .take_while(|&m| doc.toks[m].cap && doc.toks[m].word())
            .last()
            .unwrap_or(end);
        return Some(start..end);
    }
    // ("According to people familiar with it, regulators objected, arguing …": the
    // source of an "according to" opener is not the clause's subject.)
    let opener = |h: &Hit| h.form == Form::AccordingTo && h.content.start > h.cue.start;
    // (Its clause's subject follows it: "But according to two people …, some
    // ministers had pressed for a cut, arguing …".)
    let opened = b
        .near_token(i)
        .rev()
        .find(|h| {
            doc.toks[h.cue.start].sent == doc.toks[i].sent && opener(h) && h.content.start < i
        })
        .map(|h| h.content.start);
    b.near_token(i)
        .rev()
        .find(|h| {
            doc.toks[h.cue.start].sent == doc.toks[i].sent
                && h.cue.start < i
                && !nested(h.cue.start)
                && !opener(h)
        })
        .filter(|h| clause.is_none_or(|k| h.cue.start > k))
        .and_then(|h| h.source.clone())
        .or_else(|| clause.map(|k| k + 1..k + 2))
        .or_else(|| {
            opened
                .and_then(|c| doc.subject_fwd(c, i))
                .map(|r| before_verb(doc, r))
        })
        .or_else(|| {
            // "Despite admitting that X, the speaker …": the subject after the opening.
            let opening = i == lo + 1 && GERUND_PREPS.contains(&&*doc.toks[lo].lower);
            // "Asked whether he would stay, Ferreira smiled and said …", "Speaking to
            // reporters, she nodded and said …": a participle's phrase opening the
            // sentence is no subject; the clause's subject follows its comma.
            let (first, next) = (&doc.toks[lo], doc.toks.get(lo + 1));
            let participle = first.cap
                && first.lower.len() > 4
                && (first.lower.ends_with("ed") || first.lower.ends_with("ing"))
                && next.is_some_and(|t| t.word() && !t.cap);
            // ("Messaging app Chatterly has sued Kestrel, accusing it …": a comma
            // right before the cue closes no opening phrase; the sentence opens with
            // its subject.)
            if participle {
                let comma = (lo + 2..i).find(|&k| doc.toks[k].eq(","));
                if let Some(comma) = comma.filter(|&c| c + 1 < i) {
                    return doc.subject_fwd(comma + 1, i).map(|r| before_verb(doc, r));
                }
            }
            let hi = doc.sent_of(i).end;
            match (i..hi).find(|&k| doc.toks[k].eq(",")).filter(|_| opening) {
                Some(comma) => doc.subject_fwd(comma + 1, hi).map(|r| before_verb(doc, r)),
                // "For starters, and assuming that …": a preposition's object is no
                // subject; the clause's subject is still to come.
                None => doc
                    .subject_fwd(lo, i)
                    .filter(|r| r.start == 0 || !doc.toks[r.start - 1].is(w::PREP))
                    .map(|r| before_verb(doc, r)),
            }
        })
}

/// A subject phrase found walking forward, cut before a past-tense verb it ran into
/// ("the ministry published figures by …" gives "the ministry").
pub(super) fn before_verb(doc: &Doc, r: Range<usize>) -> Range<usize> {
    let verb = (r.start + 1..r.end).find(|&k| {
        let t = &doc.toks[k];
        let prev = &doc.toks[k - 1];
        // "A European court on Wednesday upheld …": a time phrase ends the subject.
        let time =
            t.is(w::TIME) || (t.is(w::PREP) && doc.toks.get(k + 1).is_some_and(|n| n.is(w::TIME)));
        // "The court upheld the fine": a plain word before a second determiner ("A
        // Sahara spokesperson neither confirmed nor denied": not before "neither").
        let object = k + 1 < r.end
            && doc.toks[k + 1].is(w::DET)
            && !matches!(doc.toks[k + 1].lower, "neither" | "either")
            && !t.cap
            && t.flags == 0
            && t.word()
            && !prev.is(w::DET);
        time || object
            || t.eq("neither")
            || (!t.cap
                && t.flags == 0
                && (t.lower.ends_with("ed")
                    || irregular(t.lower)
                    || IRREGULAR_ACTS.contains(&t.lower))
                && !prev.is(w::DET | w::ADV)
                // ("A group of 40 retired judges": after a count, an adjective.)
                && prev.kind != crate::tokens::Kind::Number)
    });
    match verb {
        Some(v) => doc.trim(r.start..v),
        None => r,
    }
}

/// "Y, X said." The content is the clause before the source; for a parenthetical
/// cue ("Y, he said, Z.") the whole sentence.
fn content_before(
    doc: &Doc,
    i: usize,
    source: Range<usize>,
    start: usize,
    lo: usize,
    hi: usize,
) -> Option<Hit> {
    // "…, the company and the Spanish government said on Tuesday": a subject of two
    // phrases joined by "and" after the content's comma.
    let source = coordinated_subject(doc, source.clone(), lo).unwrap_or(source);
    if source.start <= lo || !doc.toks[source.start - 1].eq(",") {
        return None;
    }
    // "Now, she says, the company is on the front foot": after an adverb that opens the
    // sentence, the parenthetical cue's content is what follows it.
    let adverbs = source.start <= lo + 3
        && doc.toks[lo..source.start - 1]
            .iter()
            .all(|t| t.is(w::ADV | w::CONJ | w::TIME));
    // Two words or more after a comma past the cue ("…, she said, were …").
    let rest = doc.toks.get(start).is_some_and(|t| t.eq(","))
        && doc.toks[start..hi]
            .iter()
            .filter(|t| t.word())
            .take(2)
            .count()
            >= 2;
    if adverbs && rest {
        return Some(hit(
            i,
            Some(source),
            doc.trim(start + 1..hi),
            "attribution/indirect/content-then-cue",
        ));
    }
    if source.start <= lo + 2 {
        return None;
    }
    // "…, she said, pointing at the chart": a participle after the cue is no more content.
    // ("…, he said, replacing her would be hard": a gerund subject is more content.)
    // ("…, two executives said, asking not to be identified": an infinitive's "be"
    // is no finite verb.)
    let finite = |k: usize| {
        let t = &doc.toks[k];
        t.is(w::AUX | w::BE)
            && !matches!(t.lower, "be" | "been" | "being")
            && !doc.toks[k - 1].eq("to")
    };
    // ("…, the person said, arguing that price caps are …": a cue's participle with
    // its own that-clause is the speaker's next claim, whatever verbs the clause has.)
    // ("…, the palace said, ending an industry that has been linked to scams": a
    // relative clause's verbs are its noun's, no finite verb of the gerund's.)
    let relative = (start + 1..hi)
        .find(|&k| matches!(doc.toks[k].lower, "that" | "which" | "who"))
        .unwrap_or(hi);
    let participle = doc
        .toks
        .get(start + 1)
        .is_some_and(|t| !t.cap && t.lower.ends_with("ing"))
        && (!(start.max(1)..relative).any(finite)
            || (doc.toks[start + 1].cue.is_some()
                && doc.toks.get(start + 2).is_some_and(|t| t.eq("that"))));
    // "…, the two companies said on Friday, after regulators objected": past an
    // adverbial of the cue's own, a clause a subordinator opens is the cue's too, no
    // more content ("…, Mr. Clarke said, until it went bankrupt" goes on).
    let adverbial = start > i + 1
        && doc
            .toks
            .get(start + 1)
            .is_some_and(|t| t.is(w::SUB) || t.is(w::PREP));
    // "Zenco has not made such changes, people familiar with its plans said, though it
    // may revisit them": a concession right after the cue is no more of the content.
    let conceded = doc
        .toks
        .get(start + 1)
        .is_some_and(|t| matches!(t.lower, "though" | "although"));
    // ("…, it said in a notice, and has asked hotels to …": a verb phrase the
    // subject's "and" opens with a cue is the speaker's next act, no more content;
    // "…, he said, and intense wrangling could …", "…, he said, but could not be ruled
    // out" go on with the content.)
    let coordinated = doc
        .toks
        .get(start + 1)
        .is_some_and(|t| t.eq("and") || t.eq("but"))
        && (start + 2..hi.min(start + 5))
            .take_while(|&k| doc.toks[k].word() && !doc.toks[k].cap)
            .any(|k| doc.toks[k].cue.is_some() && doc.verb_use(k, start + 2));
    let more = rest && !participle && !adverbial && !conceded && !coordinated;
    let content = if more {
        // "The test, North Korea said, was its biggest yet, although it may take days
        // to tell": the content goes on to the comma before a subordinate clause.
        let sub = (start + 1..hi).find(|&k| {
            doc.toks[k].eq(",")
                && doc
                    .toks
                    .get(k + 1)
                    .is_some_and(|n| ADVERBIAL_SUB.contains(&n.lower))
        });
        doc.trim(lo..sub.unwrap_or(hi))
    } else {
        doc.trim(lo..source.start - 1)
    };
    // "But when Congress cut funding, Mexico said enough": a clause a subordinator
    // opens, with no comma of its own, is the cue's adverbial, no content.
    if !more && adverbial_clause(doc, content.clone()) {
        return None;
    }
    Some(hit(
        i,
        Some(source),
        content,
        "attribution/indirect/content-then-cue",
    ))
}

/// "reported that the board had voted, citing a memo, and that two directors had
/// argued …": a second that-clause of the same cue after an aside that ended the
/// first, as a content of its own.
fn second_that(doc: &Doc, hit: &Hit, hi: usize) -> Option<Range<usize>> {
    if hit.rule != "attribution/indirect/that-clause" {
        return None;
    }
    let c = hit.content.end;
    if !doc.toks.get(c).is_some_and(|t| t.eq(",")) {
        return None;
    }
    let m = (c + 1..hi.min(c + 20))
        .take_while(|&k| !doc.toks[k].stop() && !doc.toks[k].eq("that"))
        .find(|&k| doc.toks[k].eq(","))?;
    let opens = doc.toks.get(m + 1).is_some_and(|t| t.eq("and"))
        && doc.toks.get(m + 2).is_some_and(|t| t.eq("that"))
        && m + 3 < hi;
    if !opens {
        return None;
    }
    let content = doc.trim(m + 3..clause_end(doc, m + 3, hi));
    (content.len() >= 3).then_some(content)
}

/// `source` with the phrase "and" joins to it from before, when that phrase opens
/// right after a comma: a few words, no verb, no cue and no quote mark.
fn coordinated_subject(doc: &Doc, source: Range<usize>, lo: usize) -> Option<Range<usize>> {
    let and = source.start.checked_sub(1).filter(|&a| a > lo + 1)?;
    if !doc.toks[and].eq("and") {
        return None;
    }
    let comma = (and.saturating_sub(7).max(lo)..and).rev().find(|&k| {
        !doc.toks[k].word() || doc.toks[k].cue.is_some() || doc.toks[k].is(w::AUX | w::BE)
    })?;
    (doc.toks[comma].eq(",") && comma + 1 < and).then(|| comma + 1..source.end)
}

/// Whether a word is a finite form of the verbs of saying that turn round to their
/// speaker after the content ("…, said the mayor", "…, wrote Ana Ruiz").
fn inverting(word: &str) -> bool {
    matches!(
        word,
        "added"
            | "adds"
            | "agreed"
            | "argued"
            | "argues"
            | "asked"
            | "asks"
            | "cautioned"
            | "claimed"
            | "complained"
            | "conceded"
            | "concluded"
            | "continued"
            | "continues"
            | "countered"
            | "declared"
            | "explained"
            | "explains"
            | "insisted"
            | "insists"
            | "noted"
            | "notes"
            | "observed"
            | "predicted"
            | "quipped"
            | "recalled"
            | "remarked"
            | "replied"
            | "reported"
            | "responded"
            | "said"
            | "says"
            | "stated"
            | "suggested"
            | "warned"
            | "warns"
            | "wrote"
            | "writes"
    )
}

/// "Y, said X." — the speaker after the cue, the content before the comma.
fn inverted(doc: &Doc, i: usize, lo: usize, hi: usize) -> Option<Hit> {
    // Only verbs of saying invert ("…, said X"); "…, welcomed the ruling" is a
    // verb with its object.
    if doc.toks[i]
        .cue
        .as_ref()
        .is_none_or(|c| c.class != CueClass::Speech)
    {
        return None;
    }
    // "X, the chief executive, told the committee …": "tell" takes its addressee and
    // never turns round to its speaker; nor do verbs with an object only ("…, cited
    // problems abroad", "…, described the plan as …"), a participle ("…, adding
    // levity") or a cue after an auxiliary ("Proponents, …, have urged Congress to …"):
    // only a finite verb of saying right after the comma turns round.
    if i == 0 || !doc.toks[i - 1].eq(",") || !inverting(doc.toks[i].lower) {
        return None;
    }
    // "X, the party's candidate, hit back at a meeting in Hubballi": a verb with its
    // particle or preposition goes on with the subject's sentence.
    if doc
        .toks
        .get(i + 1)
        .is_some_and(|t| t.eq("back") || t.is(w::PREP))
    {
        return None;
    }
    let np = doc.np_after(i + 1, hi)?;
    // "…, declared bankruptcy": a bare singular noun is an object, no speaker ("…, said
    // officials", "…, said police" are speakers).
    let t = &doc.toks[np.start];
    if np.len() == 1 && !t.cap && !t.is(w::PRON) && !t.lower.ends_with('s') && !collective(t.lower)
    {
        return None;
    }
    // "…, said the group's lawyer, Ann Lee.": the name the description introduces.
    let described = np.len();
    let np = super::quotes::introduced_name(doc, np, hi);
    let after = doc.toks.get(np.end).filter(|_| np.end < hi);
    let named = doc.toks[np.clone()].iter().any(|t| t.cap || t.is(w::PRON));
    // "…, said a former bureau official", "…, said the head of the agency": a longer
    // phrase without a name speaks where a person's noun heads it, at its end or
    // before a preposition or "familiar", "close" ("…, said two people familiar
    // with the talks"), not "…, said a prayer for the victims" or "…, said parents
    // still want …".
    let person = || {
        let head = np
            .clone()
            .take_while(|&k| !doc.toks[k].is(w::PREP))
            .find(|&k| classes::word_tags(doc.toks[k].lower).has(Tags::TITLE | Tags::GROUP_NOUN));
        head.is_some_and(|k| {
            k + 1 == np.end
                || doc.toks[k + 1].is(w::PREP)
                || matches!(doc.toks[k + 1].lower, "familiar" | "close" | "briefed")
        })
    };
    // ("…, said a former official who asked not to be named": a relative clause
    // of the speaker's own.)
    let relative = after.is_some_and(|t| t.eq("who")) && (named || person());
    if after.is_some_and(|t| !t.stop() && !t.eq(",") && !relative)
        || described > 8
        || (!named && described > 3 && !person())
    {
        return None;
    }
    if doc.toks[np.clone()]
        .iter()
        .any(|t| t.is(w::BE | w::AUX) || t.eq("that"))
    {
        return None;
    }
    // "X, the chairman, said he backed the plan": a subject pronoun with words after
    // it opens the reported clause, no speaker.
    if np.len() > 1 && doc.toks[np.start].subject_pronoun() {
        return None;
    }
    let content = doc.trim(lo..i - 1);
    (content.len() >= 4).then(|| {
        hit(
            i,
            Some(np),
            content,
            "attribution/indirect/content-cue-speaker",
        )
    })
}

/// Where a content starting at `j` ends: the sentence end, or before ", according
/// to", a participial or coordinated cue, or a trailing ", X said".
pub(super) fn clause_end(doc: &Doc, j: usize, hi: usize) -> usize {
    // The words that may end a clause are found by a scan of their own (most words are
    // none of them), then told apart by one match. All are punctuation, subordinators
    // or conjunctions: the shape and flags pass over the rest before any text is read.
    let ends = |t: &super::toks::Tok| {
        (t.kind == crate::tokens::Kind::Punct || t.is(w::SUB | w::CONJ))
            && (matches!(t.lower, "," | ";" | "that" | "which" | "and" | "but")
                || ADVERBIAL_SUB.contains(&t.lower)
                || t.dash())
    };
    let mut from = j;
    while let Some(k) = doc.next_where(from, hi, ends) {
        from = k + 1;
        let t = &doc.toks[k];
        let next = doc.toks.get(k + 1).filter(|_| k + 1 < hi);
        // "the finding was “striking, but it is not …”": a comma inside a quote the
        // content opened ends nothing.
        let in_quote = || doc.toks[j..k].iter().filter(|t| t.quote()).count() % 2 == 1;
        match t.lower {
            "," if next.is_some_and(|n| comma_ends_clause(doc, k, n, hi)) && !in_quote() => {
                return k
            }
            // "said the council was “well positioned to wait,” and she rejected …": a
            // comma inside the closing quote ends the clause as one outside it does.
            "," if next.is_some_and(|n| n.quote())
                && in_quote()
                && doc.toks.get(k + 2).filter(|_| k + 2 < hi).is_some_and(|n| {
                    (n.eq("and") || n.eq("but")) && comma_ends_clause(doc, k + 1, n, hi)
                }) =>
            {
                return k;
            }
            // "X said the vote was fair; the count took a week": a semicolon closes it.
            ";" if k > j => return k,
            // "proposed cutting output by a fifth — a plan the board rejected": a dash
            // before an indefinite noun phrase sums the clause up (not one of a pair
            // around an aside, "Sargent Shriver — a member of the clan — to replace").
            _ if t.dash()
                && k > j
                && next.is_some_and(|n| n.eq("a") || n.eq("an"))
                && !in_quote()
                && !(k + 1..hi).any(|m| doc.toks[m].dash()) =>
            {
                return k
            }
            // "… that it said could raise": a relative clause with its own cue.
            "that" | "which" if k > j => {
                let cue_after = |m: usize| m < hi && doc.toks[m].cue.is_some();
                // ("said X and that she continued …": a second that-clause of the same
                // cue, no relative clause.)
                let coordinated = doc.toks[k - 1].is(w::CONJ);
                if next.is_some_and(|n| n.is(w::PRON)) && cue_after(k + 2) && !coordinated {
                    return k;
                }
            }
            // "described her as a disgrace after she attacked …": an adverbial clause
            // whose own subject makes its own claim.
            w if k > j
                && ADVERBIAL_SUB.contains(&w)
                && next.is_some_and(|n| n.is(w::PRON))
                && k + 2 < hi
                && doc.toks[k + 2].cue.is_some() =>
            {
                return if doc.toks[k - 1].eq(",") { k - 1 } else { k };
            }
            // "… and said …", "… and proposed …": a coordinated verb of the subject's.
            "and" | "but" if k > j => {
                let m = doc.skip_aux_back_fwd(k + 1, hi);
                // ("…, and put forward a plan to …": "put" with its particle.)
                let put_forward = |m: usize| {
                    doc.toks[m].eq("put") && doc.toks.get(m + 1).is_some_and(|n| n.eq("forward"))
                };
                // ("says the mill is unsafe and wants to replace it": after a cue in the
                // present, a proposal verb in the present is the speaker's too.)
                let cue_at = if j > 0 && doc.toks[j - 1].eq("that") {
                    j.checked_sub(2)
                } else {
                    j.checked_sub(1)
                };
                let present = cue_at
                    .is_some_and(|c| doc.toks[c].cue.is_some() && doc.toks[c].lower.ends_with('s'));
                // ("promised to settle the debt but stopped answering": after an
                // infinitive, any past tense is the subject's next verb.)
                let infinitive = doc.toks[j].eq("to") || (j > 0 && doc.toks[j - 1].eq("to"));
                let verb = |c: &super::toks::Tok| {
                    c.cue.is_some()
                        || (infinitive && !c.cap && c.flags == 0 && c.lower.ends_with("ed"))
                        || (c.prop & (super::lex::p::VERB | super::lex::p::TO) != 0
                            && (c.lower.ends_with("ed")
                                || c.eq("sought")
                                || present && c.lower.ends_with('s')))
                };
                // ("had been \"tested extensively and found safe\"": not inside a quote.)
                let quoted = || doc.toks[j..k].iter().filter(|t| t.quote()).count() % 2 == 1;
                // ("had considered, and rejected, a plan": a verb set off by commas
                // shares the object after it.)
                let aside = doc.toks[k - 1].eq(",")
                    && m == k + 1
                    && doc.toks.get(m + 1).is_some_and(|n| n.eq(","));
                // ("said the department plans job fairs and has offered …": after a
                // past cue, a present perfect goes on with the reported clause.)
                let past = cue_at.is_some_and(|c| {
                    doc.toks[c].cue.is_some()
                        && (doc.toks[c].lower.ends_with("ed")
                            || matches!(doc.toks[c].lower, "said" | "told" | "wrote"))
                });
                let perfect =
                    past && (k + 1..m).any(|x| matches!(doc.toks[x].lower, "has" | "have"));
                if !aside
                    && !perfect
                    && doc
                        .toks
                        .get(m)
                        .is_some_and(|c| (verb(c) || put_forward(m)) && m < hi)
                    && !quoted()
                    && !backshifted(doc, j, k)
                {
                    return if doc.toks[k - 1].eq(",") { k - 1 } else { k };
                }
            }
            _ => {}
        }
    }
    hi
}

/// Whether the comma at `k`, followed by `n`, ends a content: before a contrast
/// ("while …"), "according to", a participle clause (", meaning …"), a trailing
/// ", X said", a new clause with its own cue (", and a spokesperson said …") or an
/// appositive summing up the clause (", a move that …").
fn comma_ends_clause(doc: &Doc, k: usize, n: &super::toks::Tok, hi: usize) -> bool {
    // "said she was open to it, but that a ban might not suit every region": a second
    // that-clause of the same cue goes on ("but that is not enough" does not).
    let second_that = n.eq("but")
        && doc.toks.get(k + 2).is_some_and(|t| t.eq("that"))
        && doc
            .toks
            .get(k + 3)
            .is_some_and(|t| t.word() && !t.is(w::AUX | w::BE) && !t.eq("'s"));
    let contrast = !second_that
        && matches!(
            n.lower,
            "while"
                | "although"
                | "whereas"
                | "though"
                | "after"
                | "before"
                | "because"
                | "when"
                | "until"
                | "but"
                | "yet"
        );
    // ("adjusted for age, education, smoking and other conditions": a list's item.)
    let item = doc.toks.get(k + 2).is_some_and(|a| {
        a.eq("and") || a.eq("or") || (a.eq(",") && k >= 2 && doc.toks[k - 2].eq(","))
    });
    // ("at least six structures, including two houses, had been destroyed", "sought
    // records, including emails and pricing models": a preposition in participle form
    // opens a phrase of the clause, no clause of its own.)
    let preposition = matches!(n.lower, "including" | "excluding");
    let participle =
        n.lower.ends_with("ing") && !n.cap && n.word() && n.flags == 0 && !item && !preposition;
    // "Mercer, who is seeking a third term, said …": after a relative clause that opens
    // close before, a finite cue right after the comma is the main clause's verb.
    // (The clause may be long: "which has long called for an independent civilian
    // oversight board with subpoena power, said"; it may close an appositive: "X, a
    // former official who now advises the association, said". No comma is inside it.)
    // ("the segments, which account for a third of sales, showed …": a verb that
    // reports only with a that-clause is the content's own.)
    let finite_cue = n.cue.is_some_and(|c| !c.needs_that)
        && !n.cap
        && !n.lower.ends_with("ing")
        && (k.saturating_sub(24)..k)
            .rev()
            .find(|&m| doc.toks[m].eq(","))
            .is_some_and(|c| (c + 1..k).any(|m| doc.toks[m].eq("who") || doc.toks[m].eq("which")));
    // (", as landlords warned it would backfire": "as", a new subject and its own cue
    // open another speaker's claim; ", as the maker shifts spending" goes on.)
    let as_clause = n.eq("as")
        && doc.toks.get(k + 2).filter(|_| k + 2 < hi).is_some_and(|a| {
            a.word() && (a.is(w::DET | w::PRON) || a.cap || a.lower.ends_with('s'))
        })
        && (k + 3..hi.min(k + 7)).any(|m| doc.toks[m].cue.is_some() && doc.verb_use(m, k + 2));
    if contrast
        || as_clause
        || n.eq("according")
        || participle
        || finite_cue
        || trailing_cue(doc, k + 1, hi)
    {
        return true;
    }
    if n.eq("and") || n.eq("but") {
        // ("…, and their leader, Elspeth Munro, urged …": the new subject may hold an
        // appositive's commas.)
        let lim = hi.min(k + 14);
        let cue = (k + 2..lim)
            .take_while(|&m| {
                let t = &doc.toks[m];
                (t.word() && !t.is(w::SUB)) || (t.eq(",") && m > k + 2)
            })
            .find(|&m| doc.toks[m].cue.is_some());
        if cue.is_some_and(|m| m > k + 2 && doc.subject_before(m, k + 2).is_some()) {
            return true;
        }
        // ", and when pressed on why, she replied": a clause opened by a subordinator
        // whose main clause has its own speaker and cue.
        if doc.toks.get(k + 2).is_some_and(|t| t.is(w::SUB)) {
            let own = (k + 3..hi.min(k + 18)).any(|m| {
                doc.toks[m].cue.is_some()
                    && matches!(doc.toks[m - 1].lower, "he" | "she" | "they" | "we" | "i")
            });
            if own {
                return true;
            }
        }
    }
    let summary = n.eq("a") || n.eq("an");
    // ", a move that …", ", a proposal the union rejected" but not a list (", a
    // school or a surgery").
    let relative = (k + 3..hi.min(k + 6))
        .take_while(|&m| !doc.toks[m].is(w::CONJ))
        .any(|m| doc.toks[m].is(w::PRON) || doc.toks[m].eq("that") || doc.toks[m].eq("which"));
    let side_by_side = doc.toks.get(k + 3).is_some_and(|t| t.is(w::DET)) && k + 3 < hi;
    summary && (relative || side_by_side)
}

/// Whether the tokens from `k` read "X said." or "said X." to the sentence end.
fn trailing_cue(doc: &Doc, k: usize, hi: usize) -> bool {
    let lim = hi.min(k + 14);
    let Some(m) = (k..lim).find(|&m| doc.toks[m].cue.is_some()) else {
        return false;
    };
    // ("…, the Independent Electoral and Boundaries Commission (IEBC) said": a name's
    // own "and", "of" and bracketed short form.)
    let in_name = |x: usize| {
        let t = &doc.toks[x];
        let cap = |y: usize| doc.toks.get(y).is_some_and(|u| u.cap);
        (matches!(t.lower, "and" | "of" | "&") && x > k && cap(x - 1) && cap(x + 1))
            || (t.eq("(") && x > k && cap(x - 1) && cap(x + 1))
            || (t.eq(")") && cap(x - 1))
    };
    if (k..m).any(|x| (!doc.toks[x].word() || doc.toks[x].is(w::SUB | w::CONJ)) && !in_name(x)) {
        return false;
    }
    if m > k + 9 && !(k..m).all(|x| doc.toks[x].cap || in_name(x) || doc.toks[x].is(w::DET)) {
        return false;
    }
    let obj = doc.toks[m].cue.is_some_and(|c| c.obj);
    let rest = doc.skip_to_content(m + 1, hi, obj);
    let np_end = if m == k {
        doc.np_after(m + 1, hi).map_or(rest, |r| r.end)
    } else {
        rest
    };
    np_end >= hi || doc.toks[np_end].stop() || doc.toks[np_end].eq(",")
}

impl Doc<'_> {
    /// Skips adverbs forwards from `i`.
    pub fn skip_aux_back_fwd(&self, mut i: usize, hi: usize) -> usize {
        while i < hi && (self.toks[i].is(w::ADV) || self.toks[i].is(w::AUX)) {
            i += 1;
        }
        i
    }
}
