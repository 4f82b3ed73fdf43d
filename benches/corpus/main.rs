//! Corpus benchmark: generates a realistic news corpus (deterministic seed, no shared
//! data), then measures the library stages on one core, the release binary on one core
//! and on all cores, scaling with input size, start-up time, and peak memory.
//!
//! `cargo bench --bench corpus -- [--mb N] [--runs N] [--big] [--hostile]` (or
//! `bench/run.sh`). `--big` streams a 1 GB JSON Lines file through the binary `--runs`
//! times; `--hostile` runs the full-size hostile inputs. Figures are medians of `--runs` runs;
//! peak memory is the largest maximum resident set size `/usr/bin/time` reports.

mod gen;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{bail, Context, Result};

/// The binary's allocator, so the library stages are timed as the binary runs them.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const BIN: &str = env!("CARGO_BIN_EXE_claims");
const SEED: u64 = 20_261_126;

struct Opts {
    mb: usize,
    runs: usize,
    big: bool,
    hostile: bool,
}

fn opts() -> Result<Opts> {
    let mut o = Opts {
        mb: 50,
        runs: 3,
        big: false,
        hostile: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--mb" => o.mb = args.next().context("--mb N")?.parse()?,
            "--runs" => o.runs = args.next().context("--runs N")?.parse::<usize>()?.max(1),
            "--big" => o.big = true,
            "--hostile" => o.hostile = true,
            "--bench" => {}
            other => bail!("unknown argument {other:?}"),
        }
    }
    Ok(o)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Articles of about `mb` megabytes in total.
fn corpus(seed: u64, mb: usize) -> Vec<String> {
    let mut rng = gen::Rng::new(seed);
    let mut out = Vec::new();
    let mut bytes = 0;
    while bytes < mb << 20 {
        let a = gen::article(&mut rng);
        bytes += a.len();
        out.push(a);
    }
    out
}

fn write_jsonl(path: &Path, articles: &[String]) -> Result<u64> {
    let mut w = BufWriter::new(File::create(path)?);
    for (i, text) in articles.iter().enumerate() {
        serde_json::to_writer(
            &mut w,
            &serde_json::json!({"id": format!("a{i:07}"), "text": text}),
        )?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    Ok(std::fs::metadata(path)?.len())
}

/// CPU time of this thread in seconds (Linux schedstat), so figures hold on a busy
/// machine; `None` elsewhere.
fn thread_cpu() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

/// Times `f` over the corpus `runs` times; the median wall and CPU seconds.
fn time_stage(runs: usize, articles: &[String], f: impl Fn(&str) -> usize) -> (f64, f64) {
    let (mut wall, mut cpu) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let (t, c) = (Instant::now(), thread_cpu());
        let n: usize = articles.iter().map(|a| f(a)).sum();
        std::hint::black_box(n);
        wall.push(t.elapsed().as_secs_f64());
        cpu.push(thread_cpu().zip(c).map_or(f64::NAN, |(b, a)| b - a));
    }
    (median(wall), median(cpu))
}

fn stages(o: &Opts, articles: &[String]) {
    let mb = articles.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let config = claims::Config::default();
    let split = |a: &str| {
        let t = claims::reader::Text::from_str(a);
        claims::sentences::split(&t.text, &t.paragraphs).len()
    };
    let tokens = |a: &str| {
        let t = claims::reader::Text::from_str(a);
        let s = claims::sentences::split(&t.text, &t.paragraphs);
        claims::tokens::tokenize_sentences(&t.text, &s).len()
    };
    let lexed = |a: &str| {
        let t = claims::reader::Text::from_str(a);
        let s = claims::sentences::split(&t.text, &t.paragraphs);
        let toks = claims::tokens::tokenize_sentences(&t.text, &s);
        let mut lowered = claims::lexed::Lowered::default();
        claims::lexed::Lexed::new(&t.text, &s, &toks, &mut lowered)
            .words
            .len()
    };
    let actors = |a: &str| {
        let t = claims::reader::Text::from_str(a);
        let s = claims::sentences::split(&t.text, &t.paragraphs);
        let toks = claims::tokens::tokenize_sentences(&t.text, &s);
        claims::actors::find(&t.text, &s, &toks, &config)
            .actors
            .len()
    };
    let found = |a: &str| {
        let t = claims::reader::Text::from_str(a);
        let s = claims::sentences::split(&t.text, &t.paragraphs);
        let toks = claims::tokens::tokenize_sentences(&t.text, &s);
        let mut lowered = claims::lexed::Lowered::default();
        let lexed = claims::lexed::Lexed::new(&t.text, &s, &toks, &mut lowered);
        let actors = claims::actors::find_in(&lexed, &config);
        claims::claims::find_in(&lexed, &actors, &config)
            .attributions
            .len()
    };
    let full = |a: &str| {
        let d = claims::extract(a, &config);
        serde_json::to_vec(&d).map_or(0, |v| v.len())
    };
    // What `claims extract` does: the JSON written straight from the stages.
    let direct = |a: &str| {
        let t = claims::reader::Text::from_str(a);
        let meta = claims::document::json::Meta {
            bytes: a.len(),
            ..Default::default()
        };
        let mut out = Vec::with_capacity(a.len() * 8);
        claims::extract_json(&t, &meta, &config, true, &mut out);
        out.len()
    };
    println!(
        "\n## Library stages, one core ({mb:.1} MB, {} articles, median of {})",
        articles.len(),
        o.runs
    );
    println!("| stage | wall s | CPU s | MB/s (wall) | MB/s (CPU) | articles/s (CPU) |");
    println!("|---|---|---|---|---|---|");
    for (name, secs) in [
        ("reader+sentences", time_stage(o.runs, articles, split)),
        ("+tokens", time_stage(o.runs, articles, tokens)),
        ("+lexicon lookups", time_stage(o.runs, articles, lexed)),
        ("+actors", time_stage(o.runs, articles, actors)),
        ("+claims", time_stage(o.runs, articles, found)),
        (
            "extract + JSON (model, serde_json)",
            time_stage(o.runs, articles, full),
        ),
        (
            "extract_json (direct)",
            time_stage(o.runs, articles, direct),
        ),
    ] {
        let (wall, cpu) = secs;
        let rate = articles.len() as f64 / cpu;
        println!(
            "| {name} | {wall:.3} | {cpu:.3} | {:.1} | {:.1} | {rate:.0} |",
            mb / wall,
            mb / cpu
        );
    }
}

/// One run of the binary.
struct Run {
    /// Wall-clock seconds.
    wall: f64,
    /// User + system CPU seconds.
    cpu: f64,
    /// Peak resident set size in KB.
    rss: u64,
    /// Exit code.
    code: i32,
}

/// Runs the binary under `/usr/bin/time`.
fn run_bin(args: &[&str], stdin: Option<&Path>) -> Result<Run> {
    let mut cmd = Command::new("/usr/bin/time");
    cmd.args(["-f", "maxrss=%M cpu=%U %S", BIN]).args(args);
    cmd.stdout(Stdio::null()).stderr(Stdio::piped());
    if let Some(p) = stdin {
        cmd.stdin(File::open(p)?);
    }
    let t = Instant::now();
    let out = cmd.output().context("cannot run /usr/bin/time")?;
    let secs = t.elapsed().as_secs_f64();
    let err = String::from_utf8_lossy(&out.stderr);
    let stats: Vec<f64> = err
        .lines()
        .filter_map(|l| l.strip_prefix("maxrss="))
        .next_back()
        .map(|v| v.split([' ', '=']).filter_map(|x| x.parse().ok()).collect())
        .unwrap_or_default();
    let stat = |i: usize| stats.get(i).copied().unwrap_or(f64::NAN);
    Ok(Run {
        wall: secs,
        cpu: stat(1) + stat(2),
        rss: stat(0) as u64,
        code: out.status.code().unwrap_or(-1),
    })
}

/// Median wall and CPU seconds and the largest peak RSS over `runs` runs.
fn bench_bin(runs: usize, args: &[&str], stdin: Option<&Path>) -> Result<Run> {
    let mut all = bench_rounds(runs, &[args], stdin)?;
    Ok(all.remove(0).0)
}

/// Runs every command of `commands` once a round, `runs` rounds, interleaved so that a
/// machine whose speed drifts slows all of them alike. Per command: the median wall
/// and CPU seconds, the largest peak RSS, and each round's wall seconds.
fn bench_rounds(
    runs: usize,
    commands: &[&[&str]],
    stdin: Option<&Path>,
) -> Result<Vec<(Run, Vec<f64>)>> {
    let mut walls = vec![Vec::new(); commands.len()];
    let mut cpus = vec![Vec::new(); commands.len()];
    let mut rss = vec![0; commands.len()];
    for _ in 0..runs {
        for (k, args) in commands.iter().enumerate() {
            let r = run_bin(args, stdin)?;
            if r.code != 0 {
                bail!("claims {args:?} exited with {}", r.code);
            }
            walls[k].push(r.wall);
            cpus[k].push(r.cpu);
            rss[k] = rss[k].max(r.rss);
        }
    }
    Ok(walls
        .into_iter()
        .zip(cpus)
        .zip(rss)
        .map(|((wall, cpu), rss)| {
            let run = Run {
                wall: median(wall.clone()),
                cpu: median(cpu),
                rss,
                code: 0,
            };
            (run, wall)
        })
        .collect())
}

fn binary(o: &Opts, dir: &Path, articles: &[String]) -> Result<()> {
    let full = dir.join("corpus.jsonl");
    let tenth = dir.join("corpus-tenth.jsonl");
    let bytes = write_jsonl(&full, articles)? as f64;
    let tenth_bytes = write_jsonl(&tenth, &articles[..articles.len() / 10])? as f64;
    let n = articles.len() as f64;
    let f = full.to_str().context("path")?;
    println!(
        "\n## Release binary, `claims extract --input jsonl` ({:.1} MB JSONL, median of {})",
        bytes / 1e6,
        o.runs
    );
    println!(
        "| run | wall s | CPU s | MB/s (wall) | MB/s (CPU) | articles/s (wall) | peak RSS MB |"
    );
    println!("|---|---|---|---|---|---|---|");
    let one: &[&str] = &["extract", "--input", "jsonl", "-j", "1", f];
    let all: &[&str] = &["extract", "--input", "jsonl", "-j", "0", f];
    // Interleaved: this machine's speed drifts by tens of percent over minutes.
    let rounds = bench_rounds(o.runs, &[one, all], None)?;
    for (name, (r, _)) in ["-j 1", "-j 0 (all cores)"].iter().zip(&rounds) {
        println!(
            "| {name} | {:.3} | {:.3} | {:.1} | {:.1} | {:.0} | {:.1} |",
            r.wall,
            r.cpu,
            bytes / 1e6 / r.wall,
            bytes / 1e6 / r.cpu,
            n / r.wall,
            r.rss as f64 / 1024.0
        );
    }
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    let speedup = rounds[0].0.wall / rounds[1].0.wall;
    let per_round: Vec<f64> = rounds[0]
        .1
        .iter()
        .zip(&rounds[1].1)
        .map(|(a, b)| a / b)
        .collect();
    let shown: Vec<String> = per_round.iter().map(|x| format!("{x:.2}")).collect();
    println!(
        "\nspeed-up with {cores} cores (wall, runs interleaved): {speedup:.2}x of the medians; \
         each round: {}; median of the rounds {:.2}x",
        shown.join(", "),
        median(per_round.clone())
    );
    let t = tenth.to_str().context("path")?;
    let small = bench_bin(o.runs, &["extract", "--input", "jsonl", "-j", "1", t], None)?;
    println!(
        "scaling (-j 1): {:.1} MB in {:.3} s wall / {:.3} s CPU; {:.1} MB in {:.3} s wall / {:.3} s CPU: \
         {:.1}x the input takes {:.2}x the wall time, {:.2}x the CPU time",
        tenth_bytes / 1e6,
        small.wall,
        small.cpu,
        bytes / 1e6,
        rounds[0].0.wall,
        rounds[0].0.cpu,
        bytes / tenth_bytes,
        rounds[0].0.wall / small.wall,
        rounds[0].0.cpu / small.cpu
    );
    Ok(())
}

fn startup() -> Result<()> {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seed-ford-jv.txt");
    let seed = seed.to_str().context("path")?;
    let mut times = Vec::new();
    for _ in 0..21 {
        let t = Instant::now();
        let st = Command::new(BIN)
            .args(["extract", seed])
            .stdout(Stdio::null())
            .status()?;
        times.push(t.elapsed().as_secs_f64() * 1e3);
        if !st.success() {
            bail!("claims extract {seed} failed");
        }
    }
    println!(
        "\nstart-up + one article (seed, median of 21): {:.2} ms",
        median(times)
    );
    Ok(())
}

/// Streams a 1 GB JSON Lines file through the binary on stdin.
fn big(o: &Opts, dir: &Path) -> Result<()> {
    let path = dir.join("big.jsonl");
    let mut rng = gen::Rng::new(SEED + 1);
    let mut w = BufWriter::new(File::create(&path)?);
    let (mut bytes, mut n) = (0u64, 0u64);
    while bytes < 1 << 30 {
        let line = serde_json::json!({"id": format!("b{n:08}"), "text": gen::article(&mut rng)})
            .to_string();
        w.write_all(line.as_bytes())?;
        w.write_all(b"\n")?;
        bytes += line.len() as u64 + 1;
        n += 1;
    }
    w.flush()?;
    drop(w);
    let mut runs = Vec::new();
    for _ in 0..o.runs {
        runs.push(run_bin(&["extract", "--input", "jsonl", "-"], Some(&path))?);
    }
    let wall = median(runs.iter().map(|r| r.wall).collect());
    let cpu = median(runs.iter().map(|r| r.cpu).collect());
    let rss: Vec<String> = runs
        .iter()
        .map(|r| format!("{:.1}", r.rss as f64 / 1024.0))
        .collect();
    let codes: Vec<String> = runs.iter().map(|r| r.code.to_string()).collect();
    println!(
        "\n1 GB stream ({:.0} MB, {n} records) on stdin, all cores, median of {}: {wall:.1} s wall, \
         {cpu:.1} s CPU, {:.1} MB/s; peak RSS MB of each run: {}; exit codes: {}",
        bytes as f64 / 1e6,
        o.runs,
        bytes as f64 / 1e6 / wall,
        rss.join(", "),
        codes.join(", ")
    );
    std::fs::remove_file(&path)?;
    Ok(())
}

fn hostile(dir: &Path, articles: &[String]) -> Result<()> {
    println!("\n## Hostile inputs at full size (release binary)\n| input | s | peak RSS MB | exit |\n|---|---|---|---|");
    let cases: Vec<(&str, PathBuf, Vec<&str>)> = vec![
        (
            "50 MB, no newline",
            dir.join("no-newline.txt"),
            vec!["--compact"],
        ),
        (
            "a million one-word sentences",
            dir.join("million.txt"),
            vec!["--compact"],
        ),
        (
            "JSONL line of 100 MB",
            dir.join("line.jsonl"),
            vec!["--input", "jsonl", "--max-line", "128M"],
        ),
    ];
    let sentence = "The minister said the plan would work and critics disagreed. ";
    std::fs::write(&cases[0].1, sentence.repeat((50 << 20) / sentence.len()))?;
    std::fs::write(&cases[1].1, "Yes. ".repeat(1_000_000))?;
    let text = sentence.repeat((100 << 20) / sentence.len());
    std::fs::write(
        &cases[2].1,
        serde_json::json!({"id": "huge", "text": text}).to_string(),
    )?;
    for (name, path, flags) in &cases {
        let mut args = vec!["extract"];
        args.extend(flags);
        args.push(path.to_str().context("path")?);
        let r = run_bin(&args, None)?;
        println!(
            "| {name} | {:.2} | {:.1} | {} |",
            r.wall,
            r.rss as f64 / 1024.0,
            r.code
        );
        std::fs::remove_file(path)?;
    }
    name_heavy(dir)?;
    joined(dir, articles)
}

/// The bench's own articles joined into one text, 100 and 1,000 of them: every
/// construction at once, in one article that grows.
fn joined(dir: &Path, articles: &[String]) -> Result<()> {
    // A small corpus (`--mb`) may hold fewer: the row says how many were joined.
    let (small, large) = (100.min(articles.len() / 10), 1000.min(articles.len()));
    let text = |n: usize| articles[..n].join("\n\n");
    let what = format!("the bench's articles joined into one text ({small}, then {large})");
    ratio_row(dir, &what, [text(small), text(large)])
}

/// One article where many actors share a word, one actor runs all through, every
/// sentence reports a belief or two cues share a subject, at two sizes: each name is looked up among the actors
/// already found and each cue among the items, so these are what would show time
/// growing faster than the input.
fn name_heavy(dir: &Path) -> Result<()> {
    println!("\n## One long article of many names, 1x and 10x (release binary, -j 1)\n| shape | 1x MB | 1x s | 10x s | ratio | 10x peak RSS MB |\n|---|---|---|---|---|---|");
    for (shape, what) in [
        ("shared", "bodies sharing a word (\"Bank of ...\")"),
        ("surname", "people sharing a surname"),
        ("belief", "\"X said they expected ...\" all through"),
        ("administration", "administrations and their officials"),
        (
            "called",
            "\"X said … and called for …\" all through (a subject shared)",
        ),
        ("dateline", "a dateline every sentence"),
        (
            "acronym",
            "a name and its acronym in brackets every sentence",
        ),
        (
            "one",
            "one company all through, by name and \"the company\"",
        ),
    ] {
        let text = |n| gen::name_heavy(&mut gen::Rng::new(SEED), shape, n);
        ratio_row(dir, what, [text(30_000), text(300_000)])?;
    }
    Ok(())
}

/// Extracts a small and a large text, each as one article, and prints a row of the
/// table: the small one's size, both times, their ratio and the large one's memory.
fn ratio_row(dir: &Path, what: &str, texts: [String; 2]) -> Result<()> {
    let path = dir.join("one-long.txt");
    let size = texts[0].len() as f64 / 1e6;
    let mut runs = Vec::new();
    for text in texts {
        std::fs::write(&path, text)?;
        runs.push(run_bin(
            &["extract", "--compact", path.to_str().context("path")?],
            None,
        )?);
    }
    std::fs::remove_file(&path)?;
    println!(
        "| {what} | {size:.1} | {:.2} | {:.2} | {:.1} | {:.0} |",
        runs[0].wall,
        runs[1].wall,
        runs[1].wall / runs[0].wall,
        runs[1].rss as f64 / 1024.0
    );
    Ok(())
}

fn main() -> Result<()> {
    let o = opts()?;
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-corpus");
    std::fs::create_dir_all(&dir)?;
    let articles = corpus(SEED, o.mb);
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "# claims corpus benchmark\n\nbinary: {BIN}\ncores: {:?}, load average at start: {}",
        std::thread::available_parallelism().map(|c| c.get()),
        load.trim()
    );
    stages(&o, &articles);
    binary(&o, &dir, &articles)?;
    startup()?;
    if o.hostile {
        hostile(&dir, &articles)?;
    }
    if o.big {
        big(&o, &dir)?;
    }
    Ok(())
}
