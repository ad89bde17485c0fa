// Removes from a built extension the content/ modules that only the content-script bundle needed
// (scripts/bundle-content-script.mjs bundles them from the source tree). The modules the
// extension's own pages import (the offscreen document, options, popup, history page, service
// worker: e.g. content/engine.js, i18n.js, messages.js) stay; esbuild's import graph says which.
// Run by scripts/build-extension.sh after bundling.
// Usage: node scripts/prune-content-modules.mjs dist/chrome
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SCRIPT, esbuild } from './bundle-content-script.mjs';

/**
 * The build's scripts outside content/ and wasm/: the extension's pages and service worker.
 * @param {string} buildDir
 * @returns {string[]}
 */
function pageScripts(buildDir) {
  return readdirSync(buildDir, { recursive: true })
    .filter((path) => path.endsWith('.js') && !/^(content|wasm)\//.test(path))
    .map((path) => join(buildDir, path));
}

/**
 * Deletes the content/ modules no page script imports, directly or not.
 * @param {string} buildDir a built extension
 * @returns {string[]} the paths deleted, relative to buildDir
 */
export function pruneContentModules(buildDir) {
  const { metafile } = esbuild.buildSync({
    entryPoints: pageScripts(buildDir),
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: join(buildDir, '.unused'),
    logLevel: 'error',
    logOverride: { 'empty-import-meta': 'silent' },
  });
  const imported = new Set(Object.keys(metafile.inputs).map((input) => relative(buildDir, input)));
  const unused = readdirSync(join(buildDir, 'content'))
    .map((file) => `content/${file}`)
    .filter((path) => path !== CONTENT_SCRIPT && !imported.has(path));
  for (const path of unused) rmSync(join(buildDir, path));
  return unused;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [buildDir] = process.argv.slice(2);
  if (!buildDir) {
    console.error('usage: node scripts/prune-content-modules.mjs BUILD_DIR');
    process.exit(2);
  }
  console.log(pruneContentModules(buildDir).length);
}
