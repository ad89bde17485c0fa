// The page's side of the feedback counts (shared/feedback-store.js): one counter per reply box.
// A finding (its guideline and the words it flags) counts as shown once per box, however often
// the draft is checked again; counts go to the service worker in small batches, and at once when
// the reply is posted (the page is about to navigate away).
import { FeedbackMessage } from '../shared/feedback-store.js';

/** How long counts wait to be sent together. */
const SEND_DELAY_MS = 2_000;

/**
 * @typedef {object} FeedbackCounter
 * @property {(findings: {rule: string, key: string}[]) => void} shown findings in the panel now
 *   (`key` tells findings apart: guideline and flagged words)
 * @property {(rule: string) => void} dismissed
 * @property {(rule: string) => void} applied
 * @property {() => void} posted the reply was posted with the findings last shown
 * @property {() => void} stop sends what is counted and stops (the box is gone)
 */

/** @returns {FeedbackCounter} */
export function createFeedbackCounter() {
  const seen = new Set();
  let showing = [];
  let pending = {};
  let timer = 0;

  const send = () => {
    clearTimeout(timer);
    timer = 0;
    const counts = pending;
    pending = {};
    if (Object.keys(counts).length === 0) return;
    chrome.runtime.sendMessage({ kind: FeedbackMessage.COUNT, counts })
      .catch((error) => console.warn('Reply Guide could not keep its feedback counts:', error));
  };
  // Leaving the page sends what is counted rather than losing it.
  addEventListener('pagehide', send);
  const count = (rule, counter) => {
    pending[rule] ??= {};
    pending[rule][counter] = (pending[rule][counter] ?? 0) + 1;
    timer ||= setTimeout(send, SEND_DELAY_MS);
  };

  return {
    shown(findings) {
      showing = findings.map((f) => f.rule);
      for (const { rule, key } of findings) {
        if (seen.has(key)) continue;
        seen.add(key);
        count(rule, 'shown');
      }
    },
    dismissed: (rule) => count(rule, 'dismissed'),
    applied: (rule) => count(rule, 'applied'),
    posted() {
      for (const rule of showing) count(rule, 'posted_with');
      send();
    },
    stop() {
      removeEventListener('pagehide', send);
      send();
    },
  };
}
