//! The direct JSON writer (`claims::extract_json`, used by `claims extract --format
//! json`) must print byte for byte what `serde_json` prints for the document model
//! (`claims::extract_text`), pretty and compact, on the fixtures and on generated text.

use claims::document::json::Meta;
use claims::reader::Text;
use claims::Config;
use proptest::prelude::*;

/// Both ways of printing `text`, with an id and a path that need escaping.
fn both(text: &Text, bytes: usize, compact: bool, id: Option<&str>) -> (String, String) {
    let path = "dir/\"odd\"\\name\t.txt";
    let mut doc = claims::extract_text(text, bytes, &Config::default());
    doc.source.path = Some(path.to_string());
    doc.id = id.map(str::to_string);
    let expected = if compact {
        serde_json::to_string(&doc).unwrap()
    } else {
        serde_json::to_string_pretty(&doc).unwrap()
    };
    let meta = Meta {
        id,
        path: Some(path),
        bytes,
    };
    let mut out = Vec::new();
    claims::extract_json(text, &meta, &Config::default(), compact, &mut out);
    (String::from_utf8(out).unwrap(), expected)
}

fn assert_same(text: &Text, bytes: usize, what: &str) {
    for compact in [false, true] {
        for id in [None, Some("r\u{1}7")] {
            let (got, expected) = both(text, bytes, compact, id);
            assert!(
                got == expected,
                "{what} (compact {compact}, id {id:?}) differs"
            );
        }
    }
}

#[test]
fn fixtures_print_the_same_both_ways() {
    let mut seen = 0;
    for entry in std::fs::read_dir("fixtures").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let bytes = std::fs::read(&path).unwrap();
            let text = Text::decode(&bytes, false).unwrap();
            assert_same(&text, bytes.len(), &path.display().to_string());
            seen += 1;
        }
    }
    assert!(seen >= 20, "only {seen} fixtures");
}

#[test]
fn warnings_empty_text_and_escapes_print_the_same_both_ways() {
    let cases: [&[u8]; 5] = [
        b"",
        b"Ford said \xff it would \"build\" cars.\n\nSales rose.",
        "The minister said: \u{201c}We will act.\u{201d} Z\u{fc}rich agreed.".as_bytes(),
        b"Control \x01 and \x1f chars,\ttabs and back\\slashes, said Ms Lee.",
        b"\r\n\r\n",
    ];
    for bytes in cases {
        let text = Text::decode(bytes, true).unwrap();
        assert_same(&text, bytes.len(), &format!("{bytes:?}"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn generated_text_prints_the_same_both_ways(
        s in "([A-Z][a-z]{1,8}|said|\"|\u{201c}|\u{201d}|'s|, |\\. |\n\n|\t|\u{1}|é|北京| ){0,60}"
    ) {
        let text = Text::from_str(&s);
        for compact in [false, true] {
            let (got, expected) = both(&text, s.len(), compact, Some("id"));
            prop_assert_eq!(got, expected);
        }
    }
}
