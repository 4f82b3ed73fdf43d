//! `claims extract`: articles in, JSON documents out.
//!
//! One article (a file, or standard input) gives one document, pretty-printed unless
//! `--compact`. Several arguments, a directory, or `--input jsonl` give JSON Lines: one
//! compact document per input, in input order, and an error record
//! (`{"id": …, "path": …, "error": …}`) in place of any input that fails; the run goes
//! on, a summary goes to stderr and the exit code is 1. Inputs are processed on `-j`
//! threads, a bounded window of them at a time (see `claims::corpus`), so a JSON Lines
//! stream of any size runs in constant memory.

use std::io::{self, BufReader};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};

use claims::corpus::lines::{LineJobs, Stream};
use claims::corpus::record::{self, Fields};
use claims::corpus::{walk, Done, ErrorRecord, Job, Limits};
use claims::reader::Text;

use super::output::Format;
use super::progress::{Progress, Unit};
use super::Input;

const MANY_HELP: &str = "One file (or standard input) gives one JSON document. Several \
files, a directory or `--input jsonl` give JSON Lines: one compact document per input, in \
input order, each with `source.path` (and `id` for JSON Lines records). An input that \
fails (unreadable, invalid UTF-8, malformed JSON, no text field) gives an error record \
in its place, {\"id\": …, \"path\": …, \"error\": …}, and the run goes on; a summary \
goes to stderr and the exit code is 1 (0 with --allow-errors).";

/// Flags of `claims extract`.
#[derive(Debug, Args)]
#[command(after_long_help = MANY_HELP)]
pub struct ExtractArgs {
    /// Articles or directories to read (a directory is walked for *.txt, or for *.jsonl
    /// with `--input jsonl`, in sorted order); `-` or nothing reads standard input.
    files: Vec<String>,
    /// Print the document on one line (several inputs always give one line each).
    #[arg(long)]
    compact: bool,
    /// Replace invalid UTF-8 with U+FFFD (and warn) instead of failing.
    #[arg(long)]
    lossy: bool,
    /// How to print the document: json (the contract), text (a summary for people) or
    /// html (one self-contained page with the article highlighted). Several inputs
    /// need json.
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
    /// A JSON lexicon of your own (repeatable; see docs/lexicon.md).
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    /// What the inputs hold: one article each, or one JSON record per line.
    #[arg(long, value_enum, default_value_t = InputKind::Text)]
    input: InputKind,
    /// JSON Lines field holding the record's id (`/a/b` for a JSON Pointer).
    #[arg(long, value_name = "NAME", default_value = "id")]
    id_field: String,
    /// JSON Lines field holding the article text (`/a/b` for a JSON Pointer).
    #[arg(long, value_name = "NAME", default_value = "text")]
    text_field: String,
    /// Longest JSON Lines line read, in bytes (K, M, G suffixes); a longer line gives an
    /// error record. Memory grows with it: one record needs about 45 times its size.
    #[arg(long, value_name = "BYTES", default_value = "16M", value_parser = parse_size)]
    max_line: usize,
    /// Longest article file read, in bytes (K, M, G suffixes); a longer one
    /// fails, or gives an error record among several inputs. One article needs about
    /// 45 times its size in memory while it is extracted.
    #[arg(long, value_name = "BYTES", default_value = "64M", value_parser = parse_size)]
    max_article: usize,
    /// Exit 0 even when some inputs failed (their error records are still written), as
    /// Spark's `pipe` and Hadoop Streaming treat any other exit code as a failed task.
    #[arg(long)]
    allow_errors: bool,
    /// Worker threads (0: one per core).
    #[arg(short = 'j', long = "threads", value_name = "N", default_value_t = 0)]
    threads: usize,
}

/// What each input holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputKind {
    /// One article per file.
    Text,
    /// JSON Lines: one record (`{"id": …, "text": …}`) per line.
    Jsonl,
}

fn parse_size(s: &str) -> Result<usize, String> {
    let (num, unit) = match s.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => s.split_at(i),
        None => (s, ""),
    };
    let shift = match unit.to_ascii_uppercase().as_str() {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => return Err(format!("unknown size suffix {unit:?} (use K, M or G)")),
    };
    let n: usize = num.parse().map_err(|e| format!("{s:?}: {e}"))?;
    // Character offsets are counted in 32 bits: no text of 4 GiB or more is let in.
    n.checked_mul(1 << shift)
        .filter(|&n| n > 0 && (n as u64) < 1 << 32)
        .ok_or_else(|| format!("{s:?}: out of range (1 byte to below 4G)"))
}

/// Turns one decoded article into its output bytes; built once per run from the flags.
struct Render {
    config: claims::Config,
    format: Format,
    compact: bool,
}

impl Render {
    fn new(args: &ExtractArgs) -> Result<Render> {
        Ok(Render {
            config: claims::Config {
                path: None,
                lexicon: super::output::load_lexicons(&args.lexicon)?,
            },
            format: args.format,
            compact: args.compact,
        })
    }

    /// The output for one article, terminator included; `one_line` for JSON Lines.
    fn render(
        &self,
        text: &Text,
        bytes: usize,
        path: Option<String>,
        id: Option<String>,
        one_line: bool,
    ) -> Result<Vec<u8>> {
        let compact = one_line || self.compact;
        if self.format == Format::Json {
            let meta = claims::document::json::Meta {
                id: id.as_deref(),
                path: path.as_deref(),
                bytes,
            };
            // The JSON is about eight times the text's size, rarely more than ten: reserved
            // once, as growing it copies all written so far.
            let mut out = Vec::with_capacity(text.text.len() * 10 + 1024);
            claims::extract_json(text, &meta, &self.config, compact, &mut out);
            out.push(b'\n');
            return Ok(out);
        }
        let mut doc = claims::extract_text(text, bytes, &self.config);
        doc.source.path = path;
        doc.id = id;
        super::output::render(&doc, &text.text, self.format, compact)
    }
}

/// Runs `claims extract`.
pub fn run(args: ExtractArgs) -> Result<ExitCode> {
    let render = Render::new(&args)?;
    let many = args.input == InputKind::Jsonl
        || args.files.len() > 1
        || args.files.iter().any(|f| Path::new(f).is_dir());
    if !many {
        return single(&args, &render);
    }
    if args.format != Format::Json {
        eprintln!(
            "claims: several inputs give JSON Lines; --format text and html need one article"
        );
        return Ok(ExitCode::from(2));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build()
        .context("cannot start worker threads")?;
    let limits = Limits::for_threads(pool.current_num_threads());
    let summary = match args.input {
        InputKind::Text => text_files(&args, &render, &pool, limits),
        InputKind::Jsonl => jsonl(&args, &render, &pool, limits),
    }?;
    if summary.failed > 0 {
        eprintln!(
            "claims: {} of {} inputs failed",
            summary.failed, summary.inputs
        );
        if !args.allow_errors {
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One article: today's behaviour (an error is fatal, nothing is printed).
fn single(args: &ExtractArgs, render: &Render) -> Result<ExitCode> {
    let input = Input::from_arg(args.files.first().map(String::as_str));
    let (text, bytes) = input.decode(args.lossy, args.max_article as u64)?;
    for warning in &text.warnings {
        eprintln!("claims: warning: {}: {warning}", input.name());
    }
    let out = render.render(&text, bytes, input.path(), None, false)?;
    super::write_stdout(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn text_files(
    args: &ExtractArgs,
    render: &Render,
    pool: &rayon::ThreadPool,
    limits: Limits,
) -> Result<claims::corpus::Summary> {
    let paths: Vec<PathBuf> = args.files.iter().map(PathBuf::from).collect();
    let jobs: Vec<Job> = walk::inputs(&paths, "txt")
        .into_iter()
        .map(|found| found.map_or_else(Job::Failed, Job::File))
        .collect();
    if jobs.is_empty() {
        // Only empty directories were named: say so rather than print nothing.
        anyhow::bail!(
            "{}: directory holds no *.txt article",
            args.files.join(", ")
        );
    }
    let mut progress = Progress::new(Some(jobs.len() as u64), Unit::Inputs);
    let work = |job| text_job(job, render, args.lossy, args.max_article as u64);
    let summary = stream(pool, jobs.into_iter(), limits, work, &mut |_| {
        progress.inc(1)
    });
    progress.finish();
    summary
}

fn jsonl(
    args: &ExtractArgs,
    render: &Render,
    pool: &rayon::ThreadPool,
    limits: Limits,
) -> Result<claims::corpus::Summary> {
    let mut paths: Vec<PathBuf> = args.files.iter().map(PathBuf::from).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from("-"));
    }
    let mut total = Some(0u64);
    let mut streams = Vec::new();
    for found in walk::inputs(&paths, "jsonl") {
        streams.push(match found {
            Ok(p) if p == Path::new("-") => {
                total = None;
                let stdin = BufReader::with_capacity(1 << 16, io::stdin());
                Stream::Reader(None, Box::new(stdin))
            }
            Ok(p) => {
                let size = std::fs::metadata(&p).map_or(0, |m| m.len());
                total = total.map(|t| t + size);
                Stream::File(p)
            }
            Err(e) => Stream::Failed(e),
        });
    }
    let fields = Fields {
        id: args.id_field.clone(),
        text: args.text_field.clone(),
    };
    let mut progress = Progress::new(total, Unit::Bytes);
    let work = |job| line_job(job, render, &fields, args.lossy);
    let jobs = LineJobs::new(streams, args.max_line);
    let summary = stream(pool, jobs, limits, work, &mut |d| progress.inc(d.bytes));
    progress.finish();
    summary
}

/// Runs the jobs, writing to stdout.
fn stream<I, F>(
    pool: &rayon::ThreadPool,
    jobs: I,
    limits: Limits,
    work: F,
    done: &mut (dyn FnMut(&Done) + Send),
) -> Result<claims::corpus::Summary>
where
    I: Iterator<Item = Job> + Send,
    F: Fn(Job) -> Done + Sync,
{
    let mut out = io::stdout();
    Ok(claims::corpus::run(
        pool, jobs, limits, work, &mut out, done,
    )?)
}

fn failed(path: Option<String>, id: Option<String>, error: String, bytes: u64) -> Done {
    Done::failed(&ErrorRecord { id, path, error }, bytes)
}

/// One article file (`-`: standard input) to its output line.
fn text_job(job: Job, render: &Render, lossy: bool, limit: u64) -> Done {
    let path = match job {
        Job::File(p) => p,
        Job::Failed(e) => return Done::failed(&e, 0),
        Job::Line { path, .. } => {
            let path = path.as_deref().map(str::to_string);
            return failed(path, None, "unexpected JSON Lines input".to_string(), 0);
        }
    };
    let input = match path.to_str() {
        Some("-") => Input::Stdin,
        _ => Input::Path(path.display().to_string()),
    };
    let name = input.path();
    let bytes = match input.read(limit) {
        Ok(b) => b,
        Err(e) => return failed(name, None, format!("{e:#}"), 0),
    };
    let size = bytes.len() as u64;
    let text = match Text::decode(&bytes, lossy) {
        Ok(t) => t,
        Err(e) => return failed(name, None, format!("{e} (--lossy replaces it)"), size),
    };
    drop(bytes);
    match render.render(&text, size as usize, name.clone(), None, true) {
        Ok(line) => Done {
            line,
            failed: false,
            bytes: size,
        },
        Err(e) => failed(name, None, format!("{e:#}"), size),
    }
}

/// One JSON Lines line to its output line.
fn line_job(job: Job, render: &Render, fields: &Fields, lossy: bool) -> Done {
    let (path, bytes) = match job {
        Job::Line { path, bytes } => (path.as_deref().map(str::to_string), bytes),
        Job::Failed(e) => return Done::failed(&e, 0),
        Job::File(p) => {
            let error = "unexpected article file".to_string();
            return failed(Some(p.display().to_string()), None, error, 0);
        }
    };
    let size = bytes.len() as u64 + 1;
    let (line, warning) = match decode_line(bytes, lossy) {
        Ok(decoded) => decoded,
        Err(error) => return failed(path, None, error, size),
    };
    let rec = match record::parse(&line, fields) {
        Ok(r) => r,
        Err(bad) => return failed(path, bad.id, bad.error, size),
    };
    drop(line);
    let record::Record { id, text: raw } = rec;
    let raw_len = raw.len();
    let mut text = Text::from_string(raw);
    text.warnings.extend(warning);
    match render.render(&text, raw_len, path.clone(), id.clone(), true) {
        Ok(line) => Done {
            line,
            failed: false,
            bytes: size,
        },
        Err(e) => failed(path, id, format!("{e:#}"), size),
    }
}

/// A line's text, and a warning when `lossy` replaced invalid UTF-8.
fn decode_line(bytes: Vec<u8>, lossy: bool) -> Result<(String, Option<String>), String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, None)),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            if !lossy {
                return Err(format!(
                    "invalid UTF-8 at byte offset {offset} of the line (--lossy replaces it)"
                ));
            }
            let warning = format!(
                "invalid UTF-8 in the record replaced with U+FFFD (first at byte offset {offset} of the line)"
            );
            Ok((
                String::from_utf8_lossy(e.as_bytes()).into_owned(),
                Some(warning),
            ))
        }
    }
}
