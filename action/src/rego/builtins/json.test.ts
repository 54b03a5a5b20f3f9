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
