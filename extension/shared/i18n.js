/**
 * A UI string from _locales, with its placeholders filled in.
 * @param {string} key message name in messages.json
 * @param {...(string|number)} substitutions values for $1, $2, …
 * @returns {string} the message, or the key itself when the locale lacks it
 */
export function t(key, ...substitutions) {
  return chrome.i18n.getMessage(key, substitutions.map(String)) || key;
}
