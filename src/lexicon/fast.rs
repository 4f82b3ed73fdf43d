//! A read-only word table for the per-token lookups.
//!
//! In: a built lexicon map (word → value), once; then lower-cased words. Out: the
//! value. The table is open addressing over a power-of-two slot array with a fingerprint
//! of the hash kept per slot: a miss costs a hash and one or two slot reads, a hit on a
//! word of up to eight bytes one integer comparison (words are hashed from eight-byte
//! loads, so a word inside a longer text is read in place). Nothing here knows what a
//! class means; iteration order never reaches output (there is none).

use std::collections::HashMap;
use std::hash::BuildHasher;

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The `n` bytes (at most eight) of `buf` from `at` as a little-endian word,
/// zero-padded.
///
/// When eight bytes follow `at` inside `buf`, they are read as one fixed-size load and
/// masked: a word read out of a longer text (the tokens of an article) costs no loop
/// and no call.
#[inline(always)]
fn word_at(buf: &[u8], at: usize, n: usize) -> u64 {
    let mask = u64::MAX.checked_shr(64 - 8 * n.min(8) as u32).unwrap_or(0);
    match buf.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        Some(w) => u64::from_le_bytes(*w) & mask,
        None => word_near_end(buf, at, n),
    }
}

/// [`word_at`] within the last eight bytes of `buf`, a byte at a time.
#[cold]
fn word_near_end(buf: &[u8], at: usize, n: usize) -> u64 {
    buf.get(at..at + n.min(8))
        .unwrap_or_default()
        .iter()
        .rev()
        .fold(0u64, |acc, &b| acc << 8 | u64::from(b))
}

/// The first `len` bytes (at most eight) of `bytes` as a little-endian word, zero-padded:
/// the key [`WordTable::get_short`] takes. `bytes` may run on past the word.
#[inline(always)]
pub fn head(bytes: &[u8; 8], len: usize) -> u64 {
    u64::from_le_bytes(*bytes) & MASKS[len.min(8)]
}

/// `MASKS[n]` keeps the low `n` bytes of a word.
static MASKS: [u64; 9] = {
    let mut m = [0u64; 9];
    let mut n = 1;
    while n <= 8 {
        m[n] = u64::MAX >> (64 - 8 * n);
        n += 1;
    }
    m
};

/// High bit of every byte lane: set in a word of bytes means a byte beyond ASCII.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// A word about to be looked up: its hash and its first sixteen bytes.
#[derive(Debug, Clone, Copy)]
struct Probe {
    hash: u64,
    head: u64,
    /// Bytes eight to sixteen, zero-padded (0 for a word of up to eight bytes).
    tail: u64,
    /// Every eight bytes of the word OR-ed together (see [`HIGH`]).
    bits: u64,
}

impl Probe {
    /// Hashes the bytes `start..end` of `buf` eight at a time, the tail zero-padded
    /// (bytes after `end` inside `buf` are read but masked off).
    #[inline(always)]
    fn new(buf: &[u8], start: usize, end: usize) -> Probe {
        let len = end.saturating_sub(start);
        let head = word_at(buf, start, len);
        // Slot 0 of `slots` means empty, so every hash is odd.
        if len == 0 {
            return Probe {
                hash: 1,
                head,
                tail: 0,
                bits: head,
            };
        }
        let mut h = ((len as u64).rotate_left(5) ^ head).wrapping_mul(K);
        let mut bits = head;
        let mut tail = 0;
        if len > 8 {
            // Most long words have at most sixteen bytes: their second eight are hashed
            // here and kept, so that a hit compares two integers and calls nothing.
            tail = word_at(buf, start + 8, len - 8);
            bits |= tail;
            h = (h.rotate_left(5) ^ tail).wrapping_mul(K);
            if len > 16 {
                // The rest of a longer word, out of line.
                (h, bits) = hash_rest(buf, start + 16, end, h, bits);
            }
        }
        Probe {
            hash: h | 1,
            head,
            tail,
            bits,
        }
    }
}

/// Goes on hashing a word of more than eight bytes from `at`.
#[inline(never)]
fn hash_rest(buf: &[u8], mut at: usize, end: usize, mut h: u64, mut bits: u64) -> (u64, u64) {
    while at < end {
        let w = word_at(buf, at, end - at);
        bits |= w;
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
        at += 8;
    }
    (h, bits)
}

/// A word table: word → value, looked up by lower-cased words.
///
/// Slots hold a 32-bit fingerprint of the hash and the index of the entry in the dense
/// `entries` array, so a probe reads eight bytes and a miss rarely touches an entry; a
/// hit on a word of at most eight bytes compares one integer.
#[derive(Debug, Clone)]
pub struct WordTable<V> {
    slots: Vec<u64>,
    entries: Vec<Entry<V>>,
    shift: u32,
}

/// One word of a [`WordTable`] and its value.
#[derive(Debug, Clone)]
struct Entry<V> {
    /// The word's first eight bytes, zero-padded (see [`Probe`]).
    head: u64,
    /// Its bytes eight to sixteen, zero-padded.
    tail: u64,
    key: &'static str,
    value: V,
}

impl<V: Copy + Default> WordTable<V> {
    /// Builds the table from a map (any hasher). The layout may follow the map's order;
    /// what a lookup finds does not.
    pub fn from_map<S: BuildHasher>(map: &HashMap<&'static str, V, S>) -> WordTable<V> {
        WordTable::from_unique(map.iter().map(|(&k, &v)| (k, v)).collect())
    }

    /// Builds the table from pairs whose words are all different.
    pub fn from_unique(pairs: Vec<(&'static str, V)>) -> WordTable<V> {
        let len = pairs.len();
        // At most a quarter of the slots full, not half: the joined table of both
        // stages (3,450 words) fills 21 % of 16,384 slots (128 KB), where it filled 42 %
        // of 8,192, and a miss (many of an article's words) reads 1.3 slots on average
        // instead of 2 in linear probing.
        let size = (len * 4).next_power_of_two().max(16);
        let mut t = WordTable {
            slots: vec![0; size],
            entries: Vec::with_capacity(len),
            shift: 64 - size.trailing_zeros(),
        };
        for (key, value) in pairs {
            let p = Probe::new(key.as_bytes(), 0, key.len());
            let mut i = t.slot(p.hash);
            while t.slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            t.entries.push(Entry {
                head: p.head,
                tail: p.tail,
                key,
                value,
            });
            t.slots[i] = fingerprint(p.hash) << 32 | t.entries.len() as u64;
        }
        t
    }

    fn slot(&self, hash: u64) -> usize {
        (hash >> self.shift) as usize
    }

    /// The first entry along `hash`'s probe sequence that `same` accepts: the one
    /// probe loop of every lookup, inlined so that each caller's test is too.
    #[inline(always)]
    fn probe(&self, hash: u64, same: impl Fn(&Entry<V>) -> bool) -> Option<&V> {
        let mask = self.slots.len() - 1;
        let want = fingerprint(hash);
        let mut i = self.slot(hash);
        loop {
            let s = *self.slots.get(i)?;
            if s == 0 {
                return None;
            }
            if s >> 32 == want {
                // Indices are stored plus one (0 is an empty slot).
                let e = self.entries.get((s & 0xffff_ffff) as usize - 1)?;
                if same(e) {
                    return Some(&e.value);
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of the word `buf[start..end]` (probed as `p`).
    #[inline(always)]
    fn find(&self, p: &Probe, buf: &[u8], start: usize, end: usize) -> Option<&V> {
        let len = end.saturating_sub(start);
        // Equal heads, tails and lengths are equal words up to sixteen bytes.
        self.probe(p.hash, |e| {
            e.head == p.head
                && e.key.len() == len
                && e.tail == p.tail
                && (len <= 16 || buf.get(start..end) == Some(e.key.as_bytes()))
        })
    }

    /// The value of a lower-cased word.
    pub fn get(&self, lower: &str) -> Option<V> {
        let b = lower.as_bytes();
        self.find(&Probe::new(b, 0, b.len()), b, 0, b.len())
            .copied()
    }

    /// The value of a lower-cased word of at most eight bytes given as [`head`]: one
    /// multiply, a probe or two and one integer comparison (callers that already hold
    /// the word's bytes as a word skip every slice and bounds check of [`WordTable::get`]).
    #[inline(always)]
    pub fn get_short(&self, head: u64, len: usize) -> Option<&V> {
        let hash = if len == 0 {
            1
        } else {
            ((len as u64).rotate_left(5) ^ head).wrapping_mul(K) | 1
        };
        self.probe(hash, |e| e.head == head && e.key.len() == len)
    }

    /// The value of the lower-cased word `buf[start..end]`, and whether the word is
    /// ASCII; reads up to seven bytes past `end` inside `buf` without looking at them.
    #[inline]
    pub fn get_in(&self, buf: &[u8], start: usize, end: usize) -> (Option<&V>, bool) {
        let p = Probe::new(buf, start, end);
        (self.find(&p, buf, start, end), p.bits & HIGH == 0)
    }
}

/// The low 32 bits of a hash (the slot comes from the high bits).
fn fingerprint(hash: u64) -> u64 {
    hash & 0xffff_ffff
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash of a whole word.
    fn hash(bytes: &[u8]) -> u64 {
        Probe::new(bytes, 0, bytes.len()).hash
    }

    #[test]
    fn finds_every_word_and_only_those() {
        let words = [
            "said",
            "the",
            "a",
            "chief executive officer",
            "u.s.",
            "x",
            "spokeswoman",
            "sixteen-letters!",
        ];
        let map: HashMap<&'static str, u32> = words.iter().zip(1..).map(|(&w, i)| (w, i)).collect();
        let t = WordTable::from_map(&map);
        for (&w, i) in words.iter().zip(1..) {
            assert_eq!(t.get(w), Some(i), "{w}");
        }
        for w in [
            "",
            "says",
            "th",
            "thee",
            "chief executive",
            "U.S.",
            "spokeswomen",
            "spokeswoma",
            "spokeswoman!",
            "sixteen-letters?",
            "sixteen-letters!!",
        ] {
            assert_eq!(t.get(w), None, "{w}");
        }
    }

    #[test]
    fn hash_reads_bytes_little_endian() {
        // Eight bytes hash as one little-endian word; the tail the same way, zero-padded.
        let word = b"abcdefghij";
        let mut h = word.len() as u64;
        let mut first = [0u8; 8];
        first.copy_from_slice(&word[..8]);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(first)).wrapping_mul(K);
        let tail = u64::from_le_bytes([b'i', b'j', 0, 0, 0, 0, 0, 0]);
        h = (h.rotate_left(5) ^ tail).wrapping_mul(K);
        assert_eq!(hash(word), h | 1);
        assert_ne!(hash(b"ab"), hash(b"ab\0"));
    }

    #[test]
    fn words_inside_a_text_find_what_alone_they_find() {
        let words = ["said", "a", "executive", "u.s.", "officers"];
        let map: HashMap<&'static str, u32> = words.iter().zip(1..).map(|(&w, i)| (w, i)).collect();
        let t = WordTable::from_map(&map);
        let text = b"a said u.s. officers chief executive officer saidx";
        let mut start = 0;
        for (k, &b) in text.iter().enumerate().chain([(text.len(), &b' ')]) {
            if b == b' ' {
                for end in start..=k {
                    let word = std::str::from_utf8(&text[start..end]).unwrap();
                    let (got, ascii) = t.get_in(text, start, end);
                    assert_eq!(got.copied(), t.get(word), "{word}");
                    assert_eq!(Probe::new(text, start, end).hash, hash(word.as_bytes()));
                    assert!(ascii);
                }
                start = k + 1;
            }
        }
        assert_eq!(t.get_in(b"x said", 2, 6).0, Some(&1));
        for &w in &words {
            let mut bytes = [b'#'; 8];
            bytes[..w.len().min(8)].copy_from_slice(&w.as_bytes()[..w.len().min(8)]);
            let short = t.get_short(head(&bytes, w.len()), w.len()).copied();
            assert_eq!(short, t.get(w).filter(|_| w.len() <= 8), "{w}");
        }
        for w in ["", "sai", "saidx", "u.s"] {
            let mut bytes = [b'd'; 8];
            bytes[..w.len()].copy_from_slice(w.as_bytes());
            assert_eq!(t.get_short(head(&bytes, w.len()), w.len()), None, "{w}");
        }
        let long = "zürich-zürich".as_bytes();
        for end in 0..=long.len() {
            let ascii = long[..end].is_ascii();
            assert_eq!(t.get_in(long, 0, end).1, ascii, "{end}");
            assert_eq!(t.get_in(&long[..end], 0, end).1, ascii, "{end}");
        }
    }
}
