// Nothing leaves the machine: with the extension reading stories and checking drafts (in the page
// and through the offscreen fallback), the only requests are the story pages from the local server
// and the extension's own files. Checked three ways: the server's log, Playwright's request events
// (pages and service worker) and Chromium's own network log (every process).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { TAKES_SIDES } from '../harness/drafts.mjs';
import { launchExtensionBrowser } from '../harness/browser.mjs';
import { STORY_HOSTS, leakingRequests, requestsInNetLog, staysLocal } from '../harness/network-guard.mjs';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { revealReplyBox, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const logDir = mkdtempSync(join(tmpdir(), 'replyguide-netlog-'));
const netLogFile = join(logDir, 'netlog.json');
after(() => rmSync(logDir, { recursive: true, force: true }));

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages, { netLogFile });
// A textarea page, a rich-editor page, and the strict-CSP page (engine in the offscreen document).
const visited = ['uk-story-no-responses.html', 'au-rtl-emoji.html', 'uk-strict-csp.html'].map((file) => pages.find((p) => p.file === file));

test('reading stories and checking drafts makes no request beyond the story pages', async () => {
  for (const story of visited) {
    const tab = await session.browser.openStory(story);
    await revealReplyBox(tab, story.replyBox);
    await waitForPanel(tab);
    await typeDraft(tab, story.replyBox.selector, TAKES_SIDES, { delay: 0 });
    await waitForFindings(tab, { present: ['takes-sides'] });
    await tab.close();
  }
  const storyPaths = new Set(visited.map((p) => new URL(p.url).pathname));
  const unexpected = session.server.requests.filter((r) => !(r.method === 'GET' && storyPaths.has(r.path)) && r.path !== '/favicon.ico');
  assert.deepEqual(unexpected, [], 'the server received only story page loads (and the browser\'s favicon)');
  assert.ok(session.server.requests.every((r) => STORY_HOSTS.includes(r.host.replace(/:\d+$/, ''))));
  assert.deepEqual(session.browser.strayRequests(), [], 'page and service worker requests');
});

test('Chromium\'s network log shows no request by a page or the extension leaving the machine', async (t) => {
  await session.browser.close(); // the log is complete once the browser has exited
  const requests = requestsInNetLog(netLogFile);
  assert.ok(requests.some(({ url }) => url.startsWith('https://www.careopinion.org.uk/')), 'the log saw the story pages');
  assert.deepEqual(leakingRequests(requests), []);
  const ownServices = requests.filter(({ url }) => !staysLocal(url)).length;
  t.diagnostic(`${requests.length} requests logged; ${ownServices} were Chromium's own service calls, refused by the host resolver rules`);
});

test('the guard is not blind: a request from the extension\'s service worker is caught by both logs', async () => {
  const probeLog = join(logDir, 'probe-netlog.json');
  const probe = await launchExtensionBrowser({ port: session.server.port, netLogFile: probeLog });
  const leak = 'https://leak.invalid/from-the-service-worker';
  try {
    const [worker] = probe.context.serviceWorkers();
    const seen = probe.context.waitForEvent('request', { predicate: (request) => request.url() === leak, timeout: 10_000 });
    await worker.evaluate((url) => fetch(url).catch(() => 'refused'), leak);
    await seen;
    assert.deepEqual(probe.strayRequests(), [leak]);
  } finally {
    await probe.close();
  }
  assert.deepEqual(leakingRequests(requestsInNetLog(probeLog)).map(({ url }) => url), [leak]);
});
