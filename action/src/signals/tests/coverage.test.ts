import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeContext, makeFile } from '../../test-support/inputs.js';
import { computeCoverage, parseCobertura, parseGoCover, parseIstanbulFinal, parseIstanbulSummary, parseJacoco, parseLcov } from './coverage.js';
import { collectTests } from './index.js';

const data = (name: string) => readFileSync(new URL(`../testdata/${name}`, import.meta.url), 'utf8');

// Added lines in the sample's src/math.js: 2 (hit), 7 (miss), 13 and 14 (miss), 18 and 19 (hit), 20 (not executable).
const mathChange = makeFile('src/math.js', [2, 7, 13, 14, 18, 19, 20].map((n) => [n, `line ${n}`] as [number, string]));
const EXPECTED_DIFF = {
  executable: 6,
  covered: 3,
  percent: 50,
  files: [{ path: 'src/math.js', executable: 6, covered: 3, percent: 50, uncovered_lines: [7, 13, 14] }],
};

describe('coverage formats from real @vitest/coverage-v8 output agree', () => {
  it.each([
    ['lcov.info', () => parseLcov(data('coverage-v8/lcov.info'))],
    ['cobertura-coverage.xml', () => parseCobertura(data('coverage-v8/cobertura-coverage.xml'), 'cobertura-coverage.xml')],
    ['coverage-final.json', () => parseIstanbulFinal(JSON.parse(data('coverage-v8/coverage-final.json')) as Record<string, unknown>)],
  ])('%s: overall 45.45%%, diff 3 of 6 added executable lines', (_name, read) => {
    const result = computeCoverage([read()], [mathChange]);
    expect(result.overall_percent).toBe(45.45);
    expect(result.diff).toEqual(EXPECTED_DIFF);
    expect(result.unreported).toEqual([]);
  });

  it('coverage-summary.json gives the overall percent only', () => {
    const raw = parseIstanbulSummary(JSON.parse(data('coverage-v8/coverage-summary.json')) as Record<string, unknown>);
    const result = computeCoverage([raw], [mathChange]);
    expect(result.overall_percent).toBe(45.45);
    expect(result.hasLineData).toBe(false);
    expect(result.diff.percent).toBeNull();
  });
});

describe('computeCoverage', () => {
  it('matches a Cobertura class through its second <sources> root', () => {
    const raw = parseCobertura(data('cobertura-coveragepy.xml'), 'coverage.xml');
    const change = makeFile('src/shop/orders.py', [[8, 'a'], [9, 'b'], [11, 'c']]);
    const result = computeCoverage([raw], [change]);
    expect(result.diff.files).toEqual([{ path: 'src/shop/orders.py', executable: 2, covered: 1, percent: 50, uncovered_lines: [9] }]);
    expect(result.overall_percent).toBe(66.67);
  });

  it('reads JaCoCo: package/sourcefile paths matched to the Maven source tree, lines with instructions executable', () => {
    const raw = parseJacoco(data('jacoco.xml'), 'jacoco.xml');
    const change = makeFile('src/main/java/com/acme/billing/Invoice.java', [[12, 'a'], [13, 'b'], [14, 'c']]);
    const result = computeCoverage([raw], [change]);
    expect(result.diff.files).toEqual([{ path: 'src/main/java/com/acme/billing/Invoice.java', executable: 2, covered: 1, percent: 50, uncovered_lines: [13] }]);
    expect(result.overall_percent).toBe(75);
  });

  it('reads a Go cover profile: module import paths, every line of a block takes its count', () => {
    const raw = parseGoCover(data('go-cover.out'));
    const change = makeFile('internal/orders/orders.go', [[11, 'a'], [13, 'b'], [15, 'c'], [16, 'd']]);
    const result = computeCoverage([raw], [change]);
    expect(result.diff.files).toEqual([{ path: 'internal/orders/orders.go', executable: 3, covered: 2, percent: 66.67, uncovered_lines: [13] }]);
    // orders.go lines 10-15 with 10, 11, 12 (in two blocks: the higher count wins) and 15 hit, tax.go 5-7 missed: 4 of 9
    expect(result.overall_percent).toBe(44.44);
  });

  it('skips an impossible Go block instead of looping over it', () => {
    const raw = parseGoCover('mode: set\nx.go:1.1,999999999.1 1 1\nx.go:3.1,4.2 1 1\n');
    expect([...raw.files.get('x.go')!.keys()]).toEqual([3, 4]);
  });

  it('merges reports by taking the most hits per line', () => {
    const a = parseLcov('SF:/ci/repo/a.ts\nDA:1,0\nDA:2,0\nend_of_record\n');
    const b = parseLcov('SF:./a.ts\nDA:2,4\nDA:3,0\nend_of_record\n');
    const result = computeCoverage([a, b], [makeFile('a.ts', [[1, 'x'], [2, 'y'], [3, 'z']])]);
    expect(result.diff.files[0]).toEqual({ path: 'a.ts', executable: 3, covered: 1, percent: 33.33, uncovered_lines: [1, 3] });
  });

  it('lists changed files no report mentions and has a null percent with nothing executable', () => {
    const result = computeCoverage([parseLcov('SF:other.ts\nDA:1,1\nend_of_record\n')], [makeFile('new.ts', [[1, 'x']]), makeFile('empty.ts', [])]);
    expect(result.unreported).toEqual(['new.ts']);
    expect(result.diff).toEqual({ executable: 0, covered: 0, percent: null, files: [] });
    expect(result.overall_percent).toBe(100);
  });
});

describe('collectTests', () => {
  it('fills junit, coverage, checks and changed counts from reports recognised by content', async () => {
    const ctx = makeContext({
      files: [mathChange, makeFile('test/math.spec.js', [[1, 'x']], { kind: 'test' }), makeFile('old.test.js', [], { kind: 'test', status: 'removed' })],
      reports: [
        { path: 'reports/results.xml', content: data('vitest-junit.xml') },
        { path: 'coverage/coverage.info', content: data('coverage-v8/lcov.info') },
      ],
      checks: { evaluated: true, reason: null, runs: [{ name: 'ci / test', source: 'check-run', status: 'completed', conclusion: 'success', url: null }] },
    });
    const tests = await collectTests(ctx);
    expect(tests.evaluated).toBe(true);
    expect(tests.reason).toBeNull();
    expect(tests.junit).toMatchObject({ evaluated: true, reports: ['reports/results.xml'], total: 5, passed: 3, failed: 1, errors: 0, skipped: 1 });
    expect(tests.coverage).toEqual({ evaluated: true, reason: null, reports: ['coverage/coverage.info'], overall_percent: 45.45, diff: EXPECTED_DIFF });
    expect(tests.checks.runs.map((r) => r.conclusion)).toEqual(['success']);
    expect(tests.changed).toEqual({ source_files: 1, test_files: 1 });
  });

  it('says what was not evaluated, and warns about changed source absent from coverage', async () => {
    const none = await collectTests(makeContext());
    expect(none.reason).toBe('not evaluated: junit, coverage, checks');
    expect(none.junit.reason).toBe('no JUnit XML report was given');
    expect(none.coverage).toMatchObject({ evaluated: false, reason: 'no coverage report was given', overall_percent: null });

    const ctx = makeContext({ files: [mathChange, makeFile('src/new.js', [[1, 'x']])], reports: [{ path: 'lcov.info', content: data('coverage-v8/lcov.info') }] });
    const partial = await collectTests(ctx);
    expect(partial.coverage.reason).toBe('1 changed source file(s) absent from every coverage report: src/new.js');
    expect(partial.coverage.evaluated).toBe(true);
  });

  it('says diff coverage is partial when the file list was truncated', async () => {
    const base = makeContext();
    const ctx = makeContext({
      change: { ...base.change, truncated: { files: true, commits: false, patches: false } },
      files: [mathChange],
      reports: [{ path: 'lcov.info', content: data('coverage-v8/lcov.info') }],
    });
    const tests = await collectTests(ctx);
    expect(tests.coverage.reason).toBe('the source listed only part of the changed files: diff coverage covers the listed ones');
    expect(tests.coverage.diff.percent).toBe(50);
  });

  it('marks coverage not evaluated when only a summary was given', async () => {
    const ctx = makeContext({ files: [mathChange], reports: [{ path: 'coverage-summary.json', content: data('coverage-v8/coverage-summary.json') }] });
    const tests = await collectTests(ctx);
    expect(tests.coverage).toMatchObject({ evaluated: false, overall_percent: 45.45, diff: { percent: null } });
    expect(tests.coverage.reason).toMatch(/no line data/);
  });
});
