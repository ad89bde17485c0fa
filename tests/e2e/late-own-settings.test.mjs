// The person's own settings that answer late (chrome.storage.local can take a few hundred
// milliseconds just after the browser starts) must not hold the panel, and must take effect as
// soon as they answer. The test build holds their answer for as long as the page address asks
// (`?replyguide-own-settings-delay-ms=`); the settings themselves are stored as the options page
// stores them and turn `takes-sides` off.
import { test } from 'node:test';
import { expectLateSettingsToTakeEffect } from '../harness/late-settings.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
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
  try {
    await expectLateSettingsToTakeEffect(session, story, {
      delayParameter: 'replyguide-own-settings-delay-ms', delayMs: SETTINGS_DELAY_MS, settings: 'settings',
    });
  } finally {
    await storeOwnSettings(null);
  }
});
