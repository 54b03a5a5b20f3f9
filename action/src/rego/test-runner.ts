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
import type { Literal, Module } from './ast.js';
import { compileModules, type CompiledPolicy } from './index.js';
import { parseModule } from './parser.js';
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
  /** For a failed test: the first expression of its body that did not hold, and the values it compared. */
  failedAt?: FailedExpression;
}

export interface FailedExpression {
  row: number;
  text: string;
  /** Both sides of a failed comparison (`==`, `!=`, `<`…), as JSON; several values when the body iterates. */
  left?: string;
  right?: string;
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
  return runCompiledTests(compileModules(sources.modules, { regoVersion: 'v1' }), sources, options);
}

/** Runs the tests of the sources, already compiled (for callers that also inspect the policy). */
export function runCompiledTests(policy: CompiledPolicy, sources: TestSources, options: TestRunOptions = {}): TestReport {
  const results = discoverTests(policy)
    .filter((test) => !options.run || options.run.test(test.name))
    .map((test) => runOne(policy, test, sources.data, options))
    .map((result) => (result.outcome === 'fail' ? { ...result, ...explainFailure(sources, result, options) } : result));
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

/**
 * Why a test failed, found by re-running its body one literal at a time: the
 * test's package gets probe rules holding the first k literals of the body,
 * and the first probe that is undefined names the failing literal. When that
 * literal is a comparison, two more probes collect each side's values. Best
 * effort: a body the probes cannot reproduce gives no explanation.
 */
function explainFailure(sources: TestSources, result: TestResult, options: TestRunOptions): { failedAt?: FailedExpression } {
  const module = sources.modules.find((m) => m.path === result.file);
  if (!module) return {};
  try {
    const parsed = parseModule(module.source, module.path);
    const rule = parsed.rules.find((r) => r.loc.row === result.row && r.head.ref[0]?.type === 'scalar' && r.head.ref[0].value === result.rule);
    if (!rule || rule.body.length === 0) return {};
    const texts = rule.body.map((literal) => literalText(module.source, literal));
    const probes = texts.map((_, k) => `${PROBE}${k} if {\n${texts.slice(0, k + 1).join('\n')}\n}`);
    const failing = firstUndefined(withProbes(sources, parsed, module, probes), parsed, sources.data, options, texts.length);
    if (failing === undefined) return {};
    const literal = rule.body[failing]!;
    const failedAt: FailedExpression = { row: literal.loc.row, text: oneLine(texts[failing]!) };
    const sides = comparisonSides(module.source, literal, texts[failing]!);
    if (!sides) return { failedAt };
    const before = texts.slice(0, failing);
    const valueProbes = [sides.left, sides.right].map(
      (side, i) => `${PROBE}side${i} contains ${PROBE}v if {\n${[...before, `${PROBE}v := (${side})${sides.withs}`].join('\n')}\n}`,
    );
    const policy = withProbes(sources, parsed, module, valueProbes);
    const [left, right] = [0, 1].map((i) => describeSide(policy.evaluate(`${packageRef(parsed)}.${PROBE}side${i}`, evalOptions(sources.data, options))));
    return { failedAt: { ...failedAt, left: left!, right: right! } };
  } catch {
    return {};
  }
}

const PROBE = '__paved_probe_';

function withProbes(sources: TestSources, parsed: Module, module: RegoSource, probes: string[]): CompiledPolicy {
  const imports = module.source.match(/^import\s.+$/gm) ?? [];
  const probeModule = [`package ${parsed.packagePath.slice(1).join('.')}`, ...imports, ...probes].join('\n\n');
  return compileModules([...sources.modules, { path: `${module.path} (probe)`, source: probeModule }], { regoVersion: 'v1' });
}

function packageRef(parsed: Module): string {
  return parsed.packagePath.join('.');
}

function evalOptions(data: Record<string, unknown>, options: TestRunOptions) {
  return { data, strictBuiltinErrors: options.strictBuiltinErrors ?? false, timeoutMs: options.timeoutMs, print: () => undefined };
}

function firstUndefined(policy: CompiledPolicy, parsed: Module, data: Record<string, unknown>, options: TestRunOptions, count: number): number | undefined {
  for (let k = 0; k < count; k++) {
    if (policy.evaluate(`${packageRef(parsed)}.${PROBE}${k}`, evalOptions(data, options)) !== true) return k;
  }
  return undefined;
}

/** One value as JSON, several as `one of [...]`, none as `undefined`. */
function describeSide(values: Value | undefined): string {
  const all = values === undefined ? [] : (toJSON(values) as unknown[]);
  if (all.length === 0) return 'undefined';
  return all.length === 1 ? describeJson(all[0]) : `one of ${describeJson(all)}`;
}

const RELATION_TEXT: Record<string, string> = { equal: '==', neq: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=' };

/** The two sides of a comparison literal and its `with` clauses, as source text. */
function comparisonSides(source: string, literal: Literal, text: string): { left: string; right: string; withs: string } | undefined {
  if (literal.type !== 'expr' || literal.negated || literal.term.type !== 'call' || literal.term.op.type !== 'var') return undefined;
  const operator = RELATION_TEXT[literal.term.op.name];
  if (!operator) return undefined;
  const start = offsetOf(source, literal.loc.row, literal.loc.col);
  const at = offsetOf(source, literal.term.op.loc.row, literal.term.op.loc.col) - start;
  const withAt = literal.withs.length > 0 ? offsetOf(source, literal.withs[0]!.loc.row, literal.withs[0]!.loc.col) - start : text.length;
  if (text.slice(at, at + operator.length) !== operator || withAt < at) return undefined;
  return { left: text.slice(0, at).trim(), right: text.slice(at + operator.length, withAt).trim(), withs: withAt < text.length ? ` ${text.slice(withAt).trim()}` : '' };
}

/** The source text of one body literal: from its start to the end of its line, brackets and strings kept whole. */
function literalText(source: string, literal: Literal): string {
  const start = offsetOf(source, literal.loc.row, literal.loc.col);
  let depth = 0;
  let i = start;
  for (; i < source.length; i++) {
    const c = source[i]!;
    if (c === '"' || c === '`') i = skipString(source, i);
    else if (c === '#') break;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if ((c === '\n' || c === ';') && depth === 0) break;
  }
  return source.slice(start, i).trim();
}

function skipString(source: string, open: number): number {
  const quote = source[open]!;
  for (let i = open + 1; i < source.length; i++) {
    if (quote === '"' && source[i] === '\\') i++;
    else if (source[i] === quote) return i;
  }
  return source.length;
}

function offsetOf(source: string, row: number, col: number): number {
  let offset = 0;
  for (let r = 1; r < row; r++) offset = source.indexOf('\n', offset) + 1;
  return offset + col - 1;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

function describeValue(value: Value): string {
  return describeJson(toJSON(value));
}

function describeJson(json: unknown): string {
  const text = JSON.stringify(json);
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
    if (result.failedAt) {
      lines.push(`  failed at ${result.file}:${result.failedAt.row}: ${result.failedAt.text}`);
      if (result.failedAt.left !== undefined) lines.push(`    left:  ${result.failedAt.left}`, `    right: ${result.failedAt.right}`);
    }
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
      ...(r.failedAt !== undefined ? { failed_at: r.failedAt } : {}),
      output: r.output,
    })),
  };
}
