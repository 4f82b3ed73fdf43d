//! Tokens: one sentence span in, tokens with byte spans and shape out.
//!
//! Words keep internal apostrophes, hyphens and abbreviation periods ("U.S.", "don't",
//! "majority-controlled"); numbers keep decimal points and thousands separators; every
//! other non-space character is a punctuation token, quote marks included. Lexicon
//! classes are looked up from a token's lower-cased text by the stages that need them.

use crate::span::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (possibly with digits, apostrophes, hyphens or abbreviation periods).
    Word,
    /// Digits, possibly with `.` or `,` inside.
    Number,
    /// A quotation mark: `"`, `“`, `”`, `‘`, `’` (as a quote, not an apostrophe), `«`, `»`.
    Quote,
    /// Any other single character.
    Punct,
}

/// One token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte span into the text.
    pub span: Span,
    /// Its shape.
    pub kind: Kind,
}

impl Token {
    /// The token's text.
    pub fn text(self, text: &str) -> &str {
        self.span.text(text)
    }

    /// Whether the token starts with an upper-case letter.
    pub fn is_capitalized(self, text: &str) -> bool {
        self.text(text)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    }
}

/// Whether `c` is a quotation mark character.
pub fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‟' | '‹' | '›'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Tokenises the text of `span`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = span.text(text);
    let mut out = Vec::new();
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            while let Some(&(j, d)) = iter.peek() {
                if is_word_char(d) {
                    all_digits &= d.is_ascii_digit() || d == '.' || d == ',';
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
                // Joiners inside a word: apostrophes, hyphens, periods and commas
                // followed by another word character.
                let joiner = matches!(d, '\'' | '’' | '-' | '‐' | '.' | ',' | '&');
                let next_is_word = s[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(is_word_char);
                let ok = joiner
                    && next_is_word
                    && match d {
                        ',' => all_digits,
                        '.' => true,
                        '&' => s[i..j].chars().all(|x| x.is_uppercase()),
                        _ => true,
                    };
                if ok {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            // An abbreviation's final period ("U.S.", "Inc.") belongs to the word when
            // the word already holds a period or is a single letter.
            let word = &s[i..end];
            if s[end..].starts_with('.')
                && (word.contains('.') || word.chars().count() == 1)
                && word.chars().all(|x| x.is_alphabetic() || x == '.')
            {
                end += 1;
                iter.next();
            }
            let kind = if all_digits { Kind::Number } else { Kind::Word };
            out.push(Token {
                span: Span::new(span.start + i, span.start + end),
                kind,
            });
        } else {
            let kind = if is_quote_char(c) {
                Kind::Quote
            } else {
                Kind::Punct
            };
            out.push(Token {
                span: Span::new(span.start + i, span.start + i + c.len_utf8()),
                kind,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s, Span::new(0, s.len()))
            .into_iter()
            .map(|t| t.text(s))
            .collect()
    }

    #[test]
    fn words_numbers_punct() {
        assert_eq!(
            toks("The U.S. automaker's $3.5 billion plan."),
            [
                "The",
                "U.S.",
                "automaker's",
                "$",
                "3.5",
                "billion",
                "plan",
                "."
            ]
        );
        assert_eq!(
            toks("“We will,” she said."),
            ["“", "We", "will", ",", "”", "she", "said", "."]
        );
        assert_eq!(
            toks("majority-controlled 1,200 AT&T"),
            ["majority-controlled", "1,200", "AT&T"]
        );
    }
}
