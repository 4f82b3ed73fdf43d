//! Attributions and proposals, gold and predicted, brought to one shape for matching,
//! and the source test between them.
//!
//! Gold items and a [`Document`] in, [`Claim`]s (matcher items plus what a source test
//! and a report need) out. A predicted source stands for every name it can be known by:
//! its text as written and, when it points at an actor, that actor's name and mention
//! texts.

use std::collections::BTreeSet;

use super::gold::Gold;
use super::matching::{Item, MIN_F1};
use super::text::{f1, name_key, tokens};
use crate::document::{ActorOut, Document};

/// An attribution or proposal, gold or predicted.
#[derive(Debug, Clone, Default)]
pub struct Claim {
    /// What the matcher compares.
    pub item: Item,
    /// The content as written.
    pub content: String,
    /// The source (gold: as annotated; prediction: as written, with the actor's name).
    pub source: Option<String>,
    /// Normalised names the source goes by ([`name_key`]).
    pub keys: BTreeSet<String>,
    /// Token bags of the same names, for lenient matching.
    pub name_tokens: Vec<Vec<String>>,
    /// The rule that found a prediction.
    pub rule: Option<String>,
}

/// How sources are compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceRule {
    /// Not at all (content-only scores).
    Ignore,
    /// A predicted name equals a gold name or alias, after [`name_key`].
    Strict,
    /// Token-overlap F1 >= 0.5 between the gold source and a predicted name.
    Lenient,
}

/// Whether a predicted claim's source matches a gold claim's; null matches null.
pub fn source_matches(rule: SourceRule, gold: &Claim, pred: &Claim) -> bool {
    let gold_null = gold.source.is_none();
    let pred_null = pred.source.is_none();
    match rule {
        SourceRule::Ignore => true,
        _ if gold_null || pred_null => gold_null && pred_null,
        SourceRule::Strict => !gold.keys.is_disjoint(&pred.keys),
        SourceRule::Lenient => gold
            .name_tokens
            .iter()
            .any(|g| pred.name_tokens.iter().any(|p| f1(g, p) >= MIN_F1)),
    }
}

/// A gold claim; `source` names an actor of `gold` (strict) or is surface text.
pub fn gold_claim(
    gold: &Gold,
    article: &str,
    source: Option<&str>,
    content: &str,
    optional: bool,
) -> Claim {
    let mut names: Vec<&str> = source.into_iter().collect();
    if let Some(actor) = source.and_then(|s| gold.actors.iter().find(|a| a.name == s)) {
        names.extend(actor.aliases.iter().map(String::as_str));
    }
    let span = article.find(content).map(|i| (i, i + content.len()));
    Claim {
        item: Item {
            tokens: tokens(content),
            span,
            key: source.map(str::to_lowercase).unwrap_or_default(),
            optional,
        },
        content: content.to_string(),
        source: source.map(str::to_string),
        keys: names.iter().map(|n| name_key(n)).collect(),
        name_tokens: names.iter().map(|n| tokens(n)).collect(),
        rule: None,
    }
}

/// The gold file's attributions as claims.
pub fn gold_attributions(gold: &Gold, article: &str) -> Vec<Claim> {
    let claim = |a: &super::gold::GoldAttribution| {
        gold_claim(
            gold,
            article,
            a.source.as_deref(),
            &a.content,
            a.optional == Some(true),
        )
    };
    gold.attributions.iter().map(claim).collect()
}

/// The gold file's proposals as claims.
pub fn gold_proposals(gold: &Gold, article: &str) -> Vec<Claim> {
    let claim = |p: &super::gold::GoldProposal| {
        gold_claim(
            gold,
            article,
            p.proposer.as_deref(),
            &p.content,
            p.optional == Some(true),
        )
    };
    gold.proposals.iter().map(claim).collect()
}

/// Byte offset of every character offset of `text` (one past the end included).
pub fn char_bytes(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect()
}

/// A predicted claim from its parts in the document.
pub struct Predicted<'a> {
    /// Actor id of the source.
    pub actor: Option<&'a str>,
    /// The source as written.
    pub text: Option<&'a str>,
    /// The content.
    pub content: &'a str,
    /// Character offsets of the content.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The rule that found it.
    pub rule: &'a str,
}

/// A predicted claim; `bytes` is [`char_bytes`] of the article.
pub fn pred_claim(doc: &Document, bytes: &[usize], p: Predicted<'_>) -> Claim {
    let actor: Option<&ActorOut> = p
        .actor
        .and_then(|id| doc.actors.iter().find(|a| a.id == id));
    let mut names: Vec<&str> = p.text.into_iter().collect();
    if let Some(a) = actor {
        names.push(&a.name);
        names.extend(a.mentions.iter().map(|m| m.text.as_str()));
    }
    let source = match (p.text, actor) {
        (Some(t), Some(a)) if name_key(t) != name_key(&a.name) => Some(format!("{t}→{}", a.name)),
        (Some(t), _) => Some(t.to_string()),
        (None, Some(a)) => Some(a.name.clone()),
        (None, None) => p.actor.map(str::to_string),
    };
    let span = bytes
        .get(p.start)
        .zip(bytes.get(p.end))
        .map(|(&s, &e)| (s, e));
    let key = match (p.actor, p.text) {
        (Some(id), _) => format!("#{id}"),
        (None, Some(t)) => name_key(t),
        (None, None) => String::new(),
    };
    Claim {
        item: Item {
            tokens: tokens(p.content),
            span,
            key,
            optional: false,
        },
        content: p.content.to_string(),
        source,
        keys: names.iter().map(|n| name_key(n)).collect(),
        name_tokens: names.iter().map(|n| tokens(n)).collect(),
        rule: Some(p.rule.to_string()),
    }
}

/// The document's attributions as claims.
pub fn pred_attributions(doc: &Document, bytes: &[usize]) -> Vec<Claim> {
    doc.attributions
        .iter()
        .map(|a| {
            let p = Predicted {
                actor: a.source.as_deref(),
                text: a.source_text.as_deref(),
                content: &a.content,
                start: a.start,
                end: a.end,
                rule: &a.rule,
            };
            pred_claim(doc, bytes, p)
        })
        .collect()
}

/// The document's proposals as claims.
pub fn pred_proposals(doc: &Document, bytes: &[usize]) -> Vec<Claim> {
    doc.proposals
        .iter()
        .map(|p| {
            let c = Predicted {
                actor: p.proposer.as_deref(),
                text: p.proposer_text.as_deref(),
                content: &p.content,
                start: p.start,
                end: p.end,
                rule: &p.rule,
            };
            pred_claim(doc, bytes, c)
        })
        .collect()
}
