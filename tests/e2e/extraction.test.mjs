// Every page in tests/pages: the panel's attributes and the reader's story context.
import { PAGES_DIR } from '../harness/paths.mjs';
import { registerExtractionTests } from '../harness/extraction-suite.mjs';
import { loadStoryPages } from '../harness/story-pages.mjs';

registerExtractionTests(loadStoryPages(PAGES_DIR));
