//! A small hand-built document for the views' tests: every kind of highlight, a
//! pronoun source, an unnamed source, non-ASCII quotes and markup in the text.

use crate::document::*;

/// The article text of [`document`].
pub const TEXT: &str =
    "Harbor Council member Maria Lopez said the ferry fares would rise in May.\n\n\
“We have no choice,” they added. Fares are reportedly <b>final</b> & fixed.\n\n\
The Harbor Council proposed cutting night services.";

/// Character span of the `nth` occurrence of `needle` in [`TEXT`].
pub fn at(needle: &str, nth: usize) -> CharSpan {
    let byte = TEXT
        .match_indices(needle)
        .nth(nth)
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in the sample"));
    let start = TEXT[..byte].chars().count();
    CharSpan {
        start,
        end: start + needle.chars().count(),
    }
}

fn mention(sentence: usize, needle: &str, nth: usize, rule: &str) -> MentionOut {
    let s = at(needle, nth);
    MentionOut {
        sentence,
        start: s.start,
        end: s.end,
        text: needle.to_string(),
        rule: rule.to_string(),
    }
}

fn attribution(
    id: &str,
    sentence: usize,
    source: Option<(&str, &str)>,
    cue: &str,
    form: Form,
    content: &str,
) -> AttributionOut {
    let c = at(content, 0);
    AttributionOut {
        id: id.to_string(),
        sentence,
        source: source.and_then(|(id, _)| (!id.is_empty()).then(|| id.to_string())),
        source_text: source.map(|(_, text)| text.to_string()),
        source_span: source.map(|(_, text)| at(text, 0)),
        cue: cue.to_string(),
        cue_span: at(cue, 0),
        form,
        content: content.to_string(),
        start: c.start,
        end: c.end,
        hedged: form == Form::Reportedly,
        polarity: Polarity::Positive,
        stance: None,
        parent: None,
        rule: format!("attribution/{}/test", label_of(form)),
    }
}

fn label_of(form: Form) -> String {
    crate::view::label(&form)
}

fn sentences() -> Vec<SentenceOut> {
    let texts = [
        (
            0,
            "Harbor Council member Maria Lopez said the ferry fares would rise in May.",
        ),
        (1, "“We have no choice,” they added."),
        (1, "Fares are reportedly <b>final</b> & fixed."),
        (2, "The Harbor Council proposed cutting night services."),
    ];
    texts
        .iter()
        .enumerate()
        .map(|(index, &(paragraph, text))| {
            let s = at(text, 0);
            SentenceOut {
                index,
                paragraph,
                start: s.start,
                end: s.end,
                text: text.to_string(),
            }
        })
        .collect()
}

/// The hand-built document.
pub fn document() -> Document {
    let p = |index, first: &str, last: &str| Paragraph {
        index,
        start: at(first, 0).start,
        end: at(last, 0).end,
    };
    Document {
        schema_version: SCHEMA_VERSION,
        id: None,
        source: Source {
            path: Some("sample.txt".into()),
            bytes: TEXT.len(),
            chars: TEXT.chars().count(),
        },
        paragraphs: vec![
            p(0, "Harbor Council member", "in May."),
            p(1, "“We", "fixed."),
            p(2, "The Harbor", "services."),
        ],
        sentences: sentences(),
        actors: vec![
            ActorOut {
                id: "harbor-council".into(),
                name: "Harbor Council".into(),
                kind: ActorKind::Government,
                role: None,
                affiliation: None,
                mentions: vec![
                    mention(0, "Harbor Council", 0, "actor/name/org"),
                    mention(3, "Harbor Council", 1, "actor/name/org"),
                ],
            },
            ActorOut {
                id: "maria-lopez".into(),
                name: "Maria Lopez".into(),
                kind: ActorKind::Person,
                role: Some("member".into()),
                affiliation: Some("harbor-council".into()),
                mentions: vec![mention(0, "Maria Lopez", 0, "actor/name/title-person")],
            },
        ],
        attributions: vec![
            attribution(
                "t1",
                0,
                Some(("maria-lopez", "Maria Lopez")),
                "said",
                Form::Indirect,
                "the ferry fares would rise in May",
            ),
            attribution(
                "t2",
                1,
                Some(("", "they")),
                "added",
                Form::Direct,
                "We have no choice,",
            ),
            attribution(
                "t3",
                2,
                None,
                "reportedly",
                Form::Reportedly,
                "<b>final</b> & fixed",
            ),
        ],
        proposals: vec![ProposalOut {
            id: "p1".into(),
            sentence: 3,
            proposer: Some("harbor-council".into()),
            proposer_text: Some("Harbor Council".into()),
            proposer_span: Some(at("Harbor Council", 1)),
            cue: "proposed".into(),
            cue_span: at("proposed", 0),
            content: "cutting night services".into(),
            start: at("cutting night services", 0).start,
            end: at("cutting night services", 0).end,
            hedged: false,
            rule: "proposal/verb/gerund".into(),
        }],
        warnings: vec!["sample warning".into()],
    }
}
