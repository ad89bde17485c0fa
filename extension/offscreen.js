// Offscreen document: runs the wasm engine for pages that cannot (strict CSP). It parses the page's
// HTML with DOMParser (inside read_html) and checks drafts; the page renders the results itself.
// Each page's story is kept here under a key, so a check sends only the draft and the key, and a
// guide is handed a story (parsed again) only when it last checked another page's.
// Each guide holds a whole reply history index, so only the two used most recently are kept (a
// settings change opens a guide for the new settings, and a tab still open may use the old ones),
// and the document asks to be closed once no page has used it for a while.
import { addHistory, errorText, loadEngine, openGuide } from './shared/engine.js';
import { OFFSCREEN_IDLE, OFFSCREEN_REQUEST, Op } from './shared/messages.js';

/** Stories kept at most: a page whose story was let go sends it again with its next check. */
const STORIES_KEPT = 32;
/** Guides kept at most; a page whose guide was let go is given a new one (and sends its history again). */
const GUIDES_KEPT = 2;
/** Unused for this long, the document asks the service worker to close it, freeing all it holds. */
const IDLE_CLOSE_MS = 5 * 60_000;

const engine = loadEngine();
/**
 * Guides (promised) by config JSON, so each tab's settings are parsed once, with the history they
 * hold and the key of the story they hold; the least recently used first.
 */
const guides = new Map();
/** Pages' stories by key, the least recently checked first. */
const stories = new Map();
/** Keeps this document's story keys apart from those of an offscreen document before it. */
const storyKeyPrefix = crypto.randomUUID();
let storiesKeyed = 0;

/**
 * Keeps `story` under a new key, letting the least recently checked story go beyond STORIES_KEPT.
 * @param {object} story a StoryContext
 * @returns {string} its key
 */
function keepStory(story) {
  storiesKeyed += 1;
  const key = `${storyKeyPrefix}/${storiesKeyed}`;
  stories.set(key, story);
  if (stories.size > STORIES_KEPT) stories.delete(stories.keys().next().value);
  return key;
}

/**
 * The story kept under `key`, now the most recently checked.
 * @param {string} key
 * @returns {object|undefined} undefined when it is not kept (any more)
 */
function keptStory(key) {
  const story = stories.get(key);
  if (story !== undefined) {
    stories.delete(key);
    stories.set(key, story);
  }
  return story;
}

/**
 * The Guide (and config problem) for one config, opened on first use; requests arriving together
 * share the one being opened.
 * @param {string|null} configJson
 * @returns {Promise<{guide: object, configProblem: string|null, historyJsonl: string, historyProblem: string|null, storyKey?: string}>}
 */
function guideFor(configJson) {
  const key = configJson ?? '';
  const held = guides.get(key) ?? engine.then((wasm) => ({ ...openGuide(wasm, configJson), historyJsonl: '', historyProblem: null }));
  guides.delete(key);
  guides.set(key, held);
  while (guides.size > GUIDES_KEPT) {
    const [oldestKey, oldest] = guides.entries().next().value;
    guides.delete(oldestKey);
    // Requests that already have this guide use it in the microtasks that follow: free it after them.
    oldest.then((evicted) => setTimeout(() => evicted.guide.free(), 0), () => {});
  }
  // For the tests (nothing but the extension itself can see this document).
  document.documentElement.dataset.guides = String(guides.size);
  return held;
}

/**
 * Has the guide for `configJson` check against `historyJsonl`. The history only changes between
 * page loads, so the one read most recently is the one to check against: a guide without one is
 * given it; a guide holding an earlier version of it (the same lines, then replies submitted since)
 * is given only the new lines; a guide holding another is replaced by a fresh one holding this one.
 * Nothing awaits in between, so requests arriving together cannot both index it.
 * @param {string|null} configJson
 * @param {string} historyJsonl earlier replies, JSON Lines
 * @returns {Promise<{historyProblem: string|null}>}
 */
async function useHistory(configJson, historyJsonl) {
  const held = await guideFor(configJson);
  const wasm = await engine;
  if (held.historyJsonl === historyJsonl) return { historyProblem: held.historyProblem };
  const added = appendedLines(held.historyJsonl, historyJsonl);
  // New lines that cannot all be read are read again with the rest, so problems name their line.
  if (added !== null && held.historyProblem === null && addHistory(held.guide, added) === null) {
    held.historyJsonl = historyJsonl;
    return { historyProblem: null };
  }
  if (held.historyJsonl) {
    const fresh = openGuide(wasm, configJson);
    held.guide.free();
    Object.assign(held, fresh, { storyKey: undefined });
  }
  held.historyJsonl = historyJsonl;
  held.historyProblem = addHistory(held.guide, historyJsonl);
  return { historyProblem: held.historyProblem };
}

/**
 * The lines `next` adds after all of `held`, or null when `next` is not `held` with lines added
 * (the oldest replies were pruned, or replies deleted). An empty `held` has nothing to keep.
 * @param {string} held
 * @param {string} next
 * @returns {string|null}
 */
function appendedLines(held, next) {
  if (!held || !next.startsWith(held) || next[held.length] !== '\n') return null;
  return next.slice(held.length + 1);
}

/**
 * Checks a draft against the story of `message.storyKey`, or against `message.story`, which is
 * kept under a new key; the guide is handed the story only when it holds another. A page that
 * added a history is told when this guide holds none (this document was opened again since), so
 * that it sends its history again first.
 * @param {{guide: object, storyKey?: string, historyJsonl: string}} held a guide, the key of the
 *   story it holds and the history it checks against
 * @param {object} message an OFFSCREEN_REQUEST for Op.CHECK
 * @returns {{findings: object[], storyKey: string} | {storyUnknown: true} | {historyUnknown: true}}
 */
function checkDraft(held, { draft, nowIso, story, storyKey, hasHistory }) {
  if (hasHistory && !held.historyJsonl) return { historyUnknown: true };
  const key = story === undefined ? storyKey : keepStory(story);
  const kept = keptStory(key);
  if (kept === undefined) return { storyUnknown: true };
  if (held.storyKey !== key) {
    held.guide.set_story(kept);
    held.storyKey = key;
  }
  return { findings: held.guide.check(draft, nowIso).findings, storyKey: key };
}

/**
 * Runs one operation.
 * @param {object} message an OFFSCREEN_REQUEST
 * @returns {Promise<any>}
 */
async function run(message) {
  if (message.op === Op.ADD_HISTORY) return useHistory(message.configJson, message.historyJsonl ?? '');
  const held = await guideFor(message.configJson);
  switch (message.op) {
    case Op.READ_PAGE: {
      const reading = held.guide.read_html(message.html, message.url);
      held.storyKey = keepStory(reading.story);
      return {
        reading,
        selectors: held.guide.reply_box_selectors(),
        configProblem: held.configProblem,
        storyKey: held.storyKey,
      };
    }
    case Op.CHECK:
      return checkDraft(held, message);
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

let idleTimer = 0;
/** Starts the wait after which an unused document asks to be closed. */
function restartIdleTimer() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => chrome.runtime.sendMessage({ kind: OFFSCREEN_IDLE }).catch(() => {}), IDLE_CLOSE_MS);
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.kind !== OFFSCREEN_REQUEST || sender.id !== chrome.runtime.id) return false;
  restartIdleTimer();
  run(message).then(
    (result) => sendResponse({ ok: true, result }),
    (error) => sendResponse({ ok: false, error: errorText(error) }),
  );
  return true;
});
