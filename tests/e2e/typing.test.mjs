// Typing drafts into textarea and contenteditable reply boxes: the panel follows the draft, the
// highlights sit on the flagged words, and the reply box keeps exactly what was typed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GOOD_REPLY, GOOD_REPLY_AVOIDS, SYMPATHY_ONLY, TAKES_SIDES, TAKES_SIDES_WRAPPED } from '../harness/drafts.mjs';
import { highlightMarks, waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { foreignElementsIn, phraseRects, rectsOverlap, replyBoxText, revealReplyBox, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);

/** Opens a page, reveals its reply box, waits for a ready panel and runs `body({ tab, box })`; closes the tab afterwards. */
function withReadyStory(file, body) {
  const story = pages.find((p) => p.file === file);
  return session.browser.withStory(story, async (tab) => {
    await revealReplyBox(tab, story.replyBox);
    const panel = await waitForPanel(tab);
    assert.equal(panel.state, 'ready', `panel state (panel says: ${panel.text})`);
    await body({ tab, box: story.replyBox.selector });
  });
}

/** The reply box holds exactly the draft and no markup of ours. */
async function assertDraftUntouched(tab, box, draft) {
  assert.equal((await replyBoxText(tab, box)).trim(), draft);
  assert.deepEqual(await foreignElementsIn(tab, box), []);
}

/**
 * What is wrong with the takes-sides highlights right now (empty when nothing): each must mark
 * side-taking words of the draft and lie over those words on screen; a highlight may be hidden
 * (zero size) only while its words are scrolled out of the reply box.
 */
async function takesSidesHighlightProblems(tab, box, draft) {
  const marks = await highlightMarks(tab, 'takes-sides');
  if (marks.length === 0) return ['no takes-sides highlight is drawn'];
  const boxRect = await tab.locator(box).evaluate((el) => el.getBoundingClientRect().toJSON());
  const problems = [];
  for (const mark of marks) {
    const words = draft.slice(mark.start, mark.end);
    if (!/absolutely right|should be ashamed/i.test(words)) {
      problems.push(`highlight [${mark.start}, ${mark.end}) marks "${words}"`);
      continue;
    }
    const wordRects = await phraseRects(tab, box, words);
    const hidden = mark.rect.right - mark.rect.left < 1 || mark.rect.bottom - mark.rect.top < 1;
    if (hidden ? wordRects.some((rect) => rectsOverlap(rect, boxRect)) : !wordRects.some((rect) => rectsOverlap(mark.rect, rect))) {
      problems.push(`highlight ${JSON.stringify(mark.rect)} is not over "${words}" at ${JSON.stringify(wordRects)}`);
    }
  }
  return problems;
}

/** Waits (the overlay may follow a scroll or reflow a frame later) until the highlights sit on their words. */
async function assertTakesSidesHighlighted(tab, box, draft) {
  let problems;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    problems = await takesSidesHighlightProblems(tab, box, draft);
    if (problems.length === 0) return;
    await tab.waitForTimeout(100);
  }
  assert.deepEqual(problems, []);
}

/** Types a side-taking draft: takes-sides is found, the box keeps the draft, the highlight sits on its words. */
async function assertTakesSidesTyped(tab, box, draft) {
  await typeDraft(tab, box, draft);
  await waitForFindings(tab, { present: ['takes-sides'] });
  await assertDraftUntouched(tab, box, draft);
  await assertTakesSidesHighlighted(tab, box, draft);
}

// The same typing test for each kind of reply box.
for (const { kind, file, draft } of [
  // Blank lines and a wrapped line before the flagged words: the highlight must find their line.
  { kind: 'textarea', file: 'uk-story-no-responses.html', draft: `Dear hedgerow_walker,\n\n${TAKES_SIDES_WRAPPED}` },
  { kind: 'contenteditable', file: 'uk-story-sensitive-old.html', draft: TAKES_SIDES_WRAPPED },
]) {
  test(`${kind}: a side-taking draft is highlighted on its words, then a sympathy-only draft asks for guidance`, () =>
    withReadyStory(file, async ({ tab, box }) => {
      await assertTakesSidesTyped(tab, box, draft);

      await typeDraft(tab, box, SYMPATHY_ONLY);
      await waitForFindings(tab, { present: ['offers-guidance'], absent: ['takes-sides'] });
      assert.deepEqual(await highlightMarks(tab, 'takes-sides'), [], 'the old highlight is gone');
      await assertDraftUntouched(tab, box, SYMPATHY_ONLY);
    }));
}

test('textarea: the highlight follows the text when the box scrolls and when the page reflows', () =>
  withReadyStory('uk-story-no-responses.html', async ({ tab, box }) => {
    const lines = Array.from({ length: 14 }, (_, i) => `Line ${i + 1} of a long reply that needs the box to scroll.`);
    const draft = `${lines.join('\n')}\n${TAKES_SIDES}`;
    await typeDraft(tab, box, draft, { delay: 0 });
    await waitForFindings(tab, { present: ['takes-sides'] });
    assert.ok(await tab.locator(box).evaluate((el) => el.scrollTop > 0), 'the textarea has scrolled to the caret');
    await assertTakesSidesHighlighted(tab, box, draft);

    await tab.locator(box).evaluate((el) => { el.scrollTop = 0; });
    await assertTakesSidesHighlighted(tab, box, draft);

    await tab.setViewportSize({ width: 640, height: 900 });
    await tab.locator(box).evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await assertTakesSidesHighlighted(tab, box, draft);
    assert.equal(await replyBoxText(tab, box), draft);
  }));

test('too-early on a 3-day-old story nobody has answered', () =>
  withReadyStory('uk-story-no-responses.html', async ({ tab, box }) => {
    await typeDraft(tab, box, SYMPATHY_ONLY);
    await waitForFindings(tab, { present: ['too-early'], absent: ['too-late'] });
  }));

test('too-late as a warning on a 20-month-old story about a death, and no too-early once the provider has answered', () =>
  withReadyStory('uk-story-sensitive-old.html', async ({ tab, box }) => {
    await typeDraft(tab, box, SYMPATHY_ONLY);
    const panel = await waitForFindings(tab, { present: ['too-late'], absent: ['too-early'] });
    assert.equal(panel.findings.find((f) => f.rule === 'too-late').severity, 'warning');
  }));

test('a good reply on a 19-day-old story with a provider response triggers none of the rules it avoids', () =>
  withReadyStory('uk-late-textarea.html', async ({ tab, box }) => {
    await typeDraft(tab, box, TAKES_SIDES);
    await waitForFindings(tab, { present: ['takes-sides'] });
    await typeDraft(tab, box, GOOD_REPLY);
    await waitForFindings(tab, { absent: GOOD_REPLY_AVOIDS });
    await assertDraftUntouched(tab, box, GOOD_REPLY);
  }));

test('emoji before the flagged words: offsets are UTF-16 and the highlight lands on the words (RTL page)', () =>
  withReadyStory('au-rtl-emoji.html', ({ tab, box }) =>
    assertTakesSidesTyped(tab, box, `🙏 Dear sydney_sahar 💙👍🏽 ${TAKES_SIDES}`)));

test('a story with 200 responses: typing is checked and highlighted', () =>
  withReadyStory('uk-many-replies.html', ({ tab, box }) => assertTakesSidesTyped(tab, box, TAKES_SIDES)));

test('a role="textbox" the page types into by script: every key reaches the page, the draft is read from its text and highlighted, and no quick fix is offered', () =>
  withReadyStory('uk-scripted-textbox-mirrored.html', async ({ tab, box }) => {
    const draft = `${TAKES_SIDES_WRAPPED} I am sorry the patient had to wait.`;
    await typeDraft(tab, box, draft);
    const panel = await waitForFindings(tab, { present: ['takes-sides', 'personal-address'] });
    await assertDraftUntouched(tab, box, draft);
    assert.equal(await tab.locator('#reply-text').inputValue(), draft, 'the page still mirrors every key into its hidden input');
    await assertTakesSidesHighlighted(tab, box, draft);
    assert.equal(await tab.locator('replyguide-panel .rg-apply').count(), 0, 'no Apply on a box only the page writes to');
    assert.ok(panel.findings.some((f) => f.rule === 'personal-address'));
  }));
