// The reply history page: how many replies are kept and the most recent ones, import (the
// `replyguide audit` file formats), export as JSON Lines, the most kept, and delete all.
import {
  HISTORY_BYTE_BUDGET, HISTORY_KEY, HISTORY_LIMIT_KEY, HISTORY_LIMIT_RANGE, clearHistory, importIntoHistory,
  parsedLine, readHistory, readHistoryLimit, readManagedHistory, setHistoryLimit,
} from '../shared/history-store.js';
import { readReplies } from './import.js';

/** Recent replies listed on the page. */
const RECENT_SHOWN = 5;
/** Unreadable lines named in an import report; the rest are counted. */
const PROBLEMS_SHOWN = 5;

const $ = (id) => document.getElementById(id);
const number = (n) => n.toLocaleString('en-GB');
const replies = (n) => `${number(n)} ${n === 1 ? 'reply' : 'replies'}`;

/**
 * @param {number} bytes
 * @returns {string} e.g. "1.2 MB"
 */
function size(bytes) {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(0)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * Says what happened, with optional details listed under it.
 * @param {string} text
 * @param {{problem?: boolean, details?: string[]}} [options]
 */
function report(text, { problem = false, details = [] } = {}) {
  const status = $('status');
  status.dataset.kind = problem ? 'problem' : 'done';
  status.replaceChildren(text);
  if (details.length) {
    const list = document.createElement('ul');
    list.append(...details.map((detail) => Object.assign(document.createElement('li'), { textContent: detail })));
    status.append(list);
  }
}

/**
 * One recent reply: its date and story link, and the start of its text.
 * @param {{text?: unknown, story_url?: unknown, posted?: unknown}} reply a stored line, parsed
 * @returns {HTMLLIElement}
 */
function recentItem({ text, story_url: storyUrl, posted }) {
  const item = document.createElement('li');
  const meta = Object.assign(document.createElement('span'), { className: 'meta' });
  const date = typeof posted === 'string' ? new Date(posted) : null;
  meta.append(date && !Number.isNaN(date.getTime()) ? date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' }) : 'Date unknown');
  if (typeof storyUrl === 'string' && /^https?:\/\//i.test(storyUrl)) {
    const link = Object.assign(document.createElement('a'), { href: storyUrl, textContent: storyUrl, target: '_blank', rel: 'noopener noreferrer' });
    meta.append(' · ', link);
  }
  item.append(meta, Object.assign(document.createElement('span'), { className: 'excerpt', textContent: String(text ?? '') }));
  return item;
}

/** Shows the history as stored now. */
async function render() {
  const [lines, managed, limit] = await Promise.all([readHistory(), readManagedHistory(), readHistoryLimit()]);
  const bytes = new TextEncoder().encode(lines.join('\n')).length;
  $('count').textContent = lines.length
    ? `${replies(lines.length)} (${size(bytes)} of the ${size(HISTORY_BYTE_BUDGET)} Reply Guide keeps at most)`
    : 'No replies yet.';
  const readable = lines.map(parsedLine);
  const damaged = readable.filter((reply) => reply === null).length;
  $('damaged').hidden = damaged === 0;
  $('damaged').textContent = `${damaged === 1 ? 'One stored line is' : `${number(damaged)} stored lines are`} damaged and cannot be read: `
    + 'they are left out here and when drafts are checked. Export keeps them as they are; Delete all removes them.';
  $('managed-count').hidden = managed.length === 0;
  $('managed-count').textContent = `Your organisation also provides ${replies(managed.length)}, set by your administrator.`;
  $('recent-section').hidden = lines.length === 0;
  $('recent').replaceChildren(...readable.filter(Boolean).slice(-RECENT_SHOWN).reverse().map(recentItem));
  $('delete-all').disabled = lines.length === 0;
  $('export').disabled = lines.length === 0;
  if (document.activeElement !== $('limit')) $('limit').value = String(limit);
}

/**
 * Imports the chosen file.
 * @param {File} file
 */
async function importFile(file) {
  const { entries, problems } = await readReplies(await file.text(), file.name);
  const details = problems.slice(0, PROBLEMS_SHOWN);
  if (problems.length > PROBLEMS_SHOWN) details.push(`… and ${number(problems.length - PROBLEMS_SHOWN)} more`);
  if (entries.length === 0) {
    report(`Nothing was imported from ${file.name}.`, { problem: true, details });
    return;
  }
  const { pruned, result } = await importIntoHistory(entries);
  const already = entries.length - result.added;
  let text = `Imported ${replies(result.added)} from ${file.name}`;
  if (already > 0) text += ` (${number(already)} already kept)`;
  text += '.';
  if (pruned > 0) text += ` The oldest ${replies(pruned)} were removed to stay within the limit.`;
  if (problems.length) text += ` ${problems.length === 1 ? 'One line' : `${number(problems.length)} lines`} could not be read:`;
  report(text, { problem: problems.length > 0, details });
}

/** Downloads the history as a JSON Lines file (made here; nothing is fetched). */
async function exportHistory() {
  const lines = await readHistory();
  const blob = new Blob([lines.map((line) => `${line}\n`).join('')], { type: 'application/x-ndjson' });
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(blob),
    download: `reply-history-${new Date().toISOString().slice(0, 10)}.jsonl`,
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  report(`Downloaded ${replies(lines.length)}.`);
}

/**
 * Runs `action` for a control and shows the history as it left it, reporting a failure instead
 * of throwing.
 * @param {() => Promise<void>} action
 */
async function safely(action) {
  try {
    await action();
    await render();
  } catch (error) {
    report(`That did not work: ${error?.message ?? error}`, { problem: true });
  }
}

$('byte-budget').textContent = size(HISTORY_BYTE_BUDGET);
$('limit').min = String(HISTORY_LIMIT_RANGE.min);
$('limit').max = String(HISTORY_LIMIT_RANGE.max);

$('import-file').addEventListener('change', (event) => {
  const [file] = event.target.files;
  event.target.value = '';
  if (file) safely(() => importFile(file));
});

$('limit-form').addEventListener('submit', (event) => {
  event.preventDefault();
  safely(async () => {
    const { kept, pruned } = await setHistoryLimit($('limit').value);
    $('limit').value = String(await readHistoryLimit());
    report(`Reply Guide now keeps at most ${number(Number($('limit').value))} replies${pruned ? `; the oldest ${replies(pruned)} were removed` : ''}. ${replies(kept)} kept.`);
  });
});

$('export').addEventListener('click', () => safely(exportHistory));

$('delete-all').addEventListener('click', async () => {
  $('confirm-text').textContent = `All ${replies((await readHistory()).length)} kept in this browser will be deleted. This cannot be undone. Export them first if you may need them.`;
  $('confirm-delete').showModal();
});

$('confirm-delete').addEventListener('close', () => {
  if ($('confirm-delete').returnValue !== 'delete') return;
  safely(async () => {
    await clearHistory();
    report('Your reply history was deleted.');
  });
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && (HISTORY_KEY in changes || HISTORY_LIMIT_KEY in changes))) render();
});

render();
