//! The tokenizer against its char-by-char oracle, and its byte tables.

use super::*;
use proptest::prelude::*;

/// The first, char-by-char tokenizer: the oracle the byte-level one must match.
fn reference(text: &str, span: Span) -> Vec<Token> {
    let s = span.text(text);
    // News text averages about five bytes a token.
    let mut out = Vec::with_capacity(s.len() / 5 + 4);
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            loop {
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
                // An abbreviation's final period ("U.S.", "Ph.D.") belongs to the word when
                // the word already holds a period between short pieces or is a single
                // letter.
                let word = &s[i..end];
                let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 3);
                if s[end..].starts_with('.')
                    && (dotted || word.chars().count() == 1)
                    && word.chars().all(|x| x.is_alphabetic() || x == '.')
                {
                    end += 1;
                    iter.next();
                    // "U.S.-brokered": a hyphen and a lower-case letter go on with the word.
                    let mut rest = s[end..].chars();
                    if rest.next() == Some('-')
                        && rest.next().is_some_and(|x| x.is_ascii_lowercase())
                    {
                        end += 1;
                        iter.next();
                        all_digits = false;
                        continue;
                    }
                }
                break;
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

proptest! {
    #[test]
    fn matches_the_reference(s in "([a-zA-Z0-9 .,'’&\\-‐\"“”«»()é€ß\n]|U\\.S\\.|Inc\\.){0,40}") {
        prop_assert_eq!(tokenize(&s, Span::new(0, s.len())), reference(&s, Span::new(0, s.len())));
    }

    #[test]
    fn matches_the_reference_on_any_text(s in "\\PC{0,60}") {
        prop_assert_eq!(tokenize(&s, Span::new(0, s.len())), reference(&s, Span::new(0, s.len())));
    }

    #[test]
    fn matches_the_reference_inside_a_text(
        s in "([a-zA-Z0-9 .,'’&\\-\"“”é]|U\\.S\\.){0,30}",
        a in 0usize..80,
        b in 0usize..80,
    ) {
        let (mut start, mut end) = (a.min(b).min(s.len()), a.max(b).min(s.len()));
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        let span = Span::new(start, end.max(start));
        prop_assert_eq!(tokenize(&s, span), reference(&s, span));
    }
}

#[test]
fn a_span_off_the_text_gives_no_tokens() {
    let s = "Zoë said";
    for span in [Span::new(3, 5), Span::new(0, 40), Span::new(5, 2)] {
        assert!(tokenize(s, span).is_empty(), "{span:?}");
    }
}

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
    // A web address's last period ends the sentence; an abbreviation keeps its own.
    assert_eq!(
        toks("See Rentwise.ie. A Ph.D. student."),
        ["See", "Rentwise.ie", ".", "A", "Ph.D.", "student", "."]
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

#[test]
fn ascii_classes_agree_with_char_classes() {
    for b in 0u8..128 {
        let c = char::from(b);
        let want = if c.is_whitespace() {
            SPACE
        } else if c.is_ascii_digit() {
            DIGIT
        } else if is_word_char(c) {
            LETTER
        } else if matches!(c, '\'' | '-' | '.' | ',' | '&') {
            JOINER
        } else if is_quote_char(c) {
            QUOTE
        } else {
            PUNCT
        };
        assert_eq!(ASCII[usize::from(b)], want, "{b}");
    }
    assert!(ASCII[128..].iter().all(|&k| k == OTHER));
    for c in '\u{2000}'..='\u{206f}' {
        assert!(!c.is_alphanumeric(), "{c:?}");
    }
}

#[test]
fn letter_runs() {
    let text = "abcXYZdefghijklmn@[`{ z\u{e9}Ab1 Q";
    let b = text.as_bytes();
    for at in 0..=b.len() {
        let want = at
            + b[at..]
                .iter()
                .take_while(|x| x.is_ascii_alphabetic())
                .count();
        assert_eq!(letter_run(b, at), want, "{at}");
    }
    for c in 0u8..=255 {
        let mut b = [b'a'; 9];
        b[3] = c;
        let want = if c.is_ascii_alphabetic() { 9 } else { 3 };
        assert_eq!(letter_run(&b, 0), want, "{c}");
    }
}

#[test]
fn possessives() {
    assert_eq!(strip_possessive("Ford's"), "Ford");
    assert_eq!(strip_possessive("'s"), "'s");
}

#[test]
fn an_abbreviation_joined_by_a_hyphen() {
    assert_eq!(
        toks("U.S.-brokered talks, U.S.-India trade."),
        [
            "U.S.-brokered",
            "talks",
            ",",
            "U.S.",
            "-",
            "India",
            "trade",
            "."
        ]
    );
}
