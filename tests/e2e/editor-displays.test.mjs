// Editors and displays as people have them: the marks stay on their words under CSS zoom on html
// or body, a transform, a position: fixed parent and page scroll; an input method's composition
// is never checked half-way; and showing findings never changes the editor's DOM.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkCount, highlightMarks, waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { phraseRects, rectsOverlap, replyBoxText, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);
const TEXTAREA_PAGE = 'uk-story-no-responses.html';
const EDITOR_PAGE = 'uk-story-sensitive-old.html';
const DRAFT = 'Thank you for telling us about your visit. Personally I think the wait was far too long for anyone.';
const FLAGGED = 'Personally I think';

/** Opens a story, types DRAFT and waits for its organisational-voice finding. */
async function openWithDraft(file) {
  const story = pages.find((p) => p.file === file);
  const tab = await session.browser.openStory(story);
  await waitForPanel(tab);
  await typeDraft(tab, story.replyBox.selector, DRAFT, { delay: 0 });
  await waitForFindings(tab, { present: ['organisational-voice'] });
  return { tab, box: story.replyBox.selector };
}

/** The organisational-voice marks relative to the box's top-left corner, and the box's size. */
async function marksInBox(tab, box) {
  const boxRect = await tab.locator(box).evaluate((el) => el.getBoundingClientRect().toJSON());
  const marks = await highlightMarks(tab, 'organisational-voice');
  return {
    box: { width: boxRect.width, height: boxRect.height },
    marks: marks.map(({ rect }) => ({ left: rect.left - boxRect.left, top: rect.top - boxRect.top, width: rect.right - rect.left, height: rect.bottom - rect.top })),
  };
}

/** Waits until `measure()` satisfies `ok`, returning the last measurement either way. */
async function settle(tab, measure, ok) {
  let last;
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; await tab.waitForTimeout(100)) {
    last = await measure();
    if (ok(last)) break;
  }
  return last;
}

/** True when `scaled` is `plain` scaled by `factor` about the box's corner, to within 2 px. */
function scaledBy(plain, scaled, factor) {
  const near = (a, b) => Math.abs(a - b) <= 2;
  return scaled.marks.length === plain.marks.length && plain.marks.length > 0
    && near(scaled.box.width, plain.box.width * factor)
    && plain.marks.every((mark, i) => ['left', 'top', 'width', 'height'].every((k) => near(scaled.marks[i][k], mark[k] * factor)));
}

for (const { name, apply } of [
  { name: 'CSS zoom on html', apply: () => { document.documentElement.style.zoom = '1.5'; } },
  { name: 'CSS zoom on body', apply: () => { document.body.style.zoom = '1.5'; } },
  { name: 'a transform on the form', apply: (el) => Object.assign(el.parentElement.style, { transform: 'scale(1.5)', transformOrigin: '0 0' }) },
]) {
  test(`textarea: the marks stay on their words under ${name}`, async () => {
    const { tab, box } = await openWithDraft(TEXTAREA_PAGE);
    try {
      // Unscaled, the marks are on their words (typing.test.mjs); scaled, they must scale with the box.
      const plain = await marksInBox(tab, box);
      await tab.locator(box).evaluate(apply);
      await tab.evaluate(() => window.scrollTo(0, 0));
      const scaled = await settle(tab, () => marksInBox(tab, box), (now) => scaledBy(plain, now, 1.5));
      assert.ok(scaledBy(plain, scaled, 1.5), `marks ${JSON.stringify(scaled)} are ${JSON.stringify(plain)} × 1.5`);
    } finally {
      await tab.close();
    }
  });
}

for (const file of [TEXTAREA_PAGE, EDITOR_PAGE]) {
  test(`${file}: the marks stay on their words in a position: fixed box while the page scrolls`, async () => {
    const { tab, box } = await openWithDraft(file);
    try {
      await tab.locator(box).evaluate((el) => Object.assign(el.style, { position: 'fixed', left: '40px', top: '80px', width: '600px', height: '200px', zIndex: '10' }));
      await tab.evaluate(() => window.scrollBy(0, 300));
      const onWords = async () => {
        const [words] = await phraseRects(tab, box, FLAGGED);
        const marks = await highlightMarks(tab, 'organisational-voice');
        return marks.length > 0 && marks.some((mark) => rectsOverlap(mark.rect, words, 3));
      };
      assert.ok(await settle(tab, onWords, Boolean), 'the mark is on the words after the page scrolled');
    } finally {
      await tab.close();
    }
  });
}

test('contenteditable under CSS zoom on html: the browser paints the marks on the words', async () => {
  const { tab, box } = await openWithDraft(EDITOR_PAGE);
  try {
    await tab.evaluate(() => { document.documentElement.style.zoom = '1.5'; });
    const onWords = async () => {
      const [words] = await phraseRects(tab, box, FLAGGED);
      return (await highlightMarks(tab, 'organisational-voice')).some((mark) => rectsOverlap(mark.rect, words, 3));
    };
    assert.ok(await settle(tab, onWords, Boolean));
  } finally {
    await tab.close();
  }
});

test('an input method: a composition that starts within the pause is not checked half-way; its result is', async () => {
  const story = pages.find((p) => p.file === TEXTAREA_PAGE);
  const tab = await session.browser.openStory(story);
  try {
    await waitForPanel(tab);
    const box = story.replyBox.selector;
    await typeDraft(tab, box, 'Thank you for your story.', { delay: 0 });
    await waitForFindings(tab, {});
    const cdp = await tab.context().newCDPSession(tab);
    const before = await checkCount(tab);
    // A key typed, then (well within the 150 ms pause) a composition starts.
    await tab.keyboard.type(' ');
    await cdp.send('Input.imeSetComposition', { text: 'ni', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.imeSetComposition', { text: 'nih', selectionStart: 3, selectionEnd: 3 });
    await tab.waitForTimeout(800);
    assert.equal(await checkCount(tab), before, 'no check while composing');
    await cdp.send('Input.insertText', { text: '日本' });
    await tab.waitForFunction((count) => Number(document.querySelector('replyguide-panel').dataset.checkCount) > count, before);
    assert.equal(await replyBoxText(tab, box), 'Thank you for your story. 日本');
  } finally {
    await tab.close();
  }
});

/** Starts recording every mutation of the box (and inside it) in the page. */
function recordMutations(tab, box) {
  return tab.locator(box).evaluate((el) => {
    window.replyguideTestMutations = [];
    new MutationObserver((records) => window.replyguideTestMutations.push(...records.map((r) => `${r.type} ${r.attributeName ?? ''} ${r.target.nodeName}`)))
      .observe(el, { attributes: true, childList: true, characterData: true, subtree: true });
  });
}

test('textarea: typing with findings shown changes nothing in the box\'s DOM', async () => {
  const { tab, box } = await openWithDraft(TEXTAREA_PAGE);
  try {
    await recordMutations(tab, box);
    await tab.locator(box).press('End');
    await tab.keyboard.type(' Personally I think so too.', { delay: 20 });
    await waitForFindings(tab, { present: ['organisational-voice'] });
    await tab.locator('replyguide-panel .rg-quote').first().focus();
    await tab.locator('replyguide-panel .rg-quote').first().hover();
    assert.deepEqual(await tab.evaluate(() => window.replyguideTestMutations), []);
  } finally {
    await tab.close();
  }
});

test('contenteditable: checking, showing and emphasising findings changes nothing in the editor; typing changes only text', async () => {
  const { tab, box } = await openWithDraft(EDITOR_PAGE);
  try {
    await recordMutations(tab, box);
    await tab.locator(box).press('End');
    await tab.keyboard.type(' Personally I think so.', { delay: 20 });
    await waitForFindings(tab, { present: ['organisational-voice'] });
    const typed = await tab.evaluate(() => window.replyguideTestMutations.splice(0));
    assert.deepEqual(typed.filter((record) => record.startsWith('attributes')), [], 'typing changed no attribute');
    const before = await checkCount(tab);
    await tab.locator('replyguide-panel .rg-quote').first().focus();
    await tab.locator('replyguide-panel .rg-quote').first().hover();
    await tab.locator(box).evaluate((el) => el.dispatchEvent(new Event('input')));
    await tab.waitForFunction((count) => Number(document.querySelector('replyguide-panel').dataset.checkCount) > count, before);
    await waitForFindings(tab, { present: ['organisational-voice'] });
    assert.deepEqual(await tab.evaluate(() => window.replyguideTestMutations), [], 'no mutation from checking or showing');
  } finally {
    await tab.close();
  }
});
