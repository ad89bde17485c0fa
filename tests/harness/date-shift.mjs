// Moves a story page and its expected reading forward in time, so that rules about a story's age
// ("too early", "too late") behave today as they did when the page was captured.
//
// Every absolute date in the page moves by the same amount: `<time datetime>` (UTC), the
// `<time>` element's title and visible text when they show a date (its time before or after it),
// and the "Submitted on dd/mm/yyyy at …" lines with their "published on … at …" times, in English or Welsh
// ("Cyflwynwyd ar dd/mm/yyyy am …"), and any other "dd/mm/yyyy at hh:mm" (a byline's, a header's;
// spaces, &nbsp; or tags between its parts) or "d Month yyyy at h:mm" / "d Mon yyyy, h:mm" outside a <time> (local
// time of the page's zone).
// Relative ages ("17 months ago") are relative to "now", which moves too, so they stay as written.

import { MONTH_NAMES, localFields, localInstants, localToInstant, toRfc3339 } from './time-zone.mjs';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// Full month names first, then their three-letter abbreviations (`11 Oct 2026, 9:45 AM`).
const MONTH = [...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.slice(0, 3))].join('|');
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

const SUBMITTED = new RegExp(
  String.raw`((?:Submitted on|Cyflwynwyd ar|\bon) )?(\d{2})/(\d{2})/(\d{4})((?:\s|&nbsp;|<[^>]+>)+)(at|am)((?:\s|&nbsp;|<[^>]+>)+)(\d{1,2}):(\d{2})(\s?[AP]M)?` +
  String.raw`(?:((?:(?!Submitted on)[^])*?published on [^<"]*? at )(\d{1,2}):(\d{2})(\s?[AP]M)?)?`,
  'gi');
const TIME_ELEMENT = /<time\b[^>]*>[\s\S]*?<\/time>/gi;
// A date and time written in words outside a <time> (`10 March 2012 at 11:58pm` in a legacy
// page's byline, `12 Feb 2025, 9:05 am` on a reply's date line), in the page's local time.
const WORDED_DATE_TIME = new RegExp(
  String.raw`\b((?:${WEEKDAY}) )?(\d{1,2}) (${MONTH}) (\d{4})((?:\s|&nbsp;)+at(?:\s|&nbsp;)+|,(?:\s|&nbsp;)+)(\d{1,2}):(\d{2})(\s?[AP]M)?`,
  'gi');
const TIME_ELEMENT_SPLIT = /(<time\b[^>]*>[\s\S]*?<\/time>)/i;
const DATETIME_ATTR = /\bdatetime="([^"]+)"/i;
// Absolute renderings found in <time> titles and text, each rewritten in its own style.
const TIME_ELEMENT_STYLES = [
  { pattern: new RegExp(String.raw`((?:${WEEKDAY}) )?\d{1,2} (?:${MONTH}) \d{4} at \d{1,2}:\d{2}(\s?[AP]M)?`, 'g'),
    render: (f, match, weekday, meridiem) => `${weekday ? `${f.weekday} ` : ''}${f.day} ${monthName(f, match)} ${f.year} at ${clock(f, meridiem)}` },
  { pattern: new RegExp(String.raw`((?:${WEEKDAY}) )?\d{1,2} (?:${MONTH}) \d{4}, \d{1,2}:\d{2}(\s?[AP]M)?`, 'g'),
    render: (f, match, weekday, meridiem) => `${weekday ? `${f.weekday} ` : ''}${f.day} ${monthName(f, match)} ${f.year}, ${clock(f, meridiem)}` },
  { pattern: new RegExp(String.raw`\b\d{1,2}:\d{2}(\s?[AP]M)?, \d{1,2} (?:${MONTH}) \d{4}`, 'g'),
    render: (f, match, meridiem) => `${clock(f, meridiem)}, ${f.day} ${monthName(f, match)} ${f.year}` },
  { pattern: /\d{2}\/\d{2}\/\d{4} \d{1,2}:\d{2}(\s?[AP]M)?/g,
    render: (f, _match, meridiem) => `${ddmmyyyy(f)} ${clock(f, meridiem)}` },
  { pattern: new RegExp(String.raw`\b\d{1,2} (?:${MONTH}) \d{4}\b(?! at|, \d)`, 'g'),
    render: (f, match) => `${f.day} ${monthName(f, match)} ${f.year}` },
];

const pad2 = (n) => String(n).padStart(2, '0');
/** The month's name as `original` writes months: whole, or its first three letters. */
const monthName = (f, original) => {
  const name = MONTH_NAMES[f.month - 1];
  return MONTH_NAMES.some((m) => original.includes(m)) ? name : name.slice(0, 3);
};
const ddmmyyyy = (f) => `${pad2(f.day)}/${pad2(f.month)}/${f.year}`;

/** "09:50" in 24-hour style, or "2:52 PM" keeping the original's spacing and case of AM/PM. */
function clock(f, meridiem) {
  if (!meridiem) return `${pad2(f.hour)}:${pad2(f.minute)}`;
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  const space = meridiem.startsWith(' ') ? ' ' : '';
  const half = f.hour < 12 ? 'AM' : 'PM';
  return `${hour12}:${pad2(f.minute)}${space}${meridiem === meridiem.toLowerCase() ? half.toLowerCase() : half}`;
}

function to24h(hour, meridiem) {
  if (!meridiem) return Number(hour);
  const h = Number(hour) % 12;
  return /PM/i.test(meridiem) ? h + 12 : h;
}

/**
 * Shifts every absolute date in a story page by `shiftMs`.
 * @param {string} html the page
 * @param {{timeZone: string, shiftMs: number}} options the zone the page's local times are in
 * @returns {{html: string, unambiguous: boolean}} unambiguous is false when a shifted local time
 *   falls in a repeated hour (clocks going back): the page would not say which of the two
 *   instants it means, and a reader may take either
 */
function shiftPageDates(html, { timeZone, shiftMs }) {
  let unambiguous = true;
  const shiftLocal = (day, month, year, hour, minute, meridiem) => {
    const instant = localToInstant({ year: +year, month: +month, day: +day, hour: to24h(hour, meridiem), minute: +minute }, timeZone) + shiftMs;
    const fields = localFields(instant, timeZone);
    if (localInstants(fields, timeZone).length !== 1) unambiguous = false;
    return fields;
  };
  let shifted = html.replace(SUBMITTED, (...m) => {
    const [, marker, day, month, year, beforeAt, at, afterAt, hour, minute, meridiem, between, pubHour, pubMinute, pubMeridiem] = m;
    const submitted = shiftLocal(day, month, year, hour, minute, meridiem);
    let text = `${marker ?? ''}${ddmmyyyy(submitted)}${beforeAt}${at}${afterAt}${clock(submitted, meridiem)}`;
    if (between !== undefined) {
      const published = shiftLocal(day, month, year, pubHour, pubMinute, pubMeridiem);
      text += `${between}${clock(published, pubMeridiem)}`;
    }
    return text;
  });
  // Outside <time> elements (the odd parts of the split), which are shifted below.
  shifted = shifted.split(TIME_ELEMENT_SPLIT).map((part, i) => (i % 2 === 1 ? part : part.replace(
    WORDED_DATE_TIME,
    (match, weekday, day, month, year, at, hour, minute, meridiem) => {
      const monthIndex = MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === month.slice(0, 3).toLowerCase());
      const f = shiftLocal(day, monthIndex + 1, year, hour, minute, meridiem);
      return `${weekday ? `${f.weekday} ` : ''}${f.day} ${monthName(f, match)} ${f.year}${at}${clock(f, meridiem)}`;
    }))).join('');
  shifted = shifted.replace(TIME_ELEMENT, (element) => {
    const attr = DATETIME_ATTR.exec(element);
    if (!attr || Number.isNaN(Date.parse(attr[1]))) return element;
    const instant = Date.parse(attr[1]) + shiftMs;
    const fields = localFields(instant, timeZone);
    let out = element.replace(DATETIME_ATTR, `datetime="${toRfc3339(instant)}"`);
    for (const { pattern, render } of TIME_ELEMENT_STYLES) {
      out = out.replace(pattern, (match, ...groups) => render(fields, match, ...groups));
    }
    return out;
  });
  return { html: shifted, unambiguous };
}

/**
 * The shift that brings `capturedAt` to `now`, in whole minutes (pages show minutes), nudged by
 * whole hours until every local time on the page reads back unambiguously.
 * @param {string} html the page
 * @param {{timeZone: string, capturedAt: string, now: number}} options
 * @returns {{html: string, shiftMs: number}} the shifted page and the shift used
 */
export function shiftPageToNow(html, { timeZone, capturedAt, now }) {
  const base = Math.round((now - Date.parse(capturedAt)) / MINUTE) * MINUTE;
  for (const nudge of [0, HOUR, 2 * HOUR, -HOUR]) {
    const result = shiftPageDates(html, { timeZone, shiftMs: base + nudge });
    if (result.unambiguous) return { html: result.html, shiftMs: base + nudge };
  }
  throw new Error(`no unambiguous shift found for a page in ${timeZone}`);
}

/**
 * The expected story context moved by the same shift as its page: `posted` of the story and of
 * every response, and `_fixture.captured_at` (which becomes "now" for the page).
 * @param {object} expected an expected.json entry
 * @param {number} shiftMs
 * @returns {object} a new entry
 */
export function shiftExpected(expected, shiftMs) {
  const move = (iso) => (iso == null ? iso : toRfc3339(Date.parse(iso) + shiftMs));
  return {
    ...expected,
    posted: move(expected.posted),
    responses: (expected.responses ?? []).map((r) => ({ ...r, posted: move(r.posted) })),
    _fixture: { ...expected._fixture, captured_at: move(expected._fixture.captured_at) },
  };
}
