// Wall-clock arithmetic in an IANA time zone with nothing but Intl (no date library).

/** English month names, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

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
 * The instant at which a wall clock in `timeZone` shows the given local time.
 * In a repeated hour (clocks going back) this picks one of the two instants; callers that need
 * a round trip check it with {@link localFields}.
 * @returns {number} epoch milliseconds
 */
export function localToInstant({ year, month, day, hour, minute, second = 0 }, timeZone) {
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = asIfUtc - offsetAt(asIfUtc, timeZone);
  return asIfUtc - offsetAt(first, timeZone);
}

/**
 * RFC 3339 in UTC with a `Z` and no milliseconds, e.g. "2026-11-20T15:42:18Z".
 * @param {number} ms epoch milliseconds
 */
export function toRfc3339(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
