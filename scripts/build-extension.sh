#!/usr/bin/env bash
# Builds the browser extension into dist/chrome/ and dist/replyguide-chrome.zip, and the same for
# Firefox into dist/firefox/ and dist/replyguide-firefox.zip (manifest derived by
# scripts/firefox-manifest.mjs), and the test build dist/chrome-test/ (never packaged: the release
# with timing marks and attributes a page can read, for make bench and the tests that time): the
# wasm engine (scripts/build-wasm-module.sh → wasm-bindgen → wasm-opt from extension/node_modules),
# extension/ with its content script bundled into one classic script
# (scripts/bundle-content-script.mjs, esbuild), shared/engine-facts.js generated from the engine
# (crates/engine/examples/js_facts.rs), and
# managed_schema.json generated from the engine's config types
# (`replyguide config schema --managed-policy`).
# Needs `bash scripts/install-deps.sh wasm node` first (`make build` runs it).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[build] %s\n' "$*" >&2; }

OUT=dist/chrome
ZIP=dist/replyguide-chrome.zip
FIREFOX_OUT=dist/firefox
FIREFOX_ZIP=dist/replyguide-firefox.zip
TEST_OUT=dist/chrome-test
WASM_NAME=replyguide_wasm
# Cargo's target directory (CARGO_TARGET_DIR when set, as cargo itself does).
TARGET_DIR=${CARGO_TARGET_DIR:-target}
BUILT_WASM=$TARGET_DIR/wasm32-unknown-unknown/wasm-release/$WASM_NAME.wasm
WASM_OPT=extension/node_modules/binaryen/bin/wasm-opt
# What the extension ships: everything in extension/ except its build tooling and the content
# script's modules (content/ ships as the one bundle scripts/bundle-content-script.mjs writes).
SHIPPED=(manifest.json background.js offscreen.html offscreen.js shared history options popup icons _locales)
# Features the Rust toolchain emits for wasm32-unknown-unknown and wasm-bindgen keeps.
WASM_FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
    --enable-mutable-globals --enable-reference-types --enable-multivalue)
# wasm-opt's standard size pipeline; the module ships without DWARF or the producers section.
# --low-memory-unused: Rust's wasm linker puts the stack first, from 1 MiB down, so the first
# kilobyte of memory is never read or written and wasm-opt may fold addresses into it.
# --reorder-functions-by-name: the functions stand in the order of their names, so the copies of
# one generic function made for different types sit together, where the zip's compression finds
# what they have in common.
WASM_OPT_FLAGS=(-Oz --low-memory-unused --reorder-functions-by-name --strip-debug --strip-producers)

[ -x "$WASM_OPT" ] || { say "missing $WASM_OPT: run bash scripts/install-deps.sh node"; exit 1; }
[ -d extension/node_modules/esbuild ] || { say "missing esbuild: run bash scripts/install-deps.sh node"; exit 1; }

say "compiling the engine to wasm"
bash scripts/build-wasm-module.sh

# wasm-bindgen and wasm-opt run only when the compiled module changed (make dist and the tests build
# repeatedly); their output is kept in the target directory beside a stamp of what it was made from.
BOUND=$TARGET_DIR/wasm-bound
STAMP="$(sha256sum <"$BUILT_WASM" | cut -d' ' -f1) $(wasm-bindgen --version) ${WASM_FEATURES[*]} ${WASM_OPT_FLAGS[*]}"
if [ "$(cat "$BOUND/stamp" 2>/dev/null)" != "$STAMP" ]; then
    rm -rf "$BOUND"
    mkdir -p "$BOUND"
    wasm-bindgen --target web --no-typescript --out-dir "$BOUND" "$BUILT_WASM"
    say "optimising the wasm (wasm-opt)"
    wc -c <"$BOUND/${WASM_NAME}_bg.wasm" >"$BOUND/raw-size"
    node "$WASM_OPT" "${WASM_OPT_FLAGS[@]}" "${WASM_FEATURES[@]}" \
        "$BOUND/${WASM_NAME}_bg.wasm" -o "$BOUND/${WASM_NAME}_bg.opt.wasm"
    mv "$BOUND/${WASM_NAME}_bg.opt.wasm" "$BOUND/${WASM_NAME}_bg.wasm"
    # The optimised module must still instantiate with the glue's imports (initSync does both).
    node --input-type=module -e "
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
const { initSync } = await import(pathToFileURL('$BOUND/$WASM_NAME.js'));
initSync({ module: await readFile('$BOUND/${WASM_NAME}_bg.wasm') });
"
    printf '%s' "$STAMP" >"$BOUND/stamp"
else
    say "wasm unchanged since the last build: reusing the optimised module"
fi
raw_size=$(cat "$BOUND/raw-size")

rm -rf "$OUT" "$ZIP" "$FIREFOX_OUT" "$FIREFOX_ZIP" "$TEST_OUT"
mkdir -p "$OUT/wasm" "$OUT/content"
cp "$BOUND/$WASM_NAME.js" "$BOUND/${WASM_NAME}_bg.wasm" "$OUT/wasm/"
# The JavaScript the glue imports (the page reader's DOM walks, crates/wasm/src/page/walk.js).
cp -R "$BOUND/snippets" "$OUT/wasm/"

for item in "${SHIPPED[@]}"; do
    cp -R "extension/$item" "$OUT/"
done
say "writing vendor/papaparse.js (the history page's CSV reader, npm papaparse) as a module"
# `stream` serves only PapaParse's Node streams, which a page never reaches.
extension/node_modules/.bin/esbuild extension/node_modules/papaparse/papaparse.js --bundle --format=esm \
    --minify --external:stream --target=chrome121,firefox140 --log-level=warning \
    --outfile="$OUT/vendor/papaparse.js"
say "writing shared/engine-facts.js from the engine (facts its JavaScript shares)"
cargo run -q -p replyguide-engine --example js_facts >"$OUT/shared/engine-facts.js"
say "bundling the content script"
node scripts/bundle-content-script.mjs "$OUT"

say "writing managed_schema.json from the engine's config types"
cargo run -q -p replyguide-cli --bin replyguide -- config schema --managed-policy >"$OUT/managed_schema.json"
bash scripts/zip-dir.sh "$OUT" "$ZIP"

say "deriving the Firefox build"
cp -R "$OUT" "$FIREFOX_OUT"
node scripts/firefox-manifest.mjs "$OUT/manifest.json" >"$FIREFOX_OUT/manifest.json"
bash scripts/zip-dir.sh "$FIREFOX_OUT" "$FIREFOX_ZIP"

say "deriving the test build (timing marks and attributes)"
cp -R "$OUT" "$TEST_OUT"
node scripts/bundle-content-script.mjs "$TEST_OUT" --test-build

opt_size=$(wc -c <"$OUT/wasm/${WASM_NAME}_bg.wasm")
gzip_size=$(gzip -9c "$OUT/wasm/${WASM_NAME}_bg.wasm" | wc -c)
say "wasm: $raw_size bytes from wasm-bindgen, $opt_size bytes after wasm-opt ${WASM_OPT_FLAGS[*]}, $gzip_size bytes gzipped"
say "extension in $OUT/, package $ZIP ($(wc -c <"$ZIP") bytes)"
say "Firefox: $FIREFOX_OUT/, package $FIREFOX_ZIP ($(wc -c <"$FIREFOX_ZIP") bytes)"
say "test build: $TEST_OUT/"
