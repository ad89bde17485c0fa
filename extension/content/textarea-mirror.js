// A hidden copy of a textarea's text laid out exactly like the textarea, so the rectangles of
// any span of its value can be measured with Range.getClientRects().

/** Computed properties that decide where the textarea's text wraps and lands. */
const COPIED_PROPERTIES = [
  'box-sizing', 'direction', 'font-family', 'font-size', 'font-style', 'font-variant',
  'font-weight', 'font-stretch', 'font-kerning', 'font-feature-settings', 'line-height',
  'letter-spacing', 'word-spacing', 'text-align', 'text-indent', 'text-transform',
  'text-rendering', 'tab-size', 'white-space', 'word-break', 'overflow-wrap', 'hyphens',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
];

/**
 * @typedef {object} TextareaMirror
 * @property {(text: string) => void} setText takes the textarea's value (call with the draft read)
 * @property {(spans: {start: number, end: number}[], zoom?: number) => Range[][]} rangesFor for each
 *   span, the ranges over [start, end) of the text, laid out (and scrolled) where the textarea
 *   shows it; `zoom` is the textarea's scale relative to the container's (CSS zoom, transforms)
 */

/**
 * Creates the mirror inside `container`, whose top-left corner must sit on the textarea's
 * border-box corner (the highlight overlay's host).
 * @param {HTMLTextAreaElement} textarea
 * @param {Element|ShadowRoot} container
 * @returns {TextareaMirror}
 */
export function createTextareaMirror(textarea, container) {
  const mirror = document.createElement('div');
  mirror.setAttribute('aria-hidden', 'true');
  const text = document.createTextNode('');
  mirror.append(text);
  container.append(mirror);
  /** The draft as last read: it goes into the mirror only when spans are measured. */
  let draft = '';
  /** The textarea's layout as last copied: copying it again unchanged would only make more work. */
  let copiedLayout = '';

  const layOut = (zoom) => {
    // Everything is read before anything is written, so the page is laid out once for the reads.
    const computed = getComputedStyle(textarea);
    const values = COPIED_PROPERTIES.map((property) => computed.getPropertyValue(property));
    const borderX = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
    const scrollbarWidth = Math.max(0, textarea.offsetWidth - textarea.clientWidth - borderX);
    const layout = JSON.stringify([values, scrollbarWidth, textarea.offsetWidth, textarea.offsetHeight, zoom]);
    const { scrollTop, scrollLeft } = textarea;
    if (layout !== copiedLayout) copyLayout(computed, values, scrollbarWidth, zoom);
    copiedLayout = layout;
    // A final newline only shows as a line in a textarea; the trailing space keeps it in the mirror.
    if (text.data !== `${draft} `) text.data = `${draft} `;
    mirror.scrollTop = scrollTop;
    mirror.scrollLeft = scrollLeft;
  };

  /** Gives the mirror the textarea's box and text layout. */
  const copyLayout = (computed, values, scrollbarWidth, zoom) => {
    COPIED_PROPERTIES.forEach((property, index) => mirror.style.setProperty(property, values[index]));
    Object.assign(mirror.style, {
      position: 'absolute',
      top: '0',
      left: '0',
      visibility: 'hidden',
      overflow: 'hidden',
      boxSizing: 'border-box',
      borderStyle: 'solid',
      borderColor: 'transparent',
      whiteSpace: computed.whiteSpace === 'pre' ? 'pre' : 'pre-wrap',
      width: `${textarea.offsetWidth}px`,
      height: `${textarea.offsetHeight}px`,
      paddingRight: `${parseFloat(computed.paddingRight) + scrollbarWidth}px`,
      zoom: String(zoom),
    });
  };

  return {
    setText(value) {
      draft = value;
    },
    rangesFor(spans, zoom = 1) {
      layOut(zoom);
      const limit = text.length - 1;
      return spans.map(({ start, end }) => {
        const from = Math.min(start, limit);
        const to = Math.min(end, limit);
        if (from >= to) return [];
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, to);
        return [range];
      });
    },
  };
}
