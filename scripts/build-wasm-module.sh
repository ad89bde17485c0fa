#!/usr/bin/env bash
# Compiles the extension's wasm module (crates/wasm, profile wasm-release) into
# ${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/replyguide_wasm.wasm, for
# scripts/build-extension.sh and the benchmarks that run the same module under node.
set -euo pipefail
cd "$(dirname "$0")/.."

# The source paths the module keeps (in panic messages) start at the toolchain's library sources
# and at the crate registry, not at this machine's home directory: the module does not say where
# it was built, and a build elsewhere with the same toolchain gives the same module.
rust_sources="$(rustc --print sysroot)/lib/rustlib/src/rust"
crate_sources="${CARGO_HOME:-$HOME/.cargo}/registry/src"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$rust_sources=/rust --remap-path-prefix=$crate_sources=/crates"

cargo build -q -p replyguide-wasm --target wasm32-unknown-unknown --profile wasm-release
