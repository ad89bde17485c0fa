// The page's answers to the popup: what was read here, and "off for this page".
import {
  PAGE_STATUS_REQUEST, SET_PAGE_PAUSED, isStoryPaused, pageLocale, providerResponseCount, setStoryPaused, storyKey,
} from '../shared/page-status.js';

/**
 * @typedef {object} PageControl
 * @property {() => boolean} isPaused whether Reply Guide is off on this story
 */

/**
 * Whether Reply Guide was turned off on this story (read at start, while the engine loads).
 * @returns {Promise<boolean>}
 */
export function isPausedHere() {
  return isStoryPaused(storyKey(location.href));
}

/**
 * Answers the popup from now on.
 * @param {object} options
 * @param {{story?: object|null, reading?: object|null, backend?: import('./backend.js').Backend,
 *   problem?: string}} options.session the session; its story and reading change when replies appear late
 * @param {boolean} options.pausedAtStart what isPausedHere() read
 * @param {() => number} options.countReplyBoxes reply boxes on the page now
 * @param {() => void} options.onPauseChange called after the popup turns Reply Guide off or on here
 * @returns {PageControl}
 */
export function answerPopup({ session, pausedAtStart, countReplyBoxes, onPauseChange }) {
  const key = storyKey(location.href);
  let paused = pausedAtStart;

  /** @returns {import('../shared/page-status.js').PageStatus} */
  const status = () => {
    const responses = Array.isArray(session.story?.responses) ? session.story.responses : [];
    return {
      paused,
      storyPosted: session.story?.posted ?? null,
      responses: responses.length,
      responsesUnknown: Boolean(session.story?.responses_unknown),
      url: location.href,
      reading: session.reading ?? null,
      providerResponses: providerResponseCount(responses),
      replyBoxes: countReplyBoxes(),
      engine: session.backend?.kind ?? null,
      problem: session.problem ?? session.backend?.configProblem ?? null,
      locale: pageLocale(location.href, document.documentElement.lang),
    };
  };

  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id) return false;
    if (message?.kind === PAGE_STATUS_REQUEST) {
      sendResponse(status());
      return false;
    }
    if (message?.kind !== SET_PAGE_PAUSED) return false;
    paused = Boolean(message.paused);
    onPauseChange();
    // Where session storage is closed to content scripts, the change still holds until the page reloads.
    setStoryPaused(key, paused)
      .catch((error) => console.warn('Reply Guide could not remember this for the story:', error))
      .finally(() => sendResponse(status()));
    return true;
  });
  return { isPaused: () => paused };
}
