#!/usr/bin/env bash
# The extension as shipped: the wasm module's size (dist/chrome, after wasm-opt; raw and gzipped),
# then in Chromium (tests/bench/browser-timing.mjs, on the test harness's story server) the time
# from a keystroke to the annotation, excluding the 150 ms debounce, and the cold start to the
# panel being ready. Builds dist/chrome first (quick when the wasm is unchanged).
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/install-deps.sh wasm node browser
# The build's own progress lines are shown only when it fails.
build_log=$(bash scripts/build-extension.sh 2>&1) || { printf '%s\n' "$build_log" >&2; exit 1; }

wasm=dist/chrome/wasm/replyguide_wasm_bg.wasm
raw=$(wc -c <"$wasm")
gzipped=$(gzip -9c "$wasm" | wc -c)
target_kb=200
verdict=$([ "$raw" -le $((target_kb * 1024)) ] && echo met || echo MISSED)
kb() { awk -v bytes="$1" 'BEGIN { printf "%.1f", bytes / 1024 }'; }
printf 'wasm (%s, after wasm-opt -Oz): %d bytes = %s KB raw, %d bytes = %s KB gzip -9\n' \
    "$wasm" "$raw" "$(kb "$raw")" "$gzipped" "$(kb "$gzipped")"
printf 'target: ≤ %d KB after wasm-opt: %s\n\n' "$target_kb" "$verdict"

node tests/bench/browser-timing.mjs
