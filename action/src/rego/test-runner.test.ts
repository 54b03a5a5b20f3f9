import { describe, expect, it } from 'vitest';
import { RegoErrors } from './errors.js';
import { formatTestReport, runTests, testReportJson, type TestSources } from './test-runner.js';

/** Sources as the CLI would load them: file name → Rego text, plus the data document. */
function sources(files: Record<string, string>, data: Record<string, unknown> = {}): TestSources {
  return { modules: Object.entries(files).map(([path, source]) => ({ path, source })), data };
}

const POLICY = `package demo

allow if input.user == "admin"

limit := data.settings.limit
`;

const TESTS = `package demo

test_admin_allowed if allow with input as {"user": "admin"}

test_guest_denied if not allow with input as {"user": "guest"}

test_wrong_expectation if {
	print("user was", "guest")
	allow with input as {"user": "guest"}
}

test_not_boolean := 42

test_limit_from_data if limit == 5

test_mocked_data if limit == 9 with data.settings.limit as 9

test_builtin_error if {
	x := to_number("not a number")
	x == 1
}
`;

describe('runTests', () => {
  it('passes true tests and fails undefined, false and non-boolean ones', async () => {
    const report = runTests(sources({ 'demo.rego': POLICY, 'demo_test.rego': TESTS }, { settings: { limit: 5 } }));
    const outcome = Object.fromEntries(report.results.map((r) => [r.rule, r.outcome]));
    expect(outcome).toEqual({
      test_admin_allowed: 'pass',
      test_guest_denied: 'pass',
      test_wrong_expectation: 'fail',
      test_not_boolean: 'fail',
      test_limit_from_data: 'pass',
      test_mocked_data: 'pass',
      test_builtin_error: 'fail',
    });
    expect(report.passed).toBe(4);
    expect(report.failed).toBe(3);
  });

  it('shows the values involved in a failure: what the rule gave and what it printed', async () => {
    const report = runTests(sources({ 'demo.rego': POLICY, 'demo_test.rego': TESTS }, { settings: { limit: 5 } }));
    const wrong = report.results.find((r) => r.rule === 'test_wrong_expectation')!;
    expect(wrong.got).toBe('undefined');
    expect(wrong.output).toEqual(['user was guest']);
    expect(wrong.file).toBe('demo_test.rego');
    expect(wrong.row).toBe(7);
    expect(report.results.find((r) => r.rule === 'test_not_boolean')!.got).toBe('42');
    const text = formatTestReport(report);
    expect(text).toContain(`demo_test.rego:7: FAIL data.demo.test_wrong_expectation`);
    expect(text).toContain('  the rule evaluated to undefined, not true');
    expect(text).toContain('  print: user was guest');
    expect(text).not.toContain('test_admin_allowed');
    expect(text.trimEnd().split('\n').at(-1)).toBe('4 passed, 3 failed');
  });

  it('names the first expression that failed, with both sides of a comparison', () => {
    const report = runTests(
      sources({
        'demo.rego': 'package demo\n\nroles := {"alice": ["admin"], "bob": ["dev", "ops"]}\n\nlimit := 3\n',
        'demo_test.rego': [
          'package demo',
          '',
          'test_limit if {',
          '\tx := limit + 1',
          '\tx == 3',
          '}',
          '',
          'test_iterates if {',
          '\tsome name, rs in roles',
          '\tcount(rs) == 3',
          '}',
          '',
          'test_membership if "root" in roles.alice',
          '',
          'test_with if {',
          '\tinput.user == {',
          '\t\t"name": "carol",',
          '\t} with input as {"user": {"name": "dave"}}',
          '}',
        ].join('\n'),
      }),
    );
    const failedAt = Object.fromEntries(report.results.map((r) => [r.rule, r.failedAt]));
    expect(failedAt.test_limit).toEqual({ row: 5, text: 'x == 3', left: '4', right: '3' });
    expect(failedAt.test_iterates).toEqual({ row: 10, text: 'count(rs) == 3', left: 'one of [1,2]', right: '3' });
    expect(failedAt.test_membership).toEqual({ row: 13, text: '"root" in roles.alice' });
    expect(failedAt.test_with).toEqual({
      row: 16,
      text: 'input.user == { "name": "carol", } with input as {"user": {"name": "dave"}}',
      left: '{"name":"dave"}',
      right: '{"name":"carol"}',
    });
    const text = formatTestReport(report);
    expect(text).toContain('  failed at demo_test.rego:5: x == 3\n    left:  4\n    right: 3\n');
  });

  it('lists passing tests when verbose', async () => {
    const text = formatTestReport(runTests(sources({ 'demo.rego': POLICY, 'demo_test.rego': 'package demo\n\ntest_admin_allowed if allow with input as {"user": "admin"}\n' })), { verbose: true });
    expect(text).toMatch(/demo_test\.rego:3: PASS data\.demo\.test_admin_allowed \(/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });

  it('filters by --run regex on the full name', async () => {
    const report = runTests(sources({ 'demo.rego': POLICY, 'demo_test.rego': TESTS }, { settings: { limit: 5 } }), { run: /demo\.test_(admin|guest)/ });
    expect(report.results.map((r) => r.rule)).toEqual(['test_admin_allowed', 'test_guest_denied']);
  });

  it('only runs test_ rules from *_test.rego files', async () => {
    const report = runTests(sources({ 'demo.rego': `${POLICY}\ntest_helper := false\n`, 'other_test.rego': 'package other\n\nhelper := 1\n\ntest_one if helper == 1\n' }));
    expect(report.results.map((r) => r.name)).toEqual(['data.other.test_one']);
  });

  it('reports an evaluation error as an errored test with the error', async () => {
    const report = runTests(sources({ 'conflict_test.rego': 'package c\n\nf := 1\nf := 2 if true\n\ntest_conflict if f == 1\n' }));
    expect(report.results[0]!.outcome).toBe('error');
    expect(report.results[0]!.error).toMatch(/eval_conflict_error/);
    expect(formatTestReport(report)).toContain('ERROR data.c.test_conflict');
  });

  it('lists todo_test_ rules as skipped, never run', async () => {
    const report = runTests(sources({ 'demo.rego': POLICY, 'demo_test.rego': 'package demo\n\ntest_ok if allow with input as {"user": "admin"}\n\ntodo_test_later if false\n' }));
    expect(report.results.map((r) => [r.rule, r.outcome])).toEqual([['test_ok', 'pass'], ['todo_test_later', 'skip']]);
    expect(report).toMatchObject({ passed: 1, failed: 0, skipped: 1 });
    expect(formatTestReport(report)).toBe('1 passed, 0 failed, 1 skipped\n');
    expect(formatTestReport(report, { verbose: true })).toContain('SKIP data.demo.todo_test_later');
  });

  it('says when there is nothing to run', async () => {
    const report = runTests(sources({ 'demo.rego': POLICY }));
    expect(report.results).toEqual([]);
    expect(formatTestReport(report)).toBe('no tests found\n0 passed, 0 failed\n');
  });

  it('throws compile errors with their location', async () => {
    let thrown: unknown;
    try {
      runTests(sources({ 'broken_test.rego': 'package b\n\ntest_x if {\n' }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RegoErrors);
    expect(String(thrown)).toContain('broken_test.rego:');
  });

  it('produces a stable JSON report', async () => {
    const json = testReportJson(runTests(sources({ 'demo.rego': POLICY, 'demo_test.rego': 'package demo\n\ntest_guest if allow with input as {"user": "guest"}\n' }))) as { passed: number; failed: number; results: Record<string, unknown>[] };
    expect(json.passed).toBe(0);
    expect(json).toHaveProperty('skipped', 0);
    expect(json.failed).toBe(1);
    expect(json.results[0]).toMatchObject({ name: 'data.demo.test_guest', package: 'data.demo', rule: 'test_guest', outcome: 'fail', got: 'undefined', location: { row: 3 } });
  });
});
