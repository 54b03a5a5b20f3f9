import { generateKeyPairSync } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GateError } from '../errors.js';
import { abiModule } from '../wasm/abi-module.js';
import { entriesOf, signaturesFor, tarGz, tempDir, writeTree } from '../wasm/test-support.js';
import { sha256Hex } from './files.js';
import { loadPolicyEngine } from './load.js';

const DECISION_REGO = `package paved.decision

deny contains {"rule": "too-big", "message": "too many lines"} if input.lines > data.paved.max_lines
`;

let wasm: Uint8Array;
beforeAll(async () => {
  wasm = await abiModule();
});

async function loadError(promise: Promise<unknown>): Promise<GateError> {
  const err = await promise.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(GateError);
  expect((err as GateError).code).toBe('policy_load_failed');
  return err as GateError;
}

describe('loadPolicyEngine picks the engine from the artifact', () => {
  it('a directory of .rego files → interpreter, with data placed and info filled', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'decision.rego': DECISION_REGO, 'paved/data.json': '{"max_lines": 10}' });
    const engine = await loadPolicyEngine(dir);
    expect(engine.info.kind).toBe('interpreter');
    expect(engine.info.source).toBe(dir);
    expect(engine.info.revision).toBeNull();
    expect(engine.info.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await engine.evaluate('paved/decision/deny', { lines: 11 })).toEqual({ defined: true, value: [{ rule: 'too-big', message: 'too many lines' }] });
    expect(await engine.evaluate('paved/decision/deny', { lines: 3 })).toEqual({ defined: true, value: [] });
  });

  it('a .tar.gz bundle without policy.wasm → interpreter, revision from the manifest', async () => {
    const dir = await tempDir();
    const bundle = join(dir, 'bundle.tar.gz');
    await writeFile(bundle, tarGz(entriesOf({ '.manifest': '{"revision": "abc123", "roots": ["paved"]}', 'decision.rego': DECISION_REGO, 'data.json': '{"paved": {"max_lines": 1}}' })));
    const engine = await loadPolicyEngine(bundle);
    expect(engine.info).toEqual({ kind: 'interpreter', source: bundle, revision: 'abc123', digest: sha256Hex(tarGz(entriesOf({ '.manifest': '{"revision": "abc123", "roots": ["paved"]}', 'decision.rego': DECISION_REGO, 'data.json': '{"paved": {"max_lines": 1}}' }))) });
    expect(await engine.evaluate('paved/decision/deny', { lines: 2 })).toEqual({ defined: true, value: [{ rule: 'too-big', message: 'too many lines' }] });
  });

  it('a bundle holding policy.wasm → wasm engine, even when .rego sources ride along', async () => {
    const dir = await tempDir();
    const bundle = join(dir, 'bundle.tar.gz');
    await writeFile(bundle, tarGz(entriesOf({ '.manifest': '{"revision": "w1", "wasm": [{"entrypoint": "paved/decision", "module": "/policy.wasm"}]}', 'policy.wasm': wasm, 'decision.rego': DECISION_REGO, 'data.json': '{"paved": {"max_lines": 5}}' })));
    const engine = await loadPolicyEngine(bundle);
    expect(engine.info.kind).toBe('wasm');
    expect(engine.info.revision).toBe('w1');
    expect(engine.entrypoints()).toContain('paved/decision');
    expect(await engine.evaluate('paved/decision', { lines: 1 })).toEqual({ defined: true, value: { input: { lines: 1 }, data: { paved: { max_lines: 5 } } } });
  });

  it('a bare policy.wasm → wasm engine with empty data', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'policy.wasm': wasm });
    const engine = await loadPolicyEngine(join(dir, 'policy.wasm'));
    expect(engine.info).toEqual({ kind: 'wasm', source: join(dir, 'policy.wasm'), revision: null, digest: sha256Hex(wasm) });
    expect(await engine.evaluate('paved/decision', {})).toEqual({ defined: true, value: { input: {}, data: {} } });
  });

  it('a directory bundle holding policy.wasm → wasm engine', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'policy.wasm': wasm, 'data.json': '{"x": 1}' });
    const engine = await loadPolicyEngine(dir);
    expect(engine.info.kind).toBe('wasm');
    expect(await engine.evaluate('paved/decision', null)).toEqual({ defined: true, value: { input: null, data: { x: 1 } } });
  });

  it('parses .rego sources with the manifest\'s rego_version unless told otherwise', async () => {
    const dir = await tempDir();
    await writeTree(dir, { '.manifest': '{"rego_version": 0}', 'p.rego': 'package paved.x\n\ndeny[msg] { input.bad; msg := "bad" }\n' });
    const engine = await loadPolicyEngine(dir);
    expect(await engine.evaluate('paved/x/deny', { bad: true })).toEqual({ defined: true, value: ['bad'] });
    expect((await loadError(loadPolicyEngine(dir, { regoVersion: 'v1' }))).message).toMatch(/p\.rego:3:\d+: rego_parse_error/);
  });

  it('refuses an artifact with neither .rego files nor policy.wasm', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'data.json': '{}' });
    const err = await loadError(loadPolicyEngine(dir));
    expect(err.message).toMatch(/no \.rego files and no policy\.wasm found/);
  });

  it('reports Rego compile errors as load failures naming the file', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'broken.rego': 'package paved.x\n\ndeny contains x if {\n' });
    const err = await loadError(loadPolicyEngine(dir));
    expect(err.message).toMatch(/broken\.rego/);
  });
});

describe('loadPolicyEngine integrity options', () => {
  it('checks policy-sha256 for the wasm and interpreter paths alike', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'policy.wasm': wasm, 'src/decision.rego': DECISION_REGO });
    const wasmPath = join(dir, 'policy.wasm');
    expect((await loadPolicyEngine(wasmPath, { policySha256: sha256Hex(wasm) })).info.kind).toBe('wasm');
    expect((await loadError(loadPolicyEngine(wasmPath, { policySha256: '0'.repeat(64) }))).message).toMatch(/policy-sha256 mismatch/);
    const srcDir = join(dir, 'src');
    const digest = (await loadPolicyEngine(srcDir)).info.digest;
    expect((await loadPolicyEngine(srcDir, { policySha256: digest })).info.kind).toBe('interpreter');
    await writeTree(srcDir, { 'extra.rego': 'package paved.extra\n' });
    expect((await loadError(loadPolicyEngine(srcDir, { policySha256: digest }))).message).toMatch(/policy-sha256 mismatch/);
  });

  it('with a verification key: loads a signed wasm bundle, refuses it unsigned or with policy.wasm swapped', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const key = { alg: 'ES256' as const, key: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
    const tree = { '.manifest': '{"revision": "s1"}', 'policy.wasm': wasm, 'data.json': '{"a": 1}' };
    const signed = { ...tree, '.signatures.json': signaturesFor(tree, { alg: 'ES256', key: privateKey }) };
    const dir = await tempDir();
    const write = async (name: string, files: Record<string, string | Uint8Array>): Promise<string> => {
      await writeFile(join(dir, name), tarGz(entriesOf(files)));
      return join(dir, name);
    };
    const engine = await loadPolicyEngine(await write('ok.tar.gz', signed), { verificationKey: key });
    expect(engine.info.kind).toBe('wasm');
    expect((await loadError(loadPolicyEngine(await write('unsigned.tar.gz', tree), { verificationKey: key }))).message).toMatch(/not signed/);
    const swapped = await abiModule({ entrypoints: ['paved/decision', 'evil'] });
    expect((await loadError(loadPolicyEngine(await write('swapped.tar.gz', { ...signed, 'policy.wasm': swapped }), { verificationKey: key }))).message).toMatch(/policy\.wasm: digest mismatch/);
  });
});
