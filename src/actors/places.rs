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
//! Neither rule creates actors.

use super::doc::Doc;
use super::kinds::{Type, Typed};
use super::names::Seg;
use super::registry::Registry;
use crate::document::ActorKind;
use crate::tokens::{Kind, Tags};

/// Keys of the places that open a dateline: an all-capitals run of one to three words
/// at the start of a sentence, then a comma or an opening parenthesis, and a dash or
/// an opening parenthesis within ten tokens ("LONDON (AP) —").
pub fn dateline_places(doc: &Doc) -> Vec<String> {
    let mut out = Vec::new();
    for &(a, e) in &doc.sents {
        let run = (a..e.min(a + 4))
            .take_while(|&k| doc.toks[k].kind == Kind::Word && doc.is(k, Tags::ALL_CAPS))
            .count();
        if run == 0 || run > 3 || !(doc.punct(a + run, ",") || doc.punct(a + run, "(")) {
            continue;
        }
        let long = doc.toks[a..a + run].iter().any(|t| t.lower.len() > 3);
        let dash = (a + run..e.min(a + run + 11))
            .any(|k| ["-", "—", "–", "("].iter().any(|p| doc.punct(k, p)));
        if long && dash {
            out.push(doc.key(a, a + run));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Retypes segments named like a dateline place that their context made an
/// organisation: they are the place acting, a government.
pub fn retype_places(doc: &Doc, segs: &[Seg], types: &mut [Option<Typed>]) {
    let places = dateline_places(doc);
    if places.is_empty() {
        return;
    }
    for (g, t) in segs.iter().zip(types.iter_mut()) {
        let Some(t) = t else { continue };
        let org = t.ty == Type::Actor(ActorKind::Organization) && !t.rule_is_lexical();
        if org && places.binary_search(&doc.key(g.start, g.end)).is_ok() {
            t.ty = Type::Actor(ActorKind::Government);
        }
    }
}

/// Drops the mentions of actors named only in headline sentences (`headline[s]`),
/// unless another actor is affiliated to them.
pub fn drop_headline_only(reg: &mut Registry, headline: &[bool]) {
    let in_headline = |s: usize| headline.get(s).copied().unwrap_or(false);
    let owners: Vec<usize> = reg.entries.iter().filter_map(|e| e.affiliation).collect();
    for (i, e) in reg.entries.iter_mut().enumerate() {
        let only = !e.mentions.is_empty() && e.mentions.iter().all(|m| in_headline(m.sentence));
        if only && !owners.contains(&i) {
            e.mentions.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::actors::tests::actors_of;
    use crate::Config;

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
                "NATO, the alliance, said Varden's party fell.",
                &["Varden Organization"],
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
