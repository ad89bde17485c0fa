// The highlight overlay: a <replyguide-highlights> host laid over a reply box (never inside it),
// with one .rg-mark per rectangle of each flagged span. It ignores the pointer, so the box
// underneath keeps every click, selection and caret move.
import { createDraftSource } from './draft-source.js';
import { HIGHLIGHTS_TAG, createShadowHost } from './shadow-host.js';

const CSS = `
  :host { all: initial; position: absolute; display: block; pointer-events: none; z-index: 2147483646; }
  .rg-clip { position: absolute; overflow: hidden; }
  .rg-clip[hidden] { display: none; }
  .rg-mark { position: absolute; box-sizing: border-box; border-radius: 2px; }
  .rg-mark[data-severity="warning"] { background: rgb(217 119 6 / 0.16); border-bottom: 2px solid #b45309; }
  .rg-mark[data-severity="hint"] { background: rgb(13 148 136 / 0.12); border-bottom: 2px dotted #0f766e; }
`;

/**
 * @typedef {object} Mark a span to highlight
 * @property {string} rule
 * @property {string} severity
 * @property {number} start UTF-16 offset into the draft
 * @property {number} end
 */

/**
 * @typedef {object} Highlights
 * @property {() => string} readDraft the box's current draft
 * @property {(marks: Mark[]) => void} draw shows these spans of the draft last read
 * @property {() => void} hideUntilNextDraw hides the marks (the text has changed under them)
 * @property {() => void} reposition follows the box after scrolling, resizing or layout changes
 * @property {() => void} remove takes the overlay and its listeners away
 */

/**
 * Creates the overlay for one reply box.
 * @param {HTMLElement} box a textarea or contenteditable element
 * @returns {Highlights}
 */
export function createHighlights(box) {
  const { host, root } = createShadowHost(HIGHLIGHTS_TAG, CSS);
  host.setAttribute('aria-hidden', 'true');
  const clip = document.createElement('div');
  clip.className = 'rg-clip';
  root.append(clip);
  document.documentElement.append(host);
  const source = createDraftSource(box, root);
  let marks = [];
  let frame = 0;

  const layOut = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    const boxRect = box.getBoundingClientRect();
    const visible = box.isConnected && boxRect.width > 0 && boxRect.height > 0;
    host.style.display = visible ? 'block' : 'none';
    if (!visible) return;
    Object.assign(host.style, {
      position: 'absolute',
      left: `${boxRect.left + window.scrollX}px`,
      top: `${boxRect.top + window.scrollY}px`,
      width: `${boxRect.width}px`,
      height: `${boxRect.height}px`,
    });
    // Marks are clipped to the box's inside (no border, no scrollbar), like its text.
    const clipLeft = box.clientLeft;
    const clipTop = box.clientTop;
    Object.assign(clip.style, {
      left: `${clipLeft}px`,
      top: `${clipTop}px`,
      width: `${box.clientWidth}px`,
      height: `${box.clientHeight}px`,
    });
    const originX = boxRect.left + clipLeft;
    const originY = boxRect.top + clipTop;
    const fragment = document.createDocumentFragment();
    source.rangesFor(marks).forEach((ranges, index) => {
      const { rule, severity, start, end } = marks[index];
      for (const range of ranges) {
        for (const rect of range.getClientRects()) {
          if (rect.width < 1 || rect.height < 1) continue;
          const mark = document.createElement('div');
          mark.className = 'rg-mark';
          Object.assign(mark.dataset, { rule, severity, start: String(start), end: String(end) });
          Object.assign(mark.style, {
            left: `${rect.left - originX}px`,
            top: `${rect.top - originY}px`,
            width: `${rect.width}px`,
            height: `${rect.height}px`,
          });
          fragment.append(mark);
        }
      }
    });
    clip.replaceChildren(fragment);
  };

  const scheduleLayOut = () => {
    frame ||= requestAnimationFrame(layOut);
  };
  const resizeObserver = new ResizeObserver(scheduleLayOut);
  resizeObserver.observe(box);
  resizeObserver.observe(document.documentElement);
  window.addEventListener('scroll', scheduleLayOut, { capture: true, passive: true });
  window.addEventListener('resize', scheduleLayOut, { passive: true });

  return {
    readDraft: source.read,
    draw(newMarks) {
      marks = newMarks;
      clip.hidden = false;
      layOut();
    },
    hideUntilNextDraw() {
      clip.hidden = true;
    },
    reposition: scheduleLayOut,
    remove() {
      cancelAnimationFrame(frame);
      resizeObserver.disconnect();
      window.removeEventListener('scroll', scheduleLayOut, { capture: true });
      window.removeEventListener('resize', scheduleLayOut);
      host.remove();
    },
  };
}
