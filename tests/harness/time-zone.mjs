// Wall-clock arithmetic in an IANA time zone with nothing but Intl (no date library).

/** English month names, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

const DAY = 86_400_000;
const formatters = new Map();

function formatterFor(timeZone) {
  if (!formatters.has(timeZone)) {
    formatters.set(timeZone, new Intl.DateTimeFormat('en-GB', {
      timeZone, hourCycle: 'h23', weekday: 'long', year: 'numeric', month: 'numeric',
      day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    }));
  }
  return formatters.get(timeZone);
}

/**
 * The local calendar fields of an instant in a time zone.
 * @param {number} ms epoch milliseconds
 * @param {string} timeZone IANA zone, e.g. "Europe/London"
 * @returns {{year:number, month:number, day:number, hour:number, minute:number, second:number, weekday:string}}
 */
export function localFields(ms, timeZone) {
  const fields = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (type === 'weekday') fields.weekday = value;
    else if (type !== 'literal') fields[type] = Number(value);
  }
  return fields;
}

function offsetAt(ms, timeZone) {
  const f = localFields(ms, timeZone);
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * Every instant at which a wall clock in `timeZone` shows the given local time, earliest first:
 * one, two in the hour repeated when clocks go back, none in the hour skipped when they go forward.
 * @returns {number[]} epoch milliseconds
 */
export function localInstants({ year, month, day, hour, minute, second = 0 }, timeZone) {
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // The offsets a day either side cover any clock change near this wall-clock time.
  const offsets = new Set([offsetAt(asIfUtc - DAY, timeZone), offsetAt(asIfUtc + DAY, timeZone)]);
  return [...offsets]
    .map((offset) => asIfUtc - offset)
    .filter((ms) => {
      const f = localFields(ms, timeZone);
      return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) === asIfUtc;
    })
    .sort((a, b) => a - b);
}

/**
 * The one instant at which a wall clock in `timeZone` shows the given local time.
 * @throws {RangeError} when the local time is shown twice (clocks going back) or never (clocks
 *   going forward): such a time does not name one instant
 * @returns {number} epoch milliseconds
 */
export function localToInstant(fields, timeZone) {
  const instants = localInstants(fields, timeZone);
  if (instants.length !== 1) {
    throw new RangeError(`${JSON.stringify(fields)} is shown ${instants.length} times in ${timeZone}`);
  }
  return instants[0];
}

/**
 * RFC 3339 in UTC with a `Z` and no milliseconds, e.g. "2026-11-20T15:42:18Z".
 * @param {number} ms epoch milliseconds
 */
export function toRfc3339(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
