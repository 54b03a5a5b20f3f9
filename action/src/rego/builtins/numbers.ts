/**
 * Number built-ins: rounding, ranges, `to_number`, `format_int` and `bits.*`.
 * Numbers are doubles (see value.ts); bit operations go through BigInt so
 * that they are exact for every integer a double holds exactly.
 */
import type { Value } from '../value.js';
import { builtinError, fn, integerArg, numberArg, operandError, operandTypeError } from './args.js';
import { finite } from './operators.js';
import type { BuiltinDef } from './types.js';

/** Go's strconv.ParseFloat decimal syntax (hex floats and underscores are not accepted, see docs/builtins.md). */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** OPA rounds half away from zero; Math.round rounds half up. */
function roundHalfAwayFromZero(n: number): number {
  return finite(Math.sign(n) * Math.round(Math.abs(n)));
}

/** OPA refuses these spellings as a type error before asking ParseFloat. */
const NOT_A_NUMBER = new Set(['inf', 'infinity', 'nan']);

function toNumber([v]: Value[]): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null) return 0;
  if (typeof v !== 'string') throw operandTypeError(1, v as Value, 'null', 'boolean', 'number', 'string');
  if (NOT_A_NUMBER.has(v.replace(/^[+-]+/, '').toLowerCase())) throw operandTypeError(1, v, 'valid number string');
  if (!DECIMAL.test(v)) throw builtinError(`strconv.ParseFloat: parsing ${JSON.stringify(v)}: invalid syntax`);
  const n = Number(v);
  if (!Number.isFinite(n)) throw builtinError(`strconv.ParseFloat: parsing ${JSON.stringify(v)}: value out of range`);
  return n === 0 ? 0 : n;
}

/** Integers from `from` to `to` inclusive, counting down when from > to. */
function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  if (from <= to) for (let i = from; i <= to; i += step) out.push(i);
  else for (let i = from; i >= to; i -= step) out.push(i);
  return out;
}

const MAX_RANGE = 10_000_000;

function checkedRange(from: number, to: number, step: number): number[] {
  if (Math.abs(to - from) / step > MAX_RANGE) throw builtinError(`range of more than ${MAX_RANGE} numbers is not allowed`);
  return range(from, to, step);
}

function rangeStep(args: Value[]): number[] {
  const from = integerArg(args, 0);
  const to = integerArg(args, 1);
  const step = integerArg(args, 2);
  if (step <= 0) throw builtinError('step must be a positive integer');
  return checkedRange(from, to, step);
}

const FORMAT_BASES = new Set([2, 8, 10, 16]);

function formatInt(args: Value[]): string {
  const n = numberArg(args, 0);
  const base = numberArg(args, 1);
  if (!FORMAT_BASES.has(base)) throw operandError(2, 'must be one of {2, 8, 10, 16}');
  // OPA truncates toward zero before formatting.
  return BigInt(Math.trunc(n)).toString(base);
}

function bigIntArg(args: Value[], i: number): bigint {
  return BigInt(integerArg(args, i));
}

function bitwise(name: string, op: (a: bigint, b: bigint) => bigint): BuiltinDef {
  return fn(name, 2, (args) => Number(op(bigIntArg(args, 0), bigIntArg(args, 1))));
}

/** Beyond this shift every non-zero result overflows a double, so refuse before BigInt allocates it. */
const MAX_SHIFT = 1100n;

function shiftArg(args: Value[]): bigint {
  const s = bigIntArg(args, 1);
  if (s < 0n) throw operandError(2, 'must be an unsigned integer number but got a negative integer');
  return s;
}

function shiftLeft(args: Value[]): number {
  const x = bigIntArg(args, 0);
  const s = shiftArg(args);
  if (x !== 0n && s > MAX_SHIFT) throw builtinError('arithmetic result is out of the range of 64-bit floating-point numbers');
  return finite(Number(x << s));
}

function shiftRight(args: Value[]): number {
  const x = bigIntArg(args, 0);
  const s = shiftArg(args);
  if (s > MAX_SHIFT) return x < 0n ? -1 : 0;
  return Number(x >> s);
}

export const numberBuiltins: BuiltinDef[] = [
  fn('abs', 1, (args) => Math.abs(numberArg(args, 0))),
  fn('round', 1, (args) => roundHalfAwayFromZero(numberArg(args, 0))),
  fn('ceil', 1, (args) => finite(Math.ceil(numberArg(args, 0)))),
  fn('floor', 1, (args) => finite(Math.floor(numberArg(args, 0)))),
  fn('numbers.range', 2, (args) => checkedRange(integerArg(args, 0), integerArg(args, 1), 1)),
  fn('numbers.range_step', 3, rangeStep),
  fn('to_number', 1, toNumber),
  fn('format_int', 2, formatInt),
  bitwise('bits.and', (a, b) => a & b),
  bitwise('bits.or', (a, b) => a | b),
  bitwise('bits.xor', (a, b) => a ^ b),
  fn('bits.negate', 1, (args) => Number(~bigIntArg(args, 0))),
  fn('bits.lsh', 2, shiftLeft),
  fn('bits.rsh', 2, shiftRight),
];
