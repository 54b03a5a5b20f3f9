import { describe, expect, it } from 'vitest';
import { call } from './testkit.js';

const globs = (a: string, b: string) => call('regex.globs_match', [a, b]);

describe('regex.globs_match', () => {
  it('finds a common non-empty string', () => {
    expect(globs('a.a.[0-9]+z', '.b.b2359825792*z')).toBe(true);
    expect(globs('[a-c]+x', 'b*x')).toBe(true);
    expect(globs('foo.*', '.*bar')).toBe(true);
    expect(globs('a+', 'a*')).toBe(true);
  });

  it('answers false when the languages are disjoint', () => {
    expect(globs('a.a.[0-9]+z', '.b.b2359825792*')).toBe(false);
    expect(globs('[0-9]+', '[a-z]+')).toBe(false);
    expect(globs('abc', 'abd')).toBe(false);
    expect(globs('ab', 'a')).toBe(false);
  });

  it('does not count the empty string as a common match', () => {
    expect(globs('a*', 'b*')).toBe(false);
  });

  it('reads escapes as literal characters', () => {
    expect(globs('a\\.b', 'a.b')).toBe(true);
    expect(globs('a\\.b', 'axb')).toBe(false);
    expect(globs('\\*', '.')).toBe(true);
  });

  it('reports malformed expressions', () => {
    for (const bad of ['*a', 'a]', '[a', '[-a]', '[a-]', '[z-a]', 'a\\']) {
      expect(() => globs(bad, 'a'), bad).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
    }
    expect(() => globs('[a', 'a')).toThrow('found [ without matching ]');
  });
});
