// The settings of this page, through the shared layering (shared/settings.js: defaults < the
// person's own < the organisation's build < managed policy). Storage does not hold the start: a
// layer that answers only after the page is parsed (managed policy, for seconds after the browser
// starts; the person's own settings, for a moment) is taken up when it answers.
import { canTurnOffGuideline, loadSettingsEarly } from '../shared/settings.js';
import { SettingsMessage } from '../shared/messages.js';
import { ownSettingsHeldForTest, policyHeldForTest } from './startup-marks.js';

/** @type {import('../shared/settings.js').Settings|null} */
let pageSettings = null;

/**
 * Notes the settings in force on this page.
 * @param {import('../shared/settings.js').Settings} settings
 * @returns {string|null} their config JSON (null for the defaults)
 */
function takeSettings(settings) {
  if (settings.userProblem && settings.userProblem !== pageSettings?.userProblem) {
    console.warn('Reply Guide ignored your own settings:', settings.userProblem);
  }
  pageSettings = settings;
  return settings.configJson;
}

/**
 * The config JSON in force once `ready` has settled (null for the defaults), from the layers that
 * had answered by then, and, when some had not, the config JSON once every layer has (`later`,
 * which resolves to the same text when the late layers change nothing). Never rejects.
 * @param {Promise<unknown>} ready when the config is needed (the page parsed)
 * @returns {Promise<{configJson: string|null, later: Promise<string|null>|null}>}
 */
export async function loadStoredConfig(ready) {
  const { now, later } = await loadSettingsEarly(ready, { policyHeld: policyHeldForTest(), ownHeld: ownSettingsHeldForTest() });
  return { configJson: takeSettings(now), later: later && later.then(takeSettings) };
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
