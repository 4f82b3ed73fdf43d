//! Times the stages on a file: `cargo run --release --example actors_speed FILE [split|actors]`.
//! With a mode it repeats only that stage ten times (for `perf stat`).
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let mode = std::env::args().nth(2).unwrap_or_default();
    if std::path::Path::new(&path).is_dir() {
        return per_file(&path, &mode);
    }
    let bytes = std::fs::read(&path).unwrap_or_default();
    let config = claims::Config::default();
    let front = || {
        let text = claims::reader::Text::decode(&bytes, true).unwrap_or_default();
        let sentences = claims::sentences::split(&text.text, &text.paragraphs);
        let tokens = claims::tokens::tokenize_sentences(&text.text, &sentences);
        (text, sentences, tokens)
    };
    let (text, sentences, tokens) = front();
    let mut n = claims::actors::find(&text.text, &sentences, &tokens, &config)
        .actors
        .len();
    let t0 = Instant::now();
    for _ in 0..10 {
        match mode.as_str() {
            "split" => n = front().2.len(),
            _ => {
                n = claims::actors::find(&text.text, &sentences, &tokens, &config)
                    .actors
                    .len()
            }
        }
    }
    let mb = bytes.len() as f64 * 10.0 / 1e6;
    println!("{mode}: {:.1} MB/s ({n})", mb / t0.elapsed().as_secs_f64());
}

/// Each `.txt` file of a directory as its own article, ten rounds.
fn per_file(dir: &str, mode: &str) {
    let mut texts = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if e.path().extension().is_some_and(|x| x == "txt") {
            texts.push(std::fs::read(e.path()).unwrap_or_default());
        }
    }
    let config = claims::Config::default();
    let fronts: Vec<_> = texts
        .iter()
        .map(|b| {
            let text = claims::reader::Text::decode(b, true).unwrap_or_default();
            let sentences = claims::sentences::split(&text.text, &text.paragraphs);
            let tokens = claims::tokens::tokenize_sentences(&text.text, &sentences);
            (text, sentences, tokens)
        })
        .collect();
    let t0 = Instant::now();
    let mut n = 0;
    for _ in 0..10 {
        for (b, (text, sentences, tokens)) in texts.iter().zip(&fronts) {
            if mode == "split" {
                let t = claims::reader::Text::decode(b, true).unwrap_or_default();
                let s = claims::sentences::split(&t.text, &t.paragraphs);
                n += s
                    .iter()
                    .map(|x| claims::tokens::tokenize(&t.text, x.span).len())
                    .sum::<usize>();
            } else {
                n += claims::actors::find(&text.text, sentences, tokens, &config)
                    .actors
                    .len();
            }
        }
    }
    let mb = texts.iter().map(Vec::len).sum::<usize>() as f64 * 10.0 / 1e6;
    println!(
        "{mode} per file: {:.1} MB/s ({n})",
        mb / t0.elapsed().as_secs_f64()
    );
}
