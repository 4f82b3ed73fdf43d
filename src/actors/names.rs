//! Name candidates: tagged tokens in, [`Seg`]ments out — runs of capitalised words cut
//! at titles and honorifics ("Bank of England Governor Andrew Bailey" → the segment
//! "Bank of England", the role "Governor", the segment "Andrew Bailey"). Segments carry
//! what the run itself says (honorific, title, judge style); typing by context is
//! [`super::kinds`]' job.

use super::doc::Doc;
use super::registry::Gender;
use crate::tokens::{Kind, Tags};

/// One name candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seg {
    /// First name token.
    pub start: usize,
    /// One past the last name token.
    pub end: usize,
    /// Title tokens right before the name inside its run ("Trade Representative").
    pub role: Option<(usize, usize)>,
    /// Index of the segment before the title in the same run ("Ford" in "Ford CEO Jim
    /// Farley").
    pub prefix: Option<usize>,
    /// Preceded by an honorific.
    pub honorific: bool,
    /// Followed by a title and a person's name in its run.
    pub before_role: bool,
    /// Gender the honorific tells.
    pub gender: Gender,
    /// "Mrs Justice Carrow": a judge named by style.
    pub judge: bool,
}

/// Whether token `i` can start or continue a name.
fn nameable(doc: &Doc, i: usize) -> bool {
    let Some(t) = doc.get(i) else {
        return false;
    };
    // ("Two Ministry of Health officials": a count opening the sentence is no name's
    // word; "the Nine Network" is a name.)
    // ("LONDON, May 2 — Four workers …": after a dateline's dash too.)
    let opens = || {
        doc.starts_sentence(i) || i > 0 && matches!(doc.toks[i - 1].lower, "—" | "–" | "-" | ":")
    };
    let count = || {
        t.tags.has(Tags::DET)
            && opens()
            && matches!(
                t.lower,
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "several"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
            )
    };
    // "the All Progressives Congress", "The All Odisha Teachers' Association": a
    // capitalised "All" after "the", before a capitalised word, opens a name.
    let all = || {
        t.lower == "all"
            && i > 0
            && doc.word(i - 1, "the")
            && doc.is(i + 1, Tags::CAP)
            && !doc.is(i + 1, Tags::FUNCTION)
    };
    // "Prime Minister Jan Kowalczyk", "Jan Egeland said", "Dr. June Almeida": a month
    // that is also a given name, before a capitalised word, after a title or written
    // as an abbreviation without its period ("Jan 5" has a number after it).
    let given_month = || {
        t.tags.has(Tags::MONTH)
            && t.tags.has(Tags::FEMALE | Tags::MALE)
            && (t.lower.len() == 3
                || (i > 0 && doc.is(i - 1, Tags::TITLE | Tags::HONORIFIC))
                || (i > 1 && doc.punct(i - 1, ".") && doc.is(i - 2, Tags::HONORIFIC)))
            && name_word(doc, i + 1)
            && doc.same_sent(i, i + 1)
    };
    // "Pham Thu Ha", "Lee Sun Hee", "the Mar Austral Foundation": a three-letter day
    // or month written without its period between two capitalised name words (or after
    // "the", before one) is a name's own word.
    let inner_abbreviation = || {
        t.tags.has(Tags::MONTH)
            && t.lower.len() == 3
            && i > 0
            && (name_word(doc, i - 1) || doc.word(i - 1, "the"))
            && name_word(doc, i + 1)
            && doc.same_sent(i - 1, i + 1)
    };
    // "the Sunday Courier", "The Sunday Times": a day before a newspaper's head word
    // is the paper's name.
    let paper_day = || {
        t.tags.has(Tags::MONTH)
            && t.lower.ends_with("day")
            && doc.is(i + 1, Tags::MEDIA_HEAD)
            && doc.is(i + 1, Tags::CAP)
            && doc.same_sent(i, i + 1)
    };
    // "Save Our Streams", "Friends of Our Rivers": a capitalised "Our" inside a run of
    // capitalised words is the name's.
    let our = || {
        matches!(t.lower, "our" | "your")
            && !doc.starts_sentence(i)
            && i > 0
            && doc.is(i - 1, Tags::CAP)
            && !doc.is(i - 1, Tags::FUNCTION)
            && doc.is(i + 1, Tags::CAP)
            && !doc.is(i + 1, Tags::FUNCTION)
            && doc.same_sent(i - 1, i + 1)
    };
    // ("Economist Do Van Khoa", "President To Lam": a capitalised function word
    // between a title and a capitalised name word is a name's own word.)
    let titled = || {
        t.tags.has(Tags::FUNCTION)
            && !t.tags.has(Tags::PRONOUN | Tags::DET | Tags::PREP)
            && i > 0
            && doc.is(i - 1, Tags::TITLE | Tags::HONORIFIC)
            && doc.is(i - 1, Tags::CAP)
            && name_word(doc, i + 1)
            && doc.same_sent(i - 1, i + 1)
    };
    t.kind == Kind::Word
        && t.tags.has(Tags::CAP)
        && (!t.tags.has(Tags::FUNCTION | Tags::MONTH | Tags::PRONOUN)
            || titled()
            || all()
            || given_month()
            || inner_abbreviation()
            || paper_day()
            || our())
        // ("Pannon TV": a word that is no actor alone may close an outlet's name.)
        && (!t.tags.has(Tags::NOT_ACTOR)
            || t.tags.has(Tags::TITLE)
            || (t.tags.has(Tags::MEDIA_HEAD) && i > 0 && doc.is(i - 1, Tags::CAP)))
        && !count()
        && (t.tags.has(Tags::ORG_HEAD)
            || !(has_hyphen(doc.text, t.span, t.lower)
                && lower_after_hyphen(t.span.text(doc.text))
                && !hyphenated_given_name(doc, i)))
}

/// Whether token `k` is a capitalised word that may be a name's (no function word,
/// month or pronoun).
fn name_word(doc: &Doc, k: usize) -> bool {
    doc.get(k).is_some_and(|n| {
        n.kind == Kind::Word
            && n.tags.has(Tags::CAP)
            && !n.tags.has(Tags::FUNCTION | Tags::MONTH | Tags::PRONOUN)
    })
}

/// "Hyun-woo Baek", "Ji-hoon Park": a given name of two syllables joined by a hyphen,
/// the second short and in lower case, right before a capitalised word ("Ex-minister",
/// "Anti-war" and "Store-level" are prefixes and compounds).
fn hyphenated_given_name(doc: &Doc, i: usize) -> bool {
    let Some((head, tail)) = doc.toks[i].lower.split_once('-') else {
        return false;
    };
    let prefix = matches!(
        head,
        "ex" | "anti"
            | "pro"
            | "non"
            | "co"
            | "self"
            | "post"
            | "pre"
            | "then"
            | "vice"
            | "mid"
            | "semi"
            | "multi"
            | "cross"
            | "re"
            | "de"
            | "sub"
            | "super"
            | "over"
            | "under"
    );
    !prefix
        && head.len() >= 2
        && (2..=5).contains(&tail.len())
        && tail.bytes().all(|b| b.is_ascii_lowercase())
        // ("Hanoi-based", "state-run", "Texas-born": a compound's word.)
        && !tail.ends_with("ed")
        && !matches!(
            tail,
            "run" | "born" | "made" | "wide" | "like" | "style" | "level" | "scale" | "rich"
                | "free" | "type" | "held" | "bound" | "only" | "area" | "zone" | "era"
        )
        && !doc.is(i, Tags::TITLE)
        && (doc.get(i + 1).is_some_and(|n| {
            n.kind == Kind::Word
                && n.tags.has(Tags::CAP)
                && !n.tags.has(Tags::FUNCTION | Tags::PRONOUN)
                && doc.same_sent(i, i + 1)
        }) || surname_before(doc, i))
}

/// "Kim Da-eun", "Park Ji-hoon": a surname written first, a short capitalised word
/// with no hyphen right before the given name.
fn surname_before(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.get(i - 1).is_some_and(|p| {
            p.kind == Kind::Word
                && p.tags.has(Tags::CAP)
                && !p.tags.has(Tags::FUNCTION | Tags::PRONOUN | Tags::TITLE)
                && p.lower.len() <= 5
                && !p.lower.contains('-')
        })
        && doc.same_sent(i - 1, i)
}

/// Whether the word at `span` (lower-cased `lower`) holds a hyphen. Its text and its
/// lower-cased form hold the same hyphens (lower-casing makes or drops none; a
/// possessive ending holds none): a word of up to eight bytes is one integer test on
/// the text's bytes, a longer one a byte loop on `lower`.
fn has_hyphen(text: &str, span: crate::span::Span, lower: &str) -> bool {
    let len = span.len();
    let head = text
        .as_bytes()
        .get(span.start..)
        .and_then(<[u8]>::first_chunk::<8>);
    match head {
        Some(&b) if len <= 8 => {
            // A zero byte of `v` is a hyphen of the word; bytes past its end are masked
            // off (the test flags no byte below the first zero byte wrongly).
            let v = u64::from_le_bytes(b) ^ 0x2d2d_2d2d_2d2d_2d2d;
            let zero = v.wrapping_sub(0x0101_0101_0101_0101) & !v & 0x8080_8080_8080_8080;
            let mask = u64::MAX >> (8 * (8 - len));
            len > 0 && zero & mask != 0
        }
        _ => lower.bytes().any(|b| b == b'-'),
    }
}

/// "Store-level", "Ex-minister": a capital only at the start of a hyphenated word is a
/// sentence's capital, not a name's ("Coca-Cola", "Like-Minded" keep theirs, and so do
/// places of three parts or more that close with a capital: "Stratford-upon-Avon",
/// "Whānau-a-Rangi").
fn lower_after_hyphen(word: &str) -> bool {
    let upper = |part: &str| part.chars().next().is_some_and(|c| c.is_uppercase());
    let placed = word.split('-').count() >= 3 && word.rsplit('-').next().is_some_and(upper);
    !placed
        && word
            .split('-')
            .skip(1)
            .any(|part| part.chars().next().is_some_and(|c| c.is_lowercase()))
}

/// Letters after a person's name that are no part of it: a barrister's rank, honours
/// ("Amelia Grant KC", "Ann Lee DBE"), written in capitals right after a name word.
fn post_nominal(doc: &Doc, j: usize) -> bool {
    // Two or three capitals: the span's length rules out most words before any slicing.
    j > 0
        && doc
            .toks
            .get(j)
            .is_some_and(|t| (2..=3).contains(&t.span.len()))
        && doc.is(j - 1, Tags::CAP)
        && matches!(
            doc.toks[j].span.text(doc.text),
            "KC" | "QC" | "SC" | "OBE" | "MBE" | "CBE" | "KBE" | "DBE"
        )
}

/// The end of the capitalised run that starts at `i` (exclusive).
fn run_end(doc: &Doc, i: usize) -> usize {
    let mut j = i + 1;
    if doc.is(i, Tags::POSSESSIVE) {
        return j;
    }
    while j < doc.toks.len() && doc.same_sent(i, j) {
        let prev = j - 1;
        // "Massachusetts Sen. Elizabeth Warren": an abbreviated honorific inside a run
        // opens the next one ("Charlie King" keeps its own).
        let abbreviated = || {
            doc.punct(j + 1, ".")
                && doc.toks.get(j + 1).map(|p| p.span.start) == Some(doc.toks[j].span.end)
        };
        // ("Corvane Chief Executive Dr. Helena Varga": after a title the run goes on,
        // and the title cuts it.)
        if doc.is(j, Tags::HONORIFIC)
            && doc.is(j, Tags::CAP)
            && !doc.is(prev, Tags::TITLE)
            && abbreviated()
        {
            break;
        }
        if continues(doc, prev, j) {
            j += 1;
        } else if let Some(k) = connector(doc, i, prev, j) {
            j = k;
        } else {
            break;
        }
        if doc.is(j - 1, Tags::POSSESSIVE) && !saint_s(doc, i, j) {
            break;
        }
    }
    // An abbreviation's period at the very end ("Inc.") belongs to the run.
    if doc.is(j - 1, Tags::LEGAL)
        && doc.punct(j, ".")
        && doc.toks[j].span.start == doc.toks[j - 1].span.end
    {
        j += 1;
    }
    // "Hanseong Semiconductor Co., Ltd.": a second legal form after a comma.
    let legal_end =
        doc.is(j - 1, Tags::LEGAL) || (doc.punct(j - 1, ".") && doc.is(j - 2, Tags::LEGAL));
    if legal_end && doc.punct(j, ",") && doc.is(j + 1, Tags::LEGAL) && doc.is(j + 1, Tags::CAP) {
        j += 2;
        if doc.punct(j, ".") && doc.toks[j].span.start == doc.toks[j - 1].span.end {
            j += 1;
        }
    }
    j
}

/// Whether token `j` continues the run that reaches token `prev` by itself: a name
/// word, a number, an abbreviation's period, a surname that is a month or a closing
/// function word. The tests run cheapest first and stop at the first that holds.
fn continues(doc: &Doc, prev: usize, j: usize) -> bool {
    let t = &doc.toks[j];
    // A lower-case word (most tokens after a name) passes none of them.
    if t.kind == Kind::Word && !t.tags.has(Tags::CAP) {
        return false;
    }
    if post_nominal(doc, j) {
        return false;
    }
    if nameable(doc, j) {
        return true;
    }
    if t.kind == Kind::Number {
        // "Jill Stein 3 percent", "Hillary Clinton 41, Donald Trump 39": a figure after
        // a person's name is a score, not part of the name ("Channel 4" keeps its own).
        let given = |k: usize| doc.is(k, Tags::FEMALE | Tags::MALE) && doc.is(k, Tags::CAP);
        let person = given(prev) || (prev > 0 && doc.same_sent(prev - 1, prev) && given(prev - 1));
        let unit = doc.get(j + 1).is_some_and(|n| {
            matches!(
                n.span.text(doc.text),
                "%" | "percent" | "per" | "percentage" | "points"
            )
        });
        // "fined Northmere Water 2.1 million pounds": an amount ("Channel 4", "Boeing
        // 737" keep their whole numbers).
        let amount = || {
            t.span
                .text(doc.text)
                .bytes()
                .any(|b| b == b'.' || b == b',')
                || doc.get(j + 1).is_some_and(|n| {
                    matches!(
                        n.lower,
                        "thousand" | "million" | "billion" | "trillion" | "bn"
                    )
                })
        };
        return adjacent_word_run(doc, prev) && !person && !unit && !amount();
    }
    let adjacent = t.span.start == doc.toks[prev].span.end;
    let abbreviation = || {
        adjacent
            && doc.punct(j, ".")
            && (doc.is(prev, Tags::HONORIFIC | Tags::LEGAL)
                || doc.toks[prev].lower.len() == 1
                || doc.toks[prev].lower == "st")
            && nameable(doc, j + 1)
    };
    // "Theresa May": a month after a given name is a surname.
    let surname_month = || {
        t.tags.has(Tags::MONTH)
            && t.tags.has(Tags::CAP)
            && doc.is(prev, Tags::FEMALE | Tags::MALE)
            && doc.is(prev, Tags::CAP)
    };
    // "Clean Rivers Now said": a capitalised function word closing a run mid-sentence
    // is the name's own word.
    let function_tail = || {
        t.tags.has(Tags::FUNCTION)
            && t.tags.has(Tags::CAP)
            && !t.tags.has(Tags::PRONOUN)
            && t.kind == Kind::Word
            && adjacent_word_run(doc, prev)
            && doc
                .get(j + 1)
                .is_none_or(|n| n.kind != Kind::Word || !n.tags.has(Tags::CAP))
    };
    abbreviation() || surname_month() || function_tail()
}

/// "St Brendan's University Hospital", "St. Mary's College": a saint's possessive
/// (the run's second or third token, after "St", "St." or "Saint") before a name word
/// is inside the name; so is a plural of people's ("Lakeshore Children's Hospital",
/// "National Women's Law Center", "Socialist People's Party") and a sovereign's
/// ("Court of King's Bench", "Queen's University").
fn saint_s(doc: &Doc, i: usize, j: usize) -> bool {
    let saint = j <= i + 3 && matches!(doc.toks[i].lower, "st" | "saint") && doc.is(i, Tags::CAP);
    // ("Women's Aid", "the West Coast Fishermen's Association": a plural of people
    // not made with "s" takes "'s" inside a name.)
    let people = matches!(doc.toks[j - 1].lower, "children" | "people")
        || doc.toks[j - 1].lower.ends_with("men");
    // (After "of" or opening the run: not a person's surname, "Mr. King's show".)
    let sovereign = matches!(doc.toks[j - 1].lower, "king" | "queen")
        && (j - 1 == i || (j >= 2 && doc.word(j - 2, "of")));
    (saint || people || sovereign) && nameable(doc, j)
}

fn adjacent_word_run(doc: &Doc, prev: usize) -> bool {
    doc.is(prev, Tags::CAP) && !doc.is(prev, Tags::POSSESSIVE)
}

/// Where a run continues past a connector at `j` ("of", "for", "and", "&", a plural's
/// apostrophe), or `None`.
fn connector(doc: &Doc, start: usize, prev: usize, j: usize) -> Option<usize> {
    let t = doc.get(j)?;
    // Most tokens after a run are ruled out by their first byte, before any slicing.
    if !may_connect(doc.text.as_bytes().get(t.span.start).copied()) {
        return None;
    }
    let w = t.span.text(doc.text);
    // "Lord Pemberton of Ashby", "Baroness Hale of Richmond": a peer's territorial
    // designation.
    let peer = || {
        prev == start + 1
            && matches!(
                doc.toks[start].lower,
                "lord" | "baroness" | "baron" | "lady" | "viscount" | "earl"
            )
    };
    // "Court of Arbitration for Sport": a second "of" or "for" in a name a head opened.
    // ("Office of the Comptroller of Defence Audit": with "the" between.)
    // ("Minister of State for Electronics": after a title too.)
    let chained = || {
        let the = usize::from(prev >= start + 3 && doc.word(prev - 1, "the"));
        prev >= start + 2 + the
            && (doc.word(prev - 1 - the, "of") || doc.word(prev - 1 - the, "for"))
            && doc.is(
                prev - 2 - the,
                Tags::ORG_HEAD | Tags::GOV_HEAD | Tags::TITLE,
            )
    };
    // "Northern European Journal of Medicine": a periodical's field.
    // ("… by Parents for Classroom Transparency": a people noun capitalised inside a
    // sentence opens a campaign's name; "Lawyers for Ana Ruiz said" is left alone.)
    // ("Kaiyama Mothers for Safety": a place's name may come first.)
    let placed_first =
        prev == start + 1 && !doc.is(start, Tags::DEMONYM | Tags::PARTY | Tags::COUNTRY);
    let campaign = || {
        w == "for"
            && (prev == start || placed_first)
            && doc.is(prev, Tags::GROUP_NOUN)
            && !doc.starts_sentence(prev)
            && doc.toks[prev].lower.ends_with('s')
    };
    // ("United Teachers of Oklahoma": a people plural after a capitalised word opens
    // a union's or association's name before "of".)
    // ("The Independent Broadcasters of Ireland": after "the", any plural of a name
    // of two words or more.)
    let members_of = || {
        let the = start > 0 && doc.word(start - 1, "the");
        w == "of"
            && prev > start
            && (doc.is(prev, Tags::GROUP_NOUN | Tags::MEMBER_NOUN)
                || (the && plural_noun(doc.toks[prev].lower) && !doc.is(prev, Tags::COUNTRY)))
            && doc.toks[prev].lower.ends_with('s')
            && !doc.is(start, Tags::DEMONYM | Tags::PARTY | Tags::COUNTRY)
    };
    // ("Friends of the Earth", "Knights of the Round Table": a capitalised plural
    // that names no kind of people, alone before "of the" and a capitalised word, is
    // a body's own word; "Residents of the Bronx" are people.)
    let plural_of_the = || {
        w == "of"
            && prev == start
            && doc.toks[prev].lower.len() > 3
            && doc.toks[prev].lower.ends_with('s')
            && !doc.is(
                prev,
                Tags::GROUP_NOUN
                    | Tags::MEMBER_NOUN
                    | Tags::FUNCTION
                    | Tags::COUNTRY
                    | Tags::DEMONYM
                    | Tags::PARTY
                    | Tags::MONTH,
            )
            && doc.word(j + 1, "the")
            && doc.is(j + 2, Tags::CAP)
            && !doc.is(j + 2, Tags::FUNCTION | Tags::COUNTRY | Tags::MONTH)
    };
    // ("the ACLU of Ohio": a body's acronym alone before "of" and a place.)
    let acronym_of = || {
        w == "of"
            && prev == start
            && doc.is(prev, Tags::ALL_CAPS)
            && !doc.is(prev, Tags::TITLE)
            && doc.toks[prev].lower.len() >= 3
            && start > 0
            && doc.word(start - 1, "the")
    };
    let head = || {
        doc.is(prev, Tags::ORG_HEAD | Tags::GOV_HEAD | Tags::TITLE)
            || acronym_of()
            || (w == "of" && doc.is(prev, Tags::MEDIA_HEAD))
            || members_of()
            || plural_of_the()
            || peer()
            || chained()
            || campaign()
    };
    match w {
        "of" | "for" | "on" if head() => {
            // "Tessaract Data Systems of Austin": a company of two words or more whose
            // plural head closes it is placed, not named, by "of" ("Bank of America",
            // "Communications Workers of America" keep theirs).
            let placed = w == "of"
                && prev > start
                && COMPANY_PLURALS.contains(&doc.toks[prev].lower)
                && nameable(doc, j + 1)
                && !nameable(doc, j + 2);
            if placed {
                return None;
            }
            let k = if doc.word(j + 1, "the") { j + 2 } else { j + 1 };
            nameable(doc, k).then_some(k)
        }
        // ("the European Chamber of Commerce in Vietnam": a chamber's country is its
        // name's.)
        "in" if doc.toks[prev].lower == "commerce"
            && (start..prev).any(|m| doc.toks[m].lower == "chamber")
            && doc.is(j + 1, Tags::COUNTRY)
            && !nameable(doc, j + 2) =>
        {
            Some(j + 1)
        }
        "," => comma_list(doc, start, prev, j),
        // "the Texas Freedom to Read Coalition", "the Right to Life Foundation": "to"
        // between capitalised words inside a name after "the" whose next words close on
        // a body's head ("sold Volvo to Geely Holding" names two).
        "to" if doc.is(prev, Tags::CAP)
            && nameable(doc, j + 1)
            && start > 0
            && doc.word(start - 1, "the") =>
        {
            let head = (j + 1..j + 4)
                .take_while(|&k| nameable(doc, k))
                .any(|k| doc.is(k, Tags::ORG_HEAD | Tags::GOV_HEAD) && !nameable(doc, k + 1));
            head.then_some(j + 1)
        }
        "&" => nameable(doc, j + 1).then_some(j + 1),
        // "Bram de Wit", "Jan van der Berg", "Gazzetta dello Sport": a lower-case name
        // particle between capitalised words.
        _ if particle(w) && doc.is(prev, Tags::CAP) => {
            let k = if doc
                .get(j + 1)
                .is_some_and(|n| particle(n.span.text(doc.text)))
            {
                j + 2
            } else {
                j + 1
            };
            nameable(doc, k).then_some(k)
        }
        "and" => {
            if !nameable(doc, j + 1) {
                return None;
            }
            let mut k = j + 1;
            while nameable(doc, k) && !doc.is(k, Tags::POSSESSIVE) {
                k += 1;
            }
            let last = if doc.is(k, Tags::POSSESSIVE) {
                k
            } else {
                k - 1
            };
            // ("the Centerm and Deltaport terminals": a plural lower-case head after
            // them makes two.)
            let plural_after = doc.toks.get(k).is_some_and(|t| {
                t.lower.ends_with('s') && !t.lower.ends_with("ss") && !doc.is(k, Tags::CAP)
            });
            // ("United Food and Commercial Workers Local 1287": a union local's number
            // after its word.)
            let local = last > j + 1
                && doc.toks[last].lower == "local"
                && doc
                    .toks
                    .get(last + 1)
                    .is_some_and(|t| t.kind == Kind::Number);
            let ends_head = doc.is(last, Tags::ORG_HEAD | Tags::GOV_HEAD)
                || local
                || (!doc.is(k, Tags::CAP)
                    && !plural_after
                    && doc.is(k, Tags::ORG_HEAD | Tags::GOV_HEAD));
            let country = doc.is(j + 1, Tags::COUNTRY);
            // ("Council President Tom Brewster and Council member Luis Ferrer": the
            // words after "and" open a title, not a body's name.)
            if doc.is(k, Tags::TITLE) && !doc.is(k, Tags::CAP) {
                return None;
            }
            // "Orbis Semiconductor and Lumetra Systems": two whole names, each of two
            // words or more and the first ending in a head, are two bodies ("Securities
            // and Exchange Commission" stays one).
            // ("Senate Energy and Natural Resources Committee": a committee's portfolios
            // end in words that head companies too.)
            // ("Aerovia India and JetSouth Airways": a first name of a brand and its
            // country, a company's unit.)
            let two = prev > start
                && (doc.is(prev, Tags::ORG_HEAD | Tags::LEGAL)
                    || (doc.is(prev, Tags::COUNTRY) && !doc.is(start, Tags::COUNTRY)))
                && last > j + 1
                && !doc.is(last, Tags::GOV_HEAD);
            // "Sporting Almedina and Almedina City Council": a second name of its own
            // head that opens with a word of the first is another body.
            let repeated = prev > start
                && last > j + 1
                && (start..=prev).any(|m| doc.toks[m].low() == doc.toks[j + 1].low());
            // "hospital operators Buckeye Valley Health and Lakeshore Medical Partners",
            // "carmakers Ford and General Motors": a plural noun right before the names
            // says there are more than one.
            let plural_before = start > 0 && last > j + 1 && {
                let t = &doc.toks[start - 1];
                t.kind == Kind::Word
                    && !t
                        .tags
                        .has(Tags::CAP | Tags::VERB | Tags::AUX | Tags::FUNCTION)
                    && t.lower.len() > 3
                    && t.lower.ends_with('s')
                    && !t.lower.ends_with("ss")
                    && doc.same_sent(start - 1, start)
            };
            let two = two || repeated || plural_before;
            // "Pharmaceutical Research and Manufacturers of America": after a head, a
            // part with no head of its own that goes on with "of" and a name is the
            // same body's.
            let of_name = doc.is(prev, Tags::ORG_HEAD)
                && !doc.is(last, Tags::ORG_HEAD | Tags::GOV_HEAD)
                && doc.word(k, "of")
                && nameable(doc, k + 1);
            if of_name {
                let n = if doc.word(k + 1, "the") { k + 2 } else { k + 1 };
                return nameable(doc, n).then_some(n);
            }
            // "Office of Management and Budget", "Department of Health and Human
            // Services", "Standing Committee on Finance and Revenue": a government
            // body's portfolio list.
            let portfolio = (start + 1..prev).any(|m| {
                (doc.word(m, "of") || doc.word(m, "for") || doc.word(m, "on"))
                    && doc.is(m - 1, Tags::GOV_HEAD | Tags::TITLE)
            }) && !doc.is(j + 1, Tags::FEMALE | Tags::MALE);
            // "Chamber of Commerce and Industry": a body's two portfolio words.
            let fields = last == j + 1
                && doc.is(prev, Tags::ROLE_MOD)
                && doc.is(j + 1, Tags::ROLE_MOD)
                && (start + 1..prev).any(|m| {
                    (doc.word(m, "of") || doc.word(m, "for")) && doc.is(m - 1, Tags::ORG_HEAD)
                });
            // "Swedish Association of Local Authorities and Regions", "Federation of
            // Employers and Manufacturers": after a head's "of", two plurals joined
            // are the members the body is of.
            let plural = |m: usize| plural_noun(doc.toks[m].low());
            let members = last == j + 1 && {
                plural(prev)
                    && plural(last)
                    && !doc.is(prev, Tags::COUNTRY)
                    && !doc.is(last, Tags::COUNTRY)
                    && (start + 1..prev).any(|m| {
                        doc.word(m, "of") && doc.is(m - 1, Tags::ORG_HEAD | Tags::GOV_HEAD)
                    })
            };
            // "Garment Manufacturers and Exporters Association", "Hotels and Restaurants
            // Association": plurals joined before an association's head are its
            // members, one body.
            // ("Korea Pharmaceutical and Bio-Pharma Manufacturers Association": or the
            // members before the head plural, the first part no name of its own.)
            let association = last > j + 1
                && association_head(doc.toks[last].lower)
                && ((plural(prev) && (j + 1..last).all(plural))
                    || (plural(last - 1)
                        && !doc.is(prev, Tags::COUNTRY)
                        && (!doc.is(prev, Tags::ORG_HEAD | Tags::LEGAL)
                            || (start > 0 && doc.word(start - 1, "the")))));
            let portfolio = portfolio || fields || members || association;
            // "The Globe and Mail", "Trinidad and Tobago": a listed name with "and"
            // in it (after "the", where it opens one).
            let listed = || {
                let the = start > 0 && doc.word(start - 1, "the");
                let words: Vec<&str> = (start - usize::from(the)..=last)
                    .map(|m| doc.toks[m].low())
                    .collect();
                crate::lexicon::classes::phrase_at(&words).is_some_and(|(n, _, _)| n == words.len())
            };
            ((ends_head || portfolio || spelled_out(doc, start, k) || listed())
                && !country
                && (!two || portfolio))
                .then_some(j + 1)
        }
        "'" | "’"
            if doc.toks[prev].lower.ends_with('s') && t.span.start == doc.toks[prev].span.end =>
        {
            nameable(doc, j + 1).then_some(j + 1)
        }
        _ => None,
    }
}

/// Whether a lower-cased word is a plural noun by its ending ("exporters", "hotels",
/// "trainmen"; not "press" or a short word).
pub(crate) fn plural_noun(w: &str) -> bool {
    w.len() > 3 && ((w.ends_with('s') && !w.ends_with("ss")) || (w.len() > 5 && w.ends_with("men")))
}

/// Whether a lower-cased word heads the name of an association of members
/// ("Hotels and Restaurants Association", "Conference of Catholic Bishops").
pub(super) fn association_head(w: &str) -> bool {
    matches!(
        w,
        "association"
            | "federation"
            | "confederation"
            | "conference"
            | "council"
            | "union"
            | "league"
            | "alliance"
            | "chamber"
            | "society"
            | "coalition"
            | "guild"
            | "order"
    )
}

/// "Institute of Science and Technology (IST)": whether the acronym in brackets right
/// after tokens `start..end` spells their words.
pub(super) fn spelled_out(doc: &Doc, start: usize, end: usize) -> bool {
    let acronym = doc
        .get(end + 1)
        .filter(|t| doc.punct(end, "(") && doc.punct(end + 2, ")") && t.tags.has(Tags::ALL_CAPS));
    acronym.is_some_and(|a| {
        let key = doc.toks[start..end]
            .iter()
            .map(|t| t.low())
            .collect::<Vec<_>>()
            .join(" ");
        super::link::spells(a.lower.as_bytes(), &key)
    })
}

/// "Department for Culture, Media and Sport", "Senate Health, Education, Labor and
/// Pensions Committee": a list of one-word items after a comma at `j` belongs to the
/// run when the run holds a portfolio ("for"/"of" after a government head) and the
/// last item has at most three words, or the list's last item closes with a
/// government head. Where the run goes on: the last
/// item's first word.
pub(super) fn comma_list(doc: &Doc, start: usize, prev: usize, j: usize) -> Option<usize> {
    if !doc.is(prev, Tags::CAP) || doc.is(prev, Tags::POSSESSIVE) || !nameable(doc, j + 1) {
        return None;
    }
    // One-word items, each followed by a comma, up to "and".
    let mut k = j + 1;
    loop {
        if !nameable(doc, k) || doc.is(k, Tags::POSSESSIVE) || !doc.same_sent(j, k) {
            return None;
        }
        if doc.punct(k + 1, ",") {
            k += 2;
        } else if doc.word(k + 1, "and") {
            k += 2;
            break;
        } else {
            return None;
        }
    }
    if !nameable(doc, k) {
        return None;
    }
    let mut end = k;
    while nameable(doc, end) && !doc.is(end, Tags::POSSESSIVE) {
        end += 1;
    }
    let last = if doc.is(end, Tags::POSSESSIVE) {
        end
    } else {
        end - 1
    };
    // ("National Coordinator of Coca, Poppy and Marijuana Growers": a body's head
    // closes a list after the name's "of".)
    let closes = doc.is(last, Tags::GOV_HEAD)
        || (doc.is(last, Tags::ORG_HEAD) && (start + 1..prev).any(|k| doc.word(k, "of")));
    // ("Ministry of Labour, Invalids and Social Affairs": a portfolio's last item may
    // hold a few words.)
    let single = end <= k + 3;
    let portfolio = || {
        (start + 1..prev)
            .any(|k| (doc.word(k, "for") || doc.word(k, "of")) && doc.is(k - 1, Tags::GOV_HEAD))
    };
    (closes || (single && portfolio())).then_some(k)
}

/// Plural heads of company names ("Tessaract Data Systems"), which "of" and one name
/// after them place rather than name ("National Institutes of Health" keeps its own).
const COMPANY_PLURALS: &[&str] = &[
    "brands",
    "chemicals",
    "communications",
    "electronics",
    "enterprises",
    "foods",
    "holdings",
    "industries",
    "investments",
    "laboratories",
    "labs",
    "logistics",
    "materials",
    "motors",
    "networks",
    "partners",
    "pharmaceuticals",
    "resources",
    "services",
    "solutions",
    "systems",
    "technologies",
    "ventures",
];

/// Whether a token opening with byte `first` may be a connector: every one opens with
/// one of these (the particles with a, b, d, i or v; "’" with 0xE2).
fn may_connect(first: Option<u8>) -> bool {
    matches!(
        first,
        Some(
            b'a' | b'b'
                | b'd'
                | b'f'
                | b'i'
                | b'o'
                | b'p'
                | b't'
                | b'v'
                | b'&'
                | b'\''
                | b','
                | 0xE2
        )
    )
}

/// A lower-case particle inside a name ("de", "van", "von", "bin", "do" in "Banco do
/// Brasil", "por" in "Transparencia por Colombia"), as written.
pub fn particle(w: &str) -> bool {
    matches!(
        w,
        "al" | "bin"
            | "da"
            | "das"
            | "de"
            | "del"
            | "della"
            | "dello"
            | "den"
            | "der"
            | "des"
            | "di"
            | "do"
            | "dos"
            | "du"
            | "ibn"
            | "para"
            | "por"
            | "pour"
            | "van"
            | "von"
    )
}

/// Every name segment of the article, in text order. `skip` marks tokens other rules
/// already took.
pub fn segments(doc: &Doc, skip: &[bool]) -> Vec<Seg> {
    // About one segment in ten tokens in news text: room up front, not doubling.
    let mut out = Vec::with_capacity(doc.toks.len() / 8);
    let mut i = 0;
    while i < doc.toks.len() {
        // The capital test first, as a scan over the tokens: most fail it.
        let Some(step) = doc.toks[i..].iter().position(|t| t.tags.has(Tags::CAP)) else {
            break;
        };
        i += step;
        if skip[i] || !nameable(doc, i) {
            i += 1;
            continue;
        }
        let mut end = run_end(doc, i);
        if let Some(k) = (i..end).find(|&k| skip[k]) {
            end = k.max(i + 1);
        }
        split_run(doc, i, end, &mut out);
        i = end;
        // "Amelia Grant KC": honours and ranks after a name are no name of their own.
        while i < doc.toks.len() && post_nominal(doc, i) && doc.same_sent(i - 1, i) {
            i += 1;
        }
    }
    out
}

/// Cuts the run `i..end` at titles and honorifics and pushes its segments.
fn split_run(doc: &Doc, i: usize, end: usize, out: &mut Vec<Seg>) {
    // One word (most runs): no judge style, no title to cut at, no honorific to strip
    // before a name, nothing to drop before one.
    if end == i + 1 {
        out.push(seg(i, end, None, None, false, Gender::Unknown, false));
        return;
    }
    // Judge style: "Mrs Justice Carrow", "Lord Justice Smith": three words at least,
    // periods left out.
    let mut words = (i..end).filter(|&k| doc.toks[k].kind != Kind::Punct || !doc.punct(k, "."));
    if let (Some(w0), Some(w1), Some(_)) = (words.next(), words.next(), words.next()) {
        if doc.is(w0, Tags::HONORIFIC) && doc.toks[w1].lower == "justice" {
            let gender = honorific_gender(doc.toks[w0].lower);
            out.push(seg(w0, end, None, None, false, gender, true));
            return;
        }
    }
    // The last title in the run followed by a person-like remainder.
    // ("Supreme Court of Justice of the Nation": a title after "of" or "for" is a
    // body's portfolio, no cut.)
    let object = |k: usize| k > i && (doc.word(k - 1, "of") || doc.word(k - 1, "for"));
    let cut = (i..end).rev().find(|&k| {
        doc.is(k, Tags::TITLE)
            && !object(k)
            && k + 1 < end
            && !doc.is(k + 1, Tags::TITLE)
            && person_like(doc, k + 1, end)
    });
    let Some(k) = cut else {
        push_plain(doc, i, end, out);
        return;
    };
    let mut r = k;
    // ("Orbis Energy CEO Jane Doe", "Shell Oil Chairman": a company head is the
    // company's, unless a nationality owns it: "Iraqi Oil Minister Salim Jabbouri".)
    // ("Chief Financial Officer Kenji Morita": with only rank and portfolio words
    // before it, no company owns the head word.)
    let portfolio = |k: usize| {
        !doc.is(k, Tags::ORG_HEAD)
            || k == i
            || doc.is(k - 1, Tags::DEMONYM | Tags::COUNTRY)
            || (i..k).all(|j| doc.is(j, Tags::TITLE | Tags::ROLE_MOD))
    };
    while r > i
        && doc.is(r - 1, Tags::TITLE | Tags::ROLE_MOD)
        && !doc.is(r - 1, Tags::COUNTRY)
        && portfolio(r - 1)
    {
        r -= 1;
    }
    // "Emergency Management Minister Priya Sandhu": no company or agency has a
    // minister, so the capitalised words before one are its portfolio, however
    // unusual, up to a place or nationality that owns it ("Ontario Energy Minister").
    if doc.toks[k].lower == "minister" {
        while r > i && doc.is(r - 1, Tags::CAP) && !doc.is(r - 1, Tags::COUNTRY | Tags::DEMONYM) {
            r -= 1;
        }
    }
    // "Assistant U.S. Attorney Daniel Ferreira": a rank before the country is the
    // role's.
    if r >= i + 2 && doc.is(r - 1, Tags::COUNTRY) && doc.is(r - 2, Tags::ROLE_MOD) {
        r -= 2;
    }
    let before = out.len();
    if r > i {
        push_plain(doc, i, r, out);
    }
    let prefix = (out.len() > before).then(|| out.len() - 1);
    if let Some(p) = prefix {
        out[p].before_role = true;
    }
    let mut name_start = portfolio_end(doc, k + 1, end);
    if name_start >= end {
        return;
    }
    // "founder and CEO of Iraq and Afghanistan Veterans of America": with no room for a
    // name after the portfolio, the words after "of" are a body's, no person's.
    if doc.word(name_start, "of") || doc.word(name_start, "for") {
        let from = if doc.word(name_start + 1, "the") {
            name_start + 2
        } else {
            name_start + 1
        };
        if from < end {
            push_plain(doc, from, end, out);
        }
        return;
    }
    // "Senate President Pro Tempore Wade Hollister", "Mayor Pro Tem Ana Ruiz": the
    // Latin qualifier is the title's.
    if doc.word(name_start, "pro")
        && name_start + 2 < end
        && (doc.word(name_start + 1, "tempore") || doc.word(name_start + 1, "tem"))
    {
        name_start += 2;
    }
    // "Chief Statistician Anjali Ramaswamy": a word that is no given name, between the
    // title and one, is the title's own.
    if given_name_next(doc, name_start, end) {
        name_start += 1;
    }
    let (hon, gender, s) = strip_honorific(doc, name_start, end);
    out.push(seg(
        s,
        end,
        Some((r, name_start)),
        prefix,
        hon,
        gender,
        false,
    ));
}

/// Where the name starts after a title's portfolio ("Secretary of State John Kerry",
/// "Chancellor of the Exchequer Gavin Rolle"): at the first given name after "of" and
/// its object, else at the last two words; `j` itself when no "of" follows the title.
fn portfolio_end(doc: &Doc, j: usize, end: usize) -> usize {
    // ("Member for Kooringa, Dr Sasha Pillay": "for" opens a portfolio or seat too.)
    if !doc.word(j, "of") && !doc.word(j, "for") {
        return j;
    }
    let from = if doc.word(j + 1, "the") { j + 2 } else { j + 1 };
    // "Ontario's Minister of Northern Development and Mines, Patricia Lavoie": with a
    // name after the comma, the run is the role alone.
    let named_after = doc.punct(end, ",") && doc.is(end + 1, Tags::CAP);
    // The portfolio takes one word at least; the name two.
    if from + 3 > end {
        return if named_after { end } else { j };
    }
    (from + 1..end - 1)
        .find(|&k| doc.is(k, Tags::FEMALE | Tags::MALE))
        .unwrap_or(if named_after { end } else { end - 2 })
}

/// Whether tokens `i..end` look like a person's name rather than an organisation's.
fn person_like(doc: &Doc, i: usize, end: usize) -> bool {
    let heads = Tags::ORG_HEAD | Tags::GOV_HEAD | Tags::LEGAL | Tags::MEDIA_HEAD;
    let last = (i..end).rev().find(|&k| doc.toks[k].kind == Kind::Word);
    // ("General Confederation of Dockers": a body's head word opens no person's name.)
    let body_first = doc.is(i, heads) && doc.word(i + 1, "of");
    match last {
        Some(l) => !doc.is(l, heads) && !body_first,
        None => false,
    }
}

fn push_plain(doc: &Doc, i: usize, end: usize, out: &mut Vec<Seg>) {
    let (hon, gender, mut s) = strip_honorific(doc, i, end);
    // "Miss Universe Alicia Machado": the honorific heads a title of its own when a
    // word that is no given name stands between it and one, so the name starts at the
    // given name. "Singer Lucia Ferrante" opening a sentence: the capital of the first
    // word is the sentence's, and the word describes the person.
    let opens_sentence = s == 0 || !doc.same_sent(s - 1, s);
    if (hon || (opens_sentence && end - s == 3 && person_like(doc, s, end)))
        && given_name_next(doc, s, end)
    {
        s += 1;
    }
    // "Republican Ann Vale", "Kenyan Joseph Mwangi": a party or nationality adjective
    // before a person-like name is not part of it ("English Football League" keeps its
    // own, as it ends in an organisation head).
    // "Chipmaker Corvane Corp.", "Retailer Ann Cole": a description noun opening the
    // run describes the name that follows, when that name is plainly a company's or a
    // person's ("Union Pacific" keeps its first word).
    let desc = doc.is(s, Tags::DESC) && !doc.is(s, Tags::TITLE) && nameable(doc, s + 1);
    let rest_named = end - s >= 3
        && (doc.is(end - 1, Tags::LEGAL)
            || (doc.punct(end - 1, ".") && doc.is(end - 2, Tags::LEGAL))
            || doc.is(s + 1, Tags::FEMALE | Tags::MALE));
    // "Developer Corvane Group wants …": opening a sentence, a noun for a kind of
    // company before a name that a company head closes.
    let company = || {
        opens_sentence
            && end - s >= 3
            && crate::lexicon::classes::description_kind(doc.toks[s].lower) == Some("organization")
            && doc.is(end - 1, Tags::ORG_HEAD | Tags::LEGAL)
    };
    if !hon && ((desc && rest_named) || company()) {
        s += 1;
    }
    let leading = Tags::DEMONYM | Tags::PARTY;
    // ("American Civil Liberties Union of Tennessee": the head before the "of".)
    let head_end = (s + 2..end)
        .find(|&k| doc.word(k, "of") || doc.word(k, "for"))
        .unwrap_or(end);
    // ("The Australian Financial Review": an outlet's name that opens with one is
    // whole.)
    let listed = || {
        let words: Vec<&str> = (s..end).map(|k| doc.toks[k].low()).collect();
        crate::lexicon::classes::phrase_at(&words).is_some_and(|(n, _, _)| n == end - s)
    };
    if !hon
        && end - s >= 3
        && doc.is(s, leading)
        && person_like(doc, s + 1, head_end)
        && !(doc.is(s, Tags::PHRASE) && listed())
    {
        s += 1;
    }
    if s < end {
        out.push(seg(s, end, None, None, hon, gender, false));
    }
}

/// Whether the run `s..end` holds three words at least, the first no given name and
/// the second one: the name proper starts at the second.
fn given_name_next(doc: &Doc, s: usize, end: usize) -> bool {
    end >= s + 3
        && !doc.is(s, Tags::FEMALE | Tags::MALE | Tags::HONORIFIC)
        && doc.toks[s].kind == Kind::Word
        && doc.is(s + 1, Tags::FEMALE | Tags::MALE)
}

/// Skips leading honorifics (and their periods): (found one, its gender, name start).
fn strip_honorific(doc: &Doc, i: usize, end: usize) -> (bool, Gender, usize) {
    let mut s = i;
    let mut gender = Gender::Unknown;
    let mut found = false;
    while s + 1 < end && doc.is(s, Tags::HONORIFIC) {
        found = true;
        if gender == Gender::Unknown {
            gender = honorific_gender(doc.toks[s].lower);
        }
        s += 1;
        if doc.punct(s, ".") {
            s += 1;
        }
    }
    (found, gender, s)
}

fn honorific_gender(h: &str) -> Gender {
    match h {
        "mr" | "sir" | "lord" | "king" | "prince" | "fr" | "father" => Gender::Male,
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" => Gender::Female,
        _ => Gender::Unknown,
    }
}

fn seg(
    start: usize,
    end: usize,
    role: Option<(usize, usize)>,
    prefix: Option<usize>,
    honorific: bool,
    gender: Gender,
    judge: bool,
) -> Seg {
    Seg {
        start,
        end,
        role,
        prefix,
        honorific,
        before_role: false,
        gender,
        judge,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actors::doc::tests::doc;
    use crate::span::Span;

    #[test]
    fn every_connector_passes_the_first_byte_test() {
        let particles = [
            "al", "bin", "da", "das", "de", "del", "della", "dello", "den", "der", "des", "di",
            "do", "dos", "du", "ibn", "para", "por", "pour", "van", "von",
        ];
        for w in particles
            .iter()
            .chain(&["of", "for", "on", "&", "and", "'", "’", ","])
        {
            assert!(particle(w) || !particles.contains(w), "{w}");
            assert!(may_connect(w.as_bytes().first().copied()), "{w}");
        }
        assert!(!may_connect(Some(b's')) && !may_connect(Some(b'.')) && !may_connect(None));
    }

    #[test]
    fn hyphens_by_integer_test_and_by_loop() {
        let text = "a-b Store-level -x y- ab-cd-ef-gh Zürich-Nord end - x-";
        let mut start = 0;
        for w in text.split(' ') {
            let span = Span::new(start, start + w.len());
            start += w.len() + 1;
            let lower = w.to_lowercase();
            assert_eq!(has_hyphen(text, span, &lower), w.contains('-'), "{w}");
        }
        // Text bytes past the word: "ab" is followed by "-", which is no part of it.
        assert!(!has_hyphen("ab-cdefgh", Span::new(0, 2), "ab"));
    }

    fn texts(s: &str) -> Vec<String> {
        let d = doc(s);
        let skip = vec![false; d.toks.len()];
        segments(&d, &skip)
            .iter()
            .map(|g| {
                let mut t = d.span(g.start, g.end).text(s).to_string();
                if let Some((a, b)) = g.role {
                    t = format!("[{}] {t}", d.span(a, b).text(s));
                }
                t
            })
            .collect()
    }

    #[test]
    fn runs_and_cuts() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Acme CEO Jane Doyle met the Bank of England Governor Tom Reed.",
                &[
                    "Acme",
                    "[CEO] Jane Doyle",
                    "Bank of England",
                    "[Governor] Tom Reed",
                ],
            ),
            (
                "Despite that, Dr. Paul Snow and Competition and Markets Authority staff left.",
                &["Paul Snow", "Competition and Markets Authority"],
            ),
            ("Vietnam and Laos met on Monday.", &["Vietnam", "Laos"]),
            // A plural lower-case head after two names joined by "and" makes two.
            (
                "The strike shut the Keswater and Lomport terminals.",
                &["Keswater", "Lomport"],
            ),
            // A title after "of" is a body's portfolio: no cut, no name ending in "of".
            (
                "A member of the High Court of Justice of the Republic spoke.",
                &["High Court of Justice of the Republic"],
            ),
            // A people plural after a place's name opens a campaign's name with "for".
            (
                "The group Kestrel Mothers for Safety will sue.",
                &["Kestrel Mothers for Safety"],
            ),
            // "All" opens a name after "the"; not a sentence's "All".
            (
                "He joined the All Kerala Weavers Union. All Kerala weavers met.",
                &["All Kerala Weavers Union", "Kerala"],
            ),
            // The Latin qualifier after a title is the title's.
            (
                "Senate President Pro Tempore Wade Pell filed a bill.",
                &["Senate", "[President Pro Tempore] Wade Pell"],
            ),
            // A month that is also a given name, after a title or as an abbreviation
            // before a capitalised word, opens a name; "Jan 5" and "In June Ford" do
            // not.
            (
                "Prime Minister Jan Kowal met Jan Egeland. In June Ford said so.",
                &["[Prime Minister] Jan Kowal", "Jan Egeland", "Ford"],
            ),
            // No room for a name after the portfolio: no person "of Kenya". (A trade's
            // plural heads a body's name before "of".)
            (
                "It said Lena Ek, founder and CEO of Kenya and Uganda Growers of Tea.",
                &["Lena Ek", "Kenya", "Uganda Growers of Tea"],
            ),
            // An "and" part that the acronym in brackets spells is the name's; not
            // otherwise.
            (
                "The Tarrow Institute of Art and Design (TIAD) and the Tarrow Institute of \
                 Art and Maple Ltd met.",
                &[
                    "Tarrow Institute of Art and Design",
                    "TIAD",
                    "Tarrow Institute of Art",
                    "Maple Ltd",
                ],
            ),
            // A saint's possessive is inside the name; another possessive ends it.
            (
                "Nurses at St Anselm's General Hospital and St. Wilfrid's College met Omar \
                 Patel's aide.",
                &[
                    "Nurses",
                    "St Anselm's General Hospital",
                    "St. Wilfrid's College",
                    "Omar Patel's",
                ],
            ),
            // Post-nominal letters are no part of a name, nor one of their own.
            ("Amelia Grant KC spoke.", &["Amelia Grant"]),
            // Two whole company names, the first ending in a head, are two.
            (
                "Orbis Semiconductor and Lumetra Systems agreed.",
                &["Orbis Semiconductor", "Lumetra Systems"],
            ),
            (
                "The Securities and Exchange Commission sued.",
                &["Securities and Exchange Commission"],
            ),
            (
                "The Growers’ Union backed Zenco Inc. today.",
                &["Growers’ Union", "Zenco Inc."],
            ),
            ("Mrs Justice Alder ruled.", &["Mrs Justice Alder"]),
            ("Omar Patel’s plan", &["Omar Patel’s"]),
            (
                "Indian Trade Minister Ravi Kumar spoke.",
                &["Indian", "[Trade Minister] Ravi Kumar"],
            ),
            ("General Motors fell.", &["General Motors"]),
            ("Republican Ann Vale won.", &["Ann Vale"]),
            // An honorific opening a title: the name starts at the given name.
            ("She beat former Miss Galaxy Lena Ortiz.", &["Lena Ortiz"]),
            ("Mr Van Horne spoke.", &["Van Horne"]),
            (
                "It was Chief Statistician Lena Ortiz who spoke.",
                &["[Chief Statistician] Lena Ortiz"],
            ),
            ("Singer Lena Ortiz sued.", &["Lena Ortiz"]),
            // A hyphenated given name; a hyphenated prefix or compound is none.
            (
                "Professor Hyun-woo Baek resigned.",
                &["[Professor] Hyun-woo Baek"],
            ),
            (
                "Ex-minister Paul Snow and Store-level Data left.",
                &["Paul Snow", "Data"],
            ),
            ("Lord Pemberton of Ashby spoke.", &["Pemberton of Ashby"]),
            // A portfolio's list, a committee's list, "X and Y of Z".
            (
                "The Department for Culture, Media and Sport said no.",
                &["Department for Culture, Media and Sport"],
            ),
            (
                "The Senate Health, Education, Labor and Pensions Committee met.",
                &["Senate Health, Education, Labor and Pensions Committee"],
            ),
            (
                "The Pharmaceutical Research and Manufacturers of America said no.",
                &["Pharmaceutical Research and Manufacturers of America"],
            ),
            // A list of companies stays a list.
            (
                "Talvik, Ostra and Belmo bid.",
                &["Talvik", "Ostra", "Belmo"],
            ),
            // A company whose plural head closes it is placed by "of".
            (
                "Tessaract Data Systems of Austin said so.",
                &["Tessaract Data Systems", "Austin"],
            ),
            ("Bank of America said so.", &["Bank of America"]),
            (
                "The National Institutes of Health said so.",
                &["National Institutes of Health"],
            ),
            (
                "He went to the Court of Arbitration for Sport.",
                &["Court of Arbitration for Sport"],
            ),
            (
                "The Communications Workers of America said so.",
                &["Communications Workers of America"],
            ),
            (
                "The Housing Justice Project said so.",
                &["Housing Justice Project"],
            ),
            (
                "Lena Ortiz sued Royal Albert Hall.",
                &["Lena Ortiz", "Royal Albert Hall"],
            ),
            ("Libertarian Ann Vale won.", &["Ann Vale"]),
            // A figure after a person's name is a score; after another name, its own.
            (
                "The poll gave Ann Vale 41 percent and Omar Patel 39.",
                &["Ann Vale", "Omar Patel"],
            ),
            ("Cortland Channel 4 aired it.", &["Cortland Channel 4"]),
            // "of" after "the" chains on; a periodical's field; a portfolio list; a
            // committee's portfolios ending in a word that heads companies.
            (
                "The Office of the Comptroller of Defence Audit said so.",
                &["Office of the Comptroller of Defence Audit"],
            ),
            (
                "The Northern European Journal of Medicine said so.",
                &["Northern European Journal of Medicine"],
            ),
            (
                "The Office of Management and Budget said so.",
                &["Office of Management and Budget"],
            ),
            (
                "The Senate Energy and Natural Resources Committee met.",
                &["Senate Energy and Natural Resources Committee"],
            ),
            ("Cr Kearsley spoke.", &["Kearsley"]),
            // An abbreviated honorific inside a run opens a name, except after a title.
            (
                "Massachusetts Sen. Elizabeth Warren spoke.",
                &["Massachusetts", "Elizabeth Warren"],
            ),
            ("Sen. Gretchen Lindqvist spoke.", &["Gretchen Lindqvist"]),
            ("Charlie King spoke.", &["Charlie King"]),
            (
                "Corvane Chief Executive Dr. Helena Varga spoke.",
                &["Corvane", "[Chief Executive] Helena Varga"],
            ),
            // An amount after a name is none of it.
            (
                "It fined Northmere Water 2.1 million pounds.",
                &["Northmere Water"],
            ),
            ("It fined Tain Oil 3 billion euros.", &["Tain Oil"]),
            (
                "Prime Minister Theresa May won.",
                &["[Prime Minister] Theresa May"],
            ),
            ("Store-level data fell.", &[]),
            (
                "The striker Bram de Wit met Pieter van der Berg of La Gazzetta dello Sport.",
                &[
                    "Bram de Wit",
                    "Pieter van der Berg",
                    "La Gazzetta dello Sport",
                ],
            ),
            ("Paris and de Gaulle", &["Paris", "Gaulle"]),
        ];
        for (s, want) in cases {
            assert_eq!(texts(s), *want, "{s}");
        }
    }
}
