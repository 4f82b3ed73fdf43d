//! Source phrases with their appositives: "Hugo Brandt, a farmer near the river, said"
//! gives the source as written "Hugo Brandt, a farmer near the river", and "said Omar
//! Lindqvist, an economist at the bank." gives "Omar Lindqvist, an economist at the bank".
//!
//! A non-restrictive relative clause counts as an appositive ("Ana Ruiz, who chairs the
//! panel, said" gives "Ana Ruiz, who chairs the panel").
//!
//! A relative pronoun before the cue is the source as written ("who said"), as a
//! pronoun is; the actor is its antecedent's.
//!
//! In: a source token range found by a rule and its cue range. Out: the range widened
//! over a following appositive, or unchanged. The actor is still resolved from the name
//! (the first mention inside the widened span), so only `source_text` grows. It does
//! not find sources and does not touch content.

use std::ops::Range;

use super::lex::w;
use super::toks::Doc;

/// Relative pronouns that open a description of the source.
const RELATIVES: &[&str] = &["who", "whose", "which"];

/// Longest appositive taken, in tokens (longer runs are clauses, not descriptions).
const MAX_APPOSITIVE: usize = 30;

impl Doc<'_> {
    /// "the economist, who said": the relative pronoun between the source found (its
    /// antecedent) and the cue, which is the source as written, like "he"; the actor
    /// is still resolved from the antecedent.
    pub fn relative_pronoun(
        &self,
        source: &Range<usize>,
        cue: &Range<usize>,
    ) -> Option<Range<usize>> {
        if source.end > cue.start {
            return None;
        }
        let lo = self.sents[self.toks[cue.start].sent].start.max(source.end);
        let p = self.skip_aux_back(cue.start, lo).checked_sub(1)?;
        let t = &self.toks[p];
        (p >= source.end && (t.eq("who") || t.eq("which"))).then_some(p..p + 1)
    }

    /// "said Nomsa Dlamini, 52, a domestic worker who said …": the name that the
    /// description before the relative pronoun at `who` stands in apposition to (an
    /// age between commas may come between them), if any.
    pub fn apposed_name(&self, who: usize) -> Option<Range<usize>> {
        let lo = self.sents[self.toks[who].sent].start;
        let plain = |t: &super::toks::Tok| t.word() && !t.cap && !t.is(w::DET | w::PREP);
        let mut k = who;
        while k > lo && who - k < 5 && plain(&self.toks[k - 1]) {
            k -= 1;
        }
        if k == who || k < lo + 3 || !self.toks[k - 1].is(w::DET) || !self.toks[k - 2].eq(",") {
            return None;
        }
        k -= 2;
        let age = |k: usize| {
            k >= lo + 2
                && self.toks[k - 1].kind == crate::tokens::Kind::Number
                && self.toks[k - 2].eq(",")
        };
        if age(k) {
            k -= 2;
        }
        let mut s = k;
        while s > lo && self.toks[s - 1].cap && self.toks[s - 1].word() {
            s -= 1;
        }
        (s < k).then_some(s..k)
    }

    /// "met the city's finance director, who said": the plain description that ends
    /// `r` just before a comma (a determiner or possessive and a few plain words,
    /// with no name, preposition, clause word or verb form), if any.
    pub fn plain_description(&self, r: &Range<usize>) -> Option<Range<usize>> {
        // ("a well-connected source who told him": a restrictive clause needs none.)
        if !self
            .toks
            .get(r.end)
            .is_some_and(|t| t.eq(",") || t.eq("who"))
        {
            return None;
        }
        let plain = |t: &super::toks::Tok| {
            t.word()
                && !t.cap
                && !t.is(w::PREP | w::SUB | w::CONJ | w::PRON | w::DET)
                && !t.lower.ends_with("ing")
                && !t.lower.ends_with("ed")
        };
        let lo = r.start.max(r.end.saturating_sub(6));
        let opens = (lo..r.end).rev().find(|&k| !plain(&self.toks[k]))?;
        let t = &self.toks[opens];
        let det = (t.is(w::DET) && !t.eq("that")) || (t.possessive() && !t.cap);
        (det && opens + 1 < r.end).then_some(opens..r.end)
    }

    /// `source` widened over the appositive that follows it, if any.
    pub fn with_appositive(&self, source: Range<usize>, cue: &Range<usize>) -> Range<usize> {
        let Some(last) = source.end.checked_sub(1).map(|i| &self.toks[i]) else {
            return source;
        };
        let mut comma = source.end;
        // "Rep. Ann Lee (D-Md.), a former judge": a party label closes the name, also
        // where the source found stops before it.
        let label = last.eq(")") && self.toks[source.clone()].iter().any(|t| t.cap);
        if last.cap && self.toks.get(comma).is_some_and(|t| t.eq("(")) {
            let end = self.toks.len().min(comma + 8);
            let close = (comma + 1..end).find(|&k| self.toks[k].eq(")"));
            comma = close.map_or(comma, |c| c + 1);
        }
        if !self.toks.get(comma).is_some_and(|t| t.eq(",")) {
            return source;
        }
        // "The authors of the report, which include two charities,", "Other unions,
        // including the nurses,": a relative clause or a list describes a source that
        // is no name, too.
        let relative = self
            .toks
            .get(comma + 1)
            .is_some_and(|t| RELATIVES.contains(&t.lower) || t.eq("including"));
        let named = (last.cap || label || (relative && last.word())) && !last.is(w::PRON);
        if !named {
            return source;
        }
        if !self.opens_appositive(comma + 1) {
            return source;
        }
        let end = if cue.start > comma {
            self.appositive_before_cue(comma, cue.start)
        } else if source.start >= cue.end
            && self.toks[cue.start].cue.is_some()
            && self.toks[source.start].cap
        {
            self.appositive_to_clause_end(comma)
        } else {
            None
        };
        // "by Brekke, who called it untrue": a relative clause holding its own cue is
        // another attribution, not a description.
        let relative = RELATIVES.contains(&self.toks[comma + 1].lower);
        let own_cue = |e: usize| self.toks.get(e).is_some_and(|t| t.cue.is_some());
        match end {
            Some(e) if relative && own_cue(e) => source,
            Some(e) if e > comma + 1 => source.start..e,
            _ => source,
        }
    }

    /// Whether token `i` can open a description: "a", "the", "59", "chief", "its".
    fn opens_appositive(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if t.cue.is_some() || t.quote() || !(t.word() || t.kind == crate::tokens::Kind::Number) {
            return false;
        }
        // A non-restrictive relative clause describes the source as an appositive does
        // ("Ana Ruiz, who chairs the panel, said").
        if t.is(w::DET)
            || t.eq("one")
            || t.eq("including")
            || t.possessive()
            || t.kind == crate::tokens::Kind::Number
            || RELATIVES.contains(&t.lower)
        {
            return true;
        }
        let verbish = |t: &super::toks::Tok| t.lower.ends_with("ing") || t.lower.ends_with("ed");
        let plain = |t: &super::toks::Tok| !t.cap && t.flags == 0 && !verbish(t) && t.word();
        // "now a consultant", "formerly the party's treasurer".
        if t.is(w::ADV) && !t.cap {
            return self
                .toks
                .get(i + 1)
                .is_some_and(|n| n.is(w::DET) || plain(n));
        }
        // "House editor for the Cook Political Report": a name before a role noun.
        if t.cap {
            return self
                .toks
                .get(i + 1)
                .is_some_and(|n| plain(n) && n.cue.is_none());
        }
        plain(t)
    }

    /// "X, a doctor, said": the comma just before the cue (after auxiliaries) closes
    /// the appositive that opens at `comma`.
    fn appositive_before_cue(&self, comma: usize, cue: usize) -> Option<usize> {
        let lo = self.sents[self.toks[comma].sent].start;
        // "Lee, a former judge, poked at X, tweeting …": the comma before the clause's
        // verb closes the appositive, not the one before a later cue.
        // ("…, the Republican nominee, repeatedly sought …": an adverb before it.)
        let verb = |k: usize| {
            let adverb = self.toks.get(k + 1).is_some_and(|n| {
                n.is(w::ADV) || (!n.cap && n.flags == 0 && n.lower.ends_with("ly"))
            });
            self.toks.get(k + 1 + usize::from(adverb)).is_some_and(|n| {
                n.word()
                    && !n.cap
                    && (n.cue.is_some()
                        || n.is(w::AUX | w::BE)
                        || (n.flags == 0 && (adverb || n.lower.ends_with("ed"))))
            })
        };
        let first = (comma + 2..cue).find(|&k| self.toks[k].eq(",") && verb(k));
        let close = match first {
            Some(c) => c,
            None => self.skip_aux_back(cue, lo).checked_sub(1)?,
        };
        if close <= comma + 1 || close - comma > MAX_APPOSITIVE || !self.toks[close].eq(",") {
            return None;
        }
        let clean = (comma + 1..close).all(|k| {
            let t = &self.toks[k];
            // "a critic of Mr. Pena": a title's period ends no sentence.
            let title_dot = t.eq(".") && self.name_joint(k, comma + 1, false).is_some();
            (t.cue.is_none() || self.attributive(k, close))
                && !t.quote()
                && (!t.stop() || title_dot)
        });
        clean.then_some(close)
    }

    /// "said X, an economist at the bank.": the appositive runs to the sentence end, a
    /// quote, or a comma before a quote or a cue ("…, adding that").
    fn appositive_to_clause_end(&self, comma: usize) -> Option<usize> {
        let hi = self.sents[self.toks[comma].sent].end;
        let mut j = comma + 1;
        while j < hi && j - comma <= MAX_APPOSITIVE {
            let t = &self.toks[j];
            if t.cue.is_some() {
                // "said Nomsa Dlamini, 52, a domestic worker who said …": the relative
                // pronoun opens the next attribution, no part of this description.
                let v = self.skip_aux_back(j, comma + 1);
                let who = v > comma + 1 && RELATIVES.contains(&self.toks[v - 1].lower);
                return Some(if who { v - 1 } else { j });
            }
            if t.stop() || t.quote() || t.eq(":") || t.eq(";") {
                return Some(j);
            }
            if t.eq(",") {
                let next = self.toks.get(j + 1);
                if next.is_none_or(|n| n.quote() || n.cue.is_some() || n.is(w::SUB | w::CONJ)) {
                    return Some(j);
                }
            }
            j += 1;
        }
        if j >= hi {
            return Some(hi);
        }
        // Too long for one description: "a fellow at X who ran Y, an agency whose …"
        // ends at its first comma.
        (comma + 2..j).find(|&k| self.toks[k].eq(","))
    }
}
