/**
 * The OPA bundle manifest (`/.manifest`) and the roots rule: a bundle owns
 * only the data and package paths under its roots.
 */

export interface WasmResolver {
  /** Slash path, e.g. `paved/decision`. */
  entrypoint: string;
  /** Module file inside the bundle, e.g. `/policy.wasm`. */
  module: string;
}

export interface BundleManifest {
  revision: string | null;
  /** Slash paths; `''` (the default) owns everything. */
  roots: string[];
  regoVersion: 'v0' | 'v1' | null;
  wasm: WasmResolver[];
  metadata: Record<string, unknown> | null;
}

export const EMPTY_MANIFEST: BundleManifest = { revision: null, roots: [''], regoVersion: null, wasm: [], metadata: null };

/** Thrown for a malformed manifest or a roots violation; the caller names the bundle. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses `.manifest`'s JSON value, checking the type of every field OPA defines that we use. */
export function parseManifest(value: unknown): BundleManifest {
  if (!isObject(value)) throw new ManifestError('.manifest must be a JSON object');
  const revision = value.revision ?? null;
  if (revision !== null && typeof revision !== 'string') throw new ManifestError('.manifest: revision must be a string');
  const roots = value.roots ?? [''];
  if (!Array.isArray(roots) || roots.some((r) => typeof r !== 'string')) {
    throw new ManifestError('.manifest: roots must be an array of strings');
  }
  return {
    revision,
    roots: (roots as string[]).map((r) => r.replace(/^\/+|\/+$/g, '')),
    regoVersion: parseRegoVersion(value.rego_version),
    wasm: parseWasmResolvers(value.wasm),
    metadata: parseMetadata(value.metadata),
  };
}

function parseRegoVersion(v: unknown): BundleManifest['regoVersion'] {
  if (v === undefined || v === null) return null;
  if (v === 0) return 'v0';
  if (v === 1) return 'v1';
  throw new ManifestError(`.manifest: rego_version must be 0 or 1, got ${JSON.stringify(v)}`);
}

function parseWasmResolvers(v: unknown): WasmResolver[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ManifestError('.manifest: wasm must be an array of {entrypoint, module}');
  return v.map((item, i) => {
    if (!isObject(item) || typeof item.entrypoint !== 'string' || typeof item.module !== 'string') {
      throw new ManifestError(`.manifest: wasm[${i}] must be an object with string entrypoint and module`);
    }
    return { entrypoint: item.entrypoint, module: item.module };
  });
}

function parseMetadata(v: unknown): Record<string, unknown> | null {
  if (v === undefined || v === null) return null;
  if (!isObject(v)) throw new ManifestError('.manifest: metadata must be an object');
  return v;
}

function isUnder(path: string[], root: string): boolean {
  if (root === '') return true;
  const rootSegments = root.split('/');
  return rootSegments.length <= path.length && rootSegments.every((s, i) => path[i] === s);
}

function isStrictPrefixOfRoot(path: string[], roots: string[]): boolean {
  return roots.some((root) => {
    const rootSegments = root.split('/');
    return path.length < rootSegments.length && path.every((s, i) => rootSegments[i] === s);
  });
}

/**
 * Checks that a data document placed at `path` stays under the roots. A
 * document above a root (e.g. `/data.json` with roots `["paved"]`) is allowed
 * only if each of its keys is, recursively, as OPA does.
 */
export function checkDataRoots(path: string[], value: unknown, roots: string[], file: string): void {
  if (roots.some((root) => isUnder(path, root))) return;
  if (isStrictPrefixOfRoot(path, roots) && isObject(value)) {
    for (const [key, child] of Object.entries(value)) checkDataRoots([...path, key], child, roots, file);
    return;
  }
  throw new ManifestError(`${file}: data path /${path.join('/')} is outside the bundle roots ${JSON.stringify(roots)}`);
}

/** Checks that a module's package lies under the roots. */
export function checkPackageRoots(packagePath: string[], roots: string[], file: string): void {
  if (roots.some((root) => isUnder(packagePath, root))) return;
  throw new ManifestError(`${file}: package ${packagePath.join('.')} is outside the bundle roots ${JSON.stringify(roots)}`);
}
