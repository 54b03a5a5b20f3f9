import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseTrailers } from './trailers.js';
import { seededRandom } from '../test-support/random.js';

/** Messages covering git's trailer-block rules; the differential test checks each against git itself. */
const MESSAGES: Record<string, string> = {
  coAuthor: 'Add login limit\n\nBody text.\n\nCo-authored-by: Claude <noreply@anthropic.com>',
  subjectOnly: 'Co-authored-by: Claude <noreply@anthropic.com>',
  multiLineTitle: 'Title line\nCo-authored-by: X <x@y>',
  twoTrailers: 'Fix\n\nCo-authored-by: A <a@x>\nSigned-off-by: B <b@x>',
  textThenTrailer: 'Fix\n\nThis explains the change\nCo-authored-by: X <x@y>',
  textThenSignoff: 'Fix\n\nThis explains the change\nSigned-off-by: X <x@y>',
  tooMuchTextForSignoff: 'Fix\n\nline one\nline two\nline three\nline four\nSigned-off-by: X <x@y>',
  continuation: 'Fix\n\nNote: a long value\n  that continues here\nOther: v',
  cherryPick: 'Fix\n\n(cherry picked from commit 0123456789abcdef)\nReviewed-by: R <r@x>',
  spaceBeforeColon: 'Fix\n\nKey : value',
  noSpaceAfterColon: 'Fix\n\nKey:value',
  urlLooksLikeTrailer: 'Fix\n\nhttps://example.com/x: y',
  patchDivider: 'Fix\n\nFixes: 12\n---\nfoo: bar\n',
  comments: 'Fix\n\n# a comment\nKey: v',
  trailingBlankLines: 'Fix\n\nKey: v\n\n\n',
  textAfterTrailers: 'Fix\n\nKey: v\n\nMore text after.',
  claudeFooter: 'Fix\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nCo-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>',
  indentedFirst: 'Fix\n\n  indented\nKey: v',
  caseKept: 'Fix\n\nco-AUTHORED-by: Lower <l@x>\nMade-with: Cursor',
  empty: '',
};

describe('parseTrailers', () => {
  it('reads the trailer block after the body', () => {
    expect(parseTrailers(MESSAGES.coAuthor!)).toEqual([{ key: 'Co-authored-by', value: 'Claude <noreply@anthropic.com>' }]);
  });

  it('never takes trailers from the subject paragraph', () => {
    expect(parseTrailers(MESSAGES.subjectOnly!)).toEqual([]);
    expect(parseTrailers(MESSAGES.multiLineTitle!)).toEqual([]);
  });

  it('needs an all-trailer block unless a git-generated trailer is present', () => {
    expect(parseTrailers(MESSAGES.textThenTrailer!)).toEqual([]);
    expect(parseTrailers(MESSAGES.textThenSignoff!)).toEqual([{ key: 'Signed-off-by', value: 'X <x@y>' }]);
    expect(parseTrailers(MESSAGES.tooMuchTextForSignoff!)).toEqual([]);
  });

  it('unfolds continuation lines and keeps key case', () => {
    expect(parseTrailers(MESSAGES.continuation!)).toEqual([
      { key: 'Note', value: 'a long value that continues here' },
      { key: 'Other', value: 'v' },
    ]);
    expect(parseTrailers(MESSAGES.caseKept!).map((t) => t.key)).toEqual(['co-AUTHORED-by', 'Made-with']);
  });

  it('stops at a patch divider and ignores comment lines', () => {
    expect(parseTrailers(MESSAGES.patchDivider!)).toEqual([{ key: 'Fixes', value: '12' }]);
    expect(parseTrailers(MESSAGES.comments!)).toEqual([{ key: 'Key', value: 'v' }]);
  });

  it('finds nothing when text follows the trailers', () => {
    expect(parseTrailers(MESSAGES.textAfterTrailers!)).toEqual([]);
  });
});

/**
 * What git itself prints for a message: `git interpret-trailers --parse`
 * (unfolded "key: value" lines). The message gets the final newline every
 * stored commit message has (GitHub's API strips it), which matters to git's
 * `---` patch-divider rule.
 */
function gitTrailers(message: string): { key: string; value: string }[] {
  const input = message === '' || message.endsWith('\n') ? message : `${message}\n`;
  const out = execFileSync('git', ['-c', 'trailer.separators=:', 'interpret-trailers', '--parse'], { input, encoding: 'utf8' });
  return out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const sep = line.indexOf(':');
      return { key: line.slice(0, sep).trim(), value: line.slice(sep + 1).trim() };
    });
}

describe('parseTrailers agrees with git interpret-trailers --parse', () => {
  for (const [name, message] of Object.entries(MESSAGES)) {
    it(name, () => {
      expect(parseTrailers(message)).toEqual(gitTrailers(message));
    });
  }
});


const LINE_KINDS = [
  'Co-authored-by: Claude <noreply@anthropic.com>',
  'Signed-off-by: Dev <dev@example.com>',
  'Made-with: Cursor',
  'Key : spaced',
  'http://example.com: url',
  '(cherry picked from commit 0123abcd)',
  '  continued value',
  '\tTabbed continuation',
  'Plain sentence here.',
  'not a: trailer because of spaces before',
  '# comment line',
  '',
  '   ',
  '---',
  'Reviewed-by:',
];

describe('parseTrailers agrees with git on generated messages', () => {
  it('matches git interpret-trailers --parse for 300 random messages', () => {
    const next = seededRandom(20261125);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const mismatches: string[] = [];
    for (let i = 0; i < 300; i++) {
      const body = Array.from({ length: 1 + Math.floor(next() * 7) }, () => pick(LINE_KINDS));
      const message = [`Subject ${i}`, ...(next() < 0.8 ? [''] : []), ...body].join('\n');
      if (JSON.stringify(parseTrailers(message)) !== JSON.stringify(gitTrailers(message))) mismatches.push(JSON.stringify(message));
    }
    expect(mismatches).toEqual([]);
  });
});
