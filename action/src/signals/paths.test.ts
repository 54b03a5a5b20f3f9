import { describe, expect, it } from 'vitest';
import { cleanReportPath, joinReportPath, matchRepoPath } from './paths.js';

const known = new Set(['src/app.ts', 'app.ts', 'src/my file.ts', 'lib/util.py']);

describe('report paths', () => {
  it.each([
    ['file:///home/runner/work/app/app/src/app.ts', '/home/runner/work/app/app/src/app.ts'],
    ['file://localhost/srv/x.ts', '/srv/x.ts'],
    ['file:///C:/work/src/app.ts', 'C:/work/src/app.ts'],
    ['.\\src\\app.ts', 'src/app.ts'],
    ['./././src/app.ts', 'src/app.ts'],
    ['src/my%20file.ts', 'src/my file.ts'],
    ['src/100%.ts', 'src/100%.ts'],
  ])('cleans %s', (raw, clean) => {
    expect(cleanReportPath(raw)).toBe(clean);
  });

  it.each([
    ['src/app.ts', 'src/app.ts'],
    ['/home/runner/work/app/app/src/app.ts', 'src/app.ts'],
    ['file:///home/runner/work/app/app/src/my%20file.ts', 'src/my file.ts'],
    ['/ci/app.ts', 'app.ts'],
    ['/ci/notsrc/app.ts', 'app.ts'],
    ['/ci/other.ts', 'ci/other.ts'],
    ['C:\\build\\lib\\util.py', 'lib/util.py'],
    ['util.py', 'lib/util.py'],
    ['my file.ts', 'src/my file.ts'],
  ])('matches %s to %s, preferring the longest suffix', (raw, repo) => {
    expect(matchRepoPath(raw, known)).toBe(repo);
  });

  it('does not guess when a package-relative path fits several repository paths', () => {
    expect(matchRepoPath('index.ts', new Set(['a/index.ts', 'b/index.ts']))).toBe('index.ts');
  });

  it('joins a base URI and a relative path', () => {
    expect(joinReportPath('file:///home/runner/work/app/', 'src/a.ts')).toBe('/home/runner/work/app/src/a.ts');
    expect(joinReportPath('/srv', '/abs/b.ts')).toBe('/abs/b.ts');
    expect(joinReportPath('.', 'b.ts')).toBe('b.ts');
  });
});
