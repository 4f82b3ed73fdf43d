//! Mixed quotes whose cue follows the clause the quote opens: "“We cut costs” to raise
//! the price, she said." or "A clerk who “takes a few coins” is fired, Lee said." The
//! quote's sentence runs on past its closing mark to a comma, the speaker and a cue
//! with nothing of its own after it.
//!
//! In: a quote's opening and closing marks. Out: one mixed item whose content is the
//! clause up to the comma (without the opening mark where the quote opens the
//! sentence) and whose source is the subject just before the cue. It does not pair
//! quotes and handles no quote followed by a comma (those are direct quotes).

use super::lex::w;
use super::toks::Doc;
use super::Hit;
use crate::document::Form;

/// The rule id of a quote running on into its clause.
pub(super) const RULE: &str = "attribution/mixed/quote-runs-on";

/// Whether the words after the closing mark at `close` carry on the quote's clause
/// ("” to raise", "” for fraud", "” is fired", "” of the plan").
pub(super) fn runs_on(doc: &Doc, close: usize) -> bool {
    let hi = doc.sent_of(close).end;
    doc.toks
        .get(close + 1)
        .filter(|_| close + 1 < hi)
        .is_some_and(|t| !t.cap && (t.is(w::PREP | w::BE | w::AUX | w::CONJ) || t.eq("to")))
}

/// The mixed item for the quote `open..=close`, if its clause ends in ", X said".
pub(super) fn quote_runs_on(doc: &Doc, open: usize, close: usize) -> Option<Hit> {
    if !runs_on(doc, close) {
        return None;
    }
    let s = doc.sent_of(close);
    let start = if open == s.start { open + 1 } else { s.start };
    for m in close + 2..s.end {
        let t = &doc.toks[m];
        if t.quote() {
            return None;
        }
        let Some(cue) = t.cue else { continue };
        let comma = (close + 1..m).rev().find(|&c| doc.toks[c].eq(","))?;
        if !doc.verb_use(m, comma + 1) || !super::quotes::bare_cue(doc, m) {
            return None;
        }
        let source = doc.subject_before(m, comma + 1)?;
        if source.start != comma + 1 || source.len() > 6 {
            return None;
        }
        return Some(Hit {
            cue: m..m + 1,
            source: Some(source),
            content: doc.trim(start..comma),
            form: Form::Mixed,
            class: cue.class,
            rule: RULE,
        });
    }
    None
}
