// Stored settings and reply history that are corrupted (wrong type, not JSON, values the engine
// rejects): the panel still works with the defaults, says what was set aside, and the draft is
// never touched.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { TAKES_SIDES } from '../harness/drafts.mjs';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { replyBoxText, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);

/** What a corrupted storage holds, and what the panel's notice must say about it. */
const FAULTS = [
  { name: 'settings that are not JSON', stored: { config: '{"rules": {"takes-sides": ' }, notice: /own Reply Guide settings could not be read/ },
  { name: 'settings of the wrong type', stored: { config: 42 }, notice: /own Reply Guide settings could not be read/ },
  { name: 'settings that are a JSON list', stored: { config: '[1, 2, 3]' }, notice: /own Reply Guide settings could not be read/ },
  { name: 'settings the engine rejects', stored: { config: '{"rules": {"too-early": {"wait_days": "two weeks"}}}' }, notice: /settings could not be used.*wait_days/ },
  { name: 'a history of the wrong type', stored: { 'history:v1': { text: 'not JSON Lines' } }, notice: /reply history could not all be read/ },
  { name: 'a history with a line that is not JSON', stored: { 'history:v1': '{"text": "An earlier reply."}\n{not json' }, notice: /reply history could not all be read.*line 2/ },
  { name: 'a history with a line of the wrong shape', stored: { 'history:v1': '{"text": 7}' }, notice: /reply history could not all be read/ },
];

/** Runs `run` with the extension's chrome.storage.local, in its service worker. */
function inExtensionStorage(run, argument) {
  const [worker] = session.browser.context.serviceWorkers();
  return worker.evaluate(run, argument);
}

afterEach(() => inExtensionStorage(() => chrome.storage.local.clear()));

for (const fault of FAULTS) {
  test(`${fault.name}: the defaults apply, the panel says so, and the draft is unaffected`, async () => {
    await inExtensionStorage((items) => chrome.storage.local.set(items), fault.stored);
    const story = pages.find((p) => p.file === 'uk-story-no-responses.html');
    const tab = await session.browser.openStory(story);
    try {
      const panel = await waitForPanel(tab);
      assert.equal(panel.state, 'ready', `the panel works (it says: ${panel.text})`);
      const notice = tab.locator('replyguide-panel .rg-notice');
      // A history notice comes once the history is indexed, just after the first check (late-history.js).
      await notice.waitFor({ state: 'visible', timeout: 5_000 });
      assert.match(await notice.textContent(), fault.notice);

      await typeDraft(tab, story.replyBox.selector, TAKES_SIDES);
      await waitForFindings(tab, { present: ['takes-sides'] });
      assert.equal(await replyBoxText(tab, story.replyBox.selector), TAKES_SIDES);
      assert.deepEqual(await inExtensionStorage((keys) => chrome.storage.local.get(keys), Object.keys(fault.stored)), fault.stored,
        'reading never rewrites what is stored');
    } finally {
      await tab.close();
    }
  });
}

test('a guideline turned off from the panel is noted beside a notice about the stored history', async () => {
  await inExtensionStorage((items) => chrome.storage.local.set(items), { 'history:v1': '{"text": 7}' });
  const story = pages.find((p) => p.file === 'uk-story-no-responses.html');
  const tab = await session.browser.openStory(story);
  try {
    await waitForPanel(tab);
    const notice = tab.locator('replyguide-panel .rg-notice');
    await notice.filter({ hasText: 'reply history could not all be read' }).waitFor();
    await typeDraft(tab, story.replyBox.selector, TAKES_SIDES);
    await waitForFindings(tab, { present: ['takes-sides'] });
    const entry = tab.locator('replyguide-panel li.rg-finding', { has: tab.locator('[data-rule="takes-sides"]') }).first();
    await entry.locator('.rg-why summary').click();
    await entry.locator('.rg-turn-off').click();
    await tab.locator('replyguide-panel .rg-turned-off', { hasText: 'Guideline turned off for all your replies' }).waitFor();
    assert.match(await notice.textContent(), /reply history could not all be read/, 'the history notice stays');
  } finally {
    await tab.close();
  }
});

test('clean storage: no notice', async () => {
  const story = pages.find((p) => p.file === 'uk-story-no-responses.html');
  const tab = await session.browser.openStory(story);
  try {
    assert.equal((await waitForPanel(tab)).state, 'ready');
    assert.equal(await tab.locator('replyguide-panel .rg-notice').isVisible(), false);
  } finally {
    await tab.close();
  }
});
