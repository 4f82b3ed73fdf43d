//! Tests of linking: invented articles in, actors with their mentions out.
use crate::actors::tests::actors_of;
use crate::Config;

/// (text, expected actors as "name: mention, mention").
#[test]
fn linking() {
    let cases: &[(&str, &[&str])] = &[
        // A word that opened a body's name already written is the body's, not a
        // person's the article introduces later; once the person is in, it is theirs.
        (
            "Tessaly Precision Industries posted a profit on Friday. Tessaly is weighing a \
             buyback. President Mia Tessaly said on Monday that no decision had been made. \
             Tessaly smiled.",
            &[
                "Tessaly Precision Industries: Tessaly Precision Industries, Tessaly",
                "Mia Tessaly: Mia Tessaly, Tessaly",
            ],
        ),
        // "the business daily" is a newspaper, no description of a company; the name
        // before it is the newspaper's.
        (
            "Orvane Industries posted a profit, the Kanto Shimbun business daily said.",
            &[
                "Orvane Industries: Orvane Industries",
                "Kanto Shimbun: Kanto Shimbun",
            ],
        ),
        (
            "Ruth Pell and Sam Pell spoke. Sam Pell left. Pell said no.",
            &["Ruth Pell: Ruth Pell", "Sam Pell: Sam Pell, Sam Pell, Pell"],
        ),
        (
            "Harrow Foods Ltd. cut jobs. Harrow said on Friday it would hire.",
            &["Harrow Foods: Harrow Foods Ltd., Harrow, it"],
        ),
        (
            "Tallin officials met. The Tallin city council voted. Tallin Council said no.",
            &["Tallin Council: Tallin, Tallin, Tallin Council"],
        ),
        (
            "New Delhi rejected the offer. Talks in India stalled.",
            &["India: New Delhi, India"],
        ),
        ("Talks in Kenya stalled.", &[]),
        (
            "The striker Bram de Wit left. De Wit said no.",
            &["Bram de Wit: Bram de Wit, De Wit"],
        ),
        (
            "Harwick Rovers, which owes wages, paid. Rovers chairman Ed Moss said he would appeal.",
            &[
                "Harwick Rovers: Harwick Rovers, Rovers",
                "Ed Moss: Ed Moss, he",
            ],
        ),
        (
            "Water company fined\n\nNorthmere Water, which serves Tain, said it would pay.",
            &["Northmere Water: Northmere Water, it"],
        ),
        (
            "Sell Coal, Buy Mines\n\nPatriot Coal Inc. mines coal. Coal Is King, it said.",
            &["Patriot Coal: Patriot Coal Inc., it"],
        ),
        (
            "Police chief quits\n\nThe Police Federation said it would act.",
            &["Police Federation: Police Federation, it"],
        ),
        (
            "Nurses cheer. The Guild of Ward Nurses, which has 900 members, won.",
            &["Guild of Ward Nurses: Guild of Ward Nurses"],
        ),
        (
            "The mayor of Eastbrook spoke to the Eastbrook Gazette. The Gazette said no.",
            &["Eastbrook Gazette: Eastbrook Gazette, Gazette"],
        ),
    ];
    for &(text, want) in cases {
        let a = actors_of(text, &Config::default());
        let got: Vec<String> = a
            .actors
            .iter()
            .map(|x| {
                let m: Vec<&str> = x.mentions.iter().map(|m| m.span.text(text)).collect();
                format!("{}: {}", x.name, m.join(", "))
            })
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

/// The headline's names found once give what a search of the headline for each lone
/// word gave: the first full name the word ends, none for a word of the headline.
#[test]
fn headline_names_found_once_as_searched() {
    use super::Headline;
    use crate::tokens::Tags;
    let text = "Melinda Quarrie Takes On Debra Ann Quarrie And Tom Reyes Over Reyes Plan. \
                Quarrie said so. Reyes left. Tom spoke. Ann agreed. Plan failed.";
    let doc = crate::actors::doc::tests::doc(text);
    // The search it replaces, as it was.
    let searched = |s: usize, headlines: &[bool]| -> Option<(usize, usize)> {
        let word = doc.toks[s].low();
        let first = |k: usize| doc.is(k, Tags::FEMALE | Tags::MALE);
        let cap = |k: usize| doc.is(k, Tags::CAP) && !doc.is(k, Tags::FUNCTION);
        let (&(a, e), _) = doc.sents.iter().zip(headlines).find(|&(_, &h)| h)?;
        if (a..e).contains(&s) {
            return None;
        }
        (a + 1..e)
            .filter(|&j| doc.toks[j].low() == word)
            .find_map(|j| {
                if first(j - 1) && cap(j) {
                    Some((j - 1, j + 1))
                } else if j > a + 1 && first(j - 2) && cap(j - 1) && cap(j) {
                    Some((j - 2, j + 1))
                } else {
                    None
                }
            })
    };
    let n = doc.sents.len();
    let mut found = 0;
    for marked in [vec![], vec![false; n], vec![true; n], {
        let mut m = vec![false; n];
        m[0] = true;
        m
    }] {
        let headline = Headline::new(&doc, &marked);
        for s in 0..doc.toks.len() {
            let want = searched(s, &marked);
            found += usize::from(want.is_some());
            assert_eq!(headline.name(&doc, s), want, "token {s}, {marked:?}");
        }
    }
    assert!(found > 0);
}

/// An acronym's search through the index of a long registry finds the entry a scan
/// of every entry finds.
#[test]
fn acronyms_found_by_initials_as_by_scan() {
    use super::{acronym_names, acronym_of};
    use crate::actors::registry::{Registry, INITIALS_FROM};
    use crate::document::ActorKind;
    let keys = [
        ("national transport board", ActorKind::Organization),
        ("national transport board", ActorKind::Government),
        ("board of trade and industry", ActorKind::Government),
        ("u.s. food and drug administration", ActorKind::Government),
        (
            "u.s. food and drug administration agency",
            ActorKind::Organization,
        ),
        ("the national union of teachers", ActorKind::Organization),
        ("nora tan", ActorKind::Person),
        ("of the", ActorKind::Organization),
        ("tara rima agency", ActorKind::Organization),
        ("tara  rima agency", ActorKind::Organization),
        ("tara rima agency ", ActorKind::Organization),
        ("1st rima agency", ActorKind::Organization),
        ("a b c d e f g", ActorKind::Organization),
        ("a b c d e f", ActorKind::Media),
        ("tara rima", ActorKind::Group),
    ];
    let words = [
        "ntb", "btai", "bti", "fda", "usfda", "fdaa", "nut", "tnut", "nt", "ot", "tra", "ra",
        "rima", "abcdef", "abcdeg", "tr", "ftda",
    ];
    for copies in [1, 2 * INITIALS_FROM / keys.len() + 1] {
        let mut reg = Registry::default();
        for c in 0..copies {
            for (k, (key, kind)) in keys.iter().enumerate() {
                // Each key once with a kind of its own, the rest distinct names.
                let key = if c == 0 {
                    key.to_string()
                } else {
                    format!("{key} x{c}")
                };
                let i = reg.add("X", &key, *kind);
                if c == 1 && k == 0 {
                    // A rename: the new key's initials find it too.
                    reg.rename(i, "Y", "food and drug agency");
                }
            }
        }
        assert_eq!(reg.spellers(b"ntb").is_some(), copies > 1);
        let mut found = 0;
        for w in words {
            let scan =
                (0..reg.entries.len()).find(|&i| acronym_names(w.as_bytes(), &reg.entries[i]));
            assert_eq!(acronym_of(&reg, w), scan, "{w} among {copies}");
            found += usize::from(scan.is_some());
        }
        assert!(found >= words.len() / 2, "{found}");
    }
}
