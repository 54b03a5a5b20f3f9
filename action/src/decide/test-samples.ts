/**
 * Shared test data for decide/ and report/ tests: a small valid input
 * document, a catalog, and the Decision built from them. Not shipped code.
 */
import type { InputDocument } from '../input/types.js';
import type { PolicyInfo } from '../engine/types.js';
import { makeConfig } from '../test-support/inputs.js';
import { decide, type RuleCatalog } from './index.js';
import type { Decision } from './types.js';

export function sampleInput(overrides: { title?: string } = {}): InputDocument {
  const notEvaluated = { evaluated: false, reason: 'not collected in this test' };
  return {
    schema: 'paved/input/v1',
    source: { kind: 'fixture', collected_at: '2026-11-25T12:00:00Z', paved_version: '0.1.0' },
    repository: { owner: 'acme', name: 'shop', full_name: 'acme/shop', default_branch: 'main', private: false },
    change: {
      number: 42,
      title: overrides.title ?? 'Add checkout discount',
      body: '',
      draft: false,
      url: null,
      author: { login: 'copilot-swe-agent[bot]', type: 'Bot' },
      labels: [],
      base: { ref: 'main', sha: 'a'.repeat(40) },
      head: { ref: 'feature', sha: 'b'.repeat(40), repo_full_name: 'acme/shop' },
      fork: false,
      stats: { files: 1, additions: 3, deletions: 0, commits: 1 },
      truncated: { files: false, commits: false, patches: false },
    },
    files: [],
    commits: [],
    reviews: [],
    gate: { policies: false, config: false, workflows: false, files: [] },
    provenance: {
      ...notEvaluated,
      ai_assisted: null,
      agents: [],
      ai_commit_share: null,
      ai_line_share: null,
      evidence: [],
      commits: [],
      sources: [],
    },
    tests: {
      ...notEvaluated,
      junit: { ...notEvaluated, reports: [], total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, failures: [] },
      coverage: { ...notEvaluated, reports: [], overall_percent: null, diff: { executable: 0, covered: 0, percent: null, files: [] } },
      checks: { ...notEvaluated, runs: [] },
      changed: { source_files: 1, test_files: 0 },
    },
    security: {
      ...notEvaluated,
      sarif: { ...notEvaluated, reports: [], tools: [], findings: [] },
      secrets: { ...notEvaluated, findings: [] },
      dependencies: { ...notEvaluated, changes: [] },
      code_scanning: { ...notEvaluated, findings: [] },
    },
    config: makeConfig(),
  };
}

export const sampleCatalog: RuleCatalog = new Map([
  ['ai-tests-required', { id: 'ai-tests-required', title: 'AI change needs tests', severity: 'high', category: 'testing', remediation: 'Add tests for the changed source files.', docs: 'docs/rules.md#ai-tests-required' }],
  ['no-secrets', { id: 'no-secrets', title: 'No secrets in the diff', severity: 'critical', category: 'security', remediation: 'Remove the secret and rotate it.', docs: 'docs/rules.md#no-secrets' }],
  ['change-size', { id: 'change-size', title: 'Keep AI changes small', severity: 'low', category: 'review', remediation: 'Split the change.', docs: null }],
]);

export const samplePolicy: PolicyInfo = { kind: 'interpreter', source: 'policies', revision: 'v1.2.3', digest: 'c'.repeat(64) };

export const sampleTimings = { collect: 12, evaluate: 5, report: 0, total: 17 };

/** One deny, one warn and one waived finding, with the catalog above. */
export function sampleDecision(): Decision {
  return decide({
    value: {
      deny: [{ rule: 'ai-tests-required', message: 'src/discount.ts changed without tests.', file: 'src/discount.ts', line: 3 }],
      warn: [{ rule: 'change-size', message: 'The change is 1200 lines.' }],
      waived: [
        {
          rule: 'no-secrets',
          message: 'Test key in fixtures.',
          file: 'test/fixtures/key.pem',
          line: 1,
          waiver: { by: 'alice', reason: 'fixture key, not a real secret', review_id: 7 },
        },
      ],
    },
    entrypoint: 'paved/decision',
    catalog: sampleCatalog,
    input: sampleInput(),
    policy: samplePolicy,
    timings: sampleTimings,
    failOpen: false,
  });
}
