/**
 * SARIF 2.1.0 from any tool (CodeQL, Semgrep, Trivy, ESLint…) → findings with
 * tool, rule, level, security-severity, message, file and line, each marked
 * `on_changed_line` when its region touches a line this change added.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
import { GateError } from '../../errors.js';
import type { SarifFinding } from '../../input/types.js';
import { cleanReportPath, joinReportPath, matchRepoPath } from '../paths.js';

type Json = Record<string, unknown>;

export interface AddedLineIndex {
  /** Repository paths of the changed files. */
  paths: ReadonlySet<string>;
  /** Added line numbers per repository path. */
  added: ReadonlyMap<string, ReadonlySet<number>>;
}

export interface SarifReport {
  tools: string[];
  findings: SarifFinding[];
}

/** Content sniffing: a JSON object with a `runs` array and a SARIF version or schema. */
export function looksLikeSarif(doc: unknown): boolean {
  if (!isObject(doc) || !Array.isArray(doc.runs)) return false;
  return doc.version === '2.1.0' || (typeof doc.$schema === 'string' && /sarif/i.test(doc.$schema));
}

export function parseSarif(doc: unknown, reportPath: string, index: AddedLineIndex): SarifReport {
  if (!looksLikeSarif(doc)) {
    throw new GateError('config_invalid', `${reportPath} is not a SARIF 2.1.0 log`, 'pass a file with "version": "2.1.0" and a "runs" array', { file: reportPath });
  }
  if ((doc as Json).version !== undefined && (doc as Json).version !== '2.1.0') {
    throw new GateError('config_invalid', `${reportPath}: SARIF version ${String((doc as Json).version)} is not supported`, 'emit SARIF 2.1.0', { file: reportPath });
  }
  const tools = new Set<string>();
  const findings: SarifFinding[] = [];
  for (const run of (doc as Json).runs as unknown[]) {
    if (!isObject(run)) continue;
    const ctx = runContext(run);
    tools.add(ctx.tool);
    for (const result of arrayOf(run.results)) {
      if (!isObject(result) || isSuppressed(result)) continue;
      findings.push(toFinding(result, ctx, index));
    }
  }
  return { tools: [...tools], findings };
}

interface RunContext {
  tool: string;
  rulesById: Map<string, Json>;
  rules: Json[];
  /** Rules of each `tool.extensions[i]` (CodeQL query packs). */
  extensionRules: Json[][];
  baseIds: Map<string, string>;
  artifacts: Json[];
}

function runContext(run: Json): RunContext {
  const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : {};
  const rules = arrayOf(driver.rules).filter(isObject);
  const extensionRules = arrayOf(isObject(run.tool) ? run.tool.extensions : []).map((ext) => (isObject(ext) ? arrayOf(ext.rules).filter(isObject) : []));
  const rulesById = new Map<string, Json>();
  for (const rule of [...rules, ...extensionRules.flat()]) if (typeof rule.id === 'string' && !rulesById.has(rule.id)) rulesById.set(rule.id, rule);
  return {
    tool: typeof driver.name === 'string' && driver.name !== '' ? driver.name : 'unknown',
    rulesById,
    rules,
    extensionRules,
    baseIds: baseUris(run.originalUriBaseIds),
    artifacts: arrayOf(run.artifacts).filter(isObject),
  };
}

function toFinding(result: Json, ctx: RunContext, index: AddedLineIndex): SarifFinding {
  const rule = findRule(result, ctx);
  const ruleId = stringOr(result.ruleId, null) ?? stringOr(isObject(result.rule) ? result.rule.id : undefined, null) ?? stringOr(rule?.id, null) ?? 'unknown';
  const where = location(result, ctx);
  const file = where.uri === null ? null : matchRepoPath(where.uri, index.paths);
  return {
    tool: ctx.tool,
    rule: ruleId,
    level: levelOf(result, rule),
    security_severity: securitySeverity(result, rule),
    message: messageOf(result, rule),
    file,
    line: where.startLine,
    on_changed_line: file !== null && where.startLine !== null && touchesAdded(index.added.get(file), where.startLine, where.endLine),
  };
}

function findRule(result: Json, ctx: RunContext): Json | undefined {
  const ref = isObject(result.rule) ? result.rule : {};
  const idx = typeof result.ruleIndex === 'number' ? result.ruleIndex : typeof ref.index === 'number' ? ref.index : -1;
  // rule.toolComponent.index points into tool.extensions; without it the index is the driver's.
  const component = isObject(ref.toolComponent) && typeof ref.toolComponent.index === 'number' ? ctx.extensionRules[ref.toolComponent.index] : ctx.rules;
  if (idx >= 0 && component?.[idx]) return component[idx];
  const id = stringOr(result.ruleId, null) ?? stringOr(ref.id, null);
  if (id === null) return undefined;
  // CodeQL-style hierarchical ids ("js/sql-injection/sub") fall back to their parent rule.
  return ctx.rulesById.get(id) ?? ctx.rulesById.get(id.split('/').slice(0, -1).join('/'));
}

/** SARIF §3.27.10: a result's level, else its rule's default, else "warning"; non-"fail" kinds default to "none". */
function levelOf(result: Json, rule: Json | undefined): string {
  if (typeof result.level === 'string') return result.level;
  if (typeof result.kind === 'string' && result.kind !== 'fail') return 'none';
  const config = rule && isObject(rule.defaultConfiguration) ? rule.defaultConfiguration : {};
  return typeof config.level === 'string' ? config.level : 'warning';
}

function securitySeverity(result: Json, rule: Json | undefined): number | null {
  for (const holder of [result.properties, rule?.properties]) {
    if (!isObject(holder)) continue;
    const raw = holder['security-severity'];
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number.parseFloat(raw) : Number.NaN;
    if (Number.isFinite(value)) return value;
  }
  return null;
}

function messageOf(result: Json, rule: Json | undefined): string {
  const msg = isObject(result.message) ? result.message : {};
  let template = stringOr(msg.text, null) ?? stringOr(msg.markdown, null);
  if (template === null && typeof msg.id === 'string' && rule && isObject(rule.messageStrings)) {
    const entry = rule.messageStrings[msg.id];
    template = isObject(entry) ? stringOr(entry.text, null) : null;
  }
  if (template === null) return '';
  const args = arrayOf(msg.arguments).map((a) => String(a));
  return substitute(template, args);
}

/** `{0}` → argument 0; `{{` and `}}` are literal braces (SARIF §3.11.5). */
export function substitute(template: string, args: readonly string[]): string {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (token, n: string | undefined) => {
    if (token === '{{') return '{';
    if (token === '}}') return '}';
    const i = Number(n);
    return i < args.length ? args[i]! : token;
  });
}

interface Where {
  uri: string | null;
  startLine: number | null;
  endLine: number | null;
}

function location(result: Json, ctx: RunContext): Where {
  const first = arrayOf(result.locations).find(isObject);
  const physical = first && isObject(first.physicalLocation) ? first.physicalLocation : null;
  if (!physical) return { uri: null, startLine: null, endLine: null };
  const artifact = isObject(physical.artifactLocation) ? physical.artifactLocation : {};
  const region = isObject(physical.region) ? physical.region : {};
  const startLine = positiveInt(region.startLine);
  return {
    uri: artifactUri(artifact, ctx),
    startLine,
    endLine: positiveInt(region.endLine) ?? startLine,
  };
}

function artifactUri(artifact: Json, ctx: RunContext): string | null {
  let uri = stringOr(artifact.uri, null);
  let baseId = stringOr(artifact.uriBaseId, null);
  if (uri === null && typeof artifact.index === 'number') {
    const listed = ctx.artifacts[artifact.index];
    const loc = listed && isObject(listed.location) ? listed.location : {};
    uri = stringOr(loc.uri, null);
    baseId = baseId ?? stringOr(loc.uriBaseId, null);
  }
  if (uri === null) return null;
  // A base id the log does not define (CodeQL's %SRCROOT%) means "the checkout root": the uri is then repository-relative.
  const base = baseId === null ? undefined : ctx.baseIds.get(baseId);
  return base === undefined ? cleanReportPath(uri) : joinReportPath(base, uri);
}

/** originalUriBaseIds may chain (a base relative to another base). */
function baseUris(raw: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!isObject(raw)) return out;
  const resolve = (id: string, depth: number): string | undefined => {
    const entry = raw[id];
    if (!isObject(entry) || typeof entry.uri !== 'string' || depth > 8) return undefined;
    const parent = typeof entry.uriBaseId === 'string' ? resolve(entry.uriBaseId, depth + 1) : undefined;
    return parent === undefined ? entry.uri : joinReportPath(parent, entry.uri);
  };
  for (const id of Object.keys(raw)) {
    const uri = resolve(id, 0);
    if (uri !== undefined) out.set(id, uri);
  }
  return out;
}

function touchesAdded(added: ReadonlySet<number> | undefined, start: number, end: number | null): boolean {
  if (!added) return false;
  const last = Math.max(start, end ?? start);
  // Walk whichever is shorter: the region, or the file's added lines (a region may span a whole file).
  if (last - start < added.size) {
    for (let n = start; n <= last; n++) if (added.has(n)) return true;
    return false;
  }
  for (const n of added) if (n >= start && n <= last) return true;
  return false;
}

/** An accepted suppression (or one without a status) hides a result; underReview and rejected ones do not. */
function isSuppressed(result: Json): boolean {
  const list = arrayOf(result.suppressions).filter(isObject);
  return list.length > 0 && list.some((s) => s.status === undefined || s.status === 'accepted');
}

function positiveInt(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null;
}

function stringOr<T>(v: unknown, fallback: T): string | T {
  return typeof v === 'string' && v !== '' ? v : fallback;
}

function arrayOf(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
