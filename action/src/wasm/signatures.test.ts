import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GateError } from '../errors.js';
import { readPolicyFiles } from '../engine/files.js';
import { canonicalJsonText, goString } from './canonical-json.js';
import { fileHash, parseVerificationKey, verifyBundleSignatures, type VerificationKey } from './signatures.js';
import { entriesOf, filesOf, signJwt, signaturesFor, tarGz, tempDir, writeTree, type SigningKey } from './test-support.js';

const BUNDLE = {
  '.manifest': '{"revision": "7", "roots": ["paved"]}',
  'data.json': '{"paved": {"limits": {"max_lines": 400, "ratio": 1.50}, "globs": ["*.lock", "<infra>/**"]}}',
  'paved/main.rego': 'package paved.main\n\ndeny contains "x" if input.bad\n',
};

let rsa: { privateKey: KeyObject; publicPem: string };
let otherRsa: { privateKey: KeyObject; publicPem: string };
let ec: { privateKey: KeyObject; publicPem: string };

function pair(type: 'rsa' | 'ec'): { privateKey: KeyObject; publicPem: string } {
  const { privateKey, publicKey } = type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

beforeAll(() => {
  rsa = pair('rsa');
  otherRsa = pair('rsa');
  ec = pair('ec');
});

function signedFiles(tree: Record<string, string>, signer: SigningKey, claims?: Record<string, unknown>): Map<string, Uint8Array> {
  return filesOf({ ...tree, '.signatures.json': signaturesFor(tree, signer, claims) });
}

describe('canonical JSON for structured files', () => {
  it('sorts keys, drops whitespace and keeps number literals as written (OPA hash_test vector)', () => {
    const text = '{ "key2": {"c": 123.45678911111111111111111111111111111111111111111111111, "b": 1, "a": 0},\n "key1": ["element1", "element2"] }';
    expect(canonicalJsonText(text)).toBe('{"key1":["element1","element2"],"key2":{"a":0,"b":1,"c":123.45678911111111111111111111111111111111111111111111111}}');
  });

  it('writes strings as Go does without HTML escaping', () => {
    expect(goString('<foo></foo>&')).toBe('"<foo></foo>&"');
    expect(goString('a"b\\c\n\t\b\f\u0001\u2028é™')).toBe('"a\\"b\\\\c\\n\\t\\b\\f\\u0001\\u2028é™"');
  });

  it('sorts keys by UTF-8 bytes, keeps the last of repeated keys, and rejects bad JSON', () => {
    expect(canonicalJsonText('{"é": 1, "z": 2, "a": 3, "a": 4}')).toBe('{"a":4,"z":2,"é":1}');
    expect(() => canonicalJsonText('{"a": 1,}')).toThrow(/expected an object key/);
    expect(() => canonicalJsonText('[1] 2')).toThrow(/unexpected text/);
  });

  it('hashes .manifest and data.json canonically and other files byte for byte', () => {
    const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
    expect(fileHash('data.json', Buffer.from('{ "b": 1, "a": [true, null] }'), 'SHA-256')).toBe(sha('{"a":[true,null],"b":1}'));
    expect(fileHash('x/data.yaml', Buffer.from('b: 1\na: [x]\n'), 'SHA-256')).toBe(sha('{"a":["x"],"b":1}'));
    expect(fileHash('p.rego', Buffer.from('package p\n'), 'SHA-256')).toBe(sha('package p\n'));
    expect(fileHash('p.rego', Buffer.from('package p\n'), 'SHA-512')).toBe(createHash('sha512').update('package p\n').digest('hex'));
    expect(() => fileHash('p.rego', Buffer.from(''), 'MD5')).toThrow(/unsupported hashing algorithm "MD5"/);
  });
});

describe('verifyBundleSignatures', () => {
  it.each<[string, () => SigningKey, () => VerificationKey]>([
    ['RS256', () => ({ alg: 'RS256', key: rsa.privateKey }), () => ({ alg: 'RS256', key: rsa.publicPem })],
    ['ES256', () => ({ alg: 'ES256', key: ec.privateKey }), () => ({ alg: 'ES256', key: ec.publicPem })],
    ['HS256', () => ({ alg: 'HS256', key: 'shared-secret' }), () => ({ alg: 'HS256', key: 'shared-secret' })],
  ])('accepts a bundle signed with %s', (_alg, signer, verifier) => {
    expect(() => verifyBundleSignatures(signedFiles(BUNDLE, signer()), verifier())).not.toThrow();
  });

  it('accepts data.json re-formatted after signing (whitespace and key order only)', () => {
    const files = signedFiles(BUNDLE, { alg: 'HS256', key: 's' });
    files.set('data.json', Buffer.from('{"paved":{"globs":["*.lock","<infra>/**"],\n  "limits":{"ratio":1.50,"max_lines":400}}}'));
    expect(() => verifyBundleSignatures(files, { alg: 'HS256', key: 's' })).not.toThrow();
  });

  it('refuses a changed value in data.json, even one JSON.parse would not notice', () => {
    const files = signedFiles(BUNDLE, { alg: 'HS256', key: 's' });
    files.set('data.json', Buffer.from(BUNDLE['data.json'].replace('1.50', '1.5')));
    expect(() => verifyBundleSignatures(files, { alg: 'HS256', key: 's' })).toThrow(/data\.json: digest mismatch .* changed after signing/);
  });

  it('refuses a tampered policy file', () => {
    const files = signedFiles(BUNDLE, { alg: 'RS256', key: rsa.privateKey });
    files.set('paved/main.rego', Buffer.from('package paved.main\n'));
    expect(() => verifyBundleSignatures(files, { alg: 'RS256', key: rsa.publicPem })).toThrow(/paved\/main\.rego: digest mismatch/);
  });

  it('refuses an added file and a removed file', () => {
    const added = signedFiles(BUNDLE, { alg: 'HS256', key: 's' });
    added.set('paved/allow_all.rego', Buffer.from('package paved.allow\n'));
    expect(() => verifyBundleSignatures(added, { alg: 'HS256', key: 's' })).toThrow(/not covered by the signature: paved\/allow_all\.rego/);
    const removed = signedFiles(BUNDLE, { alg: 'HS256', key: 's' });
    removed.delete('paved/main.rego');
    expect(() => verifyBundleSignatures(removed, { alg: 'HS256', key: 's' })).toThrow(/listed in the signature but missing from the bundle: paved\/main\.rego/);
  });

  it('refuses an unsigned bundle when a key is configured', () => {
    expect(() => verifyBundleSignatures(filesOf(BUNDLE), { alg: 'HS256', key: 's' })).toThrow(/not signed \(no \.signatures\.json\)/);
  });

  it('refuses a signature made with another key', () => {
    expect(() => verifyBundleSignatures(signedFiles(BUNDLE, { alg: 'RS256', key: otherRsa.privateKey }), { alg: 'RS256', key: rsa.publicPem })).toThrow(/does not verify with the configured key/);
    expect(() => verifyBundleSignatures(signedFiles(BUNDLE, { alg: 'HS256', key: 'guess' }), { alg: 'HS256', key: 's' })).toThrow(/does not verify/);
  });

  it('refuses algorithm confusion: an HS256 token keyed with the RSA public key', () => {
    const forged = signedFiles(BUNDLE, { alg: 'HS256', key: rsa.publicPem });
    expect(() => verifyBundleSignatures(forged, { alg: 'RS256', key: rsa.publicPem })).toThrow(/signed with "HS256" but the verification key is RS256/);
  });

  it('refuses an unsigned "none" token', () => {
    const files = filesOf(BUNDLE);
    const payload = Buffer.from(JSON.stringify({ files: [] })).toString('base64url');
    const header = Buffer.from('{"alg":"none"}').toString('base64url');
    files.set('.signatures.json', Buffer.from(JSON.stringify({ signatures: [`${header}.${payload}.`] })));
    expect(() => verifyBundleSignatures(files, { alg: 'HS256', key: 's' })).toThrow(/signed with "none"/);
  });

  it('refuses an ES256 signature in DER form (JWS requires raw r||s)', () => {
    const header = Buffer.from('{"alg":"ES256"}').toString('base64url');
    const files = [...filesOf(BUNDLE)].map(([name, bytes]) => ({ name, hash: fileHash(name, bytes, 'SHA-256'), algorithm: 'SHA-256' }));
    const payload = Buffer.from(JSON.stringify({ files })).toString('base64url');
    const der = sign('sha256', Buffer.from(`${header}.${payload}`), ec.privateKey);
    const bundle = filesOf({ ...BUNDLE, '.signatures.json': JSON.stringify({ signatures: [`${header}.${payload}.${der.toString('base64url')}`] }) });
    expect(() => verifyBundleSignatures(bundle, { alg: 'ES256', key: ec.publicPem })).toThrow(/does not verify/);
  });

  it('checks the scope claim', () => {
    const files = signedFiles(BUNDLE, { alg: 'HS256', key: 's' }, { scope: 'write' });
    expect(() => verifyBundleSignatures(files, { alg: 'HS256', key: 's', scope: 'write' })).not.toThrow();
    expect(() => verifyBundleSignatures(files, { alg: 'HS256', key: 's' })).toThrow(/scope mismatch: the bundle is signed for "write", the key expects ""/);
  });

  it('refuses a key of the wrong type and malformed signature files', () => {
    expect(() => verifyBundleSignatures(signedFiles(BUNDLE, { alg: 'ES256', key: ec.privateKey }), { alg: 'ES256', key: rsa.publicPem })).toThrow(/ES256 needs an EC key, got rsa/);
    expect(() => verifyBundleSignatures(signedFiles(BUNDLE, { alg: 'RS256', key: rsa.privateKey }), { alg: 'RS256', key: 'not a pem' })).toThrow(/not a PEM public key/);
    const two = filesOf({ ...BUNDLE, '.signatures.json': JSON.stringify({ signatures: ['a.b.c', 'd.e.f'] }) });
    expect(() => verifyBundleSignatures(two, { alg: 'HS256', key: 's' })).toThrow(/multiple JWTs are not supported/);
    const notJwt = filesOf({ ...BUNDLE, '.signatures.json': JSON.stringify({ signatures: ['abc'] }) });
    expect(() => verifyBundleSignatures(notJwt, { alg: 'HS256', key: 's' })).toThrow(/not a compact JWT/);
  });

  it('refuses a file signed with MD5', () => {
    const files = [...filesOf(BUNDLE)].map(([name]) => ({ name, hash: '00', algorithm: 'MD5' }));
    const bundle = filesOf({ ...BUNDLE, '.signatures.json': JSON.stringify({ signatures: [signJwt({ files }, { alg: 'HS256', key: 's' })] }) });
    expect(() => verifyBundleSignatures(bundle, { alg: 'HS256', key: 's' })).toThrow(/unsupported hashing algorithm "MD5"/);
  });
});

describe('signed .tar.gz bundles through readPolicyFiles', () => {
  async function writeBundle(tree: Record<string, string>): Promise<string> {
    const path = join(await tempDir(), 'bundle.tar.gz');
    await writeFile(path, tarGz(entriesOf(tree)));
    return path;
  }

  it('loads a signed bundle and refuses the same bundle tampered, unsigned or checked with the wrong key', async () => {
    const key: VerificationKey = { alg: 'RS256', key: rsa.publicPem };
    const signed = { ...BUNDLE, '.signatures.json': signaturesFor(BUNDLE, { alg: 'RS256', key: rsa.privateKey }) };
    const ok = await readPolicyFiles(await writeBundle(signed), { verificationKey: key });
    expect(ok.manifest.revision).toBe('7');
    expect(ok.data).toEqual({ paved: { limits: { max_lines: 400, ratio: 1.5 }, globs: ['*.lock', '<infra>/**'] } });

    const refuse = async (path: string, verificationKey: VerificationKey, pattern: RegExp): Promise<void> => {
      const err = await readPolicyFiles(path, { verificationKey }).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(GateError);
      expect((err as GateError).code).toBe('policy_load_failed');
      expect((err as GateError).message).toMatch(pattern);
    };
    await refuse(await writeBundle({ ...signed, 'paved/main.rego': 'package paved.main\n' }), key, /bundle signature verification failed: paved\/main\.rego: digest mismatch/);
    await refuse(await writeBundle(BUNDLE), key, /bundle signature verification failed: the bundle is not signed/);
    await refuse(await writeBundle(signed), { alg: 'RS256', key: otherRsa.publicPem }, /does not verify with the configured key/);
    // Without a key the signature is not required (as in OPA), and the bundle loads.
    expect((await readPolicyFiles(await writeBundle(BUNDLE))).modules).toHaveLength(1);
  });

  it('verifies a bundle directory the same way', async () => {
    const dir = await tempDir();
    const signed = { ...BUNDLE, '.signatures.json': signaturesFor(BUNDLE, { alg: 'HS256', key: 'k' }) };
    await writeTree(dir, signed);
    expect((await readPolicyFiles(dir, { verificationKey: { alg: 'HS256', key: 'k' } })).manifest.revision).toBe('7');
    await writeTree(dir, { 'paved/extra.rego': 'package paved.extra\n' });
    const err = await readPolicyFiles(dir, { verificationKey: { alg: 'HS256', key: 'k' } }).then(() => null, (e: unknown) => e);
    expect((err as GateError).message).toMatch(/not covered by the signature: paved\/extra\.rego/);
  });
});

describe('parseVerificationKey', () => {
  it('accepts each algorithm with a usable key, normalising the algorithm name', () => {
    expect(parseVerificationKey({ alg: 'rs256', key: rsa.publicPem, scope: 'write' })).toEqual({ alg: 'RS256', key: rsa.publicPem, scope: 'write' });
    expect(parseVerificationKey({ alg: 'ES256', key: ec.publicPem, keyId: 'k1' })).toEqual({ alg: 'ES256', key: ec.publicPem, keyId: 'k1' });
    expect(parseVerificationKey({ alg: 'HS256', key: 'secret' })).toEqual({ alg: 'HS256', key: 'secret' });
  });

  it.each([
    [{ alg: 'PS256', key: 'x' }, /unsupported bundle signing algorithm "PS256"/],
    [{ alg: 'HS256', key: '  ' }, /verification key is empty/],
    [{ alg: 'RS256', key: 'not-pem' }, /verification key is unusable/],
    [{ alg: 'ES256', key: '' }, /verification key is empty/],
  ])('refuses %j as a usage error', (options, pattern) => {
    let err: unknown;
    try {
      parseVerificationKey(options);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GateError);
    expect((err as GateError).code).toBe('usage');
    expect((err as GateError).message).toMatch(pattern);
  });

  it('refuses an RSA key for ES256', () => {
    expect(() => parseVerificationKey({ alg: 'ES256', key: rsa.publicPem })).toThrow(/ES256 needs an EC key, got rsa/);
  });
});
