/**
 * One check run per pull-request head SHA, named `check-name`: found and
 * updated in place on a re-run, created otherwise. Writes that are not
 * idempotent (creating the run, appending annotations) are never retried
 * blindly: after a 5xx or timeout we look at what GitHub already has and send
 * only what is missing, so a flaky API cannot duplicate the run or its
 * annotations.
 */
import { GateError } from '../../errors.js';
import { httpStatus, type GitHubClient } from '../../collect/github/client.js';
import { describeRequestError, type RepoRef } from '../../collect/github/fetch.js';
import { annotationKey, inBatches, type CheckAnnotation } from './annotations.js';

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunTarget extends RepoRef {
  /** The pull request's head SHA (not GITHUB_SHA, which is the merge commit). */
  headSha: string;
  name: string;
  /** Link to the workflow run, shown as "Details". */
  detailsUrl?: string;
}

export interface CheckRunContent {
  conclusion: CheckConclusion;
  title: string;
  /** Markdown within 65,535 bytes. */
  summary: string;
  text: string;
  annotations: CheckAnnotation[];
}

export interface CheckRunWritten {
  id: number;
  url: string | null;
  /** false when an existing run for this head and name was updated. */
  created: boolean;
  annotationsSent: number;
  /** Annotations the run already carried from an earlier attempt, not sent again. */
  annotationsAlreadyPresent: number;
}

/** The token may not write checks (fork PRs, read-only tokens): the caller falls back to workflow commands. */
export class CheckRunNotWritable extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'CheckRunNotWritable';
  }
}

export interface WriteOptions {
  /** Attempts per non-idempotent write (first try included). */
  attempts?: number;
  /** Wait before attempt n (2, 3, ...); injectable so tests do not sleep. */
  backoffMs?: (attempt: number) => number;
  log?: (message: string) => void;
}

interface CheckRunSummary {
  id: number;
  html_url: string | null;
}

export async function writeCheckRun(
  client: GitHubClient,
  target: CheckRunTarget,
  content: CheckRunContent,
  options: WriteOptions = {},
): Promise<CheckRunWritten> {
  const writer = new CheckRunWriter(client, target, options);
  return writer.write(content);
}

class CheckRunWriter {
  private readonly attempts: number;
  private readonly backoffMs: (attempt: number) => number;
  private readonly log: (message: string) => void;

  constructor(
    private readonly client: GitHubClient,
    private readonly target: CheckRunTarget,
    options: WriteOptions,
  ) {
    this.attempts = options.attempts ?? 3;
    this.backoffMs = options.backoffMs ?? ((attempt) => 1000 * (attempt - 1) ** 2);
    this.log = options.log ?? (() => undefined);
  }

  async write(content: CheckRunContent): Promise<CheckRunWritten> {
    const existing = await this.findExisting();
    const run = existing ?? (await this.create(content));
    let present = new Set<string>();
    if (existing) {
      present = await this.annotationKeys(existing.id);
      await this.guard('update the check run', () =>
        this.client.rest.checks.update({ ...this.repo(), check_run_id: existing.id, ...this.completion(content), output: this.output(content) }),
      );
    }
    const toSend = content.annotations.filter((a) => !present.has(annotationKey(a)));
    await this.appendAnnotations(run.id, content, toSend);
    return {
      id: run.id,
      url: run.html_url,
      created: existing === null,
      annotationsSent: toSend.length,
      annotationsAlreadyPresent: content.annotations.length - toSend.length,
    };
  }

  private repo(): RepoRef {
    return { owner: this.target.owner, repo: this.target.repo };
  }

  private completion(content: CheckRunContent) {
    return {
      status: 'completed' as const,
      conclusion: content.conclusion,
      completed_at: new Date().toISOString(),
      ...(this.target.detailsUrl ? { details_url: this.target.detailsUrl } : {}),
    };
  }

  private output(content: CheckRunContent) {
    return { title: content.title, summary: content.summary, text: content.text };
  }

  /** The newest run with our name on the head SHA, from any earlier attempt of this workflow. */
  private async findExisting(): Promise<CheckRunSummary | null> {
    const runs = await this.guard('list the check runs of the head commit', () =>
      this.client.paginate(this.client.rest.checks.listForRef, {
        ...this.repo(),
        ref: this.target.headSha,
        check_name: this.target.name,
        filter: 'latest',
        per_page: 100,
      }),
    );
    const ours = runs.filter((run) => run.name === this.target.name && run.head_sha === this.target.headSha);
    if (ours.length === 0) return null;
    const newest = ours.reduce((a, b) => (b.id > a.id ? b : a));
    return { id: newest.id, html_url: newest.html_url ?? null };
  }

  /** POST is not idempotent: retry only after confirming the run was not created by the failed attempt. */
  private async create(content: CheckRunContent): Promise<CheckRunSummary> {
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await this.client.rest.checks.create({
          ...this.repo(),
          name: this.target.name,
          head_sha: this.target.headSha,
          ...this.completion(content),
          output: this.output(content),
          request: { retries: 0 },
        });
        return { id: response.data.id, html_url: response.data.html_url ?? null };
      } catch (error) {
        this.rethrowUnlessRetryable(error, 'create the check run', attempt);
        await this.waitBefore(attempt + 1, `creating the check run failed (${describeRequestError(error)})`);
        const landed = await this.findExisting();
        if (landed) {
          await this.guard('update the check run', () =>
            this.client.rest.checks.update({ ...this.repo(), check_run_id: landed.id, ...this.completion(content), output: this.output(content) }),
          );
          return landed;
        }
      }
    }
  }

  /** Each PATCH appends; after a failure, re-read the run's annotations and resend only the missing ones. */
  private async appendAnnotations(id: number, content: CheckRunContent, annotations: CheckAnnotation[]): Promise<void> {
    const batches = inBatches(annotations);
    for (const [index, batch] of batches.entries()) {
      let pending = batch;
      for (let attempt = 1; pending.length > 0; attempt++) {
        try {
          await this.client.rest.checks.update({
            ...this.repo(),
            check_run_id: id,
            output: { title: content.title, summary: content.summary, annotations: pending },
            request: { retries: 0 },
          });
          pending = [];
        } catch (error) {
          this.rethrowUnlessRetryable(error, `add annotation batch ${index + 1} of ${batches.length}`, attempt);
          await this.waitBefore(attempt + 1, `annotation batch ${index + 1} failed (${describeRequestError(error)})`);
          const present = await this.annotationKeys(id);
          pending = pending.filter((a) => !present.has(annotationKey(a)));
        }
      }
    }
  }

  private async annotationKeys(id: number): Promise<Set<string>> {
    const existing = await this.guard('read the check run annotations', () =>
      this.client.paginate(this.client.rest.checks.listAnnotations, { ...this.repo(), check_run_id: id, per_page: 100 }),
    );
    return new Set(existing.map((a) => annotationKey(a)));
  }

  private rethrowUnlessRetryable(error: unknown, action: string, attempt: number): void {
    const status = httpStatus(error);
    if (status === 403) throw new CheckRunNotWritable(403, describeRequestError(error));
    const retryable = status === null || status >= 500 || status === 429;
    if (!retryable || attempt >= this.attempts) throw reportFailed(action, error);
  }

  private async waitBefore(attempt: number, why: string): Promise<void> {
    const delay = this.backoffMs(attempt);
    this.log(`${why}; checking what GitHub already has, attempt ${attempt} of ${this.attempts} in ${delay} ms`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }

  /** Idempotent calls (reads, PATCH without annotations) rely on the retry plugin; here only 403 is special. */
  private async guard<T>(action: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (httpStatus(error) === 403) throw new CheckRunNotWritable(403, describeRequestError(error));
      throw reportFailed(action, error);
    }
  }
}

function reportFailed(action: string, error: unknown): GateError {
  return new GateError(
    'report_failed',
    `could not ${action}: ${describeRequestError(error)}`,
    'grant the workflow `checks: write`; if GitHub is failing, re-run the job (the check run is updated in place, not duplicated)',
    undefined,
    { cause: error },
  );
}
