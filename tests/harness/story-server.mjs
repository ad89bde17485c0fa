// A local HTTPS server that plays Care Opinion: `/{id}` and `/opinions/{id}` serve the story page
// whose `_fixture.story_id` is `id`, on the host of its canonical address, with every date moved
// to "now" and the page's own response headers (e.g. a strict CSP). It records every request.

import { createServer } from 'node:https';
import { makeSelfSignedCertificate } from './certificate.mjs';
import { pageAsOf } from './story-pages.mjs';

const STORY_PATH = /^\/(?:opinions\/)?(\d+)\/?$/;

/**
 * @typedef {object} ServedRequest
 * @property {string} method
 * @property {string} host   the Host header
 * @property {string} path
 * @property {number} status
 */

/**
 * @typedef {object} StoryServer
 * @property {number} port
 * @property {number} now           the moment every page was moved to (epoch ms)
 * @property {ServedRequest[]} requests  every request received, in order
 * @property {(page: import('./story-pages.mjs').StoryPage) => {html: string, expected: object}} served
 *           what the server sends for a page, and its expected reading moved by the same shift
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} OtherPage a page that is not a story page, served as it is
 * @property {string} host the host name it is served on (e.g. "www.careopinion.org.uk", "127.0.0.1")
 * @property {string} path e.g. "/about"
 * @property {string} html
 */

/**
 * Starts the server on 127.0.0.1 and a free port.
 * @param {import('./story-pages.mjs').StoryPage[]} pages every page it may serve (ids must be unique)
 * @param {{now?: number, otherPages?: OtherPage[]}} [options] the moment the pages are moved to
 *   (default: now), and pages other than stories to serve
 * @returns {Promise<StoryServer>}
 */
export async function startStoryServer(pages, { now = Date.now(), otherPages = [] } = {}) {
  const byId = new Map();
  for (const page of pages) {
    if (byId.has(page.storyId)) throw new Error(`story id ${page.storyId} is used by ${byId.get(page.storyId).page.file} and ${page.file}`);
    byId.set(page.storyId, { page, ...pageAsOf(page, now) });
  }
  const requests = [];
  const { key, cert } = makeSelfSignedCertificate();
  const server = createServer({ key, cert }, (request, response) => {
    const host = request.headers.host ?? '';
    const path = new URL(request.url, 'https://invalid').pathname;
    const other = otherPages.find((page) => page.host === host.replace(/:\d+$/, '') && page.path === path);
    const entry = byId.get(STORY_PATH.exec(path)?.[1]);
    const found = entry && request.method === 'GET' && host.replace(/:\d+$/, '') === entry.page.host;
    const status = found || other ? 200 : 404;
    requests.push({ method: request.method, host, path: request.url, status });
    if (other && request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(other.html);
      return;
    }
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...entry.page.responseHeaders,
    }).end(entry.html);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: server.address().port,
    now,
    requests,
    served(page) {
      const entry = byId.get(page.storyId);
      return { html: entry.html, expected: entry.expected };
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
