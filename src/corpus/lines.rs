//! Bounded line reading: a byte stream in, one line at a time out.
//!
//! A line ends at `\n` (a `\r` before it is dropped); the last line needs no
//! terminator, and nothing after a final `\n` counts as a line. At most `limit` bytes of
//! a line are ever held: a longer line is read through and reported as
//! [`Line::TooLong`] with its length, so a stream without line breaks cannot exhaust
//! memory. Bytes are not decoded here.

use std::io::{self, BufRead};

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

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &[u8], limit: usize, cap: usize) -> Vec<Result<String, u64>> {
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
    fn lines_and_limits() {
        let ok = |s: &str| Ok::<String, u64>(s.to_string());
        let cases: &[(&[u8], usize, Vec<Result<String, u64>>)] = &[
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
