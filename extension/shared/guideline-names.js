// The name a person sees for a guideline: the built-in rules are named in _locales
// ("guideline_takes_sides"); an organisation's own rule goes by its id, written as words.

/**
 * An identifier written as words: `wait_days` → "Wait days", `takes-sides` → "Takes sides".
 * @param {string} id
 * @returns {string}
 */
export function asWords(id) {
  const words = id.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * @param {string} ruleId e.g. `takes-sides`, or a custom rule's id
 * @returns {string} e.g. "Don’t take sides"
 */
export function guidelineName(ruleId) {
  const key = `guideline_${ruleId.replace(/[^A-Za-z0-9]/g, '_')}`;
  const named = chrome.i18n.getMessage(key);
  return named || asWords(ruleId);
}
