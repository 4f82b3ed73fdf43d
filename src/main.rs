//! The `claims` command: parse flags, run one subcommand, map the outcome to an exit
//! code. Everything else lives in the library.
//!
//! Exit codes: 0 success (also when nothing is found), 1 runtime failure (unreadable
//! or undecodable input, a failed check or gate), 2 usage error. A closed pipe on
//! stdout exits 0 quietly.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;

mod cmd;

/// mimalloc: the extractor allocates many small, short-lived strings and vectors per
/// article, where it is markedly faster than the system allocator (docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cmd::Args::parse();
    match cmd::run(args) {
        Ok(code) => code,
        Err(err) if cmd::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("claims: {err:#}");
            ExitCode::from(1)
        }
    }
}
