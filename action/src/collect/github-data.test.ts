import { describe, expect, it } from 'vitest';
import { GateError } from '../errors.js';
import { DEFAULT_CONFIG } from '../input/config.js';
import { normaliseGitHubData, type GitHubPullRequestData } from './github-data.js';

const repo = (full_name: string) => ({ full_name, name: full_name.split('/')[1], owner: { login: full_name.split('/')[0] } });

function event(overrides: Record<string, unknown> = {}) {
  return {
    pull_request: {
      number: 7,
      title: 'Add feature',
      body: null,
      draft: true,
      html_url: 'https://github.com/o/r/pull/7',
      user: { login: 'copilot-swe-agent[bot]', type: 'Bot' },
      labels: [{ name: 'ai' }],
      base: { ref: 'main', sha: 'b'.repeat(40), repo: repo('o/r') },
      head: { ref: 'feature', sha: 'h'.repeat(40), repo: repo('o/r') },
      ...overrides,
    },
    repository: { ...repo('o/r'), default_branch: 'main', private: false },
  };
}

function commit(sha: string, message: string, extra: Record<string, unknown> = {}) {
  return {
    sha,
    commit: {
      message,
      author: { name: 'A', email: 'a@x', date: '2026-01-01T00:00:00Z' },
      committer: { name: 'C', email: 'c@x', date: '2026-01-02T00:00:00Z' },
      verification: { verified: true },
    },
    author: { login: 'a-login', type: 'User' },
    committer: null,
    parents: [{ sha: 'p' }],
    ...extra,
  };
}

const file = (filename: string, extra: Record<string, unknown> = {}) => ({ filename, status: 'modified', additions: 1, deletions: 0, patch: '@@ -1 +1,2 @@\n a\n+b', ...extra });

function normalise(data: Partial<GitHubPullRequestData>) {
  return normaliseGitHubData({ event: event(), files: [], commits: [], ...data }, { config: DEFAULT_CONFIG });
}

describe('normaliseGitHubData', () => {
  it('reads the pull request into the change', () => {
    const { change, repository } = normalise({ files: [file('src/a.ts')], commits: [commit('s1', 'one')] });
    expect(repository).toEqual({ owner: 'o', name: 'r', full_name: 'o/r', default_branch: 'main', private: false });
    expect(change).toMatchObject({
      number: 7,
      title: 'Add feature',
      body: '',
      draft: true,
      author: { login: 'copilot-swe-agent[bot]', type: 'Bot' },
      labels: ['ai'],
      base: { ref: 'main', sha: 'b'.repeat(40) },
      head: { ref: 'feature', sha: 'h'.repeat(40), repo_full_name: 'o/r' },
      fork: false,
      stats: { files: 1, additions: 1, deletions: 0, commits: 1 },
      truncated: { files: false, commits: false, patches: false },
    });
  });

  it('flags a fork, and a deleted head repository as a fork', () => {
    expect(normalise({ event: event({ head: { ref: 'f', sha: 's', repo: repo('someone/r') } }) }).change.fork).toBe(true);
    expect(normalise({ event: event({ head: { ref: 'f', sha: 's', repo: null } }) }).change.fork).toBe(true);
  });

  it('normalises files: renames, kinds, added lines, patches kept by path', () => {
    const result = normalise({
      files: [
        file('src/new-name.ts', { status: 'renamed', previous_filename: 'src/old-name.ts' }),
        file('src/a.test.ts', { status: 'added', patch: '@@ -0,0 +1,2 @@\n+x\n+y', additions: 2 }),
      ],
    });
    expect(result.files[0]).toMatchObject({ path: 'src/new-name.ts', previous_path: 'src/old-name.ts', status: 'renamed', kind: 'source' });
    expect(result.files[1]).toMatchObject({ kind: 'test', kinds: ['test', 'source'], added_lines: [{ line: 1, text: 'x' }, { line: 2, text: 'y' }] });
    expect(result.patches.get('src/a.test.ts')).toBe('@@ -0,0 +1,2 @@\n+x\n+y');
  });

  it('marks files without a patch: binary when nothing was counted, unavailable patches when lines were', () => {
    const result = normalise({
      files: [
        file('img/logo.png', { status: 'added', additions: 0, deletions: 0, patch: undefined }),
        file('data/huge.json', { additions: 40000, deletions: 10, patch: undefined }),
        file('pkg/__init__.py', { status: 'added', additions: 0, deletions: 0, patch: undefined }),
        file('src/empty.ts', { status: 'added', additions: 0, deletions: 0, patch: undefined }),
        file('bin/tool', { status: 'added', additions: 0, deletions: 0, patch: undefined }),
      ],
    });
    expect(result.files.map((f) => [f.path, f.binary, f.patch_available, f.added_lines.length])).toEqual([
      ['img/logo.png', true, false, 0],
      ['data/huge.json', false, false, 0],
      ['pkg/__init__.py', false, true, 0],
      ['src/empty.ts', false, true, 0],
      ['bin/tool', true, false, 0],
    ]);
    expect(result.change.truncated.patches).toBe(true);
  });

  it('detects truncation at the API limits and from the payload counts', () => {
    const many = Array.from({ length: 3000 }, (_, i) => file(`f${i}.ts`));
    expect(normalise({ files: many }).change.truncated.files).toBe(true);
    const fewer = normalise({ event: event({ changed_files: 5, commits: 300 }), files: [file('a.ts')], commits: [commit('s', 'm')] });
    expect(fewer.change.truncated).toMatchObject({ files: true, commits: true });
    expect(fewer.change.stats).toMatchObject({ files: 5, commits: 300 });
    expect(normalise({ truncated: { commits: true } }).change.truncated.commits).toBe(true);
  });

  it('parses commits: subject, trailers by git rules, people, verification, parents', () => {
    const [c] = normalise({
      commits: [commit('s1', 'Fix it\n\nDetails.\n\nCo-authored-by: Claude <noreply@anthropic.com>\nSigned-off-by: A <a@x>', { parents: [{ sha: 'p1' }, { sha: 'p2' }] })],
    }).commits;
    expect(c).toEqual({
      sha: 's1',
      message: 'Fix it\n\nDetails.\n\nCo-authored-by: Claude <noreply@anthropic.com>\nSigned-off-by: A <a@x>',
      subject: 'Fix it',
      trailers: [
        { key: 'Co-authored-by', value: 'Claude <noreply@anthropic.com>' },
        { key: 'Signed-off-by', value: 'A <a@x>' },
      ],
      author: { name: 'A', email: 'a@x', login: 'a-login', date: '2026-01-01T00:00:00Z' },
      committer: { name: 'C', email: 'c@x', login: null, date: '2026-01-02T00:00:00Z' },
      verified: true,
      parents: 2,
    });
  });

  it('reads reviews, check runs and the latest status per context', () => {
    const result = normalise({
      reviews: [{ id: 1, user: { login: 'r', type: 'User' }, state: 'APPROVED', body: 'ok', author_association: 'MEMBER', submitted_at: 't', commit_id: 'h' }],
      checkRuns: { total_count: 1, check_runs: [{ name: 'build', status: 'completed', conclusion: 'failure', html_url: 'u' }] },
      statuses: { state: 'pending', statuses: [{ context: 'ci', state: 'pending', target_url: null }, { context: 'ci', state: 'success' }] },
    });
    expect(result.reviews).toEqual([{ id: 1, user: { login: 'r', type: 'User' }, state: 'APPROVED', body: 'ok', author_association: 'MEMBER', submitted_at: 't', commit_id: 'h' }]);
    expect(result.checks).toEqual({
      evaluated: true,
      reason: null,
      runs: [
        { name: 'build', source: 'check-run', status: 'completed', conclusion: 'failure', url: 'u' },
        { name: 'ci', source: 'status', status: 'pending', conclusion: null, url: null },
      ],
    });
  });

  it('leaves checks null when neither check runs nor statuses were given', () => {
    expect(normalise({}).checks).toBeNull();
  });

  it('names the document and JSON path of a malformed value', () => {
    const names = { event: 'event.json', files: 'files.json', commits: 'commits.json', reviews: 'reviews.json', checkRuns: 'check-runs.json', statuses: 'statuses.json' };
    const run = (data: Partial<GitHubPullRequestData>) => () =>
      normaliseGitHubData({ event: event(), files: [], commits: [], ...data }, { config: DEFAULT_CONFIG, names });
    expect(run({ files: [file('a.ts'), { filename: 'b.ts', status: 'moved', additions: 0, deletions: 0 }] })).toThrow(
      'files.json at [1].status: expected one of added, modified, removed, renamed, copied, changed, unchanged, got "moved"',
    );
    expect(run({ commits: [{ sha: 's', commit: { message: 5 } }] })).toThrow('commits.json at [0].commit.message: expected a string, got number 5');
    expect(run({ event: { pull_request: null } })).toThrow('event.json at pull_request: expected an object, got null');
    expect(run({ event: { ...event(), repository: 'o/r' } })).toThrow('event.json at repository: expected an object, got string "o/r"');
    expect(run({ reviews: [{ id: 1, state: 'LGTM' }] })).toThrow(GateError);
  });
});
