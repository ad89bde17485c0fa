// Finding the reply box: the one element a person types their public reply in. Which elements are
// Care Opinion's reply boxes is site knowledge and lives in the engine (reply_box_selectors); this
// module adds the last resort for layouts they do not know (any element a person types in that
// the page presents as the reply: field-words.js) and the checks that make an element usable:
// visible, editable, not a rich editor's hidden source field or paste buffer, not another field
// (a note, a search, a report reason). At most one box is chosen, so the page gets one panel.
import { namesOtherField, replyEvidence } from './field-words.js';
import { HIGHLIGHTS_TAG, PANEL_TAG } from './shadow-host.js';

/** Elements a person can type a reply in, looked at when the engine's selectors find none. */
const EDITABLE_SELECTOR = 'textarea, [contenteditable], [role="textbox"]';
/** Outer containers of rich editors (Froala v2–v4, Froala v1): the panel goes after these. */
const EDITOR_CONTAINER_SELECTOR = '.fr-box, .froala-box';
/** How often at most the page is searched again after it changes. */
const RESCAN_DELAY_MS = 200;
/**
 * Boxes no wider than this (CSS pixels) are helpers laid out of sight. (An empty editable block
 * may have no height until it holds a line, so only the width tells.)
 */
const HELPER_SIZE = 2;
const OWN_TAGS = new Set([PANEL_TAG.toUpperCase(), HIGHLIGHTS_TAG.toUpperCase()]);

/**
 * True for a `role="textbox"` element a script types into (not contenteditable): one the person
 * can focus and the page has not marked read-only or disabled.
 * @param {Element} element
 * @returns {boolean}
 */
function isScriptedTextbox(element) {
  return element.getAttribute('role') === 'textbox' && element.tagName !== 'INPUT'
    && /** @type {HTMLElement} */ (element).tabIndex >= 0
    && element.getAttribute('aria-readonly') !== 'true' && element.getAttribute('aria-disabled') !== 'true'
    && !element.querySelector('[contenteditable]:not([contenteditable="false"])');
}

/**
 * True when the element is laid out where a person can see it: not hidden, not shrunk to a
 * sliver, not placed off the page to the left or above (as a rich editor's paste buffer is).
 * @param {Element} element
 * @returns {boolean}
 */
function isInSight(element) {
  if (!element.checkVisibility({ visibilityProperty: true })) return false;
  const rect = element.getBoundingClientRect();
  return rect.width > HELPER_SIZE && rect.right + window.scrollX > 0 && rect.bottom + window.scrollY >= 0;
}

/**
 * True when a person can type in `element` now.
 * @param {Element} element
 * @returns {boolean}
 */
function isUsableReplyBox(element) {
  if (!element.isConnected || !isInSight(element)) return false;
  if (element.tagName === 'TEXTAREA') return !element.disabled && !element.readOnly;
  // An editable element nested in another is part of that editor, not a box of its own.
  if (element.parentElement?.isContentEditable) return false;
  return element.isContentEditable
    || (isScriptedTextbox(element) && !element.parentElement?.closest('[role="textbox"]'));
}

/**
 * True for an editable element a person does not write in: one taken out of the tab order
 * (`tabindex="-1"`), as a rich editor's paste buffer is.
 * @param {Element} element
 * @returns {boolean}
 */
function isHelperField(element) {
  return element.tagName !== 'TEXTAREA' && element.getAttribute('tabindex')?.trim() === '-1';
}

/**
 * Elements matching `selector`, or none when the selector is not valid CSS.
 * @param {string} selector
 * @returns {Element[]}
 */
function matching(selector) {
  try {
    return [...document.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/**
 * The one box among `boxes` the page most plainly presents as the reply (replyEvidence, at least
 * `leastEvidence`); on a tie the larger, then the first. None when no box qualifies.
 * @param {HTMLElement[]} boxes
 * @param {number} leastEvidence
 * @returns {HTMLElement[]}
 */
function best(boxes, leastEvidence) {
  if (boxes.length === 1 && leastEvidence === 0) return boxes;
  const ranked = boxes
    .map((box, order) => {
      const { width, height } = box.getBoundingClientRect();
      return { box, order, evidence: replyEvidence(box), area: width * height };
    })
    .filter(({ evidence }) => evidence >= leastEvidence);
  ranked.sort((a, b) => b.evidence - a.evidence || b.area - a.area || a.order - b.order);
  return ranked.slice(0, 1).map(({ box }) => box);
}

/**
 * The reply box on the page now, as a list of none or one: the best usable match of the first of
 * the engine's selectors that has any (site knowledge, or the organisation's own selectors), else
 * the best element a person can type in that the page presents as the reply. A field whose name
 * says it is another kind of field (a team's notes box inside the reply form) is never the reply
 * box.
 * @param {string[]} selectors the engine's selectors, most specific first
 * @returns {HTMLElement[]}
 */
export function findReplyBoxes(selectors) {
  const usable = (element) => isUsableReplyBox(element) && !isHelperField(element) && !namesOtherField(element);
  for (const selector of selectors) {
    const boxes = matching(selector).filter(usable);
    if (boxes.length > 0) return best(boxes, 0);
  }
  return best(matching(EDITABLE_SELECTOR).filter(usable), 1);
}

/**
 * Where the panel of `box` goes after: the rich editor's outer container, or the box itself.
 * @param {HTMLElement} box
 * @returns {Element}
 */
export function panelAnchor(box) {
  return box.closest(EDITOR_CONTAINER_SELECTOR) ?? box;
}

/**
 * True for mutations the extension caused itself or that happen inside a box being typed in:
 * neither can add or remove a reply box.
 * @param {MutationRecord} record
 * @param {(node: Node) => boolean} isInsideKnownBox
 * @returns {boolean}
 */
function isIrrelevant(record, isInsideKnownBox) {
  if (OWN_TAGS.has(record.target.nodeName) || isInsideKnownBox(record.target)) return true;
  if (record.type !== 'childList') return false;
  const changed = [...record.addedNodes, ...record.removedNodes];
  return changed.length > 0 && changed.every((node) => OWN_TAGS.has(node.nodeName));
}

/**
 * Calls `onChange` (at most every RESCAN_DELAY_MS) after the page changes in a way that may add,
 * reveal, replace or remove a reply box, e.g. an editor inserted after a "Respond" click.
 * @param {() => void} onChange
 * @param {(node: Node) => boolean} isInsideKnownBox true for nodes inside boxes already annotated
 * @returns {MutationObserver}
 */
export function watchForReplyBoxes(onChange, isInsideKnownBox) {
  let timer = 0;
  const observer = new MutationObserver((records) => {
    if (timer || records.every((record) => isIrrelevant(record, isInsideKnownBox))) return;
    timer = setTimeout(() => {
      timer = 0;
      onChange();
    }, RESCAN_DELAY_MS);
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'open', 'contenteditable', 'disabled', 'readonly', 'role', 'tabindex'],
  });
  return observer;
}
