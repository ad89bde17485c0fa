// An organisation's own build (what `make dist` makes): a copy of dist/chrome with
// examples/org-charity.json baked in by scripts/bake-config.mjs, as make dist does. Its settings
// apply on story pages (its custom rule fires), are locked in the options page, and its name is
// the extension's.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';

const REPO = resolve(import.meta.dirname, '../..');
const CONFIG = join(REPO, 'examples/org-charity.json');
const NAME = 'Carers Support Exampleshire Reply Guide';
const buildDir = join(mkdtempSync(join(tmpdir(), 'replyguide-orgbuild-')), 'extension');
cpSync(join(REPO, 'dist/chrome'), buildDir, { recursive: true });
execFileSync('node', [join(REPO, 'scripts/bake-config.mjs'), CONFIG, NAME, 'carers-support-exampleshire-reply-guide', buildDir]);
after(() => rmSync(resolve(buildDir, '..'), { recursive: true, force: true }));

// The harness reads the extension folder when it is imported.
process.env.REPLYGUIDE_EXTENSION_DIR = buildDir;
const { waitForFindings, waitForPanel } = await import('../harness/panel.mjs');
const { PAGES_DIR } = await import('../harness/paths.mjs');
const { revealReplyBox, typeDraft } = await import('../harness/reply-box.mjs');
const { loadStoryPages } = await import('../harness/story-pages.mjs');
const { useExtensionSession } = await import('../harness/test-session.mjs');

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);
const organisation = JSON.parse(readFileSync(CONFIG, 'utf8')).organisation.name;

test('the baked-in custom rule fires on a story page, without "Turn off this guideline"', async () => {
  const story = pages.find((page) => page.file === 'uk-story-no-responses.html');
  const tab = await session.browser.openStory(story);
  try {
    await revealReplyBox(tab, story.replyBox);
    await waitForPanel(tab);
    await typeDraft(tab, story.replyBox.selector, 'Thank you for telling us about your time as a caregiver for your mum.');
    await waitForFindings(tab, { present: ['carer-not-caregiver'] });
    const turnOffOffered = await tab.evaluate(() => Boolean(document.querySelector('replyguide-panel').shadowRoot
      .querySelector('[data-rule="carer-not-caregiver"]').closest('li').querySelector('.rg-turn-off')));
    assert.equal(turnOffOffered, false, 'an organisation rule cannot be turned off from a finding');
  } finally {
    await tab.close();
  }
});

test('options page: the build\'s fields are locked, its name is the extension\'s', async () => {
  const page = await session.browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
    await page.waitForSelector('[data-path="organisation.name"]', { state: 'attached' });
    assert.equal(await page.inputValue('[data-path="organisation.name"]'), organisation);
    assert.equal(await page.isDisabled('[data-path="organisation.name"]'), true);
    assert.equal(await page.isDisabled('[data-path="rules.too-early.wait_days"]'), true);
    assert.equal(await page.isDisabled('[data-path="rules.takes-sides.phrases"]'), false, 'what the build leaves alone stays editable');
    assert.match(await page.textContent('#organisation'), /\(set by your organisation’s edition of Reply Guide\)/);
    assert.equal(await page.evaluate(() => chrome.i18n.getMessage('extensionName')), NAME);
  } finally {
    await page.close();
  }
});
