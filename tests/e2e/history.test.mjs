// Reply history: a reply submitted on one story is kept, and a near-copy typed on another story is
// flagged as a repeated response that links the first; replies imported on the history page count
// the same way. The engine runs in the page and, on a strict-CSP page, in the offscreen document.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { PAGES_DIR } from '../harness/paths.mjs';
import { typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const RULE = 'repeated-response';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);
const page = (file) => pages.find((p) => p.file === file);

/** The reply submitted on the first story. */
const FIRST_REPLY = 'Dear author, thank you for taking the time to share your story about the discharge from the '
  + 'ward. Healthwatch Marlow Vale hears from many people about their experiences of leaving hospital, and we share '
  + 'what we hear with the hospital trust every quarter. If you would like support to raise your concerns, our '
  + 'advocacy service can help you: call 01632 960000 or visit https://www.healthwatch.example/advocacy.';

/** FIRST_REPLY with another greeting and a few words changed. */
const NEAR_COPY = FIRST_REPLY
  .replace('Dear author', 'Dear Mrs Evans')
  .replace('every quarter', 'each quarter')
  .replace('would like support', 'would like some support');

/** A reply on the same kind of story written for its author: not a repeat. */
const DIFFERENT_REPLY = 'Hello, I am sorry that the appointment letter arrived after the date of your scan and that '
  + 'nobody at the clinic could tell you why. Healthwatch Marlow Vale is visiting the outpatient department next month '
  + 'and we will ask how letters are sent. You can also contact the patient advice service on 01632 960111.';

/** An organisation's earlier reply, imported on the history page. */
const IMPORTED = {
  text: 'Good morning, and thank you for telling us about the long wait for an ambulance for your father. '
    + 'Healthwatch Marlow Vale meets the ambulance service every month and we will raise delays like this one. '
    + 'Our information line can help you find out how to make a complaint: call 01632 960222.',
  story_url: 'https://www.careopinion.org.uk/1300001',
  posted: '2025-03-03T10:00:00Z',
};

/**
 * Opens a story and waits for its panel.
 * @param {string} file
 */
async function openStory(file) {
  const story = page(file);
  const tab = await session.browser.openStory(story);
  const panel = await waitForPanel(tab);
  assert.equal(panel.state, 'ready', `panel state (panel says: ${panel.text})`);
  return { tab, box: story.replyBox.selector, url: story.url };
}

/**
 * What the panel says about the earlier reply of its repeated-response finding.
 * @param {import('playwright-core').Page} tab
 */
function relatedReply(tab) {
  return tab.evaluate(() => {
    const note = document.querySelector('replyguide-panel').shadowRoot.querySelector('.rg-related');
    const link = note?.querySelector('a');
    return note && {
      text: note.textContent.replace(/\s+/g, ' ').trim(),
      href: link?.href ?? null,
      target: link?.target ?? null,
      rel: link?.rel ?? null,
    };
  });
}

test('a submitted reply is kept; a near-copy on another story links it, a different reply does not', async () => {
  const first = await openStory('uk-story-provider-response.html');
  await typeDraft(first.tab, first.box, FIRST_REPLY, { delay: 1 });
  await waitForFindings(first.tab, { absent: [RULE] });
  await Promise.all([
    first.tab.waitForURL(/\/respond$/),
    first.tab.locator('#respond-submit').click(),
  ]);
  await first.tab.close();

  const second = await openStory('ie-story.html');
  try {
    await typeDraft(second.tab, second.box, NEAR_COPY, { delay: 1 });
    await waitForFindings(second.tab, { present: [RULE] });
    const related = await relatedReply(second.tab);
    assert.equal(related.href, first.url, 'the finding links the first story');
    assert.equal(related.target, '_blank');
    assert.equal(related.rel, 'noopener noreferrer');
    assert.match(related.text, /^Earlier reply: www\.careopinion\.org\.uk\/1271408 · \d{1,2} [A-Z][a-z]+ \d{4} · \d{2,3}% similar$/);

    await typeDraft(second.tab, second.box, DIFFERENT_REPLY, { delay: 1 });
    await waitForFindings(second.tab, { absent: [RULE] });
    assert.equal(await relatedReply(second.tab), null);
  } finally {
    await second.tab.close();
  }
});

test('a reply imported on the history page is found, also by the offscreen engine on a strict-CSP page', async () => {
  const historyPage = await session.browser.context.newPage();
  try {
    await historyPage.goto(`chrome-extension://${session.browser.extensionId}/history/history.html`);
    await historyPage.locator('#import-file').setInputFiles({
      name: 'replies.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(`${JSON.stringify(IMPORTED)}\n{"text": ""}\n`),
    });
    await historyPage.locator('#status', { hasText: 'Imported 1 reply from replies.jsonl' }).waitFor();
    assert.match(await historyPage.locator('#status').textContent(), /line 2: text: expected the reply/);
  } finally {
    await historyPage.close();
  }

  const nearCopy = IMPORTED.text.replace('your father', 'your mother').replace('Good morning', 'Hello');
  for (const file of ['cymru-story.html', 'uk-strict-csp.html']) {
    const { tab, box } = await openStory(file);
    try {
      await typeDraft(tab, box, nearCopy, { delay: 1 });
      await waitForFindings(tab, { present: [RULE] });
      assert.equal((await relatedReply(tab))?.href, IMPORTED.story_url, file);
    } finally {
      await tab.close();
    }
  }
  const [worker] = session.browser.context.serviceWorkers();
  const offscreenDocuments = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })
    .then((contexts) => contexts.length));
  assert.equal(offscreenDocuments, 1, 'the strict-CSP page was checked by the offscreen engine');
});
