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

use crate::actors::Actors;
use crate::claims::Found;
use crate::reader::Text;
use crate::sentences::Sentence;
use crate::span::Span;

mod run;

use super::{Chars, SCHEMA_VERSION};
use items::{actor, attribution, proposal};
use run::{Scratch, PAIRS};

/// `,"name":`, an object entry's key as one constant (the comma left out before the
/// first entry).
macro_rules! key {
    ($name:literal) => {
        concat!(",\"", $name, "\":").as_bytes()
    };
}

mod items;

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
    // One writer for each layout: the compact one (what JSON Lines output uses) tests
    // no layout flag at any key or bracket.
    if compact {
        write_as::<false>(parts, meta, out);
    } else {
        write_as::<true>(parts, meta, out);
    }
}

/// [`write`], pretty-printed when `PRETTY`.
fn write_as<const PRETTY: bool>(parts: &Parts<'_>, meta: &Meta<'_>, out: &mut Vec<u8>) {
    let t = &parts.text.text;
    let chars = Chars::new(t);
    // The writer owns the buffer while it writes (one indirection less on every
    // byte pushed) and hands it back at the end.
    let mut w = Writer::<PRETTY> {
        out: std::mem::take(out),
        depth: 0,
        empty: true,
        scratch: Scratch::new(),
    };
    w.open(b'{');
    w.key(key!("schema_version"));
    w.num(SCHEMA_VERSION as usize);
    if let Some(id) = meta.id {
        w.key(key!("id"));
        w.str(id);
    }
    w.key(key!("source"));
    w.open(b'{');
    w.key(key!("path"));
    w.opt_str(meta.path);
    w.key(key!("bytes"));
    w.num(meta.bytes);
    w.key(key!("chars"));
    w.num(chars.at(t.len()));
    w.close(b'}');
    w.key(key!("paragraphs"));
    w.open(b'[');
    for (index, &p) in parts.text.paragraphs.iter().enumerate() {
        let (start, end) = (chars.at(p.start), chars.at(p.end));
        let numbers = [
            (key!("index"), index),
            (key!("start"), start),
            (key!("end"), end),
        ];
        w.object(&numbers, Then::Close);
    }
    w.close(b']');
    w.key(key!("sentences"));
    w.open(b'[');
    for (index, s) in parts.sentences.iter().enumerate() {
        let (start, end) = (chars.at(s.span.start), chars.at(s.span.end));
        let numbers = [
            (key!("index"), index),
            (key!("paragraph"), s.paragraph),
            (key!("start"), start),
            (key!("end"), end),
        ];
        w.object(&numbers, Then::Key(key!("text")));
        w.text(&chars, s.span);
        w.close(b'}');
    }
    w.close(b']');
    w.key(key!("actors"));
    w.open(b'[');
    for a in &parts.actors.actors {
        w.item();
        actor(&mut w, &chars, parts.actors, a);
    }
    w.close(b']');
    w.key(key!("attributions"));
    w.open(b'[');
    for (i, a) in parts.found.attributions.iter().enumerate() {
        w.item();
        attribution(&mut w, &chars, parts.actors, i, a);
    }
    w.close(b']');
    w.key(key!("proposals"));
    w.open(b'[');
    for (i, p) in parts.found.proposals.iter().enumerate() {
        w.item();
        proposal(&mut w, &chars, parts.actors, i, p);
    }
    w.close(b']');
    w.key(key!("warnings"));
    w.open(b'[');
    for warning in &parts.text.warnings {
        w.item();
        w.str(warning);
    }
    w.close(b']');
    w.close(b'}');
    *out = w.out;
}

/// What follows an [`object`](Writer::object)'s numbers.
#[derive(Clone, Copy)]
enum Then {
    /// The object ends.
    Close,
    /// This entry's key, its value written next.
    Key(&'static [u8]),
}

/// A JSON writer laid out as `serde_json`'s compact and pretty formatters lay it out:
/// pretty when `PRETTY`.
struct Writer<const PRETTY: bool> {
    out: Vec<u8>,
    depth: usize,
    /// No value written yet in the innermost open container.
    empty: bool,
    /// Scratch for runs of keys and numbers pushed in one copy.
    scratch: Scratch,
}

impl<const PRETTY: bool> Writer<PRETTY> {
    fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    fn open(&mut self, bracket: u8) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    // Inlined, as `item` is: one call per object or array cost more than its work.
    #[inline(always)]
    fn close(&mut self, bracket: u8) {
        self.depth -= 1;
        if PRETTY && !self.empty {
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
    #[inline(always)]
    fn item(&mut self) {
        if !self.empty {
            self.out.push(b',');
        }
        if PRETTY {
            self.newline();
        }
        self.empty = false;
    }

    /// Starts the next entry of an object: `entry` is its [`key!`], comma and all.
    /// Inlined, the entry's length is a constant, so the copy is a few moves rather
    /// than a call.
    #[inline(always)]
    fn key(&mut self, entry: &[u8]) {
        let name = entry.get(1..).unwrap_or_default();
        if PRETTY {
            self.item();
            self.out.extend_from_slice(name);
            self.out.push(b' ');
        } else if self.empty {
            self.out.extend_from_slice(name);
            self.empty = false;
        } else {
            self.out.extend_from_slice(entry);
        }
    }

    /// [`Writer::key`] for an entry known not to open its object: compact, no test of
    /// `empty` (which the compiler reloads after every byte written, as the buffer
    /// might alias it).
    #[inline(always)]
    fn next_key(&mut self, entry: &[u8]) {
        debug_assert!(!self.empty);
        if PRETTY {
            self.key(entry);
        } else {
            self.out.extend_from_slice(entry);
        }
    }

    /// Inlined: every number of the document comes through here, and the call cost
    /// more than the digits.
    #[inline(always)]
    fn num(&mut self, n: usize) {
        // Two digits a division, from a table of "00" to "99", right-aligned in
        // `digits[..20]`; a number of up to eight digits is copied as one fixed
        // eight-byte window (a move, not a copy call) and the excess cut off.
        let mut digits = [0u8; 28];
        let mut at = 20;
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
        if at >= 12 {
            let end = self.out.len() + 20 - at;
            let window: &[u8; 8] = digits[at..].first_chunk().unwrap_or(&[0; 8]);
            self.out.extend_from_slice(window);
            self.out.truncate(end);
        } else {
            self.out.extend_from_slice(&digits[at..20]);
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
        super::escape::string(&mut self.out, s);
    }

    /// The text of `span` as a JSON string.
    #[inline(always)]
    fn text(&mut self, chars: &Chars<'_>, span: Span) {
        // The bytes are copied unchecked: a span off a character boundary would
        // write invalid UTF-8, so the tests (debug builds) hold every stage to them.
        debug_assert!(chars.str(span).len() == span.len(), "{span:?}");
        chars.piece(&mut self.out, span);
    }

    #[inline(always)]
    fn opt_text(&mut self, chars: &Chars<'_>, span: Option<Span>) {
        match span {
            Some(span) => self.text(chars, span),
            None => self.raw(b"null"),
        }
    }

    /// A string that needs no escaping, quoted without the escape scan: actor ids
    /// (slugs of ASCII letters, digits and hyphens), rule ids and the enum names
    /// (lower-case literals).
    #[inline(always)]
    fn plain(&mut self, s: &str) {
        debug_assert!(!s.bytes().any(super::escape::needs_escape), "{s:?}");
        self.out.reserve(s.len() + 2);
        self.out.push(b'"');
        self.out.extend_from_slice(s.as_bytes());
        self.out.push(b'"');
    }

    #[inline(always)]
    fn opt_plain(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.plain(s),
            None => self.raw(b"null"),
        }
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw(b"null"),
        }
    }

    /// The next item of an array: an object that starts with the number entries
    /// `numbers` (each a [`key!`] and a value), then closes or goes on with a key.
    /// Compact, the whole run is pushed in one copy: these objects (paragraphs,
    /// sentences, mentions) are the most numerous.
    #[inline(always)]
    fn object(&mut self, numbers: &[(&[u8], usize)], then: Then) {
        if PRETTY {
            self.item();
            self.open(b'{');
            for &(key, n) in numbers {
                self.key(key);
                self.num(n);
            }
            match then {
                Then::Close => self.close(b'}'),
                Then::Key(key) => self.key(key),
            }
            return;
        }
        let mut run = self.scratch.run();
        match then {
            Then::Close => run.lit(b"}"),
            Then::Key(key) => {
                run.lit(key);
                self.depth += 1;
            }
        }
        for (i, &(key, n)) in numbers.iter().enumerate().rev() {
            run.num(n);
            // The first entry's key goes without its comma.
            run.lit(if i == 0 {
                key.get(1..).unwrap_or_default()
            } else {
                key
            });
        }
        run.lit(b"{");
        if !self.empty {
            run.lit(b",");
        }
        run.push_to(&mut self.out);
        self.empty = false;
    }

    /// Opens an attribution or proposal: `{"id":"t3","sentence":N` for the item at
    /// `index`, as one run when compact (their most numerous fixed bytes).
    #[inline(always)]
    fn head(&mut self, letter: u8, index: usize, sentence: usize) {
        if PRETTY {
            self.open(b'{');
            self.key(key!("id"));
            self.ordinal(letter, index);
            self.key(key!("sentence"));
            self.num(sentence);
            return;
        }
        let mut run = self.scratch.run();
        run.num(sentence);
        run.lit(b"\",\"sentence\":");
        run.num(index + 1);
        run.lit(&[letter]);
        run.lit(b"{\"id\":\"");
        run.push_to(&mut self.out);
        self.depth += 1;
        self.empty = false;
    }

    /// `start` and `end` entries of a span, in characters.
    #[inline(always)]
    fn span_fields(&mut self, chars: &Chars<'_>, span: Span) {
        let (start, end) = (chars.at(span.start), chars.at(span.end));
        if PRETTY {
            self.key(key!("start"));
            self.num(start);
            self.key(key!("end"));
            self.num(end);
            return;
        }
        let mut run = self.scratch.run();
        run.num(end);
        run.lit(b",\"end\":");
        run.num(start);
        run.lit(b"\"start\":");
        if !self.empty {
            run.lit(b",");
        }
        run.push_to(&mut self.out);
        self.empty = false;
    }

    /// `{"start": …, "end": …}` or null.
    #[inline(always)]
    fn opt_span(&mut self, chars: &Chars<'_>, span: Option<Span>) {
        match span {
            Some(span) if !PRETTY => {
                let mut run = self.scratch.run();
                run.lit(b"}");
                run.num(chars.at(span.end));
                run.lit(b",\"end\":");
                run.num(chars.at(span.start));
                run.lit(b"{\"start\":");
                run.push_to(&mut self.out);
                self.empty = false;
            }
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
mod tests;
