// `make dist CONFIG=… [NAME=…]`: every example organisation config gives a Chrome/Edge and a
// Firefox package with the config and the name baked in; a broken config fails the build with the
// engine's message naming the field, and builds nothing.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const EXAMPLES = join(REPO_ROOT, 'examples');

/**
 * Runs `make dist` with these variables.
 * @param {Record<string, string>} variables
 * @returns {{status: number|null, output: string}}
 */
function makeDist(variables) {
  const args = ['--no-print-directory', 'dist', ...Object.entries(variables).map(([k, v]) => `${k}=${v}`)];
  const run = spawnSync('make', args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 900_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The largest file read from a package: the content script carries the wasm module as text. */
const ZIP_FILE_MAX_BYTES = 64 * 1024 * 1024;

/**
 * One file of a zip package, as text (the zip tools are there: the build uses them).
 * @param {string} zip
 * @param {string} path
 * @returns {string}
 */
function fileInZip(zip, path) {
  return execFileSync('python3', ['-c', 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode(), end="")', zip, path], { encoding: 'utf8', maxBuffer: ZIP_FILE_MAX_BYTES });
}

/**
 * The files of a zip package under `folder`, sorted.
 * @param {string} zip
 * @param {string} folder e.g. 'content/'
 * @returns {string[]}
 */
function filesInZip(zip, folder) {
  const names = execFileSync('python3', ['-c', 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', zip], { encoding: 'utf8' });
  return names.split('\n').filter((name) => name.startsWith(folder) && !name.endsWith('/')).sort();
}

/** content/ in a package: the bundle (with the baked config), nothing else. */
const SHIPPED_CONTENT = ['content/content-script.js'];

/**
 * Checks both packages of one organisation.
 * @param {string} slug
 * @param {string} name the extension name expected
 * @param {object} config the organisation config expected inside
 */
function assertPackages(slug, name, config) {
  for (const browser of ['chrome', 'firefox']) {
    const zip = join(REPO_ROOT, 'dist', `${slug}-${browser}.zip`);
    assert.ok(existsSync(zip), `${zip} was built`);
    const manifest = JSON.parse(fileInZip(zip, 'manifest.json'));
    assert.equal(manifest.browser_specific_settings?.gecko.id, browser === 'firefox' ? `${slug}@replyguide` : undefined);
    assert.equal(browser === 'chrome', 'service_worker' in manifest.background, `${browser} background`);
    assert.equal(JSON.parse(fileInZip(zip, '_locales/en_GB/messages.json')).extensionName.message, name);
    const baked = fileInZip(zip, 'shared/baked-config.js');
    const json = baked.slice(baked.indexOf('BAKED_CONFIG = ') + 'BAKED_CONFIG = '.length).replace(/;\s*$/, '');
    assert.deepEqual(JSON.parse(json), config, `${browser}: the config is baked in`);
    assert.ok(fileInZip(zip, 'managed_schema.json').includes('"allow_turning_off_guidelines"'));
    assert.deepEqual(filesInZip(zip, 'content/'), SHIPPED_CONTENT, `${browser}: content/ holds only the bundle`);
    assert.ok(fileInZip(zip, 'content/content-script.js').includes(JSON.stringify(config.organisation.name)), `${browser}: the bundle carries the config`);
  }
}

const examples = readdirSync(EXAMPLES).filter((file) => /^org.*\.json$/.test(file));

/** Broken configs, the message make dist must give, and the slug no package may appear under. */
const BROKEN = [
  {
    file: 'org-bad-wait.json',
    name: 'Broken Reply Guide',
    message: /rules\.too-early\.wait_days: expected a number of days, got "two weeks"/,
  },
  {
    file: 'org-bad-pattern.json',
    name: 'Broken Patterns Reply Guide',
    message: /custom_rules\[0\]\.patterns\[0\]: not a valid pattern: /,
  },
];

for (const broken of BROKEN) {
  test(`a broken config (${broken.file}) fails make dist, naming the field, and builds nothing`, () => {
    const { status, output } = makeDist({ CONFIG: `examples/broken/${broken.file}`, NAME: broken.name });
    assert.notEqual(status, 0, 'make dist failed');
    assert.match(output, broken.message);
    const slug = broken.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    assert.ok(!existsSync(join(REPO_ROOT, `dist/${slug}-chrome.zip`)), 'no package');
  });
}

test('make dist with NAME names the extension and its files after it', () => {
  const name = 'Healthwatch Exampleshire Reply Guide';
  const { status, output } = makeDist({ CONFIG: 'examples/org.json', NAME: name });
  assert.equal(status, 0, output);
  assertPackages('healthwatch-exampleshire-reply-guide', name, JSON.parse(readFileSync(join(EXAMPLES, 'org.json'), 'utf8')));
});

for (const file of examples.filter((f) => f !== 'org.json')) {
  test(`make dist ${file}: the name defaults to the organisation's`, () => {
    const config = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8'));
    const name = `${config.organisation.name} Reply Guide`;
    const { status, output } = makeDist({ CONFIG: `examples/${file}` });
    assert.equal(status, 0, output);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    assertPackages(slug, name, config);
  });
}
