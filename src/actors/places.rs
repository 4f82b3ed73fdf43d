//! Places and headline words: the tagged document and the typed segments in, fewer
//! false organisations out.
//!
//! - `actor/place/dateline`: the capitalised place that opens a wire dateline
//!   ("MARENBURG, Jan. 14 (Reuters) -", "SAN JOSE, Calif. -") is a place. A name typed
//!   an organisation only by its context ("Marenburg's largest party") is that place
//!   acting, so it becomes a government, as a country would.
//! - `actor/place/headline-only`: an actor named only in the headline ("Senate rivals
//!   clash …" where the body never names the Senate) is dropped: a headline is
//!   telegraphic, its words are often modifiers, and every actor the article is about
//!   comes back in the body.
//!
//! - the dateline itself (place, date, agency) holds no antecedent for a pronoun, and
//!   its place is no short name of a body ("LEEDS" is not "Leeds Crown Court").
//!
//! None of these rules creates actors.

use super::doc::Doc;
use super::kinds::{Type, Typed};
use super::names::Seg;
use super::registry::Registry;
use crate::document::ActorKind;
use crate::tokens::{Kind, Tags};

/// Datelines: (first token, tokens in the place, token after the dash) for each
/// sentence that opens with an all-capitals run of one to three words, then a comma or
/// an opening parenthesis, and a dash within twelve tokens ("LONDON (AP) —",
/// "SAN JOSE, Calif., Sept. 9 (Reuters) -").
pub fn datelines(doc: &Doc) -> Vec<(usize, usize, usize)> {
    // A dateline opens with an all-capitals word: other sentences are skipped whole.
    doc.sents_with(Tags::ALL_CAPS)
        .filter_map(|r| dateline_at(doc, r.start, r.end).map(|(run, end)| (r.start, run, end)))
        .collect()
}

/// The dateline opening the sentence over tokens `a..e`, if any: (tokens in the place,
/// token after the dash).
pub fn dateline_at(doc: &Doc, a: usize, e: usize) -> Option<(usize, usize)> {
    let run = (a..e.min(a + 4))
        .take_while(|&k| doc.toks[k].kind == Kind::Word && doc.is(k, Tags::ALL_CAPS))
        .count();
    let dash_at = |k: usize| ["-", "—", "–"].iter().any(|p| doc.punct(k, p));
    // ("EXETER — Marden Vale Water has been fined": the place, then the dash.)
    let bare = run > 0 && dash_at(a + run);
    if run == 0 || run > 3 || !(bare || doc.punct(a + run, ",") || doc.punct(a + run, "(")) {
        return None;
    }
    if !doc.toks[a..a + run].iter().any(|t| t.lower.len() > 3) {
        return None;
    }
    if bare {
        return Some((run, a + run + 1));
    }
    let dash = (a + run..e.min(a + run + 13)).find(|&k| dash_at(k))?;
    Some((run, dash + 1))
}

/// Whether token `k` lies in one of `datelines` (place, date and agency, up to the
/// dash): nothing there is the topic of the story, so no pronoun refers to it.
pub fn in_dateline(datelines: &[(usize, usize, usize)], k: usize) -> bool {
    // They come in text order, at most one a sentence, so apart: the last one opening
    // at or before `k` is the only one that can hold it. A search, not a scan of them
    // all, which made a long text of datelines quadratic.
    let at = datelines.partition_point(|&(a, _, _)| a <= k);
    at.checked_sub(1)
        .is_some_and(|i| k < datelines.get(i).map_or(0, |d| d.2))
}

/// Keys of the places that open `datelines` (as [`datelines`] gives them).
pub fn dateline_places(doc: &Doc, datelines: &[(usize, usize, usize)]) -> Vec<String> {
    let mut out: Vec<String> = datelines
        .iter()
        .map(|&(a, run, _)| doc.key(a, a + run))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Retypes segments named like a dateline place (of `datelines`) that their context
/// made an organisation: they are the place acting, a government.
pub fn retype_places(
    doc: &Doc,
    segs: &[Seg],
    types: &mut [Option<Typed>],
    datelines: &[(usize, usize, usize)],
) {
    let places = dateline_places(doc, datelines);
    if places.is_empty() {
        return;
    }
    // One key buffer for every segment, not one allocation a segment.
    let mut key = String::new();
    for (g, t) in segs.iter().zip(types.iter_mut()) {
        let Some(t) = t else { continue };
        let org = t.ty == Type::Actor(ActorKind::Organization) && !t.rule_is_lexical();
        if !org {
            continue;
        }
        doc.key_into(g.start, g.end, &mut key);
        if places.binary_search(&key).is_ok() {
            t.ty = Type::Actor(ActorKind::Government);
        }
    }
}

/// Drops the mentions of actors named only in headline sentences (`headline[s]`),
/// unless another actor is affiliated to them or they are people: a capitalised
/// headline makes bodies of common words ("Senate rivals clash"), but a person's name
/// there ("Mayor Lena Ortiz: …") is one.
pub fn drop_headline_only(reg: &mut Registry, headline: &[bool]) {
    let in_headline = |s: usize| headline.get(s).copied().unwrap_or(false);
    let owners: Vec<usize> = reg.entries.iter().filter_map(|e| e.affiliation).collect();
    for (i, e) in reg.entries.iter_mut().enumerate() {
        let only = !e.mentions.is_empty() && e.mentions.iter().all(|m| in_headline(m.sentence));
        if only && !owners.contains(&i) && e.kind != ActorKind::Person {
            e.mentions.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::actors::tests::actors_of;
    use crate::Config;

    #[test]
    fn a_token_is_in_a_dateline_from_its_first_token_to_the_dash() {
        let datelines = [(0, 1, 6), (20, 2, 28), (40, 1, 41)];
        let scan = |k: usize| datelines.iter().any(|&(a, _, e)| a <= k && k < e);
        for k in 0..50 {
            assert_eq!(super::in_dateline(&datelines, k), scan(k), "token {k}");
        }
        assert!(!super::in_dateline(&[], 0));
    }

    /// (text, expected actors as "name kind").
    #[test]
    fn places_and_headlines() {
        let cases: &[(&str, &[&str])] = &[
            (
                "VARDEN, May 2 (Reuters) - Varden's ruling party fell. Ola Berg said so.",
                &["Varden Government", "Reuters Media", "Ola Berg Person"],
            ),
            (
                "Senate rivals clash over tax\n\nOla Berg said the tax would rise.",
                &["Ola Berg Person"],
            ),
            (
                "Zenco weighs sale\n\nZenco said on Monday it would sell a unit.",
                &["Zenco Organization"],
            ),
            (
                "OSTRA, May 2 (Reuters) - Zenco Inc. said it would cut jobs at Ostra Crown Court.",
                &[
                    "Reuters Media",
                    "Zenco Organization",
                    "Ostra Crown Court Organization",
                ],
            ),
            // An all-caps opening with no date is no dateline ("NATO" itself is a
            // known body, so an unknown one stands in for it; "the alliance" types
            // it).
            (
                "KELDA, the alliance, said Varden's party fell.",
                &["KELDA Organization", "Varden Organization"],
            ),
            (
                "NATO, the alliance, said Varden's party fell.",
                &["NATO Government", "Varden Organization"],
            ),
        ];
        for &(text, want) in cases {
            let a = actors_of(text, &Config::default());
            let got: Vec<String> = a
                .actors
                .iter()
                .map(|x| format!("{} {:?}", x.name, x.kind))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
