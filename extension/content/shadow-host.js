// Hosts for the extension's UI: an element with an open shadow root whose styles live inside it,
// so the page's CSS cannot reach in and ours cannot leak out.

/**
 * Creates `<tagName>` with an open shadow root styled by `css`. Constructed style sheets are used
 * because a page CSP may forbid inline <style> elements.
 * @param {string} tagName a custom-element style name, e.g. "replyguide-panel"
 * @param {string} css the shadow root's style sheet
 * @returns {{host: HTMLElement, root: ShadowRoot}}
 */
export function createShadowHost(tagName, css) {
  const host = document.createElement(tagName);
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  root.adoptedStyleSheets = [sheet];
  return { host, root };
}

/** Tag names of the hosts, so observers can ignore the extension's own elements. */
export const PANEL_TAG = 'replyguide-panel';
export const HIGHLIGHTS_TAG = 'replyguide-highlights';
