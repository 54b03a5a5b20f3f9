/**
 * The PolicyEngine over a policy compiled by `opa build -t wasm`, run by
 * @open-policy-agent/opa-wasm. Entrypoints come from the module itself; data
 * is set once at load; built-ins the module delegates to the host are served
 * from the interpreter's registry and checked at load time.
 */
import { loadPolicy, type LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { GateError } from '../errors.js';
import type { BuiltinContext, BuiltinRegistry } from '../rego/builtins/types.js';
import type { EvaluateOptions, EvaluationResult, PolicyEngine, PolicyInfo } from '../engine/types.js';
import { HostBuiltinError, hostBuiltins, missingBuiltins, type HostFunction } from './host-builtins.js';
import { evaluateInWorker } from './worker-runner.js';
import { webAssembly, type WasmInstance, type WasmMemory, type WasmModule } from './webassembly.js';

const PAGE_BYTES = 64 * 1024;

export interface WasmMemoryLimits {
  /** Pages (64 KiB) the module starts with. */
  initialPages: number;
  /** Hard cap: evaluation fails with a gate error past this many pages. */
  maximumPages: number;
}

/** 5 pages is opa-wasm's default start; 8192 pages = 512 MiB cap. */
export const DEFAULT_MEMORY_LIMITS: WasmMemoryLimits = { initialPages: 5, maximumPages: 8192 };

export interface WasmEngineOptions {
  data: unknown;
  info: PolicyInfo;
  /**
   * Serves host built-ins in this thread. A time-limited evaluation runs in a
   * worker thread, which serves them from createBuiltinRegistry().
   */
  registry: BuiltinRegistry;
  memory?: WasmMemoryLimits;
}

interface OpaExports {
  builtins(): number;
  opa_json_dump(addr: number): number;
}

function loadError(info: PolicyInfo, message: string, hint: string, cause?: unknown): GateError {
  return new GateError('policy_load_failed', `${info.source}: ${message}`, hint, { file: info.source }, { cause });
}

/** opa-wasm throws strings and plain objects; this gives every throw a readable message. */
function thrownMessage(err: unknown): string {
  if (typeof err === 'string') return err;
  if (err instanceof Error) return err.message;
  if (typeof err === 'object' && err !== null && typeof (err as { message?: unknown }).message === 'string') return (err as { message: string }).message;
  return String(err);
}

function readCString(memory: WasmMemory, addr: number): string {
  const bytes = new Uint8Array(memory.buffer);
  let end = addr;
  while (end < bytes.length && bytes[end] !== 0) end++;
  return new TextDecoder().decode(bytes.subarray(addr, end));
}

/** The built-in names the module calls through opa_builtinN, from its `builtins()` export. */
function requiredBuiltins(policy: LoadedPolicy, info: PolicyInfo): string[] {
  const instance = (policy.wasmInstance as WasmInstance).exports as unknown as OpaExports;
  try {
    const map: unknown = JSON.parse(readCString(policy.mem as WasmMemory, instance.opa_json_dump(instance.builtins())));
    if (typeof map !== 'object' || map === null || Array.isArray(map)) throw new Error('builtins() is not an object of name → id');
    return Object.keys(map);
  } catch (err) {
    throw loadError(info, `cannot read the built-ins policy.wasm needs: ${thrownMessage(err)}`, 'The module must implement OPA\'s wasm ABI 1.x: build it with `opa build -t wasm`.', err);
  }
}

async function instantiate(wasm: Uint8Array, memory: WasmMemoryLimits, functions: Record<string, HostFunction>, info: PolicyInfo): Promise<LoadedPolicy> {
  let module: WasmModule;
  try {
    module = await webAssembly.compile(wasm);
  } catch (err) {
    throw loadError(info, `policy.wasm is not a valid WebAssembly module: ${thrownMessage(err)}`, 'Rebuild it with `opa build -t wasm -e paved/decision policies/`.', err);
  }
  try {
    return await loadPolicy(module as Parameters<typeof loadPolicy>[0], { initial: memory.initialPages, maximum: memory.maximumPages }, functions);
  } catch (err) {
    throw loadError(info, `policy.wasm does not load as an OPA policy: ${thrownMessage(err)}`, 'The module must implement OPA\'s wasm ABI 1.x: build it with `opa build -t wasm`.', err);
  }
}

export async function createWasmEngine(wasm: Uint8Array, options: WasmEngineOptions): Promise<PolicyEngine> {
  const { info, registry } = options;
  const memory = options.memory ?? DEFAULT_MEMORY_LIMITS;
  if (memory.initialPages > memory.maximumPages) throw loadError(info, 'the initial memory exceeds the memory limit', 'Raise the memory limit.');
  let context: BuiltinContext = newContext();
  // opa-wasm looks custom built-ins up by name at call time, so the table can be filled after loading.
  const functions: Record<string, HostFunction> = Object.create(null) as Record<string, HostFunction>;
  const policy = await instantiate(wasm, memory, functions, info);

  const required = requiredBuiltins(policy, info);
  const missing = missingBuiltins(required, registry);
  if (missing.length > 0) {
    throw loadError(info, `policy.wasm needs built-in(s) Paved cannot provide: ${missing.join(', ')}`, 'Remove the calls from the policy, or evaluate the .rego sources with the interpreter to see which built-ins it supports.');
  }
  Object.assign(functions, hostBuiltins(required, registry, () => context));
  const entrypoints = Object.keys(policy.entrypoints as Record<string, number>).sort();

  try {
    policy.setData((options.data ?? {}) as object);
  } catch (err) {
    throw loadError(info, `the bundle data does not fit in the module: ${thrownMessage(err)}`, `Reduce the data or raise the memory limit (now ${memory.maximumPages} pages of 64 KiB).`, err);
  }

  return {
    info,
    entrypoints: () => [...entrypoints],
    async evaluate(entrypoint: string, input: unknown, evaluateOptions?: EvaluateOptions): Promise<EvaluationResult> {
      if (!entrypoints.includes(entrypoint)) {
        throw new GateError(
          'policy_eval_failed',
          `${info.source}: entrypoint ${JSON.stringify(entrypoint)} is not in policy.wasm; it has: ${entrypoints.join(', ') || '(none)'}`,
          'Build the module with this entrypoint (`opa build -t wasm -e paved/decision ...`) or pick one of the listed entrypoints.',
          { file: info.source },
        );
      }
      if (evaluateOptions?.timeoutMs !== undefined) {
        return evaluateInWorker({ wasm, data: options.data ?? {}, info, memory, entrypoint, input }, evaluateOptions.timeoutMs);
      }
      context = newContext();
      return runEvaluation(policy, entrypoint, input, info, memory);
    },
  };
}

function newContext(): BuiltinContext {
  return { nowNs: BigInt(Date.now()) * 1_000_000n, cache: new Map() };
}

/**
 * The input as JSON bytes. opa-wasm treats a falsy input value (false, 0, "",
 * null) as "no input"; bytes are always passed through as the JSON they hold.
 */
function inputBytes(input: unknown): ArrayBuffer | undefined {
  if (input === undefined) return undefined;
  return new TextEncoder().encode(JSON.stringify(input)).buffer as ArrayBuffer;
}

/** Calls the module once; every way it can fail becomes a policy_eval_failed GateError. */
function runEvaluation(policy: LoadedPolicy, entrypoint: string, input: unknown, info: PolicyInfo, memory: WasmMemoryLimits): EvaluationResult {
  let resultSet: unknown;
  try {
    resultSet = policy.evaluate(inputBytes(input), entrypoint);
  } catch (err) {
    throw evaluationError(err, entrypoint, info, memory);
  }
  return toEvaluationResult(resultSet, entrypoint, info);
}

function evaluationError(err: unknown, entrypoint: string, info: PolicyInfo, memory: WasmMemoryLimits): GateError {
  const where = `${info.source}: evaluating ${entrypoint}`;
  const fail = (message: string, hint: string): GateError => new GateError('policy_eval_failed', `${where}: ${message}`, hint, { file: info.source }, { cause: err });
  if (err instanceof HostBuiltinError) {
    return fail(`built-in ${err.builtin} failed: ${err.message}`, `Check the operands the policy passes to ${err.builtin}.`);
  }
  if (err instanceof RangeError && /memory/i.test(err.message)) {
    return fail(`the module exceeded its memory limit of ${memory.maximumPages} pages (${(memory.maximumPages * PAGE_BYTES) / (1024 * 1024)} MiB)`, 'Reduce the input or data size, or raise the memory limit.');
  }
  if (typeof err === 'string' && /out of memory|malloc/i.test(err)) {
    return fail(`the module ran out of memory within its limit of ${memory.maximumPages} pages: ${err}`, 'Reduce the input or data size, or raise the memory limit.');
  }
  if (typeof err === 'string') {
    // opa_abort: the module's own message, e.g. a conflict or an internal error.
    return fail(`the policy aborted: ${err}`, 'This is an error in the compiled policy (e.g. conflicting rule values); evaluate the .rego sources with `paved eval` to locate it.');
  }
  if (err instanceof webAssembly.RuntimeError) {
    return fail(`the module trapped: ${err.message}`, 'Rebuild the module with a supported `opa build -t wasm`; a trap is a bug in the compiled policy or the compiler.');
  }
  return fail(thrownMessage(err), 'Evaluate the .rego sources with `paved eval` to compare.');
}

/** opa-wasm returns the result set `[{"result": value}]`; empty means undefined. */
function toEvaluationResult(resultSet: unknown, entrypoint: string, info: PolicyInfo): EvaluationResult {
  if (!Array.isArray(resultSet)) {
    throw new GateError('policy_eval_failed', `${info.source}: ${entrypoint} returned ${JSON.stringify(resultSet)?.slice(0, 200)}, not a result set`, 'The module does not follow OPA\'s wasm ABI; rebuild it with `opa build -t wasm`.');
  }
  if (resultSet.length === 0) return { defined: false };
  const [first] = resultSet as unknown[];
  if (resultSet.length > 1 || typeof first !== 'object' || first === null || !('result' in first)) {
    throw new GateError('policy_eval_failed', `${info.source}: ${entrypoint} returned an unexpected result set (${resultSet.length} entries)`, 'An entrypoint must produce at most one {"result": ...}; rebuild it with `opa build -t wasm`.');
  }
  return { defined: true, value: (first as { result: unknown }).result };
}
