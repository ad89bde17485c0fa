// Runs the shipped wasm page reader (`new Guide().read_html(html, url)`) inside the extension's
// own origin, in one of its pages, so the StoryContext can be compared field by field (the page
// annotation only shows a few of its fields).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './paths.mjs';

const WASM_GLUE = 'wasm/replyguide_wasm.js';
const WASM_BINARY = 'wasm/replyguide_wasm_bg.wasm';

/** An HTML page the release manifest ships (options, popup, offscreen), to borrow its origin. */
function extensionPagePath() {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const candidates = [manifest.options_page, manifest.options_ui?.page, manifest.action?.default_popup, 'offscreen.html'];
  const found = candidates.find((file) => file && existsSync(join(EXTENSION_DIR, file)));
  if (!found) throw new Error(`dist/chrome ships no HTML page to run the reader in (looked for ${candidates.filter(Boolean).join(', ')})`);
  return found;
}

/**
 * @typedef {object} ExtensionReader
 * @property {(html: string, url: string) => Promise<{story: object, unknown: string[]}>} readHtml
 * @property {import('playwright-core').Page} tab the extension page, whose `replyguideTestGuide` is the Guide
 * @property {() => Promise<void>} close
 */

/**
 * Opens an extension page and loads the wasm there once.
 * @param {import('./browser.mjs').ExtensionBrowser} browser
 * @returns {Promise<ExtensionReader>}
 */
export async function openExtensionReader(browser) {
  const tab = await browser.context.newPage();
  await tab.goto(`chrome-extension://${browser.extensionId}/${extensionPagePath()}`);
  await tab.evaluate(async ([glue, binary]) => {
    const wasm = await import(chrome.runtime.getURL(glue));
    await wasm.default({ module_or_path: chrome.runtime.getURL(binary) });
    globalThis.replyguideTestGuide = new wasm.Guide();
  }, [WASM_GLUE, WASM_BINARY]);
  return {
    tab,
    readHtml: (html, url) => tab.evaluate(([page, address]) => {
      const reading = globalThis.replyguideTestGuide.read_html(page, address);
      // wasm-bindgen may hand back Maps for objects; make plain JSON either way.
      return JSON.parse(JSON.stringify(reading, (_key, value) => (value instanceof Map ? Object.fromEntries(value) : value)));
    }, [html, url]),
    close: () => tab.close(),
  };
}
