/**
 * Operand checks shared by every built-in family. Messages follow OPA's
 * topdown/builtins wording exactly (`operand 1 must be string but got number`)
 * because conformance cases and users match on them.
 */
import { ObjectValue, SetValue, typeName, type TypeName, type Value } from '../value.js';
import { BuiltinError, type BuiltinDef, type BuiltinFn } from './types.js';

/** `operand N must be T but got U`, or `must be one of {T1, T2}` for several types. */
export function operandTypeError(position: number, got: Value, ...expected: string[]): BuiltinError {
  const want = expected.length === 1 ? expected[0] : `one of {${expected.join(', ')}}`;
  return new BuiltinError('eval_type_error', `operand ${position} must be ${want} but got ${typeName(got)}`);
}

/** An operand has the right type but an unusable value: `operand 2 must be integer number but got floating-point number`. */
export function operandError(position: number, message: string): BuiltinError {
  return new BuiltinError('eval_type_error', `operand ${position} ${message}`);
}

export function builtinError(message: string): BuiltinError {
  return new BuiltinError('eval_builtin_error', message);
}

function expectType<T extends Value>(args: Value[], index: number, type: TypeName): T {
  const v = args[index] as Value;
  if (typeName(v) !== type) throw operandTypeError(index + 1, v, type);
  return v as T;
}

export const stringArg = (args: Value[], i: number): string => expectType<string>(args, i, 'string');
export const numberArg = (args: Value[], i: number): number => expectType<number>(args, i, 'number');
export const arrayArg = (args: Value[], i: number): Value[] => expectType<Value[]>(args, i, 'array');
export const objectArg = (args: Value[], i: number): ObjectValue => expectType<ObjectValue>(args, i, 'object');
export const setArg = (args: Value[], i: number): SetValue => expectType<SetValue>(args, i, 'set');

/** A number that must be integral (bits.*, numbers.range, `%`, format_int…). */
export function integerArg(args: Value[], i: number): number {
  const n = numberArg(args, i);
  if (!Number.isInteger(n)) throw operandError(i + 1, 'must be integer number but got floating-point number');
  return n;
}

/** Members of an array or set operand, in OPA's iteration order (sets sorted). */
export function arrayOrSetArg(args: Value[], i: number, expected: string[] = ['array', 'set']): Value[] {
  const v = args[i] as Value;
  if (Array.isArray(v)) return v;
  if (v instanceof SetValue) return v.sorted();
  throw operandTypeError(i + 1, v, ...expected);
}

/** Strings from an operand that may be a string, or an array/set of strings (strings.any_prefix_match…). */
export function stringsArg(args: Value[], i: number, expected = ['string', 'set', 'array']): string[] {
  const v = args[i] as Value;
  if (typeof v === 'string') return [v];
  if (!Array.isArray(v) && !(v instanceof SetValue)) throw operandTypeError(i + 1, v, ...expected);
  const kind = Array.isArray(v) ? 'array' : 'set';
  const out: string[] = [];
  for (const item of v) {
    if (typeof item !== 'string') {
      throw operandError(i + 1, `must be ${kind} of strings but got ${kind} containing ${typeName(item)}`);
    }
    out.push(item);
  }
  return out;
}

/** Declares a function built-in. */
export function fn(name: string, arity: number, impl: BuiltinFn, extra: Partial<BuiltinDef> = {}): BuiltinDef {
  return { name, arity, fn: impl, ...extra };
}

/** Memoises a per-query value in ctx.cache under a family-specific key. */
export function cached<T>(cache: Map<string, unknown>, key: string, make: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = make();
  cache.set(key, value);
  return value;
}
