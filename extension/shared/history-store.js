// The reply history kept in the browser: earlier replies the `repeated-response` guideline compares
// a draft with. Nothing here leaves the browser.
//
// Stored in chrome.storage.local under HISTORY_KEY as one JSON Lines string, oldest reply first,
// one `{"text", "story_url"?, "posted"?}` per line: the engine reads it in one call
// (Guide.add_history_jsonl), export is the string itself, and pruning drops leading lines.
// The organisation's replies shipped by policy (chrome.storage.managed key `history`, an array of
// the same objects) are read-only and come first.
// Used by the service worker (which records submitted replies), the history page and the content
// script (which loads the history into the engine once per page).

/** chrome.storage.local key of the history (JSON Lines). */
export const HISTORY_KEY = 'history:v1';
/** chrome.storage.local key of the most replies kept (a number). */
export const HISTORY_LIMIT_KEY = 'history:limit';
/** chrome.storage.managed key of the organisation's replies. */
export const MANAGED_HISTORY_KEY = 'history';
/** Replies kept unless the person sets another limit. */
export const DEFAULT_HISTORY_LIMIT = 5000;
/** The range the limit setting accepts. */
export const HISTORY_LIMIT_RANGE = Object.freeze({ min: 100, max: 50_000 });

/** The longest reply kept, in characters (UTF-16 code units); longer ones are refused. */
export const MAX_REPLY_CHARS = 20_000;
/**
 * The most the stored history may take, in bytes as the browser counts them. Without the
 * `unlimitedStorage` permission, which Reply Guide does not ask for, an extension's local storage
 * holds about 10 MB (chrome.storage.local.QUOTA_BYTES, 10,485,760); this leaves room for the
 * settings. Whatever the limit in replies, the oldest replies beyond this go first.
 */
export const HISTORY_BYTE_BUDGET = 8_000_000;
/**
 * A reply recorded for a story within this time of an earlier one for the same story replaces it:
 * a post the site refused and the person corrected, or a page submitting over and over.
 */
export const SAME_STORY_WINDOW_MS = 10 * 60_000;
/**
 * The Web Lock every change to the history holds. Locks are per origin, so the service worker
 * (which records replies) and the history page (import, limit, delete all) wait for each other.
 */
export const HISTORY_LOCK = 'replyguide:history';

/** Attempts to write before giving up when storage is full; each one keeps fewer replies. */
const QUOTA_ATTEMPTS = 8;

/**
 * @typedef {object} HistoryEntry
 * @property {string} text the reply
 * @property {string} [story_url] the story it answered
 * @property {string} [posted] when it was posted, RFC 3339
 */

/**
 * The JSON line stored for an entry, or null when it has no text or more than MAX_REPLY_CHARS.
 * Keeps only the known fields and writes dates as ISO strings, so every stored line is one the
 * engine accepts.
 * @param {{text?: unknown, story_url?: unknown, posted?: unknown}} entry
 * @returns {string|null}
 */
export function entryLine(entry) {
  const text = typeof entry?.text === 'string' ? entry.text.trim() : '';
  if (!text || text.length > MAX_REPLY_CHARS) return null;
  const line = { text };
  if (typeof entry.story_url === 'string' && entry.story_url.trim()) line.story_url = entry.story_url.trim();
  const posted = entry.posted == null || entry.posted === '' ? null : new Date(entry.posted);
  if (posted && !Number.isNaN(posted.getTime())) line.posted = posted.toISOString();
  return JSON.stringify(line);
}

/**
 * The lines of a JSON Lines string, blank lines dropped.
 * @param {string} jsonl
 * @returns {string[]}
 */
export function historyLines(jsonl) {
  return jsonl ? jsonl.split('\n').filter((line) => line.trim()) : [];
}

/**
 * The person's stored history, oldest first, and why it cannot be used at all, if so (storage
 * unreadable, or the stored value is not JSON Lines text). Never rejects: either way the history is
 * empty. Unreadable lines are the engine's to report.
 * @param {chrome.storage.StorageArea} [storage]
 * @returns {Promise<{lines: string[], problem: string|null}>} JSON lines
 */
export async function readStoredHistory(storage = chrome.storage.local) {
  try {
    const { [HISTORY_KEY]: stored } = await storage.get(HISTORY_KEY);
    if (stored == null || typeof stored === 'string') return { lines: historyLines(stored), problem: null };
    const held = Array.isArray(stored) ? 'a list' : `a ${typeof stored}`;
    return { lines: [], problem: `${HISTORY_KEY} holds ${held}, not JSON Lines text` };
  } catch (error) {
    console.warn('Reply Guide could not read the reply history:', error);
    return { lines: [], problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The person's stored history, oldest first. Never rejects: unreadable storage is an empty history.
 * @param {chrome.storage.StorageArea} [storage]
 * @returns {Promise<string[]>} JSON lines
 */
export async function readHistory(storage = chrome.storage.local) {
  return (await readStoredHistory(storage)).lines;
}

/**
 * The organisation's replies shipped by policy, as JSON lines. Never rejects.
 * @returns {Promise<string[]>}
 */
export async function readManagedHistory() {
  try {
    const { [MANAGED_HISTORY_KEY]: entries } = await chrome.storage.managed.get(MANAGED_HISTORY_KEY);
    return Array.isArray(entries) ? entries.map(entryLine).filter(Boolean) : [];
  } catch {
    return []; // no policy, or a browser without managed storage
  }
}

/**
 * Everything the engine compares drafts with: the organisation's replies, then the person's (read
 * once per page, so with it why the person's stored history could not be used, if so).
 * @returns {Promise<{jsonl: string, problem: string|null}>} JSON Lines for Guide.add_history_jsonl
 */
export async function historyForEngine() {
  const [managed, own] = await Promise.all([readManagedHistory(), readStoredHistory()]);
  return { jsonl: [...managed, ...own.lines].join('\n'), problem: own.problem };
}

/**
 * The most replies kept. Never rejects.
 * @param {chrome.storage.StorageArea} [storage]
 * @returns {Promise<number>}
 */
export async function readHistoryLimit(storage = chrome.storage.local) {
  try {
    const { [HISTORY_LIMIT_KEY]: limit } = await storage.get(HISTORY_LIMIT_KEY);
    return clampLimit(limit);
  } catch {
    return DEFAULT_HISTORY_LIMIT;
  }
}

/**
 * A valid limit for `value` (the default when it is not a number).
 * @param {unknown} value
 * @returns {number}
 */
export function clampLimit(value) {
  const limit = Math.round(Number(value));
  if (value == null || value === '' || !Number.isFinite(limit)) return DEFAULT_HISTORY_LIMIT;
  return Math.min(HISTORY_LIMIT_RANGE.max, Math.max(HISTORY_LIMIT_RANGE.min, limit));
}

/**
 * The newest of `lines` that fit in HISTORY_BYTE_BUDGET, counted as the browser counts the stored
 * string (its JSON, in UTF-8).
 * @param {string[]} lines oldest first
 * @returns {string[]}
 */
function withinByteBudget(lines) {
  const encoder = new TextEncoder();
  // Each line's JSON string takes as many bytes as the line does in the stored string's JSON: its
  // two quotes stand for the line break before it ("\n"), or for the stored string's quotes.
  let bytes = 0;
  let first = lines.length;
  while (first > 0) {
    bytes += encoder.encode(JSON.stringify(lines[first - 1])).length;
    if (bytes > HISTORY_BYTE_BUDGET) break;
    first -= 1;
  }
  return lines.slice(first);
}

/**
 * Writes `lines` (oldest first), keeping at most `limit` and at most HISTORY_BYTE_BUDGET. When
 * storage is full all the same (other data), drops a further eighth of the oldest and tries again,
 * so a write never fails for lack of room while replies remain; other errors reject.
 * @param {string[]} lines
 * @param {number} limit
 * @param {chrome.storage.StorageArea} storage
 * @returns {Promise<{kept: number, pruned: number}>}
 */
async function writeHistory(lines, limit, storage) {
  let kept = withinByteBudget(lines.slice(-limit));
  for (let attempt = 1; ; attempt += 1) {
    try {
      await storage.set({ [HISTORY_KEY]: kept.join('\n') });
      return { kept: kept.length, pruned: lines.length - kept.length };
    } catch (error) {
      if (!isQuotaError(error) || attempt >= QUOTA_ATTEMPTS || kept.length === 0) throw error;
      kept = kept.slice(Math.ceil(kept.length / 8));
    }
  }
}

/**
 * @param {unknown} error
 * @returns {boolean} whether a storage write failed for lack of room
 */
function isQuotaError(error) {
  return /quota/i.test(String(error?.message ?? error));
}

/**
 * Runs `change` on the stored history while no other part of the extension changes it.
 * @template T
 * @param {(lines: string[], limit: number) => {lines: string[], result?: T}} change
 * @param {chrome.storage.StorageArea} storage
 * @returns {Promise<{kept: number, pruned: number} & {result?: T}>}
 */
function changeHistory(change, storage) {
  return navigator.locks.request(HISTORY_LOCK, async () => {
    const [lines, limit] = await Promise.all([readHistory(storage), readHistoryLimit(storage)]);
    const next = change(lines, limit);
    return { ...(await writeHistory(next.lines, limit, storage)), result: next.result };
  });
}

/**
 * Keeps a reply the person just posted (the service worker calls this): an earlier reply recorded
 * for the same story less than SAME_STORY_WINDOW_MS before it is replaced.
 * @param {{text: string, story_url: string, posted: string}} entry
 * @param {chrome.storage.StorageArea} [storage]
 * @returns {Promise<{kept: number, pruned: number, result: {recorded: boolean}}>}
 */
export function appendToHistory(entry, storage = chrome.storage.local) {
  const line = entryLine(entry);
  const at = Date.parse(entry.posted);
  const sameStoryRecently = (stored) => {
    const earlier = parsedLine(stored);
    return earlier?.story_url === entry.story_url && Math.abs(at - Date.parse(earlier.posted)) < SAME_STORY_WINDOW_MS;
  };
  return changeHistory((lines) => (line === null
    ? { lines, result: { recorded: false } }
    : { lines: [...lines.filter((stored) => !sameStoryRecently(stored)), line], result: { recorded: true } }), storage);
}

/**
 * A stored line as an object, or null when it is not one (a damaged line).
 * @param {string} line
 * @returns {object|null}
 */
export function parsedLine(line) {
  try {
    const value = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Merges imported replies into the history: replies already stored are not added twice, and the
 * whole history is ordered by date (undated replies count as oldest), so pruning drops the oldest.
 * @param {HistoryEntry[]} entries
 * @param {chrome.storage.StorageArea} [storage]
 * @returns {Promise<{kept: number, pruned: number, result: {added: number}}>}
 */
export function importIntoHistory(entries, storage = chrome.storage.local) {
  return changeHistory((lines) => {
    const known = new Set(lines);
    const added = [...new Set(entries.map(entryLine).filter((line) => line && !known.has(line)))];
    return { lines: sortByDate([...lines, ...added]), result: { added: added.length } };
  }, storage);
}

/**
 * Sets the most replies kept and prunes the oldest beyond it.
 * @param {unknown} limit
 * @param {chrome.storage.StorageArea} [storage]
 * @returns {Promise<{kept: number, pruned: number}>}
 */
export async function setHistoryLimit(limit, storage = chrome.storage.local) {
  await navigator.locks.request(HISTORY_LOCK, () => storage.set({ [HISTORY_LIMIT_KEY]: clampLimit(limit) }));
  return changeHistory((lines) => ({ lines }), storage);
}

/**
 * Deletes the person's whole history (the organisation's policy replies stay).
 * @param {chrome.storage.StorageArea} [storage]
 * @returns {Promise<void>}
 */
export function clearHistory(storage = chrome.storage.local) {
  return navigator.locks.request(HISTORY_LOCK, () => storage.remove(HISTORY_KEY));
}

/**
 * Orders JSON lines by their `posted` date, undated (and damaged) lines first; equal dates keep
 * their order.
 * @param {string[]} lines
 * @returns {string[]}
 */
function sortByDate(lines) {
  const time = (line) => Date.parse(parsedLine(line)?.posted ?? '') || -Infinity;
  return lines
    .map((line) => ({ line, at: time(line) }))
    .sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1))
    .map(({ line }) => line);
}
