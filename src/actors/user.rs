//! The user's lexicon: `config.lexicon.actors` and `not_actors` in, known actors and
//! vetoed tokens out. A known actor is found wherever its name or an alias appears
//! (`actor/user/lexicon`), with its kind, role and affiliation as given; a
//! `not_actors` entry is never an actor (its tokens are taken from every rule).

use super::doc::Doc;
use super::registry::Registry;
use crate::lexicon::user::UserLexicon;
use crate::tokens::{self, Kind};

/// Lower-cased words of a phrase, as the token layer would key them.
fn words(phrase: &str) -> Vec<String> {
    let span = crate::span::Span::new(0, phrase.len());
    tokens::tokenize(phrase, span)
        .into_iter()
        .filter(|t| matches!(t.kind, Kind::Word | Kind::Number))
        .map(|t| tokens::lower(tokens::strip_possessive(t.text(phrase))))
        .collect()
}

/// Token ranges where `phrase` occurs.
fn occurrences(doc: &Doc, phrase: &[String]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if phrase.is_empty() {
        return out;
    }
    let mut i = 0;
    while i + phrase.len() <= doc.toks.len() {
        let hit = phrase
            .iter()
            .enumerate()
            .all(|(k, w)| doc.toks[i + k].lower == *w)
            && doc.same_sent(i, i + phrase.len() - 1);
        if hit {
            out.push((i, i + phrase.len()));
            i += phrase.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Applies the user lexicon: vetoes first, then known actors.
pub fn apply(doc: &Doc, lex: &UserLexicon, reg: &mut Registry, skip: &mut [bool]) {
    for n in &lex.not_actors {
        for (s, e) in occurrences(doc, &words(n)) {
            skip[s..e].iter_mut().for_each(|x| *x = true);
        }
    }
    let mut made = Vec::new();
    for a in &lex.actors {
        let key = words(&a.name).join(" ");
        let i = reg.add(&a.name, &key, a.kind);
        reg.entries[i].role = a.role.clone();
        made.push(i);
        let mut forms: Vec<Vec<String>> = std::iter::once(&a.name)
            .chain(&a.aliases)
            .map(|f| words(f))
            .collect();
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        for f in &forms {
            reg.alias(&f.join(" "), i);
            for (s, e) in occurrences(doc, f) {
                if skip[s..e].iter().any(|&x| x) {
                    continue;
                }
                reg.mention(
                    i,
                    doc.toks[s].sent,
                    doc.name_span(s, e),
                    "actor/user/lexicon",
                );
                skip[s..e].iter_mut().for_each(|x| *x = true);
            }
        }
    }
    for (a, &i) in lex.actors.iter().zip(&made) {
        if let Some(aff) = &a.affiliation {
            reg.entries[i].affiliation = reg.get(&words(aff).join(" "));
        }
    }
}
