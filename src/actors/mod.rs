//! Actors: sentences and their tokens in, actors with mentions out.
//!
//! The stage runs as a fixed sequence of rule families over one tagged token array
//! ([`doc::Doc`]):
//!
//! ```text
//! credits   credit lines and author bios are set aside            credits.rs
//! user      the user's known actors and vetoed words              user.rs
//! gov       "the X administration", "X officials", "X's board"    gov.rs
//! names     capitalised runs cut at titles and honorifics         names.rs
//! kinds     each segment typed from its words, then its context   kinds.rs
//! link      typed segments registered; the rest join by surname  link.rs
//! groups    unnamed and collective sources                        groups.rs
//! coref     descriptions ("the company") and pronouns             coref.rs
//! roles     roles and affiliations                                roles.rs
//! ```
//!
//! Every mention carries the id of the rule that found it (`actor/name/title-person`,
//! `actor/coref/surname` …). The stage does not split sentences and does not find
//! attributions; it exposes which sentences are credit lines
//! ([`Actors::credit_sentences`]) so the claims stage can skip them.

pub mod coref;
pub mod credits;
pub mod doc;
pub mod gov;
pub mod groups;
pub mod kinds;
pub mod link;
pub mod names;
pub mod registry;
pub mod roles;
pub mod user;

use crate::document::ActorKind;
use crate::sentences::Sentence;
use crate::span::Span;
use crate::tokens::Token;
use crate::Config;

/// One span that refers to an actor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Index of the sentence it lies in.
    pub sentence: usize,
    /// Byte span of the mention.
    pub span: Span,
    /// Id of the rule that found it.
    pub rule: &'static str,
}

/// One actor of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Stable slug, unique in the document.
    pub id: String,
    /// The fullest proper name the article gives (or the phrase for unnamed sources).
    pub name: String,
    /// What kind of actor it is.
    pub kind: ActorKind,
    /// Role or title, where the article gives one.
    pub role: Option<String>,
    /// Index of the actor it belongs to, where the article says.
    pub affiliation: Option<usize>,
    /// Every span that refers to it, in text order.
    pub mentions: Vec<Mention>,
}

/// The actors of one article.
#[derive(Debug, Clone, Default)]
pub struct Actors {
    /// Actors in order of first mention.
    pub actors: Vec<Actor>,
    /// Sentences that are credit lines or author bios ("Reporting by …"), ascending:
    /// no attribution should take its source there.
    pub credit_sentences: Vec<usize>,
}

impl Actors {
    /// The actor with a mention exactly at `span`, or else the one whose mention lies
    /// inside `span` and starts first.
    pub fn resolve(&self, span: Span) -> Option<usize> {
        let mut inside: Option<(usize, usize)> = None;
        for (i, a) in self.actors.iter().enumerate() {
            for m in &a.mentions {
                if m.span == span {
                    return Some(i);
                }
                if span.contains(m.span) && inside.is_none_or(|(s, _)| m.span.start < s) {
                    inside = Some((m.span.start, i));
                }
            }
        }
        inside.map(|(_, i)| i)
    }

    /// The actor with a mention covering byte `offset`, and that mention; the
    /// narrowest mention wins where mentions nest.
    pub fn at(&self, offset: usize) -> Option<(usize, &Mention)> {
        let mut best: Option<(usize, &Mention)> = None;
        for (i, a) in self.actors.iter().enumerate() {
            for m in &a.mentions {
                if m.span.start <= offset
                    && offset < m.span.end
                    && best.is_none_or(|(_, b)| m.span.len() < b.span.len())
                {
                    best = Some((i, m));
                }
            }
        }
        best
    }

    /// The actor with a mention ending exactly at byte `end` (a subject right before
    /// its verb), the narrowest first.
    pub fn ending_at(&self, end: usize) -> Option<usize> {
        self.actors
            .iter()
            .enumerate()
            .flat_map(|(i, a)| a.mentions.iter().map(move |m| (i, m)))
            .filter(|(_, m)| m.span.end == end)
            .min_by_key(|(_, m)| m.span.len())
            .map(|(i, _)| i)
    }

    /// Every mention in sentence `sentence`, as (actor, mention), in text order.
    pub fn in_sentence(&self, sentence: usize) -> Vec<(usize, &Mention)> {
        let mut out: Vec<(usize, &Mention)> = self
            .actors
            .iter()
            .enumerate()
            .flat_map(|(i, a)| a.mentions.iter().map(move |m| (i, m)))
            .filter(|(_, m)| m.sentence == sentence)
            .collect();
        out.sort_by_key(|(_, m)| (m.span.start, m.span.end));
        out
    }

    /// Whether sentence `sentence` is a credit line or author bio.
    pub fn is_credit(&self, sentence: usize) -> bool {
        self.credit_sentences.binary_search(&sentence).is_ok()
    }
}

/// Finds the actors of an article.
pub fn find(text: &str, sentences: &[Sentence], tokens: &[Vec<Token>], config: &Config) -> Actors {
    let doc = doc::Doc::new(text, sentences, tokens);
    let credit = credits::find(&doc);
    let mut skip: Vec<bool> = doc
        .toks
        .iter()
        .map(|t| credit.binary_search(&t.sent).is_ok())
        .collect();
    let headline = headlines(&doc);
    let title_case: Vec<bool> = (0..doc.sents.len())
        .map(|s| headline[s] && is_title_case(&doc, s))
        .collect();
    let mut reg = registry::Registry::default();
    user::apply(&doc, &config.lexicon, &mut reg, &mut skip);
    gov::administrations(&doc, &mut reg, &mut skip);
    gov::possessive_bodies(&doc, &mut reg, &mut skip);
    let segs = names::segments(&doc, &skip);
    let mut types: Vec<Option<kinds::Typed>> = segs
        .iter()
        .map(|g| {
            // Headlines are telegraphic ("Island states demand cash"): only a name's
            // own words type it there.
            let telegraphic = headline[doc.toks[g.start].sent];
            kinds::lexical(&doc, g).or_else(|| {
                if telegraphic {
                    None
                } else {
                    kinds::context(&doc, g)
                }
            })
        })
        .collect();
    kinds::surname_reuse(&doc, &segs, &mut types);
    kinds::coordinate(&doc, &segs, &mut types);
    link::register(&doc, &segs, &types, &mut reg, &title_case);
    let group_affils = groups::find(&doc, &mut reg, &skip, &headline);
    // Roles before coreference ("the minister" needs them) and again after it, for
    // affiliations a description gives ("the authority's director of safety").
    roles::assign(&doc, &segs, &mut reg, &[]);
    coref::resolve(&doc, &mut reg, &skip);
    roles::assign(&doc, &segs, &mut reg, &group_affils);
    reg.finish(credit)
}

/// Sentences that are a headline: the first paragraph when it is one sentence without
/// closing punctuation and more paragraphs follow.
fn headlines(doc: &doc::Doc) -> Vec<bool> {
    let mut out = vec![false; doc.sents.len()];
    let first_para: Vec<usize> = (0..doc.sents.len())
        .filter(|&s| doc.paras[s] == 0)
        .collect();
    let more = doc.paras.iter().any(|&p| p > 0);
    if let [s] = first_para.as_slice() {
        let (a, e) = doc.sents[*s];
        let open = e > a
            && !matches!(
                doc.toks[e - 1].span.text(doc.text),
                "." | "!" | "?" | "”" | "\""
            );
        out[*s] = more && (open || is_title_case(doc, *s));
    }
    out
}

/// Whether most content words of sentence `s` are capitalised ("Ford Weighs Chinese
/// Partner").
fn is_title_case(doc: &doc::Doc, s: usize) -> bool {
    let (a, e) = doc.sents[s];
    let content: Vec<usize> = (a..e)
        .filter(|&k| {
            doc.toks[k].kind == crate::tokens::Kind::Word
                && !doc.is(k, crate::tokens::Tags::FUNCTION)
        })
        .collect();
    let caps = content
        .iter()
        .filter(|&&k| doc.is(k, crate::tokens::Tags::CAP))
        .count();
    content.len() >= 4 && caps * 5 >= content.len() * 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::user::{UserActor, UserLexicon};

    /// Runs the whole stage over `text` (paragraphs split at blank lines).
    pub(crate) fn actors_of(text: &str, config: &Config) -> Actors {
        let decoded = crate::reader::Text::from_str(text);
        let sentences = crate::sentences::split(&decoded.text, &decoded.paragraphs);
        let tokens: Vec<Vec<Token>> = sentences
            .iter()
            .map(|s| crate::tokens::tokenize(&decoded.text, s.span))
            .collect();
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
            ["Talvik Motors", "Anna Berg", "Reuters", "Unnamed officials"]
        );
        assert_eq!(got[0].2, ["Talvik Motors", "the carmaker", "the company"]);
        assert_eq!(got[1].2, ["Anna Berg", "Berg", "she"]);
        let a = actors_of(text, &Config::default());
        assert_eq!(a.actors[1].role.as_deref(), Some("chief executive"));
        assert_eq!(a.actors[1].affiliation, Some(0));
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
    fn lookups_by_offset() {
        let text = "Zenco Inc. said it would grow.";
        let a = actors_of(text, &Config::default());
        assert_eq!(a.at(2).map(|(i, _)| i), Some(0));
        assert_eq!(a.ending_at(10), Some(0));
        assert_eq!(a.in_sentence(0).len(), 2);
    }
}
