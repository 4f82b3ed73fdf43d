//! The JSON document written straight from the stages' results, without the owned
//! [`Document`](super::Document) model in between.
//!
//! In: the decoded text, the record's id and path, and what the stages found. Out: the
//! exact bytes `serde_json` gives for the document [`build`](super::build) makes, pretty
//! (two-space indent) or compact, with no trailing newline. Strings are borrowed from
//! the text and escaped eight bytes at a time, so the output costs little more than
//! copying it. It does not replace the model: the library's [`extract`](crate::extract),
//! the views and the checks still use [`Document`](super::Document); a test holds the
//! two paths to the same bytes.

use crate::actors::{Actor, Actors, Mention};
use crate::claims::{Attribution, Found, Proposal};
use crate::reader::Text;
use crate::sentences::Sentence;
use crate::span::Span;

use super::{ActorKind, Chars, Form, Polarity, Stance, SCHEMA_VERSION};

/// What the document says about its input, beside what the stages found.
#[derive(Debug, Clone, Copy, Default)]
pub struct Meta<'a> {
    /// The record's id (JSON Lines), written only when present.
    pub id: Option<&'a str>,
    /// The path the text came from; `None` writes null.
    pub path: Option<&'a str>,
    /// Size of the raw input in bytes.
    pub bytes: usize,
}

/// The stages' results for one article.
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    /// The decoded text with its paragraphs and warnings.
    pub text: &'a Text,
    /// Sentence spans.
    pub sentences: &'a [Sentence],
    /// The actors.
    pub actors: &'a Actors,
    /// Attributions and proposals.
    pub found: &'a Found,
}

/// Appends the document's JSON to `out`: pretty-printed, or on one line when `compact`.
pub fn write(parts: &Parts<'_>, meta: &Meta<'_>, compact: bool, out: &mut Vec<u8>) {
    let t = &parts.text.text;
    let chars = Chars::new(t);
    let mut w = Writer {
        out,
        pretty: !compact,
        depth: 0,
        empty: true,
    };
    w.open(b'{');
    w.key(b"schema_version");
    w.num(SCHEMA_VERSION as usize);
    if let Some(id) = meta.id {
        w.key(b"id");
        w.str(id);
    }
    w.key(b"source");
    w.open(b'{');
    w.key(b"path");
    w.opt_str(meta.path);
    w.key(b"bytes");
    w.num(meta.bytes);
    w.key(b"chars");
    w.num(chars.at(t.len()));
    w.close(b'}');
    w.key(b"paragraphs");
    w.open(b'[');
    for (index, &p) in parts.text.paragraphs.iter().enumerate() {
        w.item();
        w.open(b'{');
        w.key(b"index");
        w.num(index);
        w.span_fields(&chars, p);
        w.close(b'}');
    }
    w.close(b']');
    w.key(b"sentences");
    w.open(b'[');
    for (index, s) in parts.sentences.iter().enumerate() {
        w.item();
        w.open(b'{');
        w.key(b"index");
        w.num(index);
        w.key(b"paragraph");
        w.num(s.paragraph);
        w.span_fields(&chars, s.span);
        w.key(b"text");
        w.str(chars.str(s.span));
        w.close(b'}');
    }
    w.close(b']');
    w.key(b"actors");
    w.open(b'[');
    for a in &parts.actors.actors {
        w.item();
        actor(&mut w, &chars, parts.actors, a);
    }
    w.close(b']');
    w.key(b"attributions");
    w.open(b'[');
    for (i, a) in parts.found.attributions.iter().enumerate() {
        w.item();
        attribution(&mut w, &chars, parts.actors, i, a);
    }
    w.close(b']');
    w.key(b"proposals");
    w.open(b'[');
    for (i, p) in parts.found.proposals.iter().enumerate() {
        w.item();
        proposal(&mut w, &chars, parts.actors, i, p);
    }
    w.close(b']');
    w.key(b"warnings");
    w.open(b'[');
    for warning in &parts.text.warnings {
        w.item();
        w.str(warning);
    }
    w.close(b']');
    w.close(b'}');
}

fn actor(w: &mut Writer<'_>, chars: &Chars<'_>, actors: &Actors, a: &Actor) {
    w.open(b'{');
    w.key(b"id");
    w.str(&a.id);
    w.key(b"name");
    w.str(&a.name);
    w.key(b"kind");
    w.str(kind(a.kind));
    w.key(b"role");
    w.opt_str(a.role.as_deref());
    w.key(b"affiliation");
    w.opt_str(a.affiliation.map(|i| actors.actors[i].id.as_str()));
    w.key(b"mentions");
    w.open(b'[');
    for m in &a.mentions {
        w.item();
        mention(w, chars, m);
    }
    w.close(b']');
    w.close(b'}');
}

fn mention(w: &mut Writer<'_>, chars: &Chars<'_>, m: &Mention) {
    w.open(b'{');
    w.key(b"sentence");
    w.num(m.sentence);
    w.span_fields(chars, m.span);
    w.key(b"text");
    w.str(chars.str(m.span));
    w.key(b"rule");
    w.str(m.rule);
    w.close(b'}');
}

fn attribution(w: &mut Writer<'_>, chars: &Chars<'_>, actors: &Actors, i: usize, a: &Attribution) {
    w.open(b'{');
    w.key(b"id");
    w.ordinal(b't', i);
    w.key(b"sentence");
    w.num(a.sentence);
    w.key(b"source");
    w.opt_str(a.source.map(|i| actors.actors[i].id.as_str()));
    w.key(b"source_text");
    w.opt_str(a.source_span.map(|s| chars.str(s)));
    w.key(b"source_span");
    w.opt_span(chars, a.source_span);
    cue(w, chars, a.cue);
    w.key(b"form");
    w.str(form(a.form));
    content(w, chars, a.content);
    w.key(b"hedged");
    w.bool(a.hedged);
    w.key(b"polarity");
    w.str(polarity(a.polarity));
    w.key(b"stance");
    w.opt_str(a.stance.map(stance));
    w.key(b"parent");
    match a.parent {
        Some(p) => w.ordinal(b't', p),
        None => w.raw(b"null"),
    }
    w.key(b"rule");
    w.str(a.rule);
    w.close(b'}');
}

fn proposal(w: &mut Writer<'_>, chars: &Chars<'_>, actors: &Actors, i: usize, p: &Proposal) {
    w.open(b'{');
    w.key(b"id");
    w.ordinal(b'p', i);
    w.key(b"sentence");
    w.num(p.sentence);
    w.key(b"proposer");
    w.opt_str(p.proposer.map(|i| actors.actors[i].id.as_str()));
    w.key(b"proposer_text");
    w.opt_str(p.proposer_span.map(|s| chars.str(s)));
    w.key(b"proposer_span");
    w.opt_span(chars, p.proposer_span);
    cue(w, chars, p.cue);
    content(w, chars, p.content);
    w.key(b"hedged");
    w.bool(p.hedged);
    w.key(b"rule");
    w.str(p.rule);
    w.close(b'}');
}

/// `cue` and `cue_span`.
fn cue(w: &mut Writer<'_>, chars: &Chars<'_>, span: Span) {
    w.key(b"cue");
    w.str(chars.str(span));
    w.key(b"cue_span");
    w.opt_span(chars, Some(span));
}

/// `content`, `start` and `end`.
fn content(w: &mut Writer<'_>, chars: &Chars<'_>, span: Span) {
    w.key(b"content");
    w.str(chars.str(span));
    w.span_fields(chars, span);
}

/// The serde names of the enums (`rename_all = "snake_case"`).
fn kind(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::Government => "government",
        ActorKind::Media => "media",
        ActorKind::Group => "group",
        ActorKind::Place => "place",
    }
}

fn form(f: Form) -> &'static str {
    match f {
        Form::Direct => "direct",
        Form::Indirect => "indirect",
        Form::Mixed => "mixed",
        Form::AccordingTo => "according_to",
        Form::Reportedly => "reportedly",
    }
}

fn polarity(p: Polarity) -> &'static str {
    match p {
        Polarity::Positive => "positive",
        Polarity::Negative => "negative",
    }
}

fn stance(s: Stance) -> &'static str {
    match s {
        Stance::Praise => "praise",
        Stance::Support => "support",
        Stance::Criticism => "criticism",
        Stance::Opposition => "opposition",
    }
}

/// A JSON writer laid out as `serde_json`'s compact and pretty formatters lay it out.
struct Writer<'o> {
    out: &'o mut Vec<u8>,
    pretty: bool,
    depth: usize,
    /// No value written yet in the innermost open container.
    empty: bool,
}

impl Writer<'_> {
    fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    fn open(&mut self, bracket: u8) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    fn close(&mut self, bracket: u8) {
        self.depth -= 1;
        if self.pretty && !self.empty {
            self.newline();
        }
        self.out.push(bracket);
        self.empty = false;
    }

    fn newline(&mut self) {
        self.out.push(b'\n');
        for _ in 0..self.depth {
            self.out.extend_from_slice(b"  ");
        }
    }

    /// Starts the next value of an array.
    fn item(&mut self) {
        if !self.empty {
            self.out.push(b',');
        }
        if self.pretty {
            self.newline();
        }
        self.empty = false;
    }

    /// Starts the next entry of an object; `name` needs no escaping. Its length is a
    /// constant, so the copy is a few moves rather than a call.
    fn key<const N: usize>(&mut self, name: &[u8; N]) {
        self.item();
        self.out.push(b'"');
        self.out.extend_from_slice(name);
        self.out.push(b'"');
        self.out.push(b':');
        if self.pretty {
            self.out.push(b' ');
        }
    }

    fn num(&mut self, n: usize) {
        // Two digits a division, from a table of "00" to "99".
        const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
            2021222324252627282930313233343536373839\
            4041424344454647484950515253545556575859\
            6061626364656667686970717273747576777879\
            8081828384858687888990919293949596979899";
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut n = n;
        while n >= 100 {
            let pair = 2 * (n % 100);
            n /= 100;
            at -= 2;
            digits[at..at + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
        }
        if n >= 10 {
            at -= 2;
            digits[at..at + 2].copy_from_slice(&PAIRS[2 * n..2 * n + 2]);
        } else {
            at -= 1;
            digits[at] = b'0' + n as u8;
        }
        // Byte by byte: a number has a few digits, not worth a copy call.
        for &d in &digits[at..] {
            self.out.push(d);
        }
    }

    fn bool(&mut self, b: bool) {
        self.raw(if b { b"true" } else { b"false" });
    }

    /// `"t3"` for the item at index 2.
    fn ordinal(&mut self, letter: u8, index: usize) {
        self.out.push(b'"');
        self.out.push(letter);
        self.num(index + 1);
        self.out.push(b'"');
    }

    fn str(&mut self, s: &str) {
        super::escape::string(self.out, s);
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw(b"null"),
        }
    }

    /// `start` and `end` entries of a span, in characters.
    fn span_fields(&mut self, chars: &Chars<'_>, span: Span) {
        self.key(b"start");
        self.num(chars.at(span.start));
        self.key(b"end");
        self.num(chars.at(span.end));
    }

    /// `{"start": …, "end": …}` or null.
    fn opt_span(&mut self, chars: &Chars<'_>, span: Option<Span>) {
        match span {
            Some(span) => {
                self.open(b'{');
                self.span_fields(chars, span);
                self.close(b'}');
            }
            None => self.raw(b"null"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_display_does() {
        let mut cases: Vec<usize> = vec![0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65_536];
        cases.extend([1_000_000, 9_999_999_999, usize::MAX, usize::MAX - 1]);
        cases.extend((0..64).map(|k| 1usize << k));
        for n in cases {
            let mut out = Vec::new();
            let mut w = Writer {
                out: &mut out,
                pretty: false,
                depth: 0,
                empty: true,
            };
            w.num(n);
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
    }
}
