// The overlay path for a contenteditable editor, in a browser without the CSS Custom Highlight API
// (as before Chrome 105 and Firefox 140): the marks are drawn over the words and emphasised from
// the panel. Chromium has no switch to turn the API off, so the test build's content script is
// told to do without it by the page address (`?replyguide-no-highlight-api`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { highlightMarks, highlightPaths, waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { phraseRects, rectsOverlap, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages, { testBuild: true });

/** Opens `story` with the content script doing without the Highlight API. */
async function openWithoutHighlightApi(story) {
  const tab = await session.browser.context.newPage();
  const url = new URL(story.url);
  url.searchParams.set('replyguide-no-highlight-api', '');
  await tab.goto(url.href, { waitUntil: 'load' });
  return tab;
}

test('contenteditable without the Highlight API: overlay marks on the words, emphasised from the panel', async () => {
  const story = pages.find((p) => p.file === 'uk-story-sensitive-old.html');
  const tab = await openWithoutHighlightApi(story);
  try {
    await waitForPanel(tab);
    const box = story.replyBox.selector;
    await typeDraft(tab, box, 'Thank you for your story. Personally I think the wait was far too long.', { delay: 0 });
    await waitForFindings(tab, { present: ['organisational-voice'] });
    assert.deepEqual(await highlightPaths(tab), ['overlay']);
    const [words] = await phraseRects(tab, box, 'Personally I think');
    const marks = await highlightMarks(tab, 'organisational-voice');
    assert.ok(marks.some((mark) => rectsOverlap(mark.rect, words)), `${JSON.stringify(marks)} over ${JSON.stringify(words)}`);

    await tab.locator('replyguide-panel .rg-quote', { hasText: 'Personally I think' }).focus();
    const active = await tab.evaluate(() => document.querySelector('replyguide-highlights').shadowRoot.querySelectorAll('.rg-mark--active').length);
    assert.ok(active > 0, 'the focused finding\'s mark is emphasised');
  } finally {
    await tab.close();
  }
});
