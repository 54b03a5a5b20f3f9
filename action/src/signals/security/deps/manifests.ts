/**
 * Manifest readers: each turns one manifest's text into its declared
 * dependencies (name → spec, dev or runtime). They accept a whole file or the
 * base/head fragments of a diff (`fragment: true`), where sections may be
 * cut off and JSON is not whole.
 */
import { GateError } from '../../../errors.js';
import type { DependencyChange } from '../../../input/types.js';
import { readTomlEntries, type TomlValue } from './toml.js';

export type Ecosystem = DependencyChange['ecosystem'];

export interface Declared {
  spec: string;
  dev: boolean;
}

export type DeclaredMap = Map<string, Declared>;

export type ManifestKind = 'package.json' | 'package-lock.json' | 'requirements' | 'pyproject.toml' | 'go.mod' | 'Cargo.toml';

export function manifestKind(path: string): ManifestKind | null {
  const base = path.split('/').pop() ?? '';
  if (base === 'package.json' || base === 'package-lock.json' || base === 'pyproject.toml' || base === 'go.mod' || base === 'Cargo.toml') {
    return base;
  }
  if (/requirements[\w.-]*\.txt$/i.test(base) || /(^|\/)requirements\/[^/]+\.txt$/i.test(path)) return 'requirements';
  return null;
}

export const ECOSYSTEM: Record<ManifestKind, Ecosystem> = {
  'package.json': 'npm',
  'package-lock.json': 'npm',
  requirements: 'pypi',
  'pyproject.toml': 'pypi',
  'go.mod': 'go',
  'Cargo.toml': 'cargo',
};

export function readManifest(kind: ManifestKind, path: string, text: string, fragment: boolean): DeclaredMap {
  switch (kind) {
    case 'package.json':
      return fragment ? readPackageJsonLines(text) : readPackageJson(text, path);
    case 'package-lock.json':
      return fragment ? readPackageLockLines(text) : readPackageLock(text, path);
    case 'requirements':
      return readRequirements(text, /dev|test|lint|doc/i.test(path));
    case 'pyproject.toml':
      return readPyproject(text);
    case 'go.mod':
      return readGoMod(text);
    case 'Cargo.toml':
      return readCargo(text);
  }
}

const NPM_SECTIONS: Record<string, boolean> = {
  dependencies: false,
  optionalDependencies: false,
  peerDependencies: false,
  devDependencies: true,
};

function readPackageJson(text: string, path: string): DeclaredMap {
  const doc = parseJson(text, path) as Record<string, unknown>;
  const out: DeclaredMap = new Map();
  for (const [section, dev] of Object.entries(NPM_SECTIONS)) {
    const deps = doc[section];
    if (typeof deps !== 'object' || deps === null) continue;
    for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof spec === 'string') setDeclared(out, name, spec, dev);
    }
  }
  return out;
}

/** Reads `"name": "spec"` lines of a diff fragment, tracking the section when its opening line is visible. */
function readPackageJsonLines(text: string): DeclaredMap {
  const out: DeclaredMap = new Map();
  let section: string | null = null;
  for (const line of text.split('\n')) {
    const open = /^\s*"([^"]+)"\s*:\s*\{\s*$/.exec(line);
    if (open) {
      section = open[1]!;
      continue;
    }
    if (/^\s*\}/.test(line)) {
      section = null;
      continue;
    }
    const entry = /^\s*"([^"]+)"\s*:\s*"([^"]*)"\s*,?\s*$/.exec(line);
    if (!entry) continue;
    const [, name, spec] = entry as unknown as [string, string, string];
    if (section !== null) {
      if (section in NPM_SECTIONS) setDeclared(out, name, spec, NPM_SECTIONS[section]!);
    } else if (looksLikeNpmSpec(spec) && !NON_DEPENDENCY_KEYS.has(name)) {
      setDeclared(out, name, spec, false);
    }
  }
  return out;
}

const NON_DEPENDENCY_KEYS = new Set(['name', 'version', 'description', 'main', 'module', 'types', 'typings', 'license', 'type', 'packageManager', 'node', 'npm', 'pnpm', 'yarn']);

function looksLikeNpmSpec(spec: string): boolean {
  return /^([~^<>=]|\d|\*$|latest$|workspace:|npm:|file:|link:|git\+|github:|https?:)/.test(spec.trim());
}

function readPackageLock(text: string, path: string): DeclaredMap {
  const doc = parseJson(text, path) as { packages?: Record<string, { version?: unknown; dev?: unknown }>; dependencies?: Record<string, { version?: unknown; dev?: unknown }> };
  const out: DeclaredMap = new Map();
  if (doc.packages) {
    for (const [key, pkg] of Object.entries(doc.packages)) {
      // Only the top level of node_modules: nested copies repeat names with other versions.
      const m = /^node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(key);
      if (m && typeof pkg.version === 'string') setDeclared(out, m[1]!, pkg.version, pkg.dev === true);
    }
    return out;
  }
  for (const [name, pkg] of Object.entries(doc.dependencies ?? {})) {
    if (typeof pkg.version === 'string') setDeclared(out, name, pkg.version, pkg.dev === true);
  }
  return out;
}

/**
 * Lockfile v2/v3 diff fragments: `"node_modules/<name>": {` opens a package,
 * its `"version"` line follows. Nested copies (`…/node_modules/a/node_modules/b`)
 * and v1's nested `dependencies` layout are not read from fragments.
 */
function readPackageLockLines(text: string): DeclaredMap {
  const out: DeclaredMap = new Map();
  let current: string | null = null;
  for (const line of text.split('\n')) {
    const open = /^\s*"([^"]*node_modules\/[^"]+)"\s*:\s*\{/.exec(line);
    if (open) {
      current = /^node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(open[1]!)?.[1] ?? null;
      continue;
    }
    const version = /^\s*"version"\s*:\s*"([^"]+)"/.exec(line);
    if (version && current !== null) {
      setDeclared(out, current, version[1]!, false);
      current = null;
    }
  }
  return out;
}

function readRequirements(text: string, dev: boolean): DeclaredMap {
  const out: DeclaredMap = new Map();
  const joined = text.replace(/\\\r?\n/g, ' ');
  for (const raw of joined.split(/\r?\n/)) {
    const vcs = vcsRequirement(raw.trim());
    if (vcs) {
      setDeclared(out, vcs.name, vcs.spec, dev);
      continue;
    }
    const line = raw.replace(/(^|\s)#.*$/, '').replace(/\s--hash=\S+/g, '').trim();
    if (line === '' || line.startsWith('-')) continue;
    const req = parsePep508(line);
    if (req) setDeclared(out, req.name, req.spec, dev);
  }
  return out;
}

/** `-e git+https://…#egg=name` or a bare `git+https://…#egg=name` line: the URL is the spec. */
function vcsRequirement(line: string): { name: string; spec: string } | null {
  const m = /^(?:(?:-e|--editable)\s+)?((?:git|hg|svn|bzr)\+\S+?)#(?:\S*&)?egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line);
  return m ? { name: normalisePyName(m[2]!), spec: `@${m[1]}` } : null;
}

/** `name[extras] (spec) ; marker` or `name @ url` → normalised name and spec. */
export function parsePep508(text: string): { name: string; spec: string } | null {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(text.split(';')[0]!.trim());
  if (!m) return null;
  const spec = m[3]!.trim().replace(/^\((.*)\)$/, '$1').trim();
  if (spec !== '' && !/^(@|[<>=!~])/.test(spec)) return null;
  return { name: normalisePyName(m[1]!), spec: spec === '' ? '*' : spec.replace(/\s+/g, '') };
}

function normalisePyName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

const PY_DEV_GROUP = /dev|test|lint|doc|type|check/i;

function readPyproject(text: string): DeclaredMap {
  const out: DeclaredMap = new Map();
  for (const { path, value } of readTomlEntries(text)) {
    const [a, b, c, d, e] = path;
    if (a === 'project' && b === 'dependencies') addPepList(out, value, false);
    else if (a === 'project' && b === 'optional-dependencies' && c) addPepList(out, value, PY_DEV_GROUP.test(c));
    else if (a === 'dependency-groups' && b) addPepList(out, value, true);
    else if (a === 'tool' && b === 'poetry' && c === 'dependencies' && d) addPoetry(out, d, value, false);
    else if (a === 'tool' && b === 'poetry' && c === 'dev-dependencies' && d) addPoetry(out, d, value, true);
    else if (a === 'tool' && b === 'poetry' && c === 'group' && d && e === 'dependencies' && path[5]) addPoetry(out, path[5], value, d !== 'main');
  }
  return out;
}

function addPepList(out: DeclaredMap, value: TomlValue, dev: boolean): void {
  if (!Array.isArray(value)) return;
  for (const item of value) {
    const req = typeof item === 'string' ? parsePep508(item) : null;
    if (req) setDeclared(out, req.name, req.spec, dev);
  }
}

function addPoetry(out: DeclaredMap, name: string, value: TomlValue, dev: boolean): void {
  if (name.toLowerCase() === 'python') return;
  setDeclared(out, normalisePyName(name), specOf(value), dev);
}

function readGoMod(text: string): DeclaredMap {
  const out: DeclaredMap = new Map();
  let block: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    const open = /^(\w+)\s*\($/.exec(line);
    if (open) {
      block = open[1]!;
      continue;
    }
    if (line === ')') {
      block = null;
      continue;
    }
    const single = /^require\s+(\S+)\s+(v\S+)$/.exec(line);
    const inBlock = block === 'require' || block === null ? /^(\S+)\s+(v\S+)$/.exec(line) : null;
    const m = single ?? inBlock;
    // Outside a visible block (a diff fragment), only lines that look like module paths count.
    if (m && (block === 'require' || single || m[1]!.includes('.'))) setDeclared(out, m[1]!, m[2]!, false);
  }
  return out;
}

const CARGO_SECTIONS: Record<string, boolean> = { dependencies: false, 'build-dependencies': false, 'dev-dependencies': true };

function readCargo(text: string): DeclaredMap {
  const out: DeclaredMap = new Map();
  for (const { path, value } of readTomlEntries(text)) {
    // [dependencies] / [target.'cfg(..)'.dependencies] / [workspace.dependencies]: name = spec
    const at = path.findIndex((p) => p in CARGO_SECTIONS);
    if (at === -1) continue;
    const rest = path.slice(at + 1);
    const dev = CARGO_SECTIONS[path[at]!]!;
    if (rest.length === 1) setDeclared(out, rest[0]!, specOf(value), dev);
    // [dependencies.serde] version = "1"
    else if (rest.length === 2 && rest[1] === 'version' && typeof value === 'string') setDeclared(out, rest[0]!, value, dev);
  }
  return out;
}

/** A TOML dependency value → spec text: `"1.2"`, `{ version = "1.2" }`, `{ git = "…", rev = "…" }`, `{ path = "…" }`. */
function specOf(value: TomlValue): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(specOf).join(' || ');
  if (typeof value.version === 'string') return value.version;
  if (typeof value.git === 'string') {
    const ref = value.rev ?? value.tag ?? value.branch;
    return `git+${value.git}${typeof ref === 'string' ? `#${ref}` : ''}`;
  }
  if (typeof value.path === 'string') return `path:${value.path}`;
  if (typeof value.url === 'string') return `url:${value.url}`;
  return '*';
}

/** Runtime wins over dev when a name is declared in both. */
function setDeclared(out: DeclaredMap, name: string, spec: string, dev: boolean): void {
  const prior = out.get(name);
  if (prior && !prior.dev) return;
  out.set(name, { spec: spec.trim(), dev });
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new GateError('config_invalid', `${path} is not valid JSON: ${(err as Error).message}`, 'fix the manifest; dependency changes cannot be read from it', { file: path });
  }
}
