//! Unnamed and collective sources: tagged tokens in, `group` actors out
//! (`actor/group/source`). A noun for people ("officials", "a spokesperson", "people",
//! "analysts") becomes a source when the article marks it as one: "familiar with",
//! "briefed on", "involved in", "close to"; a speech verb after it; "according to"
//! before it; or a spokesperson's noun. Its name is the article's own phrase: the
//! noun and its modifiers ("a U.S. official", "Several striking cashiers"), with a
//! post-modifier that says where they work or what they know ("a senior nurse at the
//! Royal Hobart Hospital", "unnamed officials involved in the talks", "people familiar
//! with the matter") but not a place they stand in ("outside a store in Tacoma"); its
//! mention is the whole phrase. Staff at a named organisation ("analysts at Zenco")
//! are that organisation, not a group.

use super::doc::Doc;
use super::kinds;
use super::registry::Registry;
use crate::document::ActorKind;
use crate::lexicon::classes;
use crate::tokens::{Kind, Tags};

/// How a group's affiliation is to be found once every actor is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Affil {
    /// The actor mentioned at this token ("for the union", "a U.S. official").
    Token(usize),
    /// The salient actor a description head at this token refers to ("a company
    /// spokeswoman").
    Description(usize),
}

const MARKERS: [&str; 6] = [
    "familiar",
    "briefed",
    "involved",
    "close",
    "knowledgeable",
    "aware",
];

/// Participles after a people noun that open a phrase of where or how they were asked
/// ("Two workers interviewed outside the factory gates said"): passed over to the
/// verb, no part of the group's name and no sign of a source by themselves.
const ASKED: [&str; 3] = ["interviewed", "surveyed", "polled"];

/// Finds group sources; returns (entry, affiliation hint) pairs.
pub fn find(
    doc: &Doc,
    reg: &mut Registry,
    skip: &[bool],
    headline: &[bool],
) -> Vec<(usize, Affil)> {
    let mut out = Vec::new();
    // The newest group whose name holds "people", and "sources", for "one person" and
    // "one source" (kept as groups are added: a scan of the registry for each made a
    // long text of them quadratic).
    let holds = |e: &super::registry::Entry, w: &str| {
        e.kind == ActorKind::Group && e.words().any(|x| x == w)
    };
    let newest = |reg: &Registry, w: &str| reg.entries.iter().rposition(|e| holds(e, w));
    let mut people = newest(reg, "people");
    let mut sources = newest(reg, "sources");
    // The words of the groups' names, for "The defendants deny …" with none named
    // before: gathered at the first such phrase (most articles have none) and kept up
    // as groups are added, not a scan of the registry each time.
    let mut group_words: Option<std::collections::HashSet<String>> = None;
    let mut h = 0;
    while h < doc.toks.len() {
        // The flag first, as a scan over the sentences holding it: few tokens have it.
        let Some(next) = doc.next_with(h, Tags::GROUP_NOUN) else {
            break;
        };
        h = next;
        let t = &doc.toks[h];
        let usable = !skip[h] && !t.quoted && !headline[t.sent];
        // ("MPs", "MP": written in capitals, still a common noun.)
        if !usable || (t.tags.has(Tags::CAP) && !doc.starts_sentence(h) && !doc.initials(h)) {
            h += 1;
            continue;
        }
        // ("executives at Asian carriers": a nationality before a common noun names
        // no organisation.)
        let adjective = doc.is(h + 2, Tags::DEMONYM)
            && doc
                .get(h + 3)
                .is_some_and(|t| t.kind == Kind::Word && !t.tags.has(Tags::CAP));
        // ("Economists at the Economic and Social Research Institute": after "the" too.)
        let the = usize::from(doc.word(h + 2, "the"));
        if doc.is(h, Tags::MEMBER_NOUN)
            && doc.word(h + 1, "at")
            && doc.is(h + 2 + the, Tags::CAP)
            && !doc.is(h + 2 + the, Tags::FUNCTION)
            && !adjective
        {
            h += 1;
            continue;
        }
        let s = np_start(doc, h, skip);
        // "the official said" refers back (coref's job); "its spokesperson, Ana Ruiz," names one.
        // ("The 51-year-old engineer" is the person in focus, coref's too.)
        let aged = doc.word(s, "the")
            && doc
                .get(s + 1)
                .is_some_and(|t| t.lower.ends_with("-year-old"));
        let bare_the = (s + 1 == h && doc.word(s, "the")) || aged;
        // ("His lawyer, attorney Mark Kline,": a title may come before the name.)
        let name_at = |k: usize| doc.is(k, Tags::CAP) && !doc.is(k, Tags::FUNCTION);
        // ("According to government sources, Finance Minister Ana Cruz …": the comma
        // closes the opener; the name is the clause's subject.)
        let opener = s >= 2
            && doc.word(s - 2, "according")
            && doc.word(s - 1, "to")
            && doc.starts_sentence(s - 2);
        let named = doc.punct(h + 1, ",")
            && !opener
            && (name_at(h + 2)
                || doc.is(h + 2, Tags::TITLE) && !doc.is(h + 2, Tags::CAP) && name_at(h + 3));
        let owner = |k: usize| doc.word(k, "whose") || doc.word(k, "its") || doc.word(k, "their");
        let owned = (s > 0 && owner(s - 1)) || owner(s);
        // "Ana Ruiz, a spokeswoman for the agency, said": the role of a named person.
        // ("Tunde Ajayi, chief economist at the Centre": a singular title with no
        // article too.)
        let bare_title =
            !doc.is(s, Tags::CAP) && doc.is(s, Tags::TITLE | Tags::ROLE_MOD) && !plural(t.low());
        let apposed = s >= 2
            && (doc.word(s, "a") || doc.word(s, "an") || bare_title)
            && doc.punct(s - 1, ",")
            && doc.is(s - 2, Tags::CAP)
            // ("… in November, a department spokesperson said": a month is no name.)
            && !doc.is(s - 2, Tags::FUNCTION | Tags::MONTH)
            && doc.same_sent(s - 2, h);
        // "ministry spokesman Pavel Dvorak": a role before a person's name.
        let titled = doc.is(h + 1, Tags::CAP)
            && !doc.is(h + 1, Tags::FUNCTION | Tags::MONTH | Tags::PRONOUN)
            && doc.same_sent(h, h + 1)
            && (doc.is(h + 1, Tags::FEMALE | Tags::MALE) || doc.is(h + 2, Tags::CAP));
        // "researchers said … the researchers reported": "the" and a plural people noun
        // already named as a group is that group again.
        if bare_the && !aged && plural(t.low()) {
            if let Some(g) = reg
                .get(t.low())
                .filter(|&g| reg.entries[g].kind == ActorKind::Group)
            {
                reg.mention(g, t.sent, doc.span(s, h + 1), "actor/coref/description");
            }
        }
        // "people briefed on it … what one person described as …": "one person" or
        // "one source" alone is one of the people or sources named before ("a second
        // person familiar with the matter" is another).
        let one = s + 1 == h
            && doc.word(s, "one")
            && matches!(t.low(), "person" | "source")
            && !doc.is(h + 1, Tags::PREP)
            && !MARKERS.contains(&doc.get(h + 1).map_or("", |n| n.low()));
        if one {
            let earlier = if t.low() == "person" { people } else { sources };
            if let Some(g) = earlier {
                reg.mention(g, t.sent, doc.span(s, h + 1), "actor/coref/description");
                h += 1;
                continue;
            }
        }
        // ("The defendants deny wrongdoing" with no defendants named before: a group
        // of its own, if the phrase is a source.)
        let fresh = bare_the && !aged && plural(t.low()) && {
            let words = group_words.get_or_insert_with(|| {
                reg.entries
                    .iter()
                    .filter(|e| e.kind == ActorKind::Group)
                    .flat_map(|e| e.words().map(str::to_string))
                    .collect()
            });
            !words.contains(t.low())
        };
        // ("Not all growers oppose it", "Not every investor agreed": no one named.)
        let denied = s > 0 && doc.word(s - 1, "not");
        if (bare_the && !fresh) || named || owned || apposed || titled || denied {
            h += 1;
            continue;
        }
        let mut post = post_end(doc, h);
        // "Lawyers for the families of the two people who died have asked": a relative
        // clause of one past-tense verb before the group's own verb is the group's.
        let lone_clause = post > h + 1
            && doc.word(post, "who")
            && doc.get(post + 1).is_some_and(|t| {
                t.kind == Kind::Word && !t.tags.has(Tags::CAP) && t.low().ends_with("ed")
            })
            && doc.same_sent(h, post + 1)
            && verb_after(doc, post + 2);
        if lone_clause {
            post += 2;
        }
        // "according to two people who attended a board meeting last week.": after
        // "according to", a short relative clause that closes the clause (a comma or
        // the sentence's end) says who they are.
        let according = s >= 2 && doc.word(s - 2, "according") && doc.word(s - 1, "to");
        if according && post == h + 1 && doc.word(post, "who") {
            let (_, e) = doc.sent_of(post);
            let close = (post + 1..e.min(post + 12)).find(|&k| doc.toks[k].kind != Kind::Word);
            let verb = doc
                .get(post + 1)
                .is_some_and(|t| t.kind == Kind::Word && !t.tags.has(Tags::CAP));
            if let Some(c) = close.filter(|&c| verb && c > post + 2) {
                if doc.punct(c, ",") || doc.punct(c, ".") {
                    post = c;
                }
            }
        }
        // "A spokeswoman for the ministry, Ana Ruiz, said": the post-modifier's end
        // names one, as a comma right after the noun does (a given name, or a name of
        // two capitalised words closed by a comma: "the lead engineer on the study,
        // Anjali Raman, told").
        let named_after = post > h + 1
            && doc.punct(post, ",")
            && doc.is(post + 2, Tags::CAP)
            && (doc.is(post + 1, Tags::FEMALE | Tags::MALE)
                || (doc.is(post + 1, Tags::CAP) && doc.punct(post + 3, ",")));
        if named_after || !evidence(doc, s, h, post) {
            h += 1;
            continue;
        }
        let identifying = (s..h).any(|k| !doc.is(k, Tags::DET) && doc.toks[k].kind != Kind::Number);
        let broad = matches!(t.low(), "people" | "person" | "source" | "sources");
        // "A senior nurse at the Royal Hobart Hospital", "officials briefed on the
        // talks": a post-modifier that says where they work or what they know is part
        // of the name; a place ("cashiers outside a store in Tacoma") is not.
        let identifies = post > h + 1
            && doc.get(h + 1).is_some_and(|t| {
                MARKERS.contains(&t.low())
                    || matches!(t.low(), "with" | "at" | "from" | "in" | "on" | "for" | "of")
            });
        // ("Two workers interviewed outside the factory": where they were asked is no
        // part of who they are.)
        let asked = doc.get(h + 1).is_some_and(|t| ASKED.contains(&t.low()));
        let name_end = if (identifying && !broad && !identifies) || asked {
            h + 1
        } else {
            post
        };
        let name = doc.span(s, name_end).text(doc.text);
        let key = group_key(doc, s, name_end);
        // ("Ethiopian state media reported", "local media said": the outlets as one.)
        let kind = if t.low() == "media" {
            ActorKind::Media
        } else {
            ActorKind::Group
        };
        let i = reg.add(name, &key, kind);
        if let Some(words) = group_words.as_mut() {
            words.extend(reg.entries[i].words().map(str::to_string));
        }
        if holds(&reg.entries[i], "people") {
            people = people.max(Some(i));
        }
        if holds(&reg.entries[i], "sources") {
            sources = sources.max(Some(i));
        }
        reg.mention(i, t.sent, doc.span(s, post), "actor/group/source");
        if let Some(a) = affiliation(doc, s, h, post) {
            out.push((i, a));
        }
        h = post.max(h + 1);
    }
    out
}

/// Whether a people noun is plural ("critics", "people", "staff" are; "analysis" is
/// no people noun).
fn plural(noun: &str) -> bool {
    (noun.ends_with('s') && !noun.ends_with("ss")) || matches!(noun, "people" | "staff")
}

/// The key of a group: its words without a leading article.
fn group_key(doc: &Doc, s: usize, e: usize) -> String {
    let mut k = doc.key(s, e);
    for a in ["a ", "an ", "the "] {
        if k.starts_with(a) {
            // In place: no second allocation.
            k.replace_range(..a.len(), "");
            return k;
        }
    }
    k
}

/// Where the noun phrase ending in head `h` starts: determiners, numbers, nationality
/// adjectives and lower-case modifiers ("two Indian", "a senior", "Unnamed").
fn np_start(doc: &Doc, h: usize, skip: &[bool]) -> usize {
    let mut s = h;
    // (A name's own list makes it longer: "a Department for Environment, Food and
    // Rural Affairs spokesperson".)
    let mut longest = 5;
    while s > 0 && doc.same_sent(s - 1, h) && !skip[s - 1] && h - s < longest {
        let t = &doc.toks[s - 1];
        let det = t.tags.has(Tags::DET) || t.kind == Kind::Number;
        let nation = t.tags.has(Tags::DEMONYM | Tags::COUNTRY) && !t.tags.has(Tags::POSSESSIVE);
        // "…, citing officials familiar with …": a participle is no modifier.
        let participle = t.low().ends_with("ing")
            && matches!(
                t.low(),
                "citing" | "including" | "quoting" | "according" | "saying" | "telling" | "urging"
            );
        // "…, which cited people close to the company": the word after a relative
        // pronoun is its clause's verb.
        let verb = s >= 2 && matches!(doc.toks[s - 2].low(), "which" | "who");
        let lower_mod = !verb
            && t.kind == Kind::Word
            && !t
                .tags
                .has(Tags::FUNCTION | Tags::VERB | Tags::PREP | Tags::POSSESSIVE | Tags::AUX)
            && (!t.tags.has(Tags::CAP) || doc.starts_sentence(s - 1))
            && !(participle || (doc.starts_sentence(s - 1) && t.low().ends_with("ing")));
        // "a European Commission spokesperson": a name as modifier.
        let name_mod = t.kind == Kind::Word
            && t.tags.has(Tags::CAP)
            && !t
                .tags
                .has(Tags::FUNCTION | Tags::POSSESSIVE | Tags::MONTH | Tags::PRONOUN);
        if det {
            // "a plan that critics say": "that" before a plural is the relative pronoun.
            let relative = matches!(t.low(), "that" | "this") && plural(doc.toks[h].low());
            // "a move economists say could …": an article with a singular noun before
            // a bare plural is another phrase's ("a few economists" is not).
            let other = matches!(t.low(), "a" | "an")
                && plural(doc.toks[h].low())
                && !(s..h).any(|k| {
                    let w = doc.toks[k].low();
                    matches!(w, "few" | "dozen" | "couple")
                        || classes::COLLECTIVE_QUANTITIES.contains(&w)
                });
            if other {
                s = h;
            } else if !relative {
                s -= 1;
            }
            break;
        }
        // "supporters' groups", "farmers' unions": a plural genitive of a common noun
        // (its apostrophe a token of its own) classifies the head; a name's possessive
        // ("Ford's engineers") owns it instead.
        if s >= 2 && s == h && matches!(t.low(), "'" | "’") && plural_genitive(doc, s - 2) {
            s -= 2;
            continue;
        }
        // "the company's lawyers", "Deltacore's engineers": an owner's possessive
        // right before the noun opens the phrase, with the owner's name or "the".
        // (A plural: "Pagliano's lawyer" is one person, coreference's.)
        // ("Ghana's cocoa farmers": past a lower-case modifier too.)
        let modifiers = (s..h).all(|k| {
            let m = &doc.toks[k];
            m.kind == Kind::Word && !m.tags.has(Tags::CAP | Tags::FUNCTION | Tags::VERB)
        });
        if modifiers
            && t.kind == Kind::Word
            && t.tags.has(Tags::POSSESSIVE)
            && plural(doc.toks[h].low())
        {
            s -= 1;
            if t.tags.has(Tags::CAP) {
                while s > 0
                    && doc.same_sent(s - 1, h)
                    && h - s < 5
                    && doc.is(s - 1, Tags::CAP)
                    && !doc.is(s - 1, Tags::FUNCTION | Tags::POSSESSIVE)
                {
                    s -= 1;
                }
            } else if s > 0 && doc.word(s - 1, "the") && doc.same_sent(s - 1, h) {
                s -= 1;
            }
            break;
        }
        // "A group of voters", "a handful of residents": a collective's quantity
        // opens the phrase.
        if s == h && t.low() == "of" && s >= 3 && doc.same_sent(s - 3, h) {
            let quantity = classes::COLLECTIVE_QUANTITIES.contains(&doc.toks[s - 2].low());
            if quantity && doc.is(s - 3, Tags::DET) {
                s -= 3;
                break;
            }
        }
        // "A Department of Health source": a name's own "of" or "for", or a list
        // inside it ("Environment, Food and Rural Affairs"), between capitalised words.
        let name_joint = matches!(t.low(), "of" | "for" | "," | "and")
            && s >= 2
            && s < h
            && doc.is(s, Tags::CAP)
            && doc.is(s - 2, Tags::CAP)
            && doc.same_sent(s - 2, h);
        if name_joint && matches!(t.low(), "," | "and") {
            longest = 9;
        }
        if !(nation || lower_mod || name_mod || name_joint) {
            break;
        }
        s -= 1;
    }
    s
}

/// Whether token `k` is a common plural noun written before a genitive apostrophe
/// ("supporters'" in "supporters' groups"): lower case, or capitalised only as the
/// sentence's first word, and joined to the apostrophe.
fn plural_genitive(doc: &Doc, k: usize) -> bool {
    let (t, mark) = (&doc.toks[k], &doc.toks[k + 1]);
    t.kind == Kind::Word
        && t.span.end == mark.span.start
        && t.low().ends_with('s')
        && !t.tags.has(Tags::FUNCTION | Tags::PRONOUN)
        && (!t.tags.has(Tags::CAP) || doc.starts_sentence(k))
}

/// One past the post-modifier of head `h`: "familiar with the matter", "for the union",
/// "outside a store in Tacoma" (at most two prepositional phrases).
fn post_end(doc: &Doc, h: usize) -> usize {
    let mut e = h + 1;
    // Where the first phrase's object starts: a name's list may follow the second
    // phrase ("for the Department for Culture, Media and Sport").
    let mut object = None;
    for _ in 0..2 {
        let mut k = e;
        if doc
            .get(k)
            .is_some_and(|t| MARKERS.contains(&t.low()) || ASKED.contains(&t.low()))
        {
            k += 1;
        }
        // ("officials of the ministry" is left to the ministry; "a member of the Saudi
        // delegation" is its own group, "members of Trump's cabinet" a named one's.)
        let named = |j: usize| {
            doc.is(j, Tags::CAP) && !doc.is(j, Tags::DEMONYM | Tags::COUNTRY | Tags::FUNCTION)
        };
        let member = matches!(doc.toks[h].low(), "member" | "members")
            && !(k + 1..(k + 5).min(doc.toks.len())).any(named);
        // ("Residents of Barneveld", "villagers of the valley": people who live there,
        // no staff of a body.)
        let dwellers = matches!(
            doc.toks[h].low(),
            "residents" | "citizens" | "inhabitants" | "villagers" | "people" | "families"
        );
        if !(doc.is(k, Tags::PREP) && doc.same_sent(h, k))
            || (doc.word(k, "of") && k == e && !member && !dwellers)
        {
            break;
        }
        // ("shot by police during a traffic stop": a time phrase says when, not who;
        // so does "on Tuesday", "in May", "on 3 May".)
        if matches!(
            doc.toks[k].low(),
            "during" | "after" | "before" | "since" | "until"
        ) || date_end(doc, k).is_some()
        {
            break;
        }
        // "urged ministers to issue …": an infinitive, not a place or a body.
        // ("aides to both senators", "advisers to the president": an object.)
        let governs = doc.is(k + 1, Tags::DET | Tags::CAP) || doc.word(k + 1, "both");
        if doc.word(k, "to") && k == e && !governs {
            break;
        }
        let mut j = k + 1;
        object.get_or_insert(j);
        let mut limit = 7;
        while j < doc.toks.len() && doc.same_sent(h, j) && j - k <= limit {
            let t = &doc.toks[j];
            // "for the Department for Culture, Media and Sport": a name's own list.
            if t.lower == "," {
                if let Some(m) = super::names::comma_list(doc, object.unwrap_or(k + 1), j - 1, j) {
                    limit += m - j;
                    j = m;
                    continue;
                }
            }
            // "the plans", "the company's plans": a verb-looking word after a determiner
            // or a possessive is a noun.
            // ("residents of Millbrook were told": a form of "be" opens the verb.)
            let verb = (t.tags.has(Tags::VERB | Tags::AUX)
                || matches!(t.lower, "is" | "are" | "was" | "were"))
                && !doc.is(j - 1, Tags::DET | Tags::POSSESSIVE);
            // "for Mr. Doherty": an honorific's period.
            let honorific = t.lower == "." && doc.is(j - 1, Tags::HONORIFIC);
            if honorific {
                j += 1;
                continue;
            }
            // ("familiar with the companies' strategy": a plural's possessive mark,
            // written on the word, with the noun it owns after it.)
            let plural_mark = matches!(t.lower, "'" | "’")
                && doc.toks[j - 1].lower.ends_with('s')
                && doc.toks[j - 1].span.end == t.span.start
                && doc
                    .get(j + 1)
                    .is_some_and(|n| n.kind == Kind::Word && !n.tags.has(Tags::CAP));
            if plural_mark {
                j += 1;
                continue;
            }
            if t.kind == Kind::Punct || t.kind == Kind::Quote || verb {
                break;
            }
            if matches!(t.low(), "who" | "which" | "that" | "where" | "when") {
                break;
            }
            if t.tags.has(Tags::PREP) && t.lower != "of" {
                break;
            }
            j += 1;
        }
        if j == k + 1 {
            break;
        }
        e = j;
    }
    e
}

/// Whether the phrase `s..post` (head `h`) is marked as a source.
fn evidence(doc: &Doc, s: usize, h: usize, post: usize) -> bool {
    let head = doc.toks[h].low();
    if head.starts_with("spokes") {
        return true;
    }
    if doc.get(h + 1).is_some_and(|t| MARKERS.contains(&t.low())) {
        return true;
    }
    if s >= 2 && doc.word(s - 2, "according") && doc.word(s - 1, "to") {
        return true;
    }
    // "people with knowledge of the matter", "sources with direct knowledge of": what
    // they know, as "familiar with" says; "citing two officials": the sources a
    // report names.
    let knowledge =
        doc.word(h + 1, "with") && (doc.word(h + 2, "knowledge") || doc.word(h + 3, "knowledge"));
    if knowledge || (s > 0 && matches!(doc.toks[s - 1].low(), "citing" | "quoting")) {
        return true;
    }
    // "…, with parents warning that …": the subject of an absolute phrase whose
    // participle takes a that-clause.
    let absolute = s > 0
        && doc.word(s - 1, "with")
        && doc
            .get(post)
            .is_some_and(|t| t.kind == Kind::Word && t.low().ends_with("ing"))
        && doc.word(post + 1, "that");
    if absolute {
        return true;
    }
    // (Within the sentence: "…, the person added. Both spoke on condition of
    // anonymity" is the next sentence's.)
    let anonymous = |k: usize| {
        (k..(k + 10).min(doc.sent_of(k).1)).any(|j| {
            matches!(
                doc.toks[j].low(),
                "condition" | "anonymity" | "named" | "identified"
            )
        })
    };
    // (Or with no comma: "a government official who asked not to be identified told
    // Reuters".)
    // (After a comma, not another phrase's: "to meet community leaders, a government
    // official who asked not to be identified said".)
    let comma = doc.punct(post, ",") && !doc.is(post + 1, Tags::DET);
    if (comma || doc.word(post, "who")) && anonymous(post + 1) {
        return true;
    }
    if who_says(doc, post).is_some() {
        return true;
    }
    // "Relief groups working in the province say": a participle's phrase, then the
    // speech verb.
    let participle = doc.get(post).is_some_and(|t| {
        t.kind == Kind::Word && !t.tags.has(Tags::CAP | Tags::VERB) && t.low().ends_with("ing")
    });
    if participle {
        let (_, e) = doc.sent_of(post);
        let words = (post + 1..e.min(post + 8)).take_while(|&k| doc.toks[k].kind == Kind::Word);
        if words
            .clone()
            .any(|k| doc.is(k, Tags::VERB) && verb_after(doc, k))
        {
            return true;
        }
    }
    // The object of a verb ("urged ministers …") is not the speaker of the next one.
    // Verbs of saying take a clause ("said several investigators had told him").
    let clause = s > 0
        && matches!(
            doc.toks[s - 1].low(),
            "said"
                | "says"
                | "say"
                | "added"
                | "argued"
                | "believes"
                | "claimed"
                | "insisted"
                | "noted"
                | "warned"
        );
    // "“…,” said a Geneva-based trader": the speaker a quote's inverted cue names.
    let inverted = s >= 2
        && doc.same_sent(s - 1, s)
        && matches!(doc.toks[s - 1].low(), "said" | "says" | "added")
        && doc.toks[s - 2].kind != Kind::Word
        && (doc.word(s, "a") || doc.word(s, "an") || doc.word(s, "one"));
    if inverted {
        return true;
    }
    let object = s > 0 && doc.same_sent(s - 1, s) && doc.is(s - 1, Tags::VERB) && !clause;
    // ("Several business groups, including the Chamber of Manufacturers, have urged":
    // past an "including" aside between commas.)
    let aside = doc.punct(post, ",") && doc.word(post + 1, "including") && {
        let (_, e) = doc.sent_of(post);
        (post + 2..e.min(post + 14))
            .find(|&k| doc.punct(k, ","))
            .is_some_and(|c| verb_after(doc, c + 1))
    };
    !object && (verb_after(doc, post) || aside)
}

/// "opposed by unions, who say it would …": the comma before a relative clause with a
/// speech verb, at `post` or after an "of" phrase the name leaves out ("suppliers of
/// etching equipment, who allege that …").
fn who_says(doc: &Doc, post: usize) -> Option<usize> {
    let (_, e) = doc.sent_of(post);
    let comma = (post..e.min(post + 10)).find(|&k| doc.toks[k].kind != Kind::Word)?;
    let plain = |k: usize| !doc.is(k, Tags::VERB | Tags::AUX | Tags::CAP);
    (doc.punct(comma, ",")
        && (post..comma).all(plain)
        && doc.word(comma + 1, "who")
        && verb_after(doc, comma + 2))
    .then_some(comma)
}

/// A speech verb at `n`, after an auxiliary, or after a parenthetical between commas.
/// Where a date phrase opening at `k` ends ("on Tuesday", "in May", "on 3 May"), if
/// one does.
fn date_end(doc: &Doc, k: usize) -> Option<usize> {
    let dated =
        |j: usize| doc.is(j, Tags::MONTH) || doc.get(j).is_some_and(|t| t.kind == Kind::Number);
    if !(doc.word(k, "on") || doc.word(k, "in")) || !dated(k + 1) {
        return None;
    }
    let mut e = k + 1;
    while e < k + 4 && dated(e) && doc.same_sent(k, e) {
        e += 1;
    }
    Some(e)
}

fn verb_after(doc: &Doc, n: usize) -> bool {
    // ("Federal regulators on Tuesday warned": past the date; "Homeowners there say":
    // past a place adverb.)
    let n = date_end(doc, n).unwrap_or(n);
    let n = if doc.word(n, "there") || doc.word(n, "here") {
        n + 1
    } else {
        n
    };
    if kinds::verb_follows(doc, n, false) || (doc.is(n, Tags::AUX) && doc.is(n + 1, Tags::VERB)) {
        return true;
    }
    // "Critics have long argued": one adverb between the auxiliary and the verb.
    let adverb = doc.get(n + 1).is_some_and(|t| {
        t.kind == Kind::Word
            && !t
                .tags
                .has(Tags::CAP | Tags::VERB | Tags::FUNCTION | Tags::AUX)
    });
    if doc.is(n, Tags::AUX) && adverb && doc.is(n + 2, Tags::VERB) && doc.same_sent(n, n + 2) {
        return true;
    }
    if doc.punct(n, ",") {
        let (_, e) = doc.sent_of(n);
        if let Some(c) = (n + 1..e.min(n + 16)).find(|&k| doc.punct(k, ",")) {
            return doc.is(c + 1, Tags::VERB);
        }
    }
    false
}

/// Where the group's affiliation lies: "for X"/"at X" after it, a country before the
/// head, or a description noun before it ("a company spokeswoman").
fn affiliation(doc: &Doc, s: usize, h: usize, post: usize) -> Option<Affil> {
    if post > h + 2 && matches!(doc.toks[h + 1].low(), "for" | "at" | "from") {
        let k = if doc.is(h + 2, Tags::DET) {
            h + 3
        } else {
            h + 2
        };
        return (k < post).then_some(Affil::Token(k));
    }
    // ("the company's lawyers": the owner.)
    if let Some(k) = (s..h).find(|&k| doc.is(k, Tags::POSSESSIVE)) {
        return Some(if doc.is(k, Tags::CAP) {
            Affil::Token(k)
        } else {
            Affil::Description(k)
        });
    }
    for k in s..h {
        let name = doc.is(k, Tags::CAP)
            && !doc.is(k, Tags::FUNCTION | Tags::DET)
            && !doc.starts_sentence(k);
        if doc.is(k, Tags::COUNTRY | Tags::DEMONYM) || name {
            return Some(Affil::Token(k));
        }
        if doc.is(k, Tags::DESC) {
            return Some(Affil::Description(k));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::doc::tests::doc;

    fn groups(s: &str) -> Vec<(String, String)> {
        let d = doc(s);
        let mut reg = Registry::default();
        let skip = vec![false; d.toks.len()];
        let headline = vec![false; d.sents.len()];
        find(&d, &mut reg, &skip, &headline);
        reg.entries
            .iter()
            .map(|e| (e.name.clone(), e.mentions[0].span.text(s).to_string()))
            .collect()
    }

    #[test]
    fn sources() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            // A name's own "for" and its own list before the noun.
            (
                "A Department for Culture, Media and Sport spokesperson said it was early.",
                &[(
                    "A Department for Culture, Media and Sport spokesperson",
                    "A Department for Culture, Media and Sport spokesperson",
                )],
            ),
            (
                "The plan stalled, people familiar with the plan said.",
                &[(
                    "people familiar with the plan",
                    "people familiar with the plan",
                )],
            ),
            (
                "Anonymous officials involved in the review said it was early.",
                &[(
                    "Anonymous officials involved in the review",
                    "Anonymous officials involved in the review",
                )],
            ),
            (
                "A senior nurse at the city hospital said wards were full.",
                &[(
                    "A senior nurse at the city hospital",
                    "A senior nurse at the city hospital",
                )],
            ),
            (
                "A Kenyan official, speaking on condition of anonymity, said so.",
                &[("A Kenyan official", "A Kenyan official")],
            ),
            ("The rules stand, agency spokesman Ivan Petrov said.", &[]),
            // The speaker a quote's inverted cue names; "trader" is a people noun.
            (
                "\"Prices held,\" said a Zurich-based trader.",
                &[("a Zurich-based trader", "a Zurich-based trader")],
            ),
            // An adverb between the auxiliary and the verb; "representatives" is a
            // people noun.
            (
                "Critics have long argued that the levy is unfair.",
                &[("Critics", "Critics")],
            ),
            (
                "Staff representatives said they were told late.",
                &[("Staff representatives", "Staff representatives")],
            ),
            (
                "A group of voters backed by the Liberal Party asked a judge to stop the count.",
                &[("A group of voters", "A group of voters")],
            ),
            (
                "Lawyers for the families of the two miners who died have asked for a hearing.",
                &[(
                    "Lawyers for the families of the two miners who died",
                    "Lawyers for the families of the two miners who died",
                )],
            ),
            (
                "A deal is near, people familiar with the company's plans said.",
                &[(
                    "people familiar with the company's plans",
                    "people familiar with the company's plans",
                )],
            ),
            // Anonymity asked for in a relative clause; four name words as modifiers.
            (
                "A senior official at the Port Authority, who asked not to be identified \
                 because he was not authorised to speak to the media, said the cranes failed.",
                &[(
                    "A senior official at the Port Authority",
                    "A senior official at the Port Authority",
                )],
            ),
            (
                "Two Kestrel Harbour Service crew members, who spoke on condition of \
                 anonymity, said the cranes failed.",
                &[(
                    "Two Kestrel Harbour Service crew members",
                    "Two Kestrel Harbour Service crew members",
                )],
            ),
            // A date after the noun says when, not who.
            (
                "Port regulators on Tuesday warned that the berths were unsafe.",
                &[("Port regulators", "Port regulators")],
            ),
            // Trades and travellers are people who speak as a group.
            (
                "The toll rose again, as truckers warned that deliveries would slow.",
                &[("truckers", "truckers")],
            ),
            (
                "Ferry operators say the levy could backfire.",
                &[("Ferry operators", "Ferry operators")],
            ),
            // A title before the name after the comma still names the one meant.
            (
                "Her lawyer, advocate Ravi Menon, said the case was weak.",
                &[],
            ),
            (
                "The rules changed, according to a spokesperson for the agency.",
                &[(
                    "a spokesperson for the agency",
                    "a spokesperson for the agency",
                )],
            ),
            (
                "Several tired nurses outside the ward said they quit.",
                &[(
                    "Several tired nurses",
                    "Several tired nurses outside the ward",
                )],
            ),
            ("Economists at Quillo said rates would fall.", &[]),
            (
                "It is a levy that critics say will hurt shops.",
                &[("critics", "critics")],
            ),
            (
                "That official said no.",
                &[("That official", "That official")],
            ),
            ("Officials met on Monday.", &[]),
            (
                "A member of the Saudi delegation denied that talks had stalled.",
                &[(
                    "A member of the Saudi delegation",
                    "A member of the Saudi delegation",
                )],
            ),
            ("Members of Halvern's cabinet said no.", &[]),
            (
                "Two dissenters argued for a cut.",
                &[("Two dissenters", "Two dissenters")],
            ),
            (
                "One Western ambassador said the talks had stalled.",
                &[("One Western ambassador", "One Western ambassador")],
            ),
        ];
        for (s, want) in cases {
            let got = groups(s);
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(got, want, "{s}");
        }
    }
}
