import { describe, expect, it } from 'vitest';
import { toJSON } from '../value.js';
import { call, j } from './testkit.js';

describe('json.patch', () => {
  const doc = j({ a: [1, 2], b: { c: 'x' } });
  const patch = (ops: unknown) => toJSON(call('json.patch', [doc, j(ops)])!);

  it('applies add, remove, replace, move, copy and test', () => {
    expect(patch([{ op: 'add', path: '/a/1', value: 9 }])).toEqual({ a: [1, 9, 2], b: { c: 'x' } });
    expect(patch([{ op: 'add', path: '/a/-', value: 3 }])).toEqual({ a: [1, 2, 3], b: { c: 'x' } });
    expect(patch([{ op: 'remove', path: '/b/c' }])).toEqual({ a: [1, 2], b: {} });
    expect(patch([{ op: 'replace', path: '/a/0', value: 0 }])).toEqual({ a: [0, 2], b: { c: 'x' } });
    expect(patch([{ op: 'move', from: '/b/c', path: '/d' }])).toEqual({ a: [1, 2], b: {}, d: 'x' });
    expect(patch([{ op: 'copy', from: '/a', path: '/b/a' }])).toEqual({ a: [1, 2], b: { a: [1, 2], c: 'x' } });
    expect(patch([{ op: 'test', path: '/b/c', value: 'x' }, { op: 'add', path: '', value: 1 }])).toBe(1);
  });

  it('is undefined (not an error) on bad paths, failed tests and unknown operations, as in OPA', () => {
    for (const ops of [
      [{ op: 'add', path: '/a/1.2', value: 'foo' }],
      [{ op: 'add', path: '/a/5', value: 1 }],
      [{ op: 'remove', path: '/nope' }],
      [{ op: 'test', path: '/b/c', value: 'y' }],
      [{ op: 'frobnicate', path: '/a' }],
      [{ op: 'replace', path: '/zz', value: 1 }],
      [{ op: 'add', value: 1 }],
      [{ op: 'add', path: '/a' }],
      [{ op: 'add', path: 7, value: 1 }],
      [{ op: 'add', path: '/b/c/d', value: 1 }],
      [{ op: 'remove', path: '' }],
      [1],
    ]) {
      expect(call('json.patch', [doc, j(ops)]), JSON.stringify(ops)).toBeUndefined();
    }
    expect(call('json.patch', [j([1, 2, 3]), j([{ op: 'add', path: '1.2', value: 'foo' }])])).toBeUndefined();
  });

  it('accepts paths without a leading slash and as arrays of segments', () => {
    expect(patch([{ op: 'add', path: 'b/d', value: 1 }])).toEqual({ a: [1, 2], b: { c: 'x', d: 1 } });
    expect(patch([{ op: 'remove', path: ['a', 0] }])).toEqual({ a: [2], b: { c: 'x' } });
    expect(toJSON(call('json.patch', [j({ m: [[1], [2]] }), j([{ op: 'add', path: '/m/1/0', value: 9 }])])!)).toEqual({ m: [[1], [9, 2]] });
  });

  it('requires an array of operations', () => {
    expect(() => call('json.patch', [doc, j({})])).toThrow('operand 2 must be array but got object');
  });
});
