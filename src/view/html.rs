//! The HTML view: a document and its decoded article text in, one self-contained page
//! out (inline CSS and JS, no network, no external assets).
//!
//! The article is shown paragraph by paragraph with actors' mentions, sources, cues,
//! attribution contents and proposals highlighted; every highlighted piece carries a
//! `title` (hover) and `data-items` naming what covers it, and the page's script shows
//! an item's source, cue, form and rule on click. A side panel lists actors and who said
//! what. Overlapping spans are cut into flat pieces, so nothing needs to nest. Items
//! whose offsets do not fit the text are listed but not highlighted. All text is
//! escaped; the embedded data escapes `<` so the article cannot close the script.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use super::{actor_name, label, proposer_name, source_name, truncate};
use crate::document::{ActorOut, AttributionOut, Document, ProposalOut};

const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");

/// What a highlight marks; the CSS class of its pieces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Mark {
    Mention,
    Source,
    Cue,
    Content,
    Proposal,
}

impl Mark {
    fn class(self) -> &'static str {
        match self {
            Mark::Mention => "mention",
            Mark::Source => "source",
            Mark::Cue => "cue",
            Mark::Content => "content",
            Mark::Proposal => "proposal",
        }
    }
}

/// One highlighted character span and the item it belongs to.
#[derive(Debug, Clone)]
struct Highlight {
    start: usize,
    end: usize,
    mark: Mark,
    item: String,
}

/// What the page's script shows for one item.
#[derive(Debug, Clone, Serialize)]
struct Item {
    kind: &'static str,
    title: String,
    rows: Vec<(&'static str, String)>,
}

/// Renders the page; `text` is the decoded article the document was extracted from.
pub fn render(doc: &Document, text: &str) -> String {
    let items = items(doc);
    let highlights = highlights(doc);
    let mut out = String::with_capacity(text.len() * 3 + 8192);
    let title = doc.source.path.as_deref().unwrap_or("<stdin>");
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>claims: {}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
        escape(title)
    );
    header(&mut out, doc, title);
    out.push_str("<main>\n<article id=\"text\">\n");
    article(&mut out, doc, text, &highlights, &items);
    out.push_str("</article>\n<aside id=\"panel\">\n<section id=\"detail\"><p class=\"hint\">Click a highlight or a list item to see its source, cue, form and rule.</p></section>\n");
    side_lists(&mut out, doc);
    out.push_str("</aside>\n</main>\n");
    let data = serde_json::to_string(&items).unwrap_or_else(|_| "{}".to_string());
    let _ = write!(
        out,
        "<script type=\"application/json\" id=\"claims-data\">{}</script>\n<script>\n{JS}</script>\n</body>\n</html>\n",
        script_safe(&data)
    );
    out
}

fn header(out: &mut String, doc: &Document, title: &str) {
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p class=\"counts\">{} sentences · {} actors · {} attributions · {} proposals</p>\n\
         <p class=\"legend\"><span class=\"hl mention\">mention</span> <span class=\"hl source\">source</span> \
         <span class=\"hl cue\">cue</span> <span class=\"hl content\">content</span> \
         <span class=\"hl proposal\">proposal</span></p>\n",
        escape(title),
        doc.sentences.len(),
        doc.actors.len(),
        doc.attributions.len(),
        doc.proposals.len()
    );
    for w in &doc.warnings {
        let _ = writeln!(out, "<p class=\"warning\">{}</p>", escape(w));
    }
    out.push_str("</header>\n");
}

/// Every item the page can show, keyed by the ids used in `data-items`: `a0` for an
/// actor, `a0.1` for its mentions, the document's own `t1` and `p1`.
fn items(doc: &Document) -> BTreeMap<String, Item> {
    let mut items = BTreeMap::new();
    for (i, a) in doc.actors.iter().enumerate() {
        actor_items(doc, i, a, &mut items);
    }
    for t in &doc.attributions {
        items.insert(t.id.clone(), attribution_item(doc, t));
    }
    for p in &doc.proposals {
        items.insert(p.id.clone(), proposal_item(doc, p));
    }
    items
}

fn item(kind: &'static str, title: String, rows: Vec<(&'static str, String)>) -> Item {
    Item { kind, title, rows }
}

fn actor_items(doc: &Document, i: usize, a: &ActorOut, items: &mut BTreeMap<String, Item>) {
    let mut rows = vec![("kind", label(&a.kind)), ("id", a.id.clone())];
    if let Some(role) = &a.role {
        rows.push(("role", role.clone()));
    }
    if let Some(aff) = &a.affiliation {
        let name = actor_name(doc, aff).unwrap_or(aff);
        rows.push(("affiliation", name.to_string()));
    }
    rows.push(("mentions", a.mentions.len().to_string()));
    for (k, m) in a.mentions.iter().enumerate() {
        let mut mrows = rows.clone();
        mrows.push(("as written", m.text.clone()));
        mrows.push(("rule", m.rule.clone()));
        items.insert(format!("a{i}.{k}"), item("mention", a.name.clone(), mrows));
    }
    items.insert(format!("a{i}"), item("actor", a.name.clone(), rows));
}

fn attribution_item(doc: &Document, t: &AttributionOut) -> Item {
    let who = source_name(doc, t);
    let mut rows = vec![
        ("source", who.to_string()),
        ("cue", t.cue.clone()),
        ("form", label(&t.form)),
        ("hedged", yes_no(t.hedged)),
        ("polarity", label(&t.polarity)),
    ];
    if let Some(stance) = &t.stance {
        rows.push(("stance", label(stance)));
    }
    if let Some(parent) = &t.parent {
        rows.push(("inside", parent.clone()));
    }
    rows.push(("rule", t.rule.clone()));
    rows.push(("content", t.content.clone()));
    let title = format!("{} {}", t.id, claim_line(who, &t.cue, &t.content));
    item("attribution", title, rows)
}

fn proposal_item(doc: &Document, p: &ProposalOut) -> Item {
    let who = proposer_name(doc, p);
    let rows = vec![
        ("proposer", who.to_string()),
        ("cue", p.cue.clone()),
        ("hedged", yes_no(p.hedged)),
        ("rule", p.rule.clone()),
        ("content", p.content.clone()),
    ];
    let title = format!("{} {}", p.id, claim_line(who, &p.cue, &p.content));
    item("proposal", title, rows)
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

fn claim_line(who: &str, cue: &str, content: &str) -> String {
    format!("{who} —{cue}→ “{}”", truncate(content, 90))
}

fn highlights(doc: &Document) -> Vec<Highlight> {
    let mut out = Vec::new();
    let mut add = |start, end, mark, item: &str| {
        out.push(Highlight {
            start,
            end,
            mark,
            item: item.to_string(),
        });
    };
    for (i, a) in doc.actors.iter().enumerate() {
        for (k, m) in a.mentions.iter().enumerate() {
            add(m.start, m.end, Mark::Mention, &format!("a{i}.{k}"));
        }
    }
    for t in &doc.attributions {
        if let Some(s) = t.source_span {
            add(s.start, s.end, Mark::Source, &t.id);
        }
        add(t.cue_span.start, t.cue_span.end, Mark::Cue, &t.id);
        add(t.start, t.end, Mark::Content, &t.id);
    }
    for p in &doc.proposals {
        if let Some(s) = p.proposer_span {
            add(s.start, s.end, Mark::Source, &p.id);
        }
        add(p.cue_span.start, p.cue_span.end, Mark::Cue, &p.id);
        add(p.start, p.end, Mark::Proposal, &p.id);
    }
    out.retain(|h| h.start < h.end);
    out
}

/// Writes the paragraphs, cutting the text at every highlight boundary.
fn article(
    out: &mut String,
    doc: &Document,
    text: &str,
    hls: &[Highlight],
    items: &BTreeMap<String, Item>,
) {
    let bytes = char_to_byte(text);
    let chars = bytes.len() - 1;
    let hls: Vec<&Highlight> = hls.iter().filter(|h| h.end <= chars).collect();
    for para in &doc.paragraphs {
        if para.end > chars || para.start > para.end {
            continue;
        }
        let local: Vec<&Highlight> = hls
            .iter()
            .copied()
            .filter(|h| h.start < para.end && para.start < h.end)
            .collect();
        let mut cuts: Vec<usize> = vec![para.start, para.end];
        for h in &local {
            cuts.extend([h.start.max(para.start), h.end.min(para.end)]);
        }
        cuts.sort_unstable();
        cuts.dedup();
        let _ = write!(out, "<p data-paragraph=\"{}\">", para.index);
        for w in cuts.windows(2) {
            let over: Vec<&Highlight> = local
                .iter()
                .copied()
                .filter(|h| h.start <= w[0] && w[1] <= h.end)
                .collect();
            piece(out, &text[bytes[w[0]]..bytes[w[1]]], &over, items);
        }
        out.push_str("</p>\n");
    }
}

fn piece(out: &mut String, text: &str, over: &[&Highlight], items: &BTreeMap<String, Item>) {
    if over.is_empty() {
        out.push_str(&escape(text));
        return;
    }
    let mut marks: Vec<Mark> = over.iter().map(|h| h.mark).collect();
    marks.sort_unstable();
    marks.dedup();
    let classes: Vec<&str> = marks.iter().map(|m| m.class()).collect();
    let ids: Vec<&str> = over.iter().map(|h| h.item.as_str()).collect();
    let titles: Vec<&str> = ids
        .iter()
        .filter_map(|id| items.get(*id))
        .map(|i| i.title.as_str())
        .collect();
    let _ = write!(
        out,
        "<span class=\"hl {}\" data-items=\"{}\" title=\"{}\">{}</span>",
        classes.join(" "),
        escape(&ids.join(" ")),
        escape(&titles.join("\n")),
        escape(text)
    );
}

fn side_lists(out: &mut String, doc: &Document) {
    out.push_str("<section id=\"actors\"><h2>Actors</h2>\n<ul>\n");
    for (i, a) in doc.actors.iter().enumerate() {
        let role = a
            .role
            .as_deref()
            .map(|r| format!(", {}", escape(r)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<li data-item=\"a{i}\"><b>{}</b> <small>{}{role} · {} ×</small></li>",
            escape(&a.name),
            label(&a.kind),
            a.mentions.len()
        );
    }
    none_if(out, doc.actors.is_empty());
    out.push_str("</ul></section>\n<section id=\"said\"><h2>Who said what</h2>\n<ul>\n");
    for t in &doc.attributions {
        claim_item(out, &t.id, source_name(doc, t), &t.cue, &t.content);
    }
    none_if(out, doc.attributions.is_empty());
    out.push_str("</ul></section>\n<section id=\"proposed\"><h2>Proposals</h2>\n<ul>\n");
    for p in &doc.proposals {
        claim_item(out, &p.id, proposer_name(doc, p), &p.cue, &p.content);
    }
    none_if(out, doc.proposals.is_empty());
    out.push_str("</ul></section>\n");
}

fn none_if(out: &mut String, empty: bool) {
    if empty {
        out.push_str("<li class=\"none\">none</li>\n");
    }
}

fn claim_item(out: &mut String, id: &str, who: &str, cue: &str, content: &str) {
    let _ = writeln!(
        out,
        "<li data-item=\"{}\"><b>{}</b> <span class=\"arrow\">—{}→</span> “{}”</li>",
        escape(id),
        escape(who),
        escape(cue),
        escape(&truncate(content, 140))
    );
}

/// Byte offset of every character offset, one past the end included.
fn char_to_byte(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect()
}

/// Escapes text for HTML content and double- or single-quoted attributes.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// JSON that is safe inside `<script>`: `<`, `>` and `&` only occur in JSON strings,
/// where their `\u` escapes mean the same.
fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests;
