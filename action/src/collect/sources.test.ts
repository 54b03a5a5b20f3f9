/**
 * The product's promise: every source yields the same document. One real
 * change is read by the git collector, and the same change shaped as GitHub's
 * REST responses is read by the GitHub normaliser; files and commits must
 * come out identical.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../input/config.js';
import { collectGit } from './git/index.js';
import { normaliseGitHubData } from './github-data.js';
import type { CollectedChange } from './types.js';

let dir: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}
function commit(message: string): void {
  git('add', '--all');
  execFileSync('git', ['commit', '-q', '-F', '-'], { cwd: dir, input: message });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'paved-sources-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Dev');
  git('config', 'user.email', 'dev@example.com');
  git('config', 'commit.gpgsign', 'false');
  write('src/app.ts', Array.from({ length: 30 }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n');
  write('docs/guide.md', '# Guide\n\nStable words.\nMore stable words.\nAnd more.\n');
  commit('Initial');
  git('checkout', '-q', '-b', 'feature');
  write('src/app.ts', Array.from({ length: 30 }, (_, i) => (i % 10 === 3 ? `export const v${i} = ${i} * 2; // changed` : `export const v${i} = ${i};`)).join('\n') + '\n');
  write('src/app.test.ts', "import { v3 } from './app.js';\nif (v3 !== 6) throw new Error('v3');\n");
  git('mv', 'docs/guide.md', 'docs/handbook.md');
  write('img/icon.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  write('src/empty.ts', '');
  commit('Double some values\n\nBecause.\n\nCo-authored-by: Claude <noreply@anthropic.com>');
  write('package.json', '{\n  "name": "x",\n  "dependencies": { "zod": "^3.23.8" }\n}\n');
  commit('Add zod\n\nSome text\nSigned-off-by: Dev <dev@example.com>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The change as GitHub's REST API would return it (patch = the hunks, as GitHub sends them). */
function asGitHubData(local: CollectedChange) {
  const records = git('log', '-z', '--reverse', '--format=%H%x1f%P%x1f%an%x1f%ae%x1f%aI%x1f%cn%x1f%ce%x1f%cI%x1f%B', 'main..feature').split('\0').filter(Boolean);
  const commits = records.map((record) => {
    const [sha, parents, an, ae, ad, cn, ce, cd, ...message] = record.split('\x1f');
    return {
      sha,
      commit: { message: message.join('\x1f').replace(/\n+$/, ''), author: { name: an, email: ae, date: ad }, committer: { name: cn, email: ce, date: cd } },
      author: null,
      committer: null,
      parents: parents!.split(' ').map((p) => ({ sha: p })),
    };
  });
  const files = local.files.map((f) => ({
    filename: f.path,
    ...(f.previous_path ? { previous_filename: f.previous_path } : {}),
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    ...(local.patches.has(f.path) ? { patch: local.patches.get(f.path) } : {}),
  }));
  const repo = { full_name: 'acme/app', name: 'app', owner: { login: 'acme' } };
  const event = {
    pull_request: {
      number: 1,
      title: 't',
      base: { ref: 'main', sha: local.change.base.sha, repo },
      head: { ref: 'feature', sha: local.change.head.sha, repo },
    },
  };
  return { event, files, commits };
}

describe('git and GitHub sources', () => {
  it('produce the same files and commits for the same change', async () => {
    const local = await collectGit({ repo: dir, base: 'main', head: 'feature' });
    const remote = normaliseGitHubData(asGitHubData(local), { config: DEFAULT_CONFIG });
    expect(local.files.map((f) => f.path).sort()).toEqual(['docs/handbook.md', 'img/icon.png', 'package.json', 'src/app.test.ts', 'src/app.ts', 'src/empty.ts']);
    expect(remote.files).toEqual(local.files);
    // GitHub knows accounts and signatures, local git does not: compare everything else.
    const comparable = (c: CollectedChange['commits'][number]) => ({ ...c, verified: null, author: { ...c.author, login: null }, committer: { ...c.committer, login: null } });
    expect(remote.commits.map(comparable)).toEqual(local.commits.map(comparable));
    expect(local.commits.map((c) => c.trailers.map((t) => t.key))).toEqual([['Co-authored-by'], ['Signed-off-by']]);
  });
});
