#!/usr/bin/env bash
# `make report`: `replyguide audit --format html` on the example replies, as the README shows it:
# - dist/audit-report.html from examples/replies.jsonl, with the team's extension feedback
#   (examples/feedback/*.json, added up by `replyguide feedback merge` into dist/team-feedback.json);
# - dist/team-feedback.html, that feedback as a page of its own;
# - dist/audit-report-export.html from a subscription-style export saved by a spreadsheet
#   (semicolons, byte-order mark, its own column titles, day-first dates, a bad row listed);
# - dist/audit-report-spreadsheet.html from a spreadsheet read through --columns.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet -p replyguide-cli --bin replyguide
replyguide="${CARGO_TARGET_DIR:-target}/release/replyguide"
mkdir -p dist
"$replyguide" feedback merge --out dist/team-feedback.json examples/feedback/*.json
"$replyguide" feedback merge --format html --out dist/team-feedback.html examples/feedback/*.json
"$replyguide" audit --format html --config examples/org.json --feedback dist/team-feedback.json \
    --out dist/audit-report.html examples/replies.jsonl
"$replyguide" audit --format html --config examples/org.json --out dist/audit-report-export.html \
    examples/replies-export.csv
"$replyguide" audit --format html --config examples/org.json --out dist/audit-report-spreadsheet.html \
    --columns "text=Response,posted=Date,story_url=Link,responder=Responder,story_posted=Story date" \
    examples/replies-spreadsheet.csv
echo "[report] dist/audit-report.html, dist/team-feedback.html, dist/audit-report-export.html and dist/audit-report-spreadsheet.html: open them in a browser"
