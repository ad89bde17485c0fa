// Loads the wasm engine. Used in the page (local backend, bundled into the content script by
// scripts/bundle-content-script.mjs), in the offscreen document and on the options page.
// The wasm-bindgen glue is built into wasm/ beside shared/ (it is not in the source tree).
import initEngine, * as engine from '../wasm/replyguide_wasm.js';

/** The engine's loading in this document, started by the first loadEngine() call. */
let engineLoading = null;

/**
 * Compiles and instantiates the engine's module, once per document: later calls share the first
 * one's result, so loading can start early (while the page is parsed and settings are read) and be
 * awaited where it is needed. The extension's pages stream the module file shipped with the
 * extension as it is read; the content script hands over the module's bytes, which it carries
 * (content/engine-module.js).
 * Rejects when the module cannot be compiled, e.g. under a page CSP without 'wasm-unsafe-eval'.
 * @param {() => string|BufferSource} [moduleSource] the module's address or bytes, asked for only by
 *   the first call
 * @returns {Promise<object>} the glue module's exports (Guide, validate_config, …)
 */
export function loadEngine(moduleSource = () => chrome.runtime.getURL('wasm/replyguide_wasm_bg.wasm')) {
  engineLoading ??= initEngine({ module_or_path: moduleSource() }).then(() => engine);
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
