//! A deterministic generator of realistic news articles for benchmarks: a seed in,
//! articles out (datelines, headlines, direct and indirect quotes, unnamed sources,
//! proposals, numbers), built from templates with varied invented names. Every article
//! differs; the same seed always gives the same corpus. Uses no shared data.

/// splitmix64: small, fast, deterministic.
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `lo..hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo).max(1)
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.range(0, xs.len() as u64) as usize]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.range(0, 100) < percent
    }
}

const FIRST: &[&str] = &[
    "Anna", "Ben", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "James", "Kofi",
    "Laura", "Mateo", "Nadia", "Oliver", "Priya", "Quentin", "Rosa", "Samuel", "Tara", "Umar",
    "Vera", "William", "Ximena", "Yusuf", "Zoe", "Maria", "John", "Sofia", "Peter", "Amara",
    "Lars", "Mei", "Diego", "Hannah", "Ravi", "Claire", "Tomas",
];
const LAST: &[&str] = &[
    "Abernathy",
    "Brandt",
    "Castellano",
    "Dubois",
    "Eriksen",
    "Fonseca",
    "Gallagher",
    "Hartmann",
    "Ishikawa",
    "Jovanovic",
    "Kowalczyk",
    "Lindqvist",
    "Moreau",
    "Nakashima",
    "Okonkwo",
    "Petrov",
    "Quiroga",
    "Rasmussen",
    "Santoro",
    "Thorne",
    "Underwood",
    "Valdez",
    "Whitfield",
    "Yilmaz",
    "Zielinski",
    "Achterberg",
    "Bellamy",
    "Crowther",
];
const STEMS: &[&str] = &[
    "Norvale",
    "Brightwater",
    "Kestrel",
    "Altamira",
    "Corvan",
    "Helix",
    "Maraval",
    "Quintara",
    "Solberg",
    "Tavion",
    "Vesper",
    "Windrose",
    "Ostrava",
    "Pelican",
    "Redfern",
];
const SUFFIXES: &[&str] = &[
    "Motors",
    "Energy",
    "Holdings",
    "Group",
    "Bank",
    "Airlines",
    "Pharma",
    "Logistics",
    "Corp.",
    "Inc.",
    "Telecom",
    "Steel",
    "Foods",
    "Capital",
];
const GOVS: &[&str] = &[
    "the finance ministry",
    "the transport ministry",
    "the European Commission",
    "the city council",
    "the trade ministry",
    "the central bank",
    "the White House",
    "the energy regulator",
    "the competition authority",
    "the health ministry",
];
const MEDIA: &[&str] = &[
    "Reuters",
    "Bloomberg",
    "the Associated Press",
    "the Financial Times",
    "The Harbor Ledger",
    "Channel Nine News",
    "the Morning Courier",
];
const PLACES: &[&str] = &[
    "LONDON",
    "NAIROBI",
    "SAO PAULO",
    "OSLO",
    "TOKYO",
    "CHICAGO",
    "MUMBAI",
    "LYON",
    "TORONTO",
    "SEOUL",
    "CAPE TOWN",
    "MADRID",
    "SYDNEY",
    "WARSAW",
    "JAKARTA",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const TITLES: &[&str] = &[
    "chief executive",
    "finance director",
    "spokeswoman",
    "spokesman",
    "chairman",
    "head of research",
    "senior analyst",
    "chief economist",
    "general counsel",
];
const GOV_TITLES: &[&str] = &[
    "Finance Minister",
    "Senator",
    "Mayor",
    "Trade Secretary",
    "Deputy Governor",
    "Transport Minister",
    "President",
];
const SUBJECTS: &[&str] = &[
    "the merger",
    "the plan",
    "prices",
    "demand for electric vehicles",
    "the new plant",
    "the budget",
    "inflation",
    "the strike",
    "exports",
    "the recall",
    "the tariff",
    "the joint venture",
    "the rescue package",
    "borrowing costs",
    "the layoffs",
];
const MODALS: &[&str] = &[
    "will",
    "would",
    "could",
    "is likely to",
    "may",
    "is expected to",
    "should",
    "might",
];
const VERBS: &[&str] = &[
    "rise by {n} percent",
    "be delayed until {year}",
    "create {n} jobs",
    "face new scrutiny from regulators",
    "cost taxpayers {m} million dollars",
    "fall sharply",
    "go ahead as planned",
    "be reviewed again",
    "ease pressure on suppliers",
    "hurt smaller competitors",
    "lift profits by {n} percent",
    "need approval from {gov}",
];
const TIMES: &[&str] = &[
    "next year",
    "by the end of {month}",
    "this quarter",
    "within weeks",
    "",
    "before {year}",
    "over the coming months",
];
const CUES: &[&str] = &[
    "said",
    "added",
    "warned",
    "argued",
    "insisted",
    "noted",
    "stressed",
    "claimed",
    "told reporters",
    "said in a statement",
];
const PLANS: &[&str] = &[
    "a cap on energy prices",
    "cutting the corporate tax rate",
    "a new fund for small businesses",
    "delaying the vote",
    "merging the two units",
    "a ban on short selling",
    "raising the retirement age",
    "a review of the contract",
];
const UNNAMED: &[&str] = &[
    "People familiar with the matter",
    "Two officials, who asked not to be named,",
    "A person close to the talks",
    "Analysts",
    "Several union leaders",
];

/// The invented people and organisations of one article.
struct Cast {
    /// Each person's full name and how the article introduces them: "Senator Ann Lee"
    /// or "Ann Lee, chief executive of Norvale Motors".
    people: Vec<(String, String)>,
    orgs: Vec<String>,
}

fn fill(rng: &mut Rng, template: &str) -> String {
    let mut out = template.to_string();
    while let Some(i) = out.find('{') {
        let Some(j) = out[i..].find('}') else { break };
        let value = match &out[i + 1..i + j] {
            "n" => rng.range(2, 95).to_string(),
            "m" => rng.range(10, 990).to_string(),
            "year" => rng.range(2026, 2035).to_string(),
            "month" => rng.pick(MONTHS).to_string(),
            "gov" => rng.pick(GOVS).to_string(),
            _ => String::new(),
        };
        out.replace_range(i..i + j + 1, &value);
    }
    out
}

fn clause(rng: &mut Rng) -> String {
    let t = format!(
        "{} {} {} {}",
        rng.pick(SUBJECTS),
        rng.pick(MODALS),
        rng.pick(VERBS),
        rng.pick(TIMES)
    );
    fill(rng, t.trim_end())
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn cast(rng: &mut Rng) -> Cast {
    let orgs: Vec<String> = (0..rng.range(2, 4))
        .map(|_| format!("{} {}", rng.pick(STEMS), rng.pick(SUFFIXES)))
        .collect();
    let people = (0..rng.range(2, 5))
        .map(|_| {
            let name = format!("{} {}", rng.pick(FIRST), rng.pick(LAST));
            let intro = if rng.chance(30) {
                format!("{} {name}", rng.pick(GOV_TITLES))
            } else {
                let org = &orgs[rng.range(0, orgs.len() as u64) as usize];
                format!("{name}, {} of {org},", rng.pick(TITLES))
            };
            (name, intro)
        })
        .collect();
    Cast { people, orgs }
}

fn sentence(rng: &mut Rng, cast: &Cast) -> String {
    let (name, intro) = &cast.people[rng.range(0, cast.people.len() as u64) as usize];
    let surname = name.split(' ').next_back().unwrap_or(name);
    let org = &cast.orgs[rng.range(0, cast.orgs.len() as u64) as usize];
    let c = clause(rng);
    let (open, close) = if rng.chance(25) {
        ("\"", "\"")
    } else {
        ("“", "”")
    };
    match rng.range(0, 15) {
        0 => format!("{open}{},{close} {intro} {}.", capital(&c), rng.pick(CUES)),
        1 => format!(
            "{open}{},{close} said {surname}. {open}We are confident.{close}",
            capital(&c)
        ),
        12 => format!("In a statement, {org} said {c}."),
        13 => format!(
            "{open}{},{close} {surname} told {}. {open}{}.{close}",
            capital(&c),
            rng.pick(MEDIA),
            capital(&clause(rng))
        ),
        14 => format!(
            "{name}, who attended the meeting, said {c}, according to {}.",
            rng.pick(MEDIA)
        ),
        2 => format!("{name} {} that {c}.", rng.pick(CUES)),
        3 => format!("According to {}, {c}.", rng.pick(MEDIA)),
        4 => format!("{org} is reportedly considering {}.", rng.pick(PLANS)),
        5 => format!("{} said {c}.", rng.pick(UNNAMED)),
        6 => format!(
            "{surname} proposed {}, but {} rejected the idea.",
            rng.pick(PLANS),
            rng.pick(GOVS)
        ),
        7 => format!("{org} denied that {c}."),
        8 => fill(
            rng,
            "Shares of ORG rose {n}.{n} percent to {m} dollars in early trading.",
        )
        .replace("ORG", org),
        9 => format!(
            "{} added that {c}, and declined to comment further.",
            if rng.chance(50) { "She" } else { "He" }
        ),
        10 => format!(
            "{} called for {}.",
            capital(rng.pick(GOVS)),
            rng.pick(PLANS)
        ),
        _ => fill(
            rng,
            "The deal, valued at about {m} million euros, was first reported in {month}.",
        ),
    }
}

/// One article of roughly 2-6 KB.
pub fn article(rng: &mut Rng) -> String {
    let cast = cast(rng);
    let mut out = format!(
        "{} {} {}\n\n",
        cast.orgs[0],
        rng.pick(&["weighs", "rejects", "backs", "delays"]),
        rng.pick(PLANS)
    );
    if rng.chance(50) {
        out.push_str(&format!("By {} {}\n\n", rng.pick(FIRST), rng.pick(LAST)));
    }
    out.push_str(&format!(
        "{}, {} {} ({}) - ",
        rng.pick(PLACES),
        rng.pick(MONTHS),
        rng.range(1, 29),
        rng.pick(&["Reuters", "AP", "AFP", "Wire"])
    ));
    out.push_str(&format!(
        "{} said on {} that {}.\n\n",
        cast.orgs[0],
        rng.pick(DAYS),
        clause(rng)
    ));
    for _ in 0..rng.range(8, 25) {
        for _ in 0..rng.range(1, 4) {
            out.push_str(&sentence(rng, &cast));
            out.push(' ');
        }
        out.pop();
        out.push_str("\n\n");
    }
    out
}

/// An invented capitalised word ("Belorin"), for names no lexicon knows.
pub fn invented(rng: &mut Rng) -> String {
    const ON: &[&str] = &["B", "D", "K", "M", "T", "V", "Z", "Gr", "Pl", "St"];
    const MID: &[&str] = &["a", "e", "o", "u", "ai", "ou", "i"];
    const COD: &[&str] = &["l", "r", "n", "v", "s", "th", "k", "m"];
    let mut w = rng.pick(ON).to_string();
    for _ in 0..rng.range(2, 4) {
        w.push_str(rng.pick(MID));
        w.push_str(rng.pick(COD));
    }
    w
}

/// One article of `sentences` sentences built on `shape`, where many actors share a
/// word, one actor runs all through, every sentence reports a belief or two cues
/// share a subject: what made per-name and per-cue lookups grow with the article,
/// for the linear-time check of
/// the hostile benchmark.
pub fn name_heavy(rng: &mut Rng, shape: &str, sentences: usize) -> String {
    let mut out = String::new();
    for k in 0..sentences {
        let (a, b) = (invented(rng), invented(rng));
        let s = match shape {
            "shared" => {
                format!("Bank of {a} said rates would rise. The Bank of {b} Holdings agreed. ")
            }
            "surname" => {
                format!("{a} Smith said the plan would fail. Smith added that it was late. ")
            }
            "belief" => {
                format!("{a} {b} said they expected the plan to fail, and they believed it. ")
            }
            "administration" => {
                format!("The {a} administration said the talks failed. {a} officials agreed. ")
            }
            "acronym" => {
                let short: String = [&a, &b].iter().filter_map(|w| w.chars().next()).collect();
                format!("The {a} {b} Board ({short}B) said prices would rise. {short}B agreed. ")
            }
            "called" => {
                format!("The {a} union said wages were low and called for a raise of ten percent. ")
            }
            "dateline" => format!(
                "{}, June 24 (Reuters) - {b} Ltd said it would sell. ",
                a.to_uppercase()
            ),
            _ => format!(
                "Acme Corp chief executive {a} {b} told Marlow Ltd that the company would grow. "
            ),
        };
        out.push_str(&s);
        if k % 8 == 7 {
            out.push_str("\n\n");
        }
    }
    out
}
