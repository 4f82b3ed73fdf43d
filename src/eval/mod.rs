//! Eval: scores extraction against gold annotations (the format and rules are in
//! `docs/annotation.md`).
//!
//! A parsed [`Gold`], its article text and the [`Document`] extracted from it go in;
//! an [`ArticleScore`] (true/false positives and negatives for each of the four
//! [`ScoreKind`]s, plus the findings a developer reads to see what to fix) comes out.
//! [`Report`] sums articles into micro-averaged precision, recall and F1. Content is
//! compared by token-overlap F1 ([`text`]); matching is one-to-one and greedy
//! ([`matching`]); sources go by [`claims::source_matches`]; actors by [`actors`].
//!
//! A gold file without an actor list (external sets such as PolNeAR) annotates
//! attributions only: its sources are surface text and matched leniently, and its
//! actors and proposals are not scored. This module reads no files: the `eval`
//! subcommand does.

pub mod actors;
pub mod claims;
pub mod gold;
pub mod matching;
pub mod report;
pub mod text;

use serde::Serialize;

use crate::document::Document;
pub use gold::Gold;
use matching::{GoldFate, Outcome, PredFate};
pub use report::Report;

use self::claims::{Claim, SourceRule};

/// The four scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoreKind {
    /// Actors, by name or alias.
    Actors,
    /// Attributions: content and source.
    Attributions,
    /// Attributions: content only.
    AttributionsContent,
    /// Proposals: content and proposer.
    Proposals,
}

impl ScoreKind {
    /// All four, in report order.
    pub const ALL: [ScoreKind; 4] = [
        ScoreKind::Actors,
        ScoreKind::Attributions,
        ScoreKind::AttributionsContent,
        ScoreKind::Proposals,
    ];

    /// The name used in tables, JSON and `--min-f1`.
    pub fn name(self) -> &'static str {
        match self {
            ScoreKind::Actors => "actors",
            ScoreKind::Attributions => "attributions",
            ScoreKind::AttributionsContent => "attributions_content",
            ScoreKind::Proposals => "proposals",
        }
    }

    /// The kind with this name.
    pub fn from_name(name: &str) -> Option<ScoreKind> {
        ScoreKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// True positives, false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Gold items found.
    pub tp: usize,
    /// Predictions that match no gold item.
    pub fp: usize,
    /// Gold items not found.
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    fn from_triple((tp, fp, fn_): (usize, usize, usize)) -> Counts {
        Counts { tp, fp, fn_ }
    }

    /// Adds another article's counts.
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }

    /// tp / (tp + fp); 0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// tp / (tp + fn); 0 when nothing was annotated.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Harmonic mean of precision and recall; 0 when both are 0.
    pub fn f1(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// What kind of item a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// An actor.
    Actor,
    /// An attribution.
    Attribution,
    /// A proposal.
    Proposal,
}

/// What is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// A required gold item no prediction matches.
    Miss,
    /// A prediction that matches nothing.
    Spurious,
    /// A second predicted actor for an already matched gold actor.
    Duplicate,
    /// The content matched but the source (or proposer) did not.
    SourceMismatch,
}

/// One miss, spurious prediction or source mismatch, for `--verbose`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// What is wrong.
    pub problem: Problem,
    /// What kind of item.
    pub item: ItemKind,
    /// The gold source or proposer (null: none, or not applicable for actors).
    pub gold_source: Option<String>,
    /// The predicted source as written, `text→actor name` when it resolves to an actor.
    pub predicted_source: Option<String>,
    /// The content (the gold content for a mismatch), or the actor's name and kind.
    pub text: String,
    /// The rule that found the prediction involved.
    pub rule: Option<String>,
    /// Byte offset in the article, for ordering; not printed.
    #[serde(skip)]
    pub at: usize,
}

/// The scores of one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleScore {
    /// The article's file name.
    pub article: String,
    /// Sources are surface text (no actor list): only attributions are scored.
    pub lenient: bool,
    /// Counts per kind, in [`ScoreKind::ALL`] order; `None` where not scored. In JSON,
    /// an object with the scored kinds only.
    #[serde(rename = "scores", serialize_with = "scored_counts")]
    pub counts: [Option<Counts>; 4],
    /// Misses, spurious predictions and source mismatches, in article order per item kind.
    pub findings: Vec<Finding>,
}

fn scored_counts<S: serde::Serializer>(
    counts: &[Option<Counts>; 4],
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(None)?;
    for (kind, c) in ScoreKind::ALL.iter().zip(counts) {
        if let Some(c) = c {
            map.serialize_entry(kind.name(), c)?;
        }
    }
    map.end()
}

impl ArticleScore {
    /// The counts of one kind, if scored.
    pub fn get(&self, kind: ScoreKind) -> Option<Counts> {
        self.counts[kind as usize]
    }
}

/// Scores one article's extraction against its gold annotation.
pub fn score_article(gold: &Gold, article: &str, doc: &Document) -> ArticleScore {
    let bytes = claims::char_bytes(article);
    let rule = if gold.lenient() {
        SourceRule::Lenient
    } else {
        SourceRule::Strict
    };
    let mut counts = [None; 4];
    let mut findings = Vec::new();
    if !gold.lenient() {
        let outcome = actors::run(&gold.actors, &doc.actors);
        counts[ScoreKind::Actors as usize] =
            Some(Counts::from_triple(outcome.counts(&gold.actors)));
        findings = report::actor_findings(gold, doc, &outcome);
    }
    let attributions = Scored::new(
        ItemKind::Attribution,
        &claims::gold_attributions(gold, article),
        &claims::pred_attributions(doc, &bytes),
        rule,
        article,
    );
    counts[ScoreKind::Attributions as usize] = Some(attributions.with);
    counts[ScoreKind::AttributionsContent as usize] = Some(attributions.without);
    findings.extend(attributions.findings);
    if !gold.lenient() {
        let proposals = Scored::new(
            ItemKind::Proposal,
            &claims::gold_proposals(gold, article),
            &claims::pred_proposals(doc, &bytes),
            rule,
            article,
        );
        counts[ScoreKind::Proposals as usize] = Some(proposals.with);
        findings.extend(proposals.findings);
    }
    ArticleScore {
        article: gold.article.clone(),
        lenient: gold.lenient(),
        counts,
        findings,
    }
}

/// Attributions or proposals of one article, scored with and without sources.
struct Scored {
    /// Counts with the source rule.
    with: Counts,
    /// Counts by content only.
    without: Counts,
    /// Misses, spurious predictions and source mismatches.
    findings: Vec<Finding>,
}

impl Scored {
    fn new(
        item: ItemKind,
        gold: &[Claim],
        pred: &[Claim],
        rule: SourceRule,
        article: &str,
    ) -> Scored {
        let (with, without) = run_both(gold, pred, rule, article);
        Scored {
            with: Counts::from_triple(with.counts()),
            without: Counts::from_triple(without.counts()),
            findings: claim_findings(item, gold, pred, &with, &without),
        }
    }
}

/// Matches with the source rule and without it (content only).
fn run_both(gold: &[Claim], pred: &[Claim], rule: SourceRule, article: &str) -> (Outcome, Outcome) {
    let items = |c: &[Claim]| c.iter().map(|c| c.item.clone()).collect::<Vec<_>>();
    let (g, p) = (items(gold), items(pred));
    let with = matching::run(
        &g,
        &p,
        &|gi, pi| claims::source_matches(rule, &gold[gi], &pred[pi]),
        article,
    );
    let without = matching::run(&g, &p, &|_, _| true, article);
    (with, without)
}

/// Misses, spurious predictions, and source mismatches (a miss whose content a
/// spurious prediction matches when sources are ignored), in article order.
fn claim_findings(
    item: ItemKind,
    gold: &[Claim],
    pred: &[Claim],
    with: &Outcome,
    without: &Outcome,
) -> Vec<Finding> {
    let mut shown = vec![false; pred.len()];
    let mut out = Vec::new();
    for (g, claim) in gold.iter().enumerate() {
        if with.gold[g] != GoldFate::Missed {
            continue;
        }
        let mut f = Finding {
            problem: Problem::Miss,
            item,
            gold_source: claim.source.clone(),
            predicted_source: None,
            text: claim.content.clone(),
            rule: None,
            at: claim.item.span.map_or(usize::MAX, |s| s.0),
        };
        if let GoldFate::Found(p) = without.gold[g] {
            if with.pred[p] == PredFate::Spurious && !shown[p] {
                shown[p] = true;
                f.problem = Problem::SourceMismatch;
                f.predicted_source = pred[p].source.clone();
                f.rule = pred[p].rule.clone();
            }
        }
        out.push(f);
    }
    for (p, claim) in pred.iter().enumerate() {
        if with.pred[p] == PredFate::Spurious && !shown[p] {
            out.push(Finding {
                problem: Problem::Spurious,
                item,
                gold_source: None,
                predicted_source: claim.source.clone(),
                text: claim.content.clone(),
                rule: claim.rule.clone(),
                at: claim.item.span.map_or(usize::MAX, |s| s.0),
            });
        }
    }
    out.sort_by_key(|f| f.at);
    out
}

#[cfg(test)]
mod tests;
