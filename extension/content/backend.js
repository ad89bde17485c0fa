// Chooses where the engine runs. Both backends answer the same questions, so the rest of the
// content script never knows which one it has; rendering always happens in the page.
import { createLocalBackend } from './backend-local.js';
import { createRemoteBackend } from './backend-remote.js';
import { errorText } from './engine.js';

/**
 * @typedef {object} Backend
 * @property {'local'|'remote'} kind where the engine runs
 * @property {string|null} configProblem why the stored config was not used, or null
 * @property {string|null} historyProblem why (some of) the reply history was not used, or null
 * @property {() => Promise<{story: object, unknown: string[]}>} readPage the story context of this page
 * @property {() => Promise<string[]>} replyBoxSelectors CSS selectors of reply boxes, most specific first
 * @property {(draft: string, story: object, nowIso: string) => Promise<object[]>} check findings for a draft
 */

/**
 * The engine in this page's isolated world, or, when the page's CSP refuses to compile
 * WebAssembly, the same engine in the extension's offscreen document.
 * @param {string|null} configJson
 * @param {string} historyJsonl earlier replies, JSON Lines (shared/history-store.js)
 * @returns {Promise<Backend>} rejects only when neither can start
 */
export async function openBackend(configJson, historyJsonl) {
  try {
    return await createLocalBackend(configJson, historyJsonl);
  } catch (localError) {
    console.info('Reply Guide runs its engine outside the page:', errorText(localError));
    try {
      return await createRemoteBackend(configJson, historyJsonl);
    } catch (remoteError) {
      throw new Error(`${errorText(localError)}; ${errorText(remoteError)}`);
    }
  }
}
