import { describe, expect, it } from 'vitest';
import { call } from './testkit.js';

describe('rounding', () => {
  it('rounds half away from zero', () => {
    expect(call('round', [2.5])).toBe(3);
    expect(call('round', [-2.5])).toBe(-3);
    expect(call('round', [2.4])).toBe(2);
    expect(call('round', [-0.4])).toBe(0);
    expect(Object.is(call('round', [-0.4]), -0)).toBe(false);
  });

  it('takes abs, ceil and floor', () => {
    expect(call('abs', [-2.5])).toBe(2.5);
    expect(call('ceil', [-1.5])).toBe(-1);
    expect(call('floor', [-1.5])).toBe(-2);
  });
});

describe('numbers.range and numbers.range_step', () => {
  it('counts up or down inclusively', () => {
    expect(call('numbers.range', [1, 4])).toEqual([1, 2, 3, 4]);
    expect(call('numbers.range', [2, -1])).toEqual([2, 1, 0, -1]);
    expect(call('numbers.range', [0, 0])).toEqual([0]);
  });

  it('requires integers', () => {
    expect(() => call('numbers.range', [1.5, 3])).toThrow('operand 1 must be integer number but got floating-point number');
  });

  it('steps in either direction and stops before passing the end', () => {
    expect(call('numbers.range_step', [0, 10, 4])).toEqual([0, 4, 8]);
    expect(call('numbers.range_step', [10, 0, 5])).toEqual([10, 5, 0]);
    expect(() => call('numbers.range_step', [0, 10, 0])).toThrow('step must be a positive integer');
  });

  it('refuses ranges too large to build', () => {
    expect(() => call('numbers.range', [0, 1e12])).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
  });
});

describe('to_number', () => {
  it('converts strings, booleans and null', () => {
    expect(call('to_number', ['1e3'])).toBe(1000);
    expect(call('to_number', ['-0.5'])).toBe(-0.5);
    expect(call('to_number', [true])).toBe(1);
    expect(call('to_number', [null])).toBe(0);
    expect(call('to_number', [7])).toBe(7);
  });

  it('refuses NaN and infinities as a type error, as OPA does', () => {
    for (const bad of ['nan', 'Inf', '-Infinity', '+iNf', '-NaN']) {
      expect(() => call('to_number', [bad]), bad).toThrow(
        expect.objectContaining({ code: 'eval_type_error', message: 'operand 1 must be valid number string but got string' }),
      );
    }
  });

  it('reports other bad text as ParseFloat does', () => {
    for (const bad of ['x', '', '0x10', ' 1', '1_000']) {
      expect(() => call('to_number', [bad]), bad).toThrow(
        expect.objectContaining({ code: 'eval_builtin_error', message: `strconv.ParseFloat: parsing ${JSON.stringify(bad)}: invalid syntax` }),
      );
    }
    expect(() => call('to_number', ['1e999'])).toThrow('strconv.ParseFloat: parsing "1e999": value out of range');
  });

  it('rejects collections', () => {
    expect(() => call('to_number', [[1]])).toThrow('operand 1 must be one of {null, boolean, number, string} but got array');
  });
});

describe('format_int', () => {
  it('formats in bases 2, 8, 10 and 16, truncating toward zero', () => {
    expect(call('format_int', [255, 16])).toBe('ff');
    expect(call('format_int', [5, 2])).toBe('101');
    expect(call('format_int', [-3.7, 10])).toBe('-3');
    expect(call('format_int', [8, 8])).toBe('10');
  });

  it('rejects other bases', () => {
    expect(() => call('format_int', [1, 3])).toThrow('operand 2 must be one of {2, 8, 10, 16}');
  });
});

describe('bits', () => {
  it('combines integers bitwise, including negatives', () => {
    expect(call('bits.and', [12, 10])).toBe(8);
    expect(call('bits.or', [12, 10])).toBe(14);
    expect(call('bits.xor', [12, 10])).toBe(6);
    expect(call('bits.negate', [5])).toBe(-6);
    expect(call('bits.and', [-1, 2 ** 40])).toBe(2 ** 40);
  });

  it('shifts beyond 32 bits', () => {
    expect(call('bits.lsh', [1, 40])).toBe(2 ** 40);
    expect(call('bits.rsh', [-8, 1])).toBe(-4);
    expect(call('bits.rsh', [5, 5000])).toBe(0);
  });

  it('rejects fractions and negative shifts', () => {
    expect(() => call('bits.lsh', [7.2, 42])).toThrow('operand 1 must be integer number but got floating-point number');
    expect(() => call('bits.or', [1, 'a'])).toThrow('operand 2 must be number but got string');
    expect(() => call('bits.rsh', [1, -1])).toThrow('operand 2 must be an unsigned integer number but got a negative integer');
  });
});
