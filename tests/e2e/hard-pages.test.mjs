// Pages that make annotation hard: reply boxes that appear late or are replaced while the person
// types, a CSP that forbids WebAssembly in the page, and markup-looking text that must never run.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MARKUP_LOOKING, TAKES_SIDES } from '../harness/drafts.mjs';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { foreignElementsIn, replyBoxText, revealReplyBox, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);
const storyPage = (file) => pages.find((p) => p.file === file);

/** Panels that are rendered (a panel left behind for a hidden box would be an extra one). */
const visiblePanels = (tab) => tab.evaluate(() => [...document.querySelectorAll('replyguide-panel')]
  .filter((panel) => panel.getClientRects().length > 0).length);

test('a story opened at /opinions/{id} gets the panel too', async () => {
  const story = storyPage('uk-story-no-responses.html');
  await session.browser.withStory(story, async (tab) => {
    assert.equal((await waitForPanel(tab)).state, 'ready');
    await typeDraft(tab, story.replyBox.selector, TAKES_SIDES);
    await waitForFindings(tab, { present: ['takes-sides'] });
  }, { path: `/opinions/${story.storyId}` });
});

test('a textarea inserted after clicking "Respond" gets a working panel', async () => {
  const story = storyPage('uk-late-textarea.html');
  await session.browser.withStory(story, async (tab) => {
    assert.equal(await tab.locator('replyguide-panel').count(), 0, 'no panel before there is a reply box');
    await revealReplyBox(tab, story.replyBox);
    assert.equal((await waitForPanel(tab)).state, 'ready');
    await typeDraft(tab, story.replyBox.selector, TAKES_SIDES);
    await waitForFindings(tab, { present: ['takes-sides'] });
    assert.equal(await replyBoxText(tab, story.replyBox.selector), TAKES_SIDES);
  });
});

test('a rich editor that replaces the textarea after load gets the panel, and only it', async () => {
  const story = storyPage('uk-late-froala.html');
  await session.browser.withStory(story, async (tab) => {
    await revealReplyBox(tab, story.replyBox);
    await waitForPanel(tab);
    await typeDraft(tab, story.replyBox.selector, TAKES_SIDES);
    await waitForFindings(tab, { present: ['takes-sides'], absent: ['too-early', 'too-late'] });
    assert.equal(await visiblePanels(tab), 1, 'one visible panel, for the editor');
    assert.equal((await replyBoxText(tab, story.replyBox.selector)).trim(), TAKES_SIDES);
    assert.deepEqual(await foreignElementsIn(tab, story.replyBox.selector), []);
  });
});

test('a reply box the page replaces while the person types: the new box gets the panel and typing carries on', async () => {
  const story = storyPage('uk-replaced-while-typing.html');
  await session.browser.withStory(story, async (tab) => {
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => {
      if (message.type() === 'error' && /Reply Guide/.test(message.text())) errors.push(message.text());
    });
    assert.equal((await waitForPanel(tab)).state, 'ready');
    const original = await tab.locator(story.replyBox.selector).elementHandle();
    await typeDraft(tab, story.replyBox.selector, TAKES_SIDES);
    assert.equal(await tab.evaluate(() => window.replyBoxReplaced), true, 'the page replaced the box mid-typing');
    assert.equal(await original.evaluate((box) => box.isConnected), false, 'the first box is gone');

    await waitForFindings(tab, { present: ['takes-sides'] });
    assert.equal(await replyBoxText(tab, story.replyBox.selector), TAKES_SIDES, 'every key reached the boxes');
    assert.equal(await visiblePanels(tab), 1, 'one panel, for the new box');
    assert.equal(await tab.locator(story.replyBox.selector).evaluate((box) => box.nextElementSibling?.localName), 'replyguide-panel');

    await tab.keyboard.type(' I am so sorry.');
    await waitForFindings(tab, { present: ['takes-sides'] });
    assert.equal(await replyBoxText(tab, story.replyBox.selector), `${TAKES_SIDES} I am so sorry.`);
    assert.deepEqual(errors, []);
  });
});

test('a page whose CSP forbids WebAssembly still gets a working panel (or a readable error), and typing still works', async (t) => {
  const story = storyPage('uk-strict-csp.html');
  await session.browser.withStory(story, async (tab) => {
    const panel = await waitForPanel(tab);
    const [worker] = session.browser.context.serviceWorkers();
    const offscreen = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).then((c) => c.length));
    t.diagnostic(`panel ${panel.state}; engine ran ${offscreen ? 'in the offscreen document (fallback)' : 'in the page'}`);
    await typeDraft(tab, story.replyBox.selector, TAKES_SIDES);
    if (panel.state === 'ready') {
      await waitForFindings(tab, { present: ['takes-sides'] });
    } else {
      assert.ok(panel.text.length > 10, `the error panel explains itself: "${panel.text}"`);
    }
    assert.equal(await replyBoxText(tab, story.replyBox.selector), TAKES_SIDES);
  });
});

test('markup-looking text in the page and in the draft stays text and never runs', async () => {
  const story = storyPage('uk-hostile-markup.html');
  await session.browser.withStory(story, async (tab) => {
    const dialogs = [];
    tab.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
    assert.equal((await waitForPanel(tab)).state, 'ready');
    await typeDraft(tab, story.replyBox.selector, MARKUP_LOOKING, { delay: 0 });
    await waitForFindings(tab, { present: ['takes-sides'] });
    assert.equal(await replyBoxText(tab, story.replyBox.selector), MARKUP_LOOKING);
    const injected = await tab.evaluate(() => ({
      flag: window.replyguideInjected ?? null,
      elements: [...document.querySelectorAll('replyguide-panel, replyguide-highlights')]
        .flatMap((host) => [...host.shadowRoot.querySelectorAll('script, img, iframe, object')].map((el) => el.outerHTML)),
    }));
    assert.deepEqual(injected, { flag: null, elements: [] });
    assert.deepEqual(dialogs, []);
  });
});
