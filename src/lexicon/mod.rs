//! Lexicons: general vocabulary as data files compiled into the binary.
//!
//! Each `*.txt` file beside this module holds one entry a line, sorted and unique, with
//! `#` starting a comment. Files are parsed once, on first use ([`std::sync::LazyLock`]).
//! Lexicons hold general knowledge only (cue verbs, titles, organisation suffixes,
//! well-known media outlets, first names, government words): never the actors of a
//! particular article, which the rules must find.

pub mod classes;
pub mod fast;
pub mod load;
pub mod user;

use std::collections::HashSet;
use std::sync::OnceLock;

/// A parsed word list: entries in file order plus a set for lookup, built on the first
/// lookup (most tables are only read in order, to build the joined word tables).
#[derive(Debug)]
pub struct Table {
    /// The file's name, for messages and tests.
    pub name: &'static str,
    /// Entries in file order.
    pub entries: Vec<&'static str>,
    set: OnceLock<HashSet<&'static str, classes::Fast>>,
}

impl Table {
    /// Parses a lexicon file's text.
    pub fn parse(name: &'static str, src: &'static str) -> Table {
        let entries = entries(src);
        Table {
            name,
            entries,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is an entry (exact, case-sensitive: entries are stored as written,
    /// usually lower case).
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.entries.iter().copied().collect())
            .contains(word)
    }

    /// Entries that are out of order or repeated, for the table test.
    pub fn disorder(&self) -> Vec<(&'static str, &'static str)> {
        self.entries
            .windows(2)
            .filter(|w| w[0] >= w[1])
            .map(|w| (w[0], w[1]))
            .collect()
    }
}

/// The entries of a lexicon file's text: each line up to any `#`, trimmed, empty ones
/// skipped.
// One pass with memchr: `lines()` and `split('#')` cost ~190 instructions a line, paid
// at every start.
fn entries(src: &'static str) -> Vec<&'static str> {
    let bytes = src.as_bytes();
    let mut out = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count() + 1);
    let mut rest = src;
    while !rest.is_empty() {
        let end = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
        let Some((line, tail)) = rest.split_at_checked(end) else {
            break;
        };
        rest = tail.get(1..).unwrap_or_default();
        let body = match memchr::memchr(b'#', line.as_bytes()) {
            Some(hash) => line.get(..hash).unwrap_or_default(),
            None => line,
        };
        let entry = body.trim();
        if !entry.is_empty() {
            out.push(entry);
        }
    }
    out
}

/// Declares a lazily parsed lexicon table from a file beside this module.
#[macro_export]
macro_rules! lexicon_table {
    ($(#[$meta:meta])* $vis:vis $name:ident = $file:literal) => {
        $(#[$meta])*
        $vis static $name: std::sync::LazyLock<$crate::lexicon::Table> =
            std::sync::LazyLock::new(|| {
                $crate::lexicon::Table::parse($file, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lexicon/", $file)))
            });
    };
}

/// Every table, for the test that checks order and uniqueness. Stages register their
/// tables here as they add them.
pub fn all() -> Vec<&'static Table> {
    use crate::claims::lex;
    let mut tables = Vec::new();
    tables.push(&*crate::reader::OPEN_ENDS);
    tables.extend(crate::sentences::words::all());
    tables.extend(classes::tables());
    tables.extend([
        &*lex::CUE_VERBS,
        &*lex::CUE_NOUNS,
        &*lex::EVIDENCE_NOUNS,
        &*lex::CLAIM_WORDS,
        &*lex::PROPOSAL_CUES,
    ]);
    tables
}

#[cfg(test)]
mod tests {
    #[test]
    fn entries_are_lines_without_comments() {
        let cases: [(&'static str, &[&str]); 5] = [
            ("", &[]),
            ("a\nb", &["a", "b"]),
            ("# head\n  x y  # note\n\n#\nz\r\n", &["x y", "z"]),
            ("w#\n\n\n", &["w"]),
            ("é = e\nü", &["é = e", "ü"]),
        ];
        for (src, want) in cases {
            assert_eq!(super::entries(src), want, "{src:?}");
            let slow: Vec<&str> = src
                .lines()
                .map(|l| l.split('#').next().unwrap_or("").trim())
                .filter(|l| !l.is_empty())
                .collect();
            assert_eq!(super::entries(src), slow, "{src:?}");
        }
    }

    #[test]
    fn tables_are_sorted_and_unique() {
        for table in super::all() {
            assert!(
                table.disorder().is_empty(),
                "{}: {:?}",
                table.name,
                table.disorder()
            );
            assert!(!table.entries.is_empty(), "{} is empty", table.name);
        }
    }
}
