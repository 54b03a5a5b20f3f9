/**
 * The tests section: JUnit results, coverage (overall and of the added
 * lines), check runs of the head commit, and how many source vs test files
 * the change touches.
 */
import type { ChangedFile, Coverage, JUnitSummary, Tests } from '../../input/types.js';
import { classifyReports, type ClassifiedReport } from '../reports.js';
import type { SignalContext } from '../types.js';
import {
  computeCoverage,
  parseCobertura,
  parseGoCover,
  parseIstanbulFinal,
  parseIstanbulSummary,
  parseJacoco,
  parseLcov,
  type RawCoverage,
} from './coverage.js';
import { parseJUnit } from './junit.js';

const COVERAGE_FORMATS = new Set(['lcov', 'cobertura', 'jacoco', 'go-cover', 'istanbul-final', 'istanbul-summary']);

export async function collectTests(ctx: SignalContext): Promise<Tests> {
  const reports = classifyReports(ctx.reports);
  const junit = junitSection(reports.filter((r) => r.format === 'junit'));
  const coverage = coverageSection(reports.filter((r) => COVERAGE_FORMATS.has(r.format)), ctx.files, ctx.change.truncated.files);
  const checks = ctx.checks ?? { evaluated: false, reason: 'this source cannot read check runs (local git or a fixture without checks)', runs: [] };
  const parts = { junit, coverage, checks };
  const unread = Object.entries(parts).filter(([, section]) => !section.evaluated).map(([name]) => name);
  return {
    evaluated: true,
    reason: unread.length > 0 ? `not evaluated: ${unread.join(', ')}` : null,
    ...parts,
    changed: changedCounts(ctx.files),
  };
}

function junitSection(reports: readonly ClassifiedReport[]): JUnitSummary {
  const summary: JUnitSummary = { evaluated: reports.length > 0, reason: reports.length > 0 ? null : 'no JUnit XML report was given', reports: [], total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, failures: [] };
  for (const report of reports) {
    const counts = parseJUnit(report.content, report.path);
    summary.reports.push(report.path);
    summary.total += counts.total;
    summary.passed += counts.passed;
    summary.failed += counts.failed;
    summary.errors += counts.errors;
    summary.skipped += counts.skipped;
    summary.failures.push(...counts.failures);
  }
  if (reports.length > 0 && summary.total === 0) summary.reason = 'the JUnit reports contain no test cases';
  return summary;
}

function coverageSection(reports: readonly ClassifiedReport[], files: readonly ChangedFile[], truncated: boolean): Coverage {
  if (reports.length === 0) {
    return { evaluated: false, reason: 'no coverage report was given', reports: [], overall_percent: null, diff: { executable: 0, covered: 0, percent: null, files: [] } };
  }
  const result = computeCoverage(reports.map(readCoverage), files);
  const caveats: string[] = truncated ? ['the source listed only part of the changed files: diff coverage covers the listed ones'] : [];
  if (!result.hasLineData) caveats.push('the coverage reports have no line data (coverage-summary.json): diff coverage not computed');
  const sourcePaths = new Set(files.filter((f) => f.kind === 'source').map((f) => f.path));
  const unreportedSource = result.unreported.filter((p) => sourcePaths.has(p));
  if (result.hasLineData && unreportedSource.length > 0) {
    caveats.push(`${unreportedSource.length} changed source file(s) absent from every coverage report: ${unreportedSource.slice(0, 10).join(', ')}`);
  }
  return {
    evaluated: result.hasLineData,
    reason: caveats.length > 0 ? caveats.join('; ') : null,
    reports: reports.map((r) => r.path),
    overall_percent: result.overall_percent,
    diff: result.diff,
  };
}

function readCoverage(report: ClassifiedReport): RawCoverage {
  switch (report.format) {
    case 'lcov':
      return parseLcov(report.content);
    case 'cobertura':
      return parseCobertura(report.content, report.path);
    case 'jacoco':
      return parseJacoco(report.content, report.path);
    case 'go-cover':
      return parseGoCover(report.content);
    case 'istanbul-final':
      return parseIstanbulFinal(report.json as Record<string, unknown>);
    default:
      return parseIstanbulSummary(report.json as Record<string, unknown>);
  }
}

/** Removed files do not count: deleting tests is not "changing tests". */
function changedCounts(files: readonly ChangedFile[]): Tests['changed'] {
  const present = files.filter((f) => f.status !== 'removed');
  return {
    source_files: present.filter((f) => f.kind === 'source').length,
    test_files: present.filter((f) => f.kind === 'test').length,
  };
}
