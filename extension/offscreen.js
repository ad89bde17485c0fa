// Offscreen document: runs the wasm engine for pages that cannot (strict CSP). It parses the page's
// HTML with DOMParser (inside read_html) and checks drafts; the page renders the results itself.
import { errorText, loadEngine, openGuide } from './content/engine.js';
import { OFFSCREEN_REQUEST, Op } from './content/messages.js';

const engine = loadEngine();
/** Guides by config JSON, so each tab's settings are parsed once, with the history they hold. */
const guides = new Map();

/**
 * The Guide (and config problem) for one config. A page being read brings the reply history as
 * it is now: a guide holding another history is replaced (the history only changes between page
 * loads, so the latest is the one to check against).
 * @param {string|null} configJson
 * @param {string} [historyJsonl] the history to hold; omitted when checking a draft
 * @returns {Promise<{guide: object, configProblem: string|null, historyProblem: string|null}>}
 */
async function guideFor(configJson, historyJsonl) {
  const key = configJson ?? '';
  const cached = guides.get(key);
  if (!cached || (historyJsonl !== undefined && historyJsonl !== cached.historyJsonl)) {
    cached?.guide.free();
    guides.set(key, { ...openGuide(await engine, configJson, historyJsonl), historyJsonl });
  }
  return guides.get(key);
}

/**
 * Runs one operation.
 * @param {object} message an OFFSCREEN_REQUEST
 * @returns {Promise<any>}
 */
async function run(message) {
  const readsPage = message.op === Op.READ_PAGE;
  const { guide, configProblem, historyProblem } = await guideFor(message.configJson, readsPage ? message.historyJsonl ?? '' : undefined);
  switch (message.op) {
    case Op.READ_PAGE:
      return {
        reading: guide.read_html(message.html, message.url),
        selectors: guide.reply_box_selectors(),
        configProblem,
        historyProblem,
      };
    case Op.CHECK:
      return guide.check(message.draft, message.story, message.nowIso).findings;
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.kind !== OFFSCREEN_REQUEST || sender.id !== chrome.runtime.id) return false;
  run(message).then(
    (result) => sendResponse({ ok: true, result }),
    (error) => sendResponse({ ok: false, error: errorText(error) }),
  );
  return true;
});
