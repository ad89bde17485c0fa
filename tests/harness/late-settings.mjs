// A settings layer that answers late (managed policy, the person's own settings) must not hold the
// panel, and must take effect as soon as it answers. The test build holds a layer's answer for as
// long as the page address asks; the held settings turn `takes-sides` off.
import assert from 'node:assert/strict';
import { TAKES_SIDES } from './drafts.mjs';
import { waitForFindings, waitForPanel } from './panel.mjs';
import { revealReplyBox, typeDraft } from './reply-box.mjs';

/**
 * Opens `story` with the answer of `settings` held for `delayMs` (the test build's page-address
 * parameter `delayParameter`), and checks what the person sees: the panel is ready before the
 * answer; meanwhile the settings at hand (the built-in defaults) show `takes-sides` on its draft;
 * once the held settings answer, `takes-sides` goes without another keystroke and the draft stays.
 * @param {object} session the extension session (`useExtensionSession`)
 * @param {object} story a page of `loadStoryPages`
 * @param {{delayParameter: string, delayMs: number, settings: string}} held
 */
export async function expectLateSettingsToTakeEffect(session, story, { delayParameter, delayMs, settings }) {
  const path = `${new URL(story.url).pathname}?${delayParameter}=${delayMs}`;
  const opened = Date.now();
  const tab = await session.browser.openStory(story, { path });
  try {
    await revealReplyBox(tab, story.replyBox);
    const panel = await waitForPanel(tab);
    assert.equal(panel.state, 'ready', `panel state (panel says: ${panel.text})`);
    const readyAfter = Date.now() - opened;
    assert.ok(readyAfter < delayMs, `the panel was ready ${readyAfter} ms after opening, before the ${settings} answered`);

    await typeDraft(tab, story.replyBox.selector, TAKES_SIDES);
    await waitForFindings(tab, { present: ['takes-sides'], timeout: delayMs - (Date.now() - opened) });
    assert.ok(Date.now() - opened < delayMs, `takes-sides was shown before the ${settings} answered`);

    await waitForFindings(tab, { absent: ['takes-sides'], present: ['offers-guidance'], timeout: delayMs + 20_000 });
    assert.equal(await tab.inputValue(story.replyBox.selector), TAKES_SIDES);
  } finally {
    await tab.close();
  }
}
