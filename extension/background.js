// Service worker: relays engine requests from pages whose CSP forbids WebAssembly to the offscreen
// document, which has a DOM (for DOMParser) and runs the same wasm engine.
import { ENGINE_REQUEST, OFFSCREEN_REQUEST } from './content/messages.js';

const OFFSCREEN_URL = 'offscreen.html';
let offscreenReady = null;

/**
 * Creates the offscreen document unless it already exists. Concurrent callers share one creation.
 * @returns {Promise<void>}
 */
function ensureOffscreenDocument() {
  offscreenReady ??= (async () => {
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
  })().catch((error) => {
    offscreenReady = null;
    throw error;
  });
  return offscreenReady;
}

/**
 * Forwards one engine request to the offscreen document.
 * @param {object} message an ENGINE_REQUEST
 * @returns {Promise<{ok: boolean, result?: any, error?: string}>}
 */
async function relayToOffscreen(message) {
  try {
    await ensureOffscreenDocument();
    return await chrome.runtime.sendMessage({ ...message, kind: OFFSCREEN_REQUEST });
  } catch (error) {
    return { ok: false, error: `the offscreen engine is unavailable: ${error?.message ?? error}` };
  }
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.kind !== ENGINE_REQUEST || sender.id !== chrome.runtime.id) return false;
  relayToOffscreen(message).then(sendResponse);
  return true;
});
