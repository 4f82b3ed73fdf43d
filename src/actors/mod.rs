//! Actors: sentences and their tokens in, actors with mentions out.
//!
//! (Placeholder: finds nothing yet.)

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
}

/// Finds the actors of an article.
pub fn find(
    _text: &str,
    _sentences: &[Sentence],
    _tokens: &[Vec<Token>],
    _config: &Config,
) -> Actors {
    Actors::default()
}
