// The shared fixtures (../shared/fixtures, present on the team's machines) against their own
// expected.json, and the copies in tests/pages against them. Skipped when ../shared is absent.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { PAGES_DIR, SHARED_FIXTURES_DIR } from '../harness/paths.mjs';
import { registerExtractionTests } from '../harness/extraction-suite.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';

if (!existsSync(join(SHARED_FIXTURES_DIR, 'expected.json'))) {
  test('shared fixtures conformance', { skip: `no shared fixtures at ${SHARED_FIXTURES_DIR}` }, () => {});
} else {
  const shared = loadStoryPages(SHARED_FIXTURES_DIR);
  const ownExpected = JSON.parse(readFileSync(join(PAGES_DIR, 'expected.json'), 'utf8'));

  test('tests/pages holds byte-identical copies of the shared pages and their expected entries', () => {
    for (const page of shared) {
      assert.equal(readFileSync(join(PAGES_DIR, page.file), 'utf8'), page.html, `${page.file} differs from the shared copy`);
      assert.deepStrictEqual(ownExpected[page.file], page.expected, `expected.json entry for ${page.file} differs`);
    }
  });

  registerExtractionTests(shared);
}
