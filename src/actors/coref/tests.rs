//! Tests of coreference: invented sentences in, the mentions each rule adds out.
use super::*;
use crate::actors::doc::tests::doc;
use crate::span::Span;

/// Registers `names` (text, kind) at their first occurrence, resolves, and lists
/// every coreference mention as (text, actor name).
fn run(s: &str, names: &[(&str, ActorKind)]) -> Vec<(String, String)> {
    let d = doc(s);
    let mut reg = Registry::default();
    for &(n, k) in names {
        let start = s.find(n).unwrap_or(0);
        let i = reg.add(n, &n.to_lowercase(), k);
        reg.mention(i, 0, Span::new(start, start + n.len()), "test");
    }
    let skip = vec![false; d.toks.len()];
    resolve(&d, &mut reg, &skip, &crate::actors::places::datelines(&d));
    let mut out = Vec::new();
    for e in &reg.entries {
        for m in &e.mentions {
            if m.rule != "test" {
                out.push((m.span.start, m.span.text(s).to_string(), e.name.clone()));
            }
        }
    }
    out.sort();
    out.into_iter().map(|(_, a, b)| (a, b)).collect()
}

#[test]
fn descriptions_and_pronouns() {
    use ActorKind::*;
    let s = "Along with Zenco’s deal with Ostra, the brand grew. It said Mia Cole would lead. She agreed.";
    let got = run(
        s,
        &[
            ("Zenco", Organization),
            ("Ostra", Organization),
            ("Mia Cole", Person),
        ],
    );
    let want = [("the brand", "Zenco"), ("It", "Zenco"), ("She", "Mia Cole")];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
}

/// (text, named actors, expected coreference mentions).
#[test]
fn its_officer_and_quoted_names() {
    use ActorKind::*;
    type Case<'a> = (
        &'a str,
        &'a [(&'a str, ActorKind)],
        &'a [(&'a str, &'a str)],
    );
    let cases: &[Case] = &[
        (
            "The national medicines regulator suspended the pen. The regulator said so.",
            &[],
            &[
                (
                    "The national medicines regulator",
                    "national medicines regulator",
                ),
                ("The regulator", "national medicines regulator"),
            ],
        ),
        ("The same regulator said so.", &[], &[]),
        (
            "Ostra Bank said so. One retired driver told the paper he agreed.",
            &[("Ostra Bank", Organization)],
            &[],
        ),
        (
            "Tom Hale left. Tom Hale told the paper he agreed.",
            &[("Tom Hale", Person)],
            &[("he", "Tom Hale")],
        ),
        (
            "Zenco, the biggest firm, fell. Analysts at Ostra Capital said so. \
             Mia Cole, an analyst at the firm, agreed.",
            &[
                ("Zenco", Organization),
                ("Ostra Capital", Organization),
                ("Mia Cole", Person),
            ],
            &[("the biggest firm", "Zenco"), ("the firm", "Ostra Capital")],
        ),
        (
            "Zenco said so. Doctors stopped prescribing it months ago.",
            &[("Zenco", Organization)],
            &[],
        ),
        (
            "Zenco said so. Since then it says sales rose.",
            &[("Zenco", Organization)],
            &[("it", "Zenco")],
        ),
        (
            "The Ostra Trust said so. Its director, Mia Cole, agreed.",
            &[("Ostra Trust", Organization), ("Mia Cole", Person)],
            &[],
        ),
        (
            "The dockers' union may strike at Zenco. Its leader, Mia Cole, agreed.",
            &[("Zenco", Organization), ("Mia Cole", Person)],
            &[],
        ),
        (
            "Analysts at Ostra agreed. \"Zenco must pay,\" said Mia Cole, an analyst at the firm.",
            &[
                ("Ostra", Organization),
                ("Zenco", Organization),
                ("Mia Cole", Person),
            ],
            &[("the firm", "Ostra")],
        ),
    ];
    for &(s, names, want) in cases {
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(run(s, names), want, "{s}");
    }
}

#[test]
fn a_body_named_as_another_kind_is_no_candidate() {
    use ActorKind::*;
    let s = "Ostmark Football League fined Brenton Albion. The club said it would pay.";
    let got = run(
        s,
        &[
            ("Ostmark Football League", Organization),
            ("Brenton Albion", Organization),
        ],
    );
    assert_eq!(
        got.first(),
        Some(&("The club".to_string(), "Brenton Albion".to_string()))
    );
}

#[test]
fn named_body_and_quotes() {
    use ActorKind::*;
    let s = "Pell Bank of Avalon cut rates. “It will pass,” the bank said.";
    let got = run(s, &[("Pell Bank of Avalon", Organization)]);
    assert_eq!(
        got,
        [("the bank".to_string(), "Pell Bank of Avalon".to_string())]
    );
}

/// A union is the body whose name says so, before one just mentioned; a body the
/// article has called an airline is not "the bank".
#[test]
fn trades_and_unions() {
    use ActorKind::*;
    type Case<'a> = (&'a str, &'a [(&'a str, ActorKind)], (&'a str, &'a str));
    let cases: &[Case] = &[
        (
            "Crews at Vantor Air walked out, their union said. The Cabin Crew Association said pay had stalled.",
            &[("Vantor Air", Organization), ("Cabin Crew Association", Organization)],
            ("their union", "Cabin Crew Association"),
        ),
        (
            "Harbour Workers Union met Brisk Freight. The Freight Owners Federation's chair spoke. The union said no.",
            &[
                ("Harbour Workers Union", Organization),
                ("Brisk Freight", Organization),
                ("Freight Owners Federation", Organization),
            ],
            ("The union", "Harbour Workers Union"),
        ),
        (
            "Vantor cut fares. The airline said demand was weak. Analysts at Kessel Partners agreed. Ola Berg, an analyst at the bank, said so.",
            &[("Vantor", Organization), ("Kessel Partners", Organization)],
            ("the bank", "Kessel Partners"),
        ),
        // A name holding "workers" anywhere is a union's.
        (
            "Bakers at Rolla Foods walked out. The Food Workers' Alliance called the strike. The union said pay had stalled.",
            &[("Rolla Foods", Organization), ("Food Workers' Alliance", Organization)],
            ("The union", "Food Workers' Alliance"),
        ),
    ];
    for &(s, names, (text, actor)) in cases {
        let got = run(s, names);
        let hit = got.iter().find(|(t, _)| t == text);
        assert_eq!(hit.map(|(_, a)| a.as_str()), Some(actor), "{s}: {got:?}");
    }
}

/// "the union" with no union named goes to nobody, not to the firm; nor does "the
/// league" go to a supporters' network.
#[test]
fn an_unnamed_union_is_no_company() {
    let s = "Dockers walked out at Vantor Freight. The union said pay had stalled.";
    let got = run(s, &[("Vantor Freight", ActorKind::Organization)]);
    assert!(got.iter().all(|(t, _)| t != "The union"), "{got:?}");
    let s =
        "The Fans' Network said the owners had hidden the sale. The league said it had no papers.";
    let got = run(s, &[("Fans' Network", ActorKind::Organization)]);
    assert!(got.iter().all(|(t, _)| t != "The league"), "{got:?}");
}

/// The start view of [`crate::actors::roles::Owners`] that the pass reads: at each
/// token, the highest entry whose mention starts there, whatever the lengths.
#[test]
fn start_owners_take_the_highest_entry() {
    let s = "Ana Ruiz met Bo Lee at the Zenco plant on Monday.";
    let d = doc(s);
    let mut reg = Registry::default();
    for a in 0..3 {
        reg.add(&format!("A{a}"), &format!("a{a}"), ActorKind::Organization);
    }
    let at = |w: &str| s.find(w).unwrap_or(0);
    // (entry, start, end): two start at "Ana" (the longer by the lower entry), three at
    // "Zenco", one inside a word (no token starts there).
    let spans = [
        (1, at("Ana"), at("Ana") + 3),
        (0, at("Ana"), at("Ruiz") + 4),
        (2, at("Bo"), at("Lee") + 3),
        (2, at("Zenco"), at("Zenco") + 5),
        (0, at("Zenco"), at("plant") + 5),
        (1, at("Zenco"), at("Zenco") + 5),
        (1, at("onday"), at("onday") + 5),
    ];
    for &(a, st, e) in &spans {
        reg.entries[a].mentions.push(crate::actors::Mention {
            sentence: 0,
            span: Span::new(st, e),
            rule: "test",
        });
    }
    let owners = crate::actors::owners::Owners::new(&d, &reg);
    let mut want = vec![None; d.toks.len()];
    for &(a, st, _) in &spans {
        if let Some(k) = d.toks.iter().position(|t| t.span.start == st) {
            want[k] = Some(want[k].map_or(a, |b: usize| b.max(a)));
        }
    }
    let starts: Vec<usize> = (0..d.toks.len()).filter(|&k| want[k].is_some()).collect();
    assert_eq!(owners.start.iter().collect::<Vec<_>>(), want);
    assert_eq!(owners.starts, starts);
    assert_eq!(owners.cover, crate::actors::owners::cover(&d, &reg));
}

#[test]
fn sentences_wholly_in_quotes_do_not_count_toward_a_pronouns_reach() {
    use ActorKind::*;
    let s = "Crews worked all night. \"If you are told to go, go,\" Sandhu said. \"Do not wait. \
             Do not go back for belongings. Property can be replaced.\"\n\nShe said the \
             province had asked for help.";
    let got = run(s, &[("Sandhu", Person)]);
    assert_eq!(got, [("She".to_string(), "Sandhu".to_string())]);
    // Narrative sentences still count: four of them put the name out of reach.
    let s = "Sandhu arrived. Crews worked. Roads closed. Rain fell. Winds rose. She spoke.";
    assert_eq!(run(s, &[("Sandhu", Person)]), []);
}
