// The story pages a directory holds, paired with their expected.json entries.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shiftExpected, shiftPageToNow } from './date-shift.mjs';
import { toRfc3339 } from './time-zone.mjs';

/**
 * @typedef {object} StoryPage
 * @property {string} file         page file name, the key in expected.json
 * @property {string} storyId      `_fixture.story_id`
 * @property {string} url          the story's canonical address (expected `url`)
 * @property {string} host         host name of `url`, e.g. "www.careopinion.org.uk"
 * @property {string} timeZone     `_fixture.timezone`
 * @property {object} replyBox     `_fixture.reply_box`
 * @property {Record<string,string>} responseHeaders  `_fixture.response_headers` (own pages), else {}
 * @property {string} html         the page as stored
 * @property {object} expected     the expected.json entry as stored
 */

/**
 * Every page listed in `dir/expected.json`.
 * @param {string} dir a directory with expected.json and the pages it names
 * @returns {StoryPage[]}
 */
export function loadStoryPages(dir) {
  const expectedByFile = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  return Object.entries(expectedByFile).map(([file, expected]) => {
    const fixture = expected._fixture;
    return {
      file,
      storyId: fixture.story_id,
      url: expected.url,
      host: new URL(expected.url).host,
      timeZone: fixture.timezone,
      replyBox: fixture.reply_box,
      responseHeaders: fixture.response_headers ?? {},
      html: readFileSync(join(dir, file), 'utf8'),
      expected,
    };
  });
}

/**
 * The page and its expected reading with every date moved so that `_fixture.captured_at`
 * becomes `now` (see date-shift.mjs).
 * @param {StoryPage} page
 * @param {number} now epoch milliseconds
 * @returns {{html: string, expected: object, shiftMs: number}}
 */
export function pageAsOf(page, now) {
  const { html, shiftMs } = shiftPageToNow(page.html, {
    timeZone: page.timeZone, capturedAt: page.expected._fixture.captured_at, now,
  });
  return { html, expected: shiftExpected(page.expected, shiftMs), shiftMs };
}

/**
 * Both readings put in the form the fixtures README compares: `_fixture` dropped, every string's
 * whitespace collapsed and trimmed, `posted` as an instant (any RFC 3339 spelling of the same
 * moment agrees). Only the expected fields are kept from `actual` (extra fields are fine;
 * a missing one counts as null).
 * @param {object} actual a StoryContext read from the page
 * @param {object} expected an expected.json entry
 * @returns {{actual: object, expected: object}} ready for assert.deepStrictEqual
 */
export function comparableStories(actual, expected) {
  const { _fixture, ...story } = expected;
  return { actual: normalise(project(actual, story)), expected: normalise(story) };
}

function project(actual, shape) {
  if (Array.isArray(shape) && Array.isArray(actual)) {
    return actual.map((item, i) => project(item, shape[i] ?? shape[0] ?? item));
  }
  if (shape && typeof shape === 'object' && actual && typeof actual === 'object' && !Array.isArray(actual)) {
    return Object.fromEntries(Object.keys(shape).map((key) => [key, project(actual[key] ?? null, shape[key])]));
  }
  return actual ?? null;
}

function normalise(value, key) {
  if (typeof value === 'string') {
    if (key === 'posted' && !Number.isNaN(Date.parse(value))) return toRfc3339(Date.parse(value));
    return value.replace(/\s+/g, ' ').trim();
  }
  if (Array.isArray(value)) return value.map((item) => normalise(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  }
  return value;
}
