// The <replyguide-panel> shown after a reply box: what the page said about the story (as host
// attributes), a summary, then one entry per guideline that has findings — warnings first, hints
// folded under their count. Each entry quotes the words it means (one button per place in the
// draft), linked both ways with the highlights. Page text only ever goes in through textContent.
import { openHistoryPage } from './history.js';
import { providerResponseCount } from '../shared/page-status.js';
import { t } from '../shared/i18n.js';
import { PANEL_CSS } from './panel-style.js';
import { PANEL_TAG, createShadowHost } from './shadow-host.js';
import { onlyTrusted } from './trusted-action.js';

/** Quotes longer than this many characters are shortened in the middle of a word boundary. */
const QUOTE_LIMIT = 48;

/**
 * @typedef {object} PanelSpot one place in the draft a guideline's findings point at
 * @property {number} start UTF-16 offset into the draft
 * @property {number} end
 * @property {string} words the flagged words
 * @property {string|null} suggestion what Apply would put in their place
 * @property {(() => void)|null} applyFix puts the suggestion in place, or null when there is none
 */

/**
 * @typedef {object} PanelItem the entry of one guideline (one rule at one severity)
 * @property {string} id identifies the entry from one check to the next
 * @property {string} name the guideline's name for people
 * @property {object} finding its first ReportedFinding (message, why, guideline, related)
 * @property {PanelSpot[]} spots the places it points at, in draft order (none: the whole draft)
 * @property {() => void} dismiss dismisses every finding of the entry for this draft
 * @property {(() => void)|null} turnOff turns its guideline off everywhere, or null when not allowed
 */

/**
 * @typedef {object} PanelEvents what the panel asks of its annotator
 * @property {(spots: PanelSpot[], reveal: boolean) => void} onEmphasise emphasise these marks
 *   (none: no mark), scrolling the first into view when `reveal`
 * @property {(spot: PanelSpot) => void} onSelectSpot selects those words in the reply box
 * @property {() => void} onReturnToEditor puts the focus back in the reply box
 */

/**
 * @typedef {object} Panel
 * @property {HTMLElement} host the <replyguide-panel> element
 * @property {(story: object|null) => void} showStory records what was read off the page
 * @property {(text: string|null) => void} showNotice a note above the findings (e.g. settings ignored)
 * @property {(message: string) => void} showError error state, with a readable message
 * @property {(items: PanelItem[], dismissedCount: number) => void} showFindings ready state, with these entries
 * @property {(text: string, undo: (() => void)|null) => void} showTurnedOff announces a guideline
 *   turned off (or back on), with Undo when given
 * @property {() => boolean} focusNextFinding moves the focus to the next entry; false when none
 * @property {(rule: string) => void} focusFindingOf moves the focus to the entry of `rule`, if shown
 * @property {(id: string|null) => void} markCurrent shows (and announces) which entry the caret's
 *   words belong to
 * @property {(milliseconds: number, engineMilliseconds: number) => void} recordCheckTime keystroke
 *   pause → rendered, and the engine's part of it (asked → answered), for benchmarks and tests
 * @property {() => void} remove
 */

/**
 * @param {string} tag
 * @param {string} className
 * @param {string} [text] set with textContent
 * @returns {HTMLElement}
 */
function element(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

/**
 * @param {string} className
 * @param {string} text
 * @param {() => void} onClick
 * @returns {HTMLButtonElement}
 */
function button(className, text, onClick) {
  const node = /** @type {HTMLButtonElement} */ (element('button', className, text));
  node.type = 'button';
  node.addEventListener('click', onlyTrusted(onClick));
  return node;
}

/**
 * Flagged words as the panel quotes them: whitespace collapsed, long passages shortened.
 * @param {string} words
 * @returns {string}
 */
function quoteOf(words) {
  const plain = words.replace(/\s+/g, ' ').trim();
  if (plain.length <= QUOTE_LIMIT) return `“${plain}”`;
  const cut = plain.slice(0, QUOTE_LIMIT);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), QUOTE_LIMIT / 2)).trimEnd();
  return `“${atWord}…”`;
}

/**
 * @param {number} warnings entries shown as warnings
 * @param {number} hints entries shown as hints
 * @param {number} dismissedCount findings dismissed for this draft
 * @returns {string}
 */
function summaryText(warnings, hints, dismissedCount) {
  const count = warnings + hints;
  let summary;
  if (count === 0) summary = t('summaryNone');
  else if (count === 1) summary = t('summaryOne');
  else summary = t('summaryMany', count);
  return dismissedCount > 0 ? `${summary} ${t('summaryDismissed', dismissedCount)}` : summary;
}

/**
 * The address of a story to link to, or null when it is not a web address.
 * @param {unknown} url
 * @returns {URL|null}
 */
function storyLink(url) {
  try {
    const link = new URL(String(url));
    return link.protocol === 'https:' || link.protocol === 'http:' ? link : null;
  } catch {
    return null;
  }
}

/**
 * Where a `repeated-response` finding's earlier reply is: "Earlier reply: <story link> · 2 January
 * 2025 · 87% similar". The link opens the story in a new tab when the person follows it; nothing is
 * fetched.
 * @param {{story_url?: string|null, posted?: string|null, similarity: number}} related
 * @returns {HTMLParagraphElement}
 */
function relatedReply(related) {
  const note = element('p', 'rg-related', t('relatedEarlierReply'));
  const parts = [];
  const link = storyLink(related.story_url);
  if (link) {
    const anchor = element('a', '', `${link.host}${link.pathname.replace(/\/$/, '')}`);
    anchor.href = link.href;
    anchor.target = '_blank';
    anchor.rel = 'noopener noreferrer';
    parts.push(anchor);
  } else if (related.story_url) {
    parts.push(String(related.story_url));
  }
  const posted = related.posted ? new Date(related.posted) : null;
  if (posted && !Number.isNaN(posted.getTime())) {
    parts.push(posted.toLocaleDateString(t('dateLocale'), { day: 'numeric', month: 'long', year: 'numeric' }));
  }
  const percent = Math.floor(related.similarity * 100);
  parts.push(element('span', 'rg-related-similarity', t('relatedSimilarity', percent)));
  parts.forEach((part, i) => note.append(i === 0 ? ' ' : ' · ', part));
  note.dataset.similarity = String(percent);
  return note;
}

/**
 * What an entry's frame (message, related reply, "Why?" and its controls) is drawn from: while it
 * stays the same, an earlier check's entry is kept and only its quoted places are drawn again.
 */
function frameSignature(item) {
  return JSON.stringify([item.finding.message, item.turnOff != null, item.finding.related ?? null,
    item.spots.length > 0, item.spots.some((spot) => spot.applyFix != null)]);
}

/** What an entry's quoted places (and its Dismiss button's label) are drawn from. */
function spotsSignature(item) {
  return JSON.stringify(item.spots.map((spot) => [spot.words, spot.suggestion, spot.applyFix != null]));
}

/**
 * Sets an element's text, unless it is that already: the same text set again would still replace
 * its text node, and the browser lay the panel out again at the next check.
 * @param {HTMLElement} node
 * @param {string} text
 */
function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * Makes `shown` the children of `list`, unless they are already, in that order: entries taken out
 * and put back would be styled and laid out again.
 * @param {HTMLElement} list
 * @param {HTMLElement[]} shown
 */
function showEntries(list, shown) {
  const children = list.children;
  if (children.length === shown.length && shown.every((entry, i) => children[i] === entry)) return;
  list.replaceChildren(...shown);
}

/** For a panel with no findings to link (one that only shows an error). */
const NO_EVENTS = { onEmphasise() {}, onSelectSpot() {}, onReturnToEditor() {} };

/**
 * Inserts a panel (in the loading state) right after `anchor`.
 * @param {Element} anchor the reply box, or its editor's outer container
 * @param {PanelEvents} [events]
 * @returns {Panel}
 */
export function createPanel(anchor, events = NO_EVENTS) {
  const { host, root } = createShadowHost(PANEL_TAG, PANEL_CSS);
  host.dataset.state = 'loading';
  host.dataset.storyPosted = '';
  host.dataset.responseCount = '0';
  host.dataset.providerResponseCount = '0';

  const panel = element('section', 'rg-panel');
  panel.setAttribute('aria-labelledby', 'rg-title');
  const header = element('div', 'rg-header');
  const title = element('h2', 'rg-title', t('panelTitle'));
  title.id = 'rg-title';
  const summary = element('span', 'rg-summary');
  summary.tabIndex = -1;
  header.append(title, summary);
  const status = element('p', 'rg-status', t('panelLoading'));
  const notice = element('p', 'rg-notice');
  notice.hidden = true;
  // Present (empty) from the start, so what is put in it is announced.
  const turnedOff = element('div', 'rg-turned-off');
  turnedOff.setAttribute('role', 'status');
  const warningList = element('ul', 'rg-findings');
  warningList.setAttribute('aria-label', t('severityWarningPlural'));
  const hints = element('details', 'rg-hints');
  const hintsSummary = element('summary', '');
  const hintList = element('ul', 'rg-findings');
  hintList.setAttribute('aria-label', t('severityHintPlural'));
  hints.append(hintsSummary, hintList);
  hints.hidden = true;
  const live = element('div', 'rg-visually-hidden');
  live.setAttribute('aria-live', 'polite');
  const quoteHint = element('span', 'rg-visually-hidden', t('findingQuoteHint'));
  quoteHint.id = 'rg-quote-hint';
  const footer = element('p', 'rg-footer');
  footer.append(button('rg-history', t('historyOpen'), openHistoryPage));
  panel.append(header, status, notice, turnedOff, warningList, hints, footer, live, quoteHint);
  root.append(panel);
  anchor.after(host);

  /** Entries by item id, reused across checks so an open "why" stays open while the person types. */
  let entries = new Map();
  /** The items as of the last check: handlers of a reused entry look theirs up here. */
  let items = new Map();
  /** What each entry's frame and places were drawn from, to tell what must be drawn again. */
  let signatures = new Map();
  /** Entries built so far, for ids unique within the panel. */
  let entriesBuilt = 0;
  /** The entry whose words the caret is in, or null. */
  let currentId = null;

  const announce = (text) => setText(live, text);
  /** The entries in the order they are shown (warnings, then hints). */
  const shownEntries = () => [...warningList.children, ...hintList.children];

  /** Focuses an entry's first control (its first quote, else its "Why?"). */
  const focusEntry = (entry) => {
    if (entry.parentElement === hintList) hints.open = true;
    (entry.querySelector('.rg-quote, summary') ?? entry).focus();
  };

  /** After an entry goes: the focus moves to the one now in its place, else the summary. */
  const focusInPlaceOf = (position) => {
    const shown = shownEntries();
    const next = shown[Math.min(position, shown.length - 1)];
    if (next) focusEntry(next);
    else summary.focus();
  };

  const emphasiseFrom = (target, reveal) => {
    const entry = target instanceof Element ? target.closest('.rg-finding') : null;
    const item = entry ? items.get(entry.dataset.itemId) : null;
    if (!item) {
      events.onEmphasise([], false);
      return;
    }
    const spot = target.closest('.rg-spot');
    const shown = spot ? [item.spots[Number(spot.dataset.index)]] : item.spots;
    events.onEmphasise(shown.filter(Boolean), reveal);
  };
  // Focus from the keyboard scrolls the marks into view; focus from a pointer press does not, or
  // the page would move under the pointer between the press and the click ("Turn off", Apply).
  panel.addEventListener('focusin', (event) => {
    const target = event.target;
    emphasiseFrom(target, target instanceof Element && target.matches(':focus-visible'));
  });
  panel.addEventListener('focusout', (event) => {
    if (!panel.contains(/** @type {Node} */ (event.relatedTarget))) events.onEmphasise([], false);
  });
  panel.addEventListener('mouseover', (event) => {
    if (!panel.contains(root.activeElement)) emphasiseFrom(event.target, false);
  });
  panel.addEventListener('mouseleave', () => {
    if (!panel.contains(root.activeElement)) events.onEmphasise([], false);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !(event.target instanceof Element) || !event.target.closest('.rg-finding')) return;
    event.preventDefault();
    events.onReturnToEditor();
  });

  /**
   * Draws an entry's quoted places (one button per place, Apply where a fix exists) and labels its
   * Dismiss button with them; the handlers find the item's current places when they run.
   * @param {HTMLLIElement} entry an entry built by findingEntry for an item of the same id
   * @param {PanelItem} item
   */
  const drawSpots = (entry, item) => {
    const current = () => items.get(item.id);
    const quoted = item.spots.map((spot) => quoteOf(spot.words));
    entry.querySelector('.rg-dismiss').setAttribute('aria-label', t('findingDismissLabel', quoted.length > 0 ? quoted.join(', ') : item.name));
    const spots = entry.querySelector('.rg-spots');
    if (!spots) return;
    const messageId = entry.querySelector('.rg-message').id;
    spots.setAttribute('aria-label', t('findingSpots'));
    spots.replaceChildren(...item.spots.map((spot, index) => {
      const place = element('li', 'rg-spot');
      place.dataset.index = String(index);
      const quote = button('rg-quote', quoted[index], () => {
        const shown = current()?.spots[index];
        if (shown) events.onSelectSpot(shown);
      });
      quote.setAttribute('aria-describedby', `rg-quote-hint ${messageId}`);
      place.append(quote);
      if (spot.applyFix) {
        const apply = button('rg-apply', t('findingApplyFix', spot.suggestion), () => current()?.spots[index]?.applyFix?.());
        apply.setAttribute('aria-label', t('findingApplyFixLabel', spot.suggestion, spot.words));
        // Pressing it with the mouse leaves the focus (and so the caret) in the reply box.
        apply.addEventListener('mousedown', (event) => event.preventDefault());
        place.append(apply);
      }
      return place;
    }));
  };

  /**
   * Builds the entry of one item; its handlers find the item by id when they run.
   * @param {PanelItem} item
   * @returns {HTMLLIElement}
   */
  const findingEntry = (item) => {
    const { id, finding } = item;
    const current = () => items.get(id);
    const warning = finding.severity === 'warning';
    const entry = /** @type {HTMLLIElement} */ (element('li', `rg-finding rg-finding--${warning ? 'warning' : 'hint'}`));
    entry.dataset.itemId = id;
    const line = element('p', 'rg-line');
    const message = element('span', 'rg-message', finding.message);
    entriesBuilt += 1;
    message.id = `rg-message-${entriesBuilt}`;
    message.dataset.rule = finding.rule;
    message.dataset.severity = finding.severity;
    line.append(element('span', 'rg-severity', t(warning ? 'severityWarning' : 'severityHint')), message);

    const dismiss = button('rg-dismiss', t('findingDismiss'), () => {
      const position = shownEntries().indexOf(entry);
      current()?.dismiss();
      focusInPlaceOf(position);
    });
    entry.append(line, dismiss);
    if (item.spots.length > 0) entry.append(element('ul', 'rg-spots'));
    drawSpots(entry, item);
    if (finding.related) entry.append(relatedReply(finding.related));

    const why = element('details', 'rg-why');
    why.append(element('summary', '', t('findingWhy')));
    if (finding.guideline) {
      const quote = element('blockquote', 'rg-guideline', finding.guideline);
      quote.setAttribute('aria-label', t('findingGuideline'));
      why.append(quote);
    }
    if (finding.why) why.append(element('p', 'rg-reason', finding.why));
    if (finding.suggestion && !item.spots.some((spot) => spot.applyFix)) {
      why.append(element('p', 'rg-suggestion', t('findingSuggestion', finding.suggestion)));
    }
    if (item.turnOff) {
      // Inside "Why?", away from "Dismiss for this draft", and worded so the two are not confused.
      why.append(button('rg-turn-off', t('findingTurnOff'), () => {
        const position = shownEntries().indexOf(entry);
        current()?.turnOff?.();
        focusInPlaceOf(position);
      }));
    }
    entry.append(why);
    return entry;
  };

  return {
    host,
    showStory(story) {
      const responses = Array.isArray(story?.responses) ? story.responses : [];
      host.dataset.storyPosted = story?.posted ?? '';
      const unknown = Boolean(story?.responses_unknown);
      host.dataset.responseCount = unknown ? 'unknown' : String(responses.length);
      host.dataset.providerResponseCount = unknown ? 'unknown' : String(providerResponseCount(responses));
    },
    showNotice(text) {
      notice.textContent = text ?? '';
      notice.hidden = !text;
    },
    showError(message) {
      host.dataset.state = 'error';
      status.textContent = message;
      status.hidden = false;
      summary.textContent = '';
      warningList.replaceChildren();
      hintList.replaceChildren();
      hints.hidden = true;
      entries = new Map();
      items = new Map();
    },
    showFindings(newItems, dismissedCount) {
      const nextEntries = new Map();
      const nextSignatures = new Map();
      items = new Map(newItems.map((item) => [item.id, item]));
      for (const item of newItems) {
        const drawn = { frame: frameSignature(item), spots: spotsSignature(item) };
        const existing = entries.get(item.id);
        const before = signatures.get(item.id);
        let entry = existing;
        if (!existing || before.frame !== drawn.frame) {
          entry = findingEntry(item);
          const wasOpen = existing?.querySelector('.rg-why')?.open;
          if (wasOpen) entry.querySelector('.rg-why').open = true;
        } else if (before.spots !== drawn.spots) {
          drawSpots(entry, item);
        }
        nextEntries.set(item.id, entry);
        nextSignatures.set(item.id, drawn);
      }
      const isWarning = (item) => item.finding.severity === 'warning';
      showEntries(warningList, newItems.filter(isWarning).map((item) => nextEntries.get(item.id)));
      const hintItems = newItems.filter((item) => !isWarning(item));
      showEntries(hintList, hintItems.map((item) => nextEntries.get(item.id)));
      setText(hintsSummary, hintItems.length === 1 ? t('hintsOne') : t('hintsMany', hintItems.length));
      hints.hidden = hintItems.length === 0;
      warningList.hidden = hintItems.length === newItems.length;
      entries = nextEntries;
      signatures = nextSignatures;
      setText(summary, summaryText(newItems.length - hintItems.length, hintItems.length, dismissedCount));
      setText(status, '');
      status.hidden = true;
      host.dataset.state = 'ready';
      announce(summary.textContent);
    },
    showTurnedOff(text, undo) {
      const parts = [element('span', '', text)];
      if (undo) parts.push(button('rg-undo', t('guidelineUndo'), undo));
      turnedOff.replaceChildren(...parts);
    },
    focusNextFinding() {
      const shown = shownEntries();
      if (shown.length === 0) {
        summary.focus();
        return false;
      }
      const at = shown.findIndex((entry) => entry.contains(root.activeElement));
      focusEntry(shown[(at + 1) % shown.length]);
      return true;
    },
    focusFindingOf(rule) {
      const entry = shownEntries().find((shown) => items.get(shown.dataset.itemId)?.finding.rule === rule);
      if (entry) focusEntry(entry);
    },
    markCurrent(id) {
      // A screen-reader user moving through the draft hears which guideline these words meet.
      if (id !== currentId && items.has(id)) announce(t('findingAtCaret', items.get(id).finding.message));
      currentId = id;
      for (const entry of shownEntries()) {
        const isCurrent = entry.dataset.itemId === id;
        entry.classList.toggle('rg-finding--current', isCurrent);
        if (isCurrent && entry.parentElement === hintList) hints.open = true;
      }
    },
    recordCheckTime(milliseconds, engineMilliseconds) {
      host.dataset.lastEngineMs = engineMilliseconds.toFixed(1);
      host.dataset.lastCheckMs = milliseconds.toFixed(1);
    },
    remove() {
      host.remove();
    },
  };
}
