// `replyguide audit --format html` on the example replies, opened in Chromium from a file as an
// organisation would open it from a USB stick: it makes no request; every chart agrees with the
// table beside it (the team's merged extension feedback included); the guideline filter works with
// JavaScript off; axe-core finds no serious or critical accessibility problem; it prints on A4. The
// same holds for the report on a spreadsheet export read without editing (its bad row listed) and
// for `replyguide feedback merge --format html`'s page. A full-page screenshot of each is saved for
// a person to look at (REPLYGUIDE_SCREENSHOT_DIR, else a temporary directory; paths are logged).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { runCli } from '../harness/cli.mjs';
import { CHROMIUM, REPO_ROOT } from '../harness/paths.mjs';

const work = mkdtempSync(join(tmpdir(), 'replyguide-report-'));
const screenshotDir = process.env.REPLYGUIDE_SCREENSHOT_DIR ?? work;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The bar colours of the report's charts (crates/cli/src/audit/charts.rs: BAR, SECOND, UNKNOWN). */
const BAR = '#1D5FA8';
const SECOND = '#B44D12';
const UNKNOWN = '#6B6B6B';
const FEEDBACK_FILES = readdirSync(join(REPO_ROOT, 'examples/feedback')).map((name) => join(REPO_ROOT, 'examples/feedback', name));
/** The pages under test, by name: where each is written. */
const PAGES = {
  report: join(work, 'report.html'),
  export: join(work, 'export.html'),
  feedback: join(work, 'feedback.html'),
};
const urlOf = (name) => pathToFileURL(PAGES[name]).href;

let browser;
before(() => {
  const merged = join(work, 'team-feedback.json');
  const common = ['--config', join(REPO_ROOT, 'examples/org.json'), '--now', '2026-12-10T00:00:00Z'];
  runCli(['feedback', 'merge', '--out', merged, ...FEEDBACK_FILES]);
  runCli(['feedback', 'merge', '--format', 'html', '--out', PAGES.feedback, ...FEEDBACK_FILES]);
  runCli(['audit', '--format', 'html', ...common, '--feedback', merged, '--out', PAGES.report, join(REPO_ROOT, 'examples/replies.jsonl')]);
  runCli(['audit', '--format', 'html', ...common, '--out', PAGES.export, join(REPO_ROOT, 'examples/replies-export.csv')]);
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Opens page `name` in a fresh context; `requests` collects every URL the page asked for. */
async function openPage(name, { javaScriptEnabled = true } = {}) {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  await page.goto(urlOf(name));
  return { context, page, requests };
}

/** A table's body as rows of cell texts (header cell first). */
function tableRows(page, sectionId) {
  return page.$$eval(`#${sectionId} table tbody tr`, (rows) => rows.map((row) => [...row.cells].map((cell) => cell.innerText.trim())));
}

/** The chart's rectangles in `fill`, in drawing order, with their sizes. */
function bars(page, sectionId, fill) {
  return page.$$eval(`#${sectionId} figure svg rect[fill="${fill}"]`, (rects) => rects.map((r) => ({
    width: Number(r.getAttribute('width')), height: Number(r.getAttribute('height')), y: Number(r.getAttribute('y')),
  })));
}

/** Asserts `sizes` are proportional to `values` (to a pixel's rounding). */
function assertProportional(sizes, values, what) {
  assert.equal(sizes.length, values.length, `${what}: one bar per table row`);
  const biggest = Math.max(...values);
  const longest = Math.max(...sizes);
  values.forEach((value, i) => {
    const expected = biggest === 0 ? 0 : (value / biggest) * longest;
    assert.ok(Math.abs(sizes[i] - expected) <= 1.5, `${what} row ${i + 1}: bar ${sizes[i]} px for ${value} (expected ${expected.toFixed(1)})`);
  });
}

test('each page opens from a file, makes no request and its screenshot is saved', async () => {
  for (const name of Object.keys(PAGES)) {
    const { context, page, requests } = await openPage(name);
    await page.waitForLoadState('load');
    const path = join(screenshotDir, `audit-${name}.png`);
    await page.screenshot({ path, fullPage: true });
    console.log(`# screenshot: ${path}`);
    assert.deepEqual(requests, [urlOf(name)], `${name}: the page itself and nothing else`);
    assert.equal(await page.locator('script, link[rel="stylesheet"], img, iframe').count(), 0, name);
    for (const width of [1280, 700]) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} at ${width} px: content ${overflow} px wider than the window`);
    }
    await context.close();
  }
});

test('every chart agrees with the table beside it', async () => {
  const { context, page } = await openPage('report');
  const rules = await tableRows(page, 'by-rule');
  const headline = Number(await page.locator('#figure-replies').innerText());
  assert.equal(headline, 5);
  const ruleCounts = rules.map((row) => Number(row[1]));
  assert.ok(ruleCounts.some((n) => n > 0), 'some guideline was missed');
  assertProportional((await bars(page, 'by-rule', BAR)).map((b) => b.width), ruleCounts, 'findings per guideline');
  const mostMissed = await page.$$eval('.most-missed li', (items) => items.map((li) => li.innerText));
  assert.deepEqual(mostMissed, rules.filter((row) => Number(row[1]) > 0).slice(0, 3).map((row) => row[0].split('\n')[0]));

  await assertTimingAgrees(page);

  const months = await tableRows(page, 'by-month');
  const shares = months.map((row) => parseFloat(row[3]));
  const dots = await page.$$eval('#by-month figure svg circle', (circles) => circles.map((c) => Number(c.getAttribute('cy'))));
  assert.equal(dots.length, months.length, 'one dot per month');
  const [top, bottom] = [Math.min(...dots), Math.max(...dots)];
  shares.forEach((share, i) => {
    if (bottom > top && Math.max(...shares) > Math.min(...shares)) {
      const expected = bottom - ((share - Math.min(...shares)) / (Math.max(...shares) - Math.min(...shares))) * (bottom - top);
      assert.ok(Math.abs(dots[i] - expected) <= 1.5, `month ${months[i][0]}: dot at ${dots[i]} for ${share}%`);
    }
  });
  const monthTotal = months.reduce((sum, row) => sum + Number(row[1]), 0);
  assert.equal(monthTotal, headline, 'every dated reply is in a month');
  await assertFeedbackAgrees(page);

  // Each responder's small chart: one column per guideline in the table's order, on one scale,
  // as tall as the counts written under it.
  const ruleOrder = rules.map((row) => row[0].split('\n')[0]);
  const responders = await page.$$eval('#by-responder tbody tr', (rows, fill) => rows.map((row) => ({
    replies: Number(row.cells[1].innerText),
    counts: row.querySelector('.counts').innerText,
    heights: [...row.querySelectorAll(`svg rect[fill="${fill}"]`)].map((r) => Number(r.getAttribute('height'))),
  })), BAR);
  assert.equal(responders.reduce((sum, r) => sum + r.replies, 0), headline, 'every reply has a responder row');
  const written = responders.map(({ counts }) => ruleOrder.map((rule) => Number(counts.match(new RegExp(`(?:^|, )${rule}: (\\d+)`))?.[1] ?? 0)));
  const drawn = responders.flatMap((r) => r.heights);
  assertProportional(drawn, written.flat(), 'responder small multiples');
  await context.close();
});

/**
 * The timing chart's stacked columns (after a provider reply, none yet, not known) are as tall as
 * the table's numbers; returns the table's rows.
 */
async function assertTimingAgrees(page) {
  const timing = await tableRows(page, 'timing');
  const values = [1, 2, 3].flatMap((column) => timing.map((row) => Number(row[column])));
  // Each series' columns, then its legend key last.
  const drawn = [];
  for (const fill of [BAR, SECOND, UNKNOWN]) {
    drawn.push(...(await bars(page, 'timing', fill)).slice(0, timing.length).map((b) => b.height));
  }
  assertProportional(drawn, values, 'timing');
  return timing;
}

/** The exports' counts added up here, independently of the CLI: `{rule: {shown, dismissed, …}}`. */
function feedbackTotals() {
  const totals = {};
  for (const file of FEEDBACK_FILES) {
    for (const [rule, counts] of Object.entries(JSON.parse(readFileSync(file, 'utf8')).guidelines)) {
      totals[rule] ??= { shown: 0, dismissed: 0, applied: 0, posted_with: 0 };
      for (const [counter, n] of Object.entries(counts)) totals[rule][counter] += n;
    }
  }
  return totals;
}

/** The feedback section's table holds the exports' sums, most dismissed first, and its bars agree. */
async function assertFeedbackAgrees(page) {
  const rows = await tableRows(page, 'feedback');
  const totals = feedbackTotals();
  assert.deepEqual(rows.map((row) => row[0]).sort(), Object.keys(totals).sort(), 'one row per guideline in any export');
  for (const [rule, shown, dismissed, applied, postedWith] of rows) {
    const sum = totals[rule];
    assert.deepEqual([shown, dismissed, applied, postedWith].map(Number), [sum.shown, sum.dismissed, sum.applied, sum.posted_with], rule);
  }
  const shares = rows.map((row) => parseFloat(row[5]));
  assert.deepEqual(shares, [...shares].sort((a, b) => b - a), 'most dismissed first');
  assertProportional((await bars(page, 'feedback', BAR)).map((b) => b.width), shares, 'share dismissed per guideline');
  const people = await page.locator('#feedback .note').first().innerText();
  assert.ok(people.includes(`exported by ${FEEDBACK_FILES.length} people`), people);
}

test('the feedback page on its own holds the same table and chart', async () => {
  const { context, page } = await openPage('feedback');
  await assertFeedbackAgrees(page);
  await context.close();
});

test('a spreadsheet export is read without editing: its bad row is listed and the rest reported', async () => {
  const { context, page } = await openPage('export');
  assert.equal(Number(await page.locator('#figure-replies').innerText()), 4);
  assert.deepEqual(await tableRows(page, 'bad-rows'), [['7', 'posted: expected a date such as 2026-12-08, 08/12/2026, 8 December 2026 or 2026-12-08T10:00:00Z (day before month), got "12/25/2026"']]);
  const notes = await page.locator('.file-note').allInnerTexts();
  assert.ok(notes.some((note) => note.includes('`Response` as text') && note.includes('`Response date` as posted')), notes.join('\n'));
  const responders = (await tableRows(page, 'by-responder')).map((row) => row[0]).sort();
  assert.deepEqual(responders, ['Ann Lee', 'Jo Patel', 'Sam Okoro']);
  const months = (await tableRows(page, 'by-month')).map((row) => row[0]);
  assert.deepEqual(months, ['2026-10', '2026-11', '2026-12']);
  // A spreadsheet row does not say whether the provider had replied: every dated reply is "not known".
  const timing = await assertTimingAgrees(page);
  assert.equal(timing.reduce((sum, row) => sum + Number(row[3]), 0), 4);
  assert.equal(timing.reduce((sum, row) => sum + Number(row[1]) + Number(row[2]), 0), 0);
  assert.equal(await page.locator('.advice', { hasText: 'too-early' }).count(), 0, 'too-early stays silent when the replies are not known');
  await context.close();
});

test('the replies can be filtered by guideline with JavaScript off', async () => {
  const { context, page } = await openPage('report', { javaScriptEnabled: false });
  const all = await page.locator('.replies > .reply').count();
  assert.ok(all > 1, `${all} replies shown`);
  await page.locator('.filter-labels label', { hasText: 'takes-sides' }).click();
  const visible = await page.$$eval('.replies > .reply', (items) => items
    .filter((item) => getComputedStyle(item).display !== 'none')
    .map((item) => item.querySelector('.advice').innerText));
  assert.ok(visible.length >= 1 && visible.length < all, `${visible.length} of ${all} shown`);
  assert.ok(visible.every((advice) => advice.includes('takes-sides')), visible.join('\n--\n'));
  await page.locator('.filter-labels label', { hasText: /^all$/ }).click();
  assert.equal(await page.locator('.replies > .reply:visible').count(), all);
  await context.close();
});

test('axe-core finds no serious or critical accessibility problem on any page', async () => {
  for (const name of Object.keys(PAGES)) {
    const { context, page } = await openPage(name);
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })));
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], `${name}: ${JSON.stringify(violations, null, 2)}`);
    await context.close();
  }
});

test('it prints on A4 without the filter buttons', async () => {
  const { context, page } = await openPage('report');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.filter-labels').isVisible(), false);
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, `${pdf.length} bytes of PDF`);
  await context.close();
});
