//! Word classes for the token layer: the actor lexicons in, one lookup table out.
//!
//! Every single-word entry of the class lexicons (`actor_*.txt`) becomes a bit in
//! [`Tags`]; the table maps a lower-cased word to all its bits in one hash lookup.
//! Entries of several words ("chief executive", "new delhi", "associated press") go to a
//! phrase table keyed by their first word, matched over tokens by [`phrase_at`]. Pair
//! tables (`alias=country`) map a word to a canonical value. This module knows words,
//! not rules: what a class means is up to the stages.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lexicon::fast::WordTable;
use crate::lexicon::Table;
use crate::lexicon_table;
use crate::tokens::Tags;

lexicon_table!(
    /// Honorifics ("mr.", "dr.").
    pub HONORIFICS = "actor_honorifics.txt"
);
lexicon_table!(
    /// Role and title heads ("minister", "chief executive").
    pub TITLES = "actor_titles.txt"
);
lexicon_table!(
    /// Role modifiers ("deputy", "trade").
    pub ROLE_MODIFIERS = "actor_role_modifiers.txt"
);
lexicon_table!(
    /// Legal suffixes of company names ("inc.").
    pub LEGAL_SUFFIXES = "actor_legal_suffixes.txt"
);
lexicon_table!(
    /// Organisation name heads ("bank", "airways").
    pub ORG_HEADS = "actor_org_heads.txt"
);
lexicon_table!(
    /// Government body heads ("ministry", "council").
    pub GOV_HEADS = "actor_gov_heads.txt"
);
lexicon_table!(
    /// News outlets ("reuters", "the new york times").
    pub MEDIA = "actor_media.txt"
);
lexicon_table!(
    /// Newspaper name heads ("gazette").
    pub MEDIA_HEADS = "actor_media_heads.txt"
);
lexicon_table!(
    /// Women's given names.
    pub FEMALE_NAMES = "actor_first_names_female.txt"
);
lexicon_table!(
    /// Men's given names.
    pub MALE_NAMES = "actor_first_names_male.txt"
);
lexicon_table!(
    /// Countries.
    pub COUNTRIES = "actor_countries.txt"
);
lexicon_table!(
    /// Country aliases and capitals: `alias=country`.
    pub COUNTRY_ALIASES = "actor_country_aliases.txt"
);
lexicon_table!(
    /// Seats and bodies of government ("white house", "kremlin").
    pub GOV_BODIES = "actor_gov_bodies.txt"
);
lexicon_table!(
    /// States, provinces, regions and major cities.
    pub REGIONS = "actor_regions.txt"
);
lexicon_table!(
    /// Nationality adjectives: `adjective=country`.
    pub DEMONYMS = "actor_demonyms.txt"
);
lexicon_table!(
    /// Months and days.
    pub MONTHS_DAYS = "actor_months_days.txt"
);
lexicon_table!(
    /// Closed-class words and sentence openers.
    pub FUNCTION_WORDS = "actor_function_words.txt"
);
lexicon_table!(
    /// Determiners and quantifiers.
    pub DETERMINERS = "actor_determiners.txt"
);
lexicon_table!(
    /// Prepositions.
    pub PREPOSITIONS = "actor_prepositions.txt"
);
lexicon_table!(
    /// Modal and perfect auxiliaries.
    pub AUXILIARIES = "actor_auxiliaries.txt"
);
lexicon_table!(
    /// Description heads with the kind they refer to: `noun=kind`.
    pub DESCRIPTIONS = "actor_descriptions.txt"
);
lexicon_table!(
    /// Nouns for people who can be a collective source.
    pub GROUP_NOUNS = "actor_group_nouns.txt"
);
lexicon_table!(
    /// Nouns for staff who speak for their organisation.
    pub MEMBER_NOUNS = "actor_member_nouns.txt"
);
lexicon_table!(
    /// Verbs whose subject acts.
    pub SPEECH_VERBS = "actor_speech_verbs.txt"
);
lexicon_table!(
    /// Nouns of business ties.
    pub PARTNER_NOUNS = "actor_partner_nouns.txt"
);
lexicon_table!(
    /// Words that are never actors.
    pub NOT_ACTORS = "actor_not_actors.txt"
);
lexicon_table!(
    /// Political parties.
    pub PARTIES = "actor_parties.txt"
);
lexicon_table!(
    /// Familiar forms of given names: `nickname=given name`.
    pub NICKNAMES = "actor_nicknames.txt"
);

/// Every class table, for the order test.
pub fn tables() -> Vec<&'static Table> {
    vec![
        &HONORIFICS,
        &TITLES,
        &ROLE_MODIFIERS,
        &LEGAL_SUFFIXES,
        &ORG_HEADS,
        &GOV_HEADS,
        &MEDIA,
        &MEDIA_HEADS,
        &FEMALE_NAMES,
        &MALE_NAMES,
        &COUNTRIES,
        &COUNTRY_ALIASES,
        &REGIONS,
        &GOV_BODIES,
        &DEMONYMS,
        &MONTHS_DAYS,
        &FUNCTION_WORDS,
        &DETERMINERS,
        &PREPOSITIONS,
        &AUXILIARIES,
        &DESCRIPTIONS,
        &GROUP_NOUNS,
        &MEMBER_NOUNS,
        &SPEECH_VERBS,
        &PARTNER_NOUNS,
        &NOT_ACTORS,
        &PARTIES,
        &NICKNAMES,
    ]
}

/// What a phrase of several words is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phrase {
    /// A role or title ("chief executive").
    Title,
    /// A news outlet ("associated press").
    Media,
    /// A country or its alias; the value is the canonical country.
    Country,
    /// A nationality adjective; the value is the country.
    Demonym,
    /// A seat or body of government ("white house").
    Government,
}

/// The key of a pair entry (`key=value`), or the whole entry.
fn key(entry: &'static str) -> &'static str {
    entry.split('=').next().unwrap_or(entry).trim()
}

/// The value of a pair entry, or the whole entry.
fn value(entry: &'static str) -> &'static str {
    entry.split('=').nth(1).unwrap_or(entry).trim()
}

fn class_tables() -> Vec<(&'static Table, Tags)> {
    vec![
        (&HONORIFICS, Tags::HONORIFIC),
        (&TITLES, Tags::TITLE),
        (&ROLE_MODIFIERS, Tags::ROLE_MOD),
        (&LEGAL_SUFFIXES, Tags::LEGAL),
        (&ORG_HEADS, Tags::ORG_HEAD),
        (&GOV_HEADS, Tags::GOV_HEAD),
        (&MEDIA, Tags::MEDIA),
        (&MEDIA_HEADS, Tags::MEDIA_HEAD),
        (&FEMALE_NAMES, Tags::FEMALE),
        (&MALE_NAMES, Tags::MALE),
        (&COUNTRIES, Tags::COUNTRY),
        (&COUNTRY_ALIASES, Tags::COUNTRY),
        (&REGIONS, Tags::COUNTRY),
        (&DEMONYMS, Tags::DEMONYM),
        (&MONTHS_DAYS, Tags::MONTH),
        (&FUNCTION_WORDS, Tags::FUNCTION),
        (&DETERMINERS, Tags::DET),
        (&PREPOSITIONS, Tags::PREP),
        (&AUXILIARIES, Tags::AUX),
        (&DESCRIPTIONS, Tags::DESC),
        (&GROUP_NOUNS, Tags::GROUP_NOUN),
        (&MEMBER_NOUNS, Tags::MEMBER_NOUN),
        (&SPEECH_VERBS, Tags::VERB),
        (&PARTNER_NOUNS, Tags::PARTNER),
        (&NOT_ACTORS, Tags::NOT_ACTOR),
        (&PARTIES, Tags::PARTY),
    ]
}

/// A small multiplicative hasher for short words (the table is fixed data, so hash
/// flooding is no concern; SipHash costs more than the lookup it serves).
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The tail as one little-endian word, its length mixed in.
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            let tail = u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59);
            self.0 = (self.0.rotate_left(5) ^ tail).wrapping_mul(K);
        }
    }
}

/// The build-hasher of [`WordHasher`], for maps keyed by words.
pub type Fast = std::hash::BuildHasherDefault<WordHasher>;

type WordMap<V> = HashMap<&'static str, V, Fast>;

/// Every single-word entry of the class tables with all its classes (phrases of several
/// words are left to [`phrase_at`]).
pub fn word_map() -> HashMap<&'static str, Tags, Fast> {
    let tables = class_tables();
    // Sized for every entry up front: growing the map rehashes it several times.
    let size = tables.iter().map(|(t, _)| t.entries.len()).sum::<usize>() + PREFIXED.len();
    let mut map: WordMap<Tags> = WordMap::with_capacity_and_hasher(size, Fast::default());
    for k in PREFIXED.iter() {
        map.insert(k, Tags::TITLE | Tags::PREFIXED_TITLE);
    }
    for (table, tag) in tables {
        for &e in &table.entries {
            let k = key(e);
            // "the times" is also found as "Times" (names never start with "the").
            let k = k.strip_prefix("the ").unwrap_or(k);
            if !k.contains(' ') {
                let slot = map.entry(k).or_insert(Tags::NONE);
                *slot = *slot | tag;
            }
        }
    }
    map
}

/// Nouns of a body of people counted as one, whose "of" names its members ("a group
/// of voters", "a handful of residents"): the phrase is the members'.
pub const COLLECTIVE_QUANTITIES: &[&str] = &[
    "coalition",
    "delegation",
    "group",
    "handful",
    "number",
    "panel",
    "team",
];

/// Prefixes of time before a title, written with a hyphen ("then-Secretary",
/// "ex-President", "former-Chancellor"): the word is the title.
pub const TITLE_PREFIXES: [&str; 3] = ["then-", "ex-", "former-"];

/// Every one-word title behind each of [`TITLE_PREFIXES`] ("then-secretary").
static PREFIXED: LazyLock<Vec<String>> = LazyLock::new(|| {
    TITLES
        .entries
        .iter()
        .map(|&e| key(e))
        .filter(|k| !k.contains(' '))
        .flat_map(|k| TITLE_PREFIXES.iter().map(move |p| format!("{p}{k}")))
        .collect()
});

type PhraseEntry = (Vec<&'static str>, Phrase, &'static str);

/// The phrase entries by first word: a word table of indices into the lists.
struct Phrases {
    index: WordTable<Option<usize>>,
    lists: Vec<Vec<PhraseEntry>>,
}

static PHRASES: LazyLock<Phrases> = LazyLock::new(|| {
    let tables: [(&Table, Phrase); 7] = [
        (&GOV_BODIES, Phrase::Government),
        (&TITLES, Phrase::Title),
        (&MEDIA, Phrase::Media),
        (&COUNTRIES, Phrase::Country),
        (&REGIONS, Phrase::Country),
        (&COUNTRY_ALIASES, Phrase::Country),
        (&DEMONYMS, Phrase::Demonym),
    ];
    // Sized up front, as in [`word_map`].
    let size = tables.iter().map(|(t, _)| t.entries.len()).sum();
    let mut map: WordMap<Vec<PhraseEntry>> =
        WordMap::with_capacity_and_hasher(size, Fast::default());
    for (table, kind) in tables {
        for &e in &table.entries {
            let full: Vec<&'static str> = key(e).split(' ').collect();
            let bare = full.strip_prefix(&["the"]).map(<[&str]>::to_vec);
            for words in std::iter::once(full).chain(bare) {
                if let Some(&first) = words.first() {
                    map.entry(first).or_default().push((words, kind, value(e)));
                }
            }
        }
    }
    let mut firsts = Vec::with_capacity(map.len());
    let mut lists = Vec::with_capacity(map.len());
    for (first, mut v) in map {
        v.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        firsts.push((first, Some(lists.len())));
        lists.push(v);
    }
    Phrases {
        index: WordTable::from_unique(firsts),
        lists,
    }
});

/// The first words of the phrase entries, each once (see [`Tags::PHRASE`]).
pub fn phrase_first_words() -> impl Iterator<Item = &'static str> {
    PHRASES.lists.iter().filter_map(|list| {
        list.first()
            .and_then(|(words, _, _)| words.first().copied())
    })
}

/// The classes of a lower-cased word (looked up in the table `crate::lexed` joins from
/// these and the claims lexicons, so only one table is built).
pub fn word_tags(lower: &str) -> Tags {
    crate::lexed::tags_of(lower)
}

/// The longest phrase entry starting at `words[0]`: its length in words, what it is and
/// its canonical value (the country for countries and demonyms, else the entry).
pub fn phrase_at(words: &[&str]) -> Option<(usize, Phrase, &'static str)> {
    let first = words.first()?;
    let entries = PHRASES.lists.get(PHRASES.index.get(first)??)?;
    entries
        .iter()
        .find(|(w, _, _)| w.len() <= words.len() && w.iter().zip(words).all(|(a, b)| a == b))
        .map(|(w, k, v)| (w.len(), *k, *v))
}

/// Whether the lone word `lower` (of classes `tags`) may be a whole phrase entry that
/// types a name by itself (a medium, a country, a nationality or a government body):
/// when not, [`phrase_at`] of it finds nothing such, and a name of one word can skip
/// that lookup. The first three kinds' one-word entries carry their classes; government
/// bodies (no class of their own) are listed here.
pub fn may_spell_alone(lower: &str, tags: Tags) -> bool {
    if tags.has(Tags::MEDIA | Tags::COUNTRY | Tags::DEMONYM) {
        return true;
    }
    // A few words: their first bytes and lengths rule out nearly every word without a
    // string comparison.
    let first = lower.as_bytes().first().copied();
    ONE_WORD_GOV_BODIES
        .iter()
        .any(|&(b, n, w)| Some(b) == first && n == lower.len() && w == lower)
}

/// Whether the lone word `lower` names an outlet only with "the" before it ("the
/// atlantic", "the independent"): without it the word is a common adjective or noun
/// ("Atlantic salmon", "Independent experts").
pub fn outlet_needs_the(lower: &str) -> bool {
    THE_OUTLETS.contains(&lower)
}

/// The one-word outlets the media lexicon writes only with "the".
static THE_OUTLETS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let keys: Vec<&str> = MEDIA.entries.iter().map(|&e| key(e)).collect();
    keys.iter()
        .filter_map(|k| k.strip_prefix("the "))
        .filter(|w| !w.contains(' ') && !keys.contains(w))
        .collect()
});

/// The one-word entries of the government bodies ("the" left off), with their first
/// bytes and lengths.
static ONE_WORD_GOV_BODIES: LazyLock<Vec<(u8, usize, &'static str)>> = LazyLock::new(|| {
    let mut out: Vec<(u8, usize, &'static str)> = GOV_BODIES
        .entries
        .iter()
        .map(|&e| key(e))
        .map(|k| k.strip_prefix("the ").unwrap_or(k))
        .filter(|k| !k.contains(' '))
        .filter_map(|k| Some((*k.as_bytes().first()?, k.len(), k)))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
});

/// The kind a description head refers to ("company" → "organization").
pub fn description_kind(lower: &str) -> Option<&'static str> {
    DESCRIPTION_KINDS.get(lower).flatten()
}

static DESCRIPTION_KINDS: LazyLock<WordTable<Option<&'static str>>> = LazyLock::new(|| {
    let mut map: WordMap<Option<&'static str>> = WordMap::default();
    for &e in &DESCRIPTIONS.entries {
        // The first entry of a key wins, as a scan of the sorted table would give.
        map.entry(key(e)).or_insert_with(|| Some(value(e)));
    }
    WordTable::from_map(&map)
});

/// Whether two lower-cased given names name the same person: the same, or one the
/// familiar form of the other ("tom", "thomas"; "bill", "william"), or both of one.
pub fn same_given_name(a: &str, b: &str) -> bool {
    let full = |w: &str| GIVEN_NAMES.get(w).flatten();
    a == b
        || full(a) == Some(b)
        || full(b) == Some(a)
        || full(a).is_some_and(|f| full(b) == Some(f))
}

static GIVEN_NAMES: LazyLock<WordTable<Option<&'static str>>> = LazyLock::new(|| {
    let mut map: WordMap<Option<&'static str>> = WordMap::default();
    for &e in &NICKNAMES.entries {
        map.entry(key(e)).or_insert_with(|| Some(value(e)));
    }
    WordTable::from_map(&map)
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let cases: &[(&str, Tags)] = &[
            ("mr.", Tags::HONORIFIC),
            ("minister", Tags::TITLE),
            ("ministry", Tags::GOV_HEAD),
            ("reuters", Tags::MEDIA),
            ("chinese", Tags::DEMONYM),
            ("said", Tags::VERB),
            ("u.s.", Tags::COUNTRY),
        ];
        for &(w, t) in cases {
            assert!(word_tags(w).has(t), "{w}");
        }
        assert_eq!(
            phrase_at(&["new", "delhi", "rejected"]),
            Some((2, Phrase::Country, "india"))
        );
        assert_eq!(
            phrase_at(&["chief", "executive", "officer", "x"]).map(|p| p.0),
            Some(3)
        );
        assert_eq!(description_kind("automaker"), Some("organization"));
    }

    /// Every one-word phrase entry of a kind that types a name passes
    /// [`may_spell_alone`], so skipping the lookup when it fails loses nothing.
    #[test]
    fn lone_phrase_words_are_flagged() {
        let typing = [
            Phrase::Media,
            Phrase::Government,
            Phrase::Country,
            Phrase::Demonym,
        ];
        let mut seen = 0;
        for list in &PHRASES.lists {
            for (words, kind, _) in list {
                if let [w] = words.as_slice() {
                    if typing.contains(kind) {
                        seen += 1;
                        assert!(may_spell_alone(w, word_tags(w)), "{w}");
                    }
                }
            }
        }
        assert!(seen > 100, "{seen}");
        assert!(!may_spell_alone("zenco", word_tags("zenco")));
        assert_eq!(description_kind("banana"), None);
        assert!(same_given_name("tom", "thomas"));
        assert!(same_given_name("william", "bill"));
        assert!(same_given_name("liz", "beth"));
        assert!(!same_given_name("tom", "timothy"));
    }

    /// A word has [`Tags::PHRASE`] exactly when some phrase entry starts with it, so a
    /// name whose first word lacks it has no phrase to find.
    #[test]
    fn phrase_flag_marks_every_first_word() {
        let mut seen = 0;
        for list in &PHRASES.lists {
            for (words, _, _) in list {
                seen += 1;
                assert!(word_tags(words[0]).has(Tags::PHRASE), "{}", words[0]);
            }
        }
        assert!(seen > 100, "{seen}");
        for w in ["zenco", "hugo", "quiroga", "said"] {
            assert!(!word_tags(w).has(Tags::PHRASE), "{w}");
            assert_eq!(phrase_at(&[w, "x"]), None, "{w}");
        }
    }
}
