// The engine module the extension ships: within the size the extension issue set for it, and its
// glue's names shortened together with the module's (scripts/minify-wasm-names.mjs).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXTENSION_DIR } from '../harness/paths.mjs';

/** The budget for the module after wasm-opt: 200 KB, counted as 200,000 bytes. */
const BUDGET_BYTES = 200_000;

const wasm = readFileSync(join(EXTENSION_DIR, 'wasm/replyguide_wasm_bg.wasm'));
const glue = readFileSync(join(EXTENSION_DIR, 'wasm/replyguide_wasm.js'), 'utf8');

test(`the wasm module is at most ${BUDGET_BYTES} bytes`, () => {
  assert.ok(
    wasm.length <= BUDGET_BYTES,
    `${wasm.length} bytes: over budget (did the build warn that it used the prebuilt std? scripts/build-wasm-module.sh)`,
  );
});

test('every import the module asks for is in its glue, and every export the glue calls is in the module', async () => {
  const module = new WebAssembly.Module(wasm);
  const { initSync } = await import(`data:text/javascript,${encodeURIComponent(glue)}`);
  initSync({ module });
  const exported = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const called = [...glue.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]);
  assert.ok(called.length > 10);
  assert.deepEqual(called.filter((name) => !exported.has(name)), []);
  for (const { name } of WebAssembly.Module.imports(module)) assert.ok(name.length <= 3, `import ${name}`);
});
