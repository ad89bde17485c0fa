// A throwaway self-signed certificate for the local HTTPS story server (Chromium runs with
// --ignore-certificate-errors, so only the TLS handshake needs it). Made with the openssl
// command when it is installed, otherwise with node:crypto and a minimal X.509 encoder.

import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COMMON_NAME = 'careopinion';

/**
 * A fresh key and self-signed certificate (CN=careopinion, valid one day), PEM encoded.
 * @param {{useOpenssl?: boolean}} [options] useOpenssl=false forces the node:crypto path
 * @returns {{key: string, cert: string, madeWith: 'openssl' | 'node:crypto'}}
 */
export function makeSelfSignedCertificate({ useOpenssl = hasOpenssl() } = {}) {
  return useOpenssl ? withOpenssl() : withNodeCrypto();
}

function hasOpenssl() {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function withOpenssl() {
  const dir = mkdtempSync(join(tmpdir(), 'replyguide-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${COMMON_NAME}`,
      '-days', '1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), madeWith: 'openssl' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// DER: tag, length, content.
function der(tag, ...parts) {
  const body = Buffer.concat(parts);
  let length;
  if (body.length < 0x80) length = Buffer.from([body.length]);
  else {
    const bytes = [];
    for (let n = body.length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
    length = Buffer.from([0x80 | bytes.length, ...bytes]);
  }
  return Buffer.concat([Buffer.from([tag]), length, body]);
}
const sequence = (...parts) => der(0x30, ...parts);
const SHA256_WITH_RSA = sequence(der(0x06, Buffer.from('2a864886f70d01010b', 'hex')), der(0x05));
const COMMON_NAME_OID = der(0x06, Buffer.from('550403', 'hex'));
const utcTime = (date) => der(0x17, Buffer.from(date.toISOString().replace(/^\d\d|[-:T]|\.\d+/g, '')));

function withNodeCrypto() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const name = sequence(der(0x31, sequence(COMMON_NAME_OID, der(0x0c, Buffer.from(COMMON_NAME)))));
  const now = Date.now();
  const serial = randomBytes(8);
  serial[0] &= 0x7f; // positive INTEGER
  const tbs = sequence(
    der(0xa0, der(0x02, Buffer.from([2]))), // version 3
    der(0x02, serial),
    SHA256_WITH_RSA,
    name,
    sequence(utcTime(new Date(now - 60_000)), utcTime(new Date(now + 86_400_000))),
    name,
    publicKey.export({ type: 'spki', format: 'der' }),
  );
  const signature = sign('sha256', tbs, privateKey);
  const certificate = sequence(tbs, SHA256_WITH_RSA, der(0x03, Buffer.from([0]), signature));
  const pem = certificate.toString('base64').replace(/.{1,64}/g, '$&\n');
  return {
    key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
    cert: `-----BEGIN CERTIFICATE-----\n${pem}-----END CERTIFICATE-----\n`,
    madeWith: 'node:crypto',
  };
}
