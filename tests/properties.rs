//! Properties of `extract` over any input: no panic, every span round-trips to its
//! text, sentences are ordered, disjoint and inside their paragraph, output is
//! deterministic.

use claims::document::CharSpan;
use claims::{extract, Config, Document};
use proptest::prelude::*;

/// Pieces that stress the splitter and reader: abbreviations, quotes, ellipses, list
/// markers, line-ending mixes, NBSP, a BOM and non-ASCII letters.
const PIECES: &[&str] = &[
    "The",
    "he",
    "said",
    "U.S.",
    "Mr.",
    "Inc.",
    "Jan.",
    "a.m.",
    "E.",
    "J.K.",
    "No.",
    "3.5",
    "$1.2bn",
    "2.5%",
    ".",
    "!",
    "?",
    "?!",
    "...",
    "…",
    ". . .",
    " . . . .",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "(",
    ")",
    "[...]",
    "•",
    "1.",
    "2)",
    "a.",
    "-",
    "—",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u{a0}",
    "\u{feff}",
    "\t",
    "Ça",
    "été",
    "日本",
    "🙂",
    "x@y.com",
    "https://a.example/b.html",
    "(Reuters)",
    "WASHINGTON",
    "Reporting by",
];

/// Words the attribution and proposal rules look at, joined by spaces: cue verbs and
/// nouns, the prepositions and particles after them, titles, pronouns and quotes. Rules
/// that look a word or two ahead of a cue meet the end of the text here.
const CLAIM_WORDS: &[&str] = &[
    "said",
    "said,",
    "told",
    "asked",
    "urged",
    "called",
    "calling",
    "for",
    "proposed",
    "proposing",
    "proposal",
    "plan",
    "plans",
    "offer",
    "bid",
    "wants",
    "pushed",
    "lobbied",
    "hard",
    "in",
    "at",
    "of",
    "to",
    "by",
    "on",
    "according",
    "as",
    "that",
    "which",
    "who",
    "the",
    "a",
    "his",
    "its",
    "it",
    "he",
    "they",
    "would",
    "could",
    "be",
    "was",
    "has",
    "not",
    "denied",
    "reported",
    "warned",
    "requesting",
    "seeking",
    "minister",
    "Minister",
    "CEO",
    "chief",
    "executive",
    "Dr.",
    "Mr.",
    "Inc.",
    "Zenco",
    "Mia",
    "Cole",
    "Reuters",
    "officials",
    "familiar",
    "with",
    "matter",
    "Monday",
    ",",
    ".",
    ":",
    "“",
    "”",
    "\n\n",
];

fn claim_words() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(CLAIM_WORDS), 0..40).prop_map(|v| v.join(" "))
}

fn newsy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

/// The characters `span` covers in `chars`.
fn slice(chars: &[char], start: usize, end: usize) -> String {
    assert!(
        start <= end && end <= chars.len(),
        "{start}..{end} of {}",
        chars.len()
    );
    chars[start..end].iter().collect()
}

fn round_trips(chars: &[char], span: CharSpan, text: &str) {
    assert_eq!(slice(chars, span.start, span.end), text);
}

fn check_document(input: &str, doc: &Document) {
    let decoded = input.strip_prefix('\u{feff}').unwrap_or(input);
    let chars: Vec<char> = decoded.chars().collect();
    assert_eq!(doc.source.chars, chars.len());
    for p in &doc.paragraphs {
        assert!(p.start < p.end && p.end <= chars.len());
    }
    let mut last_end = 0;
    for s in &doc.sentences {
        round_trips(
            &chars,
            CharSpan {
                start: s.start,
                end: s.end,
            },
            &s.text,
        );
        assert!(
            !s.text.is_empty() && s.text.trim() == s.text,
            "{:?}",
            s.text
        );
        assert!(s.start >= last_end, "sentences overlap or go backwards");
        last_end = s.end;
        let p = &doc.paragraphs[s.paragraph];
        assert!(
            p.start <= s.start && s.end <= p.end,
            "sentence outside its paragraph"
        );
    }
    for a in &doc.actors {
        for m in &a.mentions {
            round_trips(
                &chars,
                CharSpan {
                    start: m.start,
                    end: m.end,
                },
                &m.text,
            );
            assert!(m.sentence < doc.sentences.len());
        }
    }
    for t in &doc.attributions {
        round_trips(
            &chars,
            CharSpan {
                start: t.start,
                end: t.end,
            },
            &t.content,
        );
        round_trips(&chars, t.cue_span, &t.cue);
        if let (Some(span), Some(text)) = (t.source_span, &t.source_text) {
            round_trips(&chars, span, text);
        }
    }
    for p in &doc.proposals {
        round_trips(
            &chars,
            CharSpan {
                start: p.start,
                end: p.end,
            },
            &p.content,
        );
        round_trips(&chars, p.cue_span, &p.cue);
        if let (Some(span), Some(text)) = (p.proposer_span, &p.proposer_text) {
            round_trips(&chars, span, text);
        }
    }
}

fn check(input: &str) {
    let config = Config::default();
    let doc = extract(input, &config);
    check_document(input, &doc);
    assert_eq!(doc, extract(input, &config), "output is not deterministic");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_string(input in any::<String>()) {
        check(&input);
    }

    #[test]
    fn newsy_strings(input in newsy()) {
        check(&input);
    }

    #[test]
    fn claim_word_strings(input in claim_words()) {
        check(&input);
    }

    #[test]
    fn punctuation_heavy(input in "[A-Za-z0-9 .!?\"'“”‘’()\\[\\]\r\n\u{a0}…•$%:;,-]{0,300}") {
        check(&input);
    }
}

/// Texts that once ended a cue's look-ahead past the last token (found by fuzzing
/// word sequences): a cue verb last, a participle cue with nothing before its head.
#[test]
fn texts_ending_at_a_cue() {
    for text in [
        "it urged",
        "a Dr. called",
        "he pushed in",
        "always to Paris candidate proposing –",
        "Minister – wants cost ( ’s 72 80 Reuters called",
    ] {
        check(text);
    }
}

#[test]
fn seed_article_round_trips() {
    check(include_str!("../fixtures/seed-ford-jv.txt"));
}

#[test]
fn fixtures_round_trip() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("fixtures dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "txt") {
            check(&std::fs::read_to_string(&path).expect("fixture is UTF-8"));
            seen += 1;
        }
    }
    assert!(seen >= 7, "only {seen} fixtures");
}
