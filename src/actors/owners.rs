//! Which actor owns each token: the registry's mentions and the tagged tokens in, one
//! entry a token out. The covering owner is the actor whose mention covers the token (a
//! named actor over a group where they nest: the last named one in order of (start,
//! length, entry), else the first group); the starting owner is the actor whose mention
//! starts there (the highest entry where several do). Roles read the first,
//! coreference the second. Nothing is registered here.

use super::doc::Doc;
use super::registry::Registry;
use crate::document::ActorKind;
use crate::span::Span;

/// The covering owner of each token. One sweep over mentions sorted by start.
pub fn cover(doc: &Doc, reg: &Registry) -> Table {
    sweep(doc, reg, None)
}

/// An owner (entry index) or none for each token, four bytes a token: an
/// `Option<usize>` took sixteen, and these tables live through coreference, where on a
/// long article they were a large share of the memory. Entry indices stay below 2^31
/// (there are fewer entries than tokens, and inputs stay below 4 GB).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table(Vec<u32>);

impl Table {
    /// What a token without an owner holds. Not a one-byte pattern such as `u32::MAX`,
    /// which turns the fill into a `memset` that costs more than these vector stores.
    const NONE: u32 = u32::MAX >> 1;

    /// `n` tokens, none owned.
    pub fn new(n: usize) -> Table {
        Table(vec![Self::NONE; n])
    }

    /// The owner of token `i`, if it has one.
    #[inline]
    pub fn at(&self, i: usize) -> Option<usize> {
        match self.0.get(i) {
            Some(&a) if a != Self::NONE => Some(a as usize),
            _ => None,
        }
    }

    /// Makes entry `a` the owner of token `i`.
    #[inline]
    fn set(&mut self, i: usize, a: usize) {
        if let Some(slot) = self.0.get_mut(i) {
            *slot = u32::try_from(a).unwrap_or(Self::NONE);
        }
    }

    /// How many tokens there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The owner of each token, in order.
    pub fn iter(&self) -> impl Iterator<Item = Option<usize>> + '_ {
        (0..self.0.len()).map(|i| self.at(i))
    }
}

/// Both owners of each token, from one sweep: coreference and the first roles pass
/// read the same mentions (that pass adds none), so they share one sort; the second
/// roles pass takes the covering owners over with coreference's mentions laid on.
#[derive(Debug, Clone, Default)]
pub struct Owners {
    /// The covering owner of each token (as [`cover`]).
    pub cover: Table,
    /// The starting owner of each token.
    pub start: Table,
    /// The tokens where some mention starts, ascending.
    pub starts: Vec<usize>,
    /// The packed order key ([`pack`]) of the mention behind each covering owner; empty
    /// where some mention does not pack.
    keys: Vec<u64>,
}

/// What a sweep fills besides the covering owners.
struct Extra<'o> {
    start: &'o mut Table,
    starts: &'o mut Vec<usize>,
    keys: &'o mut Vec<u64>,
}

impl Owners {
    /// Both owners of the registry's mentions.
    pub fn new(doc: &Doc, reg: &Registry) -> Owners {
        let n = doc.toks.len();
        let mut start = Table::new(n);
        // Any value: a key is read only where an owner is set. Not zero, which becomes
        // a zeroing allocation and a memset, dearer than this loop of stores.
        let mut keys = Vec::with_capacity(n);
        keys.resize(n, u64::MAX >> 1);
        let mut starts = Vec::with_capacity(reg.entries.iter().map(|e| e.mentions.len()).sum());
        let extra = Extra {
            start: &mut start,
            starts: &mut starts,
            keys: &mut keys,
        };
        let cover = sweep(doc, reg, Some(extra));
        Owners {
            cover,
            start,
            starts,
            keys,
        }
    }

    /// The covering owners once the mentions `added` (entry, span) have joined the
    /// registry `reg`, as [`cover`] would give them: only the tokens under the new
    /// mentions are weighed again, each against the mention that owns it.
    pub fn cover_after(self, doc: &Doc, reg: &Registry, added: &[(usize, Span)]) -> Table {
        let Owners {
            mut cover,
            mut keys,
            ..
        } = self;
        if keys.len() != doc.toks.len() || cover.len() != keys.len() {
            return self::cover(doc, reg);
        }
        let group = |a: usize| reg.entries[a].kind == ActorKind::Group;
        for &(a, span) in added {
            let Some(key) = pack(span.start, span.end, a) else {
                return self::cover(doc, reg);
            };
            let mut j = doc.toks.partition_point(|t| t.span.start < span.start);
            while j < doc.toks.len() && doc.toks[j].span.start < span.end {
                // The last named mention in order wins a token, else the first group.
                let wins = cover.at(j).is_none_or(|b| match (group(a), group(b)) {
                    (false, true) => true,
                    (false, false) => key > keys[j],
                    (true, true) => key < keys[j],
                    (true, false) => false,
                });
                if wins {
                    cover.set(j, a);
                    keys[j] = key;
                }
                j += 1;
            }
        }
        cover
    }
}

/// [`cover`], also filling what `extra` asks for.
fn sweep(doc: &Doc, reg: &Registry, mut extra: Option<Extra<'_>>) -> Table {
    let mut owner = Table::new(doc.toks.len());
    let mut k = 0;
    let (sorted, packed) = sorted_mentions(reg);
    if !packed {
        if let Some(x) = extra.as_mut() {
            x.keys.clear();
        }
    }
    for (start, end, a) in sorted {
        // Galloping, not a walk: mentions are a few tokens apart in a few hundred.
        k = doc.first_from_far(k, start);
        if let Some(x) = extra.as_mut() {
            if doc.toks.get(k).is_some_and(|t| t.span.start == start) {
                // Mentions starting together come in order of length: the highest
                // entry among them wins, as in an order by (start, entry).
                let highest = x.start.at(k).map_or(a, |b| b.max(a));
                x.start.set(k, highest);
                if x.starts.last() != Some(&k) {
                    x.starts.push(k);
                }
            }
        }
        let key = pack(start, end, a).unwrap_or(0);
        let group = reg.entries[a].kind == ActorKind::Group;
        let mut j = k;
        while j < doc.toks.len() && doc.toks[j].span.start < end {
            if owner.at(j).is_none() || !group {
                owner.set(j, a);
                if let Some(slot) = extra.as_mut().and_then(|x| x.keys.get_mut(j)) {
                    *slot = key;
                }
            }
            j += 1;
        }
    }
    owner
}

/// A mention's order key (start, length, entry) as one integer (32, 16 and 16 bits),
/// where they fit, as they do in any article: an integer sorts and compares for a
/// fraction of a triple's cost.
fn pack(start: usize, end: usize, a: usize) -> Option<u64> {
    let len = end.checked_sub(start)?;
    let (s, l, a) = (
        u32::try_from(start).ok()?,
        u16::try_from(len).ok()?,
        u16::try_from(a).ok()?,
    );
    Some(u64::from(s) << 32 | u64::from(l) << 16 | u64::from(a))
}

/// Every mention as (start, end, actor), in that order, and whether every one packed.
fn sorted_mentions(reg: &Registry) -> (Vec<(usize, usize, usize)>, bool) {
    let n = reg.entries.iter().map(|e| e.mentions.len()).sum();
    let mut packed: Vec<u64> = Vec::with_capacity(n);
    for (a, e) in reg.entries.iter().enumerate() {
        for m in &e.mentions {
            let Some(key) = pack(m.span.start, m.span.end, a) else {
                return (sorted_triples(reg, n), false);
            };
            packed.push(key);
        }
    }
    packed.sort_unstable();
    let sorted = packed
        .into_iter()
        .map(|x| {
            let (s, l, a) = ((x >> 32) as usize, (x >> 16) as u16, x as u16);
            (s, s + usize::from(l), usize::from(a))
        })
        .collect();
    (sorted, true)
}

/// [`sorted_mentions`] for numbers too large to pack.
#[cold]
fn sorted_triples(reg: &Registry, n: usize) -> Vec<(usize, usize, usize)> {
    let mut ms = Vec::with_capacity(n);
    for (a, e) in reg.entries.iter().enumerate() {
        ms.extend(e.mentions.iter().map(|m| (m.span.start, m.span.end, a)));
    }
    ms.sort_unstable();
    ms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::doc::tests::doc;
    use crate::actors::Mention;

    fn registry(spans: &[(usize, usize, usize)], kinds: &[ActorKind]) -> Registry {
        let mut reg = Registry::default();
        for (a, &k) in kinds.iter().enumerate() {
            reg.add(&format!("A{a}"), &format!("a{a}"), k);
        }
        for &(a, s, e) in spans {
            reg.entries[a].mentions.push(Mention {
                sentence: 0,
                span: Span::new(s, e),
                rule: "test",
            });
        }
        reg
    }

    #[test]
    fn a_table_gives_back_what_was_set() {
        let mut t = Table::new(4);
        t.set(1, 0);
        t.set(2, 7);
        t.set(2, 3);
        t.set(9, 1);
        assert_eq!(t.iter().collect::<Vec<_>>(), [None, Some(0), Some(3), None]);
        assert_eq!(
            (t.at(4), t.len(), Table::new(0).is_empty()),
            (None, 4, true)
        );
    }

    #[test]
    fn packed_mention_order_is_the_triples_order() {
        // (actor, start, end): ties on start and on end, and one span too long to pack.
        let spans: &[&[(usize, usize, usize)]] = &[
            &[
                (0, 40, 44),
                (1, 10, 30),
                (2, 10, 20),
                (0, 10, 20),
                (1, 0, 5),
            ],
            &[(0, 5, 9), (1, 0, 70_000), (0, 80_000, 80_004)],
        ];
        for ms in spans {
            let reg = registry(ms, &[ActorKind::Organization; 3]);
            let mut want: Vec<(usize, usize, usize)> =
                ms.iter().map(|&(a, s, e)| (s, e, a)).collect();
            want.sort_unstable();
            assert_eq!(sorted_mentions(&reg).0, want);
        }
    }

    /// Mentions laid on the first sweep's owners give what a fresh sweep gives: named
    /// over group, later over earlier, the first group among groups.
    #[test]
    fn added_mentions_match_a_fresh_sweep() {
        let s = "Ana Ruiz of the Zenco plant union said on Monday that she and they would strike.";
        let d = doc(s);
        let at = |w: &str| s.find(w).unwrap_or(0);
        let to = |w: &str| at(w) + w.len();
        let kinds = [
            ActorKind::Person,
            ActorKind::Organization,
            ActorKind::Group,
            ActorKind::Group,
            ActorKind::Organization,
        ];
        let old = [
            (0, at("Ana"), to("Ruiz")),
            (2, at("the"), to("union")),
            (1, at("Zenco"), to("Zenco")),
        ];
        let new = [
            (3, at("Zenco"), to("union")),
            (4, at("Zenco"), to("plant")),
            (3, at("Ruiz"), to("of")),
            (0, at("she"), to("she")),
            (2, at("they"), to("they")),
            (4, at("Ana"), to("Ana")),
        ];
        for cut in 0..=new.len() {
            let reg = registry(&old, &kinds);
            let owners = Owners::new(&d, &reg);
            let mut all = old.to_vec();
            all.extend_from_slice(&new[..cut]);
            let reg = registry(&all, &kinds);
            let added: Vec<(usize, Span)> = new[..cut]
                .iter()
                .map(|&(a, s, e)| (a, Span::new(s, e)))
                .collect();
            assert_eq!(
                owners.cover_after(&d, &reg, &added),
                cover(&d, &reg),
                "{cut}"
            );
        }
    }
}
