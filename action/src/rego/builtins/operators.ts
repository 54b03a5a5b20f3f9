/**
 * Operators under OPA's internal built-in names: arithmetic (`plus minus mul
 * div rem`), comparison (`equal neq lt lte gt gte`) and the set operators
 * `and` (`&`, intersection) and `or` (`|`, union). `minus` is both numeric
 * subtraction and set difference, exactly as in OPA.
 */
import { compare, equal, SetValue, type Value } from '../value.js';
import { builtinError, fn, numberArg, operandTypeError, setArg } from './args.js';
import type { BuiltinDef } from './types.js';

/** JS doubles overflow to Infinity where OPA's big numbers would not: fail rather than return a wrong number. */
export function finite(n: number): number {
  if (!Number.isFinite(n)) throw builtinError('arithmetic result is out of the range of 64-bit floating-point numbers');
  return Object.is(n, -0) ? 0 : n;
}

function arithmetic(name: string, op: (a: number, b: number) => number): BuiltinDef {
  return fn(name, 2, (args) => finite(op(numberArg(args, 0), numberArg(args, 1))));
}

function minus([a, b]: Value[]): Value {
  if (typeof a === 'number' && typeof b === 'number') return finite(a - b);
  if (a instanceof SetValue && b instanceof SetValue) return setDifference(a, b);
  if (typeof a !== 'number' && !(a instanceof SetValue)) throw operandTypeError(1, a as Value, 'number', 'set');
  // OPA's wording: a number second operand "must be set", anything else "must be number".
  throw operandTypeError(2, b as Value, typeof b === 'number' ? 'set' : 'number');
}

function divide(args: Value[]): number {
  const a = numberArg(args, 0);
  const b = numberArg(args, 1);
  if (b === 0) throw builtinError('divide by zero');
  return finite(a / b);
}

function remainder(args: Value[]): number {
  const a = numberArg(args, 0);
  const b = numberArg(args, 1);
  if (!Number.isInteger(a) || !Number.isInteger(b)) throw builtinError('modulo on floating-point number');
  if (b === 0) throw builtinError('modulo by zero');
  // JS `%` takes the sign of the dividend, as Go's does.
  return finite(a % b);
}

function setDifference(a: SetValue, b: SetValue): SetValue {
  return new SetValue([...a].filter((v) => !b.has(v)));
}

export function setIntersection(sets: SetValue[]): SetValue {
  if (sets.length === 0) return new SetValue();
  const [first, ...rest] = [...sets].sort((x, y) => x.size - y.size);
  return new SetValue([...first!].filter((v) => rest.every((s) => s.has(v))));
}

export function setUnion(sets: SetValue[]): SetValue {
  return new SetValue(sets.flatMap((s) => [...s]));
}

function comparison(name: string, test: (order: number) => boolean): BuiltinDef {
  return fn(name, 2, ([a, b]) => test(compare(a as Value, b as Value)));
}

export const operatorBuiltins: BuiltinDef[] = [
  arithmetic('plus', (a, b) => a + b),
  fn('minus', 2, minus),
  arithmetic('mul', (a, b) => a * b),
  fn('div', 2, divide),
  fn('rem', 2, remainder),
  fn('equal', 2, ([a, b]) => equal(a as Value, b as Value)),
  fn('neq', 2, ([a, b]) => !equal(a as Value, b as Value)),
  comparison('lt', (o) => o < 0),
  comparison('lte', (o) => o <= 0),
  comparison('gt', (o) => o > 0),
  comparison('gte', (o) => o >= 0),
  fn('and', 2, (args) => setIntersection([setArg(args, 0), setArg(args, 1)])),
  fn('or', 2, (args) => setUnion([setArg(args, 0), setArg(args, 1)])),
];
