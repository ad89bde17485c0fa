// Chooses where the engine runs. Both backends answer the same questions, so the rest of the
// content script never knows which one it has; rendering always happens in the page.
import { createLocalBackend } from './backend-local.js';
import { createRemoteBackend } from './backend-remote.js';
import { documentParsed } from './document-parsed.js';
import { errorText } from '../shared/engine.js';

/**
 * @typedef {object} Backend
 * @property {'local'|'remote'} kind where the engine runs
 * @property {string|null} configProblem why the stored config was not used, or null
 * @property {() => Promise<{story: object, unknown: string[]}>} readPage the story context of this page
 * @property {() => Promise<string[]>} replyBoxSelectors CSS selectors of reply boxes, most specific first
 * @property {(historyJsonl: string) => Promise<string|null>} addHistory adds earlier replies (JSON Lines) to the
 *   history `repeated-response` checks against; resolves to why (some of) them could not be used, or null
 * @property {(draft: string, story: object, nowIso: string) => Promise<object[]>} check findings for a draft
 */

/**
 * The engine in this page's isolated world, or, when the page's CSP refuses to compile
 * WebAssembly, the same engine in the extension's offscreen document, which is sent the page once
 * it is parsed.
 * @param {string|null} configJson
 * @returns {Promise<Backend>} rejects only when neither can start
 */
export async function openBackend(configJson) {
  try {
    return await createLocalBackend(configJson);
  } catch (localError) {
    console.info('Reply Guide runs its engine outside the page:', errorText(localError));
    try {
      await documentParsed();
      return await createRemoteBackend(configJson);
    } catch (remoteError) {
      throw new Error(`${errorText(localError)}; ${errorText(remoteError)}`);
    }
  }
}
