// Without managed policy, a finding offers "Turn off this guideline everywhere" (inside "Why?",
// apart from "Dismiss for this draft"); using it hides the guideline's findings at once and turns
// the guideline off in the person's own settings, where the options page shows it off and editable.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SYMPATHY_ONLY } from '../harness/drafts.mjs';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { revealReplyBox, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);

test('"Turn off this guideline" hides its findings and is kept in the person\'s own settings', async () => {
  const story = pages.find((page) => page.file === 'uk-story-no-responses.html');
  const tab = await session.browser.openStory(story);
  const options = await session.browser.context.newPage();
  try {
    await revealReplyBox(tab, story.replyBox);
    await waitForPanel(tab);
    await typeDraft(tab, story.replyBox.selector, SYMPATHY_ONLY);
    await waitForFindings(tab, { present: ['offers-guidance'] });
    const turnOff = await tab.evaluate(() => {
      const root = document.querySelector('replyguide-panel').shadowRoot;
      const entry = root.querySelector('[data-rule="offers-guidance"]').closest('li');
      const button = entry.querySelector('.rg-why .rg-turn-off');
      button.click();
      return { text: button.textContent, dismissBeside: Boolean(entry.querySelector(':scope > .rg-dismiss')) };
    });
    assert.equal(turnOff.text, 'Turn off this guideline everywhere (you can turn it back on in Settings)');
    assert.ok(turnOff.dismissBeside, '"Dismiss for this draft" stays where it was');
    await waitForFindings(tab, { absent: ['offers-guidance'] });

    await options.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
    const enabled = '[data-path="rules.offers-guidance.enabled"]';
    await options.waitForSelector(enabled, { state: 'attached' });
    assert.equal(await options.isChecked(enabled), false);
    assert.equal(await options.isDisabled(enabled), false, 'the person can turn it back on');
    const { config } = await options.evaluate(() => chrome.storage.local.get('config'));
    assert.deepEqual(JSON.parse(config), { rules: { 'offers-guidance': { enabled: false } } });
  } finally {
    await options.close();
    await tab.close();
  }
});
