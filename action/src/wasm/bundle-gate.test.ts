/**
 * The whole gate over a compiled bundle: what `paved check --policies
 * bundle.tar.gz` does. The bundle's policy.wasm is the hand-assembled ABI
 * module whose decision entrypoint returns the bundle data, so data.json
 * carries the decision document the policy would compute.
 */
import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInput } from '../collect/index.js';
import { runGate } from '../gate.js';
import { abiModule } from './abi-module.js';
import { entriesOf, signaturesFor, tarGz, tempDir } from './test-support.js';
import { sha256Hex } from '../engine/files.js';

const FIXTURE = join(import.meta.dirname, '../../../fixtures/ai-feature-without-tests');

async function bundleWith(decision: unknown, extra: Record<string, string> = {}): Promise<{ path: string; bytes: Uint8Array; tree: Record<string, string | Uint8Array> }> {
  const tree = {
    '.manifest': JSON.stringify({ revision: 'pack-1', wasm: [{ entrypoint: 'paved/decision', module: '/policy.wasm' }] }),
    'policy.wasm': await abiModule({ decisionFromData: true, entrypoints: ['paved/decision'] }),
    'data.json': JSON.stringify(decision),
    ...extra,
  };
  const bytes = tarGz(entriesOf(tree));
  const path = join(await tempDir(), 'bundle.tar.gz');
  await writeFile(path, bytes);
  return { path, bytes, tree };
}

const collect = () => collectInput({ kind: 'fixture', dir: FIXTURE });

describe('the gate over an OPA wasm bundle', () => {
  it('blocks on a deny finding from policy.wasm and records the wasm engine and revision', async () => {
    const { path, bytes } = await bundleWith({ deny: [{ rule: 'no-secrets', message: 'AWS key in config.ts', file: 'config.ts', line: 3 }], warn: [] });
    const { decision } = await runGate({ collect, policies: path, policySha256: sha256Hex(bytes) });
    expect(decision.error).toBeNull();
    expect(decision.verdict).toBe('failure');
    expect(decision.findings.map((f) => [f.rule, f.level, f.file, f.line])).toEqual([['no-secrets', 'deny', 'config.ts', 3]]);
    expect(decision.policy).toEqual({ kind: 'wasm', source: path, revision: 'pack-1', digest: sha256Hex(bytes), entrypoint: 'paved/decision' });
  });

  it('passes when the compiled policy denies nothing', async () => {
    const { path } = await bundleWith({ deny: [], warn: [] });
    expect((await runGate({ collect, policies: path })).decision.verdict).toBe('success');
  });

  it('fails closed on a wrong pin, an unknown entrypoint, or an unsigned bundle when a key is set', async () => {
    const { path } = await bundleWith({ deny: [], warn: [] });
    const pinned = (await runGate({ collect, policies: path, policySha256: '0'.repeat(64) })).decision;
    expect(pinned.verdict).toBe('error');
    expect(pinned.error?.code).toBe('policy_load_failed');
    const entry = (await runGate({ collect, policies: path, entrypoint: 'paved/other' })).decision;
    expect(entry.verdict).toBe('error');
    expect(entry.error?.message).toMatch(/entrypoint "paved\/other" is not in policy\.wasm; it has: paved\/decision/);
    const unsigned = (await runGate({ collect, policies: path, verificationKey: { alg: 'HS256', key: 'k' } })).decision;
    expect(unsigned.verdict).toBe('error');
    expect(unsigned.error?.message).toMatch(/not signed/);
  });

  it('accepts a signed bundle with the matching key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const base = await bundleWith({ deny: [], warn: [] });
    const signed = { ...base.tree, '.signatures.json': signaturesFor(base.tree, { alg: 'RS256', key: privateKey }) };
    const path = join(await tempDir(), 'signed.tar.gz');
    await writeFile(path, tarGz(entriesOf(signed)));
    const { decision } = await runGate({ collect, policies: path, verificationKey: { alg: 'RS256', key: publicKey.export({ type: 'spki', format: 'pem' }).toString() } });
    expect(decision.error).toBeNull();
    expect(decision.verdict).toBe('success');
  });
});
