/**
 * Bundle signature flags of `paved check` and `paved eval`: bundles signed
 * the way `opa sign` does (wasm/test-support.ts), then tampered with or left
 * unsigned; and the key must never reach the output.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../gate.js';
import { abiModule } from '../wasm/abi-module.js';
import { entriesOf, signaturesFor, tarGz, type SigningKey } from '../wasm/test-support.js';
import { main } from './paved.js';
import { captureIO, makeTempDir, removeTempDirs } from './test-support.js';

const work = makeTempDir('paved-verify-');
afterAll(removeTempDirs);

const HS_SECRET = 'hs256-shared-secret-do-not-print';
const DENY = { deny: [{ rule: 'no-secrets', message: 'AWS key in config.ts', file: 'config.ts', line: 3 }], warn: [] };
const REGO = 'package paved.limits\n\nimport rego.v1\n\nmax_lines := data.paved.max\n';

let rsa: { privateKey: KeyObject; publicPem: string };
let ec: { privateKey: KeyObject; publicPem: string };
let wasmTree: Record<string, string | Uint8Array>;
const regoTree = { '.manifest': '{"revision": "r9", "roots": ["paved"]}', 'limits.rego': REGO, 'data.json': '{"paved": {"max": 400}}' };
let fixtureDir: string;

function pair(type: 'rsa' | 'ec'): { privateKey: KeyObject; publicPem: string } {
  const { privateKey, publicKey } = type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

/** A .tar.gz of `tree` signed by `signer`; `after` replaces files once signed (tampering). */
function signedBundle(name: string, tree: Record<string, string | Uint8Array>, signer: SigningKey, after: Record<string, string> = {}, claims: Record<string, unknown> = {}): string {
  const signed = { ...tree, '.signatures.json': signaturesFor(tree, signer, claims), ...after };
  return file(name, tarGz(entriesOf(signed)));
}

beforeAll(async () => {
  rsa = pair('rsa');
  ec = pair('ec');
  wasmTree = {
    '.manifest': JSON.stringify({ revision: 'pack-1', wasm: [{ entrypoint: 'paved/decision', module: '/policy.wasm' }] }),
    'policy.wasm': await abiModule({ decisionFromData: true, entrypoints: ['paved/decision'] }),
    'data.json': JSON.stringify({ deny: [], warn: [] }),
  };
  fixtureDir = mkdtempSync(join(work, 'fixture-'));
  cpSync(join(PACKAGE_ROOT, 'fixtures', 'human-change-passes'), fixtureDir, { recursive: true });
});

async function run(args: string[]) {
  const io = captureIO(work);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('paved check --verification-key', () => {
  const check = (policies: string, ...flags: string[]) => run(['check', '--fixture', fixtureDir, '--policies', policies, '--format', 'json', ...flags]);

  it('accepts a bundle signed with the key (RS256 by default, as opa)', async () => {
    const bundle = signedBundle('rs-signed.tar.gz', wasmTree, { alg: 'RS256', key: rsa.privateKey });
    const r = await check(bundle, '--verification-key', file('rsa.pem', rsa.publicPem));
    expect(r.code).toBe(0);
    const decision = JSON.parse(r.out);
    expect(decision.error).toBeNull();
    expect(decision.verdict).toBe('success');
    expect(decision.policy.revision).toBe('pack-1');
  });

  it('fails closed (exit 2, not a verdict) on a bundle changed after signing, even when the change would block', async () => {
    const tampered = signedBundle('rs-tampered.tar.gz', wasmTree, { alg: 'RS256', key: rsa.privateKey }, { 'data.json': JSON.stringify(DENY) });
    const r = await check(tampered, '--verification-key', file('rsa.pem', rsa.publicPem));
    expect(r.code).toBe(2);
    const decision = JSON.parse(r.out);
    expect(decision.verdict).toBe('error');
    expect(decision.findings).toEqual([]);
    expect(decision.error.code).toBe('policy_load_failed');
    expect(decision.error.message).toContain('data.json: digest mismatch');
  });

  it('refuses an unsigned bundle when a key is configured, and accepts it without one', async () => {
    const unsigned = file('unsigned.tar.gz', tarGz(entriesOf(wasmTree)));
    const refused = await check(unsigned, '--verification-key', file('rsa.pem', rsa.publicPem));
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.out).error.message).toContain('the bundle is not signed');
    expect((await check(unsigned)).code).toBe(0);
  });

  it('checks HS256 with the secret file as written, and --verification-scope against the token', async () => {
    const bundle = signedBundle('hs-scoped.tar.gz', wasmTree, { alg: 'HS256', key: HS_SECRET }, {}, { scope: 'prod' });
    const secret = file('secret.txt', HS_SECRET);
    expect((await check(bundle, '--verification-alg', 'hs256', '--verification-key', secret, '--verification-scope', 'prod', '--verification-key-id', 'ci')).code).toBe(0);
    const noScope = await check(bundle, '--verification-alg', 'HS256', '--verification-key', secret);
    expect(noScope.code).toBe(2);
    expect(JSON.parse(noScope.out).error.message).toContain('scope mismatch: the bundle is signed for "prod"');
  });

  it('never prints the key: a wrong HS256 secret and an unusable PEM name the file only', async () => {
    const bundle = signedBundle('hs.tar.gz', wasmTree, { alg: 'HS256', key: HS_SECRET });
    const wrongSecret = 'another-secret-value-xyz';
    const wrong = await check(bundle, '--verification-alg', 'HS256', '--verification-key', file('wrong.txt', wrongSecret));
    expect(wrong.code).toBe(2);
    expect(JSON.parse(wrong.out).error.message).toContain('does not verify with the configured key');
    expect(wrong.out + wrong.err).not.toContain(wrongSecret);

    const garbage = 'NOT-A-PEM-but-secret-material-123';
    const keyFile = file('garbage.pem', garbage);
    const unusable = await check(bundle, '--verification-key', keyFile);
    expect(unusable.code).toBe(3);
    expect(unusable.err).toContain(`paved: usage error: --verification-key ${keyFile}: the bundle verification key is unusable`);
    expect(unusable.out + unusable.err).not.toContain(garbage);
  });
});

describe('paved eval --verification-key', () => {
  it('evaluates a signed Rego bundle (ES256) and refuses it once a module is edited', async () => {
    const key = file('ec.pem', ec.publicPem);
    const signer: SigningKey = { alg: 'ES256', key: ec.privateKey };
    const signed = signedBundle('ec-signed.tar.gz', regoTree, signer);
    const ok = await run(['eval', '-b', signed, '--verification-alg', 'ES256', '--verification-key', key, 'data.paved.limits.max_lines']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).result[0].expressions[0].value).toBe(400);

    const tampered = signedBundle('ec-tampered.tar.gz', regoTree, signer, { 'limits.rego': REGO.replace('data.paved.max', '100000') });
    const refused = await run(['eval', '-b', tampered, '--verification-alg', 'ES256', '--verification-key', key, 'data.paved.limits.max_lines']);
    expect(refused.code).toBe(2);
    const [error] = JSON.parse(refused.out).errors;
    expect(error.code).toBe('policy_load_failed');
    expect(error.message).toContain('limits.rego: digest mismatch');
  });

  it('refuses an unsigned compiled bundle', async () => {
    const unsigned = file('unsigned-eval.tar.gz', tarGz(entriesOf(wasmTree)));
    const r = await run(['eval', '-b', unsigned, '--verification-key', file('rsa.pem', rsa.publicPem), '-e', 'paved/decision']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).errors[0].message).toContain('the bundle is not signed');
  });
});

describe('verification flags: usage errors name the flag', () => {
  it.each([
    [['check', '--verification-alg', 'PS512'], "option '--verification-alg <alg>' argument 'PS512' is invalid. Use one of RS256, ES256, HS256"],
    [['check', '--verification-scope', 'prod'], '--verification-scope given without --verification-key'],
    [['eval', '--format', 'pretty', '--verification-alg', 'ES256', '--verification-key-id', 'k', 'data'], '--verification-alg, --verification-key-id given without --verification-key'],
    [['check', '--verification-key', '/no/such/key.pem'], '--verification-key /no/such/key.pem: no such file'],
    [['eval', '--format', 'pretty', '--verification-key', join(PACKAGE_ROOT, 'package.json'), 'data'], '--verification-key needs -b/--bundle'],
  ])('%j', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(3);
    expect(r.err).toContain(message);
  });

  it('an EC key configured for RS256 is a usage error before anything is read', async () => {
    const r = await run(['check', '--fixture', fixtureDir, '--verification-key', file('ec-for-rs.pem', ec.publicPem)]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('RS256 needs an RSA key, got ec');
  });
});
