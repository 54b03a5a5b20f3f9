import { describe, expect, it } from 'vitest';
import { call, j } from './testkit.js';

describe('array built-ins', () => {
  it('concatenates', () => {
    expect(call('array.concat', [j([1]), j([2, [3]])])).toEqual([1, 2, [3]]);
    expect(() => call('array.concat', [j([]), j({})])).toThrow('operand 2 must be array but got object');
  });

  it('slices with clamped bounds', () => {
    expect(call('array.slice', [j([1, 2, 3, 4]), 1, 3])).toEqual([2, 3]);
    expect(call('array.slice', [j([1, 2, 3]), -5, 10])).toEqual([1, 2, 3]);
    expect(call('array.slice', [j([1, 2, 3]), 2, 1])).toEqual([]);
    expect(() => call('array.slice', [j([1]), 0.5, 1])).toThrow('operand 2 must be integer number');
  });

  it('reverses without touching the operand', () => {
    const input = j([1, 2, 3]);
    expect(call('array.reverse', [input])).toEqual([3, 2, 1]);
    expect(input).toEqual([1, 2, 3]);
  });

  it('flattens one level only', () => {
    expect(call('array.flatten', [j([[1, [2]], 'x', []])])).toEqual([1, [2], 'x']);
    expect(() => call('array.flatten', [42])).toThrow('operand 1 must be array but got number');
  });
});
