//! A read-only word table for the per-token lookups, and ASCII words lower-cased on the
//! stack.
//!
//! In: a built lexicon map (word → value), once; then lower-cased words. Out: the value
//! and the table's own `&'static str` for the word, so a token whose lower-cased form
//! is a lexicon word borrows it instead of allocating. The table is open addressing
//! over a power-of-two slot array with the full hash kept per slot: a miss costs a hash
//! and one or two slot reads, a hit one byte comparison. [`Folded`] lower-cases a
//! short ASCII word into a stack buffer and hashes it in the same pass. Nothing here
//! knows what a class means; iteration order never reaches output (there is none).

use std::collections::HashMap;
use std::hash::BuildHasher;

/// Longest word [`Folded`] takes; longer words go the slow way.
const MAX: usize = 32;
const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Hashes lower-cased bytes eight at a time (the last word zero-padded).
fn hash(bytes: &[u8]) -> u64 {
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    // Slot 0 of `hashes` means empty.
    h | 1
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` (all ASCII) that lies in `lo..=hi`.
fn in_range(w: u64, lo: u8, hi: u8) -> u64 {
    // Bytes below 0x80 plus (0x80 - lo) reach 0x80 exactly when >= lo; no carry
    // crosses a byte, as each sum stays below 0x100.
    let ge_lo = w + ONES * u64::from(0x80 - lo);
    let gt_hi = w + ONES * u64::from(0x7f - hi);
    ge_lo & !gt_hi & HIGH
}

/// A short ASCII word lower-cased on the stack, with its hash and letter counts.
#[derive(Debug, Clone)]
pub struct Folded {
    buf: [u8; MAX],
    len: usize,
    hash: u64,
    /// Upper-case letters in the word.
    pub upper: usize,
    /// Lower-case letters in the word.
    pub lower: usize,
}

impl Folded {
    /// Lower-cases `word` (ASCII only, at most 32 bytes; else `None`), eight bytes at
    /// a time.
    pub fn ascii(word: &str) -> Option<Folded> {
        let bytes = word.as_bytes();
        if bytes.len() > MAX {
            return None;
        }
        let mut buf = [0u8; MAX];
        buf[..bytes.len()].copy_from_slice(bytes);
        let (mut upper, mut lower) = (0, 0);
        let mut h = bytes.len() as u64;
        let words = bytes.len().div_ceil(8);
        for c in buf.chunks_exact_mut(8).take(words) {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            let w = u64::from_le_bytes(w);
            if w & HIGH != 0 {
                return None;
            }
            let (up, low) = (in_range(w, b'A', b'Z'), in_range(w, b'a', b'z'));
            upper += up.count_ones() as usize;
            lower += low.count_ones() as usize;
            // 0x80 >> 2 is 0x20, the case bit.
            let w = w | (up >> 2);
            c.copy_from_slice(&w.to_le_bytes());
            h = (h.rotate_left(5) ^ w).wrapping_mul(K);
        }
        Some(Folded {
            buf,
            len: bytes.len(),
            hash: h | 1,
            upper,
            lower,
        })
    }

    /// The lower-cased bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    /// Whether lower-casing changed the word.
    pub fn changed(&self) -> bool {
        self.upper > 0
    }
}

/// A word table: word → value, looked up by lower-cased words.
#[derive(Debug, Clone)]
pub struct WordTable<V> {
    hashes: Vec<u64>,
    keys: Vec<&'static str>,
    values: Vec<V>,
    shift: u32,
}

impl<V: Copy + Default> WordTable<V> {
    /// Builds the table from a map (any hasher).
    pub fn from_map<S: BuildHasher>(map: &HashMap<&'static str, V, S>) -> WordTable<V> {
        let mut entries: Vec<(&'static str, V)> = map.iter().map(|(&k, &v)| (k, v)).collect();
        // Fixed insertion order, so the layout does not depend on the map's order.
        entries.sort_unstable_by_key(|&(k, _)| k);
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut t = WordTable {
            hashes: vec![0; size],
            keys: vec![""; size],
            values: vec![V::default(); size],
            shift: 64 - size.trailing_zeros(),
        };
        for (k, v) in entries {
            let h = hash(k.as_bytes());
            let mut i = t.slot(h);
            while t.hashes[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            t.hashes[i] = h;
            t.keys[i] = k;
            t.values[i] = v;
        }
        t
    }

    fn slot(&self, hash: u64) -> usize {
        (hash >> self.shift) as usize
    }

    fn find(&self, hash: u64, word: &[u8]) -> Option<usize> {
        let mask = self.hashes.len() - 1;
        let mut i = self.slot(hash);
        loop {
            let h = *self.hashes.get(i)?;
            if h == 0 {
                return None;
            }
            if h == hash && self.keys[i].as_bytes() == word {
                return Some(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of a lower-cased word.
    pub fn get(&self, lower: &str) -> Option<V> {
        let b = lower.as_bytes();
        self.find(hash(b), b).map(|i| self.values[i])
    }

    /// The table's own spelling of a folded word, and its value.
    pub fn get_folded(&self, word: &Folded) -> Option<(&'static str, V)> {
        self.find(word.hash, word.bytes())
            .map(|i| (self.keys[i], self.values[i]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_word_and_only_those() {
        let words = ["said", "the", "a", "chief executive officer", "u.s.", "x"];
        let map: HashMap<&'static str, u32> = words.iter().zip(1..).map(|(&w, i)| (w, i)).collect();
        let t = WordTable::from_map(&map);
        for (&w, i) in words.iter().zip(1..) {
            assert_eq!(t.get(w), Some(i), "{w}");
            let upper = w.to_ascii_uppercase();
            let f = Folded::ascii(&upper).unwrap();
            assert_eq!(t.get_folded(&f), Some((w, i)), "{w}");
        }
        for w in ["", "says", "th", "thee", "chief executive", "U.S."] {
            assert_eq!(t.get(w), None, "{w}");
        }
    }

    #[test]
    fn folding_matches_std_for_every_ascii_byte_at_every_position() {
        for b in 0u8..128 {
            for pos in 0..12 {
                let mut word = vec![b'x'; 12];
                word[pos] = b;
                let s = String::from_utf8(word).unwrap();
                let f = Folded::ascii(&s).unwrap();
                assert_eq!(f.bytes(), s.to_ascii_lowercase().as_bytes(), "{b} at {pos}");
                let upper = s.bytes().filter(u8::is_ascii_uppercase).count();
                let lower = s.bytes().filter(u8::is_ascii_lowercase).count();
                assert_eq!((f.upper, f.lower), (upper, lower), "{b} at {pos}");
                assert_eq!(f.hash, hash(s.to_ascii_lowercase().as_bytes()));
            }
        }
    }

    #[test]
    fn folding_counts_letters_and_refuses_what_it_cannot_fold() {
        let f = Folded::ascii("McDonald's").unwrap();
        assert_eq!(f.bytes(), b"mcdonald's");
        assert_eq!((f.upper, f.lower, f.changed()), (2, 7, true));
        assert!(!Folded::ascii("said").unwrap().changed());
        assert!(Folded::ascii("Zürich").is_none());
        assert!(Folded::ascii(&"a".repeat(33)).is_none());
        assert_eq!(
            Folded::ascii(&"B".repeat(32)).unwrap().hash,
            hash(&[b'b'; 32])
        );
    }
}
