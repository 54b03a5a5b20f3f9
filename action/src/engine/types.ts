/**
 * One interface over both policy engines: the TypeScript Rego interpreter
 * (for .rego sources and Rego bundles) and opa-wasm (for compiled policy.wasm
 * bundles). The engine is picked from the artifact by engine/load.ts.
 */

export type EngineKind = 'interpreter' | 'wasm';

export interface PolicyInfo {
  kind: EngineKind;
  /** Where the policies came from: a directory, a bundle file, a wasm file. */
  source: string;
  /** Bundle manifest revision, when there is one. */
  revision: string | null;
  /** sha256 (hex) of the artifact or of the sorted policy files, for the decision record. */
  digest: string;
}

export type EvaluationResult = { defined: true; value: unknown } | { defined: false };

export interface EvaluateOptions {
  /** Abort after this many milliseconds with a policy_eval_failed GateError. */
  timeoutMs?: number;
}

export interface PolicyEngine {
  readonly info: PolicyInfo;
  /** Entrypoints as slash paths, e.g. `paved/decision`. */
  entrypoints(): string[];
  /** Evaluate one entrypoint against a JSON input; the value comes back as JSON (sets as arrays). */
  evaluate(entrypoint: string, input: unknown, options?: EvaluateOptions): Promise<EvaluationResult>;
}
