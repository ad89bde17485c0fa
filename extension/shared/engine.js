// Loads the wasm engine. Used in the page (local backend, bundled into the content script by
// scripts/bundle-content-script.mjs), in the offscreen document and on the extension's pages.
// The wasm-bindgen glue is built into wasm/ beside shared/ (it is not in the source tree).
import initEngine, * as engine from '../wasm/replyguide_wasm.js';

/** The engine's loading in this document, started by the first loadEngine() or loadEngineNow(). */
let engineLoading = null;

/**
 * Compiles and instantiates the engine's module, once per document: later calls share the first
 * one's result, so loading can start early and be awaited where it is needed. The module file
 * shipped with the extension is streamed as it is read (the extension's pages).
 * Rejects when the module cannot be compiled.
 * @returns {Promise<object>} the glue module's exports (Guide, validate_config, …)
 */
export function loadEngine() {
  engineLoading ??= initEngine({ module_or_path: chrome.runtime.getURL('wasm/replyguide_wasm_bg.wasm') })
    .then(() => engine);
  return engineLoading;
}

/**
 * Compiles and instantiates the engine's module from its bytes in this task, once per document (the
 * content script, which carries the bytes: content/engine-module.js). The content script starts
 * while the page is parsed, and the page's main thread takes the result of an asynchronous compile
 * only once the parser has finished; compiled at once (Chromium compiles each function when it is
 * first called, Firefox with a fast baseline compiler: milliseconds), the engine is ready before
 * the page is.
 * Rejects when the module cannot be compiled, e.g. under a page CSP without 'wasm-unsafe-eval'.
 * @param {() => BufferSource} moduleBytes asked for only by the first call
 * @returns {Promise<object>} the glue module's exports, as loadEngine's
 */
export function loadEngineNow(moduleBytes) {
  engineLoading ??= new Promise((resolve) => {
    engine.initSync({ module: moduleBytes() });
    resolve(engine);
  });
  return engineLoading;
}

/**
 * Creates a Guide from the stored config; a config the engine rejects gives the built-in defaults
 * plus the reason, so bad stored data never stops the checks.
 * @param {object} wasm the loaded engine
 * @param {string|null} configJson the organisation/user config, or null for the defaults
 * @returns {{guide: object, configProblem: string|null}}
 */
export function openGuide(wasm, configJson) {
  if (configJson) {
    try {
      return { guide: new wasm.Guide(configJson), configProblem: null };
    } catch (error) {
      return { guide: new wasm.Guide(null), configProblem: errorText(error) };
    }
  }
  return { guide: new wasm.Guide(null), configProblem: null };
}

/**
 * Adds earlier replies to `guide`'s reply history: unreadable lines are left out, every other reply
 * is added.
 * @param {object} guide
 * @param {string} historyJsonl earlier replies, JSON Lines (shared/history-store.js)
 * @returns {string|null} why (some of) the history could not be used, or null
 */
export function addHistory(guide, historyJsonl) {
  try {
    guide.add_history_jsonl(historyJsonl);
    return null;
  } catch (error) {
    console.warn('Reply Guide could not read all of the reply history:', errorText(error));
    return errorText(error);
  }
}

/**
 * A readable one-line description of anything thrown.
 * @param {unknown} error
 * @returns {string}
 */
export function errorText(error) {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
