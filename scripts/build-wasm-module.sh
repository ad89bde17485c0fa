#!/usr/bin/env bash
# Compiles the extension's wasm module (crates/wasm, profile wasm-release) into
# ${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/replyguide_wasm.wasm, for
# scripts/build-extension.sh and the benchmarks that run the same module under node.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build -q -p replyguide-wasm --target wasm32-unknown-unknown --profile wasm-release
