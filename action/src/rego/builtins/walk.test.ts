import { describe, expect, it } from 'vitest';
import { SetValue, toJSON } from '../value.js';
import { call, j } from './testkit.js';

const walk = (v: Parameters<typeof call>[1][0]) => toJSON(call('walk', [v])!);

describe('walk', () => {
  it('yields the root itself for a scalar', () => {
    expect(walk(1)).toEqual([[[], 1]]);
  });

  it('visits nested values pre-order with keys sorted', () => {
    expect(walk(j({ b: [true], a: 1 }))).toEqual([
      [[], { a: 1, b: [true] }],
      [['a'], 1],
      [['b'], [true]],
      [['b', 0], true],
    ]);
  });

  it('uses set members as their own path elements', () => {
    expect(walk(new SetValue(['y', 'x']))).toEqual([
      [[], ['x', 'y']],
      [['x'], 'x'],
      [['y'], 'y'],
    ]);
  });

  it('keeps each path independent (no shared, overwritten arrays)', () => {
    const pairs = call('walk', [j({ a: [{ b: 1 }, { c: 2 }] })]) as [unknown[], unknown][];
    expect(pairs.map(([path]) => toJSON(path as never))).toEqual([[], ['a'], ['a', 0], ['a', 0, 'b'], ['a', 1], ['a', 1, 'c']]);
  });

  it('is registered as a relation', () => {
    expect(call('walk', [j([])])).toEqual([[[], []]]);
  });
});
