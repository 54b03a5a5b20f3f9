import { describe, expect, it } from 'vitest';
import { call } from './testkit.js';

const cmp = (a: string, b: string) => call('semver.compare', [a, b]);

describe('semver.compare', () => {
  it('orders by major, minor, patch numerically', () => {
    expect(cmp('1.0.0', '2.0.0')).toBe(-1);
    expect(cmp('1.10.0', '1.9.0')).toBe(1);
    expect(cmp('1.2.3', '1.2.3')).toBe(0);
  });

  it('ranks pre-releases below the release, identifiers per SemVer §11', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect(cmp(ordered[i]!, ordered[i + 1]!), `${ordered[i]} < ${ordered[i + 1]}`).toBe(-1);
      expect(cmp(ordered[i + 1]!, ordered[i]!)).toBe(1);
    }
    expect(cmp('1.2.3-0', '1.2.3-1')).toBe(-1);
  });

  it('ignores build metadata', () => {
    expect(cmp('1.2.3+01', '1.2.3+2')).toBe(0);
  });

  it('names the invalid operand', () => {
    expect(() => cmp('1.02.3', '1.2.3')).toThrow(
      expect.objectContaining({ code: 'eval_builtin_error', message: 'operand 1: string "1.02.3" is not a valid SemVer' }),
    );
    expect(() => cmp('1.2.3', '1.2.3-01')).toThrow('operand 2: string "1.2.3-01" is not a valid SemVer');
    expect(() => cmp('1.2.3-', '1.2.3')).toThrow('operand 1: string "1.2.3-" is not a valid SemVer');
    expect(() => cmp('1.2.3', 'v1.2.3')).toThrow('operand 2');
  });
});

describe('semver.is_valid', () => {
  it('accepts strict SemVer only', () => {
    for (const ok of ['0.0.0', '1.2.3-rc.1+build.5', '10.20.30-0a.1']) expect(call('semver.is_valid', [ok]), ok).toBe(true);
    for (const bad of ['1.2', 'v1.2.3', '01.2.3', '1.2.3-01', '1.2.3+', '1.2.3 ', '']) expect(call('semver.is_valid', [bad]), bad).toBe(false);
    expect(call('semver.is_valid', [1])).toBe(false);
  });
});
