import { describe, expect, it } from 'vitest';
import { makeContext, makeFile } from '../../../test-support/inputs.js';
import type { SignalContext } from '../../types.js';
import { classifyChange, pep440Version, toRange } from './classify.js';
import { collectDependencyChanges, fragmentsOf } from './index.js';
import { manifestKind, parsePep508, readManifest } from './manifests.js';
import { readTomlEntries } from './toml.js';

function ctxWith(path: string, base: string | null, head: string | null, over: Partial<SignalContext> = {}) {
  const status = base === null ? 'added' : head === null ? 'removed' : 'modified';
  return makeContext({
    files: [makeFile(path, [], { status, kind: 'dependency-manifest' })],
    readFile: async (side, p) => (p === path ? (side === 'base' ? base : head) : null),
    ...over,
  });
}

describe('classifyChange', () => {
  it.each([
    [null, '^1.0.0', 'npm', 'added'],
    ['^1.0.0', null, 'npm', 'removed'],
    ['^1.2.0', '^2.0.0', 'npm', 'major'],
    ['^1.2.0', '^1.3.0', 'npm', 'minor'],
    ['1.2.3', '1.2.4', 'npm', 'patch'],
    ['1.2.4', '1.2.3', 'npm', 'downgrade'],
    ['^1.2.0', '2.0.0-beta.1', 'npm', 'prerelease'],
    ['~1.2.0', '^1.2.0', 'npm', 'range-widened'],
    ['1.2.3', '*', 'npm', 'range-widened'],
    ['^1.2.0', '~1.2.0', 'npm', 'changed'],
    ['^1.0.0', 'github:acme/lib#main', 'npm', 'changed'],
    ['npm:lodash@^4.0.0', 'npm:lodash@^5.0.0', 'npm', 'major'],
    ['^1.0.0', '^1.0.0', 'npm', null],
    ['==2.31.0', '==2.32.0', 'pypi', 'minor'],
    ['>=2.0,<3', '>=1.0', 'pypi', 'range-widened'],
    ['~=1.4', '~=1.4.2', 'pypi', 'patch'],
    ['==2.0.0', '==2.1.0rc1', 'pypi', 'prerelease'],
    ['v1.9.0', 'v2.0.0+incompatible', 'go', 'major'],
    ['v0.14.0', 'v0.0.0-20240101000000-abcdef123456', 'go', 'prerelease'],
    ['1.0', '1.1', 'cargo', 'minor'],
    ['=1.2.3', '1.2.3', 'cargo', 'range-widened'],
  ] as const)('%s → %s (%s) is %s', (from, to, eco, kind) => {
    expect(classifyChange(from, to, eco)).toBe(kind);
  });

  it('translates specs to npm ranges', () => {
    expect(toRange('>=1.2,!=1.3,<2', 'pypi')).toBe('>=1.2.0 <2.0.0');
    expect(toRange('==1.2.*', 'pypi')).toBe('>=1.2.0 <1.3.0-0');
    expect(toRange('1.0, <1.5', 'cargo')).toBe('>=1.0.0 <2.0.0-0 <1.5.0-0');
    expect(toRange('@ git+https://x/y', 'pypi')).toBeNull();
    expect(pep440Version('2.0rc1')).toBe('2.0.0-rc.1');
    expect(pep440Version('1.4.post2')).toBe('1.4.0');
  });
});

describe('manifest readers', () => {
  it('recognises manifests by name', () => {
    expect(['package.json', 'a/package-lock.json', 'requirements-dev.txt', 'requirements/base.txt', 'svc/go.mod', 'Cargo.toml', 'pyproject.toml', 'notes.txt'].map(manifestKind)).toEqual([
      'package.json',
      'package-lock.json',
      'requirements',
      'requirements',
      'go.mod',
      'Cargo.toml',
      'pyproject.toml',
      null,
    ]);
  });

  it('parses PEP 508 lines', () => {
    expect(parsePep508('Pydantic_Core[email] >= 2.5 ; python_version >= "3.9"')).toEqual({ name: 'pydantic-core', spec: '>=2.5' });
    expect(parsePep508('flask')).toEqual({ name: 'flask', spec: '*' });
    expect(parsePep508('mylib @ git+https://github.com/acme/mylib@v1')).toEqual({ name: 'mylib', spec: '@git+https://github.com/acme/mylib@v1' });
  });

  it('reads a requirements file with continuations, hashes, options and comments', () => {
    const text = '# pinned\n-r base.txt\n--index-url https://pypi.example\nrequests==2.31.0 \\\n    --hash=sha256:abc\nurllib3>=2  # transitive\n';
    expect([...readManifest('requirements', 'requirements.txt', text, false)]).toEqual([
      ['requests', { spec: '==2.31.0', dev: false }],
      ['urllib3', { spec: '>=2', dev: false }],
    ]);
  });

  it('reads editable and bare VCS requirements by their egg name', () => {
    const text = '-e git+https://github.com/acme/tool.git@v2#egg=acme_tool\ngit+https://github.com/acme/lib.git@abc123#subdirectory=py&egg=acme-lib\n';
    expect(Object.fromEntries(readManifest('requirements', 'requirements.txt', text, false))).toEqual({
      'acme-tool': { spec: '@git+https://github.com/acme/tool.git@v2', dev: false },
      'acme-lib': { spec: '@git+https://github.com/acme/lib.git@abc123', dev: false },
    });
  });

  it('reads pyproject PEP 621, dependency groups and poetry tables', () => {
    const text = `
[project]
name = "app"
dependencies = [
  "httpx>=0.27",  # client
  "rich==13.7.1",
]
[project.optional-dependencies]
test = ["pytest>=8"]
cli = ["typer"]
[dependency-groups]
lint = ["ruff==0.6.0"]
[tool.poetry.dependencies]
python = "^3.11"
django = { version = "^5.0", extras = ["argon2"] }
[tool.poetry.group.docs.dependencies]
mkdocs = "^1.6"
`;
    expect(Object.fromEntries(readManifest('pyproject.toml', 'pyproject.toml', text, false))).toEqual({
      httpx: { spec: '>=0.27', dev: false },
      rich: { spec: '==13.7.1', dev: false },
      pytest: { spec: '>=8', dev: true },
      typer: { spec: '*', dev: false },
      ruff: { spec: '==0.6.0', dev: true },
      django: { spec: '^5.0', dev: false },
      mkdocs: { spec: '^1.6', dev: true },
    });
  });

  it('reads go.mod require lines and blocks', () => {
    const text = 'module example.com/app\n\ngo 1.22\n\nrequire github.com/pkg/errors v0.9.1\n\nrequire (\n\tgolang.org/x/net v0.25.0 // indirect\n\tgithub.com/stretchr/testify v1.9.0\n)\n\nreplace github.com/x/y => ../y\n';
    expect(Object.fromEntries(readManifest('go.mod', 'go.mod', text, false))).toEqual({
      'github.com/pkg/errors': { spec: 'v0.9.1', dev: false },
      'golang.org/x/net': { spec: 'v0.25.0', dev: false },
      'github.com/stretchr/testify': { spec: 'v1.9.0', dev: false },
    });
  });

  it('reads Cargo.toml tables, inline tables, dotted tables and target deps', () => {
    const text = `
[package]
name = "app"
version = "0.1.0"

[dependencies]
serde = { version = "1.0", features = ["derive"] }
tokio = "1.38"
mylib = { git = "https://github.com/acme/mylib", rev = "abc123" }

[dependencies.reqwest]
version = "0.12"
default-features = false

[target.'cfg(windows)'.dependencies]
winapi = "0.3"

[dev-dependencies]
proptest = "1.4"
`;
    expect(Object.fromEntries(readManifest('Cargo.toml', 'Cargo.toml', text, false))).toEqual({
      serde: { spec: '1.0', dev: false },
      tokio: { spec: '1.38', dev: false },
      mylib: { spec: 'git+https://github.com/acme/mylib#abc123', dev: false },
      reqwest: { spec: '0.12', dev: false },
      winapi: { spec: '0.3', dev: false },
      proptest: { spec: '1.4', dev: true },
    });
  });

  it('reads TOML quoted keys and strings with # inside', () => {
    expect(readTomlEntries('["a.b"]\n"c.d" = "x#y" # comment\n')).toEqual([{ path: ['a.b', 'c.d'], value: 'x#y' }]);
  });
});

describe('collectDependencyChanges', () => {
  it('keeps a token in a version spec out of the section', async () => {
    const token = 'ghp_' + 'Zq8v2Lm9Xr4Tk7Wp'.repeat(3).slice(0, 36);
    const base = JSON.stringify({ dependencies: { lib: '^1.0.0' } });
    const head = JSON.stringify({ dependencies: { lib: `git+https://${token}@github.com/acme/lib.git` } });
    const section = await collectDependencyChanges(ctxWith('package.json', base, head));
    expect(section.changes).toEqual([
      { ecosystem: 'npm', manifest: 'package.json', name: 'lib', from: '^1.0.0', to: 'git+https://[REDACTED:github-token]@github.com/acme/lib.git', change: 'changed', dev: false },
    ]);
    expect(JSON.stringify(section)).not.toContain(token);
  });

  it('compares whole package.json files: runtime and dev, every kind of change', async () => {
    const base = JSON.stringify({
      name: 'app',
      version: '1.0.0',
      dependencies: { express: '^4.19.0', lodash: '4.17.21', left: '^1.0.0' },
      devDependencies: { vitest: '^3.2.0' },
    });
    const head = JSON.stringify({
      name: 'app',
      version: '1.1.0',
      dependencies: { express: '^5.0.0', lodash: '4.17.20', axios: '^1.7.0' },
      devDependencies: { vitest: '^4.1.0', typescript: '~5.9.0' },
    });
    const section = await collectDependencyChanges(ctxWith('package.json', base, head));
    expect(section.evaluated).toBe(true);
    expect(section.reason).toBeNull();
    expect(section.changes).toEqual([
      { ecosystem: 'npm', manifest: 'package.json', name: 'axios', from: null, to: '^1.7.0', change: 'added', dev: false },
      { ecosystem: 'npm', manifest: 'package.json', name: 'express', from: '^4.19.0', to: '^5.0.0', change: 'major', dev: false },
      { ecosystem: 'npm', manifest: 'package.json', name: 'left', from: '^1.0.0', to: null, change: 'removed', dev: false },
      { ecosystem: 'npm', manifest: 'package.json', name: 'lodash', from: '4.17.21', to: '4.17.20', change: 'downgrade', dev: false },
      { ecosystem: 'npm', manifest: 'package.json', name: 'typescript', from: null, to: '~5.9.0', change: 'added', dev: true },
      { ecosystem: 'npm', manifest: 'package.json', name: 'vitest', from: '^3.2.0', to: '^4.1.0', change: 'major', dev: true },
    ]);
  });

  it('reports a package moved from devDependencies to dependencies at the same version', async () => {
    const base = JSON.stringify({ devDependencies: { chalk: '^5.3.0' } });
    const head = JSON.stringify({ dependencies: { chalk: '^5.3.0' } });
    const section = await collectDependencyChanges(ctxWith('package.json', base, head));
    expect(section.changes).toEqual([{ ecosystem: 'npm', manifest: 'package.json', name: 'chalk', from: '^5.3.0', to: '^5.3.0', change: 'changed', dev: false }]);
  });

  it('reads top-level packages of a v3 package-lock.json', async () => {
    const lock = (ws: string, extra: Record<string, unknown> = {}) =>
      JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { name: 'app' },
          'node_modules/ws': { version: ws },
          'node_modules/@types/node': { version: '20.1.0', dev: true },
          'node_modules/a/node_modules/ws': { version: '7.0.0' },
          ...extra,
        },
      });
    const section = await collectDependencyChanges(ctxWith('package-lock.json', lock('8.17.0'), lock('8.17.1', { 'node_modules/left-pad': { version: '1.3.0' } })));
    expect(section.changes.map((c) => [c.name, c.from, c.to, c.change, c.dev])).toEqual([
      ['left-pad', null, '1.3.0', 'added', false],
      ['ws', '8.17.0', '8.17.1', 'patch', false],
    ]);
  });

  it('reads a v1 package-lock.json (nested dependencies layout)', async () => {
    const lock = (v: string) => JSON.stringify({ lockfileVersion: 1, dependencies: { ms: { version: v }, jest: { version: '29.7.0', dev: true } } });
    const section = await collectDependencyChanges(ctxWith('package-lock.json', lock('2.1.2'), lock('2.1.3')));
    expect(section.changes).toEqual([{ ecosystem: 'npm', manifest: 'package-lock.json', name: 'ms', from: '2.1.2', to: '2.1.3', change: 'patch', dev: false }]);
  });

  it('describes Cargo path and url dependencies and classifies a switch to them as changed', async () => {
    const base = '[dependencies]\nlocal = "1.0"\nremote = "2.0"\n';
    const head = '[dependencies]\nlocal = { path = "../local" }\nremote = { url = "https://x.example/remote.crate" }\n';
    const section = await collectDependencyChanges(ctxWith('Cargo.toml', base, head));
    expect(section.changes.map((c) => [c.name, c.to, c.change])).toEqual([
      ['local', 'path:../local', 'changed'],
      ['remote', 'url:https://x.example/remote.crate', 'changed'],
    ]);
  });

  it('treats an added manifest as all-added', async () => {
    const section = await collectDependencyChanges(ctxWith('requirements-dev.txt', null, 'pytest==8.2.0\n'));
    expect(section.changes).toEqual([{ ecosystem: 'pypi', manifest: 'requirements-dev.txt', name: 'pytest', from: null, to: '==8.2.0', change: 'added', dev: true }]);
  });

  it('falls back to the diff when whole files cannot be read, and says so', async () => {
    const patch = [
      '@@ -10,7 +10,8 @@',
      '   "devDependencies": {',
      '-    "eslint": "^8.57.0",',
      '+    "eslint": "^9.0.0",',
      '+    "prettier": "^3.3.0",',
      '     "tsx": "^4.0.0"',
      '   }',
      '@@ -30,3 +31,3 @@',
      '-    "zod": "^3.22.0",',
      '+    "zod": "^3.23.0",',
      '     "version": "2.0.0"',
    ].join('\n');
    const ctx = makeContext({ files: [makeFile('package.json', [], { kind: 'dependency-manifest' })], patches: new Map([['package.json', patch]]) });
    const section = await collectDependencyChanges(ctx);
    expect(section.evaluated).toBe(true);
    expect(section.reason).toBe('package.json: read from the diff only (sections outside the hunks, and dev vs runtime, may be unknown)');
    expect(section.changes.map((c) => [c.name, c.from, c.to, c.change, c.dev])).toEqual([
      ['eslint', '^8.57.0', '^9.0.0', 'major', true],
      ['prettier', null, '^3.3.0', 'added', true],
      ['zod', '^3.22.0', '^3.23.0', 'minor', false],
    ]);
  });

  it('reads package-lock.json v3 version changes from a diff, skipping nested copies', async () => {
    const patch = [
      '@@ -2301,5 +2301,5 @@',
      '     "node_modules/express": {',
      '-      "version": "4.21.2",',
      '+      "version": "5.1.0",',
      '       "license": "MIT",',
      '@@ -4000,4 +4000,4 @@',
      '     "node_modules/a/node_modules/ms": {',
      '-      "version": "2.0.0",',
      '+      "version": "2.1.3",',
    ].join('\n');
    const ctx = makeContext({ files: [makeFile('package-lock.json', [], { kind: 'lockfile' })], patches: new Map([['package-lock.json', patch]]) });
    const section = await collectDependencyChanges(ctx);
    expect(section.evaluated).toBe(true);
    expect(section.changes).toEqual([
      { ecosystem: 'npm', manifest: 'package-lock.json', name: 'express', from: '4.21.2', to: '5.1.0', change: 'major', dev: false },
    ]);
  });

  it('reads go.mod changes from a diff', async () => {
    const patch = '@@ -5,4 +5,4 @@ require (\n \tgithub.com/a/b v1.0.0\n-\tgolang.org/x/net v0.24.0 // indirect\n+\tgolang.org/x/net v0.25.0 // indirect\n )\n';
    const ctx = makeContext({ files: [makeFile('go.mod', [])], patches: new Map([['go.mod', patch]]) });
    expect((await collectDependencyChanges(ctx)).changes.map((c) => [c.name, c.change])).toEqual([['golang.org/x/net', 'minor']]);
  });

  it('is not evaluated when a changed manifest cannot be read at all', async () => {
    const ctx = makeContext({ files: [makeFile('Cargo.toml', [])] });
    const section = await collectDependencyChanges(ctx);
    expect(section).toEqual({ evaluated: false, reason: 'Cargo.toml: neither the whole file nor a diff was available', changes: [] });
  });

  it('is not evaluated when a manifest is not valid JSON, naming the file', async () => {
    const section = await collectDependencyChanges(ctxWith('package.json', '{}', '{ "dependencies": '));
    expect(section.evaluated).toBe(false);
    expect(section.reason).toMatch(/^package\.json is not valid JSON/);
  });

  it('splits a diff into per-hunk base and head text', () => {
    expect(fragmentsOf('--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n\\ No newline at end of file\n')).toEqual({ base: ['a\nb'], head: ['a\nc'] });
  });
});
