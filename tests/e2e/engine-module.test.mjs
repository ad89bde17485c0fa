// The engine module the extension ships stays within the size the extension issue set for it.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXTENSION_DIR } from '../harness/paths.mjs';

/** The budget for the module after wasm-opt: 200 KB, counted as 200,000 bytes. */
const BUDGET_BYTES = 200_000;

test(`the wasm module is at most ${BUDGET_BYTES} bytes`, () => {
  const bytes = statSync(join(EXTENSION_DIR, 'wasm/replyguide_wasm_bg.wasm')).size;
  assert.ok(
    bytes <= BUDGET_BYTES,
    `${bytes} bytes: over budget (did the build warn that it used the prebuilt std? scripts/build-wasm-module.sh)`,
  );
});
