#!/usr/bin/env bash
# Compiles the extension's wasm module (crates/wasm, profile wasm-release) into
# ${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/replyguide_wasm.wasm, for
# scripts/build-extension.sh and the benchmarks that run the same module under node.
set -euo pipefail
cd "$(dirname "$0")/.."

# The source paths the module keeps (in panic messages) start at the toolchain's library sources
# (rustc names them by their local path when the rust-src component is installed) and at the
# crate registry, not at this machine's home directory: the module does not say where it was
# built, and a build elsewhere with the same toolchain gives the same module.
# (Cargo's encoded form separates the flags with 0x1f, so a path with a space stays one flag.)
remap=(
    "--remap-path-prefix=$(rustc --print sysroot)/lib/rustlib/src/rust=/rust"
    "--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src=/crates"
)
CARGO_ENCODED_RUSTFLAGS=$(IFS=$'\x1f' && echo "${remap[*]}")
export CARGO_ENCODED_RUSTFLAGS

cargo build -q -p replyguide-wasm --target wasm32-unknown-unknown --profile wasm-release
