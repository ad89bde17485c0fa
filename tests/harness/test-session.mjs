// One story server and one browser per test file, started before its first test and closed after
// its last; the file fails if any request would have left the machine.

import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { launchExtensionBrowser } from './browser.mjs';
import { startStoryServer } from './story-server.mjs';

/**
 * Registers before/after hooks in the calling test file and returns the live session.
 * @param {import('./story-pages.mjs').StoryPage[]} pages the pages the server may serve
 * @param {{netLogFile?: string, otherPages?: import('./story-server.mjs').OtherPage[]}} [options]
 *   netLogFile for the browser launcher, otherPages (not stories) for the server to serve too
 * @returns {{server: import('./story-server.mjs').StoryServer, browser: import('./browser.mjs').ExtensionBrowser}}
 *   filled in once the `before` hook has run
 */
export function useExtensionSession(pages, options = {}) {
  const session = {};
  before(async () => {
    session.server = await startStoryServer(pages, { otherPages: options.otherPages });
    session.browser = await launchExtensionBrowser({ port: session.server.port, netLogFile: options.netLogFile });
  });
  after(async () => {
    const stray = session.browser?.strayRequests() ?? [];
    await session.browser?.close();
    await session.server?.close();
    assert.deepEqual(stray, [], 'requests that would have left the machine');
  });
  return session;
}
