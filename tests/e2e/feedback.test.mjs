// Feedback counts: what the person does with the advice on a story page (a finding shown, one
// dismissed, one fixed with Apply, the reply posted with the rest still there) is counted per
// guideline in the extension's storage, shown on the history page, exported as JSON there, and
// that export is what `replyguide feedback merge` adds up.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from '../harness/cli.mjs';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);
const STORY = 'uk-story-provider-response.html';
const FEEDBACK_KEY = 'feedback:v1';
/** personal-address (with a suggestion, "you") and takes-sides, among others. */
const DRAFT = 'Dear author, I am sorry the patient had to wait so long. You are absolutely right, the staff should be ashamed.';

/** Opens the history page of the extension. */
async function openHistoryPage() {
  const tab = await session.browser.context.newPage();
  await tab.goto(`chrome-extension://${session.browser.extensionId}/history/history.html`);
  return tab;
}

/** The panel entry of `rule`'s finding. */
const entryOf = (tab, rule) => tab.locator('replyguide-panel li.rg-finding', { has: tab.locator(`[data-rule="${rule}"]`) });

/** Unfolds the panel's hints, as a person does to reach a hint's buttons. */
async function unfoldHints(tab) {
  const folded = tab.locator('replyguide-panel details.rg-hints:not([open]) > summary');
  if (await folded.count() > 0) await folded.click();
}

test('shown, dismissed, applied and posted-with are counted, shown on the history page and exported for feedback merge', async () => {
  const historyPage = await openHistoryPage();
  await historyPage.evaluate((key) => chrome.storage.local.remove(key), FEEDBACK_KEY);

  const story = pages.find((p) => p.file === STORY);
  const tab = await session.browser.openStory(story);
  assert.equal((await waitForPanel(tab)).state, 'ready');
  await typeDraft(tab, story.replyBox.selector, DRAFT, { delay: 1 });
  const first = await waitForFindings(tab, { present: ['personal-address', 'takes-sides'] });
  const shownFirst = new Set(first.findings.map((f) => f.rule));

  await entryOf(tab, 'takes-sides').locator('button', { hasText: /dismiss/i }).first().click();
  await waitForFindings(tab, { absent: ['takes-sides'] });
  await unfoldHints(tab);
  await entryOf(tab, 'personal-address').locator('button', { hasText: /apply/i }).click();
  const beforePosting = await waitForFindings(tab, { absent: ['personal-address', 'takes-sides'] });
  const postedWith = beforePosting.findings.map((f) => f.rule);
  await Promise.all([tab.waitForURL(/\/respond$/), tab.locator('form button[type=submit]').click()]);
  await tab.close();

  // The service worker stores what the page sent (the counts made before posting arrive with it).
  await historyPage.waitForFunction(async ([key, rules]) => {
    const counts = (await chrome.storage.local.get(key))[key]?.guidelines ?? {};
    return counts['personal-address']?.applied === 1 && rules.every((rule) => counts[rule]?.posted_with === 1);
  }, [FEEDBACK_KEY, postedWith], { timeout: 10_000, polling: 200 });
  const stored = (await historyPage.evaluate((key) => chrome.storage.local.get(key), FEEDBACK_KEY))[FEEDBACK_KEY].guidelines;
  for (const rule of shownFirst) assert.ok(stored[rule]?.shown >= 1, `${rule} shown: ${JSON.stringify(stored)}`);
  assert.equal(stored['takes-sides'].dismissed, 1);
  assert.equal(stored['takes-sides'].posted_with, 0, 'dismissed before posting');
  assert.equal(stored['personal-address'].applied, 1);
  assert.equal(stored['personal-address'].posted_with, 0, 'fixed before posting');
  for (const rule of postedWith) assert.equal(stored[rule].posted_with, 1, `${rule} was there when posted`);

  // The history page's table and bars say the same.
  await historyPage.reload();
  const row = historyPage.locator('#feedback-rows tr[data-rule="takes-sides"]');
  await row.waitFor();
  const cells = await row.locator('td.num').allTextContents();
  const sides = stored['takes-sides'];
  assert.deepEqual(cells.map(Number), [sides.shown, sides.dismissed, sides.applied, sides.posted_with]);
  const width = await row.locator('.feedback-bar[data-counter="dismissed"]').evaluate((bar) => bar.style.width);
  assert.equal(parseFloat(width), Math.min(100, (100 * sides.dismissed) / sides.shown));
  if (process.env.REPLYGUIDE_SCREENSHOT_DIR) {
    await historyPage.locator('#feedback').screenshot({ path: join(process.env.REPLYGUIDE_SCREENSHOT_DIR, 'history-feedback.png') });
  }

  // The export is what `replyguide feedback merge` reads.
  const [download] = await Promise.all([historyPage.waitForEvent('download'), historyPage.locator('#feedback-export').click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(exported.guidelines, stored);
  const file = await download.path();
  const merged = JSON.parse(runCli(['feedback', 'merge', file, file]));
  assert.equal(merged.people, 2);
  assert.equal(merged.guidelines['takes-sides'].dismissed, 2 * sides.dismissed);
  await historyPage.close();
});
