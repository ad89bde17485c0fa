// Without managed policy, a finding offers "Turn off this guideline everywhere" (inside "Why?",
// apart from "Dismiss for this draft"); using it hides the guideline's findings at once and turns
// the guideline off in the person's own settings, where the options page shows it off and editable.
// The options page imports a settings file only when the engine accepts it, and resets.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { SYMPATHY_ONLY } from '../harness/drafts.mjs';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR, REPO_ROOT } from '../harness/paths.mjs';
import { revealReplyBox, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);

test('"Turn off this guideline" hides its findings and is kept in the person\'s own settings', async () => {
  const story = pages.find((page) => page.file === 'uk-story-no-responses.html');
  const tab = await session.browser.openStory(story);
  const options = await session.browser.context.newPage();
  try {
    await revealReplyBox(tab, story.replyBox);
    await waitForPanel(tab);
    await typeDraft(tab, story.replyBox.selector, SYMPATHY_ONLY);
    await waitForFindings(tab, { present: ['offers-guidance'] });
    const entry = tab.locator('replyguide-panel li', { has: tab.locator('[data-rule="offers-guidance"]') });
    const turnOff = {
      text: await entry.locator('.rg-why .rg-turn-off').textContent(),
      dismissBeside: await entry.locator(':scope > .rg-dismiss').count() === 1,
    };
    await entry.locator('.rg-why summary').click();
    await entry.locator('.rg-why .rg-turn-off').click();
    assert.equal(turnOff.text, 'Turn off this guideline everywhere (you can turn it back on in Settings)');
    assert.ok(turnOff.dismissBeside, '"Dismiss for this draft" stays where it was');
    await waitForFindings(tab, { absent: ['offers-guidance'] });

    await options.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
    const enabled = '[data-path="rules.offers-guidance.enabled"]';
    await options.waitForSelector(enabled, { state: 'attached' });
    assert.equal(await options.isChecked(enabled), false);
    assert.equal(await options.isDisabled(enabled), false, 'the person can turn it back on');
    const { config } = await options.evaluate(() => chrome.storage.local.get('config'));
    assert.deepEqual(JSON.parse(config), { rules: { 'offers-guidance': { enabled: false } } });
  } finally {
    await options.close();
    await tab.close();
  }
});

test('options page: a bad import changes nothing and says why; a good one replaces the person\'s settings; reset clears them', async () => {
  const page = await session.browser.context.newPage();
  const stored = async () => (await page.evaluate(() => chrome.storage.local.get('config'))).config;
  try {
    await page.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
    await page.waitForSelector('[data-path="organisation.name"]', { state: 'attached' });
    const before = await stored();

    await page.setInputFiles('#import-file', resolve(REPO_ROOT, 'examples/broken/org-bad-wait.json'));
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Nothing was imported'));
    assert.equal(await page.textContent('#status'),
      'Nothing was imported from org-bad-wait.json: rules.too-early.wait_days: expected a number of days, got "two weeks"');
    assert.equal(await stored(), before, 'the settings are unchanged');

    await page.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"organisation": ') });
    await page.waitForFunction(() => document.querySelector('#status').textContent.includes('notes.json'));
    assert.match(await page.textContent('#status'), /^Nothing was imported from notes\.json: it is not JSON/);

    await page.setInputFiles('#import-file', resolve(REPO_ROOT, 'examples/org-charity.json'));
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Imported'));
    assert.deepEqual(JSON.parse(await stored()), JSON.parse(readFileSync(resolve(REPO_ROOT, 'examples/org-charity.json'), 'utf8')));
    assert.equal(await page.inputValue('[data-path="organisation.name"]'), 'Carers Support Exampleshire');
    assert.equal(await page.isDisabled('[data-path="organisation.name"]'), false, 'the person\'s own settings are not locked');

    await page.click('#reset');
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Your own settings were cleared'));
    assert.equal(await stored(), undefined);
    assert.equal(await page.inputValue('[data-path="organisation.name"]'), '');
  } finally {
    await page.close();
  }
});
