import { describe, expect, it } from 'vitest';
import { call, FIXED_NOW_NS, j, newContext } from './testkit.js';

const FRIDAY_NOON = 1518177600000000000; // 2018-02-09T12:00:00Z
const ms = (iso: string) => Date.parse(iso) * 1e6;

describe('time.now_ns', () => {
  it('returns the query clock', () => {
    expect(call('time.now_ns', [], newContext(FIXED_NOW_NS))).toBe(Number(FIXED_NOW_NS));
  });
});

describe('time.parse_rfc3339_ns', () => {
  it('parses offsets and fractions', () => {
    expect(call('time.parse_rfc3339_ns', ['2017-06-02T19:00:00-07:00'])).toBe(1496455200000000000);
    expect(call('time.parse_rfc3339_ns', ['1970-01-01T00:00:00.5Z'])).toBe(500000000);
    expect(call('time.parse_rfc3339_ns', ['1969-12-31T23:59:59.999999999Z'])).toBe(-1);
  });

  it('checks the int64 nanosecond range exactly', () => {
    expect(call('time.parse_rfc3339_ns', ['2262-04-11T23:47:16.854775807-00:00'])).toBe(9223372036854775807);
    expect(() => call('time.parse_rfc3339_ns', ['2262-04-11T23:47:16.854775808-00:00'])).toThrow('time outside of valid range');
    expect(() => call('time.parse_rfc3339_ns', ['1677-09-21T00:12:43.145224191-00:00'])).toThrow('time outside of valid range');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => call('time.parse_rfc3339_ns', ['2023-02-29T00:00:00Z'])).toThrow('day out of range');
    expect(() => call('time.parse_rfc3339_ns', ['2023-01-01 00:00:00Z'])).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
    expect(() => call('time.parse_rfc3339_ns', ['2023-01-01T25:00:00Z'])).toThrow('hour out of range');
  });
});

describe('time.parse_ns', () => {
  it('parses Go layouts and named layouts', () => {
    expect(call('time.parse_ns', ['2006-01-02', '2024-02-29'])).toBe(ms('2024-02-29T00:00:00Z'));
    expect(call('time.parse_ns', ['02 Jan 06 15:04 MST', '29 Feb 24 12:34 UTC'])).toBe(ms('2024-02-29T12:34:00Z'));
    expect(call('time.parse_ns', ['RFC1123Z', 'Fri, 09 Feb 2018 13:00:00 +0100'])).toBe(FRIDAY_NOON);
    expect(call('time.parse_ns', ['January _2 2006 3:04pm', 'february  9 2018 12:00pm'])).toBe(FRIDAY_NOON);
    expect(call('time.parse_ns', ['2006-01-02 15:04:05.000', '2018-02-09 12:00:00.250'])).toBe(FRIDAY_NOON + 250_000_000);
  });

  it('fails when the text does not fit the layout', () => {
    expect(() => call('time.parse_ns', ['2006-01-02', '2024/02/29'])).toThrow(/cannot parse "\/02\/29" as "-"/);
    expect(() => call('time.parse_ns', ['2006-01-02', '2024-02-29x'])).toThrow('extra text');
    // No date in the layout means year 0, which nanoseconds since 1970 cannot hold.
    expect(() => call('time.parse_ns', ['3:04PM', '3:04PM'])).toThrow('time outside of valid range');
  });
});

describe('time.parse_duration_ns', () => {
  it('reads Go durations exactly', () => {
    expect(call('time.parse_duration_ns', ['1h30m'])).toBe(5.4e12);
    expect(call('time.parse_duration_ns', ['-1.5h'])).toBe(-5.4e12);
    expect(call('time.parse_duration_ns', ['300ms'])).toBe(3e8);
    expect(call('time.parse_duration_ns', ['1µs2ns'])).toBe(1002);
    expect(call('time.parse_duration_ns', ['0'])).toBe(0);
  });

  it('rejects missing or unknown units', () => {
    expect(() => call('time.parse_duration_ns', ['1'])).toThrow('time: missing unit in duration "1"');
    expect(() => call('time.parse_duration_ns', ['1d'])).toThrow('time: unknown unit "d" in duration "1d"');
    expect(() => call('time.parse_duration_ns', [''])).toThrow('time: invalid duration ""');
    expect(() => call('time.parse_duration_ns', ['h'])).toThrow('time: invalid duration "h"');
  });
});

describe('time.date, time.clock, time.weekday', () => {
  it('reads UTC fields from a number', () => {
    expect(call('time.date', [FRIDAY_NOON])).toEqual([2018, 2, 9]);
    expect(call('time.clock', [FRIDAY_NOON])).toEqual([12, 0, 0]);
    expect(call('time.weekday', [FRIDAY_NOON])).toBe('Friday');
  });

  it('reads fields in a named zone', () => {
    expect(call('time.clock', [j([FRIDAY_NOON, 'Asia/Tokyo'])])).toEqual([21, 0, 0]);
    expect(call('time.date', [j([FRIDAY_NOON + 13 * 3.6e12, 'Asia/Tokyo'])])).toEqual([2018, 2, 10]);
    expect(call('time.weekday', [j([FRIDAY_NOON + 13 * 3.6e12, 'Asia/Tokyo'])])).toBe('Saturday');
    expect(call('time.clock', [j([FRIDAY_NOON, 'America/New_York'])])).toEqual([7, 0, 0]);
  });

  it('handles dates before 1970', () => {
    expect(call('time.date', [-1])).toEqual([1969, 12, 31]);
    expect(call('time.clock', [-1])).toEqual([23, 59, 59]);
  });

  it('refuses timestamps beyond int64 and unknown zones', () => {
    expect(() => call('time.date', [1582977600 * 1e12])).toThrow('timestamp too big');
    expect(() => call('time.date', [j([0, 'Mars/Olympus'])])).toThrow('unknown time zone Mars/Olympus');
    expect(() => call('time.date', ['now'])).toThrow('operand 1 must be either number (ns) or [number (ns), string (tz)] but got string');
    expect(() => call('time.date', [1.5])).toThrow('timestamp too big');
    expect(() => call('time.date', [j([])])).toThrow(expect.objectContaining({ code: 'eval_type_error' }));
    expect(call('time.date', [j([FRIDAY_NOON])])).toEqual([2018, 2, 9]);
  });
});

describe('time.add_date and time.diff', () => {
  it('normalises overflowing months and days as Go does', () => {
    expect(call('time.add_date', [ms('2024-01-31T10:00:00Z'), 0, 1, 0])).toBe(ms('2024-03-02T10:00:00Z'));
    expect(call('time.add_date', [ms('2024-02-29T00:00:00Z'), 1, 0, 0])).toBe(ms('2025-03-01T00:00:00Z'));
    expect(call('time.add_date', [ms('2024-01-01T00:00:00Z'), 0, 0, -1])).toBe(ms('2023-12-31T00:00:00Z'));
  });

  it('moves the wall clock in the operand zone, across daylight saving', () => {
    // 2024-03-09 12:00 in New York is EST (-5); a day later the clocks read 12:00 EDT (-4).
    const before = ms('2024-03-09T17:00:00Z');
    expect(call('time.add_date', [j([before, 'America/New_York']), 0, 0, 1])).toBe(ms('2024-03-10T16:00:00Z'));
  });

  it('refuses results outside the int64 range', () => {
    expect(() => call('time.add_date', [0, 300, 0, 0])).toThrow('time outside of valid range');
  });

  it('diffs field by field with borrowing, in either order', () => {
    expect(call('time.diff', [ms('2020-01-31T00:00:00Z'), ms('2020-03-01T00:00:00Z')])).toEqual([0, 1, 1, 0, 0, 0]);
    expect(call('time.diff', [ms('2021-03-01T12:30:15Z'), ms('2020-01-01T13:00:00Z')])).toEqual([1, 1, 30, 23, 30, 15]);
    expect(call('time.diff', [0, 0])).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('time.format', () => {
  it('defaults to RFC 3339 with trimmed nanoseconds in UTC', () => {
    expect(call('time.format', [0])).toBe('1970-01-01T00:00:00Z');
    expect(call('time.format', [1_500_000_000])).toBe('1970-01-01T00:00:01.5Z');
  });

  it('applies a zone and a layout', () => {
    expect(call('time.format', [j([0, 'UTC', 'Mon Jan _2 15:04:05 2006'])])).toBe('Thu Jan  1 00:00:00 1970');
    expect(call('time.format', [j([0, 'America/New_York', '2006-01-02 3:04PM -07:00 002'])])).toBe('1969-12-31 7:00PM -05:00 365');
    expect(call('time.format', [j([FRIDAY_NOON, 'Asia/Tokyo', 'RFC3339'])])).toBe('2018-02-09T21:00:00+09:00');
    expect(call('time.format', [j([FRIDAY_NOON + 1000, 'UTC', '15:04:05.000000'])])).toBe('12:00:00.000001');
  });
});

describe('Go layouts, field by field', () => {
  const parse = (layout: string, text: string) => call('time.parse_ns', [layout, text]);
  const format = (ns: number, tz: string, layout: string) => call('time.format', [j([ns, tz, layout])]);

  it('reads every offset form', () => {
    const expected = ms('2018-02-09T12:00:00Z');
    expect(parse('2006-01-02 15:04 -0700', '2018-02-09 13:30 +0130')).toBe(expected);
    expect(parse('2006-01-02 15:04 -07', '2018-02-09 10:00 -02')).toBe(expected);
    expect(parse('2006-01-02 15:04 Z0700', '2018-02-09 12:00 Z')).toBe(expected);
    expect(parse('2006-01-02 15:04:05 -07:00:00', '2018-02-09 12:00:30 +00:00:30')).toBe(expected);
    expect(parse('2006-01-02 15:04 MST', '2018-02-09 14:00 GMT+2')).toBe(expected);
  });

  it('reads day of year, weekday names and fixed fractions', () => {
    expect(parse('2006 002', '2024 060')).toBe(ms('2024-02-29T00:00:00Z'));
    expect(parse('Monday 2006-01-02', 'Friday 2018-02-09')).toBe(ms('2018-02-09T00:00:00Z'));
    expect(parse('Mon Jan 2 2006', 'Fri Feb 9 2018')).toBe(ms('2018-02-09T00:00:00Z'));
    expect(parse('2006-01-02 15:04:05,000', '2018-02-09 12:00:00,500')).toBe(FRIDAY_NOON + 500_000_000);
    expect(parse('06-1-2 3:4:5 PM', '18-2-9 12:0:0 PM')).toBe(FRIDAY_NOON);
    expect(parse('06-1-2 03:04 pm', '18-2-9 12:00 am')).toBe(ms('2018-02-09T00:00:00Z'));
  });

  it('rejects out-of-range fields and markers in the wrong case', () => {
    expect(() => parse('2006-01-02', '2018-13-01')).toThrow('month out of range');
    expect(() => parse('2006 002', '2023 366')).toThrow('day-of-year out of range');
    expect(() => parse('3PM', '3pm')).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
    expect(() => parse('2006-01-02 15:04 -07:00', '2018-02-09 12:00 +0100')).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
  });

  it('writes every field', () => {
    expect(format(FRIDAY_NOON, 'UTC', 'Monday January 2 _2 __2 002 06 1 3 4 5 pm Z07:00 -07 .000 .999')).toBe(
      'Friday February 9  9  40 040 18 2 12 0 0 pm Z +00 .000 ',
    );
    expect(format(FRIDAY_NOON, 'Asia/Kolkata', '15:04 -0700 Z0700 -07:00:00')).toBe('17:30 +0530 +0530 +05:30:00');
  });
});
