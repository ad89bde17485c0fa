// Managed policy that answers late (as chrome.storage.managed does for seconds after the browser
// starts) must not hold the panel, and must take effect as soon as it answers. The test build holds
// the policy's answer for as long as the page address asks (`?replyguide-policy-delay-ms=`); the
// policy itself is REAL (tests/harness/managed-policy.mjs) and turns `takes-sides` off.
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
const { expectLateSettingsToTakeEffect } = await import('../harness/late-settings.mjs');
const { PAGES_DIR } = await import('../harness/paths.mjs');
const { loadStoryPages } = await import('../harness/story-pages.mjs');
const { useExtensionSession } = await import('../harness/test-session.mjs');

before(install);
after(remove);

const pages = loadStoryPages(PAGES_DIR);
const session = skip ? null : useExtensionSession(pages, { testBuild: true });
const STORY = 'uk-story-no-responses.html';

test('a late policy does not hold the panel, and the guideline it turns off goes when it answers', { skip }, async () => {
  const story = pages.find((page) => page.file === STORY);
  await expectLateSettingsToTakeEffect(session, story, {
    delayParameter: 'replyguide-policy-delay-ms', delayMs: POLICY_DELAY_MS, settings: 'policy',
  });
});
