#!/usr/bin/env bash
# A 100,000-character draft (budget: checked in ≤ 50 ms): the wasm engine under node
# (tests/bench/large-draft.mjs, which writes the draft), then the native engine on the same text
# with each rule's share (crates/engine/examples/large_draft.rs), so a slow check names its cause.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/install-deps.sh wasm
. scripts/bench.d/lib/wasm-for-node.sh
cargo build -q --release -p replyguide-engine --example large_draft
"$target/release/replyguide-bench" --export "$work/inputs" --histories 0

node tests/bench/large-draft.mjs "$work/wasm" "$work/inputs"
"$target/release/examples/large_draft" "$work/inputs/large-draft.txt" \
    "$work/inputs/large-draft-story.json" "$work/inputs/large-draft-config.json" "$(node -p "require('$work/inputs/check.json').now")"
