#!/usr/bin/env bash
# Runs the wasm crate's browser tests (crates/wasm/tests/*.rs) in headless Chromium through
# chromedriver. The runner is wasm-bindgen-test-runner (.cargo/config.toml); Chromium's flags
# (headless, no sandbox, as root in CI) are in crates/wasm/webdriver.json.
set -euo pipefail
cd "$(dirname "$0")/.."

export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

cargo test -p replyguide-wasm --target wasm32-unknown-unknown "$@"
