// The engine compiled into the page's isolated world (the usual case).
import { loadEngine, openGuide } from './engine.js';

/**
 * @param {string|null} configJson
 * @param {string} historyJsonl earlier replies, JSON Lines
 * @returns {Promise<import('./backend.js').Backend>} rejects when WebAssembly cannot run here
 */
export async function createLocalBackend(configJson, historyJsonl) {
  const wasm = await loadEngine();
  const { guide, configProblem, historyProblem } = openGuide(wasm, configJson, historyJsonl);
  return {
    kind: 'local',
    configProblem,
    historyProblem,
    readPage: async () => guide.read_page(document),
    replyBoxSelectors: async () => guide.reply_box_selectors(),
    check: async (draft, story, nowIso) => guide.check(draft, story, nowIso).findings,
  };
}
