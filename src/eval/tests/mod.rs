//! Scoring rules, one table or case each, on small invented articles; split quotes in
//! `quotes`, the gold-against-itself check in `whole`.

use super::*;
use crate::document::{
    ActorKind, ActorOut, AttributionOut, CharSpan, Form, MentionOut, Polarity, ProposalOut, Source,
};

/// (id, name, kind, mention texts)
type ActorSpec<'a> = (&'a str, &'a str, ActorKind, &'a [&'a str]);
/// (source actor id, source text, content)
type ClaimSpec<'a> = (Option<&'a str>, Option<&'a str>, &'a str);
/// Expected true positives, false positives, false negatives.
type Tally = (usize, usize, usize);

fn chars(text: &str, content: &str) -> (usize, usize) {
    let i = text
        .find(content)
        .unwrap_or_else(|| panic!("not in text: {content}"));
    (
        text[..i].chars().count(),
        text[..i + content.len()].chars().count(),
    )
}

fn doc(text: &str, actors: &[ActorSpec], attrs: &[ClaimSpec], props: &[ClaimSpec]) -> Document {
    let span = CharSpan { start: 0, end: 0 };
    let actor = |&(id, name, kind, mentions): &ActorSpec| ActorOut {
        id: id.into(),
        name: name.into(),
        kind,
        role: None,
        affiliation: None,
        mentions: mentions
            .iter()
            .map(|m| MentionOut {
                sentence: 0,
                start: 0,
                end: 0,
                text: m.to_string(),
                rule: "test".into(),
            })
            .collect(),
    };
    let attribution = |(i, &(source, source_text, content)): (usize, &ClaimSpec)| {
        let (start, end) = chars(text, content);
        AttributionOut {
            id: format!("t{}", i + 1),
            sentence: 0,
            source: source.map(Into::into),
            source_text: source_text.map(Into::into),
            source_span: None,
            cue: "said".into(),
            cue_span: span,
            form: Form::Indirect,
            content: content.into(),
            start,
            end,
            hedged: false,
            polarity: Polarity::Positive,
            stance: None,
            parent: None,
            rule: "test/attribution".into(),
        }
    };
    let proposal = |(i, &(proposer, proposer_text, content)): (usize, &ClaimSpec)| {
        let (start, end) = chars(text, content);
        ProposalOut {
            id: format!("p{}", i + 1),
            sentence: 0,
            proposer: proposer.map(Into::into),
            proposer_text: proposer_text.map(Into::into),
            proposer_span: None,
            cue: "proposed".into(),
            cue_span: span,
            content: content.into(),
            start,
            end,
            hedged: false,
            rule: "test/proposal".into(),
        }
    };
    Document {
        schema_version: 1,
        id: None,
        source: Source {
            path: None,
            bytes: text.len(),
            chars: text.chars().count(),
        },
        paragraphs: vec![],
        sentences: vec![],
        actors: actors.iter().map(actor).collect(),
        attributions: attrs.iter().enumerate().map(attribution).collect(),
        proposals: props.iter().enumerate().map(proposal).collect(),
        warnings: vec![],
    }
}

fn gold(json: &str) -> Gold {
    Gold::parse(json).unwrap_or_else(|e| panic!("{e}"))
}

fn counts(score: &ArticleScore, kind: ScoreKind) -> Tally {
    let c = score
        .get(kind)
        .unwrap_or_else(|| panic!("{} not scored", kind.name()));
    (c.tp, c.fp, c.fn_)
}

const PIER: &str = "Harbor City will close the old ferry pier in June, Mayor Ana Ruiz said on \
Monday. The Port Authority's director said the repairs would cost $4 million. Officials said \
the pier was unsafe. Ruiz proposed building a new pier north of the fish market.";

const PIER_ACTORS: &str = r#""actors": [
    {"name": "Ana Ruiz", "kind": "person", "aliases": ["Mayor Ana Ruiz", "Ruiz"]},
    {"name": "Port Authority", "kind": "government", "aliases": ["The Port Authority's director"]},
    {"name": "officials", "kind": "group", "optional": true},
    {"name": "Harbor City", "kind": "government", "optional": true}]"#;

fn pier_gold(attributions: &str, proposals: &str) -> Gold {
    gold(&format!(
        r#"{{"article": "pier.txt", {PIER_ACTORS}, "attributions": [{attributions}], "proposals": [{proposals}]}}"#
    ))
}

const CLOSE: &str = r#"{"source": "Ana Ruiz", "cue": "said", "form": "indirect",
    "content": "Harbor City will close the old ferry pier in June"}"#;
const COST: &str = r#"{"source": "Port Authority", "cue": "said", "form": "indirect",
    "content": "the repairs would cost $4 million"}"#;
const UNSAFE_OPTIONAL: &str = r#"{"source": "officials", "cue": "said", "form": "indirect",
    "content": "the pier was unsafe", "optional": true}"#;
const BUILD: &str = r#"{"proposer": "Ana Ruiz", "cue": "proposed",
    "content": "building a new pier north of the fish market"}"#;

#[test]
fn optional_items_are_neither_required_nor_penalised() {
    let g = pier_gold(&format!("{CLOSE}, {UNSAFE_OPTIONAL}"), "");
    let d = doc(
        PIER,
        &[],
        &[
            (
                None,
                Some("Ruiz"),
                "Harbor City will close the old ferry pier in June",
            ),
            (None, Some("Officials"), "the pier was unsafe"),
        ],
        &[],
    );
    let s = score_article(&g, PIER, &d);
    assert_eq!(counts(&s, ScoreKind::Attributions), (1, 0, 0));
    let d = doc(PIER, &[], &[], &[]);
    assert_eq!(
        counts(&score_article(&g, PIER, &d), ScoreKind::Attributions),
        (0, 0, 1)
    );
}

#[test]
fn sources_match_by_name_alias_or_mention_ignoring_the_and_possessive() {
    // (actor name, mentions, source text, gold source, matches)
    let cases: &[(&str, &[&str], Option<&str>, bool)] = &[
        ("Ana Ruiz", &[], None, true),
        ("Mayor Ruiz", &["ruiz"], None, true),
        ("Someone", &[], Some("MAYOR ANA RUIZ"), true),
        ("Someone", &[], Some("the Ruiz’s"), true),
        ("Someone", &[], Some("Ana"), false),
        ("Port Authority", &[], None, false),
    ];
    let g = pier_gold(CLOSE, "");
    for &(name, mentions, text, matches) in cases {
        let actors: &[ActorSpec] = &[("x", name, ActorKind::Person, mentions)];
        let d = doc(
            PIER,
            actors,
            &[(
                Some("x"),
                text,
                "Harbor City will close the old ferry pier in June",
            )],
            &[],
        );
        let s = score_article(&g, PIER, &d);
        let expected = if matches { (1, 0, 0) } else { (0, 1, 1) };
        assert_eq!(
            counts(&s, ScoreKind::Attributions),
            expected,
            "{name} {text:?}"
        );
        assert_eq!(
            counts(&s, ScoreKind::AttributionsContent),
            (1, 0, 0),
            "{name} {text:?}"
        );
    }
    let g = pier_gold(COST, "");
    let d = doc(
        PIER,
        &[],
        &[(
            None,
            Some("Port Authority’s director"),
            "the repairs would cost $4 million",
        )],
        &[],
    );
    assert_eq!(
        counts(&score_article(&g, PIER, &d), ScoreKind::Attributions),
        (1, 0, 0)
    );
}

#[test]
fn null_matches_only_null() {
    let text = "The pier will reportedly close in June.";
    let g = gold(
        r#"{"article": "a.txt", "actors": [{"name": "Ana Ruiz", "kind": "person"}],
        "attributions": [{"source": null, "cue": "reportedly", "form": "reportedly",
                          "content": "The pier will reportedly close in June"}]}"#,
    );
    let cases: &[(Option<&str>, Option<&str>, Tally)] = &[
        (None, None, (1, 0, 0)),
        (None, Some("Ana Ruiz"), (0, 1, 1)),
        (Some("ana"), None, (0, 1, 1)),
    ];
    for &(id, text_src, expected) in cases {
        let actors: &[ActorSpec] = &[("ana", "Ana Ruiz", ActorKind::Person, &[])];
        let d = doc(
            text,
            actors,
            &[(id, text_src, "The pier will reportedly close in June")],
            &[],
        );
        assert_eq!(
            counts(&score_article(&g, text, &d), ScoreKind::Attributions),
            expected,
            "{id:?} {text_src:?}"
        );
    }
}

#[test]
fn matching_is_one_to_one_and_greedy_by_content_overlap() {
    let text = "Ruiz said the ferry pier will close in June and reopen in May. \
                Ruiz said the ferry pier will close in June.";
    let g = gold(
        r#"{"article": "a.txt", "actors": [{"name": "Ruiz", "kind": "person"}],
        "attributions": [
          {"source": "Ruiz", "cue": "said", "form": "indirect", "content": "the ferry pier will close in June."},
          {"source": "Ruiz", "cue": "said", "form": "indirect", "content": "the ferry pier will close in June and reopen in May"}]}"#,
    );
    // The first gold item takes the exact prediction, not the first one that overlaps.
    let short = "the ferry pier will close in June.";
    let long = "the ferry pier will close in June and reopen in May";
    let d = doc(
        text,
        &[],
        &[(None, Some("Ruiz"), long), (None, Some("Ruiz"), short)],
        &[],
    );
    assert_eq!(
        counts(&score_article(&g, text, &d), ScoreKind::Attributions),
        (2, 0, 0)
    );
    // One prediction cannot count for two gold items; a second copy of it is spurious.
    let d = doc(text, &[], &[(None, Some("Ruiz"), short)], &[]);
    assert_eq!(
        counts(&score_article(&g, text, &d), ScoreKind::Attributions),
        (1, 0, 1)
    );
    let d = doc(
        text,
        &[],
        &[
            (None, Some("Ruiz"), long),
            (None, Some("Ruiz"), long),
            (None, Some("Ruiz"), short),
        ],
        &[],
    );
    assert_eq!(
        counts(&score_article(&g, text, &d), ScoreKind::Attributions),
        (2, 1, 0)
    );
    // Below half the tokens in common, contents do not match.
    let d = doc(text, &[], &[(None, Some("Ruiz"), "reopen in May")], &[]);
    assert_eq!(
        counts(&score_article(&g, text, &d), ScoreKind::AttributionsContent),
        (0, 1, 2)
    );
}

#[test]
fn actors_match_by_name_or_alias_and_duplicates_are_false_positives() {
    let g = pier_gold("", "");
    let cases: &[(&[ActorSpec], Tally)] = &[
        (&[("a", "Ana Ruiz", ActorKind::Person, &[])], (1, 0, 1)),
        (
            &[("a", "the Port Authority's", ActorKind::Government, &[])],
            (1, 0, 1),
        ),
        (
            &[
                ("a", "Ruiz", ActorKind::Person, &[]),
                ("b", "Mayor Ana Ruiz", ActorKind::Person, &[]),
            ],
            (1, 1, 1),
        ),
        (
            &[
                ("a", "Harbor City", ActorKind::Government, &[]),
                ("b", "Fish Market", ActorKind::Organization, &[]),
            ],
            (0, 1, 2),
        ),
        (
            &[
                ("a", "Ana Ruiz", ActorKind::Place, &[]),
                ("b", "June", ActorKind::Place, &[]),
            ],
            (0, 0, 2),
        ),
    ];
    for (actors, expected) in cases {
        let d = doc(PIER, actors, &[], &[]);
        assert_eq!(
            counts(&score_article(&g, PIER, &d), ScoreKind::Actors),
            *expected,
            "{actors:?}"
        );
    }
}

#[test]
fn proposals_need_content_and_proposer() {
    let g = pier_gold("", BUILD);
    let content = "building a new pier north of the fish market";
    let cases: &[(Option<&str>, Tally)] = &[
        (Some("Ruiz"), (1, 0, 0)),
        (Some("Officials"), (0, 1, 1)),
        (None, (0, 1, 1)),
    ];
    for &(proposer, expected) in cases {
        let d = doc(PIER, &[], &[], &[(None, proposer, content)]);
        assert_eq!(
            counts(&score_article(&g, PIER, &d), ScoreKind::Proposals),
            expected,
            "{proposer:?}"
        );
    }
}

#[test]
fn lenient_sources_match_by_token_overlap_and_skip_actors_and_proposals() {
    let g = gold(
        r#"{"article": "a.txt", "actors": [], "actor_sources": ["the Port Authority's director"],
        "attributions": [{"source": "the Port Authority's director", "cue": "said", "form": "indirect",
                          "content": "the repairs would cost $4 million"}]}"#,
    );
    let content = "the repairs would cost $4 million";
    // (actor name, mentions, source text, matches)
    let cases: &[(&str, &[&str], Option<&str>, bool)] = &[
        ("Someone", &[], Some("Port Authority director"), true),
        ("Port Authority", &[], None, true),
        ("Tom Webb", &["the authority's director"], None, true),
        ("Tom Webb", &["he"], Some("he"), false),
    ];
    for &(name, mentions, text, matches) in cases {
        let actors: &[ActorSpec] = &[("x", name, ActorKind::Person, mentions)];
        let d = doc(
            PIER,
            actors,
            &[(Some("x"), text, content)],
            &[(None, None, "the pier was unsafe")],
        );
        let s = score_article(&g, PIER, &d);
        let expected = if matches { (1, 0, 0) } else { (0, 1, 1) };
        assert_eq!(
            counts(&s, ScoreKind::Attributions),
            expected,
            "{name} {text:?}"
        );
        assert!(
            s.lenient
                && s.get(ScoreKind::Actors).is_none()
                && s.get(ScoreKind::Proposals).is_none()
        );
    }
}

#[test]
fn findings_list_misses_spurious_and_source_mismatches() {
    let g = pier_gold(&format!("{CLOSE}, {COST}, {UNSAFE_OPTIONAL}"), BUILD);
    let actors: &[ActorSpec] = &[
        ("w", "Tom Webb", ActorKind::Person, &["Webb"]),
        ("r", "Ana Ruiz", ActorKind::Person, &[]),
    ];
    let attrs: &[ClaimSpec] = &[
        (
            Some("w"),
            Some("he"),
            "Harbor City will close the old ferry pier in June",
        ),
        (None, Some("Officials"), "the pier was unsafe"),
        (None, None, "Ruiz proposed building a new pier"),
    ];
    let s = score_article(&g, PIER, &doc(PIER, actors, attrs, &[]));
    let lines: Vec<String> = s.findings.iter().map(report::finding_line).collect();
    let expected = [
        "miss     actor Port Authority (government)",
        "spurious actor Tom Webb (person)",
        "source   attr  gold [Ana Ruiz] got [he→Tom Webb] Harbor City will close the old ferry pier in June  (test/attribution)",
        "miss     attr  [Port Authority] the repairs would cost $4 million",
        "spurious attr  [null] Ruiz proposed building a new pier  (test/attribution)",
        "miss     prop  [Ana Ruiz] building a new pier north of the fish market",
    ];
    assert_eq!(lines, expected);
}

#[test]
fn report_sums_articles_and_checks_gates() {
    let g = pier_gold(&format!("{CLOSE}, {COST}"), "");
    let d = doc(
        PIER,
        &[],
        &[(
            None,
            Some("Ruiz"),
            "Harbor City will close the old ferry pier in June",
        )],
        &[],
    );
    let report = Report {
        articles: vec![score_article(&g, PIER, &d), score_article(&g, PIER, &d)],
    };
    let s = report.score(ScoreKind::Attributions);
    assert_eq!(
        (s.articles, s.counts.tp, s.counts.fp, s.counts.fn_),
        (2, 2, 0, 2)
    );
    assert_eq!((s.precision, s.recall), (1.0, 0.5));
    assert!((s.f1 - 2.0 / 3.0).abs() < 1e-9);
    let failed = report.failed_gates(&[
        (ScoreKind::Attributions, 0.6),
        (ScoreKind::Attributions, 0.7),
    ]);
    assert_eq!(failed, ["attributions F1 0.667 is below the minimum 0.7"]);
    assert_eq!(report.score(ScoreKind::Proposals).f1, 0.0);
}

mod quotes;
mod whole;
