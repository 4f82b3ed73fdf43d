//! Times the stages on a file: `cargo run --release --example actors_speed FILE [split|actors]`.
//! With a mode it repeats only that stage ten times (for `perf stat`).
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let mode = std::env::args().nth(2).unwrap_or_default();
    let bytes = std::fs::read(&path).unwrap_or_default();
    let config = claims::Config::default();
    let front = || {
        let text = claims::reader::Text::decode(&bytes, true).unwrap_or_default();
        let sentences = claims::sentences::split(&text.text, &text.paragraphs);
        let tokens: Vec<Vec<claims::tokens::Token>> = sentences
            .iter()
            .map(|s| claims::tokens::tokenize(&text.text, s.span))
            .collect();
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
