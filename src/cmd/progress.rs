//! A progress bar on standard error (count or bytes, rate, ETA), drawn only when
//! standard error is a terminal and the run is long: more than 100 inputs known up
//! front, or still running after two seconds. Output on stdout is never touched.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// What the bar counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Inputs (articles).
    Inputs,
    /// Bytes of input read.
    Bytes,
}

/// The bar, hidden until the run proves long.
pub struct Progress {
    bar: ProgressBar,
    start: Instant,
    /// Whether it may ever be shown (stderr is a terminal).
    allowed: bool,
    shown: bool,
}

const DELAY: Duration = Duration::from_secs(2);
const MANY: u64 = 100;

impl Progress {
    /// A bar for `total` units (unknown for a stream).
    pub fn new(total: Option<u64>, unit: Unit) -> Progress {
        let template = match (unit, total.is_some()) {
            (Unit::Inputs, true) => "{bar:30} {pos}/{len} inputs, {per_sec}, ETA {eta}",
            (Unit::Inputs, false) => "{spinner} {pos} inputs, {per_sec}, {elapsed}",
            (Unit::Bytes, true) => "{bar:30} {bytes}/{total_bytes}, {bytes_per_sec}, ETA {eta}",
            (Unit::Bytes, false) => "{spinner} {bytes}, {bytes_per_sec}, {elapsed}",
        };
        let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        let allowed = std::io::stderr().is_terminal();
        let mut p = Progress {
            bar,
            start: Instant::now(),
            allowed,
            shown: false,
        };
        if total.is_some_and(|t| t > MANY && unit == Unit::Inputs) {
            p.show();
        }
        p
    }

    fn show(&mut self) {
        if self.allowed && !self.shown {
            self.shown = true;
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }

    /// Counts `n` more units done.
    pub fn inc(&mut self, n: u64) {
        self.bar.inc(n);
        if !self.shown && self.allowed && self.start.elapsed() > DELAY {
            self.show();
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
