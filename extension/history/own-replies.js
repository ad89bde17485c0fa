// The history page's "Your replies against the guidelines" section: the replies kept in this
// browser checked by the same engine as the reply box (run here, on request), counted as the
// audit report counts a team's (`replyguide audit`): per guideline, and month by month. The kept
// replies carry no story, so guidelines that judge a reply against its story say nothing here.
import { errorText, loadEngine, openGuide } from '../shared/engine.js';
import { readHistory } from '../shared/history-store.js';
import { loadSettings } from '../shared/settings.js';

const $ = (id) => document.getElementById(id);
/** Replies checked between two pauses that let the page repaint. */
const CHUNK = 200;

/**
 * A table row of text cells, the first a row header.
 * @param {string[]} texts
 * @param {{rule?: string, share?: number}} [bar] a bar of `share` percent after the cells
 */
function tableRow(texts, bar) {
  const tr = document.createElement('tr');
  texts.forEach((text, i) => {
    const cell = document.createElement(i === 0 ? 'th' : 'td');
    cell.textContent = text;
    if (i === 0) cell.scope = 'row';
    else cell.className = 'num';
    tr.append(cell);
  });
  if (bar) {
    const cell = document.createElement('td');
    const drawn = Object.assign(document.createElement('span'), { className: 'own-bar' });
    drawn.setAttribute('aria-hidden', 'true');
    drawn.style.width = `${bar.share}%`;
    cell.append(drawn);
    tr.append(cell);
  }
  return tr;
}

const percent = (part, whole) => (whole === 0 ? 0 : (100 * part) / whole);
const shareText = (part, whole) => `${percent(part, whole).toFixed(1)}%`;

/**
 * Checks every kept reply, as of when it was posted, and counts the findings.
 * @param {(done: number, total: number) => void} progress
 */
async function countOwnReplies(progress) {
  const [wasm, settings, lines] = await Promise.all([loadEngine(), loadSettings(), readHistory()]);
  const { guide } = openGuide(wasm, settings.configJson);
  const rules = guide.rules().map((rule) => ({ id: rule.id, replies: 0 }));
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const months = new Map();
  let withWarning = 0;
  const now = new Date().toISOString();
  for (let i = 0; i < lines.length; i += 1) {
    if (i % CHUNK === 0) {
      progress(i, lines.length);
      await new Promise((resolve) => setTimeout(resolve));
    }
    const { text, posted } = JSON.parse(lines[i]);
    const { findings } = guide.check(text, posted ?? now);
    const warned = findings.some((f) => f.severity === 'warning');
    withWarning += warned ? 1 : 0;
    for (const rule of new Set(findings.map((f) => f.rule))) {
      if (byId.has(rule)) byId.get(rule).replies += 1;
    }
    const month = posted ? posted.slice(0, 7) : 'undated';
    const counts = months.get(month) ?? { replies: 0, withWarning: 0 };
    counts.replies += 1;
    counts.withWarning += warned ? 1 : 0;
    months.set(month, counts);
  }
  guide.free?.();
  rules.sort((a, b) => b.replies - a.replies);
  return { replies: lines.length, withWarning, rules, months: [...months].sort(([a], [b]) => a.localeCompare(b)) };
}

/** Checks the kept replies and shows the counts. */
async function showOwnReplies() {
  const button = $('own-check');
  button.disabled = true;
  const status = $('own-status');
  try {
    const counts = await countOwnReplies((done, total) => {
      status.textContent = `Checking your replies… ${done} of ${total}`;
    });
    status.textContent = counts.replies === 0
      ? 'No replies are kept yet.'
      : `${counts.replies} replies checked: ${counts.withWarning} (${shareText(counts.withWarning, counts.replies)}) with a warning.`;
    $('own-results').hidden = counts.replies === 0;
    $('own-rules').replaceChildren(...counts.rules.map((rule) => tableRow(
      [rule.id, String(rule.replies), shareText(rule.replies, counts.replies)],
      { share: percent(rule.replies, counts.replies) },
    )));
    $('own-months').replaceChildren(...counts.months.map(([month, c]) => tableRow(
      [month, String(c.replies), String(c.withWarning), shareText(c.withWarning, c.replies)],
      { share: percent(c.withWarning, c.replies) },
    )));
  } catch (error) {
    status.textContent = `Your replies could not be checked: ${errorText(error)}`;
  } finally {
    button.disabled = false;
  }
}

$('own-check').addEventListener('click', showOwnReplies);
