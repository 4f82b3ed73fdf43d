//! Eval: scores extraction against gold annotations (see `docs/annotation.md`).
//!
//! (Placeholder: the scorer lands with the eval work.)
