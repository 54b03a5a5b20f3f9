import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hunksOnly, parsePatch, splitGitDiff } from './diff.js';
import { seededRandom } from '../test-support/random.js';

describe('parsePatch', () => {
  it('numbers added lines in the new file across hunks', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' a',
      '+b',
      ' c',
      ' d',
      '@@ -10,2 +11,3 @@ function f() {',
      ' x',
      '-y',
      '+Y1',
      '+Y2',
    ].join('\n');
    const parsed = parsePatch(patch);
    expect(parsed.added_lines).toEqual([
      { line: 2, text: 'b' },
      { line: 12, text: 'Y1' },
      { line: 13, text: 'Y2' },
    ]);
    expect(parsed.additions).toBe(3);
    expect(parsed.deletions).toBe(1);
    expect(parsed.binary).toBe(false);
  });

  it('treats hunk lines that look like headers as content while the hunk lasts', () => {
    const patch = ['@@ -1,2 +1,2 @@', '--- old heading', '+++ new heading', ' same'].join('\n');
    const parsed = parsePatch(patch);
    expect(parsed.added_lines).toEqual([{ line: 1, text: '++ new heading' }]);
    expect(parsed.deletions).toBe(1);
  });

  it('ignores "\\ No newline at end of file" markers', () => {
    const patch = ['@@ -1 +1,2 @@', '-last', '\\ No newline at end of file', '+last', '+more', '\\ No newline at end of file'].join('\n');
    const parsed = parsePatch(patch);
    expect(parsed.added_lines).toEqual([
      { line: 1, text: 'last' },
      { line: 2, text: 'more' },
    ]);
    expect(parsed.deletions).toBe(1);
  });

  it('reads hunk headers without counts (single-line ranges) and a new file starting at 0', () => {
    expect(parsePatch('@@ -0,0 +1 @@\n+only').added_lines).toEqual([{ line: 1, text: 'only' }]);
    expect(parsePatch('@@ -3 +3 @@\n-a\n+b').added_lines).toEqual([{ line: 3, text: 'b' }]);
  });

  it('counts an empty context line whose leading space was stripped', () => {
    const patch = ['@@ -1,3 +1,4 @@', ' a', '', '+c', ' d'].join('\n');
    expect(parsePatch(patch).added_lines).toEqual([{ line: 3, text: 'c' }]);
  });

  it('drops the carriage return of CRLF files from the text', () => {
    expect(parsePatch('@@ -0,0 +1,1 @@\r\n+windows\r\n').added_lines).toEqual([{ line: 1, text: 'windows' }]);
  });

  it('detects git binary sections', () => {
    const section = 'diff --git a/x.png b/x.png\nnew file mode 100644\nindex 0000000..e69de29\nBinary files /dev/null and b/x.png differ\n';
    expect(parsePatch(section)).toEqual({ added_lines: [], additions: 0, deletions: 0, binary: true });
  });

  it('skips git headers before the first hunk', () => {
    const section = ['diff --git a/f b/f', 'index 1..2 100644', '--- a/f', '+++ b/f', '@@ -1 +1 @@', '-x', '+y', ''].join('\n');
    expect(parsePatch(section)).toEqual({ added_lines: [{ line: 1, text: 'y' }], additions: 1, deletions: 1, binary: false });
  });
});

describe('splitGitDiff and hunksOnly', () => {
  const diff = [
    'diff --git a/one b/one',
    'index 1..2 100644',
    '--- a/one',
    '+++ b/one',
    '@@ -1 +1 @@',
    '-diff --git a/fake b/fake',
    '+x',
    'diff --git a/two b/two',
    'similarity index 100%',
    'rename from old',
    'rename to two',
    '',
  ].join('\n');

  it('splits at file headers only', () => {
    const sections = splitGitDiff(diff);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('-diff --git a/fake b/fake');
    expect(sections[1]!.startsWith('diff --git a/two b/two\nsimilarity')).toBe(true);
  });

  it('returns no sections for an empty diff', () => {
    expect(splitGitDiff('')).toEqual([]);
  });

  it('keeps the hunks of a section in GitHub patch shape', () => {
    const [one, two] = splitGitDiff(diff);
    expect(hunksOnly(one!)).toBe('@@ -1 +1 @@\n-diff --git a/fake b/fake\n+x');
    expect(hunksOnly(two!)).toBe('');
    expect(hunksOnly('@@ -1 +1 @@\n-a\n+b\n')).toBe('@@ -1 +1 @@\n-a\n+b');
  });
});

describe('parsePatch against real git diffs', () => {
  it('every added line is the new file line at that number, and counts match numstat (60 random edits)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'paved-diff-'));
    const next = seededRandom(7);
    const vocabulary = ['alpha', '', '--- not a header', '+++ nor this', '@@ -1 +1 @@ fake', ' indented', '\\ backslash', 'end'];
    try {
      for (let round = 0; round < 60; round++) {
        const old = Array.from({ length: Math.floor(next() * 40) }, (_, i) => `${vocabulary[Math.floor(next() * vocabulary.length)]} ${i}`);
        const edited = old.flatMap((line) => {
          const roll = next();
          if (roll < 0.15) return [];
          if (roll < 0.3) return [`${line} changed`, `inserted ${round}`];
          return [line];
        });
        if (next() < 0.3) edited.push('appended');
        const trailingNewline = next() < 0.7;
        writeFileSync(join(dir, 'old'), old.join('\n') + (old.length ? '\n' : ''));
        writeFileSync(join(dir, 'new'), edited.join('\n') + (trailingNewline && edited.length ? '\n' : ''));
        const diff = gitDiffNoIndex(dir, ['-U2']);
        const parsed = parsePatch(diff);
        for (const added of parsed.added_lines) expect(added.text).toBe(edited[added.line - 1]);
        const [plus, minus] = gitDiffNoIndex(dir, ['--numstat']).split('\t');
        expect([parsed.additions, parsed.deletions]).toEqual(diff === '' ? [0, 0] : [Number(plus), Number(minus)]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** `git diff --no-index old new`, which exits 1 when the files differ. */
function gitDiffNoIndex(dir: string, args: string[]): string {
  try {
    return execFileSync('git', ['diff', '--no-index', '--no-color', ...args, 'old', 'new'], { cwd: dir, encoding: 'utf8' });
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}
