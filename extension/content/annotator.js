// Annotates one reply box: checks the draft when the person pauses typing and shows the findings
// in a panel after the editor and as highlights over the flagged words.
import { canTurnOff, turnOffGuideline } from './config.js';
import { errorText } from './engine.js';
import { createHighlights } from './highlights.js';
import { t } from './i18n.js';
import { createPanel } from './panel.js';

/** How long typing must pause before the draft is checked. */
const CHECK_DEBOUNCE_MS = 150;

/**
 * Identifies a finding within one draft: its rule and the words it flags. Dismissing uses it, so a
 * dismissed finding stays hidden while those words stay, and the rule still applies elsewhere.
 * @param {object} finding
 * @param {string} draft
 * @returns {string}
 */
function findingKey(finding, draft) {
  const flagged = finding.start == null ? '' : draft.slice(finding.start, finding.end);
  return `${finding.rule}\u0000${flagged}`;
}

/**
 * @typedef {object} Annotator
 * @property {HTMLElement} box the reply box
 * @property {() => string} readDraft the draft as it is now
 * @property {() => void} reposition re-measures the highlights
 * @property {() => void} destroy removes the panel, the highlights and every listener
 */

/**
 * Starts annotating `box`.
 * @param {object} options
 * @param {HTMLElement} options.box a textarea or contenteditable reply box
 * @param {Element} options.anchor the element the panel goes after
 * @param {import('./backend.js').Backend} options.backend
 * @param {object|null} options.story the story context read from the page
 * @returns {Annotator}
 */
export function annotate({ box, anchor, backend, story }) {
  const dismissed = new Set();
  let draft = '';
  let findings = [];
  let timer = 0;
  let composing = false;
  let checking = false;
  let checkAgain = false;

  /** Rules the person turned off from this panel: their findings go at once. */
  const turnedOff = new Set();

  const panel = createPanel(anchor, (key) => {
    dismissed.add(key);
    render();
  });
  const turnOff = (rule) => {
    turnedOff.add(rule);
    render();
    panel.showNotice(t('guidelineTurnedOff'));
    turnOffGuideline(rule).catch((error) => panel.showNotice(t('guidelineTurnOffFailed', errorText(error))));
  };
  panel.showStory(story);
  if (backend.configProblem) panel.showNotice(t('configInvalid', backend.configProblem));
  const highlights = createHighlights(box);

  function render() {
    const items = [];
    const marks = [];
    let dismissedCount = 0;
    const seen = new Map();
    for (const finding of findings) {
      if (turnedOff.has(finding.rule)) continue;
      const key = findingKey(finding, draft);
      if (dismissed.has(key)) {
        dismissedCount += 1;
        continue;
      }
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      const turnOffRule = canTurnOff(finding.rule) ? () => turnOff(finding.rule) : null;
      items.push({ id: `${key}\u0000${occurrence}`, dismissKey: key, turnOff: turnOffRule, finding });
      if (finding.start != null && finding.end > finding.start) {
        marks.push({ rule: finding.rule, severity: finding.severity, start: finding.start, end: finding.end });
      }
    }
    panel.showFindings(items, dismissedCount);
    highlights.draw(marks);
  }

  async function check() {
    timer = 0;
    if (checking) {
      checkAgain = true;
      return;
    }
    checking = true;
    const startedAt = performance.now();
    try {
      const nextDraft = highlights.readDraft();
      const nextFindings = await backend.check(nextDraft, story, new Date().toISOString());
      draft = nextDraft;
      findings = Array.isArray(nextFindings) ? nextFindings : [];
      render();
      panel.recordCheckTime(performance.now() - startedAt);
    } catch (error) {
      console.error('Reply Guide could not check the draft:', error);
      panel.showError(t('errorCheckFailed', errorText(error)));
      highlights.draw([]);
    } finally {
      checking = false;
      if (checkAgain) {
        checkAgain = false;
        scheduleCheck();
      }
    }
  }

  let destroyed = false;
  function scheduleCheck() {
    if (destroyed) return;
    clearTimeout(timer);
    timer = setTimeout(check, CHECK_DEBOUNCE_MS);
  }

  // Per keystroke only this runs: hide the now misplaced marks and restart the pause timer.
  const onContentChange = () => {
    highlights.hideUntilNextDraw();
    if (!composing) scheduleCheck();
  };
  const onCompositionStart = () => {
    composing = true;
  };
  const onCompositionEnd = () => {
    composing = false;
    scheduleCheck();
  };
  box.addEventListener('input', onContentChange, { passive: true });
  box.addEventListener('compositionstart', onCompositionStart, { passive: true });
  box.addEventListener('compositionend', onCompositionEnd, { passive: true });
  // Rich editors also change their content without input events (toolbar buttons, paste handlers).
  const contentObserver = box.tagName === 'TEXTAREA' ? null : new MutationObserver(onContentChange);
  contentObserver?.observe(box, { childList: true, characterData: true, subtree: true });

  check();

  return {
    box,
    readDraft: highlights.readDraft,
    reposition: highlights.reposition,
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      contentObserver?.disconnect();
      box.removeEventListener('input', onContentChange);
      box.removeEventListener('compositionstart', onCompositionStart);
      box.removeEventListener('compositionend', onCompositionEnd);
      highlights.remove();
      panel.remove();
    },
  };
}
