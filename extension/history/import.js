// Reads a file of past replies: JSON Lines (a history line or a reply line per line) or a CSV
// with a header row, as a spreadsheet saves it (comma, semicolon or tab; quoted cells over several
// lines; columns known by their standard names or the titles `replyguide audit` knows them by,
// which the engine tells). Only what the history keeps is taken from each reply: its text, story
// link and date; dates are RFC 3339, checked by the engine's own reader.

import Papa from '../vendor/papaparse.js';
import { loadEngine } from '../shared/engine.js';
import { MAX_REPLY_CHARS } from '../shared/history-store.js';

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
  const { rows, problems } = csvRows(text);
  const [header, ...records] = rows;
  if (!header) return { entries: [], problems: problems.length ? problems : ['the file is empty'] };
  const columns = columnFields(engine, header.cells);
  if (!columns.includes('text')) {
    return { entries: [], problems: [`line ${header.line}: no column holds the reply text (a column titled \`text\` or \`Response\`)`] };
  }

  const entries = [];
  for (const { line, cells } of records) {
    if (cells.every((cell) => !cell.trim())) continue;
    const reply = {};
    columns.forEach((field, i) => {
      if (field && cells[i]?.trim()) reply[field] = cells[i].trim();
    });
    try {
      entries.push(historyEntry(engine, reply, reply.story ? parseStory(reply.story) : undefined));
    } catch (error) {
      problems.push(`line ${line}: ${error.message}`);
    }
  }
  return { entries, problems };
}

/**
 * The field each column holds, by its title (`undefined` for a column not read); where two
 * columns could hold one field, the clearer title wins (`Date posted` over `Date`).
 * @param {object} engine the loaded engine
 * @param {string[]} titles the header row
 * @returns {(string | undefined)[]}
 */
function columnFields(engine, titles) {
  const known = titles.map((title) => engine.reply_csv_field(title));
  return known.map((match, i) => {
    if (!match) return undefined;
    const [field, rank] = match;
    const clearer = known.some((other, j) => other && other[0] === field && (other[1] < rank || (other[1] === rank && j < i)));
    return clearer ? undefined : field;
  });
}

/**
 * Splits CSV into rows with PapaParse, the separator (comma, semicolon, tab) found from the text
 * or from Excel's `sep=` first line.
 * @param {string} text
 * @returns {{rows: {line: number, cells: string[]}[], problems: string[]}} each row with the line
 *   it starts on, and what could not be split
 */
function csvRows(text) {
  const separatorLine = /^sep=(.)\r?\n/.exec(text);
  const body = separatorLine ? text.slice(separatorLine[0].length) : text;
  const rows = [];
  const problems = [];
  let line = separatorLine ? 2 : 1;
  let start = 0;
  Papa.parse(body, {
    delimiter: separatorLine?.[1] ?? '',
    delimitersToGuess: [',', ';', '\t'],
    step: ({ data, errors, meta }) => {
      if (errors.length) problems.push(`line ${line}: ${errors[0].message}`);
      else rows.push({ line, cells: data });
      line += newlines(body, start, meta.cursor);
      start = meta.cursor;
    },
  });
  return { rows, problems };
}

/**
 * @param {string} text
 * @param {number} from
 * @param {number} to
 * @returns {number} the line breaks in `text` from `from` up to `to`
 */
function newlines(text, from, to) {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
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
