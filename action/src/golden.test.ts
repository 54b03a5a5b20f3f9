/**
 * Golden fixtures: every directory under fixtures/ is a pull request in the
 * fixture format (docs/input.md). The real pipeline judges it with the
 * shipped policy pack and rule catalog, and the verdict and the rule ids of
 * its deny / warn / waived findings must match the directory's expected.json.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInput } from './collect/index.js';
import type { Decision, Level } from './decide/types.js';
import { DEFAULT_POLICY_DIR, PACKAGE_ROOT, runGate } from './gate.js';
import { GitHubRestDescription } from './test-support/openapi.js';

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
  const github = new GitHubRestDescription();
  const validators = Object.fromEntries(Object.entries(ENDPOINTS).map(([file, path]) => [file, github.responseValidator(path)]));
  // The fixtures' event.json is a `pull_request` webhook with action `synchronize`.
  const event = github.componentValidator('webhook-pull-request-synchronize');

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
