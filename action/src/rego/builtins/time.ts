/**
 * Time built-ins. Instants are nanoseconds since the epoch, computed exactly
 * in BigInt and range-checked against int64 as in OPA; they are returned as
 * JS numbers, so values beyond 2^53 (after about 1970-04-15 in ns) lose their
 * last digits — sub-microsecond precision of current dates is not kept (see
 * docs/builtins.md).
 */
import type { Value } from '../value.js';
import { builtinError, fn, integerArg, operandTypeError, stringArg } from './args.js';
import { formatTime, NAMED_LAYOUTS, parseTime, WEEKDAY_NAMES } from './golayout.js';
import { checkRange, civilAt, INT64_MAX, INT64_MIN, instantOf, loadZone, utcZone, type Zone } from './timezone.js';
import type { BuiltinDef } from './types.js';

const RFC3339 = NAMED_LAYOUTS.RFC3339!;
const RFC3339_NANO = NAMED_LAYOUTS.RFC3339Nano!;

/** OPA needs an exact int64: a fraction or an out-of-range value is "timestamp too big". */
function toNs(n: number): bigint {
  if (!Number.isInteger(n)) throw builtinError('timestamp too big');
  const ns = BigInt(n);
  if (ns > INT64_MAX || ns < INT64_MIN) throw builtinError('timestamp too big');
  return ns;
}

interface TimeOperand {
  ns: bigint;
  zone: Zone;
  layout?: string;
}

const TIME_OPERAND = 'either number (ns) or [number (ns), string (tz)]';

/** OPA's tzTime: a number, or [ns], [ns, tz] or [ns, tz, layout] (later elements ignored). */
function timeArg(args: Value[], i: number): TimeOperand {
  const v = args[i] as Value;
  if (typeof v === 'number') return { ns: toNs(v), zone: utcZone };
  if (!Array.isArray(v) || v.length === 0) throw operandTypeError(1, v, TIME_OPERAND);
  const [ns, tz, layout] = v as [Value, Value | undefined, Value | undefined];
  if (typeof ns !== 'number') throw operandTypeError(1, ns, 'number');
  if (tz !== undefined && typeof tz !== 'string') throw operandTypeError(1, tz, 'string');
  if (layout !== undefined && typeof layout !== 'string') throw operandTypeError(1, layout, 'string');
  return { ns: toNs(ns), zone: loadZone(tz ?? ''), layout };
}

const layoutOf = (layout: string): string => NAMED_LAYOUTS[layout] ?? layout;

function localFields(t: TimeOperand) {
  return civilAt(t.ns, t.zone.offsetAt(t.ns));
}

const DURATION_UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n,
  'μs': 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** Go's time.ParseDuration, exact: "1h30m", "-1.5h", "300ms", "0". */
function parseDuration(text: string): number {
  const invalid = () => builtinError(`time: invalid duration ${JSON.stringify(text)}`);
  let rest = text;
  let negative = false;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest[0] === '-';
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') throw invalid();
  let total = 0n;
  while (rest !== '') {
    const m = /^(\d*)(?:\.(\d*))?([^\d.]*)/.exec(rest)!;
    const [component, integer = '', fraction = '', unit = ''] = [m[0], m[1], m[2], m[3]];
    if (integer === '' && fraction === '') throw invalid();
    if (unit === '') throw builtinError(`time: missing unit in duration ${JSON.stringify(text)}`);
    const scale = DURATION_UNITS[unit];
    if (scale === undefined) throw builtinError(`time: unknown unit ${JSON.stringify(unit)} in duration ${JSON.stringify(text)}`);
    total += BigInt(integer || '0') * scale + (BigInt(fraction || '0') * scale) / 10n ** BigInt(fraction.length);
    rest = rest.slice(component.length);
  }
  if (total > INT64_MAX + (negative ? 1n : 0n)) throw invalid();
  return Number(negative ? -total : total);
}

/** Go's AddDate in the operand's zone: the wall clock moves, overflowing dates normalise. */
function addDate(args: Value[]): number {
  const t = timeArg(args, 0);
  const [years, months, days] = [integerArg(args, 1), integerArg(args, 2), integerArg(args, 3)];
  const wall = civilAt(t.ns, t.zone.offsetAt(t.ns));
  const movedWall = { ...wall, year: wall.year + years, month: wall.month + months, day: wall.day + days };
  // Resolve the new wall time in the zone: its offset may differ (daylight saving) from the old one.
  const guess = instantOf(movedWall, t.zone.offsetAt(t.ns));
  return Number(checkRange(instantOf(movedWall, t.zone.offsetAt(guess))));
}

const DAYS_IN_MONTH_PROBE = 32;

/** OPA's time.diff: field-wise difference with borrowing, in the first operand's zone. */
function diff(args: Value[]): number[] {
  const a = timeArg(args, 0);
  const b = timeArg(args, 1);
  const offsetOf = (ns: bigint) => a.zone.offsetAt(ns);
  const [start, end] = a.ns <= b.ns ? [a.ns, b.ns] : [b.ns, a.ns];
  const s = civilAt(start, offsetOf(start));
  const e = civilAt(end, offsetOf(end));
  let year = e.year - s.year;
  let month = e.month - s.month;
  let day = e.day - s.day;
  let hour = e.hour - s.hour;
  let minute = e.minute - s.minute;
  let second = e.second - s.second;
  if (second < 0) (second += 60), minute--;
  if (minute < 0) (minute += 60), hour--;
  if (hour < 0) (hour += 24), day--;
  if (day < 0) {
    // Days in the start month, as Go finds them: day 32 of it normalises into the next month.
    const probe = civilAt(instantOf({ year: s.year, month: s.month, day: DAYS_IN_MONTH_PROBE, hour: 0, minute: 0, second: 0, nanosecond: 0 }, 0), 0);
    day += DAYS_IN_MONTH_PROBE - probe.day;
    month--;
  }
  if (month < 0) (month += 12), year--;
  return [year, month, day, hour, minute, second];
}

function format(args: Value[]): string {
  const t = timeArg(args, 0);
  return formatTime(t.ns, t.zone, layoutOf(t.layout ?? RFC3339_NANO));
}

export const timeBuiltins: BuiltinDef[] = [
  fn('time.now_ns', 0, (_args, ctx) => Number(ctx.nowNs), { nondeterministic: true }),
  fn('time.parse_rfc3339_ns', 1, (args) => Number(checkRange(parseTime(RFC3339, stringArg(args, 0))))),
  fn('time.parse_ns', 2, (args) => Number(checkRange(parseTime(layoutOf(stringArg(args, 0)), stringArg(args, 1))))),
  fn('time.parse_duration_ns', 1, (args) => parseDuration(stringArg(args, 0))),
  fn('time.date', 1, (args) => {
    const t = localFields(timeArg(args, 0));
    return [t.year, t.month, t.day];
  }),
  fn('time.clock', 1, (args) => {
    const t = localFields(timeArg(args, 0));
    return [t.hour, t.minute, t.second];
  }),
  fn('time.weekday', 1, (args) => WEEKDAY_NAMES[localFields(timeArg(args, 0)).weekday]!),
  fn('time.add_date', 4, addDate),
  fn('time.diff', 2, diff),
  fn('time.format', 1, format),
];
