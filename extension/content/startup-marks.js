// Marks on the page's performance timeline as the content script starts up, so that make bench
// (tests/bench/browser-timing.mjs) can show where the cold start goes. A mark costs microseconds.

/** The prefix of every mark's name. */
const STARTUP_MARK_PREFIX = 'replyguide:';

/**
 * Marks that `stage` of the start-up is done now.
 * @param {'content-script-start'|'engine-loaded'|'settings-read'|'page-read'|'history-added'} stage
 */
export function markStartup(stage) {
  performance.mark(`${STARTUP_MARK_PREFIX}${stage}`);
}
