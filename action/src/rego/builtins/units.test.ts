import { describe, expect, it } from 'vitest';
import { call } from './testkit.js';

const parse = (s: string) => call('units.parse', [s]);
const bytes = (s: string) => call('units.parse_bytes', [s]);

describe('units.parse', () => {
  it('scales by SI and binary prefixes, exactly', () => {
    expect(parse('10K')).toBe(10000);
    expect(parse('1.1K')).toBe(1100);
    expect(parse('1.1Ki')).toBe(1126.4);
    expect(parse('300Gi')).toBe(322122547200);
    expect(parse('10KI')).toBe(10240);
    expect(parse('.5K')).toBe(500);
  });

  it('tells milli from mega by case only for m', () => {
    expect(parse('100m')).toBe(0.1);
    expect(parse('100M')).toBe(100000000);
    expect(parse('100mi')).toBe(104857600);
    expect(parse('-3.5E2m')).toBe(-0.35);
  });

  it('reads exponents, but a bare E is exa', () => {
    expect(parse('1e10')).toBe(1e10);
    expect(parse('7.8E-1')).toBe(0.78);
    expect(parse('2.5e3K')).toBe(2500000);
    expect(parse('5E')).toBe(5e18);
  });

  it('strips quotes and refuses spaces, missing amounts and unknown units', () => {
    expect(parse('"100Ti"')).toBe(109951162777600);
    expect(() => parse('1 K')).toThrow('spaces not allowed in resource strings');
    expect(() => parse('K')).toThrow('no amount provided');
    expect(() => parse('')).toThrow('no amount provided');
    expect(() => parse('10X')).toThrow(expect.objectContaining({ code: 'eval_builtin_error', message: 'unit X not recognized' }));
    expect(() => parse('10KB')).toThrow('unit Kb not recognized');
  });
});

describe('units.parse_bytes', () => {
  it('is case-insensitive with an optional b, truncating to whole bytes', () => {
    expect(bytes('10KB')).toBe(10000);
    expect(bytes('10kib')).toBe(10240);
    expect(bytes('200mb')).toBe(200000000);
    expect(bytes('1.1KiB')).toBe(1126);
    expect(bytes('0.0')).toBe(0);
    expect(bytes('12345')).toBe(12345);
    expect(bytes('3.2E2MiB')).toBe(335544320);
    expect(bytes('1e-2KB')).toBe(10);
    expect(bytes('"100TIB"')).toBe(109951162777600);
  });

  it('refuses unknown units', () => {
    expect(() => bytes('10xb')).toThrow('byte unit xb not recognized');
    expect(() => bytes('10kbb')).toThrow('byte unit kbb not recognized');
  });
});
