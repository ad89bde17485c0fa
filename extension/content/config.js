// The settings of this page, through the shared layering (shared/settings.js: defaults < the
// person's own < the organisation's build < managed policy). Managed policy does not hold the start:
// when it answers late, the page starts without it and takes it up when it answers.
import { canTurnOffGuideline, loadSettingsEarly } from '../shared/settings.js';
import { SettingsMessage } from '../shared/messages.js';
import { policyHeldForTest } from './startup-marks.js';

/** @type {import('../shared/settings.js').Settings|null} */
let pageSettings = null;

/**
 * The config JSON in force once the person's own settings are read and `ready` has settled (null
 * for the defaults), and, when managed policy had not answered by then, the config JSON once it
 * has (`withPolicy`, which resolves to the same text when the policy changes nothing). Never rejects.
 * @param {Promise<unknown>} ready what the start waits for anyway (the page being parsed)
 * @returns {Promise<{configJson: string|null, withPolicy: Promise<string|null>|null}>}
 */
export async function loadStoredConfig(ready) {
  const { now, withPolicy } = await loadSettingsEarly(ready, policyHeldForTest());
  pageSettings = now;
  if (pageSettings.userProblem) console.warn('Reply Guide ignored your own settings:', pageSettings.userProblem);
  return {
    configJson: now.configJson,
    withPolicy: withPolicy && withPolicy.then((settings) => {
      pageSettings = settings;
      return settings.configJson;
    }),
  };
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
