//! The JSON writer's items: actors with their mentions, attributions, proposals.
//!
//! In: one stage result and the [`Writer`]. Out: its object appended, entries in the
//! model's order and with its serde names. It writes no document frame.

use crate::actors::{Actor, Actors, Mention};
use crate::claims::{Attribution, Proposal};
use crate::span::Span;

use super::super::{ActorKind, Chars, Form, Polarity, Stance};
use super::{Then, Writer};

pub(super) fn actor<const P: bool>(
    w: &mut Writer<P>,
    chars: &Chars<'_>,
    actors: &Actors,
    a: &Actor,
) {
    w.open(b'{');
    w.key(key!("id"));
    w.plain(&a.id);
    w.next_key(key!("name"));
    w.str(&a.name);
    w.next_key(key!("kind"));
    kind(w, a.kind);
    w.next_key(key!("role"));
    w.opt_str(a.role.as_deref());
    w.next_key(key!("affiliation"));
    w.opt_plain(a.affiliation.map(|i| actors.actors[i].id.as_str()));
    w.next_key(key!("mentions"));
    w.open(b'[');
    for m in &a.mentions {
        mention(w, chars, m);
    }
    w.close(b']');
    w.close(b'}');
}

/// A mention, as the next item of the actor's list.
fn mention<const P: bool>(w: &mut Writer<P>, chars: &Chars<'_>, m: &Mention) {
    let (start, end) = (chars.at(m.span.start), chars.at(m.span.end));
    let numbers = [
        (key!("sentence"), m.sentence),
        (key!("start"), start),
        (key!("end"), end),
    ];
    w.object(&numbers, Then::Key(key!("text")));
    w.text(chars, m.span);
    w.next_key(key!("rule"));
    w.plain(m.rule);
    w.close(b'}');
}

pub(super) fn attribution<const P: bool>(
    w: &mut Writer<P>,
    chars: &Chars<'_>,
    actors: &Actors,
    i: usize,
    a: &Attribution,
) {
    w.head(b't', i, a.sentence);
    let keys = [key!("source"), key!("source_text"), key!("source_span")];
    agent(w, chars, actors, keys, a.source, a.source_span);
    cue(w, chars, a.cue);
    w.next_key(key!("form"));
    form(w, a.form);
    content(w, chars, a.content);
    w.next_key(key!("hedged"));
    w.bool(a.hedged);
    w.next_key(key!("polarity"));
    polarity(w, a.polarity);
    w.next_key(key!("stance"));
    stance(w, a.stance);
    w.next_key(key!("parent"));
    match a.parent {
        Some(p) => w.ordinal(b't', p),
        None => w.raw(b"null"),
    }
    w.next_key(key!("rule"));
    w.plain(a.rule);
    w.close(b'}');
}

pub(super) fn proposal<const P: bool>(
    w: &mut Writer<P>,
    chars: &Chars<'_>,
    actors: &Actors,
    i: usize,
    p: &Proposal,
) {
    w.head(b'p', i, p.sentence);
    let keys = [
        key!("proposer"),
        key!("proposer_text"),
        key!("proposer_span"),
    ];
    agent(w, chars, actors, keys, p.proposer, p.proposer_span);
    cue(w, chars, p.cue);
    content(w, chars, p.content);
    w.next_key(key!("hedged"));
    w.bool(p.hedged);
    w.next_key(key!("rule"));
    w.plain(p.rule);
    w.close(b'}');
}

/// Who an item is by: the actor's id, the text naming it and that text's span, under
/// `keys` (`source`, `source_text`, `source_span` or the proposer's three).
#[inline(always)]
fn agent<const P: bool>(
    w: &mut Writer<P>,
    chars: &Chars<'_>,
    actors: &Actors,
    keys: [&[u8]; 3],
    actor: Option<usize>,
    span: Option<Span>,
) {
    let [id, text, at] = keys;
    w.next_key(id);
    w.opt_plain(
        actor
            .and_then(|i| actors.actors.get(i))
            .map(|a| a.id.as_str()),
    );
    w.next_key(text);
    w.opt_text(chars, span);
    w.next_key(at);
    w.opt_span(chars, span);
}

/// `cue` and `cue_span`.
// Inlined, as `content` and `agent` are: one call each per item cost more than
// their own work.
#[inline(always)]
fn cue<const P: bool>(w: &mut Writer<P>, chars: &Chars<'_>, span: Span) {
    w.next_key(key!("cue"));
    w.text(chars, span);
    w.next_key(key!("cue_span"));
    w.opt_span(chars, Some(span));
}

/// `content`, `start` and `end`.
#[inline(always)]
fn content<const P: bool>(w: &mut Writer<P>, chars: &Chars<'_>, span: Span) {
    w.next_key(key!("content"));
    w.text(chars, span);
    w.span_fields(chars, span);
}

/// The serde names of the enums (`rename_all = "snake_case"`), each arm a literal of
/// its own length so that the copy is a few moves rather than a call.
fn kind<const P: bool>(w: &mut Writer<P>, k: ActorKind) {
    w.raw(match k {
        ActorKind::Person => b"\"person\"",
        ActorKind::Organization => b"\"organization\"",
        ActorKind::Government => b"\"government\"",
        ActorKind::Media => b"\"media\"",
        ActorKind::Group => b"\"group\"",
        ActorKind::Place => b"\"place\"",
    });
}

fn form<const P: bool>(w: &mut Writer<P>, f: Form) {
    w.raw(match f {
        Form::Direct => b"\"direct\"",
        Form::Indirect => b"\"indirect\"",
        Form::Mixed => b"\"mixed\"",
        Form::AccordingTo => b"\"according_to\"",
        Form::Reportedly => b"\"reportedly\"",
    });
}

fn polarity<const P: bool>(w: &mut Writer<P>, p: Polarity) {
    w.raw(match p {
        Polarity::Positive => b"\"positive\"",
        Polarity::Negative => b"\"negative\"",
    });
}

fn stance<const P: bool>(w: &mut Writer<P>, s: Option<Stance>) {
    w.raw(match s {
        Some(Stance::Praise) => b"\"praise\"",
        Some(Stance::Support) => b"\"support\"",
        Some(Stance::Criticism) => b"\"criticism\"",
        Some(Stance::Opposition) => b"\"opposition\"",
        None => b"null",
    });
}
