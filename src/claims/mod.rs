//! Claims: tokens and actors in, attributions and proposals out.
//!
//! (Placeholder: finds nothing yet.)

use crate::actors::Actors;
use crate::document::{Form, Polarity, Stance};
use crate::sentences::Sentence;
use crate::span::Span;
use crate::tokens::Token;
use crate::Config;

/// Who said what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// Index of the sentence holding the cue.
    pub sentence: usize,
    /// Index of the source actor, if resolved.
    pub source: Option<usize>,
    /// The source mention as written (a pronoun included).
    pub source_span: Option<Span>,
    /// The cue as written.
    pub cue: Span,
    /// The content, without surrounding quote marks or a leading "that".
    pub content: Span,
    /// Direct, indirect, mixed, according_to or reportedly.
    pub form: Form,
    /// Reported with a hedge ("reportedly", "could", "preliminary").
    pub hedged: bool,
    /// Negative for denials, rejections and dismissals.
    pub polarity: Polarity,
    /// Praise, support, criticism or opposition, where the cue says so.
    pub stance: Option<Stance>,
    /// Index of the attribution whose content holds this one.
    pub parent: Option<usize>,
    /// Id of the rule that found it.
    pub rule: &'static str,
}

/// Who proposed what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// Index of the sentence holding the cue.
    pub sentence: usize,
    /// Index of the proposer actor, if resolved.
    pub proposer: Option<usize>,
    /// The proposer mention as written.
    pub proposer_span: Option<Span>,
    /// The cue as written.
    pub cue: Span,
    /// What is proposed.
    pub content: Span,
    /// Reported with a hedge.
    pub hedged: bool,
    /// Id of the rule that found it.
    pub rule: &'static str,
}

/// Everything the claims stage finds in one article.
#[derive(Debug, Clone, Default)]
pub struct Found {
    /// Attributions in text order.
    pub attributions: Vec<Attribution>,
    /// Proposals in text order.
    pub proposals: Vec<Proposal>,
}

/// Finds attributions and proposals.
pub fn find(
    _text: &str,
    _sentences: &[Sentence],
    _tokens: &[Vec<Token>],
    _actors: &Actors,
    _config: &Config,
) -> Found {
    Found::default()
}
