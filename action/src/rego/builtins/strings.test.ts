import { describe, expect, it } from 'vitest';
import { ObjectValue, SetValue } from '../value.js';
import { call, j } from './testkit.js';

describe('searching', () => {
  it('counts positions in code points, not UTF-16 units', () => {
    expect(call('indexof', ['μx', 'x'])).toBe(1);
    expect(call('indexof', ['🍧🍨x', 'x'])).toBe(2);
    expect(call('indexof', ['skön var våren', 'vår'])).toBe(9);
    expect(call('indexof', ['μ', 'μμ'])).toBe(-1);
    expect(call('indexof_n', ['aXbXX', 'X'])).toEqual([1, 3, 4]);
    expect(call('indexof_n', ['aaa', 'aa'])).toEqual([0, 1]);
    expect(call('indexof_n', ['abc', 'z'])).toEqual([]);
  });

  it('refuses an empty search string', () => {
    expect(() => call('indexof', ['abc', ''])).toThrow(expect.objectContaining({ code: 'eval_builtin_error', message: 'empty search character' }));
    expect(() => call('indexof_n', ['abc', ''])).toThrow('empty search character');
  });

  it('tests containment, prefixes and suffixes', () => {
    expect(call('contains', ['abc', 'b'])).toBe(true);
    expect(call('contains', ['abc', ''])).toBe(true);
    expect(call('startswith', ['abc', 'ab'])).toBe(true);
    expect(call('endswith', ['abc', 'ab'])).toBe(false);
    expect(() => call('contains', ['abc', 1])).toThrow('operand 2 must be string but got number');
  });

  it('matches any prefix or suffix from strings, arrays or sets', () => {
    expect(call('strings.any_prefix_match', [j(['foo/bar', 'baz']), 'foo/'])).toBe(true);
    expect(call('strings.any_prefix_match', ['x', new SetValue(['a', ''])])).toBe(true);
    expect(call('strings.any_suffix_match', [new SetValue(['a.ts']), j(['.js', '.py'])])).toBe(false);
    expect(call('strings.any_suffix_match', [j([]), 'x'])).toBe(false);
  });

  it('names bad members and bad operand types as OPA does', () => {
    expect(() => call('strings.any_prefix_match', [j(['a', 1]), 'a'])).toThrow(
      'operand 1 must be array of strings but got array containing number',
    );
    expect(() => call('strings.any_prefix_match', ['a', 1])).toThrow('operand 2 must be one of {string, set, array} but got number');
  });

  it('counts non-overlapping occurrences', () => {
    expect(call('strings.count', ['cheese', 'e'])).toBe(3);
    expect(call('strings.count', ['aaaa', 'aa'])).toBe(2);
    expect(call('strings.count', ['μμ', ''])).toBe(3);
  });
});

describe('building and splitting', () => {
  it('concatenates arrays and sets (sets in sorted order)', () => {
    expect(call('concat', ['/', j(['a', 'b'])])).toBe('a/b');
    expect(call('concat', [',', new SetValue(['3', '1', '2'])])).toBe('1,2,3');
    expect(call('concat', [',', j([])])).toBe('');
    expect(() => call('concat', [',', j(['a', 2])])).toThrow('operand 2 must be array of strings but got array containing number');
  });

  it('splits like Go, with an empty separator splitting code points', () => {
    expect(call('split', ['a.b.c', '.'])).toEqual(['a', 'b', 'c']);
    expect(call('split', ['', '.'])).toEqual(['']);
    expect(call('split', ['tést', ''])).toEqual(['t', 'é', 's', 't']);
    expect(call('split', ['', ''])).toEqual([]);
  });

  it('keeps the first or last n parts with strings.split_n', () => {
    expect(call('strings.split_n', ['a.b.c.d', '.', 2])).toEqual(['a', 'b']);
    expect(call('strings.split_n', ['a.b.c.d', '.', -2])).toEqual(['c', 'd']);
    expect(call('strings.split_n', ['a.b.c.d', '.', 0])).toEqual([]);
    expect(call('strings.split_n', ['a.b', '.', -10])).toEqual(['a', 'b']);
    expect(() => call('strings.split_n', ['a', '.', 1.5])).toThrow('operand 3 must be integer number but got floating-point number');
  });

  it('replaces every occurrence', () => {
    expect(call('replace', ['foo.bar.baz', '.', ','])).toBe('foo,bar,baz');
    expect(call('replace', ['ab', '', '-'])).toBe('-a-b-');
  });

  it('replaces several patterns in one left-to-right pass with strings.replace_n', () => {
    expect(call('strings.replace_n', [j({ a: 'b', b: 'a' }), 'abba'])).toBe('baab');
    expect(call('strings.replace_n', [j({ '<': '&lt;', '>': '&gt;' }), '<a>'])).toBe('&lt;a&gt;');
    expect(call('strings.replace_n', [j({ aa: 'X', a: 'Y' }), 'aaa'])).toBe('YYY');
    expect(() => call('strings.replace_n', [j({ a: 1 }), 'a'])).toThrow('operand 1 non-string value found in pattern object');
    expect(() => call('strings.replace_n', [new ObjectValue([[1, 'x']]), 'a'])).toThrow('operand 1 non-string key found in pattern object');
  });

  it('reverses code points', () => {
    expect(call('strings.reverse', ['aμ🍧'])).toBe('🍧μa');
  });
});

describe('substring', () => {
  it('takes code points from an offset, to the end when the length is negative', () => {
    expect(call('substring', ['abcdefgh', 2, 3])).toBe('cde');
    expect(call('substring', ['aåäö', 2, -1])).toBe('äö');
    expect(call('substring', ['åäö', 4, -1])).toBe('');
    expect(call('substring', ['abc', 1, 100])).toBe('bc');
  });

  it('refuses a negative offset', () => {
    expect(() => call('substring', ['abc', -1, 1])).toThrow(expect.objectContaining({ code: 'eval_builtin_error', message: 'negative offset' }));
  });
});

describe('case and trimming', () => {
  it('maps case per code point as Go does', () => {
    expect(call('upper', ['straße é'])).toBe('STRAßE É');
    expect(call('lower', ['ÀB'])).toBe('àb');
  });

  it('trims cutsets, prefixes, suffixes and Go white space', () => {
    expect(call('trim', ['...foo.bar...', '.'])).toBe('foo.bar');
    expect(call('trim_left', ['xxaxx', 'x'])).toBe('axx');
    expect(call('trim_right', ['xxaxx', 'xa'])).toBe('');
    expect(call('trim_prefix', ['prefix-x', 'prefix-'])).toBe('x');
    expect(call('trim_prefix', ['x', 'y'])).toBe('x');
    expect(call('trim_suffix', ['a.rego', '.rego'])).toBe('a');
    expect(call('trim_space', ['\u0085\t a b \n'])).toBe('a b');
    expect(call('trim_space', ['\ufeffa'])).toBe('\ufeffa');
  });
});
