// The extraction tests for one set of story pages: the panel's attributes on every page, then
// the wasm reader's full StoryContext for every page.

import { after, before, describe, test } from 'node:test';
import { openExtensionReader } from './extension-reader.mjs';
import { checkPanelReadsPage, checkReaderReadsPage } from './story-checks.mjs';
import { useExtensionSession } from './test-session.mjs';

/**
 * Registers the extraction tests for `pages` in the calling test file.
 * @param {import('./story-pages.mjs').StoryPage[]} pages
 */
export function registerExtractionTests(pages) {
  const session = useExtensionSession(pages);

  describe('the panel shows what the page says', () => {
    for (const page of pages) {
      test(page.file, () => checkPanelReadsPage(session.browser, session.server, page));
    }
  });

  // After the panel tests: the reader runs in a tab of the offscreen page, which must not be
  // open while pages may need the real offscreen document.
  describe('the wasm reader gives the expected story context', () => {
    let reader;
    before(async () => { reader = await openExtensionReader(session.browser); });
    after(async () => { await reader?.close(); });
    for (const page of pages) {
      test(page.file, () => checkReaderReadsPage(reader, session.server, page));
    }
  });
}
