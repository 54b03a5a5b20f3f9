import { describe, expect, it } from 'vitest';
import { ObjectValue, SetValue, toJSON } from '../value.js';
import { call, j } from './testkit.js';

describe('base64 and base64url', () => {
  it('encodes UTF-8 text', () => {
    expect(call('base64.encode', ['subjects?_d'])).toBe('c3ViamVjdHM/X2Q=');
    expect(call('base64url.encode', ['subjects?_d'])).toBe('c3ViamVjdHM_X2Q=');
    expect(call('base64url.encode_no_pad', ['subjects?_d'])).toBe('c3ViamVjdHM_X2Q');
    expect(call('base64.encode', ['é'])).toBe('w6k=');
  });

  it('decodes strictly, as Go does', () => {
    expect(call('base64.decode', ['dGhlcmU='])).toBe('there');
    expect(call('base64.decode', ['dGhl\ncmU='])).toBe('there');
    expect(() => call('base64.decode', ['dGhlcmU'])).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
    expect(() => call('base64.decode', ['dG*lcmU='])).toThrow('illegal base64 data at input byte 2');
    expect(call('base64url.decode', ['c3ViamVjdHM_X2Q'])).toBe('subjects?_d');
    expect(call('base64url.decode', ['c3ViamVjdHM_X2Q='])).toBe('subjects?_d');
    expect(() => call('base64url.decode', ['abcde'])).toThrow('illegal base64url string: abcde');
  });

  it('validates without throwing', () => {
    expect(call('base64.is_valid', ['dGhlcmU='])).toBe(true);
    expect(call('base64.is_valid', ['not base64!'])).toBe(false);
    expect(call('base64.is_valid', [1])).toBe(false);
  });
});

describe('hex', () => {
  it('round-trips UTF-8 text', () => {
    expect(call('hex.encode', ['hé'])).toBe('68c3a9');
    expect(call('hex.decode', ['68C3A9'])).toBe('hé');
  });

  it('reports Go-style decoding errors', () => {
    expect(() => call('hex.decode', ['6'])).toThrow('encoding/hex: odd length hex string');
    expect(() => call('hex.decode', ['6g'])).toThrow("encoding/hex: invalid byte: U+0067 'g'");
  });
});

describe('urlquery', () => {
  it('escapes like Go url.QueryEscape', () => {
    expect(call('urlquery.encode', ['a=b+1'])).toBe('a%3Db%2B1');
    expect(call('urlquery.encode', ['a b/é~'])).toBe('a+b%2F%C3%A9~');
  });

  it('unescapes, treating + as space, and refuses bad escapes', () => {
    expect(call('urlquery.decode', ['a+b%2F%C3%A9'])).toBe('a b/é');
    expect(() => call('urlquery.decode', ['%zz'])).toThrow('invalid URL escape "%zz"');
  });

  it('encodes objects with sorted keys and repeated values', () => {
    expect(call('urlquery.encode_object', [j({ b: ['2', '1'], a: 'x y' })])).toBe('a=x+y&b=2&b=1');
    expect(() => call('urlquery.encode_object', [j({ a: 1 })])).toThrow(
      expect.objectContaining({ code: 'eval_type_error', message: 'operand 1 values must be string, array[string], or set[string]' }),
    );
  });

  it('decodes a query into arrays of values', () => {
    expect(toJSON(call('urlquery.decode_object', ['a=1&b=2&a=3&c'])!)).toEqual({ a: ['1', '3'], b: ['2'], c: [''] });
    expect(() => call('urlquery.decode_object', ['a=1;b=2'])).toThrow('invalid semicolon separator in query');
  });

  it('encodes set values in sorted order', () => {
    const obj = new ObjectValue([['k', new SetValue(['b', 'a'])]]);
    expect(call('urlquery.encode_object', [obj])).toBe('k=a&k=b');
    expect(call('urlquery.encode_object', [new ObjectValue([[1, 'x']])])).toBe('1=x');
  });
});
