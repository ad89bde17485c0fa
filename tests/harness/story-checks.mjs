// The checks every story page gets, shared by the project's own pages and the shared fixtures.

import assert from 'node:assert/strict';
import { waitForPanel } from './panel.mjs';
import { revealReplyBox } from './reply-box.mjs';
import { comparableStories } from './story-pages.mjs';
import { providerResponseCount } from '../../extension/shared/page-status.js';

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
    if (hasNoReplyBox(storyPage)) {
      await assertNoPanel(tab);
      return;
    }
    await revealReplyBox(tab, storyPage.replyBox);
    let panel = await waitForPanel(tab);
    if (repliesComeLater(expected) || someRepliesComeLater(expected)) {
      panel = await waitForReplies(tab, expected.responses.length);
    }
    assert.equal(panel.state, 'ready', `panel state (panel says: ${panel.text})`);
    assert.equal(panel.panels, 1, 'one panel for the one reply box');
    assert.equal(await panelFollowsBox(tab, storyPage.replyBox.selector), true, 'the panel sits right after the reply box (or its editor)');
    const posted = panel.storyPosted === '' ? null : new Date(panel.storyPosted).toISOString();
    const wantPosted = expected.posted === null ? null : new Date(expected.posted).toISOString();
    assert.deepEqual({
      posted,
      responses: panel.responseCount,
      providerResponses: panel.providerResponseCount,
    }, {
      posted: wantPosted,
      responses: String(expected.responses.length),
      // A response whose kind the reader cannot tell (`_fixture.kind_gaps`) is read as unknown.
      providerResponses: String(providerResponseCount(expected.responses.map((r, i) => (kindGaps(expected).includes(i) ? { kind: 'unknown' } : r)))),
    });
  } finally {
    await tab.close();
  }
}

/**
 * True when the panel comes right after the reply box, or after the element (a rich editor's
 * container) that holds it: the panel is the expected box's, not a decoy field's.
 * @param {import('playwright-core').Page} tab
 * @param {string} selector the reply box
 * @returns {Promise<boolean>}
 */
function panelFollowsBox(tab, selector) {
  return tab.locator(selector).evaluate((box) => {
    const before = document.querySelector('replyguide-panel')?.previousElementSibling;
    return Boolean(before && (before === box || before.contains(box)));
  });
}

/** How long a page without a reply box is watched for a stray panel. */
const NO_PANEL_WATCH_MS = 3_000;

/**
 * The page has no reply box at all (`_fixture.reply_box` null, or its type "none"; e.g. a print view).
 * @param {import('./story-pages.mjs').StoryPage} storyPage
 * @returns {boolean}
 */
function hasNoReplyBox(storyPage) {
  return !storyPage.replyBox || storyPage.replyBox.type === 'none';
}

/**
 * Checks that a page with no reply box gets no panel: nothing to annotate, nothing shown.
 * @param {import('playwright-core').Page} tab
 */
async function assertNoPanel(tab) {
  await tab.waitForLoadState('load');
  await tab.waitForTimeout(NO_PANEL_WATCH_MS);
  const panels = await tab.evaluate(() => document.querySelectorAll('replyguide-panel').length);
  assert.equal(panels, 0, 'no panel on a page without a reply box');
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
  let wanted = expected;
  if (repliesComeLater(expected)) {
    // The served HTML is the page before its script fills in the replies: none yet, and the
    // reading says replies are unknown (the panel test sees them arrive).
    assert.equal(reading.story.responses_unknown, true, 'replies not loaded yet read as unknown');
    wanted = { ...expected, responses: [] };
  } else if (someRepliesComeLater(expected)) {
    // The served HTML holds the first replies only; a script adds the rest after load.
    wanted = { ...expected, responses: expected.responses.slice(0, expected._fixture.responses_at_load) };
  } else {
    const gaps = kindGaps(expected);
    wanted = { ...expected, responses: expected.responses.map((r, i) => (gaps.includes(i) ? { ...r, kind: 'unknown' } : r)) };
  }
  const { actual, expected: comparable } = comparableStories(reading.story, wanted);
  assert.deepStrictEqual(actual, comparable);
}

/**
 * The page's replies are filled in by its own script after load (`_fixture.responses_appear_after_ms`).
 * @param {object} expected an expected.json entry
 * @returns {boolean}
 */
function repliesComeLater(expected) {
  return typeof expected._fixture?.responses_appear_after_ms === 'number';
}

/**
 * The page's HTML holds only its first `_fixture.responses_at_load` replies; its script adds the
 * others after load.
 * @param {object} expected an expected.json entry
 * @returns {boolean}
 */
function someRepliesComeLater(expected) {
  return typeof expected._fixture?.responses_at_load === 'number';
}

/**
 * The responses whose kind the reader's heuristic cannot tell (`_fixture.kind_gaps`).
 * @param {object} expected an expected.json entry
 * @returns {number[]}
 */
function kindGaps(expected) {
  return expected._fixture?.kind_gaps ?? [];
}

/**
 * Waits until the panel counts the replies that arrived after load, as many as `wanted`.
 * @param {import('playwright-core').Page} tab
 * @param {number} wanted the number of replies the page shows in the end
 * @returns {Promise<import('./panel.mjs').PanelState>}
 */
async function waitForReplies(tab, wanted) {
  await tab.waitForFunction((count) => {
    return document.querySelector('replyguide-panel')?.dataset.responseCount === String(count);
  }, wanted, { timeout: 10_000, polling: 100 });
  return waitForPanel(tab);
}
