//! Text comparison for scoring: word tokens, token-overlap F1 and name normalisation.
//!
//! Strings in, tokens, ratios and normalised keys out. Nothing here knows about gold
//! files or documents.

/// Lower-cased word tokens: maximal runs of letters and digits, in order.
pub fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How many tokens the two bags share (each token counted as often as both hold it).
pub fn common(a: &[String], b: &[String]) -> usize {
    let mut b: Vec<&String> = b.iter().collect();
    b.sort_unstable();
    let mut used = vec![false; b.len()];
    let mut n = 0;
    for t in a {
        let start = b.partition_point(|x| *x < t);
        let free = (start..b.len())
            .take_while(|&i| b[i] == t)
            .find(|&i| !used[i]);
        if let Some(i) = free {
            used[i] = true;
            n += 1;
        }
    }
    n
}

/// Token-overlap F1 of two token bags; 0 when either is empty.
pub fn f1(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * common(a, b) as f64 / (a.len() + b.len()) as f64
}

/// The share of `part`'s tokens that `whole` holds; 0 when `part` is empty.
pub fn covered(part: &[String], whole: &[String]) -> f64 {
    if part.is_empty() {
        return 0.0;
    }
    common(part, whole) as f64 / part.len() as f64
}

/// A name as compared with gold names: lower case, spaces collapsed, typographic
/// apostrophes made straight, a leading "the" and a trailing "'s" dropped.
pub fn name_key(name: &str) -> String {
    let lower = name.to_lowercase().replace('’', "'");
    let mut key = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(rest) = key.strip_prefix("the ") {
        key = rest.to_string();
    }
    if let Some(rest) = key.strip_suffix("'s") {
        key = rest.trim_end().to_string();
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_lowercase_letter_and_digit_runs() {
        let cases: &[(&str, &[&str])] = &[
            ("We'll cut 2.5% now", &["we", "ll", "cut", "2", "5", "now"]),
            ("“Façade”—ÉTÉ", &["façade", "été"]),
            ("  ,.; ", &[]),
        ];
        for (input, expected) in cases {
            assert_eq!(tokens(input), *expected, "{input}");
        }
    }

    #[test]
    fn f1_counts_repeated_tokens_once_per_occurrence() {
        let cases = [
            ("a b c d", "a b c d", 1.0),
            ("a b", "a b c d", 2.0 * 2.0 / 6.0),
            ("a a a", "a", 2.0 * 1.0 / 4.0),
            ("x y", "a b", 0.0),
            ("", "a", 0.0),
        ];
        for (a, b, expected) in cases {
            let got = f1(&tokens(a), &tokens(b));
            assert!((got - expected).abs() < 1e-9, "{a} / {b}: {got}");
        }
    }

    #[test]
    fn covered_is_the_share_of_the_part_inside_the_whole() {
        assert_eq!(
            covered(&tokens("move fast"), &tokens("we will move fast")),
            1.0
        );
        assert_eq!(
            covered(&tokens("move slow"), &tokens("we will move fast")),
            0.5
        );
        assert_eq!(covered(&tokens(""), &tokens("we")), 0.0);
    }

    #[test]
    fn name_key_drops_the_and_possessive() {
        let cases = [
            ("The Ministry", "ministry"),
            ("the  Acme   Corp's", "acme corp"),
            ("Acme Corp’s", "acme corp"),
            ("O’Neil’s Bar", "o'neil's bar"),
            ("Theodore Bell", "theodore bell"),
            ("Chris", "chris"),
            ("  Mayor Ruiz ", "mayor ruiz"),
        ];
        for (input, expected) in cases {
            assert_eq!(name_key(input), expected, "{input}");
        }
    }
}
