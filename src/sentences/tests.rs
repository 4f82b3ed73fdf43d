//! Tables of (paragraph text, expected sentences), one table per hazard.

use super::*;

fn sentences(text: &str) -> Vec<&str> {
    let paras = crate::reader::paragraphs(text);
    split(text, &paras)
        .into_iter()
        .map(|s| s.span.text(text))
        .collect()
}

fn check(cases: &[(&str, &[&str])]) {
    for (input, expected) in cases {
        assert_eq!(&sentences(input), expected, "input: {input:?}");
    }
}

#[test]
fn plain_terminators() {
    check(&[
        (
            "Sales rose. Profits fell.",
            &["Sales rose.", "Profits fell."],
        ),
        ("Why? Nobody knows!", &["Why?", "Nobody knows!"]),
        ("Really?! Yes.", &["Really?!", "Yes."]),
        ("No terminator here", &["No terminator here"]),
        ("", &[]),
    ]);
}

#[test]
fn titles_and_abbreviations() {
    check(&[
        (
            "Mr. Achterberg and Mrs. Lindqvist met Dr. Amadi and Prof. Quintero.",
            &["Mr. Achterberg and Mrs. Lindqvist met Dr. Amadi and Prof. Quintero."],
        ),
        (
            "Sen. Marlow, Gen. Valdane, Gov. Bakshi and Rep. Tull spoke.",
            &["Sen. Marlow, Gen. Valdane, Gov. Bakshi and Rep. Tull spoke."],
        ),
        (
            "Brightwater Inc. and Kessel Corp. sued Danforth Ltd. in court.",
            &["Brightwater Inc. and Kessel Corp. sued Danforth Ltd. in court."],
        ),
        (
            "The deal closed with Harlan & Co. It took a year.",
            &["The deal closed with Harlan & Co.", "It took a year."],
        ),
        (
            "Shares of Norvale Inc. The company said nothing.",
            &["Shares of Norvale Inc.", "The company said nothing."],
        ),
        (
            "Norvale Inc. Chief Executive Ada Pell resigned.",
            &["Norvale Inc. Chief Executive Ada Pell resigned."],
        ),
        (
            "It opens on Jan. 3, not Feb. 9 or Sept. 30, at No. 4 St. Ann's Rd. near Mt. Kerr.",
            &["It opens on Jan. 3, not Feb. 9 or Sept. 30, at No. 4 St. Ann's Rd. near Mt. Kerr."],
        ),
        (
            "It costs approx. 40 euros. Tickets for City vs. United sold out.",
            &[
                "It costs approx. 40 euros.",
                "Tickets for City vs. United sold out.",
            ],
        ),
        (
            "Call 555-0100 ext. 4 or see p. 12. Lines open at 9.",
            &["Call 555-0100 ext. 4 or see p. 12.", "Lines open at 9."],
        ),
        (
            "The vote was no. The motion failed.",
            &["The vote was no.", "The motion failed."],
        ),
        (
            "She moved to Portland, Ore. She liked it.",
            &["She moved to Portland, Ore.", "She liked it."],
        ),
    ]);
}

#[test]
fn dotted_acronyms_decide_by_next_word() {
    check(&[
        (
            "Talks between the U.S. and the E.U. resumed in the U.K. capital.",
            &["Talks between the U.S. and the E.U. resumed in the U.K. capital."],
        ),
        (
            "Prices rose in the U.S. The rise was small.",
            &["Prices rose in the U.S.", "The rise was small."],
        ),
        (
            "Exports fell to the U.K. He blamed tariffs.",
            &["Exports fell to the U.K.", "He blamed tariffs."],
        ),
        (
            "Officials met in the E.U. It was brief.",
            &["Officials met in the E.U.", "It was brief."],
        ),
        // A proper noun after a dotted acronym is read as part of the phrase.
        (
            "He met U.S. Treasury officials and U.N. Secretary-General staff.",
            &["He met U.S. Treasury officials and U.N. Secretary-General staff."],
        ),
        (
            "Cars are built in the U.S. Halvorsen said so.",
            &["Cars are built in the U.S. Halvorsen said so."],
        ),
        (
            "The U.S. Sen. Pike hearing ran long.",
            &["The U.S. Sen. Pike hearing ran long."],
        ),
    ]);
}

#[test]
fn initials() {
    check(&[
        (
            "The novel by J.K. Rowling outsold one by Marta E. Quill.",
            &["The novel by J.K. Rowling outsold one by Marta E. Quill."],
        ),
        ("J. R. Hollis spoke first.", &["J. R. Hollis spoke first."]),
        (
            "They chose option B. The vote was close.",
            &["They chose option B.", "The vote was close."],
        ),
        (
            "It was just you and I. Did anyone else come?",
            &["It was just you and I.", "Did anyone else come?"],
        ),
    ]);
}

#[test]
fn numbers_money_times() {
    check(&[
        (
            "The $3.5 billion deal lifted margins 2.5% to £1.2bn. Analysts cheered.",
            &["The $3.5 billion deal lifted margins 2.5% to £1.2bn.", "Analysts cheered."],
        ),
        (
            "It cost $100.00. Then it cost €2,400.50.",
            &["It cost $100.00.", "Then it cost €2,400.50."],
        ),
        (
            "The vote is at 10:30 a.m. on Friday and ends at 5 p.m. The count follows.",
            &[
                "The vote is at 10:30 a.m. on Friday and ends at 5 p.m.",
                "The count follows.",
            ],
        ),
        (
            "At 6 a.m. Mr. Pellworth opened the doors. He closed them at 9 P.M. Mr. Pellworth then left.",
            &[
                "At 6 a.m. Mr. Pellworth opened the doors.",
                "He closed them at 9 P.M.",
                "Mr. Pellworth then left.",
            ],
        ),
        (
            "Turnout was 61.4 per cent. 2025 will be different.",
            &["Turnout was 61.4 per cent.", "2025 will be different."],
        ),
    ]);
}

#[test]
fn urls_and_email() {
    check(&[
        (
            "Details are at https://www.harbourline.example/news/2025.html. Call us.",
            &[
                "Details are at https://www.harbourline.example/news/2025.html.",
                "Call us.",
            ],
        ),
        (
            "Write to press.office@harbourline.example. Replies take a day.",
            &[
                "Write to press.office@harbourline.example.",
                "Replies take a day.",
            ],
        ),
        (
            "Visit harbourline.example.com for more.",
            &["Visit harbourline.example.com for more."],
        ),
    ]);
}

#[test]
fn ellipses() {
    check(&[
        (
            "We waited... Nothing happened.",
            &["We waited...", "Nothing happened."],
        ),
        (
            "We waited… Nothing happened.",
            &["We waited…", "Nothing happened."],
        ),
        (
            "It was ... well, odd. Then it ended.",
            &["It was ... well, odd.", "Then it ended."],
        ),
        (
            "The law says the state . . . may act. It did.",
            &["The law says the state . . . may act.", "It did."],
        ),
        (
            "The text ends here. . . . The rest is lost.",
            &["The text ends here.", ". . . The rest is lost."],
        ),
        ("He trailed off. . . .", &["He trailed off. . . ."]),
        (
            "The report [...] was never published.",
            &["The report [...] was never published."],
        ),
    ]);
}

#[test]
fn quotes_and_attribution() {
    check(&[
        (
            "\"This is great.\" she said.",
            &["\"This is great.\" she said."],
        ),
        ("\"Is it?\" she asked.", &["\"Is it?\" she asked."]),
        ("“No way!” he shouted.", &["“No way!” he shouted."]),
        (
            "“We are done.” Achterberg said. “Good.”",
            &["“We are done.” Achterberg said.", "“Good.”"],
        ),
        (
            "“We are done.” He said, then left.",
            &["“We are done.” He said, then left."],
        ),
        (
            "She held up the paper. “This is it.” The room went quiet.",
            &[
                "She held up the paper.",
                "“This is it.”",
                "The room went quiet.",
            ],
        ),
        (
            "“We will appeal. The ruling is wrong. We expect to win,” Lindqvist said.",
            &[
                "“We will appeal.",
                "The ruling is wrong.",
                "We expect to win,” Lindqvist said.",
            ],
        ),
        (
            "He said: 'It is over.' Then he went home.",
            &["He said: 'It is over.'", "Then he went home."],
        ),
        (
            "The union (which struck in May. It lost.) gave in. Talks ended.",
            &[
                "The union (which struck in May. It lost.) gave in.",
                "Talks ended.",
            ],
        ),
        (
            "Costs rose. (Nobody was surprised.) Prices followed.",
            &["Costs rose.", "(Nobody was surprised.)", "Prices followed."],
        ),
    ]);
}

#[test]
fn datelines_bylines_credits() {
    check(&[
        (
            "WASHINGTON (Reuters) — Lawmakers passed the bill. It now goes to the Senate.",
            &[
                "WASHINGTON (Reuters) — Lawmakers passed the bill.",
                "It now goes to the Senate.",
            ],
        ),
        (
            "NEW DELHI, Jan. 14 (Reuters) - Output grew. Exports did not.",
            &[
                "NEW DELHI, Jan. 14 (Reuters) - Output grew.",
                "Exports did not.",
            ],
        ),
        (
            "BRACKEN FALLS, Va. - In a surprise move, the board resigned.",
            &["BRACKEN FALLS, Va. - In a surprise move, the board resigned."],
        ),
        (
            "SALEM, Ore. (AP) — The river rose overnight.",
            &["SALEM, Ore. (AP) — The river rose overnight."],
        ),
        (
            "Port plan stalls\nBy Mira Castell\nThe harbour board voted no.",
            &[
                "Port plan stalls",
                "By Mira Castell",
                "The harbour board voted no.",
            ],
        ),
        (
            "Reporting by Tomas Quell; Editing by Ines Varga",
            &["Reporting by Tomas Quell; Editing by Ines Varga"],
        ),
    ]);
}

#[test]
fn lists() {
    check(&[
        (
            "1. Cut fares 2. Add buses 3. Extend hours",
            &["1. Cut fares", "2. Add buses", "3. Extend hours"],
        ),
        (
            "a) Cut fares. b) Add buses.",
            &["a) Cut fares.", "b) Add buses."],
        ),
        (
            "• Lower fares • More buses",
            &["• Lower fares", "• More buses"],
        ),
        (
            "The plan has three parts:\n- lower fares\n- more buses\n- longer hours",
            &[
                "The plan has three parts:",
                "- lower fares",
                "- more buses",
                "- longer hours",
            ],
        ),
        (
            "He read chapter 2. The rest can wait.",
            &["He read chapter 2.", "The rest can wait."],
        ),
    ]);
}

#[test]
fn paragraphs_bound_sentences() {
    check(&[
        (
            "It was said in the U.S.\n\nThe reply came later.",
            &["It was said in the U.S.", "The reply came later."],
        ),
        (
            "Markets slid\r\nInvestors fled.\r\n\r\nBonds rose.",
            &["Markets slid", "Investors fled.", "Bonds rose."],
        ),
        (
            "“We will fight on.\n\n“We will not give up,” she said.",
            &["“We will fight on.", "“We will not give up,” she said."],
        ),
        (
            "The nominee\u{a0}Gov.\u{a0}Ana Brill spoke.",
            &["The nominee\u{a0}Gov.\u{a0}Ana Brill spoke."],
        ),
        (
            "He had no proof. ... He would not say so.",
            &["He had no proof.", "... He would not say so."],
        ),
        (
            "Prices\u{a0}rose. Then\u{a0}they fell.",
            &["Prices\u{a0}rose.", "Then\u{a0}they fell."],
        ),
    ]);
}

#[test]
fn seed_article_has_sixteen_sentences() {
    let text = include_str!("../../fixtures/seed-ford-jv.txt");
    let got = sentences(text);
    assert_eq!(got.len(), 16, "{got:#?}");
    assert!(got[14].ends_with("ten years ago."));
    assert!(got[15].starts_with("Raised by a family"));
}

#[test]
fn odd_inputs_found_by_the_property_test() {
    check(&[("The….... . .The", &["The….... .", ".The"])]);
}

#[test]
fn dialogue_tags_after_a_closing_quote() {
    check(&[
        (
            "“Why now?” Ana Brill, a nurse, asked the board. “Why not?”",
            &[
                "“Why now?” Ana Brill, a nurse, asked the board.",
                "“Why not?”",
            ],
        ),
        (
            "“It is over.” She said nothing more.",
            &["“It is over.”", "She said nothing more."],
        ),
        (
            "“Absolutely not!” Ms. Tarrant said. “Never.”",
            &["“Absolutely not!” Ms. Tarrant said.", "“Never.”"],
        ),
        (
            "“It is over.” She left the room.",
            &["“It is over.”", "She left the room."],
        ),
        (
            "“It is over.” Brill, however, stayed.",
            &["“It is over.”", "Brill, however, stayed."],
        ),
    ]);
}

#[test]
fn times_before_capitals() {
    check(&[
        (
            "Inspectors arrive at 9 a.m. Residents will let them in.",
            &["Inspectors arrive at 9 a.m.", "Residents will let them in."],
        ),
        (
            "The polls close at 8 p.m. Tuesday and at 9 a.m. GMT on Friday.",
            &["The polls close at 8 p.m. Tuesday and at 9 a.m. GMT on Friday."],
        ),
        (
            "“It was a slogan.” He argued that the plan had failed.",
            &["“It was a slogan.”", "He argued that the plan had failed."],
        ),
    ]);
}

#[test]
fn junk_stays_linear() {
    // Quadratic work here would take minutes; linear work takes milliseconds.
    // (No boundary in them: one sentence each, cut into pieces of the longest length.)
    let pieces = |n: usize| n.div_ceil(super::MAX_SENTENCE)..=n / (super::MAX_SENTENCE / 2) + 1;
    let bangs = "! ".repeat(30_000);
    assert!(pieces(bangs.len()).contains(&sentences(&bangs).len()));
    let initials = "A. ".repeat(30_000);
    assert!(pieces(initials.len()).contains(&sentences(&initials).len()));
    let times = "At 5 a.m. Mr. ".repeat(5_000);
    assert!(!sentences(&times).is_empty());
    let long_word = format!("{}. The end.", "x".repeat(100_000));
    let got = sentences(&long_word);
    assert_eq!(got.last(), Some(&"The end."));
    assert_eq!(got.len(), 100_001_usize.div_ceil(super::MAX_SENTENCE) + 1);
}

#[test]
fn stops_are_the_stop_bytes_in_order() {
    let p = "A (b) c. D? E! [f] “g” … h.i ( ! ";
    let b = p.as_bytes();
    // The lead byte of a quote mark (which the scan passes over) is no stop; that of
    // `…` is.
    let want: Vec<usize> = (0..b.len())
        .filter(|&i| STOP[b[i] as usize] && (b[i] != 0xE2 || p[i..].starts_with('…')))
        .collect();
    // From every offset, moving forward by any step, the next stop is the first stop
    // byte at or after it.
    for step in 1..4 {
        let mut stops = Stops::new();
        for i in (0..=b.len()).step_by(step) {
            let first = want.iter().copied().find(|&k| k >= i);
            assert_eq!(stops.next(b, i, b.len()), first, "{i} by {step}");
        }
    }
    // One state serves every paragraph (a window ending at `end`), in text order or
    // not: a stop past the window's end is none for this window, kept for the next.
    let windows = [
        (0, 9),
        (9, 20),
        (20, b.len()),
        (2, 12),
        (0, b.len()),
        (30, 31),
    ];
    let mut stops = Stops::new();
    for (from, end) in windows {
        for i in from..=end {
            let first = want.iter().copied().find(|&k| k >= i && k < end);
            assert_eq!(stops.next(b, i, end), first, "{i} in {from}..{end}");
        }
    }
}

/// A text with no boundary the rules accept is cut at white space into sentences of at
/// most `MAX_SENTENCE` bytes, a line break preferred; every word is kept, in order,
/// and a long word with no white space is cut at a character boundary.
#[test]
fn sentences_longer_than_the_limit_are_cut() {
    let unit = "- The company said profits rose. ";
    let text = unit.repeat(1000);
    let got = sentences(&text);
    assert!(got.len() > 1, "{}", got.len());
    assert!(got.iter().all(|s| s.len() <= super::MAX_SENTENCE));
    let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(words(&got.join(" ")), words(&text));
    // A line break in the window is the cut.
    let text = format!("{}\n{}", "word ".repeat(700), "word ".repeat(700));
    let got = sentences(&text);
    assert_eq!(got[0], "word ".repeat(700).trim_end());
    // No white space at all: pieces of whole characters.
    let text = "é".repeat(5000);
    let got = sentences(&text);
    assert_eq!(got.concat(), text);
    assert!(got.iter().all(|s| s.len() <= super::MAX_SENTENCE));
}
