// The engine in the extension's offscreen document, reached through the service worker. Used on
// pages whose CSP forbids compiling WebAssembly. The page's HTML is read there with DOMParser.
import { ENGINE_REQUEST, Op } from './messages.js';

/**
 * Sends one request to the remote engine.
 * @param {string} op one of Op
 * @param {object} args the operation's arguments
 * @returns {Promise<any>} the result; rejects with the engine's error
 */
async function request(op, args) {
  const reply = await chrome.runtime.sendMessage({ kind: ENGINE_REQUEST, op, ...args });
  if (!reply) throw new Error('the extension did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}

/**
 * Reads the page once (the snapshot is taken now) and returns a backend that checks drafts remotely.
 * @param {string|null} configJson
 * @param {string} historyJsonl earlier replies, JSON Lines
 * @returns {Promise<import('./backend.js').Backend>}
 */
export async function createRemoteBackend(configJson, historyJsonl) {
  const { reading, selectors, configProblem, historyProblem } = await request(Op.READ_PAGE, {
    html: document.documentElement.outerHTML,
    url: location.href,
    configJson,
    historyJsonl,
  });
  return {
    kind: 'remote',
    configProblem,
    historyProblem: historyProblem ?? null,
    readPage: async () => reading,
    replyBoxSelectors: async () => selectors,
    check: (draft, story, nowIso) => request(Op.CHECK, { draft, story, nowIso, configJson }),
  };
}
