// Managed policy that answers late (as chrome.storage.managed does for seconds after the browser
// starts) must not hold the panel, and must take effect as soon as it answers. The test build holds
// the policy's answer for as long as the page address asks (`?replyguide-policy-delay-ms=`); the
// policy itself is REAL (tests/harness/managed-policy.mjs) and turns `takes-sides` off.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { managedPolicyFor } from '../harness/managed-policy.mjs';

/** How long the test build holds the policy's answer: far longer than the panel takes to be ready. */
const POLICY_DELAY_MS = 10_000;

const { skip, extensionDir, install, remove } = managedPolicyFor({
  built: resolve(import.meta.dirname, '../../dist/chrome-test'),
  name: 'late-policy',
  policy: { rules: { 'takes-sides': { enabled: false } } },
});

// The harness reads the extension folder when it is imported.
process.env.REPLYGUIDE_TEST_EXTENSION_DIR = extensionDir;
const { TAKES_SIDES } = await import('../harness/drafts.mjs');
const { waitForFindings, waitForPanel } = await import('../harness/panel.mjs');
const { PAGES_DIR } = await import('../harness/paths.mjs');
const { revealReplyBox, typeDraft } = await import('../harness/reply-box.mjs');
const { loadStoryPages } = await import('../harness/story-pages.mjs');
const { useExtensionSession } = await import('../harness/test-session.mjs');

before(install);
after(remove);

const pages = loadStoryPages(PAGES_DIR);
const session = skip ? null : useExtensionSession(pages, { testBuild: true });
const STORY = 'uk-story-no-responses.html';

test('a late policy does not hold the panel, and the guideline it turns off goes when it answers', { skip }, async () => {
  const story = pages.find((page) => page.file === STORY);
  const path = `${new URL(story.url).pathname}?replyguide-policy-delay-ms=${POLICY_DELAY_MS}`;
  const opened = Date.now();
  const tab = await session.browser.openStory(story, { path });
  try {
    await revealReplyBox(tab, story.replyBox);
    const panel = await waitForPanel(tab);
    assert.equal(panel.state, 'ready', `panel state (panel says: ${panel.text})`);
    const readyAfter = Date.now() - opened;
    assert.ok(readyAfter < POLICY_DELAY_MS, `the panel was ready ${readyAfter} ms after opening, before the policy answered`);

    // Before the policy answers, the settings at hand (the built-in defaults) apply.
    await typeDraft(tab, story.replyBox.selector, TAKES_SIDES);
    await waitForFindings(tab, { present: ['takes-sides'], timeout: POLICY_DELAY_MS - (Date.now() - opened) });
    assert.ok(Date.now() - opened < POLICY_DELAY_MS, 'takes-sides was shown before the policy answered');

    // Once it answers, the guideline it turns off goes without another keystroke.
    await waitForFindings(tab, { absent: ['takes-sides'], present: ['offers-guidance'], timeout: POLICY_DELAY_MS + 20_000 });
  } finally {
    await tab.close();
  }
});
