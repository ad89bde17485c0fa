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
  /** The story object the guide checks against (read_page keeps the story it read). */
  let heldStory = null;
  return {
    kind: 'local',
    configProblem,
    historyProblem,
    readPage: async () => {
      const reading = guide.read_page(document);
      heldStory = reading.story;
      return reading;
    },
    replyBoxSelectors: async () => guide.reply_box_selectors(),
    check: async (draft, story, nowIso) => {
      // Another story object is handed over once; the same one is never parsed again.
      if (story !== heldStory) {
        guide.set_story(story);
        heldStory = story;
      }
      return guide.check(draft, nowIso).findings;
    },
  };
}
