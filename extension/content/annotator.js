// Annotates one reply box: checks the draft when the person pauses typing and shows the findings
// in a panel after the editor and as highlights over the flagged words.
import { canTurnOff, setGuidelineEnabled } from './config.js';
import { errorText } from '../shared/engine.js';
import { guidelineName } from '../shared/guideline-names.js';
import { createFeedbackCounter } from './feedback.js';
import { createHighlights } from './highlights.js';
import { t } from '../shared/i18n.js';
import { createPanel } from './panel.js';
import { applyQuickFix, caretOffsetIn, selectInBox } from './quick-fix.js';
import { recordCheckTime } from './startup-marks.js';

/** Keys that move the caret without typing. */
const CARET_KEYS = /^(Arrow|Home$|End$|Page)/;

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
 * @property {(notices: string[]) => void} showNotices shows these session notices in place of the earlier ones
 * @property {() => void} recheck checks the draft again (the engine behind the backend changed)
 * @property {(story: object|null) => void} showStory checks against this story from now on (replies
 *   that appeared after the page was first read)
 * @property {() => boolean} focusNextFinding moves the focus to the panel's next finding
 * @property {(node: Node|null) => boolean} owns whether `node` is the box or in its panel
 * @property {() => void} countPosted counts the findings shown now as posted with the reply
 * @property {() => void} destroy removes the panel, the highlights and every listener
 */

/**
 * Starts annotating `box`.
 * @param {object} options
 * @param {HTMLElement} options.box a textarea, a contenteditable element, or a role="textbox"
 *   element a page script types into
 * @param {Element} options.anchor the element the panel goes after
 * @param {import('./backend.js').Backend} options.backend
 * @param {object|null} options.story the story context read from the page
 * @param {string[]} options.notices shown above the findings (e.g. stored settings set aside)
 * @returns {Annotator}
 */
export function annotate({ box, anchor, backend, story: firstStory, notices }) {
  let story = firstStory;
  const dismissed = new Set();
  let draft = '';
  let findings = [];
  let timer = 0;
  let composing = false;
  let checking = false;
  let checkAgain = false;

  /** Rules the person turned off from this panel: their findings go at once. */
  const turnedOff = new Set();
  /** The quick fix of each spot (by its draft offsets) as of the last render. */
  const fixesBySpot = new Map();
  /** The entry each shown span belongs to, for a click in the box. */
  let spotEntries = [];
  /** Checks run so far, shown as the panel's data-check-count (tests count them). */
  let checkCount = 0;

  // A box a page script types into (a role="textbox" that is not contenteditable) is changed only
  // by that script: the panel offers no quick fix there, so that no Apply could fail or fight it.
  const browserEdits = box.tagName === 'TEXTAREA' || box.isContentEditable;
  const feedback = createFeedbackCounter();
  const highlights = createHighlights(box);
  const panel = createPanel(anchor, {
    onEmphasise: (spots, reveal) => highlights.emphasise(spots, reveal),
    onSelectSpot: (spot) => selectInBox(box, spot.start, spot.end),
    onReturnToEditor: () => box.focus(),
  });
  panel.showStory(story);
  panel.showNotice(notices.length > 0 ? notices.join(' ') : null);

  const showNotices = (shown) => panel.showNotice(shown.length > 0 ? shown.join(' ') : null);

  /**
   * Turns a guideline off (or back on) everywhere; the panel says so, with Undo.
   * @param {string} rule
   * @param {boolean} enabled
   */
  const setGuideline = (rule, enabled) => {
    const name = guidelineName(rule);
    if (enabled) turnedOff.delete(rule);
    else turnedOff.add(rule);
    render();
    panel.showTurnedOff(
      t(enabled ? 'guidelineTurnedOn' : 'guidelineTurnedOff', name),
      enabled ? null : () => {
        setGuideline(rule, true);
        panel.focusFindingOf(rule);
      },
    );
    setGuidelineEnabled(rule, enabled).catch((error) => {
      panel.showTurnedOff(t(enabled ? 'guidelineTurnOnFailed' : 'guidelineTurnOffFailed', errorText(error)), null);
    });
  };

  function render() {
    /** @type {Map<string, import('./panel.js').PanelItem>} */
    const items = new Map();
    /** The dismiss keys of each entry's findings: dismissing the entry dismisses them all. */
    const keysByItem = new Map();
    const marks = [];
    let dismissedCount = 0;
    /** The findings shown, for the feedback counts. */
    const shownFindings = [];
    fixesBySpot.clear();
    spotEntries = [];
    for (const finding of findings) {
      if (turnedOff.has(finding.rule)) continue;
      const key = findingKey(finding, draft);
      if (dismissed.has(key)) {
        dismissedCount += 1;
        continue;
      }
      shownFindings.push({ rule: finding.rule, key });
      // One entry per guideline and severity; each finding with words adds a spot to it.
      const id = `${finding.rule}\u0000${finding.severity}`;
      let item = items.get(id);
      if (!item) {
        const keys = new Set();
        keysByItem.set(id, keys);
        item = {
          id,
          name: guidelineName(finding.rule),
          finding,
          spots: [],
          dismiss: () => {
            for (const dismissKey of keys) dismissed.add(dismissKey);
            feedback.dismissed(finding.rule);
            render();
          },
          turnOff: canTurnOff(finding.rule) ? () => setGuideline(finding.rule, false) : null,
        };
        items.set(id, item);
      }
      keysByItem.get(id).add(key);
      if (finding.start != null && finding.end > finding.start) {
        const spotKey = `${finding.start}:${finding.end}`;
        if (item.spots.some((spot) => `${spot.start}:${spot.end}` === spotKey)) continue;
        const fix = browserEdits ? quickFixOf(finding, draft) : null;
        if (fix) fixesBySpot.set(spotKey, fix);
        item.spots.push({
          start: finding.start,
          end: finding.end,
          words: draft.slice(finding.start, finding.end),
          suggestion: fix ? fix.replacement : null,
          applyFix: fix ? () => applyFix(spotKey, finding.rule) : null,
        });
        spotEntries.push({ start: finding.start, end: finding.end, id });
        marks.push({ rule: finding.rule, severity: finding.severity, start: finding.start, end: finding.end });
      }
    }
    for (const item of items.values()) item.spots.sort((a, b) => a.start - b.start);
    // The highlights measure the page before the panel changes it: the page is still laid out as
    // it was painted, so measuring costs no layout of its own.
    highlights.draw(marks);
    panel.showFindings([...items.values()], dismissedCount);
    feedback.shown(shownFindings);
  }

  /**
   * Applies the current quick fix of a spot; when the flagged words are no longer in the box as
   * checked, nothing changes and the draft is checked again.
   * @param {string} spotKey
   * @param {string} rule the guideline whose fix it is (for the feedback counts)
   */
  function applyFix(spotKey, rule) {
    const fix = fixesBySpot.get(spotKey);
    if (!fix || !applyQuickFix(box, fix)) scheduleCheck();
    else feedback.applied(rule);
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
      const askedAt = performance.now();
      const nextFindings = await backend.check(nextDraft, story, new Date().toISOString());
      const engineMs = performance.now() - askedAt;
      draft = nextDraft;
      findings = Array.isArray(nextFindings) ? nextFindings : [];
      render();
      recordCheckTime(panel, performance.now() - startedAt, engineMs);
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
  // A check pending when a composition starts would read the draft mid-composition: it waits for
  // the composition to end instead.
  const onCompositionStart = () => {
    composing = true;
    clearTimeout(timer);
    timer = 0;
  };
  const onCompositionEnd = () => {
    composing = false;
    scheduleCheck();
  };
  // A click or caret move into flagged words shows which panel entry they belong to.
  const onCaretMove = (event) => {
    if (spotEntries.length === 0 || (event.type === 'keyup' && !CARET_KEYS.test(event.key))) return;
    const caret = caretOffsetIn(box);
    const spot = caret == null ? null : spotEntries.find(({ start, end }) => caret >= start && caret <= end);
    panel.markCurrent(spot?.id ?? null);
  };
  box.addEventListener('input', onContentChange, { passive: true });
  box.addEventListener('compositionstart', onCompositionStart, { passive: true });
  box.addEventListener('compositionend', onCompositionEnd, { passive: true });
  box.addEventListener('click', onCaretMove, { passive: true });
  box.addEventListener('keyup', onCaretMove, { passive: true });
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
    showStory(next) {
      story = next;
      panel.showStory(story);
      scheduleCheck();
    },
    focusNextFinding: () => panel.focusNextFinding(),
    owns: (node) => node != null && (box.contains(node) || panel.host.contains(node)),
    countPosted: feedback.posted,
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      contentObserver?.disconnect();
      box.removeEventListener('input', onContentChange);
      box.removeEventListener('compositionstart', onCompositionStart);
      box.removeEventListener('compositionend', onCompositionEnd);
      box.removeEventListener('click', onCaretMove);
      box.removeEventListener('keyup', onCaretMove);
      highlights.remove();
      panel.remove();
      feedback.stop();
    },
  };
}
