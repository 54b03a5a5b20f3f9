/**
 * The PolicyEngine over the project's own Rego interpreter (action/src/rego/).
 * Compiles once, then evaluates entrypoints given as slash paths
 * (`paved/decision`). Built-in errors are strict: in OPA's default mode a
 * failing built-in makes its rule body undefined, which would silently drop a
 * deny — a gate must fail closed instead. Rego errors become GateErrors with
 * file:row:col so the reporters show them like any other gate error.
 */
import { GateError } from '../errors.js';
import { compileModules, RegoError, RegoErrors, toJSON, type CompiledPolicy } from '../rego/index.js';
import type { EvaluateOptions, EvaluationResult, PolicyEngine, PolicyInfo } from './types.js';

export interface InterpreterPolicy {
  modules: { path: string; source: string }[];
  /** The base document (`data`), as JSON. */
  data: unknown;
  info: PolicyInfo;
  regoVersion?: 'v1' | 'v0';
}

/** At most this many compile errors are spelled out in the message (OPA stops at 10 too). */
const MAX_LISTED_ERRORS = 10;

export function createInterpreterEngine(policy: InterpreterPolicy): PolicyEngine {
  const compiled = compile(policy);
  const entrypoints = entrypointsOf(compiled);
  return {
    info: policy.info,
    entrypoints: () => [...entrypoints],
    async evaluate(entrypoint: string, input: unknown, options: EvaluateOptions = {}): Promise<EvaluationResult> {
      let value;
      try {
        value = compiled.evaluate(entrypointRef(entrypoint), {
          input,
          data: policy.data,
          strictBuiltinErrors: true,
          ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        });
      } catch (error) {
        throw evaluationError(error, entrypoint, policy.info, options.timeoutMs);
      }
      return value === undefined ? { defined: false } : { defined: true, value: toJSON(value) };
    },
  };
}

function compile(policy: InterpreterPolicy): CompiledPolicy {
  try {
    return compileModules(policy.modules, policy.regoVersion ? { regoVersion: policy.regoVersion } : {});
  } catch (error) {
    const errors = error instanceof RegoErrors ? error.errors : error instanceof RegoError ? [error] : null;
    if (!errors) throw error;
    const listed = errors.slice(0, MAX_LISTED_ERRORS).map(describeRegoError);
    const more = errors.length > MAX_LISTED_ERRORS ? [`…and ${errors.length - MAX_LISTED_ERRORS} more`] : [];
    const first = errors[0];
    throw new GateError(
      'policy_load_failed',
      `${policy.info.source}: the policies do not compile (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${[...listed, ...more].join('\n')}`,
      'Fix the policy at the location shown; `paved eval -d <policies> data` reproduces the error locally.',
      first?.location ? { ...first.location } : { file: policy.info.source },
      { cause: error },
    );
  }
}

/** Every rule path and every package (a prefix of a rule path) can be evaluated; functions cannot. */
function entrypointsOf(compiled: CompiledPolicy): string[] {
  const paths = new Set<string>();
  for (const rule of compiled.rules()) {
    if (rule.kind === 'function') continue;
    const segments = rule.path[0] === 'data' ? rule.path.slice(1) : rule.path;
    for (let end = 1; end <= segments.length; end++) paths.add(segments.slice(0, end).join('/'));
  }
  return [...paths].sort();
}

/** `paved/decision` → `data.paved.decision`; segments that are not identifiers become `["…"]`. */
export function entrypointRef(entrypoint: string): string {
  const segments = entrypoint.split('/').filter((s) => s !== '');
  if (segments.length === 0) {
    throw new GateError('usage', `entrypoint ${JSON.stringify(entrypoint)} is empty`, 'Give an entrypoint as a slash path, e.g. paved/decision.');
  }
  return 'data' + segments.map((s) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`)).join('');
}

function evaluationError(error: unknown, entrypoint: string, info: PolicyInfo, timeoutMs: number | undefined): unknown {
  if (!(error instanceof RegoError)) return error;
  if (error.code === 'eval_cancel_error') {
    return new GateError(
      'policy_eval_failed',
      `${info.source}: evaluating ${entrypoint} took longer than ${timeoutMs ?? '?'} ms and was stopped`,
      'Look for a policy that iterates over a large cross product, or raise the timeout.',
      error.location ? { ...error.location } : undefined,
      { cause: error },
    );
  }
  return new GateError(
    'policy_eval_failed',
    `${info.source}: evaluating ${entrypoint} failed: ${describeRegoError(error)}`,
    'The policy failed at run time on this input (the location is shown); fix the policy, or the input it did not expect.',
    error.location ? { ...error.location } : undefined,
    { cause: error },
  );
}

function describeRegoError(error: RegoError): string {
  const where = error.location ? `${error.location.file}:${error.location.row}:${error.location.col}: ` : '';
  return `${where}${error.code}: ${error.message}`;
}
