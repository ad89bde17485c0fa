// Bakes an organisation's config and name into a copy of a built extension (used by make dist):
// shared/baked-config.js gets the config (shared/settings.js layers it over the person's own
// settings; the content script is bundled again to include it), the extension's name in _locales
// becomes the organisation's, and a Firefox build gets its own add-on id, `<slug>@replyguide`, so
// each organisation's build can be signed on its own.
// Usage: node scripts/bake-config.mjs ORG.json "Healthwatch Exampleshire Reply Guide" SLUG dist/SLUG-chrome
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleContentScript } from './bundle-content-script.mjs';

const [configPath, name, slug, buildDir] = process.argv.slice(2);
const config = JSON.parse(readFileSync(configPath, 'utf8'));

writeFileSync(join(buildDir, 'shared/baked-config.js'), `// The organisation config baked in by make dist from ${configPath.split('/').at(-1)}.

/** @type {object|null} */
export const BAKED_CONFIG = ${JSON.stringify(config, null, 2)};
`);
// The content script carries its own copy of shared/ (scripts/bundle-content-script.mjs).
bundleContentScript(buildDir);

const messagesPath = join(buildDir, '_locales/en_GB/messages.json');
const messages = JSON.parse(readFileSync(messagesPath, 'utf8'));
messages.extensionName.message = name;
if (config.organisation?.name) {
  messages.extensionDescription.message = `${messages.extensionDescription.message} Set up for ${config.organisation.name}.`;
}
writeFileSync(messagesPath, `${JSON.stringify(messages, null, 2)}\n`);

const manifestPath = join(buildDir, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
if (manifest.browser_specific_settings?.gecko) {
  manifest.browser_specific_settings.gecko.id = `${slug}@replyguide`;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}
