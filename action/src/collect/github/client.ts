/**
 * The REST client the Action uses for everything: Octokit from
 * @actions/github with the retry and throttling plugins, a per-request
 * timeout, and the API version pinned so GitHub cannot change response shapes
 * under us.
 */
import { getOctokit } from '@actions/github';
import { defaults as actionsDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** The REST version whose shapes we read and write (GitHub's description documents it). */
export const GITHUB_API_VERSION = '2022-11-28';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL (https://api.github.com, or the GHES / loopback URL). */
  baseUrl: string;
  /** Abort one request after this long; it is then retried like a 5xx. */
  requestTimeoutMs?: number;
  /** Retries per request on 5xx and timeouts. */
  retries?: number;
  /** How many times to wait out a (secondary) rate limit before giving up. */
  rateLimitRetries?: number;
  /** Longest wait for a rate limit to reset; beyond it, fail now rather than hold the runner for up to an hour. */
  maxRateLimitWaitSeconds?: number;
  /** Where retry and rate-limit notes go (never the token). */
  log?: (message: string) => void;
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const log = options.log ?? (() => undefined);
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const willRetry = retryCount < rateLimitRetries && retryAfter <= maxWait;
    const why = retryAfter > maxWait ? `giving up: GitHub asks to wait ${retryAfter}s` : 'giving up after retries';
    log(`GitHub ${kind} rate limit on ${request.method} ${request.url}; ${willRetry ? `retrying in ${retryAfter}s` : why}`);
    return willRetry;
  };
  const client = getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      // Retry count goes in `retry` (the plugin's state): a `request.retries` default would make it retry 404s too.
      retry: { retries: options.retries ?? 3 },
      request: { fetch: fetchWithTimeout(options.requestTimeoutMs ?? 30_000) },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    },
    retry,
    throttling,
  );
  client.hook.before('request', (request) => {
    request.headers['x-github-api-version'] = GITHUB_API_VERSION;
  });
  return client;
}

/**
 * fetch with a deadline per request, over the toolkit's proxy-aware fetch
 * (HTTPS_PROXY on self-hosted runners). A timeout surfaces as a plain Error so
 * Octokit wraps it as a retryable status-500 RequestError (a bare AbortError
 * would skip the retry plugin).
 */
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  const inner = (actionsDefaults.request?.fetch as typeof fetch | undefined) ?? fetch;
  return async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      return await inner(input, { ...init, signal });
    } catch (error) {
      if (deadline.aborted) throw new Error(`no response within ${timeoutMs} ms`);
      throw error;
    }
  };
}

/** The HTTP status of an Octokit RequestError, or null for anything else. */
export function httpStatus(error: unknown): number | null {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}
