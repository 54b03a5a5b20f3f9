/**
 * Everything the normaliser needs about one pull request, fetched over REST
 * exactly as GitHub returns it: files, commits, reviews, the head SHA's check
 * runs and statuses, and (optionally) code-scanning alerts. The pull request
 * itself comes from the event payload, which is the same object as
 * GET /pulls/{n}.
 */
import { GateError } from '../../errors.js';
import { httpStatus, type GitHubClient } from './client.js';

/** GitHub lists at most this many files / commits of a pull request. */
export const GITHUB_MAX_PR_FILES = 3000;
export const GITHUB_MAX_PR_COMMITS = 250;

export interface RepoRef {
  owner: string;
  repo: string;
}

export type CodeScanningResult =
  | { evaluated: true; reason: null; alerts: unknown[] }
  | { evaluated: false; reason: string; alerts: [] };

export interface FetchedPullRequest {
  /** The pull_request webhook payload. */
  event: Record<string, unknown>;
  files: unknown[];
  commits: unknown[];
  reviews: unknown[];
  /** The object GET commits/{sha}/check-runs returns ({ total_count, check_runs }). */
  checkRuns: { total_count: number; check_runs: unknown[] };
  statuses: unknown[];
  truncated: { files: boolean; commits: boolean };
  codeScanning: CodeScanningResult | null;
}

export interface PullRequestCoordinates extends RepoRef {
  number: number;
  headSha: string;
  baseSha: string;
  /** The PR's own counts; null when the payload lacks them. */
  changedFiles: number | null;
  commitCount: number | null;
}

/** Reads owner/repo/number/head from a pull_request event payload, or says what is wrong with it. */
export function pullRequestCoordinates(event: Record<string, unknown>): PullRequestCoordinates {
  const pr = event.pull_request as Record<string, unknown> | undefined;
  const base = pr?.base as { repo?: { name?: unknown; owner?: { login?: unknown } } } | undefined;
  const head = pr?.head as { sha?: unknown } | undefined;
  const baseSha = (pr?.base as { sha?: unknown } | undefined)?.sha;
  const owner = base?.repo?.owner?.login;
  const repo = base?.repo?.name;
  if (!pr || typeof pr.number !== 'number' || typeof head?.sha !== 'string' || typeof baseSha !== 'string' || typeof owner !== 'string' || typeof repo !== 'string') {
    throw new GateError(
      'collect_failed',
      'the event payload has no pull request (pull_request.number, head.sha, base.sha and base.repo are required)',
      'run Paved on `pull_request`, `pull_request_target` or `pull_request_review` events. In a merge queue, skip the Paved step on `merge_group` (the pull request was gated before it was queued); elsewhere use `npx paved check` against a local change',
    );
  }
  return {
    owner,
    repo,
    number: pr.number,
    headSha: head.sha,
    baseSha,
    changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : null,
    commitCount: typeof pr.commits === 'number' ? pr.commits : null,
  };
}

export interface FetchOptions {
  codeScanning: boolean;
  /** Paved's own check-run name: an earlier run of the gate is not evidence about the change. */
  ownCheckName?: string;
}

export async function fetchPullRequest(client: GitHubClient, event: Record<string, unknown>, options: FetchOptions): Promise<FetchedPullRequest> {
  const pr = pullRequestCoordinates(event);
  const target = { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 };
  const atHead = { owner: pr.owner, repo: pr.repo, ref: pr.headSha, per_page: 100 };
  const [files, commits, reviews, checkRuns, statuses, codeScanning] = await Promise.all([
    collecting('the changed files', client.paginate(client.rest.pulls.listFiles, target)),
    collecting('the commits', client.paginate(client.rest.pulls.listCommits, target)),
    collecting('the reviews', client.paginate(client.rest.pulls.listReviews, target)),
    collecting('the check runs of the head commit', client.paginate(client.rest.checks.listForRef, atHead)),
    collecting('the commit statuses of the head commit', client.paginate(client.rest.repos.listCommitStatusesForRef, atHead)),
    options.codeScanning ? fetchCodeScanningAlerts(client, pr) : Promise.resolve(null),
  ]);
  return {
    event,
    files,
    commits,
    reviews,
    checkRuns: withoutOwnRun(checkRuns, options.ownCheckName),
    statuses,
    // GitHub stops listing at its limits without an error; only the PR's own counts tell.
    truncated: {
      files: listedShort(files.length, pr.changedFiles, GITHUB_MAX_PR_FILES),
      commits: listedShort(commits.length, pr.commitCount, GITHUB_MAX_PR_COMMITS),
    },
    codeScanning,
  };
}

function withoutOwnRun(runs: { name: string }[], ownName: string | undefined): FetchedPullRequest['checkRuns'] {
  const others = runs.filter((run) => run.name !== ownName);
  return { total_count: others.length, check_runs: others };
}

/** Fewer items listed than the PR counts, or (count unknown) the list hit GitHub's cap. */
function listedShort(listed: number, counted: number | null, cap: number): boolean {
  return counted === null ? listed >= cap : listed < counted;
}

async function collecting<T>(what: string, request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    throw new GateError(
      'collect_failed',
      `could not read ${what} of the pull request from GitHub: ${describeRequestError(error)}`,
      'check that the workflow grants `pull-requests: read`, `contents: read` and `checks: read`; a 5xx from GitHub was already retried',
      undefined,
      { cause: error },
    );
  }
}

/** Open alerts on the PR's merge ref; 403/404 mean "not available here", never a crash. */
async function fetchCodeScanningAlerts(client: GitHubClient, pr: PullRequestCoordinates): Promise<CodeScanningResult> {
  try {
    const alerts = await client.paginate(client.rest.codeScanning.listAlertsForRepo, {
      owner: pr.owner,
      repo: pr.repo,
      ref: `refs/pull/${pr.number}/merge`,
      state: 'open',
      per_page: 100,
    });
    return { evaluated: true, reason: null, alerts };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403) {
      return { evaluated: false, reason: `code scanning alerts are not readable (HTTP 403: ${describeRequestError(error)}); grant \`security-events: read\` or enable code scanning`, alerts: [] };
    }
    if (status === 404) {
      return { evaluated: false, reason: 'no code scanning analysis exists for this pull request (HTTP 404)', alerts: [] };
    }
    throw new GateError('collect_failed', `could not read code scanning alerts: ${describeRequestError(error)}`, 'retry the job; set `code-scanning: false` to skip this signal', undefined, { cause: error });
  }
}

/** Status and GitHub's message, never headers (they would carry the token). */
export function describeRequestError(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  return status === null ? message : `HTTP ${status}: ${message}`;
}
