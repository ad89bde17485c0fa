// The panel points at the words: one entry per guideline quoting its words, linked both ways with
// the highlights; warnings first and hints folded; "Turn off this guideline" keeps the keyboard in
// the panel, says which guideline and offers Undo; accessible names start with the visible text;
// every size is relative; the "next finding" shortcut; dark mode and forced colours (screenshots
// in REPLYGUIDE_SCREENSHOTS, when set, for a person to look at).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';
import { highlightPaths, waitForFindings, waitForPanel } from '../harness/panel.mjs';
import { EXTENSION_DIR, PAGES_DIR } from '../harness/paths.mjs';
import { phraseRects, typeDraft } from '../harness/reply-box.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';
import { useExtensionSession } from '../harness/test-session.mjs';

const pages = loadStoryPages(PAGES_DIR);
const session = useExtensionSession(pages);
const SCREENSHOTS = process.env.REPLYGUIDE_SCREENSHOTS;

/** On a story written by the patient: a personal view (a warning) and "the patient" twice. */
const DRAFT = 'Dear author, personally I think the patient was let down, and I hope the patient and her family are well.';

/** Runs `body` in the extension's service worker. */
async function inWorker(body, argument) {
  const worker = session.browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${session.browser.extensionId}/`));
  return worker.evaluate(body, argument);
}

/**
 * Waits until the person's own settings, as stored, are `expected` (the service worker writes them
 * after the panel has shown the change; the write waits for the settings lock and policy's answer).
 */
async function storedConfigIs(expected) {
  const stored = () => inWorker(async () => (await chrome.storage.local.get('config')).config ?? null);
  const deadline = Date.now() + 5000;
  let json = await stored();
  while (json !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    json = await stored();
  }
  assert.deepEqual(json === null ? null : JSON.parse(json), expected);
}

afterEach(() => inWorker(() => chrome.storage.local.clear()));

/** Opens `file`, types `draft` and waits for `present`; returns the tab and the box's selector. */
async function openWithDraft(file, draft, present) {
  const story = pages.find((p) => p.file === file);
  const tab = await session.browser.openStory(story);
  assert.equal((await waitForPanel(tab)).state, 'ready');
  await typeDraft(tab, story.replyBox.selector, draft, { delay: 0 });
  await waitForFindings(tab, { present });
  return { tab, box: story.replyBox.selector };
}

/** Runs `body` with the panel's shadow root in the page. */
function inPanel(tab, body, argument) {
  return tab.evaluate(`(${body})(document.querySelector('replyguide-panel').shadowRoot, ${JSON.stringify(argument ?? null)})`);
}

/** The entries as shown, in order: rule, severity, quotes, whether inside the folded hints. */
function entries(tab) {
  return inPanel(tab, (root) => [...root.querySelectorAll('.rg-finding')].map((entry) => ({
    rule: entry.querySelector('[data-rule]').dataset.rule,
    severity: entry.querySelector('[data-rule]').dataset.severity,
    quotes: [...entry.querySelectorAll('.rg-quote')].map((q) => q.textContent),
    folded: Boolean(entry.closest('details.rg-hints')),
  })));
}

/** The draft spans shown emphasised: overlay marks with rg-mark--active, or the browser's "active" highlight. */
function emphasisedWords(tab, box) {
  return tab.evaluate((selector) => {
    const host = document.querySelector('replyguide-highlights');
    if (host.dataset.paint === 'highlight-api') {
      return [...(CSS.highlights.get('replyguide-active') ?? [])].map((range) => range.toString());
    }
    const text = document.querySelector(selector).value;
    return [...new Set([...host.shadowRoot.querySelectorAll('.rg-mark--active')]
      .map((mark) => text.slice(Number(mark.dataset.start), Number(mark.dataset.end))))];
  }, box);
}

/** What has the focus inside the panel: the entry's rule and the control's class and text. */
function panelFocus(tab) {
  return inPanel(tab, (root) => {
    const active = root.activeElement;
    if (!active) return null;
    return { rule: active.closest('.rg-finding')?.querySelector('[data-rule]').dataset.rule ?? null, className: active.className, text: active.textContent };
  });
}

test('one entry per guideline, each quoting its words; warnings first, hints folded under a count', async () => {
  const { tab } = await openWithDraft('uk-story-no-responses.html', DRAFT, ['personal-address', 'organisational-voice']);
  try {
    const shown = await entries(tab);
    assert.deepEqual(shown.filter((e) => e.rule === 'personal-address').map((e) => e.quotes),
      [['“the patient”', '“the patient and her”']], 'one entry for the rule, one quote per place');
    assert.deepEqual(shown.find((e) => e.rule === 'organisational-voice').quotes, ['“personally I think”']);
    const severities = shown.map((e) => e.severity);
    assert.deepEqual(severities, [...severities].sort((a, b) => (a === b ? 0 : a === 'warning' ? -1 : 1)), 'warnings first');
    assert.ok(shown.every((e) => e.folded === (e.severity === 'hint')), 'hints, and only hints, are folded');
    const hints = shown.filter((e) => e.severity === 'hint').length;
    assert.ok(hints > 0, 'the draft has hints (too-early, offers-guidance…)');
    const folded = await inPanel(tab, (root) => ({ open: root.querySelector('.rg-hints').open, summary: root.querySelector('.rg-hints > summary').textContent }));
    assert.deepEqual(folded, { open: false, summary: hints === 1 ? '1 hint' : `${hints} hints` });
  } finally {
    await tab.close();
  }
});

for (const { kind, file, paint } of [
  { kind: 'textarea', file: 'uk-story-no-responses.html', paint: 'overlay' },
  { kind: 'contenteditable', file: 'uk-story-sensitive-old.html', paint: 'highlight-api' },
]) {
  test(`${kind}: finding ↔ mark — a focused or hovered finding emphasises its words, a click on the words marks its finding (${paint})`, async () => {
    const { tab, box } = await openWithDraft(file, DRAFT, ['organisational-voice']);
    try {
      assert.ok(await tab.evaluate(() => typeof Highlight === 'function' && 'highlights' in CSS), 'this browser has the CSS Custom Highlight API');
      assert.deepEqual(await highlightPaths(tab), [paint], `the ${kind} is highlighted by the ${paint} path`);

      await tab.locator('replyguide-panel .rg-quote', { hasText: '“personally I think”' }).focus();
      assert.deepEqual(await emphasisedWords(tab, box), ['personally I think'], 'focus: its words are emphasised');
      await tab.locator(box).focus();
      assert.deepEqual(await emphasisedWords(tab, box), [], 'leaving the panel ends the emphasis');

      await tab.locator('replyguide-panel .rg-line', { hasText: 'personal view' }).hover();
      assert.deepEqual(await emphasisedWords(tab, box), ['personally I think'], 'hover: its words are emphasised');
      await tab.mouse.move(0, 0);

      const [words] = await phraseRects(tab, box, 'personally');
      await tab.mouse.click((words.left + words.right) / 2, (words.top + words.bottom) / 2);
      const current = await inPanel(tab, (root) => [...root.querySelectorAll('.rg-finding--current [data-rule]')].map((m) => m.dataset.rule));
      assert.deepEqual(current, ['organisational-voice'], 'a click on the words marks their finding');
      const announced = await inPanel(tab, (root) => root.querySelector('[aria-live]').textContent);
      assert.match(announced, /^Reply Guide: This reads as a personal view/, 'and it is announced');
    } finally {
      await tab.close();
    }
  });
}

test('textarea: focusing a quote scrolls its words into view in the box', async () => {
  const lines = Array.from({ length: 20 }, (_, i) => `Line ${i + 1} of a long reply that makes the box scroll.`);
  const { tab, box } = await openWithDraft('uk-story-no-responses.html', `${lines.join('\n')}\nPersonally I think it went wrong.`, ['organisational-voice']);
  try {
    await tab.locator(box).evaluate((el) => { el.scrollTop = 0; });
    await tab.locator('replyguide-panel .rg-quote', { hasText: 'Personally I think' }).focus();
    const seen = await tab.locator(box).evaluate((el) => ({ scrollTop: el.scrollTop, max: el.scrollHeight - el.clientHeight }));
    assert.ok(seen.scrollTop > seen.max / 2, `the box scrolled to the words (${JSON.stringify(seen)})`);
  } finally {
    await tab.close();
  }
});

test('accessible names start with the visible text (WCAG 2.5.3)', async () => {
  const { tab } = await openWithDraft('uk-story-no-responses.html', DRAFT, ['personal-address']);
  try {
    const controls = await inPanel(tab, (root) => [...root.querySelectorAll('button, summary, a')].map((control) => ({
      visible: control.textContent.replace(/\s+/g, ' ').trim(),
      label: control.getAttribute('aria-label'),
    })));
    assert.ok(controls.some((c) => c.visible === 'Apply: ‘you and your’'), 'Apply is offered');
    const mismatched = controls.filter((c) => c.label != null && !c.label.startsWith(c.visible));
    assert.deepEqual(mismatched, []);
  } finally {
    await tab.close();
  }
});

test('"Turn off this guideline": focus goes to the next finding, the notice names the guideline and is announced, Undo brings it back', async () => {
  const { tab } = await openWithDraft('uk-story-no-responses.html', DRAFT, ['organisational-voice', 'personal-address']);
  try {
    const before = (await entries(tab)).map((e) => e.rule);
    const at = before.indexOf('organisational-voice');
    const entry = tab.locator('replyguide-panel .rg-finding', { hasText: 'personal view' });
    await entry.locator('.rg-why > summary').click();
    await entry.locator('.rg-turn-off').focus();
    await tab.keyboard.press('Enter');
    await waitForFindings(tab, { absent: ['organisational-voice'] });

    const focus = await panelFocus(tab);
    assert.equal(focus?.rule, before[at + 1], 'the focus is on the finding that took its place');
    const status = tab.locator('replyguide-panel [role="status"].rg-turned-off');
    assert.match(await status.textContent(), /turned off for all your replies: “Speak for your organisation, not yourself”/);
    await storedConfigIs({ rules: { 'organisational-voice': { enabled: false } } });

    await status.locator('.rg-undo').click();
    await waitForFindings(tab, { present: ['organisational-voice'] });
    assert.equal((await panelFocus(tab))?.rule, 'organisational-voice', 'Undo puts the focus on the finding it brought back');
    assert.match(await status.textContent(), /“Speak for your organisation, not yourself” is on again/);
    await storedConfigIs({ rules: { 'organisational-voice': { enabled: true } } });
  } finally {
    await tab.close();
  }
});

test('the "next finding" shortcut moves the focus from the editor through the findings; Escape goes back', async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  assert.ok(manifest.commands?.['next-finding']?.suggested_key?.default, 'a command the person can rebind');
  const { tab, box } = await openWithDraft('uk-story-no-responses.html', DRAFT, ['organisational-voice', 'personal-address']);
  try {
    const order = (await entries(tab)).map((e) => e.rule);
    // What the command handler sends; tab URLs are not visible to the extension, so every tab gets it.
    const pressShortcut = () => inWorker(async () => {
      for (const shown of await chrome.tabs.query({})) {
        await chrome.tabs.sendMessage(shown.id, { kind: 'replyguide:next-finding' }).catch(() => {});
      }
    });
    await tab.locator(box).focus();
    await pressShortcut();
    await tab.waitForFunction(() => document.querySelector('replyguide-panel').shadowRoot.activeElement);
    assert.equal((await panelFocus(tab)).rule, order[0]);
    await pressShortcut();
    await tab.waitForFunction((rule) => document.querySelector('replyguide-panel').shadowRoot.activeElement
      ?.closest('.rg-finding')?.querySelector(`[data-rule="${rule}"]`), order[1]);
    await tab.keyboard.press('Escape');
    assert.ok(await tab.locator(box).evaluate((el) => document.activeElement === el), 'Escape returns to the reply box');
  } finally {
    await tab.close();
  }
});

test('every size in the panel is relative: the site\'s text size reaches all of it', async () => {
  const { tab } = await openWithDraft('uk-story-no-responses.html', DRAFT, ['personal-address']);
  try {
    const sizes = () => inPanel(tab, (root) => ['.rg-message', '.rg-severity', '.rg-dismiss', '.rg-quote', '.rg-apply', '.rg-why > summary', '.rg-history']
      .map((selector) => parseFloat(getComputedStyle(root.querySelector(selector)).fontSize)));
    const before = await sizes();
    await tab.evaluate(() => {
      const host = document.querySelector('replyguide-panel');
      host.parentElement.style.fontSize = `${parseFloat(getComputedStyle(host).fontSize) * 1.5}px`;
    });
    const after = await sizes();
    after.forEach((size, i) => assert.ok(Math.abs(size / before[i] - 1.5) < 0.02, `size ${i}: ${before[i]} → ${size}`));
  } finally {
    await tab.close();
  }
});

/** Relative luminance of a computed CSS colour. */
function luminance(color) {
  const [r, g, b] = color.match(/[\d.]+/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('light, dark and forced colours: the panel follows the person\'s colour settings', async () => {
  const { tab, box } = await openWithDraft('uk-story-no-responses.html', DRAFT, ['personal-address']);
  try {
    const colours = () => inPanel(tab, (root) => {
      const panel = getComputedStyle(root.querySelector('.rg-panel'));
      return { background: panel.backgroundColor, text: panel.color, border: panel.borderTopColor };
    });
    const shoot = async (name) => {
      if (!SCREENSHOTS) return;
      await tab.locator('replyguide-panel').scrollIntoViewIfNeeded();
      const top = (await tab.locator(box).boundingBox()).y;
      const panel = await tab.locator('replyguide-panel').boundingBox();
      await tab.screenshot({ path: join(SCREENSHOTS, `panel-${name}.png`), clip: { x: 0, y: Math.max(0, top - 8), width: 1000, height: panel.y + panel.height - top + 16 } });
    };
    await tab.emulateMedia({ colorScheme: 'light' });
    const light = await colours();
    assert.ok(luminance(light.background) > 0.8 && luminance(light.text) < 0.1, `light: ${JSON.stringify(light)}`);
    await shoot('light');

    await tab.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    assert.ok(luminance(dark.background) < 0.05 && luminance(dark.text) > 0.7, `dark: ${JSON.stringify(dark)}`);
    await shoot('dark');

    await tab.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    const forced = await inPanel(tab, (root) => ({
      matches: matchMedia('(forced-colors: active)').matches,
      border: getComputedStyle(root.querySelector('.rg-quote')).borderTopStyle,
    }));
    assert.deepEqual(forced, { matches: true, border: 'dashed' }, 'controls keep a visible border');
    const mark = await tab.evaluate(() => {
      const style = getComputedStyle(document.querySelector('replyguide-highlights').shadowRoot.querySelector('.rg-mark[data-severity="warning"]'));
      return { background: style.backgroundColor, underline: style.borderBottomStyle };
    });
    assert.deepEqual(mark, { background: 'rgba(0, 0, 0, 0)', underline: 'solid' }, 'a warning mark is a system-colour underline in forced colours');
    await shoot('forced-colours');
  } finally {
    await tab.close();
  }
});
