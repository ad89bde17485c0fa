// The draft text of a contenteditable editor and the way back from draft offsets to the DOM.
//
// The draft is built the way story pages are read: blocks (paragraphs, list items, …) are
// separated by "\n\n", a <br> inside a block is "\n", a <br> that ends a block (Froala's
// "<p><br></p>") adds nothing, and a no-break space counts as a space. Text nodes are copied
// character for character, so every draft offset inside a text node maps back exactly.

import { BLOCK_ELEMENTS } from '../shared/engine-facts.js';

/** The block elements, as the engine reads story pages, by `nodeName`. */
const BLOCK_TAGS = new Set(BLOCK_ELEMENTS.map((name) => name.toUpperCase()));
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const PARAGRAPH_BREAK = '\n\n';
const LINE_BREAK = '\n';

/**
 * @typedef {object} TextSegment a text node's place in the draft
 * @property {Text} node
 * @property {number} start draft offset (UTF-16) of the node's first character
 * @property {number} end draft offset just after its last character
 */

/**
 * @typedef {object} EditableText
 * @property {string} text the draft
 * @property {TextSegment[]} segments text nodes in document order
 */

/**
 * True for a <br> with no content after it inside its block: it does not start a new line.
 * @param {Element} br
 * @param {Element} root the editable element (a block boundary too)
 * @returns {boolean}
 */
function endsItsBlock(br, root) {
  for (let node = br; node !== root && !BLOCK_TAGS.has(node.nodeName); node = node.parentNode) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === Node.ELEMENT_NODE || (next.nodeType === Node.TEXT_NODE && next.data !== '')) {
        return false;
      }
    }
  }
  return true;
}

/** Whitespace that HTML collapses away (not a no-break space). */
const COLLAPSIBLE_WHITESPACE = /^[ \t\r\n]*$/;

/**
 * Reads the draft out of a contenteditable element.
 * @param {Element} root the editable element
 * @returns {EditableText}
 */
export function readEditableText(root) {
  const parts = [];
  const segments = [];
  let length = 0;
  let pendingBlockBreak = false;

  const append = (text) => {
    if (pendingBlockBreak && length > 0) {
      parts.push(PARAGRAPH_BREAK);
      length += PARAGRAPH_BREAK.length;
    }
    pendingBlockBreak = false;
    parts.push(text);
    length += text.length;
  };

  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        // Source formatting between or at the start of blocks is not rendered: leave it out.
        if ((pendingBlockBreak || length === 0) && COLLAPSIBLE_WHITESPACE.test(child.data)) continue;
        append(child.data.replace(/[\u00a0\t\r\n]/g, ' '));
        segments.push({ node: child, start: length - child.data.length, end: length });
      } else if (child.nodeType === Node.ELEMENT_NODE && !SKIPPED_TAGS.has(child.nodeName)) {
        if (child.nodeName === 'BR') {
          if (!endsItsBlock(child, root)) append(LINE_BREAK);
          continue;
        }
        const isBlock = BLOCK_TAGS.has(child.nodeName);
        if (isBlock) pendingBlockBreak = true;
        walk(child);
        if (isBlock) pendingBlockBreak = true;
      }
    }
  };

  walk(root);
  return { text: parts.join(''), segments };
}

/**
 * DOM ranges covering draft offsets [start, end), one per text node touched (so their client
 * rects are the text's boxes only, never whole elements').
 * @param {TextSegment[]} segments from readEditableText
 * @param {number} start UTF-16 draft offset
 * @param {number} end UTF-16 draft offset (exclusive)
 * @returns {Range[]} empty when the text is no longer in the document
 */
export function editableRanges(segments, start, end) {
  const ranges = [];
  for (const segment of segments) {
    if (segment.end <= start) continue;
    if (segment.start >= end) break;
    const { node } = segment;
    if (!node.isConnected) continue;
    const from = Math.max(start, segment.start) - segment.start;
    const to = Math.min(end, segment.end) - segment.start;
    if (to > node.length || from >= to) continue;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    ranges.push(range);
  }
  return ranges;
}

/**
 * The draft offset of a DOM position in the editor: exact inside a text node the draft was read
 * from; otherwise the offset where the next text starts (the end of the draft when none follows).
 * @param {TextSegment[]} segments from readEditableText
 * @param {Node} node
 * @param {number} offset
 * @returns {number}
 */
export function draftOffsetAt(segments, node, offset) {
  const point = document.createRange();
  point.setStart(node, offset);
  for (const segment of segments) {
    if (segment.node === node) return segment.start + Math.min(offset, segment.end - segment.start);
    if (point.comparePoint(segment.node, 0) > 0) return segment.start;
  }
  return segments.at(-1)?.end ?? 0;
}

/**
 * The DOM position of a draft offset: inside the text node that holds it, or at the start of the
 * next text when the offset falls between blocks (at the end of the last text when past it).
 * @param {TextSegment[]} segments from readEditableText
 * @param {number} offset UTF-16 draft offset
 * @returns {{node: Text, offset: number}|null} null when the editor has no text
 */
export function editablePoint(segments, offset) {
  const segment = segments.find((s) => offset <= s.end) ?? segments.at(-1);
  if (!segment) return null;
  return { node: segment.node, offset: Math.max(0, Math.min(offset, segment.end) - segment.start) };
}
