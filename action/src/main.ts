/**
 * The GitHub Action: inputs → collect over REST → runGate → check run, job
 * summary, outputs. The only module (with index.ts) that reads process.env or
 * @actions/core; everything it calls takes plain values.
 *
 * Fails closed: a blocked change, a gate error or any exception fails the job
 * (and, when the token can write it, the check run says why). `fail-open`
 * turns gate errors into a loud neutral result, never a blocked change into a
 * pass.
 */
import * as core from '@actions/core';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { baseMirror, resolveArtifact, readBaseConfig, type BaseConfig, type BaseSide } from './collect/github/base-side.js';
import { createGitHubClient, type GitHubClient } from './collect/github/client.js';
import { codeScanningFindings } from './collect/github/code-scanning.js';
import { readFileAt } from './collect/github/contents.js';
import { fetchPullRequest, pullRequestCoordinates, type FetchedPullRequest, type PullRequestCoordinates } from './collect/github/fetch.js';
import { DECISION_SCHEMA, type Decision } from './decide/types.js';
import { GateError } from './errors.js';
import { failedCheckJobSummary, publishGitHubReport, type GitHubReport } from './report/github/publish.js';
import { formatWorkflowCommand } from './report/github/workflow-commands.js';
import { parseVerificationKey, type VerificationKey } from './wasm/signatures.js';

interface Settings {
  token: string;
  checkName: string;
  failOpen: boolean;
  maxAnnotations: number;
  policies: string;
  rules: string;
  config: string;
  reports: string[];
  policySha256: string | undefined;
  verificationKey: VerificationKey | undefined;
  codeScanning: boolean;
  eventPath: string;
  apiUrl: string;
  workspace: string;
  scratchDir: string;
  runUrl: string | undefined;
  /** Where the shipped pack's relative rule-doc links point (the action's own repository at its ref). */
  actionDocsBase: string | undefined;
  serverUrl: string;
}

const MAX_ANNOTATIONS_LIMIT = 1000;

export async function run(): Promise<void> {
  let settings: Settings;
  try {
    settings = readSettings();
  } catch (error) {
    core.setFailed(`Paved: ${describe(error)}`);
    return;
  }
  core.setSecret(settings.token);
  warnIfFromWorkspace(settings);
  const client = createGitHubClient({ token: settings.token, baseUrl: settings.apiUrl, log: (m) => core.info(m) });
  let pr: PullRequestCoordinates;
  let event: Record<string, unknown>;
  try {
    event = JSON.parse(await readFile(settings.eventPath, 'utf8')) as Record<string, unknown>;
    pr = pullRequestCoordinates(event);
  } catch (error) {
    // No pull request, so no head SHA to put a check on: the failed job is the report.
    core.setFailed(`Paved: ${describe(error)}`);
    return;
  }
  try {
    const decision = await evaluate(client, settings, event, pr);
    await report(client, settings, pr, decision);
  } catch (error) {
    // evaluate() and report() handle their own failures: this is a bug or a broken installation
    // (e.g. a missing chunk of the bundle). Still fail closed, with a check that says so when writable.
    core.error(`Paved failed unexpectedly: ${describe(error)}`);
    try {
      await report(client, settings, pr, crashDecision(error, pr, settings.failOpen));
    } catch (reportError) {
      core.setFailed(`Paved failed unexpectedly and did not evaluate the change: ${describe(error)} (the report failed too: ${describe(reportError)})`);
    }
  }
}

/** Built without the lazily loaded decide module, which may be what failed to load. */
function crashDecision(error: unknown, pr: PullRequestCoordinates, failOpen: boolean): Decision {
  return {
    schema: DECISION_SCHEMA,
    verdict: failOpen ? 'neutral' : 'error',
    counts: { deny: 0, warn: 0, waived: 0 },
    findings: [],
    evaluated_rules: [],
    input_digest: '',
    policy: { kind: 'unknown', source: 'not loaded', revision: null, digest: '', entrypoint: 'paved/decision' },
    timings_ms: { collect: 0, evaluate: 0, report: 0, total: 0 },
    error: {
      code: error instanceof GateError ? error.code : 'internal_error',
      message: `Paved failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
      hint: 'Re-run the job. If it fails again, the action installation is broken or this is a bug: pin a released version and report it with this message.',
    },
    fail_open: failOpen,
    change: { repository: `${pr.owner}/${pr.repo}`, number: pr.number, head_sha: pr.headSha, title: '' },
  };
}

function readSettings(): Settings {
  const env = process.env;
  const maxAnnotations = Number(core.getInput('max-annotations') || '50');
  if (!Number.isInteger(maxAnnotations) || maxAnnotations < 0 || maxAnnotations > MAX_ANNOTATIONS_LIMIT) {
    throw new GateError('usage', `max-annotations must be a whole number from 0 to ${MAX_ANNOTATIONS_LIMIT}, got "${core.getInput('max-annotations')}"`);
  }
  const token = core.getInput('token');
  if (token === '') throw new GateError('usage', 'the token input is empty', 'leave `token` unset to use ${{ github.token }}, or pass a token with checks: write');
  const eventPath = env.GITHUB_EVENT_PATH;
  if (!eventPath) throw new GateError('usage', 'GITHUB_EVENT_PATH is not set: this is not a GitHub Actions run', 'run `npx paved check` outside GitHub Actions');
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const actionDocsBase = env.GITHUB_ACTION_REPOSITORY && env.GITHUB_ACTION_REF ? `${serverUrl}/${env.GITHUB_ACTION_REPOSITORY}/blob/${env.GITHUB_ACTION_REF}/` : undefined;
  const sha = core.getInput('policy-sha256');
  return {
    token,
    checkName: core.getInput('check-name') || 'Paved',
    failOpen: core.getInput('fail-open') === '' ? false : core.getBooleanInput('fail-open'),
    maxAnnotations,
    policies: core.getInput('policies'),
    rules: core.getInput('rules'),
    config: core.getInput('config'),
    reports: core
      .getMultilineInput('reports')
      .flatMap((line) => line.split(','))
      .map((glob) => glob.trim())
      .filter((glob) => glob !== ''),
    policySha256: sha === '' ? undefined : sha,
    verificationKey: readVerificationKey(),
    codeScanning: core.getInput('code-scanning') === '' ? true : core.getBooleanInput('code-scanning'),
    eventPath,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    scratchDir: env.RUNNER_TEMP ?? tmpdir(),
    runUrl,
    actionDocsBase,
    serverUrl,
  };
}

/**
 * The bundle signature key (PEM public key, or the HS256 secret) comes from an
 * input fed by a secret; it is registered as a secret before anything can log it,
 * and a bad key is a usage error naming the input, never its content.
 */
function readVerificationKey(): VerificationKey | undefined {
  const key = core.getInput('verification-key', { trimWhitespace: false });
  if (key.trim() === '') return undefined;
  core.setSecret(key);
  const keyId = core.getInput('verification-key-id');
  const scope = core.getInput('verification-scope');
  try {
    return parseVerificationKey({ alg: core.getInput('verification-alg') || 'RS256', key, ...(keyId ? { keyId } : {}), ...(scope ? { scope } : {}) });
  } catch (error) {
    if (!(error instanceof GateError)) throw error;
    throw new GateError('usage', `verification-key: ${error.message}`, error.hint ?? 'Check the verification-key and verification-alg inputs.');
  }
}

/**
 * Never throws: every failure is an error (or fail-open neutral) decision.
 * Start-up matters on every PR, so the REST reads start first and the engine
 * (the bulk of the bundle) is loaded while they are in flight.
 */
async function evaluate(client: GitHubClient, settings: Settings, event: Record<string, unknown>, pr: PullRequestCoordinates): Promise<Decision> {
  const base: BaseSide = { client, repo: { owner: pr.owner, repo: pr.repo }, baseSha: pr.baseSha, scratchDir: settings.scratchDir };
  const started = performance.now();
  const fetched = inFlight(fetchPullRequest(client, event, { codeScanning: settings.codeScanning, ownCheckName: settings.checkName }));
  const config = inFlight(readBaseConfig(base, settings.config));
  const policies = inFlight(fromBaseUnlessEmpty(base, settings.policies, 'policies'));
  const rules = inFlight(fromBaseUnlessEmpty(base, settings.rules, 'rules'));
  const [{ runGate, DEFAULT_ENTRYPOINT, DEFAULT_POLICY_DIR, DEFAULT_RULES_DIR }, { errorDecision }] = await Promise.all([
    import('./gate.js'),
    import('./decide/index.js'),
  ]);
  let policySource = settings.policies || DEFAULT_POLICY_DIR;
  try {
    policySource = (await policies) ?? DEFAULT_POLICY_DIR;
    const { decision } = await runGate({
      policies: policySource,
      rulesDir: (await rules) ?? DEFAULT_RULES_DIR,
      failOpen: settings.failOpen,
      ...(settings.policySha256 ? { policySha256: settings.policySha256 } : {}),
      ...(settings.verificationKey ? { verificationKey: settings.verificationKey } : {}),
      collect: async () => collectFromGitHub(client, settings, base, pr, await fetched, await config),
    });
    return withRepositoryPaths(decision, baseMirror(base), pr.baseSha);
  } catch (error) {
    const elapsed = Math.round(performance.now() - started);
    const decision = errorDecision({
      error,
      entrypoint: DEFAULT_ENTRYPOINT,
      input: null,
      policy: null,
      policySource,
      timings: { collect: elapsed, evaluate: 0, report: 0, total: elapsed },
      failOpen: settings.failOpen,
    });
    return withRepositoryPaths(decision, baseMirror(base), pr.baseSha);
  }
}

/** A promise awaited later: mark it handled now so an early rejection is not an unhandled one (it still throws when awaited). */
function inFlight<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** null: use the shipped default (known once the engine module is loaded). */
async function fromBaseUnlessEmpty(base: BaseSide, input: string, what: 'policies' | 'rules'): Promise<string | null> {
  return input === '' ? null : resolveArtifact(base, input, what);
}

/** Policies read at the base commit live in a temp mirror; the report names them by repository path. */
function withRepositoryPaths(decision: Decision, mirror: string, baseSha: string): Decision {
  const prefix = `${mirror}/`;
  const label = `@${baseSha.slice(0, 12)}:`;
  const relabel = (text: string) => text.split(prefix).join(label);
  const error = decision.error && {
    ...decision.error,
    message: relabel(decision.error.message),
    ...(decision.error.location ? { location: { ...decision.error.location, file: relabel(decision.error.location.file) } } : {}),
  };
  return { ...decision, error, policy: { ...decision.policy, source: relabel(decision.policy.source) } };
}

async function collectFromGitHub(client: GitHubClient, settings: Settings, base: BaseSide, pr: PullRequestCoordinates, data: FetchedPullRequest, config: BaseConfig) {
  // The gate validates the document right before evaluating it; validating here too would cost a second pass.
  const { collectUnvalidatedInput } = await import('./collect/index.js');
  const shaFor = { base: base.baseSha, head: pr.headSha };
  return collectUnvalidatedInput(
    {
      kind: 'github',
      data,
      readFile: (side, path) => readFileAt(client, base.repo, shaFor[side], path),
      ...(data.codeScanning ? { codeScanning: codeScanningFindings(data.codeScanning, data.files) } : {}),
      ...(config.text !== undefined ? { config: config.text, configOrigin: config.origin } : {}),
    },
    { reportGlobs: settings.reports, reportRoot: settings.workspace },
  );
}

async function report(client: GitHubClient, settings: Settings, pr: PullRequestCoordinates, decision: Decision): Promise<void> {
  const decisionFile = await writeDecisionFile(settings.scratchDir, decision);
  core.setOutput('conclusion', decision.verdict === 'error' ? 'failure' : decision.verdict);
  core.setOutput('deny-count', String(decision.counts.deny));
  core.setOutput('warn-count', String(decision.counts.warn));
  core.setOutput('decision-file', decisionFile);
  let published: GitHubReport | null = null;
  let reportError: unknown = null;
  try {
    published = await publishGitHubReport(client, decision, {
      target: { owner: pr.owner, repo: pr.repo, headSha: pr.headSha, name: settings.checkName, ...(settings.runUrl ? { detailsUrl: settings.runUrl } : {}) },
      maxAnnotations: settings.maxAnnotations,
      ...docsBase(settings, pr),
      write: { log: (m) => core.info(m) },
    });
    for (const annotation of published.workflowAnnotations) process.stdout.write(`${formatWorkflowCommand(annotation)}\n`);
    if (published.checkRunError) core.warning(`Paved: ${published.checkRunError} Findings are reported as workflow annotations and in the job summary.`);
    await writeJobSummary(published.jobSummary);
  } catch (error) {
    reportError = error;
    core.error(`Paved could not write its report: ${describe(error)}`);
    await writeJobSummary(failedCheckJobSummary(decision, describe(error))).catch(() => undefined);
  }
  concludeJob(settings, decision, published, reportError);
}

/**
 * An absolute path is used as is. Inside the workspace it is whatever was
 * checked out, which on `pull_request` is the PR's own merge commit: allowed
 * (a pull_request_target job may check out the base), but said loudly.
 */
function warnIfFromWorkspace(settings: Settings): void {
  for (const [input, value] of [['policies', settings.policies], ['rules', settings.rules]] as const) {
    const inside = relative(settings.workspace, value);
    if (isAbsolute(value) && inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) {
      core.warning(`Paved: \`${input}\` is an absolute path inside the workspace, so it is read from the checked-out commit. On pull_request that is the pull request's own version, which it can weaken. Give a repository path instead (read at the base commit) unless this job checks out the base branch.`);
    }
  }
}

/** Catalog doc links are repository-relative: the action's repository for the shipped catalog, the base commit for a repository's own. */
function docsBase(settings: Settings, pr: PullRequestCoordinates): { docsBaseUrl?: string } {
  if (settings.rules === '') return settings.actionDocsBase ? { docsBaseUrl: settings.actionDocsBase } : {};
  return { docsBaseUrl: `${settings.serverUrl}/${pr.owner}/${pr.repo}/blob/${pr.baseSha}/` };
}

function concludeJob(settings: Settings, decision: Decision, published: GitHubReport | null, reportError: unknown): void {
  const where = published?.checkRun?.url ? ` See ${published.checkRun.url}` : ' See the job summary.';
  switch (decision.verdict) {
    case 'success':
      core.info(`Paved: passed (${decision.counts.warn} warning(s)).${where}`);
      break;
    case 'failure':
      core.setFailed(`Paved: blocked by ${decision.counts.deny} finding(s).${where}`);
      return;
    case 'error':
      core.setFailed(`Paved: the gate could not decide (${decision.error?.code}: ${decision.error?.message}). Failing closed.${where}`);
      return;
    case 'neutral':
      core.warning(`Paved FAILED OPEN: the gate could not decide (${decision.error?.code}: ${decision.error?.message}) and fail-open is set, so this change was NOT checked.${where}`);
      break;
  }
  if (reportError !== null) {
    const message = `Paved: the report could not be written (${describe(reportError)}).`;
    if (settings.failOpen) core.warning(`${message} fail-open is set, so the job is not failed.`);
    else core.setFailed(`${message} Failing closed: re-run the job.`);
  }
}

async function writeDecisionFile(dir: string, decision: Decision): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `paved-decision-${decision.change.head_sha.slice(0, 12) || 'unknown'}.json`);
  await writeFile(file, `${JSON.stringify(decision, null, 2)}\n`);
  return file;
}

async function writeJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

/** GateError message and hint; never a token (only messages from our code and GitHub's error text). */
function describe(error: unknown): string {
  if (error instanceof GateError) return error.hint ? `${error.message}. ${error.hint}` : error.message;
  return error instanceof Error ? error.message : String(error);
}
