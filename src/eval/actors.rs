//! Actor scoring: gold actors and predicted actors in, each side's fate out.
//!
//! A predicted actor matches a gold actor when its name equals the gold name or one of
//! its aliases after [`name_key`] (case, a leading "the", a trailing "'s"). Each
//! required gold actor, in file order, takes the first unused prediction that matches
//! its name, else the first that matches an alias. A leftover prediction matching an
//! optional gold actor counts for nothing; one matching an already matched gold actor
//! is an unmerged duplicate, a false positive. Predicted places are not scored: the
//! gold format has no place kind.

use super::gold::GoldActor;
use super::text::name_key;
use crate::document::{ActorKind, ActorOut};

/// What became of a predicted actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorFate {
    /// Matches this gold actor.
    Found(usize),
    /// Matches nothing.
    Spurious,
    /// A second prediction for this already matched gold actor.
    Duplicate(usize),
    /// Matches this optional gold actor: not counted.
    Optional(usize),
    /// A place: not scored.
    Place,
}

/// The outcome for one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorOutcome {
    /// For each gold actor, the prediction that matched it (always `None` for optional ones).
    pub gold: Vec<Option<usize>>,
    /// For each predicted actor, its fate.
    pub pred: Vec<ActorFate>,
}

impl ActorOutcome {
    /// True positives, false positives, false negatives.
    pub fn counts(&self, gold: &[GoldActor]) -> (usize, usize, usize) {
        let tp = self.gold.iter().filter(|m| m.is_some()).count();
        let fn_ = gold
            .iter()
            .zip(&self.gold)
            .filter(|(g, m)| !is_optional(g) && m.is_none())
            .count();
        let fp = self
            .pred
            .iter()
            .filter(|f| matches!(f, ActorFate::Spurious | ActorFate::Duplicate(_)))
            .count();
        (tp, fp, fn_)
    }
}

fn is_optional(a: &GoldActor) -> bool {
    a.optional == Some(true)
}

/// Matches predicted actors against gold actors.
pub fn run(gold: &[GoldActor], pred: &[ActorOut]) -> ActorOutcome {
    let keys: Vec<String> = pred.iter().map(|a| name_key(&a.name)).collect();
    let mut fate: Vec<ActorFate> = pred
        .iter()
        .map(|a| {
            if a.kind == ActorKind::Place {
                ActorFate::Place
            } else {
                ActorFate::Spurious
            }
        })
        .collect();
    let name_of = |g: &GoldActor| name_key(&g.name);
    let alias_of = |g: &GoldActor, k: &str| g.aliases.iter().any(|a| name_key(a) == k);
    let matches = |g: &GoldActor, k: &str| name_of(g) == k || alias_of(g, k);
    let mut found = vec![None; gold.len()];
    for (gi, g) in gold.iter().enumerate().filter(|(_, g)| !is_optional(g)) {
        let free = |p: &usize| fate[*p] == ActorFate::Spurious;
        let by_name = (0..pred.len())
            .filter(free)
            .find(|&p| keys[p] == name_of(g));
        let pick = by_name.or_else(|| {
            (0..pred.len())
                .filter(free)
                .find(|&p| alias_of(g, &keys[p]))
        });
        if let Some(p) = pick {
            found[gi] = Some(p);
            fate[p] = ActorFate::Found(gi);
        }
    }
    for p in 0..pred.len() {
        if fate[p] != ActorFate::Spurious {
            continue;
        }
        let optional = gold
            .iter()
            .position(|g| is_optional(g) && matches(g, &keys[p]));
        let taken = gold
            .iter()
            .position(|g| !is_optional(g) && matches(g, &keys[p]));
        fate[p] = match (optional, taken) {
            (Some(g), _) => ActorFate::Optional(g),
            (None, Some(g)) => ActorFate::Duplicate(g),
            (None, None) => ActorFate::Spurious,
        };
    }
    ActorOutcome {
        gold: found,
        pred: fate,
    }
}
