//! Reports: article scores in, the summary table, the `--verbose` findings, the JSON
//! view and CI gate checks out.
//!
//! The JSON view (`claims eval --json`):
//!
//! ```json
//! {"articles": 13, "lenient_articles": 0,
//!  "scores": {"actors": {"articles": 13, "tp": 1, "fp": 2, "fn": 3,
//!                        "precision": 0.333, "recall": 0.25, "f1": 0.286}, …},
//!  "details": [{"article": "a.txt", "lenient": false,
//!               "scores": {"actors": {"tp": 1, "fp": 0, "fn": 1}, …},
//!               "findings": [
//!     {"problem": "miss", "item": "attribution", "gold_source": "Ana Ruiz",
//!      "predicted_source": null, "text": "…", "rule": null}]}]}
//! ```
//!
//! `details` is present with `--verbose` only. Precision, recall and F1 are 0 when
//! their denominator is 0.

use std::fmt::Write as _;

use serde::Serialize;

use super::actors::{ActorFate, ActorOutcome};
use super::{ArticleScore, Counts, Finding, Gold, ItemKind, Problem, ScoreKind};
use crate::document::Document;

/// Scores of every article of a directory.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// One per gold file, in file-name order.
    pub articles: Vec<ArticleScore>,
}

/// One micro-averaged score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Score {
    /// Articles that count towards it.
    pub articles: usize,
    /// Summed counts.
    #[serde(flatten)]
    pub counts: Counts,
    /// Micro-averaged precision.
    pub precision: f64,
    /// Micro-averaged recall.
    pub recall: f64,
    /// Micro-averaged F1.
    pub f1: f64,
}

#[derive(Serialize)]
struct JsonView<'a> {
    articles: usize,
    lenient_articles: usize,
    scores: Scores,
    #[serde(skip_serializing_if = "Option::is_none")]
    details: Option<&'a [ArticleScore]>,
}

#[derive(Serialize)]
struct Scores {
    actors: Score,
    attributions: Score,
    attributions_content: Score,
    proposals: Score,
}

impl Report {
    /// The micro-averaged score of one kind.
    pub fn score(&self, kind: ScoreKind) -> Score {
        let mut counts = Counts::default();
        let mut articles = 0;
        for c in self.articles.iter().filter_map(|a| a.get(kind)) {
            counts.add(c);
            articles += 1;
        }
        Score {
            articles,
            counts,
            precision: counts.precision(),
            recall: counts.recall(),
            f1: counts.f1(),
        }
    }

    /// The summary table.
    pub fn table(&self) -> String {
        let lenient = self.articles.iter().filter(|a| a.lenient).count();
        let mut out = format!(
            "articles: {} (lenient sources: {lenient})\n",
            self.articles.len()
        );
        let _ = writeln!(
            out,
            "{:<22}{:>9}{:>7}{:>7}{:>7}{:>8}{:>8}{:>8}",
            "score", "articles", "TP", "FP", "FN", "P", "R", "F1"
        );
        for kind in ScoreKind::ALL {
            let s = self.score(kind);
            let c = s.counts;
            let _ = writeln!(
                out,
                "{:<22}{:>9}{:>7}{:>7}{:>7}{:>8.3}{:>8.3}{:>8.3}",
                kind.name(),
                s.articles,
                c.tp,
                c.fp,
                c.fn_,
                s.precision,
                s.recall,
                s.f1
            );
        }
        out
    }

    /// The JSON view, pretty-printed; `details` adds every article's counts and findings.
    pub fn json(&self, details: bool) -> String {
        let view = JsonView {
            articles: self.articles.len(),
            lenient_articles: self.articles.iter().filter(|a| a.lenient).count(),
            scores: Scores {
                actors: self.score(ScoreKind::Actors),
                attributions: self.score(ScoreKind::Attributions),
                attributions_content: self.score(ScoreKind::AttributionsContent),
                proposals: self.score(ScoreKind::Proposals),
            },
            details: details.then_some(self.articles.as_slice()),
        };
        // Plain structs, maps with string keys and finite floats: this cannot fail.
        serde_json::to_string_pretty(&view).unwrap_or_default()
    }

    /// One message per gate whose score's F1 is below its minimum.
    pub fn failed_gates(&self, gates: &[(ScoreKind, f64)]) -> Vec<String> {
        gates
            .iter()
            .filter_map(|&(kind, min)| {
                let f1 = self.score(kind).f1;
                (f1 < min).then(|| format!("{} F1 {f1:.3} is below the minimum {min}", kind.name()))
            })
            .collect()
    }

    /// Per article: its counts, then one line per finding.
    pub fn verbose(&self) -> String {
        let mut out = String::new();
        for a in &self.articles {
            let counts: Vec<String> = ScoreKind::ALL
                .into_iter()
                .filter_map(|k| {
                    a.get(k)
                        .map(|c| format!("{} {}/{} +{}", short(k), c.tp, c.tp + c.fn_, c.fp))
                })
                .collect();
            let _ = writeln!(
                out,
                "== {}  (found/gold +spurious) {}",
                a.article,
                counts.join("  ")
            );
            for f in &a.findings {
                let _ = writeln!(out, "  {}", finding_line(f));
            }
        }
        out
    }
}

fn short(kind: ScoreKind) -> &'static str {
    match kind {
        ScoreKind::Actors => "actors",
        ScoreKind::Attributions => "attr",
        ScoreKind::AttributionsContent => "attr-content",
        ScoreKind::Proposals => "prop",
    }
}

/// Longest content shown in a finding line, in characters.
const MAX_TEXT: usize = 110;

fn clip(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(MAX_TEXT).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

fn who(source: &Option<String>) -> String {
    format!("[{}]", source.as_deref().unwrap_or("null"))
}

/// One compact line: `miss   attr  [Ana Ruiz] the bridge will reopen in May`.
pub fn finding_line(f: &Finding) -> String {
    let item = match f.item {
        ItemKind::Actor => "actor",
        ItemKind::Attribution => "attr ",
        ItemKind::Proposal => "prop ",
    };
    let rule = f
        .rule
        .as_deref()
        .map(|r| format!("  ({r})"))
        .unwrap_or_default();
    let text = clip(&f.text);
    match (f.problem, f.item) {
        (Problem::Miss, ItemKind::Actor) => format!("miss     {item} {text}"),
        (Problem::Spurious, ItemKind::Actor) => format!("spurious {item} {text}"),
        (Problem::Duplicate, _) => format!("dup      {item} {text}"),
        (Problem::Miss, _) => format!("miss     {item} {} {text}", who(&f.gold_source)),
        (Problem::Spurious, _) => {
            format!("spurious {item} {} {text}{rule}", who(&f.predicted_source))
        }
        (Problem::SourceMismatch, _) => format!(
            "source   {item} gold {} got {} {text}{rule}",
            who(&f.gold_source),
            who(&f.predicted_source)
        ),
    }
}

/// Missed gold actors, spurious and duplicate predicted actors.
pub fn actor_findings(gold: &Gold, doc: &Document, outcome: &ActorOutcome) -> Vec<Finding> {
    let finding = |problem, text: String| Finding {
        problem,
        item: ItemKind::Actor,
        gold_source: None,
        predicted_source: None,
        text,
        rule: None,
        at: 0,
    };
    let mut out = Vec::new();
    for (g, m) in gold.actors.iter().zip(&outcome.gold) {
        if m.is_none() && g.optional != Some(true) {
            out.push(finding(
                Problem::Miss,
                format!("{} ({})", g.name, kind_name(&g.kind)),
            ));
        }
    }
    for (a, fate) in doc.actors.iter().zip(&outcome.pred) {
        let kind = serde_json::to_value(a.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        match fate {
            ActorFate::Spurious => {
                out.push(finding(Problem::Spurious, format!("{} ({kind})", a.name)))
            }
            ActorFate::Duplicate(g) => {
                let of = gold.actors.get(*g).map_or("", |x| x.name.as_str());
                out.push(finding(
                    Problem::Duplicate,
                    format!("{} ({kind}) duplicates {of}", a.name),
                ));
            }
            _ => {}
        }
    }
    out
}

fn kind_name(kind: &super::gold::GoldKind) -> &'static str {
    use super::gold::GoldKind::*;
    match kind {
        Person => "person",
        Organization => "organization",
        Government => "government",
        Media => "media",
        Group => "group",
    }
}
