// Loads the wasm engine. Used in the page (local backend) and in the offscreen document.

/**
 * Imports the wasm-bindgen glue and instantiates the module shipped with the extension.
 * Rejects when the module cannot be compiled, e.g. under a page CSP without 'wasm-unsafe-eval'.
 * @returns {Promise<object>} the glue module's exports (Guide, validate_config, …)
 */
export async function loadEngine() {
  const wasm = await import(chrome.runtime.getURL('wasm/replyguide_wasm.js'));
  await wasm.default({ module_or_path: chrome.runtime.getURL('wasm/replyguide_wasm_bg.wasm') });
  return wasm;
}

/**
 * Creates a Guide from the stored config; a config the engine rejects gives the built-in
 * defaults plus the reason, so a bad setting never stops the checks.
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
 * A readable one-line description of anything thrown.
 * @param {unknown} error
 * @returns {string}
 */
export function errorText(error) {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
