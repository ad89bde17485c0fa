/**
 * A UI string from _locales, with its placeholders filled in.
 * @param {string} key message name in messages.json
 * @param {...(string|number)} substitutions values for $1, $2, …
 * @returns {string} the message, or the key itself when the locale lacks it
 */
export function t(key, ...substitutions) {
  return chrome.i18n.getMessage(key, substitutions.map(String)) || key;
}

/**
 * Has the browser hand this document the extension's messages now: the first message a document
 * asks for waits for them. Called while the engine compiles, so the panel's first messages do not.
 */
export function preloadMessages() {
  chrome.i18n.getMessage('panelTitle');
}
