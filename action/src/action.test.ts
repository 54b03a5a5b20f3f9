/**
 * End to end: the BUILT action (dist/action/index.js) under Node 24 against a
 * loopback GitHub that validates every request against GitHub's REST
 * description. Policies and the rule catalog are small test ones served as
 * repository contents at the base commit (the shipped pack is tested by its
 * own suite).
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDist } from '../scripts/build.js';
import { abiModule } from './wasm/abi-module.js';
import { entriesOf, SIGNATURES_FILE, signaturesFor, tarGz } from './wasm/test-support.js';
import type { Decision } from './decide/types.js';
import { FakeGitHub, secondaryRateLimit, serverError, useFakeGitHub, type FakeFile, type FakeRepositoryOptions } from './test-support/fake-github.js';
import { REPO_ROOT, runAction, type ActionRun } from './test-support/action-run.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);

const STRICT_POLICY = `package paved.decision

deny contains finding if {
	file := input.files[_]
	added := file.added_lines[_]
	indexof(added.text, "TODO") != -1
	finding := {"rule": "no-todo", "message": sprintf("TODO added to %s", [file.path]), "file": file.path, "line": added.line}
}

warn contains finding if {
	input.change.truncated.files
	finding := {"rule": "evidence-truncated", "message": "GitHub listed only part of the changed files"}
}
`;

/** What a PR would like the gate to be: nothing denied. */
const PERMISSIVE_POLICY = `package paved.decision

deny := set()

warn := set()
`;

const CATALOG: Record<string, string> = {
  'rules/no-todo.yml': `id: no-todo
title: TODO left in the change
severity: medium
category: hygiene
why: A TODO in new code is work the change claims to have done but did not.
remediation: Finish the work, or open an issue and reference it instead of the TODO.
docs: docs/rules.md#no-todo
`,
  'rules/evidence-truncated.yml': `id: evidence-truncated
title: Evidence was truncated
severity: low
category: evidence
why: GitHub stops listing files at 3,000, so some changes were not checked.
remediation: Split the pull request so that every file can be checked.
docs: docs/rules.md#evidence-truncated
`,
};

const BASE_CONTENTS = { 'policies/decision.rego': STRICT_POLICY, ...CATALOG };
const REPO_INPUTS = { policies: 'policies', rules: 'rules' };

function todoFile(path: string, todoLines: number): FakeFile {
  const lines = Array.from({ length: todoLines }, (_, i) => `+// TODO ${i + 1}: finish this`);
  return { filename: path, status: 'added', additions: todoLines, patch: `@@ -0,0 +1,${todoLines} @@\n${lines.join('\n')}` };
}

const CLEAN_FILE: FakeFile = { filename: 'src/export.ts', status: 'modified', additions: 1, deletions: 1, patch: '@@ -1 +1 @@\n-old()\n+exportWidgets()' };

const startFake = useFakeGitHub();

afterEach(async () => {
  await Promise.all(scratchDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function startRepo(options: FakeRepositoryOptions): Promise<FakeGitHub> {
  return startFake({ baseSha: BASE, headSha: HEAD, contents: { [BASE]: BASE_CONTENTS }, ...options });
}

async function decisionOf(run: ActionRun): Promise<Decision> {
  expect(run.decision, `no decision file: ${run.stdout}${run.stderr}`).not.toBeNull();
  return run.decision as Decision;
}

const scratchDirs: string[] = [];

/** A temp directory removed after the test. */
async function scratch(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  scratchDirs.push(dir);
  return dir;
}

/** Every request the action made was one GitHub's description accepts, and the test expected. */
function expectOnlyValidRequests(repo: FakeGitHub): void {
  expect(repo.server.violations).toEqual([]);
  expect(repo.server.requests.length).toBeGreaterThan(0);
}

function annotationBatchSizes(repo: FakeGitHub): number[] {
  return repo.server
    .calls('checks/update')
    .map((call) => (call.body as { output?: { annotations?: unknown[] } }).output?.annotations?.length ?? 0)
    .filter((n) => n > 0);
}

describe('the bundled action under Node 24', { timeout: 90_000 }, () => {
  it('passes a clean pull request with one successful check on the head sha', async () => {
    const repo = await startRepo({ files: [CLEAN_FILE] });
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: REPO_INPUTS });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ conclusion: 'success', 'deny-count': '0', 'warn-count': '0' });
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]).toMatchObject({ name: 'Paved', head_sha: HEAD, conclusion: 'success', status: 'completed' });
    expect(repo.checkRuns[0]!.details_url).toBe('https://github.com/octo-org/widgets/actions/runs/777');
    expect(run.summary).toContain('Paved: passed');
    expect((await decisionOf(run)).verdict).toBe('success');
    // The only place the token may appear is the add-mask command that tells the runner to hide it.
    const leaks = (run.stdout + run.stderr).split('\n').filter((line) => line.includes('ghs_loopbacktoken') && !line.startsWith('::add-mask::'));
    expect(leaks).toEqual([]);
    expectOnlyValidRequests(repo);
  });

  it('blocks a PR with 120 located findings: annotations in batches of 50, capped by max-annotations', async () => {
    const repo = await startRepo({ files: [todoFile('src/widgets.ts', 120)] });
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: { ...REPO_INPUTS, 'max-annotations': '110' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ conclusion: 'failure', 'deny-count': '120' });
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]!.conclusion).toBe('failure');
    expect(annotationBatchSizes(repo)).toEqual([50, 50, 10]);
    const annotations = repo.checkRuns[0]!.annotations;
    expect(annotations).toHaveLength(110);
    expect(annotations[0]).toMatchObject({ path: 'src/widgets.ts', start_line: 1, end_line: 1, annotation_level: 'failure' });
    expect(repo.checkRuns[0]!.output.title).toMatch(/^Blocked: 120 blocking/);
    expect(repo.checkRuns[0]!.output.summary).toContain('10 more located finding(s) are not annotated');
    expect(Buffer.byteLength(repo.checkRuns[0]!.output.summary ?? '')).toBeLessThanOrEqual(65_535);
    expect(run.stdout).toMatch(/::error::Paved: blocked by 120 finding/);
    expectOnlyValidRequests(repo);
  });

  it('flags a PR with more than 3,000 files as truncated', async () => {
    const files = Array.from({ length: 3004 }, (_, i) => ({ filename: `generated/part-${i}.json`, status: 'added' as const, additions: 1, patch: '@@ -0,0 +1 @@\n+{}' }));
    const repo = await startRepo({ files });
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: REPO_INPUTS });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ conclusion: 'success', 'warn-count': '1' });
    const decision = await decisionOf(run);
    expect(decision.findings.map((f) => f.rule)).toEqual(['evidence-truncated']);
    expect(repo.server.calls('pulls/list-files')).toHaveLength(30);
    expectOnlyValidRequests(repo);
  });

  it('retries 5xx answers without duplicating the check run', async () => {
    const repo = await startRepo({ files: [todoFile('src/a.ts', 2)] });
    repo.fail('pulls/list-files', serverError(502));
    repo.fail('checks/create', serverError(500));
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: REPO_INPUTS });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['deny-count']).toBe('2');
    expect(repo.server.calls('pulls/list-files').map((c) => c.status)).toEqual([502, 200]);
    expect(repo.server.calls('checks/create').map((c) => c.status)).toEqual([500, 201]);
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.checkRuns[0]!.annotations).toHaveLength(2);
    expectOnlyValidRequests(repo);
  });

  it('fails the job, with the report in the job summary, when GitHub keeps refusing the check run', async () => {
    const repo = await startRepo({ files: [CLEAN_FILE] });
    repo.fail('checks/create', serverError(502), serverError(502), serverError(502));
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: REPO_INPUTS });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.conclusion).toBe('success');
    expect(repo.checkRuns).toHaveLength(0);
    expect(run.summary).toContain('The check run could not be written');
    expect(run.summary).toContain('Paved: passed');
    expect(run.stdout).toMatch(/::error::Paved: the report could not be written \(could not create the check run: HTTP 502/);
    expectOnlyValidRequests(repo);
  });

  it('waits out a secondary rate limit and completes', async () => {
    const repo = await startRepo({ files: [CLEAN_FILE] });
    repo.fail('pulls/list-commits', secondaryRateLimit(1));
    repo.fail('checks/create', secondaryRateLimit(1));
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: REPO_INPUTS });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(repo.server.calls('pulls/list-commits').map((c) => c.status)).toEqual([403, 200]);
    expect(repo.server.calls('checks/create').map((c) => c.status)).toEqual([403, 201]);
    expect(repo.checkRuns).toHaveLength(1);
    expectOnlyValidRequests(repo);
  });

  it('updates the existing check on a re-run instead of creating another', async () => {
    const repo = await startRepo({ files: [todoFile('src/a.ts', 3)] });
    const first = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: REPO_INPUTS });
    const second = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: REPO_INPUTS });
    expect([first.exitCode, second.exitCode]).toEqual([1, 1]);
    expect(repo.checkRuns).toHaveLength(1);
    expect(repo.server.calls('checks/create')).toHaveLength(1);
    expect(repo.checkRuns[0]!.annotations).toHaveLength(3);
    expectOnlyValidRequests(repo);
  });

  it('falls back to workflow-command annotations on a fork PR and still fails the job', async () => {
    const repo = await startRepo({ fork: true, checksReadOnly: true, files: [todoFile('src/a,b:c.ts', 14)] });
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: REPO_INPUTS });
    expect(run.exitCode).toBe(1);
    expect(repo.checkRuns).toHaveLength(0);
    const commands = run.stdout.split('\n').filter((line) => line.startsWith('::error file='));
    expect(commands).toHaveLength(10);
    // The file name's comma and colon are escaped so they cannot end the property.
    expect(commands[0]).toMatch(/^::error file=src\/a%2Cb%3Ac\.ts,line=1,title=no-todo%3A TODO left in the change::TODO added to src\/a,b:c\.ts%0A%0AHow to fix: /);
    expect(run.summary).toContain('The check run could not be written');
    expect(run.summary).toContain('Resource not accessible by integration');
    expect(run.summary).toContain('4 more located finding(s)');
    expect(run.outputs.conclusion).toBe('failure');
    expectOnlyValidRequests(repo);
  });

  it('fails closed, with a failed check saying why, when the policy is broken', async () => {
    const repo = await startRepo({ files: [CLEAN_FILE], contents: { [BASE]: { ...BASE_CONTENTS, 'policies/decision.rego': 'package paved.decision\n\ndeny contains x if {\n' } } });
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: REPO_INPUTS });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.conclusion).toBe('failure');
    expect(repo.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(repo.checkRuns[0]!.output.title).toMatch(/Gate error/);
    expect(repo.checkRuns[0]!.output.summary).toContain('The gate could not decide');
    const decision = await decisionOf(run);
    expect(decision.verdict).toBe('error');
    // Named by repository path at the base commit, not by the runner's temp directory.
    expect(decision.error?.message).toContain(`@${BASE.slice(0, 12)}:policies/decision.rego:4`);
    expect(decision.error?.message).not.toContain('paved-base-');
    expectOnlyValidRequests(repo);
  });

  it('reports neutral, loudly, when the policy is broken and fail-open is set', async () => {
    const repo = await startRepo({ files: [CLEAN_FILE], contents: { [BASE]: { ...BASE_CONTENTS, 'policies/decision.rego': 'package paved.decision\n\ndeny contains x if {\n' } } });
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: { ...REPO_INPUTS, 'fail-open': 'true' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.conclusion).toBe('neutral');
    expect(repo.checkRuns[0]).toMatchObject({ conclusion: 'neutral' });
    expect(run.stdout).toMatch(/::warning::Paved FAILED OPEN/);
    expect(run.summary).toContain('Fail-open is on');
  });

  it('fails closed with a failed check when part of the bundle is missing', async () => {
    const copy = await scratch('paved-broken-dist-');
    await cp(join(REPO_ROOT, 'dist/action'), join(copy, 'dist/action'), { recursive: true });
    await writeFile(join(copy, 'package.json'), JSON.stringify({ name: 'paved' }));
    const gateChunk = (await readdir(join(copy, 'dist/action'))).find((f) => f.startsWith('gate-'));
    expect(gateChunk).toBeDefined();
    await rm(join(copy, 'dist/action', gateChunk!));
    const repo = await startRepo({ files: [CLEAN_FILE] });
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: REPO_INPUTS, entry: join(copy, 'dist/action/index.js') });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.conclusion).toBe('failure');
    expect(repo.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
    expect(repo.checkRuns[0]!.output.summary).toContain('Paved failed unexpectedly');
    expect(run.stdout).toMatch(/::error::Paved: the gate could not decide/);
    expectOnlyValidRequests(repo);
  });

  it('runs on a pull_request_review event, whose pull request carries no file or commit counts', async () => {
    const repo = await startRepo({ files: [todoFile('src/a.ts', 1)] });
    const { changed_files: _files, commits: _commits, additions: _additions, deletions: _deletions, ...pullRequest } = repo.event().pull_request;
    const event = { action: 'submitted', review: { id: 80, state: 'approved' }, pull_request: pullRequest, repository: repo.event().repository };
    const run = await runAction({ apiUrl: repo.baseUrl, event, inputs: REPO_INPUTS, extraEnv: { GITHUB_EVENT_NAME: 'pull_request_review' } });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['deny-count']).toBe('1');
    expect(repo.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
    expect((await decisionOf(run)).findings.some((f) => f.rule === 'evidence-truncated')).toBe(false);
    expectOnlyValidRequests(repo);
  });

  it('uses absolute policy paths as given, warning when they point into the checked-out workspace', async () => {
    const workspace = await scratch('paved-workspace-');
    for (const [path, text] of Object.entries(BASE_CONTENTS)) {
      await mkdir(join(workspace, path, '..'), { recursive: true });
      await writeFile(join(workspace, path), text);
    }
    const repo = await startRepo({ files: [todoFile('src/a.ts', 2)], contents: {} });
    const inputs = { policies: join(workspace, 'policies'), rules: join(workspace, 'rules') };
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs, workspace });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['deny-count']).toBe('2');
    expect(run.stdout).toContain('::warning::Paved: `policies` is an absolute path inside the workspace');
    expect(run.stdout).toContain('::warning::Paved: `rules` is an absolute path inside the workspace');
    expect(repo.server.calls('repos/get-content').filter((c) => !c.pathParams.path?.endsWith('paved.yml'))).toEqual([]);
    expectOnlyValidRequests(repo);
  });

  it('reads an OPA bundle (.tar.gz) committed to the repository, byte for byte, at the base commit', async () => {
    const bundle = tarGz([
      { path: '.manifest', content: JSON.stringify({ revision: 'pack-7', roots: ['paved'] }) },
      { path: 'paved/decision.rego', content: STRICT_POLICY },
    ]);
    const repo = await startRepo({ files: [todoFile('src/a.ts', 1)], contents: { [BASE]: { 'gate/bundle.tar.gz': bundle, ...CATALOG } } });
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: { policies: 'gate/bundle.tar.gz', rules: 'rules' } });
    const decision = await decisionOf(run);
    expect(decision.policy).toMatchObject({ revision: 'pack-7', source: `@${BASE.slice(0, 12)}:gate/bundle.tar.gz` });
    expect(decision.policy.digest).toBe(createHash('sha256').update(bundle).digest('hex'));
    expect(run.outputs['deny-count']).toBe('1');
    expectOnlyValidRequests(repo);
  });

  it('verifies the bundle signature with the verification-key input and refuses a tampered bundle', async () => {
    const secret = 'hs256-bundle-secret-for-the-e2e';
    const tree = {
      '.manifest': JSON.stringify({ revision: 'signed-1', roots: ['paved'] }),
      'paved/decision.rego': STRICT_POLICY,
    };
    const signed = { ...tree, [SIGNATURES_FILE]: signaturesFor(tree, { alg: 'HS256', key: secret }) };
    const tampered = { ...signed, 'paved/decision.rego': STRICT_POLICY.replace('deny contains', 'warn contains') };
    const inputs = { policies: 'gate/bundle.tar.gz', rules: 'rules', 'verification-key': secret, 'verification-alg': 'HS256' };

    const good = await startRepo({ files: [todoFile('src/a.ts', 1)], contents: { [BASE]: { 'gate/bundle.tar.gz': tarGz(entriesOf(signed)), ...CATALOG } } });
    const accepted = await runAction({ apiUrl: good.baseUrl, event: good.event(), inputs });
    expect((await decisionOf(accepted)).policy.revision).toBe('signed-1');
    expect(accepted.outputs['deny-count']).toBe('1');

    const bad = await startRepo({ files: [todoFile('src/a.ts', 1)], contents: { [BASE]: { 'gate/bundle.tar.gz': tarGz(entriesOf(tampered)), ...CATALOG } } });
    const refused = await runAction({ apiUrl: bad.baseUrl, event: bad.event(), inputs });
    const decision = await decisionOf(refused);
    expect(decision.verdict).toBe('error');
    expect(decision.error?.code).toBe('policy_load_failed');
    expect(refused.exitCode).not.toBe(0);
    expect(refused.outputs.conclusion).toBe('failure');
    const leaks = (refused.stdout + refused.stderr + accepted.stdout + accepted.stderr).split('\n').filter((line) => line.includes(secret) && !line.startsWith('::add-mask::'));
    expect(leaks).toEqual([]);
  });

  it('judges a PR that edits policies/ by the base policies, not its own', async () => {
    const workspace = await scratch('paved-workspace-');
    await mkdir(join(workspace, 'policies'), { recursive: true });
    await writeFile(join(workspace, 'policies/decision.rego'), PERMISSIVE_POLICY);
    const repo = await startRepo({
      files: [todoFile('src/a.ts', 1), { filename: 'policies/decision.rego', status: 'modified', additions: 3, deletions: 10, patch: '@@ -1,10 +1,3 @@\n+deny := set()' }],
      contents: { [BASE]: BASE_CONTENTS, [HEAD]: { ...BASE_CONTENTS, 'policies/decision.rego': PERMISSIVE_POLICY } },
    });
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: REPO_INPUTS, workspace });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['deny-count']).toBe('1');
    const policyReads = repo.server.calls('repos/get-content').filter((c) => c.pathParams.path?.startsWith('policies'));
    expect(policyReads.length).toBeGreaterThan(0);
    expect(policyReads.every((c) => c.query.ref === BASE)).toBe(true);
    expectOnlyValidRequests(repo);
  });
});

describe('the shipped policy pack', { timeout: 90_000 }, () => {
  it('blocks an AI-assisted change to source without tests when no inputs are given', async () => {
    const repo = await startRepo({
      contents: {},
      commits: [{ sha: HEAD, message: 'Add bulk discounts\n\nCo-authored-by: Claude <noreply@anthropic.com>' }],
      files: [{ filename: 'src/cart/discounts.ts', status: 'added', additions: 3, patch: '@@ -0,0 +1,3 @@\n+export function discount(total: number): number {\n+  return total > 100 ? total * 0.9 : total;\n+}' }],
    });
    const run = await runAction({
      apiUrl: repo.baseUrl,
      event: repo.event(),
      extraEnv: { GITHUB_ACTION_REPOSITORY: 'paved-org/paved', GITHUB_ACTION_REF: 'v1' },
    });
    expect(run.exitCode, run.stdout).toBe(1);
    const decision = await decisionOf(run);
    expect(decision.findings.filter((f) => f.level === 'deny').map((f) => f.rule)).toContain('ai-change-needs-tests');
    expect(decision.policy.source).toBe(join(REPO_ROOT, 'policies'));
    // Relative catalog doc links point into the action's own repository at its ref.
    expect(run.summary).toContain('https://github.com/paved-org/paved/blob/v1/docs/rules.md#ai-change-needs-tests');
    expectOnlyValidRequests(repo);
  });
});

describe('report files', { timeout: 90_000 }, () => {
  it('reads the JUnit report named by the reports glob from the workspace', async () => {
    const workspace = await scratch('paved-workspace-');
    await mkdir(join(workspace, 'reports'), { recursive: true });
    await cp(join(REPO_ROOT, 'fixtures/failing-junit/reports/junit.xml'), join(workspace, 'reports/junit.xml'));
    const repo = await startRepo({ contents: {}, files: [CLEAN_FILE] });
    const run = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), workspace, inputs: { reports: 'reports/*.xml, coverage/lcov.info' } });
    const decision = await decisionOf(run);
    expect(decision.findings.filter((f) => f.level === 'deny').map((f) => f.rule)).toContain('tests-failing');
    expect(run.exitCode).toBe(1);
    expectOnlyValidRequests(repo);
  });
});

describe('a compiled policy.wasm', { timeout: 90_000 }, () => {
  it('is evaluated by the bundled wasm worker, and a wrong policy-sha256 fails closed', async () => {
    const bundle = await scratch('paved-wasm-bundle-');
    await writeFile(join(bundle, 'policy.wasm'), await abiModule({ decisionFromData: true, entrypoints: ['paved/decision'] }));
    await writeFile(join(bundle, 'data.json'), JSON.stringify({ deny: [{ rule: 'no-todo', message: 'from wasm', file: 'src/a.ts', line: 4 }], warn: [] }));
    const catalog = await scratch('paved-rules-');
    for (const [path, text] of Object.entries(CATALOG)) await writeFile(join(catalog, path.replace('rules/', '')), text);
    const repo = await startRepo({ files: [CLEAN_FILE], contents: {} });
    const inputs = { policies: bundle, rules: catalog };
    const pinned = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs });
    const decision = await decisionOf(pinned);
    expect(decision.policy.kind).toBe('wasm');
    expect(decision.findings.map((f) => [f.rule, f.message, f.line])).toEqual([['no-todo', 'from wasm', 4]]);
    expect(pinned.exitCode).toBe(1);

    const again = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: { ...inputs, 'policy-sha256': decision.policy.digest } });
    expect((await decisionOf(again)).verdict).toBe('failure');
    const wrong = await runAction({ apiUrl: repo.baseUrl, event: repo.event(), inputs: { ...inputs, 'policy-sha256': '0'.repeat(64) } });
    expect((await decisionOf(wrong)).verdict).toBe('error');
    expect(repo.checkRuns[0]!.output.title).toMatch(/^Gate error/);
    expect(wrong.exitCode).toBe(1);
    expectOnlyValidRequests(repo);
  });
});

describe('dist/', () => {
  it('is what `npm run build` produces from the current sources', async () => {
    const outdir = await scratch('paved-dist-');
    await buildDist(outdir);
    const committed = join(REPO_ROOT, 'dist');
    const fresh = await listFiles(outdir);
    expect(await listFiles(committed)).toEqual(fresh);
    for (const file of fresh) {
      const same = (await readFile(join(outdir, file))).equals(await readFile(join(committed, file)));
      expect(same, `dist/${file} is stale: run \`npm run build\` and commit dist/`).toBe(true);
    }
  }, 60_000);
});

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}
