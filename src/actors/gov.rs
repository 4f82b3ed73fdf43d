//! Administrations and bodies named after someone: tagged tokens in, government actors
//! (and campaigns) out. "the Trump administration" and "Trump officials" are the Trump
//! administration (`actor/gov/administration`), not Trump; "Northvale's school board
//! voted" is a body of its own (`actor/gov/possessive-body`); "the Vale campaign said"
//! is the Vale campaign, an organisation (`actor/org/campaign`). Runs before names, so the tokens it takes
//! are not read again as a person's surname.

use super::doc::Doc;
use super::registry::Registry;
use crate::document::ActorKind;
use crate::tokens::{Kind, Tags};

/// The capitalised words right before token `j` (at most three), as a token range.
/// ("Two government officials said": a determiner or number opening the sentence is
/// no name.)
fn name_before(doc: &Doc, j: usize, skip: &[bool]) -> Option<(usize, usize)> {
    let mut s = j;
    while s > 0
        && j - s < 3
        && doc.same_sent(s - 1, j)
        && !skip[s - 1]
        && doc.is(s - 1, Tags::CAP)
        && !doc.is(
            s - 1,
            Tags::FUNCTION | Tags::DEMONYM | Tags::TITLE | Tags::POSSESSIVE | Tags::DET,
        )
        && !(doc.starts_sentence(s - 1) && doc.is(s - 1, Tags::DESC))
    {
        s -= 1;
    }
    (s < j).then_some((s, j))
}

/// "X administration" or "X government" and then "X officials": one government actor
/// named "X administration" ("X government"). A country or nationality before
/// "government" is the country's own actor, not this rule's.
pub fn administrations(doc: &Doc, reg: &mut Registry, skip: &mut [bool]) {
    let mut found: Vec<(String, usize)> = Vec::new();
    for j in doc.tokens_with(Tags::GOV_HEAD) {
        let t = &doc.toks[j];
        if !t.tags.has(Tags::GOV_HEAD) || t.tags.has(Tags::CAP) || skip[j] {
            continue;
        }
        let noun = t.low();
        if noun != "administration" && noun != "government" {
            continue;
        }
        let Some((s, _)) = name_before(doc, j, skip) else {
            continue;
        };
        // "a Coalition government would commit …": one that may come, no actor.
        let indefinite = s > 0 && (doc.word(s - 1, "a") || doc.word(s - 1, "an"));
        if indefinite || (s..j).any(|k| doc.is(k, Tags::COUNTRY | Tags::MONTH)) {
            continue;
        }
        let name = format!("{} {noun}", doc.name_text(s, j));
        let key = format!("{} {noun}", doc.key(s, j));
        let i = reg.add(&name, &key, ActorKind::Government);
        reg.mention(
            i,
            doc.toks[j].sent,
            doc.span(s, j + 1),
            "actor/gov/administration",
        );
        skip[s..=j].iter_mut().for_each(|x| *x = true);
        found.push((doc.key(s, j), i));
    }
    // Most articles name no administration: nothing for "officials" to join.
    if found.is_empty() {
        return;
    }
    // By key, the earliest first: one search an "officials", not a scan of every
    // administration (which made a long text of many quadratic).
    let mut by_key: Vec<(&str, usize)> = found.iter().map(|(k, i)| (k.as_str(), *i)).collect();
    by_key.sort_by(|a, b| a.0.cmp(b.0));
    for j in doc.tokens_with(Tags::GROUP_NOUN) {
        let t = &doc.toks[j];
        if !t.tags.has(Tags::GROUP_NOUN) || skip[j] || t.lower != "officials" {
            continue;
        }
        let Some((s, _)) = name_before(doc, j, skip) else {
            continue;
        };
        let stem = doc.key(s, j);
        let at = by_key.partition_point(|&(k, _)| k < stem.as_str());
        if let Some(&(_, i)) = by_key.get(at).filter(|&&(k, _)| k == stem) {
            reg.mention(
                i,
                doc.toks[j].sent,
                doc.span(s, j + 1),
                "actor/gov/administration",
            );
            skip[s..=j].iter_mut().for_each(|x| *x = true);
        }
    }
}

/// "The Ishikawa prefectural assembly approved …", "the Ontario provincial government":
/// a place's name, a lower-case word of the level of government and a body's noun
/// name a government body of their own (a country's is the country's, left to the
/// country rules).
pub fn level_bodies(doc: &Doc, reg: &mut Registry, skip: &mut [bool]) {
    const LEVELS: [&str; 6] = [
        "prefectural",
        "provincial",
        "regional",
        "municipal",
        "county",
        "state",
    ];
    const BODIES: [&str; 5] = [
        "assembly",
        "government",
        "council",
        "legislature",
        "parliament",
    ];
    for j in doc.tokens_with(Tags::GOV_HEAD) {
        let t = &doc.toks[j];
        if !BODIES.contains(&t.low()) || t.tags.has(Tags::CAP) || skip[j] || j < 2 {
            continue;
        }
        let level = j - 1;
        if !LEVELS.contains(&doc.toks[level].low())
            || doc.is(level, Tags::CAP)
            || skip[level]
            || !doc.same_sent(level, j)
        {
            continue;
        }
        let Some((s, _)) = name_before(doc, level, skip) else {
            continue;
        };
        if (s..level).any(|k| doc.is(k, Tags::COUNTRY | Tags::MONTH | Tags::POSSESSIVE)) {
            continue;
        }
        let name = doc.span(s, j + 1).text(doc.text);
        let key = crate::tokens::lower(name);
        let i = reg.add(name, &key, ActorKind::Government);
        reg.mention(i, t.sent, doc.span(s, j + 1), "actor/gov/level-body");
        skip[s..=j].iter_mut().for_each(|x| *x = true);
    }
}

/// "the Harrington campaign said", "Mr. Vale's campaign, which …": a candidate's campaign
/// is an organisation of its own, named "Harrington campaign" (`actor/org/campaign`).
/// Only after "the" or a possessive name, and only where "campaign" ends the noun
/// phrase ("the Harrington campaign manager" is a role, "a Twitter campaign" no body).
/// The name's words are taken, as the administration's are; a possessive owner stays a
/// mention of its own.
pub fn campaigns(doc: &Doc, reg: &mut Registry, skip: &mut [bool]) {
    // ("campaign" is a description noun.)
    for j in doc.tokens_with(Tags::DESC) {
        let t = &doc.toks[j];
        if t.lower != "campaign" || t.tags.has(Tags::CAP) || skip[j] {
            continue;
        }
        let n = j + 1;
        let ends = t.tags.has(Tags::POSSESSIVE)
            || doc.get(n).is_none_or(|f| {
                !doc.same_sent(j, n)
                    || f.kind != Kind::Word
                    || (!f.tags.has(Tags::CAP)
                        && (f.tags.has(Tags::FUNCTION | Tags::AUX)
                            || f.tags.has(Tags::VERB)
                            || f.lower.ends_with("ed")))
            });
        if !ends || j == 0 {
            continue;
        }
        let owner = j - 1;
        let possessive = doc.is(owner, Tags::POSSESSIVE) && doc.is(owner, Tags::CAP);
        let (s, e) = if possessive {
            (
                name_before(doc, owner, skip).map_or(owner, |(s, _)| s),
                owner + 1,
            )
        } else {
            match name_before(doc, j, skip) {
                Some((s, _)) if s > 0 && doc.word(s - 1, "the") => (s, j),
                _ => continue,
            }
        };
        if (s..e).any(|k| doc.is(k, Tags::COUNTRY | Tags::MONTH | Tags::MEDIA)) {
            continue;
        }
        let name = format!("{} campaign", doc.name_text(s, e));
        let key = format!("{} campaign", doc.key(s, e));
        let i = reg.add(&name, &key, ActorKind::Organization);
        reg.mention(i, t.sent, doc.span(s, j + 1), "actor/org/campaign");
        let from = if possessive { owner + 1 } else { s };
        skip[from..=j].iter_mut().for_each(|x| *x = true);
    }
}

/// "Northvale Unified's school board voted": a body named with its owner's possessive,
/// when it acts (a verb follows).
pub fn possessive_bodies(doc: &Doc, reg: &mut Registry, skip: &mut [bool]) {
    const BODIES: [&str; 9] = [
        "agency",
        "board",
        "cabinet",
        "council",
        "committee",
        "delegation",
        "department",
        "government",
        "ministry",
    ];
    for p in doc.tokens_with(Tags::POSSESSIVE) {
        let t = &doc.toks[p];
        if !t.tags.has(Tags::POSSESSIVE) || !t.tags.has(Tags::CAP) || skip[p] {
            continue;
        }
        let head = if doc.get(p + 1).is_some_and(|t| BODIES.contains(&t.low())) {
            p + 1
        } else if doc.get(p + 2).is_some_and(|t| BODIES.contains(&t.low()))
            && doc
                .get(p + 1)
                .is_some_and(|t| t.kind == Kind::Word && !t.tags.has(Tags::CAP | Tags::FUNCTION))
        {
            p + 2
        } else {
            continue;
        };
        if !doc.same_sent(p, head) {
            continue;
        }
        let s = name_before(doc, p, skip).map_or(p, |(s, _)| s);
        // ("The Bank of Mexico's board": the last word of a name with "of" in it.)
        if s >= 2 && doc.word(s - 1, "of") && doc.is(s - 2, Tags::CAP) && doc.same_sent(s - 2, p) {
            continue;
        }
        // It acts, or it is an agent ("an assessment by Tamil Nadu's agriculture
        // department").
        let agent = s > 0 && doc.word(s - 1, "by");
        if !(agent || super::kinds::body_acts(doc, head + 1)) {
            continue;
        }
        // "Nova Scotia's government", "Britain's government": a country's (or
        // province's) government is the country.
        if doc.word(head, "government") {
            if let Some((c, name)) = country(doc, s, p + 1) {
                let i = reg
                    .get(c)
                    .unwrap_or_else(|| reg.add(&name, c, ActorKind::Government));
                reg.mention(
                    i,
                    doc.toks[p].sent,
                    doc.span(s, head + 1),
                    "actor/gov/country-government",
                );
                // ("… the government said": the same.)
                reg.add_head(i, "government");
                skip[s..=head].iter_mut().for_each(|x| *x = true);
                continue;
            }
        }
        let name = doc.span(s, head + 1).text(doc.text);
        // Keyed with the possessive, so "Northvale Unified" is not a short name of it.
        let key = crate::tokens::lower(name);
        let i = reg.add(name, &key, ActorKind::Government);
        reg.mention(
            i,
            doc.toks[p].sent,
            doc.span(s, head + 1),
            "actor/gov/possessive-body",
        );
        skip[p + 1..=head].iter_mut().for_each(|x| *x = true);
    }
}

/// "the governor's office denied", "Mayor Ana Ruiz's office said", "the federal
/// prosecutor's office in Santarém": the office of a title or of a named person that
/// acts or is cited is a government body of its own, with the place after it.
pub fn offices(doc: &Doc, reg: &mut Registry, skip: &mut [bool]) {
    for p in doc.tokens_with(Tags::POSSESSIVE) {
        let t = &doc.toks[p];
        if !t.tags.has(Tags::POSSESSIVE) || skip[p] || !doc.word(p + 1, "office") {
            continue;
        }
        if !doc.same_sent(p, p + 1) {
            continue;
        }
        let title = t.tags.has(Tags::TITLE);
        let named = t.tags.has(Tags::CAP)
            && !t.tags.has(
                Tags::FUNCTION
                    | Tags::COUNTRY
                    | Tags::DEMONYM
                    | Tags::MEDIA
                    | Tags::ORG_HEAD
                    | Tags::GOV_HEAD,
            );
        if !(title || named) {
            continue;
        }
        // The title's modifiers and the name's words before the possessive.
        let mut s = p;
        while s > 0
            && p - s < 4
            && doc.same_sent(s - 1, p)
            && !skip[s - 1]
            && (doc.is(s - 1, Tags::TITLE | Tags::ROLE_MOD)
                || (doc.is(s - 1, Tags::CAP) && !doc.is(s - 1, Tags::FUNCTION | Tags::POSSESSIVE)))
            && doc.toks[s - 1].kind == Kind::Word
        {
            s -= 1;
        }
        let mut e = p + 2;
        // "… office in Santarém": the place it sits in, up to three capitalised words.
        if doc.word(e, "in") && doc.same_sent(p, e + 1) && doc.is(e + 1, Tags::CAP) {
            let mut k = e + 1;
            while k < e + 4
                && doc.same_sent(p, k)
                && doc.is(k, Tags::CAP)
                && !doc.is(k, Tags::FUNCTION | Tags::MONTH)
                && doc.toks[k].kind == Kind::Word
            {
                k += 1;
            }
            // ("… office in August": no place.)
            if k > e + 1 {
                e = k;
            }
        }
        // It acts, or it is cited ("according to the governor's office"); "a source in
        // the minister's office" is placed by it, and words inside a quote are left.
        // ("drawn up by the prosecutor's office", "the prosecutor's office, which
        // says": an agent, or the subject of a relative clause.)
        let cited = s >= 3
            && doc.word(s - 1, "the")
            && doc.word(s - 2, "to")
            && doc.word(s - 3, "according");
        let agent = s >= 2 && doc.word(s - 1, "the") && doc.word(s - 2, "by");
        let relative = doc.punct(e, ",") && doc.word(e + 1, "which");
        if !(cited || agent || relative || super::kinds::verb_follows(doc, e, true)) || t.quoted {
            continue;
        }
        let name = doc.name_text(s, e);
        let key = crate::tokens::lower(name);
        let i = reg.add(name, &key, ActorKind::Government);
        reg.mention(i, t.sent, doc.span(s, e), "actor/gov/office");
        skip[s..e].iter_mut().for_each(|x| *x = true);
    }
}

/// The canonical country the name `s..e` spells (its possessive left out), and the
/// name to register it under: as written where it spells the canonical form.
fn country(doc: &Doc, s: usize, e: usize) -> Option<(&'static str, String)> {
    let written = doc.name_text(s, e);
    let lower = crate::tokens::lower(written);
    let words: Vec<&str> = lower.split(' ').collect();
    match crate::lexicon::classes::phrase_at(&words) {
        Some((n, crate::lexicon::classes::Phrase::Country, c)) if n == words.len() => {
            Some((c, super::link::country_name(written, &lower, c)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::doc::tests::doc;

    #[test]
    fn administration_and_officials() {
        let s = "Kessler officials met. The Kessler administration said no. Kessler spoke.";
        let d = doc(s);
        let mut reg = Registry::default();
        let mut skip = vec![false; d.toks.len()];
        administrations(&d, &mut reg, &mut skip);
        assert_eq!(reg.entries.len(), 1);
        assert_eq!(reg.entries[0].name, "Kessler administration");
        let texts: Vec<&str> = reg.entries[0]
            .mentions
            .iter()
            .map(|m| m.span.text(s))
            .collect();
        // In text order: the earlier "officials" joins the administration found later.
        assert_eq!(texts, ["Kessler officials", "Kessler administration"]);
        let last = d
            .toks
            .iter()
            .rposition(|t| t.lower == "kessler")
            .unwrap_or(0);
        assert!(!skip[last]);
    }

    #[test]
    fn possessive_body() {
        let s = "Lakeside Unified's school board voted 4-3.";
        let d = doc(s);
        let mut reg = Registry::default();
        let mut skip = vec![false; d.toks.len()];
        possessive_bodies(&d, &mut reg, &mut skip);
        assert_eq!(reg.entries.len(), 1);
        assert_eq!(reg.entries[0].name, "Lakeside Unified's school board");
        assert!(!skip[0] && !skip[1]);
    }
}
