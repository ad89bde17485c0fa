// Reply Guide's content script. Manifests cannot declare module content scripts, so the build
// bundles this module and everything it imports into one classic script, content/content-script.js
// (scripts/bundle-content-script.mjs): no module is fetched before the engine. It runs at
// document_start on the sites' pages, and does something only on story pages.
import { start } from './main.js';
import { markStartup } from './startup-marks.js';

// "/1349826", "/opinions/71532", optionally followed by one more path segment (a slug) or "/".
const STORY_PATH = /^\/(?:opinions\/)?\d+(?:\/[^/]*)?\/?$/;

if (STORY_PATH.test(location.pathname)) {
  markStartup('content-script-start');
  start();
}
