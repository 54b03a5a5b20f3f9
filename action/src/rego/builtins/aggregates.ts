/** Aggregates: count sum product max min sort all any. */
import { compare, ObjectValue, SetValue, typeName, type Value } from '../value.js';
import { arrayOrSetArg, fn, operandError, operandTypeError } from './args.js';
import { finite } from './operators.js';
import type { BuiltinDef } from './types.js';

function count([v]: Value[]): number {
  if (typeof v === 'string') return [...v].length; // code points, as Go counts runes
  if (Array.isArray(v)) return v.length;
  if (v instanceof SetValue || v instanceof ObjectValue) return v.size;
  throw operandTypeError(1, v as Value, 'array', 'object', 'set', 'string');
}

/** Numbers of an array or set operand: `operand 1 must be array of numbers but got array containing string`. */
function numbersArg(args: Value[]): number[] {
  const members = arrayOrSetArg(args, 0, ['set', 'array']);
  const kind = typeName(args[0] as Value);
  for (const m of members) {
    if (typeof m !== 'number') throw operandError(1, `must be ${kind} of numbers but got ${kind} containing ${typeName(m)}`);
  }
  return members as number[];
}

function extreme(args: Value[], pickFirst: (order: number) => boolean): Value | undefined {
  const members = arrayOrSetArg(args, 0, ['set', 'array']);
  if (members.length === 0) return undefined;
  return members.reduce((best, v) => (pickFirst(compare(v, best)) ? v : best));
}

export const aggregateBuiltins: BuiltinDef[] = [
  fn('count', 1, count),
  fn('sum', 1, (args) => finite(numbersArg(args).reduce((a, b) => a + b, 0))),
  fn('product', 1, (args) => finite(numbersArg(args).reduce((a, b) => a * b, 1))),
  fn('max', 1, (args) => extreme(args, (o) => o > 0)),
  fn('min', 1, (args) => extreme(args, (o) => o < 0)),
  fn('sort', 1, (args) => [...arrayOrSetArg(args, 0, ['set', 'array'])].sort(compare)),
  fn('all', 1, (args) => arrayOrSetArg(args, 0).every((v) => v === true)),
  fn('any', 1, (args) => arrayOrSetArg(args, 0).some((v) => v === true)),
];
