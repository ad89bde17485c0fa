// Finding reply boxes. Which elements are Care Opinion's reply boxes is site knowledge and lives in
// the engine (reply_box_selectors); this module only adds a generic last resort and the checks
// that make an element usable: visible, editable, and not a rich editor's hidden source field.
import { HIGHLIGHTS_TAG, PANEL_TAG } from './shadow-host.js';

/** Tried after the engine's selectors: a visible textarea or contenteditable inside a form. */
const GENERIC_REPLY_BOX_SELECTORS = ['form textarea', 'form [contenteditable="true"]', 'form [contenteditable=""]'];
/** Outer containers of rich editors (Froala v2–v4, Froala v1): the panel goes after these. */
const EDITOR_CONTAINER_SELECTOR = '.fr-box, .froala-box';
/** How often at most the page is searched again after it changes. */
const RESCAN_DELAY_MS = 200;
const OWN_TAGS = new Set([PANEL_TAG.toUpperCase(), HIGHLIGHTS_TAG.toUpperCase()]);

/**
 * True when a person can type in `element` now.
 * @param {Element} element
 * @returns {boolean}
 */
function isUsableReplyBox(element) {
  if (!element.isConnected || !element.checkVisibility({ visibilityProperty: true })) return false;
  if (element.tagName === 'TEXTAREA') return !element.disabled && !element.readOnly;
  // An editable element nested in another is part of that editor, not a box of its own.
  return element.isContentEditable && !element.parentElement?.isContentEditable;
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
 * The reply boxes on the page now: the usable matches of the first selector that has any.
 * @param {string[]} selectors the engine's selectors, most specific first
 * @returns {HTMLElement[]}
 */
export function findReplyBoxes(selectors) {
  for (const selector of [...selectors, ...GENERIC_REPLY_BOX_SELECTORS]) {
    const boxes = matching(selector).filter(isUsableReplyBox);
    if (boxes.length > 0) return boxes;
  }
  return [];
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
    attributeFilter: ['class', 'style', 'hidden', 'contenteditable', 'disabled', 'readonly'],
  });
  return observer;
}
