import { describe, expect, it } from 'vitest';
import { loginFromEmail, parseLog, parseNotes, parseRaw, parseRemoteUrl } from './parse.js';

describe('parseRaw', () => {
  it('reads statuses, renames and copies with their two paths', () => {
    const raw = [
      ':100644 100644 aaa bbb M', 'src/a.ts',
      ':000000 100644 000 ccc A', 'new file.txt',
      ':100644 100644 ddd ddd R100', 'old\tname.md', 'new\nname.md',
      ':100644 100644 eee fff C075', 'from.ts', 'to.ts',
      ':100644 000000 ggg 000 D', 'gone.txt',
      ':100644 120000 hhh iii T', 'link',
      '',
    ].join('\0');
    expect(parseRaw(raw)).toEqual([
      { status: 'modified', path: 'src/a.ts', previous: null },
      { status: 'added', path: 'new file.txt', previous: null },
      { status: 'renamed', path: 'new\nname.md', previous: 'old\tname.md' },
      { status: 'copied', path: 'to.ts', previous: 'from.ts' },
      { status: 'removed', path: 'gone.txt', previous: null },
      { status: 'changed', path: 'link', previous: null },
    ]);
    expect(parseRaw('')).toEqual([]);
  });
});

describe('parseLog', () => {
  it('splits records and fields, keeping a message that holds the field separator', () => {
    const record = (sha: string, parents: string, trailers: string, message: string) =>
      [sha, parents, 'A', 'a@x', '2026-01-01T00:00:00+01:00', 'C', '49699333+dependabot[bot]@users.noreply.github.com', '2026-01-02T00:00:00Z', trailers, message].join('\x1f');
    const out = [
      record('s1', '', '', 'Root commit\n'),
      record('s2', 'p1 p2', 'Co-authored-by: X <x@y>\nSigned-off-by: A <a@x>\n', 'Merge\n\nodd \x1f text\n\nCo-authored-by: X <x@y>\nSigned-off-by: A <a@x>\n\n'),
      '',
    ].join('\0');
    const [root, merge] = parseLog(out);
    expect(root).toMatchObject({ sha: 's1', message: 'Root commit', subject: 'Root commit', trailers: [], parents: 0 });
    expect(merge).toMatchObject({
      sha: 's2',
      message: 'Merge\n\nodd \x1f text\n\nCo-authored-by: X <x@y>\nSigned-off-by: A <a@x>',
      trailers: [
        { key: 'Co-authored-by', value: 'X <x@y>' },
        { key: 'Signed-off-by', value: 'A <a@x>' },
      ],
      committer: { name: 'C', login: 'dependabot[bot]' },
      author: { login: null, date: '2026-01-01T00:00:00+01:00' },
      verified: null,
      parents: 2,
    });
  });
});

describe('parseNotes', () => {
  it('keeps only commits that have a note', () => {
    expect(parseNotes('s1\x1f{"a":1}\n\0s2\x1f\0')).toEqual(new Map([['s1', '{"a":1}\n']]));
  });
});

describe('loginFromEmail', () => {
  it('reads GitHub no-reply addresses only', () => {
    expect(loginFromEmail('123+octocat@users.noreply.github.com')).toBe('octocat');
    expect(loginFromEmail('octocat@users.noreply.github.com')).toBe('octocat');
    expect(loginFromEmail('octocat@example.com')).toBeNull();
  });
});

describe('parseRemoteUrl', () => {
  it('reads owner and name from hosted remotes only', () => {
    expect(parseRemoteUrl('git@github.com:acme/shop.git')).toEqual({ owner: 'acme', name: 'shop' });
    expect(parseRemoteUrl('https://github.com/acme/shop')).toEqual({ owner: 'acme', name: 'shop' });
    expect(parseRemoteUrl('https://x-access-token:secret@github.com/acme/shop.git/')).toEqual({ owner: 'acme', name: 'shop' });
    expect(parseRemoteUrl('ssh://git@gitlab.example.com:2222/group/sub/shop.git')).toEqual({ owner: 'sub', name: 'shop' });
    expect(parseRemoteUrl('/srv/git/shop.git')).toBeNull();
    expect(parseRemoteUrl('../shop')).toBeNull();
    expect(parseRemoteUrl('')).toBeNull();
  });
});
