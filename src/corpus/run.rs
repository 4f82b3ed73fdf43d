//! The ordered parallel runner: jobs in, output lines out, in job order.
//!
//! A reader thread pulls jobs from the caller's iterator (which does the reading: file
//! names, or JSON Lines lines) and hands them over in batches bounded by count and by
//! bytes, at most one batch waiting. Each batch is mapped on the current rayon pool
//! (`ThreadPool::install` chooses how many threads) while the calling thread writes the
//! previous batch's lines in order, each with one `write_all` of a complete buffer. So memory stays bounded by a
//! few batches whatever the size of the stream, and the output is the same for any
//! number of threads. A write error (a closed pipe) stops the run; the reader thread then
//! stops at its next hand-over.

use std::io::{self, Write};
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::Arc;

use rayon::prelude::*;

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
    /// Bytes the job holds in memory (for batching).
    fn weight(&self) -> usize {
        match self {
            Job::Line { bytes, .. } => bytes.len(),
            Job::File(_) | Job::Failed(_) => 0,
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

/// How big a batch may grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most jobs in a batch.
    pub jobs: usize,
    /// A batch is handed over once its jobs hold this many bytes.
    pub bytes: usize,
}

impl Limits {
    /// Limits for a pool of `threads` threads: enough work per batch to keep every
    /// thread busy, little enough to keep memory small.
    pub fn for_threads(threads: usize) -> Limits {
        let threads = threads.max(1);
        Limits {
            jobs: (threads * 64).max(256),
            bytes: (threads * (256 << 10)).max(2 << 20),
        }
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

/// Runs every job through `work` and writes the lines to `out` in job order. `done` is
/// called after each line is written (for progress).
pub fn run<I, F>(
    jobs: I,
    limits: Limits,
    work: F,
    out: &mut dyn Write,
    done: &mut dyn FnMut(&Done),
) -> io::Result<Summary>
where
    I: Iterator<Item = Job> + Send + 'static,
    F: Fn(Job) -> Done + Sync,
{
    let (tx, rx) = mpsc::sync_channel::<Vec<Job>>(1);
    let reader = std::thread::spawn(move || batch(jobs, limits, &tx));
    let mut summary = Summary::default();
    let mut pending: Vec<Done> = Vec::new();
    for jobs in rx.iter() {
        // Map this batch on the pool while this thread writes the previous one.
        let mut results = Vec::new();
        let written = rayon::in_place_scope(|s| {
            s.spawn(|_| results = jobs.into_par_iter().map(|j| guarded(&work, j)).collect());
            write(&mut pending, out, &mut summary, done)
        });
        written?;
        pending = results;
    }
    write(&mut pending, out, &mut summary, done)?;
    out.flush()?;
    // The reader has dropped its sender, so it has returned.
    let _ = reader.join();
    Ok(summary)
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

/// Writes and counts a batch's lines, in order.
fn write(
    lines: &mut Vec<Done>,
    out: &mut dyn Write,
    summary: &mut Summary,
    done: &mut dyn FnMut(&Done),
) -> io::Result<()> {
    for r in lines.drain(..) {
        out.write_all(&r.line)?;
        summary.inputs += 1;
        summary.failed += u64::from(r.failed);
        done(&r);
    }
    Ok(())
}

/// Groups jobs into batches and sends them; stops when the receiver is gone.
fn batch<I: Iterator<Item = Job>>(jobs: I, limits: Limits, tx: &mpsc::SyncSender<Vec<Job>>) {
    let mut cur = Vec::new();
    let mut bytes = 0;
    for job in jobs {
        bytes += job.weight();
        cur.push(job);
        if cur.len() >= limits.jobs || bytes >= limits.bytes {
            if tx.send(std::mem::take(&mut cur)).is_err() {
                return;
            }
            bytes = 0;
        }
    }
    if !cur.is_empty() {
        let _ = tx.send(cur);
    }
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

    #[test]
    fn order_is_kept_for_any_batch_size_and_pool() {
        let want: String = (0..1000).map(|i| format!("{i}\n")).collect();
        for (jobs, threads) in [(1, 1), (3, 2), (256, 4), (5000, 3)] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            let limits = Limits { jobs, bytes: 100 };
            let mut out = Vec::new();
            let mut seen = 0;
            let s = pool
                .install(|| {
                    run(
                        line_jobs(1000).into_iter(),
                        limits,
                        echo,
                        &mut out,
                        &mut |_| seen += 1,
                    )
                })
                .unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), want);
            assert_eq!((s.inputs, s.failed, seen), (1000, 100, 1000));
        }
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
        let err = run(endless, limits, echo, &mut Closed, &mut |_| {}).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
    }
}
