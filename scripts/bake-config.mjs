// Bakes an organisation's config and name into a copy of a built extension (used by make dist):
// shared/baked-config.js gets the config (shared/settings.js layers it over the person's own
// settings), and the extension's name in _locales becomes the organisation's.
// Usage: node scripts/bake-config.mjs ORG.json "Healthwatch Exampleshire Reply Guide" dist/<slug>-chrome
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [configPath, name, buildDir] = process.argv.slice(2);
const config = JSON.parse(readFileSync(configPath, 'utf8'));

writeFileSync(join(buildDir, 'shared/baked-config.js'), `// The organisation config baked in by make dist from ${configPath.split('/').at(-1)}.

/** @type {object|null} */
export const BAKED_CONFIG = ${JSON.stringify(config, null, 2)};
`);

const messagesPath = join(buildDir, '_locales/en_GB/messages.json');
const messages = JSON.parse(readFileSync(messagesPath, 'utf8'));
messages.extensionName.message = name;
if (config.organisation?.name) {
  messages.extensionDescription.message = `${messages.extensionDescription.message} Set up for ${config.organisation.name}.`;
}
writeFileSync(messagesPath, `${JSON.stringify(messages, null, 2)}\n`);
