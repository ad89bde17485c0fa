// Where things are, relative to this checkout.

import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

/** The repository root (this file is tests/harness/paths.mjs). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The project's own story pages and their expected readings; REPLYGUIDE_PAGES_DIR points at
 * another set (tests/pages-unseen/README.md).
 */
export const PAGES_DIR = resolve(process.env.REPLYGUIDE_PAGES_DIR ?? resolve(REPO_ROOT, 'tests/pages'));
/** The shared fixtures next to the checkout, present on the team's machines only. */
export const SHARED_FIXTURES_DIR = resolve(REPO_ROOT, '../shared/fixtures');
/** The built release extension (`make build`); REPLYGUIDE_EXTENSION_DIR points at another build. */
export const EXTENSION_DIR = resolve(process.env.REPLYGUIDE_EXTENSION_DIR ?? resolve(REPO_ROOT, 'dist/chrome'));
/** Debian's Chromium (`scripts/install-deps.sh browser`). */
export const CHROMIUM = process.env.REPLYGUIDE_CHROMIUM ?? '/usr/bin/chromium';
/**
 * The test build (`make build`): the release with timing marks and attributes a page can read;
 * REPLYGUIDE_TEST_EXTENSION_DIR points at another.
 */
export const TEST_EXTENSION_DIR = resolve(process.env.REPLYGUIDE_TEST_EXTENSION_DIR ?? resolve(REPO_ROOT, 'dist/chrome-test'));
