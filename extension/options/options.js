// The options page: every setting of the organisation config, checked by the engine as you type
// (its messages, naming the field, are shown at that field), import/export as a file, and reset.
// Fields the organisation fixed (its build or managed policy) are shown locked.
import { errorText, loadEngine } from '../shared/engine.js';
import { t } from '../shared/i18n.js';
import { localizePage, organisationText } from '../shared/localize.js';
import {
  loadSettings, mergeLayers, resetUserConfig, saveUserConfig, saveUserConfigChanges,
} from '../shared/settings.js';
import { clearErrors, collectUserConfig, objectFields, ruleFields, showError } from './fields.js';

/** Top-level sections: the guidelines first, then in the order a person fills them in. */
const SECTIONS = [
  ['rules', 'optionsSectionRules'],
  ['organisation', 'optionsSectionOrganisation'],
  ['responder', 'optionsSectionResponder'],
  ['boilerplate', 'optionsSectionBoilerplate'],
  ['links', 'optionsSectionLinks'],
  ['custom_rules', 'optionsSectionCustomRules'],
  ['page', 'optionsSectionPage'],
];
/** Sections for administrators, folded (how story pages are read: selectors and patterns). */
const FOR_ADMINISTRATORS = new Set(['page']);
const VALIDATE_DELAY_MS = 250;

const form = /** @type {HTMLFormElement} */ (document.getElementById('settings'));
const status = document.getElementById('status');

/**
 * @param {string} text
 * @param {boolean} [problem]
 */
function say(text, problem = false) {
  status.textContent = text;
  status.classList.toggle('problem', problem);
}

/**
 * The engine's verdict on a config the person's settings would give, or null when valid.
 * @param {object} engine the loaded wasm module
 * @param {object} settings
 * @param {object} user the person's candidate settings
 * @returns {string|null}
 */
function problemWith(engine, settings, user) {
  return engine.validate_config(JSON.stringify(mergeLayers(user, settings.organisationConfig)));
}

/**
 * Draws the whole form for the settings in force.
 * @param {object} schema managed_schema.json
 * @param {object} settings
 * @param {Map<string, {guideline: string, default_severity: string}>} guidelines
 * @param {() => void} onChange
 */
function drawForm(schema, settings, guidelines, onChange) {
  const context = { shown: settings.config, locked: settings.locked, guidelines, onChange };
  const sections = SECTIONS.map(([key, title]) => {
    const property = schema.properties[key];
    const section = document.createElement('section');
    const heading = document.createElement('h2');
    heading.textContent = t(title);
    if (FOR_ADMINISTRATORS.has(key)) {
      const badge = document.createElement('span');
      badge.className = 'admin-badge';
      badge.textContent = t('optionsForAdministrators');
      heading.append(' ', badge);
      const fold = document.createElement('details');
      fold.className = 'admin';
      const summary = document.createElement('summary');
      summary.append(heading);
      fold.append(summary);
      section.append(fold);
      appendFields(fold, key, property, context);
      return section;
    }
    section.append(heading);
    appendFields(section, key, property, context);
    return section;
  });
  form.replaceChildren(...sections);
}

/**
 * Appends the fields of one top-level setting.
 * @param {HTMLElement} container
 * @param {string} key
 * @param {object} property its schema
 * @param {import('./fields.js').FormContext} context
 */
function appendFields(container, key, property, context) {
  if (key === 'rules') container.append(...ruleFields(property, context));
  else if (property.type === 'object') container.append(...objectFields(property, key, context));
  else container.append(...objectFields({ properties: { [key]: property } }, '', context));
}

async function main() {
  localizePage();
  const [schema, engine] = await Promise.all([
    fetch(chrome.runtime.getURL('managed_schema.json')).then((response) => response.json()),
    loadEngine().catch((error) => {
      say(t('optionsEngineUnavailable', errorText(error)), true);
      return null;
    }),
  ]);
  const guidelines = new Map(engine ? new engine.Guide(null).rules().map((rule) => [rule.id, rule]) : []);
  let settings = await loadSettings();
  /** The person's settings as the form showed them when drawn: a save writes only what changed since. */
  let drawn = {};
  let timer = 0;

  /** Checks what the form says; shows the problem at its field. @returns {string|null} */
  const validate = () => {
    clearErrors(form);
    const problem = engine ? problemWith(engine, settings, collectUserConfig(form, schema, settings.locked)) : null;
    if (problem) {
      showError(form, problem);
      say(t('optionsInvalid', problem), true);
    } else {
      say(t('optionsUnsaved'));
    }
    return problem;
  };
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(validate, VALIDATE_DELAY_MS);
  };
  const redraw = async (message) => {
    settings = await loadSettings();
    document.getElementById('organisation').textContent = `${t('popupOrganisation')}: ${organisationText(settings.organisation)}`;
    document.getElementById('policy-note').hidden = settings.allowTurningOffGuidelines;
    drawForm(schema, settings, guidelines, onChange);
    drawn = collectUserConfig(form, schema, settings.locked);
    if (message) say(message);
  };
  /**
   * Runs a change to the stored settings; when storage refuses it (full, or unavailable), says so
   * and leaves the form as it is, so nothing typed is lost.
   * @param {() => Promise<void>} change
   * @param {string} done what to say once it is saved
   */
  const store = async (change, done) => {
    try {
      await change();
    } catch (error) {
      say(t('optionsSaveFailed', errorText(error)), true);
      return;
    }
    await redraw(done);
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const problem = validate();
    if (problem) {
      say(t('optionsNotSaved', problem), true);
      return;
    }
    const edited = collectUserConfig(form, schema, settings.locked);
    await store(() => saveUserConfigChanges(drawn, edited), t('optionsSaved'));
  });

  document.getElementById('import-file').addEventListener('change', async (event) => {
    const input = /** @type {HTMLInputElement} */ (event.target);
    const [file] = input.files;
    input.value = '';
    if (!file) return;
    const problem = importProblem(engine, settings, await file.text());
    if (problem) {
      say(t('optionsImportFailed', file.name, problem), true);
      return;
    }
    const imported = JSON.parse(await file.text());
    await store(() => saveUserConfig(imported), t('optionsImported', file.name));
  });

  document.getElementById('export').addEventListener('click', () => {
    const blob = new Blob([`${JSON.stringify(settings.config, null, 2)}\n`], { type: 'application/json' });
    const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'replyguide-settings.json' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  });

  document.getElementById('reset').addEventListener('click', async () => {
    await store(resetUserConfig, t('optionsResetDone'));
  });

  await redraw();
}

/**
 * Why a file cannot be imported (not JSON, not an object, or a config the engine rejects), or null.
 * @param {object|null} engine
 * @param {object} settings
 * @param {string} text the file's content
 * @returns {string|null}
 */
function importProblem(engine, settings, text) {
  let imported;
  try {
    imported = JSON.parse(text);
  } catch (error) {
    return t('optionsNotJson', errorText(error));
  }
  if (imported === null || typeof imported !== 'object' || Array.isArray(imported)) return t('optionsNotObject');
  return engine ? engine.validate_config(text) ?? problemWith(engine, settings, imported) : null;
}

main().catch((error) => say(errorText(error), true));
