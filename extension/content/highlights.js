// The highlights of one reply box. A contenteditable editor in a browser with the CSS Custom
// Highlight API gets its flagged words painted by the browser (highlight-ranges.js): nothing to
// position. Otherwise (a textarea, whose text has no ranges; an older browser) a
// <replyguide-highlights> overlay is laid over the box (never inside it) with one .rg-mark per
// rectangle of each flagged span; it ignores the pointer, so the box keeps every click, selection
// and caret move. Either way the host says which (data-paint) and lists the marks (data-marks).
import { createDraftSource } from './draft-source.js';
import { createRangePainter, hasHighlightApi } from './highlight-ranges.js';
import { HIGHLIGHTS_TAG, createShadowHost } from './shadow-host.js';

const CSS = `
  :host { all: initial; position: absolute; display: block; pointer-events: none; z-index: 2147483646; }
  .rg-clip { position: absolute; overflow: hidden; }
  .rg-clip[hidden] { display: none; }
  .rg-mark { position: absolute; box-sizing: border-box; border-radius: 2px; }
  .rg-mark[data-severity="warning"] { background: rgb(217 119 6 / 0.16); border-bottom: 2px solid #b45309; }
  .rg-mark[data-severity="hint"] { background: rgb(13 148 136 / 0.12); border-bottom: 2px dotted #0f766e; }
  .rg-mark.rg-mark--active { background: rgb(250 204 21 / 0.45); outline: 2px solid #b45309; }
  @media (forced-colors: active) {
    .rg-mark[data-severity] { forced-color-adjust: none; background: none; border-bottom: 2px solid CanvasText; }
    .rg-mark[data-severity="hint"] { border-bottom-style: dotted; }
    .rg-mark[data-severity].rg-mark--active { outline: 2px solid Highlight; }
  }
`;

/** Where the overlay's own coordinates are measured from: a square this many CSS pixels wide. */
const PROBE_SIZE = 1000;

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
 * @property {(spans: {start: number, end: number}[], reveal: boolean) => void} emphasise shows these
 *   spans emphasised (none: no emphasis), scrolling the first into view when `reveal`
 * @property {() => void} hideUntilNextDraw hides the marks (the text has changed under them)
 * @property {() => void} reposition follows the box after scrolling, resizing or layout changes
 * @property {() => void} remove takes the highlights and their listeners away
 */

/**
 * True when `box` or one of its ancestors (across shadow roots) is position: fixed, so the box
 * stays put when the page scrolls.
 * @param {Element} box
 * @returns {boolean}
 */
function isInFixedLayer(box) {
  for (let node = box; node; node = node.parentElement ?? node.getRootNode()?.host) {
    if (getComputedStyle(node).position === 'fixed') return true;
  }
  return false;
}

/**
 * The smallest rectangle around some ranges' client rects, or null when they have none.
 * @param {Range[]} ranges
 * @returns {{left: number, top: number, right: number, bottom: number}|null}
 */
function boundsOf(ranges) {
  const rects = ranges.flatMap((range) => [...range.getClientRects()]).filter((r) => r.width > 0 || r.height > 0);
  if (rects.length === 0) return null;
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

/**
 * Scrolls the box (when it scrolls itself) and then the page so `bounds` is in sight, moving as
 * little as possible.
 * @param {HTMLElement} box
 * @param {() => ({left: number, top: number, right: number, bottom: number}|null)} measure the
 *   words' viewport rectangle now
 */
function scrollIntoSight(box, measure) {
  const margin = 8;
  let bounds = measure();
  if (!bounds) return;
  if (box.scrollHeight > box.clientHeight) {
    const boxRect = box.getBoundingClientRect();
    const scale = box.offsetHeight > 0 ? boxRect.height / box.offsetHeight : 1;
    const innerTop = boxRect.top + box.clientTop * scale;
    const innerBottom = innerTop + box.clientHeight * scale;
    if (bounds.top < innerTop) box.scrollTop -= (innerTop - bounds.top + margin) / scale;
    else if (bounds.bottom > innerBottom) box.scrollTop += (bounds.bottom - innerBottom + margin) / scale;
    bounds = measure();
    if (!bounds) return;
  }
  if (bounds.top < margin) window.scrollBy({ top: bounds.top - margin * 4, behavior: 'instant' });
  else if (bounds.bottom > innerHeight - margin) window.scrollBy({ top: bounds.bottom - innerHeight + margin * 4, behavior: 'instant' });
}

/**
 * Creates the highlights of one reply box.
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
  const painter = box.tagName !== 'TEXTAREA' && hasHighlightApi() ? createRangePainter() : null;
  host.dataset.paint = painter ? 'highlight-api' : 'overlay';
  /** @type {Mark[]} */
  let marks = [];
  /** @type {{start: number, end: number}[]} */
  let emphasised = [];
  let frame = 0;
  /** The box's scale relative to the overlay's, as last measured (a textarea's mirror needs it). */
  let relativeZoom = 1;

  /** Lists the marks shown on the host, with how many ranges each has where the browser paints them. */
  const recordMarks = (shown, ranges = []) => {
    host.dataset.marks = JSON.stringify(shown.map(({ rule, severity, start, end }, index) => (
      { rule, severity, start, end, ranges: ranges[index]?.length ?? 0 })));
  };
  const isEmphasised = ({ start, end }) => emphasised.some((span) => span.start === start && span.end === end);

  /** Where the host was last placed (CSS pixels of the overlay's space), null before it was. */
  let placed = null;

  /**
   * The overlay's scale and where its (0, 0) is in the viewport (page zoom, CSS zoom, transforms).
   * Read off the host where it was last placed, so that nothing is written before the marks are
   * measured (a write then a read would make the browser lay the page out once more); the first
   * time, and when the host moved to another kind of positioning, off a probe square.
   * @param {string} position the host's position ('fixed' or 'absolute') for this layout
   */
  const measureOverlaySpace = (position) => {
    let at = placed?.position === position ? placed : null;
    let rect = at ? host.getBoundingClientRect() : null;
    if (!rect?.width || !rect?.height) {
      at = { left: 0, top: 0, width: PROBE_SIZE, height: PROBE_SIZE };
      Object.assign(host.style, { position, left: '0px', top: '0px', width: `${PROBE_SIZE}px`, height: `${PROBE_SIZE}px` });
      rect = host.getBoundingClientRect();
    }
    const scaleX = rect.width / at.width || 1;
    const scaleY = rect.height / at.height || 1;
    return { originX: rect.left - at.left * scaleX, originY: rect.top - at.top * scaleY, scaleX, scaleY };
  };

  // Every measurement is taken before anything is written, and the marks' rectangles after all is
  // written, so a draw lays the page out at most twice (once when it started clean).
  const layOutOverlay = () => {
    // Nothing to place: measuring would only make the browser lay the page out before its time.
    if (marks.length === 0) {
      clip.replaceChildren();
      return;
    }
    const boxRect = box.getBoundingClientRect();
    const visible = box.isConnected && boxRect.width > 0 && boxRect.height > 0;
    host.style.display = visible ? 'block' : 'none';
    if (!visible) return;
    const position = isInFixedLayer(box) ? 'fixed' : 'absolute';
    const { originX, originY, scaleX, scaleY } = measureOverlaySpace(position);
    // The box's own scale (CSS zoom on it or its ancestors, transforms): its CSS pixels on screen.
    const boxScaleX = box.offsetWidth > 0 ? boxRect.width / box.offsetWidth : 1;
    const boxScaleY = box.offsetHeight > 0 ? boxRect.height / box.offsetHeight : 1;
    const inside = { left: box.clientLeft, top: box.clientTop, width: box.clientWidth, height: box.clientHeight };
    relativeZoom = boxScaleX / scaleX;
    const markRanges = source.rangesFor(marks, relativeZoom);
    placed = {
      position,
      left: (boxRect.left - originX) / scaleX,
      top: (boxRect.top - originY) / scaleY,
      width: boxRect.width / scaleX,
      height: boxRect.height / scaleY,
    };
    Object.assign(host.style, {
      position,
      left: `${placed.left}px`,
      top: `${placed.top}px`,
      width: `${placed.width}px`,
      height: `${placed.height}px`,
    });
    // Marks are clipped to the box's inside (no border, no scrollbar), like its text.
    const innerLeft = boxRect.left + inside.left * boxScaleX;
    const innerTop = boxRect.top + inside.top * boxScaleY;
    Object.assign(clip.style, {
      left: `${(inside.left * boxScaleX) / scaleX}px`,
      top: `${(inside.top * boxScaleY) / scaleY}px`,
      width: `${(inside.width * boxScaleX) / scaleX}px`,
      height: `${(inside.height * boxScaleY) / scaleY}px`,
    });
    const fragment = document.createDocumentFragment();
    markRanges.forEach((ranges, index) => {
      const { rule, severity, start, end } = marks[index];
      const active = isEmphasised(marks[index]);
      for (const range of ranges) {
        for (const rect of range.getClientRects()) {
          if (rect.width < 1 || rect.height < 1) continue;
          const mark = document.createElement('div');
          mark.className = active ? 'rg-mark rg-mark--active' : 'rg-mark';
          Object.assign(mark.dataset, { rule, severity, start: String(start), end: String(end) });
          Object.assign(mark.style, {
            left: `${(rect.left - innerLeft) / scaleX}px`,
            top: `${(rect.top - innerTop) / scaleY}px`,
            width: `${rect.width / scaleX}px`,
            height: `${rect.height / scaleY}px`,
          });
          fragment.append(mark);
        }
      }
    });
    clip.replaceChildren(fragment);
  };

  const layOut = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    if (painter) {
      painter.emphasise(source.rangesFor(emphasised).flat());
      return;
    }
    layOutOverlay();
  };

  const scheduleLayOut = () => {
    frame ||= requestAnimationFrame(layOut);
  };
  // The browser keeps registered ranges on their words; the overlay must follow the box.
  const resizeObserver = painter ? null : new ResizeObserver(scheduleLayOut);
  resizeObserver?.observe(box);
  resizeObserver?.observe(document.documentElement);
  if (!painter) {
    window.addEventListener('scroll', scheduleLayOut, { capture: true, passive: true });
    window.addEventListener('resize', scheduleLayOut, { passive: true });
    document.fonts?.addEventListener('loadingdone', scheduleLayOut);
  }

  return {
    readDraft: source.read,
    draw(newMarks) {
      marks = newMarks;
      emphasised = emphasised.filter((span) => marks.some((mark) => mark.start === span.start && mark.end === span.end));
      if (painter) {
        const ranges = source.rangesFor(marks);
        recordMarks(marks, ranges);
        painter.paint(marks, ranges);
        painter.emphasise(source.rangesFor(emphasised).flat());
        return;
      }
      recordMarks(marks);
      layOut();
      clip.hidden = false;
    },
    emphasise(spans, reveal) {
      emphasised = spans.map(({ start, end }) => ({ start, end }));
      layOut();
      if (reveal && spans.length > 0) {
        scrollIntoSight(box, () => boundsOf(source.rangesFor([spans[0]], relativeZoom)[0]));
      }
    },
    hideUntilNextDraw() {
      recordMarks([]);
      if (painter) painter.clear();
      else clip.hidden = true;
    },
    reposition: scheduleLayOut,
    remove() {
      cancelAnimationFrame(frame);
      resizeObserver?.disconnect();
      window.removeEventListener('scroll', scheduleLayOut, { capture: true });
      window.removeEventListener('resize', scheduleLayOut);
      document.fonts?.removeEventListener('loadingdone', scheduleLayOut);
      painter?.clear();
      host.remove();
    },
  };
}
