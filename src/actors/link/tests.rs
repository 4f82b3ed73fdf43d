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
        // "the business daily" is a newspaper, no description of a company.
        (
            "Orvane Industries posted a profit, the Kanto Shimbun business daily said.",
            &["Orvane Industries: Orvane Industries"],
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
