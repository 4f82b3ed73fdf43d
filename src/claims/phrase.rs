//! Phrase walkers over tagged tokens: the subject noun phrase before a cue, the noun
//! phrase after one, the skip over a cue's addressee and adverbials, and clause ends.
//!
//! These stand in for a parser: closed-class words, capitalisation and punctuation
//! mark the phrase and clause boundaries of news prose. They return token ranges and
//! never build items.

use std::ops::Range;

use super::lex::{p, w, CueClass};
use super::toks::Doc;
use crate::lexicon::classes;
use crate::tokens::Tags;

/// Longest subject phrase walked back over, in tokens.
const MAX_NP: usize = 16;

/// Words that open a nominal "that" clause ("suggestions that …").
const THAT_NOUNS: &[&str] = &[
    "accusations",
    "allegation",
    "allegations",
    "assertion",
    "assertions",
    "claim",
    "claims",
    "contention",
    "idea",
    "notion",
    "report",
    "reports",
    "rumors",
    "rumours",
    "speculation",
    "suggestion",
    "suggestions",
];

/// Singular nouns that stand as sources without a determiner.
const COLLECTIVE: &[&str] = &[
    "police",
    "staff",
    "management",
    "leadership",
    "parliament",
    "congress",
    "media",
    "security",
];

/// Whether a lower-cased singular noun stands as a source without a determiner
/// ("police", "management").
pub(super) fn collective(lower: &str) -> bool {
    COLLECTIVE.contains(&lower)
}

/// Nouns of the medium after "in a", "on" ("said in a statement").
const MEDIUM: &[&str] = &[
    "statement",
    "interview",
    "letter",
    "post",
    "speech",
    "email",
    "filing",
    "release",
    "conference",
    "briefing",
    "memo",
    "note",
    "video",
    "podcast",
    "broadcast",
    "tweet",
    "press",
    "news",
    "call",
    "message",
    "hearing",
    "report",
    "op-ed",
    "column",
    "radio",
    "television",
    "tv",
    "blog",
    "circular",
    "notice",
    "bulletin",
    "newsletter",
    "advisory",
    "presentation",
];

/// An "-ly" adverb the closed list lacks ("has consistently denied", "aggressively
/// attacked"), by its suffix; short words and nouns ("family", "rally") are not.
fn manner_adverb(t: &super::toks::Tok) -> bool {
    const SUFFIXES: &[&str] = &[
        "ably", "ally", "ately", "edly", "ently", "antly", "fully", "ibly", "ingly", "ively",
        "ously", "ngly", "icly", "ssly", "stly", "adly", "arly", "ckly", "ctly", "eply", "ftly",
        "gely", "ghtly", "ily", "mply", "ptly", "rely", "rmly", "rply", "sely",
    ];
    // Short ones by name: the suffixes would take "family" and "rally".
    const SHORT: &[&str] = &[
        "boldly", "calmly", "coolly", "curtly", "deftly", "firmly", "flatly", "loudly", "openly",
        "subtly",
    ];
    // Every suffix ends in "ly": most words are ruled out before the list is tried.
    t.word()
        && !t.cap
        && t.flags == 0
        && t.lower.ends_with("ly")
        && ((t.lower.len() >= 7 && SUFFIXES.iter().any(|s| t.lower.ends_with(s)))
            || SHORT.contains(&t.lower))
}

/// Verbs whose subject is their infinitive's: "appeared to suggest", "hastened to add".
const RAISING: &[&str] = &[
    "appear",
    "appeared",
    "appears",
    "began",
    "begin",
    "begins",
    "continue",
    "continued",
    "continues",
    "due",
    "expected",
    "hastened",
    "likely",
    "poised",
    "proceeded",
    "seem",
    "seemed",
    "seems",
    "set",
    "start",
    "started",
    "starts",
];

/// Occasions of speech beside the media ("at a rally", "in a ruling"; a hearing is
/// one of the media).
const OCCASIONS: &[&str] = &[
    "ceremony",
    "debate",
    "event",
    "forum",
    "gathering",
    "meeting",
    "op-ed",
    "rally",
    "ruling",
    "stop",
    "summit",
    "testimony",
];

/// Whether a lower-cased word names a medium or an occasion of speech ("statement",
/// "interview", "tweet", "rally"), which carries words but says none itself.
pub(super) fn document_noun(lower: &str) -> bool {
    MEDIUM.contains(&lower) || OCCASIONS.contains(&lower)
}

/// Discourse adverbials that may stand between a cue and its content, each opening
/// with a preposition.
const DISCOURSE: &[&[&str]] = &[
    &["on", "the", "other", "hand"],
    &["for", "example"],
    &["for", "instance"],
    &["in", "fact"],
    &["in", "addition"],
    &["of", "course"],
    &["at", "the", "same", "time"],
    // ("…, two officials said on condition of anonymity because …": the source's
    // terms.)
    &["on", "condition", "of", "anonymity"],
    &["on", "the", "condition", "of", "anonymity"],
];

impl Doc<'_> {
    /// Skips adverbs and auxiliaries backwards from just before `i`.
    pub fn skip_aux_back(&self, mut i: usize, lo: usize) -> usize {
        while i > lo {
            let t = &self.toks[i - 1];
            // "on Monday", "last week", "in 2010": a time adverbial before the verb.
            let year = t.kind == crate::tokens::Kind::Number
                && t.lower.len() == 4
                && t.lower.starts_with(['1', '2']);
            let pair = i >= lo + 2 && (t.is(w::TIME) || year) && {
                let p = &self.toks[i - 2];
                p.eq("last")
                    || p.eq("this")
                    || p.eq("next")
                    || p.eq("on")
                    || p.eq("earlier")
                    || (year && p.eq("in"))
            };
            // ("He did, however, offer to meet …": a sentence adverb between commas.)
            let aside = i >= lo + 4
                && t.eq(",")
                && self.toks[i - 2].is(w::ADV)
                && !self.toks[i - 2].cap
                && self.toks[i - 3].eq(",")
                && self.toks[i - 4].is(w::AUX);
            if pair {
                i -= 2;
            } else if aside {
                i -= 3;
            } else if let Some(n) = self.raising(i - 1, lo) {
                i -= n;
            } else if (t.is(w::AUX | w::ADV | w::BE)
                || t.eq("not")
                || manner_adverb(t)
                // ("has since called for": "since" as an adverb after the auxiliary;
                // "have both argued": a quantifier there.)
                || ((t.eq("since") || t.eq("both") || t.eq("all"))
                    && i >= lo + 2
                    && self.toks[i - 2].is(w::AUX))
                // ("Homeowners there say": a place adverb after a plural subject.)
                || ((t.eq("there") || t.eq("here"))
                    && i >= lo + 2
                    && self.toks[i - 2].lower.ends_with('s')
                    && self.toks[i - 2].word()
                    && !self.toks[i - 2].is(w::PRON | w::AUX | w::BE)))
                && !t.is(w::PRON)
                // "Clean Rivers Now said": a capital mid-sentence is a name's word.
                && !(t.is(w::ADV) && t.cap && i - 1 > lo && self.toks[i - 2].cap)
            {
                i -= 1;
            } else {
                break;
            }
        }
        i
    }

    /// "appeared to", "went on to": a verb that lends its subject to the infinitive
    /// after it ("He appeared to suggest that …"). Given the "to" at `to`, how many
    /// tokens the verb and its "to" take.
    fn raising(&self, to: usize, lo: usize) -> Option<usize> {
        if !self.toks[to].eq("to") || to < lo + 1 {
            return None;
        }
        let v = &self.toks[to - 1];
        if RAISING.contains(&v.lower) {
            return Some(2);
        }
        let went_on = v.eq("on")
            && to >= lo + 2
            && ["go", "goes", "going", "went"].contains(&self.toks[to - 2].lower);
        went_on.then_some(3)
    }

    /// The subject phrase ending just before token `end` (the cue, after skipping
    /// auxiliaries); `lo` is the clause start.
    pub fn subject_before(&self, cue: usize, lo: usize) -> Option<Range<usize>> {
        self.subject_ending(self.skip_aux_back(cue, lo), lo)
    }

    /// [`Doc::subject_before`] given where the auxiliaries before the cue begin
    /// (`skip_aux_back(cue, lo)`, which the caller may have found already).
    pub fn subject_ending(&self, end: usize, lo: usize) -> Option<Range<usize>> {
        let r = self.subject_ending_at(end, lo)?;
        // ("Both the farm council, the main lobby, and the nature society described
        // …": a clause opening with "Both" holds every part up to the last.)
        let both = (lo..lo + 2).find(|&k| k < r.start && self.toks[k].eq("both"));
        match both {
            Some(b)
                if r.start > b + 2
                    && self.toks[r.start - 1].eq("and")
                    && self.toks[b + 1..r.start - 1]
                        .iter()
                        .all(|t| t.cue.is_none() && !t.is(w::AUX | w::BE) && !t.quote()) =>
            {
                Some(b..r.end)
            }
            // ("The HDE retail federation and the DIHK chambers both said": the phrase
            // before "and" when "both" follows.)
            _ if r.start > lo + 1
                && self.toks[r.start - 1].eq("and")
                && self.toks.get(r.end).is_some_and(|t| t.eq("both")) =>
            {
                // (Not from inside a name's own "and": "Hotels and Restaurants
                // Association".)
                let first = self.np_back(r.start - 1, lo).filter(|f| {
                    f.end + 1 == r.start
                        && !(f.start > lo && matches!(self.toks[f.start - 1].lower, "and" | "&"))
                });
                Some(first.map_or(r.clone(), |f| f.start..r.end))
            }
            _ => Some(r),
        }
    }

    fn subject_ending_at(&self, mut end: usize, lo: usize) -> Option<Range<usize>> {
        if end == lo {
            return None;
        }
        // "Acme and the Harbour Union both said": the quantifier after the names.
        // ("Brown (D-Ohio) and Menendez (D-N.J.) all said": "all" after a name or its
        // label.)
        let before = &self.toks[end.saturating_sub(2)];
        let named = before.cap || before.eq(")");
        let mut both = false;
        // ("…, and the party's spokesperson, Anders Nyström, both criticised": after
        // an appositive's comma too.)
        if end >= lo + 2
            && (self.toks[end - 1].eq("both") || (self.toks[end - 1].eq("all") && named))
            && (before.word() || before.eq(")") || (before.eq(",") && end >= lo + 3))
            && !before.is(w::DET | w::PREP | w::CONJ | w::SUB | w::AUX | w::BE)
        {
            end -= 1;
            both = true;
        }
        // "Kall -- co-editor of a book on debates -- said": the phrase before the
        // dashes, with the aside between them.
        if let Some(open) = self.dash_aside(end, lo) {
            let head = self.subject_before(open, lo)?;
            let close = (open..end).rev().find(|&k| !self.toks[k].dash());
            return close.map(|c| head.start..c + 1);
        }
        if self.toks[end - 1].eq(",") {
            // "Denise LeBlanc, president of the union, which represents nurses, said":
            // a relative clause after an appositive is the appositive's; the name is
            // the subject.
            if let Some(c) = self.relative_after_appositive(end - 1, lo) {
                end = c + 1;
            }
            if let Some(r) = self.name_with_home(end - 1, lo) {
                return Some(r);
            }
            if let Some(open) = self.long_aside(end - 1, lo) {
                end = open;
            }
        }
        if self.toks[end - 1].eq(",") {
            match self.appositive(end - 1, lo)? {
                // ("The ombudsman, Malin Ek, and the party's spokesperson, Ana Ruiz,
                // (both) criticised": two named appositives, each with its comma; after
                // "both" any phrase before the first.)
                Ok(named)
                    if named.start >= lo + 3
                        && self.toks[named.start - 1].eq("and")
                        && self.toks[named.start - 2].eq(",") =>
                {
                    let first = self.subject_ending(named.start - 1, lo).filter(|f| {
                        f.end + 2 == named.start
                            && (both || self.toks[f.clone()].iter().any(|t| t.eq(",")))
                    });
                    return Some(first.map_or(named.clone(), |f| f.start..named.end));
                }
                Ok(named) => return Some(named),
                Err(before) => {
                    end = before;
                    // "Sen. Corinne Platt, R-Alaska, one of those Republicans, said": a
                    // party and state label between the name and the description.
                    let dot = usize::from(end > lo && self.toks[end - 1].eq("."));
                    if end >= lo + 3 + dot
                        && self.toks[end - 1 - dot].party_label()
                        && self.toks[end - 2 - dot].eq(",")
                    {
                        end -= 2 + dot;
                    }
                    // "Darnell Whitaker, 58, a retired teacher …, said": an age between
                    // the name and the description.
                    if end >= lo + 3
                        && self.toks[end - 1].kind == crate::tokens::Kind::Number
                        && self.toks[end - 2].eq(",")
                    {
                        end -= 2;
                    }
                    if let Some(name) = self.name_before_description(end, lo) {
                        return Some(name);
                    }
                }
            }
            if end <= lo {
                return None;
            }
        }
        let t = &self.toks[end - 1];
        let of = end >= 2 && self.toks[end - 2].eq("of");
        // "Those close to him say": an object pronoun ends a longer phrase.
        let object = matches!(t.lower, "him" | "her" | "them" | "us" | "me")
            && end >= lo + 3
            && self.toks[end - 2].is(w::PREP);
        if object {
            let k = self.walk_back(end - 2, lo);
            return (k < end - 2).then_some(k..end);
        }
        if t.is(w::PRON) && !of {
            return Some(end - 1..end);
        }
        // "The families, many of whom say": the quantifier and its "of whom", as
        // written (the antecedent is the phrase before the comma).
        if t.eq("whom") && of && end >= lo + 3 {
            let q = self.np_back(end - 2, lo)?;
            return (q.len() <= 3).then_some(q.start..end);
        }
        // "A city official who asked not to be named said": a source's anonymity
        // clause with no commas right before the cue; the subject is its antecedent.
        let who = (end.saturating_sub(12).max(lo + 1)..end.saturating_sub(1))
            .rev()
            // (A cue is the clause's own verb only right after "who": "who asked not
            // to be named said", not "who was not authorized to speak said X had urged".)
            .take_while(|&x| {
                let t = &self.toks[x];
                t.word() && (t.cue.is_none() || self.toks[x - 1].eq("who"))
            })
            .find(|&x| self.toks[x].eq("who"))
            .filter(|&w| {
                self.toks[w + 1..end].iter().any(|t| {
                    matches!(
                        t.lower,
                        "named" | "identified" | "anonymity" | "authorized" | "authorised"
                    )
                })
            });
        if let Some(r) = who.and_then(|w| self.np_back(w, lo)) {
            return Some(r);
        }
        let mut k = self.walk_back(end, lo);
        // "I hope in 2017 America says": the word after a subject pronoun is its verb,
        // and the phrase begins after it.
        let subject_pronoun = k > lo
            && k + 1 < end
            && ["i", "we", "they", "he", "she", "you"]
                .iter()
                .any(|p| self.toks[k - 1].eq(p));
        if subject_pronoun && !self.toks[k].cap && self.toks[k].word() && self.toks[k].flags == 0 {
            k += 1;
        }
        // A number opens a phrase ("63 percent said"); inside one it marks a relative
        // clause ("the 2.4 billion Arcand has promised").
        // "the minimum $20 million experts say it costs": a sum is no speaker; the
        // phrase opens after it.
        let money = |x: usize| x > 0 && matches!(self.toks[x - 1].lower, "$" | "€" | "£");
        if let Some(n) = (self.toks.get(k..end).unwrap_or_default())
            .iter()
            .rposition(|t| t.kind == crate::tokens::Kind::Number)
            .map(|x| k + x)
            .filter(|&x| x > k || money(x))
        {
            let mut m = n + 1;
            // ("Norway's $1.9 trillion sovereign wealth fund said": after a possessive
            // or a determiner the sum is the phrase's own modifier, unless people or a
            // name follow it: "the $20 million experts say it costs".)
            let after_sum = self.toks[n + 1..end]
                .iter()
                .find(|t| !matches!(t.lower, "thousand" | "million" | "billion" | "trillion"));
            let owned = n >= 2
                && {
                    let b = &self.toks[n - 2];
                    b.possessive() || b.is(w::DET)
                }
                && after_sum.is_some_and(|t| {
                    !t.cap && !classes::word_tags(t.lower).has(Tags::GROUP_NOUN | Tags::TITLE)
                });
            if money(n) && owned {
                // (The phrase runs on back through the sum.)
                k = self.walk_back(n - 1, lo);
            } else if money(n) {
                while m < end
                    && matches!(
                        self.toks[m].lower,
                        "thousand" | "million" | "billion" | "trillion"
                    )
                {
                    m += 1;
                }
                if m < end {
                    k = m;
                }
            } else {
                while m < end && !self.toks[m].cap && self.toks[m].flags == 0 {
                    m += 1;
                }
                // Only a noun run straight into a name is a clause boundary.
                if m > n + 1 && m < end && self.toks[m].cap {
                    k = m;
                }
            }
        }
        if let Some(r) = self.relative_antecedent(k, end, lo) {
            return Some(r);
        }
        let relative = ["who", "which", "that"]
            .iter()
            .any(|r| self.toks[end - 1].eq(r));
        if k == end && relative && end - 1 > lo {
            // "the man who said": the relative pronoun's antecedent. ("leaving her car
            // when asked": a participle after another subordinator has no subject.)
            let mut e = if self.toks[end - 2].eq(",") {
                end - 2
            } else {
                end - 1
            };
            // "Rep. Ann Vale, D-Calif., who": the name before its party and state label.
            if e >= lo + 4
                && self.toks[e - 1].eq(".")
                && self.toks[e - 2].party_label()
                && self.toks[e - 3].eq(",")
            {
                e -= 3;
            }
            // "the Dutch central bank (DNB), which said": the name before its bracket.
            if e >= lo + 3 && self.toks[e - 1].eq(")") {
                if let Some(open) = (e.saturating_sub(6).max(lo)..e - 1)
                    .rev()
                    .find(|&k| self.toks[k].eq("("))
                {
                    e = open;
                }
            }
            let r = self.np_back(e, lo)?;
            if self.toks[end - 1].eq("that") && !self.names_antecedent(r.clone()) {
                return None;
            }
            // "X, a Conservative peer and former minister, who said": the appositive's
            // coordinated nouns are one appositive.
            let r = match r.start.checked_sub(1) {
                Some(a) if a > lo && self.toks[a].eq("and") && !self.toks[r.start].cap => self
                    .np_back(a, lo)
                    .filter(|p| {
                        (self.toks[p.start].eq("a") || self.toks[p.start].eq("an"))
                            && p.start > lo
                            && self.toks[p.start - 1].eq(",")
                    })
                    .map_or(r.clone(), |p| p.start..r.end),
                _ => r,
            };
            // "the Engineers' Association, a union representing staff, which alleged":
            // the name before the appositive.
            if r.start > lo + 1 && self.toks[r.start - 1].eq(",") && !self.toks[r.start].cap {
                if let Some(name) = self.np_back(r.start - 1, lo) {
                    if self.toks[name.end - 1].cap {
                        return Some(name);
                    }
                }
            }
            return Some(r);
        }
        // "had failed to provide independent stability reports that …": a verb that
        // takes an infinitive, with its "to", makes the words a verb phrase, no
        // subject ("the section devoted to racial issues" keeps its noun).
        let infinitive = (k + 1..end.saturating_sub(1)).any(|x| {
            self.toks[x].eq("to")
                && matches!(
                    self.toks[x - 1].lower,
                    "failed"
                        | "refused"
                        | "agreed"
                        | "decided"
                        | "tried"
                        | "attempted"
                        | "managed"
                        | "continued"
                        | "began"
                        | "sought"
                        | "vowed"
                        | "promised"
                        | "wanted"
                )
        });
        if infinitive {
            return None;
        }
        let r = self.trim_np(k..end)?;
        let t = &self.toks[r.start];
        let bare = r.len() == 1
            && !t.cap
            && !t.is(w::PRON | w::DET)
            && !t.lower.ends_with('s')
            && !COLLECTIVE.contains(&t.lower);
        (!bare).then_some(r)
    }

    /// "X, a doctor, said": given the comma before the cue, either the named
    /// appositive itself ("One of the dissenters, Jane Roe, said") or the end of the
    /// phrase before the appositive. `None` when the commas hold a clause.
    pub fn appositive(&self, c2: usize, lo: usize) -> Option<Result<Range<usize>, usize>> {
        let c1 = (lo..c2).rev().take(32).find(|&k| self.toks[k].eq(","))?;
        // ", who asked not to be named," is a relative clause: its cue is not ours; so
        // is ", a former official who now advises the association,".
        // So is a participle's clause: ", asked whether he would …,", ", speaking to
        // reporters,".
        let participle = self.toks.get(c1 + 1).is_some_and(|t| {
            t.cue.is_some() && !t.cap && (t.lower.ends_with("ed") || t.lower.ends_with("ing"))
        });
        let relative = participle
            || (c1 + 1..c2.min(c1 + 8)).any(|k| self.toks[k].eq("who") || self.toks[k].eq("which"));
        // ("set up to implement the court's ruling": a cue word after a possessive or a
        // determiner is a noun.)
        let noun =
            |k: usize| k > c1 + 1 && (self.toks[k - 1].possessive() || self.toks[k - 1].is(w::DET));
        let cue = |k: usize| self.toks[k].cue.is_some() && !self.attributive(k, c2) && !noun(k);
        if !relative && (c1 + 1..c2).any(|k| cue(k) || self.toks[k].quote()) {
            return None;
        }
        let named = |r: Range<usize>| self.toks[r].iter().filter(|t| t.cap).count();
        let head = self.np_back(c1, lo).map_or(c1, |r| r.start);
        // A named appositive ends in a name and holds no verb ("speaking at a rally
        // in Leeds on Saturday" is a clause).
        let apps = &self.toks[c1 + 1..c2];
        // ("his counsel, Priya Raman of Raman & Partners,": the name's body after "of"
        // is read as the name's.)
        let apps = match apps.iter().position(|t| t.eq("of")) {
            Some(j)
                if j >= 2
                    && apps[j - 2].cap
                    && apps[j - 1].cap
                    && j + 1 < apps.len()
                    && apps[j + 1..]
                        .iter()
                        .all(|t| t.cap || t.eq("&") || t.eq("the")) =>
            {
                &apps[..j]
            }
            _ => apps,
        };
        // ("retired teacher Linda Marchetti", "acting director Ana Ruiz": a rank's
        // word is no verb.)
        let verbless = apps.iter().all(|t| {
            t.cap
                || !(t.lower.ends_with("ing") || t.lower.ends_with("ed"))
                || classes::word_tags(t.lower).has(Tags::ROLE_MOD)
        });
        // ("R-Texas, the chairman of the Liberty Caucus," names no one: a determiner
        // and a common noun open it; "the Rev. Marcus Odom" does.)
        let ends_named = apps.len() >= 2
            && apps[apps.len() - 2..].iter().all(|t| t.cap)
            && (!apps[0].is(w::DET) || apps[1].cap);
        // "The company's largest rival, Helixa, announced": one unknown capitalised
        // word after a plain description names too.
        let one_name = apps.len() == 1
            && apps[0].cap
            && apps[0].flags == 0
            && named((head + 1).min(c1)..c1) == 0
            && (!self.toks[head].cap || self.toks[head].is(w::DET | w::PRON));
        if one_name || (ends_named && verbless && named(c1 + 1..c2) >= 2) {
            // "One of the dissenters, Jane Roe, said": the description with the name it
            // introduces is the source as written; the actor is the person named.
            let whole = self.np_back(c1, lo).and_then(|d| self.trim_np(d.start..c2));
            let bare = named((head + 1).min(c1)..c1) == 0;
            let opens = |r: &Range<usize>| r.start == lo || !self.toks[r.start - 1].is(w::PREP);
            return match whole.filter(opens) {
                Some(r) => Some(Ok(r)),
                None if bare => self.trim_np(c1 + 1..c2).map(Ok),
                None => Some(Err(c1)),
            };
        }
        Some(Err(c1))
    }

    /// "President Oskanian, addressing parliament in the capital, Sarun, on Sunday,
    /// said", "Kestrel, which is based in Columbus, Ohio, and says …, said": a relative
    /// or participle clause after the name that opens the clause, with commas of its own;
    /// given the comma before the cue, the comma that opens the clause.
    /// For the comma before a cue, the comma opening a relative clause without commas
    /// of its own (", which represents nurses,") when another comma stands before it
    /// in the subject (an appositive's: "LeBlanc, president of the union, which …,").
    fn relative_after_appositive(&self, comma: usize, lo: usize) -> Option<usize> {
        let from = comma.saturating_sub(25).max(lo);
        let open = (from..comma).rev().find(|&k| self.toks[k].eq(","))?;
        let first = self.toks.get(open + 1)?;
        if !(first.eq("which") || first.eq("who"))
            || (open + 1..comma).any(|k| self.toks[k].quote())
        {
            return None;
        }
        // The comma before is a name's, an appositive after it ("LeBlanc, president
        // …"), with no parenthesis between ("Cllr Ann Lee (Labour, Kelsbury North),
        // who …" is one name).
        let before = (from..open).rev().find(|&k| self.toks[k].eq(","))?;
        let name = before > lo && self.toks[before - 1].cap;
        let apposed = self
            .toks
            .get(before + 1)
            .is_some_and(|t| t.word() && !t.cap);
        let paren = (before..open).any(|k| self.toks[k].eq("(") || self.toks[k].eq(")"));
        (name && apposed && !paren).then_some(open)
    }

    fn long_aside(&self, comma: usize, lo: usize) -> Option<usize> {
        let from = comma.saturating_sub(40).max(lo);
        let open = (from..comma).find(|&k| self.toks[k].eq(","))?;
        // One comma inside at least: a clause without one is [`Doc::appositive`]'s.
        if !(open + 1..comma).any(|k| self.toks[k].eq(",")) {
            return None;
        }
        let first = self.toks.get(open + 1)?;
        let clause = first.eq("who")
            || first.eq("which")
            || (first.word()
                && !first.cap
                && (first.lower.ends_with("ing") || first.lower.ends_with("ed")));
        if !clause || (open + 1..comma).any(|k| self.toks[k].quote()) {
            return None;
        }
        // The clause's own commas set off a name, a time or a verb of its own ("in the
        // capital, Sarun, on Sunday", "… Ohio, and says …"); a lower-case verb after one
        // is the main clause's (", which represents trusts, declined to comment, but
        // …"), and a name last is the appositive's to name ("The audit, conducted by the
        // inspector general, Harold Nyberg, found").
        let commas: Vec<usize> = (open + 1..comma)
            .filter(|&k| self.toks[k].eq(","))
            .collect();
        let last = *commas.last()?;
        // ("which represents about 48,000 nurses, paramedics, cleaners and support
        // staff": a list's items, its "and" after the last comma, no verb in them.)
        let listed = (last + 1..comma).any(|k| self.toks[k].eq("and") || self.toks[k].eq("or"))
            && (commas[0]..comma).all(|k| {
                let t = &self.toks[k];
                t.cue.is_none() && !t.is(w::AUX | w::BE)
            });
        // ("who appeared in court in Antakya, the capital of Hatay province,": an
        // appositive of a place, a determiner and no verb up to the next comma.)
        let apposed = |c: usize| {
            self.toks.get(c + 1).is_some_and(|t| t.is(w::DET))
                && (c + 1..comma)
                    .take_while(|&k| !self.toks[k].eq(","))
                    .all(|k| {
                        let t = &self.toks[k];
                        t.word() && t.cue.is_none() && !t.is(w::AUX | w::BE | w::SUB)
                    })
        };
        let piece_ok = |c: usize| {
            apposed(c)
                || self.toks.get(c + 1).is_some_and(|t| {
                    t.cap
                        || t.is(w::PREP | w::TIME)
                        || (t.eq("and") && self.toks.get(c + 2).is_some_and(|v| v.cue.is_some()))
                        || (listed && t.word())
                })
        };
        let name_last = (last + 1..comma).all(|k| self.toks[k].cap || self.toks[k].eq("."));
        if name_last || !commas.iter().all(|&c| piece_ok(c)) {
            return None;
        }
        let name = self.np_back(open, lo)?;
        (name.start == lo && self.toks[name.start].cap).then_some(open)
    }

    /// "Ann Lee, 59, of Ashton, Md., said": a name followed by an age and a home town
    /// (each between commas), given the comma before the cue; the name with them.
    fn name_with_home(&self, comma: usize, lo: usize) -> Option<Range<usize>> {
        let caps = |ts: &[super::toks::Tok]| ts.iter().all(|t| t.cap || t.eq("."));
        let mut c = comma;
        // "…, Md., who watched the parade, said": a relative clause after the home.
        let who = (lo..c).rev().take(24).find(|&k| self.toks[k].eq(","));
        if let Some(w) = who.filter(|&w| self.toks[w + 1].eq("who")) {
            c = w;
        }
        let mut found = false;
        while let Some(prev) = (lo..c).rev().take(6).find(|&k| self.toks[k].eq(",")) {
            let seg = &self.toks[prev + 1..c];
            let age = seg.len() == 1 && seg[0].kind == crate::tokens::Kind::Number;
            let home = seg.len() >= 2 && seg[0].eq("of") && caps(&seg[1..]);
            // "of Ashton, Md.": the state after the town.
            let state = !seg.is_empty() && seg.len() <= 2 && caps(seg);
            if !(age || home || state) {
                break;
            }
            found |= age || home;
            c = prev;
        }
        if !found {
            return None;
        }
        let name = self.np_back(c, lo)?;
        let named = self.toks[name.clone()].iter().all(|t| t.cap || t.eq("."));
        named.then_some(name.start..comma)
    }

    /// "could block any deal that threatened": a relative "that" whose antecedent is a
    /// verb's object ("block any deal") with no name in it is not a source; the walk
    /// back swallowed a verb phrase.
    fn names_antecedent(&self, r: Range<usize>) -> bool {
        let object_of_verb = (r.start..r.end.saturating_sub(1)).any(|p| {
            let t = &self.toks[p];
            t.word() && !t.cap && t.flags == 0 && self.toks[p + 1].is(w::DET)
        });
        !object_of_verb || self.toks[r].iter().any(|t| t.cap)
    }

    /// "the two complaining bidders": a cue participle used as an adjective, before a
    /// plain noun and before `end`.
    pub fn attributive(&self, k: usize, end: usize) -> bool {
        let t = &self.toks[k];
        k + 1 < end
            && t.lower.ends_with("ing")
            && self.toks[k + 1].word()
            && !self.toks[k + 1].cap
            && self.toks[k + 1].flags == 0
            && self.toks[k + 1].cue.is_none()
    }

    /// "Tomas Novak, the chief executive of X, one of the bidders, welcomed": a second
    /// appositive ending at `end` ("the chief executive of X") after a name that
    /// opens the clause; the name.
    fn name_before_description(&self, end: usize, lo: usize) -> Option<Range<usize>> {
        let d = self.np_back(end, lo)?;
        let opens = d.start >= lo + 2 && self.toks[d.start - 1].eq(",");
        let comma = if opens && self.toks[d.start].is(w::DET) {
            d.start - 1
        } else {
            // "Tunde Ajayi, chief economist at the Centre for Fiscal Policy Studies, a
            // think tank in Lagos, said": a title with its body, no verb in it.
            let c = (lo + 1..end)
                .rev()
                .take(12)
                .find(|&k| self.toks[k].eq(","))?;
            let first = self.toks.get(c + 1)?;
            let title =
                !first.cap && classes::word_tags(first.lower).has(Tags::TITLE | Tags::ROLE_MOD);
            let plain = self.toks[c + 1..end]
                .iter()
                .all(|t| t.cue.is_none() && !t.quote() && !t.is(w::AUX | w::BE));
            if !(title && plain) {
                return None;
            }
            c
        };
        let n = self.np_back(comma, lo)?;
        let opens = n.start == lo || !self.toks[n.start - 1].is(w::PREP);
        let named = self.toks[n.clone()]
            .iter()
            .all(|t| (t.cap && !t.is(w::TIME)) || t.eq("."));
        (opens && named).then_some(n)
    }

    /// Given the end of a subject ending in a dash (" -- " or "—"), the opening dash
    /// of the aside it closes, within the clause.
    fn dash_aside(&self, end: usize, lo: usize) -> Option<usize> {
        let dash = |k: usize| {
            let t = &self.toks[k];
            t.eq("—")
                || t.eq("–")
                || (t.eq("-") && (self.toks[k - 1].eq("-") || self.toks[k + 1].eq("-")))
        };
        if end < lo + 3 || !dash(end - 1) {
            return None;
        }
        let mut k = end - 1;
        while k > lo && self.toks[k - 1].dash() {
            k -= 1;
        }
        let open = (lo + 1..k).rev().take(40).find(|&j| dash(j))?;
        let mut o = open;
        while o > lo + 1 && self.toks[o - 1].dash() {
            o -= 1;
        }
        (o > lo).then_some(o)
    }

    /// A participle of a verb that must take its target, with the target missing: "workers
    /// accused of theft", "a senator praised for her work", "families opposed to the plan".
    /// The phrase before it is the target of a reduced passive, not a speaker.
    pub fn stranded_participle(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let Some(next) = self.toks.get(i + 1) else {
            return false;
        };
        let Some(cue) = t.cue else {
            return false;
        };
        if !t.lower.ends_with("ed") {
            return false;
        }
        match cue.class {
            CueClass::Criticism | CueClass::Praise => next.eq("for") || next.eq("of"),
            CueClass::Opposition => next.eq("to"),
            _ => false,
        }
    }

    /// Walks back from `end` over the subject phrase; returns its first token.
    fn walk_back(&self, end: usize, lo: usize) -> usize {
        // "one diplomat": "one" before a plain lower-case word is its determiner, and
        // before a capitalised modifier of a word ("One Liberal MP").
        let one_det = |j: usize| {
            let plain = |n: &super::toks::Tok| n.word() && n.flags == 0 && n.cue.is_none();
            self.toks[j].eq("one")
                && self.toks.get(j + 1).is_some_and(|n| {
                    plain(n) && (!n.cap || self.toks.get(j + 2).is_some_and(|m| m.word()))
                })
        };
        let mut k = end;
        while k > lo && end - k < MAX_NP {
            let t = &self.toks[k - 1];
            let joins = t.eq("and") || t.eq("&");
            // ("Hokuriku Bank Ltd. and Setouchi Group": an abbreviation's period.)
            let abbreviated = |j: usize| {
                self.toks[j].eq(".")
                    && j > lo
                    && self.toks[j - 1].cap
                    && self.toks[j - 1].span.end == self.toks[j].span.start
            };
            // ("The Farmer-Citizen Movement (BBB) and the Christian Democrats": a name's
            // bracketed acronym before, "the" and a name after.)
            let acronym = |j: usize| {
                self.toks[j].eq(")")
                    && j >= lo + 3
                    && self.toks[j - 1].cap
                    && self.toks[j - 2].eq("(")
                    && self.toks[j - 3].cap
            };
            let named_after = k < end
                && (self.toks[k].cap
                    || (self.toks[k].eq("the") && self.toks.get(k + 1).is_some_and(|n| n.cap)));
            if joins
                && k >= 2
                && (self.toks[k - 2].cap || abbreviated(k - 2) || acronym(k - 2))
                && named_after
            {
                k -= 1;
                if acronym(k - 1) {
                    k -= 3;
                }
                continue;
            }
            // ("Trade unions representing port and electricity workers criticised": two
            // plain modifiers of one plural head, joined.)
            let plain = |j: usize| {
                let t = &self.toks[j];
                t.word() && (!t.cap || j == lo) && t.flags == 0 && t.cue.is_none()
            };
            let modifiers = joins
                && k >= lo + 2
                && k + 1 < end
                && plain(k - 2)
                && plain(k)
                && !self.toks[k - 2].lower.ends_with('s')
                && (k + 1..end).all(plain)
                && self.toks[end - 1].lower.ends_with('s')
                && end - k <= 3;
            if modifiers {
                k -= 1;
                continue;
            }
            if let Some(j) = self.name_joint(k - 1, lo, true) {
                k = j;
                continue;
            }
            // "the Department for Culture, Media and Sport said": a name's own list,
            // capitalised words, commas and one "and" up to the end.
            // (Not a date's month before the comma: "… from April, Oceans and Fisheries
            // Minister X said".)
            // ("…, Invalids and Social Affairs (MOLISA) plans": with its bracketed
            // acronym.)
            let bracket = end >= k + 3 && self.toks[end - 1].eq(")") && self.toks[end - 3].eq("(");
            let list_end = if bracket { end - 3 } else { end };
            // ("A Department for Environment, Food and Rural Affairs spokesperson said":
            // a plain noun or two may follow the name.)
            let caps_end = (k..list_end)
                .find(|&j| {
                    let t = &self.toks[j];
                    !((t.cap && t.word()) || t.eq(",") || t.eq("and"))
                })
                .unwrap_or(list_end);
            let listed = t.eq(",")
                && k >= 2
                && k < caps_end
                && self.toks[k - 2].cap
                && !classes::word_tags(self.toks[k - 2].lower).has(Tags::MONTH)
                && self.toks[k].cap
                && self.toks[caps_end - 1].cap
                && list_end - caps_end <= 2
                && self.toks[caps_end..list_end]
                    .iter()
                    .all(|t| t.word() && !t.cap && t.flags == 0 && t.cue.is_none())
                && self.toks[k..caps_end].iter().any(|t| t.eq("and"));
            if listed {
                k -= 1;
                continue;
            }
            let number = t.kind == crate::tokens::Kind::Number || t.eq("%");
            // "… in history -- a reader": a spaced or doubled hyphen is a dash.
            let spaced = |j: usize| {
                let (a, b) = (&self.toks[j - 1], &self.toks[j]);
                a.span.end < b.span.start || a.eq("-")
            };
            let hyphen = t.eq("-") && k >= 2 && k < self.toks.len() && !spaced(k - 1) && !spaced(k);
            // "At least two carriers": the quantifier's "at" opens the phrase.
            if k < end
                && t.is(w::PREP)
                && t.eq("at")
                && (self.toks[k].eq("least") || self.toks[k].eq("most"))
            {
                k -= 1;
                continue;
            }
            // "Last week the company said", "In March its chief said": a time word or
            // a month before a determiner closes the adverbial before the phrase.
            let dated = k < end
                && (self.toks[k].is(w::DET) || self.toks[k].possessive())
                && (t.is(w::TIME) || (t.cap && classes::word_tags(t.lower).has(Tags::MONTH)));
            let boundary = dated
                || self.verb_between(k, end)
                // "fights what environmental officials called …": a free relative's
                // "what" opens the clause whose subject this is.
                || t.eq("what")
                || (t.kind != crate::tokens::Kind::Word && !hyphen && !t.eq("&") && !number)
                || t.is(w::SUB | w::CONJ | w::AUX | w::BE)
                || (t.cue.is_some() && !self.stranded_participle(k - 1))
                || (t.is(w::PRON) && k < end && !self.toks[k].eq("of") && !one_det(k - 1))
                // ("a group calling itself Black Vortex said": the name after it.)
                || t.is(w::REFL);
            if boundary {
                break;
            }
            k -= 1;
        }
        k
    }

    /// Whether token `k - 1` is a verb between two phrases: "a proposal the union
    /// rejected" (two phrases side by side), "Trump released his letter" (a
    /// verb-shaped word between a name and a pronoun or possessive).
    fn verb_between(&self, k: usize, end: usize) -> bool {
        let t = &self.toks[k - 1];
        if t.cap || !t.word() || t.flags != 0 || k >= end {
            return false;
        }
        let next = &self.toks[k];
        let side_by_side = next.is(w::DET) && !next.eq("that");
        let verb_shape = (t.lower.ends_with("ed") || t.lower.ends_with('s'))
            && k >= 2
            && (self.toks[k - 2].cap || self.toks[k - 2].is(w::PRON))
            && (next.is(w::PRON) || next.possessive());
        // "whether engineers falsified stability reports": a form in "-ed" between a
        // plural noun and plain words up to the cue is a past tense with its object
        // (not "tests carried out in February had found", a participle's phrase).
        let plain = |t: &super::toks::Tok| {
            t.word() && !t.cap && t.flags == 0 && t.cue.is_none() && t.prop == 0
        };
        let past = t.lower.ends_with("ed")
            && k >= 2
            && plain(&self.toks[k - 2])
            && self.toks[k - 2].lower.ends_with('s')
            && self.toks[k..end].iter().all(plain);
        side_by_side || verb_shape || past
    }

    /// "Researchers at X who reviewed the sample said": when the walk stopped at a
    /// relative pronoun opening a verb phrase with its object (not a subject, as in
    /// "that critics say"), the phrase before the pronoun.
    fn relative_antecedent(&self, k: usize, end: usize, lo: usize) -> Option<Range<usize>> {
        if k >= end || k <= lo + 1 {
            return None;
        }
        // "The family of a man who was shot by police demanded": the walk stopped
        // after the clause's auxiliary; the phrase before the pronoun.
        let aux = |t: &super::toks::Tok| t.is(w::AUX | w::BE);
        if k >= lo + 3
            && aux(&self.toks[k - 1])
            && (self.toks[k - 2].eq("who") || self.toks[k - 2].eq("which"))
            && !self.toks[k].cap
        {
            return self.np_back(k - 2, lo);
        }
        // The walk may have stopped at the clause's verb ("who reviewed the sample").
        let k = if k >= lo + 3 && self.toks[k - 1].flags == 0 && self.toks[k - 2].is(w::SUB) {
            k - 1
        } else {
            k
        };
        let b = &self.toks[k - 1];
        let first = &self.toks[k];
        let object = self
            .toks
            .get(k + 1)
            .is_some_and(|n| n.is(w::DET | w::PREP | w::PRON) || n.possessive());
        let pronoun =
            b.eq("who") || b.eq("which") || (b.eq("that") && self.toks[k - 2].cue.is_none());
        // ("Lawyers for the families of the two people who died have asked": a clause
        // of one past-tense verb.)
        let lone = end - k == 1 && first.lower.ends_with("ed");
        let rel = pronoun && !first.cap && first.flags == 0 && (end - k >= 2 && object || lone);
        if !rel {
            return self.longer_relative(k, end, lo);
        }
        // (The one-verb clause stays with its antecedent, as the group names it.)
        let np = self.np_back(k - 1, lo)?;
        Some(if lone { np.start..end } else { np })
    }

    /// "Two scorers who worked on last year's tests told …": a "who" clause whose object
    /// the walk stopped inside (at a possessive, a time word): the people before the
    /// pronoun, with their clause, up to the cue at `end`. The clause is a past verb and
    /// plain words, no comma.
    fn longer_relative(&self, k: usize, end: usize, lo: usize) -> Option<Range<usize>> {
        // ("Families who tore up their coca plants under a government programme said":
        // any past verb, and a phrase after its object.)
        let who = (k.saturating_sub(12).max(lo + 1)..k)
            .rev()
            .find(|&m| self.toks[m].eq("who"))?;
        let verb = self.toks.get(who + 1).is_some_and(|t| {
            t.word() && !t.cap && t.flags == 0 && t.cue.is_none() && !t.lower.ends_with('s')
        });
        let plain = (who + 1..end).all(|m| {
            let t = &self.toks[m];
            t.word() && t.cue.is_none() && !t.is(w::AUX | w::BE | w::PRON)
        });
        if !verb || !plain {
            return None;
        }
        let np = self.np_back(who, lo)?;
        let people = self.toks[np.end - 1].lower.ends_with('s')
            || classes::word_tags(self.toks[np.end - 1].lower).has(Tags::PEOPLE_OR_BODY);
        people.then_some(np.start..end)
    }

    /// The subject at the start of a clause: from `lo` up to the first verb-like word.
    pub fn subject_fwd(&self, lo: usize, hi: usize) -> Option<Range<usize>> {
        // "Meanwhile, X …", "In August, X …": the subject follows a leading adverbial.
        // ("Lee, a former judge, …" is a name with its appositive.)
        let named = self
            .toks
            .get(lo)
            .is_some_and(|t| t.cap && t.flags == 0 && !t.lower.ends_with("ly"))
            && self.toks.get(lo + 2).is_some_and(|t| t.is(w::DET));
        // "Chastened by the analyses, …": a participle opens an adverbial too.
        let participle = self.toks.get(lo).is_some_and(|t| {
            t.flags == 0 && t.cue.is_none() && (t.lower.ends_with("ed") || t.lower.ends_with("ing"))
        }) && self.toks.get(lo + 1).is_some_and(|t| t.is(w::PREP));
        let adverbial = self
            .toks
            .get(lo)
            .is_some_and(|t| t.is(w::PREP | w::ADV | w::TIME | w::SUB))
            || participle
            || (self.toks.get(lo + 1).is_some_and(|t| t.eq(",")) && !named);
        // The adverbial ends at a comma before a name, a determiner or a pronoun
        // ("During a speech earlier in the day, Trump …"; not ", as well as").
        let opens = |k: usize| {
            self.toks
                .get(k + 1)
                .is_some_and(|n| n.cap || n.is(w::DET | w::PRON))
        };
        let start = lo;
        let lo = match (lo..hi.min(lo + 20)).find(|&k| self.toks[k].eq(",") && opens(k)) {
            Some(c) if adverbial => c + 1,
            // "On September 27 they …": a time phrase with no comma.
            _ if self.toks.get(lo).is_some_and(|t| t.is(w::PREP)) => {
                let mut k = lo + 1;
                let number = |k: usize| {
                    self.toks
                        .get(k)
                        .is_some_and(|t| t.kind == crate::tokens::Kind::Number)
                };
                // A time word, a determiner, a number, or a month before its day.
                while k < hi
                    && (self.toks[k].is(w::TIME)
                        || (k == lo + 1 && self.toks[k].is(w::DET))
                        || number(k)
                        || (self.toks[k].cap && number(k + 1))
                        || (self.toks[k].word()
                            && self.toks.get(k + 1).is_some_and(|n| n.is(w::TIME))))
                {
                    k += 1;
                }
                if (k > lo + 1 && self.toks[k - 1].is(w::TIME)) || k > lo + 2 {
                    k
                } else {
                    lo
                }
            }
            _ => lo,
        };
        // After an adverbial a capital marks a name, not the sentence's first word.
        let moved = lo > start;
        let mut k = lo;
        let mut named = false;
        // Inside the second of two joined titles ("founder and managing director").
        let mut titles = false;
        while k < hi && k - lo < MAX_NP {
            let t = &self.toks[k];
            titles = (titles || (k > lo && self.titles_joined(k - 1)))
                && classes::word_tags(t.lower).has(Tags::TITLE | Tags::ROLE_MOD);
            // "The Bank of England cut …": a plain lower-case word after a name is the verb
            // (not after a demonym: "A European court upheld …").
            // ("Lok Sabha member Meera Raghunathan": a title before a name is a role.)
            let role = || {
                self.toks.get(k + 1).is_some_and(|n| n.cap)
                    && classes::word_tags(t.lower).has(Tags::TITLE)
            };
            // ("A Sahara spokesperson neither confirmed …": a role's singular noun is
            // the head.)
            let role_head = || {
                !t.lower.ends_with('s')
                    && classes::word_tags(t.lower).has(Tags::TITLE | Tags::GROUP_NOUN)
            };
            // ("Lower Manhattan residents": a plural noun of people after a name is its
            // head, no verb.)
            let people = || {
                t.lower.ends_with('s')
                    && classes::word_tags(t.lower).has(Tags::GROUP_NOUN | Tags::MEMBER_NOUN)
            };
            let verb_after_name = named
                && !t.cap
                && t.flags == 0
                && !self.toks[k - 1].possessive()
                && !role_head()
                && !people()
                && !classes::word_tags(self.toks[k - 1].lower).has(Tags::DEMONYM)
                && !role()
                && !titles;
            // "Gov. Ada Roe", "Former Sen. Ann Lee": a title's period in a name.
            let title = k > lo && self.toks[lo..k].iter().all(|t| t.cap || t.eq("."));
            if t.eq(".") && title && self.name_joint(k, lo, false).is_some() {
                k += 1;
                continue;
            }
            // "The athletes' rights group": a plural's genitive mark, joined to it.
            let genitive = k > lo
                && !t.word()
                && matches!(t.lower, "'" | "’")
                && self.toks[k - 1].lower.ends_with('s')
                && self.toks[k - 1].span.end == t.span.start
                && self.toks.get(k + 1).is_some_and(|n| n.word());
            if genitive {
                k += 1;
                continue;
            }
            // "A group of 60 marine researchers": a count after "of" or an article.
            let count = k > lo
                && t.kind == crate::tokens::Kind::Number
                && (self.toks[k - 1].eq("of") || self.toks[k - 1].is(w::DET))
                && self.toks.get(k + 1).is_some_and(|n| n.word() && !n.cap);
            if count {
                k += 1;
                continue;
            }
            // "More than 300 homeowners", "fewer than 20 staff": a count's comparison.
            let than = matches!(t.lower, "more" | "fewer" | "less")
                && self.toks.get(k + 1).is_some_and(|n| n.eq("than"))
                && self
                    .toks
                    .get(k + 2)
                    .is_some_and(|n| n.kind == crate::tokens::Kind::Number);
            if than {
                k += 3;
                continue;
            }
            if !t.word()
                || t.is(w::AUX | w::BE | w::SUB | w::ADV)
                || t.cue.is_some()
                || (t.prop != 0 && !t.cap)
                || verb_after_name
            {
                break;
            }
            named |= t.cap && t.flags == 0 && (k > lo || moved);
            if t.eq("and") && !(k + 1 < hi && self.toks[k + 1].cap) && !self.titles_joined(k) {
                break;
            }
            k += 1;
        }
        let r = self.trim_np(lo..k)?;
        // "Labor's campaign spokesperson, Rhys Kealoha, dismissed …": a description with
        // the name it introduces between commas.
        if k < hi && self.toks[k].eq(",") && !self.toks[r.end - 1].cap {
            let close = (k + 1..hi.min(k + 6)).find(|&m| self.toks[m].eq(","));
            if let Some(c) = close {
                if c >= k + 3 && self.toks[k + 1..c].iter().all(|t| t.cap && t.word()) {
                    return Some(r.start..c);
                }
            }
        }
        Some(r)
    }

    /// Punctuation inside a name, walking back from token `i`: the period of a short
    /// title ("Mr. Clarke") or a parenthesis ("Perdue (R-Ga.)"). Returns the index the
    /// walk continues from.
    pub fn name_joint(&self, i: usize, lo: usize, walking_back: bool) -> Option<usize> {
        let t = &self.toks[i];
        // Every joint is a punctuation mark, never a word: one test passes over most.
        if t.word() {
            return None;
        }
        // Walking back from a cue, a period inside the phrase cannot end a sentence
        // ("Acme Inc. said"); walking forward it must be followed by a name.
        let next_cap = walking_back || self.toks.get(i + 1).is_some_and(|n| n.cap);
        if t.eq(".") && i > lo && next_cap {
            let p = &self.toks[i - 1];
            let short = p.cap && p.word() && p.lower.chars().count() <= 4;
            return short.then_some(i - 1);
        }
        // "Landlords' associations": a plural possessive apostrophe.
        if (t.eq("'") || t.eq("’")) && i > lo {
            let p = &self.toks[i - 1];
            let glued = p.span.end == t.span.start;
            return (p.word() && p.lower.ends_with('s') && glued).then_some(i - 1);
        }
        if t.eq(")") {
            let open = (lo.max(i.saturating_sub(8))..i)
                .rev()
                .find(|&k| self.toks[k].eq("("))?;
            return (open > lo && self.toks[open - 1].cap).then_some(open);
        }
        None
    }

    /// Whether the "and" at `and` joins two titles of one person ("founder and
    /// managing director", "Chairman and CEO"): a title before it, and a title after it
    /// with only its modifiers between.
    pub fn titles_joined(&self, and: usize) -> bool {
        let title = |t: &super::toks::Tok| classes::word_tags(t.lower).has(Tags::TITLE);
        and > 0
            && self.toks[and].eq("and")
            && title(&self.toks[and - 1])
            && self.toks[and + 1..]
                .iter()
                .take(3)
                .take_while(|t| {
                    t.word() && classes::word_tags(t.lower).has(Tags::TITLE | Tags::ROLE_MOD)
                })
                .any(title)
    }

    /// A plain noun phrase ending before `end`.
    pub fn np_back(&self, end: usize, lo: usize) -> Option<Range<usize>> {
        let mut k = end;
        while k > lo && end - k < MAX_NP {
            let t = &self.toks[k - 1];
            if let Some(j) = self.name_joint(k - 1, lo, true) {
                k = j;
                continue;
            }
            if k < end && self.titles_joined(k - 1) {
                k -= 1;
                continue;
            }
            let verb = t.cue.is_some() || (t.prop != 0 && !t.cap && t.lower.ends_with("ed"));
            if !t.word() || t.is(w::SUB | w::CONJ | w::AUX | w::BE) || verb {
                break;
            }
            k -= 1;
        }
        self.trim_np(k..end)
    }

    fn trim_np(&self, mut r: Range<usize>) -> Option<Range<usize>> {
        while r.start < r.end {
            let t = &self.toks[r.start];
            let quantifier = t.eq("at")
                && self
                    .toks
                    .get(r.start + 1)
                    .is_some_and(|n| n.eq("least") || n.eq("most"));
            if t.is(w::PREP) && r.end - r.start > 1 && !quantifier {
                // "On Tuesday the minister": drop a leading time phrase; "by the
                // director": drop the preposition.
                let mut j = r.start + 1;
                while j < r.end
                    && (self.toks[j].is(w::TIME)
                        || self.toks[j].kind == crate::tokens::Kind::Number)
                {
                    j += 1;
                }
                if j >= r.end {
                    break;
                }
                r.start = j;
            } else if t.is(w::ADV | w::CONJ)
                || (!t.word() && !t.eq("$") && t.kind != crate::tokens::Kind::Number)
            {
                r.start += 1;
            } else {
                break;
            }
        }
        (r.start < r.end).then_some(r)
    }

    /// A noun phrase starting at `start` (after an inverted cue): up to a comma, a
    /// sentence end, a subordinator or `hi`.
    pub fn np_after(&self, start: usize, hi: usize) -> Option<Range<usize>> {
        let mut k = start;
        while k < hi && k - start < MAX_NP {
            let t = &self.toks[k];
            // "Mr. Clarke", "Perdue (R-Ga.)"
            let title_dot = t.eq(".") && k > start && self.name_joint(k, start, false).is_some();
            if title_dot {
                k += 1;
                continue;
            }
            if t.eq("(") && k > start && self.toks[k - 1].cap {
                if let Some(close) = (k + 1..hi.min(k + 8)).find(|&m| self.toks[m].eq(")")) {
                    k = close + 1;
                    continue;
                }
            }
            if !(t.word() || t.eq("-") || t.eq("&") || t.eq("'"))
                || t.is(w::SUB)
                || (t.cue.is_some() && k > start)
            {
                break;
            }
            k += 1;
        }
        // "said on Tuesday" is not a phrase.
        if k == start || self.toks[start].is(w::PREP | w::TIME) {
            return None;
        }
        Some(start..k)
    }

    /// Whether the "that" at `j` is a demonstrative before a nominal cue that ends its
    /// phrase ("rejected that argument", "denied that claim as baseless"), not a
    /// complementiser.
    fn demonstrative(&self, j: usize, hi: usize) -> bool {
        let Some(noun) = self.toks.get(j + 1).filter(|_| j + 1 < hi) else {
            return false;
        };
        // "that" determines a singular only ("said that reports in May were wrong").
        let plural =
            noun.lower.ends_with('s') && !noun.lower.ends_with("ss") && !noun.lower.ends_with("is");
        let nominal =
            noun.word() && !noun.cap && !plural && (noun.noun || noun.prop & p::NOUN != 0);
        nominal
            && self
                .toks
                .get(j + 2)
                .filter(|_| j + 2 < hi)
                .is_none_or(|t| !t.word() || t.is(w::PREP) || t.eq("as"))
    }

    /// Skips a cue's addressee ("told reporters"), time and place adverbials ("on
    /// Tuesday", "in a statement") and a complementiser "that", from `j`.
    pub fn skip_to_content(&self, mut j: usize, hi: usize, obj: bool) -> usize {
        if obj {
            j = self.skip_object(j, hi);
        }
        // "pointed out that"
        if j < hi && self.toks[j].eq("out") && self.toks.get(j + 1).is_some_and(|t| t.eq("that")) {
            j += 1;
        }
        while j < hi {
            match self.adverbial_step(j, hi) {
                Some(next) => j = next,
                None => break,
            }
        }
        if j < hi && self.toks[j].eq(":") {
            j += 1;
        }
        if j + 1 < hi
            && self.toks[j].eq(",")
            && (self.toks[j + 1].eq("that") || self.toks[j + 1].quote())
        {
            j += 1;
        }
        if j < hi && self.toks[j].eq("that") && !self.demonstrative(j, hi) {
            j += 1;
            // "said that, in the end, …": the parenthetical opens the content.
            if j + 1 < hi && self.toks[j].eq(",") {
                j += 1;
            }
        }
        j
    }

    /// One adverbial after a cue, from `j`: where it ends, or `None` when `j` opens the
    /// content.
    fn adverbial_step(&self, j: usize, hi: usize) -> Option<usize> {
        let t = &self.toks[j];
        let next = self.toks.get(j + 1).filter(|_| j + 1 < hi);
        // "said about 900 entries may …", "found roughly $2 million": a word of
        // approximation before a number opens the content's subject.
        if j + 1 < hi && self.approximates(j) {
            return None;
        }
        // "showed as early as 2021 that …", "as recently as last year": a time
        // adverbial of its own.
        let as_time = t.eq("as")
            && next.is_some_and(|n| matches!(n.lower, "early" | "late" | "recently" | "soon"))
            && self.toks.get(j + 2).is_some_and(|n| n.eq("as"));
        if as_time {
            let timed = |k: usize| self.toks[k].dated();
            let end = (j + 3..hi.min(j + 6)).take_while(|&k| timed(k)).last();
            return end.map(|k| k + 1);
        }
        // "said on the other hand, “…”", "said for example that": a discourse adverbial
        // (each opens with a preposition: the rest are passed over at once).
        if t.is(w::PREP) {
            for phrase in DISCOURSE {
                let n = phrase.len();
                if j + n < hi
                    && self.toks[j..j + n]
                        .iter()
                        .zip(*phrase)
                        .all(|(t, w)| t.eq(w))
                {
                    let after = j + n;
                    return Some(if self.toks[after].eq(",") {
                        after + 1
                    } else {
                        after
                    });
                }
            }
        }
        if t.is(w::TIME) && !t.is(w::DET) || (t.is(w::ADV) && !t.eq("not")) {
            return Some(j + 1);
        }
        if (t.eq("last") || t.eq("this")) && next.is_some_and(|n| n.is(w::TIME)) {
            return Some(j + 2);
        }
        if t.eq("to") {
            // "said to reporters that": an addressee; "threatened to release": content.
            let addressee = next.is_some_and(|n| {
                n.is(w::PRON) || (n.lower.ends_with('s') && !n.cap && n.flags == 0)
            });
            return addressee.then_some(j + 2);
        }
        if t.eq(",") && j + 2 < hi && self.toks[j + 1].is(w::ADV) && self.toks[j + 2].eq(",") {
            return Some(j + 3);
        }
        // "reported on Monday, citing people familiar with the matter, that …": the
        // sources the report names, between commas before its "that".
        if t.eq(",") && next.is_some_and(|n| n.eq("citing") || n.eq("quoting")) {
            let comma = (j + 2..hi.min(j + 18))
                .take_while(|&k| self.toks[k].word() || self.toks[k].eq(","))
                .find(|&k| {
                    self.toks[k].eq(",") && self.toks.get(k + 1).is_some_and(|n| n.eq("that"))
                });
            return comma;
        }
        // "reported on Wednesday, before the company's announcement, that …", "told
        // staff in an email, seen by AAP, that …": an aside between commas before the
        // content's "that".
        if t.eq(",") {
            let aside = (j + 2..hi.min(j + 12))
                .take_while(|&k| {
                    let t = &self.toks[k];
                    (t.word() && !t.is(w::AUX | w::BE)) || t.eq(",") || t.eq("'s") || t.eq("’s")
                })
                .find(|&k| self.toks[k].eq(","));
            if let Some(c) = aside.filter(|&c| self.toks.get(c + 1).is_some_and(|n| n.eq("that"))) {
                return Some(c);
            }
        }
        // "ruled 5-4 that", "voted 52-48 that": a tally (one number token).
        if t.kind == crate::tokens::Kind::Number
            && t.lower.contains('-')
            && next.is_some_and(|n| n.eq("that"))
        {
            return Some(j + 1);
        }
        if t.eq("of") {
            // "said of the plan, …"
            let comma = (j + 1..hi.min(j + 8))
                .take_while(|&k| self.toks[k].word() || self.toks[k].eq(","))
                .find(|&k| self.toks[k].eq(","));
            return comma.map(|c| c + 1);
        }
        // "said after the convention he …": "after" or "before" a determiner opens a
        // time phrase as a preposition does.
        let time_sub = (t.eq("after") || t.eq("before")) && next.is_some_and(|n| n.is(w::DET));
        if !t.is(w::PREP) && !time_sub {
            return None;
        }
        // "said at a campaign stop in Toledo, Ohio, that …": a place may hold commas.
        let that = (j + 1..hi.min(j + 12))
            .take_while(|&k| {
                let t = &self.toks[k];
                (t.word() && t.cue.is_none() && !t.is(w::AUX | w::BE))
                    || (t.eq(",")
                        && k > j + 1
                        && self.toks[k - 1].cap
                        && self.toks.get(k + 1).is_some_and(|n| n.cap || n.eq("that")))
            })
            // ("charges on grain that could not be loaded": a "that" before an
            // auxiliary is a relative pronoun; a reported clause has its subject.)
            .find(|&k| {
                self.toks[k].eq("that")
                    && !self.toks.get(k + 1).is_some_and(|n| n.is(w::AUX | w::BE))
            });
        that.or_else(|| self.adverbial_end(j + 1, hi))
    }

    /// The end of an adverbial phrase after a preposition: a time phrase or a medium
    /// ("a statement", "an interview with CNN").
    fn adverbial_end(&self, mut j: usize, hi: usize) -> Option<usize> {
        let start = j;
        let mut medium = false;
        // Whether a noun of the medium itself has been read ("statement", "letter").
        let mut noun = false;
        // "at the Congressional Black Caucus Foundation gala dinner in Washington": a
        // place's name with its common nouns, up to a preposition, a comma or the end.
        let plain = |k: usize| {
            k < hi && {
                let t = &self.toks[k];
                t.word() && !t.cap && t.flags == 0 && t.cue.is_none() && t.prop == 0
            }
        };
        let closes = |k: usize| {
            k >= hi || {
                let t = &self.toks[k];
                t.is(w::PREP) || t.eq(",") || t.stop()
            }
        };
        // ("proposed in January to close …": "to" before a bare verb opens an
        // infinitive, no preposition of the adverbial.)
        let infinitive = |k: usize| {
            self.toks[k].eq("to")
                && self
                    .toks
                    .get(k + 1)
                    .is_some_and(|n| n.word() && !n.cap && !n.is(w::DET | w::PRON))
        };
        while j < hi && j - start < 10 {
            let t = &self.toks[j];
            // ("at the European Society of Cardiology congress": a name's own "of".)
            // ("at a Portland middle school": one name after a determiner too.)
            let named = j >= start + 2
                && self.toks[j - 1].cap
                && (self.toks[j - 2].cap
                    || self.toks[j - 2].is(w::DET)
                    || (j >= start + 3 && self.toks[j - 2].eq("of") && self.toks[j - 3].cap));
            if named && plain(j) && (closes(j + 1) || (plain(j + 1) && closes(j + 2))) {
                j += if closes(j + 1) { 1 } else { 2 };
                continue;
            }
            if j - start >= 6 && !t.cap {
                break;
            }
            // ("at the Porte de Saint-Cloud": a name's particle between capitals.)
            let particle = j > start
                && !t.cap
                && self.toks[j - 1].cap
                && self.toks.get(j + 1).is_some_and(|n| n.cap && j + 1 < hi)
                && crate::actors::names::particle(t.lower);
            if t.is(w::TIME)
                || t.kind == crate::tokens::Kind::Number
                || (t.cap && !t.is(w::PRON))
                || particle
            {
                medium = true;
                j += 1;
            } else if (t.is(w::DET) || t.eq("his") || t.eq("her") || t.eq("its") || t.eq("their"))
                && (!medium || self.toks[j - 1].is(w::PREP))
            {
                // A determiner after the phrase's noun opens the content ("on
                // Monday its pill …").
                j += 1;
            } else if MEDIUM.contains(&t.lower)
                // ("hit back at an evening meeting in Hubballi"; "after the meeting
                // broke up" opens a clause.)
                || (OCCASIONS.contains(&t.lower)
                    && start > 0
                    && matches!(self.toks[start - 1].lower, "at" | "during"))
            {
                medium = true;
                noun |= MEDIUM.contains(&t.lower);
                j += 1;
            } else if medium
                && j > start
                && MEDIUM.contains(&self.toks[j - 1].lower)
                && t.word()
                && !t.cap
                && t.cue.is_none()
                && (t.lower.ends_with("ed")
                    || matches!(t.lower, "seen" | "sent" | "written" | "given" | "shown"))
            {
                // "said in a report published on Wednesday": a participle after the
                // medium is the medium's, no clause of what was said.
                j += 1;
            } else if medium
                && t.word()
                && !t.cap
                && t.cue.is_none()
                && t.lower.ends_with("ed")
                && self
                    .toks
                    .get(j + 1)
                    .is_some_and(|n| n.eq("by") && j + 1 < hi)
            {
                // "said at a signing ceremony in Madrid attended by Industry Minister
                // Carlos Ortega": a participle and its agent modify the occasion (the
                // agent's name may run past the phrase's length).
                j += 2;
                let name_end = (j..hi.min(j + 8))
                    .find(|&k| !(self.toks[k].cap || self.toks[k].eq("the")))
                    .unwrap_or(hi.min(j + 8));
                if name_end > j && self.closes_adverbial(name_end, hi) {
                    return Some(name_end);
                }
            } else if medium
                && t.eq("to")
                && MEDIUM.contains(&self.toks[j - 1].lower)
                && (j + 1..hi.min(j + 4)).take_while(|&k| plain(k)).any(|k| {
                    let w = self.toks[k].lower;
                    (w.ends_with('s') && !w.ends_with("ss")) || w == "staff"
                })
            {
                // "in a circular to commercial lenders", "in a memo to staff": the
                // medium's addressee, no infinitive.
                j += 1;
            } else if medium && (t.is(w::PREP) && !t.eq("that")) && !infinitive(j) {
                j += 1;
            } else if plain(j)
                && (self.toks[j - 1].is(w::DET) || (plain(j - 1) && self.toks[j - 2].is(w::DET)))
                && (j + 1..(j + 3).min(hi)).take_while(|&k| plain(k)).any(|k| {
                    MEDIUM.contains(&self.toks[k].lower) && (k + 1 == hi || self.toks[k + 1].stop())
                })
            {
                // "…, the companies said in a joint regulatory filing.": plain
                // modifiers before the medium that ends the sentence.
                j += 1;
            } else if j > start
                && self.toks[j - 1].is(w::DET)
                && start > 0
                && matches!(self.toks[start - 1].lower, "at" | "during")
                && t.word()
                && !t.cap
                && self
                    .toks
                    .get(j + 1)
                    .is_some_and(|n| OCCASIONS.contains(&n.lower) && j + 1 < hi)
            {
                // "said at a signing ceremony", "at a press event": one modifier before
                // the occasion.
                j += 1;
            } else if medium
                && self.toks[j - 1].is(w::DET)
                && self.toks[j - 2].is(w::PREP)
                && (j..(j + 3).min(hi)).take_while(|&k| plain(k)).any(|k| {
                    self.closes_adverbial(k + 1, hi)
                        || self.toks.get(k + 1).is_some_and(|n| n.cap && k + 1 < hi)
                })
            {
                // "said in a filing with the transport ministry": the plain words of
                // a noun after a preposition and its determiner, up to the end or a
                // name ("in an interview with the newspaper Público").
                j += 1;
            } else if t.word() && j > start && self.closes_adverbial(j + 1, hi) {
                // "at a Washington event this month": a noun ending the phrase.
                medium = true;
                j += 1;
            } else {
                break;
            }
        }
        // "said in a notice posted on its website, and …", "in a circular to commercial
        // lenders seen by Wire.": after a medium, words with no verb of their own up to
        // a comma or the end describe it; a clause ("in a statement it would …", "in
        // a note that …") has a pronoun, an auxiliary or a "that".
        if noun && j < hi {
            let end = (j..hi)
                .find(|&k| self.toks[k].eq(",") || self.toks[k].stop())
                .unwrap_or(hi);
            let describes = (j..end).all(|k| {
                let t = &self.toks[k];
                t.word()
                    && !t.is(w::AUX | w::BE | w::PRON | w::SUB)
                    && !t.eq("that")
                    && !matches!(t.lower, "he" | "she" | "they" | "we" | "i" | "it")
                    && (t.cue.is_none() || t.lower.ends_with("ed") || t.lower == "seen")
            });
            if describes && end > j {
                return Some(end);
            }
        }
        (medium && j > start).then_some(j)
    }

    /// Whether token `j` ends an adverbial: the sentence end, a comma, "that", a time
    /// word or a quote mark.
    fn closes_adverbial(&self, j: usize, hi: usize) -> bool {
        j >= hi || {
            let t = &self.toks[j];
            t.stop() || t.eq(",") || t.eq("that") || t.is(w::TIME) || t.quote() || {
                // "said in an interview he would …": a subject pronoun opens the content.
                matches!(t.lower, "he" | "she" | "they" | "we" | "i")
            }
        }
    }

    fn skip_object(&self, j: usize, hi: usize) -> usize {
        let k = self.object_end(j, hi);
        // "urged shareholders to reject", "accused ministers of …": the object belongs
        // to the content, with an appositive ("accuse the mine's operator, Andean
        // Copper, of …").
        let to_of = |t: &super::toks::Tok| t.eq("to") || t.eq("of");
        let apposed = k > j
            && self.toks.get(k).is_some_and(|t| t.eq(","))
            && (k + 2..hi.min(k + 10))
                .take_while(|&m| {
                    let t = &self.toks[m - 1];
                    t.word() && !t.is(w::SUB | w::AUX | w::BE)
                })
                .find(|&m| self.toks[m].eq(","))
                .is_some_and(|c| self.toks.get(c + 1).is_some_and(to_of));
        if k > j && (self.toks.get(k).is_some_and(to_of) || apposed) {
            return j;
        }
        k
    }

    fn object_end(&self, j: usize, hi: usize) -> usize {
        if j >= hi {
            return j;
        }
        // "told reporters on Tuesday that": a "that" close by ends the object.
        // ("told the Senate Health, Education, Labor and Pensions Committee that": a
        // name's own commas and "and" between capitalised words.)
        let in_name = |k: usize| {
            (self.toks[k].eq(",") || self.toks[k].eq("and"))
                && k > j
                && self.toks[k - 1].cap
                && self.toks.get(k + 1).is_some_and(|n| n.cap)
        };
        for k in j..hi.min(j + 14) {
            let t = &self.toks[k];
            // ("warned of a sharp wind shift that afternoon": "that" before a time word
            // is its determiner.)
            let time = || {
                self.toks
                    .get(k + 1)
                    .is_some_and(|n| n.is(w::TIME) && !n.cap)
            };
            // ("told reporters after the meeting that was held on a boat": "that" before
            // an auxiliary is a relative pronoun, no complementiser.)
            let relative = || self.toks.get(k + 1).is_some_and(|n| n.is(w::AUX | w::BE));
            if t.eq("that") && !time() {
                if relative() {
                    break;
                }
                return k;
            }
            // "ask lawmakers to pass a measure that would …": an infinitive after the
            // object opens its own clause; a later "that" is a relative pronoun ("told
            // reporters close to the talks that" keeps its preposition).
            let infinitive = t.eq("to")
                && self
                    .toks
                    .get(k + 1)
                    .is_some_and(|n| n.word() && !n.cap && !n.is(w::DET | w::PRON));
            if infinitive {
                break;
            }
            if in_name(k) {
                continue;
            }
            // ("told reporters after the debate that": a time phrase after the object.)
            let time_phrase = (t.eq("after") || t.eq("before"))
                && self.toks.get(k + 1).is_some_and(|n| n.is(w::DET));
            if !t.word()
                || t.cue.is_some()
                || (t.is(w::SUB | w::CONJ) && !time_phrase)
                || k >= j + 8 && !t.cap
            {
                break;
            }
        }
        let t = &self.toks[j];
        let after = self.toks.get(j + 1).filter(|_| j + 1 < hi);
        // "told reporters the …": a bare plural addressee.
        let plural =
            t.lower.ends_with('s') && after.is_some_and(|n| n.is(w::DET | w::PRON) || n.cap);
        // ("told parliament the cap was needed": a lone noun before a determiner.)
        let noun = t.flags == 0
            && t.cue.is_none()
            && !t.is(w::SUB | w::PREP | w::CONJ | w::ADV | w::AUX | w::BE | w::PRON);
        let lone = !t.cap
            && t.word()
            && !t.is(w::DET)
            && after.is_none_or(|n| {
                !n.word() || n.eq("that") || n.is(w::PREP | w::TIME) || (noun && n.is(w::DET))
            });
        // "warned it would backfire", "warned they would strike": a subject pronoun,
        // or "it" before an auxiliary, opens the content.
        let subject = t.subject_pronoun()
            || (t.eq("it") || t.eq("you")) && after.is_some_and(|n| n.is(w::AUX | w::BE));
        if subject {
            return j;
        }
        if t.is(w::PRON) || lone || (plural && !t.cap && !t.is(w::DET)) {
            return j + 1;
        }
        // ("told council members the plan was dead": a noun before a bare plural.)
        let compound = noun
            && !t.cap
            && after.is_some_and(|n| {
                n.word() && !n.cap && n.flags == 0 && n.lower.ends_with('s') && n.cue.is_none()
            })
            && self
                .toks
                .get(j + 2)
                .filter(|_| j + 2 < hi)
                .is_some_and(|n| n.is(w::DET | w::PRON));
        if compound {
            return j + 2;
        }
        let mut k = j;
        if t.is(w::DET) {
            k += 1;
            let mut m = k;
            while m < hi
                && m < k + 3
                && self.toks[m].word()
                && !self.toks[m].is(w::SUB | w::PREP | w::PRON | w::AUX | w::BE)
            {
                m += 1;
            }
            // "the pilots' union": a plural possessive's mark does not end the object.
            let owner_mark = m < hi
                && matches!(self.toks[m].lower, "'" | "’")
                && self.toks[m - 1].lower.ends_with('s');
            // "told a jury on Tuesday": a time adverbial after the object ends it too.
            let time_after = m + 1 < hi && self.toks[m].is(w::PREP) && self.toks[m + 1].is(w::TIME);
            // "told a news conference in Nairobi": so does a place's name that ends
            // the clause (not "asked the board in March to …").
            let place_after = m + 1 < hi && (self.toks[m].eq("in") || self.toks[m].eq("at")) && {
                let end = (m + 1..hi)
                    .find(|&x| !(self.toks[x].cap && self.toks[x].word()))
                    .unwrap_or(hi);
                end > m + 1 && (end == hi || matches!(self.toks[end].lower, "," | "." | "that"))
            };
            if m > k
                && !owner_mark
                && (m >= hi
                    || !self.toks[m].word()
                    || self.toks[m].eq("that")
                    || time_after
                    || place_after
                    // "told the forum he was …": a subject pronoun opens the content.
                    || self.toks[m].subject_pronoun())
            {
                return m;
            }
        }
        while k < hi && self.toks[k].cap && self.toks[k].word() {
            k += 1;
        }
        if k == j || (k == j + 1 && self.toks[j].is(w::DET)) {
            return j;
        }
        // ("the Nashville-based chain": a capitalised modifier before the noun.)
        if self.toks[j].is(w::DET) {
            let plain = |t: &super::toks::Tok| {
                t.word() && !t.cap && t.flags == 0 && t.cue.is_none() && t.prop == 0
            };
            while k < hi && k < j + 6 && plain(&self.toks[k]) {
                k += 1;
            }
        }
        k
    }

    /// Whether token `i` is a noun that opens a nominal "that" clause.
    pub fn that_noun(&self, i: usize) -> bool {
        THAT_NOUNS.contains(&self.toks[i].lower)
    }
}

#[cfg(test)]
mod tests {
    use super::DISCOURSE;
    use crate::claims::lex::w;

    /// `adverbial_step` tries the discourse adverbials only at a preposition.
    #[test]
    fn discourse_adverbials_open_with_a_preposition() {
        for phrase in DISCOURSE {
            let first = crate::lexed::entry_of(phrase[0]);
            assert!(first.flags & w::PREP != 0, "{phrase:?}");
        }
    }
}
