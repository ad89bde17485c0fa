// Large drafts and fast typing: checks wait for a pause in typing (never one per keystroke), and a
// 100,000-character draft is checked without blocking typing. Counts and states only; the check
// time of the large draft is reported, not asserted (make bench measures it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GOOD_REPLY, TAKES_SIDES } from '../harness/drafts.mjs';
import { checkCount, waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { replyBoxText, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
// The test build: the large draft's check time is read from its panel's data-last-check-ms.
const session = useExtensionSession(pages, { testBuild: true });
const story = pages.find((p) => p.file === 'uk-story-no-responses.html');
const box = story.replyBox.selector;

/** Typing this fast, 200 keystrokes may cause a check after clearing the box and one at the end. */
const MOST_CHECKS_FOR_FAST_TYPING = 3;
const FAST_TYPING = `${GOOD_REPLY} ${TAKES_SIDES}`.slice(-200);

test('a fast typist (200 characters, 10 ms apart) causes a couple of checks, not one per keystroke', async (t) => {
  const tab = await session.browser.openStory(story);
  try {
    await waitForPanel(tab);
    const before = await checkCount(tab);
    await typeDraft(tab, box, FAST_TYPING, { delay: 10 });
    await waitForFindings(tab, { present: ['takes-sides'] });
    const checks = (await checkCount(tab)) - before;
    t.diagnostic(`${FAST_TYPING.length} keystrokes → ${checks} checks`);
    assert.ok(checks >= 1 && checks <= MOST_CHECKS_FOR_FAST_TYPING, `${checks} checks for ${FAST_TYPING.length} keystrokes`);
    assert.equal(await replyBoxText(tab, box), FAST_TYPING);
  } finally {
    await tab.close();
  }
});

test('a 100,000-character draft is checked once, and typing after it still reaches the box', async (t) => {
  const tab = await session.browser.openStory(story);
  const paragraph = `${GOOD_REPLY}\n\n`;
  const draft = `${paragraph.repeat(Math.ceil(100_000 / paragraph.length))}`.slice(0, 100_000 - TAKES_SIDES.length) + TAKES_SIDES;
  try {
    await waitForPanel(tab);
    const before = await checkCount(tab);
    await tab.locator(box).fill(draft);
    await waitForFindings(tab, { present: ['takes-sides'] });
    const checkedIn = await tab.evaluate(() => document.querySelector('replyguide-panel').dataset.lastCheckMs);
    t.diagnostic(`${draft.length}-character draft: checked and drawn in ${checkedIn} ms in Chromium (data-last-check-ms)`);
    assert.equal((await checkCount(tab)) - before, 1, 'one paste, one check');
    assert.equal(await replyBoxText(tab, box), draft);

    await tab.locator(box).press('End');
    await tab.keyboard.type(' Thank you.');
    assert.equal(await replyBoxText(tab, box), `${draft} Thank you.`);
  } finally {
    await tab.close();
  }
});
