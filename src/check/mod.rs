//! Comparing documents: an expected JSON document and an actual one in, the list of
//! changes a person can read out (`attributions[2].source: "ford" → null`,
//! `actors[3] added: {…}`, `sentences: 16 → 15`).
//!
//! Works on [`serde_json::Value`]s, so an expected file written by another version
//! (with a field more or less) still compares instead of failing to parse. Arrays whose
//! lengths differ are aligned on their equal items (longest common subsequence), so one
//! inserted sentence reports one addition, not a cascade of changed items. This module
//! reads no files; `claims check` does.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

/// One difference between the expected and the actual document.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A value changed.
    Changed {
        /// Where, e.g. `attributions[2].source`.
        path: String,
        /// The expected value.
        expected: Value,
        /// The value found.
        actual: Value,
    },
    /// An array's length changed (followed by the items added and removed).
    Count {
        /// The array's path.
        path: String,
        /// Expected length.
        expected: usize,
        /// Length found.
        actual: usize,
    },
    /// An item or field is new (the path indexes the actual document).
    Added {
        /// Where.
        path: String,
        /// What was added.
        value: Value,
    },
    /// An item or field is gone (the path indexes the expected document).
    Removed {
        /// Where.
        path: String,
        /// What was removed.
        value: Value,
    },
    /// Several numbers at the same place moved by the same amount (indices after an
    /// added sentence): `sentences[*].index: 12 values moved by +1`.
    Shifted {
        /// The paths with every array index as `*`.
        pattern: String,
        /// How many values moved.
        count: usize,
        /// By how much.
        delta: i64,
    },
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::Changed {
                path,
                expected,
                actual,
            } => match (expected, actual) {
                (Value::String(e), Value::String(a)) => {
                    let (e, a) = from_difference(e, a);
                    write!(f, "{path}: {} → {}", short(&e.into()), short(&a.into()))
                }
                _ => write!(f, "{path}: {} → {}", short(expected), short(actual)),
            },
            Change::Count {
                path,
                expected,
                actual,
            } => write!(f, "{path}: {expected} → {actual}"),
            Change::Added { path, value } => write!(f, "{path} added: {}", short(value)),
            Change::Removed { path, value } => write!(f, "{path} removed: {}", short(value)),
            Change::Shifted {
                pattern,
                count,
                delta,
            } => write!(f, "{pattern}: {count} values moved by {delta:+}"),
        }
    }
}

/// Longest rendering of a value in a change line, in characters.
const SHORT: usize = 100;

/// A value as compact JSON, cut to [`SHORT`] characters.
fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() <= SHORT {
        return s;
    }
    let cut: String = s.chars().take(SHORT - 1).collect();
    format!("{cut}…")
}

/// Two long strings from a little before their first difference, so that the cut
/// [`short`] makes does not hide it.
fn from_difference(e: &str, a: &str) -> (String, String) {
    const CONTEXT: usize = 30;
    let same = e.chars().zip(a.chars()).take_while(|(x, y)| x == y).count();
    if same <= CONTEXT + 10 {
        return (e.to_string(), a.to_string());
    }
    let skip = same - CONTEXT;
    let tail = |s: &str| format!("…{}", s.chars().skip(skip).collect::<String>());
    (tail(e), tail(a))
}

/// The changes that turn `expected` into `actual`, in document order.
pub fn diff(expected: &Value, actual: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    diff_at("", expected, actual, &mut out);
    fold_shifts(out)
}

/// Keeps only the named top-level fields of a document (all when `fields` is empty).
pub fn restrict(doc: &Value, fields: &[&str]) -> Value {
    match doc {
        Value::Object(map) if !fields.is_empty() => Value::Object(
            map.iter()
                .filter(|(k, _)| fields.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn diff_at(path: &str, expected: &Value, actual: &Value, out: &mut Vec<Change>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                match a.get(k) {
                    Some(av) => diff_at(&join(path, k), ev, av, out),
                    None => out.push(Change::Removed {
                        path: join(path, k),
                        value: ev.clone(),
                    }),
                }
            }
            for (k, av) in a.iter().filter(|(k, _)| !e.contains_key(*k)) {
                out.push(Change::Added {
                    path: join(path, k),
                    value: av.clone(),
                });
            }
        }
        (Value::Array(e), Value::Array(a)) => diff_arrays(path, e, a, out),
        (e, a) if e != a => out.push(Change::Changed {
            path: path.to_string(),
            expected: e.clone(),
            actual: a.clone(),
        }),
        _ => {}
    }
}

fn diff_arrays(path: &str, e: &[Value], a: &[Value], out: &mut Vec<Change>) {
    if e.len() != a.len() {
        out.push(Change::Count {
            path: path.to_string(),
            expected: e.len(),
            actual: a.len(),
        });
    }
    let mut pairs = align(e, a);
    pairs.push((e.len(), a.len()));
    let (mut i, mut j) = (0, 0);
    for (pi, pj) in pairs {
        // Between two equal anchors: pair items off as changed, the rest added/removed.
        while i < pi && j < pj {
            diff_at(&format!("{path}[{j}]"), &e[i], &a[j], out);
            (i, j) = (i + 1, j + 1);
        }
        for (k, v) in e.iter().enumerate().take(pi).skip(i) {
            out.push(Change::Removed {
                path: format!("{path}[{k}]"),
                value: v.clone(),
            });
        }
        for (k, v) in a.iter().enumerate().take(pj).skip(j) {
            out.push(Change::Added {
                path: format!("{path}[{k}]"),
                value: v.clone(),
            });
        }
        // The anchor itself is equal but for positional fields (an index that moved).
        if let (Some(x), Some(y)) = (e.get(pi), a.get(pj)) {
            diff_at(&format!("{path}[{pj}]"), x, y, out);
        }
        (i, j) = (pi + 1, pj + 1);
    }
}

/// Fields that number an item or point at another by position: they all move when
/// one sentence or attribution is added before them, so items are aligned without them.
const POSITIONAL: &[&str] = &["index", "paragraph", "parent", "sentence"];

/// Whether two array items are the same item, positional fields aside.
fn same_item(x: &Value, y: &Value) -> bool {
    match (x, y) {
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter().all(|(k, v)| match y.get(k) {
                    Some(w) => v == w || positional(k, v, w),
                    None => false,
                })
        }
        _ => x == y,
    }
}

/// Whether a field's two values differ only as positions do: an index, or a
/// numbered id such as `t3` (actor ids are names and must match).
fn positional(key: &str, x: &Value, y: &Value) -> bool {
    let numbered = |v: &Value| {
        v.as_str().is_some_and(|s| {
            let mut cs = s.chars();
            cs.next().is_some_and(|c| c.is_ascii_lowercase())
                && !cs.as_str().is_empty()
                && cs.all(|c| c.is_ascii_digit())
        })
    };
    POSITIONAL.contains(&key) || key == "id" && numbered(x) && numbered(y)
}

/// Folds runs of numbers (or numbered ids, `t3`) that all moved by the same amount at
/// the same place (`sentences[*].index`) into one [`Change::Shifted`].
fn fold_shifts(changes: Vec<Change>) -> Vec<Change> {
    let key = |c: &Change| match c {
        Change::Changed {
            path,
            expected,
            actual,
        } => {
            let delta = number(actual)?.checked_sub(number(expected)?)?;
            Some((pattern(path), delta))
        }
        _ => None,
    };
    let mut counts: BTreeMap<(String, i64), usize> = BTreeMap::new();
    for k in changes.iter().filter_map(key) {
        *counts.entry(k).or_default() += 1;
    }
    let mut out = Vec::with_capacity(changes.len());
    for change in changes {
        let Some(k) = key(&change).filter(|k| counts.get(k).is_some_and(|&n| n >= SHIFT_RUN))
        else {
            out.push(change);
            continue;
        };
        // The first of the run stands for all of it; the count is then spent.
        if let Some(count) = counts
            .insert(k.clone(), usize::MAX)
            .filter(|&n| n != usize::MAX)
        {
            out.push(Change::Shifted {
                pattern: k.0,
                count,
                delta: k.1,
            });
        }
    }
    out
}

/// An integer, or the number of a numbered id (`t3` → 3).
fn number(v: &Value) -> Option<i64> {
    match v {
        Value::String(s) if positional("id", v, v) => s.get(1..)?.parse().ok(),
        _ => v.as_i64(),
    }
}

/// Fewest equal moves folded into one line.
const SHIFT_RUN: usize = 3;

/// `actors[3].mentions[12].sentence` → `actors[*].mentions[*].sentence`.
fn pattern(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push_str("[*]");
            }
            ']' => in_index = false,
            _ if !in_index => out.push(c),
            _ => {}
        }
    }
    out
}

/// Index pairs of equal items, in order: a longest common subsequence of what lies
/// between the common prefix and suffix. Very long differing stretches fall back to
/// the prefix and suffix alone (their items then pair off by position).
fn align(e: &[Value], a: &[Value]) -> Vec<(usize, usize)> {
    let pre = e.iter().zip(a).take_while(|(x, y)| same_item(x, y)).count();
    let suf = e[pre..]
        .iter()
        .rev()
        .zip(a[pre..].iter().rev())
        .take_while(|(x, y)| same_item(x, y))
        .count();
    let (me, ma) = (&e[pre..e.len() - suf], &a[pre..a.len() - suf]);
    let mut pairs: Vec<(usize, usize)> = (0..pre).map(|k| (k, k)).collect();
    if me.len().saturating_mul(ma.len()) <= 4_000_000 {
        pairs.extend(lcs(me, ma).into_iter().map(|(x, y)| (x + pre, y + pre)));
    }
    let (de, da) = (e.len() - suf, a.len() - suf);
    pairs.extend((0..suf).map(|k| (de + k, da + k)));
    pairs
}

fn lcs(e: &[Value], a: &[Value]) -> Vec<(usize, usize)> {
    let (n, m) = (e.len(), a.len());
    // table[i][j]: LCS length of e[i..] and a[j..].
    let mut table = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if same_item(&e[i], &a[j]) {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n && j < m {
        if same_item(&e[i], &a[j]) {
            out.push((i, j));
            (i, j) = (i + 1, j + 1);
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests;
