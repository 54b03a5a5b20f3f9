/**
 * THE pipeline, shared by the `paved` CLI and the GitHub Action:
 * collect → validate the input → load policies and the rule catalog →
 * evaluate the entrypoint → decide. It never throws for a gate error: every
 * failure becomes a Decision with verdict `error` (fails closed), or
 * `neutral` when fail-open was asked for, with the error recorded. Reporting
 * is the caller's job (each caller writes to its own media).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRuleCatalog } from './decide/catalog.js';
import { decide, errorDecision, type RuleCatalog, type Timings } from './decide/index.js';
import type { Decision } from './decide/types.js';
import { loadPolicyEngine } from './engine/load.js';
import type { PolicyEngine } from './engine/types.js';
import { GateError } from './errors.js';
import type { InputDocument } from './input/types.js';
import { validateInput } from './input/validate.js';
import type { VerificationKey } from './wasm/signatures.js';

export const DEFAULT_ENTRYPOINT = 'paved/decision';
export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * The directory of Paved's own package.json: found by walking up from this
 * module, so it is right from the TypeScript sources (action/src/) and from
 * the bundles (dist/cli/, dist/action/) alike.
 */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
/** The shipped policy pack. */
export const DEFAULT_POLICY_DIR = join(PACKAGE_ROOT, 'policies');
/** The shipped rule catalog that documents the pack's rules. */
export const DEFAULT_RULES_DIR = join(PACKAGE_ROOT, 'rules');

export interface GateOptions {
  /**
   * Produces the input document (CLI: local git or fixture; Action: GitHub
   * REST). It need not be validated: the gate validates it right before
   * evaluating, so pass collectUnvalidatedInput rather than collectInput.
   */
  collect: () => Promise<InputDocument>;
  /** A directory of .rego/data files, an OPA bundle (.tar.gz or directory), or a policy.wasm. */
  policies: string;
  /** Slash path of the decision document; default `paved/decision`. */
  entrypoint?: string;
  /** The rule catalog; default the shipped rules/. */
  rulesDir?: string;
  /** On a gate error, report neutral instead of error. Off by default; always shown in the report. */
  failOpen?: boolean;
  /** Expected sha256 of the policy artifact. */
  policySha256?: string;
  /** The bundle must be signed with this key. */
  verificationKey?: VerificationKey;
  /** Evaluation budget; default 20 s. */
  timeoutMs?: number;
  /** Rego syntax of .rego sources; default: the bundle manifest's rego_version, else v1. */
  regoVersion?: 'v1' | 'v0';
}

export interface GateResult {
  decision: Decision;
  /** The validated input, or null when collection or validation failed. */
  input: InputDocument | null;
  /** The catalog the findings were enriched from (for SARIF rule metadata), or null when it could not be loaded. */
  catalog: RuleCatalog | null;
}

export async function runGate(options: GateOptions): Promise<GateResult> {
  const entrypoint = options.entrypoint ?? DEFAULT_ENTRYPOINT;
  const failOpen = options.failOpen ?? false;
  const clock = stageClock();
  let input: InputDocument | null = null;
  let engine: PolicyEngine | null = null;
  let catalog: RuleCatalog | null = null;
  // Loading the policies does not depend on the change: start it now so it overlaps the collector's
  // waits (GitHub API, git). Its failure is reported only after the collector's, in pipeline order.
  const loading = settle(loadPolicies(options));
  try {
    input = validateInput(await options.collect());
    clock.endCollect();
    const loaded = await loading;
    if (!loaded.ok) throw loaded.error;
    ({ engine, catalog } = loaded.value);
    requireRules(engine, options.policies);
    const result = await engine.evaluate(entrypoint, input, { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    const decision = decide({
      value: result.defined ? result.value : undefined,
      entrypoint,
      catalog,
      input,
      policy: engine.info,
      timings: clock.timings(),
      failOpen,
    });
    return { decision, input, catalog };
  } catch (error) {
    const decision = errorDecision({
      error,
      entrypoint,
      input,
      policy: engine?.info ?? null,
      policySource: options.policies,
      timings: clock.timings(),
      failOpen,
    });
    return { decision, input, catalog };
  }
}

async function loadPolicies(options: GateOptions): Promise<{ engine: PolicyEngine; catalog: RuleCatalog }> {
  const [engine, catalog] = await Promise.all([
    loadPolicyEngine(options.policies, {
      ...(options.policySha256 !== undefined ? { policySha256: options.policySha256 } : {}),
      ...(options.verificationKey ? { verificationKey: options.verificationKey } : {}),
      ...(options.regoVersion ? { regoVersion: options.regoVersion } : {}),
    }),
    loadRuleCatalog(options.rulesDir ?? DEFAULT_RULES_DIR),
  ]);
  return { engine, catalog };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise that never rejects, so a load failure while the collector still runs is not an unhandled rejection. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
}

/** A policy set with nothing to evaluate would pass everything: refuse it. */
function requireRules(engine: PolicyEngine, source: string): void {
  if (engine.entrypoints().length === 0) {
    throw new GateError('vacuous', `${source}: the policies define no rules, so nothing would be checked.`, 'Point --policies at a policy pack whose packages define deny/warn rules.');
  }
}

/** Collect ends when the input is validated; evaluate is everything after (load, evaluate, decide). */
function stageClock(): { endCollect(): void; timings(): Timings } {
  const start = performance.now();
  let collectEnd: number | null = null;
  return {
    endCollect() {
      collectEnd = performance.now();
    },
    timings() {
      const now = performance.now();
      const collect = (collectEnd ?? now) - start;
      const evaluate = collectEnd === null ? 0 : now - collectEnd;
      return { collect: round(collect), evaluate: round(evaluate), report: 0, total: round(now - start) };
    },
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/**
 * Never throws: importing the gate must not fail. In an incomplete
 * installation the module's own directory stands in, and loading the default
 * policies then fails as a gate error that names the missing directory.
 */
function findPackageRoot(start: string): string {
  for (let dir = start; dirname(dir) !== dir; dir = dirname(dir)) {
    if (isPavedManifest(join(dir, 'package.json'))) return dir;
  }
  return start;
}

function isPavedManifest(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    return JSON.parse(readFileSync(path, 'utf8')).name === 'paved';
  } catch {
    return false;
  }
}
