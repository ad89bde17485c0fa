// Bundles the content script of a built extension: content/loader.js and every module it imports
// (content/, shared/, the wasm-bindgen glue in wasm/) and the engine's wasm module itself (as base64
// text) into one classic script, content/content-script.js, the one the manifest declares. A page
// then runs it at once instead of fetching about twenty modules one import after another, and the
// engine after them.
// The modules are bundled from the source tree (extension/), with the build's own wasm-bindgen glue
// shared/baked-config.js and shared/engine-facts.js, so a build's content/ holds only the bundle.
// Run by scripts/build-extension.sh, and by scripts/bake-config.mjs after it changes
// shared/baked-config.js (make dist), so the bundle carries the organisation's config too.
// Usage: node scripts/bundle-content-script.mjs dist/chrome [--test-build]
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** esbuild, from the extension's build tools (extension/package.json). */
export const esbuild = createRequire(new URL('../extension/package.json', import.meta.url))('esbuild');

/** The extension's source tree. */
const SOURCE_DIR = fileURLToPath(new URL('../extension/', import.meta.url));

/** The bundle's path inside a build, as the manifest's content_scripts name it. */
export const CONTENT_SCRIPT = 'content/content-script.js';

/** What the bundle takes from the source tree, and what from the build. */
const FROM_SOURCE = ['content', 'shared'];
const FROM_BUILD = ['shared/baked-config.js', 'shared/engine-facts.js', 'wasm/replyguide_wasm.js', 'wasm/replyguide_wasm_bg.wasm', 'wasm/snippets'];

/**
 * Writes `buildDir`/content/content-script.js.
 * @param {string} buildDir a built extension (dist/chrome or a copy of it)
 * @param {{testBuild?: boolean}} [options] testBuild: the test build's bundle, which leaves timing
 *   marks and attributes in the page (content/startup-marks.js)
 */
export function bundleContentScript(buildDir, { testBuild = false } = {}) {
  const stage = mkdtempSync(join(tmpdir(), 'replyguide-bundle-'));
  try {
    for (const dir of FROM_SOURCE) cpSync(join(SOURCE_DIR, dir), join(stage, dir), { recursive: true });
    for (const file of FROM_BUILD) cpSync(join(buildDir, file), join(stage, file), { recursive: true });
    esbuild.buildSync({
      // Module paths in the bundle's comments read from the stage: content/…, shared/…, wasm/….
      absWorkingDir: stage,
      entryPoints: ['content/loader.js'],
      outfile: resolve(buildDir, CONTENT_SCRIPT),
      bundle: true,
      // A classic script: manifests cannot declare module content scripts.
      format: 'iife',
      // manifest.json's minimum_chrome_version, and the Firefox build's strict_min_version.
      target: ['chrome121', 'firefox140'],
      define: { REPLYGUIDE_TEST_BUILD: String(testBuild) },
      // The engine's module, as base64 text the content script decodes on story pages only
      // (content/engine-module.js).
      loader: { '.wasm': 'base64' },
      // Readable, as the store reviews want it; the modules are small.
      minify: false,
      charset: 'utf8',
      logLevel: 'warning',
      // The glue falls back to import.meta.url only when it is not given the module's address, and
      // engine.js always gives it.
      logOverride: { 'empty-import-meta': 'silent' },
    });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [buildDir, flag] = process.argv.slice(2);
  if (!buildDir || (flag !== undefined && flag !== '--test-build')) {
    console.error('usage: node scripts/bundle-content-script.mjs BUILD_DIR [--test-build]');
    process.exit(2);
  }
  bundleContentScript(buildDir, { testBuild: flag === '--test-build' });
}
