//! An in-repo gold file, turned into predictions, scores perfectly.

use super::*;

#[test]
fn the_gold_itself_scores_perfectly() {
    let text = include_str!("../../../tests/data/eval/market-hall.txt");
    let g = gold(include_str!(
        "../../../tests/data/eval/market-hall.gold.json"
    ));
    let kind = |k: gold::GoldKind| match k {
        gold::GoldKind::Person => ActorKind::Person,
        gold::GoldKind::Organization => ActorKind::Organization,
        gold::GoldKind::Government => ActorKind::Government,
        gold::GoldKind::Media => ActorKind::Media,
        gold::GoldKind::Group => ActorKind::Group,
    };
    let aliases: Vec<Vec<&str>> = g
        .actors
        .iter()
        .map(|a| a.aliases.iter().map(String::as_str).collect())
        .collect();
    let actors: Vec<ActorSpec> = g
        .actors
        .iter()
        .zip(&aliases)
        .map(|(a, m)| (a.name.as_str(), a.name.as_str(), kind(a.kind), m.as_slice()))
        .collect();
    let attrs: Vec<ClaimSpec> = g
        .attributions
        .iter()
        .map(|a| (a.source.as_deref(), None, a.content.as_str()))
        .collect();
    let props: Vec<ClaimSpec> = g
        .proposals
        .iter()
        .map(|p| (p.proposer.as_deref(), None, p.content.as_str()))
        .collect();
    let s = score_article(&g, text, &doc(text, &actors, &attrs, &props));
    assert_eq!(counts(&s, ScoreKind::Actors), (6, 0, 0));
    assert_eq!(counts(&s, ScoreKind::Attributions), (6, 0, 0));
    assert_eq!(counts(&s, ScoreKind::AttributionsContent), (6, 0, 0));
    assert_eq!(counts(&s, ScoreKind::Proposals), (3, 0, 0));
    assert_eq!(s.findings, []);
}
