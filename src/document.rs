//! The document model: the JSON that `claims extract` prints (schema_version 1).
//!
//! ```json
//! {
//!   "schema_version": 1,
//!   "id": "r17",            (only for JSON Lines records with an id)
//!   "source": {"path": "a.txt", "bytes": 2590, "chars": 2580},
//!   "paragraphs": [{"index": 0, "start": 0, "end": 129}],
//!   "sentences": [{"index": 0, "paragraph": 0, "start": 0, "end": 129, "text": "…"}],
//!   "actors": [{"id": "jim-farley", "name": "Jim Farley", "kind": "person", "role": "CEO",
//!               "affiliation": "ford", "mentions": [{"sentence": 0, "start": 9, "end": 19,
//!               "text": "Jim Farley", "rule": "actor/name/title-person"}]}],
//!   "attributions": [{"id": "t1", "sentence": 3, "source": "bloomberg", "source_text": "…",
//!                     "source_span": {"start": 0, "end": 5}, "cue": "reports",
//!                     "cue_span": {"start": 6, "end": 13}, "form": "indirect",
//!                     "content": "…", "start": 19, "end": 40, "hedged": false,
//!                     "polarity": "positive", "stance": null, "parent": null,
//!                     "rule": "attribution/indirect/that-clause"}],
//!   "proposals": [{"id": "p1", "sentence": 4, "proposer": "ford", "proposer_text": "Ford",
//!                  "proposer_span": {…}, "cue": "proposed", "cue_span": {…},
//!                  "content": "…", "start": 0, "end": 9, "hedged": false,
//!                  "rule": "proposal/verb/gerund"}],
//!   "warnings": []
//! }
//! ```
//!
//! Offsets are half-open character (Unicode scalar value) offsets into the decoded text
//! (after a BOM). Fields may be added; none is renamed or removed without a new
//! `schema_version`. Key order and item order are deterministic.

mod chars;
mod escape;
pub mod json;

use chars::Chars;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::actors::Actors;
use crate::claims::Found;
use crate::reader::Text;
use crate::sentences::Sentence;
use crate::Config;

/// The version of the JSON contract this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// One extracted article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Version of this contract.
    pub schema_version: u32,
    /// The record's id when the article came from a JSON Lines record that carries one
    /// (`--input jsonl`, field chosen by `--id-field`); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub id: Option<String>,
    /// Where the text came from.
    pub source: Source,
    /// Paragraph spans.
    pub paragraphs: Vec<Paragraph>,
    /// Sentence spans with their text.
    pub sentences: Vec<SentenceOut>,
    /// Actors with every mention.
    pub actors: Vec<ActorOut>,
    /// Who said what.
    pub attributions: Vec<AttributionOut>,
    /// Who proposed what.
    pub proposals: Vec<ProposalOut>,
    /// Problems met while reading (e.g. replaced invalid bytes).
    pub warnings: Vec<String>,
}

/// Where the text came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The path as given; null for stdin.
    pub path: Option<String>,
    /// Size of the raw input in bytes.
    pub bytes: usize,
    /// Length of the decoded text in characters.
    pub chars: usize,
}

/// A paragraph's character span.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    /// Position in the document.
    pub index: usize,
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// A sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SentenceOut {
    /// Position in the document.
    pub index: usize,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The sentence's text.
    pub text: String,
}

/// What kind of actor.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A company, brand, NGO, court, union, team …
    Organization,
    /// A government, administration, ministry, agency, or a country acting politically.
    Government,
    /// A news outlet or agency.
    Media,
    /// An unnamed or collective source ("officials familiar with the talks").
    Group,
    /// A place that only locates something.
    Place,
}

/// An actor and every span that refers to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActorOut {
    /// Stable slug, unique in the document.
    pub id: String,
    /// The fullest proper name the article gives.
    pub name: String,
    /// What kind of actor.
    pub kind: ActorKind,
    /// Role or title.
    pub role: Option<String>,
    /// Id of the actor it belongs to.
    pub affiliation: Option<String>,
    /// Every mention, in text order.
    pub mentions: Vec<MentionOut>,
}

/// One mention of an actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MentionOut {
    /// Index of its sentence.
    pub sentence: usize,
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// Id of the rule that found it.
    pub rule: String,
}

/// A character span.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CharSpan {
    /// First character.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// How the content is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// Inside quotation marks.
    Direct,
    /// Reported speech.
    Indirect,
    /// Partly quoted.
    Mixed,
    /// "according to X".
    AccordingTo,
    /// Hedged, with no named source ("reportedly", "is said to").
    Reportedly,
}

/// Whether the cue affirms or negates its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// The source asserts the content.
    Positive,
    /// The source denies, rejects or dismisses it.
    Negative,
}

/// The stance a cue takes towards its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// Praise.
    Praise,
    /// Support.
    Support,
    /// Criticism.
    Criticism,
    /// Opposition.
    Opposition,
}

/// Who said what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AttributionOut {
    /// `t1`, `t2` … in text order.
    pub id: String,
    /// Index of the sentence holding the cue.
    pub sentence: usize,
    /// Actor id of the source; null when the article names none.
    pub source: Option<String>,
    /// The source as written (a pronoun included).
    pub source_text: Option<String>,
    /// Span of the source as written.
    pub source_span: Option<CharSpan>,
    /// The cue as written.
    pub cue: String,
    /// Span of the cue.
    pub cue_span: CharSpan,
    /// How it is reported.
    pub form: Form,
    /// The content, without surrounding quote marks or a leading "that".
    pub content: String,
    /// First character of the content.
    pub start: usize,
    /// One past the last character of the content.
    pub end: usize,
    /// Reported with a hedge ("reportedly", "could", "preliminary").
    pub hedged: bool,
    /// Negative for denials, rejections and dismissals.
    pub polarity: Polarity,
    /// Praise, support, criticism or opposition.
    pub stance: Option<Stance>,
    /// Id of the attribution whose content holds this one.
    pub parent: Option<String>,
    /// Id of the rule that found it.
    pub rule: String,
}

/// Who proposed what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProposalOut {
    /// `p1`, `p2` … in text order.
    pub id: String,
    /// Index of the sentence holding the cue.
    pub sentence: usize,
    /// Actor id of the proposer; null when the article names none.
    pub proposer: Option<String>,
    /// The proposer as written.
    pub proposer_text: Option<String>,
    /// Span of the proposer as written.
    pub proposer_span: Option<CharSpan>,
    /// The cue as written.
    pub cue: String,
    /// Span of the cue.
    pub cue_span: CharSpan,
    /// What is proposed.
    pub content: String,
    /// First character of the content.
    pub start: usize,
    /// One past the last character of the content.
    pub end: usize,
    /// Reported with a hedge.
    pub hedged: bool,
    /// Id of the rule that found it.
    pub rule: String,
}

/// Assembles the output document from the stages' results.
pub fn build(
    text: &Text,
    bytes: usize,
    config: &Config,
    sentences: &[Sentence],
    actors: &Actors,
    found: &Found,
) -> Document {
    let t = &text.text;
    let chars = Chars::new(t);
    let actor_id = |i: usize| actors.actors[i].id.clone();
    Document {
        schema_version: SCHEMA_VERSION,
        id: None,
        source: Source {
            path: config.path.clone(),
            bytes,
            chars: chars.at(t.len()),
        },
        paragraphs: text
            .paragraphs
            .iter()
            .enumerate()
            .map(|(index, &p)| {
                let c = chars.span(p);
                Paragraph {
                    index,
                    start: c.start,
                    end: c.end,
                }
            })
            .collect(),
        sentences: sentences
            .iter()
            .enumerate()
            .map(|(index, s)| {
                let c = chars.span(s.span);
                SentenceOut {
                    index,
                    paragraph: s.paragraph,
                    start: c.start,
                    end: c.end,
                    text: chars.text(s.span),
                }
            })
            .collect(),
        actors: actors
            .actors
            .iter()
            .map(|a| ActorOut {
                id: a.id.clone(),
                name: a.name.clone(),
                kind: a.kind,
                role: a.role.clone(),
                affiliation: a.affiliation.map(actor_id),
                mentions: a
                    .mentions
                    .iter()
                    .map(|m| {
                        let c = chars.span(m.span);
                        MentionOut {
                            sentence: m.sentence,
                            start: c.start,
                            end: c.end,
                            text: chars.text(m.span),
                            rule: m.rule.to_string(),
                        }
                    })
                    .collect(),
            })
            .collect(),
        attributions: found
            .attributions
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let c = chars.span(a.content);
                AttributionOut {
                    id: format!("t{}", i + 1),
                    sentence: a.sentence,
                    source: a.source.map(actor_id),
                    source_text: a.source_span.map(|s| chars.text(s)),
                    source_span: a.source_span.map(|s| chars.span(s)),
                    cue: chars.text(a.cue),
                    cue_span: chars.span(a.cue),
                    form: a.form,
                    content: chars.text(a.content),
                    start: c.start,
                    end: c.end,
                    hedged: a.hedged,
                    polarity: a.polarity,
                    stance: a.stance,
                    parent: a.parent.map(|p| format!("t{}", p + 1)),
                    rule: a.rule.to_string(),
                }
            })
            .collect(),
        proposals: found
            .proposals
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let c = chars.span(p.content);
                ProposalOut {
                    id: format!("p{}", i + 1),
                    sentence: p.sentence,
                    proposer: p.proposer.map(actor_id),
                    proposer_text: p.proposer_span.map(|s| chars.text(s)),
                    proposer_span: p.proposer_span.map(|s| chars.span(s)),
                    cue: chars.text(p.cue),
                    cue_span: chars.span(p.cue),
                    content: chars.text(p.content),
                    start: c.start,
                    end: c.end,
                    hedged: p.hedged,
                    rule: p.rule.to_string(),
                }
            })
            .collect(),
        warnings: text.warnings.clone(),
    }
}
