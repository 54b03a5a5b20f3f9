/**
 * GitHub's official REST description (npm @octokit/openapi, api.github.com)
 * turned into a request validator, so the loopback server can reject any
 * request the real API would not accept: unknown method + path, bad path or
 * query parameters, or a JSON body that does not match the operation's schema.
 *
 * The description is OpenAPI 3.0 (`nullable`, `example`, `x-*`), so schemas
 * are converted to JSON Schema before ajv sees them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** The version the description documents; requests must pin it. */
export const DESCRIBED_API_VERSION = '2022-11-28';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonObject;
}

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  parameters: Parameter[];
  bodySchema: JsonObject | null;
  bodyRequired: boolean;
  /** GitHub's own example of the first 2xx JSON response, when the description has one. */
  example: Json | undefined;
}

export interface MatchedRequest {
  operation: Operation;
  pathParams: Record<string, string>;
  query: Record<string, string>;
}

export type ValidationResult = { ok: true; match: MatchedRequest } | { ok: false; problems: string[]; match?: MatchedRequest };

interface Route {
  operation: Operation;
  pattern: RegExp;
  names: string[];
  literalLength: number;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function descriptionPath(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@octokit/openapi/package.json');
  return packageJson.replace(/package\.json$/, 'generated/api.github.com.json');
}

/** OpenAPI 3.0 → JSON Schema: `nullable: true` becomes an explicit null alternative. */
function toJsonSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'nullable' || key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    out[key] = toJsonSchema(value);
  }
  if (node.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

export class GitHubRestDescription {
  private readonly ajv: Ajv;
  private readonly routes: Route[] = [];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: JsonObject = JSON.parse(readFileSync(descriptionPath(), 'utf8')) as JsonObject) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    addFormats(this.ajv);
    const components = document.components as JsonObject;
    this.ajv.addSchema({ $id: 'github', components: { schemas: toJsonSchema(components.schemas as Json) } } as object);
    this.buildRoutes();
  }

  private resolve<T extends Json>(node: T): T {
    if (node && typeof node === 'object' && !Array.isArray(node) && typeof node.$ref === 'string') {
      const segments = node.$ref.replace(/^#\//, '').split('/');
      let target: Json = this.document;
      for (const segment of segments) target = (target as JsonObject)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
      return this.resolve(target as T);
    }
    return node;
  }

  private buildRoutes(): void {
    const paths = this.document.paths as JsonObject;
    for (const [template, item] of Object.entries(paths)) {
      const pathItem = item as JsonObject;
      const shared = ((pathItem.parameters as Json[]) ?? []).map((p) => this.resolve(p) as unknown as Parameter);
      for (const [method, raw] of Object.entries(pathItem)) {
        if (!['get', 'post', 'put', 'patch', 'delete', 'head'].includes(method)) continue;
        const operation = this.toOperation(template, method, raw as JsonObject, shared);
        const names: string[] = [];
        const source = template
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const name = /^\{([^}]+)\}$/.exec(part)?.[1];
            if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
            names.push(name);
            return '([^/]+)';
          })
          .join('');
        const literalLength = template.replace(/\{[^}]+\}/g, '').length;
        this.routes.push({ operation, pattern: new RegExp(`^${source}$`), names, literalLength });
      }
    }
    // The most literal template wins when several match (/pulls/comments vs /pulls/{pull_number}).
    this.routes.sort((a, b) => b.literalLength - a.literalLength);
  }

  private toOperation(template: string, method: string, raw: JsonObject, shared: Parameter[]): Operation {
    const own = ((raw.parameters as Json[]) ?? []).map((p) => this.resolve(p) as unknown as Parameter);
    const body = raw.requestBody ? (this.resolve(raw.requestBody) as JsonObject) : null;
    const jsonBody = (body?.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
    return {
      operationId: String(raw.operationId),
      method: method.toUpperCase(),
      template,
      parameters: [...shared, ...own],
      bodySchema: jsonBody ? (jsonBody.schema as JsonObject) : null,
      bodyRequired: body?.required === true,
      example: this.exampleOf(raw),
    };
  }

  private exampleOf(raw: JsonObject): Json | undefined {
    const responses = raw.responses as JsonObject;
    for (const status of Object.keys(responses).filter((s) => s.startsWith('2'))) {
      const response = this.resolve(responses[status]) as JsonObject;
      const json = (response.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined;
      const examples = json?.examples as JsonObject | undefined;
      const first = examples ? (this.resolve(Object.values(examples)[0]) as JsonObject) : undefined;
      if (first && 'value' in first) return first.value;
    }
    return undefined;
  }

  operation(operationId: string): Operation {
    const found = this.routes.find((r) => r.operation.operationId === operationId);
    if (!found) throw new Error(`no operation ${operationId} in GitHub's REST description`);
    return found.operation;
  }

  /** A deep copy of GitHub's example response for an operation, to build realistic replies. */
  example<T = unknown>(operationId: string): T {
    const example = this.operation(operationId).example;
    if (example === undefined) throw new Error(`${operationId} has no example response`);
    return structuredClone(example) as T;
  }

  match(method: string, pathname: string): MatchedRequest | null {
    for (const route of this.routes) {
      if (route.operation.method !== method.toUpperCase()) continue;
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      const pathParams: Record<string, string> = {};
      route.names.forEach((name, i) => (pathParams[name] = decodeURIComponent(found[i + 1] ?? '')));
      return { operation: route.operation, pathParams, query: {} };
    }
    return null;
  }

  /** Checks one request; `body` is the raw request body text ('' when none). */
  validate(method: string, url: URL, headers: Record<string, string | string[] | undefined>, body: string): ValidationResult {
    const match = this.match(method, url.pathname);
    if (!match) return { ok: false, problems: [`${method} ${url.pathname} is not an operation of the GitHub REST API`] };
    match.query = Object.fromEntries(url.searchParams);
    const problems = [
      ...this.checkParameters(match),
      ...this.checkBody(match.operation, body),
      ...checkVersionHeader(headers),
    ];
    return problems.length === 0 ? { ok: true, match } : { ok: false, problems, match };
  }

  private checkParameters(match: MatchedRequest): string[] {
    const problems: string[] = [];
    const { operation } = match;
    const declared = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of Object.keys(match.query)) {
      if (!declared.has(name)) problems.push(`${operation.operationId}: unknown query parameter "${name}"`);
    }
    for (const parameter of operation.parameters) {
      if (parameter.in !== 'query' && parameter.in !== 'path') continue;
      const raw = parameter.in === 'path' ? match.pathParams[parameter.name] : match.query[parameter.name];
      if (raw === undefined) {
        if (parameter.required) problems.push(`${operation.operationId}: missing ${parameter.in} parameter "${parameter.name}"`);
        continue;
      }
      const schema = rewriteRefs(toJsonSchema(parameter.schema)) as JsonObject;
      const validate = this.compileCached(`${operation.operationId} ${parameter.in} ${parameter.name}`, schema);
      if (!validate(coerce(raw, schema))) {
        problems.push(`${operation.operationId}: ${parameter.in} parameter "${parameter.name}"=${JSON.stringify(raw)} ${this.ajv.errorsText(validate.errors)}`);
      }
    }
    return problems;
  }

  private checkBody(operation: Operation, body: string): string[] {
    if (body === '') {
      return operation.bodyRequired ? [`${operation.operationId}: the request body is required`] : [];
    }
    if (!operation.bodySchema) return [`${operation.operationId}: takes no JSON body, got ${body.length} bytes`];
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return [`${operation.operationId}: the body is not JSON`];
    }
    const validate = this.bodyValidator(operation);
    return validate(parsed) ? [] : [`${operation.operationId}: body ${this.ajv.errorsText(validate.errors, { dataVar: 'body' })}`];
  }

  /** A validator for the JSON body GitHub answers `GET path` with (status 200): checks fixture files against real response shapes. */
  responseValidator(path: string): ValidateFunction {
    const paths = this.document.paths as JsonObject;
    const get = (paths[path] as JsonObject | undefined)?.get as JsonObject | undefined;
    const schema = ((((get?.responses as JsonObject | undefined)?.['200'] as JsonObject | undefined)?.content as JsonObject | undefined)?.['application/json'] as JsonObject | undefined)?.schema;
    if (schema === undefined) throw new Error(`GitHub's description has no JSON 200 response for GET ${path}`);
    return this.compileCached(`GET ${path} 200`, rewriteRefs(toJsonSchema(schema)) as JsonObject);
  }

  /** A validator for one of the description's component schemas, e.g. `webhook-pull-request-synchronize`. */
  componentValidator(name: string): ValidateFunction {
    return this.compileCached(`component ${name}`, { $ref: `github#/components/schemas/${name}` });
  }

  private bodyValidator(operation: Operation): ValidateFunction {
    return this.compileCached(`${operation.operationId} body`, rewriteRefs(toJsonSchema(operation.bodySchema as Json)) as JsonObject);
  }

  private compileCached(key: string, schema: JsonObject): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(schema as object);
      this.validators.set(key, validate);
    }
    return validate;
  }
}

function checkVersionHeader(headers: Record<string, string | string[] | undefined>): string[] {
  const version = headers['x-github-api-version'];
  return version === DESCRIBED_API_VERSION
    ? []
    : [`X-GitHub-Api-Version must pin ${DESCRIBED_API_VERSION} (the version this description documents), got ${JSON.stringify(version)}`];
}

/** Body schemas refer to #/components/schemas/…; point them at the registered document. */
function rewriteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' ? `github${value}` : rewriteRefs(value);
  }
  return out;
}

/** Query and path values arrive as text; give the schema the type it describes. */
function coerce(raw: string, schema: JsonObject): unknown {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}
