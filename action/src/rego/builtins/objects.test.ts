import { describe, expect, it } from 'vitest';
import { ObjectValue, SetValue, toJSON } from '../value.js';
import { call, j } from './testkit.js';

describe('object.get', () => {
  const doc = j({ a: { b: [10, { c: 'deep' }] }, 'x.y': 1, n: null });

  it('returns the value at a key, or the default', () => {
    expect(call('object.get', [doc, 'x.y', 0])).toBe(1);
    expect(call('object.get', [doc, 'n', 'default'])).toBeNull();
    expect(call('object.get', [doc, 'missing', 'default'])).toBe('default');
  });

  it('follows a path array through objects and arrays', () => {
    expect(call('object.get', [doc, j(['a', 'b', 1, 'c']), 'd'])).toBe('deep');
    expect(call('object.get', [doc, j(['a', 'b', 5]), 'd'])).toBe('d');
    expect(call('object.get', [doc, j(['a', 'b', 0, 'c']), 'd'])).toBe('d');
    expect(call('object.get', [doc, j([]), 'd'])).toBe(doc);
  });

  it('accepts non-string keys and set members on the path', () => {
    const o = new ObjectValue([[1, new SetValue(['m'])]]);
    expect(call('object.get', [o, 1, 'd'])).toEqual(new SetValue(['m']));
    expect(call('object.get', [o, j([1, 'm']), 'd'])).toBe('m');
  });

  it('requires an object', () => {
    expect(() => call('object.get', [j([1]), 0, 'd'])).toThrow('operand 1 must be object but got array');
  });
});

describe('object.keys, object.union, object.union_n', () => {
  it('lists keys as a set', () => {
    expect(toJSON(call('object.keys', [j({ b: 1, a: 2 })])!)).toEqual(['a', 'b']);
  });

  it('merges recursively with the right side winning', () => {
    const out = call('object.union', [j({ a: { b: 1, c: 2 }, d: 1 }), j({ a: { b: 9 }, d: { e: 1 } })]);
    expect(toJSON(out!)).toEqual({ a: { b: 9, c: 2 }, d: { e: 1 } });
  });

  it('folds an array of objects left to right', () => {
    expect(toJSON(call('object.union_n', [j([{ a: 1 }, { a: 2, b: 1 }, {}])])!)).toEqual({ a: 2, b: 1 });
    expect(toJSON(call('object.union_n', [j([])])!)).toEqual({});
    expect(() => call('object.union_n', [j([{}, 1])])).toThrow('operand 1 must be array of objects but got array containing number');
  });
});

describe('object.remove and object.filter', () => {
  const doc = j({ a: 1, b: 2, c: 3 });

  it('take keys from an array, a set or an object', () => {
    expect(toJSON(call('object.remove', [doc, j(['a', 'z'])])!)).toEqual({ b: 2, c: 3 });
    expect(toJSON(call('object.remove', [doc, new SetValue(['b'])])!)).toEqual({ a: 1, c: 3 });
    expect(toJSON(call('object.filter', [doc, j({ c: 0, a: 0 })])!)).toEqual({ a: 1, c: 3 });
    expect(toJSON(call('object.filter', [doc, j([])])!)).toEqual({});
  });

  it('rejects a scalar key list', () => {
    expect(() => call('object.remove', [doc, 'a'])).toThrow('operand 2 must be one of {object, set, array} but got string');
  });
});

describe('object.subset', () => {
  it('recurses into objects, testing nested sets by membership and nested arrays as runs', () => {
    const sup = j({ a: 'b', c: { x: [10, 15, 20], y: 'z' } });
    expect(call('object.subset', [sup, j({ c: { x: [15, 20] } })])).toBe(true);
    expect(call('object.subset', [sup, j({ c: { x: [10, 20] } })])).toBe(false);
    expect(call('object.subset', [sup, j({ c: { x: 10 } })])).toBe(false);
    expect(call('object.subset', [sup, j({ a: 'b', q: 1 })])).toBe(false);
    const withSets = new ObjectValue([['s', new SetValue([1, 2, 3])]]);
    expect(call('object.subset', [withSets, new ObjectValue([['s', new SetValue([3])]])])).toBe(true);
    expect(call('object.subset', [withSets, new ObjectValue([['s', new SetValue([4])]])])).toBe(false);
  });

  it('checks contiguous order for arrays and membership for a set in an array', () => {
    expect(call('object.subset', [j([1, 2, 3, 4]), j([2, 3])])).toBe(true);
    expect(call('object.subset', [j([1, 2, 3, 4]), j([2, 4])])).toBe(false);
    expect(call('object.subset', [j([1, 2, 3]), new SetValue([3, 1])])).toBe(true);
    expect(call('object.subset', [j([1, 1]), new SetValue([1, 2])])).toBe(false);
    expect(call('object.subset', [j([1]), j([])])).toBe(true);
  });

  it('rejects operands of different kinds with OPA\'s message', () => {
    for (const [sup, sub] of [[j({}), j([])], [1, 1], [new SetValue(), j([])]] as const) {
      expect(() => call('object.subset', [sup, sub])).toThrow(
        expect.objectContaining({ code: 'eval_type_error', message: 'both arguments object.subset must be of the same type or array and set' }),
      );
    }
  });
});
