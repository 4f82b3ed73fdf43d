//! One-to-one greedy matching of predicted items against gold items, by content
//! overlap and a caller-given source test.
//!
//! Items in (token bags, optional article positions, a grouping key), the fate of every
//! gold and predicted item out. Matching runs in passes:
//!
//! 1. each required gold item, in file order, takes the unused prediction whose content
//!    overlaps it best (token F1 >= 0.5) among those whose source matches;
//! 2. split quotes annotated as parts: consecutive gold items of one source that sit in
//!    one paragraph separated only by an interrupting cue (`"We will," she said, "move
//!    fast."`: a gap of at most 25 words that closes a quotation at its start and opens
//!    one at its end) form a group; a prediction covering the group (F1 >= 0.5
//!    against the joined parts) also stands for each unmatched part that lies inside it
//!    (80% of the part, by article position where known, else by tokens), which then
//!    counts neither as found nor as missed;
//! 3. split quotes predicted as parts: predictions grouped the same way whose contents,
//!    joined, overlap one gold item at F1 >= 0.5 stand for it together; the first is its
//!    match, the others (each inside the gold item, as above) count for nothing;
//! 4. a prediction left over that matches an optional gold item counts for nothing.
//!
//! What is left is a miss (gold) or spurious (prediction). This module knows nothing of
//! actors, sources or files.

use super::text::{covered, f1};

/// Content overlap at which two contents match.
pub const MIN_F1: f64 = 0.5;

/// Share of a part that must lie inside the whole it is joined to (by position where
/// both are known, else by tokens): parts share function words with anything.
const MIN_INSIDE: f64 = 0.8;

/// Most words a split quote's interrupting cue may hold (`," said X, chief of Y, "`).
const MAX_GAP_WORDS: usize = 25;

/// Characters that open or close a quotation.
const QUOTES: &[char] = &['"', '“', '”', '„', '«', '»', '‘', '\''];

/// One item as the matcher sees it.
#[derive(Debug, Clone, Default)]
pub struct Item {
    /// Content tokens.
    pub tokens: Vec<String>,
    /// Byte range of the content in the article, where known.
    pub span: Option<(usize, usize)>,
    /// Items of one source share this key (for split-quote groups).
    pub key: String,
    /// Neither required nor penalised (gold only).
    pub optional: bool,
}

/// What became of a gold item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoldFate {
    /// Matched by this prediction: a true positive.
    Found(usize),
    /// Not found: a false negative.
    Missed,
    /// Optional: not counted.
    Optional,
    /// A part of a split quote covered by the prediction matching another part.
    Merged(usize),
}

/// What became of a prediction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PredFate {
    /// Matches this gold item: a true positive.
    Found(usize),
    /// Matches nothing: a false positive.
    Spurious,
    /// Matches this optional gold item: not counted.
    Optional(usize),
    /// Another part of a split quote whose first part matches this gold item.
    Absorbed(usize),
}

/// The fates of both sides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// One per gold item, in file order.
    pub gold: Vec<GoldFate>,
    /// One per prediction, in document order.
    pub pred: Vec<PredFate>,
}

impl Outcome {
    /// True positives, false positives, false negatives.
    pub fn counts(&self) -> (usize, usize, usize) {
        let tp = self
            .gold
            .iter()
            .filter(|f| matches!(f, GoldFate::Found(_)))
            .count();
        let fp = self
            .pred
            .iter()
            .filter(|f| **f == PredFate::Spurious)
            .count();
        let fn_ = self.gold.iter().filter(|f| **f == GoldFate::Missed).count();
        (tp, fp, fn_)
    }
}

/// Matches `pred` against `gold`; `who(g, p)` says whether their sources match and
/// `article` is the text both sides' spans index.
pub fn run(
    gold: &[Item],
    pred: &[Item],
    who: &dyn Fn(usize, usize) -> bool,
    article: &str,
) -> Outcome {
    let mut out = Outcome {
        gold: gold
            .iter()
            .map(|g| {
                if g.optional {
                    GoldFate::Optional
                } else {
                    GoldFate::Missed
                }
            })
            .collect(),
        pred: vec![PredFate::Spurious; pred.len()],
    };
    let fits = |g: usize, p: usize| {
        let s = f1(&gold[g].tokens, &pred[p].tokens);
        (s >= MIN_F1 && who(g, p)).then_some(s)
    };
    let gold_order: Vec<usize> = (0..gold.len()).filter(|&g| !gold[g].optional).collect();
    for &g in &gold_order {
        let free = (0..pred.len()).filter(|&p| out.pred[p] == PredFate::Spurious);
        if let Some(p) = best(free, |p| fits(g, p)) {
            out.gold[g] = GoldFate::Found(p);
            out.pred[p] = PredFate::Found(g);
        }
    }
    for group in groups(gold, gold_order.into_iter(), article) {
        merge_gold_parts(&mut out, gold, pred, &group, who);
    }
    let pred_groups = groups(pred, 0..pred.len(), article);
    for g in 0..gold.len() {
        absorb_pred_parts(&mut out, gold, pred, g, &pred_groups, who);
    }
    for p in 0..pred.len() {
        if out.pred[p] != PredFate::Spurious {
            continue;
        }
        let optional = (0..gold.len()).filter(|&g| gold[g].optional);
        if let Some(g) = best(optional, |g| fits(g, p)) {
            out.pred[p] = PredFate::Optional(g);
        }
    }
    out
}

/// The candidate with the highest score (the first on ties), if any scores.
fn best(
    candidates: impl Iterator<Item = usize>,
    score: impl Fn(usize) -> Option<f64>,
) -> Option<usize> {
    let mut top: Option<(usize, f64)> = None;
    for c in candidates {
        if let Some(s) = score(c) {
            if top.is_none_or(|(_, t)| s > t) {
                top = Some((c, s));
            }
        }
    }
    top.map(|(c, _)| c)
}

/// Split quotes among `members`: chains of items of one key, in article order, each
/// followed by the next part after an interrupting cue; only chains of two or more.
/// Items between two parts (a nested attribution in the cue) are passed over; items
/// whose position is unknown belong to none.
fn groups(items: &[Item], members: impl Iterator<Item = usize>, article: &str) -> Vec<Vec<usize>> {
    let mut placed: Vec<usize> = members.filter(|&i| items[i].span.is_some()).collect();
    placed.sort_by(|&a, &b| (&items[a].key, items[a].span).cmp(&(&items[b].key, items[b].span)));
    let mut used = vec![false; placed.len()];
    let mut out = Vec::new();
    for first in 0..placed.len() {
        if used[first] {
            continue;
        }
        let mut chain = vec![placed[first]];
        for next in first + 1..placed.len() {
            let (last, i) = (items_last(&chain), placed[next]);
            if items[i].key != items[last].key {
                break;
            }
            if !used[next] && quote_gap(article, items[last].span, items[i].span) {
                used[next] = true;
                chain.push(i);
            }
        }
        if chain.len() > 1 {
            out.push(chain);
        }
    }
    out
}

fn items_last(chain: &[usize]) -> usize {
    chain.last().copied().unwrap_or_default()
}

/// Whether the text between two spans is the interrupting cue of a split quote: within
/// one paragraph, few words, closing a quotation at its start (after any punctuation
/// the first part left out) and opening one at its end (`," she said, "`).
fn quote_gap(article: &str, a: Option<(usize, usize)>, b: Option<(usize, usize)>) -> bool {
    let (Some((_, end)), Some((start, _))) = (a, b) else {
        return false;
    };
    let Some(gap) = article.get(end..start) else {
        return false;
    };
    let inner = gap
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_punctuation() && !QUOTES.contains(&c));
    !gap.contains('\n')
        && inner.starts_with(QUOTES)
        && inner.ends_with(QUOTES)
        && super::text::tokens(gap).len() <= MAX_GAP_WORDS
}

/// Whether `part` lies (mostly) inside `whole`.
fn inside(part: &Item, whole: &Item) -> bool {
    match (part.span, whole.span) {
        (Some((ps, pe)), Some((ws, we))) if pe > ps => {
            let overlap = pe.min(we).saturating_sub(ps.max(ws));
            overlap as f64 >= MIN_INSIDE * (pe - ps) as f64
        }
        _ => covered(&part.tokens, &whole.tokens) >= MIN_INSIDE,
    }
}

fn joined(items: &[Item], parts: &[usize]) -> Vec<String> {
    parts
        .iter()
        .flat_map(|&i| items[i].tokens.iter().cloned())
        .collect()
}

/// Pass 2: one prediction stands for several gold parts of a split quote.
fn merge_gold_parts(
    out: &mut Outcome,
    gold: &[Item],
    pred: &[Item],
    group: &[usize],
    who: &dyn Fn(usize, usize) -> bool,
) {
    if !group.iter().any(|&g| out.gold[g] == GoldFate::Missed) {
        return;
    }
    let whole = joined(gold, group);
    let usable = |p: usize| match out.pred[p] {
        PredFate::Spurious => true,
        PredFate::Found(g) => group.contains(&g),
        _ => false,
    };
    let candidates = (0..pred.len()).filter(|&p| usable(p) && who(group[0], p));
    let Some(p) = best(candidates, |p| {
        let s = f1(&whole, &pred[p].tokens);
        (s >= MIN_F1).then_some(s)
    }) else {
        return;
    };
    for &g in group {
        if out.gold[g] != GoldFate::Missed || !inside(&gold[g], &pred[p]) {
            continue;
        }
        if out.pred[p] == PredFate::Spurious {
            out.gold[g] = GoldFate::Found(p);
            out.pred[p] = PredFate::Found(g);
        } else {
            out.gold[g] = GoldFate::Merged(p);
        }
    }
}

/// Pass 3: several predicted parts of a split quote stand together for one gold item.
fn absorb_pred_parts(
    out: &mut Outcome,
    gold: &[Item],
    pred: &[Item],
    g: usize,
    pred_groups: &[Vec<usize>],
    who: &dyn Fn(usize, usize) -> bool,
) {
    let matched = match out.gold[g] {
        GoldFate::Found(p) => Some(p),
        GoldFate::Missed => None,
        _ => return,
    };
    let mut top: Option<(Vec<usize>, f64)> = None;
    for group in pred_groups {
        if matched.is_some_and(|p| !group.contains(&p)) {
            continue;
        }
        let parts: Vec<usize> = group
            .iter()
            .copied()
            .filter(|&p| {
                Some(p) == matched
                    || (out.pred[p] == PredFate::Spurious
                        && who(g, p)
                        && inside(&pred[p], &gold[g]))
            })
            .collect();
        let s = f1(&joined(pred, &parts), &gold[g].tokens);
        if parts.len() > 1 && s >= MIN_F1 && top.as_ref().is_none_or(|(_, t)| s > *t) {
            top = Some((parts, s));
        }
    }
    let Some((parts, _)) = top else { return };
    let first = matched.unwrap_or(parts[0]);
    out.gold[g] = GoldFate::Found(first);
    for p in parts {
        out.pred[p] = if p == first {
            PredFate::Found(g)
        } else {
            PredFate::Absorbed(g)
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_interrupting_cue_joins_two_parts() {
        let cases = [
            ("A,\" she said, \"B", true),
            ("A,” said Amelia Hart, chief executive of Northwind, “B", true),
            ("A.” “B", true),
            ("A,\" she said.\n\n\"B", false),
            ("A,\" she said, adding that B", false),
            ("A and B", false),
            ("A,\" said Lena Ortiz, who has led the union through two strikes, in an interview on Friday, \"B", true),
            ("A,\" said one of the many officials who had been at the meeting all through the night and had seen the whole sorry business unfold before dawn on Saturday, \"B", false),
        ];
        for (text, expected) in cases {
            let a = Some((0, 1));
            let b = text.rfind('B').map(|i| (i, i + 1));
            assert_eq!(quote_gap(text, a, b), expected, "{text}");
        }
    }
}
