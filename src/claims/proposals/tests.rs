//! Proposal rules, one test each, on sentences of our own.

use crate::Config;

/// (proposer as written, cue, content) of every proposal found in `text`.
fn proposals(text: &str) -> Vec<(Option<String>, String, String)> {
    crate::extract(text, &Config::default())
        .proposals
        .into_iter()
        .map(|p| (p.proposer_text, p.cue, p.content))
        .collect()
}

/// (proposer actor's name, content) of every proposal found in `text`.
fn proposed_by(text: &str) -> Vec<(Option<String>, String)> {
    let doc = crate::extract(text, &Config::default());
    let name = |id: &String| {
        doc.actors
            .iter()
            .find(|a| &a.id == id)
            .map(|a| a.name.clone())
    };
    doc.proposals
        .iter()
        .map(|p| (p.proposer.as_ref().and_then(name), p.content.clone()))
        .collect()
}

fn assert_found(cases: &[(&str, &str, &str)]) {
    for &(input, proposer, content) in cases {
        let got = proposals(input);
        assert!(
            got.iter()
                .any(|g| g.0.as_deref() == Some(proposer) && g.2 == content),
            "{input}: {got:?}"
        );
    }
}

/// Each (text, proposer actor's name, content) is found, the proposer resolved.
fn assert_proposed_by(cases: &[(&str, &str, &str)]) {
    for &(input, proposer, content) in cases {
        let got = proposed_by(input);
        assert!(
            got.iter()
                .any(|g| g.0.as_deref() == Some(proposer) && g.1 == content),
            "{input}: {got:?}"
        );
    }
}

fn assert_none(inputs: &[&str]) {
    for input in inputs {
        let got = proposals(input);
        assert!(got.is_empty(), "{input}: {got:?}");
    }
}

/// Wanting someone to act demands it, past an aside inside the object; a clause
/// after ", and" with a pronoun subject is no part of the request before it.
#[test]
fn a_wanted_action_past_an_aside() {
    assert_found(&[
        (
            "The growers' council will ask the regulator to withdraw the levy, and it wants a review board, including two members chosen by farmers, to audit the fund.",
            "it",
            "a review board, including two members chosen by farmers, to audit the fund",
        ),
        (
            "The growers' council will ask the regulator to withdraw the levy, and it wants a review board, including two members chosen by farmers, to audit the fund.",
            "The growers' council",
            "the regulator to withdraw the levy",
        ),
    ]);
    // What one wants of one's own family or of the person addressed is a wish.
    assert_none(&[
        "The singer wants her daughter, who is now nine, to take up the violin.",
        "He said he wants his sons to run the farm one day.",
        "She wants me to call her every Sunday.",
    ]);
}

/// A participle after a prepositional phrase hangs on the verb before it, whose
/// subject asks; a request for papers or for anonymity asks no course of action.
#[test]
fn a_participle_takes_its_clauses_subject() {
    assert_found(&[
        (
            "The tenants' association has written to the housing minister requesting an independent inspection of the tower.",
            "The tenants' association",
            "an independent inspection of the tower",
        ),
        (
            "The parish council met in the village hall, demanding a new bus shelter.",
            "The parish council",
            "a new bus shelter",
        ),
    ]);
    assert_none(&[
        "A clerk, who requested anonymity, said the files were lost.",
        "Detectives requested phone records from the carrier.",
    ]);
    // A bare noun right before the participle is what seeks, no object.
    let got = proposals("Many voters never replied to letters seeking to confirm their address.");
    assert!(
        got.iter().all(|g| g.0.as_deref() != Some("Many voters")),
        "{got:?}"
    );
}

/// A request a body votes or agrees to make is the body's.
#[test]
fn a_request_voted_for_is_the_voters() {
    assert_found(&[
        (
            "The school board voted 5-2 on Tuesday to ask the state to delay the new tests.",
            "The school board",
            "the state to delay the new tests",
        ),
        (
            "Councillors agreed unanimously to urge the utility to bury the power lines.",
            "Councillors",
            "the utility to bury the power lines",
        ),
    ]);
}

/// A request made is a directive when a government makes it; a company's request
/// of its customers is none.
#[test]
fn a_request_made_by_a_government_is_a_directive() {
    assert_proposed_by(&[(
        "The Ministry of Health has asked all clinics to postpone routine surgery until the strike ends.",
        "Ministry of Health",
        "all clinics to postpone routine surgery until the strike ends",
    )]);
    assert_none(&["The ferry company has asked travellers with bookings to check its website."]);
    // A request put to a government asks for a policy, whoever makes it.
    assert_found(&[(
        "The insurers' association asked the province to require fire-resistant roofing.",
        "The insurers' association",
        "the province to require fire-resistant roofing",
    )]);
}

/// A plan carried forward is its carrier's; a pronoun opening a reported clause
/// after its cue stands for the reporter.
#[test]
fn a_plan_carried_forward_by_the_reporter() {
    assert_proposed_by(&[(
        "Strikes loomed after the retailer Harlow Foods confirmed it would press ahead with plans to close 40 stores.",
        "Harlow Foods",
        "close 40 stores",
    )]);
    assert_found(&[(
        "The council will proceed with its plan to sell the depot.",
        "The council",
        "sell the depot",
    )]);
    assert_none(&["Residents were angry with plans to sell the depot."]);
}

/// A quoted "we" offers and guarantees for the body its speaker speaks for; with no
/// body to speak for it proposes nothing.
#[test]
fn a_quoted_we_proposes_for_the_speakers_body() {
    let text = "Marta Velin, chief executive of Norland Buses, defended the cuts. \"We have offered every driver a transfer to the new depot, and we have guaranteed there will be no layoffs this year,\" she said.";
    assert_proposed_by(&[
        (
            text,
            "Norland Buses",
            "every driver a transfer to the new depot",
        ),
        (text, "Norland Buses", "there will be no layoffs this year"),
    ]);
    assert_none(&[
        "\"We are offering voters a real choice,\" the candidate said.",
        "Officials said the bank guarantees required under the rules were never obtained.",
    ]);
}

/// A willingness only an unnamed source reports is put forward by no one.
#[test]
fn a_willingness_from_an_unnamed_source_is_none() {
    assert_none(&[
        "A senior official, speaking on condition of anonymity, said the government was prepared to lift the cap.",
    ]);
    assert_found(&[(
        "Finance Minister Ruth Olsen said the government was prepared to lift the cap.",
        "the government",
        "to lift the cap",
    )]);
}

/// "Its owner, developer Castle Estates, says … and wants to …": a proposer phrase
/// that opens a resolved source is that source's actor.
#[test]
fn a_proposer_opening_a_source_is_the_sources_actor() {
    let got = proposed_by(
        "Its owner, developer Marrow Holdings, says the pier is unsafe and wants to \
         replace it with a marina.",
    );
    assert_eq!(
        got,
        [(
            Some("Marrow Holdings".to_string()),
            "to replace it with a marina".to_string()
        )]
    );
}

/// "has proposed a floor of 50 shillings and wants operators to cap …": a finite
/// proposal verb after "and" ends the object before it and is a proposal of its own.
#[test]
fn a_finite_proposal_verb_after_and_is_its_own() {
    let got = proposals(
        "The regulator has proposed a levy of 2 per cent on all operators and wants \
         insurers to publish their claims times.",
    );
    let contents: Vec<&str> = got.iter().map(|(_, _, c)| c.as_str()).collect();
    assert_eq!(
        contents,
        [
            "a levy of 2 per cent on all operators",
            "insurers to publish their claims times"
        ],
        "{got:?}"
    );
}

/// Asking someone for a thing requests it, past a number's "to" ("worth up to"); asking
/// for comment or a briefing requests nothing. Neither reports a claim.
#[test]
fn asked_someone_for_a_thing() {
    assert_found(&[
        (
            "Vantor had asked the government for a minimum power price worth up to 6 billion crowns.",
            "Vantor",
            "the government for a minimum power price worth up to 6 billion crowns",
        ),
        (
            "The province asked the federal government for military help with airlifting pumps.",
            "The province",
            "the federal government for military help with airlifting pumps",
        ),
    ]);
    assert_none(&[
        "The senator asked officials for a briefing on the outage.",
        "Reporters asked the company for comment.",
    ]);
    let doc = crate::extract(
        "Vantor had asked the government for a minimum power price.",
        &Config::default(),
    );
    assert!(doc.attributions.is_empty(), "{:?}", doc.attributions);
}

/// A gerund after "by" says how the clause's subject acted: the subject proposes.
#[test]
fn a_means_gerund_is_the_subjects() {
    assert_found(&[(
        "Norvind, a consortium led by Kesby Energy, won the 2023 auction for the site by offering to pay the state 2 billion crowns.",
        "Norvind",
        "to pay the state 2 billion crowns",
    )]);
}

/// A lone pronoun says nothing of what is put forward.
#[test]
fn a_pronoun_alone_is_no_proposal() {
    assert_none(&["The order came three hours after the crews first asked for it."]);
}

/// "would be" after a plan judges it; it puts nothing forward.
#[test]
fn a_plan_that_would_be_judged() {
    assert_none(&["A decision to reject the yard's bid would be politically very difficult."]);
}

/// "preparing to" presents a plan, as "planning to" does.
#[test]
fn preparing_to_is_a_plan() {
    assert_found(&[(
        "The regulator is preparing to cap fees for small savers.",
        "The regulator",
        "to cap fees for small savers",
    )]);
}

/// "several French offers": after a plural quantifier and a word, a form in "-s" is a
/// plural noun, no verb of offering.
#[test]
fn a_counted_plural_is_no_verb() {
    assert_none(&["The agency had rejected several French offers as too expensive."]);
}

/// A participle after a verb's object and a time phrase ("last month", "on Friday,")
/// hangs on that verb: its subject asks, not the object.
#[test]
fn a_participle_past_a_time_phrase_is_the_subjects() {
    assert_found(&[
        (
            "A group of nurses wrote to the minister last month calling for a pay review.",
            "A group of nurses",
            "a pay review",
        ),
        (
            "The unions wrote to the minister on Friday, calling for a pay review.",
            "The unions",
            "a pay review",
        ),
    ]);
}

/// "a bill put forward this week by X": a participle after its noun, past its particle
/// and a time phrase, with its agent; the proposal is the noun phrase, not what holds
/// it ("the heart of a bill").
#[test]
fn a_reduced_passive_with_its_agent_proposes() {
    assert_found(&[(
        "The demand is at the heart of a bill put forward this week by senator Ana Roe.",
        "senator Ana Roe",
        "a bill",
    )]);
}

/// "is considering raising the cap" weighs a plan; "considering the case" weighs none.
#[test]
fn considering_a_gerund_is_a_plan() {
    assert_found(&[(
        "The regulator is considering raising the cap on fees.",
        "The regulator",
        "raising the cap on fees",
    )]);
    assert_none(&["The court is considering the case this week."]);
}

/// Coordinated proposers give one item each, as coordinated sources do.
#[test]
fn coordinated_proposers_propose_each() {
    assert_found(&[
        (
            "Norway and Iceland offered to cut fishing quotas by a tenth.",
            "Norway",
            "to cut fishing quotas by a tenth",
        ),
        (
            "Norway and Iceland offered to cut fishing quotas by a tenth.",
            "Iceland",
            "to cut fishing quotas by a tenth",
        ),
    ]);
}

/// A bill filed is a bill presented; a plan weighed takes an indefinite object as well
/// as a gerund ("considering a levy"; "considering the case" weighs none).
#[test]
fn filed_bills_and_weighed_plans() {
    assert_found(&[
        (
            "Senator Wade Pell filed a bill on Monday that would fund a raise through a tax on oil wells.",
            "Senator Wade Pell",
            "fund a raise through a tax on oil wells",
        ),
        (
            "An official said the government was also considering a levy on tea exports.",
            "the government",
            "a levy on tea exports",
        ),
    ]);
    assert_none(&["The court is considering the case."]);
}

/// An object ends where the relative clause it stands in ends ("the council, which
/// put forward the candidates, had been …"), and a main clause's verb after an object
/// relative clause is no object ("the raise he had proposed was the largest").
#[test]
fn objects_end_with_their_relative_clause() {
    assert_found(&[(
        "The council, which put forward the candidates, had been assembled in breach of the rules.",
        "The council",
        "the candidates",
    )]);
    assert_none(&["Garrity said the raise he had proposed was the largest in state history."]);
}

/// A verb coordinated after a reported clause ("while the league said the tax would
/// hurt and called for …") is the reporting verb's subject's, not the sentence's
/// first proposer's.
#[test]
fn a_verb_after_a_reported_clause_shares_its_subject() {
    assert_found(&[
        (
            "Business leaders were divided. The Dunmore Business Alliance urged voters to back the measure, calling it “overdue”, while the Taxpayers League said the tax would hurt and called for the plan to be funded through fares instead.",
            "the Taxpayers League",
            "the plan to be funded through fares instead",
        ),
        (
            "The audit office faulted the contract, while Senator Ria Tamm said the fees were too high and proposed a cap on them.",
            "Senator Ria Tamm",
            "a cap on them",
        ),
    ]);
}

/// A gerund after "of" ("accused the council of offering …") or right after a bare
/// plural noun ("groups seeking to …") puts nothing forward.
#[test]
fn described_gerunds_propose_nothing() {
    assert_none(&[
        "Ortega accused the council of offering building permits to donors.",
        "Judges could come under pressure from criminal groups seeking to influence campaigns.",
    ]);
}

/// A call that is also an attribution has that attribution's source ("The U.S.
/// ambassador, Ana Ruiz, said … but called for …" is Ana Ruiz's); a request in a
/// "whether" clause
/// is put forward by no one.
#[test]
fn a_call_has_its_attributions_source() {
    assert_proposed_by(&[(
        "The U.S. ambassador, Ana Ruiz, said Washington respected the ruling but called for clear guarantees for investors.",
        "Ana Ruiz",
        "clear guarantees for investors",
    )]);
    assert_none(&[
        "The minister stopped short of saying whether she would ask the commission to intervene.",
    ]);
}

/// A subject with a long "of" phrase after the name ("Ana Lucía Prieto of the National
/// Autonomous University of Kestrel (UNAK)") is walked back whole: the named person
/// proposes, not the university.
#[test]
fn a_long_subject_is_walked_back_whole() {
    assert_proposed_by(&[(
        "Legal scholar Ana Lucía Prieto of the National Autonomous University of Kestrel (UNAK) proposed that candidates be required to pass an examination.",
        "Ana Lucía Prieto",
        "candidates be required to pass an examination",
    )]);
}

/// "The opposition Greens went further, proposing a levy": a participle after the
/// clause's comma is its subject's, where that is a name; in a reported clause, the
/// clause's subject ("reported that Hallam's rivals Brookfield Town had made an
/// approach, offering to …"). A subject that is no name puts nothing forward.
#[test]
fn a_participle_after_the_clause_is_its_subjects() {
    assert_found(&[
        (
            "The opposition Greens went further on Tuesday, proposing a levy on private jets.",
            "The opposition Greens",
            "a levy on private jets",
        ),
        (
            "The Courier reported that Hallam's local rivals Brookfield Town had made an \
             approach, offering to include a defender in the deal.",
            "Hallam's local rivals Brookfield Town",
            "to include a defender in the deal",
        ),
    ]);
    assert_none(&["Sales fell sharply last year, offering a warning to investors."]);
}

/// A suggestion proposes a course of action in the subjunctive or a gerund; a
/// suggestion of a fact, or a gerund subject of a clause, proposes nothing.
#[test]
fn suggestions_in_the_subjunctive_or_a_gerund() {
    assert_found(&[
        (
            "Ana Ruiz suggested that the regulator be split in two.",
            "Ana Ruiz",
            "the regulator be split in two",
        ),
        (
            "Ana Ruiz suggested raising the levy.",
            "Ana Ruiz",
            "raising the levy",
        ),
    ]);
    assert_none(&[
        "Ana Ruiz suggested that the economy was slowing.",
        "Ana Ruiz suggested raising the levy was a mistake.",
    ]);
}

/// "the very tenants it aimed to help": an infinitive whose object is the noun its
/// relative clause describes puts nothing forward; "The union plans to strike." does.
#[test]
fn an_infinitive_with_its_object_gapped() {
    assert_none(&["The bill will hurt the very tenants it aimed to help."]);
    assert_found(&[("The union plans to strike.", "The union", "to strike")]);
}

/// "would push in the Senate for a sunset clause": a place named between a phrasal
/// verb and its particle.
#[test]
fn a_place_between_a_verb_and_for() {
    assert_found(&[(
        "The party said it would push in the Senate for a sunset clause.",
        "it",
        "a sunset clause",
    )]);
}

/// "the national ferry strategy, which aims to draw private capital": what a thing
/// aims at is no one's proposal; "the ferry company, which plans to raise $5 billion,
/// fell" proposes up to the relative clause's closing comma.
#[test]
fn a_things_aim_and_a_relative_clauses_plan() {
    assert_none(&[
        "The licence was awarded under the national ferry strategy, which aims to draw private capital into the sector.",
    ]);
    assert_found(&[(
        "The ferry company, which plans to raise $5 billion, fell sharply on Monday.",
        "The ferry company",
        "to raise $5 billion",
    )]);
}

/// "proposed in January to close three piers": a time between the verb and its
/// infinitive leaves the infinitive's "to" in what is put forward.
#[test]
fn a_time_between_the_verb_and_its_infinitive() {
    assert_found(&[(
        "The harbour board proposed in January to close three piers.",
        "The harbour board",
        "to close three piers",
    )]);
}

/// "is seeking around 3 million euros in damages": a word of approximation before a
/// number opens the object, no preposition.
#[test]
fn seeking_an_approximate_sum() {
    assert_found(&[(
        "Harlow Ferries is seeking around 3 million euros in damages.",
        "Harlow Ferries",
        "around 3 million euros in damages",
    )]);
}

/// "his plan to cap rents, as landlords warned it would backfire": ", as", a new
/// subject and its own cue end what is put forward; ", as enrolment fell" does not.
#[test]
fn an_as_clause_with_its_own_cue_ends_the_content() {
    assert_found(&[
        (
            "The minister defended his plan to cap rent increases, as landlords warned it would backfire.",
            "his",
            "cap rent increases",
        ),
        (
            "The council proposed closing three schools, as enrolment fell.",
            "The council",
            "closing three schools, as enrolment fell",
        ),
    ]);
}

/// "waited three months for promised cash grants": a participle right after a
/// preposition is its noun's adjective, no proposal.
#[test]
fn a_participle_after_a_preposition_is_an_adjective() {
    assert_none(&["Villagers waited three months for promised cash grants."]);
}

/// "promised to settle the debt but stopped answering its letters": after an
/// infinitive, "but" and a past tense open the subject's next verb.
#[test]
fn a_past_tense_after_an_infinitive_ends_it() {
    assert_found(&[(
        "The exporter promised to settle the debt but stopped answering letters in March.",
        "The exporter",
        "to settle the debt",
    )]);
}

/// "submitted a revised restructuring plan to the bankruptcy court on Thursday that
/// would …": two plain modifiers before the noun, and the body the plan went to
/// before the relative clause that says what it does.
#[test]
fn a_modified_plan_submitted_to_a_body() {
    assert_found(&[
        (
            "Ostra Air submitted a revised restructuring plan that would cut its fleet.",
            "Ostra Air",
            "cut its fleet",
        ),
        (
            "Ostra Air submitted a plan to the bankruptcy court on Thursday that would \
             cut its fleet.",
            "Ostra Air",
            "cut its fleet",
        ),
    ]);
}

/// "the carrier expected to return to profit and would seek new investors": a verb
/// coordinated after an infinitive content shares the clause's subject.
#[test]
fn a_coordinated_verb_after_an_infinitive_content() {
    assert_found(&[(
        "Ana Ruiz said the carrier expected to return to profit and would seek new investors.",
        "the carrier",
        "new investors",
    )]);
}

/// "called for a full assessment, which was not required because …": the relative
/// clause after the comma describes what is called for, no part of it.
#[test]
fn a_call_for_ends_before_a_relative_clause() {
    assert_found(&[(
        "The groups called for a full review, which was not required by law.",
        "The groups",
        "a full review",
    )]);
}

/// "would table a motion to freeze rents", "appealed to the union to suspend the
/// walkout": tabling a motion presents it; an appeal to someone asks them to act.
#[test]
fn a_tabled_motion_and_an_appeal_to_someone_propose() {
    assert_found(&[
        (
            "The councillor said she would table a motion to freeze rents for three years.",
            "she",
            "freeze rents for three years",
        ),
        (
            "The chamber appealed to the union to suspend the walkout while talks continue.",
            "The chamber",
            "the union to suspend the walkout while talks continue",
        ),
    ]);
    assert_none(&[
        "The company appealed to the Supreme Court.",
        "The company appealed the ruling.",
    ]);
}

/// "He did, however, offer to meet the companies": a sentence adverb between commas
/// after the auxiliary keeps the subject the verb's.
#[test]
fn an_adverb_between_commas_after_the_auxiliary_keeps_the_subject() {
    assert_found(&[(
        "He did, however, offer to meet the companies.",
        "He",
        "to meet the companies",
    )]);
}

/// "Senator Ana Dantes filed a resolution seeking an inquiry": a document a verb puts
/// forward proposes what its author does, also after a coordinated "and has filed".
#[test]
fn a_filed_documents_proposal_is_its_authors() {
    assert_found(&[
        (
            "Senator Ana Dantes filed a resolution seeking a Senate inquiry into the deal.",
            "Senator Ana Dantes",
            "a Senate inquiry into the deal",
        ),
        (
            "Senator Lorna Villaruel criticised the department and has filed a resolution calling for the programme to be suspended.",
            "Senator Lorna Villaruel",
            "the programme to be suspended",
        ),
    ]);
}

/// A filed document that asks is its filer's, in a later sentence ("The suit seeks")
/// or as the object a participle hangs on ("sent a joint letter … calling for").
#[test]
fn a_filed_document_proposes_for_its_filer() {
    assert_proposed_by(&[
        (
            "Attorney General Dana Whitcombe sued Brightpay Inc. on Monday. The suit seeks \
             refunds for every borrower.",
            "Dana Whitcombe",
            "refunds for every borrower",
        ),
        (
            "Senator Ruth Amadi wrote to the regulator on Friday. Senator Ruth Amadi and \
             Senator Paolo Ferri sent a formal letter to the ministry. The letter proposes a \
             cap on new licences.",
            "Paolo Ferri",
            "a cap on new licences",
        ),
    ]);
    assert_found(&[(
        "The mayors sent a joint letter to the government calling for the fund to be \
         scrapped.",
        "The mayors",
        "the fund to be scrapped",
    )]);
}

/// "His party has put forward a bill": a person's possessive and a noun of a body
/// propose for the person's affiliation.
#[test]
fn his_party_is_the_persons_affiliation() {
    assert_proposed_by(&[(
        "Yuko Arai, a lawmaker with the opposition Reform Party, said the plan had \
         failed. Her party has put forward a bill that would end the subsidy.",
        "Reform Party",
        "a bill that would end the subsidy",
    )]);
}

/// "X and Y both called for": a quantifier after coordinated names is the subject's,
/// no determiner of a noun; one proposal per proposer.
#[test]
fn both_after_coordinated_proposers() {
    assert_found(&[
        (
            "The Harbour Union and the Ferry Users Group both called for the council to \
             cut fares.",
            "The Harbour Union",
            "the council to cut fares",
        ),
        (
            "The Harbour Union and the Ferry Users Group both called for the council to \
             cut fares.",
            "the Ferry Users Group",
            "the council to cut fares",
        ),
    ]);
}

/// A participle after the clause's comma proposes for a subject of people or a body
/// too, not only a name ("A coalition of residents … sued …, seeking …"); a name
/// before a plural of people is its modifier ("Lower Manhattan residents").
#[test]
fn a_participle_proposes_for_a_body_of_people() {
    assert_found(&[
        (
            "A coalition of residents, small shops and a trucking group sued the authority \
             on Monday, seeking to block the toll increase.",
            "A coalition of residents",
            "to block the toll increase",
        ),
        (
            "A coalition of Lower Manhattan residents, small shops and truckers sued the \
             authority on Monday, seeking to block the toll increase.",
            "A coalition of Lower Manhattan residents",
            "to block the toll increase",
        ),
        (
            "A group of doctors in 2015 sent a letter to the head of the hospital's \
             surgery department (where he works), calling for his dismissal.",
            "A group of doctors",
            "his dismissal",
        ),
    ]);
    assert_none(&["Sales fell sharply, offering a warning to the industry."]);
}

/// "The two airlines had offered …": the last two airlines named propose, one item
/// each, as "the two airlines said" speak; a brand and its country before "and" is a
/// name of its own ("Aerovia India and JetSouth Airways").
#[test]
fn the_two_airlines_propose() {
    let text = "Skyrail India and Coastal Airways said on Monday they would appeal. The two \
                airlines had offered to give up 20 slots.";
    let got = proposed_by(text);
    let mut names: Vec<&str> = got.iter().filter_map(|g| g.0.as_deref()).collect();
    names.sort_unstable();
    assert_eq!(names, ["Coastal Airways", "Skyrail India"], "{got:?}");
}

/// "which lobbied for the measure": "the" and one noun refer back to something put
/// forward elsewhere, no proposal; "calling for his dismissal" and a passive's "The
/// plan … was proposed by X" stay.
#[test]
fn a_bare_definite_noun_proposes_nothing() {
    assert_none(&[
        "The Cattle Council, which lobbied for the measure, said shoppers were confused.",
        "Barrera first put forward the measure last year; it has since stalled.",
    ]);
    assert_found(&[
        (
            "The doctors sent a letter to the board, calling for his dismissal.",
            "The doctors",
            "his dismissal",
        ),
        (
            "The plan was proposed by transport chair Ada Mbeki in February.",
            "transport chair Ada Mbeki",
            "The plan",
        ),
    ]);
}

/// "who lost her bid for a district seat": a bid won or lost puts nothing forward; one
/// still made does ("its bid for the port").
#[test]
fn a_lost_bid_proposes_nothing() {
    assert_none(&["Ana Ruiz, a former judge who lost her bid for a district seat, said so."]);
    assert_found(&[(
        "Harbour Holdings raised its bid for the port operator on Monday.",
        "its",
        "the port operator on Monday",
    )]);
}

/// "a bill that would require …", "sent parliament a bill that would …", "The bill,
/// drafted by X, would …": what a bill would do is its author's proposal; what it
/// would need is its fate.
#[test]
fn what_a_bill_would_do() {
    assert_found(&[
        (
            "Senator Ana Ruiz introduced a bill that would require plants to report \
             their line speeds.",
            "Senator Ana Ruiz",
            "require plants to report their line speeds",
        ),
        (
            "The cabinet on Monday sent parliament a bill that would abolish the tax \
             break.",
            "The cabinet",
            "abolish the tax break",
        ),
        (
            "The finance ministry sent Congress a bill to raise the fuel levy.",
            "The finance ministry",
            "raise the fuel levy",
        ),
        (
            "The plan, drawn up by the Housing Ministry, would also cap rents in \
             the capital for three years.",
            "the Housing Ministry",
            "cap rents in the capital for three years",
        ),
        (
            "The bill, put forward in 2023 by Senator Rui Costa, would make the bank a \
             public company.",
            "Senator Rui Costa",
            "make the bank a public company",
        ),
        (
            "A bill sponsored by Senator Ada Obi would cap tariff rises at 15%.",
            "Senator Ada Obi",
            "cap tariff rises at 15%",
        ),
        (
            "A bill filed last month by Senator Lito Cruz would go further, requiring \
             10 billion pesos a year for irrigation.",
            "Senator Lito Cruz",
            "requiring 10 billion pesos a year for irrigation",
        ),
    ]);
    assert_none(&[
        "The mayor's plan would require the approval of the regional assembly.",
        "The union sent the minister a letter on Monday.",
        "The bill, backed by the mayor, would cap rents.",
    ]);
}

/// "14 brands offered to …": a past tense after a counted plural is its verb; "…, a
/// measure intended to encourage …" says what a thing is for, no proposal.
#[test]
fn a_counted_plurals_verb_and_a_things_purpose() {
    assert_found(&[
        (
            "14 brands offered to adjust their prices.",
            "14 brands",
            "to adjust their prices",
        ),
        ("Two unions proposed a strike.", "Two unions", "a strike"),
    ]);
    assert_none(&[
        "Growers may deduct the cost, a measure intended to encourage cleaner pens.",
        "The board turned down two earlier offers.",
    ]);
}

/// "X said Vayu planned to recruit pilots and offered to …": a proposal verb inside a
/// reported clause is no partner of one after the clause, which is the speaker's.
#[test]
fn a_verb_after_a_reported_clause_is_the_speakers() {
    assert_proposed_by(&[(
        "Ana Ruiz said Northwind planned to hire 300 pilots, and offered to open its \
         academy to cadets from smaller airlines.",
        "Ana Ruiz",
        "to open its academy to cadets from smaller airlines",
    )]);
}

/// "drew winning bids", "blocks on offer", "bills from January": no one puts these
/// forward; "drew up a plan" and "bids from three makers" are proposals.
#[test]
fn drawn_bids_goods_on_offer_and_a_time_after_from() {
    assert_none(&[
        "The auction drew winning bids for only nine of the 27 blocks on offer.",
        "The charge will be collected through electricity bills from January 2027.",
    ]);
    assert_found(&[
        (
            "The ministry drew up a plan to merge the two ports.",
            "The ministry",
            "merge the two ports",
        ),
        (
            "It ended a tender that drew bids from three reactor makers.",
            "three reactor makers",
            "bids",
        ),
    ]);
}

/// "She suggested that ministers create a regime": after a past "suggested", a bare
/// verb right after the clause's subject is a subjunctive, a proposal; "suggested
/// that the price reflected demand" and a gerund subject propose nothing.
#[test]
fn a_bare_verb_after_suggested_that() {
    assert_found(&[
        (
            "She suggested that ministers create a rescue fund for universities.",
            "She",
            "ministers create a rescue fund for universities",
        ),
        (
            "He suggested that the ministry hold talks with unions.",
            "He",
            "the ministry hold talks with unions",
        ),
    ]);
    assert_none(&[
        "He suggested that the price reflected demand.",
        "She suggested that the economy was slowing.",
        "He suggested that profiting off the collapse was good business.",
    ]);
}
