//! Roles and affiliations: name segments and all mentions in, `role` and `affiliation`
//! set on person actors out. A role comes from the title inside the name's run ("Ford
//! CEO Jim Farley": CEO, of Ford), from lower-case role words before the name
//! ("chief executive Elena Marsh"), from an apposition after it (", chief executive of
//! Northwind", ", the authority's director of safety") or before it ("Zenco's chief
//! pilot, Ana Ruiz"). The first role the article gives wins.

use super::doc::Doc;
use super::groups::Affil;
use super::names::Seg;
use super::owners::Table;
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
    owner: &Table,
) {
    let bodies = Bodies::default();
    for g in segs {
        let Some(a) = owner.at(g.start) else { continue };
        let e = &reg.entries[a];
        if e.kind != ActorKind::Person || (e.role.is_some() && e.affiliation.is_some()) {
            continue;
        }
        let found = inside(doc, g, owner, reg)
            .or_else(|| before(doc, g.start, owner, reg, &bodies))
            .or_else(|| after(doc, g.end, owner, reg));
        let body = || member_of(doc, g.end, owner, reg);
        if let Some((role, affil)) = found {
            let affil = affil.or_else(body);
            let e = &mut reg.entries[a];
            e.role.get_or_insert(role);
            if e.affiliation.is_none() {
                e.affiliation = affil.filter(|&x| x != a);
            }
        } else if let Some(b) = body().filter(|&b| b != a) {
            reg.entries[a].affiliation.get_or_insert(b);
        }
    }
    for &(a, hint) in groups {
        let k = match hint {
            Affil::Token(k) | Affil::Description(k) => k,
        };
        let found = owner
            .at(k)
            .filter(|&x| x != a)
            .or_else(|| country_of(doc, reg, k))
            .or_else(|| match hint {
                Affil::Description(k) => bodies.nearest(doc, owner, reg, k),
                Affil::Token(_) => None,
            });
        if reg.entries[a].affiliation.is_none() {
            reg.entries[a].affiliation = found.filter(|&x| x != a);
        }
    }
}

/// The organisations and governments mentioned, by the words of their names, for
/// "the nearest body named before token `k` that the noun at `k` describes": one search
/// a question, where a walk back over the article made a long text quadratic. Built when
/// first asked, from the owners and the registry's kinds and keys (which this stage does
/// not change).
/// Tokens [`Bodies::nearest`] walks back before it asks the index.
const WALK: usize = 1024;

#[derive(Default)]
struct Bodies {
    index: std::cell::OnceCell<BodyIndex>,
}

struct BodyIndex {
    /// (a word of the name, token where a run of the body's mention starts), sorted.
    by_word: Vec<(String, usize)>,
    /// Where runs of organisations start, ascending ("company" names any of them).
    orgs: Vec<usize>,
}

impl Bodies {
    /// The nearest organisation or government mentioned before token `k` that the word
    /// at `k` describes: one whose name holds the word, or any organisation for
    /// "company".
    fn nearest(&self, doc: &Doc, owner: &Table, reg: &Registry, k: usize) -> Option<usize> {
        let word = doc.toks[k].low();
        // Within a news article's length the walk back is cheaper than building the
        // index: it goes first, over at most `WALK` tokens.
        let fits = |a: usize| {
            let e = &reg.entries[a];
            org_or_gov(e.kind)
                && ((word == "company" && e.kind == ActorKind::Organization)
                    || e.words().any(|w| w == word))
        };
        let from = k.saturating_sub(WALK);
        // A mention's tokens share their owner: it is tested once a run, not once a token.
        let mut last = None;
        let near = (from..k).rev().filter_map(|j| owner.at(j)).find(|&a| {
            let fresh = last != Some(a);
            last = Some(a);
            fresh && fits(a)
        });
        if near.is_some() || from == 0 {
            return near;
        }
        // Further back: a body whose run reaches into the walk did not fit, so the
        // nearest fitting run starts before `from`.
        let k = from;
        let index = self.index.get_or_init(|| BodyIndex::new(owner, reg));
        // The last run of a body named with the word that starts before `k`: the
        // nearest mention before `k` (runs do not overlap, so the one starting last
        // holds the last token).
        let hi = index
            .by_word
            .partition_point(|(w, s)| w.as_str() < word || (w == word && *s < k));
        let named = hi
            .checked_sub(1)
            .map(|i| &index.by_word[i])
            .filter(|(w, _)| w == word)
            .map(|&(_, s)| s);
        let company = if word == "company" {
            let at = index.orgs.partition_point(|&s| s < k);
            at.checked_sub(1).map(|i| index.orgs[i])
        } else {
            None
        };
        named.max(company).and_then(|s| owner.at(s))
    }
}

impl BodyIndex {
    fn new(owner: &Table, reg: &Registry) -> BodyIndex {
        let mut by_word = Vec::new();
        let mut orgs = Vec::new();
        let mut prev = None;
        for (s, o) in owner.iter().enumerate() {
            // A run of tokens that share their owner is one mention (tokens with no
            // owner between two of the same body's do not make a new one: the walk
            // back this replaces tested each body once a stretch).
            let Some(a) = o else { continue };
            if prev == Some(a) {
                continue;
            }
            prev = Some(a);
            let e = &reg.entries[a];
            match e.kind {
                ActorKind::Organization => orgs.push(s),
                ActorKind::Government => {}
                _ => continue,
            }
            by_word.extend(e.words().map(|w| (w.to_string(), s)));
        }
        by_word.sort();
        BodyIndex { by_word, orgs }
    }
}

type Found = Option<(String, Option<usize>)>;

/// The title inside the run, and the actor before it.
fn inside(doc: &Doc, g: &Seg, owner: &Table, reg: &Registry) -> Found {
    let (r, e) = g.role?;
    // "Police Chief Marcus Odom": a lone head word before the title, owned by no actor,
    // is the role's own.
    let head = r > 0
        && g.prefix.is_some()
        && owner.at(r - 1).is_none()
        && doc.same_sent(r - 1, r)
        && doc.is(r - 1, Tags::ORG_HEAD | Tags::GOV_HEAD)
        && doc.is(r - 1, Tags::CAP)
        && (r < 2 || !doc.is(r - 2, Tags::CAP) || doc.starts_sentence(r - 1));
    let mut from = if head { r - 1 } else { r };
    // "Chairman and CEO Paul Brennan": two titles joined.
    let joined = from >= 2 && title_and(doc, owner, from - 1, r);
    if joined {
        from -= 2;
    }
    let role = doc.span(from, e).text(doc.text).to_string();
    let affil = (if joined { from } else { r })
        .checked_sub(1)
        .and_then(|p| owner.at(p).or_else(|| country_of(doc, reg, p)))
        .filter(|_| g.prefix.is_some())
        .or_else(|| {
            // "The head of Carrow Police, Chief Constable Martin Ives,".
            let comma = r.checked_sub(1).filter(|&c| doc.punct(c, ","))?;
            let of = super::kinds::title_of_before(doc, comma)?;
            (of + 1..comma)
                .find_map(|k| owner.at(k))
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
fn body_of_role(
    doc: &Doc,
    owner: &Table,
    reg: &Registry,
    bodies: &Bodies,
    r: usize,
) -> Option<usize> {
    let body = Tags::DESC | Tags::GOV_HEAD | Tags::ORG_HEAD;
    let t = doc.get(r)?;
    if !t.tags.has(body) || t.tags.has(Tags::CAP | Tags::TITLE) {
        return None;
    }
    bodies.nearest(doc, owner, reg, r)
}

/// Lower-case role words right before the name, and an actor before them.
fn before(doc: &Doc, start: usize, owner: &Table, reg: &Registry, bodies: &Bodies) -> Found {
    let comma = start > 0 && doc.punct(start - 1, ",");
    let end = if comma { start - 1 } else { start };
    if end == 0 || !doc.is(end - 1, Tags::TITLE) || !doc.same_sent(end - 1, start) {
        return if comma {
            role_of_before(doc, start, owner, reg)
        } else {
            None
        };
    }
    // The modifiers before the title at `t`, up to three words.
    let modifiers = |t: usize| {
        let mut r = t;
        while r > 0
            && t - r < 3
            && doc.same_sent(r - 1, start)
            && role_word(doc, r - 1)
            && modifier_before_title(doc, r - 1)
            && owner.at(r - 1).is_none()
        {
            r -= 1;
        }
        r
    };
    let mut r = modifiers(end - 1);
    // "founder and managing director, Jason Teo": two titles joined.
    if r >= 2 && title_and(doc, owner, r - 1, start) {
        r = modifiers(r - 2);
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
        .and_then(|p| owner.at(p))
        .or_else(|| body_of_role(doc, owner, reg, bodies, r))
        .or_else(employer);
    Some((role, affil))
}

/// Whether the "and" at `and` joins a title before it to the title after it, in the
/// sentence of token `start` ("founder and managing director", "Chairman and CEO").
fn title_and(doc: &Doc, owner: &Table, and: usize, start: usize) -> bool {
    doc.word(and, "and")
        && doc.is(and - 1, Tags::TITLE)
        && doc.same_sent(and - 1, start)
        && owner.at(and - 1).is_none()
}

/// "The chief executive of Northwind, Ana Ruiz,", "The mayor of Eastbrook, Helen
/// Carver,": a title "of" a name, then the person's name in apposition. The role is the
/// title; the affiliation the body named after "of", if it is an actor.
fn role_of_before(doc: &Doc, start: usize, owner: &Table, reg: &Registry) -> Found {
    let comma = start - 1;
    // ("A lawyer representing two of the families, Choi Eun-ji,": the title, no body.)
    let Some(of) = super::kinds::title_of_before(doc, comma) else {
        let ing = super::kinds::serving_before(doc, comma)?;
        let mut r = ing - 1;
        while r > 0 && ing - r < 3 && doc.is(r - 1, Tags::ROLE_MOD) && !doc.is(r - 1, Tags::CAP) {
            r -= 1;
        }
        return Some((doc.span(r, ing).text(doc.text).to_string(), None));
    };
    let mut r = of - 1;
    while r > 0 && of - r < 4 && doc.same_sent(r - 1, start) && doc.is(r - 1, Tags::ROLE_MOD) {
        r -= 1;
    }
    let role = doc.span(r, of).text(doc.text).to_string();
    let body = |a: &usize| reg.entries[*a].kind != crate::document::ActorKind::Person;
    // The body after "of"; else one named right before the title ("The United Nations
    // envoy for the region, Omar Haddad,").
    let affil = (of + 1..comma)
        .find_map(|k| owner.at(k))
        .filter(body)
        .or_else(|| r.checked_sub(1).and_then(|p| owner.at(p)).filter(body));
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

/// Whether an actor of `kind` is an organisation or a government body.
fn org_or_gov(kind: ActorKind) -> bool {
    matches!(kind, ActorKind::Organization | ActorKind::Government)
}

/// "Vikram Thakur of the Jan Adhikar Morcha", "Jaak Rebane, of the Citizens' Party,":
/// the organisation or government named right after a person's name and "of".
fn member_of(doc: &Doc, end: usize, owner: &Table, reg: &Registry) -> Option<usize> {
    let of = end + usize::from(doc.punct(end, ","));
    if !doc.word(of, "of") || !doc.same_sent(end, of) {
        return None;
    }
    let k = of + 1 + usize::from(doc.word(of + 1, "the"));
    let a = owner.at(k)?;
    // (The mention starts there: "of the Reform Party", not a word inside one.)
    let starts = owner.at(k - 1) != Some(a);
    let body = org_or_gov(reg.entries[a].kind);
    (starts && body && doc.same_sent(end, k)).then_some(a)
}

/// ", (a|the)? (X's)? role (of|at|for|with|from Y)" after the name (a body after
/// "with" or "from": "a lawmaker with the opposition Reform Party").
fn after(doc: &Doc, end: usize, owner: &Table, reg: &Registry) -> Found {
    if !doc.punct(end, ",") {
        return None;
    }
    let mut k = end + 1;
    let mut affil = None;
    if doc.is(k, Tags::DET) {
        k += 1;
    }
    if let Some(a) = owner.at(k) {
        while k < doc.toks.len() && owner.at(k) == Some(a) {
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
    let mut joined = false;
    while k < doc.toks.len()
        && k - start < 5
        && doc.same_sent(end, k)
        && role_word(doc, k)
        && owner.at(k).is_none()
    {
        if doc.is(k, Tags::TITLE) {
            last_title = Some(k);
        }
        k += 1;
        // "Acme's chairman and chief executive": two titles joined.
        if !joined && last_title == Some(k - 1) && doc.word(k, "and") && k - start < 4 {
            let second = (k + 1..doc.toks.len().min(k + 4))
                .take_while(|&j| doc.is(j, Tags::TITLE | Tags::ROLE_MOD))
                .any(|j| doc.is(j, Tags::TITLE));
            if second {
                joined = true;
                k += 1;
            }
        }
    }
    let mut stop = last_title? + 1;
    if doc.word(stop, "of")
        && stop + 1 < doc.toks.len()
        && !doc.is(stop + 1, Tags::CAP)
        && !doc.is(stop + 1, Tags::DET)
        && owner.at(stop + 1).is_none()
    {
        stop += 2;
    }
    let role = doc.span(start, stop).text(doc.text).to_string();
    let body_only = doc.word(stop, "with") || doc.word(stop, "from");
    if affil.is_none()
        && (doc.word(stop, "of") || doc.word(stop, "at") || doc.word(stop, "for") || body_only)
    {
        // The first actor within a few words: "at health think tank Corvell Institute".
        affil = (stop + 1..(stop + 6).min(doc.toks.len()))
            .take_while(|&j| doc.toks[j].kind == Kind::Word && doc.same_sent(stop, j))
            .find_map(|j| owner.at(j))
            .filter(|&a| !body_only || org_or_gov(reg.entries[a].kind));
    }
    Some((role, affil))
}

#[cfg(test)]
mod tests {
    use crate::actors::tests::actors_of;
    use crate::document::ActorKind;
    use crate::Config;

    #[test]
    fn a_body_named_far_back_is_found_past_the_walk() {
        // "company spokesman" belongs to the nearest company named before it, whether
        // that is a few tokens back (the walk) or further than the walk goes (the index).
        for filler in [5, 150] {
            let text = format!(
                "Zenco Ltd opened a plant in March. {}Sales rose, said company spokesman Ana Ruiz.",
                "The weather was fine and the roads were dry. ".repeat(filler)
            );
            let found = actors_of(&text, &Config::default());
            let ruiz = found.actors.iter().find(|a| a.name == "Ana Ruiz").unwrap();
            let affil = ruiz.affiliation.map(|i| found.actors[i].name.as_str());
            assert_eq!(affil, Some("Zenco"), "{filler} filler sentences");
        }
    }

    /// A title followed by "of" at the very end of the text has nothing to own; it
    /// once read past the last token (found by the property test).
    #[test]
    fn a_title_and_of_at_the_end_of_the_text() {
        for text in [
            "Dr. Inc. , CEO of",
            "Mia Cole, CEO of",
            "said Mia Cole, chief executive of",
        ] {
            let a = actors_of(text, &Config::default());
            assert!(a.actors.iter().all(|x| x.affiliation.is_none()), "{text}");
        }
    }

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
                "Tarvo Foods said so. Tarvo's founder and managing director, Lena Ek, agreed.",
                "Lena Ek",
                "founder and managing director",
                Some("Tarvo Foods"),
            ),
            (
                "Tarvo Foods said so. Lena Ek, Tarvo's chairman and chief executive, agreed.",
                "Lena Ek",
                "chairman and chief executive",
                Some("Tarvo Foods"),
            ),
            (
                "Tarvo Foods said so. Chairman and CEO Lena Ek agreed.",
                "Lena Ek",
                "Chairman and CEO",
                None,
            ),
            (
                // An occupation as the title, its post-modifier "on …", and a name of
                // no known given name: no group "chief engineer on the dam".
                "Brenner Haus opened a plant. Brenner Haus's chief engineer on the dam, \
                 Ilka Tamm, told reporters it was safe.",
                "Ilka Tamm",
                "chief engineer",
                Some("Brenner Haus"),
            ),
            (
                "A teacher at the school, Ilka Tamm, told reporters it was safe.",
                "Ilka Tamm",
                "teacher",
                None,
            ),
            (
                // A capitalised title "of" a portfolio before the name in apposition.
                "The Minister of Finance, Dawit Alemayehu, said so.",
                "Dawit Alemayehu",
                "Minister",
                None,
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
            let groups = a.actors.iter().filter(|x| x.kind == ActorKind::Group);
            assert_eq!(groups.count(), 0, "{text}");
        }
    }
}
