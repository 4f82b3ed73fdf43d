use super::rules::RULES;
use crate::lexicon::user::{UserCue, UserLexicon};
use crate::Config;
use proptest::strategy::Strategy;

fn items(input: &str, config: &Config) -> Vec<(String, Option<String>, String, String)> {
    let doc = crate::extract(input, config);
    let a = doc.attributions.iter().map(|a| {
        (
            a.rule.clone(),
            a.source_text.clone(),
            a.cue.clone(),
            a.content.clone(),
        )
    });
    let p = doc.proposals.iter().map(|p| {
        (
            p.rule.clone(),
            p.proposer_text.clone(),
            p.cue.clone(),
            p.content.clone(),
        )
    });
    a.chain(p).collect()
}

#[test]
fn rule_examples_replay() {
    let mut failures = Vec::new();
    for rule in RULES {
        for ex in rule.examples {
            let want = (
                rule.id.to_string(),
                ex.source.map(str::to_string),
                ex.cue.to_string(),
                ex.content.to_string(),
            );
            let got = items(ex.input, &Config::default());
            if !got.contains(&want) {
                failures.push(format!(
                    "{}\n  input: {}\n  want: {:?}\n  got:  {:?}",
                    rule.id, ex.input, want, got
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn rule_ids_are_unique() {
    let mut ids: Vec<_> = RULES.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), RULES.len());
}

#[test]
fn user_cue_words_are_honoured() {
    let input = "The coach grumphed that the referee was blind.";
    assert!(items(input, &Config::default()).is_empty());
    let config = Config {
        lexicon: UserLexicon {
            cues: vec![UserCue {
                word: "grumphed".into(),
                class: "criticism".into(),
            }],
            ..Default::default()
        },
        ..Default::default()
    };
    let got = items(input, &config);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("The coach"));
    assert_eq!(got[0].3, "the referee was blind");
}

#[test]
fn not_attributions() {
    for input in [
        "The so-called reform passed.",
        "The said property was sold in 2019.",
        "The company declined to comment.",
        "Fans sang \"Sweet Caroline\" all night.",
        "The report showed exports rose.",
    ] {
        let got = items(input, &Config::default());
        assert!(got.is_empty(), "{input}: {got:?}");
    }
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

proptest::proptest! {
    #[test]
    fn any_input_gives_valid_spans(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::string::string_regex("[A-Za-z’'\\-]{1,9}").unwrap(),
                proptest::sample::select(vec![
                    "said", "told", "according to", "reportedly", "proposed", "plan", "“", "”",
                    "\"", "''", ",", ".", ":", "—", "\n\n", "that", "was denied by", "is said to",
                    "Under the plan,", "X's claim that", "and", "who", "The", "He",
                ]).prop_map(str::to_string),
            ],
            0..40,
        )
    ) {
        let input = parts.join(" ");
        let doc = crate::extract(&input, &Config::default());
        let text = &input;
        for a in &doc.attributions {
            proptest::prop_assert_eq!(chars(text, a.start, a.end), a.content.clone());
            proptest::prop_assert_eq!(chars(text, a.cue_span.start, a.cue_span.end), a.cue.clone());
            if let (Some(s), Some(t)) = (a.source_span, &a.source_text) {
                proptest::prop_assert_eq!(&chars(text, s.start, s.end), t);
            }
        }
        for p in &doc.proposals {
            proptest::prop_assert_eq!(chars(text, p.start, p.end), p.content.clone());
        }
        let again = crate::extract(&input, &Config::default());
        proptest::prop_assert_eq!(doc, again);
    }
}
