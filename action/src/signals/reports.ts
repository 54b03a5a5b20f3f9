/**
 * Report files are recognised by their content, never their name: CI
 * artifacts arrive as `report.xml`, `results.json`, `coverage.info`…
 * A report in no known format is an error the user must fix (fail closed).
 */
import { GateError } from '../errors.js';
import type { ReportFile } from './types.js';

export type ReportFormat = 'sarif' | 'junit' | 'cobertura' | 'jacoco' | 'lcov' | 'go-cover' | 'istanbul-final' | 'istanbul-summary';

export interface ClassifiedReport extends ReportFile {
  format: ReportFormat;
  /** Parsed JSON for the JSON formats. */
  json?: unknown;
}

export function classifyReports(reports: readonly ReportFile[]): ClassifiedReport[] {
  return reports.map((report) => {
    const detected = detectFormat(report.content);
    if (detected === null) {
      throw new GateError(
        'config_invalid',
        `report ${report.path} is not in a format Paved reads`,
        'give JUnit XML, Cobertura or JaCoCo XML, lcov, a Go cover profile, Istanbul coverage-final.json / coverage-summary.json, or SARIF 2.1.0',
        { file: report.path },
      );
    }
    return { ...report, ...detected };
  });
}

export function detectFormat(content: string): { format: ReportFormat; json?: unknown } | null {
  const text = content.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{')) return detectJson(text);
  if (text.startsWith('<')) return detectXml(text);
  if (/^(TN:|SF:)/m.test(text) && /^end_of_record\s*$/m.test(text)) return { format: 'lcov' };
  if (/^mode: (set|count|atomic)\s*$/m.test(text.split('\n', 1)[0]!)) return { format: 'go-cover' };
  return null;
}

function detectJson(text: string): { format: ReportFormat; json: unknown } | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const doc = json as Record<string, unknown>;
  if (Array.isArray(doc.runs) && (doc.version !== undefined || typeof doc.$schema === 'string')) return { format: 'sarif', json };
  const values = Object.values(doc).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
  if (values.length === 0) return null;
  if (isObject(doc.total) && isObject(doc.total.lines)) return { format: 'istanbul-summary', json };
  if (values.every((v) => isObject(v.statementMap) && isObject(v.s))) return { format: 'istanbul-final', json };
  return null;
}

function detectXml(text: string): { format: ReportFormat } | null {
  // The first element after the prolog, comments and doctype names the format.
  const root = /<(?!\?|!)([A-Za-z_][\w.-]*)/.exec(text)?.[1];
  if (root === 'testsuites' || root === 'testsuite') return { format: 'junit' };
  if (root === 'coverage' && /\bline-rate=|<packages\b|<class\b/.test(text)) return { format: 'cobertura' };
  if (root === 'report' && /<sourcefile\b/.test(text)) return { format: 'jacoco' };
  return null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
