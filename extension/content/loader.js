// Reply Guide's content script. Manifests cannot declare module content scripts, so the build
// bundles this module and everything it imports into one classic script, content/content-script.js
// (scripts/bundle-content-script.mjs): no module is fetched before the engine. It runs at
// document_start on the sites' pages, and does something only on story pages.
import { isStoryPath } from '../shared/story-page.js';
import { start } from './main.js';
import { markStartup } from './startup-marks.js';

if (isStoryPath(location.pathname)) {
  markStartup('content-script-start');
  start();
}
