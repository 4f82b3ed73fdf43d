//! Types spread across segments: all name segments with their types in, more types
//! out. A multi-word name whose last word also stands alone in the article is a person
//! (`actor/name/surname-reuse`); an untyped name coordinated with an organisation is one
//! (`actor/name/coordination`). Single segments are typed in [`super::kinds`].

use super::doc::Doc;
use super::kinds::{words_into, Type, Typed};
use super::names::Seg;
use super::registry::Gender;
use crate::document::ActorKind;
use crate::lexicon::classes::Fast;
use crate::tokens::{Kind, Tags};

/// Multi-word names no rule typed from their own words, whose last word stands alone
/// elsewhere in the article while their first does not ("Hillary Clinton" … "Clinton
/// said"), are people: articles shorten people to the surname, organisations to the
/// first word ("Northwind").
pub fn surname_reuse(doc: &Doc, segs: &[Seg], types: &mut [Option<Typed>]) {
    let weak = |t: &Option<Typed>| {
        t.is_none_or(|t| {
            matches!(t.ty, Type::Actor(k) if k != ActorKind::Person) && !t.rule_is_lexical()
        })
    };
    // The lone words are counted only for an article with a name to retype.
    if !segs
        .iter()
        .zip(types.iter())
        .any(|(g, t)| g.end >= g.start + 2 && weak(t))
    {
        return;
    }
    // Sized for every lone word up front: growing rehashes the table several times.
    let lone = segs.iter().filter(|g| g.end == g.start + 1).count();
    let mut alone_count: std::collections::HashMap<&str, usize, Fast> =
        std::collections::HashMap::with_capacity_and_hasher(lone, Fast::default());
    for g in segs {
        if g.end == g.start + 1 && !modifies_noun(doc, g.end) && !placed(doc, g.start, g.end) {
            *alone_count.entry(doc.toks[g.start].low()).or_insert(0) += 1;
        }
    }
    // "Rovers chairman Colin Ashdown": a lone word before a lower-case title names the
    // body the title belongs to, so it is no surname.
    let body_words: Vec<&str> = segs
        .iter()
        .filter(|g| g.end == g.start + 1 && g.role.is_none())
        .filter(|g| doc.is(g.end, Tags::TITLE) && !doc.is(g.end, Tags::CAP))
        .map(|g| doc.toks[g.start].low())
        .collect();
    let alone = |w: &str| alone_count.get(w).copied().unwrap_or(0);
    let mut ws = Vec::new();
    for (g, t) in segs.iter().zip(types.iter_mut()) {
        if !weak(t) || g.end < g.start + 2 {
            continue;
        }
        words_into(doc, g, &mut ws);
        if ws.len() < 2
            || ws.iter().any(|&k| {
                doc.is(
                    k,
                    Tags::FUNCTION
                        | Tags::COUNTRY
                        | Tags::DEMONYM
                        | Tags::ALL_CAPS
                        | Tags::GROUP_NOUN,
                )
            })
        {
            continue;
        }
        // "told reporters in Puerto Aysén": a name right after "in" is a place's.
        if placed(doc, g.start, g.end) {
            continue;
        }
        let (first, last) = (ws[0], ws[ws.len() - 1]);
        // "Kent County Republican": a party word is no surname; "West Midlands",
        // "South Yorkshire": a compass word opens a region's name, no given name.
        if doc.is(last, Tags::PARTY) || COMPASS.contains(&doc.toks[first].lower) {
            continue;
        }
        let (l, f) = (alone(doc.toks[last].lower), alone(doc.toks[first].lower));
        if l > 0 && l >= f && !body_words.contains(&doc.toks[last].low()) {
            *t = Some(Typed {
                ty: Type::Actor(ActorKind::Person),
                rule: "actor/name/surname-reuse",
                gender: Gender::Unknown,
                lexical: false,
            });
        }
    }
}

/// Whether the name over tokens `s..e` is used as a place: right after "in", "near" or "the"
/// (no possessive: "in Clinton's view", "in Davis' column"), or before a lower-case noun of a place ("the
/// Aysén region", "Bexley county").
fn placed(doc: &Doc, s: usize, e: usize) -> bool {
    // ("the Blue Nile", "The Nile is …": a person's name takes no article, unless it
    // modifies a noun: "the Ilka Kerr column", "the Sanders supporters".)
    let modifier = doc.get(e).is_some_and(|t| {
        t.kind == Kind::Word
            && !t
                .tags
                .has(Tags::CAP | Tags::AUX | Tags::VERB | Tags::FUNCTION)
    });
    let after_in = s > 0
        && (doc.word(s - 1, "in")
            || doc.word(s - 1, "near")
            || (doc.word(s - 1, "the") && !modifier))
        && !doc.is(e - 1, Tags::POSSESSIVE)
        && !doc.get(e).is_some_and(|t| matches!(t.lower, "'" | "’"));
    let place_noun = !doc.is(e, Tags::CAP)
        && doc.get(e).is_some_and(|t| {
            matches!(
                t.lower,
                "region" | "province" | "county" | "district" | "state" | "valley" | "city"
            )
        });
    after_in || place_noun
}

/// Words of direction that open a region's name ("West Midlands", "Northern Cape").
const COMPASS: [&str; 20] = [
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "upper",
    "lower",
    "greater",
];

/// Whether token `k`, right after a capitalised word, is a lower-case noun for a kind
/// of body, which the word modifies ("Water company fined"): the word is then a common
/// noun, no surname or short name. Nouns for people are not such ("Sanders
/// supporters" still reuses the surname).
pub fn modifies_noun(doc: &Doc, k: usize) -> bool {
    doc.is(k, Tags::DESC)
        && !doc.is(k, Tags::GROUP_NOUN)
        && !doc.is(k, Tags::CAP | Tags::TITLE)
        && doc.same_sent(k.saturating_sub(1), k)
}

/// Spreads the organisation type over coordinations ("Changan and JMC", "both Ford and
/// Xiaomi"): an untyped segment joined by "and", "or" or a comma to a typed
/// organisation becomes one.
pub fn coordinate(doc: &Doc, segs: &[Seg], types: &mut [Option<Typed>]) {
    for _ in 0..2 {
        for a in 0..segs.len().saturating_sub(1) {
            let b = a + 1;
            if !joined(doc, segs[a].end, segs[b].start) {
                continue;
            }
            // "a new unit near Safi, and Agrosul will take a stake": ", and" between a
            // place after a preposition and a new clause's subject joins clauses.
            let clauses = segs[b].start == segs[a].end + 2
                && segs[a].start > 0
                && doc.is(segs[a].start - 1, Tags::PREP)
                && doc.is(segs[b].end, Tags::AUX | Tags::VERB);
            if clauses {
                continue;
            }
            // "the chief executive of Quillo, Omar Haddad, said": a comma alone joins
            // list items only where the list goes on ("Ostra, Belmo and Quillo").
            let comma_only = segs[b].start == segs[a].end + 1 && doc.punct(segs[a].end, ",");
            if comma_only && !list_goes_on(doc, segs[b].end) {
                continue;
            }
            let org = |t: &Option<Typed>| {
                matches!(
                    t,
                    Some(Typed {
                        ty: Type::Actor(ActorKind::Organization),
                        ..
                    })
                )
            };
            let spread = Typed {
                ty: Type::Actor(ActorKind::Organization),
                rule: "actor/name/coordination",
                gender: Gender::Unknown,
                lexical: false,
            };
            if org(&types[a]) && types[b].is_none() {
                types[b] = Some(spread);
            } else if org(&types[b]) && types[a].is_none() {
                types[a] = Some(spread);
            }
        }
    }
}

/// Whether a list continues after a item ending at `e`: "and", "or", or a comma and
/// another name or "and".
fn list_goes_on(doc: &Doc, e: usize) -> bool {
    doc.word(e, "and")
        || doc.word(e, "or")
        || (doc.punct(e, ",") && (doc.word(e + 1, "and") || doc.is(e + 1, Tags::CAP)))
}

/// Whether the tokens `end..start` between two segments are "and", "or", "," or
/// ", and" (the gap's length is tested first: it may span the article).
fn joined(doc: &Doc, end: usize, start: usize) -> bool {
    let word = |k: usize| doc.toks[k].low();
    let gap = match start.checked_sub(end) {
        Some(1) => matches!(word(end), "and" | "or" | ","),
        Some(2) => word(end) == "," && word(end + 1) == "and",
        _ => false,
    };
    gap && doc.same_sent(end.saturating_sub(1), start)
}
