#!/usr/bin/env bash
# `make run`: the built extension (dist/chrome) on the bundled sample story page, in Chromium
# (headed when $DISPLAY is set, headless otherwise). Prints the findings for a sample draft and
# saves dist/sample-screenshot.png. The Makefile builds the extension and installs Chromium first.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f dist/chrome/manifest.json ] || { echo "[run] no dist/chrome: run \`make build\` first" >&2; exit 1; }
[ -d tests/node_modules/playwright-core ] || bash scripts/install-deps.sh node

exec node tests/sample/run-sample.mjs
