// The settings form, drawn from the config's JSON Schema (managed_schema.json, generated from the
// engine's Rust types), so every setting the engine has appears here without being listed twice.
// Paths are dotted, with array indices as segments: `rules.too-early.wait_days`, `links.0.url`.
import { asWords, guidelineName } from '../shared/guideline-names.js';
import { t } from '../shared/i18n.js';
import { isLocked, isObject } from '../shared/settings.js';

/**
 * @typedef {object} FormContext
 * @property {object} shown the settings in force (what each field shows)
 * @property {Set<string>} locked paths the organisation fixed
 * @property {Map<string, {guideline: string, default_severity: string}>} guidelines rule id → the
 *   guideline it serves and its own severity (the engine's description of its rules)
 * @property {() => void} onChange called after any edit
 */

/**
 * The value at a dotted path, or undefined.
 * @param {unknown} value
 * @param {string} path
 * @returns {unknown}
 */
function valueAt(value, path) {
  return path.split('.').reduce((node, key) => (node == null ? undefined : node[key]), value);
}

/**
 * A field path as the engine writes it (`links[0].url`) in this form's dotted form (`links.0.url`).
 * @param {string} enginePath
 * @returns {string}
 */
function dottedPath(enginePath) {
  return enginePath.replace(/\[(\d+)\]/g, '.$1');
}


/** The schema's Markdown-ish description as plain text. */
function plainText(description) {
  return (description ?? '').replace(/`/g, '').replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * @param {string} tag
 * @param {object} [props] properties to set
 * @param {...(Node|string)} children
 * @returns {HTMLElement}
 */
function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** True for a list of plain strings (edited one per line). */
function isLineList(schema) {
  return schema.type === 'array' && schema.items?.type === 'string';
}

/** True for a list of objects (links, custom rules), edited item by item. */
function isItemList(schema) {
  return schema.type === 'array' && schema.items?.type === 'object';
}

/** Shows a default, unless it is long (word lists) or says nothing. */
function defaultNote(schema) {
  const { default: value } = schema;
  if (value === undefined || Array.isArray(value) || typeof value === 'boolean') return null;
  return t('optionsDefaultValue', schema.enum ? asWords(String(value)) : String(value));
}

/** The range a number must lie in ("From 0 to 3650."), or null when it has none. */
function rangeNote(schema) {
  if (schema.minimum === undefined) return null;
  return schema.maximum === undefined ? t('optionsAtLeast', schema.minimum) : t('optionsRange', schema.minimum, schema.maximum);
}

/**
 * The input for one single value (text, number, choice, on/off, list of lines).
 * @param {object} schema
 * @param {string} path
 * @param {unknown} value
 * @returns {HTMLElement}
 */
function control(schema, path, value) {
  let input;
  if (schema.type === 'boolean') {
    input = el('input', { type: 'checkbox', checked: Boolean(value) });
  } else if (schema.enum) {
    input = el('select');
    if (schema.default === undefined) input.append(el('option', { value: '', textContent: t('optionsUseDefault') }));
    for (const choice of schema.enum) input.append(el('option', { value: choice, textContent: asWords(choice) }));
    input.value = value ?? '';
  } else if (schema.type === 'integer' || schema.type === 'number') {
    input = el('input', { type: 'number', step: schema.type === 'integer' ? '1' : 'any', value: value ?? '' });
    if (schema.minimum !== undefined) input.min = String(schema.minimum);
    if (schema.maximum !== undefined) input.max = String(schema.maximum);
  } else if (isLineList(schema)) {
    input = el('textarea', { value: (value ?? []).join('\n') });
    input.rows = Math.min(8, Math.max(3, (value ?? []).length + 1));
  } else {
    input = el('input', { type: 'text', value: value ?? '' });
  }
  input.dataset.path = path;
  return input;
}

/**
 * One labelled field, with its description, default, lock and error slot.
 * @param {object} schema
 * @param {string} key
 * @param {string} path
 * @param {FormContext} context
 * @returns {HTMLElement}
 */
function leafField(schema, key, path, context) {
  const locked = isLocked(context.locked, path);
  const input = control(schema, path, valueAt(context.shown, path) ?? schema.default);
  input.id = `field-${path}`;
  input.disabled = locked;
  const field = el('div', { className: `field${schema.type === 'boolean' ? ' checkbox' : ''}${locked ? ' locked' : ''}` });
  field.dataset.field = path;
  const label = el('label', { htmlFor: input.id }, asWords(key));
  if (locked) label.append(el('span', { className: 'locked-badge', textContent: t('optionsLocked') }));
  const hints = [plainText(schema.description), isLineList(schema) ? t('optionsOnePerLine') : '', rangeNote(schema) ?? '', defaultNote(schema) ?? '']
    .filter(Boolean).join(' ');
  const hint = el('span', { className: 'hint', id: `hint-${path}`, textContent: hints });
  input.setAttribute('aria-describedby', hint.id);
  if (schema.type === 'boolean') {
    label.prepend(input);
    field.append(label, hint);
  } else {
    field.append(label, hint, input);
  }
  input.addEventListener('input', context.onChange);
  input.addEventListener('change', context.onChange);
  return field;
}

/**
 * A list of objects: one box per item with its fields and "Remove", then "Add".
 * @param {object} schema
 * @param {string} key
 * @param {string} path
 * @param {FormContext} context
 * @returns {HTMLElement}
 */
function itemListField(schema, key, path, context) {
  const locked = isLocked(context.locked, path);
  const field = el('fieldset', { className: `field items${locked ? ' locked' : ''}` });
  field.dataset.field = path;
  field.dataset.items = 'true';
  const legend = el('legend', {}, asWords(key));
  if (locked) legend.append(el('span', { className: 'locked-badge', textContent: t('optionsLocked') }));
  field.append(legend, el('span', { className: 'hint', textContent: plainText(schema.items.description) }));
  const list = el('div', { className: 'item-list' });
  field.append(list);

  const draw = (items) => {
    list.replaceChildren(...items.map((item, index) => {
      const itemPath = `${path}.${index}`;
      const box = el('div', { className: 'item' });
      box.dataset.item = itemPath;
      const itemContext = { ...context, shown: setAt(structuredClone(context.shown), itemPath, item) };
      for (const [name, property] of Object.entries(schema.items.properties)) {
        box.append(leafField(property, name, `${itemPath}.${name}`, itemContext));
      }
      if (!locked) {
        const remove = el('button', { type: 'button', className: 'secondary item-remove', textContent: t('optionsRemoveItem') });
        remove.addEventListener('click', () => {
          draw(readItems(field, schema).filter((_, i) => i !== index));
          context.onChange();
        });
        box.append(remove);
      }
      return box;
    }));
  };
  draw(/** @type {object[]} */ (valueAt(context.shown, path) ?? []));
  if (!locked) {
    const add = el('button', { type: 'button', className: 'secondary add-item', textContent: t('optionsAddItem', asWords(key)) });
    add.addEventListener('click', () => {
      draw([...readItems(field, schema), {}]);
      context.onChange();
    });
    field.append(add);
  }
  return field;
}

/**
 * Sets a dotted path inside `target`, creating objects on the way.
 * @param {object} target
 * @param {string} path
 * @param {unknown} value
 * @returns {object} target
 */
function setAt(target, path, value) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!isObject(node[key]) && !Array.isArray(node[key])) node[key] = {};
    node = node[key];
  }
  node[keys.at(-1)] = value;
  return target;
}

/**
 * Draws the fields of an object schema (recursively).
 * @param {object} schema an object schema
 * @param {string} path '' for the root
 * @param {FormContext} context
 * @returns {HTMLElement[]}
 */
export function objectFields(schema, path, context) {
  return Object.entries(schema.properties ?? {}).map(([key, property]) => {
    const childPath = path ? `${path}.${key}` : key;
    if (isItemList(property)) return itemListField(property, key, childPath, context);
    if (property.type !== 'object') return leafField(property, key, childPath, context);
    const group = el('fieldset', { className: 'group' }, el('legend', {}, asWords(key)));
    group.dataset.field = childPath;
    if (property.description) group.append(el('span', { className: 'hint', textContent: plainText(property.description) }));
    group.append(...objectFields(property, childPath, context));
    return group;
  });
}

/**
 * One collapsible box per rule: its name, whether it is on and how strongly it speaks (kept up
 * to date as the person edits), and its guideline; then its settings.
 * @param {object} rulesSchema the schema of `rules`
 * @param {FormContext} context
 * @returns {HTMLElement[]}
 */
export function ruleFields(rulesSchema, context) {
  return Object.entries(rulesSchema.properties).map(([id, schema]) => {
    const info = context.guidelines.get(id);
    const state = el('span', { className: 'rule-state' });
    const summary = el('summary', {}, el('span', { className: 'rule-name', textContent: guidelineName(id) }), ' ', state);
    if (info?.guideline) summary.append(el('span', { className: 'rule-guideline', textContent: info.guideline }));
    const body = el('div', { className: 'rule-body' }, ...objectFields(schema, `rules.${id}`, context));
    const box = el('details', { className: 'rule' }, summary, body);
    box.dataset.field = `rules.${id}`;
    const showState = () => {
      const enabled = body.querySelector(`[data-path="${CSS.escape(`rules.${id}.enabled`)}"]`);
      const severity = body.querySelector(`[data-path="${CSS.escape(`rules.${id}.severity`)}"]`)?.value || info?.default_severity;
      const on = enabled ? enabled.checked : true;
      box.dataset.enabled = String(on);
      state.textContent = [t(on ? 'optionsGuidelineOn' : 'optionsGuidelineOff'),
        severity ? t(severity === 'warning' ? 'severityWarning' : 'severityHint') : null].filter(Boolean).join(' · ');
    };
    body.addEventListener('input', showState);
    body.addEventListener('change', showState);
    showState();
    return box;
  });
}

/**
 * The value a person entered in one control, or undefined when it is empty.
 * @param {HTMLInputElement|HTMLSelectElement|HTMLTextAreaElement} input
 * @param {object} schema
 * @returns {unknown}
 */
function enteredValue(input, schema) {
  if (schema.type === 'boolean') return input.checked;
  if (isLineList(schema)) return input.value.split('\n').map((line) => line.trim()).filter(Boolean);
  const text = input.value.trim();
  if (text === '') return undefined;
  return schema.type === 'integer' || schema.type === 'number' ? Number(text) : input.value;
}

/** Every item of a list field as entered (empty fields left out). */
function readItems(field, schema) {
  return [...field.querySelectorAll(':scope > .item-list > .item')].map((box) => {
    const item = {};
    for (const [name, property] of Object.entries(schema.items.properties)) {
      const input = box.querySelector(`[data-path="${CSS.escape(`${box.dataset.item}.${name}`)}"]`);
      const value = input ? enteredValue(input, property) : undefined;
      if (value !== undefined && !sameValue(value, property.default)) item[name] = value;
    }
    return item;
  });
}

/** Deep equality of JSON values. */
function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The person's own settings as the form now says: every field that is not locked and differs
 * from its default (so defaults that change later still reach them).
 * @param {HTMLFormElement} form
 * @param {object} schema the root schema
 * @param {Set<string>} locked
 * @param {string} [path]
 * @returns {object}
 */
export function collectUserConfig(form, schema, locked, path = '') {
  const config = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const childPath = path ? `${path}.${key}` : key;
    if (isLocked(locked, childPath)) continue;
    let value;
    if (isItemList(property)) {
      const field = form.querySelector(`[data-field="${CSS.escape(childPath)}"]`);
      value = field ? readItems(field, property) : undefined;
      if (value?.length === 0) value = undefined;
    } else if (property.type === 'object') {
      value = collectUserConfig(form, property, locked, childPath);
      if (Object.keys(value).length === 0) value = undefined;
    } else {
      const input = form.querySelector(`[data-path="${CSS.escape(childPath)}"]`);
      value = input ? enteredValue(input, property) : undefined;
      if (sameValue(value, property.default)) value = undefined;
    }
    if (value !== undefined) config[key] = value;
  }
  return config;
}

/** Removes every error shown in the form. */
export function clearErrors(form) {
  for (const message of form.querySelectorAll('.field-error')) message.remove();
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

/**
 * Shows the engine's message at the field it names (or the nearest field containing it), opening
 * the rule's box if it is closed.
 * @param {HTMLFormElement} form
 * @param {string} problem the engine's `field.path: message`
 * @returns {HTMLElement|null} the field that shows it
 */
export function showError(form, problem) {
  const [enginePath] = problem.split(': ', 1);
  const parts = dottedPath(enginePath).split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const path = parts.slice(0, length).join('.');
    const field = form.querySelector(`[data-field="${CSS.escape(path)}"], [data-item="${CSS.escape(path)}"]`);
    if (!field) continue;
    field.closest('details')?.setAttribute('open', '');
    field.querySelector('[data-path]')?.setAttribute('aria-invalid', 'true');
    field.append(el('span', { className: 'field-error', textContent: problem }));
    return field;
  }
  return null;
}
