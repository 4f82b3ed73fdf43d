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
///
/// Slots hold a 32-bit fingerprint of the hash and the index of the entry in the dense
/// `keys` and `values` arrays, so a probe reads eight bytes and a miss rarely touches a
/// key.
#[derive(Debug, Clone)]
pub struct WordTable<V> {
    slots: Vec<u64>,
    keys: Vec<&'static str>,
    values: Vec<V>,
    shift: u32,
}

impl<V: Copy + Default> WordTable<V> {
    /// Builds the table from a map (any hasher). The layout may follow the map's order;
    /// what a lookup finds does not.
    pub fn from_map<S: BuildHasher>(map: &HashMap<&'static str, V, S>) -> WordTable<V> {
        let size = (map.len() * 2).next_power_of_two().max(16);
        let mut t = WordTable {
            slots: vec![0; size],
            keys: Vec::with_capacity(map.len()),
            values: Vec::with_capacity(map.len()),
            shift: 64 - size.trailing_zeros(),
        };
        for (&k, &v) in map {
            let h = hash(k.as_bytes());
            let mut i = t.slot(h);
            while t.slots[i] != 0 {
                i = (i + 1) & (size - 1);
            }
            t.keys.push(k);
            t.values.push(v);
            t.slots[i] = fingerprint(h) << 32 | t.keys.len() as u64;
        }
        t
    }

    fn slot(&self, hash: u64) -> usize {
        (hash >> self.shift) as usize
    }

    fn find(&self, hash: u64, word: &[u8]) -> Option<usize> {
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
                let k = (s & 0xffff_ffff) as usize - 1;
                if self.keys.get(k).is_some_and(|key| key.as_bytes() == word) {
                    return Some(k);
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of a lower-cased word.
    pub fn get(&self, lower: &str) -> Option<V> {
        let b = lower.as_bytes();
        self.find(hash(b), b)
            .and_then(|k| self.values.get(k).copied())
    }
}

/// The low 32 bits of a hash (the slot comes from the high bits).
fn fingerprint(hash: u64) -> u64 {
    hash & 0xffff_ffff
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
