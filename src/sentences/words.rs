//! The splitter's word lists: data files in `src/lexicon/`, compiled in.
//!
//! An entry written in lower case matches a word in any case (`co` matches `Co.` and
//! `CO.`); an entry with a capital matches only as written (`Mass` the state, not
//! `mass.` the noun).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::lexicon::fast::WordTable;
use crate::lexicon::Table;
use crate::lexicon_table;

lexicon_table!(
    /// Prefix titles: never end a sentence (`Mr.`, `Sen.`, `Mt.`).
    pub TITLES = "split_titles.txt"
);
lexicon_table!(
    /// Abbreviations that may end a sentence (`Inc.`, `Jan.`, `etc.`, `Calif.`).
    pub ABBREVIATIONS = "split_abbreviations.txt"
);
lexicon_table!(
    /// Abbreviations that stand before a number (`No. 10`, `p. 55`, `N°. 3`).
    pub NUMBER_ABBREVIATIONS = "split_number_abbreviations.txt"
);
lexicon_table!(
    /// Words that open sentences and hardly ever continue one when capitalised:
    /// determiners, pronouns, conjunctions, auxiliaries, question words.
    pub STARTERS = "split_starters.txt"
);
lexicon_table!(
    /// Verbs of a dialogue tag after a closing quote (`"Done." Smith said.`).
    pub TAG_VERBS = "split_tag_verbs.txt"
);
lexicon_table!(
    /// Words that continue a time after `a.m.`/`p.m.`: weekdays, months, time zones.
    pub TIME_FOLLOWERS = "split_time_followers.txt"
);
lexicon_table!(
    /// Prepositions that open an introductory phrase (`At 5 a.m. Mr. Smith …`).
    pub INTRO_PREPOSITIONS = "split_intro_prepositions.txt"
);

/// Every table of the splitter, for the lexicon test.
pub fn all() -> Vec<&'static Table> {
    vec![
        &*TITLES,
        &*ABBREVIATIONS,
        &*NUMBER_ABBREVIATIONS,
        &*STARTERS,
        &*TAG_VERBS,
        &*INTRO_PREPOSITIONS,
        &*TIME_FOLLOWERS,
    ]
}

/// A table's entries as a set built for lookup at every period.
pub struct WordSet {
    set: WordTable<bool>,
    /// The longest entry, in bytes: longer words are in no set, with no hashing.
    longest: usize,
}

impl WordSet {
    fn new(table: &Table) -> WordSet {
        let map: HashMap<&'static str, bool> = table.entries.iter().map(|&e| (e, true)).collect();
        WordSet {
            set: WordTable::from_map(&map),
            longest: table.entries.iter().map(|e| e.len()).max().unwrap_or(0),
        }
    }

    /// Whether `word` is an entry, exactly as written.
    pub fn contains(&self, word: &str) -> bool {
        word.len() <= self.longest && self.set.get(word).is_some()
    }
}

macro_rules! word_sets {
    ($($name:ident = $table:ident),* $(,)?) => {
        $(
            #[doc = concat!("[`", stringify!($table), "`] built for lookup.")]
            pub static $name: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&$table));
        )*
    };
}

word_sets!(
    STARTER_SET = STARTERS,
    TAG_VERB_SET = TAG_VERBS,
    INTRO_PREPOSITION_SET = INTRO_PREPOSITIONS,
    TIME_FOLLOWER_SET = TIME_FOLLOWERS,
);

/// What an abbreviation is: which of the three abbreviation tables holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbreviation {
    /// In [`TITLES`].
    Title,
    /// In [`NUMBER_ABBREVIATIONS`].
    BeforeNumber,
    /// In [`ABBREVIATIONS`].
    Plain,
}

/// The three abbreviation tables in one map, with the longest entry's length.
struct AbbreviationMap {
    map: WordTable<Option<Abbreviation>>,
    longest: usize,
}

/// Probed once or twice per period.
static ABBREVIATION_MAP: LazyLock<AbbreviationMap> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (table, kind) in [
        (&*ABBREVIATIONS, Abbreviation::Plain),
        (&*NUMBER_ABBREVIATIONS, Abbreviation::BeforeNumber),
        (&*TITLES, Abbreviation::Title),
    ] {
        for &entry in &table.entries {
            map.insert(entry, Some(kind));
        }
    }
    let longest = map.keys().map(|k| k.len()).max().unwrap_or(0);
    AbbreviationMap {
        map: WordTable::from_map(&map),
        longest,
    }
});

/// Whether lower-casing `word` changes it (only then is a second lookup worth it).
fn has_upper(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_uppercase())
}

/// The abbreviation `word` is (without its period), as written or, for lower-case
/// entries, in any case. A title matches only as written.
pub fn abbreviation(word: &str) -> Option<Abbreviation> {
    let AbbreviationMap { map, longest } = &*ABBREVIATION_MAP;
    if word.len() > *longest {
        return None;
    }
    if let Some(kind) = map.get(word).flatten() {
        return Some(kind);
    }
    if !has_upper(word) {
        return None;
    }
    let mut buf = [0u8; 32];
    let slot = buf.get_mut(..word.len())?;
    slot.copy_from_slice(word.as_bytes());
    slot.make_ascii_lowercase();
    let lower = std::str::from_utf8(slot).ok()?;
    map.get(lower)
        .flatten()
        .filter(|&k| k != Abbreviation::Title)
}

/// Whether `word` is in `set`, as written or (for lower-case entries) in lower case.
pub fn has(set: &WordSet, word: &str) -> bool {
    if word.len() > set.longest {
        return false;
    }
    if set.contains(word) {
        return true;
    }
    if !has_upper(word) {
        return false;
    }
    let mut buf = [0u8; 32];
    let Some(slot) = buf.get_mut(..word.len()) else {
        return false;
    };
    slot.copy_from_slice(word.as_bytes());
    slot.make_ascii_lowercase();
    std::str::from_utf8(slot).is_ok_and(|lower| set.contains(lower))
}
