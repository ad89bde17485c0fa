// Organisation settings through REAL managed policy: Debian's Chromium reads
// /etc/chromium/policies/managed/*.json, whose `3rdparty.extensions.<id>` becomes the extension's
// chrome.storage.managed (checked against its managed_schema.json). The extension is loaded from a
// copy of dist/chrome in a fresh folder, so its id (derived from that path) is known before launch.
// The policy turns one guideline off, changes another's severity, names the organisation and
// forbids turning guidelines off; the test checks the panel, the options page and the popup.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { managedPolicyFor } from '../harness/managed-policy.mjs';

const ORGANISATION = 'Healthwatch Policyshire';
const policy = {
  organisation: { name: ORGANISATION, kind: 'healthwatch' },
  rules: { 'takes-sides': { enabled: false }, 'offers-guidance': { severity: 'hint' } },
  allow_turning_off_guidelines: false,
  history: [{
    text: 'Thank you for sharing your story about the long wait in the emergency department. Healthwatch Policyshire '
      + 'hears from many people about waiting times and we raise them with the hospital every month. If you would like '
      + 'help to make a complaint, our advocacy service can support you: call 01632 960333.',
    story_url: 'https://www.careopinion.org.uk/1300003',
    posted: '2025-05-05T10:00:00Z',
  }],
};

const { skip, extensionDir, extensionId, install, remove } = managedPolicyFor({
  built: resolve(import.meta.dirname, '../../dist/chrome'),
  name: 'managed',
  policy,
});

// The harness reads the extension folder when it is imported.
process.env.REPLYGUIDE_EXTENSION_DIR = extensionDir;
const { TAKES_SIDES, SYMPATHY_ONLY } = await import('../harness/drafts.mjs');
const { waitForFindings, waitForPanel } = await import('../harness/panel.mjs');
const { PAGES_DIR } = await import('../harness/paths.mjs');
const { revealReplyBox, typeDraft } = await import('../harness/reply-box.mjs');
const { loadStoryPages } = await import('../harness/story-pages.mjs');
const { useExtensionSession } = await import('../harness/test-session.mjs');

before(install);
after(remove);

const pages = loadStoryPages(PAGES_DIR);
const session = skip ? null : useExtensionSession(pages);
const STORY = 'uk-story-no-responses.html';

/** Opens the story with a ready panel. */
async function openStory() {
  const story = pages.find((page) => page.file === STORY);
  const tab = await session.browser.openStory(story);
  await revealReplyBox(tab, story.replyBox);
  const panel = await waitForPanel(tab);
  assert.equal(panel.state, 'ready', `panel state (panel says: ${panel.text})`);
  return { tab, box: story.replyBox.selector };
}

/** Opens one of the extension's pages in a new tab. */
async function openExtensionPage(path) {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/${path}`);
  return page;
}

test('the policy reaches chrome.storage.managed of the extension it names', { skip }, async () => {
  assert.equal(session.browser.extensionId, extensionId, 'the unpacked extension has the id the policy names');
  const page = await openExtensionPage('popup/popup.html');
  try {
    assert.deepEqual(await page.evaluate(() => chrome.storage.managed.get(null)), policy);
  } finally {
    await page.close();
  }
});

test('policy: a guideline it turns off no longer fires, one it softens is a hint, and nothing offers turning off', { skip }, async () => {
  const { tab, box } = await openStory();
  try {
    await typeDraft(tab, box, TAKES_SIDES);
    await waitForFindings(tab, { present: ['offers-guidance'], absent: ['takes-sides'] });
    await typeDraft(tab, box, SYMPATHY_ONLY);
    const panel = await waitForFindings(tab, { present: ['offers-guidance'], absent: ['takes-sides'] });
    assert.deepEqual(panel.findings.filter((f) => f.rule === 'offers-guidance').map((f) => f.severity), ['hint']);
    const buttons = await tab.evaluate(() => ({
      dismiss: document.querySelector('replyguide-panel').shadowRoot.querySelectorAll('.rg-dismiss').length,
      turnOff: document.querySelector('replyguide-panel').shadowRoot.querySelectorAll('.rg-turn-off').length,
    }));
    assert.ok(buttons.dismiss > 0, '"Dismiss for this draft" is offered');
    assert.equal(buttons.turnOff, 0, '"Turn off this guideline" is not offered when policy forbids it');
  } finally {
    await tab.close();
  }
});

test('options page: fields set by policy are locked and say so, the others can be edited', { skip }, async () => {
  const page = await openExtensionPage('options/options.html');
  try {
    await page.waitForSelector('[data-path="rules.takes-sides.enabled"]', { state: 'attached' });
    const field = (path) => page.evaluate((p) => {
      const input = document.querySelector(`[data-path="${p}"]`);
      const box = input.closest('.field');
      return {
        disabled: input.disabled,
        value: input.type === 'checkbox' ? input.checked : input.value,
        badge: box.querySelector('.locked-badge')?.textContent ?? null,
      };
    }, path);
    assert.deepEqual(await field('rules.takes-sides.enabled'), { disabled: true, value: false, badge: 'Set by your organisation' });
    assert.deepEqual(await field('rules.offers-guidance.severity'), { disabled: true, value: 'hint', badge: 'Set by your organisation' });
    assert.deepEqual(await field('organisation.name'), { disabled: true, value: ORGANISATION, badge: 'Set by your organisation' });
    assert.deepEqual(await field('rules.too-early.wait_days'), { disabled: false, value: '14', badge: null });
    assert.match(await page.textContent('#organisation'), /Healthwatch Policyshire \(set by your organisation’s IT policy\)/);
    assert.equal(await page.isVisible('#policy-note'), true, 'the page says turning guidelines off is not allowed');

    // An edit the engine rejects is named at its field and not saved; a good one is saved.
    await page.click('details[data-field="rules.too-early"] > summary');
    await page.fill('[data-path="rules.too-early.wait_days"]', '5000');
    await page.click('#save');
    await page.waitForSelector('.field-error');
    assert.match(await page.textContent('.field-error'), /^rules\.too-early\.wait_days: expected a number of days between 0 and 3650, got 5000/);
    assert.equal(await page.evaluate(() => chrome.storage.local.get('config')).then((s) => s.config), undefined);
    await page.fill('[data-path="rules.too-early.wait_days"]', '10');
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Saved'));
    const saved = JSON.parse((await page.evaluate(() => chrome.storage.local.get('config'))).config);
    assert.deepEqual(saved, { rules: { 'too-early': { wait_days: 10 } } }, 'only what the person changed is kept');
  } finally {
    await page.close();
  }
});

test('popup: what was read from the page, the organisation in force, and off for this story', { skip }, async () => {
  const { tab } = await openStory();
  try {
    await tab.bringToFront();
    const worker = session.browser.context.serviceWorkers().find((w) => w.url().includes(extensionId));
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await openExtensionPage(`popup/popup.html?tab=${tabId}`);
    try {
      await popup.waitForSelector('#page:not([hidden])');
      assert.match(await popup.textContent('#organisation'), /Healthwatch Policyshire/);
      assert.equal(await popup.textContent('#reply-box'), 'found');
      assert.notEqual(await popup.textContent('#story-date'), 'not found');
      assert.equal(await popup.isChecked('#enabled'), true);

      await popup.uncheck('#enabled');
      await tab.waitForFunction(() => !document.querySelector('replyguide-panel'));
      await popup.check('#enabled');
      assert.equal((await waitForPanel(tab)).panels, 1, 'the panel is back');
    } finally {
      await popup.close();
    }
  } finally {
    await tab.close();
  }
});

test('policy history: a near-copy of one of the organisation\'s replies is a repeated response that links it', { skip }, async () => {
  const { tab, box } = await openStory();
  try {
    const [earlier] = policy.history;
    await typeDraft(tab, box, earlier.text.replace('Thank you', 'Dear Ann, thank you'), { delay: 1 });
    await waitForFindings(tab, { present: ['repeated-response'] });
    const link = await tab.evaluate(() => document.querySelector('replyguide-panel').shadowRoot.querySelector('.rg-related a')?.href);
    assert.equal(link, earlier.story_url);
  } finally {
    await tab.close();
  }
});
