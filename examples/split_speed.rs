//! Measures reading plus sentence splitting on generated news-like text.
//!
//! Builds about 16 MB of varied text in memory (headlines, datelines, quotes,
//! abbreviations, money, times, lists, CRLF and blank-line paragraphs) from a fixed
//! seed, then times `reader::Text::from_str` followed by `sentences::split`, best of
//! five runs, on one thread, in CPU time (the machine may be shared).
//!
//! ```text
//! cargo run --release --example split_speed [MEGABYTES] [FILE]
//! ```
//!
//! With a FILE, its text is repeated (paragraphs apart) up to the size instead.

use std::time::Instant;

const PIECES: &[&str] = &[
    "The company said on Tuesday that quarterly profit rose 4.5% to $3.5 billion, helped by strong demand for its mid-sized trucks in North America and lower shipping costs.",
    "\"We are pleased with the result, but there is a lot of work still to do before the new plant opens,\" Chief Executive Ana Morel told analysts on a conference call.",
    "\"Is it enough?\" she asked. \"Not yet, and the board knows it.\"",
    "Shares of Kestrel Inc. fell 2.1% in New York trading, while Harbor Corp. gained after the two firms ended talks over a joint venture in the Gulf region.",
    "The U.S. Treasury and the E.U. Commission declined to comment on the proposal, which would allow foreign lenders to hold up to 49% of local banks.",
    "Prices rose in the U.S. The increase was the largest since Jan. 2019, according to figures published by the Labor Department on Thursday morning.",
    "Mr. Achterberg met Sen. Ruiz and Dr. J.K. Tamm at 10:30 a.m. on Friday to discuss the budget, people familiar with the matter said.",
    "Talks resumed at 5 p.m. and ran late into the night, with negotiators saying the plan would cost about £1.2bn over five years.",
    "People familiar with the matter said the deal could close by Sept. 30, although regulators in Brussels and Washington have yet to approve it.",
    "Further details are posted at https://www.example.com/news/2025.html, and questions can be sent to press@example.com during office hours.",
    "It was ... well, unexpected, one resident said, adding that nobody in the town had been told about the closure before it was announced...",
    "The union, which staged a strike in May (its first in a decade), said it would accept the terms if the company dropped plans to close the depot.",
    "According to a spokesperson for the ministry, the proposal was rejected by the cabinet because it would have added 0.4 percentage points to the deficit.",
    "Under the proposal, the office at No. 4 St. Ann's Rd. would close and approx. 300 jobs would move to a new site outside the city by the end of next year.",
    "Analysts at three banks cut their forecasts for the second half, citing weaker consumer spending and the stronger dollar.",
    "The minister, who took office in March, has promised to publish the full report before parliament breaks for the summer recess.",
];

const HEADLINES: &[&str] = &[
    "Port expansion stalls as unions dig in",
    "Kestrel beats forecasts on strong demand",
    "By Lena Duarte and Ravi Holm",
    "WASHINGTON (Reuters) - Lawmakers returned to the capital on Monday.",
    "1. Cut fares 2. Add buses 3. Extend hours",
    "• Lower taxes • More nurses • Faster trains",
];

/// CPU time this thread has used, in seconds: from `/proc/thread-self/schedstat` where
/// there is one (so that a busy machine does not distort the figure), else wall time.
fn cpu_seconds(wall: Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or_else(|| wall.elapsed().as_secs_f64(), |ns| ns / 1e9)
}

/// A small linear congruential generator: fixed seed, reproducible text.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

fn generate(bytes: usize) -> String {
    let mut rng = Lcg(42);
    let mut out = String::with_capacity(bytes + 1024);
    while out.len() < bytes {
        out.push_str(HEADLINES[rng.next(HEADLINES.len())]);
        out.push_str(if rng.next(2) == 0 { "\n" } else { "\r\n\r\n" });
        for _ in 0..1 + rng.next(6) {
            for _ in 0..1 + rng.next(4) {
                out.push_str(PIECES[rng.next(PIECES.len())]);
                out.push(' ');
            }
            out.push_str(["\n", "\n\n", "\r\n"][rng.next(3)]);
        }
    }
    out
}

fn repeat(s: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + s.len() + 2);
    while out.len() < bytes {
        out.push_str(s);
        out.push_str("\n\n");
    }
    out
}

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(16);
    let text = match std::env::args().nth(2) {
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(s) if !s.trim().is_empty() => repeat(&s, mb * 1_000_000),
            _ => {
                eprintln!("split_speed: {path}: not a readable, non-empty UTF-8 file");
                std::process::exit(1);
            }
        },
        None => generate(mb * 1_000_000),
    };
    let (mut best, mut read, mut split) = (f64::MAX, f64::MAX, f64::MAX);
    let mut count = 0;
    for _ in 0..5 {
        let wall = Instant::now();
        let t0 = cpu_seconds(wall);
        let decoded = claims::reader::Text::from_str(&text);
        let t1 = cpu_seconds(wall);
        let sentences = claims::sentences::split(&decoded.text, &decoded.paragraphs);
        let t2 = cpu_seconds(wall);
        best = best.min(t2 - t0);
        read = read.min(t1 - t0);
        split = split.min(t2 - t1);
        count = sentences.len();
    }
    let size = text.len() as f64 / 1e6;
    println!(
        "{size:.1} MB, {count} sentences, best of 5: {best:.3} s CPU = {:.0} MB/s \
         (reader + splitter, one thread; reader alone {:.0} MB/s, splitter alone {:.0} MB/s)",
        size / best,
        size / read,
        size / split
    );
}
