// The settings of this page: read once, through the shared layering (shared/settings.js: defaults <
// the person's own < the organisation's build < managed policy).
import { canTurnOffGuideline, loadSettings } from '../shared/settings.js';
import { SettingsMessage } from '../shared/messages.js';

/** @type {import('../shared/settings.js').Settings|null} */
let pageSettings = null;

/**
 * The config JSON in force, or null for the defaults. Never rejects.
 * @returns {Promise<string|null>}
 */
export async function loadStoredConfig() {
  pageSettings = await loadSettings();
  if (pageSettings.userProblem) console.warn('Reply Guide ignored your own settings:', pageSettings.userProblem);
  return pageSettings.configJson;
}

/**
 * Why the person's own stored settings were ignored (unreadable or not a settings object), or null.
 * @returns {string|null}
 */
export function ownSettingsProblem() {
  return pageSettings?.userProblem ?? null;
}

/**
 * True when a finding of `rule` may offer "Turn off this guideline" (policy allows it, the
 * organisation has not fixed the rule, and it is not one of the organisation's own rules).
 * @param {string} rule
 * @returns {boolean}
 */
export function canTurnOff(rule) {
  return pageSettings != null && canTurnOffGuideline(pageSettings, rule);
}

/**
 * Turns guideline `rule` off (or back on: the Undo of "Turn off") in the person's own settings. The
 * service worker makes the change, so that it and the options page, which share one lock on the
 * settings, never write over each other.
 * @param {string} rule
 * @param {boolean} enabled
 * @returns {Promise<void>} rejects with the reason when it could not be done
 */
export async function setGuidelineEnabled(rule, enabled) {
  const reply = await chrome.runtime.sendMessage({ kind: SettingsMessage.SET_GUIDELINE_ENABLED, rule, enabled });
  if (!reply?.ok) throw new Error(reply?.error ?? 'the extension did not answer');
}
