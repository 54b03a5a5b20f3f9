/**
 * The one way to get a PolicyEngine. The engine is chosen from the artifact,
 * never from a flag: a policy.wasm (bare, or inside a bundle) runs on
 * opa-wasm; .rego sources (a directory, a .rego file, or a bundle without
 * policy.wasm) run on the interpreter. Pins and signatures are checked by
 * readPolicyFiles before anything is parsed.
 */
import { GateError } from '../errors.js';
import { createBuiltinRegistry } from '../rego/builtins/index.js';
import { createWasmEngine, type WasmMemoryLimits } from '../wasm/engine.js';
import type { VerificationKey } from '../wasm/signatures.js';
import { readPolicyFiles, type PolicyFiles } from './files.js';
import { createInterpreterEngine } from './interpreter.js';
import type { PolicyEngine, PolicyInfo } from './types.js';

export interface LoadPolicyOptions {
  /** sha256 hex of the artifact (the canonical digest for a directory; see docs/wasm.md). */
  policySha256?: string;
  /** When set, the artifact must be a bundle signed with this key. */
  verificationKey?: VerificationKey;
  /** Rego syntax of .rego sources; defaults to the bundle manifest's rego_version, then v1. */
  regoVersion?: 'v1' | 'v0';
  /** Include `*_test.rego` modules (for `paved test`). */
  includeTests?: boolean;
  /** Memory bound of the wasm engine. */
  wasmMemory?: WasmMemoryLimits;
}

export async function loadPolicyEngine(source: string, options: LoadPolicyOptions = {}): Promise<PolicyEngine> {
  const files = await readPolicyFiles(source, {
    ...(options.policySha256 !== undefined ? { sha256: options.policySha256 } : {}),
    ...(options.verificationKey ? { verificationKey: options.verificationKey } : {}),
    includeTests: options.includeTests ?? false,
  });
  return createPolicyEngine(files, options);
}

/**
 * The engine for an artifact already read (and checked) by readPolicyFiles:
 * for callers such as `paved eval -b` that need to look at the files first.
 */
export async function createPolicyEngine(files: PolicyFiles, options: Pick<LoadPolicyOptions, 'regoVersion' | 'wasmMemory'> = {}): Promise<PolicyEngine> {
  const { source } = files;
  const info = (kind: PolicyInfo['kind']): PolicyInfo => ({ kind, source, revision: files.manifest.revision, digest: files.digest });

  if (files.wasm) {
    return createWasmEngine(files.wasm, {
      data: files.data,
      info: info('wasm'),
      registry: createBuiltinRegistry(),
      ...(options.wasmMemory ? { memory: options.wasmMemory } : {}),
    });
  }
  if (files.modules.length === 0) {
    throw new GateError(
      'policy_load_failed',
      `${source}: no .rego files and no policy.wasm found`,
      'Point the policies path at the directory holding your .rego files, or at an OPA bundle.',
      { file: source },
    );
  }
  const regoVersion = options.regoVersion ?? files.manifest.regoVersion ?? undefined;
  return createInterpreterEngine({
    modules: files.modules,
    data: files.data,
    info: info('interpreter'),
    ...(regoVersion ? { regoVersion } : {}),
  });
}
