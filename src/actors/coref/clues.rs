//! Clues for coreference from the words around a mention: tokens and the actors
//! seen so far in, yes/no answers or an actor out. "an analyst at the firm" (staff of
//! a body), "One retired driver told … he" (an unnamed person subject), "Its chief
//! executive, X," (a body's officer, and which body). Nothing is registered here.

use super::{Seen, BODIES};
use crate::actors::doc::Doc;
use crate::actors::owners::Table;
use crate::actors::registry::Registry;
use crate::tokens::{Kind, Tags};

/// Whether the description at `i` follows a person's role and "at" ("an analyst at the
/// firm", "economists at the bank").
pub(super) fn staff_at(doc: &Doc, i: usize) -> bool {
    i >= 2
        && doc.word(i - 1, "at")
        && doc.is(i - 2, Tags::TITLE | Tags::GROUP_NOUN | Tags::MEMBER_NOUN)
        && !doc.is(i - 2, Tags::CAP)
}

/// Whether the sentence of pronoun `i` opens with an indefinite person that is no
/// actor ("One retired bus driver told the paper that he …", "A nurse said she …"):
/// the pronoun is that person's, not an earlier actor's.
pub(super) fn unnamed_subject(doc: &Doc, owner: &Table, i: usize) -> bool {
    let (a, _) = doc.sent_of(i);
    if !matches!(doc.toks[a].low(), "a" | "an" | "one") || owner.at(a).is_some() {
        return false;
    }
    (a + 1..(a + 5).min(i))
        .take_while(|&k| doc.toks[k].kind == Kind::Word && owner.at(k).is_none())
        .any(|k| doc.is(k, Tags::TITLE | Tags::GROUP_NOUN) && !doc.is(k, Tags::CAP))
}

/// "Its chief executive, Fiona Baird,": a possessive before role words and a named
/// apposition, which tells whose officer the person is.
/// Returns the token where the name starts.
pub(super) fn names_role_holder(doc: &Doc, i: usize) -> Option<usize> {
    (i + 1..(i + 5).min(doc.toks.len()))
        .take_while(|&k| {
            doc.toks[k].kind == Kind::Word && !doc.is(k, Tags::CAP) && doc.same_sent(i, k)
        })
        .find(|&k| doc.is(k, Tags::TITLE) && doc.punct(k + 1, ",") && doc.is(k + 2, Tags::CAP))
        .map(|k| k + 2)
}

/// The body "Its" stands for before a named officer: the first body of the sentence
/// before, when it stands near its start and not after a preposition
/// ("Heartline, which …, said … Its director, Maria Falk,"; "X's former employer,
/// Calder, said … Its chief executive"); no one when that sentence names no body near
/// its start ("The dock workers' union threatened … Its leader").
pub(super) fn possessor(doc: &Doc, reg: &Registry, seen: &[Seen], i: usize) -> Option<usize> {
    let prev = doc.toks[i].sent.checked_sub(1)?;
    let (a, _) = *doc.sents.get(prev)?;
    // `seen` is in text order: the sentence's entries are found by a search, not a
    // scan from the article's start (which made a long text quadratic).
    let from = seen.partition_point(|s| s.sent < prev);
    let body = seen[from..]
        .iter()
        .take_while(|s| s.sent == prev)
        .find(|s| BODIES.contains(&reg.entries[s.actor].kind))?;
    let mut p = body.tok;
    if p > a && doc.is(p - 1, Tags::DET) {
        p -= 1;
    }
    let after_prep = p > a && doc.is(p - 1, Tags::PREP);
    (body.tok <= a + 8 && !after_prep).then_some(body.actor)
}
