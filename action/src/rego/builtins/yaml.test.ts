import { describe, expect, it } from 'vitest';
import { toJSON } from '../value.js';
import { call, j } from './testkit.js';

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
