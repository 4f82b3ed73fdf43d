//! Sources the claims stage found that no actor covers: "Skippers say …", "Fishing
//! crews from the north-west coast have threatened …", "Tens of thousands of teachers
//! marched, demanding …". The actor stage types groups by the words around a people
//! noun it knows; the claims stage knows more verbs and constructions, so a phrase it
//! takes as a source whose head is a plural noun for people becomes a `group` actor
//! here (`actor/group/claim-source`), named by the phrase up to its first comma; a
//! "which" after a body's description becomes that body (`actor/body/which-source`).
//! Runs once both stages are done; only unresolved sources are read.

use super::{Actor, Actors, Mention};
use crate::claims::Found;
use crate::document::ActorKind;
use crate::lexed::Lexed;
use crate::span::Span;
use crate::tokens::{Kind, Tags};

/// Adds a group actor for each unresolved source or proposer whose phrase is headed by
/// a plural noun for people, and points the items at it. Indices into `actors` held by
/// `found` and by the actors' affiliations are renumbered to keep first-mention order.
pub fn unresolved_sources(lexed: &Lexed<'_>, actors: &mut Actors, found: &mut Found) {
    // Most articles resolve every source: nothing to read then.
    let mut spans: Vec<Span> = found
        .attributions
        .iter()
        .filter(|a| a.source.is_none())
        .filter_map(|a| a.source_span)
        .chain(
            found
                .proposals
                .iter()
                .filter(|p| p.proposer.is_none())
                .filter_map(|p| p.proposer_span),
        )
        .collect();
    if spans.is_empty() {
        return;
    }
    spans.sort_by_key(|s| (s.start, s.end));
    spans.dedup();
    let starts = sentence_starts(lexed);
    // (phrase span, name span, sentence, key, kind: a group's, or a body's named
    // before ", which said")
    let mut adopted: Vec<(Span, Span, usize, String, ActorKind)> = Vec::new();
    for span in spans {
        let found = body_before_which(lexed, &starts, span).or_else(|| {
            group_name(lexed, &starts, actors, span).map(|(n, s)| (n, s, ActorKind::Group))
        });
        if let Some((name, sent, kind)) = found {
            let key = key_of(lexed.lower_of(name));
            adopted.push((span, name, sent, key, kind));
        }
    }
    if adopted.is_empty() {
        return;
    }
    // One actor a key, in order of first mention (the phrases are in text order).
    // (The first phrase of a key gives its kind.)
    let mut keys: Vec<(&str, ActorKind)> = Vec::new();
    let mut group_of = Vec::with_capacity(adopted.len());
    let mut members: Vec<Vec<(Span, usize)>> = Vec::new();
    for (_, name, sent, key, kind) in &adopted {
        let g = match keys.iter().position(|(k, _)| k == key) {
            Some(g) => g,
            None => {
                keys.push((key, *kind));
                members.push(Vec::new());
                keys.len() - 1
            }
        };
        if let Some(ms) = members.get_mut(g) {
            if !ms.iter().any(|(s, _)| s == name) {
                ms.push((*name, *sent));
            }
        }
        group_of.push(g);
    }
    let mut new_actors: Vec<Actor> = Vec::with_capacity(members.len());
    for (g, ms) in members.into_iter().enumerate() {
        let Some(&(first, _)) = ms.first() else {
            continue;
        };
        let kind = keys.get(g).map_or(ActorKind::Group, |&(_, kind)| kind);
        let name = super::registry::one_line(first.text(lexed.text).to_string());
        let id = unique_id(actors, &new_actors, &super::registry::slug(&name));
        new_actors.push(Actor {
            id,
            name,
            kind,
            role: None,
            affiliation: None,
            mentions: ms
                .iter()
                .map(|&(span, sentence)| Mention {
                    sentence,
                    span,
                    rule: if kind == ActorKind::Group {
                        "actor/group/claim-source"
                    } else {
                        "actor/body/which-source"
                    },
                })
                .collect(),
        });
    }
    let (map, added) = merge(actors, new_actors);
    for a in &mut actors.actors {
        a.affiliation = a.affiliation.and_then(|i| map.get(i).copied());
    }
    // Each item's phrase maps to its group's new index.
    let actor_of = |span: Span| {
        let n = adopted.iter().position(|(s, ..)| *s == span)?;
        added.get(*group_of.get(n)?).copied()
    };
    for a in &mut found.attributions {
        a.source = match a.source {
            Some(i) => map.get(i).copied(),
            None => a.source_span.and_then(actor_of),
        };
    }
    for p in &mut found.proposals {
        p.proposer = match p.proposer {
            Some(i) => map.get(i).copied(),
            None => p.proposer_span.and_then(actor_of),
        };
    }
}

/// "… was unveiled by the presidential committee on population policy, which said":
/// for a source written as "which" after a comma, the noun phrase before it, from its
/// determiner, when its head (the noun before any preposition) describes a government
/// body or an organisation: that phrase without the determiner, its sentence and kind.
fn body_before_which(
    lexed: &Lexed<'_>,
    starts: &[usize],
    span: Span,
) -> Option<(Span, usize, ActorKind)> {
    let sent = lexed.sentences.iter().position(|s| s.span.contains(span))?;
    let toks = lexed.tokens.get(sent)?;
    let first = *starts.get(sent)?;
    let at = toks.iter().position(|t| t.span == span)?;
    let word = |k: usize| lexed.words.get(first + k);
    if word(at)?.base != "which" || at < 3 || toks[at - 1].text(lexed.text) != "," {
        return None;
    }
    // Back over lower-case words and prepositions to the determiner, within ten words.
    let comma = at - 1;
    let det = (comma.saturating_sub(10)..comma)
        .rev()
        .find(|&k| word(k).is_some_and(|w| matches!(w.base, "the" | "a" | "an")))?;
    let plain = (det + 1..comma)
        .all(|k| toks[k].kind == Kind::Word && word(k).is_some_and(|w| !w.tags.has(Tags::CAP)));
    if !plain || det + 1 >= comma {
        return None;
    }
    let head = (det + 1..comma)
        .find(|&k| word(k).is_some_and(|w| w.tags.has(Tags::PREP)))
        .unwrap_or(comma)
        .checked_sub(1)
        .filter(|&h| h > det)?;
    let kind = match crate::lexicon::classes::description_kind(word(head)?.base) {
        Some("government") => ActorKind::Government,
        Some("organization") => ActorKind::Organization,
        _ => return None,
    };
    let name = Span::new(toks[det + 1].span.start, toks[comma - 1].span.end);
    Some((name, sent, kind))
}

/// The index of the first token of each sentence in `lexed.words`.
fn sentence_starts(lexed: &Lexed<'_>) -> Vec<usize> {
    let mut k = 0;
    lexed
        .tokens
        .iter()
        .map(|ts| {
            let s = k;
            k += ts.len();
            s
        })
        .collect()
}

/// Where a list of capitalised names that the comma at `comma` goes on with ends
/// ("Split, Zadar and Hvar"): past names and commas, one "and" or "or" and a last
/// name, before `end` or a comma. `first` is the sentence's first word index.
fn name_list_end(
    lexed: &Lexed<'_>,
    toks: &[crate::tokens::Token],
    first: usize,
    comma: usize,
    end: usize,
) -> Option<usize> {
    let cap = |k: usize| {
        k < end
            && toks[k].kind == Kind::Word
            && lexed
                .words
                .get(first + k)
                .is_some_and(|w| w.tags.has(Tags::CAP))
    };
    let text = |k: usize| toks.get(k).map_or("", |t| t.text(lexed.text));
    if comma == 0 || !cap(comma - 1) {
        return None;
    }
    let mut k = comma + 1;
    loop {
        let from = k;
        while cap(k) {
            k += 1;
        }
        if k == from {
            return None;
        }
        match text(k) {
            "," if k < end => k += 1,
            "and" | "or" if k < end => {
                k += 1;
                let last = k;
                while cap(k) {
                    k += 1;
                }
                return (k > last && (k == end || text(k) == ",")).then_some(k);
            }
            _ => return None,
        }
    }
}

/// The span that names a group for the source phrase `span`, and its sentence: the
/// phrase up to its first comma, bracket or dash, when its head (the noun before the
/// first preposition, participle or relative pronoun, past a quantity's "of": "Tens of
/// thousands of teachers") is a plural noun for people.
fn group_name(
    lexed: &Lexed<'_>,
    starts: &[usize],
    actors: &Actors,
    span: Span,
) -> Option<(Span, usize)> {
    let sent = lexed.sentences.iter().position(|s| s.span.contains(span))?;
    let toks = lexed.tokens.get(sent)?;
    let first = *starts.get(sent)?;
    let a = toks.iter().position(|t| t.span.start == span.start)?;
    let e = toks.iter().rposition(|t| t.span.end == span.end)? + 1;
    let word = |k: usize| lexed.words.get(first + k);
    let low = |k: usize| word(k).map_or("", |w| w.base);
    // The name: up to a comma, bracket or dash ("The defendants, who appeared in
    // court …"); a relative clause with no comma says which ones ("Customers who spoke
    // to Reuters").
    let punct = |k: usize| {
        let t = toks[k];
        t.kind == Kind::Punct && matches!(t.text(lexed.text), "," | "(" | "—" | "–")
    };
    let mut cut = (a..e).find(|&k| punct(k)).unwrap_or(e);
    // ("The mayors of Split, Zadar and Hvar": a list of names goes on past its commas.)
    if let Some(end) = name_list_end(lexed, toks, first, cut, e) {
        cut = (end..e).find(|&k| punct(k)).unwrap_or(e);
    }
    if cut <= a {
        return None;
    }
    // The head: the word before the first preposition or participle, past "of" after
    // a quantity ("Tens of thousands of teachers", "some members of the cabinet").
    let mut head = cut - 1;
    let mut k = a;
    while k < cut {
        let w = word(k)?;
        // ("Two scorers who worked on last year's tests": a relative pronoun too.)
        let boundary = k > a
            && toks[k].kind == Kind::Word
            && (w.tags.has(Tags::PREP)
                || (w.base.ends_with("ing") && !w.tags.has(Tags::CAP))
                || matches!(w.base, "who" | "that" | "which"));
        if boundary {
            let quantity = low(k) == "of" && {
                let q = low(k - 1);
                QUANTITIES.contains(&q)
                    || word(k - 1).is_some_and(|w| w.tags.has(Tags::DET))
                    || toks[k - 1].kind == Kind::Number
            };
            if !quantity {
                head = k - 1;
                break;
            }
        }
        k += 1;
    }
    if toks.get(head)?.kind != Kind::Word || !people_plural(word(head)?, toks[head], lexed.text) {
        return None;
    }
    // A head written in capitals is a name's last word ("the Lions") unless it opens
    // the sentence or is a plural of initials ("MSPs").
    let w = word(head)?;
    if w.tags.has(Tags::CAP) && !w.tags.has(Tags::INITIALS) && !(head == 0 && a == 0) {
        return None;
    }
    // "Its members", "her clients": someone's people, not a group of their own; "the
    // traders" after "European traders", "one of the officials" after "two officials",
    // refer back (coreference's part: a phrase
    // whose head an earlier actor's name holds is no new group).
    if matches!(
        low(a),
        "its" | "their" | "his" | "her" | "our" | "your" | "my" | "these" | "those" | "this"
    ) {
        return None;
    }
    // ("One of the officials" too: "the" before the head.)
    if low(a) == "the" || (head > a && low(head - 1) == "the") {
        let head_word = w.base;
        let earlier = actors.actors.iter().any(|x| {
            x.mentions
                .first()
                .is_some_and(|m| m.span.start < span.start)
                && x.name
                    .split_whitespace()
                    .any(|n| n.eq_ignore_ascii_case(head_word))
        });
        if earlier {
            return None;
        }
    }
    Some((Span::new(toks[a].span.start, toks[cut - 1].span.end), sent))
}

/// Words of number before "of" ("tens of thousands of", "dozens of").
const QUANTITIES: [&str; 8] = [
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "tens",
    "scores",
    "group",
    "number",
];

/// Endings of nouns for people who do something: "skippers", "inspectors",
/// "artists", "technicians", "migrants", "residents", "retirees".
const AGENT_ENDINGS: [&str; 8] = ["ers", "ors", "ists", "ians", "ants", "ents", "ees", "eurs"];

/// Whether a head word is a plural noun for people: one the lexicon lists as a group
/// or member noun, "others", a plural of initials ("MSPs"), or a plural with an
/// ending for people that is no noun of evidence ("documents", "filings").
fn people_plural(w: &crate::lexed::Word<'_>, t: crate::tokens::Token, text: &str) -> bool {
    let low = w.base;
    let plural = (low.ends_with('s') && !low.ends_with("ss")) || matches!(low, "people" | "staff");
    if !plural {
        return false;
    }
    if w.tags.has(Tags::GROUP_NOUN | Tags::MEMBER_NOUN) || low == "others" {
        return true;
    }
    if w.tags.has(Tags::INITIALS) {
        let raw = t.text(text);
        return raw.len() >= 3
            && raw
                .strip_suffix('s')
                .is_some_and(|r| r.bytes().all(|b| b.is_ascii_uppercase()));
    }
    AGENT_ENDINGS.iter().any(|e| low.ends_with(e))
        && !low.ends_with("ments")
        && low.len() > 5
        && !crate::claims::lex::evidence_noun(low)
}

/// A group's key: its lower-cased words without a leading article.
fn key_of(lower: &str) -> String {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.split_first() {
        Some((&("the" | "a" | "an"), rest)) => rest,
        _ => &words,
    };
    words.join(" ")
}

/// `base`, or `base-2`, `base-3` … whichever no actor, old or new, has.
fn unique_id(actors: &Actors, new: &[Actor], base: &str) -> String {
    let taken = |id: &str| actors.actors.iter().chain(new).any(|a| a.id == id);
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_string())
}

/// Merges `new` (in order of first mention) into `actors` in order of first mention.
/// Returns the new index of each old actor and of each added one.
fn merge(actors: &mut Actors, new: Vec<Actor>) -> (Vec<usize>, Vec<usize>) {
    let old = std::mem::take(&mut actors.actors);
    let first = |a: &Actor| a.mentions.first().map_or(usize::MAX, |m| m.span.start);
    let mut map = Vec::with_capacity(old.len());
    let mut added = Vec::with_capacity(new.len());
    let mut olds = old.into_iter().peekable();
    let mut news = new.into_iter().peekable();
    loop {
        let take_new = match (olds.peek(), news.peek()) {
            (Some(o), Some(n)) => first(n) < first(o),
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (None, None) => break,
        };
        let next = if take_new { news.next() } else { olds.next() };
        let Some(a) = next else { break };
        if take_new {
            added.push(actors.actors.len());
        } else {
            map.push(actors.actors.len());
        }
        actors.actors.push(a);
    }
    (map, added)
}

#[cfg(test)]
mod tests {
    use crate::{extract, Config, Document};

    fn doc(text: &str) -> Document {
        extract(text, &Config::default())
    }

    /// (name, id) of the groups this pass adopted.
    fn adopted(d: &Document) -> Vec<(String, String)> {
        d.actors
            .iter()
            .filter(|a| {
                a.mentions
                    .iter()
                    .any(|m| m.rule == "actor/group/claim-source")
            })
            .map(|a| (a.name.clone(), a.id.clone()))
            .collect()
    }

    /// The source id of the attribution whose cue is `cue`, or else the proposer id of
    /// such a proposal.
    fn source_of(d: &Document, cue: &str) -> Option<String> {
        let attribution = d.attributions.iter().find(|a| a.cue == cue);
        let proposal = d.proposals.iter().find(|p| p.cue == cue);
        attribution
            .and_then(|a| a.source.clone())
            .or_else(|| proposal.and_then(|p| p.proposer.clone()))
    }

    #[test]
    fn a_plural_for_people_the_claims_stage_takes_as_a_source_is_a_group() {
        // Nouns the group lexicon does not list, known by their endings.
        for (text, name, cue) in [
            (
                "Fishing crews marched through the port on Monday, demanding that ministers drop the ban.",
                "Fishing crews",
                "demanding",
            ),
            (
                "Two scorers who worked on last year's tests told reporters that readers checked only a sample.",
                "Two scorers who worked on last year's tests",
                "told",
            ),
            (
                "Skippers say the sum would barely cover a season's fuel.",
                "Skippers",
                "say",
            ),
            (
                "Port inspectors found that the hull had not been certified.",
                "Port inspectors",
                "found",
            ),
            (
                "Agents in the city's main market said the outage cost them a day's trade.",
                "Agents in the city's main market",
                "said",
            ),
            (
                "Tens of thousands of teachers marched on Monday, demanding that lawmakers scrap the bill.",
                "Tens of thousands of teachers",
                "demanding",
            ),
            (
                "Two backbench MSPs representing coastal seats urged ministers to delay the ban.",
                "Two backbench MSPs representing coastal seats",
                "urged",
            ),
        ] {
            let d = doc(text);
            let got = adopted(&d);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].0, name, "{text}");
            assert_eq!(source_of(&d, cue), Some(got[0].1.clone()), "{text}");
        }
    }

    #[test]
    fn a_comma_ends_the_name_and_a_second_phrase_of_the_same_words_is_the_same_group() {
        let d = doc(
            "Orchard managers, who met in Hobart on Monday, said prices were too low. \
             Later orchard managers said they would sell anyway.",
        );
        let got = adopted(&d);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Orchard managers");
        let mentions = d
            .actors
            .iter()
            .find(|a| a.id == got[0].1)
            .map(|a| a.mentions.len());
        assert_eq!(mentions, Some(2));
    }

    #[test]
    fn someones_people_things_and_phrases_that_refer_back_are_not_adopted() {
        for text in [
            // A possessive determiner: the union's own members.
            "The union called the strike. Its members said they would stay out.",
            // Nouns of evidence and of things.
            "Official numbers show that unemployment rose.",
            "Successive governments promised to rebuild the line.",
            // "the" and a head an earlier actor's name holds: coreference's part.
            "European traders warned of shortages. The traders said stocks were low.",
            // A singular head.
            "A cooperative said the price was unfair.",
        ] {
            let d = doc(text);
            assert_eq!(adopted(&d), Vec::<(String, String)>::new(), "{text}");
        }
    }

    #[test]
    fn actors_after_an_adopted_group_keep_their_affiliations_and_items() {
        let d = doc("Skippers say the ban will ruin them. \
             Ana Ruiz, a spokeswoman for Zenco, said the company would appeal.");
        let ids: Vec<&str> = d.actors.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids.first(), Some(&"skippers"), "{ids:?}");
        let ruiz = d.actors.iter().find(|a| a.name == "Ana Ruiz");
        assert_eq!(
            ruiz.and_then(|a| a.affiliation.as_deref()),
            Some("zenco"),
            "{ids:?}"
        );
        assert_eq!(source_of(&d, "said").as_deref(), Some("ana-ruiz"));
    }
}
