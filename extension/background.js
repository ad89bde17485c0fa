// Service worker: relays engine requests from pages whose CSP forbids WebAssembly to the offscreen
// document, which has a DOM (for DOMParser) and runs the same wasm engine; keeps the replies the
// person submits in the reply history, turns guidelines off and opens the history page; passes the
// "next finding" shortcut on to the page.
// Story pages ask for the last three through their content script, which a page's own scripts can
// provoke (PRIVACY.md, "What a page can and cannot make Reply Guide do"): they are accepted only
// from a story page in a tab, at a person's pace, and a reply only of a reasonable length.
import {
  ENGINE_REQUEST, HistoryMessage, OFFSCREEN_IDLE, OFFSCREEN_REQUEST, SettingsMessage,
} from './shared/messages.js';
import { FeedbackMessage, addFeedback } from './shared/feedback-store.js';
import { MAX_REPLY_CHARS, appendToHistory } from './shared/history-store.js';
import { NEXT_FINDING, storyKey } from './shared/page-status.js';
import { canTurnOffGuideline, loadSettings, setGuidelineEnabled } from './shared/settings.js';
import { isStoryPageUrl } from './shared/story-page.js';

/** The history page opens at most once in this time, however often a page asks. */
const OPEN_PAGE_INTERVAL_MS = 3_000;
/** One tab records at most one reply in this time (nobody posts two replies faster). */
const RECORD_INTERVAL_MS = 10_000;

const OFFSCREEN_URL = 'offscreen.html';
let offscreenReady = null;

// "Off for this page" (shared/page-status.js) is kept in session storage, which content scripts
// may only read once allowed to.
chrome.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' })
  .catch((error) => console.warn('Reply Guide could not share session storage with pages:', error));

/**
 * Firefox has no offscreen documents, but its background is a page with a DOM: the same
 * offscreen.html runs in a frame of it.
 * @returns {Promise<void>}
 */
function openEngineFrame() {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.src = OFFSCREEN_URL;
    frame.className = 'replyguide-engine';
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error('the engine frame did not load')), { once: true });
    document.body.append(frame);
  });
}

/**
 * Creates the offscreen document (a frame of the background page in Firefox) unless it already
 * exists. Concurrent callers share one creation.
 * @returns {Promise<void>}
 */
function ensureOffscreenDocument() {
  offscreenReady ??= (chrome.offscreen ? createOffscreenDocument() : openEngineFrame()).catch((error) => {
    offscreenReady = null;
    throw error;
  });
  return offscreenReady;
}

/**
 * Creates Chromium's offscreen document unless it already exists.
 * @returns {Promise<void>}
 */
async function createOffscreenDocument() {
  const existing = await chrome.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [chrome.runtime.getURL(OFFSCREEN_URL)],
  });
  if (existing.length === 0) {
    await chrome.offscreen.createDocument({
      url: OFFSCREEN_URL,
      reasons: [chrome.offscreen.Reason.DOM_PARSER],
      justification: 'parse the story page and check drafts with the Reply Guide engine',
    });
  }
}

/**
 * Forwards one engine request to the offscreen document. If the document is gone (the browser
 * closed it, or unloaded Firefox's background page with its frame), it is opened again and the
 * request sent once more: pages re-send a story or history the new engine lacks.
 * @param {object} message an ENGINE_REQUEST
 * @returns {Promise<{ok: boolean, result?: any, error?: string}>}
 */
async function relayToOffscreen(message) {
  const send = async () => {
    await ensureOffscreenDocument();
    return chrome.runtime.sendMessage({ ...message, kind: OFFSCREEN_REQUEST });
  };
  try {
    return await send().catch(() => {
      offscreenReady = null;
      return send();
    });
  } catch (error) {
    return { ok: false, error: `the offscreen engine is unavailable: ${error?.message ?? error}` };
  }
}

/**
 * Closes the offscreen document (Firefox: removes its frame), freeing the engine and everything it
 * holds; the next request opens it again.
 * @returns {Promise<void>}
 */
async function closeOffscreenDocument() {
  offscreenReady = null;
  if (chrome.offscreen) await chrome.offscreen.closeDocument().catch(() => {});
  else document.querySelectorAll('iframe.replyguide-engine').forEach((frame) => frame.remove());
}

chrome.runtime.onMessage.addListener((message, sender) => {
  const fromEngine = sender.id === chrome.runtime.id && sender.url === chrome.runtime.getURL(OFFSCREEN_URL);
  if (message?.kind === OFFSCREEN_IDLE && fromEngine) closeOffscreenDocument();
  return false;
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.kind !== ENGINE_REQUEST || sender.id !== chrome.runtime.id) return false;
  relayToOffscreen(message).then(sendResponse);
  return true;
});

/** When each rate-limited request (by key) was last allowed. */
const lastAllowed = new Map();

/**
 * Whether the request limited by `key` may run now: at most once every `intervalMs`.
 * @param {string} key
 * @param {number} intervalMs
 * @returns {boolean}
 */
function allowNow(key, intervalMs) {
  const now = Date.now();
  if (now - (lastAllowed.get(key) ?? -Infinity) < intervalMs) return false;
  lastAllowed.set(key, now);
  return true;
}

/**
 * Keeps a reply submitted on the story page `sender` shows. The date is the worker's, and the story
 * link the page's own address unless the page named another story address on its own site.
 * @param {{entry: {text?: unknown, story_url?: unknown}}} message
 * @param {chrome.runtime.MessageSender} sender
 * @returns {Promise<void>}
 */
async function recordReply({ entry }, sender) {
  const text = typeof entry?.text === 'string' ? entry.text.trim() : '';
  if (!text) throw new Error('the reply is empty');
  if (text.length > MAX_REPLY_CHARS) throw new Error(`the reply is longer than ${MAX_REPLY_CHARS.toLocaleString('en-GB')} characters`);
  if (!allowNow(`record:${sender.tab.id}`, RECORD_INTERVAL_MS)) throw new Error('this tab recorded a reply moments ago');
  await appendToHistory({ text, story_url: storyLink(entry.story_url, sender.url), posted: new Date().toISOString() });
}

/**
 * @param {unknown} named the story address the page gave
 * @param {string} senderUrl the page's address
 * @returns {string} `named` when it is a story page on the sender's site, else the sender's story
 */
function storyLink(named, senderUrl) {
  const sameSite = typeof named === 'string' && isStoryPageUrl(named) && new URL(named).origin === new URL(senderUrl).origin;
  return sameSite ? named : storyKey(senderUrl);
}

/**
 * Turns a guideline off in the person's settings, as a finding's "Turn off this guideline" asks, or
 * back on (its Undo), when the settings allow the person to change it.
 * @param {{rule?: unknown, enabled?: unknown}} message
 * @returns {Promise<void>}
 */
async function setGuideline({ rule, enabled }) {
  if (typeof rule !== 'string' || typeof enabled !== 'boolean' || !canTurnOffGuideline(await loadSettings(), rule)) {
    throw new Error('this guideline cannot be turned off');
  }
  await setGuidelineEnabled(rule, enabled);
}

/**
 * Opens the reply history page in a new tab, unless it was opened moments ago.
 * @returns {Promise<void>}
 */
async function openHistoryPage() {
  if (!allowNow('open-history', OPEN_PAGE_INTERVAL_MS)) throw new Error('the history page was opened moments ago');
  await chrome.tabs.create({ url: chrome.runtime.getURL('history/history.html') });
}

/** What a story page may ask of the service worker besides the engine, by message kind. */
const PAGE_REQUESTS = new Map([
  [HistoryMessage.RECORD_REPLY, recordReply],
  [HistoryMessage.OPEN_PAGE, openHistoryPage],
  [SettingsMessage.SET_GUIDELINE_ENABLED, setGuideline],
  [FeedbackMessage.COUNT, ({ counts }) => addFeedback(counts)],
]);


chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = PAGE_REQUESTS.get(message?.kind);
  if (!handler || sender.id !== chrome.runtime.id) return false;
  if (!sender.tab || !isStoryPageUrl(sender.url)) {
    sendResponse({ ok: false, error: 'only a story page can ask this' });
    return false;
  }
  // Answering only when done keeps the service worker alive until the change is stored.
  handler(message, sender).then(
    () => sendResponse({ ok: true }),
    (error) => sendResponse({ ok: false, error: String(error?.message ?? error) }),
  );
  return true;
});

// The "next finding" shortcut (chrome://extensions/shortcuts lets the person change it) goes to
// the page in the active tab, which moves the focus to the panel's next finding.
chrome.commands?.onCommand.addListener(async (command) => {
  if (command !== 'next-finding') return;
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  if (tab?.id == null) return;
  chrome.tabs.sendMessage(tab.id, { kind: NEXT_FINDING }).catch(() => {});
});
