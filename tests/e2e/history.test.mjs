// Reply history: a reply submitted on one story is kept, and a near-copy typed on another story is
// flagged as a repeated response that links the first; replies imported on the history page count
// the same way. The engine runs in the page and, on a strict-CSP page, in the offscreen document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const RULE = 'repeated-response';

const pages = loadStoryPages(PAGES_DIR);
// The test build: one test waits for the start-up marks (replyguide:page-read, history-added).
const session = useExtensionSession(pages, { testBuild: true });
const page = (file) => pages.find((p) => p.file === file);

/** The reply submitted on the first story. */
const FIRST_REPLY = 'Dear author, thank you for taking the time to share your story about the discharge from the '
  + 'ward. Healthwatch Marlow Vale hears from many people about their experiences of leaving hospital, and we share '
  + 'what we hear with the hospital trust every quarter. If you would like support to raise your concerns, our '
  + 'advocacy service can help you: call 01632 960000 or visit https://www.healthwatch.example/advocacy.';

/** FIRST_REPLY with another greeting and a few words changed. */
const NEAR_COPY = FIRST_REPLY
  .replace('Dear author', 'Dear Mrs Evans')
  .replace('every quarter', 'each quarter')
  .replace('would like support', 'would like some support');

/** A reply on the same kind of story written for its author: not a repeat. */
const DIFFERENT_REPLY = 'Hello, I am sorry that the appointment letter arrived after the date of your scan and that '
  + 'nobody at the clinic could tell you why. Healthwatch Marlow Vale is visiting the outpatient department next month '
  + 'and we will ask how letters are sent. You can also contact the patient advice service on 01632 960111.';

/** An organisation's earlier reply, imported on the history page. */
const IMPORTED = {
  text: 'Good morning, and thank you for telling us about the long wait for an ambulance for your father. '
    + 'Healthwatch Marlow Vale meets the ambulance service every month and we will raise delays like this one. '
    + 'Our information line can help you find out how to make a complaint: call 01632 960222.',
  story_url: 'https://www.careopinion.org.uk/1300001',
  posted: '2025-03-03T10:00:00Z',
};

/** IMPORTED with another greeting and another parent. */
const IMPORTED_NEAR_COPY = IMPORTED.text.replace('your father', 'your mother').replace('Good morning', 'Hello');

/**
 * Opens the extension's history page.
 * @param {{ empty?: boolean }} [options] empty: delete the kept replies first (as "Delete all"
 *   does), so what an earlier test submitted does not count here
 * @returns {Promise<import('playwright-core').Page>}
 */
async function openHistoryPage({ empty = false } = {}) {
  const tab = await session.browser.context.newPage();
  await tab.goto(`chrome-extension://${session.browser.extensionId}/history/history.html`);
  if (empty) {
    await tab.evaluate(() => chrome.storage.local.remove('history:v1'));
    await tab.reload();
  }
  return tab;
}

/** Makes IMPORTED the only reply in the history (stored as the history page stores it). */
async function keepOnlyImportedReply() {
  const historyPage = await openHistoryPage({ empty: true });
  try {
    await historyPage.evaluate((reply) => chrome.storage.local.set({ 'history:v1': JSON.stringify(reply) }), IMPORTED);
  } finally {
    await historyPage.close();
  }
}

/**
 * Submits `text` as the reply on story page `file` (the form posts and the page navigates away).
 * @param {string} file
 * @param {string} text
 */
async function submitReply(file, text) {
  const { tab, box } = await openStory(file);
  await typeDraft(tab, box, text, { delay: 1 });
  await Promise.all([tab.waitForURL(/\/respond$/), tab.locator('form button[type=submit]').click()]);
  await tab.close();
}

/**
 * Opens a story and waits for its panel.
 * @param {string} file
 */
async function openStory(file) {
  const story = page(file);
  const tab = await session.browser.openStory(story);
  const panel = await waitForPanel(tab);
  assert.equal(panel.state, 'ready', `panel state (panel says: ${panel.text})`);
  return { tab, box: story.replyBox.selector, url: story.url };
}

/**
 * What the panel says about the earlier reply of its repeated-response finding.
 * @param {import('playwright-core').Page} tab
 */
function relatedReply(tab) {
  return tab.evaluate(() => {
    const note = document.querySelector('replyguide-panel').shadowRoot.querySelector('.rg-related');
    const link = note?.querySelector('a');
    return note && {
      text: note.textContent.replace(/\s+/g, ' ').trim(),
      href: link?.href ?? null,
      target: link?.target ?? null,
      rel: link?.rel ?? null,
    };
  });
}

test('a submitted reply is kept; a near-copy on another story links it, a different reply does not', async () => {
  await submitReply('uk-story-provider-response.html', FIRST_REPLY);

  const second = await openStory('ie-story.html');
  try {
    await typeDraft(second.tab, second.box, NEAR_COPY, { delay: 1 });
    await waitForFindings(second.tab, { present: [RULE] });
    const related = await relatedReply(second.tab);
    assert.equal(related.href, page('uk-story-provider-response.html').url, 'the finding links the first story');
    assert.equal(related.target, '_blank');
    assert.equal(related.rel, 'noopener noreferrer');
    assert.match(related.text, /^Earlier reply: www\.careopinion\.org\.uk\/1271408 · \d{1,2} [A-Z][a-z]+ \d{4} · \d{2,3}% similar$/);

    await typeDraft(second.tab, second.box, DIFFERENT_REPLY, { delay: 1 });
    await waitForFindings(second.tab, { absent: [RULE] });
    assert.equal(await relatedReply(second.tab), null);
  } finally {
    await second.tab.close();
  }
});

test('a reply imported on the history page is found, also by the offscreen engine on a strict-CSP page', async () => {
  const historyPage = await openHistoryPage({ empty: true });
  try {
    await historyPage.locator('#import-file').setInputFiles({
      name: 'replies.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(`${JSON.stringify(IMPORTED)}\n{"text": ""}\n`),
    });
    await historyPage.locator('#status', { hasText: 'Imported 1 reply from replies.jsonl' }).waitFor();
    assert.match(await historyPage.locator('#status').textContent(), /line 2: text: expected the reply/);

    await historyPage.locator('#import-file').setInputFiles({
      name: 'replies.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('posted,text,story\r\n2025-04-01T09:00:00Z,"Hello,\r\n""quoted"" reply",'
        + '"{""url"": ""https://www.careopinion.org.uk/1300002"", ""body"": ""b""}"\r\n'),
    });
    await historyPage.locator('#status', { hasText: 'Imported 1 reply from replies.csv.' }).waitFor();
    await historyPage.locator('#count', { hasText: '2 replies' }).waitFor();

    // As a spreadsheet saves it: semicolons, its own column titles, a cell over two lines, a column
    // not read, and a row whose quote is never closed.
    await historyPage.locator('#import-file').setInputFiles({
      name: 'export.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFFRef;Response date;Response;Story link\r\n'
        + '7;2025-05-02T10:00:00Z;"Thank you for telling us;\r\nwe have passed this on.";https://www.careopinion.org.uk/1300003\r\n'
        + '8;2025-05-03T10:00:00Z;"never closed\r\n'),
    });
    await historyPage.locator('#status', { hasText: 'Imported 1 reply from export.csv.' }).waitFor();
    assert.match(await historyPage.locator('#status').textContent(), /line 4: Quoted field unterminated/);
    await historyPage.locator('#count', { hasText: '3 replies' }).waitFor();
  } finally {
    await historyPage.close();
  }

  for (const file of ['cymru-story.html', 'uk-strict-csp.html']) {
    const { tab, box } = await openStory(file);
    try {
      await typeDraft(tab, box, IMPORTED_NEAR_COPY, { delay: 1 });
      await waitForFindings(tab, { present: [RULE] });
      assert.equal((await relatedReply(tab))?.href, IMPORTED.story_url, file);
    } finally {
      await tab.close();
    }
  }
  const [worker] = session.browser.context.serviceWorkers();
  const offscreenDocuments = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })
    .then((contexts) => contexts.length));
  assert.equal(offscreenDocuments, 1, 'the strict-CSP page was checked by the offscreen engine');
});

test('on a strict-CSP page, a reply submitted since the offscreen engine indexed the history is found too', async () => {
  await keepOnlyImportedReply();
  const strict = await openStory('uk-strict-csp.html');
  try {
    await typeDraft(strict.tab, strict.box, IMPORTED.text.replace('Good morning', 'Hello'), { delay: 1 });
    await waitForFindings(strict.tab, { present: [RULE] });
  } finally {
    await strict.tab.close();
  }

  await submitReply('cymru-story.html', FIRST_REPLY);
  const again = await openStory('uk-strict-csp.html');
  try {
    await typeDraft(again.tab, again.box, NEAR_COPY, { delay: 1 });
    await waitForFindings(again.tab, { present: [RULE] });
    assert.equal((await relatedReply(again.tab))?.href, page('cymru-story.html').url, 'the new reply is linked');
    await typeDraft(again.tab, again.box, IMPORTED.text.replace('your father', 'your mother'), { delay: 1 });
    await waitForFindings(again.tab, { present: [RULE] });
    assert.equal((await relatedReply(again.tab))?.href, IMPORTED.story_url, 'the earlier reply is still indexed');
  } finally {
    await again.tab.close();
  }
});

test('on a strict-CSP page, the history is sent again when the offscreen engine was closed and opened again', async () => {
  await keepOnlyImportedReply();
  const strict = await openStory('uk-strict-csp.html');
  try {
    await typeDraft(strict.tab, strict.box, IMPORTED.text.replace('Good morning', 'Hello'), { delay: 1 });
    await waitForFindings(strict.tab, { present: [RULE] });

    // As when Firefox unloads its background page with the engine's frame: a new engine holds
    // neither this page's story nor its history.
    const [worker] = session.browser.context.serviceWorkers();
    await worker.evaluate(() => chrome.offscreen.closeDocument());
    await typeDraft(strict.tab, strict.box, IMPORTED_NEAR_COPY, { delay: 1 });
    await waitForFindings(strict.tab, { present: [RULE] });
    assert.equal((await relatedReply(strict.tab))?.href, IMPORTED.story_url, 'the history was indexed again');
  } finally {
    await strict.tab.close();
  }
});

test('on a story Reply Guide is off on, the history is indexed only once it is turned back on', async () => {
  const historyPage = await openHistoryPage({ empty: true });
  const story = page('cymru-story.html');
  try {
    await historyPage.evaluate(async ({ reply, url }) => {
      const { setStoryPaused, storyKey } = await import('/shared/page-status.js');
      await chrome.storage.local.set({ 'history:v1': JSON.stringify(reply) });
      await setStoryPaused(storyKey(url), true);
    }, { reply: IMPORTED, url: story.url });
  } finally {
    await historyPage.close();
  }

  const tab = await session.browser.openStory(story);
  try {
    const historyAdded = () => tab.evaluate(() => performance.getEntriesByName('replyguide:history-added').length > 0);
    await tab.waitForFunction(() => performance.getEntriesByName('replyguide:page-read').length > 0);
    // Long enough for a 1-reply history to be indexed, had it been added.
    await tab.waitForTimeout(500);
    assert.equal(await tab.locator('replyguide-panel').count(), 0, 'no panel while off');
    assert.equal(await historyAdded(), false, 'no history indexed while off');

    // As the popup does: the content script turns itself on and forgets the pause.
    await tab.bringToFront();
    const [worker] = session.browser.context.serviceWorkers();
    await worker.evaluate(async () => {
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(active.id, { kind: 'replyguide:set-page-paused', paused: false });
    });
    assert.equal((await waitForPanel(tab)).state, 'ready');
    await tab.waitForFunction(() => performance.getEntriesByName('replyguide:history-added').length > 0);
      await typeDraft(tab, story.replyBox.selector, IMPORTED_NEAR_COPY, { delay: 1 });
    await waitForFindings(tab, { present: [RULE] });
  } finally {
    await tab.close();
  }
});

test('when storage is full, submitting a reply prunes the oldest replies and keeps the new one', async () => {
  const QUOTA_BYTES = 10_485_760;
  const historyPage = await openHistoryPage();
  let fillerLength;
  try {
    // 2,000 replies, then other data filling storage to within a few bytes of its quota.
    fillerLength = await historyPage.evaluate(async (quota) => {
      const reply = (n) => JSON.stringify({ text: `Filler reply ${n} `.padEnd(1000, '.'), posted: '2024-01-01T00:00:00.000Z' });
      await chrome.storage.local.clear();
      await chrome.storage.local.set({ 'history:limit': 50_000, 'history:v1': Array.from({ length: 2000 }, (_, n) => reply(n)).join('\n') });
      const free = quota - await chrome.storage.local.getBytesInUse(null);
      const filler = 'f'.repeat(free - 40);
      await chrome.storage.local.set({ 'test:filler': filler });
      return filler.length;
    }, QUOTA_BYTES);
  } finally {
    await historyPage.close();
  }

  await submitReply('cymru-story.html', DIFFERENT_REPLY);

  const check = await openHistoryPage();
  try {
    const stored = await check.evaluate(() => new Promise((resolve) => {
      const read = async () => {
        const { 'history:v1': jsonl, 'test:filler': filler } = await chrome.storage.local.get(null);
        const lines = jsonl.split('\n');
        if (!lines.at(-1).includes('Filler')) resolve({ count: lines.length, last: JSON.parse(lines.at(-1)), filler: filler.length });
        else setTimeout(read, 100);
      };
      read();
    }));
    assert.equal(stored.last.text, DIFFERENT_REPLY, 'the new reply is kept');
    assert.equal(stored.last.story_url, page('cymru-story.html').url);
    assert.equal(stored.count, 2001 - Math.ceil(2001 / 8), 'an eighth of the oldest replies made room');
    assert.equal(stored.filler, fillerLength, 'other data is untouched');
  } finally {
    await check.close();
  }
});
