/**
 * `opa test` for this interpreter: discovers `test_*` rules in `*_test.rego`
 * files, evaluates each one, and reports PASS/FAIL per test. A test passes
 * when its rule evaluates to `true`; undefined or any other value fails; an
 * evaluation error fails with the error. What `print()` wrote during a failed
 * test is shown with it, OPA's way of showing the values involved.
 *
 * A library over the Rego API (./index.ts) that knows nothing about files:
 * the `paved test` command loads the sources (with `paved eval`'s loader, so
 * data files are placed as `opa` places them) and the vitest suite that runs
 * the policy pack's tests does the same.
 */
import { compileModules, type CompiledPolicy } from './index.js';
import { RegoError } from './errors.js';
import { toJSON, type Value } from './value.js';

export interface RegoSource {
  path: string;
  source: string;
}

export interface TestSources {
  modules: RegoSource[];
  /** The base document the tests run against (data files, already merged). */
  data: Record<string, unknown>;
}

/** `skip`: a `todo_test_*` rule, listed but not run (OPA's convention for tests not written yet). */
export type TestOutcome = 'pass' | 'fail' | 'error' | 'skip';

export interface TestResult {
  /** `data.<package>.<rule>` */
  name: string;
  package: string;
  rule: string;
  file: string;
  row: number;
  outcome: TestOutcome;
  durationMs: number;
  /** What a failed test evaluated to: `undefined`, or the JSON of a non-true value. */
  got?: string;
  /** The evaluation error of an errored test, in OPA's `file:row: code: message` form. */
  error?: string;
  /** Lines written by print() while the test ran. */
  output: string[];
}

export interface TestReport {
  results: TestResult[];
  passed: number;
  failed: number;
  skipped: number;
}

export interface TestRunOptions {
  /** Only tests whose `data.<package>.<rule>` name matches (like `opa test --run`). */
  run?: RegExp;
  /** Per test; an expired test errors. */
  timeoutMs?: number;
  /**
   * Built-in errors abort the test instead of making an expression undefined.
   * The gate evaluates strictly (a silently undefined deny would be a silent
   * pass), so a pack meant for the gate should pass its tests this way too.
   */
  strictBuiltinErrors?: boolean;
}

const TEST_PREFIX = 'test_';
const TODO_PREFIX = 'todo_test_';
const TEST_FILE_SUFFIX = '_test.rego';

/** Compiles the sources (throws the compiler's RegoErrors) and runs every test rule. */
export function runTests(sources: TestSources, options: TestRunOptions = {}): TestReport {
  return runCompiledTests(compileModules(sources.modules, { regoVersion: 'v1' }), sources.data, options);
}

/** Runs the tests of an already compiled policy (for callers that also inspect it). */
export function runCompiledTests(policy: CompiledPolicy, data: Record<string, unknown>, options: TestRunOptions = {}): TestReport {
  const results = discoverTests(policy)
    .filter((test) => !options.run || options.run.test(test.name))
    .map((test) => runOne(policy, test, data, options));
  const count = (outcome: TestOutcome): number => results.filter((r) => r.outcome === outcome).length;
  const skipped = count('skip');
  return { results, passed: count('pass'), failed: results.length - count('pass') - skipped, skipped };
}

interface DiscoveredTest {
  name: string;
  package: string;
  rule: string;
  file: string;
  row: number;
}

function discoverTests(policy: CompiledPolicy): DiscoveredTest[] {
  const seen = new Map<string, DiscoveredTest>();
  for (const rule of policy.rules()) {
    const ruleName = rule.path[rule.path.length - 1] ?? '';
    const isTest = ruleName.startsWith(TEST_PREFIX) || ruleName.startsWith(TODO_PREFIX);
    if (!isTest || !rule.location.file.endsWith(TEST_FILE_SUFFIX)) continue;
    // rules() paths start with `data`.
    const name = rule.path.join('.');
    // A test with several bodies is one rule: run and report it once, at its first definition.
    if (seen.has(name)) continue;
    seen.set(name, {
      name,
      package: rule.path.slice(0, -1).join('.'),
      rule: ruleName,
      file: rule.location.file,
      row: rule.location.row,
    });
  }
  return [...seen.values()].sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
}

function runOne(policy: CompiledPolicy, test: DiscoveredTest, data: Record<string, unknown>, options: TestRunOptions): TestResult {
  const output: string[] = [];
  const started = performance.now();
  const base = { name: test.name, package: test.package, rule: test.rule, file: test.file, row: test.row, output };
  if (test.rule.startsWith(TODO_PREFIX)) return { ...base, outcome: 'skip', durationMs: 0 };
  try {
    const value = policy.evaluate(test.name, {
      data,
      timeoutMs: options.timeoutMs,
      strictBuiltinErrors: options.strictBuiltinErrors ?? false,
      print: (line: string) => output.push(line),
    });
    const durationMs = performance.now() - started;
    if (value === true) return { ...base, outcome: 'pass', durationMs };
    return { ...base, outcome: 'fail', durationMs, got: value === undefined ? 'undefined' : describeValue(value) };
  } catch (err) {
    const durationMs = performance.now() - started;
    return { ...base, outcome: 'error', durationMs, error: err instanceof RegoError ? err.toString() : String(err) };
  }
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(toJSON(value as Value));
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

export interface FormatOptions {
  /** Also list passing tests with their durations. */
  verbose?: boolean;
}

/** The text report: failures always, passes with `verbose`, and the closing `N passed, M failed` line. */
export function formatTestReport(report: TestReport, options: FormatOptions = {}): string {
  const lines: string[] = [];
  for (const result of report.results) {
    if ((result.outcome === 'pass' || result.outcome === 'skip') && !options.verbose) continue;
    const status = { pass: 'PASS', fail: 'FAIL', error: 'ERROR', skip: 'SKIP' }[result.outcome];
    lines.push(`${result.file}:${result.row}: ${status} ${result.name} (${formatDuration(result.durationMs)})`);
    if (result.outcome === 'fail') lines.push(`  the rule evaluated to ${result.got}, not true`);
    if (result.error) lines.push(`  ${result.error}`);
    for (const line of result.output) if (result.outcome === 'fail' || result.outcome === 'error') lines.push(`  print: ${line}`);
  }
  if (report.results.length === 0) lines.push('no tests found');
  lines.push(`${report.passed} passed, ${report.failed} failed${report.skipped > 0 ? `, ${report.skipped} skipped` : ''}`);
  return lines.join('\n') + '\n';
}

function formatDuration(ms: number): string {
  return ms < 1 ? `${Math.round(ms * 1000)}µs` : `${ms.toFixed(1)}ms`;
}

/** The `--format json` document: stable field names for machines. */
export function testReportJson(report: TestReport): object {
  return {
    passed: report.passed,
    skipped: report.skipped,
    failed: report.failed,
    results: report.results.map((r) => ({
      name: r.name,
      package: r.package,
      rule: r.rule,
      location: { file: r.file, row: r.row },
      outcome: r.outcome,
      duration_ms: Number(r.durationMs.toFixed(3)),
      ...(r.got !== undefined ? { got: r.got } : {}),
      ...(r.error !== undefined ? { error: r.error } : {}),
      output: r.output,
    })),
  };
}
