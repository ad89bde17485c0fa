// A sample of the page variants (tests/pages/page-variants.js: the same visible text in other
// markup) end to end: the built extension's panel and the shipped reader read each as the page;
// and variants whose replies a script puts in 1.5 s after load, which the panel then counts.
// The browser tests (crates/wasm/tests/browser/variants.rs) read every variant of every page.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../harness/paths.mjs';
import { registerExtractionTests } from '../harness/extraction-suite.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';

/** Pages of three layouts (current, 2021 Australian, legacy Patient Opinion) and the variants taken. */
const SAMPLE = ['uk-story-provider-response.html', 'au-2021-story-two-responses.html', 'uk-legacy-no-dates.html'];
const VARIANTS = [0, 7, 13, 23];
/** When the late variants' script puts the replies in. */
const LATE_MS = 1500;

/** Runs in a blank page: the variant's HTML, with `late` its replies put in by script after load. */
function variantHtml([page, source, index, late, lateMs]) {
  const doc = new DOMParser().parseFromString(page, 'text/html');
  const generator = new Function(source)();
  generator.makeVariant(doc, index);
  if (late) generator.deferResponses(doc, lateMs);
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}

const pages = loadStoryPages(PAGES_DIR).filter((page) => SAMPLE.includes(page.file));
const variants = readFileSync(join(PAGES_DIR, 'page-variants.js'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const made = [];
try {
  const tab = await browser.newPage();
  for (const page of pages) {
    for (const [n, index] of VARIANTS.entries()) {
      const late = n === 0;
      const html = await tab.evaluate(variantHtml, [page.html, variants, index, late, LATE_MS]);
      const storyId = `${page.storyId}0${n}`;
      const host = page.host;
      const expected = late
        ? { ...page.expected, _fixture: { ...page.expected._fixture, responses_appear_after_ms: LATE_MS } }
        : page.expected;
      made.push({
        ...page,
        file: `${page.file}, variant ${index}${late ? ', replies after load' : ''}`,
        storyId,
        url: `https://${host}/${storyId}`,
        html,
        expected,
      });
    }
  }
} finally {
  await browser.close();
}

registerExtractionTests(made);
