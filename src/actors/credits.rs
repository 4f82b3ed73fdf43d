//! Credit lines and author bios: tagged tokens in, the indices of sentences that are
//! not reporting out. "Reporting by …; Editing by …" lines, and a closing paragraph
//! that introduces the writer ("Dana Lowe joined the paper in 2019 …", "… has been
//! writing about cars for ten years"). The claims stage must not take sources there;
//! the actors stage takes no actors there.

use super::doc::Doc;
use crate::tokens::{Kind, Tags};

const CREDIT_LEADS: [&str; 6] = [
    "reporting",
    "editing",
    "writing",
    "compiled",
    "produced",
    "additional",
];
const BIO_WORDS: [&str; 14] = [
    "writing",
    "writes",
    "wrote",
    "journalist",
    "reporter",
    "correspondent",
    "columnist",
    "migrated",
    "joined",
    "grew",
    "covers",
    "covered",
    "editor",
    "writer",
];

/// Sentences that are credit lines or author bios, ascending.
pub fn find(doc: &Doc) -> Vec<usize> {
    let mut out: Vec<usize> = (0..doc.sents.len())
        .filter(|&s| credit_line(doc, s))
        .collect();
    if let Some(&last_para) = doc.paras.last() {
        let sents: Vec<usize> = (0..doc.sents.len())
            .filter(|&s| doc.paras[s] == last_para)
            .collect();
        if sents.first().is_some_and(|&s| s > 0 && bio(doc, s)) {
            out.extend(sents);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// "Reporting by X; Editing by Y", "(Additional reporting by Z)".
fn credit_line(doc: &Doc, s: usize) -> bool {
    let (a, e) = doc.sents[s];
    let toks = &doc.toks[a..e];
    // The first word found by a plain scan: most sentences fail on it.
    let Some(p) = toks.iter().position(|t| t.kind == Kind::Word) else {
        return false;
    };
    CREDIT_LEADS.contains(&toks[p].low())
        && toks[p + 1..]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .take(2)
            .any(|t| t.lower == "by")
}

/// A closing paragraph that opens with a person's name and speaks of their writing.
/// Not one that reports what was written: "X wrote on social media that …", a quote.
fn bio(doc: &Doc, s: usize) -> bool {
    let (a, e) = doc.sents[s];
    let named = (a..(a + 2).min(e)).all(|k| doc.is(k, Tags::CAP) && !doc.is(k, Tags::FUNCTION));
    let writes = |k: usize| matches!(doc.toks[k].low(), "wrote" | "writes" | "writing");
    // ("Norma Castillo, a retired nurse who joined the march, said …": a speaker.)
    let reports = (a..e).any(|k| {
        doc.toks[k].kind == Kind::Quote
            || (doc.toks[k].low() == "that" && (k.saturating_sub(5).max(a)..k).any(writes))
            || matches!(doc.toks[k].low(), "said" | "says" | "told" | "tells")
    });
    named && !reports && (a..e).any(|k| BIO_WORDS.contains(&doc.toks[k].low()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::tokens::{tokenize, Token};

    fn credits(paras: &[&str]) -> Vec<usize> {
        let text = paras.join("\n\n");
        let mut spans = Vec::new();
        let mut at = 0;
        for p in paras {
            spans.push(Span::new(at, at + p.len()));
            at += p.len() + 2;
        }
        let sentences = crate::sentences::split(&text, &spans);
        let tokens: Vec<Vec<Token>> = sentences.iter().map(|s| tokenize(&text, s.span)).collect();
        let mut lowered = crate::lexed::Lowered::default();
        find(&Doc::new(&crate::lexed::Lexed::new(
            &text,
            &sentences,
            &tokens,
            &mut lowered,
        )))
    }

    #[test]
    fn credit_lines_and_bios() {
        assert_eq!(
            credits(&["Rates rose.", "Reporting by Ann Lee; Editing by Bo Chan"]),
            [1]
        );
        assert_eq!(
            credits(&[
                "Rates rose.",
                "Tom Vale joined the desk in 2019. He covers energy."
            ]),
            [1, 2]
        );
        assert_eq!(
            credits(&["Rates rose.", "Tom Vale said rates would rise."]),
            Vec::<usize>::new()
        );
        // A closing paragraph that reports what someone wrote is no bio.
        assert_eq!(
            credits(&[
                "Rates rose.",
                "State Sen. Ann Lee wrote on social media that the poll showed a shift."
            ]),
            Vec::<usize>::new()
        );
        assert_eq!(
            credits(&["Rates rose.", "Tom Vale writes about cars for the paper."]),
            [1]
        );
        // A closing paragraph whose speaker joined or covered something is no bio.
        assert_eq!(
            credits(&[
                "Rates rose.",
                "Ana Ruiz, a nurse who joined the march, said pensions were low."
            ]),
            Vec::<usize>::new()
        );
    }
}
