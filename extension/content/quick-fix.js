// Quick fixes: the only time Reply Guide writes to the reply box, and only when the person clicks
// "Apply". The flagged words are selected and replaced with the browser's own editing command
// (insertText), so the edit is one entry in the editor's undo history (one Ctrl+Z restores the text
// exactly) and the page's editor sees an ordinary input event. The caret goes back where it was.
// It also selects flagged words for the panel, and reads where the caret is.
import { draftOffsetAt, editablePoint, readEditableText } from './text-mapping.js';

/**
 * @typedef {object} QuickFix
 * @property {number} start UTF-16 offset of the flagged words in the draft that was checked
 * @property {number} end
 * @property {string} flagged the flagged words as they were checked
 * @property {string} replacement what the finding suggests instead
 */

/**
 * Where a draft offset ends up once [fix.start, fix.end) holds the replacement: before the span it
 * stays, after the span it moves by the change in length, inside it goes to the replacement's end.
 * @param {number} offset
 * @param {QuickFix} fix
 * @returns {number}
 */
function shiftedOffset(offset, { start, end, replacement }) {
  if (offset <= start) return offset;
  if (offset >= end) return offset + replacement.length - (end - start);
  return start + replacement.length;
}

/**
 * @param {HTMLTextAreaElement} box
 * @param {QuickFix} fix
 * @returns {boolean} whether the text was replaced
 */
function applyToTextarea(box, fix) {
  if (box.value.slice(fix.start, fix.end) !== fix.flagged) return false;
  const { selectionStart, selectionEnd, selectionDirection } = box;
  box.focus();
  box.setSelectionRange(fix.start, fix.end);
  const replaced = document.execCommand('insertText', false, fix.replacement);
  if (replaced) {
    box.setSelectionRange(shiftedOffset(selectionStart, fix), shiftedOffset(selectionEnd, fix), selectionDirection);
  } else {
    box.setSelectionRange(selectionStart, selectionEnd, selectionDirection);
  }
  return replaced;
}

/**
 * The current selection as draft offsets, when it lies in `box`.
 * @param {HTMLElement} box
 * @param {import('./text-mapping.js').TextSegment[]} segments
 * @returns {{anchor: number, focus: number}|null}
 */
function editableCaret(box, segments) {
  const selection = getSelection();
  if (!selection?.rangeCount || !box.contains(selection.anchorNode) || !box.contains(selection.focusNode)) return null;
  return {
    anchor: draftOffsetAt(segments, selection.anchorNode, selection.anchorOffset),
    focus: draftOffsetAt(segments, selection.focusNode, selection.focusOffset),
  };
}

/**
 * @param {HTMLElement} box a contenteditable element
 * @param {QuickFix} fix
 * @returns {boolean} whether the text was replaced
 */
function applyToEditable(box, fix) {
  const { text, segments } = readEditableText(box);
  if (text.slice(fix.start, fix.end) !== fix.flagged) return false;
  const from = editablePoint(segments, fix.start);
  const to = editablePoint(segments, fix.end);
  if (!from || !to) return false;
  // Without a caret in the editor, the caret ends up after the replacement.
  const caret = editableCaret(box, segments) ?? { anchor: fix.end, focus: fix.end };

  box.focus();
  const selection = getSelection();
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  if (!document.execCommand('insertText', false, fix.replacement)) return false;

  const after = readEditableText(box).segments;
  const anchor = editablePoint(after, shiftedOffset(caret.anchor, fix));
  const focus = editablePoint(after, shiftedOffset(caret.focus, fix));
  if (anchor && focus) selection.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
  return true;
}

/**
 * Replaces the flagged words with the suggestion, if they are still exactly what was checked.
 * @param {HTMLElement} box the reply box (a textarea or a contenteditable element)
 * @param {QuickFix} fix
 * @returns {boolean} false when nothing was changed (the draft changed since it was checked, or
 *   the browser refused the edit): the caller should check the draft again
 */
export function applyQuickFix(box, fix) {
  return box instanceof HTMLTextAreaElement ? applyToTextarea(box, fix) : applyToEditable(box, fix);
}

/**
 * Selects draft offsets [start, end) in the box and puts the focus there (the panel's quotes
 * lead to their words). Selecting changes nothing in the box.
 * @param {HTMLElement} box
 * @param {number} start
 * @param {number} end
 */
export function selectInBox(box, start, end) {
  box.focus();
  if (box instanceof HTMLTextAreaElement) {
    box.setSelectionRange(start, end);
    return;
  }
  const { segments } = readEditableText(box);
  const from = editablePoint(segments, start);
  const to = editablePoint(segments, end);
  if (from && to) getSelection().setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}

/**
 * Where the caret is in the box's draft, or null when the selection is elsewhere.
 * @param {HTMLElement} box
 * @returns {number|null}
 */
export function caretOffsetIn(box) {
  if (box instanceof HTMLTextAreaElement) return document.activeElement === box ? box.selectionEnd : null;
  return editableCaret(box, readEditableText(box).segments)?.focus ?? null;
}
