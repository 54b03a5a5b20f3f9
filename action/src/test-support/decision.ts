/** Decisions for reporter tests: a realistic record around the findings a test cares about. */
import { DECISION_SCHEMA, type Decision, type Finding, type Verdict } from '../decide/types.js';

export function finding(overrides: Partial<Finding> & Pick<Finding, 'rule'>): Finding {
  return {
    level: 'deny',
    message: `${overrides.rule} was violated`,
    title: `Title of ${overrides.rule}`,
    severity: 'high',
    category: 'testing',
    remediation: 'Add a test.',
    docs: null,
    ...overrides,
  };
}

export function decision(findings: Finding[], overrides: Partial<Decision> = {}): Decision {
  const counts = {
    deny: findings.filter((f) => f.level === 'deny').length,
    warn: findings.filter((f) => f.level === 'warn').length,
    waived: findings.filter((f) => f.level === 'waived').length,
  };
  const verdict: Verdict = counts.deny > 0 ? 'failure' : 'success';
  return {
    schema: DECISION_SCHEMA,
    verdict,
    counts,
    findings,
    evaluated_rules: [...new Set(findings.map((f) => f.rule))],
    input_digest: 'a'.repeat(64),
    policy: { kind: 'interpreter', source: 'policies', revision: null, digest: 'd'.repeat(64), entrypoint: 'paved/decision' },
    timings_ms: { collect: 1, evaluate: 2, report: 0, total: 3 },
    error: null,
    fail_open: false,
    change: { repository: 'octo-org/widgets', number: 42, head_sha: 'c'.repeat(40), title: 'Add widget export' },
    ...overrides,
  };
}

/** `count` deny findings on distinct lines of src/file-N.ts. */
export function locatedFindings(count: number, level: Finding['level'] = 'deny'): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding({ rule: `rule.${level}.${i}`, level, file: `src/file-${i}.ts`, line: i + 1, severity: i % 2 === 0 ? 'high' : 'medium' }),
  );
}
