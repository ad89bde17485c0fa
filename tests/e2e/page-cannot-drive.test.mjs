// A story page's own scripts run beside Reply Guide, and a compromised or buggy one must not be able
// to change what the responder relies on (PRIVACY.md, "What a page can and cannot make Reply Guide
// do"). The page script here is Playwright's `evaluate`, which runs in the page's main world, as
// the site's scripts do; Playwright's clicks and typing are the person's own (trusted) input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TAKES_SIDES } from '../harness/drafts.mjs';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { replyBoxText, revealReplyBox, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);
const story = pages.find((p) => p.file === 'uk-story-no-responses.html');
const box = story.replyBox.selector;

/** "the patient" on a story by the patient: personal-address, with the quick fix "you". */
const FIXABLE = 'Dear author, I am sorry the patient had to wait so long for help.';

/** Runs `run` in the extension's service worker. */
function inWorker(run, argument) {
  const [worker] = session.browser.context.serviceWorkers();
  return worker.evaluate(run, argument);
}

/** The stored reply history's lines. */
async function storedReplies() {
  const jsonl = await inWorker(async () => (await chrome.storage.local.get('history:v1'))['history:v1'] ?? '');
  return jsonl ? jsonl.split('\n') : [];
}

/** Opens the story, reveals its reply box and types `draft`, waiting until `rule` is shown. */
async function openWithDraft(draft, rule) {
  const tab = await session.browser.openStory(story);
  await revealReplyBox(tab, story.replyBox);
  assert.equal((await waitForPanel(tab)).state, 'ready');
  await typeDraft(tab, box, draft);
  await waitForFindings(tab, { present: [rule] });
  return tab;
}

/** Clicks a panel control from the page's main world, `times` times. */
function clickFromPage(tab, selector, times = 1) {
  return tab.evaluate(([css, count]) => {
    const control = document.querySelector('replyguide-panel').shadowRoot.querySelector(css);
    for (let i = 0; i < count; i += 1) control.click();
  }, [selector, times]);
}

test('the page cannot turn a guideline off; the person can', async () => {
  await inWorker(() => chrome.storage.local.clear());
  const tab = await openWithDraft(TAKES_SIDES, 'takes-sides');
  try {
    await tab.evaluate(() => {
      const entry = document.querySelector('replyguide-panel').shadowRoot.querySelector('[data-rule="takes-sides"]').closest('li');
      entry.querySelector('.rg-turn-off').click();
      entry.querySelector('.rg-dismiss').click();
    });
    await tab.waitForTimeout(1_000);
    assert.deepEqual(await inWorker(() => chrome.storage.local.get('config')), {}, 'no settings written');
    await waitForFindings(tab, { present: ['takes-sides'] });

    const entry = tab.locator('replyguide-panel li', { has: tab.locator('[data-rule="takes-sides"]') }).first();
    await entry.locator('.rg-why summary').click();
    await entry.locator('.rg-turn-off').click();
    await waitForFindings(tab, { absent: ['takes-sides'] });
    const { config } = await inWorker(() => chrome.storage.local.get('config'));
    assert.deepEqual(JSON.parse(config), { rules: { 'takes-sides': { enabled: false } } }, 'the person\'s click is kept');
  } finally {
    await tab.close();
    await inWorker(() => chrome.storage.local.clear());
  }
});

test('the page cannot apply a quick fix', async () => {
  const tab = await openWithDraft(FIXABLE, 'personal-address');
  try {
    await clickFromPage(tab, '.rg-apply');
    await tab.waitForTimeout(500);
    assert.equal((await replyBoxText(tab, box)).trim(), FIXABLE, 'the draft is unchanged');
    await waitForFindings(tab, { present: ['personal-address'] });
  } finally {
    await tab.close();
  }
});

test('twenty clicks on "Reply history" from the page open no tab; the person\'s open one, however many', async () => {
  const tab = await openWithDraft(TAKES_SIDES, 'takes-sides');
  const historyTabs = () => session.browser.context.pages().filter((page) => page.url().endsWith('/history/history.html'));
  try {
    await clickFromPage(tab, '.rg-history', 20);
    await tab.waitForTimeout(1_500);
    assert.equal(historyTabs().length, 0, 'no tab opened');

    await tab.locator('replyguide-panel .rg-history').click({ clickCount: 20, delay: 0 });
    await tab.waitForTimeout(1_500);
    assert.equal(historyTabs().length, 1, 'the service worker opens the page once');
  } finally {
    await Promise.all(historyTabs().map((page) => page.close()));
    await tab.close();
  }
});

test('the release build leaves no timing marks or attributes; data-check-count stays', async () => {
  const tab = await openWithDraft(TAKES_SIDES, 'takes-sides');
  try {
    const seen = await tab.evaluate(() => ({
      marks: performance.getEntries().filter((entry) => entry.name.startsWith('replyguide')).map((entry) => entry.name),
      lastCheckMs: document.querySelector('replyguide-panel').getAttribute('data-last-check-ms'),
      lastEngineMs: document.querySelector('replyguide-panel').getAttribute('data-last-engine-ms'),
      checkCount: Number(document.querySelector('replyguide-panel').dataset.checkCount),
    }));
    assert.deepEqual(seen.marks, []);
    assert.equal(seen.lastCheckMs, null);
    assert.equal(seen.lastEngineMs, null);
    assert.ok(seen.checkCount >= 1, 'data-check-count is set');
  } finally {
    await tab.close();
  }
});

test('200 submits made by the page add at most one reply to the history', async () => {
  await inWorker(() => chrome.storage.local.remove('history:v1'));
  const tab = await session.browser.openStory(story);
  try {
    await revealReplyBox(tab, story.replyBox);
    await waitForPanel(tab);
    const forge = (selector) => {
      const form = document.querySelector(selector).closest('form');
      const field = document.querySelector(selector);
      form.addEventListener('submit', (event) => event.preventDefault());
      for (let i = 0; i < 100; i += 1) {
        field.value = `Forged reply number ${i}, with a link of the page's choosing.`;
        form.dispatchEvent(new Event('submit', { cancelable: true }));
        field.value = `Forged reply number ${i} sent by requestSubmit.`;
        form.requestSubmit();
        field.value = '';
      }
    };
    // Without the person, and then just after they typed in the box (a user gesture).
    await tab.evaluate(forge, box);
    await tab.locator(box).click();
    await tab.keyboard.type('a');
    await tab.evaluate(forge, box);
    await tab.waitForTimeout(2_000);
    assert.ok((await storedReplies()).length <= 1, `${(await storedReplies()).length} replies kept`);
  } finally {
    await tab.close();
  }
});

test('a reply the person submits is kept once; one over 20,000 characters is refused', async () => {
  await inWorker(() => chrome.storage.local.remove('history:v1'));
  const submit = async (text) => {
    const tab = await session.browser.openStory(story);
    await revealReplyBox(tab, story.replyBox);
    await waitForPanel(tab);
    await tab.locator(box).fill(text);
    await tab.locator(box).press('End');
    await Promise.all([tab.waitForURL(/\/respond$/), tab.locator('form button[type=submit]').click()]);
    await tab.close();
  };
  await submit('x'.repeat(20_001));
  await submit(TAKES_SIDES);
  await inWorker(() => new Promise((resolve) => setTimeout(resolve, 500)));
  const kept = (await storedReplies()).map((line) => JSON.parse(line));
  assert.deepEqual(kept.map((reply) => reply.text), [TAKES_SIDES]);
  assert.equal(kept[0].story_url, story.url);
});

test('a reply the page\'s script posts is kept once the site empties the box, not while the box still holds it', async () => {
  await inWorker(() => chrome.storage.local.remove('history:v1'));
  /** Submits `text` on a page whose script handles the form (no navigation), emptying the box or not. */
  const submitByScript = async (text, { empties }) => {
    const tab = await session.browser.openStory(story);
    await revealReplyBox(tab, story.replyBox);
    await waitForPanel(tab);
    await tab.evaluate(([selector, clear]) => {
      const field = document.querySelector(selector);
      field.form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (clear) setTimeout(() => { field.value = ''; }, 300);
      });
    }, [box, empties]);
    await typeDraft(tab, box, text, { delay: 1 });
    await tab.locator('form button[type=submit]').click();
    await tab.waitForTimeout(1_500);
    await tab.close();
  };
  await submitByScript('A reply the site refused: the box still holds it.', { empties: false });
  assert.deepEqual(await storedReplies(), [], 'not taken, not kept');
  await submitByScript(TAKES_SIDES, { empties: true });
  assert.deepEqual((await storedReplies()).map((line) => JSON.parse(line).text), [TAKES_SIDES]);
});

test('extension pages may not reach the network: their CSP allows only the extension\'s own files', async () => {
  const page = await session.browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.browser.extensionId}/history/history.html`);
    const csp = await inWorker(() => chrome.runtime.getManifest().content_security_policy.extension_pages);
    for (const directive of ["connect-src 'self'", "img-src 'self' data:", "font-src 'none'", "form-action 'none'", "base-uri 'none'"]) {
      assert.ok(csp.split(';').map((part) => part.trim()).includes(directive), `${directive} in ${csp}`);
    }
    const blocked = await page.evaluate(() => fetch('https://www.careopinion.org.uk/').then(() => 'fetched', (error) => error.name));
    assert.equal(blocked, 'TypeError', 'connect-src stops the fetch before it is made');
  } finally {
    await page.close();
  }
});
