//! Gold annotations: the JSON of a `NAME.gold.json` file in, validated [`Gold`] out.
//!
//! The format is described in `docs/annotation.md`. Parsing rejects unknown keys (an
//! `actor_sources` list, which converted external sets carry, is accepted and ignored),
//! and validation checks what scoring relies on: every source, proposer and affiliation
//! names a listed actor, actor names are unique, contents are non-empty and, where the
//! file has an actor list, copied exactly from the article. This module does no I/O.

use serde::Deserialize;

use crate::document::Form;

/// One annotated article.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gold {
    /// File name of the article, beside the gold file.
    pub article: String,
    /// The actors; an empty or missing list means sources are surface text (lenient).
    #[serde(default)]
    pub actors: Vec<GoldActor>,
    /// Distinct source texts, carried by converted external sets; not scored.
    #[serde(default)]
    pub actor_sources: Vec<String>,
    /// Who said what.
    #[serde(default)]
    pub attributions: Vec<GoldAttribution>,
    /// Who proposed what.
    #[serde(default)]
    pub proposals: Vec<GoldProposal>,
}

/// What kind of gold actor (the gold format has no `place`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GoldKind {
    /// A named person.
    Person,
    /// A company, brand, NGO, court, union …
    Organization,
    /// A government, administration, agency, ministry, or a country acting politically.
    Government,
    /// A news outlet or agency.
    Media,
    /// An unnamed or collective source.
    Group,
}

/// A gold actor.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldActor {
    /// The fullest proper name.
    pub name: String,
    /// What kind of actor.
    pub kind: GoldKind,
    /// Other surface forms that refer to it.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Role or title.
    #[serde(default)]
    pub role: Option<String>,
    /// The `name` of the actor it belongs to.
    #[serde(default)]
    pub affiliation: Option<String>,
    /// Neither required nor penalised.
    #[serde(default)]
    pub optional: Option<bool>,
}

/// A gold attribution.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldAttribution {
    /// An actor's `name` (strict) or the source as written (lenient); null for none.
    pub source: Option<String>,
    /// The cue as written.
    pub cue: String,
    /// How it is reported.
    pub form: Form,
    /// The content, copied from the article.
    pub content: String,
    /// Neither required nor penalised.
    #[serde(default)]
    pub optional: Option<bool>,
}

/// A gold proposal.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldProposal {
    /// An actor's `name`, or null.
    pub proposer: Option<String>,
    /// The word that marks the proposal.
    pub cue: String,
    /// What is proposed, copied from the article.
    pub content: String,
    /// Neither required nor penalised.
    #[serde(default)]
    pub optional: Option<bool>,
}

impl Gold {
    /// Parses a gold file's JSON; the error says what is wrong and where.
    pub fn parse(json: &str) -> Result<Gold, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    /// Whether sources are surface text rather than actor names (no actor list).
    pub fn lenient(&self) -> bool {
        self.actors.is_empty()
    }

    /// Checks the annotation against itself and its article; returns every problem.
    pub fn problems(&self, article: &str) -> Vec<String> {
        let names: Vec<&str> = self.actors.iter().map(|a| a.name.as_str()).collect();
        let mut out = Vec::new();
        for (i, a) in self.actors.iter().enumerate() {
            actor_problems(&mut out, &names, i, a);
        }
        let check = |out: &mut Vec<String>, tag: String, item: Checked| {
            item_problems(out, &names, !self.lenient(), article, &tag, item);
        };
        for (i, a) in self.attributions.iter().enumerate() {
            let item = Checked {
                who_key: "source",
                who: &a.source,
                content: &a.content,
                cue: &a.cue,
                optional: a.optional,
            };
            check(&mut out, format!("attributions[{i}]"), item);
        }
        for (i, p) in self.proposals.iter().enumerate() {
            let item = Checked {
                who_key: "proposer",
                who: &p.proposer,
                content: &p.content,
                cue: &p.cue,
                optional: p.optional,
            };
            check(&mut out, format!("proposals[{i}]"), item);
        }
        out
    }
}

fn actor_problems(out: &mut Vec<String>, names: &[&str], i: usize, a: &GoldActor) {
    if a.name.trim().is_empty() {
        out.push(format!("actors[{i}]: empty name"));
    }
    if names[..i].contains(&a.name.as_str()) {
        out.push(format!("actors[{i}]: duplicate actor name {:?}", a.name));
    }
    if let Some(aff) = a.affiliation.as_deref().filter(|aff| !names.contains(aff)) {
        out.push(format!(
            "actors[{i}] {:?}: affiliation {aff:?} is not a listed actor",
            a.name
        ));
    }
    check_optional(out, &format!("actors[{i}]"), a.optional);
}

/// The parts of an attribution or proposal that validation looks at.
struct Checked<'a> {
    who_key: &'static str,
    who: &'a Option<String>,
    content: &'a str,
    cue: &'a str,
    optional: Option<bool>,
}

fn item_problems(
    out: &mut Vec<String>,
    names: &[&str],
    strict: bool,
    article: &str,
    tag: &str,
    item: Checked,
) {
    if super::text::tokens(item.content).is_empty() || item.cue.trim().is_empty() {
        out.push(format!("{tag}: content without words, or empty cue"));
    }
    if strict && !article.contains(item.content) {
        out.push(format!(
            "{tag}: content is not copied exactly from the article: {:?}",
            item.content
        ));
    }
    if let (true, Some(w)) = (strict, item.who) {
        if !names.contains(&w.as_str()) {
            out.push(format!(
                "{tag}: {} {w:?} is not a listed actor",
                item.who_key
            ));
        }
    }
    check_optional(out, tag, item.optional);
}

fn check_optional(out: &mut Vec<String>, tag: &str, optional: Option<bool>) {
    if optional == Some(false) {
        out.push(format!("{tag}: optional must be true when present"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Mayor Ruiz said the bridge will reopen in May.";

    fn problems(json: &str) -> Vec<String> {
        match Gold::parse(json) {
            Ok(g) => g.problems(ARTICLE),
            Err(e) => vec![e],
        }
    }

    #[test]
    fn a_good_file_has_no_problems() {
        let json = r#"{"article": "a.txt",
            "actors": [{"name": "Ana Ruiz", "kind": "person", "aliases": ["Mayor Ruiz"]}],
            "attributions": [{"source": "Ana Ruiz", "cue": "said", "form": "indirect",
                              "content": "the bridge will reopen in May"}],
            "proposals": []}"#;
        assert_eq!(problems(json), Vec::<String>::new());
    }

    #[test]
    fn bad_files_name_the_problem() {
        let cases = [
            (
                r#"{"article": "a.txt", "extra": 1}"#,
                "unknown field `extra`",
            ),
            (
                r#"{"article": "a.txt", "actors": [{"name": "X", "kind": "place"}]}"#,
                "unknown variant `place`",
            ),
            (
                r#"{"article": "a.txt", "actors": [{"name": "X", "kind": "person"}],
                  "attributions": [{"source": "Y", "cue": "said", "form": "indirect",
                                    "content": "the bridge"}]}"#,
                "attributions[0]: source \"Y\" is not a listed actor",
            ),
            (
                r#"{"article": "a.txt", "actors": [{"name": "X", "kind": "person"}],
                  "proposals": [{"proposer": "X", "cue": "plan", "content": "a tunnel"}]}"#,
                "proposals[0]: content is not copied exactly",
            ),
            (
                r#"{"article": "a.txt", "actors": [{"name": "X", "kind": "person"},
                  {"name": "X", "kind": "group", "optional": false}]}"#,
                "actors[1]: duplicate actor name",
            ),
            (
                r#"{"article": "a.txt", "actors": [], "attributions": [{"source": null, "cue": "said",
                  "form": "indirect", "content": " — "}]}"#,
                "attributions[0]: content without words",
            ),
            (
                r#"{"article": "a.txt", "actors": [{"name": "X", "kind": "person", "affiliation": "Z"}]}"#,
                "affiliation \"Z\" is not a listed actor",
            ),
        ];
        for (json, expected) in cases {
            let got = problems(json).join("\n");
            assert!(got.contains(expected), "{json}\n  got: {got}");
        }
    }

    #[test]
    fn lenient_files_take_any_source_and_inexact_content() {
        let json = r#"{"article": "a.txt", "actors": [], "actor_sources": ["the mayor"],
            "attributions": [{"source": "the mayor", "cue": "said", "form": "indirect",
                              "content": "bridge reopen May"}]}"#;
        let gold = Gold::parse(json).unwrap();
        assert!(gold.lenient());
        assert_eq!(gold.problems(ARTICLE), Vec::<String>::new());
    }
}
