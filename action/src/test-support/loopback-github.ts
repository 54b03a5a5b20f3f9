/**
 * A loopback HTTP server that answers like api.github.com and validates every
 * request against GitHub's REST description (see openapi.ts). Tests hand it
 * handlers keyed by operationId; anything the description rejects, or that no
 * handler expects, is recorded as a violation (and answered 400/501) so the
 * test fails.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GitHubRestDescription } from './openapi.js';

export interface RecordedRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  operationId: string | null;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** Date.now() when the request arrived. */
  receivedAt: number;
  status: number;
}

export interface HandledRequest {
  operationId: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  /** Base URL of this server, for Link headers. */
  baseUrl: string;
  pathname: string;
}

export interface Reply {
  status: number;
  /** JSON body; or `raw` text sent as is (e.g. application/vnd.github.raw). */
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

export type Handler = (request: HandledRequest) => Reply | Promise<Reply>;

/** GitHub's limits that the description states only in prose: output text is measured in bytes. */
function checkOutputBytes(body: unknown): string[] {
  const output = (body as { output?: Record<string, unknown> } | null)?.output;
  if (!output) return [];
  return (['summary', 'text'] as const)
    .filter((field) => typeof output[field] === 'string' && Buffer.byteLength(output[field] as string) > 65535)
    .map((field) => `output.${field} exceeds a maximum bytesize of 65535`);
}

export class LoopbackGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  private server: Server | null = null;
  baseUrl = '';

  constructor(
    private readonly description: GitHubRestDescription,
    private handlers: Record<string, Handler>,
  ) {}

  setHandlers(handlers: Record<string, Handler>): void {
    this.handlers = handlers;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, raw, headers }) => {
        if (raw !== undefined) {
          res.writeHead(status, { 'content-type': 'application/vnd.github.raw', ...headers });
          res.end(raw);
          return;
        }
        const text = body === undefined ? '' : JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(text);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = null;
  }

  /** Requests for one operation, in arrival order. */
  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private async handle(req: IncomingMessage): Promise<Reply> {
    const receivedAt = Date.now();
    const text = await readBody(req);
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = req.method ?? 'GET';
    const result = this.description.validate(method, url, req.headers, text);
    const body = text === '' ? undefined : safeJson(text);
    const record: RecordedRequest = {
      method,
      url: req.url ?? '/',
      operationId: result.match?.operation.operationId ?? null,
      pathParams: result.match?.pathParams ?? {},
      query: result.match?.query ?? {},
      body,
      headers: req.headers,
      receivedAt,
      status: 0,
    };
    this.requests.push(record);
    const problems = result.ok ? checkOutputBytes(body) : result.problems;
    let reply: Reply;
    if (problems.length > 0) {
      this.violations.push(...problems.map((p) => `${method} ${record.url}: ${p}`));
      reply = { status: 422, body: { message: 'Validation Failed', errors: problems } };
    } else {
      reply = await this.dispatch(record, url.pathname);
    }
    record.status = reply.status;
    return reply;
  }

  private async dispatch(record: RecordedRequest, pathname: string): Promise<Reply> {
    const handler = record.operationId ? this.handlers[record.operationId] : undefined;
    if (!handler) {
      this.violations.push(`${record.method} ${record.url}: no handler for ${record.operationId} (the test did not expect this request)`);
      return { status: 501, body: { message: 'not expected by the test' } };
    }
    try {
      return await handler({
        operationId: record.operationId!,
        pathParams: record.pathParams,
        query: record.query,
        body: record.body,
        headers: record.headers,
        baseUrl: this.baseUrl,
        pathname,
      });
    } catch (error) {
      this.violations.push(`${record.method} ${record.url}: handler threw ${String(error)}`);
      return { status: 500, body: { message: 'handler failed' } };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** One page of a list the way GitHub pages it (page/per_page query, Link header). */
export function paginate<T>(items: T[], request: HandledRequest, defaultPerPage = 30): Reply {
  const perPage = Math.min(Number(request.query.per_page ?? defaultPerPage), 100);
  const page = Number(request.query.page ?? 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const headers: Record<string, string> = {};
  if (page < lastPage) {
    const next = new URL(request.pathname, request.baseUrl);
    for (const [key, value] of Object.entries(request.query)) next.searchParams.set(key, value);
    next.searchParams.set('per_page', String(perPage));
    next.searchParams.set('page', String(page + 1));
    const last = new URL(next);
    last.searchParams.set('page', String(lastPage));
    headers.link = `<${next.href}>; rel="next", <${last.href}>; rel="last"`;
  }
  return { status: 200, body: slice, headers };
}
