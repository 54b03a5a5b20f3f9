import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GateError } from '../../errors.js';
import { secondaryRateLimit, serverError, useFakeGitHub, type FakeRepositoryOptions } from '../../test-support/fake-github.js';
import { createGitHubClient, GITHUB_API_VERSION } from './client.js';
import { downloadTreeAt, readFileAt } from './contents.js';
import { fetchPullRequest, pullRequestCoordinates } from './fetch.js';

const startFake = useFakeGitHub();

async function start(options: FakeRepositoryOptions = {}) {
  const fake = await startFake(options);
  const client = createGitHubClient({ token: 'ghs_test', baseUrl: fake.baseUrl, retries: 2 });
  return { fake, client };
}

describe('fetchPullRequest', () => {
  it('pages through files and commits with per_page=100 and pins the API version', async () => {
    const files = Array.from({ length: 230 }, (_, i) => ({ filename: `src/f${i}.ts`, additions: 1, patch: '@@ -0,0 +1 @@\n+x' }));
    const { fake, client } = await start({ files, reviews: [] });
    const data = await fetchPullRequest(client, fake.event(), { codeScanning: false });
    expect(data.files).toHaveLength(230);
    expect(data.truncated).toEqual({ files: false, commits: false });
    const pages = fake.server.calls('pulls/list-files');
    expect(pages.map((p) => p.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(pages.every((p) => p.query.per_page === '100')).toBe(true);
    expect(fake.server.requests.every((r) => r.headers['x-github-api-version'] === GITHUB_API_VERSION)).toBe(true);
    expect(fake.server.violations).toEqual([]);
  });

  it('flags truncated files when GitHub stops at 3,000 of a bigger PR', async () => {
    const files = Array.from({ length: 3005 }, (_, i) => ({ filename: `gen/f${i}.txt` }));
    const { fake, client } = await start({ files });
    const data = await fetchPullRequest(client, fake.event(), { codeScanning: false });
    expect(data.files).toHaveLength(3000);
    expect(data.truncated.files).toBe(true);
    expect(fake.server.calls('pulls/list-files')).toHaveLength(30);
    expect(fake.server.violations).toEqual([]);
  });

  it('flags truncated commits past 250', async () => {
    const commits = Array.from({ length: 260 }, (_, i) => ({ sha: i.toString(16).padStart(40, 'e'), message: `commit ${i}` }));
    const { fake, client } = await start({ commits });
    const data = await fetchPullRequest(client, fake.event(), { codeScanning: false });
    expect(data.commits).toHaveLength(250);
    expect(data.truncated.commits).toBe(true);
  });

  it('reads check runs and statuses of the HEAD sha, not the merge commit', async () => {
    const { fake, client } = await start({ headSha: '1'.repeat(40) });
    const data = await fetchPullRequest(client, fake.event(), { codeScanning: false });
    expect(data.checkRuns).toEqual({ total_count: 0, check_runs: [] });
    expect(fake.server.calls('checks/list-for-ref')[0]!.pathParams.ref).toBe('1'.repeat(40));
    expect(fake.server.calls('repos/list-commit-statuses-for-ref')[0]!.pathParams.ref).toBe('1'.repeat(40));
  });

  it("leaves the gate's own earlier check run out of the check signals", async () => {
    const { fake, client } = await start();
    const example = fake.description.example<{ check_runs: Record<string, unknown>[] }>('checks/list-for-ref').check_runs[0]!;
    fake.fail('checks/list-for-ref', {
      status: 200,
      body: { total_count: 2, check_runs: [{ ...example, id: 1, name: 'Paved' }, { ...example, id: 2, name: 'unit tests' }] },
    });
    const data = await fetchPullRequest(client, fake.event(), { codeScanning: false, ownCheckName: 'Paved' });
    expect(data.checkRuns).toEqual({ total_count: 1, check_runs: [expect.objectContaining({ name: 'unit tests' })] });
  });

  it('retries a 5xx and waits out a secondary rate limit', async () => {
    const { fake, client } = await start();
    fake.fail('pulls/list-files', serverError(502));
    fake.fail('pulls/list-commits', secondaryRateLimit(1));
    const data = await fetchPullRequest(client, fake.event(), { codeScanning: false });
    expect(data.commits).toHaveLength(1);
    expect(fake.server.calls('pulls/list-files').map((c) => c.status)).toEqual([502, 200]);
    expect(fake.server.calls('pulls/list-commits').map((c) => c.status)).toEqual([403, 200]);
  });

  it('fails fast instead of sleeping until a far-away primary rate-limit reset', async () => {
    const { fake } = await start();
    const client = createGitHubClient({ token: 'ghs_test', baseUrl: fake.baseUrl, maxRateLimitWaitSeconds: 60 });
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    fake.fail('pulls/list-files', {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
    });
    const started = Date.now();
    const error = await fetchPullRequest(client, fake.event(), { codeScanning: false }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((error as GateError).message).toMatch(/changed files.*HTTP 403: API rate limit exceeded/);
  });

  it('retries a request that times out', async () => {
    const { fake } = await start();
    const client = createGitHubClient({ token: 'ghs_test', baseUrl: fake.baseUrl, retries: 2, requestTimeoutMs: 200 });
    const handlers = fake.server['handlers'];
    let slow = true;
    fake.server.setHandlers({
      ...handlers,
      'pulls/list-reviews': async (r) => {
        if (slow) {
          slow = false;
          await new Promise((resolve) => setTimeout(resolve, 600));
        }
        return handlers['pulls/list-reviews']!(r);
      },
    });
    const data = await fetchPullRequest(client, fake.event(), { codeScanning: false });
    expect(data.reviews).toEqual([]);
    expect(fake.server.calls('pulls/list-reviews')).toHaveLength(2);
  });

  it('turns code-scanning 403 and 404 into evaluated:false with the reason', async () => {
    const forbidden = await start({ codeScanning: 403 });
    const denied = await fetchPullRequest(forbidden.client, forbidden.fake.event(), { codeScanning: true });
    expect(denied.codeScanning).toMatchObject({ evaluated: false, alerts: [] });
    expect(denied.codeScanning?.reason).toMatch(/403.*security-events: read/);
    expect(forbidden.fake.server.calls('code-scanning/list-alerts-for-repo')[0]!.query.ref).toBe('refs/pull/42/merge');
    await forbidden.fake.close();
    const missing = await start({ codeScanning: 404 });
    const none = await fetchPullRequest(missing.client, missing.fake.event(), { codeScanning: true });
    expect(none.codeScanning).toEqual({ evaluated: false, reason: expect.stringMatching(/no code scanning analysis/), alerts: [] });
  });

  it('fails with collect_failed naming the list when GitHub keeps failing', async () => {
    const { fake, client } = await start();
    fake.fail('pulls/list-reviews', serverError(500), serverError(500), serverError(500));
    const error = await fetchPullRequest(client, fake.event(), { codeScanning: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).code).toBe('collect_failed');
    expect((error as GateError).message).toMatch(/the reviews.*HTTP 500/);
  });
});

describe('pullRequestCoordinates', () => {
  it('explains a payload without a pull request', () => {
    expect(() => pullRequestCoordinates({ ref: 'refs/heads/main' })).toThrow(/event payload has no pull request/);
  });
});

describe('contents at the base sha', () => {
  it('reads a file at the given ref and returns null when absent', async () => {
    const { fake, client } = await start({ contents: { ['b'.repeat(40)]: { '.github/paved.yml': 'thresholds:\n  diff_coverage: 90\n' } } });
    const repo = { owner: 'octo-org', repo: 'widgets' };
    expect(await readFileAt(client, repo, 'b'.repeat(40), '.github/paved.yml')).toContain('diff_coverage: 90');
    expect(await readFileAt(client, repo, 'b'.repeat(40), 'missing.yml')).toBeNull();
    expect(fake.server.calls('repos/get-content').map((c) => c.query.ref)).toEqual(['b'.repeat(40), 'b'.repeat(40)]);
    expect(fake.server.violations).toEqual([]);
  });

  it('downloads a policy directory tree', async () => {
    const base = 'b'.repeat(40);
    const { fake, client } = await start({
      contents: { [base]: { 'policies/a.rego': 'package paved.a\n', 'policies/lib/b.rego': 'package paved.lib\n', 'other/x.txt': 'no' } },
    });
    const dir = await mkdtemp(join(tmpdir(), 'paved-contents-'));
    const local = await downloadTreeAt(client, { owner: 'octo-org', repo: 'widgets' }, base, 'policies', dir);
    expect(local).toBe(join(dir, 'policies'));
    expect((await readdir(local!)).sort()).toEqual(['a.rego', 'lib']);
    expect(await readFile(join(local!, 'lib', 'b.rego'), 'utf8')).toBe('package paved.lib\n');
    expect(fake.server.violations).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });
});
