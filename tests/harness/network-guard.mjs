// Which requests may happen while the extension runs: the story pages from the local server
// (reached through the Care Opinion host names mapped to it) and the extension's own files.
// Nothing may leave the machine.

import { readFileSync, existsSync } from 'node:fs';

/** Every host name the browser resolves to the local story server. */
export const STORY_HOSTS = ['careopinion.org.uk', 'careopinion.org.au', 'careopinion.ie', 'careopinion.cymru',
  'patientopinion.org.uk'].flatMap((domain) => [`www.${domain}`, domain]);

const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

/**
 * Whether a URL stays on this machine: a local scheme, or https to a story host (mapped to the
 * local server).
 * @param {string} url
 */
export function staysLocal(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.includes(parsed.protocol)) return true;
  return parsed.protocol === 'https:' && STORY_HOSTS.includes(parsed.hostname);
}

/**
 * Chromium's --host-resolver-rules: story hosts to the local server, every other name unresolvable
 * (so a stray request fails here instead of leaving the machine, and still shows in the logs).
 * @param {number} port the story server's port
 */
export function hostResolverRules(port) {
  return [...STORY_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
}

/**
 * The URLs Chromium's network log (--log-net-log) saw requested, from any process: pages,
 * extension service worker, offscreen documents. Reads a log cut short by a crash too.
 * @param {string} file the net-log JSON file
 * @returns {string[]} distinct URLs, in first-seen order
 */
export function urlsInNetLog(file) {
  if (!existsSync(file)) throw new Error(`no network log at ${file}`);
  const text = readFileSync(file, 'utf8');
  const urls = new Set();
  for (const [, quoted] of text.matchAll(/"(?:url|original_url|new_location)":("(?:[^"\\]|\\.)*")/g)) {
    urls.add(JSON.parse(quoted));
  }
  return [...urls];
}
