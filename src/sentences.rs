//! Sentence splitter for news: paragraph spans in, sentence spans out.
//!
//! A sentence never crosses a paragraph boundary. (Placeholder splitter: breaks after
//! `.`, `!` or `?` followed by white space; the news-aware rules replace it.)

use crate::span::Span;

/// One sentence: its span and the paragraph it lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Byte span, trimmed of surrounding white space.
    pub span: Span,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
}

/// Splits every paragraph into sentences.
pub fn split(text: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (index, &para) in paragraphs.iter().enumerate() {
        for span in split_paragraph(text, para) {
            out.push(Sentence {
                span,
                paragraph: index,
            });
        }
    }
    out
}

fn split_paragraph(text: &str, para: Span) -> Vec<Span> {
    let s = para.text(text);
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        if c.is_whitespace() && matches!(prev, '.' | '!' | '?') {
            out.push(Span::new(para.start + start, para.start + i));
            start = i;
        }
        prev = c;
    }
    out.push(Span::new(para.start + start, para.end));
    out.into_iter()
        .map(|sp| sp.trim(text))
        .filter(|sp| !sp.is_empty())
        .collect()
}
