#!/usr/bin/env bash
# The wasm engine under node (tests/bench/history-wasm.mjs): history index build time and memory
# and 300-word check latency at 1k / 10k / 100k earlier replies, on the native benchmark's own
# synthetic inputs (`replyguide-bench --export`), and the same draft linted by harper.js and alex.
# The module is the extension's wasm-release build, bound for node instead of the web.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/install-deps.sh wasm bench
. scripts/bench.d/lib/wasm-for-node.sh
"$target/release/replyguide-bench" --export "$work/inputs"

node tests/bench/history-wasm.mjs "$work/wasm" "$work/inputs"
