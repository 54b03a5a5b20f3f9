/**
 * units.parse (SI and binary suffixes; `m` is milli, `M` mega) and
 * units.parse_bytes (case-insensitive, optional `b`, result truncated to an
 * integer), with OPA's quirks: quotes are stripped, spaces are refused, and
 * the amount may carry an exponent (`3.2E2MiB`) while a bare `E` is exa.
 * Arithmetic is exact on decimal digits (BigInt), as OPA's big.Float is, so
 * `1.1K` is exactly 1100.
 */
import type { Value } from '../value.js';
import { builtinError, fn, stringArg } from './args.js';
import { finite } from './operators.js';
import type { BuiltinDef } from './types.js';

const PREFIXES = ['k', 'm', 'g', 't', 'p', 'e'] as const;
type Prefix = (typeof PREFIXES)[number];

const decimalFactor = (p: Prefix): bigint => 1000n ** BigInt(PREFIXES.indexOf(p) + 1);
const binaryFactor = (p: Prefix): bigint => 1024n ** BigInt(PREFIXES.indexOf(p) + 1);
const isPrefix = (s: string): s is Prefix => (PREFIXES as readonly string[]).includes(s);

/** A sign, digits with an optional fraction, and an exponent only when digits follow the `e`. */
const AMOUNT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?(.*)$/;

/** An amount as an exact decimal: sign * digits * 10^exponent. */
interface Decimal {
  negative: boolean;
  digits: bigint;
  exponent: number;
}

function splitAmount(raw: string, what: string): [Decimal, string] {
  const text = raw.replace(/"/g, '');
  if (text.includes(' ')) throw builtinError('spaces not allowed in resource strings');
  const m = AMOUNT.exec(text)!;
  const [, sign, whole = '', fraction = '', exponent = '0', unit = ''] = m;
  if (whole === '' && fraction === '') throw builtinError(`no ${what} provided`);
  if (Math.abs(Number(exponent)) > 400) throw builtinError(`could not parse ${what} to a number`);
  return [{ negative: sign === '-', digits: BigInt(whole + fraction), exponent: Number(exponent) - fraction.length }, unit];
}

/** (amount * numerator / denominator) as the nearest double. */
function scale(d: Decimal, numerator: bigint, denominator: bigint): number {
  let top = d.digits * numerator;
  let bottom = denominator;
  if (d.exponent >= 0) top *= 10n ** BigInt(d.exponent);
  else bottom *= 10n ** BigInt(-d.exponent);
  const value = Number(top) / Number(bottom);
  return finite(d.negative ? -value : value);
}

/** Whole bytes: truncated exactly in BigInt before converting. */
function scaleTruncated(d: Decimal, numerator: bigint): number {
  let top = d.digits * numerator;
  if (d.exponent >= 0) top *= 10n ** BigInt(d.exponent);
  else top /= 10n ** BigInt(-d.exponent);
  return finite(Number(d.negative ? -top : top));
}

/** units.parse: only the first letter keeps its case, so `m` (milli) and `M` (mega) differ. */
function parseUnits(args: Value[]): number {
  const [amount, unit] = splitAmount(stringArg(args, 0), 'amount');
  if (unit === '') return scale(amount, 1n, 1n);
  if (unit === 'm') return scale(amount, 1n, 1000n);
  const prefix = unit[0]!.toLowerCase();
  const rest = unit.slice(1).toLowerCase();
  if (isPrefix(prefix) && rest === '') return scale(amount, decimalFactor(prefix), 1n);
  if (isPrefix(prefix) && rest === 'i') return scale(amount, binaryFactor(prefix), 1n);
  throw builtinError(`unit ${unit[0]}${rest} not recognized`);
}

/** units.parse_bytes: case-insensitive, `b` optional. */
function parseBytes(args: Value[]): number {
  const [amount, rawUnit] = splitAmount(stringArg(args, 0).toLowerCase(), 'byte amount');
  const unit = rawUnit.replace(/b$/, '');
  if (unit === '') return scaleTruncated(amount, 1n);
  const prefix = unit[0]!;
  if (isPrefix(prefix) && unit.length === 1) return scaleTruncated(amount, decimalFactor(prefix));
  if (isPrefix(prefix) && unit === prefix + 'i') return scaleTruncated(amount, binaryFactor(prefix));
  throw builtinError(`byte unit ${rawUnit} not recognized`);
}

export const unitBuiltins: BuiltinDef[] = [fn('units.parse', 1, parseUnits), fn('units.parse_bytes', 1, parseBytes)];
