import { describe, expect, it } from 'vitest';
import { call, newContext } from './testkit.js';

describe('regex.match and regex.is_valid', () => {
  it('matches anywhere unless anchored', () => {
    expect(call('regex.match', ['^[a-z]+\\[[0-9]+\\]$', 'foo[1]'])).toBe(true);
    expect(call('regex.match', ['', 'x'])).toBe(true);
    expect(call('regex.match', ['^$', 'something'])).toBe(false);
    expect(call('regex.match', ['b+', 'abbc'])).toBe(true);
  });

  it('reports a bad pattern as eval_builtin_error', () => {
    expect(() => call('regex.match', ['$^[[[', 'x'])).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
    expect(() => call('regex.match', ['[', 'x'])).toThrow(/^error parsing regexp: /);
  });

  it('rejects what RE2 rejects: back-references and look-around', () => {
    for (const bad of ['(a)\\1', 'a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b', '\\C', 'a\\', '[a', '\\q']) {
      expect(call('regex.is_valid', [bad]), bad).toBe(false);
    }
    expect(call('regex.is_valid', [42])).toBe(false);
  });

  it('accepts RE2 syntax that JS spells differently', () => {
    expect(call('regex.match', ['(?i)^ABC$', 'abc'])).toBe(true);
    expect(call('regex.match', ['(?s)a.b', 'a\nb'])).toBe(true);
    expect(call('regex.match', ['a.b', 'a\nb'])).toBe(false);
    expect(call('regex.match', ['a.b', 'a\rb'])).toBe(true);
    expect(call('regex.match', ['abc\\z', 'abc\n'])).toBe(false);
    expect(call('regex.match', ['\\Aabc\\z', 'abc'])).toBe(true);
    expect(call('regex.match', ['(?P<word>\\w+)', 'hi'])).toBe(true);
    expect(call('regex.match', ['^[[:alpha:]]+[[:digit:]]$', 'abc1'])).toBe(true);
    expect(call('regex.match', ['^\\Qa.b\\E$', 'a.b'])).toBe(true);
    expect(call('regex.match', ['^\\Qa.b\\E$', 'axb'])).toBe(false);
    expect(call('regex.match', ['^\\pL\\p{Greek}$', 'aμ'])).toBe(true);
    expect(call('regex.match', ['^\\x{1F367}$', '🍧'])).toBe(true);
    expect(call('regex.match', ['^\\-\\#\\:$', '-#:'])).toBe(true);
    expect(call('regex.match', ['^[\\-a]+$', 'a-a'])).toBe(true);
    expect(call('regex.match', ['^[]a]+$', ']a'])).toBe(true);
  });

  it('keeps \\s ASCII-only as RE2 does', () => {
    expect(call('regex.match', ['^\\s$', '\u00a0'])).toBe(false);
    expect(call('regex.match', ['^\\s$', '\t'])).toBe(true);
    expect(call('regex.match', ['^\\s$', '\v'])).toBe(false);
  });

  it('treats . as one code point', () => {
    expect(call('regex.match', ['^.$', '🍧'])).toBe(true);
  });

  it('caches compiled patterns per query', () => {
    const ctx = newContext();
    call('regex.match', ['a+', 'aa'], ctx);
    expect(ctx.cache.has('regex:a+')).toBe(true);
    expect(call('regex.match', ['a+', 'b'], ctx)).toBe(false);
  });
});

describe('regex.split', () => {
  it('splits as Go does, including anchored edges', () => {
    expect(call('regex.split', ['^[a-z]+\\[[0-9]+\\]$', ''])).toEqual(['']);
    expect(call('regex.split', ['^[a-z]+', 'foobar baz'])).toEqual(['', ' baz']);
    expect(call('regex.split', ['[a-z]+$', 'foobar baz'])).toEqual(['foobar ', '']);
    expect(call('regex.split', ['^[a-z]+$', 'foobar baz'])).toEqual(['foobar baz']);
    expect(call('regex.split', ['^[a-z ]+$', 'foobar baz'])).toEqual(['', '']);
    expect(call('regex.split', [',\\s*', 'a, b,c'])).toEqual(['a', 'b', 'c']);
  });

  it('splits between code points on an empty pattern', () => {
    expect(call('regex.split', ['', 'aμc'])).toEqual(['a', 'μ', 'c']);
  });
});

describe('regex.find_n and regex.find_all_string_submatch_n', () => {
  it('finds up to n matches, all when n is -1', () => {
    expect(call('regex.find_n', ['[0-9]+', 'a1b22c333', -1])).toEqual(['1', '22', '333']);
    expect(call('regex.find_n', ['[0-9]+', 'a1b22c333', 2])).toEqual(['1', '22']);
    expect(call('regex.find_n', ['[0-9]+', 'abc', -1])).toEqual([]);
  });

  it('skips an empty match right after a match, as Go does', () => {
    expect(call('regex.find_n', ['a*', 'baaac', -1])).toEqual(['', 'aaa', '']);
  });

  it('returns groups, with "" for a group that did not take part', () => {
    expect(call('regex.find_all_string_submatch_n', ['a(x*)b', '-axxb-ab-', -1])).toEqual([
      ['axxb', 'xx'],
      ['ab', ''],
    ]);
    expect(call('regex.find_all_string_submatch_n', ['(a)|(b)', 'b', -1])).toEqual([['b', '', 'b']]);
    expect(call('regex.find_all_string_submatch_n', ['a(x*)b', '-', -1])).toEqual([]);
  });

  it('requires an integer count', () => {
    expect(() => call('regex.find_n', ['a', 'a', 1.5])).toThrow('operand 3 must be integer number but got floating-point number');
  });
});

describe('regex.replace', () => {
  it('replaces every match with Go template expansion', () => {
    expect(call('regex.replace', ['-wxy-wy-', 'w(x*)y', '0'])).toBe('-0-0-');
    expect(call('regex.replace', ['foo', '(foo)', '$1$1'])).toBe('foofoo');
    expect(call('regex.replace', ['ab', '(?P<x>a)', '[${x}]'])).toBe('[a]b');
    expect(call('regex.replace', ['ab', '(a)', '$1x'])).toBe('b');
    expect(call('regex.replace', ['ab', '(a)', '$$'])).toBe('$b');
  });

  it('fails on a bad pattern', () => {
    expect(() => call('regex.replace', ['x', '[', '$1'])).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
  });
});

describe('RE2 translation edge cases', () => {
  it('reads octal and hex escapes', () => {
    expect(call('regex.match', ['^\\0101$', '\b1'])).toBe(true);
    expect(call('regex.match', ['^\\101$', 'A'])).toBe(true);
    expect(call('regex.match', ['^[\\101]$', 'A'])).toBe(true);
    expect(call('regex.match', ['^\\x41$', 'A'])).toBe(true);
    expect(call('regex.match', ['^\\a$', '\u0007'])).toBe(true);
  });

  it('quotes to the end when \\E is missing', () => {
    expect(call('regex.match', ['^\\Q*+?', '*+?'])).toBe(true);
  });

  it('negates Unicode classes with \\P and \\p{^…}', () => {
    expect(call('regex.match', ['^\\PL$', '1'])).toBe(true);
    expect(call('regex.match', ['^\\p{^L}$', 'a'])).toBe(false);
  });

  it('refuses RE2 features this engine cannot translate, and bad escapes', () => {
    for (const bad of ['a(?i)b', '(?U)a+', '[[:^alpha:]]', '[\\S]', '\\x{110000}', '\\xZZ', '[[:nope:]]', '[\\z]', '\\p{']) {
      expect(call('regex.is_valid', [bad]), bad).toBe(false);
    }
  });
});

describe('regex.template_match', () => {
  it('matches literal text with expressions between the delimiters', () => {
    expect(call('regex.template_match', ['urn:foo:{.*}', 'urn:foo:bar:baz', '{', '}'])).toBe(true);
    expect(call('regex.template_match', ['urn:foo.bar.com:{.*}', 'urn:foo.bar.com:bar:baz', '{', '}'])).toBe(true);
    expect(call('regex.template_match', ['urn:foo.bar.com:{.*}', 'urn:fooXbar.com:bar', '{', '}'])).toBe(false);
    expect(call('regex.template_match', ['x<[0-9]{2}>y', 'x42y', '<', '>'])).toBe(true);
    expect(call('regex.template_match', ['x<[0-9]{2}>y', 'x4y', '<', '>'])).toBe(false);
  });

  it('nests delimiters inside a section', () => {
    expect(call('regex.template_match', ['a{b{2}}c', 'abbc', '{', '}'])).toBe(true);
  });

  it('rejects unbalanced templates and long delimiters', () => {
    expect(() => call('regex.template_match', ['a{b', 'ab', '{', '}'])).toThrow('unbalanced braces in "a{b"');
    expect(() => call('regex.template_match', ['a}b', 'ab', '{', '}'])).toThrow('unbalanced braces');
    expect(() => call('regex.template_match', ['a', 'a', '{{', '}'])).toThrow('start delimiter has to be exactly one character long but is 2 long');
    expect(() => call('regex.template_match', ['{[}', 'a', '{', '}'])).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
  });
});

describe('braces', () => {
  it('treats a brace that is no repetition as a literal, as RE2 does', () => {
    expect(call('regex.match', ['^a{$', 'a{'])).toBe(true);
    expect(call('regex.match', ['^{foo}$', '{foo}'])).toBe(true);
    expect(call('regex.match', ['^a{,2}$', 'a{,2}'])).toBe(true);
    expect(call('regex.match', ['^x}$', 'x}'])).toBe(true);
    expect(call('regex.match', ['^a]$', 'a]'])).toBe(true);
  });

  it('repeats with counts up to 1000 and refuses more', () => {
    expect(call('regex.match', ['^a{2,3}$', 'aaa'])).toBe(true);
    expect(call('regex.match', ['^a{2}$', 'aaa'])).toBe(false);
    expect(call('regex.is_valid', ['a{1001}'])).toBe(false);
  });
});
