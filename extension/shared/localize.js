// Text of the extension's own pages (options, popup) from _locales.
import { t } from './i18n.js';

/**
 * Sets the text of every `[data-i18n]` element under `root` to its message.
 * @param {ParentNode} [root]
 */
export function localizePage(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
}

/**
 * The organisation in force, for people: "Healthwatch Exampleshire (set by your organisation's IT
 * policy)", or "none set".
 * @param {import('./settings.js').Settings['organisation']} organisation
 * @returns {string}
 */
export function organisationText({ name, source }) {
  if (!name) return t('popupNoOrganisation');
  const from = { policy: 'sourcePolicy', build: 'sourceBuild', own: 'sourceOwn' }[source];
  return t('organisationSource', name, t(from));
}
