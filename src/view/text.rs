//! The terminal view: a document in, a few dozen lines for a person out.
//!
//! Actors with their kinds and mention counts, then who said what
//! (`Bloomberg —reports→ "Farley met with …"`), proposals and warnings, one item a line
//! with long contents cut. Colour (ANSI) only when the caller asks for it; this module
//! does not look at the terminal or the environment.

use std::fmt::Write;

use super::{actor_name, label, proposer_name, source_name, truncate};
use crate::document::{ActorOut, AttributionOut, Document, Polarity, ProposalOut};

/// Longest content shown, in characters.
const CONTENT: usize = 72;

/// Actors listed before the rest are only counted: the view is a summary, and who said
/// what matters more than a long tail of places and names.
const ACTORS: usize = 15;

/// ANSI styles, or nothing when colour is off.
struct Paint {
    on: bool,
}

impl Paint {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    fn name(&self, s: &str) -> String {
        self.paint("1;36", s)
    }
    fn cue(&self, s: &str) -> String {
        self.paint("33", s)
    }
}

/// Renders the terminal view; `color` adds ANSI colour codes.
pub fn render(doc: &Document, color: bool) -> String {
    let p = Paint { on: color };
    let mut out = String::new();
    let title = doc.source.path.as_deref().unwrap_or("<stdin>");
    let _ = writeln!(
        out,
        "{}: {} sentences, {} actors, {} attributions, {} proposals",
        p.bold(title),
        doc.sentences.len(),
        doc.actors.len(),
        doc.attributions.len(),
        doc.proposals.len()
    );
    section(&mut out, &p, ("Actors", ACTORS), &doc.actors, |a| {
        actor(doc, &p, a)
    });
    section(
        &mut out,
        &p,
        ("Who said what", usize::MAX),
        &doc.attributions,
        |t| attribution(doc, &p, t),
    );
    section(
        &mut out,
        &p,
        ("Proposals", usize::MAX),
        &doc.proposals,
        |x| proposal(doc, &p, x),
    );
    if !doc.warnings.is_empty() {
        section(&mut out, &p, ("Warnings", 5), &doc.warnings, |w| {
            truncate(w, 100)
        });
    }
    out
}

fn section<T>(
    out: &mut String,
    p: &Paint,
    (title, limit): (&str, usize),
    items: &[T],
    line: impl Fn(&T) -> String,
) {
    if items.is_empty() {
        let _ = writeln!(out, "{}: {}", p.bold(title), p.dim("none"));
        return;
    }
    let _ = writeln!(out, "{} ({})", p.bold(title), items.len());
    for item in items.iter().take(limit) {
        let _ = writeln!(out, "  {}", line(item));
    }
    if items.len() > limit {
        let more = format!("… and {} more (all in --format json)", items.len() - limit);
        let _ = writeln!(out, "  {}", p.dim(&more));
    }
}

fn actor(doc: &Document, p: &Paint, a: &ActorOut) -> String {
    let mut about = label(&a.kind);
    if let Some(role) = &a.role {
        about = format!("{about}, {}", truncate(role, 30));
    }
    if let Some(aff) = &a.affiliation {
        about = format!("{about}, of {}", actor_name(doc, aff).unwrap_or(aff));
    }
    let n = a.mentions.len();
    let name = truncate(&a.name, 28);
    let pad = " ".repeat(28usize.saturating_sub(name.chars().count()));
    format!(
        "{}{pad} {about}  {}",
        p.name(&name),
        p.dim(&format!("{n} mention{}", if n == 1 { "" } else { "s" }))
    )
}

fn attribution(doc: &Document, p: &Paint, t: &AttributionOut) -> String {
    let mut tags = vec![format!("s{}", t.sentence), label(&t.form)];
    if t.hedged {
        tags.push("hedged".into());
    }
    if t.polarity == Polarity::Negative {
        tags.push("negative".into());
    }
    if let Some(stance) = &t.stance {
        tags.push(label(stance));
    }
    claim(p, source_name(doc, t), &t.cue, &t.content, &tags)
}

fn proposal(doc: &Document, p: &Paint, x: &ProposalOut) -> String {
    let mut tags = vec![format!("s{}", x.sentence)];
    if x.hedged {
        tags.push("hedged".into());
    }
    claim(p, proposer_name(doc, x), &x.cue, &x.content, &tags)
}

fn claim(p: &Paint, who: &str, cue: &str, content: &str, tags: &[String]) -> String {
    format!(
        "{} {} \"{}\"  {}",
        p.name(&truncate(who, 30)),
        p.cue(&format!("—{}→", truncate(cue, 20))),
        truncate(content, CONTENT),
        p.dim(&format!("({})", tags.join(", ")))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::sample;

    #[test]
    fn plain_view_lists_everything() {
        let got = render(&sample::document(), false);
        let want = "\
sample.txt: 4 sentences, 2 actors, 3 attributions, 1 proposals
Actors (2)
  Harbor Council               government  2 mentions
  Maria Lopez                  person, member, of Harbor Council  1 mention
Who said what (3)
  Maria Lopez —said→ \"the ferry fares would rise in May\"  (s0, indirect)
  they —added→ \"We have no choice,\"  (s1, direct)
  (unnamed) —reportedly→ \"<b>final</b> & fixed\"  (s2, reportedly, hedged)
Proposals (1)
  Harbor Council —proposed→ \"cutting night services\"  (s3)
Warnings (1)
  sample warning
";
        assert_eq!(got, want);
    }

    #[test]
    fn colour_only_when_asked() {
        let doc = sample::document();
        assert!(!render(&doc, false).contains('\x1b'));
        let coloured = render(&doc, true);
        assert!(
            coloured.contains("\x1b[1;36mMaria Lopez\x1b[0m"),
            "{coloured}"
        );
    }

    #[test]
    fn empty_sections_take_one_line() {
        let mut doc = sample::document();
        doc.actors.clear();
        doc.attributions.clear();
        doc.proposals.clear();
        doc.warnings.clear();
        doc.source.path = None;
        let got = render(&doc, false);
        assert_eq!(
            got,
            "<stdin>: 4 sentences, 0 actors, 0 attributions, 0 proposals\n\
             Actors: none\nWho said what: none\nProposals: none\n"
        );
    }

    #[test]
    fn long_actor_lists_are_counted() {
        let mut doc = sample::document();
        let actor = doc.actors[0].clone();
        doc.actors = vec![actor; ACTORS + 4];
        let got = render(&doc, false);
        assert_eq!(got.matches("Harbor Council     ").count(), ACTORS);
        assert!(
            got.contains("\n  … and 4 more (all in --format json)\n"),
            "{got}"
        );
    }

    #[test]
    fn long_contents_are_cut() {
        let mut doc = sample::document();
        doc.attributions[0].content = "word ".repeat(60);
        let got = render(&doc, false);
        let line = got.lines().find(|l| l.contains("—said→")).unwrap_or("");
        assert!(line.chars().count() < 120, "{line}");
        assert!(line.contains("…\""), "{line}");
    }
}
