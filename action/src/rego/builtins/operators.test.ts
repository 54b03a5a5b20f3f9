import { describe, expect, it } from 'vitest';
import { SetValue, toJSON } from '../value.js';
import { call, j } from './testkit.js';

describe('arithmetic operators', () => {
  it('adds, subtracts and multiplies numbers', () => {
    expect(call('plus', [2, 3])).toBe(5);
    expect(call('minus', [2, 3.5])).toBe(-1.5);
    expect(call('mul', [-4, 2.5])).toBe(-10);
  });

  it('divides to a fraction, as OPA does (3 / 2 = 1.5)', () => {
    expect(call('div', [3, 2])).toBe(1.5);
    expect(call('div', [-6, 3])).toBe(-2);
  });

  it('refuses division by zero, integer or float', () => {
    expect(() => call('div', [1, 0])).toThrow(expect.objectContaining({ code: 'eval_builtin_error', message: 'divide by zero' }));
    expect(() => call('div', [1, 0.0])).toThrow('divide by zero');
  });

  it('takes the remainder with the sign of the dividend', () => {
    expect(call('rem', [-17, 5])).toBe(-2);
    expect(call('rem', [17, -5])).toBe(2);
    expect(call('rem', [4.0, 3])).toBe(1);
  });

  it('refuses a remainder on fractions or by zero', () => {
    expect(() => call('rem', [4.5, 3])).toThrow('modulo on floating-point number');
    expect(() => call('rem', [4, 0])).toThrow('modulo by zero');
  });

  it('names the operand and types in type errors', () => {
    expect(() => call('plus', ['1', 2])).toThrow(
      expect.objectContaining({ code: 'eval_type_error', message: 'operand 1 must be number but got string' }),
    );
    expect(() => call('mul', [1, null])).toThrow('operand 2 must be number but got null');
  });

  it('fails instead of returning Infinity on overflow', () => {
    expect(() => call('mul', [1e308, 10])).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
  });
});

describe('minus on sets', () => {
  it('is set difference', () => {
    const out = call('minus', [new SetValue([1, 2, 3]), new SetValue([2])]);
    expect(out).toBeInstanceOf(SetValue);
    expect(toJSON(out!)).toEqual([1, 3]);
  });

  it('reports the operand whose type does not match the first', () => {
    expect(() => call('minus', [new SetValue([1]), 1])).toThrow('operand 2 must be set but got number');
    expect(() => call('minus', [1, new SetValue([1])])).toThrow('operand 2 must be number but got set');
    expect(() => call('minus', ['a', 1])).toThrow('operand 1 must be one of {number, set} but got string');
    expect(() => call('minus', [new SetValue([1]), 'a'])).toThrow('operand 2 must be number but got string');
  });
});

describe('comparison operators', () => {
  it('compares across types in OPA order', () => {
    expect(call('lt', [null, false])).toBe(true);
    expect(call('lt', [1, 'a'])).toBe(true);
    expect(call('gt', [j({}), j([])])).toBe(true);
    expect(call('lte', [2, 2])).toBe(true);
    expect(call('gte', ['a', 'b'])).toBe(false);
  });

  it('treats 1 and 1.0 as equal and compares composites structurally', () => {
    expect(call('equal', [1, 1.0])).toBe(true);
    expect(call('equal', [j({ a: [1, 2] }), j({ a: [1, 2] })])).toBe(true);
    expect(call('neq', [j([1]), j([1, 2])])).toBe(true);
    expect(call('equal', [new SetValue([1, 2]), new SetValue([2, 1])])).toBe(true);
  });
});

describe('set operators & and |', () => {
  it('intersects and unites sets', () => {
    expect(toJSON(call('and', [new SetValue([1, 2, 3]), new SetValue([2, 3, 4])])!)).toEqual([2, 3]);
    expect(toJSON(call('or', [new SetValue([1]), new SetValue(['a'])])!)).toEqual([1, 'a']);
  });

  it('rejects non-sets', () => {
    expect(() => call('and', [new SetValue(), j([1])])).toThrow('operand 2 must be set but got array');
  });
});
