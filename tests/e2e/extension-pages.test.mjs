// The extension's own pages and the panel, for every reader: axe-core (experimental rules on)
// finds no serious or critical violation on a story page with findings, the popup, the options
// page and the history page; the popup writes dates the page's way and links to the history; the
// options page puts the guidelines first with their state and severity, uses names rather than
// ids, folds the page-reading settings for administrators, never hides the focused field behind
// its Save bar, and says the range a number must lie in. Screenshots go to
// REPLYGUIDE_SCREENSHOTS when it is set.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = process.env.REPLYGUIDE_SCREENSHOTS;
const DRAFT = 'Dear author, personally I think the patient was let down, and I hope the patient and her family are well.';

/**
 * The serious and critical axe-core violations on the page (inside open shadow roots too), as
 * "rule: target" lines. axe is evaluated through the DevTools protocol, which page CSPs do not reach.
 * @param {import('playwright-core').Page} page
 * @param {string[]} [include] selectors to check (the whole page when omitted)
 */
async function seriousViolations(page, include) {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (only) => {
    const results = await window.axe.run(only ? { include: only.map((s) => [s]) } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets.join(' ')}`);
}

/** Opens one of the extension's pages in a new tab. */
async function openExtensionPage(path, colorScheme = 'light') {
  const page = await session.browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`chrome-extension://${session.browser.extensionId}/${path}`);
  return page;
}

/** Opens a story with findings in the panel; returns its tab and id. */
async function openStoryWithFindings(file) {
  const story = pages.find((p) => p.file === file);
  const tab = await session.browser.openStory(story);
  await waitForPanel(tab);
  await typeDraft(tab, story.replyBox.selector, DRAFT, { delay: 0 });
  await waitForFindings(tab, { present: ['organisational-voice'] });
  await tab.bringToFront();
  const worker = session.browser.context.serviceWorkers().find((w) => w.url().includes(session.browser.extensionId));
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  return { tab, tabId };
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe: the panel, with a finding's "Why?" and the hints open, has no serious or critical violation (${colorScheme})`, async () => {
    const { tab } = await openStoryWithFindings('uk-story-no-responses.html');
    try {
      await tab.emulateMedia({ colorScheme });
      await tab.evaluate(() => {
        const root = document.querySelector('replyguide-panel').shadowRoot;
        root.querySelector('.rg-why').open = true;
        root.querySelector('.rg-hints').open = true;
      });
      await tab.locator('replyguide-panel .rg-quote').first().focus();
      assert.deepEqual(await seriousViolations(tab, ['replyguide-panel', 'replyguide-highlights']), []);
    } finally {
      await tab.close();
    }
  });
}

for (const { colorScheme, file, clock } of [
  { colorScheme: 'light', file: 'uk-story-no-responses.html', clock: / \d{2}:\d{2}$/ },
  { colorScheme: 'dark', file: 'au-2025-story-12h.html', clock: / \d{1,2}:\d{2} [ap]m$/ },
]) {
  test(`popup: the page's date conventions (${file}), a link to the history, no serious axe violation (${colorScheme})`, async () => {
    const { tab, tabId } = await openStoryWithFindings(file);
    const popup = await openExtensionPage(`popup/popup.html?tab=${tabId}`, colorScheme);
    try {
      await popup.waitForSelector('#page:not([hidden])');
      await popup.waitForFunction(() => document.getElementById('organisation').textContent !== '');
      assert.equal(await popup.textContent('#organisation'), 'none set', 'the organisation in force, even when none is');
      const date = await popup.textContent('#story-date');
      assert.match(date, /^\d{1,2} [A-Z][a-z]+ \d{4} at/, `day before month, never US style: ${date}`);
      assert.match(date, clock, `the country's clock: ${date}`);
      assert.match(await popup.getAttribute('#open-history', 'href'), /history\/history\.html$/);
      assert.equal(await popup.textContent('#open-history'), 'Reply history');
      assert.equal(await popup.locator('main').count(), 1, 'a main landmark');
      assert.deepEqual(await seriousViolations(popup), []);
      if (SCREENSHOTS) await popup.screenshot({ path: join(SCREENSHOTS, `popup-${colorScheme}.png`) });
    } finally {
      await popup.close();
      await tab.close();
    }
  });
}

test('options: guidelines first, each with its name, state and severity; no raw ids; page reading folded for administrators', async () => {
  const page = await openExtensionPage('options/options.html');
  try {
    await page.waitForSelector('details.rule');
    assert.equal(await page.textContent('#settings section h2'), 'Guidelines', 'the guidelines come first');
    const summaries = await page.$$eval('details.rule > summary', (all) => all.map((s) => ({
      name: s.querySelector('.rule-name').textContent, state: s.querySelector('.rule-state').textContent,
    })));
    assert.ok(summaries.length >= 10);
    assert.deepEqual(summaries.filter((s) => /^[a-z]+(-[a-z]+)+$/.test(s.name)), [], 'no rule shown by its id');
    assert.deepEqual(summaries.find((s) => s.name === 'Don’t take sides'), { name: 'Don’t take sides', state: 'On · Warning' });

    await page.click('details[data-field="rules.takes-sides"] > summary');
    await page.uncheck('[data-path="rules.takes-sides.enabled"]');
    await page.selectOption('[data-path="rules.takes-sides.severity"]', 'hint');
    assert.equal(await page.textContent('details[data-field="rules.takes-sides"] .rule-state'), 'Off · Hint', 'the summary follows the form');

    const visible = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(visible, /\b[a-z]+_[a-z_]+\b/, 'no snake_case ids on the page');
    const admin = await page.$eval('details.admin', (fold) => ({ open: fold.open, summary: fold.querySelector('summary').textContent }));
    assert.deepEqual(admin, { open: false, summary: 'Reading story pages (advanced) For administrators' });
    assert.match(await page.textContent('[data-field="rules.too-early.wait_days"] .hint'), /From 0 to 3650\./, 'the range is said');
  } finally {
    await page.close();
  }
});

test('options: the Save bar never hides the focused field (WCAG 2.4.11); landmarks; no serious axe violation', async () => {
  const page = await openExtensionPage('options/options.html');
  try {
    await page.setViewportSize({ width: 900, height: 500 });
    await page.waitForSelector('details.rule');
    await page.evaluate(() => { for (const fold of document.querySelectorAll('details')) fold.open = true; });
    const hidden = [];
    const focusables = await page.$$eval('input, select, textarea, button, summary, a[href]', (all) => all.filter((el) => !el.disabled && el.offsetParent).length);
    for (let i = 0; i < focusables; i += 1) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const focused = document.activeElement;
        const bar = document.querySelector('.save-bar');
        if (!focused || bar.contains(focused) || focused === document.body) return null;
        const rect = focused.getBoundingClientRect();
        return { what: focused.dataset.path ?? focused.textContent.slice(0, 30), bottom: rect.bottom, barTop: bar.getBoundingClientRect().top };
      });
      if (where && where.bottom > where.barTop + 1) hidden.push(where);
    }
    assert.deepEqual(hidden, [], 'focused fields under the Save bar');
    for (const landmark of ['header', 'main', 'footer']) assert.equal(await page.locator(landmark).count(), 1, landmark);
    assert.deepEqual(await seriousViolations(page), []);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await seriousViolations(page), [], colorScheme);
      if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, `options-${colorScheme}.png`) });
    }
  } finally {
    await page.close();
  }
});

test('history page: no serious or critical axe violation, light or dark', async () => {
  const page = await openExtensionPage('history/history.html');
  try {
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await seriousViolations(page), [], colorScheme);
    }
  } finally {
    await page.close();
  }
});
