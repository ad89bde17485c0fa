#!/usr/bin/env bash
# make dist CONFIG=path/to/org.json [NAME="Healthwatch Exampleshire Reply Guide"]
# Validates the organisation config with `replyguide config validate` (a broken config stops here,
# with the engine's message naming the field; the extension runs the same engine), builds the
# extension, and bakes the config and the name into ready-to-distribute copies: dist/<slug>-chrome/ + .zip (Chrome, Edge) and
# dist/<slug>-firefox/ + .zip (rename to .xpi, or upload to addons.mozilla.org for signing).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[dist] %s\n' "$*" >&2; }

[ -n "${CONFIG:-}" ] || { say 'usage: make dist CONFIG=path/to/org.json [NAME="Organisation Reply Guide"]'; exit 2; }
[ -f "$CONFIG" ] || { say "no such config file: $CONFIG"; exit 2; }

say "validating $CONFIG"
if ! cargo run -q -p replyguide-cli --bin replyguide -- config validate "$CONFIG"; then
    say "$CONFIG is not a valid organisation config (see the message above): nothing was built"
    exit 1
fi

# The name defaults to "<organisation> Reply Guide"; the slug names the files.
NAME=${NAME:-$(node -e '
const org = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).organisation?.name;
console.log(org ? `${org} Reply Guide` : "Reply Guide");' "$CONFIG")}
SLUG=$(printf '%s' "$NAME" | tr '[:upper:]' '[:lower:]' | sed -E 's/[^a-z0-9]+/-/g; s/^-+//; s/-+$//')
[ -n "$SLUG" ] || SLUG=replyguide

bash scripts/build-extension.sh

for browser in chrome firefox; do
    out="dist/$SLUG-$browser"
    rm -rf "$out"
    cp -R "dist/$browser" "$out"
    node scripts/bake-config.mjs "$CONFIG" "$NAME" "$SLUG" "$out"
    bash scripts/zip-dir.sh "$out" "$out.zip"
    say "$NAME for ${browser/chrome/Chrome and Edge}: $out.zip"
done
