import { describe, expect, it } from 'vitest';
import { ObjectValue, SetValue } from '../value.js';
import { regoString } from './format.js';
import { call, j } from './testkit.js';

const sprintf = (format: string, ...args: unknown[]) => call('sprintf', [format, j(args)]);

describe('regoString', () => {
  it('prints values in OPA term syntax with canonical order', () => {
    expect(regoString(new SetValue([2, 1]))).toBe('{1, 2}');
    expect(regoString(new SetValue())).toBe('set()');
    expect(regoString(j({ b: [1, 'x'], a: null }))).toBe('{"a": null, "b": [1, "x"]}');
    expect(regoString(new ObjectValue([[1, true]]))).toBe('{1: true}');
  });
});

describe('sprintf', () => {
  it('formats strings and integers', () => {
    expect(sprintf('%s has %d findings', 'repo', 3)).toBe('repo has 3 findings');
    expect(sprintf('%v|%v', 'x', 42)).toBe('x|42');
    expect(sprintf('%5d|%-5d|%05d|%+d', 42, 42, -42, 7)).toBe('   42|42   |-0042|+7');
    expect(sprintf('%x %X %o %b %#x', 255, 255, 8, 5, 255)).toBe('ff FF 10 101 0xff');
    expect(sprintf('100%%')).toBe('100%');
  });

  it('formats floats as Go does', () => {
    expect(sprintf('hi %.2f', 3.1415)).toBe('hi 3.14');
    expect(sprintf('%v %v %v', 2.5, 0.00001, 1234567.5)).toBe('2.5 1e-05 1.2345675e+06');
    expect(sprintf('%f', 1.5)).toBe('1.500000');
    expect(sprintf('%e', 123.456)).toBe('1.234560e+02');
    expect(sprintf('%g %.3g', 0.0001, 2.5)).toBe('0.0001 2.5');
    expect(sprintf('%8.3f|', -1.5)).toBe('  -1.500|');
    expect(sprintf('%.0f %.0f %.2f %.1f', 2.5, 3.5, 0.125, 0.25)).toBe('2 4 0.12 0.2');
    expect(sprintf('%.1f', 0.35)).toBe('0.3');
  });

  it('covers the rarer float and integer forms', () => {
    expect(sprintf('%G %E', 1e-7, 1234.5)).toBe('1E-07 1.234500E+03');
    expect(sprintf('%f', 1e22)).toBe('10000000000000000000000.000000');
    expect(sprintf('%.3d|%x|%X', 7, 'hi', 'hi')).toBe('007|6869|6869');
    expect(sprintf('%d|%v', 2.5, 0)).toBe('%!d(float64=2.5)|0');
    expect(sprintf('%d', 1, 0.5)).toBe('1%!(EXTRA float64=0.5)');
    expect(sprintf('%q', '\u0001\u007f')).toBe('"\\x01\\x7f"');
    expect(sprintf('%.101f', 0.5)).toBe('0.5' + '0'.repeat(100));
    expect(sprintf('%.20f', 0.1)).toBe('0.10000000000000000555');
    expect(sprintf('%.0f %.0f', 0.5, 1.5)).toBe('0 2');
    expect(sprintf('%.0e %.1e %e', 2.5, 0.25, 9.9999999)).toBe('2e+00 2.5e-01 1.000000e+01');
    expect(sprintf('%.2g %.3g %g %g', 0.125, 100.5, 100000.5, 1e-5)).toBe('0.12 100 100000.5 1e-05');
    expect(sprintf('%g', 100)).toBe('%!g(int=100)');
    expect(sprintf('%v %v %.1g', 1234567.25, 0.000123, 0.05)).toBe('1.23456725e+06 0.000123 0.05');
  });

  it('prints composite values in term syntax', () => {
    expect(call('sprintf', ['%v', [new SetValue([2, 1])]])).toBe('{1, 2}');
    expect(sprintf('%v', { a: [1, 'b'] })).toBe('{"a": [1, "b"]}');
    expect(sprintf('%v %v', true, null)).toBe('true null');
  });

  it('quotes with Go escapes', () => {
    expect(sprintf('%q', 'a"b\n\u0007é')).toBe('"a\\"b\\n\\aé"');
  });

  it('keeps Go verb mismatches visible, as OPA does', () => {
    expect(sprintf('%d', '5')).toBe('%!d(string=5)');
    expect(sprintf('%.2f', 5)).toBe('%!f(int=5)');
    expect(sprintf('%s', 5)).toBe('%!s(int=5)');
    expect(sprintf('%d %d', 1)).toBe('1 %!d(MISSING)');
    expect(sprintf('%d', 1, 'x')).toBe('1%!(EXTRA string=x)');
    expect(sprintf('a%!b', 1)).toBe('a%!!(int=1)b');
    expect(sprintf('%z|%d', 'x', 2)).toBe('%!z(string=x)|2');
    expect(sprintf('end %')).toBe('end %!(NOVERB)');
  });

  it('prints integers beyond int64 in full with %s, as big.Int does', () => {
    expect(sprintf('%s', 2 ** 64)).toBe('18446744073709551616');
    expect(sprintf('%v', 2 ** 63)).toBe('9223372036854775808');
  });

  it('truncates and pads strings by code point', () => {
    expect(sprintf('%.2s|%3s|%-3s|', 'μμμ', 'μ', 'a')).toBe('μμ|  μ|a  |');
  });

  it('prints runes and refuses absurd widths without allocating them', () => {
    expect(sprintf('%c%c|%q', 72, 0x1f367, 65)).toBe("H🍧|'A'");
    expect(sprintf('%c', 0x110000)).toBe('\ufffd');
    expect(sprintf('%99999999d|%d', 1, 2)).toBe('%!(BADWIDTH)|2');
    expect(sprintf('%.99999999f', 1.5)).toBe('%!(BADPREC)');
  });

  it('requires an array of operands', () => {
    expect(() => call('sprintf', ['%v', 1])).toThrow('operand 2 must be array but got number');
  });
});
