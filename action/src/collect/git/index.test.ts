import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GateError } from '../../errors.js';
import { collectInput } from '../index.js';
import { collectGit, NOTES_MISSING_REASON } from './index.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A throwaway repository driven by real git commands. */
class TestRepo {
  readonly dir = mkdtempSync(join(tmpdir(), 'paved-git-test-'));

  constructor(branch = 'main') {
    dirs.push(this.dir);
    this.git('init', '-q', '-b', branch);
    this.git('config', 'user.name', 'Alice Dev');
    this.git('config', 'user.email', 'alice@example.com');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8' });
  }

  write(path: string, content: string | Buffer): this {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true });
    writeFileSync(join(this.dir, path), content);
    return this;
  }

  commit(message: string, env: Record<string, string> = {}): string {
    this.git('add', '--all');
    execFileSync('git', ['commit', '-q', '--allow-empty', '-F', '-'], { cwd: this.dir, input: message, env: { ...process.env, ...env } });
    return this.git('rev-parse', 'HEAD').trim();
  }
}

const SOURCE = ['export function add(a: number, b: number) {', '  return a + b;', '}', ''].join('\n');

/** main: a source file, a doc, paved.yml; feature: edits, a rename, a binary, a deletion, AI trailers. */
function featureRepo(): TestRepo {
  const repo = new TestRepo();
  repo
    .write('src/math.ts', SOURCE)
    .write('docs/old.md', '# Title\n\nSome words that stay the same.\nMore stable text here.\nEven more.\n')
    .write('obsolete.txt', 'bye\n')
    .write('paved.yml', 'thresholds:\n  diff_coverage: 60\n')
    .commit('Initial commit');
  repo.git('checkout', '-q', '-b', 'feature');
  repo
    .write('src/math.ts', SOURCE.replace('  return a + b;', '  // sum\n  return a + b;\n') + 'export const two = add(1, 1);\n')
    .write('assets/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00, 0xff]));
  repo.git('mv', 'docs/old.md', 'docs/new.md');
  repo.git('rm', '-q', 'obsolete.txt');
  repo.commit('Add two\n\nUses add.\n\nCo-authored-by: Claude <noreply@anthropic.com>\nMade-with: Cursor');
  return repo;
}

describe('collectGit', () => {
  it('reads the change against the default branch: statuses, renames, binaries, added lines', async () => {
    const repo = featureRepo();
    const collected = await collectGit({ repo: repo.dir });
    const byPath = new Map(collected.files.map((f) => [f.path, f]));
    expect([...byPath.keys()].sort()).toEqual(['assets/logo.png', 'docs/new.md', 'obsolete.txt', 'src/math.ts']);
    expect(byPath.get('docs/new.md')).toMatchObject({ status: 'renamed', previous_path: 'docs/old.md', additions: 0, deletions: 0, kind: 'docs' });
    expect(byPath.get('assets/logo.png')).toMatchObject({ status: 'added', binary: true, patch_available: false, added_lines: [] });
    expect(byPath.get('obsolete.txt')).toMatchObject({ status: 'removed', deletions: 1, additions: 0 });
    expect(byPath.get('src/math.ts')).toMatchObject({
      status: 'modified',
      additions: 3,
      deletions: 0,
      kind: 'source',
      added_lines: [
        { line: 2, text: '  // sum' },
        { line: 4, text: '' },
        { line: 6, text: 'export const two = add(1, 1);' },
      ],
    });
    expect(collected.patches.get('src/math.ts')).toMatch(/^@@ -1,3 \+1,6 @@/);
    expect(collected.change).toMatchObject({
      number: null,
      title: 'Add two',
      base: { ref: 'main', sha: repo.git('rev-parse', 'main').trim() },
      head: { ref: 'feature', sha: repo.git('rev-parse', 'HEAD').trim() },
      stats: { files: 4, additions: 3, deletions: 1, commits: 1 },
      author: { login: null, type: 'Unknown' },
    });
  });

  it('counts lines and binaries exactly as git diff --numstat does, for awkward paths too', async () => {
    const repo = featureRepo();
    repo.write('dir with space/naïve file.txt', 'a\nb\n').write('empty.txt', '').write('tabs\there.txt', 'x\n').write('data.bin', Buffer.from([0, 1, 2, 3]));
    repo.git('update-index', '--chmod=+x', 'src/math.ts');
    repo.commit('More files');
    const collected = await collectGit({ repo: repo.dir });
    const numstat = repo.git('diff', '-M', '--numstat', '-z', 'main', 'HEAD').split('\0');
    const expected = new Map<string, string>();
    for (let i = 0; i < numstat.length - 1; ) {
      const [added, deleted, ...rest] = numstat[i]!.split('\t');
      const path = rest.join('\t'); // the path itself may hold a tab
      const newPath = path === '' ? numstat[i + 2]! : path;
      expected.set(newPath, `${added}/${deleted}`);
      i += path === '' ? 3 : 1;
    }
    const actual = new Map(collected.files.map((f) => [f.path, f.binary ? '-/-' : `${f.additions}/${f.deletions}`]));
    expect(actual).toEqual(expected);
    expect([...actual.keys()]).toEqual(expect.arrayContaining(['dir with space/naïve file.txt', 'tabs\there.txt', 'empty.txt', 'data.bin']));
    expect(collected.files.find((f) => f.path === 'empty.txt')).toMatchObject({ status: 'added', binary: false, added_lines: [] });
  });

  it('reads commits oldest first with trailers parsed by git and both people', async () => {
    const repo = featureRepo();
    repo.write('src/more.ts', 'export {};\n').commit('Second\n\nSigned-off-by: Bob <bob@example.com>', {
      GIT_AUTHOR_NAME: 'Bot',
      GIT_AUTHOR_EMAIL: '49699333+dependabot[bot]@users.noreply.github.com',
      GIT_AUTHOR_DATE: '2026-02-03T04:05:06+00:00',
    });
    const { commits, change } = await collectGit({ repo: repo.dir });
    expect(commits.map((c) => c.subject)).toEqual(['Add two', 'Second']);
    expect(commits[0]!.trailers).toEqual([
      { key: 'Co-authored-by', value: 'Claude <noreply@anthropic.com>' },
      { key: 'Made-with', value: 'Cursor' },
    ]);
    expect(commits[0]!.message).toBe('Add two\n\nUses add.\n\nCo-authored-by: Claude <noreply@anthropic.com>\nMade-with: Cursor');
    expect(commits[1]).toMatchObject({
      trailers: [{ key: 'Signed-off-by', value: 'Bob <bob@example.com>' }],
      author: { name: 'Bot', email: '49699333+dependabot[bot]@users.noreply.github.com', login: 'dependabot[bot]', date: '2026-02-03T04:05:06+00:00' },
      committer: { name: 'Alice Dev', email: 'alice@example.com', login: null },
      verified: null,
      parents: 1,
    });
    expect(change.author).toEqual({ login: 'dependabot[bot]', type: 'Bot' });
  });

  it('includes merge commits with their parent count', async () => {
    const repo = featureRepo();
    repo.git('checkout', '-q', 'main');
    repo.write('README.md', '# readme\n').commit('Docs on main');
    repo.git('checkout', '-q', 'feature');
    repo.git('merge', '-q', '--no-ff', '--no-edit', 'main');
    const { commits, files, change } = await collectGit({ repo: repo.dir, base: 'main' });
    expect(commits.map((c) => c.parents)).toEqual([1, 2]);
    // The merge brought main's README into feature; the change against main does not include it.
    expect(files.map((f) => f.path)).not.toContain('README.md');
    expect(change.base.sha).toBe(repo.git('rev-parse', 'main').trim());
  });

  it('reads the config from the base side, never from the head', async () => {
    const repo = featureRepo();
    repo.write('paved.yml', 'thresholds:\n  diff_coverage: 0\n').commit('Loosen the gate');
    const collected = await collectGit({ repo: repo.dir });
    expect(collected.config.thresholds.diff_coverage).toBe(60);
    expect(collected.files.find((f) => f.path === 'paved.yml')?.kind).toBe('config');
  });

  it('reads an explicit --config path at the base, given relative or absolute', async () => {
    const repo = featureRepo();
    repo.git('checkout', '-q', 'main');
    repo.write('ci/gate.yml', 'strict_truncation: true\n').commit('gate config');
    repo.git('checkout', '-q', 'feature');
    repo.git('merge', '-q', '--no-edit', 'main');
    expect((await collectGit({ repo: repo.dir }, { configPath: './ci/gate.yml' })).config.strict_truncation).toBe(true);
    expect((await collectGit({ repo: repo.dir }, { configPath: join(repo.dir, 'ci', 'gate.yml') })).config.strict_truncation).toBe(true);
    await expect(collectGit({ repo: repo.dir }, { configPath: 'ci/missing.yml' })).rejects.toMatchObject({ code: 'config_invalid' });
    await expect(collectGit({ repo: repo.dir }, { configPath: join(tmpdir(), 'elsewhere.yml') })).rejects.toMatchObject({ code: 'usage' });
  });

  it('fails with config_invalid naming the base commit when the base paved.yml is broken', async () => {
    const repo = new TestRepo();
    const base = repo.write('paved.yml', 'thresholds: [1\n').commit('bad config');
    repo.git('checkout', '-q', '-b', 'f');
    repo.write('a.ts', 'x\n').commit('a');
    const error = await collectGit({ repo: repo.dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).code).toBe('config_invalid');
    expect((error as GateError).message).toContain(`paved.yml at ${base.slice(0, 12)}`);
  });

  it('includes uncommitted and untracked changes with worktree, leaving the index alone', async () => {
    const repo = featureRepo();
    repo.write('src/math.ts', SOURCE + '// uncommitted\n').write('notes/todo.md', 'new untracked\n').write('.gitignore', 'build/\n').write('build/out.js', 'ignored\n');
    repo.git('add', '.gitignore');
    const statusBefore = repo.git('status', '--porcelain');
    const committed = await collectGit({ repo: repo.dir });
    const withWorktree = await collectGit({ repo: repo.dir, worktree: true });
    expect(repo.git('status', '--porcelain')).toBe(statusBefore);
    expect(committed.files.map((f) => f.path)).not.toContain('notes/todo.md');
    const paths = withWorktree.files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['notes/todo.md', '.gitignore', 'src/math.ts']));
    expect(paths).not.toContain('build/out.js');
    expect(withWorktree.files.find((f) => f.path === 'src/math.ts')!.added_lines).toEqual([{ line: 4, text: '// uncommitted' }]);
    expect(await withWorktree.readFile('head', 'notes/todo.md')).toBe('new untracked\n');
  });

  it('runs no program from repository config or attributes (diff drivers, textconv, fsmonitor)', async () => {
    const repo = featureRepo();
    const marker = join(repo.dir, '..', `${repo.dir.split('/').at(-1)}-ran`);
    const script = join(repo.dir, '.git', 'evil.sh');
    writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 });
    repo.write('.gitattributes', '* diff=evil\n').write('src/math.ts', SOURCE + '// more\n').commit('attributes');
    // Configured after the setup commits: from here on only the collector runs git.
    repo.git('config', 'diff.evil.command', script);
    repo.git('config', 'diff.evil.textconv', script);
    repo.git('config', 'core.fsmonitor', script);
    repo.write('src/math.ts', SOURCE + '// uncommitted\n');
    const collected = await collectGit({ repo: repo.dir, worktree: true });
    expect(collected.files.find((f) => f.path === 'src/math.ts')!.added_lines).toEqual([{ line: 4, text: '// uncommitted' }]);
    expect(existsSync(marker)).toBe(false);
    rmSync(marker, { force: true });
  });

  it('keeps GitHub-shaped hunks whatever diff settings the user has', async () => {
    const repo = featureRepo();
    const long = Array.from({ length: 40 }, (_, i) => `line ${i}`);
    repo.write('src/long.ts', long.join('\n') + '\n').commit('long file');
    repo.write('src/long.ts', long.map((line, i) => (i === 20 ? 'changed' : line)).join('\n') + '\n').commit('change the middle');
    repo.git('config', 'diff.context', '10');
    repo.git('config', 'diff.algorithm', 'patience');
    repo.git('config', 'diff.noprefix', 'true');
    const again = await collectGit({ repo: repo.dir, base: 'HEAD~1' });
    expect(again.patches.get('src/long.ts')).toBe('@@ -18,7 +18,7 @@ line 16\n line 17\n line 18\n line 19\n-line 20\n+changed\n line 21\n line 22\n line 23');
  });

  it('reads files at the base and head sides', async () => {
    const repo = featureRepo();
    const collected = await collectGit({ repo: repo.dir });
    expect(await collected.readFile('base', 'src/math.ts')).toBe(SOURCE);
    expect(await collected.readFile('head', 'src/math.ts')).toContain('export const two');
    expect(await collected.readFile('head', 'docs/old.md')).toBeNull();
    expect(await collected.readFile('base', 'docs/old.md')).toContain('# Title');
  });

  it('reads line-attribution notes from refs/notes/ai, and says how to fetch them when absent', async () => {
    const repo = featureRepo();
    const without = await collectGit({ repo: repo.dir });
    expect(without.notes).toEqual({ evaluated: false, reason: NOTES_MISSING_REASON, bySha: new Map() });
    repo.git('notes', '--ref=ai', 'add', '-m', '{"agent":"claude","lines":"src/math.ts:2-6"}', 'HEAD');
    const head = repo.git('rev-parse', 'HEAD').trim();
    const withNotes = await collectGit({ repo: repo.dir });
    expect(withNotes.notes.evaluated).toBe(true);
    expect([...withNotes.notes.bySha.entries()]).toEqual([[head, '{"agent":"claude","lines":"src/math.ts:2-6"}\n']]);
  });

  it('takes the default branch and repository name from origin', async () => {
    const repo = featureRepo();
    repo.git('remote', 'add', 'origin', 'git@github.com:acme/shop.git');
    repo.git('update-ref', 'refs/remotes/origin/trunk', repo.git('rev-parse', 'main').trim());
    repo.git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/trunk');
    const collected = await collectGit({ repo: repo.dir });
    expect(collected.repository).toEqual({ owner: 'acme', name: 'shop', full_name: 'acme/shop', default_branch: 'trunk', private: null });
    expect(collected.change.base.ref).toBe('origin/trunk');
  });

  it('accepts explicit base and head refs', async () => {
    const repo = featureRepo();
    const first = repo.git('rev-parse', 'HEAD').trim();
    repo.write('src/later.ts', 'export {};\n').commit('Later');
    const collected = await collectGit({ repo: repo.dir, base: first, head: 'feature' });
    expect(collected.files.map((f) => f.path)).toEqual(['src/later.ts']);
    expect(collected.commits.map((c) => c.subject)).toEqual(['Later']);
    expect(collected.change.head.ref).toBe('feature');
  });

  it('gives clear errors for a missing repository, an unknown ref and a missing default branch', async () => {
    const notRepo = mkdtempSync(join(tmpdir(), 'paved-not-git-'));
    dirs.push(notRepo);
    await expect(collectGit({ repo: notRepo })).rejects.toThrow(`${notRepo} is not a git repository`);
    const repo = featureRepo();
    await expect(collectGit({ repo: repo.dir, base: 'nope' })).rejects.toThrow('--base nope: no such commit');
    await expect(collectGit({ repo: repo.dir, head: '--exec=x' })).rejects.toThrow('is not a ref');
    await expect(collectGit({ repo: repo.dir, head: 'main', worktree: true })).rejects.toMatchObject({ code: 'usage', message: '--worktree cannot be combined with --head' });
    const orphan = featureRepo();
    orphan.git('checkout', '-q', '--orphan', 'unrelated');
    orphan.write('x.txt', 'x\n').commit('unrelated root');
    await expect(collectGit({ repo: orphan.dir, base: 'main' })).rejects.toMatchObject({ code: 'collect_failed', hint: 'Pass a --base that the head branch was made from.' });
    const trunk = new TestRepo('trunk');
    trunk.write('a', 'a\n').commit('a');
    await expect(collectGit({ repo: trunk.dir })).rejects.toMatchObject({ code: 'usage', hint: 'Pass --base <ref>.' });
  });

  it('says how to fix a shallow clone that lacks the branch point', async () => {
    const repo = featureRepo();
    repo.git('checkout', '-q', 'main');
    repo.write('main-only.txt', 'm\n').commit('main moves on');
    const clone = mkdtempSync(join(tmpdir(), 'paved-shallow-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', '--no-single-branch', '--branch', 'feature', `file://${repo.dir}`, clone]);
    const error = await collectGit({ repo: clone }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'collect_failed' });
    expect((error as GateError).message).toContain('in this shallow clone');
    expect((error as GateError).hint).toContain('fetch-depth: 0');
  });

  it('produces a valid input document through collectInput', async () => {
    const repo = featureRepo();
    repo.write('reports/junit.xml', '<testsuites/>\n').commit('report');
    const doc = await collectInput({ kind: 'git', repo: repo.dir }, { reportGlobs: ['reports/*.xml'] });
    expect(doc.source.kind).toBe('git');
    expect(doc.gate).toEqual({ policies: false, config: false, workflows: false, files: [] });
    expect(doc.config.thresholds.diff_coverage).toBe(60);
  });
});
