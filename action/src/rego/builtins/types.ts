/**
 * The contract between the evaluator and the built-in functions. Built-ins
 * live in one registry (see ./index.ts) so that the compiler can check names
 * and arity before anything runs, and so the wasm engine can serve the same
 * functions to compiled policies as host built-ins.
 */
import type { Value } from '../value.js';

export interface BuiltinContext {
  /** Nanoseconds since the epoch, fixed for one query: time.now_ns is constant within an evaluation. */
  readonly nowNs: bigint;
  /** Per-query memo (compiled regexes, uuid.rfc4122 results…). */
  readonly cache: Map<string, unknown>;
}

/**
 * A function built-in returns its result, or undefined when the call is
 * undefined (e.g. object.get never is, but `to_number("x")` throws instead).
 * Relation built-ins (walk) return every result they produce.
 */
export type BuiltinFn = (args: Value[], ctx: BuiltinContext) => Value | undefined;

export interface BuiltinDef {
  /** The name as written in Rego: `count`, `strings.replace_n`; operators use OPA's names: `plus`, `equal`, `and`… */
  readonly name: string;
  /** Number of operands (not counting the optional output operand). */
  readonly arity: number;
  readonly fn: BuiltinFn;
  /** true for `walk`: fn returns an array of all results, each unified with the output operand. */
  readonly relation?: boolean;
  /** true when the result can differ between two calls with the same operands (time.now_ns, rand.*). */
  readonly nondeterministic?: boolean;
}

/**
 * A built-in failed. The evaluator prefixes the built-in's name, so the
 * message reads as OPA's does: `div: divide by zero`,
 * `array.concat: operand 1 must be array but got number`.
 * `eval_type_error` is for operand type mismatches; `eval_builtin_error` for
 * everything else (bad regex, invalid semver, time out of range…).
 */
export class BuiltinError extends Error {
  constructor(
    readonly code: 'eval_type_error' | 'eval_builtin_error',
    message: string,
  ) {
    super(message);
    this.name = 'BuiltinError';
  }
}

export type BuiltinRegistry = ReadonlyMap<string, BuiltinDef>;
