#!/usr/bin/env bash
# `make report`: `replyguide audit --format html` on the example replies, as the README shows it:
# dist/audit-report.html from examples/replies.jsonl, and dist/audit-report-spreadsheet.html from a
# spreadsheet export read through --columns (its bad row is listed in the page).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet -p replyguide-cli --bin replyguide
replyguide="${CARGO_TARGET_DIR:-target}/release/replyguide"
mkdir -p dist
"$replyguide" audit --format html --config examples/org.json --out dist/audit-report.html examples/replies.jsonl
"$replyguide" audit --format html --config examples/org.json --out dist/audit-report-spreadsheet.html \
    --columns "text=Response,posted=Date,story_url=Link,responder=Responder,story_posted=Story date" \
    examples/replies-spreadsheet.csv
echo "[report] dist/audit-report.html and dist/audit-report-spreadsheet.html: open them in a browser"
