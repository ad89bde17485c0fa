// The person's own settings that answer late (chrome.storage.local can take a few hundred
// milliseconds just after the browser starts) must not hold the panel, and must take effect as
// soon as they answer. The test build holds their answer for as long as the page address asks
// (`?replyguide-own-settings-delay-ms=`); the settings themselves are stored as the options page
// stores them and turn `takes-sides` off.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TAKES_SIDES } from '../harness/drafts.mjs';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { revealReplyBox, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

/** How long the test build holds the settings' answer: far longer than the panel takes to be ready. */
const SETTINGS_DELAY_MS = 10_000;

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages, { testBuild: true });
const STORY = 'uk-story-no-responses.html';

/** Stores the person's own settings (null: none), through the service worker. */
async function storeOwnSettings(config) {
  const [worker] = session.browser.context.serviceWorkers();
  await worker.evaluate((json) => (json == null ? chrome.storage.local.remove('config') : chrome.storage.local.set({ config: json })),
    config == null ? null : JSON.stringify(config));
}

test('own settings that answer late do not hold the panel, and the guideline they turn off goes when they answer', async () => {
  const story = pages.find((page) => page.file === STORY);
  await storeOwnSettings({ rules: { 'takes-sides': { enabled: false } } });
  const path = `${new URL(story.url).pathname}?replyguide-own-settings-delay-ms=${SETTINGS_DELAY_MS}`;
  const opened = Date.now();
  const tab = await session.browser.openStory(story, { path });
  try {
    await revealReplyBox(tab, story.replyBox);
    const panel = await waitForPanel(tab);
    assert.equal(panel.state, 'ready', `panel state (panel says: ${panel.text})`);
    const readyAfter = Date.now() - opened;
    assert.ok(readyAfter < SETTINGS_DELAY_MS, `the panel was ready ${readyAfter} ms after opening, before the settings answered`);

    // Before the settings answer, the settings at hand (the built-in defaults) apply.
    await typeDraft(tab, story.replyBox.selector, TAKES_SIDES);
    await waitForFindings(tab, { present: ['takes-sides'], timeout: SETTINGS_DELAY_MS - (Date.now() - opened) });
    assert.ok(Date.now() - opened < SETTINGS_DELAY_MS, 'takes-sides was shown before the settings answered');

    // Once they answer, the guideline they turn off goes without another keystroke, and the draft stays.
    await waitForFindings(tab, { absent: ['takes-sides'], present: ['offers-guidance'], timeout: SETTINGS_DELAY_MS + 20_000 });
    assert.equal(await tab.inputValue(story.replyBox.selector), TAKES_SIDES);
  } finally {
    await tab.close();
    await storeOwnSettings(null);
  }
});
