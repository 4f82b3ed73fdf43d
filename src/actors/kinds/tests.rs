//! Tests of typing: invented sentences in, each segment's kind and rule out.
use super::*;
use crate::actors::doc::tests::doc;
use crate::actors::names::segments;

/// (sentence, segment text, expected kind or None, expected rule).
fn check(s: &str, name: &str, want: Option<ActorKind>, rule: &str) {
    let d = doc(s);
    let skip = vec![false; d.toks.len()];
    let segs = segments(&d, &skip);
    let mut types: Vec<Option<Typed>> = segs
        .iter()
        .map(|g| {
            let ws = words(&d, g);
            lexical(&d, g, &ws).or_else(|| context(&d, g, &ws))
        })
        .collect();
    crate::actors::spread::coordinate(&d, &segs, &mut types);
    let i = segs
        .iter()
        .position(|g| d.span(g.start, g.end).text(s) == name)
        .unwrap_or_else(|| panic!("no segment {name} in {s}"));
    let got = types[i].and_then(|t| match t.ty {
        Type::Actor(k) => Some(k),
        _ => None,
    });
    assert_eq!(got, want, "{s} / {name}");
    if let Some(t) = types[i] {
        assert_eq!(t.rule, rule, "{s} / {name}");
    }
}

#[test]
fn kinds_by_rule() {
    use ActorKind::*;
    let cases: &[(&str, &str, Option<ActorKind>, &str)] = &[
        (
            "Zorvex Holdings rose.",
            "Zorvex Holdings",
            Some(Organization),
            "actor/name/org-head",
        ),
        (
            "The Pemberly Ministry of Water said so.",
            "Pemberly Ministry of Water",
            Some(Government),
            "actor/name/gov-head",
        ),
        (
            "Karen Oduya arrived.",
            "Karen Oduya",
            Some(Person),
            "actor/name/first-name",
        ),
        (
            "The campaign manager of Hillary Quarrie said so.",
            "Hillary Quarrie",
            Some(Person),
            "actor/name/first-name",
        ),
        (
            "Rudy Okafor arrived.",
            "Rudy Okafor",
            Some(Person),
            "actor/name/first-name",
        ),
        (
            "Loyd Ambe, a retired pilot, said so.",
            "Loyd Ambe",
            Some(Person),
            "actor/name/apposition",
        ),
        (
            "Yesterday Northmere Tidewell apologised and said it would pay.",
            "Northmere Tidewell",
            Some(Organization),
            "actor/name/subject",
        ),
        (
            "He told BBC Radio Tain so.",
            "BBC Radio Tain",
            Some(Media),
            "actor/name/media",
        ),
        (
            "The developer, Brookfield Homes, said so.",
            "Brookfield Homes",
            Some(Organization),
            "actor/name/descriptor",
        ),
        (
            "The developer, Karen Oduya, said so.",
            "Karen Oduya",
            Some(Person),
            "actor/name/first-name",
        ),
        (
            "Its chief developer, Loyd Ambe, said so.",
            "Loyd Ambe",
            Some(Person),
            "actor/name/role-apposition",
        ),
        (
            "They met cloud firm Quillo yesterday.",
            "Quillo",
            Some(Organization),
            "actor/name/descriptor",
        ),
        (
            "Yesterday Quillo said it would sell.",
            "Quillo",
            Some(Organization),
            "actor/name/subject",
        ),
        (
            "Yesterday Renko said she would stay.",
            "Renko",
            Some(Person),
            "actor/name/subject",
        ),
        (
            "Later, Renko told the crowd she would stay.",
            "Renko",
            Some(Person),
            "actor/name/subject",
        ),
        (
            "Later, Quillo told investors it would sell.",
            "Quillo",
            Some(Organization),
            "actor/name/subject",
        ),
        (
            "Later, Renko told reporters that he would stay.",
            "Renko",
            Some(Person),
            "actor/name/subject",
        ),
        (
            "Later, Quillo told reporters that it would sell.",
            "Quillo",
            Some(Organization),
            "actor/name/subject",
        ),
        (
            "It signed a partnership with Ostra and Belmo.",
            "Belmo",
            Some(Organization),
            "actor/name/coordination",
        ),
        (
            "It sued Quillo Holdings, Ostra and Belmo.",
            "Ostra",
            Some(Organization),
            "actor/name/coordination",
        ),
        (
            "The head of Quillo Holdings, Idris Haddad, said so.",
            "Idris Haddad",
            Some(Person),
            "actor/name/role-apposition",
        ),
        (
            "We rode to Tallow Bridge on Monday.",
            "Tallow Bridge",
            None,
            "",
        ),
        (
            "Quillo’s chief pilot resigned.",
            "Quillo’s",
            Some(Organization),
            "actor/name/possessive-role",
        ),
        (
            "Reuters reported it.",
            "Reuters",
            Some(Media),
            "actor/name/media",
        ),
        ("Chinese cars sold.", "Chinese", None, ""),
        (
            "The Narrow Valley Herders group said no.",
            "Narrow Valley Herders",
            Some(Organization),
            "actor/name/head-noun",
        ),
    ];
    for &(s, n, k, r) in cases {
        check(s, n, k, r);
    }
}
