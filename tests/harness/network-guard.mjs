// Which requests may happen while the extension runs: the story pages from the local server
// (reached through the Care Opinion host names mapped to it) and the extension's own files.
// Nothing may leave the machine.

import { readFileSync, existsSync } from 'node:fs';

/** Every host name the browser resolves to the local story server. */
export const STORY_HOSTS = ['careopinion.org.uk', 'careopinion.org.au', 'careopinion.ie', 'careopinion.cymru',
  'patientopinion.org.uk'].flatMap((domain) => [`www.${domain}`, domain]);

const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

/**
 * Whether a URL stays on this machine: a local scheme, https to a story host (mapped to the local
 * server), or https to the local server itself (127.0.0.1, where tests serve a page that is not on
 * a Care Opinion host).
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
  return parsed.protocol === 'https:' && (STORY_HOSTS.includes(parsed.hostname) || parsed.hostname === '127.0.0.1');
}

/**
 * Chromium's --host-resolver-rules: story hosts to the local server, every other name unresolvable
 * (so a stray request fails here instead of leaving the machine, and still shows in the logs).
 * @param {number} port the story server's port
 */
export function hostResolverRules(port) {
  return [...STORY_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
}

/** Hosts of Chromium's own services (updates, autofill, sign-in, dictionaries). */
const CHROMIUM_SERVICE_HOSTS = ['google.com', 'googleapis.com', 'gvt1.com', 'gstatic.com'];

/**
 * @typedef {object} LoggedRequest
 * @property {string} url
 * @property {string|null} initiator  the origin that made the request (a page, the extension),
 *   or null for the browser's own requests (and top-level navigations)
 */

/**
 * Every request Chromium's network log (--log-net-log) saw start, from any process: pages,
 * the extension's service worker and offscreen document, and the browser itself.
 * @param {string} file the net-log JSON file (complete once the browser has exited)
 * @returns {LoggedRequest[]}
 */
export function requestsInNetLog(file) {
  if (!existsSync(file)) throw new Error(`no network log at ${file}`);
  const text = readFileSync(file, 'utf8');
  let log;
  try {
    log = JSON.parse(text);
  } catch {
    log = JSON.parse(`${text.replace(/[,\s]*$/, '')}]}`); // cut short by a crash
  }
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((event) => event.type === startJob && event.params?.url)
    .map(({ params }) => ({ url: params.url, initiator: /^[a-z-]+:\/\//.test(params.initiator ?? '') ? params.initiator : null }));
}

/**
 * The logged requests that count as leaks: any non-local request made by a page or the
 * extension, and any non-local request of the browser's own that is not to Chromium's own
 * services (which the host resolver rules stop before they leave anyway).
 * @param {LoggedRequest[]} requests
 * @returns {LoggedRequest[]}
 */
export function leakingRequests(requests) {
  return requests.filter(({ url, initiator }) => {
    if (staysLocal(url)) return false;
    if (initiator !== null) return true;
    const host = new URL(url).hostname;
    return !CHROMIUM_SERVICE_HOSTS.some((service) => host === service || host.endsWith(`.${service}`));
  });
}
