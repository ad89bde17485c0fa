// `make run`: the extension on the bundled sample story, as a person would use it. Serves the
// page over local HTTPS under its real address, opens it in Chromium with the built extension
// (headed when there is a display, left open until Enter), types a flawed reply, prints the
// findings and saves a screenshot of the reply box with its highlights and panel.

import { resolve } from 'node:path';
import { SAMPLE_DRAFT } from '../harness/drafts.mjs';
import { launchExtensionBrowser } from '../harness/browser.mjs';
import { highlightMarks, waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR, REPO_ROOT } from '../harness/paths.mjs';
import { revealReplyBox, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { startStoryServer } from '../harness/story-server.mjs';

const SAMPLE_PAGE = 'uk-story-no-responses.html';
const SCREENSHOT = resolve(REPO_ROOT, 'dist/sample-screenshot.png');
const MESSAGE_WIDTH = 64;

/** Splits text into lines of at most `width` characters, at spaces. */
function wrap(text, width) {
  const lines = [''];
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1;
    if (lines[last] && lines[last].length + 1 + word.length > width) lines.push(word);
    else lines[last] = lines[last] ? `${lines[last]} ${word}` : word;
  }
  return lines;
}

/** A plain-text table; cells may hold several lines. */
function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => (Array.isArray(cell) ? cell : [cell])));
  const widths = header.map((_, col) => Math.max(...cells.map((row) => Math.max(...row[col].map((l) => l.length)))));
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  const render = (row) => Array.from({ length: Math.max(...row.map((c) => c.length)) }, (_, i) =>
    row.map((cell, col) => (cell[i] ?? '').padEnd(widths[col])).join(' | ').trimEnd()).join('\n');
  return [render(cells[0]), rule, ...cells.slice(1).map(render)].join('\n');
}

const story = loadStoryPages(PAGES_DIR).find((p) => p.file === SAMPLE_PAGE);
const server = await startStoryServer([story]);
const headless = !process.env.DISPLAY;
const browser = await launchExtensionBrowser({ port: server.port, headless });
try {
  console.log(`Opening ${story.url} (served from tests/pages/${SAMPLE_PAGE} on 127.0.0.1:${server.port}) in ${headless ? 'headless' : 'headed'} Chromium with dist/chrome loaded`);
  const tab = await browser.openStory(story);
  await revealReplyBox(tab, story.replyBox);
  const read = await waitForPanel(tab);
  console.log(`Panel ${read.state}: story posted ${read.storyPosted || 'unknown'}, ${read.responseCount} responses (${read.providerResponseCount} from the provider)`);
  console.log(`\nTyping the draft:\n  ${wrap(SAMPLE_DRAFT, 96).join('\n  ')}\n`);
  await typeDraft(tab, story.replyBox.selector, SAMPLE_DRAFT);
  const { findings } = await waitForFindings(tab, { present: ['takes-sides'] });
  const marks = await highlightMarks(tab);
  const flagged = (rule) => [...new Set(marks.filter((m) => m.rule === rule).map((m) => `“${SAMPLE_DRAFT.slice(m.start, m.end)}”`))];
  const rows = [...new Set(findings.map((f) => `${f.rule}\u0000${f.message}`))].map((key) => {
    const [rule, message] = key.split('\u0000');
    const finding = findings.find((f) => f.rule === rule && f.message === message);
    return [rule, finding.severity, wrap(message, MESSAGE_WIDTH), flagged(rule).length ? flagged(rule) : ['(whole draft)']];
  });
  console.log(`${findings.length} finding(s):\n`);
  console.log(table(['rule', 'severity', 'message', 'flagged text'], rows));

  const clip = await tab.evaluate((selector) => {
    const parts = [document.querySelector(selector), document.querySelector('replyguide-panel')];
    parts[0].scrollIntoView({ block: 'start' });
    const rects = parts.map((el) => el.getBoundingClientRect());
    const left = Math.min(...rects.map((r) => r.left)) + window.scrollX - 16;
    const top = Math.min(...rects.map((r) => r.top)) + window.scrollY - 16;
    const right = Math.max(...rects.map((r) => r.right)) + window.scrollX + 16;
    const bottom = Math.max(...rects.map((r) => r.bottom)) + window.scrollY + 16;
    return { x: Math.max(0, left), y: Math.max(0, top), width: right - Math.max(0, left), height: bottom - Math.max(0, top) };
  }, story.replyBox.selector);
  await tab.screenshot({ path: SCREENSHOT, fullPage: true, clip });
  console.log(`\nScreenshot of the reply box, highlights and panel: ${SCREENSHOT}`);
  if (!headless && process.stdin.isTTY) {
    console.log('The browser stays open to try other drafts: press Enter here to close it.');
    await new Promise((resolve) => { process.stdin.once('data', resolve); });
    process.stdin.pause();
  }
} finally {
  await browser.close();
  await server.close();
}
