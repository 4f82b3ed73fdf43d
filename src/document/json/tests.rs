//! The JSON writer's pieces against what `Display` and plain keys give.

use super::*;

#[test]
fn numbers_print_as_display_does() {
    let mut cases: Vec<usize> = vec![0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65_536];
    cases.extend([1_000_000, 9_999_999_999, usize::MAX, usize::MAX - 1]);
    cases.extend((0..64).map(|k| 1usize << k));
    for n in cases {
        let mut w = writer();
        w.num(n);
        assert_eq!(String::from_utf8(w.out).unwrap(), n.to_string());
    }
}

fn writer() -> Writer<false> {
    Writer {
        out: Vec::new(),
        depth: 0,
        empty: true,
        scratch: Scratch::new(),
    }
}

#[test]
fn compact_spans_print_as_keys_and_numbers_do() {
    // An ASCII text's character offsets are its byte offsets, whatever their size.
    let chars = Chars::new("");
    let ends = [0, 7, 99, 100, 12_345, 99_999_999, usize::MAX];
    for (start, end) in ends.iter().flat_map(|&s| ends.map(|e| (s, e))) {
        let span = Span::new(start, end);
        let mut w = writer();
        w.open(b'{');
        w.span_fields(&chars, span);
        w.span_fields(&chars, span);
        w.key(key!("at"));
        w.opt_span(&chars, Some(span));
        w.close(b'}');
        let fields = format!("\"start\":{start},\"end\":{end}");
        let want = format!("{{{fields},{fields},\"at\":{{{fields}}}}}");
        assert_eq!(String::from_utf8(w.out).unwrap(), want);
    }
}

#[test]
fn compact_objects_print_as_keys_and_numbers_do() {
    let mut pretty_like = writer();
    let mut fast = writer();
    let ns = [0, 5, 123_456, usize::MAX];
    pretty_like.open(b'[');
    fast.open(b'[');
    for (a, b) in ns.iter().flat_map(|&a| ns.map(|b| (a, b))) {
        let numbers = [(key!("index"), a), (key!("paragraph"), b), (key!("end"), a)];
        fast.object(&numbers, Then::Close);
        fast.object(&numbers, Then::Key(key!("text")));
        fast.plain("x");
        fast.close(b'}');
        for then in [None, Some(key!("text"))] {
            pretty_like.item();
            pretty_like.open(b'{');
            for (key, n) in numbers {
                pretty_like.key(key);
                pretty_like.num(n);
            }
            if let Some(key) = then {
                pretty_like.key(key);
                pretty_like.plain("x");
            }
            pretty_like.close(b'}');
        }
    }
    fast.close(b']');
    pretty_like.close(b']');
    assert_eq!(fast.depth, 0);
    assert_eq!(
        String::from_utf8(fast.out).unwrap(),
        String::from_utf8(pretty_like.out).unwrap()
    );
}

#[test]
fn compact_heads_print_as_keys_and_numbers_do() {
    for (index, sentence) in [(0, 0), (8, 12), (99, 100_000), (usize::MAX - 1, usize::MAX)] {
        let mut fast = writer();
        fast.head(b't', index, sentence);
        fast.close(b'}');
        let mut slow = writer();
        slow.open(b'{');
        slow.key(key!("id"));
        slow.ordinal(b't', index);
        slow.key(key!("sentence"));
        slow.num(sentence);
        slow.close(b'}');
        assert_eq!(fast.depth, 0);
        assert_eq!(fast.out, slow.out);
    }
}
