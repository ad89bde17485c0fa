// The engine in the extension's offscreen document, reached through the service worker. Used on
// pages whose CSP forbids compiling WebAssembly. The page's HTML is read there with DOMParser.
import { ENGINE_REQUEST, Op } from '../shared/messages.js';

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
 * The offscreen engine keeps the story it read under a key: a check sends the draft and that key,
 * and the story itself only when it is another one or the offscreen engine has let it go. If the
 * offscreen engine was opened again since (and so lost the history), the history is sent again.
 * @param {string|null} configJson
 * @returns {Promise<import('./backend.js').Backend>}
 */
export async function createRemoteBackend(configJson) {
  const { reading, selectors, configProblem, storyKey } = await request(Op.READ_PAGE, {
    html: document.documentElement.outerHTML,
    url: location.href,
    configJson,
  });
  let firstReading = reading;
  /** The story object the offscreen engine keeps for this page, and its key there. */
  let held = { story: reading.story, key: storyKey };
  /** The reply history (JSON Lines) this page added, once added. */
  let addedHistory = '';
  const addHistory = async (historyJsonl) => {
    const { historyProblem } = await request(Op.ADD_HISTORY, { configJson, historyJsonl });
    addedHistory = historyJsonl;
    return historyProblem;
  };
  /** One check; a history the offscreen engine lost is sent again first. */
  const checkWith = async (args) => {
    const answer = await request(Op.CHECK, { ...args, hasHistory: addedHistory !== '' });
    if (!answer.historyUnknown) return answer;
    await addHistory(addedHistory);
    return request(Op.CHECK, { ...args, hasHistory: true });
  };
  return {
    kind: 'remote',
    configProblem,
    // The first reading came with the backend; later ones (replies that appeared since) are asked for.
    readPage: async () => {
      if (firstReading) {
        const first = firstReading;
        firstReading = null;
        return first;
      }
      const next = await request(Op.READ_PAGE, { html: document.documentElement.outerHTML, url: location.href, configJson });
      held = { story: next.reading.story, key: next.storyKey };
      return next.reading;
    },
    replyBoxSelectors: async () => selectors,
    addHistory,
    check: async (draft, story, nowIso) => {
      const args = { draft, nowIso, configJson };
      let answer = story === held.story
        ? await checkWith({ ...args, storyKey: held.key })
        : { storyUnknown: true };
      if (answer.storyUnknown) answer = await checkWith({ ...args, story });
      held = { story, key: answer.storyKey };
      return answer.findings;
    },
  };
}
