// A page that shows replies the reader cannot turn into replies (a "Responses" heading above
// replies worded as no layout it knows): the panel counts them as unknown, too-early stays
// silent, and the popup says so and copies what was read. A reply read whole but not showing
// whose it is: the panel and popup do not say "0 from the care provider".

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { revealReplyBox, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const source = loadStoryPages(PAGES_DIR).find((page) => page.file === 'uk-story-provider-response.html');
/** The same page with its reply's header in words the reader does not know, and without the class
 * names and ids that mark replies (the reply form keeps its own). */
const page = {
  ...source,
  file: 'uk-story-provider-response.html, header reworded',
  storyId: '1271499',
  url: 'https://www.careopinion.org.uk/1271499',
  html: source.html.replace(/Response from/g, 'Thoughts from').replace(/ (class|id)="respons[^"]*"| data-response-id="[^"]*"/g, ''),
};
/** The same page with its reply from an organisation named in words that say neither provider nor
 * charity (in Welsh), by a role that says neither. */
const whoseUnknown = {
  ...source,
  file: 'uk-story-provider-response.html, responder unplaced',
  storyId: '1271500',
  url: 'https://www.careopinion.org.uk/1271500',
  html: source.html
    .replaceAll('Northmoor Teaching Hospitals NHS Foundation Trust', 'Partneriaeth Gofal Gogledd Rhos')
    .replaceAll('Head of Midwifery', 'Cydlynydd')
    .replace(/<span class="response__change[^]*?<\/span>/, ''),
};
const session = useExtensionSession([page, whoseUnknown]);

test('replies shown but unreadable: the panel and popup say unknown and too-early stays silent', async () => {
  const tab = await session.browser.openStory(page);
  try {
    await revealReplyBox(tab, page.replyBox);
    const panel = await waitForPanel(tab);
    assert.equal(panel.state, 'ready', panel.text);
    assert.equal(panel.responseCount, 'unknown');
    assert.equal(panel.providerResponseCount, 'unknown');
    await typeDraft(tab, page.replyBox.selector, 'Dear dalesbird, thank you for telling us about your care.', { delay: 1 });
    const { findings } = await waitForFindings(tab, { absent: ['too-early'] });
    assert.ok(!findings.some((f) => f.rule === 'too-early'));

    await tab.bringToFront();
    const worker = session.browser.context.serviceWorkers().find((w) => w.url().includes(session.browser.extensionId));
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await session.browser.context.newPage();
    try {
      await popup.goto(`chrome-extension://${session.browser.extensionId}/popup/popup.html?tab=${tabId}`);
      await popup.waitForSelector('#page:not([hidden])');
      assert.match(await popup.textContent('#replies'), /^unknown/);
      await popup.click('#copy-reading');
      await popup.waitForSelector('#copy-result:not([hidden])');
      const copied = await popup.evaluate(() => navigator.clipboard.readText().catch(() => null));
      if (copied !== null) {
        const reading = JSON.parse(copied);
        assert.equal(reading.story.responses_unknown, true);
        assert.ok(reading.unknown.includes('responses'));
      }
    } finally {
      await popup.close();
    }
  } finally {
    await tab.close();
  }
});

test('a reply read whole that does not show whose it is: provider replies unknown, too-early silent', async () => {
  const tab = await session.browser.openStory(whoseUnknown);
  try {
    await revealReplyBox(tab, whoseUnknown.replyBox);
    const panel = await waitForPanel(tab);
    assert.equal(panel.state, 'ready', panel.text);
    assert.equal(panel.responseCount, '1');
    assert.equal(panel.providerResponseCount, 'unknown');
    await typeDraft(tab, whoseUnknown.replyBox.selector, 'Dear dalesbird, thank you for telling us about your care.', { delay: 1 });
    const { findings } = await waitForFindings(tab, { absent: ['too-early'] });
    assert.ok(!findings.some((f) => f.rule === 'too-early'));
  } finally {
    await tab.close();
  }
});
