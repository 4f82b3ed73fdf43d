//! The actors found so far: rules add actors and mentions here, keyed by name, and
//! [`Registry::finish`] turns them into the output list (actors in order of first
//! mention, mentions in text order, unique slug ids). Finding is not done here.

use std::collections::hash_map::Entry as Slot;
use std::collections::HashMap;
use std::rc::Rc;

use super::{Actor, Actors, Mention};
use crate::document::ActorKind;
use crate::span::Span;

type Fast = std::hash::BuildHasherDefault<crate::lexicon::classes::WordHasher>;

/// A person's grammatical gender, where the article tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Unknown.
    Unknown,
    /// He.
    Male,
    /// She.
    Female,
}

/// An actor being built.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Display name.
    pub name: String,
    /// Lower-cased name words joined by single spaces: the key it was registered or
    /// last renamed under. One string, not one a word: see [`Entry::words`].
    pub key: Rc<str>,
    /// How many words `key` has.
    word_count: usize,
    /// Kind.
    pub kind: ActorKind,
    /// Role.
    pub role: Option<String>,
    /// Affiliation (entry index).
    pub affiliation: Option<usize>,
    /// Gender of a person.
    pub gender: Gender,
    /// Nouns the article puts after the name ("the Growers union" → "union").
    pub heads: Vec<String>,
    /// Mentions so far, in order of their starts.
    pub mentions: Vec<Mention>,
    /// Mentions taken while [`Registry::defer`] is on that would have gone before the
    /// last of `mentions`, in order of their starts: merged in by [`Registry::settle`].
    later: Vec<Mention>,
}

impl Entry {
    /// Merges the mentions waiting in `later` into `mentions` (see [`Registry::defer`]).
    fn merge_later(&mut self) {
        if self.later.is_empty() {
            return;
        }
        let later = std::mem::take(&mut self.later);
        let old = std::mem::take(&mut self.mentions);
        let mut merged = Vec::with_capacity(old.len() + later.len());
        let (mut a, mut b) = (old.into_iter().peekable(), later.into_iter().peekable());
        // A waiting mention goes after any equal start, as an insert put it.
        while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
            let next = if x.span.start <= y.span.start {
                a.next()
            } else {
                b.next()
            };
            merged.extend(next);
        }
        merged.extend(a);
        merged.extend(b);
        self.mentions = merged;
    }

    /// The lower-cased name words, in order.
    pub fn words(&self) -> Words<'_> {
        Words {
            rest: Some(&*self.key),
        }
    }

    /// How many name words there are (one at least).
    pub fn word_count(&self) -> usize {
        self.word_count
    }

    /// The first name word.
    pub fn first_word(&self) -> &str {
        let k = self.key.bytes().position(|b| b == b' ');
        k.and_then(|k| self.key.get(..k)).unwrap_or(&*self.key)
    }

    /// The last name word.
    pub fn last_word(&self) -> &str {
        let k = self.key.bytes().rposition(|b| b == b' ');
        k.and_then(|k| self.key.get(k + 1..)).unwrap_or(&*self.key)
    }

    /// The word that says what a body is: the one before the first "of"/"for" ("Bank
    /// of England"), else the last ("Civil Aviation Authority").
    pub fn head_word(&self) -> &str {
        let mut prev = None;
        for w in self.words() {
            if w == "of" || w == "for" {
                if let Some(p) = prev {
                    return p;
                }
                break;
            }
            prev = Some(w);
        }
        self.last_word()
    }
}

/// The words of `key`, split at its spaces (as `key.split(' ')`).
pub fn words_of(key: &str) -> Words<'_> {
    Words { rest: Some(key) }
}

/// The words of a key, split at its spaces (as `key.split(' ')`): a byte scan, cheaper
/// than the general splitter on keys this short.
#[derive(Debug, Clone)]
pub struct Words<'a> {
    /// What is left to split; `None` once the last word is out.
    rest: Option<&'a str>,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.bytes().position(|b| b == b' ') {
            Some(k) => {
                self.rest = rest.get(k + 1..);
                rest.get(..k)
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// The entries a word names, ascending: most words name one, kept inline rather than
/// in a list of its own (an allocation fewer a word).
#[derive(Debug, Clone)]
enum Posting {
    One([usize; 1]),
    Many(Vec<usize>),
}

impl Posting {
    fn as_slice(&self) -> &[usize] {
        match self {
            Posting::One(a) => a,
            Posting::Many(v) => v,
        }
    }

    /// Adds `i` after any equal ones.
    fn insert(&mut self, i: usize) {
        if let Posting::One([a]) = *self {
            let mut v = Vec::with_capacity(4);
            v.push(a);
            *self = Posting::Many(v);
        }
        if let Posting::Many(v) = self {
            insert_sorted(v, i);
        }
    }
}

/// Entries by word. A word of up to fifteen bytes (nearly all) is keyed by its bytes
/// and length packed in one integer (exact, no allocation, one hash an add); a longer
/// one by a string.
#[derive(Debug, Clone, Default)]
struct WordIndex {
    short: HashMap<u128, Posting, Fast>,
    long: HashMap<String, Posting, Fast>,
}

/// `s` as its bytes, zero-padded, with its length in the last byte, if it has at most
/// `N - 1` bytes: an exact key with no allocation.
fn packed<const N: usize>(s: &str) -> Option<[u8; N]> {
    let b = s.as_bytes();
    if b.len() >= N {
        return None;
    }
    let mut w = [0u8; N];
    w[..b.len()].copy_from_slice(b);
    w[N - 1] = b.len() as u8;
    Some(w)
}

/// `word` [`packed`] in one integer, if it has at most fifteen bytes.
fn packed_word(word: &str) -> Option<u128> {
    packed::<16>(word).map(u128::from_le_bytes)
}

impl WordIndex {
    fn reserve(&mut self, n: usize) {
        self.short.reserve(n);
    }

    fn get(&self, word: &str) -> &[usize] {
        let p = match packed_word(word) {
            Some(k) => self.short.get(&k),
            None => self.long.get(word),
        };
        p.map_or(&[], Posting::as_slice)
    }

    /// Lists entry `i` under `word`; `again`: even where it is listed already.
    fn add(&mut self, word: &str, i: usize, again: bool) {
        match packed_word(word) {
            Some(k) => Posting::post(&mut self.short, k, i, again),
            // (A lookup first: the string is copied only for a new word.)
            None => match self.long.get_mut(word) {
                Some(p) => Posting::add(p, i, again),
                None => {
                    self.long.insert(word.to_string(), Posting::One([i]));
                }
            },
        }
    }
}

impl Posting {
    /// Adds `i` (unless listed already and not `again`).
    fn add(p: &mut Posting, i: usize, again: bool) {
        // The list is sorted: a search, not a scan (a long one made adding quadratic).
        if again || p.as_slice().binary_search(&i).is_err() {
            p.insert(i);
        }
    }

    /// Lists entry `i` under `key` in `map` (unless listed already and not `again`).
    fn post<K: std::hash::Hash + Eq>(
        map: &mut HashMap<K, Posting, Fast>,
        key: K,
        i: usize,
        again: bool,
    ) {
        match map.entry(key) {
            Slot::Occupied(mut o) => Posting::add(o.get_mut(), i, again),
            Slot::Vacant(v) => {
                v.insert(Posting::One([i]));
            }
        }
    }
}

/// Entries by key. A key of up to 31 bytes (nearly all) is keyed by its bytes and
/// length packed in four integers (hashed and compared as numbers, no string compare);
/// a longer one by its string, shared with its entry (one allocation, not two).
#[derive(Debug, Clone, Default)]
struct KeyIndex {
    short: HashMap<[u64; 4], usize, Fast>,
    long: HashMap<Rc<str>, usize, Fast>,
}

/// `key` [`packed`] in four integers, if it has at most 31 bytes.
fn packed_key(key: &str) -> Option<[u64; 4]> {
    let w = packed::<32>(key)?;
    let mut out = [0u64; 4];
    for (o, c) in out.iter_mut().zip(w.chunks_exact(8)) {
        let mut x = [0u8; 8];
        x.copy_from_slice(c);
        *o = u64::from_le_bytes(x);
    }
    Some(out)
}

impl KeyIndex {
    fn reserve(&mut self, n: usize) {
        self.short.reserve(n);
    }

    fn get(&self, key: &str) -> Option<usize> {
        match packed_key(key) {
            Some(k) => self.short.get(&k),
            None => self.long.get(key),
        }
        .copied()
    }

    /// The entry under `key`, or `i` put there where there is none.
    fn first(&mut self, key: &Rc<str>, i: usize) -> usize {
        match packed_key(key) {
            Some(k) => *self.short.entry(k).or_insert(i),
            None => *self.long.entry(Rc::clone(key)).or_insert(i),
        }
    }

    /// Puts `i` under `key`, in place of any entry there.
    fn set(&mut self, key: &Rc<str>, i: usize) {
        match packed_key(key) {
            Some(k) => self.short.insert(k, i),
            None => self.long.insert(Rc::clone(key), i),
        };
    }
}

/// How many entries sharing a word [`Registry::with_word`] gives at most.
pub const WORD_CANDIDATES: usize = 32;

/// Actors under construction.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    /// Entries in creation order.
    pub entries: Vec<Entry>,
    /// Entries by key.
    by_key: KeyIndex,
    /// Entries by each word of their names, for short-name and description lookups.
    by_word: WordIndex,
    /// (token where a person's name starts, entry of the body the article gives as
    /// that person's employer by "Its chief executive, X"), for the roles pass.
    pub officers: Vec<(usize, usize)>,
    /// Whether a mention that lands before an entry's last one waits in its `later`
    /// list (see [`Registry::defer`]).
    deferring: bool,
    /// Entries by the end of each of their mentions, while [`Registry::ending_at`]
    /// keeps it (see there).
    ends: Option<HashMap<usize, Posting, Fast>>,
    /// Entries by the initials an acronym of their name must hold, once the registry
    /// is too long to scan (see [`Registry::spellers`]).
    initials: Option<HashMap<u64, Posting, Fast>>,
}

/// How many entries an acronym's search scans before the registry indexes them by
/// initials: up to the dozens of a news article a scan costs less than the lookups.
pub const INITIALS_FROM: usize = 64;

/// Whether an acronym may take a letter from `word` or leave it out ("of", "for",
/// "and", "the", "on", "&" and a name's particles): every other word of a name gives
/// it a letter.
pub fn acronym_small_word(word: &str) -> bool {
    // ("Central Unica dos Trabalhadores" is CUT, "Banco do Brasil" BB or BdB.)
    matches!(word, "of" | "for" | "and" | "the" | "on" | "&") || super::names::particle(word)
}

/// The initials of the words of `key` that are no [`acronym_small_word`], packed as
/// [`packed`] does (words split as [`super::link::spells`] splits them: a trailing
/// space ends the key, it is no empty word), if an acronym of lower-case ASCII letters
/// can spell `key` at all: no empty word and no other initial among them, six of them
/// at most. An acronym spells a key only where these initials, in order, are some of
/// its letters.
fn initials(key: &str) -> Option<u64> {
    let mut out = [0u8; 8];
    let mut n = 0;
    let mut rest = key;
    while !rest.is_empty() {
        let (w, r) = rest.split_once(' ').unwrap_or((rest, ""));
        rest = r;
        if acronym_small_word(w) {
            continue;
        }
        let b = *w.as_bytes().first()?;
        if !b.is_ascii_lowercase() || n == 6 {
            return None;
        }
        out[n] = b;
        n += 1;
    }
    out[7] = n as u8;
    Some(u64::from_le_bytes(out))
}

/// The keys of [`initials`] an acronym `letters` (lower-case ASCII, six at most) may
/// spell: those of every choice of its letters, in order.
fn initials_within(letters: &[u8]) -> impl Iterator<Item = u64> + '_ {
    let n = letters.len().min(6);
    (0u32..1 << n).map(move |mask| {
        let mut out = [0u8; 8];
        let mut k = 0;
        for (j, &b) in letters.iter().enumerate().take(n) {
            if mask & 1 << j != 0 {
                out[k] = b;
                k += 1;
            }
        }
        out[7] = k as u8;
        u64::from_le_bytes(out)
    })
}

impl Registry {
    /// The entry named `key` (lower-cased words joined by spaces), if any.
    pub fn get(&self, key: &str) -> Option<usize> {
        self.by_key.get(key)
    }

    /// The entry named `name`, created with `kind` if new.
    pub fn add(&mut self, name: &str, key: &str, kind: ActorKind) -> usize {
        let i = self.entries.len();
        if i == 0 {
            // A typical article's worth, so the tables do not grow one doubling at a
            // time.
            self.entries.reserve(16);
            self.by_key.reserve(64);
            self.by_word.reserve(64);
        }
        // One hash of the key, not a lookup and then an insert: most keys are new.
        let shared: Rc<str> = Rc::from(key);
        let j = self.by_key.first(&shared, i);
        if j != i {
            return j;
        }
        self.entries.push(Entry {
            name: name.to_string(),
            key: shared,
            word_count: word_count(key),
            kind,
            role: None,
            affiliation: None,
            gender: Gender::Unknown,
            heads: Vec::new(),
            // Room for the usual few mentions: no regrowth at the fifth.
            mentions: Vec::with_capacity(8),
            later: Vec::new(),
        });
        self.index_words(i);
        if let Some(ix) = &mut self.initials {
            index_initials(ix, &self.entries[i].key, i);
        } else if self.entries.len() > INITIALS_FROM {
            let mut ix = HashMap::with_capacity_and_hasher(2 * INITIALS_FROM, Fast::default());
            for (i, e) in self.entries.iter().enumerate() {
                index_initials(&mut ix, &e.key, i);
            }
            self.initials = Some(ix);
        }
        i
    }

    /// Entries whose names an acronym of `letters` (lower-case ASCII, two to six of
    /// them) may spell, as lists of ascending entries (one entry may be in several, or
    /// no longer spelled as listed: a renamed entry stays under its old initials too),
    /// where the registry is long enough to index; `None` where a scan is cheaper. An
    /// acronym's search once scanned every entry, which made a long text of bodies and
    /// acronyms quadratic.
    pub fn spellers<'s>(&'s self, letters: &'s [u8]) -> Option<impl Iterator<Item = &'s [usize]>> {
        let ix = self.initials.as_ref()?;
        Some(initials_within(letters).filter_map(|k| ix.get(&k).map(Posting::as_slice)))
    }

    fn index_words(&mut self, i: usize) {
        let Some(entry) = self.entries.get(i) else {
            return;
        };
        // No lookup by word wants a group (see `with_word`): their long phrases stay
        // out of the index.
        if entry.kind == ActorKind::Group {
            return;
        }
        for w in entry.words() {
            self.by_word.add(w, i, false);
            // "Transport Workers' Alliance" is found by "workers" too.
            if let Some(plural) = w.strip_suffix('\'').filter(|p| p.ends_with('s')) {
                self.by_word.add(plural, i, false);
            }
        }
    }

    /// Entries with `word` in their name (or as a head noun), oldest first; an entry
    /// that has the word both ways is listed twice. Groups are left out: surnames,
    /// short names and descriptions name people and bodies only. Only the newest
    /// [`WORD_CANDIDATES`] are given: every later name is tested against this list, so
    /// an unbounded one made a long text of names sharing a word ("Bank of …")
    /// quadratic; no news article has that many actors sharing one word.
    pub fn with_word(&self, word: &str) -> &[usize] {
        let all = self.by_word.get(word);
        &all[all.len().saturating_sub(WORD_CANDIDATES)..]
    }

    /// Gives entry `i` a fuller name (its old key still finds it).
    pub fn rename(&mut self, i: usize, name: &str, key: &str) {
        if let Some(e) = self.entries.get_mut(i) {
            e.name = name.to_string();
            e.key = Rc::from(key);
            e.word_count = word_count(key);
            self.by_key.set(&e.key, i);
            if let Some(ix) = &mut self.initials {
                index_initials(ix, &e.key, i);
            }
            self.index_words(i);
        }
    }

    /// Where entry `i`'s last mention before byte `pos` starts, if any.
    pub fn last_mention_before(&self, i: usize, pos: usize) -> Option<usize> {
        let e = self.entries.get(i)?;
        let before = |ms: &[Mention]| {
            let k = ms.partition_point(|m| m.span.start < pos);
            k.checked_sub(1).map(|k| ms[k].span.start)
        };
        before(&e.mentions).max(before(&e.later))
    }

    /// The first entry that has a mention ending at byte `end` and that `keep` takes.
    /// The entries' mention ends are indexed at the first call and kept up as mentions
    /// are added, until [`Registry::forget_ends`] (or a merge): a search through every
    /// entry's mentions a call made a long text of "known as" names quadratic. While
    /// the index is kept, mentions must come through [`Registry::mention`].
    pub fn ending_at(&mut self, end: usize, keep: impl Fn(&Entry) -> bool) -> Option<usize> {
        let entries = &self.entries;
        let ends = self.ends.get_or_insert_with(|| {
            let n = entries
                .iter()
                .map(|e| e.mentions.len() + e.later.len())
                .sum();
            let mut ends = HashMap::with_capacity_and_hasher(n, Fast::default());
            for (i, e) in entries.iter().enumerate() {
                for m in e.mentions.iter().chain(&e.later) {
                    note_end(&mut ends, m.span.end, i);
                }
            }
            ends
        });
        let listed = ends.get(&end).map_or(&[][..], Posting::as_slice);
        listed.iter().copied().find(|&i| keep(&entries[i]))
    }

    /// Drops the index of [`Registry::ending_at`].
    pub fn forget_ends(&mut self) {
        self.ends = None;
    }

    /// Lets mentions that land before an entry's last one wait in a second list, in
    /// text order, until [`Registry::settle`]. Coreference adds its mentions in text
    /// order among names found all through the article, and registering makes a pass
    /// through the text for each sort of name: put in place one by one, each moved the
    /// rest of the list, which made a long text of one actor quadratic. A mention that
    /// lands before the last waiting one (the next pass) merges the waiting ones in
    /// first. While it is on, only [`Registry::mention`],
    /// [`Registry::last_mention_before`] and [`Registry::ending_at`] see every mention.
    pub fn defer(&mut self) {
        self.deferring = true;
    }

    /// Merges the waiting mentions into each entry's list (one merge an entry) and
    /// ends [`Registry::defer`].
    pub fn settle(&mut self) {
        self.deferring = false;
        for e in &mut self.entries {
            e.merge_later();
        }
    }

    /// Records a noun the article uses after entry `i`'s name ("union").
    pub fn add_head(&mut self, i: usize, noun: &str) {
        if let Some(e) = self.entries.get_mut(i) {
            if !e.heads.iter().any(|h| h == noun) {
                e.heads.push(noun.to_string());
                self.by_word.add(noun, i, true);
            }
        }
    }

    /// Makes entry `b` another name of entry `a`: its mentions move to `a` and its key
    /// finds `a`; `b`, left without mentions, is dropped from the output.
    pub fn merge_into(&mut self, b: usize, a: usize) {
        if a == b || a >= self.entries.len() || b >= self.entries.len() {
            return;
        }
        // `b` loses its mentions: the index of their ends is built again where asked.
        self.ends = None;
        let moved = std::mem::take(&mut self.entries[b].mentions);
        let waiting = std::mem::take(&mut self.entries[b].later);
        for m in moved.into_iter().chain(waiting) {
            self.mention(a, m.sentence, m.span, m.rule);
        }
        let key = Rc::clone(&self.entries[b].key);
        self.by_key.set(&key, a);
    }

    /// Makes `key` another name of entry `i`.
    pub fn alias(&mut self, key: &str, i: usize) {
        self.by_key.first(&Rc::from(key), i);
    }

    /// Adds a mention unless entry `i` already has one overlapping it; whether it did.
    /// An entry's mentions are kept in order of their starts (one starting where
    /// another does goes after it), for this test and
    /// [`Registry::last_mention_before`].
    pub fn mention(&mut self, i: usize, sentence: usize, span: Span, rule: &'static str) -> bool {
        let Some(e) = self.entries.get_mut(i) else {
            return false;
        };
        let ms = &mut e.mentions;
        let mention = Mention {
            sentence,
            span,
            rule,
        };
        // An entry's first mention starts its list, waiting or not: nothing to merge
        // (most entries are made and mentioned while mentions wait).
        if ms.is_empty() && e.later.is_empty() {
            ms.push(mention);
            if let Some(ends) = &mut self.ends {
                note_end(ends, span.end, i);
            }
            return true;
        }
        // Most mentions come in text order: past the last one, the searches below
        // would land at the end.
        if let Some(last) = ms.last() {
            if last.span.start <= span.start && span.start < span.end {
                let after = last.span.end <= span.start;
                if after {
                    ms.push(mention);
                    if let Some(ends) = &mut self.ends {
                        note_end(ends, span.end, i);
                    }
                }
                return after;
            }
        }
        // The mention starting last before this one ends, of both lists (a waiting
        // one after a listed one with the same start, as merged).
        let last_before = |ms: &[Mention]| {
            let k = ms.partition_point(|m| m.span.start < span.end);
            k.checked_sub(1).map(|k| ms[k].span)
        };
        let prev = match (last_before(ms), last_before(&e.later)) {
            (Some(a), Some(b)) => Some(if b.start >= a.start { b } else { a }),
            (a, b) => a.or(b),
        };
        if prev.is_some_and(|p| p.end > span.start) {
            return false;
        }
        if let Some(ends) = &mut self.ends {
            note_end(ends, span.end, i);
        }
        if self.deferring {
            // Out of order among the waiting ones too (another pass through the text
            // begun): they join the list, once, and this one waits alone.
            if e.later.last().is_some_and(|l| l.span.start > span.start) {
                e.merge_later();
            }
            e.later.push(mention);
            return true;
        }
        let at = ms.partition_point(|m| m.span.start <= span.start);
        ms.insert(at, mention);
        true
    }

    /// The output list: entries without mentions dropped, actors ordered by first
    /// mention, mentions by position, ids unique slugs of the names.
    pub fn finish(mut self, credit_sentences: Vec<usize>) -> Actors {
        // Each entry's first mention once (its list is in order of starts), not once a
        // comparison.
        let order = first_mention_order(&self.entries);
        let mut new_index = vec![None; self.entries.len()];
        for (n, &(_, i)) in order.iter().enumerate() {
            new_index[i] = Some(n);
        }
        // Whether each name is known to be on one line already, from its slug's pass.
        let mut lined = Vec::with_capacity(order.len());
        let bases: Vec<String> = order
            .iter()
            .map(|&(_, i)| {
                let (base, on_one_line) = slug_and_line(&self.entries[i].name);
                lined.push(on_one_line);
                base
            })
            .collect();
        let nth = slug_counts(&bases);
        let mut actors = Vec::with_capacity(order.len());
        for (((&(_, i), base), n), lined) in order.iter().zip(bases).zip(nth).zip(lined) {
            // Each entry comes once in `order`: its parts are taken, not the whole entry
            // moved out.
            let e = &mut self.entries[i];
            let mut mentions = std::mem::take(&mut e.mentions);
            // Usually in order already: the check is cheaper than the sort.
            if !mentions.is_sorted_by_key(|m| (m.span.start, m.span.end)) {
                mentions.sort_by_key(|m| (m.span.start, m.span.end));
            }
            let id = if n == 1 { base } else { format!("{base}-{n}") };
            let name = std::mem::take(&mut e.name);
            actors.push(Actor {
                id,
                name: if lined { name } else { one_line(name) },
                kind: e.kind,
                role: e.role.take().map(one_line),
                affiliation: e
                    .affiliation
                    .and_then(|a| new_index[a])
                    .filter(|&a| Some(a) != new_index[i]),
                mentions,
            });
        }
        Actors {
            actors,
            credit_sentences,
        }
    }
}

/// (first mention's start, entry) of every entry with a mention, in that order.
fn first_mention_order(entries: &[Entry]) -> Vec<(usize, usize)> {
    let firsts = || {
        entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.mentions.first().map(|m| (m.span.start, i)))
    };
    // Sorted as one integer each where both halves fit in 32 bits, as they do in any
    // article: an integer sort costs a fraction of a pair's.
    let packed: Option<Vec<u64>> = firsts()
        .map(|(s, i)| {
            Some(u64::from(u32::try_from(s).ok()?) << 32 | u64::from(u32::try_from(i).ok()?))
        })
        .collect();
    if let Some(mut packed) = packed {
        packed.sort_unstable();
        return packed
            .into_iter()
            .map(|x| ((x >> 32) as usize, (x as u32) as usize))
            .collect();
    }
    let mut order: Vec<(usize, usize)> = firsts().collect();
    order.sort_unstable();
    order
}

/// How many of `bases` up to and including each one equal it (1 for the first of a
/// slug, 2 for the second …). Sorted rather than hashed: an article has few actors
/// (a counting map measured slower).
fn slug_counts(bases: &[String]) -> Vec<usize> {
    // Led by the slug's first eight bytes as a number: most slugs differ there, and a
    // number compares for less than a string; equal slugs still lie together, in order.
    let mut by_slug: Vec<(u64, &str, usize)> = bases
        .iter()
        .enumerate()
        .map(|(k, b)| (prefix(b), b.as_str(), k))
        .collect();
    by_slug.sort_unstable();
    let mut nth = vec![1; bases.len()];
    for w in 1..by_slug.len() {
        if by_slug[w].1 == by_slug[w - 1].1 {
            nth[by_slug[w].2] = nth[by_slug[w - 1].2] + 1;
        }
    }
    nth
}

/// The first eight bytes of `s` as a big-endian number (zeros past its end).
fn prefix(s: &str) -> u64 {
    s.bytes()
        .take(8)
        .enumerate()
        .fold(0, |v, (i, b)| v | u64::from(b) << (56 - 8 * i))
}

/// Lists entry `i` under the end of one of its mentions (once).
fn note_end(ends: &mut HashMap<usize, Posting, Fast>, end: usize, i: usize) {
    Posting::post(ends, end, i, false);
}

/// Lists entry `i` under the [`initials`] of its key `key` (once), and for a name led
/// by an abbreviation with periods ("u.s. food and drug administration"), under those
/// of the words after it, which an acronym may spell alone.
fn index_initials(ix: &mut HashMap<u64, Posting, Fast>, key: &str, i: usize) {
    let mut add = |k: Option<u64>| {
        if let Some(k) = k {
            Posting::post(ix, k, i, false);
        }
    };
    add(initials(key));
    let dotted = word_count(key) > 2 && words_of(key).next().is_some_and(|w| w.contains('.'));
    if let Some((_, rest)) = key.split_once(' ').filter(|_| dotted) {
        add(initials(rest));
    }
}

/// How many words `key` has (as `key.split(' ').count()`).
fn word_count(key: &str) -> usize {
    key.bytes().filter(|&b| b == b' ').count() + 1
}

/// Inserts `i` into the ascending list `v`, after any equal ones.
fn insert_sorted(v: &mut Vec<usize>, i: usize) {
    let at = v.partition_point(|&x| x <= i);
    v.insert(at, i);
}

/// A name as one line: a hard-wrapped article's line break (and any other run of
/// white space) inside a name becomes one space. Most names have none and are moved,
/// not copied.
pub(super) fn one_line(name: String) -> String {
    // One pass over the bytes: no control byte or line break, no lead byte of a
    // no-break space (0xC2, which a few other signs share), no two spaces in a row.
    let bytes = name.as_bytes();
    let mut prev_space = false;
    let mut plain = true;
    for &b in bytes {
        let space = b == b' ';
        if b < b' ' || b == 0xC2 || (space && prev_space) {
            plain = false;
            break;
        }
        prev_space = space;
    }
    if plain {
        return name;
    }
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`slug`] of `name`, and whether the name is known to be on one line as it is (as
/// [`one_line`] would leave it): an ASCII name's slug pass tells that too, for a byte
/// test or two more, so most names are not read again; `false` for any other name.
fn slug_and_line(name: &str) -> (String, bool) {
    if name.is_ascii() {
        return ascii_slug(name);
    }
    (slug(name), false)
}

/// A lower-case ASCII slug: letters and digits, other runs become one hyphen.
pub fn slug(name: &str) -> String {
    if name.is_ascii() {
        return ascii_slug(name).0;
    }
    let mut s = String::with_capacity(name.len());
    // A trailing hyphen is pending rather than pushed: one flag, not a look back a
    // character, and nothing to pop at the end.
    let mut gap = false;
    let mut push = |s: &mut String, c: char| match c {
        c if c.is_ascii_alphanumeric() => {
            if gap && !s.is_empty() {
                s.push('-');
            }
            gap = false;
            s.push(c);
        }
        '\'' | '’' | '.' => {}
        _ => gap = true,
    };
    for c in name.chars() {
        if c.is_ascii() {
            push(&mut s, c.to_ascii_lowercase());
        } else if let Some(ascii) = deunicode::deunicode_char(c) {
            // ("Łukasz", "Søren", "Šefčovič": the letter's ASCII form, from
            // deunicode's tables.)
            for c in ascii.chars() {
                push(&mut s, c.to_ascii_lowercase());
            }
        } else {
            push(&mut s, c);
        }
    }
    if s.is_empty() {
        s.push_str("actor");
    }
    s
}

/// [`slug`] of an ASCII name (most names), and whether the name is on one line as it
/// is (no control byte, no two spaces in a row: what [`one_line`] tests; an ASCII name
/// has no no-break space). One pass over the name: each run of letters and digits is
/// copied whole, apostrophes and periods are dropped, and a run of other bytes (a gap)
/// is a hyphen where a letter or digit follows one already copied; the copy is
/// lower-cased at the end, in one go. (Measured against a byte at a time, and against
/// cutting the name at its gaps and joining the pieces: fewer instructions.)
// Out of line: inlined into the stage's one large function, its loop kept its state on
// the stack.
#[inline(never)]
fn ascii_slug(name: &str) -> (String, bool) {
    let bytes = name.as_bytes();
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    let (mut on_one_line, mut prev_space) = (true, false);
    let mut k = 0;
    while let Some(&b) = bytes.get(k) {
        if b.is_ascii_alphanumeric() {
            let run = bytes[k..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - k);
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            prev_space = false;
            out.push_str(name.get(k..k + run).unwrap_or_default());
            k += run;
            continue;
        }
        let space = b == b' ';
        on_one_line &= b >= b' ' && !(space && prev_space);
        prev_space = space;
        if b != b'\'' && b != b'.' {
            gap = true;
        }
        k += 1;
    }
    out.make_ascii_lowercase();
    if out.is_empty() {
        out.push_str("actor");
    }
    (out, on_one_line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(r: &Registry, i: usize) -> Vec<usize> {
        r.entries[i].mentions.iter().map(|m| m.span.start).collect()
    }

    #[test]
    fn deferred_mentions_merge_as_inserts_would() {
        // The same mentions with and without deferring give the same list and answers.
        let adds = [
            (0, 4),
            (40, 44),
            (80, 84),
            (10, 13),
            (12, 15),
            (50, 53),
            (40, 42),
            (90, 93),
        ];
        let mut lists = Vec::new();
        for defer in [false, true] {
            let mut r = Registry::default();
            let i = r.add("Acme", "acme", ActorKind::Organization);
            if defer {
                r.defer();
            }
            let took: Vec<bool> = adds
                .iter()
                .map(|&(a, e)| r.mention(i, 0, Span::new(a, e), "t"))
                .collect();
            // Overlaps are refused whichever list holds the earlier mention.
            assert_eq!(took, [true, true, true, true, false, true, false, true]);
            assert_eq!(r.last_mention_before(i, 50), Some(40));
            assert_eq!(r.last_mention_before(i, 51), Some(50));
            assert_eq!(r.last_mention_before(i, 11), Some(10));
            r.settle();
            lists.push(starts(&r, i));
        }
        assert_eq!(lists[0], [0, 10, 40, 50, 80, 90]);
        assert_eq!(lists[0], lists[1]);
    }

    #[test]
    fn mentions_of_several_passes_merge_as_inserts_would() {
        // Three passes through the text, each in order: the third lands before the
        // second's waiting mentions.
        let adds = [
            (10, 14),
            (50, 54),
            (90, 94),
            (0, 4),
            (30, 34),
            (70, 74),
            (20, 24),
            (31, 33),
            (60, 64),
            (95, 99),
        ];
        let mut lists = Vec::new();
        for defer in [false, true] {
            let mut r = Registry::default();
            let i = r.add("Acme", "acme", ActorKind::Organization);
            if defer {
                r.defer();
            }
            let took: Vec<bool> = adds
                .iter()
                .map(|&(a, e)| r.mention(i, 0, Span::new(a, e), "t"))
                .collect();
            assert_eq!(
                took,
                [true, true, true, true, true, true, true, false, true, true]
            );
            assert_eq!(r.last_mention_before(i, 65), Some(60));
            r.settle();
            lists.push(starts(&r, i));
        }
        assert_eq!(lists[0], [0, 10, 20, 30, 50, 60, 70, 90, 95]);
        assert_eq!(lists[0], lists[1]);
    }

    #[test]
    fn mention_ends_found_by_index_as_by_scan() {
        // The first entry `keep` takes with a mention ending at `end`, by a scan.
        let scan = |r: &Registry, end: usize, keep: &dyn Fn(&Entry) -> bool| {
            r.entries.iter().position(|e| {
                keep(e) && e.mentions.iter().chain(&e.later).any(|m| m.span.end == end)
            })
        };
        let body = |e: &Entry| e.kind != ActorKind::Person;
        let mut r = Registry::default();
        let a = r.add("Ann Bell", "ann bell", ActorKind::Person);
        let b = r.add("Bell Corp", "bell corp", ActorKind::Organization);
        let c = r.add("Cole", "cole", ActorKind::Organization);
        r.mention(a, 0, Span::new(0, 8), "t");
        r.mention(b, 0, Span::new(4, 8), "t");
        r.mention(c, 1, Span::new(40, 44), "t");
        r.defer();
        let ends = [8, 20, 44, 30, 5];
        let check = |r: &mut Registry| {
            for end in ends {
                let want = scan(r, end, &body);
                assert_eq!(r.ending_at(end, body), want, "{end}");
                let want = scan(r, end, &|_| true);
                assert_eq!(r.ending_at(end, |_| true), want, "{end}");
            }
        };
        check(&mut r);
        // Mentions added after the index was built, waiting or not, and a merge.
        r.mention(c, 0, Span::new(16, 20), "t");
        r.mention(a, 0, Span::new(26, 30), "t");
        r.mention(b, 1, Span::new(42, 44), "t");
        check(&mut r);
        r.settle();
        r.merge_into(b, c);
        check(&mut r);
        assert_eq!(r.ending_at(8, body), Some(c));
    }

    #[test]
    fn keys_of_any_length_find_their_entries() {
        let mut r = Registry::default();
        let keys = [
            "",
            "ford",
            "bank of england",
            "quintara airlines holdings",
            "a name of exactly thirty-one by",
            "a name of exactly thirty-two byt",
            "the international federation of red cross societies",
        ];
        for k in keys {
            let i = r.add("X", k, ActorKind::Organization);
            assert_eq!(r.add("Y", k, ActorKind::Person), i, "{k:?}");
        }
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(r.get(k), Some(i), "{k:?}");
        }
        // A key one byte longer or shorter is another key.
        assert_eq!(r.get("a name of exactly thirty-one b"), None);
        assert_eq!(r.get("bank of englan"), None);
        r.alias("ford motor", 1);
        r.alias("ford motor", 2);
        assert_eq!(r.get("ford motor"), Some(1));
        r.rename(
            2,
            "Z",
            "the international federation of red cross and red crescent",
        );
        assert_eq!(r.get("bank of england"), Some(2));
        assert_eq!(
            r.get("the international federation of red cross and red crescent"),
            Some(2)
        );
        r.merge_into(2, 3);
        assert_eq!(
            r.get("the international federation of red cross and red crescent"),
            Some(3)
        );
    }

    #[test]
    fn a_word_shared_by_many_entries_gives_the_newest() {
        let mut r = Registry::default();
        let n = WORD_CANDIDATES + 10;
        for k in 0..n {
            r.add("X", &format!("bank of town{k}"), ActorKind::Organization);
        }
        let got = r.with_word("bank");
        assert_eq!(got.len(), WORD_CANDIDATES);
        assert_eq!(got.first(), Some(&10));
        assert_eq!(got.last(), Some(&(n - 1)));
        assert_eq!(r.with_word("town3"), [3]);
    }

    #[test]
    fn words_split_as_the_key_splits() {
        for key in ["", "ford", "bank of england", "a  b ", " x", "zürich & co"] {
            let mut r = Registry::default();
            let i = r.add("X", key, ActorKind::Organization);
            let e = &r.entries[i];
            let want: Vec<&str> = key.split(' ').collect();
            assert_eq!(e.words().collect::<Vec<_>>(), want, "{key:?}");
            assert_eq!(words_of(key).collect::<Vec<_>>(), want, "{key:?}");
            assert_eq!(e.word_count(), want.len(), "{key:?}");
            assert_eq!(Some(e.first_word()), want.first().copied(), "{key:?}");
            assert_eq!(Some(e.last_word()), want.last().copied(), "{key:?}");
        }
    }

    #[test]
    fn slug_pass_tells_one_line_as_one_line_does() {
        for name in [
            "Jim Farley",
            "Jim  Farley",
            "Jim\nFarley",
            " Jim Farley ",
            "Zenco Inc. (ZNC)",
            "Tomás  Reyes",
            "Tomás\u{a0}Reyes",
            "a\tb",
            "",
        ] {
            let (base, lined) = slug_and_line(name);
            assert_eq!(base, slug(name), "{name:?}");
            // On one line: `one_line` leaves it as it is.
            if lined {
                assert_eq!(one_line(name.to_string()), name, "{name:?}");
            }
            // An ASCII name is on one line unless it has a control byte or two spaces
            // in a row.
            let broken = name.bytes().any(|b| b < b' ') || name.contains("  ");
            assert_eq!(lined, name.is_ascii() && !broken, "{name:?}");
        }
    }

    #[test]
    fn slugs() {
        for (name, want) in [
            ("Jim Farley", "jim-farley"),
            ("U.S. official", "us-official"),
            ("Tomás Reyes", "tomas-reyes"),
            ("Supporters’ Trust", "supporters-trust"),
            ("—", "actor"),
            ("-a--b.'c- ", "a-bc"),
            ("-A--B.'C- ", "a-bc"),
            ("  ", "actor"),
            ("Zenco Inc. (ZNC)", "zenco-inc-znc"),
            ("Ünal & Søn", "unal-son"),
            ("Łukasz Świątek", "lukasz-swiatek"),
            ("Maroš Šefčovič", "maros-sefcovic"),
            ("Straße", "strasse"),
        ] {
            assert_eq!(slug(name), want);
        }
    }

    #[test]
    fn slug_counts_count_equal_slugs_in_order() {
        let bases = [
            "european-union",
            "ford",
            "european-commission",
            "ford",
            "ford-2",
            "ford",
        ];
        let bases: Vec<String> = bases.iter().map(|b| b.to_string()).collect();
        assert_eq!(slug_counts(&bases), [1, 1, 1, 2, 1, 3]);
    }

    #[test]
    fn finish_orders_and_dedups_ids() {
        let mut r = Registry::default();
        let a = r.add("Ford", "ford", ActorKind::Organization);
        let b = r.add("Ford", "ford motor", ActorKind::Organization);
        r.mention(a, 1, Span::new(50, 54), "x");
        r.mention(b, 0, Span::new(0, 4), "x");
        r.mention(b, 0, Span::new(2, 6), "x");
        let out = r.finish(vec![]);
        let ids: Vec<&str> = out.actors.iter().map(|x| x.id.as_str()).collect();
        assert_eq!(ids, ["ford", "ford-2"]);
        assert_eq!(out.actors[0].mentions.len(), 1);
    }
}
