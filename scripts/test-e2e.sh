#!/usr/bin/env bash
# End-to-end browser tests: the built release extension (dist/chrome, `make build`) in Debian's
# Chromium, on the story pages of tests/pages served over local HTTPS under the real Care Opinion
# host names. Node's test runner prints its summary last (tests N, pass N, fail N).
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f dist/chrome/manifest.json ] || { echo "[e2e] no dist/chrome: run \`make build\` first" >&2; exit 1; }
[ -d tests/node_modules/playwright-core ] || bash scripts/install-deps.sh node

cd tests
# One file at a time: each starts its own browser, and the machine has few cores. TAP ends with
# the summary (# tests N, # pass N, # fail N) on any terminal.
exec node --test --test-concurrency=1 --test-reporter=tap "$@" e2e/
