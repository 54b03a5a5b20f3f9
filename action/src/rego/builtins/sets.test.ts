import { describe, expect, it } from 'vitest';
import { SetValue, toJSON } from '../value.js';
import { call } from './testkit.js';

const sets = (...members: number[][]) => new SetValue(members.map((m) => new SetValue(m)));

describe('intersection and union', () => {
  it('combines every set in the operand', () => {
    expect(toJSON(call('intersection', [sets([1, 2, 3], [2, 3], [3, 2, 9])])!)).toEqual([2, 3]);
    expect(toJSON(call('union', [sets([1], [2], [1, 3])])!)).toEqual([1, 2, 3]);
  });

  it('gives the empty set for no sets', () => {
    expect(call('intersection', [new SetValue()])).toEqual(new SetValue());
    expect((call('union', [new SetValue()]) as SetValue).size).toBe(0);
  });

  it('rejects members that are not sets', () => {
    expect(() => call('union', [new SetValue([1])])).toThrow('operand 1 must be set of sets but got set containing number');
    expect(() => call('intersection', [[]])).toThrow('operand 1 must be set but got array');
  });
});
