// Service worker: relays engine requests from pages whose CSP forbids WebAssembly to the offscreen
// document, which has a DOM (for DOMParser) and runs the same wasm engine; keeps the replies the
// person submits in the reply history and opens the history page.
import { ENGINE_REQUEST, HistoryMessage, OFFSCREEN_REQUEST } from './content/messages.js';
import { listenForFeedback } from './shared/feedback-store.js';
import { appendToHistory } from './shared/history-store.js';

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

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.kind !== ENGINE_REQUEST || sender.id !== chrome.runtime.id) return false;
  relayToOffscreen(message).then(sendResponse);
  return true;
});

/**
 * Runs one reply history request.
 * @param {object} message a HistoryMessage
 * @returns {Promise<void>}
 */
async function runHistoryRequest(message) {
  if (message.kind === HistoryMessage.RECORD_REPLY) await appendToHistory([message.entry]);
  else await chrome.tabs.create({ url: chrome.runtime.getURL('history/history.html') });
}

listenForFeedback();

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const known = Object.values(HistoryMessage).includes(message?.kind);
  if (!known || sender.id !== chrome.runtime.id) return false;
  // Answering only when done keeps the service worker alive until the reply is stored.
  runHistoryRequest(message).then(
    () => sendResponse({ ok: true }),
    (error) => {
      console.warn('Reply Guide could not update the reply history:', error);
      sendResponse({ ok: false, error: String(error?.message ?? error) });
    },
  );
  return true;
});
