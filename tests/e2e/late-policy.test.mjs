// Managed policy that answers late (as chrome.storage.managed does for seconds after the browser
// starts) must not hold the panel, and must take effect as soon as it answers. The test build holds
// the policy's answer for as long as the page address asks (`?replyguide-policy-delay-ms=`); the
// policy itself is REAL (Debian's Chromium reads /etc/chromium/policies/managed/*.json, as in
// organisation.test.mjs) and turns `takes-sides` off. The test build is copied to a fresh folder so
// its id, which the policy names, is known before launch.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';

const POLICY_DIR = '/etc/chromium/policies/managed';
const BUILT = resolve(import.meta.dirname, '../../dist/chrome-test');
/** How long the test build holds the policy's answer: far longer than the panel takes to be ready. */
const POLICY_DELAY_MS = 10_000;

/**
 * The id Chromium gives an unpacked extension: the SHA-256 of its absolute path, first 32 hex
 * digits written with the letters a–p.
 * @param {string} path
 * @returns {string}
 */
function unpackedExtensionId(path) {
  const hex = createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** Whether this machine lets the test install a Chromium policy (it needs root). */
function canWritePolicies() {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const skip = canWritePolicies() ? false : `${POLICY_DIR} is not writable (run as root to test managed policy)`;
const extensionDir = join(mkdtempSync(join(tmpdir(), 'replyguide-late-policy-')), 'extension');
cpSync(BUILT, extensionDir, { recursive: true });
const policyFile = join(POLICY_DIR, `replyguide-e2e-late-${process.pid}.json`);
const policy = { rules: { 'takes-sides': { enabled: false } } };

// The harness reads the extension folder when it is imported.
process.env.REPLYGUIDE_TEST_EXTENSION_DIR = extensionDir;
const { TAKES_SIDES } = await import('../harness/drafts.mjs');
const { waitForFindings, waitForPanel } = await import('../harness/panel.mjs');
const { PAGES_DIR } = await import('../harness/paths.mjs');
const { revealReplyBox, typeDraft } = await import('../harness/reply-box.mjs');
const { loadStoryPages } = await import('../harness/story-pages.mjs');
const { useExtensionSession } = await import('../harness/test-session.mjs');

before(() => {
  const extensions = { [unpackedExtensionId(extensionDir)]: policy };
  if (!skip) writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions } }));
});
after(() => {
  rmSync(policyFile, { force: true });
  rmSync(resolve(extensionDir, '..'), { recursive: true, force: true });
});

const pages = loadStoryPages(PAGES_DIR);
const session = skip ? null : useExtensionSession(pages, { testBuild: true });
const STORY = 'uk-story-no-responses.html';

test('a late policy does not hold the panel, and the guideline it turns off goes when it answers', { skip }, async () => {
  const story = pages.find((page) => page.file === STORY);
  const path = `${new URL(story.url).pathname}?replyguide-policy-delay-ms=${POLICY_DELAY_MS}`;
  const opened = Date.now();
  const tab = await session.browser.openStory(story, { path });
  try {
    await revealReplyBox(tab, story.replyBox);
    const panel = await waitForPanel(tab);
    assert.equal(panel.state, 'ready', `panel state (panel says: ${panel.text})`);
    const readyAfter = Date.now() - opened;
    assert.ok(readyAfter < POLICY_DELAY_MS, `the panel was ready ${readyAfter} ms after opening, before the policy answered`);

    // Before the policy answers, the settings at hand (the built-in defaults) apply.
    await typeDraft(tab, story.replyBox.selector, TAKES_SIDES);
    await waitForFindings(tab, { present: ['takes-sides'], timeout: POLICY_DELAY_MS - (Date.now() - opened) });
    assert.ok(Date.now() - opened < POLICY_DELAY_MS, 'takes-sides was shown before the policy answered');

    // Once it answers, the guideline it turns off goes without another keystroke.
    await waitForFindings(tab, { absent: ['takes-sides'], present: ['offers-guidance'], timeout: POLICY_DELAY_MS + 20_000 });
  } finally {
    await tab.close();
  }
});
