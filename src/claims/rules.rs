//! The rule catalogue: every rule id the claims stage can put in `rule`, with what it
//! matches and examples of its own (input sentence → expected source, cue, content)
//! that a test replays through the whole pipeline.

/// One example of a rule at work.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// The input text.
    pub input: &'static str,
    /// The expected source (or proposer) as written; `None` for none.
    pub source: Option<&'static str>,
    /// The expected cue as written.
    pub cue: &'static str,
    /// The expected content.
    pub content: &'static str,
}

/// A rule: its stable id, what it matches, and its examples.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable hierarchical id, as it appears in `rule`.
    pub id: &'static str,
    /// What the rule matches.
    pub matches: &'static str,
    /// Examples the test replays.
    pub examples: &'static [Example],
}

const fn ex(
    input: &'static str,
    source: Option<&'static str>,
    cue: &'static str,
    content: &'static str,
) -> Example {
    Example {
        input,
        source,
        cue,
        content,
    }
}

/// Every rule of the claims stage.
pub const RULES: &[Rule] = &[
    Rule {
        id: "attribution/direct/quote-then-cue",
        matches: "a quote followed by its speaker and cue: \"…,\" she said.",
        examples: &[
            ex("\"The bridge will reopen in May,\" the mayor said on Monday.", Some("the mayor"), "said", "The bridge will reopen in May"),
            ex("“We are not for sale,” Dana Whitfield, the bank's chair, told shareholders.", Some("Dana Whitfield, the bank's chair"), "told", "We are not for sale"),
            ex("\"The vote is rigged,\" Sen. Carla Munro (D-Ore.) said on Friday.", Some("Sen. Carla Munro"), "said", "The vote is rigged"),
            ex("\"Nobody reads the fine print,\" Ferris said dryly.", Some("Ferris"), "said", "Nobody reads the fine print"),
            ex("\"We will not move,\" Adeyemi told a group of farmers outside the mill.", Some("Adeyemi"), "told", "We will not move"),
            ex("\"Every dose has arrived,\" Wanjiru told reporters when asked about the delays.", Some("Wanjiru"), "told", "Every dose has arrived"),
            ex("\"We expect restraint,\" a spokeswoman told a news conference in Berlin, adding that talks went on.", Some("a spokeswoman"), "told", "We expect restraint"),
        ],
    },
    Rule {
        id: "attribution/direct/quote-cue-speaker",
        matches: "a quote followed by an inverted cue and speaker: \"…,\" said Name, title.",
        examples: &[ex("\"Prices will fall,\" said Omar Lindqvist, an economist at the bank.", Some("Omar Lindqvist, an economist at the bank"), "said", "Prices will fall")],
    },
    Rule {
        id: "attribution/direct/cue-then-quote",
        matches: "a speaker and cue before the quote: She said: \"…\"",
        examples: &[ex("The governor said in a statement: \"Help is on the way for every family.\"", Some("The governor"), "said", "Help is on the way for every family")],
    },
    Rule {
        id: "attribution/direct/inherited",
        matches: "a quote filling its sentence with no cue takes the previous quote's speaker",
        examples: &[ex("\"We waited years,\" said Rosa Mendel. \"Nobody in the council ever listened to us.\"", Some("Rosa Mendel"), "said", "Nobody in the council ever listened to us")],
    },
    Rule {
        id: "attribution/direct/run-on",
        matches: "an unclosed quote continued by the next paragraph's quote takes that quote's speaker",
        examples: &[ex("“The first phase is finished and the second is funded.\n\n“The third will need a new budget,” the engineer said.", Some("the engineer"), "said", "The first phase is finished and the second is funded")],
    },
    Rule {
        id: "attribution/direct/around",
        matches: "the second part of a quote interrupted by its cue: \"…,\" said Name, title, \"…\"",
        examples: &[ex("\"The levy is fair,\" said Omar Haddad, chair of the finance committee, \"and it is temporary.\"", Some("Omar Haddad, chair of the finance committee"), "said", "and it is temporary")],
    },
    Rule {
        id: "attribution/mixed/quote-runs-on",
        matches: "a quote opening a clause that runs on to a comma, the speaker and a cue: \"…\" to Y, she said.",
        examples: &[
            ex("“We cut the jobs” to raise the share price, she said.", Some("she"), "said", "We cut the jobs” to raise the share price"),
            ex("A clerk who “takes a few coins” is fired, Lena Ortiz said.", Some("Lena Ortiz"), "said", "A clerk who “takes a few coins” is fired"),
        ],
    },
    Rule {
        id: "attribution/mixed/clause-then-cue",
        matches: "a quote closing a clause opened before it, then the speaker and cue: X was \"…,\" she said.",
        examples: &[
            ex("Talks with the governors were \"well advanced,\" the official said.", Some("the official"), "said", "Talks with the governors were \"well advanced"),
            ex("The talks were “cordial” and “useful,” Ana Ruiz told reporters.", Some("Ana Ruiz"), "told", "The talks were “cordial” and “useful"),
        ],
    },
    Rule {
        id: "attribution/direct/dash",
        matches: "a quote followed by a dash and the speaker: \"…\" - Name",
        examples: &[ex("“This vote protects consumers.” - Commissioner Alma Reyes", Some("Commissioner Alma Reyes"), "-", "This vote protects consumers")],
    },
    Rule {
        id: "attribution/direct/colon-lead-in",
        matches: "a quoted paragraph after a lead-in paragraph ending in a colon: And from Name:",
        examples: &[ex("And from Councillor Ben Oduya:\n\n“The depot will close over my objections.”", Some("Councillor Ben Oduya"), "from", "The depot will close over my objections")],
    },
    Rule {
        id: "attribution/direct/transcript",
        matches: "an interview transcript paragraph: a speaker label in capitals and a colon",
        examples: &[ex("Intro paragraph.\n\nHOST: And what will the budget cut first?\n\nMAYOR: The fleet renewal will wait a year.", Some("MAYOR"), ":", "The fleet renewal will wait a year")],
    },
    Rule {
        id: "attribution/indirect/that-clause",
        matches: "subject, cue verb, optional addressee and adverbials, \"that\", content",
        examples: &[
            ex("The coach appeared to suggest that the referee was biased.", Some("The coach"), "suggest", "the referee was biased"),
            ex("The central bank said on Thursday that inflation had peaked.", Some("The central bank"), "said", "inflation had peaked"),
            ex("Police told reporters that the suspect had fled north.", Some("Police"), "told", "the suspect had fled north"),
            ex("The chief confirmed that six homes, including a barn, had burned.", Some("The chief"), "confirmed", "six homes, including a barn, had burned"),
        ],
    },
    Rule {
        id: "attribution/indirect/relative-cue",
        matches: "a speech cue inside a relative clause with its own subject, the clause's verb right after it",
        examples: &[
            ex("The bank lifted the cap, a move it said would clear a backlog of orders.", Some("it"), "said", "would clear a backlog of orders"),
            ex("The loan, which the company said had been repaid, was large.", Some("the company"), "said", "had been repaid"),
            ex("They approved a levy that critics warned could drive shoppers away.", Some("critics"), "warned", "could drive shoppers away"),
        ],
    },
    Rule {
        id: "attribution/indirect/belief-adjective",
        matches: "subject, a form of \"be\" and an adjective of belief or feeling with a that-clause",
        examples: &[
            ex("Many growers are worried that the frost will return.", Some("Many growers"), "are worried", "the frost will return"),
            ex("The coach was confident that his side would recover.", Some("The coach"), "was confident", "his side would recover"),
        ],
    },
    Rule {
        id: "attribution/indirect/bare-clause",
        matches: "subject, cue verb and its content without \"that\" (objects of praise, denial, description included)",
        examples: &[
            ex("The senator praised the rescue crews for their speed.", Some("The senator"), "praised", "the rescue crews for their speed"),
            ex("Hugo Brandt, a farmer near the river, said the water rose overnight.", Some("Hugo Brandt, a farmer near the river"), "said", "the water rose overnight"),
            ex("The mayor of Tarnow, Ewa Lis, said the bridge would close.", Some("The mayor of Tarnow, Ewa Lis"), "said", "the bridge would close"),
            ex("A survey of landlords shows rents rising in every region.", Some("A survey of landlords"), "shows", "rents rising in every region"),
            ex("The union called for an inquiry into the crash.", Some("The union"), "called for", "an inquiry into the crash"),
            ex("The warning said storms would reach the coast by night.", Some("The warning"), "said", "storms would reach the coast by night"),
            ex("A city official who asked not to be named said the footage would be released.", Some("A city official"), "said", "the footage would be released"),
            ex("A city employee who was not authorized to speak said managers had urged the agency to act.", Some("A city employee"), "said", "managers had urged the agency to act"),
            ex("China warned North Korea to refrain from actions that would worsen the crisis.", Some("China"), "warned", "North Korea to refrain from actions that would worsen the crisis"),
            ex("Ms. Ortiz and Mr. Lund say the count was fair; the loser disagrees.", Some("Ms. Ortiz"), "say", "the count was fair"),
            ex("The nurses' union endorsed Lena Ortiz, who leads the polls, on Monday.", Some("The nurses' union"), "endorsed", "Lena Ortiz"),
            ex("The board said the sale was fair, but it gave no figures.", Some("The board"), "said", "the sale was fair"),
            ex("The party said it would back the bill, and its leader, Ana Ruiz, urged ministers to act.", Some("The party"), "said", "it would back the bill"),
            ex("The bishop spoke of the town's grief at the service.", Some("The bishop"), "spoke of", "the town's grief at the service"),
            ex("Most farmers believe the quota is too low.", Some("Most farmers"), "believe", "the quota is too low"),
            ex("Auditors said at least two ledgers were missing.", Some("Auditors"), "said", "at least two ledgers were missing"),
            ex("Ms. Brandt went on to say the deal was dead.", Some("Ms. Brandt"), "say", "the deal was dead"),
            ex("The governor condemned the strike during a radio interview on Monday.", Some("The governor"), "condemned", "the strike"),
            ex("The coach praised his defenders in a statement after the match.", Some("The coach"), "praised", "his defenders"),
            ex("Economists agreed it was too late to act.", Some("Economists"), "agreed", "it was too late to act"),
            ex("The minister called the strike a betrayal of patients.", Some("The minister"), "called", "the strike a betrayal of patients"),
            ex("The opposition slammed the budget as a giveaway.", Some("The opposition"), "slammed", "the budget as a giveaway"),
            ex("The inspector blamed the contractor for the leak.", Some("The inspector"), "blamed", "the contractor for the leak"),
            ex("The mayor described the strike as a mistake after she criticised the drivers.", Some("The mayor"), "described", "the strike as a mistake"),
        ],
    },
    Rule {
        id: "attribution/indirect/content-then-cue",
        matches: "content, comma, subject and cue at the end: Y, X said.",
        examples: &[
            ex("The plant will close by June, the company said.", Some("the company"), "said", "The plant will close by June"),
            ex("Deaths fell by 11%, the researchers reported at the European Society of Cardiology congress in London.", Some("the researchers"), "reported", "Deaths fell by 11%"),
        ],
    },
    Rule {
        id: "attribution/indirect/content-cue-speaker",
        matches: "content, comma, inverted cue and speaker: Y, said X.",
        examples: &[ex("The deal will close next year, said Priya Natarajan.", Some("Priya Natarajan"), "said", "The deal will close next year")],
    },
    Rule {
        id: "attribution/indirect/shared-subject",
        matches: "a coordinated or participial cue sharing the clause's source: \"… and added Y\", \", arguing that Y\"",
        examples: &[
            ex("The union rejected the offer, arguing that it ignored inflation.", Some("The union"), "arguing", "it ignored inflation"),
            ex("The regulator closed the inquiry by announcing that no rules were broken.", Some("The regulator"), "announcing", "no rules were broken"),
            ex("Despite admitting that the figures were late, the minister defended the audit.", Some("the minister"), "admitting", "the figures were late"),
            ex("The club issued a statement on Sunday saying that the coach had resigned.", Some("The club"), "saying", "the coach had resigned"),
            ex("The coach praised the fans after he criticised the referee and mocked the pitch.", Some("he"), "mocked", "the pitch"),
            ex("Asked whether he would stay, the coach smiled and said it was not the moment.", Some("the coach"), "said", "it was not the moment"),
            ex("The court struck down the law on Tuesday, ruling 5-4 that the ban went too far.", Some("The court"), "ruling", "the ban went too far"),
            ex("Rekha Patil, the party's candidate, hit back at an evening meeting in Hubballi, saying the plan had failed.", Some("Rekha Patil, the party's candidate"), "saying", "the plan had failed"),
        ],
    },
    Rule {
        id: "attribution/headline/colon",
        matches: "a headline \"X: Y\" where X is an actor, an actor on a topic, or a poll",
        examples: &[
            ex("Mayor Lena Ortiz: Harbour bridge will reopen in May\n\nThe mayor spoke on Monday.", Some("Mayor Lena Ortiz"), ":", "Harbour bridge will reopen in May"),
            ex("Survey: Most renters expect higher bills\n\nThe survey asked 2,000 renters.", Some("Survey"), ":", "Most renters expect higher bills"),
        ],
    },
    Rule {
        id: "attribution/according-to/before",
        matches: "\"According to X, Y\"",
        examples: &[ex("According to the ministry, exports fell for a third month.", Some("the ministry"), "According to", "exports fell for a third month")],
    },
    Rule {
        id: "attribution/according-to/after",
        matches: "\"Y, according to X\"",
        examples: &[ex("The airline will cut 300 jobs, according to two people briefed on the plan.", Some("two people briefed on the plan"), "according to", "The airline will cut 300 jobs")],
    },
    Rule {
        id: "attribution/according-to/in-poll",
        matches: "\"In X poll, Y\": a sentence-opening \"In\" phrase holding a poll, survey or study",
        examples: &[ex("In a survey for the tenants' union, most renters backed a rent cap.", Some("a survey for the tenants' union"), "In", "most renters backed a rent cap")],
    },
    Rule {
        id: "attribution/passive/by",
        matches: "content, a form of \"be\", a cue participle and \"by\" with one item per coordinated source",
        examples: &[ex("Reports that the mine would close were denied by the owners.", Some("the owners"), "denied", "the mine would close")],
    },
    Rule {
        id: "attribution/reportedly",
        matches: "\"reportedly\" or \"allegedly\": the clause holding it, with no source",
        examples: &[ex("The striker has reportedly agreed terms with a rival club.", None, "reportedly", "The striker has reportedly agreed terms with a rival club")],
    },
    Rule {
        id: "attribution/reportedly/is-said-to",
        matches: "\"is said to\", \"is understood to\", \"is believed to\": the clause holding it",
        examples: &[ex("The minister is understood to favour an early vote.", None, "is understood to", "The minister is understood to favour an early vote")],
    },
    Rule {
        id: "attribution/reportedly/it-is-said-that",
        matches: "\"It is understood that Y\"",
        examples: &[ex("It is understood that the board met twice last week.", None, "is understood", "the board met twice last week")],
    },
    Rule {
        id: "attribution/nominal/possessive",
        matches: "\"X's claim that Y\", with a nominal cue",
        examples: &[
            ex("Critics mocked Halvorsen's claim that the tunnel was safe.", Some("Halvorsen's"), "claim", "the tunnel was safe"),
            ex("The tunnel flooded weeks after his earlier claim that it was safe.", Some("his"), "claim", "it was safe"),
            ex("Shares fell after a Financial Times report that the bank would cut 900 jobs.", Some("Financial Times"), "report", "the bank would cut 900 jobs"),
        ],
    },
    Rule {
        id: "attribution/nominal/support-verb",
        matches: "a verb lending a nominal cue its act: \"X expressed concern that Y\", \"X raised doubts that Y\"",
        examples: &[
            ex("Farmers have expressed concern that the new canal will drain their wells.", Some("Farmers"), "expressed concern", "the new canal will drain their wells"),
            ex("The auditor voiced fears that the accounts were incomplete.", Some("The auditor"), "voiced fears", "the accounts were incomplete"),
        ],
    },
    Rule {
        id: "attribution/nominal/by",
        matches: "\"a claim by X that Y\", \"criticism from X that Y\", with a nominal cue; \"a report in X that Y\" for the paper it ran in",
        examples: &[
            ex("A claim by the landlord that the flat was empty was rejected by the court.", Some("the landlord"), "claim", "the flat was empty"),
            ex("The bank denied a report in the Harbour Ledger newspaper that it had sold its bonds.", Some("the Harbour Ledger newspaper"), "report", "it had sold its bonds"),
        ],
    },
    Rule {
        id: "proposal/verb/gerund",
        matches: "a proposal verb with a gerund: X proposed building …",
        examples: &[ex("The council proposed building a second bridge.", Some("The council"), "proposed", "building a second bridge")],
    },
    Rule {
        id: "proposal/verb/that-clause",
        matches: "a proposal verb with a that-clause",
        examples: &[ex("The mayor proposed last month that buses run all night.", Some("The mayor"), "proposed", "buses run all night")],
    },
    Rule {
        id: "proposal/verb/object",
        matches: "a proposal verb with its object: X offered …",
        examples: &[
            ex("The buyer offered $40 a share in cash.", Some("The buyer"), "offered", "$40 a share in cash"),
            ex("Cllr Ray Thwaite proposed the motion to refuse, which was seconded by Cllr Jo Penn.", Some("Cllr Ray Thwaite"), "proposed", "the motion to refuse"),
        ],
    },
    Rule {
        id: "proposal/verb/to-infinitive",
        matches: "plan/intend/aim/seek with a to-infinitive",
        examples: &[ex("The carrier plans to add ten routes next year.", Some("The carrier"), "plans", "to add ten routes next year")],
    },
    Rule {
        id: "proposal/verb/passive-by",
        matches: "a passive proposal verb with its proposer after \"by\": the plan was proposed by X",
        examples: &[ex("The toll was proposed by the finance committee in March.", Some("the finance committee"), "proposed", "The toll")],
    },
    Rule {
        id: "proposal/verb/put-forward",
        matches: "\"put forward\" with its object",
        examples: &[ex("The opposition has put forward a motion of no confidence.", Some("The opposition"), "put forward", "a motion of no confidence")],
    },
    Rule {
        id: "proposal/verb/call-for",
        matches: "\"called for\", \"pushed for\", \"pressed for\" with what is called for",
        examples: &[ex("The union called for an independent review of the rota.", Some("The union"), "called for", "an independent review of the rota")],
    },
    Rule {
        id: "proposal/verb/call-on",
        matches: "\"called on X to …\", \"appealed to X to …\": whom it is asked of and what",
        examples: &[
            ex("She called on the board to reopen the depot.", Some("She"), "called on", "the board to reopen the depot"),
            ex("The mayor said she would ask the council next week to approve the levy.", Some("she"), "ask", "the council next week to approve the levy"),
            ex("The minister urged residents on evacuation alert in the communities of Pine Flats and Old Mission to prepare to leave.", Some("The minister"), "urged", "residents on evacuation alert in the communities of Pine Flats and Old Mission to prepare to leave"),
        ],
    },
    Rule {
        id: "proposal/noun/owner",
        matches: "a proposal noun with an owner: X's proposal would see …, a U.S. plan to …",
        examples: &[
            ex("The mayor's plan would see rents frozen for two years.", Some("The mayor's"), "plan", "rents frozen for two years"),
            ex("Ms. Okoro defended her plan to close the depot on Sundays.", Some("her"), "plan", "close the depot on Sundays"),
            ex("Tarrow's plan to sell the port was rejected.", Some("Tarrow's"), "plan", "sell the port"),
        ],
    },
    Rule {
        id: "proposal/noun/verb-det-noun",
        matches: "a verb presenting a proposal noun: X unveiled a plan to …",
        examples: &[
            ex("The ministry unveiled a plan to plant a million trees.", Some("The ministry"), "unveiled a plan", "plant a million trees"),
            ex("The council is expected to outline a plan to cut bus fares.", Some("The council"), "outline a plan", "cut bus fares"),
        ],
    },
    Rule {
        id: "proposal/noun/from",
        matches: "a proposal noun with its proposer after \"from\": a takeover offer from X",
        examples: &[ex("The board will weigh a £90 million offer from Castlegate Holdings.", Some("Castlegate Holdings"), "offer", "a £90 million offer")],
    },
    Rule {
        id: "proposal/noun/by",
        matches: "a proposal noun with its proposer after \"by\" and an infinitive: a plan by X to …",
        examples: &[
            ex("The dispute centres on a proposal by the Harlow Pensions Trust to raise member contributions.", Some("the Harlow Pensions Trust"), "proposal", "raise member contributions"),
            ex("Residents opposed a plan by the city council to close two libraries.", Some("the city council"), "plan", "close two libraries"),
        ],
    },
    Rule {
        id: "proposal/noun/drafted-by",
        matches: "a proposal noun with its drafter after a participle and \"would\": the bill, drafted by X, would …; a bill sponsored by X would …",
        examples: &[ex("The bill, drafted by the transport ministry, would cap night flights at 20,000 a year.", Some("the transport ministry"), "bill", "cap night flights at 20,000 a year")],
    },
    Rule {
        id: "proposal/noun/under",
        matches: "\"Under the plan, Y\": the content of the last proposer's plan",
        examples: &[ex("The council proposed a toll on the bridge. Under the proposal, drivers would pay at peak hours.", Some("The council"), "proposal", "drivers would pay at peak hours")],
    },
];
