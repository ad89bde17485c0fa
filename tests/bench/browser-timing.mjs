// The built extension (dist/chrome) in Chromium, on the project's own story pages served by the
// test harness (tests/harness: local HTTPS under the real Care Opinion host names):
//   - keystroke → annotation: a realistic draft typed key by key with a pause longer than the
//     debounce after every word, on a textarea page and a Froala page. Per check, the extension's
//     own data-last-check-ms (debounce fire → render done), and, measured in the page, the last
//     input event → the panel updated, minus the 150 ms debounce.
//   - cold start: fresh page loads (a new tab each) until the panel is data-state="ready", measured
//     in the page: from navigation start and from the content script's start (document_idle, the
//     performance mark loader.js leaves). The first load compiles the wasm; later ones may reuse
//     Chromium's compiled-code cache, so the first is reported apart.
// A benchmark, not a test: it prints figures and targets and asserts nothing.
//
// Usage: node browser-timing.mjs   (run by scripts/bench.d/60-browser.sh, `make bench`)
// Environment: BENCH_COLD_LOADS (default 12) page loads per page for the cold start.

import { availableParallelism, loadavg } from 'node:os';
import { launchExtensionBrowser } from '../harness/browser.mjs';
import { GOOD_REPLY, SAMPLE_DRAFT } from '../harness/drafts.mjs';
import { waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { revealReplyBox, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { startStoryServer } from '../harness/story-server.mjs';

/** extension/content/annotator.js CHECK_DEBOUNCE_MS */
const DEBOUNCE_MS = 150;
/** Milliseconds between keys within a word (a quick typist), and the pause after each word. */
const KEY_DELAY_MS = 35;
const WORD_PAUSE_MS = 300;
const MIN_CHECKS = 50;
const COLD_LOADS = Number(process.env.BENCH_COLD_LOADS ?? 12);
const TARGETS = { checkP95Ms: 16, coldStartMs: 100 };
/** A textarea page and a Froala page (tests/pages). */
const PAGES = [
  { file: 'uk-story-no-responses.html', label: 'textarea (uk-story-no-responses)' },
  { file: 'uk-story-provider-response.html', label: 'Froala (uk-story-provider-response)' },
];
/** A realistic draft: a good reply, then a flawed one (findings appear and change while typing). */
const DRAFT = `${GOOD_REPLY} ${SAMPLE_DRAFT}`;

/**
 * Runs in the page's main world before its own scripts: notes every input event, the moment the
 * panel first turns ready and each completed check (data-last-check-ms is set after the render).
 * A MutationObserver's callback runs at the end of the task that changed the attribute.
 */
function pageProbe(debounceMs) {
  const probe = { lastInput: null, ready: null, checks: [] };
  window.__replyguideBench = probe;
  document.addEventListener('input', () => { probe.lastInput = performance.now(); }, true);
  new MutationObserver((records) => {
    const now = performance.now();
    for (const { target, attributeName } of records) {
      if (target.localName !== 'replyguide-panel') continue;
      if (attributeName === 'data-state' && target.dataset.state === 'ready' && probe.ready === null) probe.ready = now;
      if (attributeName === 'data-last-check-ms') {
        const checkMs = Number(target.dataset.lastCheckMs);
        // The input that this check answers came before its debounce fired (not while it ran).
        const answersInput = probe.lastInput !== null && probe.lastInput <= now - checkMs - debounceMs + 1;
        probe.checks.push({ at: now, checkMs, inputToPanelMs: answersInput ? now - probe.lastInput : null });
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-last-check-ms'] });
}

const percentile = (values, share) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.round((sorted.length - 1) * share)];
};
const ms = (value) => (value == null ? '—' : `${value.toFixed(1)} ms`);
const verdict = (ok) => (ok ? 'met' : 'MISSED');
const summary = (values) => `p50 ${ms(percentile(values, 0.5))}, p95 ${ms(percentile(values, 0.95))} (n=${values.length})`;

/**
 * Opens `page` in a new tab and waits until its panel is ready; the probe's figures for the load.
 * @returns {Promise<{tab: import('playwright-core').Page, navigationToReady: number, scriptToReady: number|null, domContentLoaded: number}>}
 */
async function openUntilReady(browser, page) {
  const tab = await browser.openStory(page);
  const panel = await waitForPanel(tab);
  if (panel.state !== 'ready') throw new Error(`${page.file}: the panel is in state ${panel.state}: ${panel.text}`);
  await tab.waitForFunction(() => window.__replyguideBench?.ready != null, null, { polling: 50 });
  const timing = await tab.evaluate(() => ({
    ready: window.__replyguideBench.ready,
    scriptStart: performance.getEntriesByName('replyguide:content-script-start')[0]?.startTime ?? null,
    domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? null,
  }));
  return {
    tab,
    navigationToReady: timing.ready,
    scriptToReady: timing.scriptStart == null ? null : timing.ready - timing.scriptStart,
    domContentLoaded: timing.domContentLoaded,
  };
}

async function coldStart(browser, page, label) {
  const loads = [];
  for (let i = 0; i < COLD_LOADS; i += 1) {
    const { tab, ...figures } = await openUntilReady(browser, page);
    loads.push(figures);
    await tab.close();
  }
  const [first, ...rest] = loads;
  const scriptMissing = loads.some((load) => load.scriptToReady == null);
  console.log(`${label}: ${loads.length} fresh page loads, each in a new tab`);
  console.log(`  navigation → ready        first ${ms(first.navigationToReady)}; rest ${summary(rest.map((l) => l.navigationToReady))}`);
  if (scriptMissing) {
    console.log('  document_idle → ready     (no replyguide:content-script-start mark: dist/chrome predates it, run make build)');
  } else {
    console.log(`  document_idle → ready     first ${ms(first.scriptToReady)}; rest ${summary(rest.map((l) => l.scriptToReady))}`);
  }
  console.log(`  (navigation → DOMContentLoaded end: p50 ${ms(percentile(loads.map((l) => l.domContentLoaded), 0.5))})`);
  return { first, rest, scriptMissing };
}

async function keystrokes(browser, page, label) {
  const { tab } = await openUntilReady(browser, page);
  await revealReplyBox(tab, page.replyBox);
  const selector = page.replyBox.selector;
  const words = DRAFT.match(/\S+\s*/g);
  const typingFrom = await tab.evaluate(() => performance.now());
  // typeDraft empties the box and types the first word; the rest follow word by word.
  await typeDraft(tab, selector, words[0], { delay: KEY_DELAY_MS });
  await tab.waitForTimeout(WORD_PAUSE_MS);
  let typed = 1;
  const countChecks = () => tab.evaluate((from) => window.__replyguideBench.checks.filter((c) => c.at > from).length, typingFrom);
  while (typed < words.length || (await countChecks()) < MIN_CHECKS) {
    // Past the end of the draft (too few checks), start a new paragraph with it again.
    const word = typed < words.length ? words[typed] : `${typed === words.length ? '\n' : ''}${words[typed % words.length]}`;
    await tab.keyboard.type(word, { delay: KEY_DELAY_MS });
    await tab.waitForTimeout(WORD_PAUSE_MS);
    typed += 1;
  }
  await tab.waitForTimeout(WORD_PAUSE_MS + DEBOUNCE_MS);
  const checks = await tab.evaluate((from) => window.__replyguideBench.checks.filter((c) => c.at > from), typingFrom);
  const findings = await tab.evaluate(() => document.querySelector('replyguide-panel').shadowRoot.querySelectorAll('[data-rule]').length);
  await tab.close();
  const checkMs = checks.map((c) => c.checkMs);
  const inputToPanel = checks.filter((c) => c.inputToPanelMs != null).map((c) => c.inputToPanelMs - DEBOUNCE_MS);
  console.log(`${label}: ${typed} words typed (${KEY_DELAY_MS} ms between keys, ${WORD_PAUSE_MS} ms pause after each word), `
    + `${checks.length} checks, ${findings} findings at the end`);
  console.log(`  check (debounce fire → render done, data-last-check-ms)   ${summary(checkMs)}, max ${ms(Math.max(...checkMs))}`);
  console.log(`  last input event → panel updated, minus ${DEBOUNCE_MS} ms debounce  ${summary(inputToPanel)}`);
  return { checkMs, inputToPanel };
}

const pages = loadStoryPages(PAGES_DIR);
const chosen = PAGES.map(({ file, label }) => {
  const page = pages.find((p) => p.file === file);
  if (!page) throw new Error(`no ${file} in ${PAGES_DIR}`);
  return { page, label };
});
const server = await startStoryServer(chosen.map(({ page }) => page));
const browser = await launchExtensionBrowser({ port: server.port });
try {
  await browser.context.addInitScript(pageProbe, DEBOUNCE_MS);
  const version = browser.context.browser()?.version() ?? '';
  console.log(`Chromium ${version} headless, dist/chrome; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);

  console.log('\ncold start to panel ready');
  const cold = [];
  for (const { page, label } of chosen) cold.push(await coldStart(browser, page, label));

  console.log('\nkeystroke → annotation');
  const typing = [];
  for (const { page, label } of chosen) typing.push(await keystrokes(browser, page, label));

  console.log(`\ntargets (load average now ${loadavg()[0].toFixed(1)}):`);
  for (const [i, { label }] of chosen.entries()) {
    const p95 = percentile(typing[i].checkMs, 0.95);
    const { first, rest, scriptMissing } = cold[i];
    const restP50 = (key) => percentile(rest.map((l) => l[key]), 0.5);
    console.log(`  ${label}`);
    console.log(`    check p95 ≤ ${TARGETS.checkP95Ms} ms: ${ms(p95)} ${verdict(p95 <= TARGETS.checkP95Ms)}`);
    for (const [key, name] of [['scriptToReady', 'document_idle → ready'], ['navigationToReady', 'navigation → ready']]) {
      if (key === 'scriptToReady' && scriptMissing) continue;
      console.log(`    cold start ${name} ≤ ${TARGETS.coldStartMs} ms: first ${ms(first[key])} ${verdict(first[key] <= TARGETS.coldStartMs)}, `
        + `rest p50 ${ms(restP50(key))} ${verdict(restP50(key) <= TARGETS.coldStartMs)}`);
    }
  }
  const stray = browser.strayRequests();
  if (stray.length > 0) console.log(`\nrequests that would have left the machine: ${stray.join(', ')}`);
} finally {
  await browser.close();
  await server.close();
}
