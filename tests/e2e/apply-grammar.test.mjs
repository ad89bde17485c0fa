// "Apply" keeps the sentence grammatical, or is not offered as one click: each case types a
// sentence to a story written by the patient, applies every quick fix personal-address offers and
// compares the draft with the sentence expected after (null: no Apply is offered).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { replyBoxText, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);

/** [sentence before, sentence after Apply (null: no Apply offered)]. */
const CASES = [
  ['Dear author, I hope the patient and her family are well now.', 'Dear author, I hope you and your family are well now.'],
  ['Dear author, we are sorry the patient was kept waiting so long.', 'Dear author, we are sorry you were kept waiting so long.'],
  ['Dear author, we know the patient feels let down by the service.', 'Dear author, we know you feel let down by the service.'],
  ['Dear author, we hope the patient, who was in pain, got help quickly.', 'Dear author, we hope you, who were in pain, got help quickly.'],
  ['Dear author, we send our best wishes to the family.', 'Dear author, we send our best wishes to your family.'],
  ['Dear author, the nurse told the patient she would call back.', null],
];

for (const [before, after] of CASES) {
  test(`Apply: ${before} → ${after ?? '(not offered)'}`, async () => {
    const story = pages.find((p) => p.file === 'uk-story-no-responses.html');
    const box = story.replyBox.selector;
    await session.browser.withStory(story, async (tab) => {
      await waitForPanel(tab);
      await typeDraft(tab, box, before, { delay: 0 });
      await waitForFindings(tab, { present: ['personal-address'] });
      const entry = tab.locator('replyguide-panel .rg-finding', { has: tab.locator('[data-rule="personal-address"]') });
      await tab.locator('replyguide-panel details.rg-hints').evaluate((hints) => { hints.open = true; });
      const apply = entry.locator('.rg-apply');
      if (after === null) {
        assert.equal(await apply.count(), 0, 'no one-click Apply');
        return;
      }
      assert.equal(await apply.count(), 1);
      await apply.click();
      await tab.waitForFunction(([selector, text]) => document.querySelector(selector).value === text, [box, after]);
      assert.equal(await replyBoxText(tab, box), after);
    });
  });
}
