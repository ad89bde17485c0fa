// The engine compiled into the page's isolated world (the usual case).
import { addHistory, openGuide } from '../shared/engine.js';
import { loadPageEngine } from './engine-module.js';

/**
 * A short reply, checked once and unseen in the task right after the first check: the engine
 * builds its rules (they wait for the first draft that needs them) and the browser compiles the
 * checking code then, while the person reads the page, rather than in the check of their first
 * pause in typing (which comes at least the debounce after their first keystroke).
 */
const WARM_UP_DRAFT = 'Thank you for telling us about your visit. I am sorry the wait was so long.';

/**
 * @param {string|null} configJson
 * @returns {Promise<import('./backend.js').Backend>} rejects when WebAssembly cannot run here
 */
export async function createLocalBackend(configJson) {
  const wasm = await loadPageEngine();
  const { guide, configProblem } = openGuide(wasm, configJson);
  /** The story object the guide checks against (read_page keeps the story it read). */
  let heldStory = null;
  let warmedUp = false;
  return {
    kind: 'local',
    configProblem,
    readPage: async () => {
      const reading = guide.read_page(document);
      heldStory = reading.story;
      return reading;
    },
    replyBoxSelectors: async () => guide.reply_box_selectors(),
    addHistory: async (historyJsonl) => addHistory(guide, historyJsonl),
    check: async (draft, story, nowIso) => {
      // Another story object is handed over once; the same one is never parsed again.
      if (story !== heldStory) {
        guide.set_story(story);
        heldStory = story;
      }
      const { findings } = guide.check(draft, nowIso);
      if (!warmedUp) {
        warmedUp = true;
        setTimeout(() => guide.check(WARM_UP_DRAFT, nowIso), 0);
      }
      return findings;
    },
  };
}
