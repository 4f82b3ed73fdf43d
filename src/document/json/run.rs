//! Runs of fixed keys and numbers for the JSON writer, built on the stack.
//!
//! In: literal bytes and numbers, given last first. Out: their bytes appended to the
//! output in one copy. It knows nothing of JSON's layout: the writer decides what
//! goes in a run (compact output only).

/// Where a [`Run`]'s bytes end; none is longer (the longest, a sentence's
/// `,{"index":I,"paragraph":P,"start":S,"end":E,"text":`, has at most 127 bytes).
const RUN_END: usize = 128;
/// The fixed window [`Run::push_to`] copies: most runs fit it.
const RUN_WINDOW: usize = 64;

/// The stack space runs are assembled in, kept by the writer.
pub(super) struct Scratch {
    buf: [u8; RUN_END + RUN_WINDOW],
}

impl Scratch {
    pub(super) fn new() -> Scratch {
        Scratch {
            buf: [0; RUN_END + RUN_WINDOW],
        }
    }

    /// An empty run in this space.
    #[inline(always)]
    pub(super) fn run(&mut self) -> Run<'_> {
        Run {
            buf: &mut self.buf,
            at: RUN_END,
        }
    }
}

/// Fixed keys and numbers assembled right to left in the [`Scratch`] (numbers come
/// out of their digits that way round) and pushed to the output in one copy of a
/// fixed size: one capacity check and a few moves, where each piece pushed on its own
/// costs a check and a copy. A run is a local value, so its cursor stays in a
/// register (kept in the writer, it was stored and reloaded at every piece).
pub(super) struct Run<'a> {
    buf: &'a mut [u8; RUN_END + RUN_WINDOW],
    /// Where the bytes start; they end at [`RUN_END`].
    at: usize,
}

impl Run<'_> {
    /// Puts `bytes` before what the run holds.
    #[inline(always)]
    pub(super) fn lit(&mut self, bytes: &[u8]) {
        self.at -= bytes.len();
        self.buf[self.at..self.at + bytes.len()].copy_from_slice(bytes);
    }

    /// Puts the decimal digits of `n` before what the run holds.
    #[inline(always)]
    pub(super) fn num(&mut self, n: usize) {
        let mut n = n;
        while n >= 100 {
            let pair = 2 * (n % 100);
            n /= 100;
            self.lit(&PAIRS[pair..pair + 2]);
        }
        if n >= 10 {
            self.lit(&PAIRS[2 * n..2 * n + 2]);
        } else {
            self.at -= 1;
            self.buf[self.at] = b'0' + n as u8;
        }
    }

    /// Appends the run to `out`: as one fixed window cut back to length when it fits
    /// (a few moves, not a copy call).
    #[inline(always)]
    pub(super) fn push_to(self, out: &mut Vec<u8>) {
        let len = RUN_END - self.at;
        if len <= RUN_WINDOW {
            let end = out.len() + len;
            let window: &[u8; RUN_WINDOW] = self.buf[self.at..]
                .first_chunk()
                .unwrap_or(&[0; RUN_WINDOW]);
            out.extend_from_slice(window);
            out.truncate(end);
        } else {
            out.extend_from_slice(&self.buf[self.at..RUN_END]);
        }
    }
}

/// The two-digit numbers "00" to "99", for printing numbers two digits at a time.
pub(super) const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";
