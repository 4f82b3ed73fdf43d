//! The claims stage's view of its lexicons: cue verbs with classes, nominal cues,
//! proposal cues and closed-class words, each looked up by a token's lower-cased text.
//!
//! Tables are parsed once; the user's own cue words (`config.lexicon.cues`) are laid over
//! the built-in cue verbs per call by [`Lexicon::new`]. This module does not tag tokens
//! (see `toks`).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::lexicon::classes::WordHasher;
use crate::lexicon::user::UserCue;
use crate::lexicon_table;

lexicon_table!(
    /// Cue verbs of attribution, every inflection, with class and flags.
    pub CUE_VERBS = "cue_verbs.txt"
);
lexicon_table!(
    /// Nominal cues ("X's claim that …").
    pub CUE_NOUNS = "cue_nouns.txt"
);
lexicon_table!(
    /// Nouns of evidence ("the poll shows …").
    pub EVIDENCE_NOUNS = "evidence_nouns.txt"
);
lexicon_table!(
    /// Closed-class words with their classes.
    pub CLAIM_WORDS = "claim_words.txt"
);
lexicon_table!(
    /// Proposal cues with their kinds.
    pub PROPOSAL_CUES = "proposal_cues.txt"
);

/// What a cue verb says about its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// Neutral speech: say, tell, report.
    Speech,
    /// Belief or estimate: believe, expect, predict.
    Belief,
    /// Denial: deny, refute.
    Denial,
    /// Praise: praise, hail.
    Praise,
    /// Criticism: criticise, condemn.
    Criticism,
    /// Support: welcome, endorse.
    Support,
    /// Opposition: reject, dismiss, oppose.
    Opposition,
    /// A proposal (user cues only; built-in proposal cues have their own table).
    Proposal,
}

impl CueClass {
    /// Parses a class name as written in lexicons.
    pub fn parse(s: &str) -> Option<CueClass> {
        Some(match s {
            "speech" => CueClass::Speech,
            "belief" => CueClass::Belief,
            "denial" => CueClass::Denial,
            "praise" => CueClass::Praise,
            "criticism" => CueClass::Criticism,
            "support" => CueClass::Support,
            "opposition" => CueClass::Opposition,
            "proposal" => CueClass::Proposal,
            _ => return None,
        })
    }
}

/// A cue verb's entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueVerb {
    /// Its class.
    pub class: CueClass,
    /// Takes an addressee before the content ("told reporters that").
    pub obj: bool,
    /// Reports speech only with a that-clause ("the poll shows that").
    pub needs_that: bool,
}

/// Closed-class word flags.
pub mod w {
    /// Determiner.
    pub const DET: u16 = 1;
    /// Personal pronoun.
    pub const PRON: u16 = 1 << 1;
    /// Auxiliary or modal verb.
    pub const AUX: u16 = 1 << 2;
    /// A form of "be".
    pub const BE: u16 = 1 << 3;
    /// Adverb that may sit between a subject and its verb.
    pub const ADV: u16 = 1 << 4;
    /// Subordinator or relative pronoun.
    pub const SUB: u16 = 1 << 5;
    /// Coordinating conjunction.
    pub const CONJ: u16 = 1 << 6;
    /// Preposition.
    pub const PREP: u16 = 1 << 7;
    /// Time word.
    pub const TIME: u16 = 1 << 8;
    /// Hedge word.
    pub const HEDGE: u16 = 1 << 9;
    /// Reflexive pronoun.
    pub const REFL: u16 = 1 << 10;
}

/// Proposal cue kinds.
pub mod p {
    /// A verb taking its proposal as object, gerund or that-clause.
    pub const VERB: u8 = 1;
    /// A verb taking a to-infinitive.
    pub const TO: u8 = 1 << 1;
    /// A verb that needs a particle ("put forward").
    pub const PHRASAL: u8 = 1 << 2;
    /// A proposal noun.
    pub const NOUN: u8 = 1 << 3;
}

fn pairs(
    table: &'static crate::lexicon::Table,
) -> impl Iterator<Item = (&'static str, &'static str)> {
    table.entries.iter().filter_map(|e| {
        let mut it = e.splitn(2, ' ');
        Some((it.next()?, it.next()?.trim()))
    })
}

static VERBS: LazyLock<FastMap<&'static str, CueVerb>> = LazyLock::new(|| {
    pairs(&CUE_VERBS)
        .filter_map(|(word, rest)| {
            let mut it = rest.split_whitespace();
            let class = CueClass::parse(it.next()?)?;
            let flags: Vec<&str> = it.collect();
            let obj = flags.contains(&"obj");
            let needs_that = flags.contains(&"that");
            Some((
                word,
                CueVerb {
                    class,
                    obj,
                    needs_that,
                },
            ))
        })
        .collect()
});

static WORDS: LazyLock<FastMap<&'static str, u16>> = LazyLock::new(|| {
    pairs(&CLAIM_WORDS)
        .map(|(word, classes)| {
            let flags = classes.split(',').fold(0, |acc, c| {
                acc | match c {
                    "det" => w::DET,
                    "pron" => w::PRON,
                    "aux" => w::AUX,
                    "be" => w::BE,
                    "adv" => w::ADV,
                    "sub" => w::SUB,
                    "conj" => w::CONJ,
                    "prep" => w::PREP,
                    "time" => w::TIME,
                    "hedge" => w::HEDGE,
                    "refl" => w::REFL,
                    _ => 0,
                }
            });
            (word, flags)
        })
        .collect()
});

static PROPOSALS: LazyLock<FastMap<&'static str, u8>> = LazyLock::new(|| {
    pairs(&PROPOSAL_CUES)
        .map(|(word, kinds)| {
            let k = kinds.split(',').fold(0, |acc, c| {
                acc | match c {
                    "verb" => p::VERB,
                    "to" => p::TO,
                    "phrasal" => p::PHRASAL,
                    "noun" => p::NOUN,
                    _ => 0,
                }
            });
            (word, k)
        })
        .collect()
});

/// A map with the word hasher of the class tables (lookup order never reaches output).
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// Lookups for one run: the built-in tables plus the user's cue words.
#[derive(Debug, Default)]
pub struct Lexicon {
    user_verbs: HashMap<String, CueVerb>,
    user_proposals: HashMap<String, u8>,
}

impl Lexicon {
    /// Lays the user's cue words over the built-in tables (unknown classes are ignored).
    pub fn new(user: &[UserCue]) -> Lexicon {
        let mut lex = Lexicon::default();
        for cue in user {
            let word = cue.word.trim().to_lowercase();
            match CueClass::parse(cue.class.trim()) {
                Some(CueClass::Proposal) => {
                    lex.user_proposals.insert(word, p::VERB);
                }
                Some(class) => {
                    lex.user_verbs.insert(
                        word,
                        CueVerb {
                            class,
                            obj: false,
                            needs_that: false,
                        },
                    );
                }
                None => {}
            }
        }
        lex
    }
}

/// Everything the built-in tables say about one word (eight bytes: the claims token
/// view keeps it whole, so tagging copies it in one move).
#[derive(Debug, Clone, Copy, Default)]
#[repr(C)]
pub struct Entry {
    /// Closed-class flags (`w`).
    pub flags: u16,
    /// Cue verb entry.
    pub cue: Option<CueVerb>,
    /// Proposal cue kinds (`p`).
    pub prop: u8,
    /// A nominal cue ("claim", "denial").
    pub noun: bool,
    /// A word that can open one of the cue-less forms: a trigger or support verb
    /// (`forms::TRIGGERS`, `forms::SUPPORT_VERBS`), a nominal cue or a form of "be".
    pub form: bool,
}

/// Every word of the built-in tables with everything they say about it.
pub fn entry_map() -> FastMap<&'static str, Entry> {
    let mut map: FastMap<&'static str, Entry> = FastMap::default();
    for (&w, &f) in WORDS.iter() {
        map.entry(w).or_default().flags = f;
    }
    for (&w, &c) in VERBS.iter() {
        map.entry(w).or_default().cue = Some(c);
    }
    for (&w, &k) in PROPOSALS.iter() {
        map.entry(w).or_default().prop = k;
    }
    for &w in NOUNS.keys() {
        let e = map.entry(w).or_default();
        e.noun = true;
        e.form = true;
    }
    // The forms rule tests one flag per token, not three (see `forms::next_open`).
    for e in map.values_mut().filter(|e| e.flags & w::BE != 0) {
        e.form = true;
    }
    for &w in super::forms::TRIGGERS
        .iter()
        .chain(super::forms::SUPPORT_VERBS)
    {
        map.entry(w).or_default().form = true;
    }
    map
}

impl Lexicon {
    /// Everything known about a lower-cased word: the built-in tables with the
    /// user's cue words laid over them.
    pub fn entry(&self, lower: &str) -> Entry {
        let e = crate::lexed::entry_of(lower);
        self.overlay(lower, e)
    }

    /// Whether the user gave no cue words (the built-in entries stand as they are).
    pub fn is_builtin(&self) -> bool {
        self.user_verbs.is_empty() && self.user_proposals.is_empty()
    }

    /// The user's cue words laid over a built-in entry.
    pub fn overlay(&self, lower: &str, mut e: Entry) -> Entry {
        if !self.user_verbs.is_empty() {
            if let Some(v) = self.user_verbs.get(lower) {
                e.cue = Some(*v);
            }
        }
        if !self.user_proposals.is_empty() {
            e.prop |= self.user_proposals.get(lower).copied().unwrap_or(0);
        }
        e
    }
}

static NOUNS: LazyLock<FastMap<&'static str, ()>> =
    LazyLock::new(|| pairs(&CUE_NOUNS).map(|(w, _)| (w, ())).collect());

/// Whether a lower-cased word is a noun of evidence (poll, survey, data).
pub fn evidence_noun(lower: &str) -> bool {
    EVIDENCE_NOUNS.contains(lower)
}
