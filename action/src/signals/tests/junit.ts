/**
 * JUnit XML as written by vitest, Jest (jest-junit), pytest, Maven Surefire
 * and Gradle: totals counted from the test cases, and each failure with its
 * name, class, suite and — where the report or its stack trace says — file
 * and line.
 */
import { XMLParser } from 'fast-xml-parser';
import { GateError } from '../../errors.js';
import type { JUnitSummary, TestCaseFailure } from '../../input/types.js';
import { cleanReportPath } from '../paths.js';
import { redactText } from '../security/secrets.js';

type Node = Record<string, unknown>;

/** What one report contributes: the summary's counts and failures. */
export type JUnitCounts = Omit<JUnitSummary, 'evaluated' | 'reason' | 'reports'>;

const MESSAGE_MAX = 500;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  // Numeric character references (&#10; in pytest messages) are only decoded with this on.
  htmlEntities: true,
});

export function parseJUnit(xml: string, reportPath: string): JUnitCounts {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (err) {
    throw new GateError('config_invalid', `${reportPath} is not well-formed XML: ${(err as Error).message}`, 'pass the JUnit XML file the test runner wrote', { file: reportPath });
  }
  const counts: JUnitCounts = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, failures: [] };
  const roots = [doc.testsuites, doc.testsuite].filter((n) => n !== undefined);
  for (const root of roots) for (const suite of suitesIn(root)) addSuite(suite, counts);
  counts.passed = counts.total - counts.failed - counts.errors - counts.skipped;
  return counts;
}

/** Suites may nest (Ant, some Jest and Gradle layouts); flatten them. */
function suitesIn(node: unknown): Node[] {
  const list = Array.isArray(node) ? node : [node];
  const out: Node[] = [];
  for (const item of list) {
    if (!isNode(item)) continue;
    if (Array.isArray(item.testcase) || item.name !== undefined) out.push(item);
    if (item.testsuite !== undefined) out.push(...suitesIn(item.testsuite));
  }
  return out;
}

function addSuite(suite: Node, counts: JUnitCounts): void {
  const suiteName = attr(suite, 'name');
  const before = counts.failed + counts.errors;
  for (const testcase of arrayOf(suite.testcase).filter(isNode)) {
    counts.total++;
    const failure = first(testcase.failure);
    const error = first(testcase.error);
    if (failure !== undefined) {
      counts.failed++;
      counts.failures.push(toFailure(testcase, suite, suiteName, failure, 'failure'));
    } else if (error !== undefined) {
      counts.errors++;
      counts.failures.push(toFailure(testcase, suite, suiteName, error, 'error'));
    } else if (testcase.skipped !== undefined) {
      counts.skipped++;
    }
  }
  if (suite.testsuite === undefined) addSuiteLevelProblems(suite, suiteName, counts.failed + counts.errors - before, counts);
}

/**
 * A suite that failed before its tests ran (an import error under jest-junit's
 * defaults, a crashed fork) may say `errors="1"` with no failing test case.
 * Those count as errors, so a broken suite never reads as a pass.
 */
function addSuiteLevelProblems(suite: Node, suiteName: string | null, carried: number, counts: JUnitCounts): void {
  const declared = count(attr(suite, 'failures')) + count(attr(suite, 'errors'));
  const missing = declared - carried;
  if (missing <= 0) return;
  counts.total += missing;
  counts.errors += missing;
  counts.failures.push({
    name: '(suite)',
    classname: null,
    suite: suiteName,
    file: null,
    line: null,
    message: `the suite reports ${missing} failure(s) or error(s) that no test case carries`,
    kind: 'error',
  });
}

function count(raw: string | null): number {
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : 0;
}

function toFailure(testcase: Node, suite: Node, suiteName: string | null, problem: unknown, kind: 'failure' | 'error'): TestCaseFailure {
  const classname = attr(testcase, 'classname');
  const text = isNode(problem) ? String(problem['#text'] ?? '') : String(problem ?? '');
  const message = (isNode(problem) ? attr(problem, 'message') : null) ?? firstLine(text);
  const where = locate(testcase, suite, suiteName, classname, text);
  // Parametrised test names quote their arguments (`test_auth[ghp_…]`): redacted like the message.
  const clean = (value: string | null) => (value === null ? null : redactText(value));
  return {
    name: redactText(attr(testcase, 'name') ?? '(unnamed)'),
    classname: clean(classname),
    suite: clean(suiteName),
    file: where.file,
    line: where.line,
    message: clip(redactText(message.trim())),
    kind,
  };
}

/**
 * Where the failure is: the test case's `file`/`line` attributes (jest-junit
 * with addFileAttribute, pytest xunit1), else the first stack frame in the
 * failure text that points at the test's own file or class.
 */
function locate(testcase: Node, suite: Node, suiteName: string | null, classname: string | null, text: string): { file: string | null; line: number | null } {
  const declaredFile = attr(testcase, 'file') ?? attr(suite, 'file');
  const frames = stackFrames(text);
  const own = frames.find((f) => sameFile(f.file, declaredFile) || sameFile(f.file, classname) || sameFile(f.file, suiteName)) ?? javaFrame(frames, classname);
  if (own) return { file: declaredFile === null ? own.file : cleanReportPath(declaredFile), line: own.line };
  if (declaredFile !== null) return { file: cleanReportPath(declaredFile), line: declaredLine(testcase, suiteName) };
  const firstFrame = frames[0];
  return firstFrame ? { file: firstFrame.file, line: firstFrame.line } : { file: null, line: null };
}

/** pytest writes `line` 0-based (its item.location); other writers use 1-based. */
function declaredLine(testcase: Node, suiteName: string | null): number | null {
  const raw = attr(testcase, 'line');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw) + (suiteName === 'pytest' ? 1 : 0);
}

interface Frame {
  file: string;
  line: number;
  /** Text before the frame on its line: `at com.acme.MathTest.divides`. */
  context: string;
}

// Bounded path length: failure output can hold megabyte lines (minified bundles, dumps).
const FRAME = /([^\s()'"❯]{1,300}\.(?:[cm]?[jt]sx?|py|java|kt|scala|groovy|go|rb|cs|php|rs|swift)):(\d+)(?::\d+)?/g;
/** Stack frames are looked for in the first part of a failure's text only. */
const FRAME_SEARCH_CHARS = 64 * 1024;

function stackFrames(text: string): Frame[] {
  const frames: Frame[] = [];
  for (const line of text.slice(0, FRAME_SEARCH_CHARS).split('\n')) {
    for (const m of line.matchAll(FRAME)) {
      const file = cleanReportPath(m[1]!);
      if (/node_modules|^node:|internal\//.test(file)) continue;
      frames.push({ file, line: Number(m[2]), context: line.slice(0, m.index) });
    }
  }
  return frames;
}

/** Java frames name only the file (`MathTest.java:25`); rebuild `com/acme/MathTest.java` from the class. */
function javaFrame(frames: readonly Frame[], classname: string | null): Frame | undefined {
  if (classname === null || !classname.includes('.')) return undefined;
  const simple = classname.split('.').pop()!;
  const frame = frames.find((f) => f.context.includes(`${classname}.`) && f.file.startsWith(simple));
  if (!frame) return undefined;
  const pkg = classname.split('.').slice(0, -1).join('/');
  return { ...frame, file: `${pkg}/${frame.file}` };
}

function sameFile(framePath: string, name: string | null): boolean {
  if (name === null) return false;
  const clean = cleanReportPath(name);
  return framePath === clean || framePath.endsWith(`/${clean}`) || clean.endsWith(`/${framePath}`);
}

function attr(node: Node, name: string): string | null {
  const v = node[name];
  return typeof v === 'string' && v !== '' ? v : null;
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function arrayOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

function firstLine(text: string): string {
  return text.trim().split('\n', 1)[0] ?? '';
}

function clip(text: string): string {
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX - 1)}…` : text;
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
