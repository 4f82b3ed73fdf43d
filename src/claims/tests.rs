use super::rules::RULES;
use crate::lexicon::user::{UserCue, UserLexicon};
use crate::Config;
use proptest::strategy::Strategy;

fn items(input: &str, config: &Config) -> Vec<(String, Option<String>, String, String)> {
    let doc = crate::extract(input, config);
    let a = doc.attributions.iter().map(|a| {
        (
            a.rule.clone(),
            a.source_text.clone(),
            a.cue.clone(),
            a.content.clone(),
        )
    });
    let p = doc.proposals.iter().map(|p| {
        (
            p.rule.clone(),
            p.proposer_text.clone(),
            p.cue.clone(),
            p.content.clone(),
        )
    });
    a.chain(p).collect()
}

/// The source, as written, of every item found in `input`, with the default
/// configuration.
fn sources(input: &str) -> Vec<Option<String>> {
    items(input, &Config::default())
        .into_iter()
        .map(|(_, source, _, _)| source)
        .collect()
}

/// The cue of each attribution of `input`, in order.
fn attribution_cues(input: &str) -> Vec<String> {
    crate::extract(input, &Config::default())
        .attributions
        .iter()
        .map(|a| a.cue.clone())
        .collect()
}

/// The content of every item found in `input`, with the default configuration.
fn contents(input: &str) -> Vec<String> {
    items(input, &Config::default())
        .into_iter()
        .map(|(_, _, _, content)| content)
        .collect()
}

#[test]
fn rule_examples_replay() {
    let mut failures = Vec::new();
    for rule in RULES {
        for ex in rule.examples {
            let want = (
                rule.id.to_string(),
                ex.source.map(str::to_string),
                ex.cue.to_string(),
                ex.content.to_string(),
            );
            let got = items(ex.input, &Config::default());
            if !got.contains(&want) {
                failures.push(format!(
                    "{}\n  input: {}\n  want: {:?}\n  got:  {:?}",
                    rule.id, ex.input, want, got
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing examples:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn presenting_verbs_are_found_by_binary_search() {
    use super::proposals::{presents, PRESENT};
    assert!(
        PRESENT.windows(2).all(|w| w[0] < w[1]),
        "PRESENT must stay sorted"
    );
    for word in PRESENT {
        assert!(presents(word), "{word}");
    }
    for word in ["said", "unveil s", "", "zzz"] {
        assert!(!presents(word), "{word}");
    }
}

#[test]
fn rule_ids_are_unique() {
    let mut ids: Vec<_> = RULES.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), RULES.len());
}

#[test]
fn user_cue_words_are_honoured() {
    let input = "The coach grumphed that the referee was blind.";
    assert!(items(input, &Config::default()).is_empty());
    let config = Config {
        lexicon: UserLexicon {
            cues: vec![UserCue {
                word: "grumphed".into(),
                class: "criticism".into(),
            }],
            ..Default::default()
        },
        ..Default::default()
    };
    let got = items(input, &config);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("The coach"));
    assert_eq!(got[0].3, "the referee was blind");
}

#[test]
fn not_attributions() {
    for input in [
        "The so-called reform passed.",
        // Wanting is no saying (a course of action wanted is a proposal).
        "The union wants a 5.5 per cent pay rise over four years.",
        // A product recall tells no memory.
        "Carvell Motors is recalling about 40,000 cars over a brake fault.",
        "Tessaro recalled 12,000 kettles in March.",
        "The said property was sold in 2019.",
        "The company declined to comment.",
        "Fans sang \"Sweet Caroline\" all night.",
        "The report showed exports rose.",
        "A spokesperson did not respond to a request for comment.",
        "The novel “A Quiet Harbour” sold a million copies.",
        "Reporting by Jane Doe; Editing by John Roe",
        "Will the council approve the budget?",
        "The government could block any deal that threatened national security.",
        "The mayor called an emergency meeting on Sunday.",
        // A time phrase after an intransitive cue; an addressee by name, nothing said.
        "The Democratic nominee responded within minutes.",
        "She now advises the National Association of Parts Makers.",
        "The senator called her rival on Friday to congratulate her.",
        "Some calls went unanswered for hours.",
        "He wrote the book \"Winning Big\" in 2004.",
        "The advert concludes with footage of the debate.",
        "She called into a radio programme while she was ill.",
        "The host began taking calls from listeners.",
        "The new tax would add $84 billion over ten years.",
        "Sailing around the cape adds roughly nine days to each voyage.",
        "The singer must show that the site acted with malice.",
        "The champion defended her title in Paris.",
        "Staff found out about the order through social media.",
        "Supporters’ groups have called a protest outside the headquarters for Saturday.",
        "Profit rose 14% to 61 million euros, a figure union officials have cited.",
        "The floods followed years of ignoring repeated warnings that the canals were blocked.",
        "The storm hit the coast on Monday.",
        "Police fired at the car and shot a man.",
        "His niece, Marcia \"Cia\" Price, waved to the crowd.",
        "The governor appeared on NBC's \"Meet the Press\" on Sunday.",
        "In the wake of attacks against police, the chief asked for calm.",
        "She moved from behind the shop counters to writing about cars.",
        // Participles whose target is missing: the phrase before is the target.
        "The union filed suit on behalf of workers accused of theft.",
        "Families opposed to the plan marched on the town hall.",
        "A senator praised for her work on housing retired.",
        // A degree word between a copula and the participle; negative contractions.
        "Analysts were too worried about the debt to sleep.",
        "The minister wasn't too worried about the inquiry.",
        // A passive participle with its agent leads into no quote.
        "The conditions demanded by the regulator \"would have destroyed the value of the deal\".",
        // A relative clause's bare verb after a plural head is no cue of "who".
        "Donors from around the country who want to see more women elected will send checks.",
        "Officials didn't say the plant would close.",
        "The mayor hasn't said whether the plant will close.",
        "The firm couldn't confirm the plant would close.",
        // A participle after a subordinator has no subject of its own.
        "She left the car when asked to do so by police.",
        // A name alone after "called": what something is called, or who was called.
        "The mine sits near a mountain stream called Miracle Run.",
        "The senator called Jane Roe on Friday.",
        // A cue's "-ed" form after an article or a preposition is an adjective.
        "The commission received 43 complaints of alleged violations of the code.",
        "The move went ahead despite repeated warnings from his lawyer that it was futile.",
        // An occasion after "at" is no content.
        "The candidate hit back at an evening meeting in Hubballi.",
        // "according to" inside a quotation is the speaker's phrase.
        "Treatment had been \"optimised according to guidelines at the time of enrolment\".",
    ] {
        let got = items(input, &Config::default());
        assert!(got.is_empty(), "{input}: {got:?}");
    }
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

proptest::proptest! {
    #[test]
    fn any_input_gives_valid_spans(
        parts in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::string::string_regex("[A-Za-z’'\\-]{1,9}").unwrap(),
                proptest::sample::select(vec![
                    "said", "told", "according to", "reportedly", "proposed", "plan", "“", "”",
                    "\"", "''", ",", ".", ":", "—", "\n\n", "that", "was denied by", "is said to",
                    "Under the plan,", "X's claim that", "and", "who", "The", "He",
                ]).prop_map(str::to_string),
            ],
            0..40,
        )
    ) {
        let input = parts.join(" ");
        let doc = crate::extract(&input, &Config::default());
        let text = &input;
        for a in &doc.attributions {
            proptest::prop_assert!(!a.content.trim().is_empty(), "empty content: {:?}", a);
            proptest::prop_assert_eq!(chars(text, a.start, a.end), a.content.clone());
            proptest::prop_assert_eq!(chars(text, a.cue_span.start, a.cue_span.end), a.cue.clone());
            if let (Some(s), Some(t)) = (a.source_span, &a.source_text) {
                proptest::prop_assert_eq!(&chars(text, s.start, s.end), t);
            }
        }
        for p in &doc.proposals {
            proptest::prop_assert!(!p.content.trim().is_empty(), "empty content: {:?}", p);
            proptest::prop_assert_eq!(chars(text, p.start, p.end), p.content.clone());
        }
        let again = crate::extract(&input, &Config::default());
        proptest::prop_assert_eq!(doc, again);
    }
}

#[test]
fn every_rule_id_in_the_code_is_catalogued() {
    let sources = [
        include_str!("quotes.rs"),
        include_str!("indirect.rs"),
        include_str!("forms.rs"),
        include_str!("proposals.rs"),
    ];
    for src in sources {
        for (i, _) in src
            .match_indices("\"attribution/")
            .chain(src.match_indices("\"proposal/"))
        {
            let id = src[i + 1..].split('"').next().unwrap_or("");
            assert!(
                RULES.iter().any(|r| r.id == id),
                "rule {id} has no entry in rules.rs"
            );
        }
    }
}

/// Cue, source, content, parent index, hedged, polarity.
type Props<'a> = (
    &'a str,
    Option<&'a str>,
    &'a str,
    Option<usize>,
    bool,
    crate::document::Polarity,
);

#[test]
fn item_properties() {
    let text = "Port strike spreads to second city\n\n\
Reuters reported that the minister told lawmakers that the port would reopen. \
Claims that the mayor would resign have been denied by both the council and the mayor's office. \
The union reportedly rejected the offer.";
    let doc = crate::extract(text, &Config::default());
    let found: Vec<Props> = doc
        .attributions
        .iter()
        .map(|a| {
            (
                a.cue.as_str(),
                a.source_text.as_deref(),
                a.content.as_str(),
                a.parent.as_ref().map(|p| {
                    doc.attributions
                        .iter()
                        .position(|b| &b.id == p)
                        .unwrap_or(99)
                }),
                a.hedged,
                a.polarity,
            )
        })
        .collect();
    use crate::document::Polarity::{Negative, Positive};
    let want = vec![
        (
            "reported",
            Some("Reuters"),
            "the minister told lawmakers that the port would reopen",
            None,
            true,
            Positive,
        ),
        (
            "told",
            Some("the minister"),
            "the port would reopen",
            Some(0),
            true,
            Positive,
        ),
        (
            "denied",
            Some("the council"),
            "the mayor would resign",
            None,
            true,
            Negative,
        ),
        (
            "denied",
            Some("the mayor's office"),
            "the mayor would resign",
            None,
            true,
            Negative,
        ),
        (
            "reportedly",
            None,
            "The union reportedly rejected the offer",
            None,
            true,
            Positive,
        ),
        (
            "rejected",
            Some("The union"),
            "the offer",
            Some(4),
            false,
            Negative,
        ),
    ];
    assert_eq!(found, want);
}

#[test]
fn mention_index_resolves_as_actors_do() {
    let text = include_str!("../../fixtures/seed-ford-jv.txt");
    let decoded = crate::reader::Text::from_str(text);
    let t = &decoded.text;
    let sentences = crate::sentences::split(t, &decoded.paragraphs);
    let tokens = crate::tokens::tokenize_sentences(t, &sentences);
    let actors = crate::actors::find(t, &sentences, &tokens, &Config::default());
    assert!(!actors.actors.is_empty());
    let index = super::MentionIndex::new(&actors);
    let mut checked = 0;
    for toks in &tokens {
        for a in 0..toks.len() {
            for b in a..toks.len().min(a + 8) {
                let span = crate::span::Span::new(toks[a].span.start, toks[b].span.end);
                if span.text(t).contains(',') {
                    continue; // resolve_head stops at an apposition; the index never sees one
                }
                assert_eq!(
                    index.resolve(span),
                    actors.resolve_head(t, span),
                    "{:?}",
                    span.text(t)
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 1000);
}

/// The source as written takes its appositive; the actor is still the name's.
#[test]
fn sources_keep_their_appositives() {
    let cases = [
        (
            "Lena Ortiz, a professor of law at Halden University, said the bill was flawed.",
            "Lena Ortiz, a professor of law at Halden University",
        ),
        (
            "\"The bill is flawed,\" said Lena Ortiz, a professor of law.",
            "Lena Ortiz, a professor of law",
        ),
        (
            "\"The bill is flawed,\" said Lena Ortiz, adding that it would fail.",
            "Lena Ortiz",
        ),
        ("Lena Ortiz said the bill was flawed.", "Lena Ortiz"),
        (
            "The bill was drafted by Lena Ortiz, who said it would pass easily.",
            "who",
        ),
        (
            "Lena Ortiz, who chaired the inquiry for two years, said the bill was flawed.",
            "Lena Ortiz, who chaired the inquiry for two years",
        ),
        (
            "Ruth Vale, 61, of Dunmore, Pa., said the bill was flawed.",
            "Ruth Vale, 61, of Dunmore, Pa.",
        ),
        (
            "One of the dissenters, Jane Roe, said the bill was flawed.",
            // The description before the name is written as part of the source, as an
            // appositive after it is; the actor is Jane Roe's.
            "One of the dissenters, Jane Roe",
        ),
        (
            "\"The bill is flawed,\" said Lena Ortiz, who chaired the inquiry.",
            "Lena Ortiz, who chaired the inquiry",
        ),
        // A name before a role noun, an adverb and a party label open or close an
        // appositive too; a shared cue keeps the first cue's appositive.
        (
            "\"The seat is open,\" said Hana Sato, House editor for the Ledger Review.",
            "Hana Sato, House editor for the Ledger Review",
        ),
        (
            "\"It was the start,\" said Ruiz, now a consultant in the private sector.",
            "Ruiz, now a consultant in the private sector",
        ),
        (
            "Sen. Ann Lee (D-Md.), a former judge, said the count was wrong.",
            "Sen. Ann Lee (D-Md.), a former judge",
        ),
        // A relative clause describes a source that is no name; a participle cue
        // before a quote shares the clause's subject, whose appositive ends before
        // its verb.
        (
            "The authors of the study, which include two charities, said most firms paid little.",
            "The authors of the study, which include two charities",
        ),
        (
            "Ada Lee, a former judge, mocked the ruling on Monday, tweeting, “Nobody reads the law any more.”",
            "Ada Lee, a former judge",
        ),
        (
            "Ruth Vale, 59, of Dunmore, Pa., who watched the parade, said the day was long.",
            "Ruth Vale, 59, of Dunmore, Pa., who watched the parade",
        ),
        (
            "Other major unions, including the nurses, have also endorsed Lee in the race.",
            "Other major unions, including the nurses",
        ),
        (
            "Those close to him say the mayor will run again.",
            "Those close to him",
        ),
        (
            "Gov. Ada Roe (D), the mayor's rival in the race, called Friday for an inquiry, saying that the police had failed.",
            "Gov. Ada Roe (D), the mayor's rival in the race",
        ),
        // An aside between dashes belongs to the source; a dash ends a walk back.
        (
            "Ruth Kall -- co-editor of a book on the debates -- said the candidate would make news.",
            "Ruth Kall -- co-editor of a book on the debates",
        ),
        (
            "In normal times -- with some grounding in history -- a reader would ask: “Why is he on that channel?”",
            "a reader",
        ),
        // A long adverbial or a participle before the subject is no part of it.
        (
            "During a speech on defence earlier in the day, Hale attacked Lee for her record, saying, “She cannot be trusted with the army.”",
            "Hale",
        ),
        // The relative pronoun is the source as written, also past a time adverbial.
        (
            "The panel heard from Nils Berg, who in 2019 said the bridge was unsafe.",
            "who",
        ),
        // A plain description stands in for an unknown antecedent, before a
        // restrictive "who" too.
        (
            "The board hired an engineer who said the bridge was unsafe.",
            "an engineer",
        ),
        (
            "The mayor met the city's finance director, who said the plan was sound.",
            "the city's finance director",
        ),
    ];
    for (input, source) in cases {
        let got = items(input, &Config::default());
        assert_eq!(
            got.first().and_then(|g| g.1.as_deref()),
            Some(source),
            "{input}: {got:?}"
        );
    }
}

/// Subjects behind chains of appositives, inverted cues and object heads.
#[test]
fn subjects_and_contents_in_news_sentences() {
    let cases = [
        // A cue word after a possessive inside an appositive is a noun.
        (
            "The river authority, set up to implement the court's ruling, on Monday said that the dam must open.",
            "The river authority",
            "the dam must open",
        ),
        // The sources a report cites, between commas before its "that".
        (
            "The Harbour Gazette reported on Monday, citing two officials at the port, that the berths would close.",
            "The Harbour Gazette",
            "the berths would close",
        ),
        // A lower-case "do" between capitalised words is a name's particle.
        (
            "The newspaper Diário do Leste reported that the ranch was sold.",
            "The newspaper Diário do Leste",
            "the ranch was sold",
        ),
        // A frequency adverb between the auxiliary and the cue is no subject.
        (
            "The inspectors would sometimes deny that the pumps had failed.",
            "The inspectors",
            "the pumps had failed",
        ),
        // A relative clause closing an appositive: its cue is its own, and the main
        // clause's cue has the name as its source.
        (
            "Greg Halloway, a former trade official who now advises the National Association of Parts Makers, said in an interview that his members were divided.",
            "Greg Halloway",
            "his members were divided",
        ),
        (
            "Ann Roe, a lawyer who has argued the fees were illegal, said the ruling was welcome.",
            "who",
            "the fees were illegal",
        ),
        // A participle's clause between the name and the cue; two periods of a
        // title; a party and state label before a description.
        (
            "Mr. Doherty, asked whether he would turn to Democrats, said only that “all options are on the table.”",
            "Mr. Doherty",
            "all options are on the table",
        ),
        (
            "Lt. Gov. Carla Benning, the Republican nominee, repeatedly sought to tie him to crime, saying that he had failed.",
            "Lt. Gov. Carla Benning, the Republican nominee",
            "he had failed",
        ),
        (
            "Sen. Corinne Platt, R-Alaska, one of those Republicans, said she was angry.",
            "Sen. Corinne Platt",
            "she was angry",
        ),
        (
            "Travis Keogh, R-Texas, the chairman of the hard-line Liberty Caucus, told reporters it was over.",
            "Travis Keogh",
            "it was over",
        ),
        // Irregular past forms of cues after a name.
        (
            "Ms. Benning shot back that the Forum was biased.",
            "Ms. Benning",
            "the Forum was biased",
        ),
        (
            "The mayor hit back that the report was wrong.",
            "The mayor",
            "the report was wrong",
        ),
        // "as" with a plural subject and its verb opens the occasion, no object.
        (
            "Ruth Calloway accused ministers of “governing by slogan” as MPs prepared for a vote.",
            "Ruth Calloway",
            "ministers of “governing by slogan”",
        ),
        // "put forward" after "and" is the subject's next verb.
        (
            "Mr Tennant said the hubs would take years to build, and put forward a plan to pay a bonus.",
            "Mr Tennant",
            "the hubs would take years to build",
        ),
        // A participle in a list and a comma inside an open quote end nothing.
        (
            "Erik Lindqvist said the team had adjusted for age, education, smoking and other conditions.",
            "Erik Lindqvist",
            "the team had adjusted for age, education, smoking and other conditions",
        ),
        (
            "Fiona Callander said the finding was “striking, but it is not a licence to start handing out pills.”",
            "Fiona Callander",
            "the finding was “striking, but it is not a licence to start handing out pills.”",
        ),
        // A comma inside a closing quote before ", and she rejected" ends the content.
        (
            "Oyelaran said the council was \"well positioned to wait,\" and she rejected the suggestion.",
            "Oyelaran",
            "the council was \"well positioned to wait",
        ),
        // A description and the name it introduces, after the cue or as the subject.
        (
            "“It is a rounding error,” said its founder, Ellie Marsh.",
            "its founder, Ellie Marsh",
            "It is a rounding error",
        ),
        (
            "The company’s largest rival, Helixa, said its costs would rise.",
            "The company’s largest rival, Helixa",
            "its costs would rise",
        ),
        // An inverted cue opening its sentence.
        (
            "Said Ellis: “I don’t get the sense she is interested in tax reform.”",
            "Ellis",
            "I don’t get the sense she is interested in tax reform",
        ),
        // A discourse adverbial between the cue and its quote.
        (
            "Clinton said on the other hand, “the current system works fine.”",
            "Clinton",
            "the current system works fine",
        ),
        // After a quote: an addressee with a time phrase, a party and state label, a
        // place's name with its common nouns.
        (
            "“We are in a critical situation,” Angela Merkel told reporters after the summit.",
            "Angela Merkel",
            "We are in a critical situation",
        ),
        (
            "“The veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.",
            "Senate Majority Leader Mitch McConnell",
            "The veto will be overridden",
        ),
        (
            "“My name is not on the ballot,” Mr. Obama said on Saturday at the Congressional Black Caucus Foundation gala dinner in Washington, where Mrs. Clinton also spoke.",
            "Mr. Obama",
            "My name is not on the ballot",
        ),
        // A name's own comma list belongs to the subject.
        (
            "A spokesperson for the Department for Culture, Media and Sport said the law would stay.",
            "A spokesperson for the Department for Culture, Media and Sport",
            "the law would stay",
        ),
        // A plural's genitive mark inside a subject found forward.
        (
            "The athletes' rights group Clean Track has proposed that meat be tested, and urged officials to act.",
            "The athletes' rights group Clean Track",
            "officials to act",
        ),
        // An age between a name and its description.
        (
            "Darnell Whitaker, 58, a retired teacher in Denver, said he learned of the breach.",
            "Darnell Whitaker, 58, a retired teacher in Denver",
            "he learned of the breach",
        ),
        // "told" takes an addressee, a name's commas and "and" included, and never
        // inverts.
        (
            "Henrik Aalto, the chief executive, told the Senate Health, Education, Labor and Pensions Committee that prices rose.",
            "Henrik Aalto, the chief executive",
            "prices rose",
        ),
        // A comparison's standard is no source; the clause's subject is the next cue's.
        (
            "The bank cut its rate by 50 points, a larger move than most economists had expected, but warned that it would hold.",
            "The bank",
            "it would hold",
        ),
        // "hit back" is a cue; "hit" alone is none.
        (
            "Nguyen-Hart, the Liberal leader, hit back that households were worse off.",
            "Nguyen-Hart, the Liberal leader",
            "households were worse off",
        ),
        // A participle shares the subject with its named appositive.
        (
            "Labor's campaign spokesperson, Rhys Kealoha, dismissed the poll, telling reporters that “debates don’t elect governments”.",
            "Labor's campaign spokesperson, Rhys Kealoha",
            "debates don’t elect governments",
        ),
        // A time phrase after the cue before the content.
        (
            "Trump said after the convention he would not accept the endorsement.",
            "Trump",
            "he would not accept the endorsement",
        ),
        (
            "She said in an interview she would run again.",
            "She",
            "she would run again",
        ),
        // A span of time after a quote's cue leaves the cue the quote's.
        (
            "“It never crossed my mind,” she said several months after her release, and the reason was clear.",
            "she",
            "It never crossed my mind",
        ),
        // ", and when …, she replied": a new clause with its own speaker ends the content.
        (
            "She said fathers would not be eligible, and when pressed on why, she replied that it was the law.",
            "She",
            "fathers would not be eligible",
        ),
        // A participle or relative clause with commas of its own between the name and
        // the cue; not a main clause's verb after one, nor a name last.
        (
            "President Oskanian, addressing parliament in the capital, Sarun, on Sunday, said he had offered talks.",
            "President Oskanian",
            "he had offered talks",
        ),
        (
            "Kestrel, which is based in Columbus, Ohio, and says it has 14 million users, said it disagreed with the decision.",
            "Kestrel",
            "it disagreed with the decision",
        ),
        (
            "Dana Lebel, president of the nurses' union, which represents 9,000 care aides, said her members would strike.",
            "Dana Lebel, president of the nurses' union, which represents 9,000 care aides",
            "her members would strike",
        ),
        (
            "The Nurses Union, which represents nurses, paramedics, cleaners and support staff, said the offer was too low.",
            "The Nurses Union, which represents nurses, paramedics, cleaners and support staff",
            "the offer was too low",
        ),
        (
            "The Trusts Federation, which represents trusts, declined to comment, but its deputy chief executive, Leona Marsh, said a strike would hurt.",
            "its deputy chief executive, Leona Marsh",
            "a strike would hurt",
        ),
        (
            "The audit, conducted by the inspector general, Harold Nyberg, found that officers had collected overtime.",
            "conducted by the inspector general, Harold Nyberg",
            "officers had collected overtime",
        ),
        // "ruled out": the particle is the cue's, what is ruled out the content.
        (
            "The chief executive ruled out cutting the dividend, which rose in February.",
            "The chief executive",
            "cutting the dividend",
        ),
        // A cue that asks for "that" between commas: the sentence around it.
        (
            "The messages, she wrote, were \"the clearest evidence yet\".",
            "she",
            "The messages, she wrote, were \"the clearest evidence yet\"",
        ),
        // "was described by X as Y": what X called it is the content.
        (
            "The fish kill was described by the shire mayor, Tony Riordan, as \"the worst disaster in years\".",
            "the shire mayor, Tony Riordan",
            "the worst disaster in years",
        ),
        // A parenthetical cue after an opening adverb: the content is what follows.
        (
            "Now, she says, the company is finally on the front foot.",
            "she",
            "the company is finally on the front foot",
        ),
        // A subject pronoun after "said" opens the clause: no inverted speaker.
        (
            "Dale Whitford, the chairman of the committee, said he backed the plan.",
            "Dale Whitford, the chairman of the committee",
            "he backed the plan",
        ),
        // "At least" opens the phrase it quantifies.
        (
            "At least two carriers said they would reroute ships.",
            "At least two carriers",
            "they would reroute ships",
        ),
        // "one" before a noun is its determiner.
        (
            "The talks went on, though one diplomat cautioned that nobody was ready.",
            "one diplomat",
            "nobody was ready",
        ),
        // ... and before a capitalised modifier of a noun.
        (
            "One Green councillor, who asked not to be named, said the vote was lost.",
            "One Green councillor",
            "the vote was lost",
        ),
        // A second that-clause of the same cue is no relative clause with its own cue.
        (
            "Ann Vale said the singer had lost two deals and that she continued to receive threats.",
            "Ann Vale",
            "the singer had lost two deals and that she continued to receive threats",
        ),
        // A passive's subject with its relative clause; the charge after the agent.
        (
            "The bill, which would require testing, was criticised by the council.",
            "the council",
            "The bill, which would require testing",
        ),
        (
            "Tom Hale was accused by regulators of fraud.",
            "regulators",
            "Tom Hale",
        ),
        // A count is a denial's object, though no other stance's.
        (
            "Declan Marsh, 58, denies 14 counts of fraud.",
            "Declan Marsh, 58",
            "14 counts of fraud",
        ),
        // An addressee with a time adverbial after it: the content is before.
        (
            "The charity lost money, prosecutors told a jury on Tuesday.",
            "prosecutors",
            "The charity lost money",
        ),
        // A coordinated verb inside a quote opens no new clause.
        (
            "The group said the sweetener had been \"tested extensively and found safe\" by regulators.",
            "The group",
            "the sweetener had been \"tested extensively and found safe\" by regulators",
        ),
        // A stance's object ends before the occasion of the act.
        (
            "Greaves dismissed the poll at a campaign stop in the east end.",
            "Greaves",
            "the poll",
        ),
        // The passive "was quoted as saying": the subject is the speaker.
        (
            "The minister was quoted as saying in a filing that the deal was dead.",
            "The minister",
            "the deal was dead",
        ),
        // A bare "say" after a plural head with a prepositional phrase.
        (
            "Farmers in the south say the wells have run dry.",
            "Farmers in the south",
            "the wells have run dry",
        ),
        (
            "Tomas Novak, the chief executive of Moravia Rail Systems, one of the two complaining bidders, welcomed the ruling.",
            "Tomas Novak, the chief executive of Moravia Rail Systems, one of the two complaining bidders",
            "the ruling",
        ),
        (
            "The operator of Portugal's largest container port rejected a takeover offer.",
            "The operator of Portugal's largest container port",
            "a takeover offer",
        ),
        // The accused is part of the accusation's content.
        (
            "Jorge Pinto accused Nordhavn of trying to buy the port.",
            "Jorge Pinto",
            "Nordhavn of trying to buy the port",
        ),
        // A bare verb after a relative clause takes the plural before it.
        (
            "Residents who live near the plant say it will raise rents.",
            "Residents",
            "it will raise rents",
        ),
        // A content inside a non-restrictive relative clause ends with the clause.
        (
            "The company, which said profits fell, cut 300 jobs.",
            "The company",
            "profits fell",
        ),
        // "since" as an adverb after the auxiliary.
        (
            "The regulator's head has since called for operators to install sensors.",
            "The regulator's head",
            "operators to install sensors",
        ),
        // A short manner adverb between the subject and its cue.
        (
            "The candidate Ana Ruiz boldly suggested that taxes would fall.",
            "The candidate Ana Ruiz",
            "taxes would fall",
        ),
        // (An object of one word before the closing comma.)
        (
            "The state government, which has long opposed buybacks, sided with farmers.",
            "which",
            "buybacks",
        ),
        // A raising verb lends its subject; "call for" after "to".
        (
            "Protesters continued to call for more information about the shooting.",
            "Protesters",
            "more information about the shooting",
        ),
        (
            "Unions began to warn that jobs would go.",
            "Unions",
            "jobs would go",
        ),
        // A participle with its target missing is part of the subject phrase.
        (
            "Families opposed to the plan have continued to call for a public inquiry.",
            "Families opposed to the plan",
            "a public inquiry",
        ),
        // A meeting is an occasion: the stance's object ends before it.
        (
            "Councillor Ines Morrow scolded the developer at Thursday's meeting.",
            "Councillor Ines Morrow",
            "the developer",
        ),
        // The word after a subject pronoun is its verb, not the source's.
        (
            "I hope in 2027 Marenburg says, “Thank you for your service.”",
            "Marenburg",
            "Thank you for your service",
        ),
        // A content inside an opening adverbial clause ends with the clause.
        (
            "As he welcomed several hundred guests, Tom Vale was also launching his bid.",
            "he",
            "several hundred guests",
        ),
        (
            "When the mayor said the budget was balanced, critics laughed.",
            "the mayor",
            "the budget was balanced",
        ),
        // A sum before the subject is no part of it.
        (
            "That is a fraction of the $20 million experts say it costs to run.",
            "experts",
            "it costs to run",
        ),
        // "many of whom" is the source as written; its clause ends at its comma.
        (
            "The families, many of whom say the claims are unfounded, met on Friday.",
            "many of whom",
            "the claims are unfounded",
        ),
        // A topic after "of" between the cue and the quote.
        (
            "The businessman said of his rival, “If she wins, she will sell the office.”",
            "The businessman",
            "If she wins, she will sell the office",
        ),
    ];
    for (input, source, content) in cases {
        let got = items(input, &Config::default());
        let want = (Some(source.to_string()), content.to_string());
        assert!(
            got.iter().any(|g| (g.1.clone(), g.3.clone()) == want),
            "{input}: {got:?}"
        );
    }
}

/// "The operator of X's port": the head is "operator", so no actor named inside.
#[test]
fn of_phrase_heads_do_not_resolve_to_the_inner_name() {
    let doc = crate::extract(
        "Portugal is a country. The operator of Portugal's largest port rejected the offer.",
        &Config::default(),
    );
    let a = doc.attributions.first();
    assert!(
        a.is_some_and(|a| a.source.is_none()),
        "{:?}",
        doc.attributions
    );
}

/// "her plan", "his claim": a possessive pronoun has no mention of its own, and
/// resolves to the last person named before it.
#[test]
fn possessive_pronouns_resolve_to_the_last_person() {
    let doc = crate::extract(
        "Port plan\n\nMayor Renata Silva spoke on Monday. She defended her plan to \
         build 12,000 homes, dismissing his claim that the roads were full.",
        &Config::default(),
    );
    assert!(
        doc.actors.iter().any(|a| a.id == "renata-silva"),
        "{:?}",
        doc.actors
    );
    let p = doc.proposals.first();
    assert_eq!(
        p.and_then(|p| p.proposer.as_deref()),
        Some("renata-silva"),
        "{:?}",
        doc.proposals
    );
}

/// "Britain's largest teaching union said": the union speaks, not Britain.
#[test]
fn a_body_a_country_owns_is_not_the_country() {
    let doc = crate::extract(
        "Pay talks\n\nBritain's largest teaching union rejected the offer. Britain said \
         nothing.",
        &Config::default(),
    );
    let a = doc.attributions.first();
    assert!(
        a.is_some_and(|a| a.source.is_none() && a.cue == "rejected"),
        "{:?}",
        doc.attributions
    );
}

/// A title-case headline's "Says" is a cue; a sentence's capitalised "Said" is not.
#[test]
fn headline_says_is_a_cue() {
    let got = items(
        "Mayor Lena Ortiz Says Harbour Bridge Will Reopen in May.",
        &Config::default(),
    );
    let want = (
        Some("Mayor Lena Ortiz".to_string()),
        "Harbour Bridge Will Reopen in May".to_string(),
    );
    assert!(
        got.iter().any(|g| (g.1.clone(), g.3.clone()) == want),
        "{got:?}"
    );
    let plain = items("The firm Said Holdings sold its stake.", &Config::default());
    assert!(plain.is_empty(), "{plain:?}");
}

/// "X, a doctor, said Y and called Z": the second cue's source is written as the
/// first one's, appositive included.
#[test]
fn shared_cues_keep_the_appositive() {
    let source = Some("Ruth Vale, a farmer near the dam".to_string());
    assert_eq!(
        sources(
            "Ruth Vale, a farmer near the dam, said the water rose overnight and called it a disaster."
        ),
        [source.clone(), source]
    );
}

/// Two titles joined by "and" are one description: the subject runs over both, to the
/// name in apposition ("founder and managing director, Lena Ek,").
#[test]
fn joined_titles_are_one_description() {
    let cases = [
        (
            "Tarvo's founder and managing director, Lena Ek, apologised to diners on Monday and said the kitchen would stay shut.",
            "Tarvo's founder and managing director, Lena Ek",
        ),
        (
            "Tarvo's chairman and chief executive, Lena Ek, said profits would fall.",
            "Tarvo's chairman and chief executive, Lena Ek",
        ),
    ];
    for (text, source) in cases {
        let got = items(text, &Config::default());
        let said = got.iter().find(|g| g.2 == "said");
        assert_eq!(said.and_then(|g| g.1.as_deref()), Some(source), "{got:?}");
    }
}

/// An addressee of three words before a time phrase ("told a Scottish Parliament
/// inquiry on Wednesday") leaves the content before the cue; "told the forum he was …"
/// keeps its clause.
#[test]
fn a_three_word_addressee_before_a_time_phrase() {
    assert_eq!(
        contents("The bid was unrealistic, a former official told a Scottish Parliament inquiry on Wednesday."),
        ["The bid was unrealistic"]
    );
    assert_eq!(
        contents("Vale told the forum he was \"totally against\" the war."),
        ["he was \"totally against\" the war"]
    );
}

/// A free relative's "what" opens the clause whose subject the source is.
#[test]
fn what_opens_the_clause_of_the_source() {
    assert_eq!(
        sources(
            "The rancher fights what environmental officials called the biggest fine of its kind."
        ),
        [Some("environmental officials".to_string())]
    );
}

/// "to say" after a time word, a number, a name or a preposition's object says why the
/// clause's subject acted, and reports for it; after a verb, an adjective or an object
/// asked to act it does not.
#[test]
fn a_purpose_infinitive_of_saying() {
    for (text, source, content) in [
        (
            "A senior official emailed the agency in August 2019 to say that the bid would fail.",
            "A senior official",
            "the bid would fail",
        ),
        (
            "The minister wrote to the board last week to say the plan would fail.",
            "The minister",
            "the plan would fail",
        ),
    ] {
        let got = items(text, &Config::default());
        assert!(
            got.iter()
                .any(|g| g.1.as_deref() == Some(source) && g.2 == "say" && g.3 == content),
            "{text}: {got:?}"
        );
    }
    for text in [
        "The minister declined to say whether the plan would fail.",
        "The delay prompted the union to say the plan would fail.",
    ] {
        let got = items(text, &Config::default());
        assert!(got.iter().all(|g| g.2 != "say"), "{text}: {got:?}");
    }
}

/// "Not everyone is convinced that …" names no one who holds the belief.
#[test]
fn a_belief_not_everyone_holds() {
    assert!(items(
        "Not everyone is convinced that a floor price will help.",
        &Config::default()
    )
    .is_empty());
    let got = items(
        "Traders are convinced that a floor price will help.",
        &Config::default(),
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

/// "added cost and delay", "add to inflation": a plain noun object of "add" is what was
/// added, no words; "added it was …" and "added the plan would fail" still report.
#[test]
fn adding_a_thing_reports_nothing() {
    assert!(items("Each change added cost and delay.", &Config::default()).is_empty());
    assert_eq!(
        contents("Ms Roe said the levy would only add to inflation."),
        ["the levy would only add to inflation"]
    );
    let got = items("Ms Roe added the plan would fail.", &Config::default());
    assert_eq!(got.len(), 1, "{got:?}");
}

/// "that" before a time word is its determiner, no complementiser after an object.
#[test]
fn that_before_a_time_word_opens_no_clause() {
    assert_eq!(
        contents("Forecasters had warned of a sharp wind shift that afternoon."),
        ["of a sharp wind shift that afternoon"]
    );
}

/// "claim" in the present is a verb of saying after a plural subject.
#[test]
fn claim_in_the_present_is_a_cue() {
    for (text, source, content) in [
        (
            "In the lawsuit, the plaintiffs claim that staff skipped a review step.",
            "the plaintiffs",
            "staff skipped a review step",
        ),
        (
            "Critics claim the plan is flawed.",
            "Critics",
            "the plan is flawed",
        ),
    ] {
        let got = items(text, &Config::default());
        assert!(
            got.iter()
                .any(|g| g.1.as_deref() == Some(source) && g.2 == "claim" && g.3 == content),
            "{text}: {got:?}"
        );
    }
}

/// A verb set off by commas after "and" shares the object after it: no new clause.
#[test]
fn a_verb_aside_between_commas_shares_the_object() {
    assert_eq!(
        contents("The paper reported that the cabinet had considered, and rejected, a plan to sell the port."),
        ["the cabinet had considered, and rejected, a plan to sell the port"]
    );
}

/// "A group of voters backed by the Liberal Party asked": the members' phrase is the
/// head, the agent phrase after it no part of it; the source is the group.
#[test]
fn a_group_of_members_backed_by_a_body() {
    let doc = crate::extract(
        "A group of voters backed by the Liberal Party asked a judge to stop the count.",
        &Config::default(),
    );
    let a = &doc.attributions[0];
    let source = doc.actors.iter().find(|x| Some(&x.id) == a.source.as_ref());
    assert_eq!(
        source.map(|x| x.name.as_str()),
        Some("A group of voters"),
        "{a:?}"
    );
}

/// A title's own list of capitalised words after a quote is no appositive: the speaker
/// is the whole title and name.
#[test]
fn a_listed_portfolio_after_a_quote() {
    let source = Some("Climate, Energy and Utilities Minister Lars Holm".to_string());
    assert_eq!(
        sources(
            "\"We will not,\" Climate, Energy and Utilities Minister Lars Holm said, \"pay billions.\""
        ),
        [source.clone(), source]
    );
}

/// A relative clause of one past-tense verb inside the subject ("the two people who
/// died") leaves the subject whole before its auxiliary and cue.
#[test]
fn a_one_verb_relative_clause_inside_the_subject() {
    let got = items(
        "Lawyers for the families of the two miners who died have asked the panel to compel testimony.",
        &Config::default(),
    );
    let asked = got.iter().find(|g| g.2 == "asked");
    assert_eq!(
        asked.and_then(|g| g.1.as_deref()),
        Some("Lawyers for the families of the two miners who died"),
        "{got:?}"
    );
}

/// A quote filling its sentence takes the latest speaker before it, direct or not; a
/// quote nested in double marks does not end the quote holding it.
#[test]
fn inherited_quotes_take_the_latest_speaker() {
    let cases = [
        (
            "Intro.\n\n\"We will appeal,\" said Rosa Mendel.\n\nSen. Ann Lee called the ruling a scam. \"It will not stand.\"",
            "It will not stand",
            "Sen. Ann Lee",
        ),
        (
            "Intro.\n\n\"It was fair,\" said Rosa Mendel.\n\n“I would rather live in what he calls “chaos” than here.” ― Ada Ruiz",
            "I would rather live in what he calls “chaos” than here",
            "Ada Ruiz",
        ),
    ];
    for (input, content, source) in cases {
        let got = items(input, &Config::default());
        assert!(
            got.iter()
                .any(|g| g.3 == content && g.1.as_deref() == Some(source)),
            "{input}: {got:?}"
        );
    }
}

/// A participle cue shares the clause's subject, found past a long adverbial or a
/// participial opener.
#[test]
fn participle_cues_find_the_subject_past_openers() {
    let cases = [
        (
            "During a speech on defence earlier in the day, Hale attacked Lee for her record, saying, “She cannot be trusted with the army.”",
            "saying",
        ),
        (
            "At this point the lights are out, and she grows upset, shouting that the guards lied.",
            "shouting",
        ),
        (
            "Angered by the polls, as well as by the critics, Hale revised his plan, promising to cut taxes for families.",
            "promising",
        ),
    ];
    for (input, cue) in cases {
        let got = items(input, &Config::default());
        assert!(
            got.iter()
                .any(|g| g.2 == cue && matches!(g.1.as_deref(), Some("Hale" | "she"))),
            "{input}: {got:?}"
        );
    }
}

/// Packed sort keys order as the tuples they stand for, and tuples too large to pack
/// are sorted all the same.
#[test]
fn packed_sorts_keep_tuple_order() {
    use crate::span::Span;
    let cases: &[&[(usize, usize)]] = &[
        &[(40, 44), (10, 30), (10, 20), (0, 5), (10, 20)],
        &[(5, 9), (0, 1 << 33), (0, 7)],
        &[],
    ];
    for pairs in cases {
        let mut want = pairs.to_vec();
        want.sort_unstable();
        let mut got = pairs.to_vec();
        super::sort_pairs(&mut got);
        assert_eq!(got, want, "{pairs:?}");
    }
    let mentions = [
        (Span::new(10, 20), 3),
        (Span::new(10, 20), 1),
        (Span::new(10, 12), 9),
        (Span::new(2, 90), 0),
        (Span::new((1 << 24) - 1, (1 << 24) - 1), (1 << 16) - 1),
    ];
    let mut keys: Vec<u64> = mentions
        .iter()
        .filter_map(|&(m, i)| super::pack_mention(m, i))
        .collect();
    assert_eq!(keys.len(), mentions.len());
    keys.sort_unstable();
    let got: Vec<(Span, usize)> = keys.into_iter().map(super::unpack_mention).collect();
    let mut want = mentions.to_vec();
    want.sort_unstable();
    assert_eq!(got, want);
    // Offsets or actors beyond their bits are not packed.
    assert_eq!(super::pack_mention(Span::new(0, 1 << 24), 0), None);
    assert_eq!(super::pack_mention(Span::new(0, 1), 1 << 16), None);
}

#[test]
fn a_pronoun_belief_inside_another_content_is_an_echo() {
    let found = |text: &str| -> Vec<(Option<String>, String)> {
        items(text, &Config::default())
            .into_iter()
            .map(|(_, source, cue, _)| (source, cue))
            .collect()
    };
    let pair = |s: &str, c: &str| (Some(s.to_string()), c.to_string());
    // Inside "said"'s content, "they expected" repeats the analysts' view.
    assert_eq!(
        found("Analysts said they expected the bank to cut rates in June."),
        [pair("Analysts", "said")]
    );
    // On its own, or in the next sentence, it is an attribution of its own.
    assert_eq!(
        found("They expected the bank to cut rates in June."),
        [pair("They", "expected")]
    );
    assert_eq!(
        found("Analysts said the bank would act. They expected a cut in June."),
        [pair("Analysts", "said"), pair("They", "expected")]
    );
    // So does a pronoun's support inside "said"'s content.
    assert_eq!(
        found("The firm said it welcomed the price rise."),
        [pair("The firm", "said")]
    );
}

#[test]
fn a_quote_mark_left_open_at_a_paragraph_end_gives_no_empty_item() {
    // The first paragraph's closing straight mark reads as an opening one; the run-on
    // rule must not turn the nothing after it into a quote of the next speaker's.
    let text = "\"The poll is close, but I am going to read you the question: \u{201c}Do you \
think the plan helps families?\u{201d} Forty, yes; fifty, no. A second poll has a similar \
split: forty-one, yes; forty-nine, no.\"\n\n\u{201c}This is in their heads. This is what \
they think about,\u{201d} said Marsh, speaking of the plan.";
    let got = items(text, &Config::default());
    assert!(
        got.iter().all(|(_, _, _, content)| !content.is_empty()),
        "{got:?}"
    );
    assert!(got.contains(&(
        "attribution/direct/quote-cue-speaker".to_string(),
        Some("Marsh".to_string()),
        "said".to_string(),
        "This is in their heads. This is what they think about".to_string(),
    )));
}

/// A word listed twice in a `word class …` table is read once (the later line wins,
/// silently); each must be listed once, its flags on one line.
#[test]
fn word_tables_list_each_word_once() {
    use super::lex::{CLAIM_WORDS, CUE_NOUNS, CUE_VERBS, PROPOSAL_CUES};
    for table in [&CUE_VERBS, &CUE_NOUNS, &CLAIM_WORDS, &PROPOSAL_CUES] {
        let mut seen = std::collections::HashSet::new();
        let twice: Vec<&str> = table
            .entries
            .iter()
            .filter_map(|e| e.split_whitespace().next())
            .filter(|w| !seen.insert(*w))
            .collect();
        assert!(twice.is_empty(), "{}: listed twice: {twice:?}", table.name);
    }
}

/// A stance cue before a colon and a quote its own "she said" carries: the quote is one
/// item, and a stance's object ends at the colon.
#[test]
fn a_quote_after_a_stance_colon_is_one_item() {
    let got = items(
        "Senator Ana Ostrow scolded him: “The experts are against you,” she said.",
        &Config::default(),
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].3, "The experts are against you");
    let got = items(
        "The mayor praised the plan: “It is a good day for the city,” she said.",
        &Config::default(),
    );
    assert!(
        got.iter().any(|g| g.2 == "praised" && g.3 == "the plan"),
        "{got:?}"
    );
}

/// A cue after a quote belongs to it only where nothing opens a clause of its own: not
/// "“…” when he said that …", but "“…,” as Omar Lindqvist said".
#[test]
fn a_quote_takes_a_later_cue_only_without_a_clause_between() {
    let got = items(
        "Senator Ana Ruiz said Tom Vale was “absolutely right” when he said on Friday that \
         under the old mayor, “the roads have been reduced to rubble.”",
        &Config::default(),
    );
    assert!(got.iter().all(|g| g.3 != "absolutely right"), "{got:?}");
    assert!(
        got.iter()
            .any(|g| g.1.as_deref() == Some("he") && g.3.contains("reduced to rubble")),
        "{got:?}"
    );
    let got = items(
        "Marchers wore shirts that read “I can't breathe,” as Omar Lindqvist said before he died.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.1.as_deref() == Some("Omar Lindqvist") && g.3 == "I can't breathe"),
        "{got:?}"
    );
}

/// A quote split by its cue and long adverbials ("in an interview at the firm's
/// headquarters on Thursday") is two parts of one speaker's quote; an object before the
/// comma ("added the words, “…”") is the cue's own.
#[test]
fn a_quote_split_by_a_long_adverbial_is_one_speakers() {
    let got = items(
        "“The market is tough,” Ana Ruiz said in an interview at the firm's headquarters on \
         Thursday, “and it is changing faster than anyone expected.”",
        &Config::default(),
    );
    let parts: Vec<&str> = got
        .iter()
        .filter(|g| g.1.as_deref() == Some("Ana Ruiz"))
        .map(|g| g.3.as_str())
        .collect();
    assert_eq!(
        parts,
        [
            "The market is tough",
            "and it is changing faster than anyone expected"
        ],
        "{got:?}"
    );
    let got = items(
        "At the end of the anthem “A Change Is Gonna Come,” she added the words, “Vote early.”",
        &Config::default(),
    );
    assert!(
        got.iter().all(|g| g.3 != "A Change Is Gonna Come"),
        "{got:?}"
    );
}

/// A quote's cue may take its addressee and a long occasion after it ("told reporters
/// at the release of the central bank's annual review") and still be the quote's.
#[test]
fn a_quotes_cue_takes_a_long_occasion() {
    let got = items(
        "“Household debt remains elevated,” deputy director Lim Wei Ling told reporters at \
         the release of the central bank's annual financial stability review.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "attribution/direct/quote-then-cue"
                && g.3 == "Household debt remains elevated"),
        "{got:?}"
    );
}

/// "a Harbour Times report that …" is the paper's; "Officials at the Finance Ministry
/// fear that …" is the officials' verb, no nominal of the ministry.
#[test]
fn a_name_after_a_plurals_preposition_owns_no_nominal_cue() {
    let got = items(
        "Officials at the Finance Ministry fear that the standoff could delay revenue.",
        &Config::default(),
    );
    assert!(
        got.iter().all(|g| g.0 != "attribution/nominal/possessive"),
        "{got:?}"
    );
    let got = items(
        "The bank denied a Harbour Times report that it had sold its bonds.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "attribution/nominal/possessive"
                && g.1.as_deref() == Some("Harbour Times")),
        "{got:?}"
    );
}

/// A speech cue inside a relative clause with its own subject, the clause's verb right
/// after it: what the clause's head is said to do; after "that", a bare plural may be
/// the subject ("a levy that critics warned could …").
#[test]
fn a_cue_inside_a_relative_clause_reports_its_clause() {
    let got = items(
        "The council approved a parking levy that critics warned could drive shoppers away.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "attribution/indirect/relative-cue"
                && g.1.as_deref() == Some("critics")
                && g.3 == "could drive shoppers away"),
        "{got:?}"
    );
    let got = items(
        "Staff began a strike on Monday, in a dispute their union said could escalate into \
         a boycott. The lender was repaid, a move the firm said had been agreed in 2021.",
        &Config::default(),
    );
    for want in ["could escalate into a boycott", "had been agreed in 2021"] {
        assert!(
            got.iter()
                .any(|g| g.0 == "attribution/indirect/relative-cue" && g.3 == want),
            "{want}: {got:?}"
        );
    }
    // A bare plural after a noun and its article, the relative pronoun left out; the
    // group is the plural's alone.
    let doc = crate::extract(
        "The bank let the pound fall, a move economists say could end the shortages.",
        &Config::default(),
    );
    let say: Vec<(Option<&str>, &str)> = doc
        .attributions
        .iter()
        .map(|a| (a.source_text.as_deref(), a.content.as_str()))
        .collect();
    assert_eq!(say, vec![(Some("economists"), "could end the shortages")]);
    assert!(
        doc.actors.iter().any(|a| a.name == "economists"),
        "{:?}",
        doc.actors
    );
    // Two relative clauses, "but which" and a bare plural after it.
    let got = items(
        "MPs passed a measure the government says will protect tenants but which \
         landlords warn will choke off building.",
        &Config::default(),
    );
    let found: Vec<(Option<&str>, &str)> = got
        .iter()
        .filter(|g| g.0 == "attribution/indirect/relative-cue")
        .map(|g| (g.1.as_deref(), g.3.as_str()))
        .collect();
    assert_eq!(
        found,
        vec![
            (Some("the government"), "will protect tenants"),
            (Some("landlords"), "will choke off building")
        ]
    );
}

/// "called for …" after a quote closed by its sentence's period is a call with its
/// own content, no cue of the quote before it.
#[test]
fn called_for_after_a_quote_is_a_call() {
    let got = items(
        "Its president said farmers were \"being blamed for a shortage they did not \
         cause.\" The federation called for the government to guarantee a minimum price.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.2 == "called for" && g.3 == "the government to guarantee a minimum price"),
        "{got:?}"
    );
    assert!(got.iter().all(|g| g.2 != "called"), "{got:?}");
}

/// A relative clause on the occasion after a quote's cue is the occasion's ("told
/// reporters after the meeting that was held on a boat"), no content of the cue.
#[test]
fn a_quotes_cue_takes_an_occasion_with_a_relative_clause() {
    let got = items(
        "“The harbour must stay open,” Mayor Ilse Brandt told reporters after the \
         two-hour meeting that was held in part on a ferry that crossed the bay.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "attribution/direct/quote-then-cue"
                && g.3 == "The harbour must stay open"),
        "{got:?}"
    );
    assert!(got.iter().all(|g| !g.3.starts_with("reporters")), "{got:?}");
}

/// A participle right after a quote goes on with the sentence's subject; only a
/// finite cue there turns round to a speaker after it.
#[test]
fn a_participle_after_a_quote_keeps_the_sentence_subject() {
    let got = items(
        "Ines Marsh, who chairs the tenants' forum, called the decision “overdue”, saying \
         families had raised concerns since the spring.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .all(|g| g.2 != "saying" || g.3.starts_with("families")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|g| g.2 == "saying"
            && g.1.as_deref().is_some_and(|s| s.starts_with("Ines Marsh"))),
        "{got:?}"
    );
    let got = items("“It is overdue,” said Ines Marsh.", &Config::default());
    assert!(
        got.iter()
            .any(|g| g.1.as_deref() == Some("Ines Marsh") && g.3 == "It is overdue"),
        "{got:?}"
    );
}

/// "rejected that argument": "that" before a singular nominal cue that ends its
/// phrase is a demonstrative, part of the content; "said that claim was false" and
/// "said that reports in May were wrong" keep their clause.
#[test]
fn that_before_a_nominal_cue_is_a_demonstrative() {
    let got = items("The judge rejected that argument.", &Config::default());
    assert!(
        got.iter()
            .any(|g| g.2 == "rejected" && g.3 == "that argument"),
        "{got:?}"
    );
    let got = items(
        "Ola Berg said that reports in May were wrong.",
        &Config::default(),
    );
    assert!(
        got.iter().any(|g| g.3 == "reports in May were wrong"),
        "{got:?}"
    );
}

/// A that-only cue as a participle (", writing that …") shares the clause's subject;
/// a preposition's object before it ("For starters, and assuming that …") is none.
#[test]
fn participles_of_that_only_cues_share_the_subject() {
    let got = items(
        "The judge ruled against the firm, writing that it had offered no evidence.",
        &Config::default(),
    );
    assert!(
        got.iter().any(|g| g.1.as_deref() == Some("The judge")
            && g.2 == "writing"
            && g.3 == "it had offered no evidence"),
        "{got:?}"
    );
    let got = items(
        "For starters, and assuming that the rules hold, we would know more.",
        &Config::default(),
    );
    assert!(
        got.iter().all(|g| g.1.as_deref() != Some("starters")),
        "{got:?}"
    );
}

/// "offered no evidence", "proposed nothing": a negated object is no proposal.
#[test]
fn a_negated_object_is_no_proposal() {
    for input in [
        "The company offered no evidence for the claim.",
        "The minister proposed nothing new.",
    ] {
        let got = items(input, &Config::default());
        assert!(
            got.iter().all(|g| !g.0.starts_with("proposal/")),
            "{input}: {got:?}"
        );
    }
    let got = items("The company offered a refund.", &Config::default());
    assert!(got.iter().any(|g| g.0.starts_with("proposal/")), "{got:?}");
}

/// Coordinated sources of different actors are one item each ("both X and Y" too); a
/// source that names one actor stays whole.
#[test]
fn coordinated_sources_give_one_item_each() {
    let got = items(
        "Orbis Semiconductor and Lumetra Systems said the merger was off.",
        &Config::default(),
    );
    let sources: Vec<_> = got.iter().filter_map(|g| g.1.as_deref()).collect();
    assert_eq!(
        sources,
        ["Orbis Semiconductor", "Lumetra Systems"],
        "{got:?}"
    );
    let got = items(
        "Both Ines Marsh and Tom Hale denied the report.",
        &Config::default(),
    );
    assert_eq!(got.len(), 2, "{got:?}");
    let got = items(
        "The Securities and Exchange Commission said the filing was late.",
        &Config::default(),
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

/// Past an adverbial of the cue's own, a subordinate clause after the comma is the
/// cue's adverbial: the content ends before the source.
#[test]
fn a_trailing_adverbial_clause_is_no_content() {
    let got = items(
        "The deal is off, the two companies said on Friday, after regulators objected.",
        &Config::default(),
    );
    assert!(got.iter().any(|g| g.3 == "The deal is off"), "{got:?}");
    let got = items(
        "Lenox was a juggernaut, Tom Hale said, until it went bankrupt in 1999.",
        &Config::default(),
    );
    assert!(
        got.iter().any(|g| g.3.ends_with("bankrupt in 1999")),
        "{got:?}"
    );
}

/// "the two companies said": one item for each of the last two companies named, the
/// source as written on both.
#[test]
fn the_two_companies_are_the_last_two_named() {
    let text = "Northwind Energy Ltd. agreed to merge with Caledon Power Ltd., the two \
                companies said on Monday.";
    let doc = crate::extract(text, &Config::default());
    let said: Vec<_> = doc
        .attributions
        .iter()
        .filter(|a| a.cue == "said")
        .map(|a| (a.source.clone(), a.source_text.clone()))
        .collect();
    let names: Vec<Option<String>> = said.iter().map(|s| s.0.clone()).collect();
    assert_eq!(
        names,
        [
            Some("northwind-energy".to_string()),
            Some("caledon-power".to_string())
        ],
        "{said:?}"
    );
    assert!(
        said.iter()
            .all(|s| s.1.as_deref() == Some("the two companies")),
        "{said:?}"
    );
}

/// A negated or passive proposal verb puts nothing forward; an auxiliary before a bare
/// form ("would offer") or a plural subject before "plan to" makes it a verb.
#[test]
fn negated_and_passive_proposal_verbs() {
    for input in [
        "The promoter said it had never sought penalties from the singer.",
        "The club did not offer a new contract.",
        "Forty applicants were offered places despite low marks.",
        "The forecast is called for.",
        "He denied that the company was planning to replace checkout staff.",
        "Mercer, who is seeking a third term, spoke first.",
        // A noun cue is never a verb; a bill is a proposal only when introduced.
        "Households were paying some of the highest electricity bills in the country.",
        "She paid her electricity bill on time.",
        // Asked for comment, wanting a thing: no course of action.
        "When asked for comment, the firm said nothing new.",
        "The delegation had only asked for more time to study the text.",
        "She wants the best for her family.",
        // A noun after a preposition with no owner.
        "The rules stop apps telling users about cheaper subscription offers available elsewhere.",
        // A guess at a proposal is none.
        "He suggested that regulators might ask for longer follow-up before approval.",
        // No plans.
        "A spokeswoman said there were no current plans to change the labelling.",
        "The firm has no plans to sell the unit.",
        // A verb put aside; an urging of nothing to do.
        "He stopped short of promising to lift the wage cap.",
        "The board met without offering a date for the vote.",
        "The minister urged caution over the figures.",
        "Customers are bringing forward orders for new machines.",
        // A proposal in a condition is put forward by no one.
        "If rival bidders made offers of their own, the board would reconsider.",
        "As promised, the report was published on Friday.",
        // A participle before a noun modifies it; a relative clause is no participle.
        "Workers want a guaranteed income for carers.",
        "The club wants a striker who scored 20 goals last season.",
        // A "to" before a determiner is a preposition; a plan's fate is no content.
        "The chief has not put the council's plan to a public vote.",
        "The Labour Party's proposal would need the support of two other parties.",
        // After a number a cue is a noun or its modifier; what a thing offers it
        // provides.
        "Lawyers filed at least two proposed class-action lawsuits against the bank.",
        "She turned down two earlier offers because the price was too low.",
        "The programme, which offers free meals to pupils, began in 2019.",
        // Wanting to know, hear or be is no course of action.
        "The senator said he wanted to hear more before the vote.",
        "Investors want to know whether the bug is fixed.",
    ] {
        let got = items(input, &Config::default());
        assert!(
            got.iter().all(|g| !g.0.starts_with("proposal/")),
            "{input}: {got:?}"
        );
    }
    // A preposition opens no object: "offers" here is a noun, offers from someone.
    let got = items(
        "Two developers received investment offers from companies abroad.",
        &Config::default(),
    );
    assert!(got.iter().all(|g| g.0 != "proposal/verb/object"), "{got:?}");
    for (input, proposer, content) in [
        (
            "He said the authority would offer a discount to early bookers.",
            "the authority",
            "a discount to early bookers",
        ),
        // Urging someone to act calls for it, as "called on" does.
        (
            "The Hospitals Association urged both sides to resume talks through a mediator.",
            "The Hospitals Association",
            "both sides to resume talks through a mediator",
        ),
        (
            "The fire centre said crews plan to burn scrub overnight.",
            "crews",
            "to burn scrub overnight",
        ),
        (
            "She said the association would push for a ballot measure to repeal the law.",
            "the association",
            "a ballot measure to repeal the law",
        ),
        (
            "He said the government would present a plan next week to extend credit guarantees.",
            "the government",
            "extend credit guarantees",
        ),
        // A noun a verb presents, a modifier between; the participle after it is the
        // proposal's own wording.
        (
            "She has tabled a parliamentary motion calling for new incinerators to be banned near schools.",
            "She",
            "new incinerators to be banned near schools",
        ),
        (
            "The chain said it had drawn up contingency plans to keep stores open.",
            "it",
            "keep stores open",
        ),
        // After an infinitive, a modal opens the main clause; a finite cue after a
        // relative clause ends the content inside it.
        (
            "Mercer, who is seeking new funds for the port, said the Coalition's plan to cut the excise would blow a hole in the budget.",
            "Mercer",
            "new funds for the port",
        ),
        (
            "Mercer said the Coalition's plan to cut the fuel excise would blow a hole in the budget.",
            "the Coalition's",
            "cut the fuel excise",
        ),
        // A coordinated proposal verb after an auxiliary: two proposals, one subject.
        (
            "Ann Vale said the firm aimed to publish findings and would offer the bureau a refund.",
            "the firm",
            "to publish findings",
        ),
        (
            "Ann Vale said the firm aimed to publish findings and would offer the bureau a refund.",
            "the firm",
            "the bureau a refund",
        ),
        // A relative clause's antecedent before a party and state label; a verb
        // coordinated inside the clause; an auxiliary after "and" ends the object.
        (
            "Rep. Ann Vale, D-Calif., who has introduced a bill that would cap rents, said the ruling was wrong.",
            "Rep. Ann Vale",
            "cap rents",
        ),
        (
            "The anger was aimed at President Marcus Ellery, who has attacked her and has called for rates to be cut.",
            "President Marcus Ellery",
            "rates to be cut",
        ),
        (
            "She said her office would seek restitution of the full amount and was examining the case.",
            "her office",
            "restitution of the full amount",
        ),
        // A demand that someone act; a title after a name is a role, no verb.
        (
            "Lok Sabha member Meera Raghunathan said the findings were grave and demanded that the government place all files before Parliament.",
            "Lok Sabha member Meera Raghunathan",
            "the government place all files before Parliament",
        ),
        // Pressing someone to act; a proposal verb after a sentence's noun cue.
        (
            "The pension fund ArbejderPension is pressing the board to appoint an independent risk expert.",
            "The pension fund ArbejderPension",
            "the board to appoint an independent risk expert",
        ),
        (
            "Mr Whitlock said households were paying the highest electricity bills and called for a pause on closures.",
            "Mr Whitlock",
            "a pause on closures",
        ),
        // Wanting someone to act; asking for action; being prepared to act.
        // After a preposition a plan is a noun; "government" before it owns it.
        (
            "Students marched in protest at government plans to raise tuition fees.",
            "government",
            "raise tuition fees",
        ),
        // A proposal verb with no object in a relative clause proposes its antecedent.
        (
            "The minister defended a levy on petrol imports that he proposed last month.",
            "he",
            "a levy on petrol imports",
        ),
        // Lobbying for a course of action calls for it; an adverb may stand before
        // the particle.
        (
            "The chief executive has lobbied publicly for the government to lower the stamp duty.",
            "The chief executive",
            "the government to lower the stamp duty",
        ),
        (
            "The union pushed hard for a ballot on the offer.",
            "The union",
            "a ballot on the offer",
        ),
        // A plan being prepared is presented.
        (
            "The club is preparing a plan to sell the ground.",
            "The club",
            "sell the ground",
        ),
        // A verb coordinated after "and" presents the clause subject's offer, said with
        // its "of" complement.
        (
            "Redbridge have agreed terms with the striker and are preparing an improved offer of about £70m.",
            "Redbridge",
            "an improved offer of about £70m",
        ),
        (
            "The group wants ministers to cap bonuses at firms that pollute.",
            "The group",
            "ministers to cap bonuses at firms that pollute",
        ),
        (
            "The Climate Action Alliance wants the Government to lift the 2035 target.",
            "The Climate Action Alliance",
            "the Government to lift the 2035 target",
        ),
        (
            "The council said heat could cut output, and it asked for drought support to be expanded.",
            "it",
            "drought support to be expanded",
        ),
        (
            "Lavoie said the government was prepared to fund an independent review.",
            "the government",
            "to fund an independent review",
        ),
        // Wanting, promising and pledging to act; a bill introduced.
        (
            "Developer Corvane Group wants to build 410 flats on the old depot site.",
            "Developer Corvane Group",
            "to build 410 flats on the old depot site",
        ),
        (
            "Moyo has promised to freeze council tax for a year.",
            "Moyo",
            "to freeze council tax for a year",
        ),
        (
            "Rep. Ann Vale said she would introduce a bill to cap rents.",
            "she",
            "cap rents",
        ),
        // A report's second that-clause ends the object recommended; a finite cue after
        // a long relative clause ends the plan called for inside it.
        (
            "The paper reported that staff lawyers had recommended a challenge, and that the chair agreed.",
            "staff lawyers",
            "a challenge",
        ),
        // An owner's offer with a modifier between and its "of" complement; the
        // owner of the plan "Under" opens.
        (
            "The union said the board's revised offer of 2% a year was an insult.",
            "the board's",
            "2% a year",
        ),
        (
            "The council backed a new budget. Under the mayor's plan, bus fares would be frozen for two years.",
            "the mayor's",
            "bus fares would be frozen for two years",
        ),
        // Bringing forward legislation and drafting a proposal present them.
        (
            "The minister said she would bring forward legislation to cap letting fees.",
            "she",
            "cap letting fees",
        ),
        (
            "The treasury has drafted a proposal to raise the fuel duty.",
            "The treasury",
            "raise the fuel duty",
        ),
        // A promise with an object.
        (
            "The developer has promised 150 affordable homes on the site.",
            "The developer",
            "150 affordable homes on the site",
        ),
        // Wanting something done: a past participle after a short object.
        (
            "Several patient groups want the screening rules changed.",
            "Several patient groups",
            "the screening rules changed",
        ),
        (
            "The federation wants a share of the new levy reserved for small clubs.",
            "The federation",
            "a share of the new levy reserved for small clubs",
        ),
        // A plan's object after its determiner.
        (
            "The drivers' union plans a series of weekend strikes at the depots.",
            "The drivers' union",
            "a series of weekend strikes at the depots",
        ),
        // A group led by someone proposes as the group.
        (
            "A coalition of tenant groups led by the Housing Action Network has called for a freeze on rents.",
            "A coalition of tenant groups",
            "a freeze on rents",
        ),
        // A verb coordinated inside a reported clause is the clause subject's, not the
        // speaker's; past an object a proposal cue takes, and past a noun inside the
        // first proposal's content.
        (
            "The minister said the agency would publish its figures in June and intends to close two regional offices.",
            "the agency",
            "to close two regional offices",
        ),
        (
            "He said the council had asked the state for emergency funds and was planning to open a shelter downtown.",
            "the council",
            "to open a shelter downtown",
        ),
        (
            "The union plans to introduce a motion next week to halt the merger and has called for a review of the pension fund.",
            "The union",
            "a review of the pension fund",
        ),
        (
            "The Coalition for Police Accountability, which has long called for an independent civilian oversight board with subpoena power, said the audit showed failures.",
            "The Coalition for Police Accountability",
            "an independent civilian oversight board with subpoena power",
        ),
    ] {
        let got = items(input, &Config::default());
        assert!(
            got.iter().any(|g| g.0.starts_with("proposal/")
                && g.1.as_deref() == Some(proposer)
                && g.3 == content),
            "{input}: {got:?}"
        );
    }
}

/// Whom a report cites is its source, no content; "false claims" is a noun.
#[test]
fn cited_sources_and_modified_nouns_are_no_cues() {
    for (input, cue) in [
        // A call after a determiner and a noun is the noun.
        (
            "He told analysts on a conference call that the firm had enough cash.",
            "call",
        ),
        (
            "The Telegraph reported the result, citing people familiar with the case.",
            "citing",
        ),
        (
            "The newspaper reported the cut, citing a copy of the audit.",
            "citing",
        ),
        // A draft, a report or emails cited are evidence, no words.
        (
            "The plan was reported by the newspaper El Norte, which cited a draft of the agreement.",
            "cited",
        ),
        // What a report cites before its "that" is its evidence.
        (
            "The Harbour Gazette reported, citing internal emails, that the berths would close.",
            "citing",
        ),
        (
            "The Tribune reported that the inquiry had widened, citing two people with knowledge of the request.",
            "citing",
        ),
        // Whatever a report cites is its grounds ("citing two ministers", "citing the
        // weak timber market").
        (
            "The Ledger reported that the mill would close in May, citing the weak timber market.",
            "citing",
        ),
        (
            "She sued, saying the site published false claims that she faked an illness.",
            "claims",
        ),
        // After a plain "-ed" word, an adjective's or a verb's, an "-s" form is a noun.
        (
            "The senator called for a dedicated claims tribunal for the coast.",
            "claims",
        ),
        (
            "The regulator said most of the cases involved disputes over unpaid wages.",
            "disputes",
        ),
        // A presented plan is a proposal ("announced plans"), no claim ("announced").
        (
            "The two leaders also announced plans to set up a minerals fund.",
            "announced",
        ),
        // A participle after a plain noun before a preposition reduces a passive.
        (
            "She argued that a banned steroid found in her sample came from supplements.",
            "found",
        ),
        // After a quote, a relative clause's cue and a noun summing the quote up take
        // no speaker of it.
        (
            "He said only that “all options are on the table.” But two aides, who spoke on condition of anonymity, said the deal was near.",
            "spoke",
        ),
        (
            "She shot back that the Forum was “a think tank with a sticker on it,” a characterization the group rejected.",
            "rejected",
        ),
    ] {
        let got = items(input, &Config::default());
        assert!(!got.is_empty(), "{input}: the other cue is found");
        assert!(got.iter().all(|g| g.2 != cue), "{input}: {got:?}");
    }
    // What a report cites that is no source is its content.
    let got = items(
        "The court ruled, citing a threat to public health.",
        &Config::default(),
    );
    assert!(got.iter().any(|g| g.2 == "citing"), "{got:?}");
}

/// An appositive after a passive's agent is no second agent, though it holds "and";
/// a relative "who" after it is the agent's.
#[test]
fn an_appositive_with_and_after_a_passive_agent() {
    let input = "The move was criticised by Lord Pemberton of Ashby, a Conservative peer and \
                 former culture minister, who said it set \"a dangerous precedent\".";
    let doc = crate::extract(input, &Config::default());
    let passives: Vec<_> = doc
        .attributions
        .iter()
        .filter(|a| a.rule == "attribution/passive/by")
        .collect();
    assert_eq!(passives.len(), 1, "{passives:?}");
    let who = doc
        .attributions
        .iter()
        .find(|a| a.source_text.as_deref() == Some("who"));
    let actor = who.and_then(|a| a.source.as_ref());
    let name = actor.and_then(|id| doc.actors.iter().find(|x| &x.id == id));
    assert_eq!(name.map(|x| x.name.as_str()), Some("Pemberton of Ashby"));
}

/// A role before the name it introduces is the subject's, no content before a cue.
#[test]
fn a_role_before_a_named_subject_is_no_content() {
    let got = items(
        "The federation’s vice-president, Marco Tello, who took over on Tuesday, rejected that demand.",
        &Config::default(),
    );
    assert!(
        got.iter().all(|g| !g.3.starts_with("The federation")),
        "{got:?}"
    );
}

/// Single quote marks are an article's quote marks where it writes no double ones.
#[test]
fn single_quote_marks_in_an_article_without_double_ones() {
    let text = "'We were told fees would be frozen,' said Amara Okonjo, president of the \
                Students' Alliance. 'That promise has lasted eighteen months.'";
    let got = items(text, &Config::default());
    let direct: Vec<(&str, &str)> = got
        .iter()
        .filter(|g| g.0.starts_with("attribution/direct/"))
        .map(|g| (g.1.as_deref().unwrap_or(""), g.3.as_str()))
        .collect();
    assert_eq!(
        direct,
        [
            (
                "Amara Okonjo, president of the Students' Alliance",
                "We were told fees would be frozen"
            ),
            (
                "Amara Okonjo, president of the Students' Alliance",
                "That promise has lasted eighteen months"
            ),
        ],
        "{got:?}"
    );
    // A plural's genitive mark inside the quote closes nothing.
    let got = items(
        "'The Students' Alliance will fight on,' she said.",
        &Config::default(),
    );
    assert!(
        got.iter().any(|g| g.0.starts_with("attribution/direct/")
            && g.3 == "The Students' Alliance will fight on"),
        "{got:?}"
    );
    // With double marks in the article, single ones are nested quotes or apostrophes;
    // a lone mark with no pair quotes nothing.
    for text in [
        "\"She called it 'a disgrace',\" said Ann Vale. 'It was unfair,' said Tom Roe.",
        "The workers' union said 'it was unfair.",
    ] {
        let got = items(text, &Config::default());
        let single = |g: &&(String, Option<String>, String, String)| {
            g.0.starts_with("attribution/direct/")
                && (g.3.starts_with("a disgrace")
                    || g.3.to_lowercase().starts_with("it was unfair"))
        };
        assert!(!got.iter().any(|g| single(&g)), "{text}: {got:?}");
    }
}

/// "the statement said" is the issuer's, where one made a statement just before; a
/// relative named by whose they are is no one's mouthpiece.
#[test]
fn a_statement_speaks_for_its_issuer_and_kin_for_themselves() {
    let source_of = |input: &str, content: &str| {
        let doc = crate::extract(input, &Config::default());
        let a = doc.attributions.iter().find(|a| a.content == content);
        let id = a.and_then(|a| a.source.clone());
        id.and_then(|id| doc.actors.iter().find(|x| x.id == id))
            .map(|x| x.name.clone())
    };
    let input = "Mayor Ann Vale said in a statement that she had asked for a review. \
                 “I want the facts before I want a fight,” the statement said.";
    assert_eq!(
        source_of(input, "I want the facts before I want a fight").as_deref(),
        Some("Ann Vale")
    );
    let input = "Tom Roe died in March. In a statement, Roe's family said he had been saving \
                 to study. “Nothing brings him home,” the statement said.";
    assert_eq!(source_of(input, "he had been saving to study"), None);
    assert_eq!(source_of(input, "Nothing brings him home"), None);
}

/// The source's actor is the name an appositive introduces, also when a preposition
/// places the name ("Marisol Vega of the Housing Justice Center").
#[test]
fn an_introduced_name_is_the_source() {
    for text in [
        "Their former employer, Calder Asset Management, said the claims were false.",
        "Their lead attorney, Marisol Vega of the Housing Justice Center, called the ruling \
         a victory.",
        // A name's own "of" between capitalised words.
        "A smaller group, the Forum of Independent Judges, said the vetting was rushed.",
    ] {
        let doc = crate::extract(text, &Config::default());
        let a = &doc.attributions[0];
        let source = doc.actors.iter().find(|x| Some(&x.id) == a.source.as_ref());
        let name = source.map(|x| x.name.as_str());
        assert!(
            matches!(
                name,
                Some("Calder Asset Management" | "Marisol Vega" | "Forum of Independent Judges")
            ),
            "{text}: {name:?}"
        );
    }
}

/// "said X, 52, a domestic worker who said Y": the inverted speaker's description
/// ends before the relative pronoun, and the relative clause's own attribution is X's.
#[test]
fn a_relative_clause_after_an_apposed_description_is_the_names() {
    let text = "\"We pay for water we never see,\" said Nomsa Dlamini, 52, a domestic worker \
                who said she had waited four hours.";
    let doc = crate::extract(text, &Config::default());
    let got: Vec<(Option<&str>, Option<&str>)> = doc
        .attributions
        .iter()
        .map(|a| {
            let actor = doc.actors.iter().find(|x| Some(&x.id) == a.source.as_ref());
            (a.source_text.as_deref(), actor.map(|x| x.name.as_str()))
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                Some("Nomsa Dlamini, 52, a domestic worker"),
                Some("Nomsa Dlamini")
            ),
            (Some("who"), Some("Nomsa Dlamini")),
        ]
    );
}

/// "show" with a quoted phrase for object is an attribution of evidence only: what
/// the audit showed is reported, what sales segments showed is the analyst's words.
#[test]
fn only_evidence_shows_a_quote() {
    let cues = |text: &str| -> Vec<String> {
        items(text, &Config::default())
            .into_iter()
            .map(|(_, _, cue, _)| cue)
            .collect()
    };
    let text = "Reyes said the segments, which account for a third of sales, showed “no sign \
                of a bottom yet”.";
    assert_eq!(cues(text), ["said"]);
    // The relative clause is inside the content, and so is the verb after it.
    let got = items(text, &Config::default());
    assert_eq!(
        got[0].3,
        "the segments, which account for a third of sales, showed “no sign of a bottom yet”"
    );
    assert!(
        cues("The union said the audit showed “a department that cannot police itself”.")
            .contains(&"showed".to_string())
    );
}

/// "one of them said": a share of a group speaks for the group's actor.
#[test]
fn a_share_of_a_group_is_the_groups() {
    let text = "According to two government sources, talks have stalled, though one of them \
                said no offer had been made.";
    let doc = crate::extract(text, &Config::default());
    let a = doc
        .attributions
        .iter()
        .find(|a| a.cue == "said")
        .expect("the said attribution");
    let actor = doc.actors.iter().find(|x| Some(&x.id) == a.source.as_ref());
    assert_eq!(
        actor.map(|x| x.name.as_str()),
        Some("two government sources")
    );
    assert_eq!(a.source_text.as_deref(), Some("one of them"));
}

/// "three people familiar with the matter said … one of the people said … the person
/// added": the unnamed source named before, but not "the people of Lagos".
#[test]
fn the_people_are_the_unnamed_source_before() {
    let text = "The regulator raided the offices of Tamlin Foods on Monday, three people \
                familiar with the matter said. Inspectors took away documents, one of the \
                people said. More raids are planned, the person added. The people of \
                Lagos, the residents said, were angry.";
    let doc = crate::extract(text, &Config::default());
    let name = |cue: &str| {
        let a = doc.attributions.iter().find(|a| a.cue == cue)?;
        let x = doc
            .actors
            .iter()
            .find(|x| Some(&x.id) == a.source.as_ref())?;
        Some(x.name.clone())
    };
    let group = Some("three people familiar with the matter".to_string());
    assert_eq!(name("said"), group);
    assert_eq!(name("added"), group);
    let shares: Vec<_> = doc
        .attributions
        .iter()
        .filter(|a| a.source_text.as_deref() == Some("one of the people"))
        .collect();
    assert_eq!(shares.len(), 1);
    assert_eq!(shares[0].source, doc.attributions[0].source);
    let group = doc
        .actors
        .iter()
        .find(|x| x.name.starts_with("three people"));
    let mentions: Vec<_> = group
        .iter()
        .flat_map(|g| &g.mentions)
        .map(|m| m.text.as_str())
        .collect();
    assert!(!mentions.contains(&"The people"), "{mentions:?}");
}
/// A request made ("asked reporters to leave") puts nothing forward; one still to be
/// made ("would ask the council to approve the levy") does.
#[test]
fn only_a_request_to_come_is_a_proposal() {
    let proposals = |text: &str| crate::extract(text, &Config::default()).proposals.len();
    assert_eq!(
        proposals("The officer asked reporters to leave the room."),
        0
    );
    assert_eq!(
        proposals("The mayor will ask the council to approve the levy."),
        1
    );
}

/// The contents of every item found in `text`, in order.
fn content(text: &str) -> Vec<String> {
    items(text, &Config::default())
        .into_iter()
        .map(|(_, _, _, content)| content)
        .collect()
}

/// A bare object of a speech cue ends before the medium of the words ("in an
/// interview", "in an email"); a clause keeps its own adverbials.
#[test]
fn a_speech_cues_object_ends_before_its_medium() {
    assert_eq!(
        content("The harbour master likened the new levy to a toll in an interview on Monday."),
        ["the new levy to a toll"]
    );
    assert_eq!(
        content("Deputy mayor Ines Varga said as much in an email to council staff."),
        ["as much"]
    );
    // A clause: its subject and auxiliary keep the adverbial in it.
    assert_eq!(
        content("Varga said officials are in possession of a video of the crash."),
        ["officials are in possession of a video of the crash"]
    );
}

/// A stance cue's one-word object ends before its medium, a plural medium too
/// ("in late-night tweets").
#[test]
fn a_one_word_object_ends_before_a_plural_medium() {
    assert_eq!(
        content("Senator Ann Lee attacked Okafor in late-night tweets."),
        ["Okafor"]
    );
    assert_eq!(
        content("Senator Ann Lee attacked the mayor in television interviews."),
        ["the mayor"]
    );
}

/// "Y, said X" turns round only after a finite verb of saying right after the comma:
/// not a verb with an object only, a participle, a cue after an auxiliary, nor
/// before a bare singular noun.
#[test]
fn only_a_verb_of_saying_turns_round_to_its_speaker() {
    let sources = |text: &str| -> Vec<Option<String>> {
        items(text, &Config::default())
            .into_iter()
            .filter(|(rule, ..)| rule.starts_with("attribution/"))
            .map(|(_, source, ..)| source)
            .collect()
    };
    let text = "Ana Ruiz, speaking after the mayor at the forum, cited problems in the \
                Middle East, China and elsewhere that she blamed on the council.";
    assert!(!sources(text).contains(&Some("problems in the Middle East".to_string())));
    let text = "Dock owners, including the Harbour Guild, have urged Parliament to keep \
                the levy, although they want changes.";
    assert!(!sources(text).contains(&Some("Parliament to keep the levy".to_string())));
    let text = "Critics of the levy, including the mayor, have warned Parliament.";
    assert!(sources(text).is_empty());
    let text = "Within a year the two mills, Ferro and Alcor, declared insolvency.";
    assert!(!sources(text).contains(&Some("insolvency".to_string())));
    let text = "Tell them three jokes and a story, adding levity.";
    assert!(!sources(text).contains(&Some("levity".to_string())));
    // A verb of saying still turns round.
    let text = "The levy will be cut next spring, said Ana Ruiz.";
    assert_eq!(sources(text), [Some("Ana Ruiz".to_string())]);
}

/// "But when the council cut the grant, the guild said enough": an adverbial clause
/// before the cue is no content; a clause with a main clause after it still is.
#[test]
fn an_adverbial_clause_before_the_cue_is_no_content() {
    let contents = |text: &str| -> Vec<String> {
        items(text, &Config::default())
            .into_iter()
            .filter(|(rule, ..)| rule == "attribution/indirect/content-then-cue")
            .map(|(_, _, _, content)| content)
            .collect()
    };
    assert!(
        contents("But when the council cut the grant two years later, the guild said enough.")
            .is_empty()
    );
    assert_eq!(
        contents("Although the levy is high, the port will survive, the guild said."),
        ["Although the levy is high, the port will survive"]
    );
}

/// "According to X, “A. B.”": a content opening a quote that runs past its sentence
/// is the whole quote, without its marks; a quote closing inside the clause is part
/// of a longer content.
#[test]
fn according_to_takes_the_whole_quote_after_it() {
    let content = |text: &str| -> Vec<String> {
        items(text, &Config::default())
            .into_iter()
            .filter(|(rule, ..)| rule.starts_with("attribution/according-to"))
            .map(|(_, _, _, content)| content)
            .collect()
    };
    assert_eq!(
        content(
            "According to Marta Ortiz, “We will not sign this. The offer is an insult to \
             every member.”"
        ),
        ["We will not sign this. The offer is an insult to every member"]
    );
    assert_eq!(
        content("According to Marta Ortiz, “the offer” is an insult to every member."),
        ["“the offer” is an insult to every member"]
    );
}

/// "Y, X said, Z, although W": the content around a parenthetical cue ends before a
/// subordinate clause set off by a comma, as a that-clause does.
#[test]
fn a_parenthetical_cues_content_ends_before_a_subordinate_clause() {
    assert_eq!(
        content("The levy, Ana Ruiz said, was the highest yet, although it may take days to tell."),
        ["The levy, Ana Ruiz said, was the highest yet"]
    );
    assert_eq!(
        content("The levy, Ana Ruiz said, was the highest yet, including fees."),
        ["The levy, Ana Ruiz said, was the highest yet, including fees"]
    );
}

/// "by telling them that Y": a gerund cue with a pronoun addressee before "that"
/// reports its clause's subject, as "by announcing that Y" does.
#[test]
fn a_gerund_cue_may_have_its_addressee_before_that() {
    let got = items(
        "Mayor Ann Lee courted the dockers by telling them that their wages would rise.",
        &Config::default(),
    );
    assert!(got.iter().any(
        |(rule, source, cue, content)| rule.starts_with("attribution/")
            && source.as_deref() == Some("Mayor Ann Lee")
            && cue == "telling"
            && content == "their wages would rise"
    ));
}

/// A capitalised label before a colon is a transcript speaker only in a dialogue:
/// an article's opening dateline ("LISBON: …") or a lone note is no speaker.
#[test]
fn a_dateline_is_no_transcript_speaker() {
    let transcript = |text: &str| -> Vec<Option<String>> {
        items(text, &Config::default())
            .into_iter()
            .filter(|(rule, ..)| rule == "attribution/direct/transcript")
            .map(|(_, source, ..)| source)
            .collect()
    };
    assert!(transcript(
        "LISBON: The port authority has ordered a review of its crane contracts.\n\n\
         The review will take three months."
    )
    .is_empty());
    assert!(transcript(
        "CAPE TOWN: The ferry operator has cancelled all crossings.\n\n\
         Passengers were offered refunds."
    )
    .is_empty());
    assert_eq!(
        transcript(
            "The interview is below.\n\nREPORTER: Will the ferries run tomorrow?\n\n\
             DIRECTOR: Only the morning crossing will run."
        ),
        [Some("REPORTER".to_string()), Some("DIRECTOR".to_string())]
    );
}

/// "…, said the charity's policy head, Dr. Ruth Vale.": after an inverted cue, a
/// description and the name it introduces, a title's period inside it; the actor is
/// the name.
#[test]
fn an_inverted_description_takes_the_name_after_it() {
    for text in [
        "\"The river is dying,\" said the trust's chief scientist, Dr. Ruth Vale.",
        "The river is dying, said the trust's chief scientist, Dr. Ruth Vale.",
        "\"The river is dying,\" said the trust's chief scientist, Ruth Vale.",
    ] {
        let doc = crate::extract(text, &Config::default());
        let a = doc.attributions.first();
        let name = a
            .and_then(|a| doc.actors.iter().find(|x| Some(&x.id) == a.source.as_ref()))
            .map(|x| x.name.as_str());
        assert_eq!(name, Some("Ruth Vale"), "{text}: {:?}", doc.attributions);
    }
}

/// "According to figures compiled by X, Y": the maker of the data or document after
/// "by" is the source; who merely read it is not ("seen by").
#[test]
fn according_to_a_documents_maker_is_its_source() {
    let sources = |text: &str| -> Vec<Option<String>> {
        items(text, &Config::default())
            .into_iter()
            .filter(|(rule, ..)| rule.starts_with("attribution/according-to"))
            .map(|(_, source, ..)| source)
            .collect()
    };
    assert_eq!(
        sources("According to figures compiled by the Harbour Board, freight fell 8 per cent."),
        [Some("the Harbour Board".to_string())]
    );
    assert_eq!(
        sources(
            "Freight fell 8 per cent, according to a survey released on Monday by Tallow Research."
        ),
        [Some("Tallow Research".to_string())]
    );
    assert_eq!(
        sources("According to a memo seen by the Ledger, freight fell 8 per cent."),
        [Some("a memo seen by the Ledger".to_string())]
    );
}

/// "according to Dr. Okafor": an abbreviation's period inside the source is no full
/// stop, so the source runs past it to the name.
#[test]
fn according_to_runs_past_an_abbreviations_period() {
    let sources = |text: &str| -> Vec<Option<String>> {
        items(text, &Config::default())
            .into_iter()
            .filter(|(rule, ..)| rule.starts_with("attribution/according-to"))
            .map(|(_, source, ..)| source)
            .collect()
    };
    assert_eq!(
        sources("The clinic will close in May, according to Dr. Amara Okafor."),
        [Some("Dr. Amara Okafor".to_string())]
    );
    assert_eq!(
        sources("Output fell by a third, according to Brindle Mills Ltd. executives."),
        [Some("Brindle Mills Ltd. executives".to_string())]
    );
}

/// "find" with a plain noun phrase discovers a thing and reports nothing; a clause
/// after it, "that", a quote or a study as its subject make it a finding.
#[test]
fn finding_a_thing_is_no_claim() {
    let found = |text: &str| -> Vec<String> {
        items(text, &Config::default())
            .into_iter()
            .filter(|(rule, _, cue, _)| rule.starts_with("attribution/") && cue == "found")
            .map(|(_, _, _, content)| content)
            .collect()
    };
    for text in [
        "Engineers checking the bridge found rust and loose bolts that could weaken the deck.",
        "Divers had found debris on the riverbed near the pier.",
        "The crew found ways to reach the stranded hikers.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    for (text, want) in [
        (
            "The review found the council had overspent by $4 million.",
            "the council had overspent by $4 million",
        ),
        (
            "The ombudsman found that staff ignored complaints.",
            "staff ignored complaints",
        ),
        (
            "A 2019 study found 40 cases of fraud in the scheme.",
            "40 cases of fraud in the scheme",
        ),
        (
            "The regulator found \"serious failings\" in the bank's controls.",
            "\"serious failings\" in the bank's controls",
        ),
        (
            "Auditors found no sign of fraud in the accounts.",
            "no sign of fraud in the accounts",
        ),
    ] {
        assert_eq!(found(text), [want], "{text}");
    }
}

/// "The guild estimates the closure will cost 300 jobs": "estimate" with a clause as
/// its object reports it without "that"; the noun ("Estimates suggest …", "the
/// estimates were revised") and a plain object ("estimates the cost at …") are none.
#[test]
fn an_estimated_clause_is_reported() {
    let estimated = |text: &str| -> Vec<String> {
        items(text, &Config::default())
            .into_iter()
            .filter(|(rule, _, cue, _)| {
                rule.starts_with("attribution/") && cue.starts_with("estimate")
            })
            .map(|(_, _, _, content)| content)
            .collect()
    };
    assert_eq!(
        estimated("The ferry guild estimates the closure will cost 300 jobs."),
        ["the closure will cost 300 jobs"]
    );
    for text in [
        "Estimates suggest the closure will cost 300 jobs.",
        "The guild's estimates were revised in May.",
        "The guild estimates the cost at $4 million.",
    ] {
        assert!(estimated(text).is_empty(), "{text}: {:?}", estimated(text));
    }
}

/// "replying to a question", "responded to the letter": what "to" opens is what is
/// answered, no content; "by saying" with a clause of its own, without "that", still
/// reports for the clause's subject.
#[test]
fn what_a_reply_answers_is_no_content() {
    for text in [
        "The harbour master, replying to a letter from residents on Monday, said the pier would reopen.",
        "The council responded to the petition within a week.",
    ] {
        let got = items(text, &Config::default());
        assert!(
            got.iter().all(|(_, _, cue, _)| !cue.starts_with("repl") && !cue.starts_with("respond")),
            "{text}: {got:?}"
        );
    }
    let got = items(
        "Mayor Ann Lee answered her critics by saying the pier would reopen in May.",
        &Config::default(),
    );
    assert!(got.iter().any(|(_, source, cue, content)| cue == "saying"
        && source.as_deref() == Some("Mayor Ann Lee")
        && content == "the pier would reopen in May"));
    // A gerund with a plain object says nothing.
    let got = items(
        "The mayor closed the meeting by saying goodbye to the staff.",
        &Config::default(),
    );
    assert!(got.iter().all(|(_, _, cue, _)| cue != "saying"), "{got:?}");
}

/// "a trend analysts describe as …": in a relative clause without "that" after an
/// indefinite singular noun, the plural after the noun is the source, not the noun.
#[test]
fn a_reduced_relative_clause_has_its_own_subject() {
    let got = items(
        "Rents rose for a third year, a trend planners describe as \"slow-motion flight\".",
        &Config::default(),
    );
    let sources: Vec<_> = got
        .iter()
        .filter(|(_, _, cue, _)| cue == "describe")
        .map(|(_, source, ..)| source.clone())
        .collect();
    assert_eq!(sources, [Some("planners".to_string())], "{got:?}");
}

/// "said she was angry and had written to …": "and" with a backshifted auxiliary
/// goes on with the reported clause; the speaker's own next verb ends it.
#[test]
fn a_backshifted_verb_after_and_continues_the_reported_clause() {
    let said = |text: &str| -> Vec<String> {
        items(text, &Config::default())
            .into_iter()
            .filter(|(rule, _, cue, _)| rule.starts_with("attribution/") && cue == "said")
            .map(|(_, _, _, content)| content)
            .collect()
    };
    assert_eq!(
        said("The harbour master said she was \"appalled\" and had complained to the port board."),
        ["she was \"appalled\" and had complained to the port board"]
    );
    assert_eq!(
        said("The harbour master said the levy was unfair and warned of strikes."),
        ["the levy was unfair"]
    );
}

/// "opened an inquiry after finding that …": the gerund of "find" before a that-clause
/// reports the clause for the main subject.
#[test]
fn a_finding_gerund_reports_its_clause() {
    let got = items(
        "The ombudsman opened an inquiry after finding that the agency had lost 400 files.",
        &Config::default(),
    );
    assert!(
        got.iter().any(
            |(rule, source, cue, content)| rule.starts_with("attribution/")
                && source.as_deref() == Some("The ombudsman")
                && cue == "finding"
                && content == "the agency had lost 400 files"
        ),
        "{got:?}"
    );
}

/// "says the mill is unsafe and wants to replace it": after a cue in the present, a
/// proposal verb in the present is the speaker's own, no part of what is said.
#[test]
fn a_present_proposal_verb_after_and_is_the_speakers() {
    let got = items(
        "The owner says the pier is unsafe and wants to replace it with a marina.",
        &Config::default(),
    );
    let says: Vec<&str> = got
        .iter()
        .filter(|(rule, _, cue, _)| rule.starts_with("attribution/") && cue == "says")
        .map(|(_, _, _, content)| content.as_str())
        .collect();
    assert_eq!(says, ["the pier is unsafe"], "{got:?}");
}

/// "she had been told three things by three case managers": a passive's subject that
/// is a pronoun alone is whom it was said to, no content.
#[test]
fn a_passive_pronoun_subject_is_no_content() {
    let got = items(
        "The tenant said she had been told two different dates by two different agents.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .all(|(rule, _, _, _)| rule != "attribution/passive/by"),
        "{got:?}"
    );
}

/// "roof repairs promised in 2017 were never carried out": a regular participle after a
/// plain noun, before a phrase and the noun's own verb of being, reduces a passive (no
/// attribution, no proposal); "the ministers promised in March that …" has a clause.
#[test]
fn a_reduced_regular_passive_is_no_cue() {
    let promised = |text: &str| -> usize {
        items(text, &Config::default())
            .iter()
            .filter(|(_, _, cue, _)| cue == "promised")
            .count()
    };
    assert_eq!(
        promised("The trust said that bridge repairs promised in 2019 were never done."),
        0
    );
    assert_eq!(
        promised("The trust said the ministers promised in March that the fund would grow."),
        2
    );
}

#[test]
fn a_relative_clause_with_an_auxiliary_is_the_subjects() {
    // The walk back from the cue stops after the clause's auxiliary; the source is
    // the phrase before the pronoun.
    let got = sources(
        "The sister of a cyclist who was struck by a lorry on Friday evening said the \
         junction had been dangerous for years.",
    );
    assert_eq!(got, vec![Some("The sister of a cyclist".to_string())]);
    let got = sources(
        "The charity, which has campaigned on the issue since 2019 said the figures \
         were alarming.",
    );
    assert!(
        got.iter()
            .all(|s| s.as_deref() != Some("campaigned on the issue since 2019")),
        "{got:?}"
    );
}

/// "Y, X told the hearing in Lagos": a phrase with no verb after a told-cue is more
/// of its addressee; the content is the clause before the speaker.
#[test]
fn a_long_addressee_after_the_content_is_no_content() {
    assert_eq!(
        contents("The board will rule by June, the panel's chairman told the hearing in Lagos."),
        ["The board will rule by June"]
    );
}

/// "Name, title at Body, a description of the body, said": the name is the subject,
/// with a bare title as with "an economist at …".
#[test]
fn a_name_before_a_bare_title_and_a_description_is_the_subject() {
    let text = "Ada Okoro, chief analyst at the Harbour Research Institute, a think tank in \
                Accra, said the cuts were overdue.";
    let got = items(text, &Config::default());
    let source = got[0].1.as_deref().unwrap_or_default();
    assert!(source.starts_with("Ada Okoro"), "{got:?}");
}

/// ", suggesting …" right after another attribution's content draws an inference from
/// that content: no words of the speaker's.
#[test]
fn an_inference_after_the_content_is_no_attribution() {
    let got = items(
        "Ms Reyes said sales rose by a third, suggesting the scheme had worked.",
        &Config::default(),
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, "said");
}

/// "A group of 60 marine researchers wrote …, arguing": a count after "of" is inside
/// the subject a later participle shares.
#[test]
fn a_count_inside_a_subject_stays_in_it() {
    let got = sources(
        "A group of 40 senior judges wrote to the minister on Monday, arguing that the \
         bill was unlawful.",
    );
    assert!(
        got.contains(&Some("A group of 40 senior judges".to_string())),
        "{got:?}"
    );
    // ("retired" after a count is an adjective, no verb ending the subject.)
    let got = sources(
        "A group of 40 retired judges wrote to the minister on Monday, arguing that the \
         bill was unlawful.",
    );
    assert!(
        got.contains(&Some("A group of 40 retired judges".to_string())),
        "{got:?}"
    );
}

/// "Y, X said" with a short clause Y (an auxiliary in it, so no role before a name),
/// and with a month before the comma (no list of names running into the speaker's).
#[test]
fn short_clauses_and_dates_before_a_named_speaker() {
    assert_eq!(
        contents("Prices will rise, Tom Reed said."),
        ["Prices will rise"]
    );
    assert_eq!(
        contents("Quotas will be cut from April, Oceans and Fisheries Minister Ana Roe said."),
        ["Quotas will be cut from April"]
    );
}

/// "said A, but that B": a second that-clause of the same cue is the same content, as
/// "A and that B" is; "but that is …" is a new clause.
#[test]
fn a_second_that_clause_after_but_is_the_same_content() {
    assert_eq!(
        contents("Ms Lee said the plan was fair, but that the timing was poor."),
        ["the plan was fair, but that the timing was poor"]
    );
    assert_eq!(
        contents("Ms Lee said the plan was fair, but that is not enough."),
        ["the plan was fair"]
    );
}

/// "Employers found to have denied breaks could be barred": a participle raising a
/// perfect infinitive reduces a passive; neither the finding nor the denial is anyone's
/// report.
#[test]
fn a_raised_participle_reports_nothing() {
    for input in [
        "Employers found to have denied breaks could also be barred from contracts.",
        "Firms found to be hiding losses will be fined.",
    ] {
        assert!(items(input, &Config::default()).is_empty(), "{input}");
    }
}

/// "A hacking group claimed to have stolen data": "claim" keeps its subject; an active
/// claim, not a raised participle.
#[test]
fn claiming_to_have_done_is_a_claim() {
    assert_eq!(
        contents("A hacking group claimed to have stolen the data of 4 million users."),
        ["to have stolen the data of 4 million users"]
    );
}

/// "would announce a fund later this month" is a statement still to come, and "a
/// concession announced last week that allows …" after a preposition a reduced passive:
/// neither reports words.
#[test]
fn future_and_reduced_announcements_report_nothing() {
    for input in [
        "The minister is expected to announce a housing fund later this month.",
        "The board would announce further tenders in due course.",
        "He pointed to a concession announced last week that lets older staff retire early.",
    ] {
        assert!(items(input, &Config::default()).is_empty(), "{input}");
    }
    // A preposition stranded after the cue closes a relative clause.
    let input =
        "Only 412 farms applied, well short of the 1,500 the agency had hoped for, figures show.";
    let got = items(input, &Config::default());
    assert!(got.iter().all(|g| g.2 != "hoped"), "{got:?}");
    // A request still to come is a proposal, no attribution.
    for input in [
        "The union will ask the minister to reverse the decision.",
        "The mayor would urge the council to approve the levy.",
    ] {
        let got = items(input, &Config::default());
        assert!(
            got.iter().all(|g| !g.0.starts_with("attribution")),
            "{input}: {got:?}"
        );
        assert!(
            got.iter().any(|g| g.0.starts_with("proposal")),
            "{input}: {got:?}"
        );
    }
}

/// "…, the companies said in a joint regulatory filing.": plain modifiers between the
/// article and the medium closing the sentence leave the clause before the cue its
/// content.
#[test]
fn a_medium_with_modifiers_ends_a_content_then_cue() {
    let text = "Borlund will pay 41,500 won per share in cash, the companies said in a joint regulatory filing.";
    assert_eq!(
        contents(text),
        ["Borlund will pay 41,500 won per share in cash"]
    );
}

/// `forms::find` passes over nominal cues, possessives and determiners before it looks
/// a word up among the support verbs: none may be one.
#[test]
fn support_verbs_are_no_nouns_or_determiners() {
    for verb in super::forms::SUPPORT_VERBS {
        let entry = crate::lexed::entry_of(verb);
        assert!(
            !entry.noun && entry.flags & super::lex::w::DET == 0,
            "{verb}"
        );
        assert!(!verb.ends_with("'s") && !verb.ends_with("’s"), "{verb}");
    }
}

/// "“…,” Senator Ana Ruiz, who chairs the panel, told the chamber": a quote closing on
/// a comma turns round to its speaker past the speaker's relative clause; a quote
/// closing on its own stop leaves a later relative clause's cue to that clause.
#[test]
fn a_quote_turns_round_past_the_speakers_relative_clause() {
    let text = "“We will not back down,” Senator Ana Ruiz, who chairs the panel, told the chamber.";
    let got = items(text, &Config::default());
    assert!(
        got.iter()
            .any(|g| g.0 == "attribution/direct/quote-then-cue" && g.3 == "We will not back down"),
        "{got:?}"
    );
    let text = "“We will not back down.” But two aides, who spoke on condition of anonymity, said the vote was lost.";
    let got = items(text, &Config::default());
    assert!(
        got.iter()
            .all(|g| g.0 != "attribution/direct/quote-then-cue"),
        "{got:?}"
    );
}

/// "Borlund Steel Co., Ltd. said": a source phrase cut at a comma inside a name is the
/// tail of that name's mention, and the name's actor speaks.
#[test]
fn a_source_cut_inside_a_name_is_that_names_actor() {
    let doc = crate::extract(
        "Borlund Steel Co., Ltd. said on Monday it had agreed to buy a rival.",
        &Config::default(),
    );
    let a = doc.attributions.first().expect("one attribution");
    let source = a
        .source
        .as_ref()
        .and_then(|id| doc.actors.iter().find(|x| &x.id == id))
        .map(|x| x.name.as_str());
    assert_eq!(source, Some("Borlund Steel"), "{:?}", doc.attributions);
}

/// "paying storage charges on grain that could not be loaded": a "that" before an
/// auxiliary is a relative pronoun, no reported clause's opening.
#[test]
fn a_that_before_an_auxiliary_opens_no_content() {
    let text = "Farmers were already paying storage charges on grain that could not be loaded.";
    let got = items(text, &Config::default());
    assert!(got.is_empty(), "{got:?}");
}

/// "a focal point for demonstrators, who have marched and called for …": a cue
/// coordinated inside a relative clause is its antecedent's, not the sentence
/// subject's.
#[test]
fn a_cue_coordinated_in_a_relative_clause_is_the_antecedents() {
    let got = items(
        "The video has become a focal point for demonstrators here, who have taken to the streets and called for footage to be released.",
        &Config::default(),
    );
    assert!(
        got.iter().any(|g| g.0.starts_with("attribution")
            && g.2 == "called for"
            && g.1.as_deref() == Some("demonstrators here")),
        "{got:?}"
    );
}

/// "…, the companies said": a bare "the" before the plural names the last two
/// companies only when this sentence or the one before names them; further back it
/// names no pair.
#[test]
fn the_companies_just_named_are_a_pair() {
    let sources = |text: &str| -> Vec<Option<String>> {
        let mut s: Vec<_> = crate::extract(text, &Config::default())
            .attributions
            .iter()
            .filter(|a| a.cue == "said")
            .map(|a| a.source.clone())
            .collect();
        s.sort();
        s
    };
    let text = "Northwind Energy agreed to buy Caledon Power. Northwind will pay 4 pounds a \
                share, the companies said in a joint filing.";
    assert_eq!(
        sources(text),
        [
            Some("caledon-power".to_string()),
            Some("northwind-energy".to_string())
        ]
    );
    let text = "Northwind Energy agreed to buy Caledon Power. The deal needs approval. \
                Regulators meet in May. Talks went well, the companies said.";
    assert_eq!(sources(text), [None]);
}

/// An article of many hits searches, for each cue, only the hits touching its
/// sentence: each of 80 copies of a paragraph, where shared subjects, quotes already
/// taken, a statement's issuer and a call's longer source are all looked up among
/// the hits around them, gives the paragraph's items alone, as one copy does.
#[test]
fn many_hits_give_each_paragraph_its_own_items() {
    let paragraph = "The Dunmore union said wages were low and called for a raise of ten \
                     percent. “Wages are low. We will not back down,” said Mara Quill, the union's secretary, \
                     who added that talks would resume. Mayor Loretta Guzman said in a \
                     statement that the city would listen. “We hear them,” the statement said. \
                     The U.S. ambassador, Ana Ruiz, said the dispute was local but called for \
                     calm talks. She scolded them: “Enough,” she said.";
    // (Attributions come before proposals: each kind's copies in turn.)
    let kinds = |text: &str| {
        let (a, p): (Vec<_>, Vec<_>) = items(text, &Config::default())
            .into_iter()
            .partition(|(rule, ..)| rule.starts_with("attribution/"));
        [a, p]
    };
    let one = kinds(paragraph);
    assert!(one[0].len() >= 9 && one[1].len() >= 2, "{one:#?}");
    let article = vec![paragraph; 80].join("\n\n");
    for (all, one) in kinds(&article).iter().zip(&one) {
        assert_eq!(all.len(), 80 * one.len());
        for (k, copy) in all.chunks(one.len()).enumerate() {
            assert_eq!(copy, one.as_slice(), "copy {k}");
        }
    }
}

/// "Moody's said", "Sotheby's told": a name in "'s" before a form that is only ever a
/// verb is its subject, not a possessive.
#[test]
fn a_name_in_s_before_said_is_the_source() {
    for (text, source) in [
        ("Moody's said it could cut the rating.", "Moody's"),
        (
            "Ratings agency Moody's said on Monday it could cut the rating.",
            "Ratings agency Moody's",
        ),
        ("Sotheby's told clients it would cut fees.", "Sotheby's"),
    ] {
        assert!(
            sources(text).contains(&Some(source.to_string())),
            "{text}: {:?}",
            items(text, &Config::default())
        );
    }
}

/// "More than 300 homeowners have sued, accusing …": a count's comparison opens the
/// subject.
#[test]
fn more_than_a_count_opens_the_subject() {
    let text = "More than 300 homeowners have filed a suit against the insurer, accusing it \
                of underpaying their claims.";
    assert_eq!(
        sources(text),
        [Some("More than 300 homeowners".to_string())]
    );
}

/// "One of the plaintiffs, retired teacher Ana Ruiz, said": a rank's word ending in
/// "-ed" is no verb; the appositive names the speaker.
#[test]
fn a_retired_rank_is_no_verb_in_an_appositive() {
    let doc = crate::extract(
        "One of the plaintiffs, retired teacher Ana Ruiz, said the offer was too low.",
        &Config::default(),
    );
    let a = &doc.attributions[0];
    assert_eq!(
        a.source_text.as_deref(),
        Some("One of the plaintiffs, retired teacher Ana Ruiz")
    );
    assert_eq!(a.source.as_deref(), Some("ana-ruiz"));
}

/// "pay assessors for claims above C$25,000": a form in "-s" after a preposition is
/// its plural object, no cue.
#[test]
fn a_cue_form_after_a_preposition_is_a_noun() {
    let text = "The minister said insurers must pay assessors for claims above C$25,000.";
    assert_eq!(
        items(text, &Config::default())
            .iter()
            .map(|i| i.2.as_str())
            .collect::<Vec<_>>(),
        ["said"]
    );
}

/// "The shares fell amid reports that …", "rocked by claims that …": a form in "-s"
/// after "amid" or a passive's "by" is a plural noun too, not a verb whose subject
/// runs back to the preposition ("The shares fell amid", "rocked by").
#[test]
fn a_cue_form_after_amid_or_by_is_a_noun() {
    for text in [
        "The shares fell amid reports that the lender had hidden losses.",
        "The council was rocked by claims that its treasurer had lied.",
        "The mayor has long been dogged by charges that he favoured donors.",
    ] {
        assert_eq!(items(text, &Config::default()), [], "{text}");
    }
    assert_eq!(
        sources("The Harbour Ledger reports that the lender had hidden losses."),
        [Some("The Harbour Ledger".to_string())]
    );
}

/// "Prime Minister Rosa May said": a capitalised modal between a capitalised word and
/// a lower-case one is the name's last word; in a capitalised headline it stays a
/// modal.
#[test]
fn a_capitalised_modal_after_a_name_is_the_names_word() {
    assert_eq!(
        sources("Prime Minister Rosa May said the ferry link would reopen."),
        [Some("Prime Minister Rosa May".to_string())]
    );
    assert_eq!(
        sources("Gideon Will told reporters the ferry link would reopen."),
        [Some("Gideon Will".to_string())]
    );
    assert_eq!(
        sources("Harbour Authority May Sell Ferry Link, Sources Say"),
        [Some("Sources".to_string())]
    );
}

/// "Last week the company said", "In March its chief executive said": a time word
/// or a month before a determiner ends the adverbial; the subject opens after it.
#[test]
fn a_time_word_before_a_determiner_is_no_part_of_the_subject() {
    for (text, source) in [
        (
            "Last week the ferry operator said fares would rise.",
            "the ferry operator",
        ),
        (
            "In March its chief executive said fares would rise.",
            "its chief executive",
        ),
        (
            "In May the ferry operator said fares would rise.",
            "the ferry operator",
        ),
    ] {
        assert_eq!(sources(text), [Some(source.to_string())], "{text}");
    }
}

/// "whether engineers falsified stability reports in May": a past tense between a
/// plural noun and its object closes the walk back, so "reports" has no subject
/// "engineers falsified stability"; a participle's phrase ("tests carried out in
/// March had found") stays in the subject.
#[test]
fn a_past_tense_before_its_object_is_no_part_of_a_subject() {
    let text = "The mill is under review over whether inspectors falsified safety reports \
                in the months before the fire.";
    assert_eq!(items(text, &Config::default()), []);
    assert_eq!(
        sources("The tests carried out in March had found no trace of the chemical."),
        [Some("The tests carried out in March".to_string())]
    );
}

/// "…, said a former bureau official who asked not to be named.": an unnamed speaker
/// after an inverted "said" may run past three words where a person's noun heads it,
/// and keep a relative clause of its own; a phrase with no such head stays out.
#[test]
fn an_inverted_speaker_headed_by_a_persons_noun() {
    for (text, source) in [
        (
            "Fares will rise sharply next year, said a former port authority official.",
            Some("a former port authority official"),
        ),
        (
            "Fares will rise sharply next year, said the head of the ferry agency.",
            Some("the head of the ferry agency"),
        ),
        (
            "Fares will rise sharply next year, said two people familiar with the plan.",
            Some("two people familiar with the plan"),
        ),
        (
            "Fares will rise sharply next year, said a senior ferry official who asked not \
             to be named.",
            Some("a senior ferry official"),
        ),
        (
            "But Ana Ruiz, a ferry captain, said parents still want longer breaks.",
            Some("Ana Ruiz, a ferry captain"),
        ),
    ] {
        assert_eq!(sources(text), [source.map(str::to_string)], "{text}");
    }
    assert_eq!(
        sources("The crews gathered at the dock at dawn, said a prayer for the drowned."),
        []
    );
}

/// "reported by the Globe and Mail on Monday": an agent whose "and" is inside one
/// actor's name is one source; two actors joined by "and" stay two.
#[test]
fn a_passive_agent_with_and_inside_a_name_is_one_source() {
    let text = "The ferry plan was first reported by the Globe and Mail on Monday. Dana Reyes \
                spoke. The ferry plan was criticised by Dana Reyes and Tom Okafor.";
    assert_eq!(
        sources(text),
        [
            Some("the Globe and Mail".to_string()),
            Some("Dana Reyes".to_string()),
            Some("Tom Okafor".to_string()),
        ]
    );
}

/// "Hokuriku Bank Ltd. and Setouchi Group said": a name closing on an abbreviation's
/// period is still one of the coordinated names, one item each.
#[test]
fn coordinated_names_with_an_abbreviations_period_split() {
    let text = "Hokuriku Shinwa Bank Ltd. and Setouchi Financial Group said on Wednesday they \
                would merge next year.";
    assert_eq!(
        sources(text),
        [
            Some("Hokuriku Shinwa Bank Ltd.".to_string()),
            Some("Setouchi Financial Group".to_string())
        ]
    );
}

/// "A Sahara spokesperson neither confirmed nor denied the report, saying …": the role
/// noun after the name is the subject's head, and "neither" opens the verbs.
#[test]
fn a_role_noun_after_a_name_heads_a_shared_subject() {
    let text = "A Sahara spokesperson neither confirmed nor denied the report, saying the group \
                remained committed to its customers.";
    assert_eq!(sources(text), [Some("A Sahara spokesperson".to_string())]);
}

/// "is recalling more than 480,000 bottles": goods recalled, counted, are no memory
/// reported ("She recalled the minister talking about it" is).
#[test]
fn recalled_goods_are_no_attribution() {
    for text in [
        "Kaveri Pharmaceuticals is recalling more than 480,000 bottles of the drug after tests \
         found an impurity.",
        "Marlow Motors recalled 2 million cars after tests found faulty brakes.",
    ] {
        assert!(items(text, &Config::default()).is_empty(), "{text}");
    }
    assert_eq!(
        contents("She recalled the minister talking about the book."),
        ["the minister talking about the book"]
    );
}

/// "according to two people who attended a board meeting last week": the relative
/// clause is part of the group's name, and the source phrase that opens it is that
/// group.
#[test]
fn a_group_named_with_its_relative_clause_is_the_source() {
    let doc = crate::extract(
        "The trust has offered to phase in the cut, according to two people who attended a \
         board meeting last week.",
        &Config::default(),
    );
    let group = doc
        .actors
        .iter()
        .find(|a| a.name == "two people who attended a board meeting last week")
        .map(|a| a.id.clone());
    assert!(group.is_some(), "{:?}", doc.actors);
    let a = &doc.attributions[0];
    assert_eq!(a.source_text.as_deref(), Some("two people"));
    assert_eq!(a.source, group);
}

/// A quote left open stops where the next quote of its paragraph opens (that one
/// ended it), unless the next one closes inside it: then it is nested, and the open
/// quote runs on to the paragraph's end.
#[test]
fn an_open_quote_stops_at_the_next_quote() {
    let text = "The minister said: “We will not back down, and the plan goes ahead. Later she \
                added: “Talks will continue next week.";
    let got = contents(text);
    assert!(
        got.contains(&"Talks will continue next week".to_string()),
        "{got:?}"
    );
    assert!(
        got.iter()
            .all(|c| !c.contains("We will") || !c.contains("Talks")),
        "{got:?}"
    );
    let text = "The minister said: “We will not back down, chanting “No cuts!” as the plan goes \
                ahead.";
    assert_eq!(
        contents(text),
        ["We will not back down, chanting “No cuts!” as the plan goes ahead"]
    );
}

/// "what he called “…”" names a thing in the words of the clause's own speaker: no
/// item of its own; "what analysts described as …" is the analysts' claim.
#[test]
fn a_naming_by_the_speaker_is_no_item() {
    let doc = crate::extract(
        "The minister said the state would shield the sector from what he called \
         “excessive regulatory burdens”. Trump used what analysts described as old tactics.",
        &Config::default(),
    );
    let cues: Vec<(&str, Option<&str>)> = doc
        .attributions
        .iter()
        .map(|a| (a.cue.as_str(), a.source_text.as_deref()))
        .collect();
    assert_eq!(
        cues,
        vec![
            ("said", Some("The minister")),
            ("described", Some("analysts"))
        ]
    );
}

/// "said that A expected B and that C": the "and that" is the outer cue's second
/// clause, so the inner cue's content ends before it.
#[test]
fn an_inner_content_ends_before_the_outer_and_that() {
    let got = contents(
        "Ruiz said that the bank expected inflation to ease by 2027 and that it saw no \
         signs of overheating.",
    );
    assert_eq!(
        got,
        vec![
            "the bank expected inflation to ease by 2027 and that it saw no signs of \
             overheating",
            "inflation to ease by 2027",
        ]
    );
}

/// "a weaker peso threatens to push up inflation": a thing threatening says nothing;
/// people and bodies that threaten do ("the union", "managers", "residents").
#[test]
fn things_that_threaten_say_nothing() {
    assert!(attribution_cues("A weaker peso threatens to push up inflation.").is_empty());
    assert!(attribution_cues("The storm threatened to cut power to the coast.").is_empty());
    for text in [
        "The union threatened to strike.",
        "Earlier, managers threatened to hire replacement crews.",
        "Residents threatened to sue.",
    ] {
        assert_eq!(attribution_cues(text), vec!["threatened"], "{text}");
    }
}

/// A quote paragraph after a paragraph ending in a colon whose lead-in is too long to
/// skip ("said in an opening statement aimed at …:"): the sentence's speech verb and
/// its subject give the quote, and each paragraph of it.
#[test]
fn a_long_lead_in_before_a_block_quote() {
    let text = "Senator Ana Cruz, who chairs the committee, said in an opening statement \
                aimed at the Department of Social Welfare and Development (DSWD):\n\n\
                \"The money moved early. Nobody checked.\n\n\"I want names.\"\n\nThe \
                hearing went on.\n";
    let got = items(text, &Config::default());
    let found: Vec<(&str, &str)> = got.iter().map(|g| (g.2.as_str(), g.3.as_str())).collect();
    assert_eq!(
        found,
        vec![
            ("said", "The money moved early. Nobody checked"),
            ("said", "I want names")
        ],
        "{got:?}"
    );
}

/// "two of the people said … one of them added": a share of a group is of people, the
/// group named before rather than a company named since.
#[test]
fn one_of_them_is_of_the_group() {
    let text = "Tamlin SA has pushed out its chief executive, according to people briefed on \
                the board's deliberations. The company is expected to announce it on \
                Monday, one of them added.";
    let doc = crate::extract(text, &Config::default());
    let added = doc.attributions.iter().find(|a| a.cue == "added");
    let actor = added
        .and_then(|a| a.source.as_ref())
        .and_then(|id| doc.actors.iter().find(|x| &x.id == id));
    assert_eq!(
        actor.map(|x| x.name.as_str()),
        Some("people briefed on the board's deliberations")
    );
}

/// Clause edges: "is said to"/"are believed to" after "though" or a dash is its own
/// clause's; "had warned that A and had proposed B" ends the warning at the repeated
/// auxiliary (the proposal is the subject's); a dash before "a …" sums the clause up.
#[test]
fn clause_edges_of_hedges_auxiliaries_and_dashes() {
    let got = items(
        "Tamlin was reportedly weighing a sale, though those talks are believed to have \
         stalled. Reber had warned the board that the slowdown would be deep and had \
         proposed cutting output by a fifth — a plan the board is said to have rejected.",
        &Config::default(),
    );
    let found: Vec<(&str, &str)> = got.iter().map(|g| (g.2.as_str(), g.3.as_str())).collect();
    assert_eq!(
        found,
        vec![
            ("reportedly", "Tamlin was reportedly weighing a sale"),
            (
                "are believed to",
                "those talks are believed to have stalled"
            ),
            ("warned", "the slowdown would be deep"),
            ("is said to", "a plan the board is said to have rejected"),
            ("proposed", "cutting output by a fifth"),
        ],
        "{got:?}"
    );
    let doc = crate::extract(
        "Reber had warned the board that the slowdown would be deep and had proposed \
         cutting output by a fifth — a plan the board is said to have rejected.",
        &Config::default(),
    );
    let p: Vec<(Option<&str>, &str)> = doc
        .proposals
        .iter()
        .map(|p| (p.proposer_text.as_deref(), p.content.as_str()))
        .collect();
    assert_eq!(p, vec![(Some("Reber"), "cutting output by a fifth")]);
}

/// ", a request the bank reportedly resisted": after a comma, an indefinite noun with
/// a relative clause's own subject sums the clause up, as after a dash; a clause
/// with no such summary stays whole.
#[test]
fn a_summary_after_a_comma_is_a_hedges_own_clause() {
    let hedged = |text: &str| -> Vec<String> {
        items(text, &Config::default())
            .into_iter()
            .filter(|(rule, ..)| rule.starts_with("attribution/reportedly"))
            .map(|(.., content)| content)
            .collect()
    };
    assert_eq!(
        hedged(
            "The regulator asked the ferry company to add two crossings, a request the \
             company reportedly resisted."
        ),
        ["a request the company reportedly resisted"]
    );
    assert_eq!(
        hedged("The ferry company reportedly resisted, and the regulator gave way."),
        ["The ferry company reportedly resisted"]
    );
}

/// "…, the company said in a filing with the transport ministry.": the noun after a
/// preposition and its determiner ends the occasion; no content of its own.
#[test]
fn an_occasion_with_a_prepositional_noun_is_no_content() {
    assert_eq!(
        contents(
            "Ferry fares will rise by a tenth next year, the company said in a filing with \
             the port authority."
        ),
        ["Ferry fares will rise by a tenth next year"]
    );
}

/// "a setback for Harlow Ferries, which cut its forecast in May, citing …": a
/// participle after a "which" clause between commas is the named antecedent's; a
/// lone determiner ("The" of "The recall hit …") is no shared subject.
#[test]
fn a_participle_after_a_which_clause_is_its_antecedents() {
    let doc = crate::extract(
        "The strike is the latest setback for Harlow Ferries, which cut its profit \
         forecast in May, citing weaker demand on the northern routes.",
        &Config::default(),
    );
    let got: Vec<(Option<&str>, &str)> = doc
        .attributions
        .iter()
        .map(|a| (a.source.as_deref(), a.cue.as_str()))
        .collect();
    assert_eq!(got, [(Some("harlow-ferries"), "citing")]);
    assert_eq!(
        attribution_cues(
            "The recall hit the ferry line, which cut its forecast, and the shares fell, \
             citing weak demand."
        ),
        Vec::<String>::new()
    );
}

/// "…, Ana Ruiz told a news conference in Nairobi.": an addressee with a place's name
/// ending the clause is the object, no content; "asked the board in March to …"
/// keeps its object for the infinitive.
#[test]
fn an_addressee_before_a_place_is_no_content() {
    assert_eq!(
        contents(
            "The ferry audit flagged 800 unpaid fares in the ledger, Ana Ruiz told a news \
             conference in Nairobi."
        ),
        ["The ferry audit flagged 800 unpaid fares in the ledger"]
    );
    assert_eq!(
        contents("The union asked the board in March to adopt a new ferry timetable."),
        ["the board in March to adopt a new ferry timetable"]
    );
}

/// "said about 900 entries may …": a word of approximation before a number opens the
/// content, no adverbial to pass over.
#[test]
fn an_approximate_number_opens_the_content() {
    assert_eq!(
        contents("The harbour master said about 900 ferry tickets were never used."),
        ["about 900 ferry tickets were never used"]
    );
    assert_eq!(
        contents("The harbour master said roughly $2 million had gone missing."),
        ["roughly $2 million had gone missing"]
    );
    assert_eq!(
        contents("The harbour master said over 200 ferry tickets were never used."),
        ["over 200 ferry tickets were never used"]
    );
}

/// "Business groups estimate the blackout cost the economy …": "estimate" without
/// "that" reports a clause whose verb is an irregular past ("cost", "came"), and a
/// plural group before a plural present verb ("estimate", "believe") is an actor.
#[test]
fn a_group_estimates_a_clause_with_an_irregular_past() {
    let doc = crate::extract(
        "Business groups estimate the ferry strike cost the island about 8 million euros.",
        &Config::default(),
    );
    let got: Vec<(Option<&str>, Option<&str>, &str)> = doc
        .attributions
        .iter()
        .map(|a| {
            (
                a.source_text.as_deref(),
                a.source.as_deref(),
                a.content.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [(
            Some("Business groups"),
            Some("business-groups"),
            "the ferry strike cost the island about 8 million euros"
        )]
    );
}

/// "the Ministry of Labour, Invalids and Social Affairs (MOLISA) plans to …": a name's
/// own list walked back past its bracketed acronym.
#[test]
fn a_listed_name_with_its_acronym_is_one_proposer() {
    let doc = crate::extract(
        "She said the Ministry of Transport, Ports and Maritime Affairs (MTPMA) plans to \
         inspect every ferry by October.",
        &Config::default(),
    );
    let got: Vec<Option<&str>> = doc
        .proposals
        .iter()
        .map(|p| p.proposer_text.as_deref())
        .collect();
    assert_eq!(
        got,
        [Some(
            "the Ministry of Transport, Ports and Maritime Affairs (MTPMA)"
        )]
    );
}

/// "Norway's $1.9 trillion wealth fund said": a sum after a possessive or a
/// determiner is the subject's own modifier; "the minimum $20 million experts say"
/// still opens the subject after the sum.
#[test]
fn a_sum_after_a_possessive_stays_in_the_subject() {
    assert_eq!(
        sources("Portugal's $2 billion ferry fund said it had sold its stake."),
        [Some("Portugal's $2 billion ferry fund".to_string())]
    );
    assert_eq!(
        sources("The $2 billion ferry fund said it had sold its stake."),
        [Some("The $2 billion ferry fund".to_string())]
    );
    assert_eq!(
        sources("The minimum $20 million analysts say the ferry needs is too low."),
        [Some("analysts".to_string())]
    );
}

/// "had failed to provide stability reports that it had requested": a verb taking an
/// infinitive, with its "to", makes no subject of a cue in "-s" ("reports"); "the
/// section devoted to ferry safety revealed" keeps its subject.
#[test]
fn a_verb_and_its_infinitive_are_no_subject() {
    assert_eq!(
        attribution_cues(
            "The operator had failed to provide safety reports that the port had requested."
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        sources("The section devoted to ferry safety revealed that crews were tired."),
        [Some("The section devoted to ferry safety".to_string())]
    );
}

/// "“… so that passengers can be confident that …”": a belief inside a quotation is
/// the speaker's words, no item of its own.
#[test]
fn a_belief_inside_a_quotation_is_no_item() {
    let got = items(
        "The minister said the rules existed “so that passengers can be confident that \
         the ferries are safe.”",
        &Config::default(),
    );
    assert_eq!(
        got.iter().map(|g| g.2.as_str()).collect::<Vec<_>>(),
        ["said"],
        "{got:?}"
    );
}

/// "…, with parents warning that the plan …": the subject of an absolute phrase after
/// "with" speaks, not the main clause's subject; it is a group of its own.
#[test]
fn the_subject_of_an_absolute_phrase_speaks() {
    let doc = crate::extract(
        "More than 400 people took part in the ferry consultation, with parents warning \
         that the new timetable would strand commuters.",
        &Config::default(),
    );
    let got: Vec<(Option<&str>, Option<&str>, &str)> = doc
        .attributions
        .iter()
        .map(|a| {
            (
                a.source_text.as_deref(),
                a.source.as_deref(),
                a.cue.as_str(),
            )
        })
        .collect();
    assert_eq!(got, [(Some("parents"), Some("parents"), "warning")]);
}

/// "“…,” Ana Ruiz told reporters beside a row of trucks at the Porte de Clichy, “…”":
/// a place phrase before the second part of a quote, with a name's particle, leaves
/// both parts the speaker's.
#[test]
fn a_place_phrase_between_the_parts_of_a_quote() {
    for text in [
        "“We are not against ferries,” Ana Ruiz told reporters at the Porte de Clichy, \
         “but we refuse to pay for them twice.”",
        "“We are not against ferries,” Ana Ruiz told reporters beside a long line of trucks at \
         the Porte de Saint-Cloud, “but we refuse to pay for them twice.”",
    ] {
        assert_eq!(
            contents(text),
            [
                "We are not against ferries",
                "but we refuse to pay for them twice"
            ],
            "{text}"
        );
    }
    // (After "that" the words before the quote open a clause, no place phrase.)
    assert_eq!(
        contents(
            "Ana Ruiz said the mayor was right when he said that under the old council, \
             “the ferries were left to rot.”"
        ),
        [
            "the mayor was right",
            "under the old council, “the ferries were left to rot.”"
        ]
    );
}

/// "a policy it has promised but has so far put off": a content opening with "but" or
/// "and" is the subject's next verb phrase; neither claim nor proposal.
#[test]
fn a_content_opening_with_but_is_none() {
    let got = items(
        "She urged the council to move the ferry depot, a plan it has promised but has \
         so far put off.",
        &Config::default(),
    );
    assert!(got.iter().all(|g| g.2 != "promised"), "{got:?}");
    let got = items(
        "The depot move is a plan the council has promised but never delivered.",
        &Config::default(),
    );
    assert_eq!(got, [], "{got:?}");
    // (Before the cue a content keeps its own "But".)
    assert_eq!(
        contents("But the ferry plan is tilted toward the rich, the analyst said."),
        ["But the ferry plan is tilted toward the rich"]
    );
}

/// "accuse the ferry's operator, Harlow Lines, of …": an object with an appositive
/// still belongs to the content before "of" or "to"; one with a relative clause
/// ("Dana Reyes, who runs the line, of …") is left as it was.
#[test]
fn an_object_with_an_appositive_before_of() {
    assert_eq!(
        contents("Islanders accuse the ferry's operator, Harlow Lines, of cutting sailings."),
        ["the ferry's operator, Harlow Lines, of cutting sailings"]
    );
    assert_eq!(
        contents("The council asked the port's manager, Dana Reyes, to publish the timetable."),
        ["the port's manager, Dana Reyes, to publish the timetable"]
    );
    // (Not "Dana Reyes" alone: the relative clause is no appositive.)
    assert_eq!(
        contents("Islanders accused Dana Reyes, who runs the line, of cutting sailings."),
        Vec::<String>::new()
    );
}

/// "urged the British government to …", "asked the Nashville-based chain to …": a
/// capitalised modifier before the object's noun keeps the object in the content.
#[test]
fn an_object_with_a_capitalised_modifier() {
    let said = |text: &str| -> Vec<String> {
        items(text, &Config::default())
            .into_iter()
            .filter(|(rule, ..)| rule.starts_with("attribution/"))
            .map(|(.., content)| content)
            .collect()
    };
    assert_eq!(
        said("The union urged the Greek government to reopen the ferry route."),
        ["the Greek government to reopen the ferry route"]
    );
    assert_eq!(
        said("Ana Ruiz asked the Harlow-based operator to publish the timetable."),
        ["the Harlow-based operator to publish the timetable"]
    );
}

/// "A hacking group calling itself Grey Gull has claimed …": a name before "has" and
/// a speech verb acts; the source is the name after "itself".
#[test]
fn a_group_calling_itself_a_name_has_claimed() {
    let doc = crate::extract(
        "A hacking group calling itself Grey Gull has claimed responsibility for the \
         attack on the ferry bookings system.",
        &Config::default(),
    );
    let got: Vec<(Option<&str>, Option<&str>)> = doc
        .attributions
        .iter()
        .map(|a| (a.source_text.as_deref(), a.source.as_deref()))
        .collect();
    assert_eq!(got, [(Some("Grey Gull"), Some("grey-gull"))]);
}

/// "showed as early as 2021 that …": a time adverbial before "that", passed over.
#[test]
fn as_early_as_a_year_is_an_adverbial() {
    assert_eq!(
        contents("The ferry audit showed as early as 2021 that the hulls were rusting."),
        ["the hulls were rusting"]
    );
}

/// "The crews, who appeared in court in Harlow, the county town, deny …": a relative
/// clause holding a place's appositive is an aside between the subject and its cue.
#[test]
fn a_relative_clause_with_a_places_appositive() {
    assert_eq!(
        sources(
            "The defendants, who appeared in court in Harlow, the county town, said the \
             harbour lights had failed."
        ),
        [Some(
            "The defendants, who appeared in court in Harlow, the county town".to_string()
        )]
    );
}

/// "Not all growers oppose the move": a stance denied to some of a group is no one's;
/// "Parkinson's disease" names no actor.
#[test]
fn not_all_of_a_group_and_an_eponyms_disease() {
    let doc = crate::extract(
        "Not all investors oppose the new timetable. Doctors warned that exposure was \
         linked to Parkinson's disease.",
        &Config::default(),
    );
    let cues: Vec<&str> = doc.attributions.iter().map(|a| a.cue.as_str()).collect();
    assert_eq!(cues, ["warned"]);
    let names: Vec<&str> = doc.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Doctors"]);
}

/// "could add as much as A$40 a hectare", "add up to $5": a bound on a sum is what is
/// added, no words.
#[test]
fn adding_a_bounded_sum_says_nothing() {
    for text in [
        "The farmers warned the ban could add as much as A$40 a hectare to costs.",
        "The farmers warned the ban could add up to $40 a hectare to costs.",
    ] {
        assert_eq!(attribution_cues(text), ["warned"], "{text}");
    }
}

/// "“…”, a characterisation health officials reject.": a noun with a relative
/// clause's bare plural subject sums the quote up; "“…,” a union spokesman said."
/// still names its speaker.
#[test]
fn a_summary_with_a_bare_plural_subject_after_a_quote() {
    assert_eq!(
        attribution_cues(
            "Ana Ruiz claimed the ferry was \"a floating hazard\", a description port \
             officials reject."
        ),
        ["claimed"]
    );
    assert_eq!(
        sources("\"We will not sign,\" a union spokesman said."),
        [Some("a union spokesman".to_string())]
    );
    // (A speaker of one word or two is looked at too.)
    assert_eq!(
        sources("\"We will not sign,\" he said."),
        [Some("he".to_string())]
    );
}

/// "promised a veto and attempted to make the case …": a noun object, then "and" and
/// a past tense, is the object alone; a clause with its own verb before "and" is kept
/// whole.
#[test]
fn a_second_predicate_after_a_noun_object() {
    assert_eq!(
        contents("The ferry companies welcomed the review and remained confident of a deal."),
        ["the review"]
    );
    assert_eq!(
        contents("The minister said the operator lost money and closed the pier."),
        ["the operator lost money and closed the pier"]
    );
}

/// "for making dubious medical claims on-air": a form in "-s" after an adjective's
/// ending is a plural noun; "The rival claims …", "The official claims …" keep their
/// verb.
#[test]
fn a_cue_form_after_an_adjective_is_a_noun() {
    assert_eq!(
        attribution_cues(
            "He was known for years for making dubious medical claims on-air and for \
             ignoring research."
        ),
        Vec::<String>::new()
    );
    for text in [
        "The rival claims the ferry will fail.",
        "The official claims the ferry will fail.",
    ] {
        assert_eq!(attribution_cues(text), ["claims"], "{text}");
    }
    // (A party's or nation's adjective: "32% of Republican claims as false".)
    assert_eq!(
        attribution_cues("The checker rated 32% of Republican claims as false last year."),
        Vec::<String>::new()
    );
}

/// "informed both operators of its decision": an addressee informed of a thing reports
/// no clause; "informed the operators that …" does.
#[test]
fn informed_of_a_thing_is_no_claim() {
    assert_eq!(
        attribution_cues("The port authority informed both ferry operators of its decision."),
        Vec::<String>::new()
    );
    assert_eq!(
        contents("The port authority informed both operators that the pier would close."),
        ["the pier would close"]
    );
}

/// "Talks were “well advanced,” the official said": a quote closing a clause that
/// opens before it gives the clause, as a mixed item; not where the clause has a cue
/// of its own, nor for a title in quotes (a title after a work's noun is no quote).
#[test]
fn a_quote_closing_its_clause_gives_the_clause() {
    let got = items(
        "Talks with the governors were \"well advanced,\" the official said.",
        &Config::default(),
    );
    assert_eq!(
        got[0],
        (
            "attribution/mixed/clause-then-cue".to_string(),
            Some("the official".to_string()),
            "said".to_string(),
            "Talks with the governors were \"well advanced".to_string()
        )
    );
    assert_eq!(
        contents("Reform, Lee argued, is overdue and \"badly needed,\" she said."),
        ["badly needed"]
    );
    // (A title after a work's noun is no quote at all.)
    assert_eq!(
        contents(
            "In his 2002 book, \"Make Your Kid a Millionaire,\" Mr. Vale suggested saving early."
        ),
        ["saving early", "saving early"]
    );
}

/// "Asked whether they could reject it, he said: …": a cue in the question put to
/// the speaker is no claim of the question's subject.
#[test]
fn a_cue_in_a_whether_question_is_no_claim() {
    assert_eq!(
        attribution_cues(
            "Asked whether the members could reject the deal, he said: \"They could. I would \
             not blame them.\""
        ),
        ["said"]
    );
}

/// "was quoted by the Standard as saying that …", "was quoted as saying by the
/// Standard that …": the quoting paper between the words is the quoting's agent.
#[test]
fn quoted_as_saying_holds_its_agent() {
    for text in [
        "Minister Ana Lee was quoted by the Standard as saying that the age would rise.",
        "Minister Ana Lee was quoted as saying by the Standard that the age would rise.",
    ] {
        assert_eq!(
            items(text, &Config::default())
                .into_iter()
                .map(|(_, s, c, t)| (s, c, t))
                .collect::<Vec<_>>(),
            [(
                Some("Minister Ana Lee".to_string()),
                "saying".to_string(),
                "the age would rise".to_string()
            )],
            "{text}"
        );
    }
    // A quote after the lead-in is the subject's.
    for text in [
        "Ana Lee was quoted by the Herald as saying: \"We will win this fight.\"",
        "Ana Lee was quoted as saying: \"We will win this fight.\"",
    ] {
        assert_eq!(sources(text), [Some("Ana Lee".to_string())], "{text}");
    }
}

/// "… said in a video posted on X. “…”": the cue of a lead-in is in the quote's own
/// sentence, though the sentence before ends in a period its last word holds.
#[test]
fn a_lead_in_cue_is_in_the_quotes_sentence() {
    let got = items(
        "\"We cooperated,\" chief executive Ana Lee said in a video posted on X. \"Every \
         issue they raised, we fixed.\"",
        &Config::default(),
    );
    assert_eq!(
        got.iter().map(|g| g.1.as_deref()).collect::<Vec<_>>(),
        [
            Some("chief executive Ana Lee"),
            Some("chief executive Ana Lee")
        ]
    );
}

/// "“…,” his counsel, Priya Raman of Raman & Partners, said": a named appositive may
/// end in the name's body after "of".
#[test]
fn a_named_appositive_may_end_in_its_body() {
    assert_eq!(
        sources(
            "Koh \"acted in good faith,\" his counsel, Priya Raman of Raman & Partners, \
             said outside the court."
        ),
        [Some(
            "his counsel, Priya Raman of Raman & Partners".to_string()
        )]
    );
}

/// After a cue that takes an addressee: "warned it would backfire" keeps its subject
/// pronoun; "told parliament the cap …" and "told council members the plan …" leave
/// the addressee out.
#[test]
fn addressees_and_subject_pronouns_after_a_cue() {
    assert_eq!(
        contents(
            "Landlords warned it would backfire. The minister told parliament the cap was \
             needed. The mayor told council members the plan was dead."
        ),
        [
            "it would backfire",
            "the cap was needed",
            "the plan was dead"
        ]
    );
}

/// "denied that the fault, which runs near the plant, poses a risk": a denial's
/// that-clause keeps the relative clause of its subject.
#[test]
fn a_denied_clause_keeps_its_subjects_relative_clause() {
    assert_eq!(
        contents("The utility denied that the fault, which runs near the plant, poses a risk."),
        ["the fault, which runs near the plant, poses a risk"]
    );
}

/// "legislation that Premier Claire Hollis said would end “cash for access”
/// politics": a name after the relative pronoun is the relative cue's speaker, and
/// quoted words make the item mixed.
#[test]
fn a_named_speaker_of_a_relative_cue() {
    let doc = crate::extract(
        "The house passed legislation that Premier Claire Hollis said would end \"cash for \
         access\" politics.",
        &Config::default(),
    );
    let got: Vec<_> = doc
        .attributions
        .iter()
        .map(|a| (a.source_text.as_deref(), a.content.as_str(), a.form))
        .collect();
    assert_eq!(
        got,
        [(
            Some("Premier Claire Hollis"),
            "would end \"cash for access\" politics",
            crate::document::Form::Mixed
        )]
    );
}

/// "teachers had reported to work", "reported for duty": turning up reports nothing.
#[test]
fn reporting_to_work_is_no_report() {
    assert_eq!(
        attribution_cues("The board said that 38% of teachers had reported to work."),
        ["said"]
    );
}

/// "KUPST, which says it represents 260,000 members, is demanding a raise": the main
/// clause's shared subject is written as the name, not the relative clause's "which"
/// (the demand of a thing is a proposal only).
#[test]
fn a_shared_subject_after_a_relative_clause_is_the_name() {
    assert_eq!(
        sources(
            "The Kenya Union of Teachers (KUT), which says it represents 260,000 members, is \
             demanding a 25% pay rise."
        ),
        [
            Some("which".to_string()),
            Some("The Kenya Union of Teachers (KUT)".to_string())
        ]
    );
}

/// "worried about national exams": a worry about a thing holds no clause; "worried
/// that the exams would slip" does.
#[test]
fn worrying_about_a_thing_is_no_claim() {
    assert_eq!(
        attribution_cues(
            "Ana Ruiz said she backed the teachers but worried about exams. Her neighbour \
             worried that the exams would slip."
        ),
        ["said", "worried"]
    );
}

/// "She cited an architect who said he was stiffed": an unknown antecedent of a
/// restrictive "who" is written as the speaker, as one before ", who" is.
#[test]
fn a_restrictive_whos_description_is_the_source() {
    let got = items(
        "Clinton cited an architect who said he was stiffed after he designed a clubhouse.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.1.as_deref() == Some("an architect") && g.2 == "said"),
        "{got:?}"
    );
}

/// "raised concerns at Tuesday's cabinet meeting that …": adverbials may stand between
/// a support verb's noun and its "that"; "despite repeated warnings … that" holds no
/// support verb.
#[test]
fn a_support_verbs_noun_and_that_around_an_adverbial() {
    assert_eq!(
        attribution_cues(
            "Costello raised concerns at Tuesday's cabinet meeting that the cap could deter \
             investors. The vote went ahead despite repeated warnings that it was illegal."
        ),
        ["raised concerns"]
    );
}

/// "…, two industry executives said, asking not to be identified": the participle
/// after the cue is no more content, an infinitive's "be" no finite verb.
#[test]
fn a_participle_with_an_infinitive_after_the_cue() {
    assert_eq!(
        contents(
            "Two insurers are preparing pauses, two industry executives said, asking not to \
             be identified."
        ),
        ["Two insurers are preparing pauses"]
    );
}

/// "Homeowners there say premiums have doubled": a place adverb between a plural
/// subject and its cue; the homeowners are a group.
#[test]
fn a_place_adverb_after_the_subject() {
    let doc = crate::extract(
        "Insurers left the town in 2021. Homeowners there say premiums have doubled.",
        &Config::default(),
    );
    let got: Vec<_> = doc
        .attributions
        .iter()
        .map(|a| {
            (
                a.source_text.as_deref(),
                a.source.is_some(),
                a.content.as_str(),
            )
        })
        .collect();
    assert_eq!(got, [(Some("Homeowners"), true, "premiums have doubled")]);
}

/// "the cabinet may also ask the Commission to act", "may also announce cuts": a
/// possible request or announcement, past an adverb, is none made.
#[test]
fn a_possible_request_past_an_adverb_is_none_made() {
    assert_eq!(
        attribution_cues(
            "Officials said the cabinet may also ask the Commission to act. Nordtel may also \
             announce more cuts."
        ),
        ["said"]
    );
}

/// "told reporters after the debate that …": a time phrase after the addressee stays
/// out of the content ("… after the meeting that was held on a boat" has a relative
/// "that"); "a software update that will warn drivers when fuel pressure drops"
/// reports no clause.
#[test]
fn addressees_with_time_phrases_and_adverbial_clauses() {
    assert_eq!(
        contents(
            "Rep. Ana Dahl told reporters after the debate that neither plan would pass. \
             Orbis released an update that will warn drivers when fuel pressure drops."
        ),
        ["neither plan would pass"]
    );
    assert_eq!(
        contents(
            "\"We are in a critical situation,\" Merkel told reporters after the meeting \
             that was held on a boat."
        ),
        ["We are in a critical situation"]
    );
}

/// "…, the Independent Electoral and Boundaries Commission (IEBC) said": a trailing
/// cue's speaker may be a long name with its own "and" and bracketed short form; the
/// nested content ends before it.
#[test]
fn a_trailing_cue_after_a_long_name() {
    assert_eq!(
        contents(
            "An audit has found about 1.1 million entries that may be duplicates, the \
             Independent Electoral and Boundaries Commission (IEBC) said on Thursday."
        ),
        [
            "about 1.1 million entries that may be duplicates",
            "An audit has found about 1.1 million entries that may be duplicates"
        ]
    );
}

/// "according to a summary posted by the union": a document's poster (or filer,
/// writer, drafter) is the source, as its publisher is.
#[test]
fn a_documents_poster_is_the_source() {
    assert_eq!(
        sources(
            "The deal raises wages by 14%, according to a summary posted by United \
             Steelworkers Local 1937."
        ),
        [Some("United Steelworkers Local 1937".to_string())]
    );
}

/// "Coastal shares closed at $15.05, suggesting investors see a risk": an inference
/// after a clause with no cue is the writer's, no claim of the shares' company.
#[test]
fn an_inference_after_a_clause_without_a_cue_is_the_writers() {
    assert!(items(
        "Coastal shares closed at $15.05, suggesting investors see a risk the deal will \
             fail.",
        &Config::default()
    )
    .is_empty());
}

/// "feared retaliation from large customers and were reluctant to speak out": a noun
/// object, then "and" and a past "be" or "have", is the object alone.
#[test]
fn a_noun_object_before_and_were() {
    assert_eq!(
        contents("Many members feared retaliation from customers and were reluctant to speak."),
        ["retaliation from customers"]
    );
}

/// "said in a report published on Wednesday": the participle after the medium is the
/// medium's; what was said comes before the cue.
#[test]
fn a_participle_after_the_medium_is_no_content() {
    for text in [
        "Rents will rise, the tenants' union said in a report published on Tuesday.",
        "Rents will rise, the tenants' union alleged in a letter sent to the mayor.",
    ] {
        assert_eq!(contents(text), ["Rents will rise"], "{text}");
    }
}

/// "…, people familiar with its plans said, though it may …": a concession right
/// after a parenthetical cue is no more content ("…, he said, until it went bankrupt"
/// goes on).
#[test]
fn a_concession_after_a_parenthetical_cue_ends_the_content() {
    assert_eq!(
        contents(
            "Zenco has not changed its terms, two officials said, though it may revisit them."
        ),
        ["Zenco has not changed its terms"]
    );
    assert_eq!(
        contents("Zenco traded for years, Mr. Clarke said, until it went bankrupt."),
        ["Zenco traded for years, Mr. Clarke said, until it went bankrupt"]
    );
}

/// "said in an interview with the newspaper Público": a noun and the name after the
/// medium's preposition and determiner are the medium's, so the quote before is the
/// content.
#[test]
fn a_named_outlet_after_the_medium() {
    assert_eq!(
        contents("\"There was no deal,\" Ruiz said in an interview with the newspaper Diário Sul."),
        ["There was no deal"]
    );
}

/// "the company had reported the escape 18 hours late", "the terms had added “a few
/// dollars” to the offers": a plain noun phrase reported or added is a thing, no
/// words; a medium's report of one ("Bloomberg reported the talks") and a clause
/// ("dealers reported the engines had stalled") are claims.
#[test]
fn a_thing_reported_or_added_is_no_claim() {
    for text in [
        "An official said the firm had reported the leak 18 hours after it began.",
        "A trader said the longer credit terms had added \"a few dollars a ton\" to the offers.",
    ] {
        let cues = attribution_cues(text);
        assert_eq!(cues, ["said"], "{text}");
    }
    assert_eq!(
        attribution_cues("Kestrel News reported the talks on Monday."),
        ["reported"]
    );
    assert_eq!(
        attribution_cues("Dealers reported the engines had stalled."),
        ["reported"]
    );
}

/// "a figure Ethiopia rejected as unrealistic": "as" and an unquoted judgment say no
/// clause; "rejected as “an insult”" and "said as much" are claims.
#[test]
fn a_judgment_after_as_is_no_clause() {
    assert!(
        attribution_cues("Ostra pushed for 40 tonnes, a figure Vell rejected as unrealistic.")
            .is_empty()
    );
    assert_eq!(
        attribution_cues("The union rejected the offer as \"an insult\" to its members."),
        ["rejected"]
    );
    assert_eq!(
        attribution_cues("The union rejected it as \"an insult\" to its members."),
        ["rejected"]
    );
    assert_eq!(attribution_cues("Her manager said as much."), ["said"]);
}

/// "…, which could strengthen its hand by showing that …": a participle after "by" in
/// a relative clause about a thing shares no speaker's subject ("The firm responded by
/// saying that …" does).
#[test]
fn a_participle_in_a_relative_clause_about_a_thing() {
    assert_eq!(
        attribution_cues(
            "State media reported that a turbine had started, which could help the \
             government by showing that the dam works."
        ),
        ["reported"]
    );
    assert_eq!(
        attribution_cues("The firm responded by saying that the dam works."),
        ["saying"]
    );
}

/// "the co-operative expects to pay farmers less": an expectation of one's own deed is
/// a forecast, no claim; "expects prices to fall" reports a view.
#[test]
fn an_expectation_of_ones_own_deed() {
    assert!(
        attribution_cues("The co-operative expects to pay farmers less this season.").is_empty()
    );
    assert_eq!(
        attribution_cues("The co-operative expects prices to fall this season."),
        ["expects"]
    );
}

/// "said much of that money had not been secured": a share before "of" opens the
/// clause's subject when its verb follows; "said little of substance" says nothing.
#[test]
fn much_of_a_thing_opens_a_clause() {
    assert_eq!(
        contents("An official said much of that money had not been secured."),
        ["much of that money had not been secured"]
    );
    assert!(contents("The minister said little of substance.").is_empty());
}

/// "…, threatening a population of brown trout": the participle says what the
/// clause's event endangers, no one's words; "threatening to strike" and "The union
/// threatened strikes" are threats.
#[test]
fn a_participle_of_threaten_with_an_object_endangers() {
    assert_eq!(
        attribution_cues(
            "Ruiz said the dam would cut the flow, threatening a population of trout."
        ),
        ["said"]
    );
    assert_eq!(
        attribution_cues("The union rejected the offer, threatening to strike in May."),
        ["rejected", "threatening"]
    );
}

/// "a ruling against the firm may encourage other states to sue": a thing, its head
/// before the post-modifier, encourages no one in words; "the union encouraged members
/// to vote no" does.
#[test]
fn a_thing_that_encourages_says_nothing() {
    assert_eq!(
        attribution_cues("Ruiz said a ruling against Zenco may encourage other states to sue."),
        ["said"]
    );
    assert_eq!(
        attribution_cues("The union encouraged members to vote against the deal."),
        ["encouraged"]
    );
}

/// "But according to two people …, some ministers had pressed for a cut, arguing
/// that …": a conjunction may open the "according to" sentence, and the participle's
/// speaker is the clause's subject after it.
#[test]
fn according_to_after_a_conjunction() {
    let got = items(
        "But according to two people familiar with the talks, some ministers had pressed \
         for a cut, arguing that costs were hurting small firms.",
        &Config::default(),
    );
    let attr: Vec<(Option<&str>, &str)> = got
        .iter()
        .filter(|(rule, ..)| rule.starts_with("attribution/"))
        .map(|(_, s, c, _)| (s.as_deref(), c.as_str()))
        .collect();
    assert_eq!(
        attr,
        [
            (Some("two people familiar with the talks"), "according to"),
            (Some("some ministers"), "arguing")
        ]
    );
}

/// "…, two officials said on condition of anonymity": the source's terms after the cue
/// are no content, and "said on condition of anonymity that …" goes on to its clause.
#[test]
fn on_condition_of_anonymity() {
    assert_eq!(
        contents("The mayor wrote to the ministry, two officials said on condition of anonymity."),
        ["The mayor wrote to the ministry"]
    );
    assert_eq!(
        contents("One official said on condition of anonymity that the talks had stalled."),
        ["the talks had stalled"]
    );
}

/// "Residents said …. Some said …": a lone word for a share of a group speaks for the
/// group just mentioned.
#[test]
fn a_share_of_a_group_just_mentioned() {
    let doc = crate::extract(
        "At the standpipe, residents said they had to buy water. Some said they had kept \
         children home.",
        &Config::default(),
    );
    let sources: Vec<Option<&str>> = doc
        .attributions
        .iter()
        .map(|a| a.source.as_deref())
        .collect();
    assert_eq!(sources, [Some("residents"), Some("residents")]);
}

/// "Beaulieu added that about 40 players had been approached": a that-clause after
/// "added" is words, though it opens with a number ("added about 40 jobs" is a sum).
#[test]
fn added_that_and_a_number_is_words() {
    let text = "Beaulieu added that about 40 players had already been approached by teams.";
    assert_eq!(
        contents(text),
        vec!["about 40 players had already been approached by teams"]
    );
    assert!(contents("The company added about 40 jobs.").is_empty());
}

/// "reported on Wednesday, before the company's announcement, that …", "told staff in
/// an email, seen by the agency, that …": an aside between commas before "that".
#[test]
fn an_aside_between_commas_before_that_is_passed_over() {
    for (text, content) in [
        (
            "The Courier reported on Wednesday, before the company's announcement, that the cabinet had discussed the licence.",
            "the cabinet had discussed the licence",
        ),
        (
            "Mara Quist told staff in an email, seen by the agency, that the university had no alternative.",
            "the university had no alternative",
        ),
    ] {
        assert_eq!(contents(text), vec![content], "{text}");
    }
}

/// "Messaging app Chatterly has sued Kestrel, accusing it of …": a sentence opening
/// with an "-ing" modifier ("Messaging", "Clothing", "Mining") has its subject there
/// when the only comma is the one right before the participle cue.
#[test]
fn an_ing_modifier_opening_the_subject_is_no_participle_phrase() {
    let text =
        "Messaging app Chatterly has sued Kestrel Systems, accusing it of exploiting a flaw.";
    assert_eq!(
        sources(text),
        vec![Some("Messaging app Chatterly".to_string())]
    );
}

/// "… said prices were “set by supply and demand”, and accused the government of …":
/// "and" after a closing quote opens the subject's next verb phrase, no inverted cue
/// whose speaker is "and".
#[test]
fn and_after_a_quote_opens_no_inverted_cue() {
    let text = "The association said prices were \"set by supply and demand\", and accused the government of looking for scapegoats.";
    assert_eq!(
        contents(text),
        vec![
            "prices were \"set by supply and demand\"",
            "the government of looking for scapegoats"
        ]
    );
}

/// "X will build a plant, the company and the Spanish government said": a subject
/// of two descriptions joined by "and" after the content's comma speaks for both, one
/// item each when each resolves to an actor of its own.
#[test]
fn two_descriptions_after_the_content_speak_for_both() {
    let text = "Lanvik Motors will build a plant near Zaragoza, the company and the Spanish government said on Tuesday.";
    assert_eq!(
        sources(text),
        vec![
            Some("the company".to_string()),
            Some("the Spanish government".to_string())
        ]
    );
    assert_eq!(
        contents(text)[0],
        "Lanvik Motors will build a plant near Zaragoza"
    );
}

/// "…, Ana Ruiz said at a signing ceremony", "… said at a meeting in Oslo attended by
/// Industry Minister Kari Lunde": a modifier before the occasion, and a participle with
/// its agent after it, belong to the cue's adverbial; the content is before the cue.
#[test]
fn an_occasions_modifier_and_agent_are_the_cues_adverbial() {
    for text in [
        "Lanvik will open a plant in 2027, Ana Ruiz said at a signing ceremony.",
        "Lanvik will open a plant in 2027, chairman Tomas Berg said at a meeting in Oslo attended by Industry Minister Kari Lunde.",
    ] {
        assert_eq!(contents(text), vec!["Lanvik will open a plant in 2027"], "{text}");
    }
}

/// "…, the bank said in a circular to commercial lenders seen by Wire.", "…, it said in
/// a notice posted on its website, and …": words with no verb of their own after the
/// medium describe it; the content is before the cue. A verb phrase with a cue after
/// the subject's "and" is the speaker's next act, no more of the content.
#[test]
fn words_describing_the_medium_are_no_content() {
    let text = "The bank will withdraw the old notes in three phases, the central bank said in a circular to commercial lenders seen by Wire.";
    assert_eq!(
        contents(text),
        vec!["The bank will withdraw the old notes in three phases"]
    );
    let text = "The island will cut supply every night, it said in a notice posted on its website, and has asked hotels to close their pools.";
    assert_eq!(
        contents(text),
        vec![
            "The island will cut supply every night",
            "hotels to close their pools"
        ]
    );
}

/// "She said key buildings, including the palace, were already complete": an
/// "including" aside inside the content closes on a comma and the clause's verb, a
/// form of "be" as well as an auxiliary.
#[test]
fn an_including_aside_before_be_stays_in_the_content() {
    let text = "She said key government buildings, including the palace, were already complete.";
    assert_eq!(
        contents(text),
        vec!["key government buildings, including the palace, were already complete"]
    );
}

/// "The union demanded an 11% increase": a demand of a thing is a proposal, no
/// attribution; "demanded that the minister resign" reports words.
#[test]
fn a_demand_reports_words_only_with_a_that_clause() {
    let rules = |text: &str| -> Vec<String> {
        items(text, &Config::default())
            .into_iter()
            .map(|(rule, ..)| rule)
            .collect()
    };
    let got = rules("The union demanded an 11% increase and the reinstatement of 150 workers.");
    assert!(got.iter().all(|r| r.starts_with("proposal/")), "{got:?}");
    assert!(!got.is_empty());
    let got = rules("The union demanded that the minister resign.");
    assert!(got.iter().any(|r| r.starts_with("attribution/")), "{got:?}");
}

/// "according to the Dutch central bank (DNB), which said in its report that …": a
/// relative pronoun's antecedent is the name before its bracketed acronym.
#[test]
fn a_relative_pronoun_after_a_bracketed_acronym_reports() {
    let text = "Rates were cut by the Harlow central bank (HCB), which said that rents had fallen.";
    assert_eq!(contents(text), vec!["rents had fallen"]);
}

/// "X rejected the remedies, the person said, arguing that price caps are hard to
/// police": a cue's participle with its own that-clause after a parenthetical cue ends
/// the first content, though the clause has a finite verb.
#[test]
fn a_cue_participle_with_that_after_the_cue_ends_the_content() {
    let text =
        "Staff cut the remedies, the person said, arguing that price caps are difficult to police.";
    assert_eq!(
        contents(text),
        vec![
            "Staff cut the remedies",
            "price caps are difficult to police"
        ]
    );
}

/// "the stoppage would continue “until management comes back with an offer”": a verb
/// that reports only with a that-clause leads a quote in only after a colon, a comma
/// or its "that" ("She continued: “…”" does).
#[test]
fn a_that_only_cue_needs_a_mark_before_its_quote() {
    let text = "The union said the stoppage would continue \"until management comes back with a serious offer\".";
    assert_eq!(attribution_cues(text), ["said"]);
    let text = "She continued: \"We will not give up on this fight for our workers.\"";
    assert_eq!(attribution_cues(text), ["continued"]);
}

/// "Prices rose, Eriksen said": a short clause before a name and its cue is content;
/// only a noun for a person or body there is a role before the name ("The
/// federation's vice-president, Marco Tello, …"). "Citing a theory, Trump accused X
/// of …": a participle's phrase opening the sentence is no content.
#[test]
fn a_short_clause_before_a_name_is_content_and_a_participle_phrase_is_not() {
    assert_eq!(contents("Prices rose, Eriksen said."), vec!["Prices rose"]);
    assert_eq!(
        contents("The bureau never replied, Eriksen said."),
        vec!["The bureau never replied"]
    );
    let text = "Citing an unfounded conspiracy theory, Trump repeatedly accused Rafael Cruz, who was born in Cuba, of associating with Oswald.";
    assert!(
        !contents(text).iter().any(|c| c.starts_with("Citing")),
        "{:?}",
        contents(text)
    );
}

/// "faced criticism from campaigners that it is too slow", "rejected claims by
/// tenants that …": a nominal cue with "from" or "by" and a that-clause names its
/// source; "worries from Paris to Prague that …" is a range of places.
#[test]
fn a_nominal_cue_from_someone_names_its_source() {
    let text = "The regulator has long faced criticism from campaigners that it is too slow.";
    assert_eq!(sources(text), vec![Some("campaigners".to_string())]);
    assert_eq!(contents(text), vec!["it is too slow"]);
    let text = "The agency rejected claims by tenants that it is too slow.";
    assert!(sources(text).contains(&Some("tenants".to_string())));
    let text =
        "The crisis fuelled worries from Paris to Prague that the borderless union was a burden.";
    assert!(!sources(text).contains(&Some("Paris to Prague".to_string())));
    assert!(!sources(text).contains(&Some("Paris".to_string())));
}

/// "Two scorers who worked on last year's tests told …": a "who" clause with a past
/// verb and plain words before the cue is the subject's, though its object holds a
/// possessive and a time word.
#[test]
fn a_longer_who_clause_before_the_cue_is_the_subjects() {
    let text = "Two scorers who worked on last year's tests told reporters that human readers checked only a sample.";
    assert_eq!(
        sources(text),
        vec![Some(
            "Two scorers who worked on last year's tests".to_string()
        )]
    );
}

/// "Trade unions representing port and electricity workers criticised …": two plain
/// modifiers of one plural head joined by "and" are one phrase.
#[test]
fn two_joined_modifiers_of_a_plural_are_one_subject() {
    assert_eq!(
        sources("Trade unions representing port and electricity workers criticised the deal."),
        vec![Some(
            "Trade unions representing port and electricity workers".to_string()
        )]
    );
    assert_eq!(
        sources("State and local leaders criticised the deal."),
        vec![Some("State and local leaders".to_string())]
    );
}

/// "“…,” Solis said on a conference call with analysts, “and we can prove it.”": a
/// cue word after a determiner ("a conference call", "a prolonged dispute") is a
/// noun; the split quote's second part is the speaker's ("the commission says" stays
/// a verb).
#[test]
fn a_cue_word_after_a_determiner_leads_no_quote() {
    let text = "\"We have complied,\" Solis said on a conference call with analysts, \"and we can prove it, line by line.\"";
    assert_eq!(
        sources(text),
        vec![Some("Solis".to_string()), Some("Solis".to_string())]
    );
    let text = "The commission says \"there were issues with the sound in the hall.\"";
    assert_eq!(attribution_cues(text), ["says"]);
}

/// "The union had demanded 2,500 rand, while Bushveld had offered 5%, arguing that
/// …": a participle after a contrasting "while" clause shares that clause's subject.
#[test]
fn a_participle_after_a_while_clause_is_its_subjects() {
    let text = "The union had demanded 2,500 rand, while Bushveld had offered 5% a year, arguing that prices had fallen.";
    let got = items(text, &Config::default());
    let arguing = got.iter().find(|(_, _, cue, _)| cue == "arguing");
    assert_eq!(
        arguing.and_then(|(_, source, ..)| source.as_deref()),
        Some("Bushveld"),
        "{got:?}"
    );
}

/// A filed document that speaks ("the lawsuit alleges") is its filer's: the subject
/// of the earlier "sued" or of the verb that filed or sent a document of its noun; a
/// body a country owns is not the country.
#[test]
fn a_filed_document_speaks_for_its_filer() {
    let source_of = |text: &str, cue: &str| {
        let doc = crate::extract(text, &Config::default());
        let a = doc.attributions.iter().find(|a| a.cue == cue)?;
        let id = a.source.as_ref()?;
        doc.actors
            .iter()
            .find(|x| &x.id == id)
            .map(|x| x.name.clone())
    };
    let cases = [
        (
            "Attorney General Dana Whitcombe sued the lender Brightpay Inc. on Monday. \
             Brightpay declined to comment. The complaint alleges that the lender hid its fees.",
            Some("Dana Whitcombe"),
        ),
        (
            "The Harbour Tenants Union filed a lawsuit on Friday over the rent rules. The \
             lawsuit claims that the rules break state law.",
            Some("Harbour Tenants Union"),
        ),
        (
            "Mayor Ines Calder sent a letter to the regulator last week. The letter says \
             that the fares are too high.",
            Some("Ines Calder"),
        ),
        // (No document put forward before: no filer.)
        (
            "Dana Whitcombe met the lender on Monday. The complaint alleges that the lender \
             hid its fees.",
            None,
        ),
        (
            "Britain's largest teaching union filed a lawsuit on Friday. The lawsuit claims \
             that the rules break the law.",
            None,
        ),
    ];
    for (text, want) in cases {
        let cue = ["alleges", "claims", "says"]
            .into_iter()
            .find(|c| text.contains(&format!(" {c} ")))
            .unwrap_or("says");
        assert_eq!(source_of(text, cue).as_deref(), want, "{text}");
    }
}

/// After a quote, a cue's occasion or addressee may hold a town's name after its
/// determiner ("at a Portland middle school") or a number in a name ("told BBC Radio
/// 5 Live"): the quote is the content.
#[test]
fn a_quote_before_a_cue_with_a_named_occasion() {
    let cases = [
        (
            "\"These rules keep children safe,\" Brennan said at a ceremony at a Tilbury \
             middle school.",
            "These rules keep children safe",
        ),
        (
            "\"I have passed every test,\" he told Radio 4 Today.",
            "I have passed every test",
        ),
    ];
    for (text, want) in cases {
        assert_eq!(contents(text), [want], "{text}");
    }
}

/// A passive cue that takes an addressee reports the that-clause after its agent
/// ("was warned by engineers in August that C": the engineers said C, the agent
/// without its time); a strike "called by" a union is organised, not named.
#[test]
fn passive_addressee_cues_and_called_by() {
    let got = items(
        "The operator had been warned by its own engineers in March that the pumps were \
         \"worn out\". The walkout was called by the Harbour Pilots Union. It was \
         announced by the port authority late on Monday that the berth would close. It \
         was acknowledged by the operator in the same hearing that the pumps had failed.",
        &Config::default(),
    );
    let passives: Vec<_> = got
        .iter()
        .filter(|i| i.0 == "attribution/passive/by")
        .map(|i| (i.1.as_deref(), i.2.as_str(), i.3.as_str()))
        .collect();
    assert_eq!(
        passives,
        [
            (
                Some("its own engineers"),
                "warned",
                "the pumps were \"worn out\""
            ),
            (
                Some("the port authority"),
                "announced",
                "the berth would close"
            ),
            (Some("the operator"), "acknowledged", "the pumps had failed")
        ],
        "{got:?}"
    );
}

/// ", including …" after a clause is a phrase of it, to the sentence's end; a plan
/// presented "including" parts puts forward those parts.
#[test]
fn including_goes_on_with_the_clause() {
    assert_eq!(
        contents(
            "The regulator said it had ordered three lenders to produce internal records, \
             including emails and pricing models."
        ),
        [
            "it had ordered three lenders to produce internal records, including emails and \
          pricing models"
        ]
    );
    assert_eq!(
        contents(
            "The board will present a new plan to shareholders in January, including a \
             share buyback."
        ),
        ["a share buyback"]
    );
}

/// Coordinated sources after "and the", with a bracketed acronym, a name's own "of",
/// a title inside, "both" after them, or a description and its name in apposition on
/// either side of "and": one item per source.
#[test]
fn coordinated_sources_with_the_of_titles_and_both() {
    let cases: [(&str, &[&str]); 12] = [
        (
            "The Harbour Movement (HBM) and the Christian Democrats both said they would \
             vote against the bill.",
            &["The Harbour Movement", "the Christian Democrats"],
        ),
        (
            "Northgate Ports and the European Commission have both argued that the system \
             is too rigid.",
            &["Northgate Ports", "the European Commission"],
        ),
        (
            "The Varna Conference of Catholic Bishops and the National Council of Churches \
             of Varna said gambling had hurt families.",
            &[
                "The Varna Conference of Catholic Bishops",
                "the National Council of Churches of Varna",
            ],
        ),
        (
            "Council President Tom Brewer and Council member Luis Ferraro both criticized \
             the timing of the audit.",
            &[
                "Council President Tom Brewer",
                "Council member Luis Ferraro",
            ],
        ),
        (
            "The ombudsman, Malin Ekberg, and the Free Democrats' spokesperson, Anders \
             Nyberg, both criticised the provision.",
            &[
                "The ombudsman, Malin Ekberg",
                "the Free Democrats' spokesperson, Anders Nyberg",
            ],
        ),
        (
            "The harbour master, Ola Brandt, and the port's lawyer, Siv Moen, said the \
             ferries had been warned.",
            &[
                "The harbour master, Ola Brandt",
                "the port's lawyer, Siv Moen",
            ],
        ),
        (
            "Coral Ridge Energy and Brolga Gas, two of the largest producers, both said \
             they would review their plans.",
            &["Coral Ridge Energy", "Brolga Gas"],
        ),
        (
            "Both the Dairy & Meat Council, the main farm lobby, and the Nature Trust \
             described the deal as a compromise.",
            &["the Dairy & Meat Council", "the Nature Trust"],
        ),
        (
            "The Harbour Growers' Forum and the Delta Business Chamber welcomed the cut.",
            &["The Harbour Growers' Forum", "the Delta Business Chamber"],
        ),
        (
            "The opposition Green party and the Delta Chamber both criticised \
             the levy.",
            &["The opposition Green party", "the Delta Chamber"],
        ),
        (
            "Both the consumer group Fair Power Now and the Green League's Delta chapter \
             said the audit was too narrow.",
            &[
                "the consumer group Fair Power Now",
                "the Green League's Delta chapter",
            ],
        ),
        (
            "Senators Ana Ruiz (D-Ohio) and Tom Hale (D-Iowa) all said the bank had misled \
             them.",
            &["Senators Ana Ruiz", "Tom Hale"],
        ),
    ];
    for (text, want) in cases {
        let got = sources(text);
        let got: Vec<&str> = got.iter().flatten().map(String::as_str).collect();
        assert_eq!(got, want, "{text}");
    }
}

/// "Families who tore up their plants said": a "who" clause of any past verb is the
/// people's; the source is the whole phrase.
#[test]
fn a_who_clause_with_an_irregular_verb_and_a_possessive() {
    assert_eq!(
        sources(
            "Families who tore up their coca plants under a state programme said they were \
             owed money."
        ),
        [Some(
            "Families who tore up their coca plants under a state programme".to_string()
        )]
    );
}

/// A quote closed by its own period ends its sentence: a cue in the next sentence is
/// that sentence's ("…, he said" after it), not the quote's; a question mark may be
/// followed by its speaker.
#[test]
fn a_quote_closing_its_sentence_takes_no_cue_from_the_next() {
    let got = items(
        "Minister Nikos Varga defended the package as \"the fastest support ever \
         offered.\" More than 2 million euros had been paid out, he said.\n\n“Why is this \
         not proof enough?” Varga demanded.",
        &Config::default(),
    );
    let direct: Vec<(Option<&str>, &str)> = got
        .iter()
        .filter(|i| i.0.starts_with("attribution/direct/"))
        .map(|i| (i.1.as_deref(), i.3.as_str()))
        .collect();
    assert_eq!(
        direct,
        [(Some("Varga"), "Why is this not proof enough")],
        "{got:?}"
    );
}

/// "According to X, a conservation group, Y": the source's indefinite appositive is
/// no content; Y is.
#[test]
fn according_to_a_source_with_an_appositive() {
    assert_eq!(
        contents(
            "According to the Rivers Trust, a Leeds-based conservation group, snowmaking \
             uses as much water as a small city."
        ),
        ["snowmaking uses as much water as a small city"]
    );
}

/// "made legally and reported to the electoral authorities", ", adding to the
/// difficulties": a coordinated or participle cue with only a "to" phrase after it
/// says nothing; "and said in a statement that …" still does.
#[test]
fn a_to_phrase_after_a_shared_cue_is_no_content() {
    assert_eq!(
        attribution_cues(
            "The party said its donations had been declared in full and reported to the \
             tax authority."
        ),
        ["said"]
    );
    assert_eq!(
        attribution_cues(
            "Two lenders pulled out of the loan, adding to the troubles of the builder."
        ),
        Vec::<&str>::new()
    );
    assert_eq!(
        contents("The union met on Monday and said in a statement that the strike was off."),
        ["the strike was off"]
    );
}

/// A relative clause's cue with a modifier before its plural subject, a name after
/// "the", or a perfect's auxiliary before the cue; inside an open ", which" clause.
#[test]
fn a_relative_cue_after_a_modifier_the_or_has() {
    for (input, source, content) in [
        (
            "The port raised its fees, a move that small exporters warned could cost jobs.",
            "small exporters",
            "could cost jobs",
        ),
        (
            "The levy, which the Treasury says is needed to balance the budget, passed.",
            "the Treasury",
            "is needed to balance the budget",
        ),
        (
            "It is a cost that Health Minister Ana Ruiz has said will be met by savings.",
            "Health Minister Ana Ruiz",
            "will be met by savings",
        ),
        // (Inside an open ", which" clause, the comma closes it.)
        (
            "The code, which replaces a version that critics said had no teeth, will \
             apply next year.",
            "critics",
            "had no teeth",
        ),
    ] {
        let got = items(input, &Config::default());
        assert!(
            got.iter()
                .any(|g| g.0 == "attribution/indirect/relative-cue"
                    && g.1.as_deref() == Some(source)
                    && g.3 == content),
            "{input}: {got:?}"
        );
    }
}

/// "The ministry, according to two officials, had considered …": "according to" between
/// a short subject and its verb; the source ends at its comma, the content is the
/// predicate after it.
#[test]
fn according_to_between_a_subject_and_its_verb() {
    for (input, source, content) in [
        (
            "The ministry, according to two officials familiar with the decision, had \
             considered a larger increase.",
            "two officials familiar with the decision",
            "had considered a larger increase",
        ),
        (
            "The utility, according to people briefed on the talks, plans to sell its \
             stake in the grid.",
            "people briefed on the talks",
            "plans to sell its stake in the grid",
        ),
    ] {
        assert_eq!(sources(input)[0].as_deref(), Some(source), "{input}");
        assert_eq!(contents(input)[0], content, "{input}");
    }
}

/// "A Department for Culture, Media and Sport spokesperson said": the name's own list
/// belongs to the source before its noun.
#[test]
fn a_names_own_list_before_a_spokesperson() {
    assert_eq!(
        sources(
            "A Department for Culture, Media and Sport spokesperson said the rules would stay."
        ),
        [Some(
            "A Department for Culture, Media and Sport spokesperson".to_string()
        )]
    );
}

/// A passive's agent with its name in apposition ("by the union's president, Ana
/// Ruiz,") is one source; a that-clause as the subject ("That a bidder would be named
/// was confirmed by …") is the content.
#[test]
fn a_passive_agents_apposed_name_and_a_that_clause_subject() {
    let input = "That a buyer would be named by June was confirmed by the port's chairman, \
                 Sipho Dlamini, who spoke on Monday.";
    assert_eq!(
        sources(input)[0].as_deref(),
        Some("the port's chairman, Sipho Dlamini")
    );
    assert_eq!(contents(input)[0], "a buyer would be named by June");
    assert_eq!(
        sources("The levy was criticised by Ana Ruiz, Tom Hale and Bo Lind."),
        [
            Some("Ana Ruiz".to_string()),
            Some("Tom Hale".to_string()),
            Some("Bo Lind".to_string())
        ]
    );
}

/// "by the end of July", "by March": a time after "by" is no agent; "has been asked by
/// a senator to examine …" is a request, no claim of the subject's.
#[test]
fn a_time_or_a_request_after_by_is_no_passive_claim() {
    for input in [
        "The works are expected to be completed by the end of next year.",
        "A deal could be agreed by March, one banker said.",
        "The tribunal has been asked by a group of senators to rule on the case.",
        "The utility had been told by its auditors to set aside more funds.",
    ] {
        let got = items(input, &Config::default());
        assert!(
            got.iter().all(|g| g.0 != "attribution/passive/by"),
            "{input}: {got:?}"
        );
    }
    assert_eq!(
        sources("The delay was criticised by the mayor by the end of the week."),
        [Some("the mayor".to_string())]
    );
}

/// "said the department plans job fairs and has offered …": after a past cue, a present
/// perfect coordinated verb goes on with the reported clause; "and offered" is the
/// speaker's next act.
#[test]
fn a_present_perfect_after_and_goes_on_with_the_reported_clause() {
    assert_eq!(
        contents(
            "The minister said the agency plans to hold job fairs and has offered workers \
             six months of pay."
        )[0],
        "the agency plans to hold job fairs and has offered workers six months of pay"
    );
    assert_eq!(
        contents(
            "The minister said the agency plans to hold job fairs and offered workers a bonus."
        )[0],
        "the agency plans to hold job fairs"
    );
}

/// "reported that the board had voted, citing a memo, and that two directors had
/// argued …": a second that-clause after the aside is a second item of the cue.
#[test]
fn a_second_that_clause_after_an_aside() {
    assert_eq!(
        contents(
            "The Ledger reported that the board had voted 5-2 for the deal, citing a \
             memo, and that two directors had abstained from the vote."
        ),
        [
            "the board had voted 5-2 for the deal",
            "two directors had abstained from the vote"
        ]
    );
}

/// "…, the palace said on Tuesday, ending an industry that has been linked to scams": a
/// participle after the cue whose only finite verbs are a relative clause's is the
/// writer's, no more content; "…, replacing her would be hard" goes on.
#[test]
fn a_participle_with_a_relative_clause_after_the_cue_ends_the_content() {
    assert_eq!(
        contents(
            "The country will close the casinos by May, the palace said on Tuesday, ending \
             an industry that has been linked to fraud."
        ),
        ["The country will close the casinos by May"]
    );
    assert_eq!(
        contents("The team is weak, the coach said, replacing her would be hard."),
        ["The team is weak, the coach said, replacing her would be hard"]
    );
}

/// "could corrode faster than expected", "Soriel reported revenue of 68 billion pesos":
/// a comparison's idiom and a company's reported figures are no claims.
#[test]
fn than_expected_and_reported_figures_are_no_claims() {
    for input in [
        "Tests had not settled whether copper could corrode faster than expected in water.",
        "Soriel reported revenue of 68 billion pesos last year.",
        "The miner reported record profits last year.",
    ] {
        assert!(attribution_cues(input).is_empty(), "{input}");
    }
    assert_eq!(
        contents("Reuters reported the mine would close in May."),
        ["the mine would close in May"]
    );
}

/// "with results expected the following day": an absolute phrase's participle is no
/// one's claim; "a full manual recount" is a noun ("recount" is no cue form).
#[test]
fn absolute_participles_and_a_recount_claim_nothing() {
    assert!(
        attribution_cues("Voting runs until Friday, with results expected the next day.")
            .is_empty()
    );
    // (A coordinated subject after "with" too.)
    assert!(attribution_cues(
        "The campaign goes on, with both the mayor and his wife Ana expected to visit the \
         pier."
    )
    .is_empty());
    assert_eq!(
        attribution_cues(
            "The commission rejected demands from three parties for a full manual recount \
             of votes in the north, saying the errors were small."
        ),
        vec!["rejected", "saying"]
    );
}

/// "questioned the coordinator, Ana Ruiz, about how …": a person questioned is asked,
/// not doubted; "questioned the decision", "questioned how Cruz could …" doubt.
#[test]
fn questioning_someone_is_asking() {
    assert!(attribution_cues(
        "Tom Hale questioned the coordinator, Ana Ruiz, about how books were chosen."
    )
    .is_empty());
    assert!(attribution_cues("Lawmakers questioned the minister about the delays.").is_empty());
    assert_eq!(
        attribution_cues("Critics questioned the decision to close the plant."),
        vec!["questioned"]
    );
    assert_eq!(
        attribution_cues("Delegates questioned how Cruz could turn back on a pledge."),
        vec!["questioned"]
    );
}

/// "According to people familiar with it, regulators objected, arguing that …": the
/// participle shares the clause's subject, not the opener's source.
#[test]
fn a_participle_after_an_according_to_opener() {
    let got = items(
        "According to people familiar with the process, several regulators objected to \
         the draft, arguing that the fine was too low.",
        &Config::default(),
    );
    let arguing: Vec<_> = got
        .iter()
        .filter(|g| g.2 == "arguing")
        .map(|g| g.1.as_deref())
        .collect();
    assert_eq!(arguing, vec![Some("several regulators")], "{got:?}");
}

/// "instructed the DPC to increase the penalty": an instruction is a directive, as
/// "urged … to" is.
#[test]
fn an_instruction_is_a_directive() {
    let got = items(
        "The board instructed the regulator to increase the penalty.",
        &Config::default(),
    );
    let found: Vec<_> = got.iter().map(|g| (g.2.as_str(), g.3.as_str())).collect();
    assert_eq!(
        found,
        vec![("instructed", "the regulator to increase the penalty")]
    );
}

/// "Relief groups working in the province say …": a plural head before its participle
/// phrase takes the bare verb, and the group is a source.
#[test]
fn a_plural_before_its_participle_phrase_says() {
    let doc = crate::extract(
        "Relief groups working in the province say thousands of families are homeless.",
        &Config::default(),
    );
    let say: Vec<_> = doc
        .attributions
        .iter()
        .map(|a| (a.source_text.as_deref(), a.content.as_str()))
        .collect();
    assert_eq!(
        say,
        vec![(
            Some("Relief groups working in the province"),
            "thousands of families are homeless"
        )]
    );
    assert!(
        doc.actors.iter().any(|a| a.name == "Relief groups"),
        "{:?}",
        doc.actors
    );
}

/// "the two airlines said", "both regulators said": a plural of a noun describing a
/// body names the last two such bodies, one item each.
#[test]
fn the_two_airlines_are_the_last_two_named() {
    let doc = crate::extract(
        "Summit Airlines agreed to buy Coastal Jet Corp. in June. The two airlines said \
         the deal would close.",
        &Config::default(),
    );
    let mut sources: Vec<String> = doc
        .attributions
        .iter()
        .filter_map(|a| a.source.clone())
        .collect();
    sources.sort();
    assert_eq!(sources, vec!["coastal-jet", "summit-airlines"]);
}

/// "what one person described as his approach": the content is the description after
/// "as"; "described the plan as a leap" keeps its object.
#[test]
fn what_someone_described_as() {
    assert_eq!(
        contents("Trump used what analysts described as age-old tactics."),
        vec!["age-old tactics"]
    );
    assert_eq!(
        contents("Ana Ruiz described the plan as a leap in the dark."),
        vec!["the plan as a leap in the dark"]
    );
}

/// "Reber's “luxury-by-spreadsheet” approach, the people said": a quote modifying a
/// noun inside the clause is no speech before the cue; the cue reports the clause.
/// ("“… pay his?” a narrator asks", "“We will not pay” a spokesman said" still turn
/// round to their speakers.)
#[test]
fn a_quoted_modifier_is_no_quote_before_its_cue() {
    let got = items(
        "The chair had tired of Reber's “luxury-by-spreadsheet” approach, the people said. \
         “So why didn't he pay?” a narrator in the ad asks. “We will not pay” a \
         spokesman for the firm said.",
        &Config::default(),
    );
    let found: Vec<(Option<&str>, &str)> =
        got.iter().map(|g| (g.1.as_deref(), g.3.as_str())).collect();
    assert_eq!(
        found,
        vec![
            (
                Some("the people"),
                "The chair had tired of Reber's “luxury-by-spreadsheet” approach"
            ),
            (Some("a narrator in the ad"), "So why didn't he pay"),
            (Some("a spokesman for the firm"), "We will not pay"),
        ],
        "{got:?}"
    );
}

/// "The report, published by the World Bank on Monday, found that …": a document that
/// speaks is its publisher's, the agent right after it.
#[test]
fn a_report_speaks_for_its_publisher() {
    let doc = crate::extract(
        "The report, published by the World Bank on Monday, found that poverty had fallen.",
        &Config::default(),
    );
    let found = doc.attributions.iter().find(|a| a.cue == "found");
    assert_eq!(found.and_then(|a| a.source.as_deref()), Some("world-bank"));
    assert_eq!(
        found.and_then(|a| a.source_text.as_deref()),
        Some("The report")
    );
}

/// "was welcomed by rights groups but criticised by the government": a second
/// participle and its agent after "but" or "and" share the subject; the first agent
/// ends before it.
#[test]
fn two_passives_share_their_subject() {
    let got = items(
        "The ruling was welcomed by rights groups but criticised by the government. The \
         plan was praised by the union and criticised by employers.",
        &Config::default(),
    );
    let found: Vec<(Option<&str>, &str, &str)> = got
        .iter()
        .map(|g| (g.1.as_deref(), g.2.as_str(), g.3.as_str()))
        .collect();
    assert_eq!(
        found,
        vec![
            (Some("rights groups"), "welcomed", "The ruling"),
            (Some("the government"), "criticised", "The ruling"),
            (Some("the union"), "praised", "The plan"),
            (Some("employers"), "criticised", "The plan"),
        ],
        "{got:?}"
    );
}

/// "“…,” he told supporters, before adding: “…”": a participle after a comma and a
/// subordinator of time shares the clause's subject, found past the opening quote.
#[test]
fn before_adding_shares_the_speaker() {
    let got = items(
        "“This is a historic day,” he told supporters, before adding: “But the work starts \
         now.”",
        &Config::default(),
    );
    let found: Vec<(Option<&str>, &str)> =
        got.iter().map(|g| (g.1.as_deref(), g.2.as_str())).collect();
    assert_eq!(
        found,
        vec![(Some("he"), "told"), (Some("he"), "adding")],
        "{got:?}"
    );
}
