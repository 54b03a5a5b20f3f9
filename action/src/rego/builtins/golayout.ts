/**
 * Go's reference-time layouts ("2006-01-02T15:04:05Z07:00"), which OPA's
 * time.format and time.parse_ns take: a tokenizer following Go's
 * nextStdChunk, a formatter and a parser.
 */
import { builtinError } from './args.js';
import { civilAt, type Civil, instantOf, type Zone } from './timezone.js';

type Std =
  | 'LongMonth' | 'Month' | 'NumMonth' | 'ZeroMonth'
  | 'LongWeekDay' | 'WeekDay'
  | 'Day' | 'UnderDay' | 'ZeroDay' | 'UnderYearDay' | 'ZeroYearDay'
  | 'Hour' | 'Hour12' | 'ZeroHour12' | 'Minute' | 'ZeroMinute' | 'Second' | 'ZeroSecond'
  | 'LongYear' | 'Year' | 'PM' | 'pm' | 'TZ'
  | 'ISO8601TZ' | 'ISO8601SecondsTZ' | 'ISO8601ShortTZ' | 'ISO8601ColonTZ' | 'ISO8601ColonSecondsTZ'
  | 'NumTZ' | 'NumSecondsTz' | 'NumShortTZ' | 'NumColonTZ' | 'NumColonSecondsTZ'
  | 'FracSecond0' | 'FracSecond9';

type Chunk = { literal: string } | { std: Std; text: string; digits?: number };

/** Longest first, as Go checks them. */
const PREFIXED: [string, Std][] = [
  ['January', 'LongMonth'], ['Jan', 'Month'], ['Monday', 'LongWeekDay'], ['Mon', 'WeekDay'], ['MST', 'TZ'],
  ['002', 'ZeroYearDay'], ['01', 'ZeroMonth'], ['02', 'ZeroDay'], ['03', 'ZeroHour12'], ['04', 'ZeroMinute'], ['05', 'ZeroSecond'], ['06', 'Year'],
  ['15', 'Hour'], ['1', 'NumMonth'], ['2006', 'LongYear'], ['2', 'Day'], ['__2', 'UnderYearDay'], ['_2', 'UnderDay'],
  ['3', 'Hour12'], ['4', 'Minute'], ['5', 'Second'], ['PM', 'PM'], ['pm', 'pm'],
  ['-07:00:00', 'NumColonSecondsTZ'], ['-070000', 'NumSecondsTz'], ['-07:00', 'NumColonTZ'], ['-0700', 'NumTZ'], ['-07', 'NumShortTZ'],
  ['Z07:00:00', 'ISO8601ColonSecondsTZ'], ['Z070000', 'ISO8601SecondsTZ'], ['Z07:00', 'ISO8601ColonTZ'], ['Z0700', 'ISO8601TZ'], ['Z07', 'ISO8601ShortTZ'],
];

/** The Go layout constants OPA accepts by name in time.format and time.parse_ns. */
export const NAMED_LAYOUTS: Record<string, string> = {
  ANSIC: 'Mon Jan _2 15:04:05 2006',
  UnixDate: 'Mon Jan _2 15:04:05 MST 2006',
  RubyDate: 'Mon Jan 02 15:04:05 -0700 2006',
  RFC822: '02 Jan 06 15:04 MST',
  RFC822Z: '02 Jan 06 15:04 -0700',
  RFC850: 'Monday, 02-Jan-06 15:04:05 MST',
  RFC1123: 'Mon, 02 Jan 2006 15:04:05 MST',
  RFC1123Z: 'Mon, 02 Jan 2006 15:04:05 -0700',
  RFC3339: '2006-01-02T15:04:05Z07:00',
  RFC3339Nano: '2006-01-02T15:04:05.999999999Z07:00',
};

const isDigit = (s: string, i: number): boolean => i < s.length && s[i]! >= '0' && s[i]! <= '9';

function tokenize(layout: string): Chunk[] {
  const chunks: Chunk[] = [];
  let literal = '';
  let i = 0;
  outer: while (i < layout.length) {
    const c = layout[i]!;
    if ((c === '.' || c === ',') && (layout[i + 1] === '0' || layout[i + 1] === '9')) {
      const digit = layout[i + 1]!;
      let j = i + 1;
      while (layout[j] === digit) j++;
      if (!isDigit(layout, j)) {
        if (literal) chunks.push({ literal }), (literal = '');
        chunks.push({ std: digit === '0' ? 'FracSecond0' : 'FracSecond9', text: layout.slice(i, j), digits: j - i - 1 });
        i = j;
        continue;
      }
    }
    for (const [text, std] of PREFIXED) {
      if (!layout.startsWith(text, i)) continue;
      // Go reads "Jan"/"Mon" only when not followed by a lower-case letter ("Janet" is literal), and "2006" before "2".
      if ((std === 'Month' || std === 'WeekDay') && /[a-z]/.test(layout[i + 3] ?? '')) continue;
      if (literal) chunks.push({ literal }), (literal = '');
      chunks.push({ std, text });
      i += text.length;
      continue outer;
    }
    literal += c;
    i++;
  }
  if (literal) chunks.push({ literal });
  return chunks;
}

const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const WEEKDAY_NAMES = LONG_DAYS;

const pad = (n: number, width: number, fill = '0'): string => {
  const s = String(Math.abs(n)).padStart(width, fill);
  return n < 0 ? '-' + s : s;
};

function formatOffset(std: Std, offset: number): string {
  const iso = std.startsWith('ISO');
  if (iso && offset === 0) return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = pad(Math.floor(abs / 3600), 2);
  const mm = pad(Math.floor((abs % 3600) / 60), 2);
  const ss = pad(abs % 60, 2);
  if (std.endsWith('ShortTZ')) return sign + hh;
  if (std.includes('ColonSeconds')) return `${sign}${hh}:${mm}:${ss}`;
  if (std.includes('Colon')) return `${sign}${hh}:${mm}`;
  if (std.includes('Seconds')) return sign + hh + mm + ss;
  return sign + hh + mm;
}

function formatFraction(std: Std, digits: number, nanosecond: number, separator: string): string {
  const full = pad(nanosecond, 9).slice(0, digits);
  if (std === 'FracSecond0') return separator + full;
  const trimmed = full.replace(/0+$/, '');
  return trimmed === '' ? '' : separator + trimmed;
}

function formatChunk(chunk: Chunk, t: Civil, offset: number, abbreviation: string): string {
  if ('literal' in chunk) return chunk.literal;
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  switch (chunk.std) {
    case 'LongMonth': return LONG_MONTHS[t.month - 1]!;
    case 'Month': return LONG_MONTHS[t.month - 1]!.slice(0, 3);
    case 'NumMonth': return String(t.month);
    case 'ZeroMonth': return pad(t.month, 2);
    case 'LongWeekDay': return LONG_DAYS[t.weekday]!;
    case 'WeekDay': return LONG_DAYS[t.weekday]!.slice(0, 3);
    case 'Day': return String(t.day);
    case 'UnderDay': return pad(t.day, 2, ' ');
    case 'ZeroDay': return pad(t.day, 2);
    case 'UnderYearDay': return pad(t.yearDay, 3, ' ');
    case 'ZeroYearDay': return pad(t.yearDay, 3);
    case 'Hour': return pad(t.hour, 2);
    case 'Hour12': return String(hour12);
    case 'ZeroHour12': return pad(hour12, 2);
    case 'Minute': return String(t.minute);
    case 'ZeroMinute': return pad(t.minute, 2);
    case 'Second': return String(t.second);
    case 'ZeroSecond': return pad(t.second, 2);
    case 'LongYear': return pad(t.year, 4);
    case 'Year': return pad(((t.year % 100) + 100) % 100, 2);
    case 'PM': return t.hour >= 12 ? 'PM' : 'AM';
    case 'pm': return t.hour >= 12 ? 'pm' : 'am';
    case 'TZ': return abbreviation || formatOffset('NumTZ', offset);
    case 'FracSecond0':
    case 'FracSecond9': return formatFraction(chunk.std, chunk.digits!, t.nanosecond, chunk.text[0]!);
    default: return formatOffset(chunk.std, offset);
  }
}

export function formatTime(ns: bigint, zone: Zone, layout: string): string {
  const offset = zone.offsetAt(ns);
  const civil = civilAt(ns, offset);
  const abbreviation = zone.abbreviationAt(ns);
  return tokenize(layout).map((c) => formatChunk(c, civil, offset, abbreviation)).join('');
}

/* ---------- parsing ---------- */

interface Parsed {
  year: number;
  month: number;
  day: number;
  yearDay: number;
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
  pm?: boolean;
  offset: number;
}

class ParseError extends Error {}

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Reads Go's time fields from `value` per `layout`; the instant in nanoseconds. */
export function parseTime(layout: string, value: string): bigint {
  const p: Parsed = { year: 0, month: 1, day: 1, yearDay: 0, hour: 0, minute: 0, second: 0, nanosecond: 0, offset: 0 };
  const chunks = tokenize(layout);
  let rest = value;
  const fail = (what: string): never => {
    throw builtinError(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(rest)} as ${JSON.stringify(what)}`);
  };
  for (let idx = 0; idx < chunks.length; idx++) {
    const chunk = chunks[idx]!;
    if ('literal' in chunk) {
      if (!rest.startsWith(chunk.literal)) fail(chunk.literal);
      rest = rest.slice(chunk.literal.length);
      continue;
    }
    try {
      rest = parseChunk(chunk, rest, p, fail);
    } catch (e) {
      if (e instanceof ParseError) throw builtinError(`parsing time ${JSON.stringify(value)}: ${e.message}`);
      throw e;
    }
    // Go accepts a fraction after seconds even when the layout has none.
    const next = chunks[idx + 1];
    const nextIsFraction = next !== undefined && 'std' in next && next.std.startsWith('FracSecond');
    if ((chunk.std === 'Second' || chunk.std === 'ZeroSecond') && !nextIsFraction && /^[.,]\d/.test(rest)) {
      const m = /^[.,](\d+)/.exec(rest)!;
      p.nanosecond = Number(m[1]!.slice(0, 9).padEnd(9, '0'));
      rest = rest.slice(m[0].length);
    }
  }
  if (rest !== '') throw builtinError(`parsing time ${JSON.stringify(value)}: extra text: ${JSON.stringify(rest)}`);
  if (p.pm !== undefined) {
    if (p.hour > 12) throw builtinError(`parsing time ${JSON.stringify(value)}: hour out of range`);
    if (p.pm && p.hour < 12) p.hour += 12;
    if (!p.pm && p.hour === 12) p.hour = 0;
  }
  if (p.yearDay > 0) {
    let month = 1;
    let remaining = p.yearDay;
    while (month <= 12 && remaining > daysIn(p.year, month)) remaining -= daysIn(p.year, month++);
    if (month > 12) throw builtinError(`parsing time ${JSON.stringify(value)}: day-of-year out of range`);
    p.month = month;
    p.day = remaining;
  }
  if (p.day > daysIn(p.year, p.month)) throw builtinError(`parsing time ${JSON.stringify(value)}: day out of range`);
  return instantOf(p, p.offset);
}

function range(n: number, min: number, max: number, what: string): number {
  if (n < min || n > max) throw new ParseError(`${what} out of range`);
  return n;
}

function parseName(rest: string, names: string[], length: number | undefined, fail: (w: string) => never, what: string): [number, string] {
  for (let i = 0; i < names.length; i++) {
    const name = length ? names[i]!.slice(0, length) : names[i]!;
    if (rest.slice(0, name.length).toLowerCase() === name.toLowerCase()) return [i, rest.slice(name.length)];
  }
  return fail(what);
}

function parseOffset(std: Std, rest: string, fail: (w: string) => never, text: string): [number, string] {
  if (std.startsWith('ISO') && rest.startsWith('Z')) return [0, rest.slice(1)];
  const colon = std.includes('Colon');
  const withSeconds = std.includes('Seconds');
  const short = std.endsWith('ShortTZ');
  const pattern = short ? /^([+-])(\d\d)/ : withSeconds ? (colon ? /^([+-])(\d\d):(\d\d):(\d\d)/ : /^([+-])(\d\d)(\d\d)(\d\d)/) : colon ? /^([+-])(\d\d):(\d\d)/ : /^([+-])(\d\d)(\d\d)/;
  const m = pattern.exec(rest);
  if (!m) return fail(text);
  const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return [m[1] === '-' ? -seconds : seconds, rest.slice(m[0].length)];
}

function parseChunk(chunk: Extract<Chunk, { std: Std }>, input: string, p: Parsed, fail: (w: string) => never): string {
  let rest = input;
  const read = (min: number, max: number): number => {
    const m = new RegExp(`^\\d{${min},${max}}`).exec(rest);
    if (!m) return fail(chunk.text);
    rest = rest.slice(m[0].length);
    return Number(m[0]);
  };
  switch (chunk.std) {
    case 'LongYear': p.year = read(4, 4); break;
    case 'Year': { const y = read(2, 2); p.year = y >= 69 ? 1900 + y : 2000 + y; break; }
    case 'LongMonth': [p.month, rest] = parseName(rest, LONG_MONTHS, undefined, fail, chunk.text); p.month++; break;
    case 'Month': [p.month, rest] = parseName(rest, LONG_MONTHS, 3, fail, chunk.text); p.month++; break;
    case 'NumMonth': p.month = range(read(1, 2), 1, 12, 'month'); break;
    case 'ZeroMonth': p.month = range(read(2, 2), 1, 12, 'month'); break;
    case 'LongWeekDay': rest = parseName(rest, LONG_DAYS, undefined, fail, chunk.text)[1]; break;
    case 'WeekDay': rest = parseName(rest, LONG_DAYS, 3, fail, chunk.text)[1]; break;
    case 'UnderDay': if (rest.startsWith(' ')) rest = rest.slice(1); p.day = range(read(1, 2), 1, 31, 'day'); break;
    case 'Day': p.day = range(read(1, 2), 1, 31, 'day'); break;
    case 'ZeroDay': p.day = range(read(2, 2), 1, 31, 'day'); break;
    case 'UnderYearDay': rest = rest.replace(/^ {1,2}/, ''); p.yearDay = range(read(1, 3), 1, 366, 'day-of-year'); break;
    case 'ZeroYearDay': p.yearDay = range(read(3, 3), 1, 366, 'day-of-year'); break;
    case 'Hour': p.hour = range(read(1, 2), 0, 23, 'hour'); break;
    case 'Hour12': p.hour = range(read(1, 2), 0, 12, 'hour'); break;
    case 'ZeroHour12': p.hour = range(read(2, 2), 0, 12, 'hour'); break;
    case 'Minute': p.minute = range(read(1, 2), 0, 59, 'minute'); break;
    case 'ZeroMinute': p.minute = range(read(2, 2), 0, 59, 'minute'); break;
    case 'Second': p.second = range(read(1, 2), 0, 59, 'second'); break;
    case 'ZeroSecond': p.second = range(read(2, 2), 0, 59, 'second'); break;
    case 'PM':
    case 'pm': {
      // Go matches the marker's case exactly: "PM"/"AM" for PM, "pm"/"am" for pm.
      const marker = rest.slice(0, 2);
      const [am, pm] = chunk.std === 'PM' ? ['AM', 'PM'] : ['am', 'pm'];
      if (marker !== am && marker !== pm) fail(chunk.text);
      p.pm = marker === pm;
      rest = rest.slice(2);
      break;
    }
    case 'TZ': {
      // Go accepts an abbreviation (3–5 capitals, optionally with an offset); an unknown one means UTC.
      const m = /^(UTC|GMT[+-]\d{1,2}|[A-Z]{3,5})/.exec(rest);
      if (!m) fail(chunk.text);
      const gmt = /^GMT([+-]\d{1,2})$/.exec(m![0]);
      p.offset = gmt ? Number(gmt[1]) * 3600 : 0;
      rest = rest.slice(m![0].length);
      break;
    }
    case 'FracSecond0': {
      const m = new RegExp(`^[.,](\\d{${chunk.digits}})`).exec(rest);
      if (!m) fail(chunk.text);
      p.nanosecond = Number(m![1]!.slice(0, 9).padEnd(9, '0'));
      rest = rest.slice(m![0].length);
      break;
    }
    case 'FracSecond9': {
      const m = /^[.,](\d+)/.exec(rest);
      if (m) {
        p.nanosecond = Number(m[1]!.slice(0, 9).padEnd(9, '0'));
        rest = rest.slice(m[0].length);
      }
      break;
    }
    default:
      [p.offset, rest] = parseOffset(chunk.std, rest, fail, chunk.text);
  }
  return rest;
}
