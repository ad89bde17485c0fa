// A 100,000-character draft checked by the wasm engine under node, against the 50 ms budget, on
// the native benchmark's own synthetic replies. Writes the draft, story and config it used into
// INPUTS_DIR (large-draft.txt, large-draft-story.json, large-draft-config.json) so the native
// measurement (crates/engine/examples/large_draft.rs) checks exactly the same text.
//
// Usage: node large-draft.mjs WASM_DIR INPUTS_DIR
//   WASM_DIR   wasm-bindgen --target nodejs output of the extension's wasm-release build
//   INPUTS_DIR `replyguide-bench --export` output
// Run by scripts/bench.d/50-large-draft.sh (`make bench`). Nothing is fetched.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

/** The draft length the budget is for, in UTF-16 code units (JavaScript string length). */
const DRAFT_CHARS = 100_000;
const BUDGET_MS = 50;
const SAMPLES = 20;

const [wasmDir, inputsDir] = process.argv.slice(2).map((dir) => resolve(dir));
const { Guide } = createRequire(import.meta.url)(join(wasmDir, 'replyguide_wasm.js'));
/** config is JSON text, as the extension passes it. */
const { config, now, story } = JSON.parse(readFileSync(join(inputsDir, 'check.json'), 'utf8'));
const replies = readFileSync(join(inputsDir, 'drafts.jsonl'), 'utf8').trim().split('\n')
  .map((line) => JSON.parse(line).text);

/**
 * The synthetic replies one after another, as paragraphs, cut to exactly `length` characters.
 * @param {number} length
 * @returns {string}
 */
function largeDraft(length) {
  const paragraphs = [];
  for (let total = 0, i = 0; total < length; i += 1) {
    const paragraph = replies[i % replies.length];
    paragraphs.push(paragraph);
    total += paragraph.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, length);
}

const draft = largeDraft(DRAFT_CHARS);
writeFileSync(join(inputsDir, 'large-draft.txt'), draft);
writeFileSync(join(inputsDir, 'large-draft-story.json'), JSON.stringify(story));
writeFileSync(join(inputsDir, 'large-draft-config.json'), config);

const guide = new Guide(config);
guide.set_story(story);
guide.check(draft, now);
const timings = [];
let findings = 0;
for (let i = 0; i < SAMPLES; i += 1) {
  const started = performance.now();
  findings = guide.check(draft, now).findings.length;
  timings.push(performance.now() - started);
}
timings.sort((a, b) => a - b);
const at = (share) => timings[Math.round((timings.length - 1) * share)];
console.log(`wasm check of a ${draft.length}-character draft under node ${process.version}: `
  + `${at(0.5).toFixed(1)} ms median, ${at(0.95).toFixed(1)} ms p95 (${SAMPLES} checks, ${findings} findings); `
  + `budget ≤ ${BUDGET_MS} ms ${at(0.5) <= BUDGET_MS ? 'met' : 'MISSED'}`);
guide.free();
