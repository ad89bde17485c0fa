// Timing for make bench and the tests: marks on the page's performance timeline as the content
// script starts up (tests/bench/browser-timing.mjs shows where the cold start goes), and each
// panel's data-last-check-ms and data-last-engine-ms. A page can read them, and learn from them
// that Reply Guide runs and roughly how large the reply history is, so only the test build has
// them: the build bundles the
// content script a second time for dist/chrome-test with REPLYGUIDE_TEST_BUILD true
// (scripts/bundle-content-script.mjs); in the release build it is false and these do nothing.
/* global REPLYGUIDE_TEST_BUILD */

/** Whether this content script is the test build's, which leaves timing where a page can read it. */
const TEST_BUILD = REPLYGUIDE_TEST_BUILD;

/** The prefix of every mark's name. */
const STARTUP_MARK_PREFIX = 'replyguide:';

/**
 * Marks that `stage` of the start-up is done now (test build only).
 * @param {'content-script-start'|'engine-loaded'|'settings-read'|'page-read'|'history-added'} stage
 */
export function markStartup(stage) {
  if (TEST_BUILD) performance.mark(`${STARTUP_MARK_PREFIX}${stage}`);
}

/**
 * Shows on `panel` how long its last check took, pause to render, and how much of that the engine
 * took to answer (test build only).
 * @param {import('./panel.js').Panel} panel
 * @param {number} milliseconds
 * @param {number} engineMilliseconds
 */
export function recordCheckTime(panel, milliseconds, engineMilliseconds) {
  if (TEST_BUILD) panel.recordCheckTime(milliseconds, engineMilliseconds);
}

/**
 * Test build: resolves after the delay the page address asks for in `parameter`
 * (`?replyguide-policy-delay-ms=3000`), holding a storage layer's answer as a browser that has just
 * started does; at once otherwise.
 * @param {string} parameter
 * @returns {Promise<void>}
 */
function heldForTest(parameter) {
  const delay = TEST_BUILD ? Number(new URL(location.href).searchParams.get(parameter)) : 0;
  return delay > 0 ? new Promise((resolve) => setTimeout(resolve, delay)) : Promise.resolve();
}

/**
 * Test build: holds managed policy's answer for `?replyguide-policy-delay-ms=` milliseconds.
 * @returns {Promise<void>}
 */
export function policyHeldForTest() {
  return heldForTest('replyguide-policy-delay-ms');
}

/**
 * Test build: holds the answer of the person's own settings for
 * `?replyguide-own-settings-delay-ms=` milliseconds.
 * @returns {Promise<void>}
 */
export function ownSettingsHeldForTest() {
  return heldForTest('replyguide-own-settings-delay-ms');
}

/**
 * Test build: true when the page address asks for a browser without the CSS Custom Highlight API
 * (`?replyguide-no-highlight-api`), so the overlay path can be tested in a Chromium that has it.
 * @returns {boolean}
 */
export function highlightApiHiddenForTest() {
  return TEST_BUILD && new URL(location.href).searchParams.has('replyguide-no-highlight-api');
}
