/**
 * A simulated repository with one pull request behind the loopback server:
 * responses start from GitHub's own example objects (from the REST
 * description) with the scenario's values written in, lists are paged and
 * capped the way GitHub caps them, check runs are stored so a re-run can find
 * them, and faults (5xx, rate limits, 403) can be queued per operation.
 */
import { afterEach, beforeAll } from 'vitest';
import { LoopbackGitHub, paginate, type HandledRequest, type Handler, type Reply } from './loopback-github.js';
import { GitHubRestDescription } from './openapi.js';

type Obj = Record<string, any>;

export interface FakeFile {
  filename: string;
  status?: 'added' | 'modified' | 'removed' | 'renamed';
  additions?: number;
  deletions?: number;
  patch?: string;
}

export interface FakeCommit {
  sha: string;
  message: string;
  authorName?: string;
  authorEmail?: string;
  authorLogin?: string | null;
}

export interface FakeRepositoryOptions {
  owner?: string;
  repo?: string;
  number?: number;
  baseSha?: string;
  headSha?: string;
  title?: string;
  body?: string;
  author?: { login: string; type: 'User' | 'Bot' };
  labels?: string[];
  /** Head repository differs from the base (a fork). */
  fork?: boolean;
  files?: FakeFile[];
  commits?: FakeCommit[];
  reviews?: Obj[];
  /** Repository contents per commit SHA: path → text or bytes. */
  contents?: Record<string, Record<string, string | Uint8Array>>;
  /** How code-scanning answers: alerts, or 403 / 404. */
  codeScanning?: Obj[] | 403 | 404;
  /** The token cannot write checks (fork PR): create/update answer 403. */
  checksReadOnly?: boolean;
}

export interface StoredCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Obj[];
  details_url: string | null;
}

const MAX_FILES = 3000;
const MAX_COMMITS = 250;

export class FakeGitHub {
  readonly description: GitHubRestDescription;
  readonly server: LoopbackGitHub;
  readonly checkRuns: StoredCheckRun[] = [];
  /** Replies served instead of the normal answer, consumed in order, per operationId. */
  readonly faults = new Map<string, Reply[]>();
  private nextCheckRunId = 1000;

  constructor(
    readonly options: Required<Omit<FakeRepositoryOptions, 'codeScanning'>> & { codeScanning: FakeRepositoryOptions['codeScanning'] },
    description: GitHubRestDescription,
  ) {
    this.description = description;
    this.server = new LoopbackGitHub(description, this.handlers());
  }

  static async start(options: FakeRepositoryOptions = {}, description = new GitHubRestDescription()): Promise<FakeGitHub> {
    const fake = new FakeGitHub(
      {
        owner: 'octo-org',
        repo: 'widgets',
        number: 42,
        baseSha: 'b'.repeat(40),
        headSha: 'c'.repeat(40),
        title: 'Add widget export',
        body: '',
        author: { login: 'dev-person', type: 'User' },
        labels: [],
        fork: false,
        files: [],
        commits: [{ sha: 'c'.repeat(40), message: 'Add widget export' }],
        reviews: [],
        contents: {},
        checksReadOnly: false,
        ...options,
        codeScanning: options.codeScanning,
      },
      description,
    );
    await fake.server.start();
    return fake;
  }

  get baseUrl(): string {
    return this.server.baseUrl;
  }

  async close(): Promise<void> {
    await this.server.close();
  }

  fail(operationId: string, ...replies: Reply[]): void {
    this.faults.set(operationId, [...(this.faults.get(operationId) ?? []), ...replies]);
  }

  /** The pull_request webhook payload (GITHUB_EVENT_PATH). */
  event(): Obj {
    const o = this.options;
    const pr = this.description.example<Obj>('pulls/get');
    const baseRepo = { ...pr.base.repo, name: o.repo, full_name: `${o.owner}/${o.repo}`, owner: { ...pr.base.repo.owner, login: o.owner }, default_branch: 'main', private: false };
    const headRepo = o.fork ? { ...baseRepo, name: o.repo, full_name: `contributor/${o.repo}`, owner: { ...pr.head.repo.owner, login: 'contributor' }, fork: true } : baseRepo;
    Object.assign(pr, {
      number: o.number,
      title: o.title,
      body: o.body,
      draft: false,
      user: { ...pr.user, login: o.author.login, type: o.author.type },
      labels: o.labels.map((name, i) => ({ ...pr.labels[0], id: i + 1, name })),
      html_url: `https://github.com/${o.owner}/${o.repo}/pull/${o.number}`,
      head: { ...pr.head, ref: 'feature', sha: o.headSha, repo: headRepo, label: `${headRepo.owner.login}:feature` },
      base: { ...pr.base, ref: 'main', sha: o.baseSha, repo: baseRepo, label: `${o.owner}:main` },
      changed_files: o.files.length,
      commits: o.commits.length,
      additions: o.files.reduce((n, f) => n + (f.additions ?? 0), 0),
      deletions: o.files.reduce((n, f) => n + (f.deletions ?? 0), 0),
    });
    return { action: 'synchronize', number: o.number, pull_request: pr, repository: baseRepo, sender: pr.user };
  }

  private handlers(): Record<string, Handler> {
    const handlers: Record<string, Handler> = {
      'pulls/list-files': (r) => paginate(this.files(), r),
      'pulls/list-commits': (r) => paginate(this.commits(), r),
      'pulls/list-reviews': (r) => paginate(this.options.reviews, r),
      'checks/list-for-ref': (r) => this.listCheckRuns(r),
      'repos/list-commit-statuses-for-ref': (r) => paginate([], r),
      'code-scanning/list-alerts-for-repo': (r) => this.codeScanningAlerts(r),
      'repos/get-content': (r) => this.content(r),
      'checks/create': (r) => this.createCheckRun(r),
      'checks/update': (r) => this.updateCheckRun(r),
      'checks/list-annotations': (r) => this.listAnnotations(r),
    };
    return Object.fromEntries(
      Object.entries(handlers).map(([id, handler]) => [id, (r: HandledRequest) => this.faults.get(id)?.shift() ?? handler(r)]),
    );
  }

  private files(): Obj[] {
    const example = this.description.example<Obj[]>('pulls/list-files')[0]!;
    return this.options.files.slice(0, MAX_FILES).map((f, i) => ({
      ...example,
      sha: i.toString(16).padStart(40, '0'),
      filename: f.filename,
      status: f.status ?? 'modified',
      additions: f.additions ?? 0,
      deletions: f.deletions ?? 0,
      changes: (f.additions ?? 0) + (f.deletions ?? 0),
      patch: f.patch,
    }));
  }

  private commits(): Obj[] {
    const example = this.description.example<Obj[]>('pulls/list-commits')[0]!;
    return this.options.commits.slice(0, MAX_COMMITS).map((c) => {
      const person = { name: c.authorName ?? 'Dev Person', email: c.authorEmail ?? 'dev@example.com', date: '2026-11-20T10:00:00Z' };
      return {
        ...example,
        sha: c.sha,
        commit: { ...example.commit, message: c.message, author: person, committer: person, verification: { ...example.commit.verification, verified: false } },
        author: c.authorLogin === null ? null : { ...example.author, login: c.authorLogin ?? 'dev-person', type: 'User' },
        committer: { ...example.committer, login: 'web-flow' },
        parents: [{ sha: 'b'.repeat(40), url: '', html_url: '' }],
      };
    });
  }

  private listCheckRuns(r: HandledRequest): Reply {
    const example = this.description.example<Obj>('checks/list-for-ref').check_runs[0];
    const runs = this.checkRuns
      .filter((run) => run.head_sha === r.pathParams.ref && (!r.query.check_name || run.name === r.query.check_name))
      .map((run) => this.checkRunObject(run, example));
    const page = paginate(runs, r);
    return { ...page, body: { total_count: runs.length, check_runs: page.body } };
  }

  checkRunObject(run: StoredCheckRun, example: Obj = this.description.example<Obj>('checks/create')): Obj {
    return {
      ...example,
      id: run.id,
      name: run.name,
      head_sha: run.head_sha,
      status: run.status,
      conclusion: run.conclusion,
      details_url: run.details_url,
      html_url: `https://github.com/${this.options.owner}/${this.options.repo}/runs/${run.id}`,
      output: { ...example.output, ...run.output, annotations_count: run.annotations.length },
    };
  }

  private codeScanningAlerts(r: HandledRequest): Reply {
    const setting = this.options.codeScanning;
    if (setting === 403) return { status: 403, body: { message: 'Advanced Security must be enabled for this repository to use code scanning.' } };
    if (setting === 404 || setting === undefined) return { status: 404, body: { message: 'no analysis found' } };
    return paginate(setting, r);
  }

  private content(r: HandledRequest): Reply {
    const ref = r.query.ref ?? this.options.baseSha;
    const files = this.options.contents[ref] ?? {};
    const path = r.pathParams.path!.replace(/^\/+|\/+$/g, '');
    if (path in files) {
      const bytes = Buffer.from(files[path]!);
      if (String(r.headers.accept ?? '').includes('raw')) return { status: 200, raw: bytes.toString('utf8') };
      const example = this.description.example<Obj>('repos/get-content');
      // GitHub wraps base64 content at 60 characters per line.
      const content = (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
      return { status: 200, body: { ...example, type: 'file', path, name: path.split('/').pop(), size: bytes.length, encoding: 'base64', content } };
    }
    const children = new Map<string, 'file' | 'dir'>();
    for (const file of Object.keys(files)) {
      if (!file.startsWith(`${path}/`)) continue;
      const rest = file.slice(path.length + 1);
      const [first, ...more] = rest.split('/');
      children.set(`${path}/${first}`, more.length > 0 ? 'dir' : 'file');
    }
    if (children.size === 0) return { status: 404, body: { message: 'Not Found' } };
    const entry = (this.description.example<Obj>('repos/get-content') as Obj);
    const listing = [...children].map(([child, type]) => ({
      type,
      size: type === 'file' ? Buffer.from(files[child]!).length : 0,
      name: child.split('/').pop(),
      path: child,
      sha: '0'.repeat(40),
      url: entry.url,
      git_url: entry.git_url,
      html_url: entry.html_url,
      download_url: type === 'file' ? entry.download_url : null,
      _links: entry._links,
    }));
    return { status: 200, body: listing };
  }

  private readOnly(): Reply | null {
    return this.options.checksReadOnly ? { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run', status: '403' } } : null;
  }

  private createCheckRun(r: HandledRequest): Reply {
    const denied = this.readOnly();
    if (denied) return denied;
    const body = r.body as Obj;
    const run: StoredCheckRun = {
      id: this.nextCheckRunId++,
      name: body.name,
      head_sha: body.head_sha,
      status: body.conclusion ? 'completed' : (body.status ?? 'queued'),
      conclusion: body.conclusion ?? null,
      output: { title: body.output?.title ?? null, summary: body.output?.summary ?? null, text: body.output?.text ?? null },
      annotations: [...(body.output?.annotations ?? [])],
      details_url: body.details_url ?? null,
    };
    this.checkRuns.push(run);
    return { status: 201, body: this.checkRunObject(run) };
  }

  private updateCheckRun(r: HandledRequest): Reply {
    const denied = this.readOnly();
    if (denied) return denied;
    const run = this.checkRuns.find((c) => c.id === Number(r.pathParams.check_run_id));
    if (!run) return { status: 404, body: { message: 'Not Found' } };
    const body = r.body as Obj;
    if (body.conclusion) Object.assign(run, { conclusion: body.conclusion, status: 'completed' });
    else if (body.status) run.status = body.status;
    if (body.details_url) run.details_url = body.details_url;
    if (body.output) {
      run.output = { title: body.output.title ?? run.output.title, summary: body.output.summary ?? run.output.summary, text: body.output.text ?? run.output.text };
      run.annotations.push(...(body.output.annotations ?? []));
    }
    return { status: 200, body: this.checkRunObject(run) };
  }

  private listAnnotations(r: HandledRequest): Reply {
    const run = this.checkRuns.find((c) => c.id === Number(r.pathParams.check_run_id));
    if (!run) return { status: 404, body: { message: 'Not Found' } };
    const example = this.description.example<Obj[]>('checks/list-annotations')[0]!;
    const items = run.annotations.map((a) => ({ ...example, start_column: null, end_column: null, raw_details: null, title: null, ...a }));
    return paginate(items, r);
  }
}

/** A queued reply for GitHub's secondary rate limit (what plugin-throttling recognises). */
export function secondaryRateLimit(retryAfterSeconds = 1): Reply {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' },
  };
}

export function serverError(status = 502): Reply {
  return { status, body: { message: 'Server Error' } };
}

/**
 * The hooks every test file against the fake needs: GitHub's description is
 * parsed once per file, and the server a test started is closed after it.
 * Starting another server in the same test closes the previous one.
 */
export function useFakeGitHub(): (options?: FakeRepositoryOptions) => Promise<FakeGitHub> {
  let description: GitHubRestDescription;
  let current: FakeGitHub | null = null;
  beforeAll(() => {
    description = new GitHubRestDescription();
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  return async (options = {}) => {
    await current?.close();
    current = await FakeGitHub.start(options, description);
    return current;
  };
}
