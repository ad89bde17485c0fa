// The message protocol of the remote engine (content script → service worker → offscreen document).
// A request is { kind, op, ...arguments }; a reply is { ok: true, result } or { ok: false, error }.

/** Sent by a content script to the service worker. */
export const ENGINE_REQUEST = 'replyguide:engine-request';
/** Forwarded by the service worker to the offscreen document. */
export const OFFSCREEN_REQUEST = 'replyguide:offscreen-request';
/** Sent by the offscreen document to the service worker when no page has used it for a while: close it. */
export const OFFSCREEN_IDLE = 'replyguide:offscreen-idle';

/** Operations the remote engine understands. */
export const Op = Object.freeze({
  /**
   * { html, url, configJson } → { reading, selectors, configProblem, storyKey }: storyKey names the
   * story read, which the offscreen engine now holds.
   */
  READ_PAGE: 'read-page',
  /**
   * { configJson, historyJsonl } → { historyProblem }: the engine for configJson now checks against
   * this reply history (the one read most recently by any page).
   */
  ADD_HISTORY: 'add-history',
  /**
   * { draft, nowIso, configJson, hasHistory, storyKey } or, for a story not yet handed over,
   * { draft, nowIso, configJson, hasHistory, story } → { findings, storyKey }; or
   * { storyUnknown: true } when the offscreen engine no longer holds the story of storyKey (the
   * story is then sent again); or { historyUnknown: true } when the page has added a non-empty
   * history (hasHistory) and the engine holds none (the history is then sent again).
   */
  CHECK: 'check',
});

/**
 * Messages about the reply history, sent by content scripts to the service worker, which answers
 * { ok: true } or { ok: false, error }.
 */
export const HistoryMessage = Object.freeze({
  /** { entry: {text, story_url} }: keep a reply the person just submitted (the worker dates it). */
  RECORD_REPLY: 'replyguide:record-reply',
  /** {}: open the reply history page in a new tab. */
  OPEN_PAGE: 'replyguide:open-history',
});

/** Messages about the person's settings, sent by content scripts to the service worker. */
export const SettingsMessage = Object.freeze({
  /** { rule, enabled }: turn a built-in guideline off (or back on) in the person's own settings. */
  SET_GUIDELINE_ENABLED: 'replyguide:set-guideline-enabled',
});
