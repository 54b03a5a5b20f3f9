/**
 * The one normaliser for GitHub-shaped data: the Action feeds it REST
 * responses, `paved check --fixture` feeds it the same JSON from files.
 * Everything is read through JsonShape, so a malformed response or fixture
 * fails with the document and JSON path at fault.
 */
import type {
  Actor,
  ActorType,
  Change,
  ChangedFile,
  CheckSignal,
  Commit,
  FileStatus,
  GateConfig,
  Person,
  Repository,
  Review,
  ReviewState,
} from '../input/types.js';
import { pathClassifier } from '../input/kinds.js';
import { parsePatch } from './diff.js';
import { JsonShape, type JsonObject } from './shape.js';
import { parseTrailers } from './trailers.js';
import type { NormalisedPullRequest } from './types.js';

/** GitHub stops listing a pull request's files and commits at these counts. */
export const GITHUB_MAX_FILES = 3000;
export const GITHUB_MAX_COMMITS = 250;

/**
 * Exactly the objects the REST API returns (octokit responses are assignable):
 * - event: the `pull_request` webhook payload (GITHUB_EVENT_PATH)
 * - files: GET /repos/{owner}/{repo}/pulls/{n}/files, all pages concatenated
 * - commits: GET /repos/{owner}/{repo}/pulls/{n}/commits, all pages concatenated
 * - reviews: GET /repos/{owner}/{repo}/pulls/{n}/reviews
 * - checkRuns: GET /repos/{owner}/{repo}/commits/{head_sha}/check-runs (the whole object)
 * - statuses: GET /repos/{owner}/{repo}/commits/{head_sha}/statuses (array), or the
 *   combined status object ({ statuses: [...] })
 * - truncated: set by a fetcher that knows it stopped short
 */
export interface GitHubPullRequestData {
  event: unknown;
  files: unknown[];
  commits: unknown[];
  reviews?: unknown[];
  checkRuns?: unknown;
  statuses?: unknown;
  truncated?: { files?: boolean; commits?: boolean };
}

/** Document names used in error messages. */
export interface GitHubDataNames {
  event: string;
  files: string;
  commits: string;
  reviews: string;
  checkRuns: string;
  statuses: string;
}

export const API_NAMES: GitHubDataNames = {
  event: 'the pull_request event payload',
  files: 'GET /pulls/{n}/files',
  commits: 'GET /pulls/{n}/commits',
  reviews: 'GET /pulls/{n}/reviews',
  checkRuns: 'GET /commits/{sha}/check-runs',
  statuses: 'GET /commits/{sha}/statuses',
};

export interface NormaliseOptions {
  config: GateConfig;
  names?: GitHubDataNames;
  /** What to do when a document is malformed. */
  hint?: string;
}

const FILE_STATUSES: readonly FileStatus[] = ['added', 'modified', 'removed', 'renamed', 'copied', 'changed', 'unchanged'];
const REVIEW_STATES: readonly ReviewState[] = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'];
const ACTOR_TYPES: readonly ActorType[] = ['User', 'Bot', 'Organization'];

export function normaliseGitHubData(data: GitHubPullRequestData, options: NormaliseOptions): NormalisedPullRequest {
  const names = options.names ?? API_NAMES;
  const hint = options.hint ?? 'The GitHub API returned an unexpected shape; re-run the job, and report it if it persists.';
  const shape = (doc: keyof GitHubDataNames) => new JsonShape(names[doc], hint);

  const eventShape = shape('event');
  const event = eventShape.object(data.event, '');
  const pr = eventShape.object(event.pull_request, 'pull_request');
  const files = readFiles(shape('files'), data.files, options.config);
  const commitShape = shape('commits');
  const commits = commitShape.array(data.commits, '').map((c, i) => readCommit(commitShape, c, `[${i}]`));
  const reviews = data.reviews === undefined ? [] : readReviews(shape('reviews'), data.reviews);
  const checks = readChecks(shape('checkRuns'), shape('statuses'), data.checkRuns, data.statuses);

  return {
    repository: readRepository(eventShape, event),
    change: readChange(eventShape, pr, files.files, commits.length, data.truncated),
    files: files.files,
    patches: files.patches,
    commits,
    reviews,
    checks,
  };
}

function readRepository(shape: JsonShape, event: JsonObject): Repository {
  const repo = shape.optionalObject(event, 'repository', '');
  if (!repo) return { owner: null, name: null, full_name: null, default_branch: null, private: null };
  const owner = shape.optionalObject(repo, 'owner', 'repository');
  return {
    owner: owner ? shape.optionalString(owner, 'login', 'repository.owner') : null,
    name: shape.optionalString(repo, 'name', 'repository'),
    full_name: shape.optionalString(repo, 'full_name', 'repository'),
    default_branch: shape.optionalString(repo, 'default_branch', 'repository'),
    private: shape.optionalBoolean(repo, 'private', 'repository'),
  };
}

function readActor(shape: JsonShape, user: JsonObject | null, path: string): Actor {
  if (!user) return { login: null, type: 'Unknown' };
  const type = shape.optionalString(user, 'type', path);
  return {
    login: shape.optionalString(user, 'login', path),
    type: ACTOR_TYPES.includes(type as ActorType) ? (type as ActorType) : 'Unknown',
  };
}

function readChange(
  shape: JsonShape,
  pr: JsonObject,
  files: ChangedFile[],
  commitCount: number,
  truncated: GitHubPullRequestData['truncated'],
): Change {
  const base = shape.object(pr.base, 'pull_request.base');
  const head = shape.object(pr.head, 'pull_request.head');
  const baseRepo = shape.optionalObject(base, 'repo', 'pull_request.base');
  const headRepo = shape.optionalObject(head, 'repo', 'pull_request.head');
  const baseFullName = baseRepo ? shape.optionalString(baseRepo, 'full_name', 'pull_request.base.repo') : null;
  const headFullName = headRepo ? shape.optionalString(headRepo, 'full_name', 'pull_request.head.repo') : null;
  const listedAdditions = files.reduce((sum, f) => sum + f.additions, 0);
  const listedDeletions = files.reduce((sum, f) => sum + f.deletions, 0);
  const stats = {
    files: shape.optionalNumber(pr, 'changed_files', 'pull_request') ?? files.length,
    additions: shape.optionalNumber(pr, 'additions', 'pull_request') ?? listedAdditions,
    deletions: shape.optionalNumber(pr, 'deletions', 'pull_request') ?? listedDeletions,
    commits: shape.optionalNumber(pr, 'commits', 'pull_request') ?? commitCount,
  };
  const labels = shape.array(pr.labels ?? [], 'pull_request.labels').map((label, i) =>
    shape.string(shape.object(label, `pull_request.labels[${i}]`), 'name', `pull_request.labels[${i}]`),
  );
  return {
    number: shape.number(pr, 'number', 'pull_request'),
    title: shape.optionalString(pr, 'title', 'pull_request') ?? '',
    body: shape.optionalString(pr, 'body', 'pull_request') ?? '',
    draft: shape.optionalBoolean(pr, 'draft', 'pull_request') ?? false,
    url: shape.optionalString(pr, 'html_url', 'pull_request'),
    author: readActor(shape, shape.optionalObject(pr, 'user', 'pull_request'), 'pull_request.user'),
    labels,
    base: { ref: shape.string(base, 'ref', 'pull_request.base'), sha: shape.string(base, 'sha', 'pull_request.base') },
    head: {
      ref: shape.string(head, 'ref', 'pull_request.head'),
      sha: shape.string(head, 'sha', 'pull_request.head'),
      repo_full_name: headFullName,
    },
    // A deleted head repository (null) cannot be shown to be the base: treat it as a fork.
    fork: headFullName === null || headFullName !== baseFullName,
    stats,
    truncated: {
      files: Boolean(truncated?.files) || files.length >= GITHUB_MAX_FILES || stats.files > files.length,
      commits: Boolean(truncated?.commits) || commitCount >= GITHUB_MAX_COMMITS || stats.commits > commitCount,
      patches: files.some((f) => !f.patch_available && !f.binary && f.additions + f.deletions > 0),
    },
  };
}

function readFiles(shape: JsonShape, value: unknown[], config: GateConfig): { files: ChangedFile[]; patches: Map<string, string> } {
  const classifier = pathClassifier(config);
  const patches = new Map<string, string>();
  const files = shape.array(value, '').map((item, i): ChangedFile => {
    const path = `[${i}]`;
    const file = shape.object(item, path);
    const filename = shape.string(file, 'filename', path);
    const status = shape.oneOf(file, 'status', path, FILE_STATUSES);
    const additions = shape.number(file, 'additions', path);
    const deletions = shape.number(file, 'deletions', path);
    const patch = shape.optionalString(file, 'patch', path);
    const parsed = patch === null ? null : parsePatch(patch);
    if (patch !== null) patches.set(filename, patch);
    const noLines = additions === 0 && deletions === 0;
    // GitHub gives a binary file no patch and no line counts. An empty text file looks the same, so a
    // file named like text is not called binary; a pure rename has no lines either way.
    const binary = parsed?.binary ?? (noLines && status !== 'renamed' && status !== 'unchanged' && !namedLikeText(filename));
    return {
      path: filename,
      previous_path: shape.optionalString(file, 'previous_filename', path),
      status,
      additions,
      deletions,
      binary,
      // A text file without changed lines (a pure rename) lacks nothing: only a missing patch with lines is unavailable.
      patch_available: patch !== null || (noLines && !binary),
      ...classifier.classify(filename),
      added_lines: parsed?.added_lines ?? [],
    };
  });
  return { files, patches };
}

const TEXT_NAME = new RegExp(
  '(^|/)(\\.gitkeep|\\.keep|\\.nojekyll|\\.gitignore|\\.gitattributes|Makefile|Dockerfile|LICENSE|README)$' +
    '|\\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py|pyi|go|rs|java|kt|kts|scala|rb|php|cs|swift|c|h|cc|cpp|hpp|sh|bash|sql|rego|tf|hcl' +
    '|md|mdx|rst|txt|adoc|json|jsonc|yml|yaml|toml|ini|cfg|conf|properties|xml|html|htm|css|scss|less|csv|tsv|lock|env)$',
  'i',
);

/** Whether a path is named like a text file: then "no patch, no lines" means empty, not binary. */
function namedLikeText(path: string): boolean {
  return TEXT_NAME.test(path);
}

function readPerson(shape: JsonShape, person: JsonObject | null, account: JsonObject | null, path: string): Person {
  return {
    name: person ? shape.optionalString(person, 'name', path) : null,
    email: person ? shape.optionalString(person, 'email', path) : null,
    login: account ? shape.optionalString(account, 'login', path) : null,
    date: person ? shape.optionalString(person, 'date', path) : null,
  };
}

function readCommit(shape: JsonShape, item: unknown, path: string): Commit {
  const entry = shape.object(item, path);
  const commit = shape.object(entry.commit, `${path}.commit`);
  const message = shape.string(commit, 'message', `${path}.commit`);
  const verification = shape.optionalObject(commit, 'verification', `${path}.commit`);
  return {
    sha: shape.string(entry, 'sha', path),
    message,
    subject: message.split('\n', 1)[0]!.trim(),
    trailers: parseTrailers(message),
    author: readPerson(shape, shape.optionalObject(commit, 'author', `${path}.commit`), shape.optionalObject(entry, 'author', path), `${path}.commit.author`),
    committer: readPerson(shape, shape.optionalObject(commit, 'committer', `${path}.commit`), shape.optionalObject(entry, 'committer', path), `${path}.commit.committer`),
    verified: verification ? shape.optionalBoolean(verification, 'verified', `${path}.commit.verification`) : null,
    parents: shape.array(entry.parents ?? [], `${path}.parents`).length,
  };
}

function readReviews(shape: JsonShape, value: unknown[]): Review[] {
  return shape.array(value, '').map((item, i) => {
    const path = `[${i}]`;
    const review = shape.object(item, path);
    return {
      id: shape.number(review, 'id', path),
      user: readActor(shape, shape.optionalObject(review, 'user', path), `${path}.user`),
      state: shape.oneOf(review, 'state', path, REVIEW_STATES),
      body: shape.optionalString(review, 'body', path) ?? '',
      author_association: shape.optionalString(review, 'author_association', path) ?? 'NONE',
      submitted_at: shape.optionalString(review, 'submitted_at', path),
      commit_id: shape.optionalString(review, 'commit_id', path),
    };
  });
}

function readChecks(
  runShape: JsonShape,
  statusShape: JsonShape,
  checkRuns: unknown,
  statuses: unknown,
): NormalisedPullRequest['checks'] {
  if (checkRuns === undefined && statuses === undefined) return null;
  const runs: CheckSignal[] = [];
  if (checkRuns !== undefined) {
    const list = runShape.array(runShape.object(checkRuns, '').check_runs, 'check_runs');
    list.forEach((item, i) => {
      const path = `check_runs[${i}]`;
      const run = runShape.object(item, path);
      runs.push({
        name: runShape.string(run, 'name', path),
        source: 'check-run',
        status: runShape.string(run, 'status', path),
        conclusion: runShape.optionalString(run, 'conclusion', path),
        url: runShape.optionalString(run, 'html_url', path) ?? runShape.optionalString(run, 'details_url', path),
      });
    });
  }
  if (statuses !== undefined) runs.push(...readStatuses(statusShape, statuses));
  return { evaluated: true, reason: null, runs };
}

/** Commit statuses, newest first as GitHub lists them: only the latest per context counts. */
function readStatuses(shape: JsonShape, value: unknown): CheckSignal[] {
  const list = Array.isArray(value) ? value : shape.array(shape.object(value, '').statuses, 'statuses');
  const latest = new Map<string, CheckSignal>();
  list.forEach((item, i) => {
    const path = `[${i}]`;
    const status = shape.object(item, path);
    const context = shape.string(status, 'context', path);
    const state = shape.oneOf(status, 'state', path, ['error', 'failure', 'pending', 'success'] as const);
    if (latest.has(context)) return;
    latest.set(context, {
      name: context,
      source: 'status',
      status: state === 'pending' ? 'pending' : 'completed',
      conclusion: state === 'pending' ? null : state,
      url: shape.optionalString(status, 'target_url', path),
    });
  });
  return [...latest.values()];
}
