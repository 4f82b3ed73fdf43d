//! A read-only word table for the per-token lookups.
//!
//! In: a built lexicon map (word → value), once; then lower-cased words. Out: the
//! value. The table is open addressing over a power-of-two slot array with the full
//! hash kept per slot: a miss costs a hash and one or two slot reads, a hit one byte
//! comparison. Nothing here knows what a class means; iteration order never reaches
//! output (there is none).

use std::collections::HashMap;
use std::hash::BuildHasher;

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Hashes bytes eight at a time, the last few gathered one by one (most words are
/// shorter than eight bytes, and a copy of a variable length costs a call).
fn hash(bytes: &[u8]) -> u64 {
    let mut h = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let w = c.iter().rev().fold(0u64, |acc, &b| acc << 8 | u64::from(b));
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let w = rest
            .iter()
            .rev()
            .fold(0u64, |acc, &b| acc << 8 | u64::from(b));
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    // Slot 0 of `hashes` means empty.
    h | 1
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
        }
        for w in ["", "says", "th", "thee", "chief executive", "U.S."] {
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
}
