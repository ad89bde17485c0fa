// Quick fixes: the only time Reply Guide writes to the reply box is when the person clicks
// "Apply" on a finding with a suggestion. The flagged words are replaced exactly, one Ctrl+Z
// restores the draft exactly, the caret stays where it was, and a draft that changed since it was
// checked is never edited from stale offsets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkCount, waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { caretOffset, foreignElementsIn, replyBoxText, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);

/** "the patient" to a story written by the patient: personal-address suggests "you". */
const FLAGGED = 'the patient';
const SUGGESTION = 'you';
const DRAFT = `Dear author, I am sorry ${FLAGGED} had to wait so long for help.`;
const FIXED = DRAFT.replace(FLAGGED, SUGGESTION);
const LENGTH_CHANGE = SUGGESTION.length - FLAGGED.length;
const APPLY = 'replyguide-panel .rg-apply';

/** Opens a story whose author is the patient, types DRAFT and waits for the personal-address finding. */
async function openWithDraft(file) {
  const story = pages.find((p) => p.file === file);
  const tab = await session.browser.openStory(story);
  const box = story.replyBox.selector;
  assert.equal((await waitForPanel(tab)).state, 'ready');
  await typeDraft(tab, box, DRAFT);
  await waitForFindings(tab, { present: ['personal-address'] });
  assert.equal((await replyBoxText(tab, box)).trim(), DRAFT, 'checking never writes to the box');
  return { tab, box };
}

/** Clicks "Apply" and waits for the re-check the edit causes to settle with the finding gone. */
async function applyAndSettle(tab) {
  const button = tab.locator(APPLY);
  assert.equal(await button.count(), 1, 'one finding offers a quick fix');
  assert.equal((await button.textContent()).trim(), `Apply: ‘${SUGGESTION}’`);
  await button.click();
  await waitForFindings(tab, { absent: ['personal-address'] });
}

test('textarea: Apply replaces exactly the flagged words, the caret stays, and one Ctrl+Z restores the draft', async () => {
  const { tab, box } = await openWithDraft('uk-story-no-responses.html');
  try {
    const caret = 'Dear'.length;
    await tab.locator(box).evaluate((el, at) => el.setSelectionRange(at, at), caret);
    await applyAndSettle(tab);
    assert.equal(await replyBoxText(tab, box), FIXED);
    assert.equal(await caretOffset(tab, box), caret, 'a caret before the flagged words does not move');

    await tab.keyboard.press('ControlOrMeta+Z');
    assert.equal(await replyBoxText(tab, box), DRAFT, 'one undo restores the draft exactly');
    await waitForFindings(tab, { present: ['personal-address'] });
    assert.equal(await replyBoxText(tab, box), DRAFT, 'the re-check after undo writes nothing');

    await tab.locator(box).evaluate((el) => el.setSelectionRange(el.value.length, el.value.length));
    await applyAndSettle(tab);
    assert.equal(await replyBoxText(tab, box), FIXED);
    assert.equal(await caretOffset(tab, box), DRAFT.length + LENGTH_CHANGE, 'a caret after the words moves with them');
  } finally {
    await tab.close();
  }
});

test('Froala editor: Apply replaces exactly the flagged words, the caret stays, and one Ctrl+Z restores the draft', async () => {
  const { tab, box } = await openWithDraft('uk-story-provider-response.html');
  try {
    assert.equal(await caretOffset(tab, box), DRAFT.length, 'typing left the caret at the end');
    await applyAndSettle(tab);
    assert.equal((await replyBoxText(tab, box)).trim(), FIXED);
    assert.deepEqual(await foreignElementsIn(tab, box), [], 'no markup of ours in the editor');
    assert.equal(await caretOffset(tab, box), DRAFT.length + LENGTH_CHANGE, 'the caret stays after the same text');

    await tab.keyboard.press('ControlOrMeta+Z');
    assert.equal((await replyBoxText(tab, box)).trim(), DRAFT, 'one undo restores the draft exactly');
    await waitForFindings(tab, { present: ['personal-address'] });
    assert.equal((await replyBoxText(tab, box)).trim(), DRAFT);
  } finally {
    await tab.close();
  }
});

test('a draft changed since it was checked is not edited: Apply checks again instead', async () => {
  const { tab, box } = await openWithDraft('uk-story-no-responses.html');
  try {
    // The page changes the text without an input event, so the panel still shows the old offsets.
    const changed = `Hello. ${DRAFT}`;
    await tab.locator(box).evaluate((el, text) => { el.value = text; }, changed);
    const checksBefore = await checkCount(tab);
    await tab.locator(APPLY).click();
    await tab.waitForFunction((count) => Number(document.querySelector('replyguide-panel').dataset.checkCount) > count, checksBefore);
    assert.equal(await replyBoxText(tab, box), changed, 'nothing was written from stale offsets');

    await waitForFindings(tab, { present: ['personal-address'] });
    await applyAndSettle(tab);
    assert.equal(await replyBoxText(tab, box), `Hello. ${FIXED}`, 'the fix applies at the re-checked offsets');
  } finally {
    await tab.close();
  }
});
