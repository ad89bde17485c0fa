// Annotates one reply box: checks the draft when the person pauses typing and shows the findings
// in a panel after the editor and as highlights over the flagged words.
import { canTurnOff, turnOffGuideline } from './config.js';
import { errorText } from './engine.js';
import { createFeedbackCounter } from './feedback.js';
import { createHighlights } from './highlights.js';
import { t } from './i18n.js';
import { createPanel } from './panel.js';
import { applyQuickFix } from './quick-fix.js';

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
 * The guideline of a finding key (or of a panel entry id, which starts with one).
 * @param {string} key
 * @returns {string}
 */
function ruleOfKey(key) {
  return key.slice(0, key.indexOf('\u0000'));
}

/**
 * The quick fix a finding offers: its suggestion in place of the words it flags.
 * @param {object} finding
 * @param {string} draft the draft the finding was made for
 * @returns {import('./quick-fix.js').QuickFix|null} null without a suggestion or flagged words
 */
function quickFixOf(finding, draft) {
  if (!finding.suggestion || finding.start == null || !(finding.end > finding.start)) return null;
  const { start, end, suggestion: replacement } = finding;
  return { start, end, flagged: draft.slice(start, end), replacement };
}

/**
 * @typedef {object} Annotator
 * @property {HTMLElement} box the reply box
 * @property {() => string} readDraft the draft as it is now
 * @property {() => void} reposition re-measures the highlights
 * @property {(notices: string[]) => void} showNotices shows these session notices in place of the earlier
 *   ones (a notice that a guideline was turned off stays beside them)
 * @property {() => void} recheck checks the draft again (the engine behind the backend changed)
 * @property {() => void} countPosted counts the findings shown now as posted with the reply
 * @property {() => void} destroy removes the panel, the highlights and every listener
 */

/**
 * Starts annotating `box`.
 * @param {object} options
 * @param {HTMLElement} options.box a textarea or contenteditable reply box
 * @param {Element} options.anchor the element the panel goes after
 * @param {import('./backend.js').Backend} options.backend
 * @param {object|null} options.story the story context read from the page
 * @param {string[]} options.notices shown above the findings (e.g. stored settings set aside)
 * @returns {Annotator}
 */
export function annotate({ box, anchor, backend, story, notices }) {
  const dismissed = new Set();
  let draft = '';
  let findings = [];
  let timer = 0;
  let composing = false;
  let checking = false;
  let checkAgain = false;

  /** Rules the person turned off from this panel: their findings go at once. */
  const turnedOff = new Set();
  /** The quick fix of each panel entry as of the last render (an entry outlives the check that made it). */
  const fixesByItemId = new Map();
  /** Checks run so far, shown as the panel's data-check-count (tests count them). */
  let checkCount = 0;

  const feedback = createFeedbackCounter();
  const panel = createPanel(anchor, (key) => {
    dismissed.add(key);
    feedback.dismissed(ruleOfKey(key));
    render();
  });
  /** Notices about the session (settings or history set aside), and the outcome of the last turn-off. */
  let sessionNotices = notices;
  let turnOffNotice = null;
  const renderNotices = () => {
    const shown = turnOffNotice ? [...sessionNotices, turnOffNotice] : sessionNotices;
    panel.showNotice(shown.length > 0 ? shown.join(' ') : null);
  };
  const showNotices = (shown) => {
    sessionNotices = shown;
    renderNotices();
  };
  const turnOff = (rule) => {
    turnedOff.add(rule);
    render();
    turnOffNotice = t('guidelineTurnedOff');
    renderNotices();
    turnOffGuideline(rule).catch((error) => {
      turnOffNotice = t('guidelineTurnOffFailed', errorText(error));
      renderNotices();
    });
  };
  panel.showStory(story);
  renderNotices();
  const highlights = createHighlights(box);

  function render() {
    const items = [];
    const marks = [];
    let dismissedCount = 0;
    const seen = new Map();
    fixesByItemId.clear();
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
      const id = `${key}\u0000${occurrence}`;
      const fix = quickFixOf(finding, draft);
      if (fix) fixesByItemId.set(id, fix);
      items.push({ id, dismissKey: key, turnOff: turnOffRule, applyFix: fix ? () => applyFix(id) : null, finding });
      if (finding.start != null && finding.end > finding.start) {
        marks.push({ rule: finding.rule, severity: finding.severity, start: finding.start, end: finding.end });
      }
    }
    panel.showFindings(items, dismissedCount);
    feedback.shown(items.map((item) => ({ rule: item.finding.rule, key: item.dismissKey })));
    highlights.draw(marks);
  }

  /**
   * Applies the current quick fix of a panel entry; when the flagged words are no longer in the box
   * as checked, nothing changes and the draft is checked again.
   * @param {string} itemId
   */
  function applyFix(itemId) {
    const fix = fixesByItemId.get(itemId);
    if (!fix || !applyQuickFix(box, fix)) scheduleCheck();
    else feedback.applied(ruleOfKey(itemId));
  }

  async function check() {
    timer = 0;
    if (checking) {
      checkAgain = true;
      return;
    }
    checking = true;
    const startedAt = performance.now();
    checkCount += 1;
    panel.host.dataset.checkCount = String(checkCount);
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
    showNotices,
    recheck: scheduleCheck,
    countPosted: feedback.posted,
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      contentObserver?.disconnect();
      box.removeEventListener('input', onContentChange);
      box.removeEventListener('compositionstart', onCompositionStart);
      box.removeEventListener('compositionend', onCompositionEnd);
      highlights.remove();
      panel.remove();
      feedback.stop();
    },
  };
}
