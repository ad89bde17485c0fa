// Highlights painted by the browser itself (the CSS Custom Highlight API): the flagged words of a
// contenteditable editor are registered as ranges and styled with ::highlight(), so nothing is
// positioned and nothing is added to the editor. Every box on the page shares three highlights
// (warning, hint, emphasised); each box adds and removes only its own ranges.

import { highlightApiHiddenForTest } from './startup-marks.js';

const NAMES = { warning: 'replyguide-warning', hint: 'replyguide-hint', active: 'replyguide-active' };

const DOCUMENT_CSS = `
  ::highlight(${NAMES.warning}) { background-color: rgb(217 119 6 / 0.2); text-decoration: underline 2px solid #b45309; }
  ::highlight(${NAMES.hint}) { background-color: rgb(13 148 136 / 0.14); text-decoration: underline 2px dotted #0f766e; }
  ::highlight(${NAMES.active}) { background-color: rgb(250 204 21 / 0.55); }
  @media (forced-colors: active) {
    ::highlight(${NAMES.warning}), ::highlight(${NAMES.hint}) { background-color: Mark; color: MarkText; }
    ::highlight(${NAMES.active}) { background-color: Highlight; color: HighlightText; }
  }
`;

/** The shared highlights, registered on first use. @type {Record<string, Highlight>|null} */
let shared = null;

/**
 * True where the browser paints registered highlights (Chrome 105+, Firefox 140+).
 * @returns {boolean}
 */
export function hasHighlightApi() {
  if (highlightApiHiddenForTest()) return false;
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/**
 * Registers the shared highlights and their style sheet (adopted, so a page CSP that forbids
 * inline styles does not matter), once per page.
 * @returns {Record<string, Highlight>}
 */
function sharedHighlights() {
  if (shared) return shared;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(DOCUMENT_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const made = {
    warning: new Highlight(),
    hint: new Highlight(),
    active: new Highlight(),
  };
  made.active.priority = 1;
  for (const [kind, highlight] of Object.entries(made)) CSS.highlights.set(NAMES[kind], highlight);
  shared = made;
  return shared;
}

/**
 * @typedef {object} RangePainter
 * @property {(marks: {severity: string}[], ranges: Range[][]) => void} paint shows each mark's ranges
 * @property {(ranges: Range[]) => void} emphasise shows these ranges emphasised (none: no emphasis)
 * @property {() => void} clear takes this box's ranges away
 */

/**
 * A painter for one box.
 * @returns {RangePainter}
 */
export function createRangePainter() {
  const highlights = sharedHighlights();
  /** @type {{highlight: Highlight, range: Range}[]} */
  let painted = [];
  /** @type {Range[]} */
  let emphasised = [];

  const clearEmphasis = () => {
    for (const range of emphasised) highlights.active.delete(range);
    emphasised = [];
  };
  const clear = () => {
    for (const { highlight, range } of painted) highlight.delete(range);
    painted = [];
    clearEmphasis();
  };

  return {
    paint(marks, ranges) {
      clear();
      marks.forEach((mark, index) => {
        const highlight = mark.severity === 'warning' ? highlights.warning : highlights.hint;
        for (const range of ranges[index]) {
          highlight.add(range);
          painted.push({ highlight, range });
        }
      });
    },
    emphasise(ranges) {
      clearEmphasis();
      for (const range of ranges) highlights.active.add(range);
      emphasised = ranges;
    },
    clear,
  };
}
