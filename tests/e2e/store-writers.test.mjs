// The reply history and the settings each have two writers: the service worker (records replies,
// turns guidelines off for story pages) and an extension page (the history page's import, limit and
// delete all; the options page's save). Each change is a read, then a write; two copies of the
// store, loaded in an extension page, run them against one storage made slow, so that one writer's
// change falls between the other's read and write. Also: damaged stored lines, the size caps, and
// the offscreen engine's guides.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);

/**
 * Defines `slowStorage()` in the page: a new storage area whose every call takes 50 ms, for both
 * copies of a store to share.
 */
function defineSlowStorage() {
  globalThis.slowStorage = () => {
    const data = {};
    const later = (value) => new Promise((resolve) => setTimeout(() => resolve(value), 50));
    const pick = (keys) => Object.fromEntries([keys].flat().filter((key) => key in data).map((key) => [key, data[key]]));
    return {
      data,
      get: (keys) => later(structuredClone(keys === null ? data : pick(keys))),
      set: (items) => later(Object.assign(data, structuredClone(items))).then(() => {}),
      remove: (keys) => later([keys].flat().forEach((key) => delete data[key])),
    };
  };
}

/**
 * Runs `body` in a fresh extension page (the history page), where `slowStorage()` is defined.
 * @template T
 * @param {() => Promise<T>} body runs in the page
 * @returns {Promise<T>}
 */
async function inExtensionPage(body) {
  const page = await session.browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.browser.extensionId}/history/history.html`);
    await page.evaluate(defineSlowStorage);
    return await page.evaluate(body);
  } finally {
    await page.close();
  }
}

test('"Delete all" during the worker\'s append, or the other way round, never brings deleted replies back', async () => {
  const outcome = await inExtensionPage(async () => {
    const worker = await import('/shared/history-store.js?copy=worker');
    const historyPage = await import('/shared/history-store.js?copy=history-page');
    const posted = new Date().toISOString();
    const run = async (first, second) => {
      const storage = slowStorage();
      storage.data['history:v1'] = JSON.stringify({ text: 'An old reply the person deletes.' });
      const started = first(storage);
      await new Promise((resolve) => setTimeout(resolve, 20)); // the first has read, not yet written
      await Promise.all([started, second(storage)]);
      return storage.data['history:v1'] ?? '';
    };
    const append = (storage) => worker.appendToHistory({ text: 'The new reply.', story_url: 'https://www.careopinion.org.uk/1', posted }, storage);
    const clear = (storage) => historyPage.clearHistory(storage);
    return { clearThenAppend: await run(clear, append), appendThenClear: await run(append, clear) };
  });
  assert.deepEqual(outcome.clearThenAppend.split('\n').map((line) => JSON.parse(line).text), ['The new reply.']);
  assert.equal(outcome.appendThenClear, '', 'deleted after the append');
});

test('an import on the history page during the worker\'s append keeps both', async () => {
  const texts = await inExtensionPage(async () => {
    const worker = await import('/shared/history-store.js?copy=worker');
    const historyPage = await import('/shared/history-store.js?copy=history-page');
    const storage = slowStorage();
    const appended = worker.appendToHistory({ text: 'Posted just now.', story_url: 'https://www.careopinion.org.uk/2', posted: new Date().toISOString() }, storage);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all([appended, historyPage.importIntoHistory([{ text: 'Imported.', posted: '2020-01-01T00:00:00Z' }], storage)]);
    return storage.data['history:v1'].split('\n').map((line) => JSON.parse(line).text);
  });
  assert.deepEqual(texts.sort(), ['Imported.', 'Posted just now.']);
});

test('a guideline turned off from a story page while the options page saves: both changes are kept', async () => {
  const stored = await inExtensionPage(async () => {
    const worker = await import('/shared/settings.js?copy=worker');
    const optionsPage = await import('/shared/settings.js?copy=options-page');
    await chrome.storage.local.remove('config');
    // Every read and write of the real storage takes 50 ms longer.
    const local = chrome.storage.local;
    const { get, set } = local;
    const later = (promise) => promise.then((value) => new Promise((resolve) => setTimeout(() => resolve(value), 50)));
    local.get = (keys) => later(get.call(local, keys));
    local.set = (items) => later(set.call(local, items));
    try {
      const saved = optionsPage.saveUserConfigChanges({}, { responder: { name: 'Sam Okoro' } });
      await new Promise((resolve) => setTimeout(resolve, 20));
      await Promise.all([saved, worker.setGuidelineEnabled('takes-sides', false)]);
    } finally {
      local.get = get;
      local.set = set;
    }
    const { config } = await chrome.storage.local.get('config');
    await chrome.storage.local.remove('config');
    return JSON.parse(config);
  });
  assert.deepEqual(stored, { responder: { name: 'Sam Okoro' }, rules: { 'takes-sides': { enabled: false } } });
});

test('a damaged stored line is skipped and reported: the list and imports still work', async () => {
  const page = await session.browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.browser.extensionId}/history/history.html`);
    await page.evaluate(() => chrome.storage.local.set({
      'history:v1': [
        JSON.stringify({ text: 'First reply.', posted: '2025-01-01T00:00:00Z' }),
        '{"text": "cut short',
        JSON.stringify({ text: 'Second reply.', posted: '2025-02-01T00:00:00Z' }),
      ].join('\n'),
    }));
    await page.reload();
    await page.locator('#damaged', { hasText: 'One stored line is damaged' }).waitFor();
    assert.deepEqual(await page.locator('#recent .excerpt').allTextContents(), ['Second reply.', 'First reply.']);

    await page.locator('#import-file').setInputFiles({
      name: 'replies.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(`${JSON.stringify({ text: 'Imported reply.', posted: '2025-03-01T00:00:00Z' })}\n`),
    });
    await page.locator('#status', { hasText: 'Imported 1 reply from replies.jsonl' }).waitFor();
    assert.deepEqual(await page.locator('#recent .excerpt').allTextContents(), ['Imported reply.', 'Second reply.', 'First reply.']);
  } finally {
    await page.evaluate(() => chrome.storage.local.remove('history:v1'));
    await page.close();
  }
});

test('a reply over 20,000 characters is refused; the history stays within its byte budget', async () => {
  const outcome = await inExtensionPage(async () => {
    const store = await import('/shared/history-store.js');
    const storage = slowStorage();
    const entry = (text) => ({ text, story_url: `https://www.careopinion.org.uk/${text.length}`, posted: new Date().toISOString() });
    const tooLong = await store.appendToHistory(entry('x'.repeat(store.MAX_REPLY_CHARS + 1)), storage);
    const longest = await store.appendToHistory(entry('y'.repeat(store.MAX_REPLY_CHARS)), storage);
    // 10,000 replies of about 1 kB (10 MB) under a limit of 50,000 replies.
    storage.data['history:limit'] = 50_000;
    storage.data['history:v1'] = Array.from({ length: 10_000 }, (_, n) => JSON.stringify({ text: `Reply ${n} `.padEnd(1000, '.') })).join('\n');
    const { pruned } = await store.appendToHistory(entry('The newest reply.'), storage);
    const jsonl = storage.data['history:v1'];
    return {
      tooLong: tooLong.result.recorded,
      longest: longest.result.recorded,
      pruned,
      bytes: new TextEncoder().encode(JSON.stringify(jsonl)).length,
      budget: store.HISTORY_BYTE_BUDGET,
      newest: JSON.parse(jsonl.split('\n').at(-1)).text,
    };
  });
  assert.equal(outcome.tooLong, false, 'over 20,000 characters');
  assert.equal(outcome.longest, true, '20,000 characters');
  assert.ok(outcome.pruned > 0, 'the oldest were removed');
  assert.ok(outcome.bytes <= outcome.budget, `${outcome.bytes} bytes kept, budget ${outcome.budget}`);
  assert.equal(outcome.newest, 'The newest reply.');
});

test('twenty settings changes on a strict-CSP page leave at most two guides in the offscreen engine', async () => {
  const story = pages.find((p) => p.file === 'uk-strict-csp.html');
  const [worker] = session.browser.context.serviceWorkers();
  const tab = await session.browser.openStory(story);
  try {
    for (let days = 1; days <= 20; days += 1) {
      await worker.evaluate((wait) => chrome.storage.local.set({ config: JSON.stringify({ rules: { 'too-early': { wait_days: wait } } }) }), days);
      await tab.reload();
      assert.equal((await waitForPanel(tab)).state, 'ready');
    }
    const guides = await guidesInOffscreenDocument(tab);
    assert.ok(guides >= 1 && guides <= 2, `${guides} guides kept`);
  } finally {
    await worker.evaluate(() => chrome.storage.local.remove('config'));
    await tab.close();
  }
});

/**
 * How many guides the offscreen document holds (its data-guides).
 * @param {import('playwright-core').Page} tab any page, whose DevTools session reaches the others
 * @returns {Promise<number>}
 */
function guidesInOffscreenDocument(tab) {
  return inOffscreenDocument(tab, 'Number(document.documentElement.dataset.guides)');
}

/**
 * Evaluates `expression` in the offscreen document, over the DevTools protocol (Playwright lists
 * no offscreen documents).
 * @param {import('playwright-core').Page} tab any page, whose DevTools session reaches the others
 * @param {string} expression
 * @returns {Promise<any>} its value (a promise's, once settled)
 */
async function inOffscreenDocument(tab, expression) {
  const cdp = await session.browser.context.newCDPSession(tab);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((info) => info.url.endsWith('/offscreen.html'));
    assert.ok(target, 'the offscreen document is open');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const answer = new Promise((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        const message = JSON.parse(event.message);
        if (event.sessionId === sessionId && message.id === 1) resolve(message.result.result.value);
      });
      // A document that closes as it answers may detach first.
      cdp.on('Target.detachedFromTarget', (event) => {
        if (event.sessionId === sessionId) resolve(undefined);
      });
    });
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    });
    return await answer;
  } finally {
    await cdp.detach();
  }
}

test('a second reply to the same story within minutes replaces the first; other stories keep theirs', async () => {
  const texts = await inExtensionPage(async () => {
    const store = await import('/shared/history-store.js');
    const storage = slowStorage();
    const at = (minutes) => new Date(Date.UTC(2026, 0, 1, 12, minutes)).toISOString();
    const reply = (text, story, minutes) => store.appendToHistory({ text, story_url: `https://www.careopinion.org.uk/${story}`, posted: at(minutes) }, storage);
    await reply('First try on story 1.', 1, 0);
    await reply('A reply on story 2.', 2, 1);
    await reply('Corrected reply on story 1.', 1, 2);
    await reply('A later reply on story 1, after the window.', 1, 30);
    return storage.data['history:v1'].split('\n').map((line) => JSON.parse(line).text);
  });
  assert.deepEqual(texts, ['A reply on story 2.', 'Corrected reply on story 1.', 'A later reply on story 1, after the window.']);
});

test('the service worker takes reply, settings, feedback and page requests from story pages only', async () => {
  const answers = await inExtensionPage(async () => Promise.all([
    chrome.runtime.sendMessage({ kind: 'replyguide:record-reply', entry: { text: 'Forged from an extension page.' } }),
    chrome.runtime.sendMessage({ kind: 'replyguide:set-guideline-enabled', rule: 'takes-sides', enabled: false }),
    chrome.runtime.sendMessage({ kind: 'replyguide:count-feedback', counts: { 'takes-sides': { shown: 1000 } } }),
    chrome.runtime.sendMessage({ kind: 'replyguide:open-history' }),
  ]));
  for (const answer of answers) assert.deepEqual(answer, { ok: false, error: 'only a story page can ask this' });
});

test('a settings save the browser refuses is shown, and the form keeps what was typed', async () => {
  const page = await session.browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
    const name = page.locator('[data-path="organisation.name"]');
    await name.waitFor();
    await page.evaluate(() => {
      chrome.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    });
    await name.fill('Healthwatch Exampleshire');
    await page.locator('#save').click();
    await page.locator('#status', { hasText: 'Not saved: the browser could not store your settings (QUOTA_BYTES quota exceeded)' }).waitFor();
    assert.equal(await name.inputValue(), 'Healthwatch Exampleshire');
  } finally {
    await page.close();
  }
});

test('the offscreen engine, once idle, is closed, and opened again by the next check', async () => {
  const story = pages.find((p) => p.file === 'uk-strict-csp.html');
  const [worker] = session.browser.context.serviceWorkers();
  const offscreenDocuments = () => worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })
    .then((contexts) => contexts.length));
  const tab = await session.browser.openStory(story);
  try {
    assert.equal((await waitForPanel(tab)).state, 'ready');
    assert.equal(await offscreenDocuments(), 1);
    // What the document sends once no page used it for IDLE_CLOSE_MS (offscreen.js).
    await inOffscreenDocument(tab, "void chrome.runtime.sendMessage({ kind: 'replyguide:offscreen-idle' }).catch(() => {})");
    await worker.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    assert.equal(await offscreenDocuments(), 0, 'closed');
    await tab.reload();
    assert.equal((await waitForPanel(tab)).state, 'ready');
    assert.equal(await offscreenDocuments(), 1, 'opened again');
  } finally {
    await tab.close();
  }
});

test('"Delete all" on the history page deletes every kept reply (its dialog form is allowed by the page CSP)', async () => {
  const page = await session.browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.browser.extensionId}/history/history.html`);
    await page.evaluate(() => chrome.storage.local.set({ 'history:v1': JSON.stringify({ text: 'A reply to delete.' }) }));
    await page.locator('#count', { hasText: '1 reply' }).waitFor();
    await page.locator('#delete-all').click();
    await page.locator('#confirm-delete button[value="delete"]').click();
    await page.locator('#status', { hasText: 'Your reply history was deleted.' }).waitFor();
    assert.deepEqual(await page.evaluate(() => chrome.storage.local.get('history:v1')), {});
  } finally {
    await page.close();
  }
});
