//! Corpus scale: many inputs in, one output line per input out, in input order.
//!
//! The pieces the `claims extract` command puts together when it reads more than one
//! article: [`walk`] turns file and directory arguments into a sorted list of article
//! files; [`lines`] reads a JSON Lines stream one line at a time with a bounded buffer;
//! [`record`] picks the id and text out of one JSON Lines record and defines the error
//! record written in place of an input that fails; [`run`] processes jobs on a rayon
//! pool, a bounded window of them at a time, and writes their output lines in input
//! order.
//!
//! The contract (what Spark's `rdd.pipe` and Hadoop Streaming rely on): one output line
//! per input line, in the same order, each line written whole, and the output for a line
//! depends on that line alone, so the output for a stream cut into chunks is the
//! concatenation of the chunks' outputs. Extraction itself is not here: the caller
//! passes the function that turns one job into its output line.

pub mod lines;
pub mod record;
pub mod run;
pub mod walk;

pub use record::ErrorRecord;
pub use run::{run, Done, Job, Limits, Summary};
