// The wasm engine under node: how long building the history index takes and how much it holds at
// 1k / 10k / 100k earlier replies, how long checking a 300-word draft takes at each size, and how
// that compares with linting the same draft with harper.js and alex.
//
// Usage: node history-wasm.mjs WASM_DIR INPUTS_DIR
//   WASM_DIR   wasm-bindgen --target nodejs output of the extension's wasm-release build
//   INPUTS_DIR `replyguide-bench --export` output (the native benchmark's own inputs)
// Run by scripts/bench.d/40-history-wasm.sh (`make bench`). Nothing is fetched.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { text as alexText } from 'alex';
import { binary as harperBinary } from 'harper.js/binary';
import { Dialect, LocalLinter } from 'harper.js';

const HISTORY_SIZES = [1_000, 10_000, 100_000];
/** The history size at which Reply Guide is compared with the other tools. */
const COMPARED_AT = 10_000;
const DRAFT_WORDS = 300;
const CHECK_SAMPLES = 60;
const LINT_SAMPLES = 30;
/** Unmeasured runs first, so the engines' code is compiled by the optimising tier. */
const WARM_UP_RUNS = 10;
const TARGETS = { checkMs: 2, checkAtComparedMs: 0.5, indexMiB: 30, buildSeconds: 1, timesFasterThanHarper: 10 };

const [wasmDir, inputsDir] = process.argv.slice(2).map((dir) => resolve(dir));
const { Guide } = createRequire(import.meta.url)(join(wasmDir, 'replyguide_wasm.js'));
const { config, now, story } = JSON.parse(readFileSync(join(inputsDir, 'check.json'), 'utf8'));
const drafts = readFileSync(join(inputsDir, 'drafts.jsonl'), 'utf8').trim().split('\n')
  .map((line) => JSON.parse(line)).filter((draft) => draft.words === DRAFT_WORDS).map((draft) => draft.text);
const historyLines = readFileSync(join(inputsDir, 'history.jsonl'), 'utf8').trim().split('\n');
/** The one draft every tool lints in the comparison. */
const comparedDraft = drafts[0];

/**
 * Median and 95th percentile of `samples` runs of `run` (after WARM_UP_RUNS unmeasured ones), in ms.
 * @param {number} samples
 * @param {(i: number) => unknown | Promise<unknown>} run
 * @returns {Promise<{median: number, p95: number}>}
 */
async function time(samples, run) {
  for (let i = 0; i < WARM_UP_RUNS; i += 1) await run(i);
  const timings = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    await run(i);
    timings.push(performance.now() - started);
  }
  timings.sort((a, b) => a - b);
  const at = (share) => timings[Math.round((timings.length - 1) * share)];
  return { median: at(0.5), p95: at(0.95) };
}

/**
 * A guide with the first `size` earlier replies, built the way the extension builds it on page
 * load (one JSON Lines string), and how long that took: wall-clock and this process's CPU time
 * (which other work on a shared machine does not inflate).
 * @param {number} size
 * @returns {{guide: object, buildMs: number, buildCpuMs: number}}
 */
function guideWithHistory(size) {
  const jsonl = historyLines.slice(0, size).join('\n');
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const guide = new Guide(config);
  guide.add_history_jsonl(jsonl);
  const buildMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpuBefore);
  return { guide, buildMs, buildCpuMs: (user + system) / 1000 };
}

const mib = (bytes) => bytes / (1024 * 1024);
const fmt = (ms) => ms.toFixed(3);
const grouped = (n) => n.toLocaleString('en-GB');
const verdict = (ok) => (ok ? 'met' : 'MISSED');

console.log(`wasm engine under node ${process.version} (wasm-release build, as shipped before wasm-opt); `
  + `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
console.log(`${DRAFT_WORDS}-word drafts, ${CHECK_SAMPLES} checks per size; build = new Guide + add_history_jsonl of the whole history`);
console.log('(build: wall-clock, and this process\'s CPU time in brackets, which other work on a shared machine does not inflate)\n');
console.log(`${'history'.padStart(9)}${'check median / p95'.padStart(22)}${'index'.padStart(12)}${'build'.padStart(18)}${'process RSS'.padStart(14)}`);
const rows = [];
let comparedCheck = null;
for (const size of HISTORY_SIZES) {
  const { guide, buildMs, buildCpuMs } = guideWithHistory(size);
  if (guide.history_len() !== size) throw new Error(`indexed ${guide.history_len()} of ${size} replies`);
  guide.set_story(story);
  const check = await time(CHECK_SAMPLES, (i) => guide.check(drafts[i % drafts.length], now));
  const row = { size, check, indexBytes: guide.history_memory_bytes(), buildMs, buildCpuMs };
  rows.push(row);
  if (size === COMPARED_AT) comparedCheck = await time(LINT_SAMPLES, () => guide.check(comparedDraft, now));
  console.log(`${grouped(size).padStart(9)}${`${fmt(check.median)} / ${fmt(check.p95)} ms`.padStart(22)}`
    + `${`${mib(row.indexBytes).toFixed(1)} MiB`.padStart(12)}`
    + `${`${(buildMs / 1000).toFixed(2)} s (${(buildCpuMs / 1000).toFixed(2)} s)`.padStart(18)}`
    + `${`${mib(process.memoryUsage().rss).toFixed(0)} MiB`.padStart(14)}`);
  guide.free();
}

const [smallest, largest] = [rows[0], rows.at(-1)];
const growth = largest.check.median / smallest.check.median;
console.log(`\ngrowth: ${grouped(largest.size / smallest.size)}× the history → ${growth.toFixed(2)}× the check time (${growth < largest.size / smallest.size ? 'sub-linear' : 'NOT sub-linear'})`);
const compared = rows.find((row) => row.size === COMPARED_AT);
console.log(`budget at ${grouped(COMPARED_AT)}: ${DRAFT_WORDS}-word check median ≤ ${TARGETS.checkAtComparedMs} ms: `
  + `${fmt(compared.check.median)} ms ${verdict(compared.check.median <= TARGETS.checkAtComparedMs)}`);
console.log(`targets at ${grouped(largest.size)}: check ≤ ${TARGETS.checkMs} ms ${verdict(largest.check.median <= TARGETS.checkMs)}, `
  + `index ≤ ${TARGETS.indexMiB} MB ${verdict(mib(largest.indexBytes) <= TARGETS.indexMiB)}, `
  + `built in ≤ ${TARGETS.buildSeconds} s ${verdict(largest.buildMs / 1000 <= TARGETS.buildSeconds)}`
  + ` (CPU time ${verdict(largest.buildCpuMs / 1000 <= TARGETS.buildSeconds)})`);

const harper = new LocalLinter({ binary: harperBinary, dialect: Dialect.British });
await harper.setup();
const harperLint = await time(LINT_SAMPLES, () => harper.lint(comparedDraft));
const alexLint = await time(LINT_SAMPLES, () => alexText(comparedDraft));
const ours = comparedCheck.median;
console.log(`\nthe same ${DRAFT_WORDS}-word draft, median of ${LINT_SAMPLES} runs in node:`);
console.log(`  Reply Guide check (wasm, ${grouped(COMPARED_AT)} earlier replies)  ${fmt(ours)} ms`);
console.log(`  harper.js lint (LocalLinter, its wasm)           ${fmt(harperLint.median)} ms   → Reply Guide is ${(harperLint.median / ours).toFixed(1)}× faster`);
console.log(`  alex (plain text)                                ${fmt(alexLint.median)} ms   → Reply Guide is ${(alexLint.median / ours).toFixed(1)}× faster`);
console.log(`goal: ≥ ${TARGETS.timesFasterThanHarper}× faster than harper.js ${verdict(harperLint.median / ours >= TARGETS.timesFasterThanHarper)}`);
