// Finding reply boxes. Which elements are Care Opinion's reply boxes is site knowledge and lives in
// the engine (reply_box_selectors); this module adds the last resort for layouts they do not know
// (any element a person types in, inside a reply form or region) and the checks that make an
// element usable: visible, editable, and not a rich editor's hidden source field.
import { HIGHLIGHTS_TAG, PANEL_TAG } from './shadow-host.js';

/** Elements a person can type a reply in, looked at when the engine's selectors find none. */
const EDITABLE_SELECTOR = 'textarea, [contenteditable], [role="textbox"]';
/** Words of a reply form or region (its label, heading or form action): English and Welsh. */
const REPLY_WORDS = /respon[ds]|reply|ymateb|ateb/i;
/** Words of fields that are not the reply box even inside a reply region. */
const OTHER_FIELD_WORDS = /search|note|chwilio|nodyn/i;
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"]';
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
 * The text that names `element` for a reader: its aria-label, the elements it is labelled by, its
 * <label>s and placeholder.
 * @param {Element} element
 * @returns {string}
 */
function labelText(element) {
  const parts = [element.getAttribute('aria-label') ?? '', element.getAttribute('placeholder') ?? ''];
  for (const id of (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    parts.push(document.getElementById(id)?.textContent ?? '');
  }
  for (const label of element.labels ?? []) parts.push(label.textContent ?? '');
  return parts.join(' ');
}

/**
 * The last heading before `element` in the page: what a reader sees above it.
 * @param {Element} element
 * @returns {string}
 */
function headingAbove(element) {
  let above = '';
  for (const heading of document.querySelectorAll(HEADING_SELECTOR)) {
    if (heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) above = heading.textContent ?? '';
    else break;
  }
  return above;
}

/**
 * True when a field's label names another field (a search or notes box) and not the reply.
 * @param {string} label the field's labelText
 * @returns {boolean}
 */
function namesOtherField(label) {
  return OTHER_FIELD_WORDS.test(label) && !REPLY_WORDS.test(label);
}

/**
 * True when `element` is where a reply is written: its label speaks of responding, or (unless its
 * label names another field, a search or notes box) its form's action or the heading above it does.
 * @param {Element} element
 * @returns {boolean}
 */
function isInReplyRegion(element) {
  const label = labelText(element);
  if (REPLY_WORDS.test(label)) return true;
  if (namesOtherField(label)) return false;
  const form = element.closest('form');
  if (form && REPLY_WORDS.test(form.getAttribute('action') ?? '')) return true;
  return REPLY_WORDS.test(headingAbove(element));
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
 * Every element a person can type a reply in now, inside a reply form or region.
 * @returns {HTMLElement[]}
 */
function findEditableReplyBoxes() {
  return matching(EDITABLE_SELECTOR)
    .filter((element) => isUsableReplyBox(element) && isInReplyRegion(element) && !isHelperField(element));
}

/**
 * The reply boxes on the page now: the usable matches of the first of the engine's selectors that
 * has any, else every visible editable element in a reply form or region. A match whose label
 * names another field (a team's notes box inside the reply form) is not a reply box.
 * @param {string[]} selectors the engine's selectors, most specific first
 * @returns {HTMLElement[]}
 */
export function findReplyBoxes(selectors) {
  for (const selector of selectors) {
    const boxes = matching(selector)
      .filter((element) => isUsableReplyBox(element) && !namesOtherField(labelText(element)));
    if (boxes.length > 0) return boxes;
  }
  return findEditableReplyBoxes();
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
