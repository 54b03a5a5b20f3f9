/**
 * Line coverage from lcov, Cobertura XML, JaCoCo XML, Go cover profiles and
 * Istanbul JSON, merged across
 * reports (a line's hits are the most any report saw), then:
 * - overall: covered / executable lines of everything the reports list;
 * - diff coverage: of the lines this change ADDED that a report marks
 *   executable, the share with at least one hit — per file and in total.
 */
import { XMLParser } from 'fast-xml-parser';
import { GateError } from '../../errors.js';
import type { ChangedFile, FileDiffCoverage } from '../../input/types.js';
import { joinReportPath, matchRepoPath } from '../paths.js';

/** Hits per executable line, per report path (as written in the report). */
export type LineHits = Map<string, Map<number, number>>;

export interface RawCoverage {
  files: LineHits;
  /** Other names a report path may go by (Cobertura: other `<sources>` roots, the bare filename). */
  alternatives?: Map<string, string[]>;
  /** Only a summary (no line data): overall percent known, diff coverage not. */
  summaryPercent?: number;
}

export function parseLcov(text: string): RawCoverage {
  const files: LineHits = new Map();
  let current: Map<number, number> | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('SF:')) {
      const path = line.slice(3);
      current = files.get(path) ?? new Map();
      files.set(path, current);
    } else if (line.startsWith('DA:') && current) {
      const [lineNo, hits] = line.slice(3).split(',');
      addHits(current, Number(lineNo), Number(hits));
    } else if (line === 'end_of_record') {
      current = null;
    }
  }
  return { files };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['source', 'package', 'class', 'line'].includes(name),
  parseAttributeValue: false,
});

interface CoberturaDoc {
  coverage?: {
    sources?: { source?: unknown[] };
    packages?: { package?: Array<{ classes?: { class?: Array<{ filename?: unknown; lines?: { line?: Array<{ number?: unknown; hits?: unknown }> } }> } }> };
  };
}

/**
 * Cobertura: `<class filename>` is relative to one of `<sources>`; each
 * candidate (source + filename, and filename alone) is kept so the repository
 * match can pick the one that names a changed file.
 */
export function parseCobertura(text: string, reportPath: string): RawCoverage {
  let doc: CoberturaDoc;
  try {
    doc = xml.parse(text, true) as CoberturaDoc;
  } catch (err) {
    throw new GateError('config_invalid', `${reportPath} is not well-formed XML: ${(err as Error).message}`, undefined, { file: reportPath });
  }
  const coverage = doc.coverage ?? {};
  const sources: string[] = (coverage.sources?.source ?? []).map((s: unknown) => String(s).trim()).filter(Boolean);
  const files: LineHits = new Map();
  const alternatives = new Map<string, string[]>();
  for (const pkg of coverage.packages?.package ?? []) {
    for (const cls of pkg.classes?.class ?? []) {
      const filename = typeof cls.filename === 'string' ? cls.filename : null;
      if (filename === null) continue;
      const path = sources.length > 0 ? joinReportPath(sources[0]!, filename) : filename;
      const lines = files.get(path) ?? new Map<number, number>();
      files.set(path, lines);
      for (const line of cls.lines?.line ?? []) addHits(lines, Number(line.number), Number(line.hits));
      alternatives.set(path, [filename, ...sources.slice(1).map((s) => joinReportPath(s, filename))]);
    }
  }
  return { files, alternatives };
}

interface JacocoDoc {
  report?: { package?: Array<{ name?: unknown; sourcefile?: Array<{ name?: unknown; line?: Array<{ nr?: unknown; mi?: unknown; ci?: unknown }> }> }> };
}

const jacocoXml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['package', 'sourcefile', 'line'].includes(name),
  parseAttributeValue: false,
});

/**
 * JaCoCo XML: `<package name="com/acme">` / `<sourcefile name="X.java">` /
 * `<line nr mi ci>`. A line with instructions is executable; covered when
 * any instruction ran (`ci` > 0). Paths come out as `com/acme/X.java`, which
 * match `src/main/java/com/acme/X.java` by suffix.
 */
export function parseJacoco(text: string, reportPath: string): RawCoverage {
  let doc: JacocoDoc;
  try {
    doc = jacocoXml.parse(text, true) as JacocoDoc;
  } catch (err) {
    throw new GateError('config_invalid', `${reportPath} is not well-formed XML: ${(err as Error).message}`, undefined, { file: reportPath });
  }
  const files: LineHits = new Map();
  for (const pkg of doc.report?.package ?? []) {
    const dir = typeof pkg.name === 'string' && pkg.name !== '' ? `${pkg.name}/` : '';
    for (const source of pkg.sourcefile ?? []) {
      if (typeof source.name !== 'string') continue;
      const lines = new Map<number, number>();
      files.set(`${dir}${source.name}`, lines);
      for (const line of source.line ?? []) {
        const missed = Number(line.mi ?? 0);
        const covered = Number(line.ci ?? 0);
        if (missed + covered > 0) addHits(lines, Number(line.nr), covered);
      }
    }
  }
  return { files };
}

/**
 * Go cover profile (`go test -coverprofile`): `mode: set`, then
 * `<import path>/file.go:startLine.col,endLine.col <statements> <count>`.
 * Every line of a block takes the block's count.
 */
const MAX_GO_BLOCK_LINES = 10_000;

export function parseGoCover(text: string): RawCoverage {
  const files: LineHits = new Map();
  for (const line of text.split(/\r?\n/).slice(1)) {
    const m = /^(.+):(\d+)\.\d+,(\d+)\.\d+ \d+ (\d+)$/.exec(line.trim());
    // A block longer than any real function is a corrupt or hostile profile: skip it rather than loop for ever.
    if (!m || Number(m[3]) - Number(m[2]) > MAX_GO_BLOCK_LINES) continue;
    const lines = files.get(m[1]!) ?? new Map<number, number>();
    files.set(m[1]!, lines);
    for (let n = Number(m[2]); n <= Number(m[3]); n++) addHits(lines, n, Number(m[4]));
  }
  return { files };
}

/** Istanbul coverage-final.json: a line's hits are the most of any statement starting on it. */
export function parseIstanbulFinal(doc: Record<string, unknown>): RawCoverage {
  const files: LineHits = new Map();
  for (const [key, value] of Object.entries(doc)) {
    const entry = value as { path?: unknown; statementMap?: Record<string, { start?: { line?: unknown } }>; s?: Record<string, unknown> };
    const path = typeof entry.path === 'string' ? entry.path : key;
    const lines = files.get(path) ?? new Map<number, number>();
    files.set(path, lines);
    for (const [id, loc] of Object.entries(entry.statementMap ?? {})) {
      addHits(lines, Number(loc.start?.line), Number(entry.s?.[id] ?? 0));
    }
  }
  return { files };
}

/** coverage-summary.json has no line data: only the overall percent. */
export function parseIstanbulSummary(doc: Record<string, unknown>): RawCoverage {
  const total = (doc.total as { lines?: { total?: unknown; covered?: unknown; pct?: unknown } } | undefined)?.lines;
  const pct = typeof total?.pct === 'number' ? total.pct : null;
  return pct === null ? { files: new Map() } : { files: new Map(), summaryPercent: pct };
}

function addHits(lines: Map<number, number>, line: number, hits: number): void {
  if (!Number.isInteger(line) || line < 1 || !Number.isFinite(hits)) return;
  lines.set(line, Math.max(lines.get(line) ?? 0, hits));
}

export interface CoverageResult {
  overall_percent: number | null;
  diff: { executable: number; covered: number; percent: number | null; files: FileDiffCoverage[] };
  /** Changed files with added lines that no report mentions. */
  unreported: string[];
  hasLineData: boolean;
}

/** Merges the reports onto repository paths and computes overall and diff coverage. */
export function computeCoverage(reports: readonly RawCoverage[], changed: readonly ChangedFile[]): CoverageResult {
  const known = new Set(changed.map((f) => f.path));
  const merged: LineHits = new Map();
  for (const report of reports) {
    for (const [reportPath, lines] of report.files) {
      const repoPath = repoPathFor([reportPath, ...(report.alternatives?.get(reportPath) ?? [])], known);
      const into = merged.get(repoPath) ?? new Map<number, number>();
      merged.set(repoPath, into);
      for (const [line, hits] of lines) addHits(into, line, hits);
    }
  }
  const files: FileDiffCoverage[] = [];
  const unreported: string[] = [];
  for (const file of changed) {
    if (file.added_lines.length === 0) continue;
    const lines = merged.get(file.path);
    if (!lines) {
      unreported.push(file.path);
      continue;
    }
    files.push(fileDiffCoverage(file, lines));
  }
  const executable = files.reduce((n, f) => n + f.executable, 0);
  const covered = files.reduce((n, f) => n + f.covered, 0);
  return {
    overall_percent: overallPercent(merged, reports),
    diff: { executable, covered, percent: percent(covered, executable), files },
    unreported,
    hasLineData: merged.size > 0,
  };
}

/** The first candidate name that matches a changed file, else the first name cleaned. */
function repoPathFor(candidates: readonly string[], known: ReadonlySet<string>): string {
  const matched = candidates.map((c) => matchRepoPath(c, known));
  return matched.find((p) => known.has(p)) ?? matched[0]!;
}

function fileDiffCoverage(file: ChangedFile, lines: ReadonlyMap<number, number>): FileDiffCoverage {
  let executable = 0;
  let covered = 0;
  const uncovered: number[] = [];
  for (const { line } of file.added_lines) {
    const hits = lines.get(line);
    if (hits === undefined) continue;
    executable++;
    if (hits > 0) covered++;
    else uncovered.push(line);
  }
  return { path: file.path, executable, covered, percent: percent(covered, executable), uncovered_lines: uncovered };
}

function overallPercent(merged: LineHits, reports: readonly RawCoverage[]): number | null {
  let total = 0;
  let covered = 0;
  for (const lines of merged.values()) {
    for (const hits of lines.values()) {
      total++;
      if (hits > 0) covered++;
    }
  }
  if (total > 0) return percent(covered, total);
  const summary = reports.find((r) => r.summaryPercent !== undefined);
  return summary?.summaryPercent ?? null;
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;
}
