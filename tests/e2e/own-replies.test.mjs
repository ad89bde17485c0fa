// The history page checks the person's own kept replies against the guidelines, in the browser,
// and counts them per guideline and month as `replyguide audit` counts a team's replies.
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { TAKES_SIDES } from '../harness/drafts.mjs';
import { runCli } from '../harness/cli.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const session = useExtensionSession(loadStoryPages(PAGES_DIR));
const work = mkdtempSync(join(tmpdir(), 'replyguide-own-'));
after(() => rmSync(work, { recursive: true, force: true }));

const KEPT = [
  { text: TAKES_SIDES, story_url: 'https://www.careopinion.org.uk/1300001', posted: '2026-10-03T10:00:00Z' },
  { text: 'Dear author, thank you for sharing your story. Our advocacy service can help you raise this: call 01632 960000.', story_url: 'https://www.careopinion.org.uk/1300002', posted: '2026-11-05T10:00:00Z' },
];

test('the kept replies are counted per guideline and month, as the audit counts them', async () => {
  const tab = await session.browser.context.newPage();
  await tab.goto(`chrome-extension://${session.browser.extensionId}/history/history.html`);
  await tab.evaluate((lines) => chrome.storage.local.set({ 'history:v1': lines }), KEPT.map((r) => JSON.stringify(r)).join('\n'));
  await tab.locator('#own-check').click();
  await tab.locator('#own-results').waitFor({ state: 'visible', timeout: 20_000 });
  const rows = await tab.$$eval('#own-rules tr', (trs) => trs.map((tr) => [...tr.cells].slice(0, 3).map((c) => c.textContent)));
  const months = await tab.$$eval('#own-months tr', (trs) => trs.map((tr) => [...tr.cells].slice(0, 2).map((c) => c.textContent)));
  assert.deepEqual(months, [['2026-10', '1'], ['2026-11', '1']]);

  // The CLI's audit of the same replies, judged as of their posting, agrees per guideline.
  const file = join(work, 'kept.jsonl');
  writeFileSync(file, KEPT.map((r) => JSON.stringify(r)).join('\n'));
  const audit = JSON.parse(runCli(['audit', '--format', 'json', file]));
  const repeats = new Set(['repeated-response']);
  for (const { rule, replies } of audit.aggregates.by_rule.filter((r) => !repeats.has(r.rule))) {
    const row = rows.find(([id]) => id === rule);
    assert.ok(row, `${rule} listed`);
    assert.equal(Number(row[1]), replies, `${rule}: ${JSON.stringify(rows)}`);
  }
  assert.equal(rows.find(([id]) => id === 'takes-sides')[2], '50.0%');
  await tab.close();
});
