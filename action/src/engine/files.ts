/**
 * Reads policy artifacts from disk into memory: a directory of .rego files, an
 * OPA bundle (directory or .tar.gz), or a bare policy.wasm. Integrity comes
 * first: the sha256 pin is checked on the raw bytes and the bundle signature
 * on the file map, both before any file is parsed.
 *
 * Data placement follows OPA: a `data.json` / `data.yaml` (also `data.yml`)
 * file is placed at its directory's path under `data`, so `a/b/data.json`
 * becomes `data.a.b`. Other .json/.yaml files are not data.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { GateError } from '../errors.js';
import { ArchiveError, DEFAULT_ARCHIVE_LIMITS, readTarball, type ArchiveLimits } from '../wasm/archive.js';
import {
  EMPTY_MANIFEST,
  ManifestError,
  checkDataRoots,
  checkPackageRoots,
  parseManifest,
  type BundleManifest,
} from '../wasm/manifest.js';
import { verifyBundleSignatures, type VerificationKey } from '../wasm/signatures.js';

export interface PolicyModule {
  /** Where a user finds the file: `<directory>/<relative path>` or `<bundle>:<path in bundle>`. */
  path: string;
  source: string;
}

export type PolicyFormat = 'directory' | 'tarball' | 'wasm' | 'rego-file';

export interface PolicyFiles {
  source: string;
  format: PolicyFormat;
  modules: PolicyModule[];
  data: Record<string, unknown>;
  /** EMPTY_MANIFEST when the artifact has no `.manifest`. */
  manifest: BundleManifest;
  wasm?: Uint8Array;
  /** Every file by bundle-relative path (no leading slash), as signed. */
  files: Map<string, Uint8Array>;
  /** sha256 hex: of the file for tarballs, wasm and .rego files; the canonical directory digest otherwise. */
  digest: string;
}

export interface ReadPolicyOptions {
  /** Include `*_test.rego` modules (for `paved test`). */
  includeTests?: boolean;
  /** Expected sha256 hex of the artifact (see directoryDigest for directories). */
  sha256?: string;
  /** When set, the bundle must carry a valid `.signatures.json` for this key. */
  verificationKey?: VerificationKey;
  limits?: ArchiveLimits;
}

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];
const GZIP_MAGIC = [0x1f, 0x8b];
const DATA_FILES = new Set(['data.json', 'data.yaml', 'data.yml']);
const SKIPPED_DIRECTORIES = new Set(['.git']);

function loadError(source: string, message: string, hint: string, cause?: unknown): GateError {
  return new GateError('policy_load_failed', `${source}: ${message}`, hint, { file: source }, { cause });
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Reads and checks a policy artifact. Throws GateError 'policy_load_failed'. */
export async function readPolicyFiles(source: string, options: ReadPolicyOptions = {}): Promise<PolicyFiles> {
  // The path the user named may be a link; links inside a policy directory are refused (readDirectoryFiles).
  const info = await stat(source).catch((err: NodeJS.ErrnoException) => {
    throw loadError(source, `cannot read the policies (${err.code ?? err.message})`, 'Check the policies path: a directory of .rego files, an OPA bundle (.tar.gz) or a policy.wasm.', err);
  });
  const limits = options.limits ?? DEFAULT_ARCHIVE_LIMITS;
  if (info.isDirectory()) return readDirectoryArtifact(source, options);
  if (!info.isFile()) throw loadError(source, 'is neither a file nor a directory', 'Point the policies path at a directory, a .tar.gz bundle or a policy.wasm.');
  if (info.size > limits.maxTotalBytes) {
    throw loadError(source, `is ${info.size} bytes, over the ${limits.maxTotalBytes}-byte limit for a policy artifact`, 'Point the policies path at the policy bundle itself.');
  }
  return readFileArtifact(source, new Uint8Array(await readFile(source)), options);
}

async function readFileArtifact(source: string, bytes: Uint8Array, options: ReadPolicyOptions): Promise<PolicyFiles> {
  const digest = sha256Hex(bytes);
  checkPin(source, digest, options.sha256, 'sha256 of the file');
  if (startsWith(bytes, WASM_MAGIC)) {
    if (options.verificationKey) {
      throw loadError(source, 'a bare policy.wasm cannot carry a signature, but a verification key is configured', 'Ship the policy as a signed bundle (opa build -t wasm --signing-key ...), or pin it with policy-sha256 instead of a key.');
    }
    return { source, format: 'wasm', modules: [], data: {}, manifest: EMPTY_MANIFEST, wasm: bytes, files: new Map([['policy.wasm', bytes]]), digest };
  }
  if (startsWith(bytes, GZIP_MAGIC)) {
    const files = await readTarball(bytes, options.limits ?? DEFAULT_ARCHIVE_LIMITS).catch((err: unknown) => {
      if (err instanceof ArchiveError) throw loadError(source, `bad bundle archive: ${err.message}`, 'Rebuild the bundle with `opa build`; archives must hold only regular files inside the bundle root.', err);
      throw err;
    });
    return interpretFiles(source, 'tarball', files, digest, options);
  }
  if (source.endsWith('.rego')) {
    const files = new Map([[basename(source), bytes]]);
    return interpretFiles(source, 'rego-file', files, digest, options);
  }
  throw loadError(source, 'is not a policy artifact (expected a directory, a gzipped OPA bundle, a .rego file or a wasm module)', 'Build a bundle with `opa build` or point at the directory holding your .rego files.');
}

async function readDirectoryArtifact(source: string, options: ReadPolicyOptions): Promise<PolicyFiles> {
  const files = await readDirectoryFiles(source, options.limits ?? DEFAULT_ARCHIVE_LIMITS);
  const digest = directoryDigest(files);
  checkPin(source, digest, options.sha256, 'canonical directory digest (see docs/wasm.md)');
  return interpretFiles(source, 'directory', files, digest, options);
}

function checkPin(source: string, actual: string, expected: string | undefined, what: string): void {
  if (expected === undefined) return;
  const wanted = expected.trim().toLowerCase().replace(/^sha256:/, '');
  if (!/^[0-9a-f]{64}$/.test(wanted)) {
    throw loadError(source, `policy-sha256 must be 64 hex digits, got ${JSON.stringify(expected)}`, 'Set policy-sha256 to the output of `sha256sum <bundle>` (hex).');
  }
  if (wanted !== actual) {
    throw loadError(source, `policy-sha256 mismatch: expected ${wanted}, the ${what} is ${actual}`, 'The policies changed since they were pinned. If the change is intended, update policy-sha256; otherwise find out who changed them.');
  }
}

/**
 * The canonical digest of a directory: sha256 over the `sha256sum` lines
 * (`<hex>  <relative path>\n`) of every file, sorted by path in byte order,
 * `.git` excluded. Reproduce it with:
 * `find . -type f ! -path './.git/*' | sed 's|^\./||' | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum`.
 */
export function directoryDigest(files: ReadonlyMap<string, Uint8Array>): string {
  const paths = [...files.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return sha256Hex(paths.map((p) => `${sha256Hex(files.get(p)!)}  ${p}\n`).join(''));
}

async function readDirectoryFiles(root: string, limits: ArchiveLimits): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  let totalBytes = 0;
  const walk = async (relDir: string): Promise<void> => {
    const entries = await readdir(join(root, relDir), { withFileTypes: true });
    for (const entry of entries) {
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(rel);
        continue;
      }
      if (entry.isSymbolicLink()) {
        throw loadError(join(root, rel), 'is a symbolic link; policy directories are read without following links', 'Replace the link with the file it points to.');
      }
      if (!entry.isFile()) continue;
      const bytes = new Uint8Array(await readFile(join(root, rel)));
      totalBytes += bytes.byteLength;
      if (files.size + 1 > limits.maxEntries || bytes.byteLength > limits.maxFileBytes || totalBytes > limits.maxTotalBytes) {
        throw loadError(root, `the policy directory is too large (limits: ${limits.maxEntries} files, ${limits.maxFileBytes} bytes per file, ${limits.maxTotalBytes} bytes in all)`, 'Point the policies path at the directory that holds only the policies.');
      }
      files.set(rel, bytes);
    }
  };
  await walk('');
  return files;
}

/** Turns a verified file map into modules, data, manifest and wasm. */
function interpretFiles(source: string, format: PolicyFormat, files: Map<string, Uint8Array>, digest: string, options: ReadPolicyOptions): PolicyFiles {
  if (options.verificationKey) {
    try {
      verifyBundleSignatures(files, options.verificationKey);
    } catch (err) {
      throw loadError(source, `bundle signature verification failed: ${(err as Error).message}`, 'Only bundles signed with the configured key are accepted. Re-sign the bundle (opa sign / opa build --signing-key) or check the verification key.', err);
    }
  }
  try {
    const manifest = files.has('.manifest') ? parseManifest(parseJsonFile('.manifest', files.get('.manifest')!)) : EMPTY_MANIFEST;
    const modules = regoModules(source, format, files, manifest, options.includeTests ?? false);
    const data = placeDataFiles(files, manifest);
    const wasm = findWasmModule(files, manifest);
    return { source, format, modules, data, manifest, ...(wasm ? { wasm } : {}), files, digest };
  } catch (err) {
    if (err instanceof ManifestError || err instanceof DataError) {
      throw loadError(source, err.message, 'Fix the bundle contents and rebuild it; see docs/wasm.md for the bundle layout.', err);
    }
    throw err;
  }
}

class DataError extends Error {
  override name = 'DataError';
}

function decodeUtf8(path: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DataError(`${path} is not valid UTF-8`);
  }
}

function parseJsonFile(path: string, bytes: Uint8Array): unknown {
  try {
    return JSON.parse(decodeUtf8(path, bytes));
  } catch (err) {
    throw new DataError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
}

function parseDataFile(path: string, bytes: Uint8Array): unknown {
  if (path.endsWith('.json')) return parseJsonFile(path, bytes);
  try {
    return parseYaml(decodeUtf8(path, bytes)) ?? null;
  } catch (err) {
    throw new DataError(`${path} is not valid YAML: ${(err as Error).message}`);
  }
}

function modulePath(source: string, format: PolicyFormat, rel: string): string {
  if (format === 'directory') return join(source, rel);
  if (format === 'rego-file') return source;
  return `${source}:${rel}`;
}

function regoModules(source: string, format: PolicyFormat, files: Map<string, Uint8Array>, manifest: BundleManifest, includeTests: boolean): PolicyModule[] {
  const modules: PolicyModule[] = [];
  for (const [rel, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!rel.endsWith('.rego')) continue;
    if (!includeTests && rel.endsWith('_test.rego')) continue;
    const text = decodeUtf8(rel, bytes);
    const pkg = packagePath(text);
    if (pkg) checkPackageRoots(pkg, manifest.roots, rel);
    modules.push({ path: modulePath(source, format, rel), source: text });
  }
  return modules;
}

/**
 * The package path of a module, read from its `package` line without parsing
 * the module (the interpreter reports syntax errors). Handles `a.b` and
 * `a["b-c"]`; returns null when the line is absent or unusual.
 */
export function packagePath(text: string): string[] | null {
  const match = /^[ \t]*package[ \t]+([^\s#]+)/m.exec(text);
  if (!match) return null;
  const segments: string[] = [];
  const ref = /([A-Za-z_][A-Za-z0-9_]*)|\["((?:[^"\\]|\\.)*)"\]|\./gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = ref.exec(match[1]!)) !== null) {
    if (m[1] !== undefined) segments.push(m[1]);
    else if (m[2] !== undefined) segments.push(JSON.parse(`"${m[2]}"`) as string);
    consumed = ref.lastIndex;
  }
  return consumed === match[1]!.length && segments.length > 0 ? segments : null;
}

function placeDataFiles(files: Map<string, Uint8Array>, manifest: BundleManifest): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const owners = new Map<string, string>();
  const dataFiles = [...files.keys()].filter((p) => DATA_FILES.has(basename(p))).sort();
  for (const rel of dataFiles) {
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')).split('/') : [];
    const value = parseDataFile(rel, files.get(rel)!);
    if (dir.length === 0 && !isPlainObject(value)) throw new DataError(`${rel} must hold a JSON object: it becomes the root of data`);
    checkDataRoots(dir, value, manifest.roots, rel);
    insertData(data, dir, value, rel, owners);
  }
  return data;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Data keys are user text: `__proto__` must stay an ordinary key. Reading
 * only own properties and defining (not assigning) them keeps a data file
 * from reaching Object.prototype.
 */
function ownValue(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Places `value` at `path`, merging objects; any other overlap is a conflict naming both files. */
function insertData(data: Record<string, unknown>, path: string[], value: unknown, file: string, owners: Map<string, string>): void {
  let node = data;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const next = ownValue(node, key);
    if (next === undefined) setOwn(node, key, {});
    else if (!isPlainObject(next)) throw conflict(path.slice(0, i + 1), file, owners);
    node = node[key] as Record<string, unknown>;
  }
  if (path.length === 0) return mergeInto(node, value as Record<string, unknown>, [], file, owners);
  const last = path[path.length - 1]!;
  const existing = ownValue(node, last);
  if (existing === undefined) {
    setOwn(node, last, value);
    owners.set(path.join('/'), file);
  } else if (isPlainObject(existing) && isPlainObject(value)) {
    mergeInto(existing, value, path, file, owners);
  } else {
    throw conflict(path, file, owners);
  }
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>, path: string[], file: string, owners: Map<string, string>): void {
  for (const [key, value] of Object.entries(source)) {
    const childPath = [...path, key];
    const existing = ownValue(target, key);
    if (existing === undefined) {
      setOwn(target, key, value);
      owners.set(childPath.join('/'), file);
    } else if (isPlainObject(existing) && isPlainObject(value)) {
      mergeInto(existing, value, childPath, file, owners);
    } else {
      throw conflict(childPath, file, owners);
    }
  }
}

function conflict(path: string[], file: string, owners: Map<string, string>): DataError {
  let other: string | undefined;
  for (let n = path.length; n >= 0 && other === undefined; n--) other = owners.get(path.slice(0, n).join('/'));
  return new DataError(`data path /${path.join('/')} is defined by both ${other ?? 'another data file'} and ${file}`);
}

function findWasmModule(files: Map<string, Uint8Array>, manifest: BundleManifest): Uint8Array | undefined {
  const named = new Set(manifest.wasm.map((w) => w.module.replace(/^\/+/, '')));
  for (const rel of files.keys()) if (basename(rel) === 'policy.wasm') named.add(rel);
  if (named.size === 0) return undefined;
  if (named.size > 1) throw new DataError(`the bundle holds several wasm modules (${[...named].sort().join(', ')}); Paved evaluates exactly one`);
  const [rel] = named;
  const bytes = files.get(rel!);
  if (!bytes) throw new DataError(`.manifest names wasm module /${rel} but the bundle has no such file`);
  return bytes;
}
