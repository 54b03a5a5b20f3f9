/**
 * Golden fixtures: every directory under fixtures/ is a pull request in the
 * fixture format (docs/input.md). The real pipeline judges it with the
 * shipped policy pack and rule catalog, and the verdict and the rule ids of
 * its deny / warn / waived findings must match the directory's expected.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { collectInput } from './collect/index.js';
import type { Decision, Level } from './decide/types.js';
import { DEFAULT_POLICY_DIR, PACKAGE_ROOT, runGate } from './gate.js';

interface Expected {
  conclusion: string;
  deny: string[];
  warn: string[];
  /** Checked when present. */
  waived?: string[];
}

const FIXTURES_DIR = join(PACKAGE_ROOT, 'fixtures');

const fixtures = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
  .map((entry) => entry.name)
  .sort();

function ruleIds(decision: Decision, level: Level): string[] {
  return [...new Set(decision.findings.filter((f) => f.level === level).map((f) => f.rule))].sort();
}

/** What the gate said, in the shape of expected.json, plus the messages for a readable diff. */
function observed(decision: Decision, withWaived: boolean): Expected & { messages: string[] } {
  return {
    conclusion: decision.verdict,
    deny: ruleIds(decision, 'deny'),
    warn: ruleIds(decision, 'warn'),
    ...(withWaived ? { waived: ruleIds(decision, 'waived') } : {}),
    messages: [
      ...decision.findings.map((f) => `${f.level} ${f.rule}: ${f.message}`),
      ...(decision.error ? [`error ${decision.error.code}: ${decision.error.message}`] : []),
    ],
  };
}

describe('golden fixtures', () => {
  it('has at least 20 scenarios', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures)('%s', async (name) => {
    const dir = join(FIXTURES_DIR, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const { decision } = await runGate({ collect: () => collectInput({ kind: 'fixture', dir }), policies: DEFAULT_POLICY_DIR });
    const got = observed(decision, expected.waived !== undefined);
    expect({ ...got, messages: undefined }, got.messages.join('\n')).toEqual({ ...expected, deny: [...expected.deny].sort(), warn: [...expected.warn].sort(), messages: undefined });
    // Every finding tells the developer how to get back on the road.
    for (const finding of decision.findings) {
      expect(finding.remediation.length, `${finding.rule} has no remediation`).toBeGreaterThan(20);
      expect(finding.docs).toBe(`docs/rules.md#${finding.rule}`);
      expect(finding.message).not.toMatch(/undefined|null|\[object/);
    }
  });
});

/**
 * The fixture format is GitHub's own: each file must be what the REST API
 * returns for its endpoint, checked against GitHub's OpenAPI description
 * (npm @octokit/openapi). test-support/openapi.ts validates requests against
 * the same description; this validates responses.
 */
describe('fixture files have the shape of GitHub REST responses and webhooks', () => {
  const ENDPOINTS: Record<string, string> = {
    'files.json': '/repos/{owner}/{repo}/pulls/{pull_number}/files',
    'commits.json': '/repos/{owner}/{repo}/pulls/{pull_number}/commits',
    'reviews.json': '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    'check-runs.json': '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    'statuses.json': '/repos/{owner}/{repo}/commits/{ref}/statuses',
  };
  const validators = responseValidators(ENDPOINTS);

  const event = eventValidator();

  it.each(fixtures)('%s', (name) => {
    const problems: string[] = [];
    if (!event(JSON.parse(readFileSync(join(FIXTURES_DIR, name, 'event.json'), 'utf8')))) {
      problems.push(...(event.errors ?? []).slice(0, 5).map((e) => `event.json${e.instancePath} ${e.message ?? ''}`));
    }
    for (const [file, validate] of Object.entries(validators)) {
      const path = join(FIXTURES_DIR, name, file);
      if (!existsSync(path)) continue;
      if (!validate(JSON.parse(readFileSync(path, 'utf8')))) {
        problems.push(...(validate.errors ?? []).slice(0, 5).map((e) => `${file}${e.instancePath} ${e.message ?? ''}`));
      }
    }
    expect(problems).toEqual([]);
  });
});

let githubSchemas: { description: OpenApi; ajv: Ajv } | undefined;

/** GitHub's REST description with its component schemas registered in ajv as `github#/components/schemas/...`. */
function github(): { description: OpenApi; ajv: Ajv } {
  if (githubSchemas) return githubSchemas;
  const require = createRequire(import.meta.url);
  const descriptionFile = require.resolve('@octokit/openapi/package.json').replace(/package\.json$/, 'generated/api.github.com.json');
  const description = JSON.parse(readFileSync(descriptionFile, 'utf8')) as OpenApi;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  (addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv);
  ajv.addSchema({ $id: 'github', components: { schemas: toJsonSchema(description.components.schemas) } } as object);
  return (githubSchemas = { description, ajv });
}

/** The fixtures' event.json is a `pull_request` webhook with action `synchronize`. */
function eventValidator(): ValidateFunction {
  return github().ajv.compile({ $ref: 'github#/components/schemas/webhook-pull-request-synchronize' });
}

/** One ajv validator per file, for the 200 response of its GET endpoint. */
function responseValidators(endpoints: Record<string, string>): Record<string, ValidateFunction> {
  const { description, ajv } = github();
  return Object.fromEntries(
    Object.entries(endpoints).map(([file, path]) => {
      const schema = description.paths[path]!.get.responses['200'].content['application/json'].schema;
      // Local refs point into the registered `github` schema.
      const rooted = JSON.parse(JSON.stringify(toJsonSchema(schema)).replaceAll('"#/components/', '"github#/components/')) as object;
      return [file, ajv.compile(rooted)];
    }),
  );
}

interface OpenApi {
  components: { schemas: unknown };
  paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
}

/** OpenAPI 3.0 → JSON Schema: `nullable: true` becomes a null alternative; annotations are dropped. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const source = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key !== 'nullable' && key !== 'example' && key !== 'examples' && !key.startsWith('x-')) out[key] = toJsonSchema(value);
  }
  if (source.nullable !== true) return out;
  if (typeof out.type === 'string') return { ...out, type: [out.type, 'null'], ...(Array.isArray(out.enum) ? { enum: [...out.enum, null] } : {}) };
  return { anyOf: [out, { type: 'null' }] };
}
