//! Quotes interrupted by their cue, annotated or predicted whole or in parts.

use super::*;

const QUOTE: &str = "\"Nobody should wait for the pier to collapse,\" Ruiz said on Monday, \"and \
the city will act early this summer.\" Webb said nothing.";
const PART1: &str = "Nobody should wait for the pier to collapse,";
const PART2: &str = "and the city will act early this summer.";
const WHOLE: &str = "Nobody should wait for the pier to collapse,\" Ruiz said on Monday, \"and \
the city will act early this summer.";

fn quote_gold(contents: &[&str]) -> Gold {
    let items: Vec<String> = contents
        .iter()
        .map(|c| {
            let c = serde_json::to_string(c).unwrap();
            format!(r#"{{"source": "Ruiz", "cue": "said", "form": "direct", "content": {c}}}"#)
        })
        .collect();
    gold(&format!(
        r#"{{"article": "a.txt", "actors": [{{"name": "Ruiz", "kind": "person"}}], "attributions": [{}]}}"#,
        items.join(",")
    ))
}

#[test]
fn split_quotes_count_once_however_either_side_cuts_them() {
    // (gold contents, predicted contents, tp/fp/fn)
    let cases: &[(&[&str], &[&str], Tally)] = &[
        (&[WHOLE], &[WHOLE], (1, 0, 0)),
        (&[PART1, PART2], &[PART1, PART2], (2, 0, 0)),
        (&[WHOLE], &[PART1, PART2], (1, 0, 0)),
        (&[PART1, PART2], &[WHOLE], (1, 0, 0)),
        (&[PART1, PART2], &[PART2], (1, 0, 1)),
        (&[WHOLE], &[PART2, "Webb said nothing"], (1, 1, 0)),
        (&[WHOLE], &[PART1, "said on Monday", PART2], (1, 1, 0)),
        (
            &[PART1, PART2],
            &[PART1, "said on Monday", PART2],
            (2, 1, 0),
        ),
    ];
    for &(gold_parts, predicted, expected) in cases {
        let g = quote_gold(gold_parts);
        let preds: Vec<ClaimSpec> = predicted.iter().map(|&c| (None, Some("Ruiz"), c)).collect();
        let d = doc(QUOTE, &[], &preds, &[]);
        let s = score_article(&g, QUOTE, &d);
        assert_eq!(
            counts(&s, ScoreKind::Attributions),
            expected,
            "{gold_parts:?} / {predicted:?}"
        );
    }
}

#[test]
fn split_parts_of_another_source_are_not_joined() {
    let g = quote_gold(&[WHOLE]);
    let preds: &[ClaimSpec] = &[(None, Some("Ruiz"), PART1), (None, Some("Webb"), PART2)];
    let s = score_article(&g, QUOTE, &doc(QUOTE, &[], preds, &[]));
    // The first part alone overlaps the whole at F1 0.57; Webb's part stays spurious.
    assert_eq!(counts(&s, ScoreKind::Attributions), (1, 1, 0));
    let preds: &[ClaimSpec] = &[(None, Some("Webb"), PART1), (None, Some("Webb"), PART2)];
    let s = score_article(&g, QUOTE, &doc(QUOTE, &[], preds, &[]));
    assert_eq!(counts(&s, ScoreKind::Attributions), (0, 2, 1));
    assert_eq!(counts(&s, ScoreKind::AttributionsContent), (1, 0, 0));
}
