import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GateError } from '../errors.js';
import { entriesOf, tarGz, tempDir, writeTree } from '../wasm/test-support.js';
import { directoryDigest, packagePath, readPolicyFiles, sha256Hex } from './files.js';

const WASM_HEADER = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

async function expectLoadError(promise: Promise<unknown>, pattern: RegExp): Promise<GateError> {
  const err = await promise.then(
    () => {
      throw new Error('expected a policy_load_failed error');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GateError);
  expect((err as GateError).code).toBe('policy_load_failed');
  expect((err as GateError).message).toMatch(pattern);
  return err as GateError;
}

describe('readPolicyFiles: directories', () => {
  it('reads .rego modules in path order and places data files at their directory path', async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      'b.rego': 'package paved.b\n',
      'a/x.rego': 'package paved.a\n',
      'a/x_test.rego': 'package paved.a_test\n',
      'data.json': '{"top": 1}',
      'paved/config/data.yaml': 'protected:\n  - "*.lock"\n',
      'paved/limits/data.yml': 'max_lines: 400\n',
      'schemas/other.json': '{"ignored": true}',
      'README.md': '# not policy',
    });
    const files = await readPolicyFiles(dir);
    expect(files.format).toBe('directory');
    expect(files.modules.map((m) => m.path)).toEqual([join(dir, 'a/x.rego'), join(dir, 'b.rego')]);
    expect(files.modules[1]!.source).toBe('package paved.b\n');
    expect(files.data).toEqual({ top: 1, paved: { config: { protected: ['*.lock'] }, limits: { max_lines: 400 } } });
    expect(files.wasm).toBeUndefined();
    expect(files.manifest.revision).toBeNull();
    expect(files.files.size).toBe(8);
  });

  it('includes *_test.rego only when asked', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'a.rego': 'package a\n', 'a_test.rego': 'package a\n' });
    expect((await readPolicyFiles(dir, { includeTests: true })).modules).toHaveLength(2);
    expect((await readPolicyFiles(dir)).modules).toHaveLength(1);
  });

  it('merges objects from several data files and refuses a leaf defined twice, naming both files', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'data.json': '{"paved": {"x": 1}}', 'paved/data.json': '{"y": 2}' });
    expect((await readPolicyFiles(dir)).data).toEqual({ paved: { x: 1, y: 2 } });
    await writeTree(dir, { 'paved/data.json': '{"x": 3}' });
    await expectLoadError(readPolicyFiles(dir), /data path \/paved\/x is defined by both data\.json and paved\/data\.json/);
  });

  it('keeps __proto__ an ordinary data key and never touches Object.prototype', async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      'data.json': '{"__proto__": {"polluted": true}, "a": {"__proto__": {"x": 1}}}',
      'a/data.json': '{"__proto__": {"y": 2}}',
      '__proto__/data.json': '{"z": 3}',
    });
    const files = await readPolicyFiles(dir);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(files.data)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(files.data))).toEqual(JSON.parse('{"__proto__": {"polluted": true, "z": 3}, "a": {"__proto__": {"x": 1, "y": 2}}}'));
  });

  it('refuses malformed data and a non-object root data document', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'p/data.json': '{"a": ' });
    await expectLoadError(readPolicyFiles(dir), /p\/data\.json is not valid JSON/);
    const dir2 = await tempDir();
    await writeTree(dir2, { 'data.json': '[1, 2]' });
    await expectLoadError(readPolicyFiles(dir2), /data\.json must hold a JSON object/);
  });

  it('computes the documented shell-reproducible digest and skips .git', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'z.rego': 'package z\n', 'a b/data.json': '{}', 'Ä.rego': 'package u\n', '.git/HEAD': 'ref' });
    const files = await readPolicyFiles(dir);
    expect(files.files.has('.git/HEAD')).toBe(false);
    const shell = execFileSync('sh', ['-c', `find . -type f ! -path './.git/*' | sed 's|^\\./||' | LC_ALL=C sort | xargs -d '\\n' sha256sum | sha256sum`], { cwd: dir }).toString();
    expect(files.digest).toBe(shell.split(' ')[0]);
    expect(directoryDigest(files.files)).toBe(files.digest);
  });

  it('refuses symbolic links', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'a.rego': 'package a\n' });
    await symlink('/etc/passwd', join(dir, 'data.json'));
    await expectLoadError(readPolicyFiles(dir), /symbolic link/);
  });

  it('follows a link given as the policies path itself', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'real/a.rego': 'package a\n' });
    await symlink(join(dir, 'real'), join(dir, 'linked'));
    const files = await readPolicyFiles(join(dir, 'linked'));
    expect(files.modules.map((m) => m.source)).toEqual(['package a\n']);
  });

  it('refuses a policy file over the size limit before reading it', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'policy.wasm': new Uint8Array(2000) });
    await expectLoadError(readPolicyFiles(join(dir, 'policy.wasm'), { limits: { maxEntries: 10, maxFileBytes: 1000, maxTotalBytes: 1000 } }), /is 2000 bytes, over the 1000-byte limit/);
  });

  it('refuses a missing path with a hint', async () => {
    const err = await expectLoadError(readPolicyFiles('/nonexistent/policies'), /cannot read the policies \(ENOENT\)/);
    expect(err.hint).toMatch(/directory of \.rego files/);
  });
});

describe('readPolicyFiles: sha256 pins', () => {
  it('accepts the right pin (any case, sha256: prefix) and refuses a wrong one before parsing', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'a.rego': 'package a\n', 'data.json': 'not json at all' });
    const bundle = join(dir, 'bundle.tar.gz');
    const bytes = tarGz(entriesOf({ 'x.rego': 'package x\n' }));
    await writeFile(bundle, bytes);
    const pin = sha256Hex(bytes);
    expect((await readPolicyFiles(bundle, { sha256: `sha256:${pin.toUpperCase()}` })).digest).toBe(pin);
    const wrong = pin.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    await expectLoadError(readPolicyFiles(bundle, { sha256: wrong }), /policy-sha256 mismatch: expected [0-9a-f]{64}, the sha256 of the file is/);
    // The directory's data.json is broken, yet the pin error comes first: nothing was parsed.
    await expectLoadError(readPolicyFiles(dir, { sha256: wrong }), /policy-sha256 mismatch.*canonical directory digest/);
  });

  it('refuses a pin that is not 64 hex digits', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'a.rego': 'package a\n' });
    await expectLoadError(readPolicyFiles(dir, { sha256: 'abc' }), /must be 64 hex digits/);
  });
});

describe('readPolicyFiles: bundles', () => {
  it('reads a .tar.gz bundle: manifest, data, modules and policy.wasm', async () => {
    const dir = await tempDir();
    const bundle = join(dir, 'bundle.tar.gz');
    await writeFile(
      bundle,
      tarGz([
        { path: './', type: '5' },
        { path: '/.manifest', content: JSON.stringify({ revision: 'r42', roots: ['paved'], rego_version: 0, wasm: [{ entrypoint: 'paved/decision', module: '/policy.wasm' }], metadata: { team: 'sec' } }) },
        { path: '/data.json', content: '{"paved": {"limit": 3}}' },
        { path: 'paved/rules/data.json', content: '{"on": true}' },
        { path: 'paved/main.rego', content: 'package paved.main\n' },
        { path: '/policy.wasm', content: WASM_HEADER },
      ]),
    );
    const files = await readPolicyFiles(bundle);
    expect(files.format).toBe('tarball');
    expect(files.manifest).toEqual({ revision: 'r42', roots: ['paved'], regoVersion: 'v0', wasm: [{ entrypoint: 'paved/decision', module: '/policy.wasm' }], metadata: { team: 'sec' } });
    expect(files.data).toEqual({ paved: { limit: 3, rules: { on: true } } });
    expect(files.modules.map((m) => m.path)).toEqual([`${bundle}:paved/main.rego`]);
    expect(files.wasm).toEqual(WASM_HEADER);
    expect([...files.files.keys()].sort()).toEqual(['.manifest', 'data.json', 'paved/main.rego', 'paved/rules/data.json', 'policy.wasm']);
  });

  it('enforces the manifest roots for data and packages', async () => {
    const dir = await tempDir();
    await writeTree(dir, { '.manifest': '{"roots": ["paved"]}', 'other/data.json': '{"a": 1}' });
    await expectLoadError(readPolicyFiles(dir), /other\/data\.json: data path \/other is outside the bundle roots \["paved"\]/);
    const dir2 = await tempDir();
    await writeTree(dir2, { '.manifest': '{"roots": ["paved/rules"]}', 'data.json': '{"paved": {"other": 1}}' });
    await expectLoadError(readPolicyFiles(dir2), /data path \/paved\/other is outside/);
    const dir3 = await tempDir();
    await writeTree(dir3, { '.manifest': '{"roots": ["paved"]}', 'x.rego': 'package system.evil\n' });
    await expectLoadError(readPolicyFiles(dir3), /x\.rego: package system\.evil is outside the bundle roots/);
  });

  it('refuses a malformed manifest', async () => {
    const dir = await tempDir();
    await writeTree(dir, { '.manifest': '{"roots": "paved"}', 'a.rego': 'package a\n' });
    await expectLoadError(readPolicyFiles(dir), /roots must be an array of strings/);
    await writeTree(dir, { '.manifest': '{"rego_version": 2}' });
    await expectLoadError(readPolicyFiles(dir), /rego_version must be 0 or 1/);
  });

  it('refuses a manifest naming a wasm module that is absent, and several wasm modules', async () => {
    const dir = await tempDir();
    await writeTree(dir, { '.manifest': '{"wasm": [{"entrypoint": "a", "module": "/x/policy.wasm"}]}' });
    await expectLoadError(readPolicyFiles(dir), /names wasm module \/x\/policy\.wasm but the bundle has no such file/);
    await writeTree(dir, { 'x/policy.wasm': WASM_HEADER, 'policy.wasm': WASM_HEADER });
    await expectLoadError(readPolicyFiles(dir), /several wasm modules \(policy\.wasm, x\/policy\.wasm\)/);
  });

  it.each([
    ['a parent-directory entry', [{ path: '../evil.rego', content: 'package evil\n' }], /escapes the bundle root/],
    ['a nested traversal', [{ path: 'a/../../evil.rego', content: 'x' }], /escapes the bundle root/],
    ['a symlink', [{ path: 'data.json', type: '2' as const, linkTarget: '/etc/passwd' }], /is a SymbolicLink; bundles may hold only regular files/],
    ['a duplicate entry', [{ path: 'a.rego', content: 'x' }, { path: './a.rego', content: 'y' }], /entry a\.rego appears twice/],
  ])('refuses %s in a tarball', async (_name, entries, pattern) => {
    const dir = await tempDir();
    const bundle = join(dir, 'b.tar.gz');
    await writeFile(bundle, tarGz(entries));
    await expectLoadError(readPolicyFiles(bundle), pattern);
  });

  it('enforces the entry-count and size limits', async () => {
    const dir = await tempDir();
    const bundle = join(dir, 'b.tar.gz');
    await writeFile(bundle, tarGz(entriesOf({ 'a.rego': 'package a\n', 'b.rego': 'package b\n', 'c.rego': 'package c\n' })));
    await expectLoadError(readPolicyFiles(bundle, { limits: { maxEntries: 2, maxFileBytes: 100, maxTotalBytes: 1000 } }), /more than 2 files/);
    await expectLoadError(readPolicyFiles(bundle, { limits: { maxEntries: 10, maxFileBytes: 5, maxTotalBytes: 1000 } }), /over the 5-byte limit per file/);
    const padded = join(dir, 'padded.tar.gz');
    const comment = `# ${'x'.repeat(2000)}\n`;
    await writeFile(padded, tarGz(entriesOf({ 'a.rego': comment, 'b.rego': comment, 'c.rego': comment })));
    await expectLoadError(readPolicyFiles(padded, { limits: { maxEntries: 10, maxFileBytes: 3000, maxTotalBytes: 5000 } }), /add up to more than 5000 bytes/);
    await expectLoadError(readPolicyFiles(padded, { limits: { maxEntries: 10, maxFileBytes: 3000, maxTotalBytes: 50 } }), /padded\.tar\.gz: is \d+ bytes, over the 50-byte limit/);
  });

  it('refuses a corrupt gzip stream', async () => {
    const dir = await tempDir();
    const bundle = join(dir, 'b.tar.gz');
    const bytes = tarGz(entriesOf({ 'a.rego': 'package a\n' }));
    await writeFile(bundle, bytes.slice(0, 20));
    await expectLoadError(readPolicyFiles(bundle), /bad bundle archive/);
  });
});

describe('readPolicyFiles: single files', () => {
  it('reads a bare wasm module and a single .rego file', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'policy.wasm': WASM_HEADER, 'one.rego': 'package one\n' });
    const wasm = await readPolicyFiles(join(dir, 'policy.wasm'));
    expect(wasm.format).toBe('wasm');
    expect(wasm.wasm).toEqual(WASM_HEADER);
    expect(wasm.digest).toBe(sha256Hex(WASM_HEADER));
    const rego = await readPolicyFiles(join(dir, 'one.rego'));
    expect(rego.modules).toEqual([{ path: join(dir, 'one.rego'), source: 'package one\n' }]);
  });

  it('refuses a bare wasm module when a verification key is configured', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'policy.wasm': WASM_HEADER });
    await expectLoadError(readPolicyFiles(join(dir, 'policy.wasm'), { verificationKey: { alg: 'HS256', key: 's' } }), /cannot carry a signature/);
  });

  it('refuses an unknown file type', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'notes.txt': 'hello' });
    await expectLoadError(readPolicyFiles(join(dir, 'notes.txt')), /is not a policy artifact/);
  });
});

describe('packagePath', () => {
  it.each([
    ['package paved.rules\n', ['paved', 'rules']],
    ['# comment\npackage  a["b-c"].d # trailing\n', ['a', 'b-c', 'd']],
    ['import rego.v1\n', null],
    ['package a-b\n', null],
  ])('%j → %j', (text, expected) => {
    expect(packagePath(text)).toEqual(expected);
  });
});
