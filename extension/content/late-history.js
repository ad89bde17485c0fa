// The reply history reaches the engine after the page's first check, in a task of its own (the
// browser may paint and handle input in between), not before it: reading it from storage (megabytes
// at the default limit of 5,000 replies) and indexing it would otherwise hold up the panel. Until
// then the engine checks without it; once it is indexed every box is checked again, so
// `repeated-response` findings follow a moment later.
import { errorText } from '../shared/engine.js';
import { historyForEngine } from '../shared/history-store.js';
import { t } from '../shared/i18n.js';
import { markStartup } from './startup-marks.js';

/**
 * In a later task (the first check done and rendered), reads the history, adds it to the engine
 * (`session.backend`) and has every annotated box checked again; a history that cannot be (all)
 * used adds a notice to every panel, and to the panels of boxes found later (`session.notices`).
 * Never rejects.
 * @param {object} session
 * @param {import('./backend.js').Backend} session.backend
 * @param {string[]} session.notices
 * @param {() => Iterable<import('./annotator.js').Annotator>} annotators the boxes annotated now
 * @returns {Promise<void>}
 */
export async function addHistoryAfterFirstCheck(session, annotators) {
  try {
    await nextTask();
    const { jsonl, problem } = await historyForEngine();
    // Also an empty history: an offscreen engine shared with other tabs then drops the replies of
    // a history since deleted.
    const unusable = await session.backend.addHistory(jsonl);
    const historyProblem = problem ?? unusable;
    if (historyProblem) session.notices.push(t('historyUnreadable', historyProblem));
    for (const annotator of annotators()) {
      if (historyProblem) annotator.showNotices(session.notices);
      if (jsonl) annotator.recheck();
    }
    markStartup('history-added');
  } catch (error) {
    console.warn('Reply Guide could not compare drafts with the reply history:', errorText(error));
  }
}

/**
 * Resolves in a later task, giving the browser the chance to paint what the current one rendered.
 * @returns {Promise<void>}
 */
function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
