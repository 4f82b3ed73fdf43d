//! Bounded line reading: a byte stream in, one line at a time out.
//!
//! A line ends at `\n` (a `\r` before it is dropped); the last line needs no
//! terminator, and nothing after a final `\n` counts as a line. At most `limit` bytes of
//! a line are ever held: a longer line is read through and reported as
//! [`Line::TooLong`] with its length, so a stream without line breaks cannot exhaust
//! memory. [`LineJobs`] turns a list of streams into one [`Job`] per line. Bytes are not
//! decoded here.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::PathBuf;
use std::sync::Arc;

use super::{ErrorRecord, Job};

/// What [`read_line`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// The whole line is in the buffer.
    Whole,
    /// The line was longer than the limit (its length in bytes); the buffer is empty.
    TooLong(u64),
}

/// Reads the next line into `buf` (cleared first, terminator removed). Returns `None`
/// at the end of the input.
pub fn read_line<R: BufRead + ?Sized>(
    r: &mut R,
    buf: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Option<Line>> {
    buf.clear();
    let mut total: u64 = 0;
    let mut seen = false;
    let mut over = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        seen = true;
        let (take, newline) = match memchr::memchr(b'\n', avail) {
            Some(i) => (i, true),
            None => (avail.len(), false),
        };
        total += take as u64;
        if !over && buf.len() + take <= limit {
            buf.extend_from_slice(&avail[..take]);
        } else if !over {
            over = true;
            *buf = Vec::new();
        }
        r.consume(take + usize::from(newline));
        if newline {
            break;
        }
    }
    if !seen {
        return Ok(None);
    }
    if over {
        return Ok(Some(Line::TooLong(total)));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(Line::Whole))
}

/// A JSON Lines stream to read.
pub enum Stream {
    /// An open reader and its name (`None`: standard input).
    Reader(Option<String>, Box<dyn BufRead + Send>),
    /// A file, opened when its turn comes.
    File(PathBuf),
    /// An input that failed before it could be opened.
    Failed(ErrorRecord),
}

/// A stream being read: its name and reader.
type OpenStream = (Option<Arc<str>>, Box<dyn BufRead + Send>);

/// One [`Job::Line`] per line of each stream in turn; a line over the limit, a stream
/// that cannot be opened and a read error each become one [`Job::Failed`] (a read error
/// ends its stream).
pub struct LineJobs {
    streams: VecDeque<Stream>,
    current: Option<OpenStream>,
    limit: usize,
}

impl LineJobs {
    /// Reads `streams` in order, holding at most `limit` bytes of a line.
    pub fn new(streams: Vec<Stream>, limit: usize) -> LineJobs {
        LineJobs {
            streams: streams.into(),
            current: None,
            limit,
        }
    }

    fn open(&mut self) -> Option<Job> {
        let failed = |path: &std::path::Path, what: &str, e: io::Error| {
            Job::Failed(ErrorRecord {
                id: None,
                path: Some(path.display().to_string()),
                error: format!("{what}: {e}"),
            })
        };
        match self.streams.pop_front()? {
            Stream::Reader(name, r) => self.current = Some((name.map(Arc::from), r)),
            Stream::Failed(e) => return Some(Job::Failed(e)),
            Stream::File(p) => match File::open(&p) {
                Ok(f) => {
                    let name = Arc::from(p.display().to_string());
                    self.current =
                        Some((Some(name), Box::new(BufReader::with_capacity(1 << 16, f))));
                }
                Err(e) => return Some(failed(&p, "cannot read", e)),
            },
        }
        None
    }
}

impl Iterator for LineJobs {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            let Some((path, reader)) = self.current.as_mut() else {
                if let Some(job) = self.open() {
                    return Some(job);
                }
                if self.current.is_none() && self.streams.is_empty() {
                    return None;
                }
                continue;
            };
            let path = path.clone();
            let mut buf = Vec::new();
            let error = |error: String| {
                Some(Job::Failed(ErrorRecord {
                    id: None,
                    path: path.as_deref().map(str::to_string),
                    error,
                }))
            };
            match read_line(reader, &mut buf, self.limit) {
                Ok(Some(Line::Whole)) => return Some(Job::Line { path, bytes: buf }),
                Ok(Some(Line::TooLong(n))) => {
                    return error(format!(
                        "line of {n} bytes is longer than the limit of {} bytes (--max-line)",
                        self.limit
                    ))
                }
                Ok(None) => self.current = None,
                Err(e) => {
                    self.current = None;
                    return error(format!("cannot read: {e}"));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each line's text, or its length when too long.
    type Lines = Vec<Result<String, u64>>;

    fn all(input: &[u8], limit: usize, cap: usize) -> Lines {
        let mut r = io::BufReader::with_capacity(cap, input);
        let mut buf = Vec::new();
        let mut out = Vec::new();
        while let Some(line) = read_line(&mut r, &mut buf, limit).unwrap() {
            out.push(match line {
                Line::Whole => Ok(String::from_utf8(buf.clone()).unwrap()),
                Line::TooLong(n) => Err(n),
            });
        }
        out
    }

    #[test]
    fn jobs_from_streams() {
        let reader = |s: &'static str| Stream::Reader(None, Box::new(s.as_bytes()));
        let streams = vec![
            reader("a\nbb\n"),
            Stream::File(PathBuf::from("/nonexistent/claims.jsonl")),
            reader("toolong\nc"),
        ];
        let got: Vec<String> = LineJobs::new(streams, 4)
            .map(|j| match j {
                Job::Line { bytes, .. } => String::from_utf8(bytes).unwrap(),
                Job::Failed(e) => e.error,
                Job::File(_) => unreachable!(),
            })
            .collect();
        assert_eq!(
            got,
            [
                "a",
                "bb",
                "cannot read: No such file or directory (os error 2)",
                "line of 7 bytes is longer than the limit of 4 bytes (--max-line)",
                "c"
            ]
        );
    }

    #[test]
    fn lines_and_limits() {
        let ok = |s: &str| Ok::<String, u64>(s.to_string());
        let cases: &[(&[u8], usize, Lines)] = &[
            (b"", 10, vec![]),
            (b"a\nb", 10, vec![ok("a"), ok("b")]),
            (b"a\nb\n", 10, vec![ok("a"), ok("b")]),
            (b"\n\n", 10, vec![ok(""), ok("")]),
            (b"a\r\nb\r", 10, vec![ok("a"), ok("b")]),
            (
                b"short\nmuch too long\nok",
                5,
                vec![ok("short"), Err(13), ok("ok")],
            ),
            (b"0123456789", 9, vec![Err(10)]),
        ];
        for (input, limit, want) in cases {
            for cap in [1, 3, 64] {
                assert_eq!(&all(input, *limit, cap), want, "{input:?} cap {cap}");
            }
        }
    }
}
