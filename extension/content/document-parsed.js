// The content script starts while the page is still being parsed (document_start), so that the
// engine compiles and the settings are read meanwhile; the page itself is read once it is parsed.

/**
 * Resolves once the document is parsed (DOMContentLoaded, or at once when that has passed).
 * @returns {Promise<void>}
 */
export function documentParsed() {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
}
