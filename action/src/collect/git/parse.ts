/**
 * Pure parsers for the git output the local collector asks for. Every format
 * is NUL- or unit-separator-delimited (-z, %x1f), so paths and messages with
 * spaces, tabs or newlines come through intact.
 */
import type { Commit, FileStatus } from '../../input/types.js';

const STATUS_BY_LETTER: Record<string, FileStatus> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };

export interface RawEntry { status: FileStatus; path: string; previous: string | null }

/** `git diff --raw -z`: ":mode mode sha sha STATUS\0path\0[path2\0]". */
export function parseRaw(text: string): RawEntry[] {
  const parts = text.split('\0');
  const entries: RawEntry[] = [];
  for (let i = 0; i < parts.length - 1; ) {
    const letter = parts[i]!.split(' ')[4]?.[0] ?? '';
    const status = STATUS_BY_LETTER[letter] ?? 'changed';
    if (letter === 'R' || letter === 'C') {
      entries.push({ status, previous: parts[i + 1]!, path: parts[i + 2]! });
      i += 3;
    } else {
      entries.push({ status, previous: null, path: parts[i + 1]! });
      i += 2;
    }
  }
  return entries;
}

const FIELD = '\x1f';

/** `git log --format`: fields separated by %x1f, the message last (it may hold anything but NUL). */
export const LOG_FORMAT = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%(trailers:only,unfold)', '%B'].join('%x1f');

/** `git log -z --format=LOG_FORMAT` output → commits. */
export function parseLog(out: string): Commit[] {
  return out.split('\0').filter((record) => record !== '').map(parseLogRecord);
}

function parseLogRecord(record: string): Commit {
  const fields = record.split(FIELD);
  const [sha, parents, aName, aEmail, aDate, cName, cEmail, cDate, trailers] = fields;
  const message = fields.slice(9).join(FIELD).replace(/\n+$/, '');
  return {
    sha: sha!,
    message,
    subject: message.split('\n', 1)[0]!.trim(),
    trailers: trailers!.split('\n').filter((line) => line.includes(':')).map((line) => {
      const sep = line.indexOf(':');
      return { key: line.slice(0, sep).trim(), value: line.slice(sep + 1).trim() };
    }),
    author: { name: aName!, email: aEmail!, login: loginFromEmail(aEmail!), date: aDate! },
    committer: { name: cName!, email: cEmail!, login: loginFromEmail(cEmail!), date: cDate! },
    verified: null,
    parents: parents!.trim() === '' ? 0 : parents!.trim().split(' ').length,
  };
}

/** GitHub's no-reply addresses carry the login: `123+octocat@users.noreply.github.com`. */
export function loginFromEmail(email: string): string | null {
  const match = /^(?:\d+\+)?([^@+]+)@users\.noreply\.github\.com$/i.exec(email);
  return match ? match[1]! : null;
}

/** `git log --notes=<ref> --format=NOTES_FORMAT`: the sha, then the note text. */
export const NOTES_FORMAT = '%H%x1f%N';

/** Notes by commit sha; commits without a note are left out. */
export function parseNotes(out: string): Map<string, string> {
  const bySha = new Map<string, string>();
  for (const record of out.split('\0')) {
    const sep = record.indexOf(FIELD);
    const note = record.slice(sep + 1);
    if (sep > 0 && note.trim() !== '') bySha.set(record.slice(0, sep), note);
  }
  return bySha;
}

/**
 * owner/name from a hosted remote: `git@host:owner/name.git` or
 * `https://host/owner/name`. A local path says nothing about an owner.
 */
export function parseRemoteUrl(url: string): { owner: string; name: string } | null {
  const hosted = /^(?:[a-z][a-z0-9+.-]*:\/\/[^/]+\/|[\w.-]+@[\w.-]+:)(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/i;
  const match = hosted.exec(url);
  return match ? { owner: match[1]!, name: match[2]! } : null;
}
