//! Roles and affiliations: name segments and all mentions in, `role` and `affiliation`
//! set on person actors out. A role comes from the title inside the name's run ("Ford
//! CEO Jim Farley": CEO, of Ford), from lower-case role words before the name
//! ("chief executive Elena Marsh"), from an apposition after it (", chief executive of
//! Northwind", ", the authority's director of safety") or before it ("Zenco's chief
//! pilot, Ana Ruiz"). The first role the article gives wins.

use super::doc::Doc;
use super::groups::Affil;
use super::names::Seg;
use super::registry::Registry;
use crate::document::ActorKind;
use crate::lexicon::classes;
use crate::tokens::{Kind, Tags};

/// Sets roles and affiliations of people, and affiliations of groups; `owner` is
/// [`super::owners::cover`] of the registry as it stands.
pub fn assign(
    doc: &Doc,
    segs: &[Seg],
    reg: &mut Registry,
    groups: &[(usize, Affil)],
    owner: &[Option<usize>],
) {
    for g in segs {
        let Some(a) = owner[g.start] else { continue };
        let e = &reg.entries[a];
        if e.kind != ActorKind::Person || (e.role.is_some() && e.affiliation.is_some()) {
            continue;
        }
        let found = inside(doc, g, owner, reg)
            .or_else(|| before(doc, g.start, owner, reg))
            .or_else(|| after(doc, g.end, owner));
        if let Some((role, affil)) = found {
            let e = &mut reg.entries[a];
            e.role.get_or_insert(role);
            if e.affiliation.is_none() {
                e.affiliation = affil.filter(|&x| x != a);
            }
        }
    }
    for &(a, hint) in groups {
        let k = match hint {
            Affil::Token(k) | Affil::Description(k) => k,
        };
        let found = owner
            .get(k)
            .copied()
            .flatten()
            .filter(|&x| x != a)
            .or_else(|| country_of(doc, reg, k))
            .or_else(|| match hint {
                Affil::Description(k) => nearest_body(doc, owner, reg, k),
                Affil::Token(_) => None,
            });
        if reg.entries[a].affiliation.is_none() {
            reg.entries[a].affiliation = found.filter(|&x| x != a);
        }
    }
}

/// The nearest organisation or government mentioned before token `k`.
fn nearest_body(doc: &Doc, owner: &[Option<usize>], reg: &Registry, k: usize) -> Option<usize> {
    let word = doc.toks[k].low();
    let fits = |a: usize| {
        let e = &reg.entries[a];
        matches!(e.kind, ActorKind::Organization | ActorKind::Government)
            && ((word == "company" && e.kind == ActorKind::Organization)
                || e.words().any(|w| w == word))
    };
    // A mention's tokens share their owner: it is tested once a run, not once a token.
    let mut last = None;
    (0..k).rev().filter_map(|j| owner[j]).find(|&a| {
        let fresh = last != Some(a);
        last = Some(a);
        fresh && fits(a)
    })
}

type Found = Option<(String, Option<usize>)>;

/// The title inside the run, and the actor before it.
fn inside(doc: &Doc, g: &Seg, owner: &[Option<usize>], reg: &Registry) -> Found {
    let (r, e) = g.role?;
    let role = doc.span(r, e).text(doc.text).to_string();
    let affil = r
        .checked_sub(1)
        .and_then(|p| owner[p].or_else(|| country_of(doc, reg, p)))
        .filter(|_| g.prefix.is_some())
        .or_else(|| {
            // "The head of Carrow Police, Chief Constable Martin Ives,".
            let comma = r.checked_sub(1).filter(|&c| doc.punct(c, ","))?;
            let of = super::kinds::title_of_before(doc, comma)?;
            (of + 1..comma)
                .find_map(|k| owner[k])
                .filter(|&a| reg.entries[a].kind != ActorKind::Person)
        });
    Some((role, affil))
}

/// The country actor a nationality adjective at `k` points to ("Indian" → India).
fn country_of(doc: &Doc, reg: &Registry, k: usize) -> Option<usize> {
    let t = doc.get(k)?;
    if !t.tags.has(Tags::DEMONYM) {
        return None;
    }
    let (_, _, country) = classes::phrase_at(&[t.low()])?;
    reg.get(country)
}

/// A role that opens with a body's noun ("ministry spokesman", "union leader") belongs
/// to the nearest body named so far that the noun describes.
fn body_of_role(doc: &Doc, owner: &[Option<usize>], reg: &Registry, r: usize) -> Option<usize> {
    let body = Tags::DESC | Tags::GOV_HEAD | Tags::ORG_HEAD;
    let t = doc.get(r)?;
    if !t.tags.has(body) || t.tags.has(Tags::CAP | Tags::TITLE) {
        return None;
    }
    nearest_body(doc, owner, reg, r)
}

/// Lower-case role words right before the name, and an actor before them.
fn before(doc: &Doc, start: usize, owner: &[Option<usize>], reg: &Registry) -> Found {
    let comma = start > 0 && doc.punct(start - 1, ",");
    let end = if comma { start - 1 } else { start };
    if end == 0 || !doc.is(end - 1, Tags::TITLE) || !doc.same_sent(end - 1, start) {
        return if comma {
            role_of_before(doc, start, owner, reg)
        } else {
            None
        };
    }
    let mut r = end - 1;
    while r > 0
        && end - r < 4
        && doc.same_sent(r - 1, start)
        && role_word(doc, r - 1)
        && modifier_before_title(doc, r - 1)
        && owner[r - 1].is_none()
    {
        r -= 1;
    }
    let role = doc.span(r, end).text(doc.text).to_string();
    let employer = || {
        reg.officers
            .iter()
            .find(|&&(k, _)| k == start)
            .map(|&(_, a)| a)
    };
    let affil = r
        .checked_sub(1)
        .and_then(|p| owner[p])
        .or_else(|| body_of_role(doc, owner, reg, r))
        .or_else(employer);
    Some((role, affil))
}

/// "The chief executive of Northwind, Ana Ruiz,", "The mayor of Eastbrook, Helen
/// Carver,": a title "of" a name, then the person's name in apposition. The role is the
/// title; the affiliation the body named after "of", if it is an actor.
fn role_of_before(doc: &Doc, start: usize, owner: &[Option<usize>], reg: &Registry) -> Found {
    let comma = start - 1;
    let of = super::kinds::title_of_before(doc, comma)?;
    let mut r = of - 1;
    while r > 0 && of - r < 4 && doc.same_sent(r - 1, start) && doc.is(r - 1, Tags::ROLE_MOD) {
        r -= 1;
    }
    let role = doc.span(r, of).text(doc.text).to_string();
    let affil = (of + 1..comma)
        .find_map(|k| owner[k])
        .filter(|&a| reg.entries[a].kind != crate::document::ActorKind::Person);
    Some((role, affil))
}

/// Whether a word can qualify a title before a name ("operations manager"), not being
/// a verb: a word after "to" or an auxiliary is one ("to sign striker Bram de Wit",
/// "will hire lawyer X").
fn modifier_before_title(doc: &Doc, k: usize) -> bool {
    let verb = k > 0 && (doc.word(k - 1, "to") || doc.is(k - 1, Tags::AUX));
    doc.is(k, Tags::TITLE | Tags::ROLE_MOD) || !verb
}

fn role_word(doc: &Doc, k: usize) -> bool {
    let t = &doc.toks[k];
    t.kind == Kind::Word
        && !t.tags.has(
            Tags::FUNCTION
                | Tags::VERB
                | Tags::DET
                | Tags::POSSESSIVE
                | Tags::DEMONYM
                | Tags::COUNTRY,
        )
        && (t.tags.has(Tags::TITLE | Tags::ROLE_MOD) || !t.tags.has(Tags::CAP))
}

/// ", (a|the)? (X's)? role (of|at Y)" after the name.
fn after(doc: &Doc, end: usize, owner: &[Option<usize>]) -> Found {
    if !doc.punct(end, ",") {
        return None;
    }
    let mut k = end + 1;
    let mut affil = None;
    if doc.is(k, Tags::DET) {
        k += 1;
    }
    if let Some(a) = owner.get(k).copied().flatten() {
        while k < doc.toks.len() && owner[k] == Some(a) {
            if doc.is(k, Tags::POSSESSIVE) {
                affil = Some(a);
            }
            k += 1;
        }
        affil?;
    } else if doc.is(k, Tags::POSSESSIVE) && !doc.is(k, Tags::CAP) {
        // "the union's regional organiser" with no union the article names: the role
        // alone.
        k += 1;
    }
    let start = k;
    let mut last_title = None;
    while k < doc.toks.len()
        && k - start < 5
        && doc.same_sent(end, k)
        && role_word(doc, k)
        && owner[k].is_none()
    {
        if doc.is(k, Tags::TITLE) {
            last_title = Some(k);
        }
        k += 1;
    }
    let mut stop = last_title? + 1;
    if doc.word(stop, "of")
        && !doc.is(stop + 1, Tags::CAP)
        && !doc.is(stop + 1, Tags::DET)
        && owner.get(stop + 1).copied().flatten().is_none()
    {
        stop += 2;
    }
    let role = doc.span(start, stop).text(doc.text).to_string();
    if affil.is_none() && (doc.word(stop, "of") || doc.word(stop, "at") || doc.word(stop, "for")) {
        // The first actor within a few words: "at health think tank Corvell Institute".
        affil = (stop + 1..(stop + 6).min(doc.toks.len()))
            .take_while(|&j| doc.toks[j].kind == Kind::Word && doc.same_sent(stop, j))
            .find_map(|j| owner[j]);
    }
    Some((role, affil))
}

#[cfg(test)]
mod tests {
    use crate::actors::tests::actors_of;
    use crate::Config;

    /// (text, person, role, affiliation name).
    #[test]
    fn roles_and_affiliations() {
        let cases: &[(&str, &str, &str, Option<&str>)] = &[
            (
                "Zenco Inc. CEO Mia Cole said so.",
                "Mia Cole",
                "CEO",
                Some("Zenco"),
            ),
            (
                "Omar Haddad, chief executive of Quillo Holdings, said so.",
                "Omar Haddad",
                "chief executive",
                Some("Quillo Holdings"),
            ),
            (
                "Quillo Holdings said so. Omar Haddad, the company's finance director, agreed.",
                "Omar Haddad",
                "finance director",
                Some("Quillo Holdings"),
            ),
            (
                "The transport ministry will appeal, ministry spokesman Ivo Marek said.",
                "Ivo Marek",
                "ministry spokesman",
                Some("transport ministry"),
            ),
            (
                "Zenco agreed to sign striker Ivo Marek on Monday.",
                "Ivo Marek",
                "striker",
                None,
            ),
            (
                "Zenco said so, regional manager Ivo Marek added.",
                "Ivo Marek",
                "regional manager",
                None,
            ),
            (
                "The Ostra Trust said so. Its director, Mia Cole, agreed.",
                "Mia Cole",
                "director",
                Some("Ostra Trust"),
            ),
            (
                "The dockers' union may strike at Zenco. Its leader, Mia Cole, agreed.",
                "Mia Cole",
                "leader",
                None,
            ),
            (
                "The chief executive of Quillo Holdings, Omar Haddad, said so.",
                "Omar Haddad",
                "chief executive",
                Some("Quillo Holdings"),
            ),
            (
                "The mayor of Eastbrook, Helen Carver, has proposed a levy.",
                "Helen Carver",
                "mayor",
                Some("Eastbrook"),
            ),
            (
                "The head of Carrow Police, Chief Constable Ivo Marek, resigned.",
                "Ivo Marek",
                "Chief Constable",
                Some("Carrow Police"),
            ),
            (
                "Deputy Governor Ellen Park spoke.",
                "Ellen Park",
                "Deputy Governor",
                None,
            ),
        ];
        for &(text, who, role, affil) in cases {
            let a = actors_of(text, &Config::default());
            let p = a
                .actors
                .iter()
                .find(|x| x.name == who)
                .unwrap_or_else(|| panic!("{who}"));
            assert_eq!(p.role.as_deref(), Some(role), "{text}");
            let got = p.affiliation.map(|i| a.actors[i].name.as_str());
            assert_eq!(got, affil, "{text}");
        }
    }
}
