// Prints the Firefox manifest derived from the built (Chromium) one, so there is one source manifest.
// Firefox MV3: the background is an event page (`background.scripts`, with a DOM, where the
// engine's strict-CSP fallback runs in a frame) instead of a service worker; there is no
// `offscreen` permission; the add-on needs an id and declares that it collects no data.
// Usage: node scripts/firefox-manifest.mjs dist/chrome/manifest.json > dist/firefox/manifest.json
import { readFileSync } from 'node:fs';

/** The add-on's id on addons.mozilla.org and in Firefox policies.json (`3rdparty.Extensions`). */
export const FIREFOX_ADDON_ID = 'replyguide@replyguide';

const manifest = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { service_worker: script, type } = manifest.background;
manifest.background = { scripts: [script], type };
manifest.permissions = manifest.permissions.filter((permission) => permission !== 'offscreen');
delete manifest.minimum_chrome_version;
manifest.browser_specific_settings = {
  gecko: {
    id: FIREFOX_ADDON_ID,
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  // Firefox for Android reads data_collection_permissions from 142 on.
  gecko_android: { strict_min_version: '142.0' },
};
process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
