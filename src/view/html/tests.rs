//! The page's markup for the hand-built sample: highlights, escaping, side lists.

use super::*;
use crate::view::sample;

fn page() -> String {
    render(&sample::document(), sample::TEXT)
}

/// The `<article>` part of the page.
fn article_of(page: &str) -> &str {
    let start = page.find("<article").unwrap_or(0);
    let end = page.find("</article>").unwrap_or(page.len());
    &page[start..end]
}

#[test]
fn every_kind_of_highlight_is_there() {
    let page = page();
    let text = article_of(&page);
    let cases = [
        // (piece as written in the page, what must be on it)
        (
            "Harbor Council</span> member",
            "class=\"hl mention\" data-items=\"a0.0\"",
        ),
        (
            "Maria Lopez</span>",
            "class=\"hl mention source\" data-items=\"a1.0 t1\"",
        ),
        ("said</span>", "class=\"hl cue\" data-items=\"t1\""),
        (
            "the ferry fares would rise in May</span>",
            "class=\"hl content\" data-items=\"t1\"",
        ),
        ("they</span>", "class=\"hl source\" data-items=\"t2\""),
        ("reportedly</span>", "class=\"hl cue\" data-items=\"t3\""),
        (
            "cutting night services</span>",
            "class=\"hl proposal\" data-items=\"p1\"",
        ),
        (
            "Harbor Council</span> <span class=\"hl cue\" data-items=\"p1\"",
            "class=\"hl mention source\" data-items=\"a0.1 p1\"",
        ),
    ];
    for (piece, attrs) in cases {
        let at = text
            .find(piece)
            .unwrap_or_else(|| panic!("{piece:?} not in {text}"));
        let open = text[..at].rfind("<span").unwrap_or(0);
        assert!(
            text[open..at].contains(attrs),
            "{piece:?}: {}",
            &text[open..at]
        );
    }
}

#[test]
fn article_text_is_escaped() {
    let page = page();
    assert!(
        !page.contains("<b>final</b>"),
        "raw markup from the article leaked"
    );
    assert!(article_of(&page).contains("&lt;b&gt;final&lt;/b&gt; &amp; fixed"));
    let data = &page[page.find("id=\"claims-data\"").unwrap_or(0)..];
    let data = &data[..data.find("</script>").unwrap_or(0)];
    assert!(data.contains("\\u003cb\\u003efinal"), "{data}");
}

#[test]
fn a_script_in_the_article_stays_text() {
    let text = "Mayor Ann Reed said </script><script>alert(1)</script> \"x\" 'y'.";
    let mut doc = sample::document();
    doc.paragraphs.truncate(1);
    doc.paragraphs[0].end = text.chars().count();
    doc.actors.clear();
    doc.proposals.clear();
    doc.attributions.truncate(1);
    let t = &mut doc.attributions[0];
    t.source = None;
    t.source_text = Some("</script><script>alert(2)</script>".into());
    t.source_span = None;
    t.cue_span = crate::document::CharSpan { start: 15, end: 19 };
    t.content = "</script><script>alert(3)</script>".into();
    (t.start, t.end) = (20, 54);
    let page = render(&doc, text);
    assert_eq!(page.matches("<script").count(), 2, "{page}");
    assert_eq!(page.matches("</script>").count(), 2, "{page}");
    assert!(page.contains("&lt;/script&gt;&lt;script&gt;alert(1)"));
    assert!(page.contains("&quot;x&quot; &#39;y&#39;"));
}

#[test]
fn paragraphs_keep_all_their_text() {
    let page = page();
    let text = article_of(&page);
    let mut plain = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let plain = plain
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    let want: String = sample::TEXT.split("\n\n").collect::<Vec<_>>().join("\n");
    assert_eq!(plain.trim(), want);
}

#[test]
fn out_of_range_items_do_not_panic() {
    let mut doc = sample::document();
    doc.attributions[0].start = 5000;
    doc.attributions[0].end = 6000;
    doc.actors[0].mentions[0].end = 3;
    doc.actors[0].mentions[0].start = 9;
    doc.paragraphs.push(crate::document::Paragraph {
        index: 3,
        start: 9000,
        end: 9001,
    });
    let page = render(&doc, sample::TEXT);
    assert!(page.contains("<li data-item=\"t1\">"));
    assert!(!article_of(&page).contains("data-items=\"t1\">the ferry"));
    let text = render(&doc, "");
    assert!(text.contains("</html>"));
}

#[test]
fn self_contained() {
    let page = page();
    for needle in ["http://", "https://", "src=", "<link", "@import", "url("] {
        assert!(
            !page.contains(needle),
            "page refers outside itself: {needle}"
        );
    }
}

#[test]
fn side_panel_lists_actors_and_claims() {
    let page = page();
    let cases = [
        "<li data-item=\"a1\"><b>Maria Lopez</b> <small>person, member · 1 ×</small></li>",
        "<li data-item=\"t2\"><b>they</b> <span class=\"arrow\">—added→</span> “We have no choice,”</li>",
        "<li data-item=\"t3\"><b>(unnamed)</b> <span class=\"arrow\">—reportedly→</span> “&lt;b&gt;final&lt;/b&gt; &amp; fixed”</li>",
        "<li data-item=\"p1\"><b>Harbor Council</b> <span class=\"arrow\">—proposed→</span> “cutting night services”</li>",
    ];
    for want in cases {
        assert!(page.contains(want), "missing {want}");
    }
}

mod props {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any text and any offsets: no panic, balanced spans, the text's markup escaped.
        #[test]
        fn any_offsets_render(text in "[a-z <>&\"'é\n“]{0,60}", cuts in prop::collection::vec((0usize..80, 0usize..80), 0..12)) {
            let mut doc = sample::document();
            let n = text.chars().count();
            doc.paragraphs = vec![crate::document::Paragraph { index: 0, start: 0, end: n }];
            for (k, (s, e)) in cuts.into_iter().enumerate() {
                match k % 3 {
                    0 => if let Some(m) = doc.actors[0].mentions.get_mut(k % 2) { (m.start, m.end) = (s, e) },
                    1 => if let Some(t) = doc.attributions.get_mut(k % 3) { (t.start, t.end) = (s, e) },
                    _ => doc.proposals[0].cue_span = crate::document::CharSpan { start: s, end: e },
                }
            }
            let page = render(&doc, &text);
            let article = article_of(&page);
            prop_assert_eq!(article.matches("<span").count(), article.matches("</span>").count());
            prop_assert_eq!(article.matches('<').count(), article.matches("<span").count() + article.matches("</span>").count() + article.matches("<p ").count() + article.matches("</p>").count() + 1);
            let _ = crate::view::text::render(&doc, true);
        }
    }
}
