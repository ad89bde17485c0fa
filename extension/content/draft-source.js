// Reads the draft out of a reply box and maps draft offsets back to where the text is drawn.
import { editableRanges, readEditableText } from './text-mapping.js';
import { createTextareaMirror } from './textarea-mirror.js';

/**
 * @typedef {object} DraftSource
 * @property {() => string} read the current draft (remembered for rangesFor)
 * @property {(spans: {start: number, end: number}[], zoom?: number) => Range[][]} rangesFor for each
 *   span of the last draft read, ranges whose client rects are where those characters are shown
 *   (`zoom`: the box's scale relative to the overlay's, for a textarea's mirror)
 */

/**
 * @param {HTMLElement} box a textarea, or a contenteditable or role="textbox" element (read from its text)
 * @param {ShadowRoot} overlayRoot the highlight overlay's root, which holds a textarea's mirror
 * @returns {DraftSource}
 */
export function createDraftSource(box, overlayRoot) {
  if (box.tagName === 'TEXTAREA') {
    const mirror = createTextareaMirror(box, overlayRoot);
    return {
      read() {
        const draft = box.value;
        mirror.setText(draft);
        return draft;
      },
      rangesFor: mirror.rangesFor,
    };
  }
  let segments = [];
  return {
    read() {
      const editable = readEditableText(box);
      segments = editable.segments;
      return editable.text;
    },
    rangesFor: (spans) => spans.map(({ start, end }) => editableRanges(segments, start, end)),
  };
}
