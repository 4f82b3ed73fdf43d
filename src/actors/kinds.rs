//! Typing name segments: a [`Seg`] and its neighbouring tokens in, a kind and the id of
//! the rule that decided it out. Lexical rules read the segment's own words (titles,
//! honorifics, first names, organisation suffixes and heads, outlets, countries);
//! context rules read around it (apposition, a role or descriptor before it, a speech
//! verb after it, a possessive before a role, a business tie, coordination with a typed
//! organisation). A segment no rule types is not an actor on its own (though it may
//! still be a later mention of one: see [`super::link`]).

use super::doc::Doc;
use super::names::Seg;
use super::registry::Gender;
use crate::document::ActorKind;
use crate::lexicon::classes::{self, Phrase};
use crate::tokens::{Kind, Tags};

/// What a segment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    /// An actor of this kind.
    Actor(ActorKind),
    /// A country, by its canonical lower-case name; an actor only where it acts.
    Country(&'static str),
    /// Never an actor (a month, a nationality adjective, an acronym such as "EV").
    Drop,
}

/// A segment's type, the rule that gave it and whether the rule read the name itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Typed {
    /// The type.
    pub ty: Type,
    /// Rule id.
    pub rule: &'static str,
    /// Person's gender, where the name tells it.
    pub gender: Gender,
    /// Whether the rule read the name's own words ([`lexical_rule`] of `rule`), decided
    /// once here rather than by string comparisons in every later pass.
    pub lexical: bool,
}

// Inlined: the rule is a literal at every call, so the test below folds away.
#[inline(always)]
fn typed(kind: ActorKind, rule: &'static str) -> Option<Typed> {
    Some(Typed {
        ty: Type::Actor(kind),
        rule,
        gender: Gender::Unknown,
        lexical: lexical_rule(rule),
    })
}

/// Whether rule `rule` reads the name's own words.
#[inline(always)]
pub fn lexical_rule(rule: &str) -> bool {
    matches!(
        rule,
        "actor/name/judge"
            | "actor/name/media"
            | "actor/name/gov-body"
            | "actor/name/title-person"
            | "actor/name/org-suffix"
            | "actor/name/gov-head"
            | "actor/name/org-head"
            | "actor/name/media-head"
            | "actor/name/first-name"
            | "actor/name/party"
            | "actor/name/role-affiliation"
    )
}

/// Word tokens of a segment, periods left out.
pub fn words(doc: &Doc, seg: &Seg) -> Vec<usize> {
    let mut out = Vec::new();
    words_into(doc, seg, &mut out);
    out
}

/// [`words`] into `out`, which is cleared first (a caller typing many segments keeps
/// one list).
pub fn words_into(doc: &Doc, seg: &Seg, out: &mut Vec<usize>) {
    out.clear();
    // A plain loop over the segment's tokens: the filtering adapter was left out of line.
    for (k, t) in doc.toks[seg.start..seg.end].iter().enumerate() {
        if t.kind != Kind::Punct {
            out.push(seg.start + k);
        }
    }
}

/// A segment's words lower-cased, and the longest phrase entry they open (looked up
/// once for both tests below).
struct Spelled<'w, 'a> {
    words: &'w [&'a str],
    phrase: Option<(usize, Phrase, &'static str)>,
}

impl<'w, 'a> Spelled<'w, 'a> {
    fn new(words: &'w [&'a str]) -> Spelled<'w, 'a> {
        let phrase = classes::phrase_at(words);
        Spelled { words, phrase }
    }

    /// The country or demonym the whole segment spells, if any.
    fn whole_phrase(&self) -> Option<(Phrase, &'static str)> {
        match self.phrase {
            Some((n, kind, value)) if n == self.words.len() => Some((kind, value)),
            _ => None,
        }
    }

    /// "BBC Radio Tain", "CNN International": a known outlet followed by a word for
    /// one of its services is that outlet's service, a medium too.
    fn media_service(&self) -> bool {
        match self.phrase {
            Some((n, Phrase::Media, _)) if n < self.words.len() => matches!(
                self.words[n],
                "radio" | "television" | "tv" | "news" | "world" | "international" | "online"
            ),
            _ => false,
        }
    }
}

/// The word that names what kind of body it is: the one before "of"/"for" ("Bank of
/// England"), or a body's word before a Romance "of" ("Banco do Brasil", "Universidad
/// de Chile"), else the last.
fn head_word(doc: &Doc, ws: &[usize]) -> Option<usize> {
    for w in ws.windows(2) {
        if matches!(doc.toks[w[1]].low(), "of" | "for") {
            return Some(w[0]);
        }
        let particle = super::names::particle(doc.toks[w[1]].low());
        if particle && doc.is(w[0], Tags::ORG_HEAD | Tags::GOV_HEAD) {
            return Some(w[0]);
        }
    }
    let p = ws.iter().rposition(|&k| !doc.is(k, Tags::LEGAL))?;
    // "Retail Workers Ireland": a country after a head word names where the body is.
    let placed = p >= 2 && doc.is(ws[p], Tags::COUNTRY) && doc.is(ws[p - 1], Tags::ORG_HEAD);
    if placed {
        return Some(ws[p - 1]);
    }
    // ("Minerals Council South Africa": a country of two words.)
    let two = p >= 3
        && doc.is(ws[p - 2], Tags::ORG_HEAD | Tags::GOV_HEAD)
        && doc.is(ws[p - 1], Tags::PHRASE)
        && classes::phrase_at(&[doc.toks[ws[p - 1]].low(), doc.toks[ws[p]].low()])
            .is_some_and(|(n, kind, _)| n == 2 && kind == Phrase::Country);
    Some(if two { ws[p - 2] } else { ws[p] })
}

/// The type of a segment that is no actor.
pub fn dropped() -> Typed {
    Typed {
        ty: Type::Drop,
        rule: "",
        gender: Gender::Unknown,
        lexical: false,
    }
}

/// Whether a lower-cased word is letters, a hyphen and digits ("cvt-210", "f-35").
fn model_code(low: &str) -> bool {
    low.split_once('-').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.bytes().all(|c| c.is_ascii_alphabetic())
            && b.bytes().all(|c| c.is_ascii_digit())
    })
}

/// Types a segment from its own words; `ws` is its [`words`].
pub fn lexical(doc: &Doc, seg: &Seg, ws: &[usize]) -> Option<Typed> {
    let first = *ws.first()?;
    let last = *ws.last()?;
    if seg.judge {
        return typed(ActorKind::Person, "actor/name/judge");
    }
    // "Labor MPs": a name before a people noun written in capitals is a group's
    // modifier (the groups pass finds the group).
    let group_tail = ws.len() >= 2 && doc.is(last, Tags::GROUP_NOUN) && doc.initials(last);
    // "Cyclone Imani", "Hurricane Ida", "Tropical Storm Ana": a named storm.
    let storm = ws.len() >= 2
        && matches!(
            doc.toks[first].low(),
            "cyclone" | "hurricane" | "typhoon" | "storm" | "tropical" | "superstorm"
        );
    // "the Clean Air Act", "Justice for Victims of Trafficking Act", "the General Data
    // Protection Regulation", "the Digital Services Act": a law.
    let law = ws.len() >= 2
        && matches!(
            doc.toks[last].low(),
            "act" | "regulation" | "directive" | "bill" | "treaty" | "amendment" | "convention"
        );
    // ("the drug, known as CVT-210, which …", "F-35 jets": letters, a hyphen and
    // digits are a model's code.)
    let code = ws.len() == 1 && model_code(doc.toks[first].low());
    if group_tail
        || storm
        || law
        || code
        || ws.iter().all(|&k| doc.is(k, Tags::MONTH | Tags::NOT_ACTOR))
    {
        return Some(dropped());
    }
    // The words on the stack for the usual short name (a lone word as it is, no array
    // to fill); a list only for a long one.
    let lone = [doc.toks[first].low()];
    let inline: [&str; 8];
    let long: Vec<&str>;
    let words: &[&str] = if ws.len() == 1 {
        &lone
    } else if ws.len() <= 8 {
        inline = {
            let mut a = [""; 8];
            for (slot, &k) in a.iter_mut().zip(ws) {
                *slot = doc.toks[k].low();
            }
            a
        };
        &inline[..ws.len()]
    } else {
        long = ws.iter().map(|&k| doc.toks[k].low()).collect();
        &long
    };
    // A name whose first word opens no phrase entry (most: the word's flag tells, looked
    // up with its other classes), or a lone word that spells no typing phrase alone,
    // skips the phrase lookup.
    let t = &doc.toks[first];
    let opens = t.kind != Kind::Word || t.tags.has(Tags::PHRASE);
    let spelled = if !opens || (ws.len() == 1 && !classes::may_spell_alone(words[0], t.tags)) {
        Spelled {
            words,
            phrase: None,
        }
    } else {
        Spelled::new(words)
    };
    if spelled.media_service() {
        return typed(ActorKind::Media, "actor/name/media");
    }
    // "Independent experts were divided": a sentence's capital on an outlet's one-word
    // name before a lower-case noun of people is an adjective's.
    let people_after = doc.get(last + 1).is_some_and(|t| {
        t.tags.has(Tags::GROUP_NOUN | Tags::MEMBER_NOUN) && !t.tags.has(Tags::CAP)
    });
    // "the escaped Atlantic salmon": an outlet the lexicon names only with "the",
    // without it, before a lower-case word other than a verb, is an adjective too;
    // not before a role or what an outlet publishes ("a Times article", "Times
    // columnist Ana Ruiz").
    let lower_after = doc.get(last + 1).is_some_and(|t| {
        t.kind == Kind::Word
            && !t
                .tags
                .has(Tags::CAP | Tags::VERB | Tags::AUX | Tags::FUNCTION | Tags::TITLE)
            && !matches!(
                t.lower,
                "article"
                    | "articles"
                    | "report"
                    | "reports"
                    | "story"
                    | "stories"
                    | "editorial"
                    | "interview"
                    | "investigation"
                    | "poll"
                    | "piece"
                    | "survey"
                    | "analysis"
                    | "headline"
                    | "website"
                    | "newsroom"
                    | "staff"
            )
    });
    let bare = ws.len() == 1
        && lower_after
        && !(first > 0 && doc.word(first - 1, "the"))
        && classes::outlet_needs_the(words[0]);
    let adjective = ws.len() == 1 && (doc.starts_sentence(first) && people_after || bare);
    match spelled.whole_phrase() {
        Some((Phrase::Media, _)) if adjective => return Some(dropped()),
        Some((Phrase::Media, _)) => return typed(ActorKind::Media, "actor/name/media"),
        Some((Phrase::Government, _)) => {
            return typed(ActorKind::Government, "actor/name/gov-body")
        }
        Some((Phrase::Country, c)) => {
            return Some(Typed {
                ty: Type::Country(c),
                rule: "actor/name/country",
                gender: Gender::Unknown,
                lexical: false,
            })
        }
        Some((Phrase::Demonym, _)) => return Some(dropped()),
        _ => {}
    }
    // "Liberal Democrats", "Scottish Conservatives", "Welsh Labour": party words,
    // after a nationality or not, name a party.
    let party = ws.len() >= 2
        && seg.role.is_none()
        && doc.is(last, Tags::PARTY)
        && ws.iter().all(|&k| doc.is(k, Tags::PARTY | Tags::DEMONYM));
    if party {
        return typed(ActorKind::Organization, "actor/name/party");
    }
    // "Social Democrats", "Sweden Democrats", "Young Conservatives": a party's plural
    // closing a name of capitalised words names the party, no person; after a
    // chamber's or committee's word its members ("Senate Democrats", "House
    // Republicans", "Oversight Committee Republicans"), and after a sentence's first
    // capital, which may be an adjective's ("Fellow Republicans urged").
    let party_plural = ws.len() >= 2
        && seg.role.is_none()
        && !seg.honorific
        && doc.is(last, Tags::PARTY)
        && doc.toks[last].low().ends_with('s')
        && !ws[..ws.len() - 1]
            .iter()
            .any(|&k| doc.is(k, Tags::FEMALE | Tags::MALE | Tags::TITLE | Tags::LEGAL));
    if party_plural {
        let chamber = ws[..ws.len() - 1]
            .iter()
            .any(|&k| doc.is(k, Tags::GOV_HEAD) || doc.toks[k].low() == "house");
        let kind = if chamber || (ws.len() == 2 && doc.starts_sentence(first)) {
            ActorKind::Group
        } else {
            ActorKind::Organization
        };
        return typed(kind, "actor/name/party");
    }
    if seg.role.is_some() || seg.honorific {
        let mut t = typed(ActorKind::Person, "actor/name/title-person")?;
        t.gender = seg.gender;
        // "Judge Margaret Olsen": a title says no gender, the given name may.
        if t.gender == Gender::Unknown && ws.len() >= 2 {
            if doc.is(first, Tags::FEMALE) {
                t.gender = Gender::Female;
            } else if doc.is(first, Tags::MALE) {
                t.gender = Gender::Male;
            }
        }
        return Some(t);
    }
    // "According to The Courier, …", "told The Herald": a newspaper's head word alone
    // after a capitalised "The" inside a sentence is the paper.
    let titled_the = seg.start > 0
        && doc.word(seg.start - 1, "the")
        && doc.is(seg.start - 1, Tags::CAP)
        && !doc.starts_sentence(seg.start - 1);
    if ws.len() == 1 && titled_the && doc.is(last, Tags::MEDIA_HEAD) {
        return typed(ActorKind::Media, "actor/name/media-head");
    }
    if ws.len() >= 2 {
        if doc.is(last, Tags::LEGAL) {
            return typed(ActorKind::Organization, "actor/name/org-suffix");
        }
        // "Health Canada", "Environment Canada": a portfolio and a country name the
        // country's agency for it.
        let agency = ws.len() == 2
            && doc.is(last, Tags::COUNTRY)
            && doc.is(first, Tags::ROLE_MOD)
            && !doc.is(
                first,
                Tags::COUNTRY | Tags::DEMONYM | Tags::FEMALE | Tags::MALE,
            );
        if agency {
            return typed(ActorKind::Government, "actor/name/gov-head");
        }
        let head = head_word(doc, ws).unwrap_or(last);
        // ("the National Farmers' Council": a council of a trade, no government; so is
        // "the Residential Landlords Council", named by the people it speaks for.)
        let members = |k: usize| {
            k != head
                && doc.is(k, Tags::GROUP_NOUN)
                && doc.toks[k].low().ends_with('s')
                && !matches!(
                    doc.toks[k].low(),
                    "ministers"
                        | "officials"
                        | "regulators"
                        | "senators"
                        | "legislators"
                        | "lawmakers"
                        | "prosecutors"
                        | "mps"
                        | "authorities"
                        | "agencies"
                        | "parties"
                        | "councillors"
                        | "councilors"
                        | "advisers"
                        | "aides"
                        | "representatives"
                        | "leaders"
                        | "delegates"
                        | "governors"
                        | "trustees"
                )
        };
        let trade =
            || (seg.start..seg.end).any(|k| matches!(doc.toks[k].low(), "'" | "’") || members(k));
        // ("every local government and First Nation in the area": the category of
        // nations, no one of them.)
        if ws.len() == 2 && doc.toks[head].low() == "nation" && doc.toks[first].low() == "first" {
            return Some(dropped());
        }
        if doc.is(head, Tags::GOV_HEAD) && !trade() {
            return typed(ActorKind::Government, "actor/name/gov-head");
        }
        // ("National Coordinator of Coca, Poppy and Marijuana Growers": a title before
        // "of" and a plural body's head last.)
        let titled_body = doc.is(head, Tags::TITLE)
            && head != last
            && doc.is(last, Tags::ORG_HEAD)
            && doc.toks[last].low().ends_with('s');
        if doc.is(head, Tags::ORG_HEAD | Tags::GOV_HEAD) || titled_body {
            return typed(ActorKind::Organization, "actor/name/org-head");
        }
        if doc.is(head, Tags::MEDIA_HEAD) {
            return typed(ActorKind::Media, "actor/name/media-head");
        }
        // "Historic Environment Scotland (HES)": a name its own acronym in brackets
        // spells is a body's.
        if super::names::spelled_out(doc, seg.start, seg.end) {
            return typed(ActorKind::Organization, "actor/name/acronym");
        }
        // "the Kent County Republican headquarters": a party word closes no person's
        // name.
        // ("of the Jan Adhikar Morcha": people's names take no article.)
        let article = seg.start > 0 && doc.word(seg.start - 1, "the") && ws.len() >= 2;
        if doc.is(first, Tags::FEMALE | Tags::MALE)
            && ws.len() <= 4
            && !doc.is(last, Tags::PARTY)
            && !article
        {
            let mut t = typed(ActorKind::Person, "actor/name/first-name")?;
            t.gender = if doc.is(first, Tags::FEMALE) {
                Gender::Female
            } else {
                Gender::Male
            };
            return Some(t);
        }
    }
    // "Labour said", but not "Conservative group leader" (an adjective).
    let adjective = doc
        .get(seg.end)
        .is_some_and(|t| t.kind == Kind::Word && !t.tags.has(Tags::CAP | Tags::VERB | Tags::AUX));
    let acts = doc.is(seg.end, Tags::VERB | Tags::AUX);
    let plural = doc.toks[first].low().ends_with('s');
    if ws.len() == 1 && doc.is(first, Tags::PARTY) && !adjective && (plural || acts) {
        return typed(ActorKind::Organization, "actor/name/party");
    }
    if ws.len() == 1 && doc.is(first, Tags::ALL_CAPS) && doc.toks[first].lower.len() <= 2 {
        return None;
    }
    // "Police Chief Marcus Odom", "Council President Raymond Tillis": a body's head
    // word alone before a title is the role's, no body of its own.
    if seg.before_role && ws.len() == 1 && doc.is(first, Tags::ORG_HEAD | Tags::GOV_HEAD) {
        return Some(dropped());
    }
    if seg.before_role {
        return typed(ActorKind::Organization, "actor/name/role-affiliation");
    }
    None
}

/// How the capitalised word at `k` is written elsewhere nearby, in one pass: whether
/// it stands alone mid-sentence (no capitalised word beside it: the article uses it as a
/// name of its own), and whether it closes a longer capitalised name ("Jill Stein"
/// before "Stein spokeswoman Melezia Figueroa": a surname, or a short name the linker
/// resolves, not an employer of its own).
fn written_elsewhere(doc: &Doc, k: usize) -> (bool, bool) {
    let word = doc.toks[k].low();
    let cap_word =
        |j: usize| doc.is(j, Tags::CAP) && doc.get(j).is_some_and(|t| t.kind == Kind::Word);
    let from = k.saturating_sub(600);
    let to = (k + 600).min(doc.toks.len());
    let (mut alone, mut tail) = (false, false);
    for j in from..to {
        if j == k || doc.toks[j].low() != word {
            continue;
        }
        let after_cap = j > 0 && cap_word(j - 1) && doc.same_sent(j - 1, j);
        let before_cap = cap_word(j + 1) && doc.same_sent(j, j + 1);
        tail |= after_cap;
        alone |= doc.is(j, Tags::CAP) && !doc.starts_sentence(j) && !(after_cap || before_cap);
    }
    (alone, tail)
}

/// Whether token `i` is a lower-case word with any of `tags`.
fn lower_is(doc: &Doc, i: usize, tags: Tags) -> bool {
    doc.get(i)
        .is_some_and(|t| !t.tags.has(Tags::CAP) && t.tags.has(tags))
}

/// Types a segment from the tokens around it; `ws` is its [`words`].
pub fn context(doc: &Doc, seg: &Seg, ws: &[usize]) -> Option<Typed> {
    // ("… Mining Co. Ltd., a joint venture": a legal suffix cut off its name names no
    // one.)
    if ws.iter().all(|&k| doc.is(k, Tags::LEGAL)) {
        return None;
    }
    let n = seg.end;
    // "the Kittur Karnataka region", "the Hunter Valley area": a place's name before
    // a lower-case noun for a stretch of land names no one.
    let land = doc.get(n).is_some_and(|t| {
        !t.tags.has(Tags::CAP)
            && matches!(
                t.lower,
                "region"
                    | "regions"
                    | "area"
                    | "areas"
                    | "valley"
                    | "basin"
                    | "peninsula"
                    | "delta"
                    | "coast"
                    | "highlands"
                    | "corridor"
                    | "belt"
            )
    });
    if land {
        return Some(dropped());
    }
    // "Opposition leader Vikram Thakur of the Jan Adhikar Morcha called": a name of
    // two words or more after a name's "of the", before a verb, is the speaker's body.
    let speakers_body = ws.len() >= 2
        && seg.start >= 3
        && doc.word(seg.start - 1, "the")
        && doc.word(seg.start - 2, "of")
        && doc.is(seg.start - 3, Tags::CAP)
        && doc.same_sent(seg.start - 3, seg.start)
        && verb_follows(doc, n, false);
    if speakers_body {
        return typed(ActorKind::Organization, "actor/name/speakers-body");
    }
    // "as Black Sea supplies tightened", "the Mekong River": a name ending in a word
    // for a sea, a river or a range of land is a place's, whatever follows; it may
    // still be a company's short name ("Kestrel Bay" for Kestrel Bay Nickel), left to
    // the linking of untyped names.
    let feature = ws.len() >= 2
        && matches!(
            doc.toks[ws[ws.len() - 1]].low(),
            "sea"
                | "ocean"
                | "river"
                | "gulf"
                | "bay"
                | "lake"
                | "strait"
                | "straits"
                | "mountains"
                | "islands"
                | "peninsula"
                | "desert"
        );
    if feature {
        return None;
    }
    // "Dawn newspaper reported", "The Edge business weekly reported": a name before a
    // lower-case noun of a news outlet (one modifier may come between) and the
    // outlet's verb is the outlet's.
    let outlet_noun = |k: usize| {
        doc.get(k).is_some_and(|t| {
            !t.tags.has(Tags::CAP)
                && matches!(
                    t.lower,
                    "newspaper" | "daily" | "weekly" | "magazine" | "broadcaster" | "tabloid"
                )
        })
    };
    let noun = if outlet_noun(n) {
        Some(n)
    } else if outlet_noun(n + 1) && doc.get(n).is_some_and(|t| t.kind == Kind::Word) {
        Some(n + 1)
    } else {
        None
    };
    if noun.is_some_and(|k| doc.is(k + 1, Tags::VERB) && !doc.is(k + 1, Tags::CAP)) {
        return typed(ActorKind::Media, "actor/name/outlet-noun");
    }
    let multi = ws.len() >= 2;
    // A lone capitalised word opening a sentence carries no sign of being a name.
    let opener = !multi && doc.starts_sentence(seg.start);
    let before = seg.start.checked_sub(1);
    let last = *ws.last()?;
    // ("Its plant in Emden, which builds …": the clause is the plant's, not the
    // place's.)
    // ("In the border town of Elubo, a district security officer, …": a place named
    // after its noun and "of" is the place, whatever follows.)
    let town_of = seg.start >= 2
        && doc.word(seg.start - 1, "of")
        && matches!(
            doc.toks[seg.start - 2].low(),
            "town" | "city" | "village" | "port" | "island" | "suburb" | "hamlet"
        );
    // ("fallers on northern Vancouver Island, who work …": a place after a
    // preposition and a word of direction; the clause is the people's.)
    let direction = seg.start >= 2
        && matches!(
            doc.toks[seg.start - 1].low(),
            "northern" | "southern" | "eastern" | "western" | "central" | "coastal" | "rural"
        )
        && matches!(
            doc.toks[seg.start - 2].low(),
            "in" | "on" | "at" | "near" | "from" | "across"
        );
    // ("underperforming the benchmark KOSPI, which was flat": a market index.)
    let index = seg.start > 0 && matches!(doc.toks[seg.start - 1].low(), "benchmark" | "index");
    let placed = town_of
        || direction
        || index
        || seg.start > 0
            && matches!(
                doc.toks[seg.start - 1].low(),
                "in" | "at" | "near" | "outside"
            )
            && doc.word(n + 1, "which");
    // ("lawmaker Valeria Ruiz of the Frente Federal, who sits on …": a name after
    // "the" is no person's, so the clause is the person's before it.)
    let the = seg.start > 0 && doc.word(seg.start - 1, "the");
    if let Some(t) = apposition(doc, n, multi, the).filter(|_| !placed) {
        return Some(t);
    }
    if let Some(p) = before {
        if doc.same_sent(p, seg.start) {
            if let Some(t) = before_context(doc, p, multi, doc.punct(n, ",")) {
                return Some(t);
            }
        }
    }
    if doc.is(last, Tags::POSSESSIVE)
        && (lower_is(doc, n, Tags::TITLE) || lower_is(doc, n + 1, Tags::TITLE))
    {
        return typed(ActorKind::Organization, "actor/name/possessive-role");
    }
    // "Zenco chief executive Mia Cole", "Halvex finance director Tom Reed": a name
    // before a lower-case title and the name of its holder is the holder's employer.
    let mut t = n;
    while t < n + 3 && lower_is(doc, t, Tags::ROLE_MOD) && !lower_is(doc, t, Tags::TITLE) {
        t += 1;
    }
    while t < n + 4 && lower_is(doc, t, Tags::TITLE) {
        t += 1;
    }
    // ("Finance minister Ola Berg", "Union leader Tom Reed", "Board chair …": a word of
    // roles or bodies opening the phrase is the role's; an acronym may be a body
    // named in full elsewhere.)
    let generic = Tags::ROLE_MOD
        | Tags::TITLE
        | Tags::ORG_HEAD
        | Tags::GOV_HEAD
        | Tags::DESC
        | Tags::GROUP_NOUN
        | Tags::MEMBER_NOUN
        | Tags::PARTY
        | Tags::ALL_CAPS;
    // A lone word opening the sentence is a name only where the article also writes it
    // alone mid-sentence ("Regional governor Matei Corbescu" names no body "Regional";
    // "United manager …" after "Castleford United" is left to the club's name).
    let shape = t > n
        && lower_is(doc, t - 1, Tags::TITLE)
        && doc.same_sent(seg.start, t)
        && doc.is(t, Tags::CAP)
        && !doc.is(t, Tags::FUNCTION)
        && !doc.is(last, Tags::POSSESSIVE | Tags::PARTY | Tags::DEMONYM);
    let lone_ok = || {
        if doc.is(last, generic) {
            return false;
        }
        let (alone, tail) = written_elsewhere(doc, last);
        (!doc.starts_sentence(last) || alone) && !tail
    };
    if shape && (ws.len() > 1 || lone_ok()) {
        return typed(ActorKind::Organization, "actor/name/role-affiliation");
    }
    // ("Scioto Regional's Chillicothe hospital": an owner's possessive is a determiner
    // too.)
    let described = !multi
        && seg.start > 0
        && (doc.word(seg.start - 1, "the") || doc.is(seg.start - 1, Tags::POSSESSIVE));
    // ("LONDON, May 2 - Dock workers said": a lone word opening the text after a
    // dateline's dash, before a plural noun of people, is the noun's modifier.)
    let dashed = seg.start > 0 && matches!(doc.toks[seg.start - 1].lower, "—" | "–" | "-");
    let modifier = !multi && dashed && doc.is(n, Tags::GROUP_NOUN);
    // ("the Southeast Asian nation" is a country described, no body named "Southeast
    // Asian"; "Cree Nation" keeps its capital.)
    if lower_is(doc, n, Tags::ORG_HEAD | Tags::GOV_HEAD)
        && !modifier
        && doc.toks[n].low() != "nation"
        && !doc.is(last, Tags::POSSESSIVE)
        && doc.same_sent(n, seg.start)
        && !doc.is(
            n + 1,
            Tags::CAP | Tags::TITLE | Tags::GROUP_NOUN | Tags::DESC,
        )
        && !described
    {
        let kind = if doc.is(n, Tags::GOV_HEAD) {
            ActorKind::Government
        } else {
            ActorKind::Organization
        };
        return typed(kind, "actor/name/head-noun");
    }
    // "a report in Punch newspaper", "the Clarion daily": a name before a lower-case
    // noun for a news outlet is the outlet.
    let outlet = doc.get(n).is_some_and(|t| {
        t.kind == Kind::Word
            && !t.tags.has(Tags::CAP)
            && classes::description_kind(t.lower) == Some("media")
    });
    if outlet && !doc.is(last, Tags::POSSESSIVE) && !doc.is(n + 1, Tags::CAP) {
        return typed(ActorKind::Media, "actor/name/head-noun");
    }
    if market_move(doc, n) && !doc.is(last, Tags::POSSESSIVE) {
        return typed(ActorKind::Organization, "actor/name/market");
    }
    // "Tarrow Veld of Zenco said", "Declan Forde of the advocacy group Privacy Watch
    // Ireland said": a name of two words or more (no body's head word last), "of" and a
    // body's name, then the speech verb: a person.
    // ("The Independent Broadcasters of Ireland said": people's names take no article.)
    let article = seg.start > 0 && doc.word(seg.start - 1, "the");
    if multi
        && !article
        && doc.word(n, "of")
        && !doc.is(
            last,
            Tags::ORG_HEAD | Tags::GOV_HEAD | Tags::MEDIA_HEAD | Tags::LEGAL,
        )
        && is_subject(doc, seg)
    {
        let (_, e) = doc.sent_of(n);
        let verb = (n + 2..e.min(n + 10)).find(|&k| verb_follows(doc, k, false));
        let body = verb.is_some_and(|v| {
            doc.is(v - 1, Tags::CAP)
                && (n + 1..v).all(|k| {
                    let t = &doc.toks[k];
                    t.kind == Kind::Word && !t.tags.has(Tags::VERB | Tags::AUX | Tags::PRONOUN)
                })
        });
        if body {
            return typed(ActorKind::Person, "actor/name/speaker");
        }
    }
    // ("Tarrow Veld, of Zenco Holdings, said": the same between commas.)
    if multi && !article && doc.punct(n, ",") && doc.word(n + 1, "of") && is_subject(doc, seg) {
        let (_, e) = doc.sent_of(n);
        let close = (n + 3..e.min(n + 10)).find(|&k| doc.punct(k, ","));
        let body = close.is_some_and(|c| {
            (n + 2..c).all(|k| doc.is(k, Tags::CAP) || doc.word(k, "the"))
                && doc.is(c + 1, Tags::VERB)
                && !doc.is(c + 1, Tags::CAP)
        });
        if body {
            return typed(ActorKind::Person, "actor/name/speaker");
        }
    }
    // ("Black Vortex has claimed": a singular auxiliary right before a speech verb;
    // "Castleford United have agreed" is a team's plural, left untyped.)
    let aux_verb = matches!(
        doc.toks.get(n).map(|t| t.lower),
        Some("has" | "had" | "will")
    ) && doc.is(n + 1, Tags::VERB)
        && !doc.is(n + 1, Tags::CAP);
    if is_subject(doc, seg) && (verb_follows(doc, n, !multi && !opener) || aux_verb) {
        // "Northmere Water said it would pay": the speaker is an "it"; "Renko said he
        // would stay": a lone word is a person's name.
        let (it, person) = pronouns_after_verb(doc, n);
        // ("Disability Rights Ohio said": a body's head word or a plural noun inside the
        // name, neither first nor last, where a surname could be one, "Samantha
        // Power"; a plural only where no "he" or "she" follows, "Maria dos Santos
        // Silva said she".)
        let inner_head = ws.len() >= 3
            && ws[1..ws.len() - 1].iter().any(|&k| {
                let w = doc.toks[k].low();
                doc.is(k, Tags::ORG_HEAD | Tags::GOV_HEAD)
                    || (!person
                        && w.len() > 4
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && !doc.is(k, Tags::FEMALE | Tags::MALE))
            });
        return if multi && !article && !it && !inner_head {
            typed(ActorKind::Person, "actor/name/speaker")
        } else if !multi && !article && person {
            typed(ActorKind::Person, "actor/name/subject")
        } else {
            typed(ActorKind::Organization, "actor/name/subject")
        };
    }
    // ("in St. John's next week": a saint's possessive with no name after it is a
    // town's.)
    let saint = matches!(doc.toks[seg.start].lower, "st" | "saint");
    // ("Parkinson's disease", "Down's syndrome": an eponym's condition.)
    let eponym = matches!(
        doc.get(n).map(|t| t.lower),
        Some("disease" | "syndrome" | "law" | "theorem")
    );
    if doc.is(last, Tags::POSSESSIVE)
        && !doc.is(n, Tags::CAP)
        && doc.get(n).is_some_and(|t| t.kind == Kind::Word)
        && !saint
        && !eponym
    {
        return typed(ActorKind::Organization, "actor/name/possessive");
    }
    None
}

/// Which pronouns follow the verb after the subject that ends at token `n`, within
/// five tokens, directly, after "that" or after a lower-case addressee of one or two
/// words ("said it would", "told reporters that he", "told the crowd she"): (an "it" or
/// "its", a "he", "she" or "his"). Both in one scan, each token's word first: most
/// tokens there are none of them.
fn pronouns_after_verb(doc: &Doc, n: usize) -> (bool, bool) {
    // A plain lower-case word: an addressee's ("reporters", "the crowd").
    let plain = |k: usize| {
        doc.get(k)
            .is_some_and(|t| t.kind == Kind::Word && !t.tags.has(Tags::CAP | Tags::VERB))
    };
    let verb = |k: usize| doc.is(k, Tags::VERB);
    let (mut it, mut person) = (false, false);
    for k in n + 1..n + 6 {
        let Some(t) = doc.get(k) else { continue };
        let (is_it, is_person) = (
            matches!(t.lower, "it" | "its"),
            matches!(t.lower, "he" | "she" | "his"),
        );
        if !(is_it || is_person) {
            continue;
        }
        let after = verb(k - 1)
            || doc.word(k - 1, "that")
            || (plain(k - 1) && (verb(k - 2) || (k >= n + 3 && plain(k - 2) && verb(k - 3))));
        if after && doc.same_sent(n, k) {
            it |= is_it;
            person |= is_person;
        }
    }
    (it, person)
}

/// The acronyms an article introduces for lower-case words, "proton pump inhibitors, or
/// PPIs," and "electric vehicles (EVs)": terms, not names, wherever they stand (lower
/// case, without a plural "s"). A body's acronym follows its capitalised name.
pub fn terms(doc: &Doc) -> Vec<String> {
    let mut out = Vec::new();
    // An acronym opens with two capitals: only the sentences holding such a word are
    // read (most hold none), and in them the flag first, then the word before (most such
    // words are not after "(" or "or").
    for r in doc.sents_with(Tags::INITIALS) {
        let from_third = doc.toks.get(r.start.max(2)..r.end).unwrap_or_default();
        for (k, t) in (r.start.max(2)..).zip(from_third) {
            if !t.tags.has(Tags::INITIALS) {
                continue;
            }
            if let Some(term) = term_at(doc, k) {
                out.push(term);
            }
        }
    }
    out
}

/// The term whose acronym is the word at `k` (its [`Doc::initials`] known), lower case
/// without a plural "s", where "… words (ACR)" or "… words, or ACR" spells it.
fn term_at(doc: &Doc, k: usize) -> Option<String> {
    let after = &doc.toks[k - 1];
    if after.kind == Kind::Word && after.lower != "or" {
        return None;
    }
    // "… words (ACR)" or "… words, or ACR".
    let before = if doc.punct(k - 1, "(") && doc.punct(k + 1, ")") {
        k - 1
    } else if doc.word(k - 1, "or") && doc.punct(k - 2, ",") {
        k - 2
    } else {
        return None;
    };
    if !doc.same_sent(k - 2, k) {
        return None;
    }
    let raw = doc.toks[k].span.text(doc.text);
    let letters: Vec<u8> = raw
        .strip_suffix('s')
        .unwrap_or(raw)
        .bytes()
        .map(|b| b.to_ascii_lowercase())
        .collect();
    if letters.len() < 2 || letters.len() > before || !letters.iter().all(u8::is_ascii_lowercase) {
        return None;
    }
    let words = before - letters.len()..before;
    let spelled = words.clone().zip(&letters).all(|(w, &l)| {
        let t = &doc.toks[w];
        t.kind == Kind::Word
            && !t.tags.has(Tags::CAP)
            && doc.same_sent(w, k)
            && t.lower.as_bytes().first() == Some(&l)
    });
    let low = doc.toks[k].low();
    spelled.then(|| low.strip_suffix('s').unwrap_or(low).to_string())
}

/// Whether the lone word at `k` is one of `terms` (as [`terms`] gives them).
pub fn is_term(doc: &Doc, k: usize, terms: &[String]) -> bool {
    let low = doc.toks[k].low();
    let low = low.strip_suffix('s').unwrap_or(low);
    doc.initials(k) && terms.iter().any(|t| t == low)
}

/// "Brandt shares rose", "Halvex stock slumped": the name before "shares" or "stock"
/// followed by a verb of the market is a traded company ("Lee shares his view" is not).
fn market_move(doc: &Doc, n: usize) -> bool {
    const MOVES: &[&str] = &[
        "climbed", "closed", "dipped", "dropped", "edged", "ended", "fell", "gained", "jumped",
        "plunged", "rallied", "rose", "sank", "slid", "slipped", "slumped", "soared", "surged",
        "tumbled",
    ];
    let noun = doc
        .get(n)
        .is_some_and(|t| matches!(t.low(), "shares" | "stock"));
    noun && doc.get(n + 1).is_some_and(|t| MOVES.contains(&t.low()))
}

/// ", a union representing …", ", chief executive of …", ", who …", ", which …"; `the`
/// when "the" comes before the name.
fn apposition(doc: &Doc, n: usize, multi: bool, the: bool) -> Option<Typed> {
    if !doc.punct(n, ",") || !doc.same_sent(n, n.saturating_sub(1)) {
        return None;
    }
    match doc.get(n + 1).map(|t| t.low()) {
        Some("who") if the => return None,
        Some("who") if multi => return typed(ActorKind::Person, "actor/name/who"),
        Some("which") => return typed(ActorKind::Organization, "actor/name/which"),
        _ => {}
    }
    // "Declan Marsh, 58, of Whitby": an age between commas after a full name.
    let age = doc.get(n + 1).is_some_and(|t| {
        t.kind == Kind::Number && t.lower.len() <= 3 && t.lower.bytes().all(|b| b.is_ascii_digit())
    }) && (doc.punct(n + 2, ",") || doc.punct(n + 2, "."));
    if age && multi {
        return typed(ActorKind::Person, "actor/name/apposition");
    }
    // "a meeting in Hubballi, saying the government had": a participle opens a
    // clause of the sentence's subject, not an apposition.
    let participle = doc.get(n + 1).is_some_and(|t| {
        t.kind == Kind::Word
            && t.lower.ends_with("ing")
            && !t.tags.has(Tags::CAP | Tags::TITLE | Tags::ROLE_MOD)
    });
    if participle {
        return None;
    }
    let indefinite = doc.word(n + 1, "a") || doc.word(n + 1, "an");
    let mut nouns = 0;
    for k in n + 1..(n + 7).min(doc.toks.len()) {
        let t = &doc.toks[k];
        // ("a renters' advocacy group": a plural's possessive mark goes on.)
        let plural_mark = matches!(t.low(), "'" | "’") && doc.toks[k - 1].lower.ends_with('s');
        if plural_mark {
            continue;
        }
        let closes = t.kind == Kind::Punct
            || matches!(t.low(), "who" | "whose" | "at" | "of" | "with" | "in");
        // ("in Huila, although neither has gone to court": an auxiliary is a clause's,
        // no apposition's.)
        if closes || !doc.same_sent(n, k) || t.tags.has(Tags::VERB | Tags::AUX) {
            // ", a retired nurse, …": an indefinite apposition of plain nouns after a
            // two-word name describes a person.
            return (indefinite && nouns >= 1 && multi && closes)
                .then_some(())
                .and_then(|_| typed(ActorKind::Person, "actor/name/apposition"));
        }
        if t.tags.has(Tags::CAP)
            && !t.tags.has(Tags::FUNCTION)
            && !t.tags.has(Tags::TITLE | Tags::ROLE_MOD)
        {
            // ("a Bengaluru-based advocacy group", "a Tokyo-listed maker": a place
            // in a compound adjective modifies the noun.)
            if t.tags.has(Tags::POSSESSIVE) || compound_place(t.lower) {
                continue;
            }
            // ("the third-largest U.S. drugstore chain", "a Swedish carmaker": a country
            // or a nationality before the noun modifies it.)
            if t.tags.has(Tags::COUNTRY | Tags::DEMONYM) && doc.same_sent(k, k + 1) {
                continue;
            }
            break;
        }
        // ("the union's district manager": a body's noun before a role's is its
        // modifier.)
        let modifier = doc.get(k + 1).is_some_and(|n| {
            n.kind == Kind::Word
                && n.tags
                    .has(Tags::TITLE | Tags::GROUP_NOUN | Tags::MEMBER_NOUN)
        });
        if t.tags.has(Tags::DESC) && !t.tags.has(Tags::TITLE | Tags::POSSESSIVE) && !modifier {
            // ("in Hatay, the daily Ankara Postası reported": the noun introduces the
            // name after it, no apposition of the name before; "based in Gaziantep,
            // the newspaper said": a speech verb after it makes it that verb's subject.)
            let introduces = doc.get(k + 1).is_some_and(|a| {
                a.kind == Kind::Word
                    && ((a.tags.has(Tags::CAP) && !a.tags.has(Tags::FUNCTION))
                        || (a.tags.has(Tags::VERB) && !a.tags.has(Tags::AUX)))
                    && doc.same_sent(k, k + 1)
            });
            if introduces {
                return None;
            }
            return body_kind(t.lower).and_then(|k| typed(k, "actor/name/apposition"));
        }
        if t.tags.has(Tags::TITLE) && multi {
            // ("before the Senate Committee on Finance, Governor Asim Qureshi said": a
            // capitalised title before a name opens the next person's name.)
            let named = k == n + 1
                && t.tags.has(Tags::CAP)
                && doc.get(k + 1).is_some_and(|n| {
                    n.kind == Kind::Word
                        && n.tags.has(Tags::CAP)
                        && !n.tags.has(Tags::FUNCTION | Tags::TITLE)
                });
            if named {
                return None;
            }
            return typed(ActorKind::Person, "actor/name/apposition");
        }
        if t.kind == Kind::Word && !t.tags.has(Tags::FUNCTION) {
            nouns += 1;
        }
    }
    None
}

/// Whether a word is a compound adjective of a place and a participle
/// ("bengaluru-based", "tokyo-listed", "state-owned").
fn compound_place(lower: &str) -> bool {
    lower.rsplit_once('-').is_some_and(|(_, p)| {
        matches!(
            p,
            "based"
                | "owned"
                | "listed"
                | "led"
                | "backed"
                | "registered"
                | "run"
                | "funded"
                | "founded"
        )
    })
}

/// "the winning bidder, Danube Mobility", "its robotics division, Lumora Motion",
/// "Chile's mining safety regulator, Sernageomin,", "The union representing the crew,
/// STA,": a definite description of a body (its head a description noun for an
/// organisation, a government body or a news outlet, after "the", "its", "their" or a
/// possessive within four words) ending at the comma `p` names what the next name is,
/// of the description's kind. A participle or a preposition and a few plain words may
/// follow the head. Unless a comma closes the name (`closed`), only an organisation
/// noun right after "the", "its" or "their" and right before the comma will do
/// ("According to figures from the port authority, Velmar handled …" names no body).
fn described_body(doc: &Doc, p: usize, closed: bool) -> Option<ActorKind> {
    let (s, _) = doc.sent_of(p);
    let body = |k: usize| {
        let t = &doc.toks[k];
        t.tags.has(Tags::DESC) && !t.tags.has(Tags::TITLE | Tags::POSSESSIVE | Tags::CAP)
    };
    let h = (p.saturating_sub(6).max(s)..p).rev().find(|&k| body(k))?;
    if h + 1 < p {
        // "representing the crew", "for the region": plain words only.
        let post = &doc.toks[h + 1];
        let opens = post.tags.has(Tags::PREP) || post.low().ends_with("ing");
        let plain = (h + 1..p).all(|k| {
            let t = &doc.toks[k];
            t.kind == Kind::Word && !t.tags.has(Tags::CAP | Tags::VERB | Tags::AUX)
        });
        if !(opens && plain) {
            return None;
        }
    }
    let definite = |k: usize| {
        doc.word(k, "the")
            || doc.word(k, "its")
            || doc.word(k, "their")
            || doc.is(k, Tags::POSSESSIVE)
    };
    // ("a Swedish investment firm, Fjällbacka Kapital, had …": an indefinite one will
    // do when a comma closes the name too.)
    let indefinite = |k: usize| closed && (doc.word(k, "a") || doc.word(k, "an"));
    if !(h.saturating_sub(4).max(s)..h).any(|k| definite(k) || indefinite(k)) {
        return None;
    }
    let kind = classes::description_kind(doc.toks[h].lower);
    if !closed {
        let article = (h.saturating_sub(3).max(s)..h)
            .any(|k| doc.word(k, "the") || doc.word(k, "its") || doc.word(k, "their"));
        if !(h + 1 == p && article && kind == Some("organization")) {
            return None;
        }
    }
    if commercial_agency(doc, h) {
        return Some(ActorKind::Organization);
    }
    body_kind(doc.toks[h].lower)
}

/// "Credit rating agency Meridian Ratings", "a Prague marketing agency, Nova Media":
/// an agency named by the service it sells is a company, not a government agency.
fn commercial_agency(doc: &Doc, h: usize) -> bool {
    doc.word(h, "agency")
        && h > 0
        && matches!(
            doc.toks[h - 1].lower,
            "rating"
                | "ratings"
                | "credit"
                | "advertising"
                | "ad"
                | "marketing"
                | "travel"
                | "talent"
                | "employment"
                | "recruitment"
                | "staffing"
                | "insurance"
                | "estate"
                | "modelling"
                | "modeling"
                | "collection"
                | "creative"
                | "branding"
                | "consulting"
        )
}

/// The kind of body a description noun names ("company", "regulator", "newspaper"),
/// if it names a body rather than a person or a group.
fn body_kind(lower: &str) -> Option<ActorKind> {
    match classes::description_kind(lower) {
        Some("organization") => Some(ActorKind::Organization),
        Some("government") => Some(ActorKind::Government),
        Some("media") => Some(ActorKind::Media),
        _ => None,
    }
}

/// "The chief executive of Quillo, Omar Haddad,": for the comma at `comma`, the token
/// "of", "for", "to", "on" or "at" after a title (capitalised too: "The Minister of
/// Finance, Dawit Alemayehu,"), with only capitalised words (or "the") between it and
/// the comma; after the others than "of" plain words too ("The envoy for the region,
/// Omar Haddad,", "the lead engineer on the study, Ana Ruiz,").
pub fn title_of_before(doc: &Doc, comma: usize) -> Option<usize> {
    let of = (comma.saturating_sub(8)..comma)
        .rev()
        .take_while(|&k| doc.same_sent(k, comma))
        .find(|&k| {
            ["of", "for", "to", "on", "at"]
                .iter()
                .any(|w| doc.word(k, w))
        })?;
    // "The head of Carrow Police, …" names the body; after "for" or "to" a description
    // will do ("The envoy for the region, Omar Haddad,").
    // ("minister of culture, Kwabena Asare-Boateng,": after "of", a portfolio of one
    // or two plain words will do too.)
    let plain = |k: usize| {
        doc.toks[k].kind == Kind::Word && !doc.is(k, Tags::VERB | Tags::PRONOUN | Tags::PREP)
    };
    // ("minister for tourism, arts and culture, X,": a list of portfolios.)
    let item = |k: usize| {
        (plain(k) && !doc.is(k, Tags::FUNCTION)) || doc.punct(k, ",") || doc.word(k, "and")
    };
    let portfolio = (comma - of <= 3 || (of + 1..comma).any(|k| doc.word(k, "and")))
        && plain(comma - 1)
        && (of + 1..comma).all(item);
    // ("The head of the provincial election commission, Fadli Lubis,": after "of the",
    // a body described in plain words.)
    let described = doc.word(of, "of") && doc.word(of + 1, "the") && comma - of <= 6;
    let named = portfolio
        || (of + 1..comma).all(|k| {
            doc.is(k, Tags::CAP)
                || doc.word(k, "the")
                || ((described || !doc.word(of, "of")) && plain(k))
        });
    (of > 0 && named && of + 1 < comma && doc.is(of - 1, Tags::TITLE)).then_some(of)
}

/// "A lawyer representing two of the families, Choi Eun-ji,": for the comma at `comma`,
/// a lower-case title opening the sentence's subject, then a participle that says whom
/// the person serves and its object (plain words, no verb or punctuation); the
/// participle's token.
pub fn serving_before(doc: &Doc, comma: usize) -> Option<usize> {
    let punct = |k: usize| doc.toks[k].kind == Kind::Punct;
    let ing = (comma.saturating_sub(8)..comma)
        .rev()
        .take_while(|&k| doc.same_sent(k, comma) && !punct(k))
        .find(|&k| doc.toks[k].lower.ends_with("ing"))?;
    // ("A senior lawyer representing": at most two words open the subject before it.)
    let title = ing.saturating_sub(1);
    let opens = (title.saturating_sub(2)..=title)
        .find(|&k| doc.starts_sentence(k))
        .is_some_and(|o| {
            (o..title)
                .all(|k| !punct(k) && !doc.is(k, Tags::VERB) && (k == o || !doc.is(k, Tags::CAP)))
        });
    (ing > 0
        && ing + 1 < comma
        && lower_is(doc, title, Tags::TITLE)
        && opens
        && (ing + 1..comma).all(|k| !punct(k) && !doc.is(k, Tags::VERB)))
    .then_some(ing)
}

/// A role, descriptor or naming phrase right before the name (token `p`).
fn before_context(doc: &Doc, p: usize, multi: bool, closed: bool) -> Option<Typed> {
    let pt = doc.get(p)?;
    // "in an interview with Radio Cafetal", "… with the Zurcher Tagespost": the outlet
    // that gave the interview (a person's given name opens a person's name).
    let with = if pt.low() == "the" {
        p.checked_sub(1)
    } else {
        Some(p)
    };
    let interview =
        with.is_some_and(|k| k > 0 && doc.word(k, "with") && doc.word(k - 1, "interview"));
    if interview
        && !doc.is(
            p + 1,
            Tags::FEMALE | Tags::MALE | Tags::TITLE | Tags::HONORIFIC,
        )
    {
        return typed(ActorKind::Media, "actor/name/interviewer");
    }
    // "“…,” said Maren Oyelaran": a name of two words or more after a speech verb that
    // follows a quote is the quote's speaker (a name whose own words tell a body's kind
    // was typed by them already).
    // (A straight single quote mark is a token of its own: "…,' said Declan Forde".)
    let quote = |k: usize| {
        doc.get(k)
            .is_some_and(|t| t.kind == Kind::Quote || t.lower == "'")
    };
    if multi
        && pt.tags.has(Tags::VERB)
        && !pt.tags.has(Tags::CAP)
        && p > 0
        && (quote(p - 1) || (doc.punct(p - 1, ",") && p > 1 && quote(p - 2)))
    {
        return typed(ActorKind::Person, "actor/name/inverted-speaker");
    }
    if doc.punct(p, ",")
        && multi
        && (title_of_before(doc, p).is_some() || serving_before(doc, p).is_some())
    {
        return typed(ActorKind::Person, "actor/name/role-apposition");
    }
    if doc.punct(p, ",") && p > 0 && lower_is(doc, p - 1, Tags::TITLE) && multi {
        // "The developer, Brookfield Homes,": a noun that is a role and a kind of
        // company names the company, unless a given name opens the name.
        let company = classes::description_kind(doc.toks[p - 1].lower) == Some("organization")
            && !doc.is(p + 1, Tags::FEMALE | Tags::MALE)
            && (p.saturating_sub(4)..p - 1).any(|k| doc.word(k, "the") && doc.same_sent(k, p));
        if company {
            return typed(ActorKind::Organization, "actor/name/descriptor");
        }
        return typed(ActorKind::Person, "actor/name/role-apposition");
    }
    // ("Britain's medicines regulator, the MHRA, said": the name's own article.)
    let comma = if pt.lower == "the" && p > 0 { p - 1 } else { p };
    if doc.punct(comma, ",") {
        if let Some(kind) = described_body(doc, comma, closed) {
            return typed(kind, "actor/name/descriptor");
        }
    }
    if pt.tags.has(Tags::CAP) && !doc.starts_sentence(p) {
        return None;
    }
    if pt.tags.has(Tags::DESC) && !pt.tags.has(Tags::TITLE | Tags::POSSESSIVE) {
        let news = p > 0 && doc.word(p - 1, "news");
        let kind = if news {
            Some(ActorKind::Media)
        } else if commercial_agency(doc, p) {
            Some(ActorKind::Organization)
        } else {
            body_kind(pt.lower)
        };
        return kind.and_then(|k| typed(k, "actor/name/descriptor"));
    }
    if pt.tags.has(Tags::TITLE) && multi {
        return typed(ActorKind::Person, "actor/name/role-person");
    }
    let prev = p.checked_sub(1).map(|q| doc.toks[q].low());
    // "a nitrosamine known as NDMA", "The drug, known as CTX-417,": a thing's name,
    // after a plain noun that is no body's.
    if prev == Some("known") && pt.lower == "as" && p >= 2 {
        let q = if doc.punct(p - 2, ",") { p - 2 } else { p - 1 };
        let thing = q > 0 && {
            let t = &doc.toks[q - 1];
            t.kind == Kind::Word
                && !t
                    .tags
                    .has(Tags::CAP | Tags::DESC | Tags::GROUP_NOUN | Tags::ORG_HEAD)
        };
        if thing {
            return Some(dropped());
        }
    }
    match (prev, pt.low()) {
        (Some("calls" | "call" | "called"), "itself" | "themselves") | (Some("known"), "as") => {
            return typed(ActorKind::Organization, "actor/name/named-as")
        }
        (Some(_), "at") if p > 0 && doc.is(p - 1, Tags::MEMBER_NOUN) => {
            return typed(ActorKind::Organization, "actor/name/staff-at")
        }
        _ => {}
    }
    // "Shares of Tesvara fell", "a stake in Quillon": a traded company.
    if matches!(
        (prev, pt.low()),
        (Some("shares" | "stock" | "stake"), "of" | "in")
    ) {
        return typed(ActorKind::Organization, "actor/name/market");
    }
    // "chief executive of Quillo", "the owner of the Tucson Rattlers", "leader of the
    // farmer-backed Plattelandspartij" (up to two lower-case modifiers after "the").
    let modifier = |k: usize| {
        doc.toks[k].kind == Kind::Word
            && !doc.is(
                k,
                Tags::CAP | Tags::FUNCTION | Tags::VERB | Tags::TITLE | Tags::PREP | Tags::AUX,
            )
    };
    let mut q = p;
    while q + 2 > p && q > 0 && modifier(q) && doc.same_sent(q, p) {
        q -= 1;
    }
    let q = if q < p && doc.word(q, "the") { q } else { p };
    let of = if doc.word(q, "the") && q > 0 {
        q - 1
    } else {
        q
    };
    if matches!(doc.toks[of].low(), "of" | "for" | "at")
        && of > 0
        && lower_is(doc, of - 1, Tags::TITLE)
    {
        return typed(ActorKind::Organization, "actor/name/role-of");
    }
    let with = pt.lower == "with" || (pt.lower == "both" && p > 0 && doc.word(p - 1, "with"));
    if with && partner_near(doc, p) {
        return typed(ActorKind::Organization, "actor/name/partner");
    }
    None
}

/// A business-tie noun within ten tokens before `p`, in its sentence.
fn partner_near(doc: &Doc, p: usize) -> bool {
    let (s, _) = doc.sent_of(p);
    (p.saturating_sub(10).max(s)..p).any(|k| doc.is(k, Tags::PARTNER))
}

/// Not the object of a preposition.
fn is_subject(doc: &Doc, seg: &Seg) -> bool {
    let Some(p) = seg.start.checked_sub(1) else {
        return true;
    };
    if !doc.same_sent(p, seg.start) {
        return true;
    }
    // "in Homa Bay or Busia should": the last of two names joined by "and" or "or"
    // stands where the first does.
    let p = if (doc.word(p, "or") || doc.word(p, "and")) && p > 0 && doc.is(p - 1, Tags::CAP) {
        let mut s = p - 1;
        // ("the ACLU of Ohio and Disability Rights Ohio": a name's own "of".)
        let inner = |k: usize| {
            (doc.word(k, "of") || doc.word(k, "for")) && k > 0 && doc.is(k - 1, Tags::CAP)
        };
        while s > 0 && (doc.is(s - 1, Tags::CAP) || inner(s - 1)) && doc.same_sent(s - 1, s) {
            s -= 1;
        }
        match s.checked_sub(1) {
            Some(q) if doc.same_sent(q, s) => q,
            _ => return true,
        }
    } else {
        p
    };
    // "of the centre-right Renovación Nacional": up to two lower-case modifiers and an
    // article may stand between a preposition and its object.
    let plain = |k: usize| {
        doc.get(k).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.tags.has(
                    Tags::CAP
                        | Tags::VERB
                        | Tags::FUNCTION
                        | Tags::PREP
                        | Tags::AUX
                        | Tags::PRONOUN,
                )
        })
    };
    let mut q = p;
    let mut modifiers = 0;
    while modifiers < 2 && q > 0 && plain(q) && doc.same_sent(q - 1, q) {
        q -= 1;
        modifiers += 1;
    }
    let q = if (doc.word(q, "the") || (modifiers > 0 && doc.word(q, "a"))) && q > 0 {
        q - 1
    } else {
        q
    };
    let after_prep = doc.is(q, Tags::PREP) && doc.same_sent(q, seg.start);
    !after_prep && !doc.is(p, Tags::POSSESSIVE)
}

/// A verb at `n`, after an auxiliary, or after a comma-delimited relative clause.
pub fn verb_follows(doc: &Doc, n: usize, aux_ok: bool) -> bool {
    let Some(t) = doc.get(n) else {
        return false;
    };
    if t.tags.has(Tags::VERB) && !t.tags.has(Tags::CAP) {
        return true;
    }
    if aux_ok && t.tags.has(Tags::AUX) && !t.tags.has(Tags::CAP) {
        return true;
    }
    // ("The Farmer-Citizen Movement and the Christian Democrats both said".)
    if t.lower == "both" && doc.is(n + 1, Tags::VERB) && !doc.is(n + 1, Tags::CAP) {
        return true;
    }
    // "Northmere Water apologised and said": a past tense coordinated with a speech verb.
    let past = t.kind == Kind::Word && !t.tags.has(Tags::CAP) && t.lower.ends_with("ed");
    if past && doc.word(n + 1, "and") && doc.is(n + 2, Tags::VERB) && !doc.is(n + 2, Tags::CAP) {
        return true;
    }
    if let Some(c) = which_clause_end(doc, n) {
        // ("The EU, which argues …, has asked": an auxiliary too.)
        let aux = aux_ok && doc.is(c + 1, Tags::AUX) && !doc.is(c + 1, Tags::CAP);
        return doc.is(c + 1, Tags::VERB) || aux;
    }
    // "Capital Economics, by contrast, said": a short adverbial between commas, of
    // lower-case words and no verb, then the verb.
    if doc.punct(n, ",") {
        let (_, e) = doc.sent_of(n);
        if let Some(c) = (n + 2..e.min(n + 6)).find(|&k| doc.punct(k, ",")) {
            let adverbial = (n + 1..c).all(|k| {
                doc.toks[k].kind == Kind::Word && !doc.is(k, Tags::CAP | Tags::VERB | Tags::AUX)
            });
            return adverbial && doc.is(c + 1, Tags::VERB) && !doc.is(c + 1, Tags::CAP);
        }
    }
    false
}

/// [`verb_follows`], or a past tense of any verb after the body's noun ("Victoria's
/// state government sided with", "…, which has long opposed buybacks, sided with"),
/// not a participle before its agent ("backed by").
pub fn body_acts(doc: &Doc, n: usize) -> bool {
    let past = |k: usize| {
        doc.get(k).is_some_and(|t| {
            t.kind == Kind::Word && !t.tags.has(Tags::CAP) && t.lower.ends_with("ed")
        }) && !doc.word(k + 1, "by")
    };
    if verb_follows(doc, n, true) || past(n) {
        return true;
    }
    which_clause_end(doc, n).is_some_and(|c| past(c + 1))
}

/// For ", which …," opening at the comma `n`, the comma that closes the clause (within
/// 16 tokens of its sentence).
fn which_clause_end(doc: &Doc, n: usize) -> Option<usize> {
    // (", who farms near Barneveld,", ", whose family has kept cows there,": a
    // person's clause too.)
    let relative = doc.word(n + 1, "which") || doc.word(n + 1, "who") || doc.word(n + 1, "whose");
    if !(doc.punct(n, ",") && relative) {
        return None;
    }
    let (_, e) = doc.sent_of(n);
    (n + 2..e.min(n + 16)).find(|&k| doc.punct(k, ","))
}

#[cfg(test)]
mod tests;
