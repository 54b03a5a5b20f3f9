/**
 * types.ts → schema.json drift: a document that uses every field and every
 * enum value the TypeScript contract allows must validate. TypeScript makes
 * this document complete (a field added to types.ts must be added here), and
 * the schema's `additionalProperties: false` then fails until the schema has
 * it too. docs.test.ts carries the chain on to docs/input.md.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './config.js';
import type {
  ActorType,
  ChangedFile,
  Confidence,
  DependencyChange,
  DependencyChangeKind,
  Evidence,
  FileKind,
  FileStatus,
  InputDocument,
  Person,
  ReviewState,
  SarifFinding,
  SecretLocation,
} from './types.js';
import { INPUT_SCHEMA } from './types.js';
import { validateInput } from './validate.js';

/** Every member of a string union, checked complete by `satisfies`. */
const members = <T extends string>(all: Record<T, true>): T[] => Object.keys(all) as T[];

const FILE_KINDS = members({ source: true, test: true, docs: true, config: true, workflow: true, 'dependency-manifest': true, lockfile: true, policy: true, generated: true, other: true } satisfies Record<FileKind, true>);
const STATUSES = members({ added: true, modified: true, removed: true, renamed: true, copied: true, changed: true, unchanged: true } satisfies Record<FileStatus, true>);
const ACTOR_TYPES = members({ User: true, Bot: true, Organization: true, Unknown: true } satisfies Record<ActorType, true>);
const REVIEW_STATES = members({ APPROVED: true, CHANGES_REQUESTED: true, COMMENTED: true, DISMISSED: true, PENDING: true } satisfies Record<ReviewState, true>);
const EVIDENCE_SOURCES = members({
  'commit-trailer': true, 'commit-message': true, 'commit-author': true, 'commit-committer': true, 'pr-author': true,
  label: true, 'pr-body': true, 'git-notes': true, 'agent-trace': true,
} satisfies Record<Evidence['source'], true>);
const SECRET_LOCATIONS = members({
  'added-line': true, 'commit-message': true, 'commit-author': true, 'commit-committer': true,
  'pr-title': true, 'pr-body': true, 'pr-label': true, 'pr-branch': true, 'review-body': true,
} satisfies Record<SecretLocation, true>);
const CONFIDENCES = members({ high: true, medium: true, low: true } satisfies Record<Confidence, true>);
const DEPENDENCY_CHANGES = members({
  added: true, removed: true, major: true, minor: true, patch: true, downgrade: true, prerelease: true, 'range-widened': true, changed: true,
} satisfies Record<DependencyChangeKind, true>);
const ECOSYSTEMS = members({ npm: true, pypi: true, go: true, cargo: true } satisfies Record<DependencyChange['ecosystem'], true>);

const person = (name: string | null): Person => ({ name, email: name && `${name}@example.com`, login: name, date: name && '2026-01-01T00:00:00Z' });
const sarif = (i: number): SarifFinding => ({
  tool: 'codeql', rule: `r${i}`, level: 'error', security_severity: i % 2 ? 8.1 : null, message: 'm', file: i % 2 ? 'src/a.ts' : null, line: i % 2 ? 3 : null, on_changed_line: i % 2 === 1,
});
const evidence = (source: Evidence['source'], i: number): Evidence => ({
  source, agent: 'claude-code', detail: 'd', confidence: CONFIDENCES[i % CONFIDENCES.length]!, commit: i % 2 ? 'abc' : null, signal: 's',
});

function file(i: number): ChangedFile {
  const kind = FILE_KINDS[i % FILE_KINDS.length]!;
  return {
    path: `f${i}`, previous_path: i % 2 ? `old${i}` : null, status: STATUSES[i % STATUSES.length]!, additions: i, deletions: 0,
    binary: i === 0, patch_available: i !== 0, kind, kinds: [kind, 'source'], added_lines: i ? [{ line: i, text: `line ${i}` }] : [],
  };
}

function maximalDocument(): InputDocument {
  const evaluated = { evaluated: true, reason: null };
  return {
    schema: INPUT_SCHEMA,
    source: { kind: 'github', collected_at: '2026-11-25T18:00:00.000Z', paved_version: '0.1.0' },
    repository: { owner: 'o', name: 'r', full_name: 'o/r', default_branch: 'main', private: true },
    change: {
      number: 7, title: 't', body: 'b', draft: true, url: 'https://github.com/o/r/pull/7',
      author: { login: 'u', type: 'Bot' }, labels: ['ai'], base: { ref: 'main', sha: 'b' }, head: { ref: 'f', sha: 'h', repo_full_name: null },
      fork: true, stats: { files: 3, additions: 2, deletions: 1, commits: 1 }, truncated: { files: true, commits: true, patches: true },
    },
    files: Array.from({ length: 10 }, (_, i) => file(i)),
    commits: [{ sha: 'c', message: 'm\n\nK: v', subject: 'm', trailers: [{ key: 'K', value: 'v' }], author: person('a'), committer: person(null), verified: null, parents: 2 }],
    reviews: REVIEW_STATES.map((state, i) => ({
      id: i, user: { login: i ? 'r' : null, type: ACTOR_TYPES[i % ACTOR_TYPES.length]! }, state, body: '', author_association: 'MEMBER', submitted_at: i ? 't' : null, commit_id: i ? 'h' : null,
    })),
    gate: { policies: true, config: true, workflows: true, files: ['policies/a.rego'] },
    provenance: {
      ...evaluated, ai_assisted: null, agents: ['claude-code'], ai_commit_share: 0.5, ai_line_share: null,
      evidence: EVIDENCE_SOURCES.map(evidence),
      commits: [{ sha: 'c', ai_assisted: true, agents: ['claude-code'], evidence: [evidence('commit-trailer', 1)] }],
      sources: EVIDENCE_SOURCES.map((source, i) => ({ source, evaluated: i % 2 === 0, reason: i % 2 ? 'why' : null })),
    },
    tests: {
      ...evaluated,
      junit: { ...evaluated, reports: ['j.xml'], total: 3, passed: 1, failed: 1, errors: 1, skipped: 0, failures: [
        { name: 'n', classname: 'c', suite: 's', file: 'f', line: 1, message: 'm', kind: 'failure' },
        { name: 'n2', classname: null, suite: null, file: null, line: null, message: 'm', kind: 'error' },
      ] },
      coverage: { ...evaluated, reports: ['lcov.info'], overall_percent: 81.5, diff: { executable: 2, covered: 1, percent: 50, files: [
        { path: 'src/a.ts', executable: 2, covered: 1, percent: 50, uncovered_lines: [4] },
        { path: 'src/b.ts', executable: 0, covered: 0, percent: null, uncovered_lines: [] },
      ] } },
      checks: { ...evaluated, runs: [
        { name: 'build', source: 'check-run', status: 'completed', conclusion: 'success', url: 'u' },
        { name: 'ci', source: 'status', status: 'pending', conclusion: null, url: null },
      ] },
      changed: { source_files: 1, test_files: 1 },
    },
    security: {
      ...evaluated,
      sarif: { ...evaluated, reports: ['r.sarif'], tools: ['codeql'], findings: [sarif(0), sarif(1)] },
      secrets: { ...evaluated, findings: SECRET_LOCATIONS.map((location, i) => location === 'added-line'
        ? { detector: 'github-token', location, file: 'f1', line: 1, commit: null, redacted: 'ghp_…(40 chars)' }
        : { detector: 'generic-secret', location, file: null, line: null, commit: location.startsWith('commit-') ? `c${i}` : null, redacted: 'API_TOKEN = …(20 chars)' }) },
      dependencies: { ...evaluated, changes: DEPENDENCY_CHANGES.map((change, i) => ({
        ecosystem: ECOSYSTEMS[i % ECOSYSTEMS.length]!, manifest: 'package.json', name: `p${i}`, from: change === 'added' ? null : '1.0.0', to: change === 'removed' ? null : '2.0.0', change, dev: i % 2 === 0,
      })) },
      code_scanning: { evaluated: false, reason: '403', findings: [sarif(2)] },
    },
    config: { ...structuredClone(DEFAULT_CONFIG), agents: [{ id: 'x' }], automation_accounts: ['acme-ci'], rules: { 'some-rule': { enabled: false, limit: 3 } }, approvers: { security: ['acme/sec'], protected: ['a'], waivers: ['b'] } },
  };
}

describe('schema.json against types.ts', () => {
  it('accepts a document using every field and enum value of the contract', () => {
    expect(validateInput(maximalDocument()).files).toHaveLength(10);
  });

  it('rejects a field that types.ts does not have, wherever it is', () => {
    const places: ((doc: Record<string, any>) => void)[] = [
      (d) => (d.change.head.extra = 1),
      (d) => (d.files[1].added_lines[0].extra = 1),
      (d) => (d.commits[0].author.extra = 1),
      (d) => (d.provenance.evidence[0].extra = 1),
      (d) => (d.tests.coverage.diff.files[0].extra = 1),
      (d) => (d.security.dependencies.changes[0].extra = 1),
      (d) => (d.config.thresholds.extra = 1),
    ];
    for (const place of places) {
      const doc = maximalDocument() as unknown as Record<string, any>;
      place(doc);
      expect(() => validateInput(doc)).toThrow('unexpected property "extra"');
    }
  });
});
