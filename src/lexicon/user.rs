//! A user's own lexicon (`--lexicon FILE`): actors of a newsroom's beat with kinds,
//! aliases and roles, extra cue verbs with their classes, and words that must never be
//! actors. Parsed from JSON by the command line; the stages read it through
//! [`crate::Config`].

use serde::{Deserialize, Serialize};

use crate::document::ActorKind;

/// Everything a user lexicon adds. Empty by default.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserLexicon {
    /// Actors known in advance.
    #[serde(default)]
    pub actors: Vec<UserActor>,
    /// Extra cue words.
    #[serde(default)]
    pub cues: Vec<UserCue>,
    /// Words or names that must never be actors.
    #[serde(default)]
    pub not_actors: Vec<String>,
}

/// An actor known in advance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserActor {
    /// The full name.
    pub name: String,
    /// Its kind.
    pub kind: ActorKind,
    /// Other names it goes by.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Role or title.
    #[serde(default)]
    pub role: Option<String>,
    /// Name of the actor it belongs to.
    #[serde(default)]
    pub affiliation: Option<String>,
}

/// An extra cue word and its class.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserCue {
    /// The word as it appears (any inflection the user wants matched, one per entry).
    pub word: String,
    /// Its class: `speech`, `belief`, `denial`, `praise`, `criticism`, `support`,
    /// `opposition` or `proposal`.
    pub class: String,
}
