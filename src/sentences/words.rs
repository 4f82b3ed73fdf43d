//! The splitter's word lists: data files in `src/lexicon/`, compiled in.
//!
//! An entry written in lower case matches a word in any case (`co` matches `Co.` and
//! `CO.`); an entry with a capital matches only as written (`Mass` the state, not
//! `mass.` the noun).

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
    ]
}

/// Whether `word` is in `table`, as written or (for lower-case entries) in lower case.
/// Words longer than 31 bytes are in no table.
pub fn has(table: &Table, word: &str) -> bool {
    if table.contains(word) {
        return true;
    }
    let mut buf = [0u8; 32];
    let Some(slot) = buf.get_mut(..word.len()) else {
        return false;
    };
    slot.copy_from_slice(word.as_bytes());
    slot.make_ascii_lowercase();
    std::str::from_utf8(slot).is_ok_and(|lower| lower != word && table.contains(lower))
}
