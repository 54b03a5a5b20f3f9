import { describe, expect, it } from 'vitest';
import { ObjectValue, SetValue } from '../value.js';
import { call, j } from './testkit.js';

describe('count', () => {
  it('counts members, keys and code points', () => {
    expect(call('count', [j([1, 2, 3])])).toBe(3);
    expect(call('count', [new SetValue([1, 1, 2])])).toBe(2);
    expect(call('count', [j({ a: 1 })])).toBe(1);
    expect(call('count', ['héllo🍧'])).toBe(6);
    expect(call('count', [''])).toBe(0);
  });

  it('rejects scalars other than strings', () => {
    expect(() => call('count', [1])).toThrow('operand 1 must be one of {array, object, set, string} but got number');
  });
});

describe('sum and product', () => {
  it('folds arrays and sets, with identities for empty input', () => {
    expect(call('sum', [j([1, 2.5, -3])])).toBe(0.5);
    expect(call('sum', [new SetValue([1, 2])])).toBe(3);
    expect(call('sum', [j([])])).toBe(0);
    expect(call('product', [j([2, 3, 4])])).toBe(24);
    expect(call('product', [new SetValue()])).toBe(1);
  });

  it('names the offending member type', () => {
    expect(() => call('sum', [j([1, 'a'])])).toThrow('operand 1 must be array of numbers but got array containing string');
    expect(() => call('product', [j({})])).toThrow('operand 1 must be one of {set, array} but got object');
  });
});

describe('max, min and sort', () => {
  it('uses OPA ordering across types', () => {
    expect(call('max', [j([1, 'a', null])])).toBe('a');
    expect(call('min', [new SetValue([3, 1, 2])])).toBe(1);
    expect(call('sort', [j([3, 'b', null, [1], 1])])).toEqual([null, 1, 3, 'b', [1]]);
  });

  it('is undefined for max/min of nothing', () => {
    expect(call('max', [j([])])).toBeUndefined();
    expect(call('min', [new SetValue()])).toBeUndefined();
  });

  it('sorts a set into an array without mutating the operand', () => {
    const input = j([2, 1]);
    expect(call('sort', [input])).toEqual([1, 2]);
    expect(input).toEqual([2, 1]);
    expect(() => call('sort', [new ObjectValue()])).toThrow('operand 1 must be one of {set, array} but got object');
    expect(() => call('all', [1])).toThrow('operand 1 must be one of {array, set} but got number');
  });
});

describe('all and any', () => {
  it('tests members for true', () => {
    expect(call('all', [j([true, true])])).toBe(true);
    expect(call('all', [j([true, 1])])).toBe(false);
    expect(call('all', [j([])])).toBe(true);
    expect(call('any', [new SetValue([false, true])])).toBe(true);
    expect(call('any', [j([])])).toBe(false);
  });
});
