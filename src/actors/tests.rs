//! Tests of the whole actors stage: short articles of our own in, actors out; and one
//! replayed example per rule id.

use super::*;
use crate::lexicon::user::{UserActor, UserLexicon};
use crate::span::Span;

/// Runs the whole stage over `text` (paragraphs split at blank lines).
pub(crate) fn actors_of(text: &str, config: &Config) -> Actors {
    let decoded = crate::reader::Text::from_str(text);
    let sentences = crate::sentences::split(&decoded.text, &decoded.paragraphs);
    let tokens = crate::tokens::tokenize_sentences(&decoded.text, &sentences);
    find(&decoded.text, &sentences, &tokens, config)
}

fn summary(text: &str, config: &Config) -> Vec<(String, ActorKind, Vec<String>)> {
    actors_of(text, config)
        .actors
        .iter()
        .map(|a| {
            let m = a
                .mentions
                .iter()
                .map(|m| m.span.text(text).to_string())
                .collect();
            (a.name.clone(), a.kind, m)
        })
        .collect()
}

/// The (name, kind) of every actor in a [`summary`], in order.
fn name_kinds(got: &[(String, ActorKind, Vec<String>)]) -> Vec<(&str, ActorKind)> {
    got.iter().map(|(n, k, _)| (n.as_str(), *k)).collect()
}

/// The names of the group actors in a [`summary`], in order.
fn group_names(got: &[(String, ActorKind, Vec<String>)]) -> Vec<&str> {
    got.iter()
        .filter(|g| g.1 == ActorKind::Group)
        .map(|g| g.0.as_str())
        .collect()
}

#[test]
fn whole_stage_on_a_short_article() {
    let text = "Talvik Motors chief executive Anna Berg said on Monday the carmaker would \
                cut 2,000 jobs.\n\nBerg told Reuters she expected the cuts to be finished \
                by June. Unnamed officials familiar with the plan said the company had \
                also approached Norvale.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Talvik Motors",
            "Anna Berg",
            "Reuters",
            "Unnamed officials familiar with the plan"
        ]
    );
    assert_eq!(got[0].2, ["Talvik Motors", "the carmaker", "the company"]);
    assert_eq!(got[1].2, ["Anna Berg", "Berg", "she"]);
    let a = actors_of(text, &Config::default());
    assert_eq!(a.actors[1].role.as_deref(), Some("chief executive"));
    assert_eq!(a.actors[1].affiliation, Some(0));
}

#[test]
fn descriptor_noun_names_the_body_later() {
    let text = "Campaign group Clean Rivers said the fine was small. Northmere Water, which \
                serves Tain, said it would pay. Northmere Water apologised. The group wants \
                a cap on bonuses.";
    let got = summary(text, &Config::default());
    assert_eq!(got[0].0, "Clean Rivers");
    assert_eq!(got[0].2, ["Clean Rivers", "The group"]);
}

#[test]
fn surname_reuse_before_a_people_noun() {
    let text = "Voters backed Joe Biden and Bernal Sanders. Some of the Sanders people \
                left.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    assert!(names.contains(&"Bernal Sanders"), "{names:?}");
}

#[test]
fn a_description_is_no_person_with_another_role() {
    let text = "Chief Constable Martin Ives resigned. The Home Office thanked him. A \
                spokeswoman said the minister would act. The Carrow Police said so.";
    let got = summary(text, &Config::default());
    assert_eq!(got[0].0, "Martin Ives");
    assert_eq!(got[0].2, ["Martin Ives"]);
    assert!(got
        .iter()
        .any(|(n, k, _)| n == "Carrow Police" && *k == ActorKind::Government));
}

#[test]
fn a_description_is_the_person_just_named() {
    let text = "Councillor Ada Vale backed the plan. The transport committee chair said it \
                was fair.";
    let got = summary(text, &Config::default());
    assert_eq!(got[0].2, ["Ada Vale", "The transport committee chair"]);
}

#[test]
fn a_bare_title_is_not_a_person_with_another_role() {
    let text = "Press secretary Alan Brooks told reporters that the president wants a deal.";
    let got = summary(text, &Config::default());
    assert_eq!(got[0].0, "Alan Brooks");
    assert_eq!(got[0].2, ["Alan Brooks"]);
}

#[test]
fn a_leadership_rank_joins_the_title() {
    let text = "Senate Majority Leader Tom Reyes said the bill was dead.";
    let doc = actors_of(text, &Config::default());
    let reyes = doc.actors.iter().find(|a| a.name == "Tom Reyes");
    assert_eq!(
        reyes.and_then(|a| a.role.as_deref()),
        Some("Majority Leader")
    );
    assert!(doc.actors.iter().all(|a| a.name != "Senate Majority"));
}

#[test]
fn user_lexicon_known_actors_and_vetoes() {
    let lexicon = UserLexicon {
        actors: vec![UserActor {
            name: "Harlow Water Board".to_string(),
            kind: ActorKind::Government,
            aliases: vec!["HWB".to_string()],
            role: None,
            affiliation: None,
        }],
        cues: vec![],
        not_actors: vec!["Quillo".to_string()],
    };
    let config = Config {
        lexicon,
        ..Config::default()
    };
    let text = "HWB said prices would rise. Quillo said nothing. Zenco Inc. agreed.";
    let got = summary(text, &config);
    assert_eq!(
        got,
        [
            (
                "Harlow Water Board".to_string(),
                ActorKind::Government,
                vec!["HWB".to_string()]
            ),
            (
                "Zenco".to_string(),
                ActorKind::Organization,
                vec!["Zenco Inc.".to_string()]
            ),
        ]
    );
    let rules: Vec<&str> = actors_of(text, &config).actors[0]
        .mentions
        .iter()
        .map(|m| m.rule)
        .collect();
    assert_eq!(rules, ["actor/user/lexicon"]);
}

#[test]
fn credit_lines_are_exposed_and_empty() {
    let text = "Prices rose, Zenco Inc. said.\n\nReporting by Ann Lee; Editing by Bo Chan";
    let a = actors_of(text, &Config::default());
    assert_eq!(a.credit_sentences, [1]);
    assert!(a.is_credit(1) && !a.is_credit(0));
    assert!(a
        .actors
        .iter()
        .all(|x| x.mentions.iter().all(|m| m.sentence == 0)));
}

#[test]
fn administration_not_person_and_pronoun() {
    let text = "Despite President Ola Brandt’s doubts about imports, he has said the \
                Brandt administration would talk. Brandt officials declined to comment.";
    let got = summary(text, &Config::default());
    assert_eq!(got[0].0, "Ola Brandt");
    assert_eq!(got[0].2, ["Ola Brandt", "he"]);
    assert_eq!(got[1].0, "Brandt administration");
    assert_eq!(got[1].2, ["Brandt administration", "Brandt officials"]);
}

#[test]
fn campaigns_are_organisations_of_their_own() {
    let text = "The Vell campaign said the debate was rigged. “We will not be silenced,” \
                the Ostrander campaign said. Ms. Ostrander's campaign, which raised $4 \
                million, said the campaign would spend it in Ohio. The Vell campaign \
                manager, Ed Pike, declined to comment. A Twitter campaign against Vell \
                grew.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Vell campaign",
            "Ostrander campaign",
            "Ostrander",
            "Ed Pike"
        ]
    );
    assert_eq!(got[0].1, ActorKind::Organization);
    assert_eq!(
        got[1].2,
        ["Ostrander campaign", "Ostrander's campaign", "the campaign"]
    );
    // A second administration is its own, not a description of the first.
    let text = "The Brandt administration said the rule was legal. The Olsen \
                administration had called it illegal.";
    let got = summary(text, &Config::default());
    assert_eq!(got[0].2, ["Brandt administration"]);
    assert_eq!(got[1].2, ["Olsen administration"]);
}

#[test]
fn resolve_prefers_the_head() {
    let text = "Zenco Inc. CEO Mia Cole, a friend of Ostra Ltd., said so.";
    let a = actors_of(text, &Config::default());
    let name = |i: Option<usize>| i.map(|i| a.actors[i].name.clone());
    let whole = Span::new(0, text.find(" said").unwrap_or(0));
    assert_eq!(
        name(a.resolve_head(text, whole)).as_deref(),
        Some("Mia Cole")
    );
    let np = Span::new(0, text.find(',').unwrap_or(0));
    assert_eq!(name(a.resolve_head(text, np)).as_deref(), Some("Mia Cole"));
    assert_eq!(name(a.resolve(np)).as_deref(), Some("Zenco"));
}

#[test]
fn lookups_by_offset() {
    let text = "Zenco Inc. said it would grow.";
    let a = actors_of(text, &Config::default());
    assert_eq!(a.at(2).map(|(i, _)| i), Some(0));
    assert_eq!(a.ending_at(10), Some(0));
    assert_eq!(a.in_sentence(0).len(), 2);
}

mod rule_examples {
    use super::actors_of;
    use crate::Config;

    /// One example per rule id: (text, mention text, rule that must have found it).
    const EXAMPLES: &[(&str, &str, &str)] = &[
        (
            "Mrs Justice Orme ruled on Friday.",
            "Mrs Justice Orme",
            "actor/name/judge",
        ),
        ("Reuters reported the deal.", "Reuters", "actor/name/media"),
        ("The Kremlin denied it.", "Kremlin", "actor/name/gov-body"),
        (
            "Deputy Mayor Ines Toller spoke.",
            "Ines Toller",
            "actor/name/title-person",
        ),
        (
            "Pellam Corp. cut jobs.",
            "Pellam Corp.",
            "actor/name/org-suffix",
        ),
        (
            "The Harbour Ministry of Roads said no.",
            "Harbour Ministry of Roads",
            "actor/name/gov-head",
        ),
        (
            "Quarry Airways cut fares.",
            "Quarry Airways",
            "actor/name/org-head",
        ),
        (
            "The deal went to Northern Harvest Trading in May.",
            "Northern Harvest Trading",
            "actor/name/org-head",
        ),
        (
            "Later Retail Workers Ireland said no.",
            "Retail Workers Ireland",
            "actor/name/org-head",
        ),
        (
            "The Ledford Gazette said so.",
            "Ledford Gazette",
            "actor/name/media-head",
        ),
        (
            "It was first reported by the Seoul Economic Daily.",
            "Seoul Economic Daily",
            "actor/name/media-head",
        ),
        (
            "Later, Coastal Heritage Wales (CHW) said so.",
            "Coastal Heritage Wales",
            "actor/name/acronym",
        ),
        (
            "Karen Vos arrived late.",
            "Karen Vos",
            "actor/name/first-name",
        ),
        (
            "Later, Labour said it would vote no.",
            "Labour",
            "actor/name/party",
        ),
        (
            "Environment Canada has warned of a heatwave.",
            "Environment Canada",
            "actor/name/gov-head",
        ),
        (
            "The Liberal Democrats said they would vote no.",
            "Liberal Democrats",
            "actor/name/party",
        ),
        (
            "The Scottish Conservatives went further.",
            "Scottish Conservatives",
            "actor/name/party",
        ),
        (
            "Ostrava CEO Ines Toller spoke.",
            "Ostrava",
            "actor/name/role-affiliation",
        ),
        (
            "Tuva Renko, a retired pilot, said no.",
            "Tuva Renko",
            "actor/name/apposition",
        ),
        (
            "Then Tuva Renko, who flew jets, said no.",
            "Tuva Renko",
            "actor/name/who",
        ),
        (
            "Then Gorvex, which makes pipes, said no.",
            "Gorvex",
            "actor/name/which",
        ),
        (
            "Its spokesman, Tuva Renko, left.",
            "Tuva Renko",
            "actor/name/role-apposition",
        ),
        (
            "They hired cloud firm Quillo in May.",
            "Quillo",
            "actor/name/descriptor",
        ),
        (
            "They met investor Tuva Renko twice.",
            "Tuva Renko",
            "actor/name/role-person",
        ),
        (
            "A group that calls itself Redkite posted it.",
            "Redkite",
            "actor/name/named-as",
        ),
        (
            "Analysts at Brellum said rates would fall.",
            "Brellum",
            "actor/name/staff-at",
        ),
        (
            "She is president of Vantor.",
            "Vantor",
            "actor/name/role-of",
        ),
        (
            "Shares of Tesvara fell 4% on Monday.",
            "Tesvara",
            "actor/name/market",
        ),
        (
            "On Friday Halvex shares tumbled.",
            "Halvex",
            "actor/name/market",
        ),
        (
            "It signed a joint venture with Quillo.",
            "Quillo",
            "actor/name/partner",
        ),
        (
            "Then Quillo’s chief pilot left.",
            "Quillo",
            "actor/name/possessive-role",
        ),
        (
            "Kestrel newspaper reported that prices rose.",
            "Kestrel",
            "actor/name/outlet-noun",
        ),
        (
            "The Ledger business weekly reported that prices rose.",
            "Ledger",
            "actor/name/outlet-noun",
        ),
        (
            "The Narrow Valley Herders union said no.",
            "Narrow Valley Herders",
            "actor/name/head-noun",
        ),
        (
            "After that, Tuva Renko said no.",
            "Tuva Renko",
            "actor/name/speaker",
        ),
        (
            "After that, Quillo said no.",
            "Quillo",
            "actor/name/subject",
        ),
        (
            "“It is late,” said Tomasz Wierzbowski of Kestrel Farms.",
            "Tomasz Wierzbowski",
            "actor/name/inverted-speaker",
        ),
        (
            "They doubted Quillo's plan.",
            "Quillo",
            "actor/name/possessive",
        ),
        (
            "It bought stakes in Brellum Holdings and Quillo.",
            "Quillo",
            "actor/name/coordination",
        ),
        (
            "New Delhi rejected the offer.",
            "New Delhi",
            "actor/name/country",
        ),
        (
            "Ruth Pell spoke. Later Pell left.",
            "Pell",
            "actor/coref/surname",
        ),
        (
            "Ruth Pell spoke. Later Ruth left.",
            "Ruth",
            "actor/coref/first-name",
        ),
        (
            "Rodrigo Salazar Quispe spoke. Later Salazar left.",
            "Salazar",
            "actor/coref/surname",
        ),
        (
            "Harrow Foods Ltd. grew. Harrow said so.",
            "Harrow",
            "actor/coref/short-name",
        ),
        (
            "The National Union of Classroom Teachers met. The NUCT said so.",
            "NUCT",
            "actor/coref/acronym",
        ),
        (
            "The Alliance of Small River Towns met. The AOSRT said so.",
            "AOSRT",
            "actor/coref/acronym",
        ),
        (
            "The U.S. Fisheries and Wildlife Bureau met. The FWB said so.",
            "FWB",
            "actor/coref/acronym",
        ),
        (
            "Harrow Foods Ltd. grew. The company said so.",
            "The company",
            "actor/coref/description",
        ),
        ("Ruth Pell spoke. She left.", "She", "actor/coref/pronoun"),
        (
            "Zenco Holdings, a mining group based in Perth, said so.",
            "a mining group based in Perth",
            "actor/coref/apposition",
        ),
        (
            "The Vell administration said no.",
            "Vell administration",
            "actor/gov/administration",
        ),
        (
            "The Vell campaign said no.",
            "Vell campaign",
            "actor/org/campaign",
        ),
        (
            "Lakeside Unified's board voted.",
            "Lakeside Unified's board",
            "actor/gov/possessive-body",
        ),
        (
            "The governor's office denied it.",
            "governor's office",
            "actor/gov/office",
        ),
        (
            "The Rates Policy Committee, known as Ratpol, met. It said so.",
            "Ratpol",
            "actor/coref/named-as",
        ),
        (
            "The bank denied a report in Clarion newspaper.",
            "Clarion",
            "actor/name/head-noun",
        ),
        (
            "Portugal's government said no. It said so.",
            "Portugal's government",
            "actor/gov/country-government",
        ),
        (
            "People familiar with the talks said so.",
            "People familiar with the talks",
            "actor/group/source",
        ),
        (
            "Melinda Quarrie Takes On Harbour Board\n\nQuarrie said on Monday that the vote would go ahead.",
            "Melinda Quarrie",
            "actor/name/headline-first-name",
        ),
    ];

    #[test]
    fn every_rule_has_an_example() {
        let mut wrong = Vec::new();
        for &(text, mention, rule) in EXAMPLES {
            let a = actors_of(text, &Config::default());
            let found = a
                .actors
                .iter()
                .flat_map(|x| &x.mentions)
                .find(|m| m.span.text(text) == mention)
                .map(|m| m.rule);
            if found != Some(rule) {
                wrong.push(format!("{text} → {found:?}, want {rule}"));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}

#[test]
fn a_title_keeps_its_portfolio_and_prefix_out_of_the_name() {
    for (text, name, role) in [
        (
            "Former Secretary of State Melinda Quarrie said so.",
            "Melinda Quarrie",
            "Former Secretary of State",
        ),
        (
            "The Chancellor of the Exchequer Gavin Rolle said so.",
            "Gavin Rolle",
            "Chancellor of the Exchequer",
        ),
        (
            "Minister of Finance Idris Okafor said so.",
            "Idris Okafor",
            "Minister of Finance",
        ),
        (
            "A visit from then-Secretary of State Melinda Quarrie came first.",
            "Melinda Quarrie",
            "then-Secretary of State",
        ),
        (
            "The plan was backed by ex-minister Idris Okafor.",
            "Idris Okafor",
            "ex-minister",
        ),
        // A rank before the country, a nationality's portfolio.
        (
            "Assistant U.S. Attorney Daniel Ferreira said so.",
            "Daniel Ferreira",
            "Assistant U.S. Attorney",
        ),
        (
            "Iraqi Oil Minister Salim Jabbouri said so.",
            "Salim Jabbouri",
            "Oil Minister",
        ),
        // A portfolio chained with "of" and "for", with its own list.
        (
            "Union Minister of State for Electronics and Digital Affairs Suresh Bhandari said so.",
            "Suresh Bhandari",
            "Union Minister of State for Electronics and Digital Affairs",
        ),
    ] {
        let got = names_and_roles(text);
        assert_eq!(got, [(name.to_string(), Some(role.to_string()))], "{text}");
    }
}

#[test]
fn a_noun_before_a_name_says_what_body_it_is() {
    for (text, name, kind) in [
        (
            "Dale Whitford, the owner of the Tucson Rattlers, said he backed the plan.",
            "Tucson Rattlers",
            ActorKind::Organization,
        ),
        (
            "A report in the trade publication Logistics Insider said the sale was near.",
            "Logistics Insider",
            ActorKind::Media,
        ),
        (
            "Lumora is selling its robotics division, Lumora Motion, to a buyer.",
            "Lumora Motion",
            ActorKind::Organization,
        ),
    ] {
        let got = summary(text, &Config::default());
        assert!(
            got.iter().any(|(n, k, _)| n == name && *k == kind),
            "{text}: {got:?}"
        );
    }
}

/// Each actor's name and role, in order.
fn names_and_roles(text: &str) -> Vec<(String, Option<String>)> {
    actors_of(text, &Config::default())
        .actors
        .into_iter()
        .map(|x| (x.name, x.role))
        .collect()
}

#[test]
fn a_person_described_by_age_is_the_person_in_focus() {
    let text = "Ines Valderrama runs Lumora Systems. The 51-year-old engineer, who joined \
                in 2022, said sales rose. The 24-year-old is expected to sign.";
    let got = summary(text, &Config::default());
    let ines = got.iter().find(|(n, _, _)| n == "Ines Valderrama");
    assert_eq!(
        ines.map(|(_, _, m)| m.clone()),
        Some(vec![
            "Ines Valderrama".to_string(),
            "The 51-year-old engineer".to_string(),
            "The 24-year-old".to_string(),
        ]),
        "{got:?}"
    );
}

#[test]
fn an_acronym_for_lower_case_words_is_a_term_and_an_adjective_no_outlet() {
    let text = "Independent experts were divided. \
                Patients on proton pump inhibitors, or PPIs, were studied. PPIs, which \
                include omeprazole, are common. Sales of electric vehicles (EVs) fell. \
                EVs, which cost more, sold less. The Health Workers Union (HWU) said the \
                study was flawed. HWU said it would appeal.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["Health Workers Union"], "{got:?}");
}

#[test]
fn a_name_before_a_lower_case_title_and_its_holder_is_the_employer() {
    let got = names_and_roles(
        "The deal was welcomed by Zenco chief executive Mia Cole. Regional governor Ion \
         Vlad agreed. Finance minister Ola Berg did not. Jill Stein spoke. A note from \
         Stein spokeswoman Ana Cruz said so.",
    );
    let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Zenco",
            "Mia Cole",
            "Ion Vlad",
            "Ola Berg",
            "Jill Stein",
            "Ana Cruz"
        ],
        "{got:?}"
    );
    let a = actors_of(
        "The deal was welcomed by Zenco chief executive Mia Cole.",
        &Config::default(),
    );
    assert_eq!(a.actors[1].affiliation, Some(0));
}

#[test]
fn a_head_word_alone_before_a_title_is_the_roles() {
    let got = names_and_roles(
        "Police Chief Marcus Odom defended the program. Council President Ray Tillis said \
         the vote would wait. Orbis Energy CEO Jane Doe agreed. Chief Financial Officer \
         Kenji Morita said orders rose.",
    );
    let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Marcus Odom",
            "Ray Tillis",
            "Orbis Energy",
            "Jane Doe",
            "Kenji Morita"
        ],
        "{got:?}"
    );
    assert_eq!(got[0].1.as_deref(), Some("Police Chief"));
    assert_eq!(got[1].1.as_deref(), Some("Council President"));
    assert_eq!(got[3].1.as_deref(), Some("CEO"));
    assert_eq!(got[4].1.as_deref(), Some("Chief Financial Officer"));
}

#[test]
fn the_capitalised_words_before_minister_are_its_portfolio() {
    let got = names_and_roles(
        "Emergency Management Minister Priya Sandhu urged residents to leave. Foreign \
         Affairs Minister Lena Ortiz said the talks would resume. Ontario Energy Minister \
         Tom Keeper agreed.",
    );
    assert_eq!(
        got,
        [
            (
                "Priya Sandhu".to_string(),
                Some("Emergency Management Minister".to_string())
            ),
            (
                "Lena Ortiz".to_string(),
                Some("Foreign Affairs Minister".to_string())
            ),
            (
                "Tom Keeper".to_string(),
                Some("Energy Minister".to_string())
            ),
        ],
        "{got:?}"
    );
}

#[test]
fn a_state_adjective_or_the_opposition_before_a_title_is_no_body() {
    let got = names_and_roles(
        "Victorian Premier Ann Dale said the cap would stay. Opposition Leader Tom Ruse \
         said a Coalition government would lift it.",
    );
    assert_eq!(
        got,
        [
            ("Ann Dale".to_string(), Some("Premier".to_string())),
            (
                "Tom Ruse".to_string(),
                Some("Opposition Leader".to_string())
            ),
        ]
    );
}

#[test]
fn a_company_head_before_a_title_is_the_companys() {
    for (text, company, role) in [
        ("Orbis Energy CEO Jane Doe said so.", "Orbis Energy", "CEO"),
        (
            "Shell Oil Chairman John Roe said so.",
            "Shell Oil",
            "Chairman",
        ),
    ] {
        let got = names_and_roles(text);
        assert_eq!(got[0], (company.to_string(), None), "{text}");
        assert_eq!(got[1].1.as_deref(), Some(role), "{text}");
    }
}

#[test]
fn a_title_case_headline_gives_a_lone_surname_its_full_name() {
    let text = "Melinda Quarrie Takes On Rudy Okafor In Harbour Debate\n\n\
                HARBOURTON - The Quarrie campaign said on Monday that the debate would go \
                ahead. Quarrie told reporters she was ready. Okafor Holdings said it agreed.";
    let got = summary(text, &Config::default());
    let quarrie = got
        .iter()
        .find(|(name, _, _)| name.ends_with("Quarrie"))
        .unwrap_or_else(|| panic!("no Quarrie in {got:?}"));
    assert_eq!(quarrie.0, "Melinda Quarrie", "{got:?}");
    assert_eq!(quarrie.1, ActorKind::Person, "{got:?}");
    assert!(quarrie.2.iter().any(|m| m == "she"), "{got:?}");
    // A headline word the body uses as another name's word is not cut from the headline.
    assert!(
        got.iter().all(|(name, _, _)| name != "Rudy Okafor"),
        "{got:?}"
    );
}

#[test]
fn generalisation_rules_on_an_invented_article() {
    // One case per rule: a role before a name is not a group, a definite organisation
    // noun in apposition types the next name, "the board of X" belongs to X, a lone
    // word of a body's name after "in" is a place, and a sentence-opening description
    // continues the previous subject rather than the article's most frequent body.
    let text = "Kestrel Ports SA rejected a bid from rival shipper Valmo Freight on Monday. Kestrel Ports \
                said the offer was low. Valmo Freight said it was surprised. The company \
                has proposed keeping all jobs, agency spokesman Ivan Petrov said.\n\n\
                Workers in Kestrel protested. Talks with the winning bidder, Ostrel Cargo, \
                went on. Ostrel Cargo denied wrongdoing. Mira Holt sits on the board of \
                the rival bidder Lindqvist Haulage.";
    let got = summary(text, &Config::default());
    let find = |n: &str| got.iter().find(|a| a.0 == n);
    let valmo = find("Valmo Freight")
        .map(|a| a.2.clone())
        .unwrap_or_default();
    assert!(valmo.contains(&"The company".to_string()), "{got:?}");
    let kestrel = find("Kestrel Ports")
        .map(|a| a.2.clone())
        .unwrap_or_default();
    assert_eq!(kestrel, ["Kestrel Ports SA", "Kestrel Ports"]);
    assert!(got.iter().all(|a| a.1 != ActorKind::Group), "{got:?}");
    assert_eq!(find("Ivan Petrov").map(|a| a.1), Some(ActorKind::Person));
    assert_eq!(
        find("Ostrel Cargo").map(|a| a.1),
        Some(ActorKind::Organization)
    );
    let lind = find("Lindqvist Haulage").map(|a| (a.1, a.2.clone()));
    assert_eq!(
        lind,
        Some((
            ActorKind::Organization,
            vec!["the board".to_string(), "Lindqvist Haulage".to_string()]
        ))
    );
}

#[test]
fn a_word_before_a_title_is_no_surname() {
    // "Albion chairman Tom Reed": the lone "Albion" names a body, so "Brenton Albion"
    // is not a person however often "Albion" stands alone.
    let text = "Brenton Albion sacked its coach on Friday. Albion chairman Tom Reed said the \
                decision was final. Albion had lost six games.";
    let got = summary(text, &Config::default());
    let person = |a: &&(String, ActorKind, Vec<String>)| a.1 == ActorKind::Person;
    let people: Vec<&str> = got.iter().filter(person).map(|a| a.0.as_str()).collect();
    assert_eq!(people, ["Tom Reed"]);
}

/// A sentence's first word is a body when it owns a role or is coordinated with a known
/// body, as when it is a speech verb's subject.
#[test]
fn sentence_openers_that_own_a_role_or_join_a_body() {
    let cases: &[(&str, &str)] = &[
        (
            "Plants stay open.\n\nKorvath's chief executive, Ilse Brandt, said the plant would stay open.",
            "Korvath",
        ),
        (
            "Fines are due.\n\nVelmora and Microsoft said they would appeal.",
            "Velmora",
        ),
    ];
    for &(text, want) in cases {
        let got = summary(text, &Config::default());
        let hit = got.iter().find(|(n, _, _)| n == want);
        assert_eq!(
            hit.map(|h| h.1),
            Some(ActorKind::Organization),
            "{text}: {got:?}"
        );
    }
}

/// The mention texts of the actor named `name` in a [`summary`], or none.
fn mentions_of(got: &[(String, ActorKind, Vec<String>)], name: &str) -> Vec<String> {
    got.iter()
        .find(|g| g.0 == name)
        .map(|g| g.2.clone())
        .unwrap_or_default()
}

/// "Ferry crews at Highlands port strike … in the West Highlands": a region's name
/// opening with a compass word is no person, though its last word stands alone.
#[test]
fn a_compass_region_is_no_person_by_its_last_word() {
    let got = summary(
        "Ferry crews at Highlands port vote to strike\n\nFerry crews have voted to strike, \
         raising the prospect of cancelled sailings across the West Highlands next month.",
        &Config::default(),
    );
    assert!(got.iter().all(|g| g.1 != ActorKind::Person), "{got:?}");
}

/// "Pham Thu Ha", "Lee Sun Hee": a day's three-letter abbreviation between two
/// capitalised words is a name's word, not a date that splits the name.
#[test]
fn a_day_abbreviation_inside_a_name() {
    let got = summary(
        "Deputy Transport Minister Tran Thu Lan said the ferry would reopen. She gave no \
         date.",
        &Config::default(),
    );
    assert_eq!(
        got,
        [(
            "Tran Thu Lan".to_string(),
            ActorKind::Person,
            vec!["Tran Thu Lan".to_string(), "She".to_string()]
        )]
    );
}

/// "the Mar Austral Foundation": after "the", a month's three-letter abbreviation
/// before a capitalised word opens the name ("Mar" is Spanish for sea); "the Mar 5
/// meeting" has a number after it.
#[test]
fn a_month_abbreviation_opening_a_name_after_the() {
    let got = summary(
        "The Mar Claro Trust, a conservation group, called for a ban. The Mar 5 meeting \
         was delayed.",
        &Config::default(),
    );
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["Mar Claro Trust"]);
}

/// "the escaped Atlantic salmon": an outlet named only with "the" is, without it and
/// before a lower-case noun, an adjective; "a Guardian article" and "The Atlantic
/// reported" are the outlets.
#[test]
fn an_outlet_named_with_the_is_an_adjective_without_it() {
    let media = |text: &str| -> Vec<String> {
        let got = summary(text, &Config::default());
        got.into_iter()
            .filter(|(_, k, _)| *k == ActorKind::Media)
            .map(|(n, _, _)| n)
            .collect()
    };
    assert!(media("Fishers caught escaped Atlantic salmon near the farm.").is_empty());
    assert!(media("Voters backed Independent candidates in the north.").is_empty());
    assert_eq!(
        media("A Guardian article said the farm had failed."),
        ["Guardian"]
    );
    assert_eq!(
        media("The Atlantic reported that the farm had failed."),
        ["Atlantic"]
    );
}

/// A place's last word standing alone as a place ("in Lobos", "the Lobos region") is
/// no surname that makes "Puerto Lobos" a person; "in Kerr' column" is a possessive.
#[test]
fn a_place_reused_alone_is_no_surname() {
    let text = "Storms hit the Lobos region. Ana Ruiz, the agency's director, told \
                reporters in Puerto Lobos that farms in Lobos had failed. Readers liked \
                the Ilka Kerr column. As stated in Kerr' column, the farms failed.";
    let got = summary(text, &Config::default());
    let people: Vec<&str> = got
        .iter()
        .filter(|(_, k, _)| *k == ActorKind::Person)
        .map(|(n, _, _)| n.as_str())
        .collect();
    assert_eq!(people, ["Ana Ruiz", "Ilka Kerr"], "{got:?}");
    assert_eq!(mentions_of(&got, "Ilka Kerr"), ["Ilka Kerr", "Kerr"]);
}

/// Heads of farmers' bodies: "Kereru Dairy Co-operative" (a hyphenated head, whose
/// lower case after the hyphen opens no compound), "Allied Growers", "Federated
/// Farmers", "the Roundtable on Responsible Soy".
#[test]
fn cooperatives_farmers_and_roundtables() {
    let text = "Kereru Dairy Co-operative cut its forecast on Friday. Federated Farmers \
                dairy spokesman Ian Hoki said farmers were struggling. The Roundtable on \
                Responsible Soy said it would act.";
    let got = summary(text, &Config::default());
    let orgs: Vec<&str> = got
        .iter()
        .filter(|(_, k, _)| *k == ActorKind::Organization)
        .map(|(n, _, _)| n.as_str())
        .collect();
    assert_eq!(
        orgs,
        [
            "Kereru Dairy Co-operative",
            "Federated Farmers",
            "Roundtable on Responsible Soy"
        ],
        "{got:?}"
    );
}

/// "the supply chain", "the value chain": compounds of "chain" that name no company,
/// unlike "the retail chain".
#[test]
fn a_supply_chain_is_no_company() {
    let text = "Tarvo Stores said sales fell. Costs rose across the supply chain, and we \
                must move up the value chain, the retail chain said.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Tarvo Stores"),
        ["Tarvo Stores", "the retail chain"],
        "{got:?}"
    );
}

/// "Racing Almedina and Almedina City Council": a second name with its own head that
/// opens with a word of the first is another body ("Securities and Exchange
/// Commission" and "Senate Energy and Natural Resources Committee" stay one).
#[test]
fn two_bodies_joined_by_and_that_share_a_place() {
    let text = "A row between football club Racing Almedina and Almedina City Council \
                deepened. The \
                Senate Energy and Natural Resources Committee said it would hear both.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "Racing Almedina",
            "Almedina City Council",
            "Senate Energy and Natural Resources Committee"
        ],
        "{got:?}"
    );
}

/// "a Swedish investment firm, Fjällbacka Kapital, had …": an indefinite description
/// names the body between commas; without the closing comma it does not ("It is a
/// good firm, Ana Ruiz said").
#[test]
fn an_indefinite_description_before_a_closed_name() {
    let text = "Two people said a Danish investment firm, Holmvik Kapital, had made a bid.";
    let got = summary(text, &Config::default());
    assert!(
        got.iter()
            .any(|(n, k, _)| n == "Holmvik Kapital" && *k == ActorKind::Organization),
        "{got:?}"
    );
    let open = summary(
        "It is a good firm, Holmvik Kapital said.",
        &Config::default(),
    );
    assert!(
        open.iter().all(|(_, k, _)| *k != ActorKind::Organization),
        "{open:?}"
    );
}

/// "the Senate Standing Committee on Finance and Revenue": a committee's portfolios
/// after "on" hold an "and"; before ", Governor Asim Qureshi" such a name is no person
/// in apposition.
#[test]
fn a_committee_on_two_portfolios() {
    let got = summary(
        "The Senate Standing Committee on Trade and Industry said it would meet.",
        &Config::default(),
    );
    assert_eq!(got[0].0, "Senate Standing Committee on Trade and Industry");
    let got = summary(
        "Appearing before the Senate Standing Committee on Trade and Industry, Governor \
         Asim Qureshi said inflation had slowed.",
        &Config::default(),
    );
    let people: Vec<&str> = got
        .iter()
        .filter(|(_, k, _)| *k == ActorKind::Person)
        .map(|(n, _, _)| n.as_str())
        .collect();
    assert_eq!(people, ["Asim Qureshi"], "{got:?}");
}

/// "The plan's administrator, Tarn Restructuring Advisory,": an advisory firm, named
/// after a title that a firm may hold.
#[test]
fn an_advisory_firm_as_administrator() {
    let got = summary(
        "The plan's administrator, Tarn Restructuring Advisory, said it had met creditors.",
        &Config::default(),
    );
    assert_eq!(
        got,
        [(
            "Tarn Restructuring Advisory".to_string(),
            ActorKind::Organization,
            vec!["Tarn Restructuring Advisory".to_string(), "it".to_string()]
        )]
    );
}

/// "Two workers interviewed outside the factory gates on Monday said": a participle of
/// being asked is passed over to the verb; the group is "Two workers".
#[test]
fn a_group_interviewed_somewhere() {
    let got = summary(
        "Two workers interviewed outside the plant on Monday said managers had told them \
         that shifts would be cut.",
        &Config::default(),
    );
    assert_eq!(
        got,
        [(
            "Two workers".to_string(),
            ActorKind::Group,
            vec!["Two workers interviewed outside the plant".to_string()]
        )]
    );
}

/// "Cairo rejected …", "Addis Ababa's hand": a capital stands for its country's
/// government, one actor with the country.
#[test]
fn a_capital_stands_for_its_country() {
    let got = summary(
        "Egypt wants a guaranteed release. Cairo rejected the offer on Monday.",
        &Config::default(),
    );
    assert_eq!(mentions_of(&got, "Egypt"), ["Egypt", "Cairo"], "{got:?}");
    assert_eq!(got.len(), 1, "{got:?}");
}

/// "Ethiopian state media reported that …": the outlets as one source, of the media.
#[test]
fn state_media_as_a_source() {
    let got = summary(
        "Vellish state media reported that the dam had opened.",
        &Config::default(),
    );
    assert_eq!(
        got,
        [(
            "Vellish state media".to_string(),
            ActorKind::Media,
            vec!["Vellish state media".to_string()]
        )]
    );
}

/// "Pannon TV": "TV", no actor alone, closes an outlet's name.
#[test]
fn a_tv_channel() {
    let got = summary(
        "The regulator fined broadcaster Vela TV on Monday. Vela TV said it would appeal. \
         Viewers watch TV daily.",
        &Config::default(),
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Vela TV");
    assert_eq!(got[0].1, ActorKind::Media);
}

/// "Delgado Whitfield" for "Delgado Whitfield & Partners": a firm's name without its
/// ampersand and head is its short name.
#[test]
fn a_short_name_before_an_ampersand() {
    let got = summary(
        "Brannock Stroud & Partners drew up the plan. Brannock Stroud's chief engineer, Ana Ruiz, spoke.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Brannock Stroud & Partners"),
        ["Brannock Stroud & Partners", "Brannock Stroud"]
    );
}

/// "the Democratic Front of Education Workers": a front heads a body's name, its "of"
/// phrase part of it (no person "Democratic Front").
#[test]
fn a_front_of_workers() {
    let got = summary(
        "The Popular Front of Dock Workers said it would strike.",
        &Config::default(),
    );
    assert_eq!(got[0].0, "Popular Front of Dock Workers", "{got:?}");
    assert_eq!(got.len(), 1, "{got:?}");
}

/// "the West Coast Fishermen's Association": a plural of people in "-men" takes "'s"
/// inside a name, as "Women's" and "Children's" do.
#[test]
fn a_fishermens_association() {
    let got = summary(
        "The North Shore Fishermen’s Association said it would sue.",
        &Config::default(),
    );
    assert_eq!(got[0].0, "North Shore Fishermen’s Association", "{got:?}");
    assert_eq!(got[0].1, ActorKind::Organization);
}

/// "the Blue Nile … The Nile is …": a name after "the" is no person's, so its last
/// word alone after "the" is no surname.
#[test]
fn a_name_after_the_is_no_surname() {
    let got = summary(
        "Crowds filled the Grand Esplanade on Sunday. The Esplanade was closed later.",
        &Config::default(),
    );
    assert!(
        got.iter().all(|(_, k, _)| *k != ActorKind::Person),
        "{got:?}"
    );
}

/// "as Black Sea supplies tightened": a name ending in a word for a sea, a river or a
/// range of land is a place's, even before a noun that heads companies.
#[test]
fn a_sea_before_supplies_is_no_company() {
    let got = summary(
        "Prices rose as Caspian Sea supplies tightened, traders said.",
        &Config::default(),
    );
    assert!(got.iter().all(|(n, _, _)| !n.contains("Sea")), "{got:?}");
}

/// "Zenco Pharmacy, the third-largest U.S. drugstore chain,": a country or a
/// nationality before an apposition's noun modifies it; the name is a company's.
#[test]
fn a_country_before_an_appositions_noun_types_the_name() {
    for (text, apposition) in [
        (
            "Zenco Pharmacy, the third-largest U.S. drugstore chain, said on Tuesday it would close stores.",
            "the third-largest U.S. drugstore chain",
        ),
        (
            "Harlow Pharmacy, a German drugstore chain, said on Tuesday it would close stores.",
            "a German drugstore chain",
        ),
    ] {
        let got = summary(text, &Config::default());
        let name = got.first().map(|g| (g.0.as_str(), g.1));
        assert_eq!(name.map(|n| n.1), Some(ActorKind::Organization), "{text}: {got:?}");
        let m = got.first().map(|g| g.2.clone()).unwrap_or_default();
        assert!(m.iter().any(|m| m == apposition), "{text}: {got:?}");
    }
}

/// "Along with Kestra, the brand has …", "Unlike Solvent, a German supplier, it …": a
/// name in an opening phrase that sets others beside the subject is not what the
/// subject's description or pronoun refers to.
#[test]
fn a_name_set_beside_the_subject_is_not_its_antecedent() {
    let text = "Velmora, the Italian scooter maker, is in talks with Kestra, a Swedish supplier, \
                about a plant. Along with Kestra, the brand has approached Hanwell Motors.";
    let got = summary(text, &Config::default());
    assert!(
        mentions_of(&got, "Velmora").contains(&"the brand".to_string()),
        "{got:?}"
    );
    assert!(
        !mentions_of(&got, "Kestra").contains(&"the brand".to_string()),
        "{got:?}"
    );
    let text = "Bramwell, the British bus maker, said sales rose. \
                Unlike Solvent, a German supplier, it has kept its prices.";
    let got = summary(text, &Config::default());
    assert!(
        mentions_of(&got, "Bramwell").contains(&"it".to_string()),
        "{got:?}"
    );
    assert!(
        !mentions_of(&got, "Solvent").contains(&"it".to_string()),
        "{got:?}"
    );
}

/// "Swedish Association of Local Authorities and Regions": after a head's "of", two
/// plurals joined by "and" are the members the body is of, one name ("-men" plurals
/// and a "Brotherhood" too).
#[test]
fn two_plurals_after_a_heads_of_are_one_name() {
    let text = "The Nordic Federation of Dairy Farmers and Cheesemakers said prices would fall. \
                The Bank of England and Barclays declined to comment. The Brotherhood of \
                Harbour Pilots and Boatmen said it would strike.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(
        names.contains(&"Nordic Federation of Dairy Farmers and Cheesemakers"),
        "{names:?}"
    );
    assert!(
        names.contains(&"Brotherhood of Harbour Pilots and Boatmen"),
        "{names:?}"
    );
    assert!(names.contains(&"Barclays"), "{names:?}");
}

/// "Faisal al-Otaibi", "Abdel Fattah el-Sisi": a name word after an Arabic article
/// written in lower case is capitalised as a name word; "Al-Otaibi" later is the same
/// person.
#[test]
fn a_name_after_a_lower_case_arabic_article_is_whole() {
    let text = "Deputy Minister Faisal al-Otaibi said the delay was temporary. \
                Al-Otaibi added that hotels would open in 2027.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Faisal al-Otaibi"),
        vec!["Faisal al-Otaibi", "Al-Otaibi"],
        "{got:?}"
    );
}

/// Titles of office, rank and church are left out of the name and mark the name after
/// them as a person's ("Colonel Tomas Hruby", "Provost Dana Whitcomb", "the group's
/// coordinator, Aigerim Tulegenova,"), though a surname may be such a word ("Julie
/// Bishop").
#[test]
fn titles_of_office_rank_and_church_mark_a_person() {
    for (text, name) in [
        (
            "Colonel Tomas Hruby said the servers were seized.",
            "Tomas Hruby",
        ),
        (
            "Provost Dana Whitcomb said the inquiry would go on.",
            "Dana Whitcomb",
        ),
        (
            "Archbishop Tomas Rey said the church would help.",
            "Tomas Rey",
        ),
        (
            "The group's coordinator, Aigerim Tulegenova, said the water was unsafe.",
            "Aigerim Tulegenova",
        ),
        ("Julie Bishop said the deal was fair.", "Julie Bishop"),
    ] {
        let got = summary(text, &Config::default());
        assert!(
            got.iter().any(|g| g.0 == name && g.1 == ActorKind::Person),
            "{text}: {got:?}"
        );
    }
}

/// "Minerals Council South Africa": a country of two words after a head word names
/// where the body is; the head types it (no person of three capitalised words).
#[test]
fn a_two_word_country_after_a_head_places_the_body() {
    let text = "Later Minerals Council South Africa said output had fallen.";
    let got = summary(text, &Config::default());
    assert!(
        got.iter()
            .any(|g| g.0 == "Minerals Council South Africa" && g.1 != ActorKind::Person),
        "{got:?}"
    );
}

/// "The Sunday Courier reported": a day before a newspaper's head word is the paper's
/// name; "Campaign group Save Our Streams": a capitalised "Our" inside a name is its.
#[test]
fn a_papers_day_and_a_names_our_are_name_words() {
    let got = summary(
        "The Sunday Courier reported that the bonus was paid.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "Sunday Courier" && g.1 == ActorKind::Media),
        "{got:?}"
    );
    let got = summary(
        "Campaign group Save Our Streams said the bonus was obscene.",
        &Config::default(),
    );
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(names, ["Save Our Streams"]);
}

/// "The Port of Velmar said": a port authority named "Port of …" is a body; the
/// capitals "Port of Spain" and "Port Moresby" are places.
#[test]
fn a_port_of_a_place_is_a_body_and_port_capitals_are_places() {
    let got = summary(
        "The Port of Velmar said the scanners would arrive in May.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "Port of Velmar" && g.1 == ActorKind::Organization),
        "{got:?}"
    );
    let got = summary("He flew to Port of Spain on Monday.", &Config::default());
    assert!(
        !got.iter().any(|g| g.1 == ActorKind::Organization),
        "{got:?}"
    );
}

/// "In a statement, the transport ministry said …" in an article about Latvia is not
/// "Estonia's transport ministry", named later with another country's possessive.
#[test]
fn a_description_is_no_foreign_body_named_later() {
    let text = "Latvia will delay its rail line to 2033, Transport Minister Ilze Berzina said \
                on Thursday. Latvia has asked for more funding. In a statement, the transport \
                ministry said the northern section would open on time. Estonia's transport \
                ministry said it regretted the decision.";
    let got = summary(text, &Config::default());
    assert!(
        !mentions_of(&got, "Estonia's transport ministry")
            .contains(&"the transport ministry".to_string()),
        "{got:?}"
    );
}

/// "The Harlow Fraternal Order of Police said": "Order" heads a body's name, its "of"
/// phrase the body's own.
#[test]
fn an_order_heads_a_bodys_name() {
    let got = summary(
        "The Harlow Fraternal Order of Police said the policy was rushed.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "Harlow Fraternal Order of Police" && g.1 == ActorKind::Organization),
        "{got:?}"
    );
}

/// "Shares in Nordic education group Larande Norden fell": a region's adjective is no
/// actor; the company after it is the one "the company" refers to.
#[test]
fn a_regions_adjective_is_no_actor() {
    let got = summary(
        "Shares in Nordic education group Larande Norden fell 11%. The company declined to comment.",
        &Config::default(),
    );
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(names, ["Larande Norden"], "{got:?}");
}

/// "hospital operators Buckeye Valley Health and Lakeshore Medical Partners": a plural
/// noun right before two names joined by "and" says they are two.
#[test]
fn a_plural_before_names_joined_by_and_makes_two() {
    let got = summary(
        "The regulator sued to block the merger of hospital operators Buckeye Valley Health and Lakeshore Medical Partners.",
        &Config::default(),
    );
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(names.contains(&"Buckeye Valley Health"), "{names:?}");
    assert!(names.contains(&"Lakeshore Medical Partners"), "{names:?}");
}

/// "Two people familiar with the companies' strategy", "a spokesperson for the
/// prosecutors' office": a plural's possessive mark inside a group's post-modifier
/// goes on to the noun it owns.
#[test]
fn a_plurals_possessive_mark_stays_in_a_groups_name() {
    for (text, name) in [
        (
            "Two people familiar with the companies' strategy said the farmers would appeal.",
            "Two people familiar with the companies' strategy",
        ),
        (
            "The audit is under review, according to a spokesperson for the prosecutors' office.",
            "a spokesperson for the prosecutors' office",
        ),
    ] {
        let got = summary(text, &Config::default());
        assert!(got.iter().any(|g| g.0 == name), "{text}: {got:?}");
    }
}

/// "Economists at the Economic and Social Research Institute said": staff at a named
/// body, after "the" too, are that body, no group of their own.
#[test]
fn staff_at_the_named_body_are_the_body() {
    let got = summary(
        "Economists at the Harlow Institute for Fiscal Studies said the plan would fail.",
        &Config::default(),
    );
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(names, ["Harlow Institute for Fiscal Studies"], "{got:?}");
}

/// "Transparencia por Colombia": a Romance "for" between capitalised words is the
/// name's, as "de" and "do" are.
#[test]
fn a_romance_for_inside_a_name_is_the_names() {
    let got = summary(
        "Transparency group Transparencia por Colombia said the rules were weak.",
        &Config::default(),
    );
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(names.contains(&"Transparencia por Colombia"), "{got:?}");
}

/// "The Office of Rail and Road, the industry regulator, is expected …": a definite
/// apposition closed by a comma names the body; one that opens the next clause (",
/// the brand participates") or a list's item (", the union, and …") does not.
#[test]
fn a_definite_apposition_closed_by_a_comma_names_the_body() {
    let got = summary(
        "The Harlow Rail Office, the industry regulator, is expected to publish a report.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Harlow Rail Office"),
        vec!["Harlow Rail Office", "the industry regulator"],
        "{got:?}"
    );
    // (The list's item may still be the company by coreference, not by this rule.)
    let text = "Talks involved Harlow Rail Systems, the company, and two unions.";
    let a = actors_of(text, &Config::default());
    let apposed = a
        .actors
        .iter()
        .flat_map(|x| &x.mentions)
        .any(|m| m.rule == "actor/coref/apposition");
    assert!(!apposed, "{:?}", a.actors);
}

/// "More than 1 million Kenyans have registered …": a plural nationality is no body.
#[test]
fn a_plural_nationality_is_no_actor() {
    let got = summary(
        "More than 1 million Kenyans have registered on the portal to apply for a home.",
        &Config::default(),
    );
    assert!(got.is_empty(), "{got:?}");
}

/// Plurals joined by "and" before an association's head are its members, one body;
/// "Conference" heads a body's name; the first word of an association of members or
/// of something is its place, not its short name ("Horizon" stays the league's).
#[test]
fn an_association_of_members_is_one_body_and_not_its_place() {
    let got = summary(
        "Hotels warn on tax\n\nThe Marlow Hotels and Restaurants Association said the tax \
         would cost jobs. Marlow will vote on the tax next week. The Varna Conference of \
         Catholic Bishops said gambling had hurt families. Varna said nothing. The Horizon \
         Golf League said its season would go on. Horizon said it would not move events.",
        &Config::default(),
    );
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(
        names.contains(&"Marlow Hotels and Restaurants Association")
            && names.contains(&"Varna Conference of Catholic Bishops"),
        "{got:?}"
    );
    assert_eq!(
        mentions_of(&got, "Marlow Hotels and Restaurants Association"),
        ["Marlow Hotels and Restaurants Association"],
        "{got:?}"
    );
    assert_eq!(
        mentions_of(&got, "Varna Conference of Catholic Bishops"),
        ["Varna Conference of Catholic Bishops"],
        "{got:?}"
    );
    assert!(
        mentions_of(&got, "Horizon Golf League").contains(&"Horizon".to_string()),
        "{got:?}"
    );
}

/// "ENAV, the state-controlled air navigation service provider, said": a lone name of
/// capitals before a description of a body is that body.
#[test]
fn a_provider_described_after_its_name_is_a_body() {
    let got = summary(
        "ROME - ENAV, the state-controlled air navigation service provider, said in a \
         statement that it had offered a raise.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "ENAV" && g.1 == ActorKind::Organization),
        "{got:?}"
    );
}

/// A person's body right after the name and "of" (with the comma or without), or after a
/// role and "with": the affiliation; a name after "of the" before the verb is a body,
/// not a person by its first name.
#[test]
fn affiliations_after_of_and_with() {
    let doc = crate::extract(
        "Opposition leader Pavel Orlik of the Jan Narodni Blok called the ban a stunt. \
         Tarrow Veld, of Zenco Holdings, said the deal was off. Yuko Arai, a lawmaker with \
         the opposition Reform Party, said the plan had failed.",
        &Config::default(),
    );
    let affiliation = |name: &str| {
        let a = doc.actors.iter().find(|a| a.name == name)?;
        let id = a.affiliation.as_ref()?;
        doc.actors
            .iter()
            .find(|b| &b.id == id)
            .map(|b| b.name.clone())
    };
    assert_eq!(
        affiliation("Pavel Orlik").as_deref(),
        Some("Jan Narodni Blok")
    );
    assert_eq!(
        affiliation("Tarrow Veld").as_deref(),
        Some("Zenco Holdings")
    );
    assert_eq!(affiliation("Yuko Arai").as_deref(), Some("Reform Party"));
    let blok = doc.actors.iter().find(|a| a.name == "Jan Narodni Blok");
    assert_eq!(blok.map(|a| a.kind), Some(ActorKind::Organization));
}

/// "Council President Tom Brewer and Council member Luis Ferraro": a body's word after
/// "and" that opens a title joins no name across the "and".
#[test]
fn a_title_after_and_joins_no_name() {
    let got = summary(
        "Audit row\n\nThe city controller released the audit on Monday. Council President \
         Tom Brewer and Council member Luis Ferraro both criticized the timing of its \
         release.",
        &Config::default(),
    );
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(names.contains(&"Tom Brewer"), "{got:?}");
    assert!(names.iter().all(|n| !n.contains(" and ")), "{got:?}");
}

/// "the agriculture secretariat", "the audit office": bodies of government described
/// by a lower-case noun, found where they speak and referred back to.
#[test]
fn secretariats_and_offices_are_government_bodies() {
    let got = summary(
        "Quota plan\n\nThe agriculture secretariat said the quota would be auctioned. \
         The secretariat said the first auction would be held in October. The budget \
         office said spending had risen.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "agriculture secretariat"),
        ["The agriculture secretariat", "The secretariat"],
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.0.ends_with("budget office") && g.1 == ActorKind::Government),
        "{got:?}"
    );
}

/// "…, which said": a source that no actor covers, after a description of a body, is
/// that body; after a name or a plain noun it is no new actor.
#[test]
fn a_body_described_before_which_said() {
    let doc = crate::extract(
        "Subsidy plan\n\nThe plan was unveiled by the presidential committee on family \
         policy, which said the measure would cost 5 trillion won. The plan follows a \
         survey of young couples, which said most wanted more time.",
        &Config::default(),
    );
    let got: Vec<(&str, ActorKind)> = doc
        .actors
        .iter()
        .map(|a| (a.name.as_str(), a.kind))
        .collect();
    assert!(
        got.contains(&(
            "presidential committee on family policy",
            ActorKind::Government
        )),
        "{got:?}"
    );
    assert!(got.iter().all(|g| !g.0.contains("survey")), "{got:?}");
}

/// A bare day abbreviation is no day in a name ("Sun Life"); with its period it is
/// ("Sun. Jan. 5").
#[test]
fn a_bare_day_abbreviation_opens_a_name() {
    let got = summary(
        "Claims delayed\n\nThe plan is run by insurer Sun Life. Sun Life said a system \
         update had caused delays.",
        &Config::default(),
    );
    assert!(got.iter().any(|g| g.0 == "Sun Life"), "{got:?}");
    assert!(got.iter().all(|g| g.0 != "Life"), "{got:?}");
}

/// A radio station's name ends in "FM" or "Radio": a news outlet.
#[test]
fn radio_stations_are_media() {
    let got = summary(
        "Levy row\n\n\"The levy is painful,\" he told Joy FM. Harbour Radio later reported \
         that the levy could be reviewed.",
        &Config::default(),
    );
    for name in ["Joy FM", "Harbour Radio"] {
        assert!(
            got.iter().any(|g| g.0 == name && g.1 == ActorKind::Media),
            "{name}: {got:?}"
        );
    }
}

/// "the ACLU of Ohio": an acronym before "of" and a place is one body's name; a
/// plural inside a name of three words ("Disability Rights Ohio") makes it a body, as
/// the second of two coordinated speakers.
#[test]
fn acronym_of_a_place_and_a_plural_inside_a_name() {
    let got = summary(
        "Jail deaths\n\nThe NAACP of Ohio and Prisoner Rights Ohio both called for an \
         investigation into deaths at the jail.",
        &Config::default(),
    );
    for name in ["NAACP of Ohio", "Prisoner Rights Ohio"] {
        assert!(
            got.iter()
                .any(|g| g.0 == name && g.1 == ActorKind::Organization),
            "{name}: {got:?}"
        );
    }
}

/// "the Inspector General's Office in August": a month after "in" is no place of the
/// office, and no part of its name.
#[test]
fn an_office_in_a_month_has_no_place() {
    let got = summary(
        "Inquiry opened\n\nIt was announced by the Inspector General's Office in August \
         that it had opened an inquiry.",
        &Config::default(),
    );
    assert!(
        got.iter().any(|g| g.0 == "Inspector General's Office"),
        "{got:?}"
    );
}

/// "National Coordinator of Coca, Poppy and Marijuana Growers": a list after a name's
/// "of" that a plural body's head closes is the name's; a title before "of" heads a
/// body there.
#[test]
fn a_coordinator_of_listed_growers_is_one_body() {
    let got = summary(
        "Growers' deadline\n\nThe National Coordinator of Cocoa, Coffee and Rubber \
         Growers (NCG), which says it represents 40,000 families, gave the government a \
         deadline.",
        &Config::default(),
    );
    assert!(
        got.iter().any(
            |g| g.0 == "National Coordinator of Cocoa, Coffee and Rubber Growers"
                && g.1 == ActorKind::Organization
        ),
        "{got:?}"
    );
}

/// "Svartberg Municipality": a municipality is a government body by its head word.
#[test]
fn a_municipality_is_a_government_body() {
    let got = summary(
        "Town to move\n\nKiruna Local Municipality is also pressing for more money.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "Kiruna Local Municipality" && g.1 == ActorKind::Government),
        "{got:?}"
    );
}

/// "Tarrow van Veld, whose family has farmed there for generations, said": a person's
/// relative clause between commas before the speech verb, after an opening adverbial.
#[test]
fn a_speaker_with_a_whose_clause() {
    let got = summary(
        "Farm buyout\n\nAt a dairy farm near Ede, Tarrow van Veld, whose family has kept \
         cows there for four generations, said he had received an offer.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "Tarrow van Veld" && g.1 == ActorKind::Person),
        "{got:?}"
    );
}

/// "The Korea Pharmaceutical and Bio-Pharma Manufacturers Association": after "the", the
/// parts before an association's head with plural members are one body; so are a
/// union local's parts before its number ("… and Commercial Workers Local 1287").
/// Without "the", a company and an association stay two.
#[test]
fn association_members_after_the_and_a_union_local_are_one_body() {
    let text = "The Tallinn Steel and Metal Traders Association said prices would rise. \
                The Port Food and Commercial Workers Local 418 said it would vote. \
                Acme Steel and Metal Traders Association signed the deal.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    for want in [
        "Tallinn Steel and Metal Traders Association",
        "Port Food and Commercial Workers Local 418",
        "Acme Steel",
    ] {
        assert!(names.contains(&want), "{want}: {names:?}");
    }
}

/// "The Independent Broadcasters of Ireland, which …, proposed": after "the", a plural
/// name goes on with "of" and a place, a body; "in Block 74, a concession": a name
/// with a number is no person.
#[test]
fn a_plural_name_after_the_and_a_numbered_name() {
    let text = "The Independent Printers of Norland, which represents 300 firms, proposed \
                a levy. Drilling in Field 12, a concession in the north, was halted.";
    let got = summary(text, &Config::default());
    assert!(
        got.iter()
            .any(|g| g.0 == "Independent Printers of Norland" && g.1 == ActorKind::Organization),
        "{got:?}"
    );
    assert!(got.iter().all(|g| g.0 != "Field 12"), "{got:?}");
}

/// "Economist Do Van Khoa": a capitalised auxiliary between a title and a name word is
/// the name's first word (a preposition is not: "Justice Against Hunger").
#[test]
fn a_capitalised_auxiliary_after_a_title_opens_a_name() {
    let text = "Economist Do Minh Chau said the utility should publish an audit. Chau added \
                that prices would rise.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Do Minh Chau"),
        vec!["Do Minh Chau", "Chau"],
        "{got:?}"
    );
}

/// "the European Chamber of Commerce in Vietnam": a chamber of commerce's country is its
/// name's; a company "in Vietnam" stays placed.
#[test]
fn a_chamber_of_commerce_keeps_its_country() {
    let text = "The Nordic Chamber of Commerce in Chile said supply mattered more. \
                Acme Steel in Chile said prices would rise.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(
        names.contains(&"Nordic Chamber of Commerce in Chile"),
        "{names:?}"
    );
    assert!(names.contains(&"Acme Steel"), "{names:?}");
}

/// "Ministry of Environment, Urbanisation and Climate Change": a portfolio list whose
/// last item holds two words is still the ministry's name.
#[test]
fn a_portfolio_list_with_a_two_word_last_item() {
    let got = summary(
        "The Ministry of Transport, Ports and Maritime Affairs said the ferry would \
         reopen.",
        &Config::default(),
    );
    assert_eq!(
        got,
        [(
            "Ministry of Transport, Ports and Maritime Affairs".to_string(),
            ActorKind::Government,
            vec!["Ministry of Transport, Ports and Maritime Affairs".to_string()]
        )]
    );
}

/// "drawn up by the Attorney General's Office, which says …": a title's office that is
/// a passive's agent or a relative clause's subject is one government body, not
/// "Office".
#[test]
fn a_titles_office_as_an_agent_or_before_which() {
    for text in [
        "The ferry contract was drawn up by the Attorney General's Office.",
        "Unions met the Port Commissioner's Office, which says the ferry must be sold.",
    ] {
        let got = summary(text, &Config::default());
        assert!(
            got.iter()
                .any(|g| g.0.ends_with("'s Office") && g.1 == ActorKind::Government),
            "{text}: {got:?}"
        );
        assert!(got.iter().all(|g| g.0 != "Office"), "{text}: {got:?}");
    }
}

/// "Friends of the Coastline said": a capitalised plural that names no kind of people,
/// alone before "of the" and a capitalised word, opens a body's name; "Residents of
/// the Bronx" stay a group of people.
#[test]
fn a_plural_before_of_the_opens_a_bodys_name() {
    let got = summary(
        "Friends of the Coastline said it would go to court over the ferry.",
        &Config::default(),
    );
    assert_eq!(
        got,
        [(
            "Friends of the Coastline".to_string(),
            ActorKind::Organization,
            vec!["Friends of the Coastline".to_string(), "it".to_string()]
        )]
    );
    let got = summary(
        "Residents of the Bronx said they would go to court over the ferry.",
        &Config::default(),
    );
    assert!(got.iter().all(|g| g.1 == ActorKind::Group), "{got:?}");
}

/// "after indigenous communities argued that …": communities are people, a group
/// source.
#[test]
fn communities_are_a_group() {
    let got = summary(
        "The permit was suspended after island communities argued that the ferry \
         operator had never consulted them.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "island communities" && g.1 == ActorKind::Group),
        "{got:?}"
    );
}

/// "Most cuts fall on depots in Harlow, the company said. It expects …": the speaker
/// after a reported content is its sentence's subject, the antecedent of "It", not
/// the place named first.
#[test]
fn it_after_an_inverted_report_is_the_speaker() {
    let got = summary(
        "Ferrovia AB said on Wednesday it would cut jobs. Most of the cuts will fall on \
         depots in Harlow and Brisk, the company said. It expects the plan to save \
         money. Jon Berg, who chairs Harlow's municipal board, said the town would \
         suffer.",
        &Config::default(),
    );
    assert!(
        mentions_of(&got, "Ferrovia").contains(&"It".to_string()),
        "{got:?}"
    );
}

/// "the Hellenic Coast Guard", "the National Guard", "the Royal Navy": armed and
/// coast-guard services are government bodies.
#[test]
fn guards_and_navies_are_government() {
    let got = summary(
        "An inquiry by the Ionian Coast Guard found that the ferry crew had ignored a \
         warning.",
        &Config::default(),
    );
    assert_eq!(
        got,
        [(
            "Ionian Coast Guard".to_string(),
            ActorKind::Government,
            vec!["Ionian Coast Guard".to_string()]
        )]
    );
}

/// "a port official who asked not to be identified told Reuters": an anonymity clause
/// right after the phrase, with no comma, marks an unnamed source.
#[test]
fn an_anonymity_clause_without_a_comma() {
    let got = summary(
        "The ferry will resume next week, a port official who asked not to be \
         identified told the Ledger. The official said the crew was ready.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "a port official"),
        ["a port official", "The official"]
    );
    // (The anonymity clause is the official's, not the phrase's before the comma.)
    let got = summary(
        "The mayor will visit to meet community leaders, a port official who asked not to be \
         identified said.",
        &Config::default(),
    );
    assert!(got.iter().all(|g| !g.0.contains("leaders")), "{got:?}");
}

/// "The defendants deny wrongdoing." with no defendants named before: "the" and a
/// plural people noun that speaks is a group of its own; named before, it is that
/// group again.
#[test]
fn the_and_a_plural_named_nowhere_before() {
    let got = summary(
        "The defendants deny any wrongdoing. The defendants said the harbour lights \
         failed.",
        &Config::default(),
    );
    assert_eq!(
        got,
        [(
            "The defendants".to_string(),
            ActorKind::Group,
            vec!["The defendants".to_string(), "The defendants".to_string()]
        )]
    );
}

/// "Ghana's cocoa farmers rejected …": an owner's possessive before a lower-case
/// modifier opens the group's phrase too.
#[test]
fn an_owners_possessive_before_a_modifier() {
    let got = summary(
        "Portugal’s ferry workers on Thursday rejected the offer, saying it left them \
         worse off.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "Portugal’s ferry workers" && g.1 == ActorKind::Group),
        "{got:?}"
    );
}

/// "told local radio station Radio Kestrel that …": a station or a channel before a
/// name is a news outlet, and "the channel" refers back to one.
#[test]
fn a_radio_station_is_media() {
    let got = summary(
        "Ana Ruiz told local radio station Radio Kestrel that the ferry would stop. \
         According to the station, the line loses money.",
        &Config::default(),
    );
    assert!(
        got.iter().any(|g| g.0 == "Radio Kestrel"
            && g.1 == ActorKind::Media
            && g.2 == ["Radio Kestrel", "the station"]),
        "{got:?}"
    );
}

/// "Chamber of Civil Engineers (IMO)": a body's name of two words or more with its
/// own language's initials in brackets takes them as a short form; a person's name
/// ("Rep. Jane Doe (NY)") does not.
#[test]
fn a_bracketed_short_form_in_another_language() {
    let got = summary(
        "The Union of Ferry Pilots (VFL) said the rules were ignored. The VFL has called \
         for an inquiry.",
        &Config::default(),
    );
    assert_eq!(
        got,
        [(
            "Union of Ferry Pilots".to_string(),
            ActorKind::Organization,
            vec![
                "Union of Ferry Pilots".to_string(),
                "VFL".to_string(),
                "VFL".to_string()
            ]
        )]
    );
    let got = summary(
        "Rep. Jane Doe (NY) said the ferry rules were flawed.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "Jane Doe" && g.1 == ActorKind::Person && g.2 == ["Jane Doe"]),
        "{got:?}"
    );
}

/// "Harlow Ferry's parent company, Brisk Marine Holdings, said it …": a name of two
/// words in the possessive is no subject by its last word, so "it" is the parent.
#[test]
fn a_two_word_possessive_is_no_subject() {
    let got = summary(
        "A fire at Harlow Ferry Co. injured 14 crew. Harlow Ferry's parent company, Brisk \
         Marine Holdings, said that it was cooperating. It denied that any doors had been \
         locked.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Brisk Marine Holdings"),
        ["Brisk Marine Holdings", "it", "It"]
    );
}

/// "A council spokeswoman said … They also want …": one unnamed person is no "they".
#[test]
fn one_unnamed_person_is_no_they() {
    let got = summary(
        "A council spokeswoman said the ferry timetable was under review. They also want \
         a new pier.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "A council spokeswoman"),
        ["A council spokeswoman"]
    );
}

/// "Hydrologist Tomás Villalobos, of the …, said": a given name written with its
/// accents is the name list's "tomas", so the capitalised pair is a person and "he"
/// is his.
#[test]
fn an_accented_given_name_is_a_given_name() {
    let got = summary(
        "The river is low. Hydrologist Tomás Villalobos, of the Northern Autonomous \
         University, said the aquifer was overdrawn. \"It is not the only one,\" he said.",
        &Config::default(),
    );
    assert!(name_kinds(&got).contains(&("Tomás Villalobos", ActorKind::Person)));
    assert_eq!(
        mentions_of(&got, "Tomás Villalobos"),
        ["Tomás Villalobos", "he"]
    );
}

/// "Two government officials said …": a number opening the sentence is no name of a
/// government ("Two government"); the officials are one unnamed group.
#[test]
fn a_number_opening_a_sentence_names_no_government() {
    let got = summary(
        "Police are investigating. Two government officials, speaking on condition of \
         anonymity, said the cabinet may act.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        [("Two government officials", ActorKind::Group)]
    );
}

/// "Credit rating agency Meridian Ratings said": an agency named by the service it
/// sells is a company; "the state's environment agency" is still government.
#[test]
fn an_agency_that_sells_a_service_is_a_company() {
    let got = summary(
        "Credit rating agency Meridian Ratings said spending was a risk. Environment \
         agency Aguaverde said the river was low.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        [
            ("Meridian Ratings", ActorKind::Organization),
            ("Aguaverde", ActorKind::Government)
        ]
    );
}

/// "lawmaker Valeria Ruiz of the Frente Federal, who sits on …": a name after "the"
/// is no person by the relative clause after it.
#[test]
fn a_name_after_the_is_no_person_by_who() {
    let got = summary(
        "Opposition lawmaker Valeria Ruiz of the Frente Federal, who sits on the budget \
         committee, called for a delay.",
        &Config::default(),
    );
    assert!(!name_kinds(&got).contains(&("Frente Federal", ActorKind::Person)));
    assert!(name_kinds(&got).contains(&("Valeria Ruiz", ActorKind::Person)));
}

/// "The brewery denied the accusation": a brewery, winery or contractor named
/// before is the company.
#[test]
fn a_brewery_is_the_company_named_before() {
    let got = summary(
        "Altiplano Brewing said on Monday it would add six wells. Farmers said their \
         fields were dry. The brewery denied any link.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Altiplano Brewing"),
        ["Altiplano Brewing", "it", "The brewery"]
    );
}

/// "its Alzheimer's drug", "the drug, known as CVT-210, which …": a disease's
/// eponym and a model's code (letters, a hyphen, digits) are no actors.
#[test]
fn eponyms_and_model_codes_are_no_actors() {
    let got = summary(
        "Orbis Pharma said its Alzheimer's drug failed a trial. The drug, known as \
         CVT-210, which enrolled its first patients in October, is in trials.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        [("Orbis Pharma", ActorKind::Organization)]
    );
}

/// "Social Welfare Secretary Ramon Dizon", "Public Works Minister Ana Cruz": a
/// portfolio's words before a title are the role's, no body the person serves.
#[test]
fn portfolio_words_are_the_role() {
    let a = actors_of(
        "Social Welfare Secretary Ramon Dizon denied that money was lost. Public Works \
         Minister Ana Cruz said the roads were safe.",
        &Config::default(),
    );
    let found: Vec<_> = a
        .actors
        .iter()
        .map(|x| (x.name.as_str(), x.role.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            ("Ramon Dizon", Some("Social Welfare Secretary")),
            ("Ana Cruz", Some("Public Works Minister"))
        ]
    );
}

/// "near Safi, and Agrosul will take a stake": ", and" between a place after a
/// preposition and the subject of a new clause joins two clauses, no list of
/// companies.
#[test]
fn a_place_before_and_a_new_clause_is_no_list_item() {
    let got = summary(
        "Orbis Mining Corp. will build a unit near Safi, and Agrosul Inc. will take a \
         stake in it.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        [
            ("Orbis Mining", ActorKind::Organization),
            ("Agrosul", ActorKind::Organization)
        ]
    );
}

/// "… said outside the court": with no court named, "the court" is no law firm or
/// company named before.
#[test]
fn the_court_is_no_company() {
    let got = summary(
        "Koh \"has always acted in good faith,\" his counsel, Priya Raman of Raman & \
         Partners, said outside the court.",
        &Config::default(),
    );
    assert_eq!(mentions_of(&got, "Raman & Partners"), ["Raman & Partners"]);
}

/// "Tenants First Ireland, a renters' advocacy group, welcomed …": a plural's
/// possessive mark inside the apposition goes on to its noun.
#[test]
fn a_plural_possessive_in_an_apposition() {
    let got = summary(
        "Rents rose. Tenants First Ireland, a renters' advocacy group, welcomed the plan.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        [("Tenants First Ireland", ActorKind::Organization)]
    );
}

/// "The Residential Landlords Council", "the Mexican Manufacturers Council": a council
/// named by the people it speaks for is an association; "the Medical Council" is
/// still a government body.
#[test]
fn a_council_of_a_trade_is_an_association() {
    let got = summary(
        "The Residential Landlords Council said the plan was bad. The Medical Council \
         said it was fine.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        [
            ("Residential Landlords Council", ActorKind::Organization),
            ("Medical Council", ActorKind::Government)
        ]
    );
}

/// "Marden Vale Water has been fined", "fined Vayu Air … Vayu said": a name ending in
/// Water, Air or Rail is a company's, and its first word alone is a short name of it.
#[test]
fn water_air_and_rail_end_company_names() {
    let got = summary(
        "Marden Vale Water has been fined. The regulator fined Vayu Air on Tuesday. Vayu \
         said it would comply.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        [
            ("Marden Vale Water", ActorKind::Organization),
            ("Vayu Air", ActorKind::Organization)
        ]
    );
}

/// "EXETER — Marden Vale Water has been fined after admitting that it …": a place in
/// capitals and a dash open a dateline; the place is no short name of "Exeter Crown
/// Court", and "it" is the company's.
#[test]
fn a_place_and_a_dash_open_a_dateline() {
    let got = summary(
        "Water firm fined\n\nEXETER — Marden Vale Water has been fined after admitting \
         that it discharged sewage.\n\nSentencing the company at Exeter Crown Court, the \
         judge said it had misled inspectors.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Exeter Crown Court"),
        ["Exeter Crown Court"]
    );
}

/// "Exportadora Andina" after "Exportadora Andina de Café S.A.": a company's name up
/// to the Romance "de" of its trade is its short name.
#[test]
fn a_name_up_to_its_romance_de_is_a_short_name() {
    let got = summary(
        "The cooperative sued Exportadora Andina de Cafe S.A. on Monday. Exportadora \
         Andina said it would fight the case.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Exportadora Andina de Cafe"),
        [
            "Exportadora Andina de Cafe S.A.",
            "Exportadora Andina",
            "it"
        ]
    );
}

/// "Sulawesi fishing villages …" then "in Southeast Sulawesi": a compass word such as
/// "Southeast" opens a region's name, no given name before a reused surname.
#[test]
fn a_compound_compass_word_opens_a_region() {
    let got = summary(
        "Sulawesi villages complain\n\nResidents of villages in Southeast Sulawesi have \
         filed a complaint, accusing a smelter of dumping ash.",
        &Config::default(),
    );
    assert!(!name_kinds(&got).contains(&("Southeast Sulawesi", ActorKind::Person)));
}

/// "two cooperatives in Huila, although neither has gone to court": a clause after
/// the comma (an auxiliary in it) is no apposition typing the place by "court".
#[test]
fn a_clause_after_a_place_is_no_apposition() {
    let got = summary(
        "The company faces claims from two cooperatives in Huila, although neither has \
         gone to court.",
        &Config::default(),
    );
    assert!(name_kinds(&got).is_empty(), "{got:?}");
}

/// "in an interview with Radio Cafetal", "… with the Zurcher Tagespost": the outlet
/// that gave the interview; "an interview with Maria Lopez" is a person's.
#[test]
fn the_name_after_an_interview_with_is_an_outlet() {
    let got = summary(
        "The director spoke in an interview with Radio Cafetal. The chairman spoke in an \
         interview with the Zurcher Tagespost. The minister spoke in an interview with \
         Maria Lopez.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        [
            ("Radio Cafetal", ActorKind::Media),
            ("Zurcher Tagespost", ActorKind::Media),
            ("Maria Lopez", ActorKind::Person)
        ]
    );
}

/// "the Coastal Liberals" after "the Coastal Liberal Party": the party's word before
/// "Party" in the plural names its members, the party.
#[test]
fn a_partys_plural_is_the_party() {
    let got = summary(
        "The opposition Coastal Liberal Party charges members $15,000. He said the Coastal \
         Liberals would challenge the law.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Coastal Liberal Party"),
        ["Coastal Liberal Party", "Coastal Liberals"]
    );
}

/// "The finance minister on Tuesday defended her budget … Finance Minister Ana Cruz
/// told parliament …": a lede's title with its portfolio is the person named with
/// that role just after; "the transport minister" is not her.
#[test]
fn a_ledes_title_is_the_person_named_with_it_next() {
    let got = summary(
        "LONDON (Reuters) - The finance minister on Tuesday defended her budget, as \
         unions warned it would hurt.\n\nFinance Minister Ana Cruz told parliament the \
         budget was fair.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Ana Cruz"),
        ["The finance minister", "Ana Cruz"]
    );
    let other = summary(
        "LONDON (Reuters) - The transport minister on Tuesday defended the budget.\n\n\
         Finance Minister Ana Cruz told parliament the budget was fair.",
        &Config::default(),
    );
    assert_eq!(mentions_of(&other, "Ana Cruz"), ["Ana Cruz"]);
}

/// "Two people involved in the talks said … Agrosul had sought a 15-year term, they
/// said": "they" before a speech verb is the group that spoke the sentence before.
#[test]
fn they_said_is_the_group_that_spoke_before() {
    let got = summary(
        "Two people involved in the negotiations, who asked not to be named, said the \
         price was linked to a benchmark. Agrosul Inc. had initially sought a 15-year \
         term, they said.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Two people involved in the negotiations"),
        ["Two people involved in the negotiations", "they"]
    );
}

/// "Ireland's housing minister on Tuesday defended his plan … Housing Minister Ciaran
/// Moylan told parliament …": a country's title with its portfolio in the lede is the
/// person named with that role just after.
#[test]
fn a_countrys_title_in_the_lede_is_the_person_named_next() {
    let got = summary(
        "DUBLIN (Wire) - Ireland's housing minister on Tuesday defended his plan to cap \
         rents.\n\nHousing Minister Ciaran Moylan told parliament the cap was needed.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Ciaran Moylan"),
        ["Ireland's housing minister", "Ciaran Moylan"]
    );
}

/// "The Ishikawa prefectural assembly approved …": a place, a lower-case level and a
/// body's noun name a government body; "the assembly" is it again.
#[test]
fn a_places_level_body_is_a_government_body() {
    let got = summary(
        "The Ishikawa prefectural assembly voted to approve the restart. Critics accused \
         the Ishikawa prefectural government of rushing. The assembly said it had acted.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Ishikawa prefectural assembly"),
        ["Ishikawa prefectural assembly", "The assembly", "it"]
    );
    assert!(name_kinds(&got).contains(&("Ishikawa prefectural government", ActorKind::Government)));
}

/// "A senior party figure, who spoke on condition of anonymity, said": an unnamed
/// figure of a party is a source of its own.
#[test]
fn a_senior_party_figure_is_an_unnamed_source() {
    let got = summary(
        "A senior party figure, who spoke on condition of anonymity, said the leader \
         would quit.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        [("A senior party figure", ActorKind::Group)]
    );
}

/// "who heads the National Cyber Crime Unit": a name ending in "Unit" is a body.
#[test]
fn a_unit_is_a_body() {
    let got = summary(
        "Tomas Hruby, who heads the National Cyber Crime Unit, said servers were seized.",
        &Config::default(),
    );
    assert!(name_kinds(&got).contains(&("National Cyber Crime Unit", ActorKind::Government)));
}

/// "Property insurers say the risk has grown", "lenders warned": a plural of a trade
/// that speaks is a group.
#[test]
fn insurers_and_lenders_that_speak_are_groups() {
    let got = summary(
        "Property insurers say the risk has grown. Mortgage lenders warned of defaults.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        [
            ("Property insurers", ActorKind::Group),
            ("Mortgage lenders", ActorKind::Group)
        ]
    );
}

/// "Several business groups, including the Chamber of Manufacturers, have urged …":
/// the group speaks past an "including" aside.
#[test]
fn a_group_speaks_past_an_including_aside() {
    let got = summary(
        "Several business groups, including the Chamber of Manufacturers, have urged the \
         government to negotiate.",
        &Config::default(),
    );
    assert!(name_kinds(&got).contains(&("Several business groups", ActorKind::Group)));
}

/// "According to government sources, Finance Minister Ana Cruz raised …": the comma
/// closes the opener, so the sources are a group; "according to a spokesman, Jun
/// Tolentino." names the spokesman.
#[test]
fn an_according_to_openers_comma_names_no_one() {
    let got = summary(
        "Divisions emerged. According to government sources, Finance Minister Ana Cruz \
         raised concerns. An inquiry opened, according to a spokesman, Jun Tolentino.",
        &Config::default(),
    );
    let kinds = name_kinds(&got);
    assert!(
        kinds.contains(&("government sources", ActorKind::Group)),
        "{kinds:?}"
    );
    assert!(
        !kinds.contains(&("a spokesman", ActorKind::Group)),
        "{kinds:?}"
    );
}

/// "the union" is no "Passengers Association" first named sentences later
/// ("association" is only a looser name of a union); after it, it may be.
#[test]
fn a_union_is_no_association_named_later() {
    let got = summary(
        "Ferry crews have voted to strike, their union said on Tuesday. The union is \
         demanding a 9% pay rise. The operator called the demand unaffordable. Dana \
         Reyes, chief executive of the Passengers Association, said travellers must be \
         protected.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Passengers Association"),
        ["Passengers Association"]
    );
    let got = summary(
        "Dana Reyes, head of the Ferry Crews Association, said crews would strike. The \
         union is demanding a 9% pay rise.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Ferry Crews Association"),
        ["Ferry Crews Association", "The union"]
    );
}

/// "the federation", "the fund": a body's own noun finds the body whose name holds it,
/// and with none named, nobody (not the salient company); a body's name before the
/// noun is the referent ("the Lex Nostra association").
#[test]
fn body_nouns_find_their_own_kind() {
    let text = "The plan will meet resistance from the Harlow Rice Growers' Federation. Its \
                president said no. The federation called for a minimum price.\n\n\
                The state fund sold its stake in Minera Cordal after a review, the fund's \
                manager said. Minera Cordal said it would appeal.\n\n\
                The Lex Nostra association of judges urged Marek Sobczak to sign.";
    let got = summary(text, &Config::default());
    let fed = mentions_of(&got, "Harlow Rice Growers' Federation");
    assert!(fed.iter().any(|m| m == "The federation"), "{got:?}");
    let minera = mentions_of(&got, "Minera Cordal");
    assert!(minera.iter().all(|m| !m.contains("fund")), "{got:?}");
    let sobczak = mentions_of(&got, "Marek Sobczak");
    assert!(sobczak.iter().all(|m| !m.contains("Lex")), "{got:?}");
}

/// A place of three hyphenated parts closing with a capital is a name's word
/// ("Kahu-a-Rangi"); "Anti-war" is no name.
#[test]
fn hyphenated_places_of_three_parts_are_names() {
    let got = summary(
        "The Kahu-a-Rangi Trust said it supported the plan. Anti-war groups said no.",
        &Config::default(),
    );
    let kinds = name_kinds(&got);
    assert!(
        kinds.contains(&("Kahu-a-Rangi Trust", ActorKind::Organization)),
        "{kinds:?}"
    );
}

/// "the company" and "the developer" are not a tenants' association; "the planning
/// committee" is no company.
#[test]
fn descriptions_skip_bodies_of_another_kind() {
    let text = "Harlow Estates, which builds homes, has promised 200 flats. Marta Quell, who \
                chairs the Gasworks Tenants' Association, criticised the plan. The developer's \
                chief executive said the company would build. Two councillors left the \
                planning committee.";
    let got = summary(text, &Config::default());
    let of = |name: &str| mentions_of(&got, name);
    assert_eq!(
        of("Harlow Estates"),
        ["Harlow Estates", "The developer's", "the company"]
    );
    assert_eq!(
        of("Gasworks Tenants' Association"),
        ["Gasworks Tenants' Association"]
    );
}

/// Two people sharing a surname: an honorific's gender picks between them.
#[test]
fn an_honorific_picks_between_namesakes() {
    let text = "Former President Ben Arlow campaigned on Monday for his wife, Helen Arlow, \
                in Toledo. Mrs. Arlow said the plan would work. Mr. Arlow said voters were \
                tired.";
    let got = summary(text, &Config::default());
    let of = |name: &str| mentions_of(&got, name);
    // Mention texts leave the honorific out.
    assert_eq!(of("Helen Arlow"), ["Helen Arlow", "Arlow"], "{got:?}");
    assert_eq!(of("Ben Arlow"), ["Ben Arlow", "Arlow"], "{got:?}");
}

/// Collective sources: "groups" is a people noun, and a plural genitive of a common
/// noun ("supporters' groups") belongs to the group's name.
#[test]
fn plural_genitives_name_groups() {
    let text = "Supporters' groups have criticised the owners. Patient groups welcomed the \
                recall. Dana Holt's staff said nothing.";
    let got = summary(text, &Config::default());
    let groups = group_names(&got);
    assert!(groups.contains(&"Supporters' groups"), "{got:?}");
    assert!(groups.contains(&"Patient groups"), "{got:?}");
    // A name's possessive opens the group's name (its owner is its affiliation, as
    // `an_owners_plural_group` checks).
    assert!(groups.contains(&"Dana Holt's staff"), "{got:?}");
}

/// Court ranks qualify "judge" ("U.S. District Judge"), and "general counsel" is a
/// role: neither court rank is an actor of its own.
#[test]
fn court_ranks_and_counsel_are_roles() {
    let text = "U.S. District Judge Helen Marchetti ruled against Korvex. The company's \
                general counsel, Raymond Osei, said it would appeal.";
    let a = actors_of(text, &Config::default());
    let role = |name: &str| {
        a.actors
            .iter()
            .find(|x| x.name == name)
            .and_then(|x| x.role.clone())
    };
    assert_eq!(role("Helen Marchetti").as_deref(), Some("District Judge"));
    assert_eq!(role("Raymond Osei").as_deref(), Some("general counsel"));
    assert!(
        a.actors.iter().all(|x| !x.name.contains("District")),
        "{:?}",
        a.actors
    );
}

/// "Daravia's delegation said": a delegation named by its owner's possessive is a
/// body of its own, as a board or a cabinet is.
#[test]
fn a_possessive_delegation_is_a_body() {
    let got = summary(
        "Daravia's delegation said in a statement that the plan ignored its farmers.",
        &Config::default(),
    );
    assert!(
        got.iter()
            .any(|g| g.0 == "Daravia's delegation" && g.1 == ActorKind::Government),
        "{got:?}"
    );
}

/// "The head of the provincial election commission, Fadli Lubis,": a title "of the" a
/// body described in plain words, then a name in apposition: a person with the role.
#[test]
fn a_title_of_a_described_body_before_a_name() {
    let a = actors_of(
        "In Medan, the head of the provincial election commission, Fadli Lubis, said the \
         app misread digits.",
        &Config::default(),
    );
    let found: Vec<_> = a
        .actors
        .iter()
        .map(|x| (x.name.as_str(), x.kind, x.role.as_deref()))
        .collect();
    assert_eq!(
        found,
        vec![("Fadli Lubis", ActorKind::Person, Some("head"))]
    );
}

/// A title with a "for" or "to" phrase before a name in apposition gives its role, and
/// a body named before the title its affiliation; such a phrase names no group.
#[test]
fn titles_with_a_for_phrase_before_a_name() {
    let text = "The United Nations envoy for the region, Omar Haddad, urged talks. A \
                spokeswoman for the ministry, Ana Ruiz, said no.";
    let a = actors_of(text, &Config::default());
    let find = |name: &str| a.actors.iter().find(|x| x.name == name);
    let haddad = find("Omar Haddad").expect("Omar Haddad");
    assert_eq!(haddad.role.as_deref(), Some("envoy"));
    let un = a.actors.iter().position(|x| x.name == "United Nations");
    assert!(un.is_some() && haddad.affiliation == un, "{:?}", a.actors);
    assert_eq!(
        find("Ana Ruiz").and_then(|x| x.role.as_deref()),
        Some("spokeswoman")
    );
    assert!(
        a.actors.iter().all(|x| x.kind != ActorKind::Group),
        "{:?}",
        a.actors
    );
}

/// "A lawyer representing two of the families, Choi Eun-ji, said": a title and a
/// participle saying whom the person serves, then the name in apposition (given names
/// the lexicon does not know).
#[test]
fn a_title_serving_someone_before_a_name() {
    let text = "A senior lawyer representing two of the families, Choi Eun-ji, welcomed the \
                ruling.";
    let a = actors_of(text, &Config::default());
    let choi = a.actors.iter().find(|x| x.name == "Choi Eun-ji");
    assert_eq!(
        choi.map(|x| (x.kind, x.role.as_deref())),
        Some((ActorKind::Person, Some("senior lawyer"))),
        "{:?}",
        a.actors
    );
}

/// A collective subject of a speech verb is a group source ("signalled", "stressed"
/// are verbs of saying as "said" is).
#[test]
fn subjects_of_more_speech_verbs_are_groups() {
    for text in [
        "European regulators signalled they would block the deal.",
        "Local farmers stressed that the river was dry.",
        "Pollsters cautioned that the margin of error was wide.",
        // A singular people noun, unnamed by request.
        "One senior nurse, who did not want to be named, said wards were full.",
        // Professions and the people an event makes.
        "A fire behaviour specialist with the wildfire service said the fire could grow.",
        "A researcher at the university said the data were weak.",
        "Evacuees described a chaotic escape.",
        "Volunteers said the shelter was full.",
    ] {
        let got = summary(text, &Config::default());
        assert!(
            got.iter().any(|g| g.1 == ActorKind::Group),
            "{text}: {got:?}"
        );
    }
}

/// "Declan Marsh, 58, of Whitby": an age between commas makes a person; a possessive
/// opening a sentence ("Marsh's barrister, Philip Odunsi, said …") is not its subject,
/// so a "he" after the next quote is the barrister.
/// "The 51-year-old engineer" is the person in focus (coreference), no group of its
/// own, though "engineer" is a people noun.
#[test]
fn a_person_described_by_age_is_no_group() {
    let text = "Mia Cole left Zenco in May. The 51-year-old engineer said she had no regrets.";
    let got = summary(text, &Config::default());
    assert!(got.iter().all(|g| g.1 != ActorKind::Group), "{got:?}");
    assert_eq!(
        mentions_of(&got, "Mia Cole"),
        ["Mia Cole", "The 51-year-old engineer", "she"],
        "{got:?}"
    );
}

#[test]
fn ages_and_possessive_openers() {
    let text = "Declan Marsh, 58, of Whitby, denies fraud. Marsh's barrister, Philip Odunsi, \
                said his client had kept poor records. \"This is a case about paperwork,\" \
                he said.";
    let got = summary(text, &Config::default());
    assert!(
        got.iter()
            .any(|g| g.0 == "Declan Marsh" && g.1 == ActorKind::Person),
        "{got:?}"
    );
    assert_eq!(
        mentions_of(&got, "Philip Odunsi"),
        ["Philip Odunsi", "he"],
        "{got:?}"
    );
}

/// An unnamed source of one person is the "she" of a later sentence, not the "he" of
/// its own ("A source said he could not answer" is about someone else).
#[test]
fn one_unnamed_person_is_a_later_pronoun() {
    let text = "One senior nurse, who did not want to be named, said wards were full. \
                \"We are doing our best,\" she said. Tom Vale left. A council source said \
                he could not answer.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "One senior nurse"),
        ["One senior nurse", "she"],
        "{got:?}"
    );
    assert!(
        mentions_of(&got, "A council source")
            .iter()
            .all(|m| m != "he"),
        "{got:?}"
    );
}

#[test]
fn a_party_word_closes_no_persons_name() {
    // "Kent" is a given name, but a name run ending in a party word is a place's party
    // branch used as a modifier, not a person whom later "he"s and "the Republican"s
    // could join.
    let text = "Ann Vale spoke at the Kent County Republican headquarters. The Republican \
                said he would win.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    assert!(!names.contains(&"Kent County Republican"), "{names:?}");
}

/// "the union's district manager": a body's noun before a role's modifies it; the
/// apposition describes a person.
#[test]
fn a_bodys_noun_before_a_role_modifies_it() {
    let text = "Vesna Korhal, the union's district manager for Lower Saxony, said no.";
    let got = summary(text, &Config::default());
    assert!(
        got.iter()
            .any(|g| g.0 == "Vesna Korhal" && g.1 == ActorKind::Person),
        "{got:?}"
    );
}

/// "the researchers" after "Researchers said" is the group named before.
#[test]
fn the_and_a_groups_noun_is_the_group_again() {
    let text = "Researchers said the pill cut admissions. Deaths fell by 11%, the \
                researchers reported.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Researchers"),
        ["Researchers", "the researchers"],
        "{got:?}"
    );
}

/// A count opening a sentence is no word of a name ("Two Ministry of Health
/// officials"); mid-sentence it may be ("the Nine Network").
#[test]
fn a_count_opening_a_sentence_is_no_names_word() {
    let text = "Two Ministry of Health officials said doses were late. The poll was \
                commissioned by the Nine Network.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(names.contains(&"Ministry of Health"), "{names:?}");
    assert!(names.contains(&"Nine Network"), "{names:?}");
    assert!(!names.contains(&"Two Ministry of Health"), "{names:?}");
}

/// A time phrase after a people noun says when, not who: the group is "police".
#[test]
fn a_time_phrase_is_no_part_of_a_groups_name() {
    let text = "The family of a man who was fatally shot by police during a traffic stop on \
                Saturday night demanded on Monday that the city release the footage.";
    let got = summary(text, &Config::default());
    assert!(
        group_names(&got).iter().all(|g| !g.contains("during")),
        "{got:?}"
    );
}

/// The verb of a relative clause is no modifier of the people noun after it ("which
/// cited people close to the company"); a modifier after "that" still is ("a step
/// that legal scholars say …").
#[test]
fn a_relative_clauses_verb_is_no_part_of_a_group() {
    let text = "The plan was reported by the Nikkei, which cited people close to the \
                company. He left, a step that legal scholars say was rare.";
    let got = summary(text, &Config::default());
    let groups = group_names(&got);
    assert_eq!(
        groups,
        ["people close to the company", "legal scholars"],
        "{got:?}"
    );
}

#[test]
fn staff_at_a_nationality_and_a_common_noun_are_a_group() {
    let text = "Two executives at Asian carriers told Reuters that the threat was a tactic. \
                Analysts at Zenco said the deal was off.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["Two executives at Asian carriers", "Reuters", "Zenco"]
    );
}

#[test]
fn a_role_of_a_portfolio_and_a_party_after_an_adjective() {
    let text = "Ghana's minister for tourism, arts and culture, Kwabena Asare-Boateng, \
                welcomed it. Senator \
                Claudia Pizarro of the centre-right Renovación Nacional accused the \
                government. A spokesperson for the Department for Culture, Media and Sport \
                said no.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    assert!(names.contains(&"Kwabena Asare-Boateng"), "{names:?}");
    // The object of "of" is no speaker of its own.
    assert!(!names.contains(&"Renovación Nacional"), "{names:?}");
    assert!(
        names.contains(&"A spokesperson for the Department for Culture, Media and Sport"),
        "{names:?}"
    );
}

#[test]
fn a_name_broken_across_lines_is_named_on_one() {
    let text = "Teachers in England will be balloted on strike action after the\n\
                government offered a pay rise for the coming school year, a figure\n\
                the union said was poor. The offer was an insult, said Gareth\n\
                Pryce, the union's general secretary, on Tuesday afternoon.\n\n\
                Mr Pryce told the BBC that members were angry and that they would\n\
                vote for a strike if the government did not improve its offer.";
    let a = actors_of(text, &Config::default());
    let person = a.actors.iter().find(|x| x.name.contains("Pryce"));
    assert_eq!(person.map(|x| x.name.as_str()), Some("Gareth Pryce"));
    // The mention keeps the text as written.
    let first = person.and_then(|x| x.mentions.first());
    assert_eq!(first.map(|m| m.span.text(text)), Some("Gareth\nPryce"));
}

#[test]
fn unnamed_sources_after_a_participle_and_in_parliament() {
    let text = "The bank will cut rates, Reuters reported, citing officials familiar with the \
                discussions. Several Labor MPs said the plan was rushed. Its members voted \
                against it.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    assert!(
        names.contains(&"officials familiar with the discussions"),
        "{names:?}"
    );
    assert!(names.contains(&"Several Labor MPs"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("citing") || n.starts_with("Its")),
        "{names:?}"
    );
}

#[test]
fn a_continent_is_a_place_not_a_person() {
    // "Africa" alone later made "West Africa" a person by surname reuse.
    let text = "The objects have been in the museum's West Africa gallery since 1903. He told \
                the BBC's Focus on Africa programme that talks went well. The museum will \
                commission replicas for its West Africa gallery.";
    let got = summary(text, &Config::default());
    assert!(
        got.iter().all(|(_, k, _)| *k != ActorKind::Person),
        "{got:?}"
    );
}

#[test]
fn a_named_storm_is_no_actor() {
    let text = "Cyclone Imani made landfall near Beira on Sunday. Imani killed at least 40 \
                people, officials said.";
    let got = summary(text, &Config::default());
    assert!(got.iter().all(|(n, _, _)| !n.contains("Imani")), "{got:?}");
}

#[test]
fn short_forms_of_bodies_and_a_spokesman_for_an_honorific() {
    let text = "Developer Corvane Group wants to build 410 flats. Corvane's managing \
                director, Luke Ferraro, rejected the claims. The Hollings Center for \
                Economic Policy said the figure was right. Jeremy Stoltz said the Hollings \
                Center figure was made up. A spokesman for Mr. Doherty, Curtis Vane, \
                disputed the idea.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    // A noun for a kind of company opening the sentence is no part of its name; the
    // first word of the name, and the name up to its head, are short names of it.
    assert_eq!(
        mentions_of(&got, "Corvane Group"),
        ["Corvane Group", "Corvane"],
        "{got:?}"
    );
    assert_eq!(
        mentions_of(&got, "Hollings Center for Economic Policy"),
        ["Hollings Center for Economic Policy", "Hollings Center"],
        "{got:?}"
    );
    // A forum heads a body's name, and "the Forum" is that body where it is the only
    // one.
    let text2 = "The Georgia Budget Forum said the plan was costly. The Forum's executive \
                 director, Lydia Osterhout, said it was sound.";
    let got2 = summary(text2, &Config::default());
    assert_eq!(
        mentions_of(&got2, "Georgia Budget Forum"),
        ["Georgia Budget Forum", "Forum"],
        "{got2:?}"
    );
    // The spokesman named after the comma is the person, no unnamed group.
    assert!(names.contains(&"Curtis Vane"), "{names:?}");
    assert!(
        !names.iter().any(|n| n.starts_with("A spokesman")),
        "{names:?}"
    );
}

#[test]
fn aides_to_someone_and_a_caucus() {
    let text = "Two senators have not said how they will vote, and aides to both senators \
                said they were waiting. Several state tax administrators said they expected \
                losses. Travis Keogh, the chairman of the hard-line Liberty Caucus, told \
                reporters it was over.";
    let got = summary(text, &Config::default());
    let names: Vec<(&str, ActorKind)> = got.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
    for want in [
        ("aides to both senators", ActorKind::Group),
        ("Several state tax administrators", ActorKind::Group),
        ("Liberty Caucus", ActorKind::Organization),
    ] {
        assert!(names.contains(&want), "{names:?}");
    }
}

#[test]
fn a_familiar_given_name_is_the_same_person() {
    let text = "Thomas Whitacre said he would win. Later Tom Whitacre said it was over. \
                Tim Whitacre, his brother, disagreed.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Thomas Whitacre"),
        ["Thomas Whitacre", "he", "Tom Whitacre"],
        "{got:?}"
    );
    assert!(got.iter().any(|(n, _, _)| n == "Tim Whitacre"), "{got:?}");
}

#[test]
fn a_role_before_an_appositive_name_a_law_and_a_private_limited_company() {
    let text = "The independent Member for Kooringa, Dr Sasha Pillay, urged both parties to \
                act. Ontario's Minister of Northern Development and Mines, Patricia Lavoie, \
                denied it. Scott voted against the Justice for Victims of Trafficking Act of \
                2015. The regulator said ChatterLoop India Pvt. Ltd. had failed.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    for want in ["Sasha Pillay", "Patricia Lavoie", "ChatterLoop India"] {
        assert!(names.contains(&want), "{names:?}");
    }
    let bad = |n: &&str| {
        n.starts_with("for ") || n.starts_with("of ") || n.ends_with("Act") || *n == "Ltd"
    };
    assert!(!names.iter().any(bad), "{names:?}");
}

#[test]
fn a_trades_council_and_a_source_of_a_named_department() {
    let text = "The National Farmers' Council said heat stress could cut productivity. A \
                Department of Health source suggested the secretary was prepared to \
                reopen talks.";
    let got = summary(text, &Config::default());
    let names: Vec<(&str, ActorKind)> = got.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
    assert!(
        names.contains(&("National Farmers' Council", ActorKind::Organization)),
        "{names:?}"
    );
    assert!(
        names.contains(&("A Department of Health source", ActorKind::Group)),
        "{names:?}"
    );
}

#[test]
fn two_bodies_sharing_a_first_and_last_word_are_two() {
    let text = "The National Climate Science Council published its report. The National \
                Farmers' Council said heat stress would cut yields.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "National Climate Science Council"),
        ["National Climate Science Council"],
        "{got:?}"
    );
    assert!(
        got.iter().any(|(n, _, _)| n == "National Farmers' Council"),
        "{got:?}"
    );
}

#[test]
fn a_lone_name_after_a_definite_description_of_a_body_is_that_body() {
    let text = "Valdoria's mining safety regulator, Minsegur, ordered all work halted. \
                The union representing the crew, TCA, said the walkout would go ahead. \
                Britain's water regulator, the WSA, said bills would rise. The newspaper, \
                Clarion, reported the fines.";
    let got = summary(text, &Config::default());
    let names: Vec<(&str, ActorKind)> = got.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
    for want in [
        ("Minsegur", ActorKind::Government),
        ("TCA", ActorKind::Organization),
        ("WSA", ActorKind::Government),
        ("Clarion", ActorKind::Media),
    ] {
        assert!(names.contains(&want), "{want:?} in {names:?}");
    }
    // A person's description names no body ("The chairman, Ivo Brandt,"); nor does a
    // description that ends an introductory phrase, unclosed by a comma.
    for text in [
        "The chairman, Ivo Brandt, said the board would meet.",
        "Dockers at the Port of Ardmore struck. According to figures from the port \
         authority, Ardmore handled 4 million boxes.",
    ] {
        let got = summary(text, &Config::default());
        assert!(
            got.iter().all(|(_, k, _)| *k != ActorKind::Government),
            "{got:?}"
        );
    }
}

#[test]
fn a_company_named_without_its_last_word_is_that_company() {
    let text =
        "The mine is owned by Kestrel Bay Nickel Ltd. and a fund. Kestrel Bay Managing Director \
                Ian Roe said output would fall. Shares of Kestrel Bay fell 4%.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Kestrel Bay Nickel"),
        ["Kestrel Bay Nickel Ltd.", "Kestrel Bay", "Kestrel Bay"],
        "{got:?}"
    );
    // A last word that heads a body of its own leaves the shorter name to another.
    let text = "The Harford City Supporters' Trust met. Harford City said it would sell.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Harford City Supporters' Trust"),
        ["Harford City Supporters' Trust"],
        "{got:?}"
    );
}

#[test]
fn a_countrys_government_is_the_country() {
    let text = "Portugal's government tabled a budget on Tuesday. Unions said the government \
                had broken its word. Portugal will borrow more.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Portugal"),
        ["Portugal's government", "the government", "Portugal"],
        "{got:?}"
    );
}

/// A surname written first before a hyphenated given name is one name ("Kim Da-eun",
/// "Lim Eun-young"), and the surname alone, before or after it, is that person.
#[test]
fn a_surname_first_before_a_hyphenated_given_name() {
    let text = "Kim Da-eun, an analyst at Mirae Asset Securities, said the deal was fair. \
                Labour Minister Choi Min-seo agreed. Later, Choi said talks would go on.";
    let got = summary(text, &Config::default());
    assert_eq!(mentions_of(&got, "Kim Da-eun"), ["Kim Da-eun"], "{got:?}");
    assert_eq!(
        mentions_of(&got, "Choi Min-seo"),
        ["Choi Min-seo", "Choi"],
        "{got:?}"
    );
    let text = "Mr. Ban spoke first. Ban Ki-moon, the secretary general, said so.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Ban Ki-moon"),
        ["Ban", "Ban Ki-moon"],
        "{got:?}"
    );
    // (A five-letter second syllable; a compound's "-based" or "-run" is none.)
    let text = "Lim Eun-young, a surgeon, said wards were full. Analysts at Hanoi-based \
                Lotus Securities said the bonds were safe.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Lim Eun-young"),
        ["Lim Eun-young"],
        "{got:?}"
    );
    assert!(got.iter().any(|g| g.0 == "Lotus Securities"), "{got:?}");
}

/// "the town of X" names a place, whatever apposition follows it.
#[test]
fn a_town_of_name_is_a_place() {
    let text = "In the border town of Varsk, a district security officer, Inspector Ola \
                Berg, said trucks were seized.";
    let got = summary(text, &Config::default());
    assert!(got.iter().all(|(n, _, _)| n != "Varsk"), "{got:?}");
}

/// A surname of two words names the person whose name ends with them.
#[test]
fn a_two_word_surname_is_the_person() {
    let text = "Kwame Ofori Atta, who heads the alliance, said farmers were angry. Ofori \
                Atta urged the board to pay.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Kwame Ofori Atta"),
        ["Kwame Ofori Atta", "Ofori Atta"],
        "{got:?}"
    );
}

/// An all-capitals word in brackets after a name, its letters running through the
/// name's, is the name's short form, whether or not it spells the initials.
#[test]
fn a_bracketed_short_form_is_the_name_before_it() {
    let text = "The Kestrel Cocoa Board (KECOBOD) said prices would rise. KECOBOD later \
                denied it. Locals called the Arrow-Nicola Regional District (ANRD) at noon. \
                The ANRD said it acted.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Kestrel Cocoa Board"),
        ["Kestrel Cocoa Board", "KECOBOD", "KECOBOD"],
        "{got:?}"
    );
    assert_eq!(
        mentions_of(&got, "Arrow-Nicola Regional District"),
        ["Arrow-Nicola Regional District", "ANRD", "ANRD", "it"],
        "{got:?}"
    );
}

/// "the government" with no government named is the country its sentence names, else
/// the one the article has named most so far; with none named, a government of its own.
#[test]
fn the_government_is_the_country_named_most() {
    let text = "Chile sells copper to Peru. Chile will tax lithium, Chile's miners said. \
                Unions said the government had broken its word.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Chile"),
        ["Chile", "Chile", "Chile", "the government"],
        "{got:?}"
    );
    let none = summary(
        "Unions said the government had broken its word.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&none, "government"),
        ["the government"],
        "{none:?}"
    );
    // A later sentence naming another country: that one's, whatever came before.
    let text = "Chile will tax lithium, Chile's miners said. Unions said the government \
                had broken its word. Peru said it would respond. In Peru, critics said the \
                government was weak.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Peru"),
        ["Peru", "it", "Peru", "the government"],
        "{got:?}"
    );
    // Another country named in its sentence: that one's, not the article's.
    let text = "Chile will tax lithium, Chile's miners said. The free press of Peru has \
                angered members of the government.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "government"),
        ["the government"],
        "{got:?}"
    );
}

#[test]
fn a_count_after_a_datelines_dash_is_no_name() {
    let text = "TORVIK, May 2 — Four workers were hurt when a crane fell, the operator said.";
    let got = summary(text, &Config::default());
    assert!(got.iter().all(|(n, _, _)| n != "Four"), "{got:?}");
}

#[test]
fn a_joint_venture_in_apposition_is_an_organisation_and_the_venture_no_partner() {
    let text = "The mine is run by Ardent Minera, a joint venture owned by two funds. \
                Ardent Minera denied the claim. The pit is run by Kolvik Mining Co. Ltd., a \
                joint venture between two firms.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    assert!(
        kinds.contains(&("Ardent Minera", ActorKind::Organization)),
        "{kinds:?}"
    );
    assert!(kinds.iter().all(|(n, _)| *n != "Ltd"), "{kinds:?}");
    let text = "Velorio Motors is in talks with Skandik. Velorio Motors would hold a \
                majority stake in the venture, it said.";
    let got = summary(text, &Config::default());
    assert!(
        got.iter()
            .all(|(_, _, m)| !m.iter().any(|m| m == "the venture")),
        "{got:?}"
    );
}

#[test]
fn an_ampersand_company_keeps_its_suffix_in_the_mention_and_not_the_name() {
    let text = "Analysts at investment bank Harlowe & Co. estimated the cost at $9 million.";
    let got = summary(text, &Config::default());
    assert_eq!(mentions_of(&got, "Harlowe"), ["Harlowe & Co."], "{got:?}");
}

#[test]
fn a_nationality_opening_a_bodys_name_before_its_of_is_the_names() {
    let text = "The Canadian Union of Postal Clerks said it would strike. Kenyan Joseph \
                Mwangi said he would run.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["Canadian Union of Postal Clerks", "Joseph Mwangi"],
        "{got:?}"
    );
}

#[test]
fn a_capitalised_people_noun_with_for_names_a_campaign() {
    let text = "The books were challenged by Parents for Open Shelves, a local group. \
                Lawyers for Ana Ruiz said she would appeal.";
    let got = summary(text, &Config::default());
    let orgs: Vec<&str> = got
        .iter()
        .filter(|a| a.1 == ActorKind::Organization)
        .map(|(n, _, _)| n.as_str())
        .collect();
    assert_eq!(orgs, ["Parents for Open Shelves"], "{got:?}");
}

#[test]
fn countries_act_in_a_list_past_a_participle_and_before_a_hedged_be() {
    let text = "Peru, speaking for the Andean bloc, rejected the levy. Ghana is reportedly \
                willing to compromise. Analysts said Chile, Norway and Japan were preparing \
                a joint bid. Portugal is a small country.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got
        .iter()
        .filter(|a| a.1 == ActorKind::Government)
        .map(|(n, _, _)| n.as_str())
        .collect();
    assert_eq!(
        names,
        ["Peru", "Ghana", "Chile", "Norway", "Japan"],
        "{got:?}"
    );
}

#[test]
fn a_thing_known_as_a_name_is_no_actor() {
    let text = "The impurity, a solvent known as DMX, was found in 41 lots. The drug, known \
                as VT-12, was tested in 300 adults.";
    let got = summary(text, &Config::default());
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_nationality_s_government_is_the_country_and_two_are_two() {
    let text = "The Brazilian government said it would cut the tax. The Kenyan government \
                rejected the plan. The Western Australian government said no.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Brazil"),
        ["The Brazilian government", "it"],
        "{got:?}"
    );
    assert_eq!(
        mentions_of(&got, "Kenya"),
        ["The Kenyan government"],
        "{got:?}"
    );
}

#[test]
fn a_name_before_a_noun_for_land_is_a_place() {
    let text = "The contest for control of Valdana's assembly turned personal. Party \
                officials said they were worried about losing ground in the Kittur Valdana \
                region. Valdana votes in May.";
    let got = summary(text, &Config::default());
    assert!(
        got.iter()
            .all(|(n, _, _)| !n.starts_with("Kittur") && !n.starts_with("Morrow")),
        "{got:?}"
    );
}

#[test]
fn according_to_him_or_her_is_the_person_referred_to() {
    let text = "Ravi Menon, who heads the lenders' group, spoke on Monday. According to \
                him, a dozen members had paused launches. Ana Ruiz disagreed. According \
                to her, most had not.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Ravi Menon"),
        ["Ravi Menon", "him"],
        "{got:?}"
    );
    assert_eq!(
        mentions_of(&got, "Ana Ruiz"),
        ["Ana Ruiz", "her"],
        "{got:?}"
    );
}

#[test]
fn an_apposition_with_a_compound_place_adjective_types_the_name() {
    let text = "The Open Ledger Collective, a Pune-based advocacy group, called the order a \
                good start.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    assert!(
        kinds.contains(&("Open Ledger Collective", ActorKind::Organization)),
        "{kinds:?}"
    );
}

#[test]
fn a_place_before_which_is_no_body() {
    let text = "Velorio will cut jobs. Its plant in Tarnholm, which builds the compact \
                hatchback, will move to a single shift.";
    let got = summary(text, &Config::default());
    assert!(got.iter().all(|(n, _, _)| n != "Tarnholm"), "{got:?}");
}

#[test]
fn newspaper_heads_and_trade_nouns_type_their_names() {
    let text = "The Oakfield Ledger reported the cuts first. The Dunmore Mirror said the \
                same. Halvey, the country's biggest grocer, said prices would fall. The \
                Canadian Press said the talks had stalled. Zoomra, the ride-hailing \
                platform that leads the market, said fares would rise. Brightly, the \
                Dutch-founded platform that rents scooters, said it would leave.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    for want in [
        ("Oakfield Ledger", ActorKind::Media),
        ("Dunmore Mirror", ActorKind::Media),
        ("Halvey", ActorKind::Organization),
        ("Canadian Press", ActorKind::Media),
        ("Zoomra", ActorKind::Organization),
        ("Brightly", ActorKind::Organization),
    ] {
        assert!(kinds.contains(&want), "{want:?} in {kinds:?}");
    }
    // An adverb opening the sentence before an apposition is no name.
    let got = summary(
        "Privately, the country's biggest lender, Orrin, said it would wait.",
        &Config::default(),
    );
    assert!(got.iter().all(|(n, _, _)| n != "Privately"), "{got:?}");
}

/// A government body named by its description keeps no possessive in its name ("the
/// agriculture ministry's weekly survey").
#[test]
fn a_described_body_is_named_without_its_possessive() {
    let text = "Prices rose, according to the agriculture ministry's weekly survey. The \
                ministry said supplies would improve.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(names.contains(&"agriculture ministry"), "{names:?}");
}

/// The office of a title or a named person that acts or is cited is a government body
/// of its own, with its place; one that only places a source is none.
#[test]
fn offices_that_act_are_bodies() {
    let text = "The governor's office denied the report. According to the federal \
                prosecutor's office in Santa Rosa, 11 ranches are under investigation. \
                Mayor Ana Ruiz's office said the road would reopen. The plan was ready, \
                according to a source in the minister's office.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    for want in [
        "governor's office",
        "federal prosecutor's office in Santa Rosa",
        "Mayor Ana Ruiz's office",
    ] {
        assert!(names.contains(&want), "{want} in {names:?}");
    }
    assert!(names.iter().all(|n| *n != "minister's office"), "{names:?}");
}

/// A trade's plural closing a capitalised name heads a firm's name ("Produce Brokers",
/// "Grain Traders"), as "Workers" and "Partners" do.
#[test]
fn trade_plurals_head_firms_names() {
    let text = "One of the firms, Kelso Valley Produce Brokers, denied that it had lobbied \
                anyone. Dunmore Grain Traders said prices would rise.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    for want in [
        ("Kelso Valley Produce Brokers", ActorKind::Organization),
        ("Dunmore Grain Traders", ActorKind::Organization),
    ] {
        assert!(kinds.contains(&want), "{want:?} in {kinds:?}");
    }
}

/// A description after a comma that introduces the name after it ("Hatay, the daily
/// Ankara Postası reported") types that name, not the one before the comma; so does
/// one a speech verb follows ("based in Gaziantep, the newspaper said").
#[test]
fn a_description_introducing_the_next_name_is_no_apposition() {
    let text = "Homes were rebuilt in the province of Kelsa, the daily Ankara Gazetesi \
                reported on Wednesday. The builder is based in Dunmore, the newspaper said.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    assert!(
        kinds.iter().all(|k| k.0 != "Kelsa" && k.0 != "Dunmore"),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("Ankara Gazetesi", ActorKind::Media)),
        "{kinds:?}"
    );
}

/// A capitalised name ending in "Nation" is a nation's government ("Navajo Nation",
/// "Nakwasin First Nation"); "First Nation" alone is the category, and "the Southeast
/// Asian nation" a country described.
#[test]
fn nations_named_are_governments() {
    let text = "The Kelso Cree Nation said the water was unsafe. Officials spoke with every \
                local government and First Nation in the area. The Southeast Asian nation \
                said no.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    assert!(
        kinds.contains(&("Kelso Cree Nation", ActorKind::Government)),
        "{kinds:?}"
    );
    assert!(
        kinds
            .iter()
            .all(|k| k.0 != "First Nation" && k.0 != "Southeast Asian"),
        "{kinds:?}"
    );
}

/// A body after a title's "of the" may have lower-case modifiers before its name.
#[test]
fn a_title_of_a_modified_body_names_it() {
    let text = "Marjolein Vos, leader of the farmer-backed Boerenpartij, called for a debate.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    assert!(
        kinds.contains(&("Boerenpartij", ActorKind::Organization)),
        "{kinds:?}"
    );
}

/// A ministry, department or agency a place owns is a body of its own when it acts or
/// is an agent, no mention of the place.
#[test]
fn a_places_ministry_is_a_body_of_its_own() {
    let text = "Valtria's health ministry said the clinics would close. The crop could \
                fail, according to an assessment by Valtria's agriculture department.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    for want in [
        "Valtria's health ministry",
        "Valtria's agriculture department",
    ] {
        assert!(names.contains(&want), "{want} in {names:?}");
    }
}

/// "Arlen's state government sided with …": a place's government acts with any verb in
/// the past tense, also after a relative clause; it is its own body, not "the federal
/// government" named before it.
#[test]
fn a_states_government_is_no_federal_one() {
    let text = "The federal government said buybacks would go on. Arlen's state \
                government, which has long opposed buybacks, sided with the growers.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "federal government"),
        vec!["The federal government"],
        "{got:?}"
    );
    assert_eq!(
        mentions_of(&got, "Arlen's state government"),
        vec!["Arlen's state government"],
        "{got:?}"
    );
    let got = summary(
        "Dorn's health ministry closed two clinics.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        vec![("Dorn's health ministry", ActorKind::Government)]
    );
}

/// "The Bank of Valtria's board voted": the place closes a name with "of" in it; its
/// board is the bank's, no body of the place.
#[test]
fn a_board_of_a_name_ending_in_a_place_is_no_places_body() {
    let text = "The Bank of Valtria's five-member board voted for the cut.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(names, vec!["Bank of Valtria"]);
}

/// People who live in a place are a group with it ("Residents of Barneveld"); staff
/// "of the ministry" are left to the ministry, and a form of "be" ends the phrase.
#[test]
fn dwellers_of_a_place_are_a_group() {
    let text = "Residents of Harlow, where tractors blocked the centre, said the protests \
                had divided families. About 600 residents of Dunmore were told to leave.";
    let got = summary(text, &Config::default());
    let groups = group_names(&got);
    assert!(groups.contains(&"Residents of Harlow"), "{groups:?}");
    assert!(groups.iter().all(|g| !g.contains("were")), "{groups:?}");
}

/// Legal forms of other countries close a company's name ("A.Ş.", "S.r.l.", "Bhd"),
/// and an exchange is an organisation.
#[test]
fn foreign_legal_forms_and_exchanges() {
    let text = "The contract went to Kartal Yapı İnşaat A.Ş. of Izmir. Kartal Yapı denied any \
                wrongdoing. Prices fell, according to data from the Lagos Interbank Exchange.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    for want in [
        ("Kartal Yapı İnşaat", ActorKind::Organization),
        ("Lagos Interbank Exchange", ActorKind::Organization),
    ] {
        assert!(kinds.contains(&want), "{want:?} in {kinds:?}");
    }
    assert!(
        mentions_of(&got, "Kartal Yapı İnşaat").contains(&"Kartal Yapı".to_string()),
        "{got:?}"
    );
}

/// A people plural after a capitalised word and before "of" heads a union's name.
#[test]
fn a_people_plural_before_of_heads_a_unions_name() {
    let text = "The United Nurses of Kelvale, which represents 9,000 nurses, is demanding \
                a raise. Its president, Ada Brun, said talks had failed.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    assert!(
        kinds.contains(&("United Nurses of Kelvale", ActorKind::Organization)),
        "{kinds:?}"
    );
}

/// A party's plural closing a capitalised name names the party; after a chamber's
/// word, its members; never a person.
#[test]
fn party_plurals_name_parties_or_their_members() {
    let text = "The governing Social Democrats oppose the bill. Senate Republicans said \
                the vote would wait. Fellow Republicans urged calm.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    for want in [
        ("Social Democrats", ActorKind::Organization),
        ("Senate Republicans", ActorKind::Group),
        ("Fellow Republicans", ActorKind::Group),
    ] {
        assert!(kinds.contains(&want), "{want:?} in {kinds:?}");
    }
}

/// Romance names of bodies: "do" is a particle inside a name, and a body's word before
/// "de"/"do" heads the name, as an English one before "of" does.
#[test]
fn romance_body_names_keep_their_particles_and_heads() {
    let text = "Banco do Vale said on Monday it would appeal. Universidad de Valtierra \
                said fees would rise. The newspaper Diário do Leste reported the sale.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    for want in [
        ("Banco do Vale", ActorKind::Organization),
        ("Universidad de Valtierra", ActorKind::Organization),
    ] {
        assert!(kinds.contains(&want), "{want:?} in {kinds:?}");
    }
    assert!(kinds.iter().any(|k| k.0 == "Diário do Leste"), "{kinds:?}");
    assert!(kinds.iter().all(|k| k.0 != "Leste"), "{kinds:?}");
}

#[test]
fn division_and_trade_heads_name_bodies_and_a_saints_town_is_none() {
    let text = "The Nevada Division of Forestry said the fire was contained. Later, \
                Marrow Seafoods said the plant would close. Protesters will gather in \
                St. Austell's main square and march to St. Peter's next week.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    assert!(
        kinds.contains(&("Nevada Division of Forestry", ActorKind::Government)),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("Marrow Seafoods", ActorKind::Organization)),
        "{kinds:?}"
    );
    assert!(kinds.iter().all(|(n, _)| !n.starts_with("St")), "{kinds:?}");
}

#[test]
fn a_word_after_a_datelines_dash_before_people_is_no_body() {
    let text = "HOBART, May 2 (AAP) - Ferry workers at the terminal said they would strike.";
    let got = summary(text, &Config::default());
    assert!(got.iter().all(|(n, _, _)| n != "Ferry"), "{got:?}");
}

#[test]
fn a_papers_head_after_the_an_honorific_and_a_peoples_possessive() {
    let text = "According to The Courier, the mill will close. The utility's chief, Engr. \
                Musa Okafor, blamed the storm. A surgeon at Harlow Children's Hospital \
                said so. The opposition Radical People's Party (RPP) said no.";
    let got = summary(text, &Config::default());
    let kinds = name_kinds(&got);
    for want in [
        ("Courier", ActorKind::Media),
        ("Musa Okafor", ActorKind::Person),
        ("Harlow Children's Hospital", ActorKind::Organization),
        ("Radical People's Party", ActorKind::Organization),
    ] {
        assert!(kinds.contains(&want), "{want:?} in {kinds:?}");
    }
}

/// "Ashby Rovers" before "Rovers said": the one word's body takes the full name, and
/// the full name's uses are its mentions.
#[test]
fn a_body_named_by_one_word_takes_its_full_name() {
    let text = "The Northern League on Friday suspended Ashby Rovers, saying the club had not \
                paid its staff. The league said Rovers had ignored three warnings. Rovers \
                chairman Tom Pell said he would appeal.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Ashby Rovers"),
        vec!["Ashby Rovers", "the club", "Rovers", "Rovers"],
        "{got:?}"
    );
}

/// ", saying …" after a name in a prepositional phrase is the subject's participle,
/// not an apposition of the name; nor is the second of two places after "in" a
/// subject ("in Tolby or Marne should").
#[test]
fn places_after_a_preposition_are_no_speakers() {
    let text = "The minister spoke at a rally in Kestrow, saying the government had kept its \
                word. \"No farmer in Tolby or Marne should lose land,\" she said.";
    let got = summary(text, &Config::default());
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    for place in ["Kestrow", "Tolby", "Marne"] {
        assert!(!names.contains(&place), "{place} in {got:?}");
    }
}

/// A country acts through a relative clause between commas before an auxiliary ("…,
/// which argues …, has asked").
#[test]
fn a_country_acts_past_a_relative_clause_before_an_auxiliary() {
    let text = "Norway, which argues that the quota breaches the treaty, has asked its \
                neighbours to reopen talks.";
    let got = summary(text, &Config::default());
    assert_eq!(mentions_of(&got, "Norway"), vec!["Norway"], "{got:?}");
}

/// "Ada Okoro, chief analyst at the Harbour Research Institute," is her role, no group
/// of analysts.
#[test]
fn a_bare_title_after_a_name_is_its_role() {
    let text = "Ada Okoro, chief analyst at the Harbour Research Institute, a think tank in \
                Accra, said the cuts were overdue.";
    let got = summary(text, &Config::default());
    assert!(group_names(&got).is_empty(), "{got:?}");
}

/// "Movement" heads a body's name, as "Party" and "Alliance" do.
#[test]
fn a_movement_is_an_organisation() {
    let text = "Senator Ann Vale of the ruling Civic Renewal Movement accused the minister of \
                lying.";
    let got = summary(text, &Config::default());
    assert!(
        name_kinds(&got).contains(&("Civic Renewal Movement", ActorKind::Organization)),
        "{got:?}"
    );
}

/// "the labour ministry" is not the interior ministry named before it, and "the prime
/// minister" is not the labour minister: portfolios that differ name different actors.
#[test]
fn descriptions_with_another_portfolio_are_other_actors() {
    let text = "Labour Minister Anna Roux defended the bill. The interior ministry said 200 \
                people were arrested. The labour ministry estimates the reform would save \
                money. The prime minister did not comment.";
    let got = summary(text, &Config::default());
    assert_eq!(mentions_of(&got, "Anna Roux"), vec!["Anna Roux"], "{got:?}");
    assert_eq!(
        mentions_of(&got, "interior ministry"),
        vec!["The interior ministry"],
        "{got:?}"
    );
}

/// "Confederation" heads a body's name; after "General" it is no person.
#[test]
fn a_confederation_is_an_organisation() {
    let text = "The General Confederation of Dockers, the largest union, said the strike \
                would go on.";
    let got = summary(text, &Config::default());
    assert_eq!(
        name_kinds(&got).first(),
        Some(&("General Confederation of Dockers", ActorKind::Organization)),
        "{got:?}"
    );
}

/// A bracketed short form with small letters between its capitals ("DfE") is the
/// name's, as an all-capitals one is, with its later uses.
#[test]
fn a_mixed_case_short_form_joins_its_name() {
    let text = "Fees will rise, the Department for Energy (DfE) said on Monday. The DfE denied \
                any rift with the Treasury.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Department for Energy"),
        vec!["Department for Energy", "DfE", "DfE"],
        "{got:?}"
    );
}

/// "the central bank" is no commercial bank the article names, but a body named as a
/// central bank where there is one; with none, a government body of its own.
#[test]
fn the_central_bank_is_no_other_bank() {
    let text = "Ana Ruiz, chief economist at Banco Tenaz, said rates would fall. The central \
                bank said it would hold its rate.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Banco Tenaz"),
        vec!["Banco Tenaz"],
        "{got:?}"
    );
    assert!(
        name_kinds(&got).contains(&("central bank", ActorKind::Government)),
        "{got:?}"
    );
    let text = "The Monetary Authority of Vela held its rate. The central bank said prices \
                were stable.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Monetary Authority of Vela"),
        vec!["Monetary Authority of Vela", "The central bank"],
        "{got:?}"
    );
}

/// "the Dutch central bank": a country's central bank, a government body named so, not
/// the central bank of another country the article named first.
#[test]
fn a_countrys_central_bank_is_its_own() {
    let text = "The Monetary Authority of Vela held its rate. Landlords are selling, \
                according to the Dutch central bank. The Dutch central bank said rents rose.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Dutch central bank"),
        vec!["the Dutch central bank", "The Dutch central bank"],
        "{got:?}"
    );
    assert_eq!(
        mentions_of(&got, "Monetary Authority of Vela"),
        vec!["Monetary Authority of Vela"],
        "{got:?}"
    );
}

/// A name before a lower-case body noun after an owner's possessive names the owner's
/// site, no body ("Carrow Health's Dunmore hospital"), as after "the".
#[test]
fn an_owners_site_is_no_body() {
    let text = "Nurses at Carrow Health's Dunmore hospital said staffing had been cut.";
    let got = summary(text, &Config::default());
    assert!(!got.iter().any(|g| g.0 == "Dunmore"), "{got:?}");
}

/// A listed outlet whose name opens with a nationality keeps it ("The Australian
/// Financial Review"): the words after it are no person's name.
#[test]
fn a_listed_outlet_keeps_its_nationality() {
    let text = "Harbour talks stall\n\nThe Australian Financial Review reported on Monday \
                that the port had drawn up plans.";
    let got = summary(text, &Config::default());
    assert!(
        name_kinds(&got).contains(&("Australian Financial Review", ActorKind::Media)),
        "{got:?}"
    );
}

/// What sources know ("people with knowledge of the matter") and a report's "citing"
/// mark a group as a source, as "familiar with" does.
#[test]
fn knowledge_and_citing_mark_group_sources() {
    for (text, group) in [
        (
            "Prices rose, the Harbour Post reported, citing two people with knowledge of the matter.",
            "two people with knowledge of the matter",
        ),
        (
            "Fares will rise, the Harbour Post reported, citing two officials at the ministry.",
            "two officials at the ministry",
        ),
        (
            "The Harbour Post spoke to two people with knowledge of the talks.",
            "two people with knowledge of the talks",
        ),
    ] {
        let got = summary(text, &Config::default());
        assert!(group_names(&got).contains(&group), "{text}: {got:?}");
    }
}

/// A second legal form after a comma ("Borlund Steel Co., Ltd.") belongs to the
/// name's mention, and stays out of its name.
#[test]
fn a_second_legal_form_joins_the_mention() {
    let text = "Borlund Steel Co., Ltd. said it had agreed to buy a rival.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Borlund Steel")
            .first()
            .map(String::as_str),
        Some("Borlund Steel Co., Ltd."),
        "{got:?}"
    );
    assert!(!got.iter().any(|g| g.0.contains("Ltd")), "{got:?}");
}

/// A body's two portfolio words after its "of" ("Chamber of Commerce and Industry")
/// are one name.
#[test]
fn a_bodys_two_fields_are_one_name() {
    let text = "Ports stall\n\nThe Harbour Chamber of Commerce and Industry proposed a mediator.";
    let got = summary(text, &Config::default());
    assert!(
        name_kinds(&got).contains(&(
            "Harbour Chamber of Commerce and Industry",
            ActorKind::Organization
        )),
        "{got:?}"
    );
}

/// A legal form written before the name ("PT Kalimaya Tambang Raya Tbk") stays out of
/// the name, and the short form later is the same company.
#[test]
fn a_legal_form_before_the_name_is_left_out() {
    let text = "PT Kalimaya Tambang Raya Tbk said it would build a smelter. Kalimaya Tambang \
                expects output to double.";
    let got = summary(text, &Config::default());
    assert!(
        name_kinds(&got).contains(&("Kalimaya Tambang Raya", ActorKind::Organization)),
        "{got:?}"
    );
    assert!(
        mentions_of(&got, "Kalimaya Tambang Raya").contains(&"Kalimaya Tambang".to_string()),
        "{got:?}"
    );
}

/// "The Globe and Mail reported": a listed outlet with "and" in its name is one name,
/// not two bodies.
#[test]
fn a_listed_name_with_and_is_one() {
    for text in [
        "The Globe and Mail reported that adjusters had complained.",
        "Adjusters had complained, the Globe and Mail reported.",
    ] {
        let got = summary(text, &Config::default());
        assert_eq!(
            name_kinds(&got),
            [("Globe and Mail", ActorKind::Media)],
            "{text}"
        );
    }
}

/// "Court of King's Bench", "Queen's University": a sovereign's possessive is inside
/// the name; a person's surname in "'s" is not ("Mr. King's Russia Today show").
#[test]
fn a_sovereigns_possessive_is_inside_the_name() {
    let got = summary(
        "The suit, filed in the Court of King's Bench on Wednesday, alleges that the insurer \
         cheated.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        [("Court of King's Bench", ActorKind::Organization)]
    );
    let doc = crate::extract(
        "Dana Reyes, the head of Ora Media -- the firm that owns Mr. King's Russia Today \
         programming -- told me, \"We make content.\"",
        &Config::default(),
    );
    assert!(
        doc.actors.iter().all(|a| !a.name.contains("Russia")),
        "{:?}",
        doc.actors
    );
}

/// "The Teldra, Norway's largest farm union, said …": an apposition ranked by a
/// superlative names the body's kind, so "the union" later is it; "It also called
/// for …" opens with the body as subject, past the adverb.
#[test]
fn a_ranked_apposition_names_the_bodys_kind() {
    let text = "The Teldra, Norway's largest farm union, said 1,800 tractors took part. The \
                union has proposed delaying the ban. It also called for the European \
                Commission to act.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Teldra"),
        ["Teldra", "Norway's largest farm union", "The union", "It"]
    );
    let text = "Marlow Foods, the biggest dairy cooperative in Wales, said milk prices fell. The \
                cooperative has proposed a levy.";
    let got = summary(text, &Config::default());
    assert_eq!(
        mentions_of(&got, "Marlow Foods"),
        [
            "Marlow Foods",
            "the biggest dairy cooperative in Wales",
            "The cooperative"
        ]
    );
}

/// "Kaveri Pharma" and "Kaveri Pharmaceuticals": the same name with its last word
/// clipped is the same body, in either order, named in full; a clipped word of three
/// letters, or one that only shares a beginning, is not.
#[test]
fn a_clipped_last_word_names_the_same_body() {
    for text in [
        "Kaveri Pharmaceuticals Ltd said it would recall the drug. Kaveri Pharma shares fell.",
        "Kaveri Pharma said it would recall the drug. Kaveri Pharmaceuticals shares fell.",
    ] {
        let got = summary(text, &Config::default());
        assert_eq!(
            name_kinds(&got),
            [("Kaveri Pharmaceuticals", ActorKind::Organization)],
            "{text}"
        );
    }
    for text in [
        "Orbis Partners said it would bid. Orbis Partnership rejected the offer.",
        "Marlow Gas Ltd said it would bid. Marlow Gastronomy Ltd rejected the offer.",
    ] {
        let got = summary(text, &Config::default());
        assert_eq!(got.len(), 2, "{got:?}");
    }
}

/// "The Central Unica dos Trabalhadores (CUT)": an acronym may leave out a name's
/// particle, as it may "of"; the body keeps its name and the acronym is its mention.
#[test]
fn an_acronym_may_leave_out_a_particle() {
    let got = summary(
        "The Central Unica dos Trabalhadores (CUT) said workers would strike. CUT leaders met \
         on Monday.",
        &Config::default(),
    );
    assert_eq!(
        got,
        [(
            "Central Unica dos Trabalhadores".to_string(),
            ActorKind::Organization,
            vec![
                "Central Unica dos Trabalhadores".to_string(),
                "CUT".to_string(),
                "CUT".to_string()
            ]
        )]
    );
}

/// "Tarrow Veld, however, said": a short adverbial between commas keeps the name the
/// speech verb's subject; a name ending in "Economics" is a firm.
#[test]
fn a_subject_before_an_adverbial_aside() {
    let got = summary(
        "Analysts were divided. Tarrow Veld, by contrast, said growth would slow.",
        &Config::default(),
    );
    assert_eq!(name_kinds(&got), vec![("Tarrow Veld", ActorKind::Person)]);
    let got = summary(
        "Harlow Economics, however, said rates would rise.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        vec![("Harlow Economics", ActorKind::Organization)]
    );
}

/// Hyphenated titles ("director-general") before a name in apposition give a person
/// and the role.
#[test]
fn hyphenated_titles_name_people() {
    let a = actors_of(
        "The agency's director-general, Musa Danladi, has since called for sensors.",
        &Config::default(),
    );
    let found: Vec<_> = a
        .actors
        .iter()
        .map(|x| (x.name.as_str(), x.kind, x.role.as_deref()))
        .collect();
    assert_eq!(
        found,
        vec![("Musa Danladi", ActorKind::Person, Some("director-general"))]
    );
}

/// "officials, speaking on condition of anonymity, said" marks a source; a plural
/// object before the end of the sentence whose next sentence says "spoke on condition
/// of anonymity" is none.
#[test]
fn anonymity_marks_a_source_in_its_own_sentence() {
    let got = summary(
        "Two officials, speaking on condition of anonymity, confirmed the raid.",
        &Config::default(),
    );
    assert_eq!(group_names(&got), vec!["Two officials"]);
    let got = summary(
        "The board plans to summon senior Tamlin executives for questioning next month, \
         the person added. Both spoke on condition of anonymity.",
        &Config::default(),
    );
    assert_eq!(group_names(&got), Vec::<&str>::new());
}

/// "the company's lawyers said", "Deltacore's engineers said": an owner's possessive
/// opens a plural group's name and gives its affiliation; a singular ("Ruiz's
/// lawyer") is one person, left to coreference.
#[test]
fn an_owners_plural_group() {
    let a = actors_of(
        "Deltacore denied it. In court, the company's lawyers said thieves caused the \
         spills. Deltacore's engineers said the pipe was sound.",
        &Config::default(),
    );
    let found: Vec<_> = a
        .actors
        .iter()
        .map(|x| {
            let affil = x.affiliation.map(|k| a.actors[k].name.as_str());
            (x.name.as_str(), affil)
        })
        .collect();
    assert_eq!(
        found,
        vec![
            ("Deltacore", None),
            ("the company's lawyers", Some("Deltacore")),
            ("Deltacore's engineers", Some("Deltacore")),
        ]
    );
}

/// "The U.S. Justice Department … The Justice Department", and the other way round:
/// one body, with or without its country.
#[test]
fn a_body_with_or_without_its_country() {
    let got = summary(
        "The U.S. Justice Department has asked for more documents. The Justice \
         Department did not respond.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "U.S. Justice Department"),
        vec!["U.S. Justice Department", "Justice Department"],
        "{got:?}"
    );
    let got = summary(
        "The Commerce Department raised tariffs. The U.S. Commerce Department later \
         added more.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "Commerce Department"),
        vec!["Commerce Department", "U.S. Commerce Department"],
        "{got:?}"
    );
}

/// Group sources: "… in November, a department spokesperson said" (a month before the
/// comma names no one the spokesperson is apposed to); "opposed by unions, who say …"
/// (a relative clause's speech verb); brokers and parties are people nouns.
#[test]
fn group_sources_after_a_month_and_before_who_say() {
    let got = summary(
        "The department will open a round in November, a department spokesperson said. \
         The plan is opposed by unions, who say it is unlawful. Water brokers in the \
         region said prices rose. Opposition parties said the bill was wrong.",
        &Config::default(),
    );
    assert_eq!(
        group_names(&got),
        vec![
            "a department spokesperson",
            "unions",
            "Water brokers in the region",
            "Opposition parties"
        ]
    );
}

/// "suppliers of etching equipment, who allege that …": a relative clause with a speech
/// verb marks a group source, past an "of" phrase the name leaves out, and "who" is
/// the group's; a bare plural verb after ", who" is a cue ("suppliers, who allege").
#[test]
fn a_group_before_who_says() {
    let text = "The probe followed complaints from three small suppliers of etching \
                equipment, who allege that Tamlin threatened to cancel orders.";
    let doc = crate::extract(text, &Config::default());
    let group = doc
        .actors
        .iter()
        .find(|a| a.name == "three small suppliers");
    assert!(group.is_some(), "{:?}", doc.actors);
    let allege = doc.attributions.iter().find(|a| a.cue == "allege");
    assert_eq!(
        allege.and_then(|a| a.source.clone()),
        group.map(|g| g.id.clone())
    );
    // (A coordinated "of" phrase between the group and the pronoun.)
    let doc = crate::extract(
        "Tamlin denied it. The probe followed complaints from at least three small \
         suppliers of etching and deposition equipment, who allege that Tamlin cancelled \
         orders.",
        &Config::default(),
    );
    let allege = doc.attributions.iter().find(|a| a.cue == "allege");
    assert_eq!(
        allege.and_then(|a| a.source.clone()).as_deref(),
        Some("three-small-suppliers")
    );
    let doc = crate::extract(
        "Complaints came from suppliers, who allege that Tamlin cancelled orders.",
        &Config::default(),
    );
    let allege = doc.attributions.iter().find(|a| a.cue == "allege");
    assert_eq!(
        allege.and_then(|a| a.source.clone()).as_deref(),
        Some("suppliers")
    );
}

/// "Tarrow Veld of the advocacy group Zenco said": a name of two words, "of" and a
/// body, then a speech verb: a person; after a straight single quote mark, "said
/// Declan Forde" is the quote's speaker.
#[test]
fn a_speaker_of_a_body_and_after_single_quotes() {
    let got = summary(
        "Tarrow Veld of the advocacy group Zenco said the fine was too low.",
        &Config::default(),
    );
    assert!(
        name_kinds(&got).contains(&("Tarrow Veld", ActorKind::Person)),
        "{got:?}"
    );
    let got = summary(
        "'Four years is too long,' said Declan Forde.",
        &Config::default(),
    );
    assert_eq!(name_kinds(&got), vec![("Declan Forde", ActorKind::Person)]);
}

/// "the Texas Freedom to Read Coalition": "to" inside a name after "the" that closes on
/// a body's head; "sold Volvo to Harlow Group" joins no names.
#[test]
fn to_inside_a_name() {
    let got = summary(
        "The Texas Freedom to Read Coalition said it was reviewing options.",
        &Config::default(),
    );
    assert_eq!(
        name_kinds(&got),
        vec![("Texas Freedom to Read Coalition", ActorKind::Organization)]
    );
    let got = summary(
        "Zenco sold Volvo to Harlow Group, Zenco said.",
        &Config::default(),
    );
    assert!(
        name_kinds(&got).iter().all(|(n, _)| !n.contains(" to ")),
        "{got:?}"
    );
}

/// "Jun Tolentino": a month's abbreviation that is a common given name opens a name
/// before a capitalised word ("Jun 5" is a date).
#[test]
fn a_month_abbreviation_as_a_given_name() {
    let got = summary(
        "The office opened an investigation, according to a spokesman, Jun Tolentino.",
        &Config::default(),
    );
    assert_eq!(name_kinds(&got), vec![("Jun Tolentino", ActorKind::Person)]);
}

/// Laws are no actors: "the General Data Protection Regulation", "the Fifth
/// Amendment", "the Refugee Convention", as "the Clean Air Act".
#[test]
fn laws_are_no_actors() {
    let got = summary(
        "Zenco breached the General Data Protection Regulation, the regulator said. He \
         cited the Fifth Amendment and the Refugee Convention. Zenco said it would appeal.",
        &Config::default(),
    );
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(
        names.iter().all(|n| !n.contains("Regulation")
            && !n.contains("Amendment")
            && !n.contains("Convention")),
        "{names:?}"
    );
}

/// An article quoting with straight single marks: a word opening the quote is a
/// sentence's first word ("'Children should not …'" names no body), and a pronoun
/// inside the quote refers to no actor; apostrophes ("Fennick's") open nothing.
#[test]
fn straight_single_quotes_quote() {
    let got = summary(
        "Zenco Ltd was fined. 'Children should not have to be privacy experts,' said Ana \
         Ruiz. Zenco's lawyers said it would appeal.",
        &Config::default(),
    );
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(!names.contains(&"Children"), "{names:?}");
    assert!(names.contains(&"Ana Ruiz"), "{names:?}");
}

/// "fallers on northern Vancouver Island, who work …": a place after a preposition and
/// a word of direction is no person for the relative clause after it.
#[test]
fn a_place_before_who_is_no_person() {
    let got = summary(
        "A group of fallers on northern Vancouver Island, who work for contractors, said \
         the deal did nothing.",
        &Config::default(),
    );
    assert!(
        !name_kinds(&got).contains(&("Vancouver Island", ActorKind::Person)),
        "{got:?}"
    );
}

/// "people briefed on it … what one person described as …": "one person" alone is one
/// of the people named before, no group of its own; "a second person familiar with the
/// matter" is another source.
#[test]
fn one_person_is_one_of_the_people() {
    let got = summary(
        "Tamlin pushed out its chief, according to people briefed on the talks. The chair \
         had tired of what one person described as his approach. A second person familiar \
         with the matter said so.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "people briefed on the talks"),
        vec!["people briefed on the talks", "one person"],
        "{got:?}"
    );
    assert!(
        group_names(&got).contains(&"A second person familiar with the matter"),
        "{got:?}"
    );
}

/// "the Government", capitalised as British and Irish papers write it, is a
/// description of the government as "the government" is.
#[test]
fn the_capitalised_government() {
    let got = summary(
        "Campaigners called on the Government to act. The Government said it would.",
        &Config::default(),
    );
    assert_eq!(
        mentions_of(&got, "government"),
        vec!["the Government", "The Government", "it"],
        "{got:?}"
    );
}

/// "the benchmark KOSPI, which was flat": a market index before a relative clause is
/// no organisation.
#[test]
fn a_benchmark_index_is_no_body() {
    let got = summary(
        "Shares fell 4% in Seoul, underperforming the benchmark KOSPI, which was flat.",
        &Config::default(),
    );
    assert!(got.is_empty(), "{got:?}");
}
