// Nothing leaves the machine: with the extension reading stories and checking drafts (in the page
// and through the offscreen fallback) on every story page, and with its options page, popup and
// history page open, the only requests are the pages from the local server and the extension's
// own files. Checked three ways: the server's log, Playwright's request events (pages and service
// worker) and Chromium's own network log (every process). Also: the manifest asks for `storage`,
// `offscreen` and the Care Opinion sites only, and pages that are not story pages (another page of
// a Care Opinion site; a story-like page on another site) are neither read nor changed.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { TAKES_SIDES } from '../harness/drafts.mjs';
import { launchExtensionBrowser } from '../harness/browser.mjs';
import { STORY_HOSTS, leakingRequests, requestsInNetLog, staysLocal } from '../harness/network-guard.mjs';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { EXTENSION_DIR, PAGES_DIR } from '../harness/paths.mjs';
import { revealReplyBox, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const logDir = mkdtempSync(join(tmpdir(), 'replyguide-netlog-'));
const netLogFile = join(logDir, 'netlog.json');
after(() => rmSync(logDir, { recursive: true, force: true }));

const pages = loadStoryPages(PAGES_DIR);
const storyLike = pages.find((p) => p.file === 'uk-story-no-responses.html');
/** Pages that are not story pages: one on a Care Opinion site, and a story page's copy elsewhere. */
const notStoryPages = [
  {
    what: 'a Care Opinion page that is not a story',
    host: 'www.careopinion.org.uk',
    path: '/about',
    html: '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>About Care Opinion</title></head><body>'
      + '<h1>About Care Opinion</h1><p>Share your story of care.</p>'
      + '<form id="contact"><label for="message">Message</label><textarea id="message" name="message"></textarea>'
      + '<div contenteditable="true">Notes</div><button type="submit">Send</button></form></body></html>',
  },
  { what: 'a story page on a site that is not Care Opinion', host: '127.0.0.1', path: `/${storyLike.storyId}`, html: storyLike.html },
];
const session = useExtensionSession(pages, { netLogFile, otherPages: notStoryPages });
const CARE_OPINION_DOMAINS = ['careopinion.org.uk', 'careopinion.org.au', 'careopinion.ie', 'careopinion.cymru', 'patientopinion.org.uk'];

/** Story pages read and checked at once, each in a tab of its own. */
const PAGES_AT_ONCE = 3;

/**
 * Reads `story` and checks a draft on it, in a tab of its own. The tab must be visible, as every
 * headless tab is: a hidden tab's timers (the check's pause after typing) would be throttled.
 * @param {import('../harness/story-pages.mjs').StoryPage} story
 */
async function readAndCheck(story) {
  const tab = await session.browser.openStory(story);
  try {
    assert.equal(await tab.evaluate(() => document.visibilityState), 'visible', `${story.file}: the tab is visible`);
    await revealReplyBox(tab, story.replyBox);
    await waitForPanel(tab);
    await typeDraft(tab, story.replyBox.selector, TAKES_SIDES, { delay: 0 });
    // The draft has been checked once the finding shows; whether the panel then stays as it is
    // is the panel tests' concern, so no quiet spell is waited for on each of the pages.
    await waitForFindings(tab, { present: ['takes-sides'], quietMs: 0 });
  } finally {
    await tab.close();
  }
}

test('reading every story page and checking a draft on it makes no request beyond the story pages', async () => {
  // A page without a reply box (a print view) has nothing to type in.
  const queue = pages.filter((p) => p.replyBox?.type !== 'none');
  const worker = async () => {
    for (let story = queue.shift(); story; story = queue.shift()) await readAndCheck(story);
  };
  await Promise.all(Array.from({ length: PAGES_AT_ONCE }, worker));
  const storyPaths = new Set(pages.map((p) => new URL(p.url).pathname));
  const unexpected = session.server.requests.filter((r) => !(r.method === 'GET' && storyPaths.has(r.path)) && r.path !== '/favicon.ico');
  assert.deepEqual(unexpected, [], 'the server received only story page loads (and the browser\'s favicon)');
  assert.ok(session.server.requests.every((r) => STORY_HOSTS.includes(r.host.replace(/:\d+$/, ''))));
  assert.deepEqual(session.browser.strayRequests(), [], 'page and service worker requests');
});

test('the manifest asks for storage, offscreen and the Care Opinion sites only', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const careOpinionSites = CARE_OPINION_DOMAINS.map((domain) => `https://*.${domain}/*`);
  assert.deepEqual([...manifest.permissions].sort(), ['offscreen', 'storage']);
  for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable',
    'web_accessible_resources']) {
    assert.equal(manifest[key], undefined, `no ${key}`);
  }
  assert.equal(manifest.content_scripts.length, 1);
  assert.deepEqual(manifest.content_scripts[0].matches, careOpinionSites);
});

/**
 * Opens `url` in a new tab, records the requests it makes until the network is idle, and closes it.
 * @param {string} url
 * @returns {Promise<string[]>}
 */
async function requestsOfPage(url) {
  const tab = await session.browser.context.newPage();
  const requested = [];
  tab.on('request', (request) => requested.push(request.url()));
  try {
    await tab.goto(url, { waitUntil: 'networkidle' });
    return requested;
  } finally {
    await tab.close();
  }
}

test('the options page, the popup and the history page request nothing but the extension\'s own files', async (t) => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const extensionPages = [
    ['options page', manifest.options_ui?.page ?? manifest.options_page],
    ['popup', manifest.action?.default_popup],
    ['history page', 'history/history.html'],
  ];
  const own = `chrome-extension://${session.browser.extensionId}/`;
  for (const [name, path] of extensionPages) {
    if (!path || !existsSync(join(EXTENSION_DIR, path))) {
      t.diagnostic(`skipped the ${name}: the build has none`);
      continue;
    }
    const requested = await requestsOfPage(`${own}${path}`);
    assert.ok(requested.length > 0, `the ${name} loaded`);
    assert.deepEqual(requested.filter((url) => !url.startsWith(own)), [], `the ${name}'s requests`);
  }
});

test('pages that are not story pages are neither read nor changed', async () => {
  const tabs = [];
  for (const other of notStoryPages) {
    const tab = await session.browser.context.newPage();
    const requested = [];
    tab.on('request', (request) => requested.push(request.url()));
    // Anything that changes the page once it is parsed (it has no scripts of its own) is foreign.
    await tab.addInitScript(() => {
      window.changesAfterParsing = [];
      document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => {
        window.changesAfterParsing.push(...records.map((r) => `${r.type} ${r.target.nodeName}`));
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));
    });
    const url = `https://${other.host}${other.host === '127.0.0.1' ? `:${session.server.port}` : ''}${other.path}`;
    assert.equal((await tab.goto(url, { waitUntil: 'load' }))?.status(), 200);
    tabs.push({ other, tab, url, requested });
  }
  // By the time a story page opened after them is annotated, the extension has had its chance;
  // there too the page itself is all that loads: the engine comes inside the content script.
  const story = await session.browser.context.newPage();
  const storyRequests = [];
  story.on('request', (request) => storyRequests.push(new URL(request.url()).pathname));
  await story.goto(storyLike.url);
  await waitForPanel(story);
  await story.close();
  assert.deepEqual(storyRequests, [new URL(storyLike.url).pathname], 'a story page loads no file of the extension');
  for (const { other, tab, url, requested } of tabs) {
    const state = await tab.evaluate(() => ({
      changes: window.changesAfterParsing,
      ours: document.querySelectorAll('replyguide-panel, replyguide-highlights').length,
    }));
    assert.deepEqual(state, { changes: [], ours: 0 }, `${other.what}: nothing added or changed`);
    assert.deepEqual(requested, [url], `${other.what}: the page itself is all that loaded (no engine, no extension files)`);
    await tab.close();
  }
});

test('Chromium\'s network log shows no request by a page or the extension leaving the machine', async (t) => {
  await session.browser.close(); // the log is complete once the browser has exited
  const requests = requestsInNetLog(netLogFile);
  assert.ok(requests.some(({ url }) => url.startsWith('https://www.careopinion.org.uk/')), 'the log saw the story pages');
  assert.deepEqual(leakingRequests(requests), []);
  const ownServices = requests.filter(({ url }) => !staysLocal(url)).length;
  t.diagnostic(`${requests.length} requests logged; ${ownServices} were Chromium's own service calls, refused by the host resolver rules`);
});

test('the guard is not blind: a request from a page is caught by both logs; the service worker cannot even make one', async () => {
  const probeLog = join(logDir, 'probe-netlog.json');
  const probe = await launchExtensionBrowser({ port: session.server.port, netLogFile: probeLog });
  const leak = 'https://leak.invalid/from-a-page';
  try {
    // The extension pages' CSP (connect-src 'self') refuses the fetch before any request is made.
    const [worker] = probe.context.serviceWorkers();
    const refused = await worker.evaluate((url) => fetch(url).then(() => 'fetched', (error) => error.name), 'https://leak.invalid/from-the-service-worker');
    assert.equal(refused, 'TypeError');
    const tab = await probe.openStory(pages[0]);
    const seen = probe.context.waitForEvent('request', { predicate: (request) => request.url() === leak, timeout: 10_000 });
    await tab.evaluate((url) => fetch(url, { mode: 'no-cors' }).catch(() => 'refused'), leak);
    await seen;
    assert.deepEqual(probe.strayRequests(), [leak]);
  } finally {
    await probe.close();
  }
  assert.deepEqual(leakingRequests(requestsInNetLog(probeLog)).map(({ url }) => url), [leak]);
});
