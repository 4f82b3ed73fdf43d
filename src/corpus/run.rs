//! The ordered parallel runner: jobs in, output lines out, in job order.
//!
//! Every thread of the rayon pool runs the same loop: take the next job from the
//! caller's iterator (which does the reading: file names, or JSON Lines lines) under a
//! lock, run it, then, under a second lock, write every line that is now in job order,
//! each with one `write_all` of a complete buffer; a line done before an earlier one
//! waits in a small queue. A job is admitted only while fewer than [`Limits::jobs`]
//! credits are held by jobs read and not yet written (a big job takes several), so
//! memory stays bounded however long the stream and however slow one job is. No thread
//! waits on another except when that window is full, and the calling thread only
//! waits for the pool. The output is the same for any number of threads. A write error
//! (a closed pipe) stops the run: no job is admitted after it.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex};

use super::ErrorRecord;

/// One unit of work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    /// An article file to read.
    File(PathBuf),
    /// One line of a JSON Lines stream (terminator removed), from the named file
    /// (`None`: standard input).
    Line {
        /// The file the line came from.
        path: Option<Arc<str>>,
        /// The line's bytes.
        bytes: Vec<u8>,
    },
    /// An input that failed before it could be processed.
    Failed(ErrorRecord),
}

impl Job {
    /// Bytes the job will hold in memory (for the memory bound): a file's size, so a
    /// directory of huge files is not read all at once.
    fn weight(&self) -> usize {
        match self {
            Job::Line { bytes, .. } => bytes.len(),
            Job::File(p) => std::fs::metadata(p).map_or(0, |m| m.len() as usize),
            Job::Failed(_) => 0,
        }
    }
}

/// What a job became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    /// The complete output line, terminator included.
    pub line: Vec<u8>,
    /// Whether it is an error record.
    pub failed: bool,
    /// Input bytes the job consumed (for progress).
    pub bytes: u64,
}

impl Done {
    /// The output for a failed input.
    pub fn failed(record: &ErrorRecord, bytes: u64) -> Done {
        Done {
            line: record.to_line(),
            failed: true,
            bytes,
        }
    }
}

/// How much work may be in memory at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most jobs read and not yet written: queued, running, or done and waiting for an
    /// earlier job's line.
    pub jobs: usize,
    /// Input bytes those jobs may hold, roughly: a job takes one credit of `jobs` for
    /// each `bytes / jobs` it holds (at least one, at most all), so a stream of huge
    /// records has fewer of them in memory at once, and one bigger than `bytes` runs
    /// alone.
    pub bytes: usize,
}

impl Limits {
    /// Limits for a pool of `threads` threads: room for a slow job per thread while the
    /// others go on.
    pub fn for_threads(threads: usize) -> Limits {
        let threads = threads.max(1);
        Limits {
            jobs: threads * 8,
            bytes: threads * (2 << 20),
        }
    }

    /// The credits a job of `weight` bytes takes.
    fn cost(&self, weight: usize) -> usize {
        let window = self.jobs.max(1);
        let unit = (self.bytes / window).max(1);
        (1 + weight / unit).min(window)
    }
}

/// Counts of a finished run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Jobs processed.
    pub inputs: u64,
    /// Of which failed.
    pub failed: u64,
}

/// Runs every job through `work` on the threads of `pool` and writes the lines to `out`
/// in job order. `done` is called after each line is written (for progress). The calling
/// thread only waits.
pub fn run<I, F>(
    pool: &rayon::ThreadPool,
    jobs: I,
    limits: Limits,
    work: F,
    out: &mut (dyn Write + Send),
    done: &mut (dyn FnMut(&Done) + Send),
) -> io::Result<Summary>
where
    I: Iterator<Item = Job> + Send,
    F: Fn(Job) -> Done + Sync,
{
    let shared = Shared {
        limits,
        input: Mutex::new((0..).zip(jobs)),
        output: Mutex::new(Output {
            out,
            done,
            summary: Summary::default(),
            early: VecDeque::new(),
            held: 0,
            waiting: false,
            error: None,
        }),
        room: Condvar::new(),
    };
    pool.in_place_scope(|s| {
        for _ in 0..pool.current_num_threads() {
            s.spawn(|_| serve(&shared, &work));
        }
    });
    let output = shared.output.into_inner().map_err(|_| poisoned())?;
    match output.error {
        Some(e) => Err(e),
        None => output.out.flush().map(|()| output.summary),
    }
}

/// What the workers share.
struct Shared<'a, I> {
    limits: Limits,
    /// The jobs, numbered; whoever holds the lock reads the next one.
    input: Mutex<std::iter::Zip<std::ops::RangeFrom<u64>, I>>,
    output: Mutex<Output<'a>>,
    /// Signalled when written lines give credits back.
    room: Condvar,
}

/// The writing end.
struct Output<'a> {
    out: &'a mut (dyn Write + Send),
    done: &'a mut (dyn FnMut(&Done) + Send),
    summary: Summary,
    /// Lines done before an earlier one: slot k holds job `summary.inputs + k`, with the
    /// credits it took.
    early: VecDeque<Option<(usize, Done)>>,
    /// Credits taken by jobs read and not yet written.
    held: usize,
    /// Whether a worker waits on `room`.
    waiting: bool,
    /// The first write error; it stops the run.
    error: Option<io::Error>,
}

impl Output<'_> {
    /// Files job `i`'s line and writes every line now in order. A write error is kept
    /// and ends the run.
    fn file(&mut self, i: u64, cost: usize, line: Done) {
        let slot = (i - self.summary.inputs) as usize;
        if self.early.len() <= slot {
            self.early.resize_with(slot + 1, || None);
        }
        self.early[slot] = Some((cost, line));
        while let Some(Some((cost, line))) = self.early.front() {
            if self.error.is_none() {
                if let Err(e) = self.out.write_all(&line.line) {
                    self.error = Some(e);
                }
            }
            self.summary.inputs += 1;
            self.summary.failed += u64::from(line.failed);
            (self.done)(line);
            self.held -= cost;
            self.early.pop_front();
        }
    }
}

fn poisoned() -> io::Error {
    io::Error::other("a worker thread failed")
}

/// A worker: reads the next job, waits until it fits in the window, runs it and files
/// its line; until the jobs run out or a write fails.
fn serve<I, F>(shared: &Shared<'_, I>, work: &F)
where
    I: Iterator<Item = Job>,
    F: Fn(Job) -> Done,
{
    while let Some((i, cost, job)) = next(shared) {
        let line = guarded(work, job);
        let Ok(mut output) = shared.output.lock() else {
            return;
        };
        output.file(i, cost, line);
        if std::mem::take(&mut output.waiting) {
            shared.room.notify_all();
        }
    }
}

/// The next job and its credits, once they fit; `None` at the end of the jobs or after a
/// write error. Jobs are read and admitted in order: the input lock is held while the
/// job waits for room, so a big job is never overtaken by a later small one.
fn next<I: Iterator<Item = Job>>(shared: &Shared<'_, I>) -> Option<(u64, usize, Job)> {
    let mut input = shared.input.lock().ok()?;
    let (i, job) = input.next()?;
    let cost = shared.limits.cost(job.weight());
    let mut output = shared.output.lock().ok()?;
    while output.error.is_none()
        && output.held > 0
        && output.held + cost > shared.limits.jobs.max(1)
    {
        output.waiting = true;
        output = shared.room.wait(output).ok()?;
    }
    if output.error.is_some() {
        return None;
    }
    output.held += cost;
    drop(input);
    Some((i, cost, job))
}

/// Runs one job; a panic (a bug) becomes an error record in the job's place instead of
/// ending a run over millions of inputs. The panic message still goes to stderr.
fn guarded<F: Fn(Job) -> Done>(work: &F, job: Job) -> Done {
    let path = match &job {
        Job::File(p) => Some(p.display().to_string()),
        Job::Line { path, .. } => path.as_deref().map(str::to_string),
        Job::Failed(e) => e.path.clone(),
    };
    std::panic::catch_unwind(AssertUnwindSafe(|| work(job))).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let error = format!("internal error (please report it): {what}");
        Done::failed(
            &ErrorRecord {
                id: None,
                path,
                error,
            },
            0,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line_jobs(n: usize) -> Vec<Job> {
        (0..n)
            .map(|i| Job::Line {
                path: None,
                bytes: format!("{i}").into_bytes(),
            })
            .collect()
    }

    fn echo(job: Job) -> Done {
        match job {
            Job::Line { mut bytes, .. } => {
                let failed = bytes.ends_with(b"7");
                bytes.push(b'\n');
                Done {
                    line: bytes,
                    failed,
                    bytes: 1,
                }
            }
            other => Done::failed(
                &ErrorRecord {
                    id: None,
                    path: None,
                    error: format!("{other:?}"),
                },
                0,
            ),
        }
    }

    fn pool(threads: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
    }

    #[test]
    fn order_is_kept_for_any_window_and_pool() {
        let want: String = (0..1000).map(|i| format!("{i}\n")).collect();
        for (jobs, threads) in [(1, 1), (3, 2), (256, 4), (5000, 3)] {
            let mut out = Vec::new();
            let mut seen = 0;
            let s = run(
                &pool(threads),
                line_jobs(1000).into_iter(),
                Limits { jobs, bytes: 100 },
                echo,
                &mut out,
                &mut |_| seen += 1,
            )
            .unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), want);
            assert_eq!((s.inputs, s.failed, seen), (1000, 100, 1000));
        }
    }

    #[test]
    fn a_slow_job_holds_back_at_most_the_window() {
        // Job 0 (the first in input order, whichever thread starts first) waits until
        // the others have had every chance to run ahead: the jobs started meanwhile
        // may not exceed the window.
        let started = std::sync::atomic::AtomicUsize::new(0);
        let work = |job: Job| {
            started.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let first = matches!(&job, Job::Line { bytes, .. } if bytes.as_slice() == b"0");
            if first {
                std::thread::sleep(std::time::Duration::from_millis(200));
                let ran = started.load(std::sync::atomic::Ordering::SeqCst);
                assert!(ran <= 4, "{ran} jobs started while job 0 ran");
            }
            echo(job)
        };
        let mut out = Vec::new();
        let s = run(
            &pool(2),
            line_jobs(50).into_iter(),
            Limits {
                jobs: 4,
                bytes: 1 << 20,
            },
            work,
            &mut out,
            &mut |_| {},
        )
        .unwrap();
        let want: String = (0..50).map(|i| format!("{i}\n")).collect();
        assert_eq!(String::from_utf8(out).unwrap(), want);
        assert_eq!((s.inputs, s.failed), (50, 5));
    }

    #[test]
    fn a_job_bigger_than_the_byte_limit_runs_alone() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let limits = Limits {
            jobs: 4,
            bytes: 400,
        };
        assert_eq!(
            (limits.cost(5), limits.cost(250), limits.cost(1000)),
            (1, 3, 4)
        );
        let (running, alone) = (AtomicUsize::new(0), AtomicUsize::new(0));
        let work = |job: Job| {
            let now = running.fetch_add(1, Ordering::SeqCst) + 1;
            if let Job::Line { bytes, .. } = &job {
                if bytes.len() > 400 {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                    let now = now.max(running.load(Ordering::SeqCst));
                    alone.fetch_add(usize::from(now == 1), Ordering::SeqCst);
                }
            }
            running.fetch_sub(1, Ordering::SeqCst);
            echo(job)
        };
        let jobs = (0..40).map(|i: usize| Job::Line {
            path: None,
            bytes: if i % 10 == 5 {
                vec![b'9'; 1000]
            } else {
                i.to_string().into_bytes()
            },
        });
        let mut out = Vec::new();
        let s = run(&pool(2), jobs, limits, work, &mut out, &mut |_| {}).unwrap();
        assert_eq!(s.inputs, 40);
        assert_eq!(alone.load(Ordering::SeqCst), 4);
    }

    #[test]
    fn a_panicking_job_becomes_an_error_record() {
        let work = |job: Job| {
            if let Job::Line { bytes, .. } = &job {
                assert_ne!(bytes, b"2", "boom");
            }
            echo(job)
        };
        let mut out = Vec::new();
        let limits = Limits {
            jobs: 2,
            bytes: 100,
        };
        let s = run(
            &pool(2),
            line_jobs(4).into_iter(),
            limits,
            work,
            &mut out,
            &mut |_| {},
        )
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4);
        assert_eq!((lines[0], lines[1], lines[3]), ("0", "1", "3"));
        assert!(
            lines[2].starts_with(
                r#"{"id":null,"path":null,"error":"internal error (please report it): assertion"#
            ),
            "{}",
            lines[2]
        );
        assert_eq!((s.inputs, s.failed), (4, 1));
    }

    #[test]
    fn write_error_stops_the_run() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let endless = (0..).map(|i: u64| Job::Line {
            path: None,
            bytes: i.to_string().into_bytes(),
        });
        let limits = Limits {
            jobs: 10,
            bytes: 1 << 20,
        };
        let err = run(&pool(2), endless, limits, echo, &mut Closed, &mut |_| {}).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
    }
}
