// The Firefox build (dist/firefox) in Debian's Firefox ESR, driven over WebDriver BiDi by
// puppeteer-core (Playwright drives only its own patched Firefox, which is never downloaded here).
// The extension is installed as a temporary add-on; the story server's host names resolve to
// 127.0.0.1 (network.dns.localDomains), so the release manifest's match patterns are what is
// exercised. Pages are opened on the server's port: match patterns ignore ports.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { SYMPATHY_ONLY, TAKES_SIDES } from '../harness/drafts.mjs';
import { PAGES_DIR, REPO_ROOT } from '../harness/paths.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { startStoryServer } from '../harness/story-server.mjs';

/** Debian's Firefox ESR (`scripts/install-deps.sh firefox`). */
const FIREFOX = process.env.REPLYGUIDE_FIREFOX ?? '/usr/bin/firefox-esr';
/** The built Firefox extension (`make build`). */
const FIREFOX_BUILD = resolve(REPO_ROOT, 'dist/firefox');

const pages = loadStoryPages(PAGES_DIR);
let server;
let browser;

before(async () => {
  assert.ok(existsSync(resolve(FIREFOX_BUILD, 'manifest.json')), 'no dist/firefox: run `make build` first');
  server = await startStoryServer(pages);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: { 'network.dns.localDomains': [...new Set(pages.map((page) => page.host))].join(',') },
  });
  await browser.installExtension(FIREFOX_BUILD);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens story page `file` in a new tab.
 * @param {string} file
 */
async function openStory(file) {
  const story = pages.find((page) => page.file === file);
  const tab = await browser.newPage();
  await tab.goto(story.url.replace(story.host, `${story.host}:${server.port}`));
  return { tab, story, expected: server.served(story).expected };
}

/**
 * The first panel, once it is ready: its data attributes and the rules of its findings.
 * @param {import('puppeteer-core').Page} tab
 */
async function readyPanel(tab) {
  await tab.waitForFunction(() => document.querySelector('replyguide-panel')?.dataset.state === 'ready',
    { timeout: 20_000, polling: 100 });
  return tab.evaluate(() => {
    const panel = document.querySelector('replyguide-panel');
    return {
      storyPosted: panel.dataset.storyPosted,
      responseCount: Number(panel.dataset.responseCount),
      rules: [...panel.shadowRoot.querySelectorAll('[data-rule]')].map((el) => el.dataset.rule),
    };
  });
}

/**
 * Types `text` into the reply box and waits until the panel shows `rule`.
 * @param {import('puppeteer-core').Page} tab
 * @param {string} selector the reply box
 * @param {string} text
 * @param {string} rule
 */
async function typeUntilFlagged(tab, selector, text, rule) {
  await tab.click(selector);
  await tab.keyboard.type(text, { delay: 2 });
  await tab.waitForFunction((wanted) => [...document.querySelector('replyguide-panel').shadowRoot
    .querySelectorAll('[data-rule]')].some((el) => el.dataset.rule === wanted), { timeout: 20_000, polling: 100 }, rule);
  return tab.$eval(selector, (box) => (box instanceof HTMLTextAreaElement ? box.value : box.innerText));
}

for (const file of ['uk-story-no-responses.html', 'uk-story-provider-response.html', 'uk-strict-csp.html']) {
  test(`Firefox: ${file} is read and its reply box annotated while typing`, async () => {
    const { tab, story, expected } = await openStory(file);
    try {
      const panel = await readyPanel(tab);
      assert.equal(panel.storyPosted, expected.posted, 'the story date read');
      assert.equal(panel.responseCount, expected.responses.length, 'the responses read');
      const typed = await typeUntilFlagged(tab, story.replyBox.selector, TAKES_SIDES, 'takes-sides');
      assert.equal(typed.trim(), TAKES_SIDES, 'the typed text is unchanged');
    } finally {
      await tab.close();
    }
  });
}

test('Firefox: a rich editor inserted after the page loaded is annotated', async () => {
  const { tab, story } = await openStory('uk-late-froala.html');
  try {
    await tab.waitForSelector(story.replyBox.selector, { visible: true, timeout: 15_000 });
    await readyPanel(tab);
    await typeUntilFlagged(tab, story.replyBox.selector, SYMPATHY_ONLY, 'offers-guidance');
  } finally {
    await tab.close();
  }
});

for (const { file, paint } of [
  { file: 'uk-story-no-responses.html', paint: 'overlay' },
  { file: 'uk-story-provider-response.html', paint: 'highlight-api' },
]) {
  test(`Firefox: ${file} highlights the flagged words (${paint})`, async () => {
    const { tab, story } = await openStory(file);
    try {
      await readyPanel(tab);
      await typeUntilFlagged(tab, story.replyBox.selector, TAKES_SIDES, 'takes-sides');
      const shown = await tab.waitForFunction(() => {
        const host = document.querySelector('replyguide-highlights');
        const marks = JSON.parse(host?.dataset.marks || '[]');
        if (!marks.some((mark) => mark.rule === 'takes-sides')) return null;
        const painted = host.dataset.paint === 'highlight-api'
          ? CSS.highlights.get('replyguide-warning')?.size ?? 0
          : host.shadowRoot.querySelectorAll('.rg-mark').length;
        return painted > 0 ? host.dataset.paint : null;
      }, { timeout: 10_000, polling: 100 });
      assert.equal(await shown.jsonValue(), paint);
    } finally {
      await tab.close();
    }
  });
}

test('Firefox: the server was asked for the story pages and nothing else', () => {
  const paths = server.requests.map((request) => request.path);
  assert.ok(paths.length > 0);
  // The browser itself asks for /favicon.ico.
  const others = paths.filter((path) => !/^\/(?:opinions\/)?\d+\/?$/.test(path) && path !== '/favicon.ico');
  assert.deepEqual(others, [], 'no other request reached the server');
});
