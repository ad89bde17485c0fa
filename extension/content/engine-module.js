// The engine's wasm module travels inside the content script (scripts/bundle-content-script.mjs
// bundles it as base64 text): a page has its bytes as soon as the script runs, instead of asking
// the browser for the extension's file and waiting for its answer while the page is parsed. Being
// in no file a page could request, it cannot tell a page that Reply Guide is installed either.
import moduleBase64 from '../wasm/replyguide_wasm_bg.wasm';
import { loadEngineNow } from '../shared/engine.js';

/**
 * The module's bytes from base64 text (Uint8Array.fromBase64 where the browser has it: Chromium
 * 140, Firefox 133). Before those, a plain loop over atob's text: `Uint8Array.from` with a mapping
 * function takes ten times as long or more over a module's worth of characters.
 * @param {string} text
 * @returns {Uint8Array}
 */
function decodeBase64(text) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Compiles and instantiates the engine in this page's isolated world, once, at the first call
 * (shared/engine.js loadEngineNow); the module's text is decoded only then, on story pages.
 * @returns {Promise<object>} the glue module's exports; rejects when the page refuses WebAssembly
 */
export function loadPageEngine() {
  return loadEngineNow(() => decodeBase64(moduleBase64));
}
