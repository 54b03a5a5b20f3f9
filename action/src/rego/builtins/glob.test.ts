import { describe, expect, it } from 'vitest';
import { call, j } from './testkit.js';

const match = (pattern: string, delimiters: unknown, text: string) => call('glob.match', [pattern, j(delimiters), text]);

describe('glob.match delimiters', () => {
  it('uses "." by default when the list is empty', () => {
    expect(match('*.github.com', [], 'api.github.com')).toBe(true);
    expect(match('*.github.com', [], 'api.cdn.github.com')).toBe(false);
  });

  it('uses no delimiter for null', () => {
    expect(match('*hub.com', null, 'api.cdn.github.com')).toBe(true);
    expect(match('a/*/b', null, 'a/x/y/b')).toBe(true);
  });

  it('honours custom and multiple delimiters', () => {
    expect(match('*:github:com', [':'], 'api:github:com')).toBe(true);
    expect(match('*?*', ['.', '/'], 'api.github.com')).toBe(false);
    expect(match('*?*', ['.', '/'], 'abc')).toBe(true);
    expect(match('*', ['.', '/'], 'a/b')).toBe(false);
    expect(match('?at', ['f'], 'fat')).toBe(false);
  });

  it('rejects delimiters that are not an array of strings', () => {
    expect(() => match('*', 'x', 'a')).toThrow('operand 2 must be one of {array, null} but got string');
    expect(() => match('*', [1], 'a')).toThrow('operand 2 must be array of strings but got array containing number');
    expect(() => match('*', ['ab'], 'a')).toThrow('operand 2 must be array of runes but got array containing string');
  });
});

describe('glob.match wildcards', () => {
  it('lets ** cross delimiters but not consume literals', () => {
    expect(match('api.**.com', [], 'api.cdn.github.com')).toBe(true);
    expect(match('a/**/b', null, 'a/b')).toBe(false);
    expect(match('a/**/b', null, 'a//b')).toBe(true);
    expect(match('**/x', null, 'x')).toBe(false);
    expect(match('***', ['.'], '')).toBe(true);
  });

  it('needs exactly one character for ? and character lists', () => {
    expect(match('?', null, '')).toBe(false);
    expect(match('[!0-9]', null, '')).toBe(false);
    expect(match('?', null, 'μ')).toBe(true);
  });

  it('supports lists, ranges, negation and alternatives', () => {
    expect(match('[!abc]at', [], 'fat')).toBe(true);
    expect(match('[!abc]at', [], 'cat')).toBe(false);
    expect(match('[a-c]at', [], 'bat')).toBe(true);
    expect(match('{cat,bat,[fr]at}', [], 'rat')).toBe(true);
    expect(match('{cat,bat}', [], 'hat')).toBe(false);
    expect(match('{**/,}x', null, 'x')).toBe(true);
    expect(match('src/{a,b{1,2}}.ts', null, 'src/b2.ts')).toBe(true);
    expect(match('a,b', null, 'a,b')).toBe(true);
    expect(match('a}', null, 'a}')).toBe(true);
  });

  it('treats escaped and regex-special characters literally', () => {
    expect(match('\\*', null, '*')).toBe(true);
    expect(match('\\*', null, 'a')).toBe(false);
    expect(match('a+b(c)|$', null, 'a+b(c)|$')).toBe(true);
  });

  it('reads a class as gobwas does: one range or a list, nothing mixed', () => {
    expect(match('[a-c]x', null, 'bx')).toBe(true);
    expect(match('[!a-c]x', null, 'dx')).toBe(true);
    expect(match('[-a]', null, '-')).toBe(true);
    expect(match('[\\]]', null, ']')).toBe(true);
    expect(() => match('[a-z0-9]', null, 'a')).toThrow(expect.objectContaining({ code: 'eval_builtin_error', message: 'expected close range character' }));
  });

  it('reports malformed patterns', () => {
    expect(() => match('[abc', null, 'a')).toThrow(expect.objectContaining({ code: 'eval_builtin_error', message: 'unexpected end of input' }));
    expect(() => match('[a-', null, 'a')).toThrow('unexpected end of input');
    expect(() => match('{a,b', null, 'a')).toThrow('unclosed alternatives');
    expect(() => match('[z-a]', null, 'a')).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
  });
});

describe('glob.quote_meta', () => {
  it('escapes every glob meta character so the result matches itself', () => {
    expect(call('glob.quote_meta', ['*.github.com'])).toBe('\\*.github.com');
    expect(call('glob.quote_meta', ['{a}[b]?\\'])).toBe('\\{a\\}\\[b\\]\\?\\\\');
    const quoted = call('glob.quote_meta', ['a*{b,c}']) as string;
    expect(match(quoted, null, 'a*{b,c}')).toBe(true);
  });
});
