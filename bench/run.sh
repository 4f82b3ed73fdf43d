#!/usr/bin/env bash
# Corpus benchmark: builds the release binary and runs benches/corpus (see
# docs/performance.md). Arguments go to the bench: --mb N (corpus size, default 50),
# --runs N (runs per figure, default 3), --big (stream a 1 GB JSONL file), --hostile
# (full-size hostile inputs).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --locked --bench corpus -- "$@"
