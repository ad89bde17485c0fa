// What the popup asks a story page's content script, and which stories Reply Guide is off on.
// "Off for this page" is per story address and lasts until the browser closes
// (chrome.storage.session, which background.js opens to content scripts).

/** Popup → content script: `{kind}` → PageStatus. */
export const PAGE_STATUS_REQUEST = 'replyguide:page-status';
/** Popup → content script: `{kind, paused}` → PageStatus after the change. */
export const SET_PAGE_PAUSED = 'replyguide:set-page-paused';
/** Service worker → content script of the active tab: `{kind}`, the "next finding" shortcut. */
export const NEXT_FINDING = 'replyguide:next-finding';

const PAUSED_STORIES_KEY = 'pausedStories';

/**
 * How many of a story's replies are the care provider's. 'unknown' when none is shown as the
 * provider's but some do not show whose they are: one of them may be the provider's, and
 * saying "0 from the care provider" would be a guess (too-early stays silent there too).
 * @param {{kind?: string}[]} responses the replies read off the page
 * @returns {number|'unknown'}
 */
export function providerResponseCount(responses) {
  const providers = responses.filter((response) => response?.kind === 'provider').length;
  if (providers === 0 && responses.some((response) => response?.kind === 'unknown')) return 'unknown';
  return providers;
}

/**
 * @typedef {object} PageStatus
 * @property {boolean} paused Reply Guide is off on this story
 * @property {string|null} storyPosted when the story was posted (ISO 8601), if read
 * @property {number} responses replies and updates found on the page
 * @property {boolean} responsesUnknown the page shows replies that could not be read
 * @property {string} url the page's address
 * @property {{story: object, unknown: string[]}|null} reading what was read off the page (copied as JSON)
 * @property {number|'unknown'} providerResponses of which from the care provider ('unknown': none
 *   shown as the provider's, but some replies do not show who wrote them)
 * @property {number} replyBoxes reply boxes found now
 * @property {'local'|'remote'|null} engine where the engine runs (null: it could not start)
 * @property {string|null} problem why the engine could not start, or why the settings were not used
 * @property {string} locale the language tag whose conventions the page's dates follow (pageLocale)
 */

/** Care Opinion's sites by country, and the English their readers write dates in. */
const SITE_LOCALES = [
  [/\.org\.au$/, 'en-AU'],
  [/\.ie$/, 'en-IE'],
  [/./, 'en-GB'],
];

/**
 * The conventions a page's dates follow: its own language tag when it names a country other than
 * the US (a template default on a British site is no guide) ("en-AU"),
 * otherwise the site's country (careopinion.org.au → en-AU, careopinion.ie → en-IE, the UK sites
 * → en-GB).
 * @param {string} url the page's address
 * @param {string} lang its <html lang>
 * @returns {string}
 */
export function pageLocale(url, lang) {
  const declared = /^en-[A-Za-z]{2}$/.test(lang) ? lang : null;
  if (declared && declared.toLowerCase() !== 'en-us') return declared;
  const host = new URL(url).hostname;
  return SITE_LOCALES.find(([site]) => site.test(host))[1];
}

/**
 * The story a page shows, as the key of "off for this page": its address without query or fragment.
 * @param {string} url
 * @returns {string}
 */
export function storyKey(url) {
  const { origin, pathname } = new URL(url);
  return `${origin}${pathname.replace(/\/+$/, '')}`;
}

/**
 * The stories Reply Guide is off on. Unreadable storage (e.g. a browser that keeps session
 * storage from content scripts) means none.
 * @returns {Promise<string[]>}
 */
async function pausedStories() {
  try {
    const { [PAUSED_STORIES_KEY]: stories } = await chrome.storage.session.get(PAUSED_STORIES_KEY);
    return Array.isArray(stories) ? stories : [];
  } catch {
    return [];
  }
}

/**
 * @param {string} key a storyKey
 * @returns {Promise<boolean>} whether Reply Guide is off on that story
 */
export async function isStoryPaused(key) {
  return (await pausedStories()).includes(key);
}

/**
 * Turns Reply Guide off (or back on) for one story until the browser closes.
 * @param {string} key a storyKey
 * @param {boolean} paused
 * @returns {Promise<void>}
 */
export async function setStoryPaused(key, paused) {
  const others = (await pausedStories()).filter((story) => story !== key);
  await chrome.storage.session.set({ [PAUSED_STORIES_KEY]: paused ? [...others, key] : others });
}
