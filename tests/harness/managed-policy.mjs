// A REAL Chromium managed policy for the extension: Debian's Chromium reads
// /etc/chromium/policies/managed/*.json, whose `3rdparty.extensions.<id>` becomes the extension's
// chrome.storage.managed. The policy names the extension by id, so the build is copied to a fresh
// folder first: an unpacked extension's id comes from its path, and is then known before launch.
import { createHash } from 'node:crypto';
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * The id Chromium gives an unpacked extension: the SHA-256 of its absolute path, first 32 hex
 * digits written with the letters a–p.
 * @param {string} path
 * @returns {string}
 */
function unpackedExtensionId(path) {
  const hex = createHash('sha256').update(realpathSync(path)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** Whether this machine lets the test install a Chromium policy (it needs root). */
function canWritePolicies() {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies the build at `built` to a fresh folder and prepares `policy` for it.
 * @param {{built: string, name: string, policy: object}} options name: tells this test's folder
 *   and policy file from other tests'
 * @returns {{skip: string|false, extensionDir: string, extensionId: string, install: () => void,
 *   remove: () => void}} skip: why the policy cannot be installed here, if it cannot; install
 *   writes the policy file (call it before the browser starts), remove deletes it and the copy
 */
export function managedPolicyFor({ built, name, policy }) {
  const skip = canWritePolicies() ? false : `${POLICY_DIR} is not writable (run as root to test managed policy)`;
  const extensionDir = join(mkdtempSync(join(tmpdir(), `replyguide-${name}-`)), 'extension');
  cpSync(built, extensionDir, { recursive: true });
  const extensionId = unpackedExtensionId(extensionDir);
  const policyFile = join(POLICY_DIR, `replyguide-e2e-${name}-${process.pid}.json`);
  return {
    skip,
    extensionDir,
    extensionId,
    install() {
      if (!skip) writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }));
    },
    remove() {
      rmSync(policyFile, { force: true });
      rmSync(resolve(extensionDir, '..'), { recursive: true, force: true });
    },
  };
}
