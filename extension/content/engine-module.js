// The engine's wasm module travels inside the content script (scripts/bundle-content-script.mjs
// bundles it as base64 text): a page has its bytes as soon as the script runs, instead of asking
// the browser for the extension's file and waiting for its answer while the page is parsed. Being
// in no file a page could request, it cannot tell a page that Reply Guide is installed either.
import moduleBase64 from '../wasm/replyguide_wasm_bg.wasm';
import { loadEngineNow } from '../shared/engine.js';

/**
 * The module's bytes from base64 text (Uint8Array.fromBase64 where the browser has it: Chromium
 * 140, Firefox 133).
 * @param {string} text
 * @returns {Uint8Array}
 */
function decodeBase64(text) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/**
 * Compiles and instantiates the engine in this page's isolated world, once, at the first call
 * (shared/engine.js loadEngineNow); the module's text is decoded only then, on story pages.
 * @returns {Promise<object>} the glue module's exports; rejects when the page refuses WebAssembly
 */
export function loadPageEngine() {
  return loadEngineNow(() => decodeBase64(moduleBase64));
}
