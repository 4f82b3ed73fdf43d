//! claims: a rule-based news-claim extractor.
//!
//! The pipeline runs in stages, each a pure function from one named type to the next:
//!
//! ```text
//! reader     bytes → Text (decoded, paragraphs)          reader.rs
//! sentences  Text → sentence spans                       sentences.rs
//! tokens     sentence → tokens (spans and shapes)        tokens.rs
//! lexed      tokens → one lexicon lookup per token,      lexed.rs
//!            shared by the two stages that follow
//! actors     looked-up tokens → actors with mentions     actors/
//! claims     looked-up tokens + actors → attributions,   claims/
//!            proposals
//! adopt      sources no actor covers, headed by a plural  actors/adopt.rs
//!            for people → group actors
//! output     the document model (serde) → JSON           document.rs
//!            or the JSON written straight from the       document/json.rs
//!            stages' spans (what `claims extract` does)
//! ```
//!
//! Internally every span is a byte range into the decoded text, so `&text[span]` always
//! holds; the JSON document reports character (Unicode scalar value) offsets, converted
//! once at the output edge.
//!
//! ```
//! let doc = claims::extract("Ford said it would build cars. Sales rose.", &claims::Config::default());
//! assert_eq!(doc.sentences.len(), 2);
//! assert_eq!(doc.sentences[1].text, "Sales rose.");
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod actors;
pub mod check;
pub mod claims;
pub mod corpus;
pub mod document;
pub mod eval;
pub mod lexed;
pub mod lexicon;
pub mod reader;
pub mod schema;
pub mod sentences;
pub mod span;
pub mod tokens;
pub mod view;

pub use document::Document;
pub use span::Span;

/// Options that change what [`extract`] finds.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The path the text came from, as given by the user; `None` for stdin.
    pub path: Option<String>,
    /// The user's own lexicon entries (`--lexicon FILE`).
    pub lexicon: lexicon::user::UserLexicon,
}

/// Extracts sentences, actors, attributions and proposals from decoded article text.
pub fn extract(text: &str, config: &Config) -> Document {
    let decoded = reader::Text::from_str(text);
    extract_text(&decoded, text.len(), config)
}

/// Runs the pipeline over an already decoded [`reader::Text`]; `bytes` is the size of
/// the raw input, reported in `source.bytes`.
pub fn extract_text(text: &reader::Text, bytes: usize, config: &Config) -> Document {
    let (sentences, actors, found) = stages(text, config);
    document::build(text, bytes, config, &sentences, &actors, &found)
}

/// Runs the pipeline over `text` and appends its JSON document to `out`: the bytes
/// `serde_json` prints for [`extract_text`]'s document (pretty, or one line when
/// `compact`) with `meta`'s id, path and size, but written straight from the stages'
/// results. `config.path` is not read: `meta.path` takes its place.
pub fn extract_json(
    text: &reader::Text,
    meta: &document::json::Meta<'_>,
    config: &Config,
    compact: bool,
    out: &mut Vec<u8>,
) {
    let (sentences, actors, found) = stages(text, config);
    let parts = document::json::Parts {
        text,
        sentences: &sentences,
        actors: &actors,
        found: &found,
    };
    document::json::write(&parts, meta, compact, out);
}

/// The stages from sentences to claims.
fn stages(
    text: &reader::Text,
    config: &Config,
) -> (Vec<sentences::Sentence>, actors::Actors, claims::Found) {
    let sentences = sentences::split(&text.text, &text.paragraphs);
    let tokens = tokens::tokenize_sentences(&text.text, &sentences);
    let mut lowered = lexed::Lowered::default();
    let lexed = lexed::Lexed::new(&text.text, &sentences, &tokens, &mut lowered);
    let mut actors = actors::find_in(&lexed, config);
    let mut found = claims::find_in(&lexed, &actors, config);
    actors::adopt::unresolved_sources(&lexed, &mut actors, &mut found);
    (sentences, actors, found)
}
