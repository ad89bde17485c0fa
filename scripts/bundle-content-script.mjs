// Bundles the content script of a built extension: content/loader.js and every module it imports
// (content/, shared/, the wasm-bindgen glue in wasm/) into one classic script,
// content/content-script.js, the one the manifest declares. A page then runs it at once instead of
// fetching about twenty modules one import after another. The modules stay in the build for the
// extension's own pages (offscreen document, options, popup), which import them as they are.
// Run by scripts/build-extension.sh, and by scripts/bake-config.mjs after it changes
// shared/baked-config.js (make dist), so the bundle carries the organisation's config too.
// Usage: node scripts/bundle-content-script.mjs dist/chrome
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** esbuild, from the extension's build tools (extension/package.json). */
const esbuild = createRequire(new URL('../extension/package.json', import.meta.url))('esbuild');

/** The bundle's path inside a build, as the manifest's content_scripts name it. */
const CONTENT_SCRIPT = 'content/content-script.js';

/**
 * Writes `buildDir`/content/content-script.js from the modules in `buildDir`.
 * @param {string} buildDir a built extension (dist/chrome or a copy of it)
 */
export function bundleContentScript(buildDir) {
  esbuild.buildSync({
    entryPoints: [join(buildDir, 'content/loader.js')],
    outfile: join(buildDir, CONTENT_SCRIPT),
    bundle: true,
    // A classic script: manifests cannot declare module content scripts.
    format: 'iife',
    // manifest.json's minimum_chrome_version, and the Firefox build's strict_min_version.
    target: ['chrome116', 'firefox140'],
    // Readable, as the store reviews want it; the modules are small.
    minify: false,
    charset: 'utf8',
    logLevel: 'warning',
    // The glue falls back to import.meta.url only when it is not given the module's address, and
    // engine.js always gives it.
    logOverride: { 'empty-import-meta': 'silent' },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [buildDir] = process.argv.slice(2);
  if (!buildDir) {
    console.error('usage: node scripts/bundle-content-script.mjs BUILD_DIR');
    process.exit(2);
  }
  bundleContentScript(buildDir);
}
