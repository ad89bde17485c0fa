#!/usr/bin/env bash
# The extension as shipped: the wasm module's size (dist/chrome, after wasm-opt; raw and gzipped),
# then in Chromium (tests/bench/browser-timing.mjs, on the test harness's story server, with the
# test build dist/chrome-test, whose content script leaves the timing marks the release omits) the time
# from a keystroke to the annotation, excluding the 150 ms debounce, and the cold start to the
# panel being ready. Builds dist/chrome and dist/chrome-test first (quick when the wasm is unchanged).
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/install-deps.sh wasm node browser
# The build's own progress lines are shown only when it fails.
build_log=$(bash scripts/build-extension.sh 2>&1) || { printf '%s\n' "$build_log" >&2; exit 1; }

wasm=dist/chrome/wasm/replyguide_wasm_bg.wasm
raw=$(wc -c <"$wasm")
gzipped=$(gzip -9c "$wasm" | wc -c)
# The budget: 600 KB raw, 200 KB gzipped, KB = 1,000 bytes (tests/e2e/engine-module.test.mjs holds
# the build to 1,043 KB raw and 425 KB gzipped while the budget is missed).
raw_budget=600000
gzip_budget=200000
verdict=$([ "$raw" -le "$raw_budget" ] && [ "$gzipped" -le "$gzip_budget" ] && echo met || echo MISSED)
kib() { awk -v bytes="$1" 'BEGIN { printf "%.1f", bytes / 1024 }'; }
printf 'wasm (%s, as shipped): %d bytes = %s KiB raw, %d bytes = %s KiB gzip -9\n' \
    "$wasm" "$raw" "$(kib "$raw")" "$gzipped" "$(kib "$gzipped")"
printf 'budget: ≤ %d bytes raw and ≤ %d bytes gzipped after wasm-opt: %s\n\n' "$raw_budget" "$gzip_budget" "$verdict"

node tests/bench/browser-timing.mjs
