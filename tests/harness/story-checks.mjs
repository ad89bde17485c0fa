// The checks every story page gets, shared by the project's own pages and the shared fixtures.

import assert from 'node:assert/strict';
import { waitForPanel } from './panel.mjs';
import { revealReplyBox } from './reply-box.mjs';
import { comparableStories } from './story-pages.mjs';

/**
 * Opens the page at its canonical address, reveals a late reply box, and checks that the panel
 * is ready and shows what the page says: story date, number of responses, provider responses.
 * @param {import('./browser.mjs').ExtensionBrowser} browser
 * @param {import('./story-server.mjs').StoryServer} server
 * @param {import('./story-pages.mjs').StoryPage} storyPage
 */
export async function checkPanelReadsPage(browser, server, storyPage) {
  const { expected } = server.served(storyPage);
  const tab = await browser.openStory(storyPage);
  try {
    await revealReplyBox(tab, storyPage.replyBox);
    const panel = await waitForPanel(tab);
    assert.equal(panel.state, 'ready', `panel state (panel says: ${panel.text})`);
    assert.equal(panel.panels, 1, 'one panel for the one reply box');
    const posted = panel.storyPosted === '' ? null : new Date(panel.storyPosted).toISOString();
    const wantPosted = expected.posted === null ? null : new Date(expected.posted).toISOString();
    assert.deepEqual({
      posted,
      responses: panel.responseCount,
      providerResponses: panel.providerResponseCount,
    }, {
      posted: wantPosted,
      responses: String(expected.responses.length),
      providerResponses: String(expected.responses.filter((r) => r.kind === 'provider').length),
    });
  } finally {
    await tab.close();
  }
}

/**
 * Reads the served HTML with the shipped wasm reader and compares the StoryContext with the
 * expected one (fixtures README rule: whitespace collapsed, `_fixture` dropped).
 * @param {import('./extension-reader.mjs').ExtensionReader} reader
 * @param {import('./story-server.mjs').StoryServer} server
 * @param {import('./story-pages.mjs').StoryPage} storyPage
 */
export async function checkReaderReadsPage(reader, server, storyPage) {
  const { html, expected } = server.served(storyPage);
  const reading = await reader.readHtml(html, storyPage.url);
  const { actual, expected: wanted } = comparableStories(reading.story, expected);
  assert.deepStrictEqual(actual, wanted);
}
