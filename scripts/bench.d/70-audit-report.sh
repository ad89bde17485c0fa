#!/usr/bin/env bash
# The HTML audit report on 100,000 generated replies by a team of eight (budget: ≤ 30 s, memory
# bounded): `replyguide audit --format html` on `replyguide-bench --export-audit`'s JSON Lines,
# timed with GNU time: wall-clock time, CPU time (what the wall-clock time would be on idle cores,
# divided by their number) and peak resident memory.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash scripts/install-deps.sh bench
REPLIES=${AUDIT_REPORT_REPLIES:-100000}
target=${CARGO_TARGET_DIR:-target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet -p replyguide-cli --bin replyguide --bin replyguide-bench
"$target/release/replyguide-bench" --export-audit "$work/replies.jsonl" --audit-replies "$REPLIES"
/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$target/release/replyguide" audit --format html \
    --now 2026-11-23T12:00:00Z --out "$work/report.html" "$work/replies.jsonl"
read -r seconds user system peak_kb < "$work/time"
input_mb=$(du -m "$work/replies.jsonl" | cut -f1)
report_kb=$(du -k "$work/report.html" | cut -f1)
verdict=$(awk -v s="$seconds" 'BEGIN { print (s <= 30 ? "within" : "OVER") }')
printf 'audit report: %s replies (%s MB of JSON Lines) -> %s KB of HTML in %s s on %s cores (%s the 30 s budget)\n' \
    "$REPLIES" "$input_mb" "$report_kb" "$seconds" "$(nproc)" "$verdict"
printf '  CPU time %s s (user %s s, system %s s); peak memory %s MB\n' \
    "$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.1f", u + s }')" "$user" "$system" "$((peak_kb / 1024))"
