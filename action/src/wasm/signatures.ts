/**
 * OPA bundle signature verification. A signed bundle carries
 * `/.signatures.json` = `{"signatures": ["<JWT>"]}`; the JWT's payload lists
 * every file of the bundle with its hash:
 * `{"files": [{"name", "hash", "algorithm"}], "keyid"?, "scope"?}`.
 * The bundle is accepted only when the JWT verifies with the configured key,
 * its scope matches, every file except `.signatures.json` is listed with the
 * right hash, and every listed file exists.
 */
import { X509Certificate, createHash, createHmac, createPublicKey, timingSafeEqual, verify, type KeyObject } from 'node:crypto';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { GateError } from '../errors.js';
import { canonicalJsonText, canonicalValueText } from './canonical-json.js';

export type SignatureAlgorithm = 'RS256' | 'ES256' | 'HS256';

export interface VerificationKey {
  alg: SignatureAlgorithm;
  /** PEM public key or certificate (RS256, ES256), or the shared secret (HS256). */
  key: string;
  /** Informational, as in OPA's `keyid`: we hold exactly one key, so it selects nothing. */
  keyId?: string;
  /** Must equal the JWT's `scope` claim (both default to empty). */
  scope?: string;
}

export const SIGNATURES_FILE = '.signatures.json';

/** Files OPA hashes in canonical JSON form rather than byte for byte. */
const STRUCTURED_FILES = new Set(['data.json', 'data.yaml', '.manifest']);

/** OPA's hashing algorithm names → node:crypto. MD5 and SHA-1 are refused: a signature is only as strong as its hash. */
const HASHES: Record<string, string> = {
  'SHA-224': 'sha224',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
  'SHA-512-224': 'sha512-224',
  'SHA-512-256': 'sha512-256',
};

export class SignatureError extends Error {
  override name = 'SignatureError';
}

interface SignedFile {
  name: string;
  hash: string;
  algorithm: string;
}

/** Throws SignatureError unless the bundle's files are exactly those signed with `key`. */
export function verifyBundleSignatures(files: ReadonlyMap<string, Uint8Array>, key: VerificationKey): void {
  const signaturesFile = files.get(SIGNATURES_FILE);
  if (!signaturesFile) throw new SignatureError(`the bundle is not signed (no ${SIGNATURES_FILE}) but a verification key is configured`);
  const token = singleToken(signaturesFile);
  const payload = verifyJwt(token, key);
  checkScope(payload, key.scope ?? '');
  checkFiles(files, signedFiles(payload));
}

function singleToken(bytes: Uint8Array): string {
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new SignatureError(`${SIGNATURES_FILE} is not valid JSON`);
  }
  const signatures = (doc as { signatures?: unknown } | null)?.signatures;
  if (!Array.isArray(signatures) || signatures.length === 0) throw new SignatureError(`${SIGNATURES_FILE}: missing JWT (expected exactly one)`);
  if (signatures.length > 1) throw new SignatureError(`${SIGNATURES_FILE}: multiple JWTs are not supported (expected exactly one)`);
  if (typeof signatures[0] !== 'string') throw new SignatureError(`${SIGNATURES_FILE}: the signature must be a JWT string`);
  return signatures[0];
}

function decodeJsonPart(part: string, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new SignatureError(`the JWT ${what} is not a base64url JSON object`);
}

/** Verifies the JWS compact serialisation and returns its payload. */
function verifyJwt(token: string, key: VerificationKey): Record<string, unknown> {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p))) throw new SignatureError('the signature is not a compact JWT (header.payload.signature)');
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJsonPart(headerPart, 'header');
  if (header.alg !== key.alg) {
    throw new SignatureError(`the JWT is signed with ${JSON.stringify(header.alg)} but the verification key is ${key.alg}`);
  }
  const signingInput = Buffer.from(`${headerPart}.${payloadPart}`, 'ascii');
  const signature = Buffer.from(signaturePart, 'base64url');
  if (!signatureMatches(key, signingInput, signature)) throw new SignatureError('the JWT signature does not verify with the configured key');
  return decodeJsonPart(payloadPart, 'payload');
}

function signatureMatches(key: VerificationKey, input: Buffer, signature: Buffer): boolean {
  switch (key.alg) {
    case 'HS256': {
      const expected = createHmac('sha256', key.key).update(input).digest();
      return expected.length === signature.length && timingSafeEqual(expected, signature);
    }
    case 'RS256':
      return verify('sha256', input, publicKey(key, 'rsa'), signature);
    case 'ES256':
      // JWS carries ECDSA signatures as raw r||s (IEEE P1363), not DER.
      return signature.length === 64 && verify('sha256', input, { key: publicKey(key, 'ec'), dsaEncoding: 'ieee-p1363' }, signature);
  }
}

function publicKey(key: VerificationKey, type: 'rsa' | 'ec'): KeyObject {
  let object: KeyObject;
  try {
    object = key.key.includes('BEGIN CERTIFICATE') ? new X509Certificate(key.key).publicKey : createPublicKey(key.key);
  } catch (err) {
    throw new SignatureError(`the ${key.alg} verification key is not a PEM public key or certificate: ${(err as Error).message}`);
  }
  if (object.asymmetricKeyType !== type) throw new SignatureError(`${key.alg} needs an ${type.toUpperCase()} key, got ${object.asymmetricKeyType ?? 'an unknown key type'}`);
  if (type === 'ec' && object.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new SignatureError(`ES256 needs a P-256 key, got curve ${object.asymmetricKeyDetails?.namedCurve ?? 'unknown'}`);
  }
  return object;
}

const ALGORITHMS: readonly SignatureAlgorithm[] = ['RS256', 'ES256', 'HS256'];

/**
 * Checks a verification key as configured (Action inputs, CLI flags) so a
 * bad key is a usage error at startup, not a verification failure later.
 */
export function parseVerificationKey(options: { alg: string; key: string; keyId?: string; scope?: string }): VerificationKey {
  const alg = options.alg.trim().toUpperCase();
  if (!ALGORITHMS.includes(alg as SignatureAlgorithm)) {
    throw new GateError('usage', `unsupported bundle signing algorithm ${JSON.stringify(options.alg)}`, `Use one of ${ALGORITHMS.join(', ')} (the --signing-alg given to opa build / opa sign).`);
  }
  if (options.key.trim() === '') throw new GateError('usage', 'the bundle verification key is empty', 'Pass the PEM public key (RS256, ES256) or the shared secret (HS256).');
  const key: VerificationKey = { alg: alg as SignatureAlgorithm, key: options.key, ...(options.keyId ? { keyId: options.keyId } : {}), ...(options.scope ? { scope: options.scope } : {}) };
  if (key.alg !== 'HS256') {
    try {
      publicKey(key, key.alg === 'RS256' ? 'rsa' : 'ec');
    } catch (err) {
      throw new GateError('usage', `the bundle verification key is unusable: ${(err as Error).message}`, 'Pass the public key PEM (-----BEGIN PUBLIC KEY-----) or a certificate matching the signing key.');
    }
  }
  return key;
}

function checkScope(payload: Record<string, unknown>, expected: string): void {
  const scope = payload.scope ?? '';
  if (scope !== expected) throw new SignatureError(`scope mismatch: the bundle is signed for ${JSON.stringify(scope)}, the key expects ${JSON.stringify(expected)}`);
}

function signedFiles(payload: Record<string, unknown>): Map<string, SignedFile> {
  const list = payload.files;
  if (!Array.isArray(list)) throw new SignatureError('the JWT payload has no files list');
  const files = new Map<string, SignedFile>();
  for (const item of list as unknown[]) {
    const f = item as Partial<SignedFile> | null;
    if (typeof f?.name !== 'string' || typeof f.hash !== 'string' || typeof f.algorithm !== 'string') {
      throw new SignatureError('each signed file needs a string name, hash and algorithm');
    }
    files.set(f.name.replace(/^\/+/, ''), { name: f.name, hash: f.hash, algorithm: f.algorithm });
  }
  return files;
}

function checkFiles(files: ReadonlyMap<string, Uint8Array>, signed: Map<string, SignedFile>): void {
  const unlisted: string[] = [];
  for (const [path, bytes] of files) {
    if (path === SIGNATURES_FILE) continue;
    const entry = signed.get(path);
    if (!entry) {
      unlisted.push(path);
      continue;
    }
    const actual = fileHash(path, bytes, entry.algorithm);
    if (actual !== entry.hash.toLowerCase()) throw new SignatureError(`${path}: digest mismatch (signed ${entry.hash}, found ${actual}): the file was changed after signing`);
  }
  if (unlisted.length > 0) throw new SignatureError(`file(s) not covered by the signature: ${unlisted.sort().join(', ')}`);
  const missing = [...signed.keys()].filter((name) => !files.has(name));
  if (missing.length > 0) throw new SignatureError(`file(s) listed in the signature but missing from the bundle: ${missing.sort().join(', ')}`);
}

/** The hash OPA records for a bundle file: canonical JSON for structured files, raw bytes otherwise. */
export function fileHash(path: string, bytes: Uint8Array, algorithm: string): string {
  const nodeAlgorithm = HASHES[algorithm];
  if (!nodeAlgorithm) throw new SignatureError(`${path}: unsupported hashing algorithm ${JSON.stringify(algorithm)} (use one of ${Object.keys(HASHES).join(', ')})`);
  const hash = createHash(nodeAlgorithm);
  if (!STRUCTURED_FILES.has(basename(path))) return hash.update(bytes).digest('hex');
  const text = Buffer.from(bytes).toString('utf8');
  try {
    return hash.update(basename(path) === 'data.yaml' ? canonicalValueText(parseYaml(text)) : canonicalJsonText(text)).digest('hex');
  } catch (err) {
    throw new SignatureError(`${path}: cannot be parsed for hashing: ${(err as Error).message}`);
  }
}
