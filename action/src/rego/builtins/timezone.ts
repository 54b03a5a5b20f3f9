/**
 * Calendar arithmetic on exact nanosecond instants (BigInt), independent of
 * JS Date's quirks (years 0–99, millisecond precision), and wall-clock
 * fields in an IANA zone via Intl.
 */
import { builtinError } from './args.js';

const NS_PER_SECOND = 1_000_000_000n;
export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/** Days since 1970-01-01 for a proleptic Gregorian date (month 1–12; day may overflow, as Go normalises). */
function daysFromCivil(year: number, month: number, day: number): number {
  // Normalise the month first so that month arithmetic (AddDate) can overflow freely.
  const m0 = month - 1;
  const y = year + Math.floor(m0 / 12);
  const m = (((m0 % 12) + 12) % 12) + 1;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + (day - 1);
}

export interface Civil {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
  /** 0 = Sunday, as Go's time.Weekday. */
  weekday: number;
  /** 1-based day of the year. */
  yearDay: number;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const floorDiv = (a: bigint, b: bigint): bigint => (a >= 0n ? a / b : -((-a + b - 1n) / b));

/** Wall-clock fields of an instant shifted by a UTC offset in seconds. */
export function civilAt(ns: bigint, offsetSeconds: number): Civil {
  const local = ns + BigInt(offsetSeconds) * NS_PER_SECOND;
  const seconds = floorDiv(local, NS_PER_SECOND);
  const nanosecond = Number(local - seconds * NS_PER_SECOND);
  const days = Number(floorDiv(seconds, 86400n));
  const secondOfDay = Number(seconds - BigInt(days) * 86400n);
  const { year, month, day } = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(secondOfDay / 3600),
    minute: Math.floor((secondOfDay % 3600) / 60),
    second: secondOfDay % 60,
    nanosecond,
    weekday: (((days + 4) % 7) + 7) % 7,
    yearDay: days - daysFromCivil(year, 1, 1) + 1,
  };
}

/** The instant of a wall-clock time at a UTC offset. */
export function instantOf(c: Omit<Civil, 'weekday' | 'yearDay'>, offsetSeconds: number): bigint {
  const days = BigInt(daysFromCivil(c.year, c.month, c.day));
  const seconds = days * 86400n + BigInt(c.hour * 3600 + c.minute * 60 + c.second - offsetSeconds);
  return seconds * NS_PER_SECOND + BigInt(c.nanosecond);
}

export function checkRange(ns: bigint): bigint {
  if (ns < INT64_MIN || ns > INT64_MAX) throw builtinError('time outside of valid range');
  return ns;
}

/** A zone: UTC, the machine's local zone, or an IANA name. */
export interface Zone {
  name: string;
  offsetAt(ns: bigint): number;
  abbreviationAt(ns: bigint): string;
}

const UTC: Zone = { name: 'UTC', offsetAt: () => 0, abbreviationAt: () => 'UTC' };
const zones = new Map<string, Zone>();

function intlZone(name: string): Zone {
  let wall: Intl.DateTimeFormat;
  let short: Intl.DateTimeFormat;
  try {
    const options = { timeZone: name === 'Local' ? undefined : name };
    wall = new Intl.DateTimeFormat('en-US', { ...options, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' });
    short = new Intl.DateTimeFormat('en-US', { ...options, timeZoneName: 'short' });
  } catch {
    throw builtinError(`unknown time zone ${name}`);
  }
  const msOf = (ns: bigint): number => Number(floorDiv(ns, 1_000_000n));
  return {
    name,
    offsetAt(ns) {
      const ms = msOf(ns);
      if (Math.abs(ms) > 8.64e15) return 0; // outside what Intl can represent
      const parts = Object.fromEntries(wall.formatToParts(ms).map((p) => [p.type, p.value]));
      const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
      const asUtc = daysFromCivil(year, Number(parts.month), Number(parts.day)) * 86400 + Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second);
      return asUtc - Math.floor(ms / 1000);
    },
    abbreviationAt(ns) {
      const ms = msOf(ns);
      if (Math.abs(ms) > 8.64e15) return 'UTC';
      return short.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
    },
  };
}

/** Go's time.LoadLocation: "" and "UTC" are UTC, "Local" is the machine's zone. */
export function loadZone(name: string): Zone {
  if (name === '' || name === 'UTC') return UTC;
  let zone = zones.get(name);
  if (!zone) zones.set(name, (zone = intlZone(name)));
  return zone;
}

export const utcZone = UTC;
