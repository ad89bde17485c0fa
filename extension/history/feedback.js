// The history page's "What you did with the advice" section: the feedback counts kept in this
// browser (shared/feedback-store.js) per guideline, as a table with a small bar chart in each row
// (dismissed, fixed with Apply, posted with it, each as a share of the findings shown), a JSON
// export for `replyguide feedback merge`, and a reset.
import { FEEDBACK_KEY, clearFeedback, feedbackExport, readFeedback } from '../shared/feedback-store.js';

const $ = (id) => document.getElementById(id);
/** The counters drawn as bars, with their legend classes. */
const BARS = [['dismissed', 'bar-dismissed'], ['applied', 'bar-applied'], ['posted_with', 'bar-posted']];

/**
 * A table cell holding `text`.
 * @param {'th'|'td'} tag
 * @param {string} text
 * @param {string} [className]
 */
function cell(tag, text, className = '') {
  const element = Object.assign(document.createElement(tag), { textContent: text, className });
  if (tag === 'th') element.scope = 'row';
  return element;
}

/**
 * One guideline's row: its counts, then its bars (decorative: the numbers are in the row).
 * @param {string} rule
 * @param {Record<string, number>} counts
 */
function row(rule, counts) {
  const tr = document.createElement('tr');
  tr.dataset.rule = rule;
  tr.append(cell('th', rule), ...['shown', 'dismissed', 'applied', 'posted_with'].map((c) => cell('td', String(counts[c]), 'num')));
  const chart = Object.assign(document.createElement('div'), { className: 'feedback-bars' });
  chart.setAttribute('aria-hidden', 'true');
  for (const [counter, className] of BARS) {
    const share = counts.shown > 0 ? Math.min(100, (100 * counts[counter]) / counts.shown) : 0;
    const bar = Object.assign(document.createElement('span'), { className: `feedback-bar ${className}` });
    bar.style.width = `${share}%`;
    bar.dataset.counter = counter;
    chart.append(bar);
  }
  const chartCell = cell('td', '');
  chartCell.append(chart);
  tr.append(chartCell);
  return tr;
}

/** Shows the counts as stored now. */
async function renderFeedback() {
  const counts = await readFeedback();
  const rules = Object.keys(counts).sort((a, b) => counts[b].shown - counts[a].shown || a.localeCompare(b));
  $('feedback-empty').hidden = rules.length > 0;
  $('feedback-table').hidden = rules.length === 0;
  $('feedback-legend').hidden = rules.length === 0;
  $('feedback-rows').replaceChildren(...rules.map((rule) => row(rule, counts[rule])));
  $('feedback-export').disabled = rules.length === 0;
  $('feedback-reset').disabled = rules.length === 0;
}

/** Downloads the counts as JSON (made here; nothing is fetched or sent). */
async function exportFeedback() {
  const now = new Date();
  const json = JSON.stringify(feedbackExport(await readFeedback(), now), null, 2);
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(new Blob([`${json}\n`], { type: 'application/json' })),
    download: `reply-guide-feedback-${now.toISOString().slice(0, 10)}.json`,
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/**
 * Runs `action`, then shows the counts; a failure is said in the section's status line.
 * @param {() => Promise<void>} action
 * @param {string} done what to say when it worked
 */
async function run(action, done) {
  try {
    await action();
    $('feedback-status').textContent = done;
  } catch (error) {
    $('feedback-status').textContent = `That did not work: ${error?.message ?? error}`;
  }
  await renderFeedback();
}

$('feedback-export').addEventListener('click', () => run(exportFeedback, 'Downloaded your feedback counts.'));
$('feedback-reset').addEventListener('click', () => run(clearFeedback, 'Your feedback counts were reset.'));
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && FEEDBACK_KEY in changes) renderFeedback();
});
renderFeedback();
