// The settings in force, from four layers, each over the one before:
//   1. the engine's built-in defaults (every field is optional);
//   2. the person's own settings (chrome.storage.local, key `config`; the options page writes it);
//   3. the organisation's build (`make dist CONFIG=org.json`: shared/baked-config.js);
//   4. managed policy (chrome.storage.managed: Chrome/Edge `3rdparty` policy, Firefox policies.json).
// Layers merge field by field: objects merge key by key, anything else (text, numbers, lists)
// is replaced whole. A field set by the organisation's build or by policy is locked: the person's
// value for it is ignored, and the options page shows it as "Set by your organisation".
// The content script, the options page and the popup all read settings through this module.
import { BAKED_CONFIG } from './baked-config.js';

/** chrome.storage.local key of the person's own settings (organisation config JSON). */
export const USER_CONFIG_KEY = 'config';

/** Settings only policy gives; they are not part of the engine's config. */
const POLICY_ONLY_DEFAULTS = Object.freeze({
  /** Whether a finding offers "Turn off this guideline" (else only "Dismiss for this draft"). */
  allow_turning_off_guidelines: true,
  /** The organisation's earlier replies: read by shared/history-store.js, not by the config. */
  history: [],
});

/**
 * @typedef {object} Settings
 * @property {object} config the config in force, as the engine takes it
 * @property {string|null} configJson the same as JSON, or null when nothing is set (defaults)
 * @property {object} user the person's own settings
 * @property {string|null} userProblem why the person's stored settings were ignored, or null
 * @property {object} organisationConfig what the organisation's build and policy set (they win over `user`)
 * @property {Set<string>} locked paths of the fields the organisation fixed (`rules.too-early.wait_days`)
 * @property {boolean} allowTurningOffGuidelines policy allows turning guidelines off from a finding
 * @property {{name: string|null, kind: string|null, source: 'policy'|'build'|'own'|null}} organisation
 */

/**
 * True for a plain JSON object (not an array, not null).
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Merges layers, later over earlier: objects key by key, anything else replaced whole.
 * @param {...object} layers
 * @returns {object} a new object; the layers are not changed
 */
export function mergeLayers(...layers) {
  const merged = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      merged[key] = isObject(value) && isObject(merged[key]) ? mergeLayers(merged[key], value) : structuredClone(value);
    }
  }
  return merged;
}

/**
 * The paths of every field a layer sets: objects are walked (an empty one sets nothing), anything
 * else is one field.
 * @param {object} layer
 * @param {string} [prefix]
 * @returns {string[]} e.g. `organisation.name`, `rules.too-early.enabled`, `links`
 */
export function fieldPaths(layer, prefix = '') {
  return Object.entries(layer ?? {}).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return isObject(value) ? fieldPaths(value, path) : [path];
  });
}

/**
 * True when the field at `path`, or an object containing it, is locked.
 * @param {Set<string>} locked
 * @param {string} path
 * @returns {boolean}
 */
export function isLocked(locked, path) {
  const parts = path.split('.');
  return parts.some((_, i) => locked.has(parts.slice(0, i + 1).join('.')));
}

/**
 * Splits a policy into the engine's config and the policy-only settings.
 * @param {object} policy everything chrome.storage.managed holds
 * @returns {{config: object, allowTurningOffGuidelines: boolean}}
 */
function splitPolicy(policy) {
  const config = { ...policy };
  for (const key of Object.keys(POLICY_ONLY_DEFAULTS)) delete config[key];
  const allow = policy.allow_turning_off_guidelines;
  return {
    config,
    allowTurningOffGuidelines: typeof allow === 'boolean' ? allow : POLICY_ONLY_DEFAULTS.allow_turning_off_guidelines,
  };
}

/**
 * The managed policy, or {} when there is none (Firefox throws when no policy names the add-on).
 * @returns {Promise<object>}
 */
async function readPolicy() {
  try {
    const policy = await chrome.storage.managed.get(null);
    return isObject(policy) ? policy : {};
  } catch {
    return {};
  }
}

/**
 * The person's own settings, parsed.
 * @returns {Promise<{user: object, userProblem: string|null}>}
 */
async function readUserConfig() {
  try {
    const { [USER_CONFIG_KEY]: stored } = await chrome.storage.local.get(USER_CONFIG_KEY);
    if (stored == null || stored === '') return { user: {}, userProblem: null };
    const user = typeof stored === 'string' ? JSON.parse(stored) : stored;
    if (!isObject(user)) return { user: {}, userProblem: 'your settings are not a JSON object' };
    return { user, userProblem: null };
  } catch (error) {
    return { user: {}, userProblem: `your settings could not be read (${error?.message ?? error})` };
  }
}

/**
 * Where the organisation's name in force comes from.
 * @param {object[]} layers [own, build, policy]
 * @returns {Settings['organisation']}
 */
function organisationInForce([own, build, policy]) {
  const config = mergeLayers(own, build, policy);
  const name = config.organisation?.name ?? null;
  const kind = config.organisation?.kind ?? null;
  let source = null;
  if (policy.organisation?.name != null) source = 'policy';
  else if (build.organisation?.name != null) source = 'build';
  else if (own.organisation?.name != null) source = 'own';
  return { name, kind, source };
}

/**
 * Reads every layer and merges them. Never rejects.
 * @returns {Promise<Settings>}
 */
export async function loadSettings() {
  const [own, policy] = await Promise.all([readUserConfig(), readPolicy()]);
  return settingsFrom(own, policy);
}

/** The person's own settings while they have not been read: none. */
const OWN_NOT_READ = Object.freeze({ user: {}, userProblem: null });

/**
 * Reads every layer without letting storage hold the start: chrome.storage.managed can take
 * seconds to answer just after the browser starts, and chrome.storage.local a few hundred
 * milliseconds. `now` is ready once `ready` has settled and holds the layers that have answered by
 * then (every layer, if they answer before it); when some had not, `later` is the settings once
 * every layer has answered (null when `now` has them all). Never rejects.
 * @param {Promise<unknown>} ready when the settings are needed (the page parsed)
 * @param {{policyHeld?: Promise<unknown>, ownHeld?: Promise<unknown>}} [held] the policy's and the
 *   person's settings' answers are held until these settle too (the test build holds them, as a
 *   browser that has just started does)
 * @returns {Promise<{now: Settings, later: Promise<Settings>|null}>}
 */
export async function loadSettingsEarly(ready, { policyHeld, ownHeld } = {}) {
  const own = Promise.all([readUserConfig(), ownHeld]).then(([answer]) => answer);
  const policy = Promise.all([readPolicy(), policyHeld]).then(([answer]) => answer);
  /** The layers that have answered so far. */
  const answered = { own: null, policy: null };
  const everyLayer = Promise.all([
    own.then((answer) => { answered.own = answer; }),
    policy.then((answer) => { answered.policy = answer; }),
  ]);
  await Promise.race([everyLayer, ready.catch(() => {})]);
  const now = settingsFrom(answered.own ?? OWN_NOT_READ, answered.policy ?? {});
  if (answered.own && answered.policy) return { now, later: null };
  return { now, later: everyLayer.then(() => settingsFrom(answered.own, answered.policy)) };
}

/**
 * The settings in force given the person's own settings and the managed policy.
 * @param {{user: object, userProblem: string|null}} own readUserConfig()
 * @param {object} policy readPolicy()
 * @returns {Settings}
 */
function settingsFrom({ user, userProblem }, policy) {
  const build = isObject(BAKED_CONFIG) ? BAKED_CONFIG : {};
  const { config: policyConfig, allowTurningOffGuidelines } = splitPolicy(policy);
  const organisationConfig = mergeLayers(build, policyConfig);
  const config = mergeLayers(user, organisationConfig);
  return {
    config,
    configJson: Object.keys(config).length > 0 ? JSON.stringify(config) : null,
    user,
    userProblem,
    organisationConfig,
    locked: new Set(fieldPaths(organisationConfig)),
    allowTurningOffGuidelines,
    organisation: organisationInForce([user, build, policyConfig]),
  };
}

/**
 * The Web Lock every change to the person's settings holds. Locks are per origin, so the service
 * worker (which turns guidelines off for story pages) and the options page wait for each other:
 * neither writes over a change the other made between its read and its write.
 */
export const SETTINGS_LOCK = 'replyguide:settings';

/**
 * Runs `change` while no other part of the extension changes the person's settings.
 * @template T
 * @param {() => Promise<T>} change
 * @returns {Promise<T>}
 */
function changeSettings(change) {
  return navigator.locks.request(SETTINGS_LOCK, change);
}

/**
 * Replaces the person's own settings (an imported file).
 * @param {object} user a config object (validated by the caller)
 * @returns {Promise<void>}
 */
export function saveUserConfig(user) {
  return changeSettings(() => chrome.storage.local.set({ [USER_CONFIG_KEY]: JSON.stringify(user) }));
}

/**
 * Saves what the person changed in a form: every field that differs between `before` (the form as
 * drawn) and `after` (the form now) is set, or removed, in the settings as stored now, so a change
 * made meanwhile elsewhere (a guideline turned off from a story page) is kept.
 * @param {object} before the person's settings as the form showed them
 * @param {object} after the person's settings as the form holds them now (validated by the caller)
 * @returns {Promise<void>}
 */
export function saveUserConfigChanges(before, after) {
  return changeSettings(async () => {
    const { user } = await readUserConfig();
    await chrome.storage.local.set({ [USER_CONFIG_KEY]: JSON.stringify(withChanges(user, before, after)) });
  });
}

/**
 * `current` with every field that differs between `before` and `after` given its value in `after`
 * (removed when `after` lacks it; objects left empty go too).
 * @param {object} current
 * @param {object} before
 * @param {object} after
 * @returns {object} a new object
 */
export function withChanges(current, before, after) {
  const result = structuredClone(current);
  for (const path of new Set([...fieldPaths(before), ...fieldPaths(after)])) {
    const keys = path.split('.');
    const value = valueAt(after, keys);
    if (JSON.stringify(valueAt(before, keys)) === JSON.stringify(value)) continue;
    if (value === undefined) removeAt(result, keys);
    else setAt(result, keys, structuredClone(value));
  }
  return result;
}

/**
 * @param {object} layer
 * @param {string[]} keys
 * @returns {unknown} the value at that path, or undefined
 */
function valueAt(layer, keys) {
  return keys.reduce((node, key) => (isObject(node) ? node[key] : undefined), layer);
}

/**
 * Sets the value at a path, creating (or replacing non-objects with) objects on the way.
 * @param {object} layer changed in place
 * @param {string[]} keys
 * @param {unknown} value
 */
function setAt(layer, keys, value) {
  const parent = keys.slice(0, -1).reduce((node, key) => {
    if (!isObject(node[key])) node[key] = {};
    return node[key];
  }, layer);
  parent[keys.at(-1)] = value;
}

/**
 * Removes the value at a path, and every object the removal leaves empty.
 * @param {object} layer changed in place
 * @param {string[]} keys
 */
function removeAt(layer, keys) {
  const [key, ...rest] = keys;
  if (!isObject(layer) || !(key in layer)) return;
  if (rest.length > 0) {
    removeAt(layer[key], rest);
    if (!isObject(layer[key]) || Object.keys(layer[key]).length > 0) return;
  }
  delete layer[key];
}

/**
 * Forgets the person's own settings: the organisation's and the built-in ones apply.
 * @returns {Promise<void>}
 */
export function resetUserConfig() {
  return changeSettings(() => chrome.storage.local.remove(USER_CONFIG_KEY));
}

/**
 * True when the person may turn off built-in guideline `ruleId` from a finding: policy allows it,
 * the organisation has not fixed the rule, and it is not one of the organisation's custom rules.
 * @param {Settings} settings
 * @param {string} ruleId
 * @returns {boolean}
 */
export function canTurnOffGuideline(settings, ruleId) {
  const customIds = (settings.config.custom_rules ?? []).map((rule) => rule?.id);
  return settings.allowTurningOffGuidelines
    && !customIds.includes(ruleId)
    && !isLocked(settings.locked, `rules.${ruleId}.enabled`);
}

/**
 * Turns a built-in guideline off or back on in the person's own settings (the panel's "Turn off
 * this guideline" and its Undo; the options page shows the change). Story pages ask the service
 * worker to do this (background.js).
 * @param {string} ruleId
 * @param {boolean} enabled
 * @returns {Promise<void>}
 */
export function setGuidelineEnabled(ruleId, enabled) {
  return changeSettings(async () => {
    const { user } = await readUserConfig();
    await chrome.storage.local.set({ [USER_CONFIG_KEY]: JSON.stringify(mergeLayers(user, { rules: { [ruleId]: { enabled } } })) });
  });
}
