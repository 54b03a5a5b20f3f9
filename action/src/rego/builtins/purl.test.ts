import { describe, expect, it } from 'vitest';
import { toJSON } from '../value.js';
import { call } from './testkit.js';

const parse = (text: string) => toJSON(call('purl.parse', [text])!);

describe('purl.parse', () => {
  it('splits a package URL into its parts', () => {
    expect(parse('pkg:npm/%40angular/core@16.2.0')).toEqual({ type: 'npm', namespace: '@angular', name: 'core', version: '16.2.0' });
    expect(parse('pkg:maven/org.apache.commons/commons-lang3@3.12.0?type=jar&classifier=sources#src/main')).toEqual({
      type: 'maven',
      namespace: 'org.apache.commons',
      name: 'commons-lang3',
      version: '3.12.0',
      qualifiers: { classifier: 'sources', type: 'jar' },
      subpath: 'src/main',
    });
    expect(parse('pkg:cargo/serde')).toEqual({ type: 'cargo', name: 'serde' });
  });

  it('normalises as the purl spec asks: type and qualifier keys lower-cased, empty qualifiers dropped, per-type names', () => {
    expect(parse('PKG:PyPI/Django_Rest@1.0?Arch=&OS=linux')).toEqual({ type: 'pypi', name: 'django-rest', version: '1.0', qualifiers: { os: 'linux' } });
    expect(parse('pkg:github/Package-URL/PURL-Spec@v1')).toEqual({ type: 'github', namespace: 'package-url', name: 'purl-spec', version: 'v1' });
    expect(parse('pkg:generic/a%20b@1.0%2B2?note=x+y')).toEqual({ type: 'generic', name: 'a b', version: '1.0+2', qualifiers: { note: 'x y' } });
    expect(parse('pkg://npm/left-pad')).toEqual({ type: 'npm', name: 'left-pad' });
  });

  it('refuses what is no package URL, naming the problem', () => {
    const cases: [string, string][] = [
      ['npm/left-pad', 'purl scheme is not "pkg"'],
      ['pkg:npm', 'purl is missing type or name'],
      ['pkg:npm/', 'purl is missing name'],
      ['pkg:1npm/x', 'invalid type "1npm"'],
      ['pkg:npm/x?1a=b', "invalid qualifier key: '1a'"],
      ['pkg:npm/x?a=1&A=2', 'duplicate qualifier key: "a"'],
      ['pkg:npm/x#a/../b', 'invalid Package URL subpath'],
      ['pkg:swift/x', 'namespace is required'],
      ['pkg:cran/x', 'version is required'],
      ['pkg:npm/a%zz', 'error unescaping name'],
    ];
    for (const [text, message] of cases) {
      expect(() => call('purl.parse', [text]), text).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
      expect(() => call('purl.parse', [text]), text).toThrow(message);
    }
    expect(() => call('purl.parse', ['pkg:npm'])).toThrow('invalid PURL "pkg:npm": purl is missing type or name');
  });
});

describe('purl.is_valid', () => {
  it('answers without failing', () => {
    expect(call('purl.is_valid', ['pkg:golang/github.com/gorilla/mux@v1.8.0'])).toBe(true);
    expect(call('purl.is_valid', ['not a purl'])).toBe(false);
    expect(call('purl.is_valid', [42])).toBe(false);
  });
});
