// The reply history reaches the engine after the page's first check, not before it: reading and
// indexing thousands of earlier replies (the default limit is 5,000) would otherwise hold up the
// panel. Until then the engine checks without it; once it is indexed every box is checked again,
// so `repeated-response` findings follow a moment later. The engine is opened a second time, with
// the history, as backends take the history when they open (backend.js).
import { openBackend } from './backend.js';
import { errorText } from './engine.js';
import { t } from './i18n.js';
import { markStartup } from './startup-marks.js';

/**
 * @typedef {import('./backend.js').Backend & {switchTo: (next: import('./backend.js').Backend) => void}} SwitchableBackend
 */

/**
 * A backend that answers with `initial` until switchTo() gives it another.
 * @param {import('./backend.js').Backend} initial
 * @returns {SwitchableBackend}
 */
export function switchableBackend(initial) {
  let current = initial;
  return {
    get kind() { return current.kind; },
    get configProblem() { return current.configProblem; },
    get historyProblem() { return current.historyProblem; },
    readPage: () => current.readPage(),
    replyBoxSelectors: () => current.replyBoxSelectors(),
    check: (draft, story, nowIso) => current.check(draft, story, nowIso),
    switchTo(next) {
      current = next;
    },
  };
}

/**
 * Once the history is read, opens the engine with it, switches `session.backend` to that engine and
 * has every annotated box checked again; a history that cannot be (all) used adds a notice to
 * every panel, and to the panels of boxes found later (`session.notices`). Never rejects.
 * @param {object} session
 * @param {SwitchableBackend} session.backend
 * @param {string|null} session.configJson the config the backend was opened with
 * @param {Promise<{jsonl: string, problem: string|null}>} session.history historyForEngine()
 * @param {string[]} session.notices
 * @param {() => Iterable<import('./annotator.js').Annotator>} annotators the boxes annotated now
 * @returns {Promise<void>}
 */
export async function addHistoryWhenRead(session, annotators) {
  try {
    const { jsonl, problem } = await session.history;
    if (!jsonl && !problem) return;
    const withHistory = jsonl ? await openBackend(session.configJson, jsonl) : null;
    if (withHistory) session.backend.switchTo(withHistory);
    const historyProblem = problem ?? withHistory?.historyProblem;
    if (historyProblem) session.notices.push(t('historyUnreadable', historyProblem));
    for (const annotator of annotators()) {
      if (historyProblem) annotator.showNotices(session.notices);
      if (withHistory) annotator.recheck();
    }
    markStartup('history-added');
  } catch (error) {
    console.warn('Reply Guide could not compare drafts with the reply history:', errorText(error));
  }
}
