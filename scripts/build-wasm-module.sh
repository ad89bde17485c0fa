#!/usr/bin/env bash
# Compiles the extension's wasm module (crates/wasm, profile wasm-release) into
# ${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/replyguide_wasm.wasm, for
# scripts/build-extension.sh and the benchmarks that run the same module under node.
#
# Panics. No panic message ever reaches anyone: nothing installs a panic hook, and std's default
# hook writes to wasm32's stderr, which discards it. Still, std's panic machinery (file names and
# line numbers of every panic site, the formatter for the message) took about 22 KB of the module.
# So the module is built with its own copy of std (-Zbuild-std, from the rust-src component) and
# -Cpanic=immediate-abort: a panic is the same `unreachable` trap it always ended in, without the
# formatting on the way. Both options are unstable: RUSTC_BOOTSTRAP=1 lets the stable toolchain
# accept them, for this build only. Where the toolchain has no rust-src or refuses the options, the
# module is built with the prebuilt std instead (about 22 KB larger) and a warning says so.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=wasm32-unknown-unknown
BUILD=(cargo build -q -p replyguide-wasm --target "$TARGET" --profile wasm-release)
# The rustflags are appended to the target's in .cargo/config.toml (cargo joins the two lists).
# std is compiled at opt-level 3, as the prebuilt one is, not at the profile's "z": that is both
# faster and, measured, 0.7 KB smaller.
SMALL_PANICS=(-Zbuild-std=std,panic_abort
    --config "target.$TARGET.rustflags=['-Zunstable-options', '-Cpanic=immediate-abort']")
for std_crate in core alloc std; do
    SMALL_PANICS+=(--config "profile.wasm-release.package.$std_crate.opt-level=3")
done

std_sources="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.lock"
if [ -f "$std_sources" ] && RUSTC_BOOTSTRAP=1 rustc -Zunstable-options -Cpanic=immediate-abort \
    --target "$TARGET" --print cfg >/dev/null 2>&1; then
    RUSTC_BOOTSTRAP=1 "${BUILD[@]}" "${SMALL_PANICS[@]}"
else
    printf '[build] warning: %s %s\n' \
        "this toolchain cannot build std with -Cpanic=immediate-abort (is rust-src installed?)." \
        "Building the wasm module with the prebuilt std: about 22 KB larger." >&2
    "${BUILD[@]}"
fi
