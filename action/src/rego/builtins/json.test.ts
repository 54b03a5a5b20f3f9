import { describe, expect, it } from 'vitest';
import { ObjectValue, SetValue, toJSON } from '../value.js';
import { call, j } from './testkit.js';

describe('json.marshal', () => {
  it('writes compact JSON with sets as sorted arrays and keys sorted by bytes', () => {
    expect(call('json.marshal', [j([{ foo: 1 }])])).toBe('[{"foo":1}]');
    expect(call('json.marshal', [new ObjectValue([['foo', new SetValue([3, 1, 2])]])])).toBe('{"foo":[1,2,3]}');
    expect(call('json.marshal', [j({ '9': 1, '10': 2, b: null })])).toBe('{"10":2,"9":1,"b":null}');
  });

  it('escapes HTML characters as Go does', () => {
    expect(call('json.marshal', ['<a&b>'])).toBe('"\\u003ca\\u0026b\\u003e"');
  });

  it('writes non-string keys as their JSON text', () => {
    expect(call('json.marshal', [new ObjectValue([[1, 'x']])])).toBe('{"1":"x"}');
  });

  it('pretty-prints with options', () => {
    expect(call('json.marshal_with_options', [j({ a: [1] }), j({ pretty: true })])).toBe('{\n\t"a": [\n\t\t1\n\t]\n}');
    expect(call('json.marshal_with_options', [j({ a: 1 }), j({ indent: '  ', prefix: '>' })])).toBe('>{\n>  "a": 1\n>}');
    expect(call('json.marshal_with_options', [j({ a: 1 }), j({ pretty: false, indent: ' ' })])).toBe('{"a":1}');
    expect(call('json.marshal_with_options', [j([]), j({ pretty: true })])).toBe('[]');
    expect(() => call('json.marshal_with_options', [1, j({ colour: true })])).toThrow('operand 2 object contained unknown key colour');
    expect(() => call('json.marshal_with_options', [1, j({ pretty: 'yes' })])).toThrow('operand 2 key pretty failed cast to bool');
    expect(() => call('json.marshal_with_options', [1, j({ indent: 2 })])).toThrow('operand 2 key indent failed cast to string');
  });
});

describe('json.unmarshal and json.is_valid', () => {
  it('parses JSON into Rego values', () => {
    expect(toJSON(call('json.unmarshal', ['{"a":[1,"x",null]}'])!)).toEqual({ a: [1, 'x', null] });
    expect(call('json.unmarshal', ['"s"'])).toBe('s');
  });

  it('fails on invalid JSON', () => {
    expect(() => call('json.unmarshal', ['{'])).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
  });

  it('validates', () => {
    expect(call('json.is_valid', ['plainstring'])).toBe(false);
    expect(call('json.is_valid', ['{'])).toBe(false);
    expect(call('json.is_valid', ['{"json": "ok"}'])).toBe(true);
    expect(call('json.is_valid', [1])).toBe(false);
  });
});

describe('json.filter and json.remove', () => {
  const doc = j({ a: { b: { c: 7, d: 8 }, list: [10, 20, 30] }, e: 9 });

  it('keeps only the given paths', () => {
    expect(toJSON(call('json.filter', [doc, j(['a/b/c', 'e'])])!)).toEqual({ a: { b: { c: 7 } }, e: 9 });
    expect(toJSON(call('json.filter', [doc, j([['a', 'list', 2]])])!)).toEqual({ a: { list: [30] } });
    expect(toJSON(call('json.filter', [doc, new SetValue(['a/list/0', 'a/list/2'])])!)).toEqual({ a: { list: [10, 30] } });
    expect(toJSON(call('json.filter', [doc, j(['a', 'a/b/c'])])!)).toEqual({ a: { b: { c: 7, d: 8 }, list: [10, 20, 30] } });
    expect(toJSON(call('json.filter', [doc, j(['missing'])])!)).toEqual({});
  });

  it('removes the given paths', () => {
    expect(toJSON(call('json.remove', [doc, j(['a/b', 'e'])])!)).toEqual({ a: { list: [10, 20, 30] } });
    expect(toJSON(call('json.remove', [doc, j(['/a/list/1'])])!)).toEqual({ a: { b: { c: 7, d: 8 }, list: [10, 30] }, e: 9 });
    expect(toJSON(call('json.remove', [doc, j([])])!)).toEqual(toJSON(doc));
    expect(toJSON(call('json.remove', [doc, j([''])])!)).toEqual(toJSON(doc));
    expect(toJSON(call('json.filter', [doc, j([''])])!)).toEqual({});
  });

  it('filters and removes set members named by the paths', () => {
    const withSet = new ObjectValue([['s', new SetValue(['a', 'b', 'c'])]]);
    expect(toJSON(call('json.filter', [withSet, j([['s', 'a'], ['s', 'c']])])!)).toEqual({ s: ['a', 'c'] });
    expect(toJSON(call('json.remove', [withSet, j([['s', 'b']])])!)).toEqual({ s: ['a', 'c'] });
  });

  it('rejects bad operands', () => {
    expect(() => call('json.filter', [j([]), j([])])).toThrow('operand 1 must be object but got array');
    expect(() => call('json.remove', [doc, j([1])])).toThrow(
      'operand 2 must be one of {set, array} containing string paths or array of path segments but got number',
    );
    expect(() => call('json.filter', [doc, 'a'])).toThrow('operand 2 must be one of {set, array} but got string');
  });
});

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

describe('yaml', () => {
  it('reads YAML 1.1 as Go does: yes is true, timestamps stay strings', () => {
    expect(toJSON(call('yaml.unmarshal', ['a: yes\nb: 2001-12-14\nc: [1, x]\n'])!)).toEqual({ a: true, b: '2001-12-14', c: [1, 'x'] });
  });

  it('round-trips through yaml.marshal, quoting strings that would read back as other types', () => {
    const value = j([{ foo: [1, 2, 3], flag: 'yes', n: '1.0' }]);
    const text = call('yaml.marshal', [value]) as string;
    expect(toJSON(call('yaml.unmarshal', [text])!)).toEqual(toJSON(value));
    expect(call('yaml.marshal', [j({ b: 1, a: [1] })])).toBe('a:\n- 1\nb: 1\n');
  });

  it('fails on invalid YAML and duplicate keys', () => {
    expect(() => call('yaml.unmarshal', ['a: [1'])).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
    expect(() => call('yaml.unmarshal', ['a: 1\na: 2'])).toThrow(/^yaml: /);
  });

  it('validates every document', () => {
    expect(call('yaml.is_valid', ['foo:\n  - qux: bar\n  - baz: 2'])).toBe(true);
    expect(call('yaml.is_valid', ['foo:\n  - baz: {'])).toBe(false);
    expect(call('yaml.is_valid', ['  test:\ntest1: hello\n'])).toBe(false);
    expect(call('yaml.is_valid', ['a: 1\n---\n\tb: 2\n'])).toBe(false);
    expect(call('yaml.is_valid', ['a: 1\n---\nb: 2\n'])).toBe(true);
    expect(call('yaml.is_valid', [1])).toBe(false);
  });
});
