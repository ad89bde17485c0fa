// What the person did with the advice, counted per guideline in this browser only: findings
// shown, dismissed, fixed with "Apply", and replies posted with the finding still there. The
// history page shows the counts and exports them as JSON for `replyguide feedback merge`; nothing
// leaves the browser otherwise. Pages send their counts to the service worker
// (FeedbackMessage.COUNT, accepted from story pages only: background.js), which adds them up under
// a Web Lock that the history page's "clear" takes too, so no change is lost to another.

/** Where the counts are kept (chrome.storage.local). */
export const FEEDBACK_KEY = 'feedback:v1';
/** The counters kept per guideline, in the order they are shown. The CLI reads the same names
 * (crates/cli/src/feedback.rs). */
export const FEEDBACK_COUNTERS = Object.freeze(['shown', 'dismissed', 'applied', 'posted_with']);
/** The `format` and `version` of an export, as `replyguide feedback merge` expects them. */
export const FEEDBACK_FORMAT = 'replyguide-feedback';
export const FEEDBACK_VERSION = 1;

/** Sent by a content script to the service worker. */
export const FeedbackMessage = Object.freeze({
  /** { counts: {[rule]: {[counter]: number}} }: add these to the stored counts. */
  COUNT: 'replyguide:count-feedback',
});

/**
 * The stored counts, `{}` when there are none or what is stored is unreadable.
 * @returns {Promise<Record<string, Record<string, number>>>}
 */
export async function readFeedback() {
  const stored = (await chrome.storage.local.get(FEEDBACK_KEY))[FEEDBACK_KEY];
  return cleanCounts(stored?.guidelines);
}

/**
 * Only well-formed counts: a guideline id mapped to non-negative whole numbers per known counter.
 * @param {unknown} guidelines
 * @returns {Record<string, Record<string, number>>}
 */
function cleanCounts(guidelines) {
  const clean = {};
  if (!guidelines || typeof guidelines !== 'object') return clean;
  for (const [rule, counts] of Object.entries(guidelines)) {
    if (!counts || typeof counts !== 'object') continue;
    clean[rule] = Object.fromEntries(FEEDBACK_COUNTERS.map((counter) => {
      const value = counts[counter];
      return [counter, Number.isSafeInteger(value) && value > 0 ? value : 0];
    }));
  }
  return clean;
}

/** The Web Lock every change of the counts holds. */
const FEEDBACK_LOCK = 'replyguide:feedback';

/**
 * Adds `counts` to the stored counts; changes run one after another, in every extension context.
 * @param {Record<string, Record<string, number>>} counts
 * @returns {Promise<void>}
 */
export function addFeedback(counts) {
  return navigator.locks.request(FEEDBACK_LOCK, async () => {
    const stored = await readFeedback();
    for (const [rule, added] of Object.entries(cleanCounts(counts))) {
      const total = stored[rule] ?? Object.fromEntries(FEEDBACK_COUNTERS.map((c) => [c, 0]));
      for (const counter of FEEDBACK_COUNTERS) total[counter] += added[counter];
      stored[rule] = total;
    }
    await chrome.storage.local.set({ [FEEDBACK_KEY]: { guidelines: stored } });
  });
}

/** Forgets every count. */
export function clearFeedback() {
  return navigator.locks.request(FEEDBACK_LOCK, () => chrome.storage.local.remove(FEEDBACK_KEY));
}

/**
 * The counts as the file the person downloads.
 * @param {Record<string, Record<string, number>>} guidelines
 * @param {Date} now
 */
export function feedbackExport(guidelines, now) {
  return { format: FEEDBACK_FORMAT, version: FEEDBACK_VERSION, people: 1, exported: now.toISOString(), guidelines };
}
