// Chromium (Debian's, never a downloaded one) with the built release extension loaded, reaching
// the local story server under the real Care Opinion host names, so the release manifest's match
// patterns are what is exercised.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR } from './paths.mjs';
import { hostResolverRules, staysLocal } from './network-guard.mjs';

/**
 * @typedef {object} ExtensionBrowser
 * @property {import('playwright-core').BrowserContext} context
 * @property {string} extensionId
 * @property {string[]} requestedUrls   every request the context saw (pages and service worker)
 * @property {() => string[]} strayRequests  the requested URLs that would have left the machine
 * @property {(page: import('./story-pages.mjs').StoryPage, options?: {path?: string}) => Promise<import('playwright-core').Page>} openStory
 *           opens a story at its canonical address (or `path` on the same host) in a new tab
 * @property {<T>(page: import('./story-pages.mjs').StoryPage, body: (tab: import('playwright-core').Page) => Promise<T>, options?: {path?: string}) => Promise<T>} withStory
 *           opens a story as openStory does, runs `body` on its tab and closes the tab however `body` ends
 * @property {() => Promise<void>} close  closes the browser (flushing the net log) and removes the profile; idempotent
 */

/**
 * Launches Chromium with the extension from dist/chrome.
 * @param {{port: number, headless?: boolean, netLogFile?: string}} options port of the story server;
 *   netLogFile makes Chromium log all its network activity there (written on close)
 * @returns {Promise<ExtensionBrowser>}
 */
export async function launchExtensionBrowser({ port, headless = true, netLogFile }) {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no built extension in ${EXTENSION_DIR}: run \`make build\` first`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'replyguide-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic', '--ignore-certificate-errors',
      `--host-resolver-rules=${hostResolverRules(port)}`,
      ...(netLogFile ? [`--log-net-log=${netLogFile}`] : []),
    ],
  });
  const requestedUrls = [];
  let closing;
  const close = () => {
    closing ??= context.close().finally(() => rmSync(profileDir, { recursive: true, force: true }));
    return closing;
  };
  context.on('request', (request) => requestedUrls.push(request.url()));
  try {
    const worker = context.serviceWorkers().find(isExtensionWorker)
      ?? await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 });
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      extensionId,
      requestedUrls,
      strayRequests: () => requestedUrls.filter((url) => !staysLocal(url)),
      async openStory(story, { path } = {}) {
        const tab = await context.newPage();
        const url = path ? new URL(path, story.url).href : story.url;
        const response = await tab.goto(url, { waitUntil: 'load' });
        if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
        return tab;
      },
      async withStory(story, body, options) {
        const tab = await this.openStory(story, options);
        try {
          return await body(tab);
        } finally {
          await tab.close();
        }
      },
      close,
    };
  } catch (error) {
    await close();
    throw new Error(`the extension's service worker did not start: ${error.message}`);
  }
}

function isExtensionWorker(worker) {
  return worker.url().startsWith('chrome-extension://');
}
