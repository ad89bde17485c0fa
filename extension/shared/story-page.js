// Which addresses are story pages. The content script runs only on them (content/loader.js), and
// the service worker records replies and changes settings only when a story page asks.

/** "/1349826", "/opinions/71532", optionally followed by one more path segment (a slug) or "/". */
const STORY_PATH = /^\/(?:opinions\/)?\d+(?:\/[^/]*)?\/?$/;

/**
 * @param {string} pathname a page's path
 * @returns {boolean} whether it is a story's path
 */
export function isStoryPath(pathname) {
  return STORY_PATH.test(pathname);
}

/**
 * @param {string|undefined} url
 * @returns {boolean} whether `url` is a story page served over HTTPS (the content script's sites
 *   are HTTPS only; extension pages and other schemes are not story pages)
 */
export function isStoryPageUrl(url) {
  try {
    const { protocol, pathname } = new URL(url ?? '');
    return protocol === 'https:' && isStoryPath(pathname);
  } catch {
    return false;
  }
}
