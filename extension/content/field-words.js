// What a page shows a reader about a form field: the words that name it (its label, or the text
// just before it), and whether they, its form or the heading above it speak of responding to the
// story or name another kind of field (a note to the team, a search box, a report reason). The
// wording is data, one list per meaning, in the languages Care Opinion is published in (English,
// Welsh, Irish); class names never decide.

import { BLOCK_ELEMENTS } from '../shared/engine-facts.js';

/** Words of responding to a story: a reply form's heading, label, button or address. */
const REPLY_WORDS = /respon[ds]|repl(y|ies)|answer|ymateb|ateb|freagr|freagair/i;
/**
 * Words naming fields that are not the public reply: notes to the team or the editors, report and
 * flag reasons, site feedback, search, sharing and email, captchas, tags, translations.
 */
const OTHER_FIELD_WORDS = new RegExp([
  String.raw`\bnotes?\b`, 'nodyn', 'nóta', 'private', 'preifat', 'príobháideach', 'internal', 'mewnol',
  'moderat', 'report', 'flag', 'feedback', 'adborth', 'aiseolas', 'search', 'chwilio', 'cuardach',
  'cuardaigh', 'share', 'rhannu', 'friend', 'ffrind', String.raw`e-?mail`, 'captcha',
  String.raw`\btags?\b`, 'translat', 'cyfieith', 'aistri',
].join('|'), 'i');
/**
 * Words that keep a field out even where it also speaks of responding: it is not published, not
 * needed, or said not to be the response ("Translation of your response (optional)", "Note to
 * moderators about your response", "(not a response to the story)").
 */
const NOT_THE_REPLY_WORDS = new RegExp([
  String.raw`\b(not|nid|ní)\s+(\S+\s+){0,2}(respon|repl|ymateb|freagr)`,
  'private', 'preifat', 'príobháideach', 'internal', 'mewnol', String.raw`not (published|public)`,
  'optional', 'dewisol', 'roghnach', 'captcha', 'translat', 'cyfieith', 'aistri', 'search',
  'chwilio', 'cuardach', String.raw`\bnotes? (to|for)\b`,
].join('|'), 'i');

/** Labels longer than this are paragraphs of advice, not the name of a field. */
const LABEL_LIMIT = 120;
const CONTROL_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON']);
/** The elements whose text is a paragraph of its own: the engine's list, shared with the reader. */
const BLOCK_TAGS = new Set(BLOCK_ELEMENTS.map((name) => name.toUpperCase()));
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, legend, [role="heading"], caption';
/** Elements that are a heading to a reader when a block holds nothing else: `<p><b>Tell a friend</b></p>`. */
const BOLD_SELECTOR = 'b, strong';
const HEADING_OR_BOLD_SELECTOR = `${HEADING_SELECTOR}, ${BOLD_SELECTOR}`;
const SUBMIT_SELECTOR = 'button:not([type]), button[type="submit"], input[type="submit"]';

/**
 * Whitespace collapsed and trimmed.
 * @param {string|null|undefined} text
 * @returns {string}
 */
function squeezed(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * True for `text` that speaks of responding to the story.
 * @param {string} text
 * @returns {boolean}
 */
function speaksOfResponding(text) {
  return REPLY_WORDS.test(text);
}

/**
 * The short text a reader sees just before `field` on its own line or in the cell before it:
 * "Message:<br><textarea>", `<td>Your response:</td><td><textarea>`, or a short element right
 * before it (or before the wrapper it is the only content of).
 * @param {Element} field
 * @returns {string}
 */
function textJustBefore(field) {
  const inline = [];
  for (let node = field.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === Node.ELEMENT_NODE && (BLOCK_TAGS.has(node.nodeName) || CONTROL_TAGS.has(node.nodeName))) break;
    if (node.nodeType === Node.ELEMENT_NODE && node.querySelector('input, textarea, select, [contenteditable]')) break;
    inline.unshift(node.textContent ?? '');
  }
  const onItsLine = squeezed(inline.join(' '));
  if (onItsLine) return onItsLine.length <= LABEL_LIMIT ? onItsLine : '';
  for (let node = field, depth = 0; node && depth < 3 && node.nodeName !== 'FORM'; node = node.parentElement, depth += 1) {
    const before = node.previousElementSibling;
    if (before) {
      if (before.querySelector('input, textarea, select, [contenteditable], [role="textbox"]')) return '';
      const text = squeezed(before.textContent);
      return text.length <= LABEL_LIMIT ? text : '';
    }
  }
  return '';
}

/**
 * The words that name `field` for a reader: its aria-label, the elements it is labelled by, its
 * <label>s and title, else the text just before it, else its placeholder.
 * @param {Element} field
 * @returns {string}
 */
function fieldName(field) {
  const parts = [field.getAttribute('aria-label'), field.getAttribute('title')];
  for (const id of (field.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    parts.push(document.getElementById(id)?.textContent);
  }
  for (const label of field.labels ?? []) parts.push(label.textContent);
  const named = squeezed(parts.join(' '));
  if (named) return named;
  return textJustBefore(field) || squeezed(field.getAttribute('placeholder'));
}

/**
 * The words of a field's id and name attributes (`tell_friend[message]`, `InternalNote`): hints a
 * page author left, read only when nothing a reader sees names the field as the reply.
 * @param {Element} field
 * @returns {string}
 */
function attributeWords(field) {
  return [field.id, field.getAttribute('name')]
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
}

/**
 * True when what names `field` (or, when nothing it shows speaks of responding, its id and name)
 * says it is another kind of field: a note, a search, a report reason, a translation.
 * @param {Element} field
 * @returns {boolean}
 */
export function namesOtherField(field) {
  const name = fieldName(field);
  if (NOT_THE_REPLY_WORDS.test(name)) return true;
  if (speaksOfResponding(name)) return false;
  return OTHER_FIELD_WORDS.test(name) || OTHER_FIELD_WORDS.test(attributeWords(field));
}

/**
 * True for an element a reader takes for a heading: a heading element, a legend or caption, or a
 * block whose only text is bold (`<p><b>Tell a friend</b></p>`).
 * @param {Element} element
 * @returns {boolean}
 */
function isHeadingLike(element) {
  if (element.matches(HEADING_SELECTOR)) return true;
  const block = element.parentElement;
  return element.matches(BOLD_SELECTOR) && block !== null && BLOCK_TAGS.has(block.nodeName)
    && [...block.childNodes].every((node) => node === element || (node.nodeType === Node.TEXT_NODE && !node.data.trim()));
}

/**
 * The text of the last heading a reader sees before `field`: the nearest heading-like element
 * before it in page order, not one it is inside. Found by walking back from the field, so a scan
 * looks at the few elements between the field and its heading, not at every heading and bold
 * word of a page with hundreds of replies.
 * @param {Element} field
 * @returns {string}
 */
function headingAbove(field) {
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = field;
  // Walking back reaches each element the field is inside after the ones before it there.
  let enclosing = field.parentElement;
  for (let element = walker.previousNode(); element; element = walker.previousNode()) {
    if (element === enclosing) {
      enclosing = element.parentElement;
    } else if (element.matches(HEADING_OR_BOLD_SELECTOR) && isHeadingLike(element)) {
      return element.textContent ?? '';
    }
  }
  return '';
}

/**
 * True when `form` submits a response: its address, its name or its submit buttons speak of
 * responding.
 * @param {HTMLFormElement} form
 * @returns {boolean}
 */
function submitsResponse(form) {
  const buttons = [...form.querySelectorAll(SUBMIT_SELECTOR)]
    .map((button) => `${button.textContent ?? ''} ${button.getAttribute('value') ?? ''}`);
  return speaksOfResponding([form.getAttribute('action') ?? '', fieldName(form), ...buttons].join(' '));
}

/**
 * How strongly the page says `field` is where the reply is written: 4 when its own name speaks of
 * responding, 2 when the form it is in submits a response, 1 when the heading above it speaks of
 * responding, summed; 0 when nothing does.
 * @param {Element} field
 * @returns {number}
 */
export function replyEvidence(field) {
  const form = field.closest('form');
  return (speaksOfResponding(fieldName(field)) ? 4 : 0)
    + (form && submitsResponse(form) ? 2 : 0)
    + (speaksOfResponding(headingAbove(field)) ? 1 : 0);
}
