// The `replyguide` command line, built (debug) from this checkout for tests that check what the
// extension or the CLI writes against the other.

import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './paths.mjs';

let built = null;

/**
 * Builds the CLI once per test file and returns the path of its binary.
 * @returns {string}
 */
export function replyguideCli() {
  if (!built) {
    execFileSync('cargo', ['build', '--quiet', '-p', 'replyguide-cli', '--bin', 'replyguide'], { cwd: REPO_ROOT, stdio: 'inherit' });
    built = join(process.env.CARGO_TARGET_DIR ?? resolve(REPO_ROOT, 'target'), 'debug/replyguide');
  }
  return built;
}

/**
 * Runs `replyguide args…` and returns its standard output (throws on a non-zero exit).
 * @param {string[]} args
 * @returns {string}
 */
export function runCli(args) {
  return execFileSync(replyguideCli(), args, { encoding: 'utf8' });
}
