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
import { localToInstant } from '../harness/time-zone.mjs';

const pages = loadStoryPages(PAGES_DIR);
const SUBMITTED = /Submitted on (\d{2})\/(\d{2})\/(\d{4}) at (\d{1,2}):(\d{2})(?:\s?([AP]M))?/g;

/** The instants a page's first <time datetime> and "Submitted on" lines say, read in its zone. */
function datesOnPage(html, timeZone) {
  const firstTime = /<time\b[^>]*\bdatetime="([^"]+)"/.exec(html)?.[1] ?? null;
  const submitted = [...html.matchAll(SUBMITTED)].map(([, d, m, y, h, min, meridiem]) => {
    const hour = meridiem ? (Number(h) % 12) + (meridiem === 'PM' ? 12 : 0) : Number(h);
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
        const onPage = datesOnPage(html, page.timeZone);
        assert.equal(onPage.posted, expected.posted && Date.parse(expected.posted), `story date at ${moment}`);
        assert.deepEqual(onPage.submitted, expected.responses.filter((r) => r.posted).map((r) => Date.parse(r.posted)), `response dates at ${moment}`);
        assert.equal(shiftMs % 60_000, 0);
      }
    });
  }
});

test('story ids are unique and every page names its reply box', () => {
  assert.equal(new Set(pages.map((p) => p.storyId)).size, pages.length);
  for (const page of pages) assert.ok(page.replyBox?.selector, page.file);
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
