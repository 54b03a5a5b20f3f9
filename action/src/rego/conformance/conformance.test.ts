import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCase } from './harness.js';
import { DEFAULT_CASES_DIR, runConformance } from './run.js';

const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as { passed: number };
const haveCases = existsSync(DEFAULT_CASES_DIR);

describe('OPA conformance suite', () => {
  it.skipIf(!haveCases)(
    `passes at least the ${baseline.passed} cases recorded in baseline.json (skipped when ../shared/opa-conformance is absent)`,
    () => {
      const s = runConformance(DEFAULT_CASES_DIR);
      const failing = s.outcomes.filter((o) => o.status === 'fail').map((o) => `${o.id}: ${o.reason}`);
      expect(s.passed, `now failing:\n${failing.join('\n')}`).toBeGreaterThanOrEqual(baseline.passed);
    },
    120_000,
  );
});

describe('case comparison', () => {
  const module = 'package test\n\np := 1\nq contains x if some x in [3, 1]\n';
  it('passes a matching result and fails a different one', () => {
    expect(runCase({ note: 'n', query: 'data.test.p = x', modules: [module], want_result: [{ x: 1 }] })).toBeUndefined();
    expect(runCase({ note: 'n', query: 'data.test.p = x', modules: [module], want_result: [{ x: 2 }] })).toMatch(/want/);
  });

  it('treats want_result [] as undefined only', () => {
    expect(runCase({ note: 'n', query: 'data.test.nope = x', modules: [module], want_result: [] })).toBeUndefined();
    expect(runCase({ note: 'n', query: 'data.test.p = x', modules: [module], want_result: [] })).toMatch(/want/);
  });

  it('serialises sets in canonical order and honours sort_bindings', () => {
    expect(runCase({ note: 'n', query: 'data.test.q = x', modules: [module], want_result: [{ x: [1, 3] }] })).toBeUndefined();
    expect(
      runCase({ note: 'n', query: 'x := [3, 1]', modules: [module], want_result: [{ x: [1, 3] }], sort_bindings: true }),
    ).toBeUndefined();
  });

  it('requires the error code when one is wanted', () => {
    const c = { note: 'n', query: 'x := 1 / 0', modules: [], strict_error: true };
    expect(runCase({ ...c, want_error_code: 'eval_builtin_error', want_error: 'div: divide by zero' })).toBeUndefined();
    expect(runCase({ ...c, want_error_code: 'eval_type_error' })).toMatch(/expected eval_type_error/);
    expect(runCase({ ...c, strict_error: false, want_error_code: 'eval_builtin_error' })).toMatch(/expected error/);
  });
});
