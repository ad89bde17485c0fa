// Reads a file of past replies in the formats `replyguide audit` reads (README.md, "Audit"):
// JSON Lines (a history line or a reply line per line) or CSV with a header row. Only what the
// history keeps is taken from each reply: its text, story link and date. Dates are checked by the
// engine's own reader, and the CSV columns are the engine's (shared/engine-facts.js, generated at
// build time).

import { loadEngine } from '../shared/engine.js';
import { MAX_REPLY_CHARS } from '../shared/history-store.js';
import { REPLY_CSV_COLUMNS } from '../shared/engine-facts.js';

/**
 * @typedef {object} ImportedReplies
 * @property {import('../shared/history-store.js').HistoryEntry[]} entries the replies read
 * @property {string[]} problems one message per reply (or file) that could not be read, naming its line
 */

/**
 * Reads `text`, as CSV when the file name ends in `.csv` (or the text does not start with `{`),
 * else as JSON Lines.
 * @param {string} text the file's contents
 * @param {string} fileName
 * @returns {Promise<ImportedReplies>}
 */
export async function readReplies(text, fileName) {
  const engine = await loadEngine();
  const content = text.replace(/^\uFEFF/, '');
  const csv = /\.csv$/i.test(fileName) || (!/\.jsonl?$/i.test(fileName) && !content.trimStart().startsWith('{'));
  return csv ? readCsv(engine, content) : readJsonLines(engine, content);
}

/**
 * @param {object} engine the loaded engine
 * @param {string} text
 * @returns {ImportedReplies}
 */
function readJsonLines(engine, text) {
  const entries = [];
  const problems = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const reply = JSON.parse(line);
      if (reply === null || typeof reply !== 'object' || Array.isArray(reply)) throw new Error('expected an object');
      entries.push(historyEntry(engine, reply, reply.story));
    } catch (error) {
      problems.push(`line ${index + 1}: ${error.message}`);
    }
  });
  return { entries, problems };
}

/**
 * @param {object} engine the loaded engine
 * @param {string} text
 * @returns {ImportedReplies}
 */
function readCsv(engine, text) {
  const [header, ...records] = csvRecords(text);
  if (!header) return { entries: [], problems: ['the file is empty'] };
  const columns = header.cells.map((title) => title.trim());
  const unknown = columns.find((title) => !REPLY_CSV_COLUMNS.includes(title));
  if (unknown !== undefined) {
    return { entries: [], problems: [`line 1: unknown column \`${unknown}\`; expected ${REPLY_CSV_COLUMNS.join(', ')}`] };
  }
  if (!columns.includes('text')) return { entries: [], problems: ['line 1: no `text` column in the header row'] };

  const entries = [];
  const problems = [];
  for (const { line, cells } of records) {
    if (cells.every((cell) => !cell.trim())) continue;
    const reply = Object.fromEntries(columns.map((column, i) => [column, cells[i]?.trim() || undefined]));
    try {
      entries.push(historyEntry(engine, reply, reply.story ? parseStory(reply.story) : undefined));
    } catch (error) {
      problems.push(`line ${line}: ${error.message}`);
    }
  }
  return { entries, problems };
}

/**
 * @param {string} json the `story` cell
 * @returns {object}
 */
function parseStory(json) {
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new Error(`story: ${error.message}`);
  }
}

/**
 * The history entry of one reply, checked as the engine would: `text` is required, `posted` is an
 * RFC 3339 date, `story_url` defaults to the story's `url`.
 * @param {object} engine the loaded engine
 * @param {Record<string, unknown>} reply
 * @param {unknown} story
 * @returns {import('../shared/history-store.js').HistoryEntry}
 */
function historyEntry(engine, reply, story) {
  if (typeof reply.text !== 'string' || !reply.text.trim()) throw new Error('text: expected the reply');
  if (reply.text.trim().length > MAX_REPLY_CHARS) {
    throw new Error(`text: longer than ${MAX_REPLY_CHARS.toLocaleString('en-GB')} characters, the most a reply kept may have`);
  }
  const storyUrl = reply.story_url ?? (typeof story?.url === 'string' ? story.url : undefined);
  if (storyUrl !== undefined && typeof storyUrl !== 'string') throw new Error('story_url: expected a link');
  if (reply.posted !== undefined && reply.posted !== null && !(typeof reply.posted === 'string' && engine.is_rfc3339(reply.posted))) {
    throw new Error(`posted: expected an RFC 3339 date such as 2026-11-23T12:00:00Z, got ${JSON.stringify(reply.posted)}`);
  }
  return { text: reply.text, story_url: storyUrl, posted: reply.posted ?? undefined };
}

/**
 * Splits CSV (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks) into records.
 * @param {string} text
 * @returns {{line: number, cells: string[]}[]} each record with the line it starts on
 */
function csvRecords(text) {
  const records = [];
  let cells = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, cells });
    cells = [];
    recordLine = line;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\n') line += 1;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      endCell();
    } else if (char === '\n') {
      endRecord();
    } else if (char !== '\r') {
      cell += char;
    }
  }
  if (cell || cells.length) endRecord();
  return records;
}
