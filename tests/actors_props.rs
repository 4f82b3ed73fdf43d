//! Property test of the actors stage: any input gives no panic, mention spans that
//! round-trip to their text, mentions in text order, and the same output twice.

use proptest::prelude::*;

fn check(text: &str) {
    let doc = claims::extract(text, &claims::Config::default());
    let chars: Vec<char> = text.chars().collect();
    for a in &doc.actors {
        let mut last = 0;
        for m in &a.mentions {
            let s: String = chars[m.start..m.end].iter().collect();
            assert_eq!(s, m.text);
            assert!(m.start >= last, "mentions out of order in {}", a.id);
            last = m.start;
        }
        assert!(!a.mentions.is_empty());
    }
    let again = claims::extract(text, &claims::Config::default());
    assert_eq!(doc, again);
}

proptest! {
    #[test]
    fn any_text(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn newsy_text(words in proptest::collection::vec(prop_oneof![
        Just("Ford"), Just("CEO"), Just("Jim"), Just("said"), Just("the"), Just("company"),
        Just("he"), Just("it"), Just("’s"), Just("Inc."), Just(","), Just("."), Just("“"),
        Just("”"), Just("U.S."), Just("officials"), Just("familiar"), Just("with"),
        Just("administration"), Just("Mr."), Just("Bank"), Just("of"), Just("and"),
        Just("\n\n"), Just("Reporting"), Just("by"), Just("’"), Just("Dr."), Just("Justice"),
    ], 0..60)) {
        check(&words.join(" "));
    }
}

#[test]
fn seed_mentions_round_trip() {
    let text = include_str!("../fixtures/seed-ford-jv.txt");
    check(text);
}
