// The harness itself (no browser): date shifting, the certificate, the story server.
import assert from 'node:assert/strict';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { request } from 'node:https';
import { describe, test } from 'node:test';
import { makeSelfSignedCertificate } from '../harness/certificate.mjs';
import { staysLocal } from '../harness/network-guard.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { pageAsOf, loadStoryPages } from '../harness/story-pages.mjs';
import { startStoryServer } from '../harness/story-server.mjs';
import { shiftPageToNow } from '../harness/date-shift.mjs';
import { localInstants, localToInstant } from '../harness/time-zone.mjs';

const pages = loadStoryPages(PAGES_DIR);
const SUBMITTED = /Submitted on (\d{2})\/(\d{2})\/(\d{4}) at (\d{1,2}):(\d{2})(?:\s?([AP]M))?/gi;

/** The instants a page's first <time datetime> and "Submitted on" lines say, read in its zone. */
function datesOnPage(html, timeZone) {
  const firstTime = /<time\b[^>]*\bdatetime="([^"]+)"/.exec(html)?.[1] ?? null;
  const submitted = [...html.matchAll(SUBMITTED)].map(([, d, m, y, h, min, meridiem]) => {
    const hour = meridiem ? (Number(h) % 12) + (meridiem.toUpperCase() === 'PM' ? 12 : 0) : Number(h);
    return localToInstant({ year: +y, month: +m, day: +d, hour, minute: +min }, timeZone);
  });
  return { posted: firstTime && Date.parse(firstTime), submitted };
}

describe('date shifting', () => {
  // Moments either side of the UK and Australian clock changes, and today.
  const moments = ['2027-03-28T00:30:00Z', '2027-10-31T01:30:00Z', '2027-04-04T15:59:00Z', new Date().toISOString()];
  for (const page of pages) {
    test(`${page.file}: the page's dates and the expected ones move together`, () => {
      for (const moment of moments) {
        const { html, expected, shiftMs } = pageAsOf(page, Date.parse(moment));
        assert.ok(Math.abs(Date.parse(expected._fixture.captured_at) - Date.parse(moment)) <= 2 * 3_600_000 + 30_000);
        // Every date found on the page (its first <time>, its "Submitted on" lines) and every
        // expected date move by the same shift.
        const before = datesOnPage(page.html, page.timeZone);
        const onPage = datesOnPage(html, page.timeZone);
        const moved = (instant) => (instant == null ? instant : instant + shiftMs);
        assert.equal(onPage.posted, moved(before.posted), `first <time> at ${moment}`);
        assert.deepEqual(onPage.submitted, before.submitted.map(moved), `"Submitted on" dates at ${moment}`);
        const expectedDates = (entry) => [entry.posted, ...entry.responses.map((r) => r.posted)]
          .map((iso) => (iso == null ? null : Date.parse(iso)));
        assert.deepEqual(expectedDates(expected), expectedDates(page.expected).map(moved), `expected dates at ${moment}`);
        assert.equal(Math.abs(shiftMs % 60_000), 0, "the shift is whole minutes");
      }
    });
  }
});

test('a UK wall-clock time names one instant, two when clocks go back, none when they go forward', () => {
  const london = (day, month, hour, minute) => localInstants({ year: 2025, month, day, hour, minute }, 'Europe/London');
  assert.deepEqual(london(12, 6, 9, 50), [Date.parse('2025-06-12T08:50:00Z')]);
  assert.deepEqual(london(26, 10, 1, 34), [Date.parse('2025-10-26T00:34:00Z'), Date.parse('2025-10-26T01:34:00Z')]);
  assert.deepEqual(london(30, 3, 1, 34), []);
  assert.throws(() => localToInstant({ year: 2025, month: 10, day: 26, hour: 1, minute: 34 }, 'Europe/London'), RangeError);
});

test('a shift never lands a "Submitted on" time in the hour repeated when UK clocks go back', () => {
  // 25/10/2025 11:34 BST = 10:34Z; 15 hours later is 01:34 GMT on 26/10, which also reads as 01:34 BST.
  const submitted = Date.parse('2025-10-25T10:34:00Z');
  const capturedAt = '2025-10-25T12:00:00Z';
  const { html, shiftMs } = shiftPageToNow('<p>Submitted on 25/10/2025 at 11:34</p>', {
    timeZone: 'Europe/London', capturedAt, now: Date.parse(capturedAt) + 15 * 3_600_000,
  });
  const [, d, m, y, h, min] = /Submitted on (\d{2})\/(\d{2})\/(\d{4}) at (\d{2}):(\d{2})/.exec(html);
  const shown = localInstants({ year: +y, month: +m, day: +d, hour: +h, minute: +min }, 'Europe/London');
  assert.deepEqual(shown, [submitted + shiftMs], html);
});

test('story ids are unique and every page names its reply box or says it has none', () => {
  assert.equal(new Set(pages.map((p) => p.storyId)).size, pages.length);
  for (const page of pages) assert.ok(page.replyBox?.selector || page.replyBox?.type === 'none', page.file);
});

test('the node:crypto certificate (used without openssl) is a valid self-signed certificate', () => {
  const { key, cert, madeWith } = makeSelfSignedCertificate({ useOpenssl: false });
  const certificate = new X509Certificate(cert);
  assert.equal(madeWith, 'node:crypto');
  assert.equal(certificate.subject, 'CN=careopinion');
  assert.ok(certificate.verify(certificate.publicKey));
  assert.ok(certificate.checkPrivateKey(createPrivateKey(key)));
});

test('only story hosts and local schemes count as staying local', () => {
  assert.ok(staysLocal('https://www.careopinion.org.uk/1349826'));
  assert.ok(staysLocal('chrome-extension://abcdefghijklmnop/wasm/replyguide_wasm_bg.wasm'));
  assert.ok(!staysLocal('https://fonts.googleapis.com/css'));
  assert.ok(!staysLocal('http://www.careopinion.org.uk/1349826'));
  assert.ok(!staysLocal('wss://www.careopinion.org.uk/socket'));
});

describe('story server', () => {
  const get = (port, host, path) => new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { host }, rejectUnauthorized: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body }));
    }).on('error', reject).end();
  });

  test('serves each page by id on its own host, under /{id} and /opinions/{id}, and records every request', async () => {
    const server = await startStoryServer(pages);
    try {
      const csp = pages.find((p) => Object.keys(p.responseHeaders).length > 0);
      const byId = await get(server.port, csp.host, `/${csp.storyId}`);
      assert.equal(byId.status, 200);
      assert.equal(byId.body, server.served(csp).html);
      for (const [name, value] of Object.entries(csp.responseHeaders)) assert.equal(byId.headers[name.toLowerCase()], value);
      assert.equal((await get(server.port, csp.host, `/opinions/${csp.storyId}`)).status, 200);
      assert.equal((await get(server.port, 'www.careopinion.org.au', `/${csp.storyId}`)).status, 404, 'wrong host');
      assert.equal((await get(server.port, csp.host, '/favicon.ico')).status, 404);
      assert.deepEqual(server.requests.map((r) => r.status), [200, 200, 404, 404]);
    } finally {
      await server.close();
    }
  });
});
