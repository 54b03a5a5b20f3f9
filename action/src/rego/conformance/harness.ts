/**
 * Runs OPA's YAML conformance cases against this interpreter and compares the
 * results the way OPA's harness does (see ../shared/opa-conformance/FORMAT.md):
 * errors first (code exact, message as substring), otherwise the result rows
 * as JSON, with array bindings sorted when `sort_bindings` is set.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compileModules, RegoError, RegoErrors, compare, fromJSON, toJSON, type Value } from '../index.js';
import { SKIPPED_CASES } from './skips.js';

export interface ConformanceCase {
  note: string;
  query: string;
  modules?: string[];
  data?: unknown;
  input?: unknown;
  input_term?: string;
  want_result?: Record<string, unknown>[];
  want_error_code?: string;
  want_error?: string;
  sort_bindings?: boolean;
  strict_error?: boolean;
}

export interface CaseOutcome {
  /** `<folder>/<file>#<index>`: notes are not unique. */
  id: string;
  folder: string;
  note: string;
  status: 'pass' | 'fail' | 'skip';
  reason?: string;
  /** A passing error case whose message does not contain OPA's expected text (wording differs by version). */
  messageNote?: string;
}

export function findCaseFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...findCaseFiles(full));
    else if (name.endsWith('.yaml') || name.endsWith('.yml')) out.push(full);
  }
  return out;
}

export function runCaseFile(root: string, file: string): CaseOutcome[] {
  const rel = relative(root, file);
  const folder = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : basename(root);
  const doc = parseYaml(readFileSync(file, 'utf8')) as { cases?: ConformanceCase[] } | null;
  return (doc?.cases ?? []).map((c, i) => {
    const id = `${rel}#${i}`;
    const skip = SKIPPED_CASES[id];
    if (skip) return { id, folder, note: c.note, status: 'skip', reason: skip };
    const reason = runCase(c);
    const messageNote = reason === undefined ? messageDifference(c) : undefined;
    return {
      id,
      folder,
      note: c.note,
      status: reason === undefined ? 'pass' : 'fail',
      ...(reason === undefined ? {} : { reason }),
      ...(messageNote ? { messageNote } : {}),
    };
  });
}

type Outcome = { rows: Record<string, unknown>[] } | { error: RegoError };

/** undefined when the case passes, else why it failed. */
export function runCase(c: ConformanceCase): string | undefined {
  const outcome = execute(c);
  const wantsError = c.want_error_code !== undefined || c.want_error !== undefined;
  if (wantsError) {
    if (!('error' in outcome)) return `expected error ${c.want_error_code ?? ''} ${c.want_error ?? ''} but got ${JSON.stringify(outcome.rows)}`;
    const e = outcome.error;
    if (c.want_error_code !== undefined && e.code !== c.want_error_code) return `expected ${c.want_error_code} but got ${e.toString()}`;
    // Message wording differs between OPA versions; the code decides, as FORMAT.md advises.
    if (c.want_error_code === undefined && c.want_error !== undefined && !e.toString().includes(c.want_error)) {
      return `expected error containing ${JSON.stringify(c.want_error)} but got ${e.toString()}`;
    }
    return undefined;
  }
  if ('error' in outcome) return `unexpected error: ${outcome.error.toString()}`;
  const want = (c.want_result ?? []).map((r) => normaliseRow(r, c.sort_bindings === true));
  const got = outcome.rows.map((r) => normaliseRow(r, c.sort_bindings === true));
  const a = want.map(canonical).sort();
  const b = got.map(canonical).sort();
  if (a.length === b.length && a.every((x, i) => x === b[i])) return undefined;
  return `want ${JSON.stringify(c.want_result)} got ${JSON.stringify(outcome.rows)}`;
}

/** For an error case that passed on its code: how our message differs from the expected text, if it does. */
function messageDifference(c: ConformanceCase): string | undefined {
  if (c.want_error_code === undefined || c.want_error === undefined) return undefined;
  const outcome = execute(c);
  if (!('error' in outcome) || outcome.error.toString().includes(c.want_error)) return undefined;
  return `want message containing ${JSON.stringify(c.want_error)}, got ${JSON.stringify(outcome.error.toString())}`;
}

function execute(c: ConformanceCase): Outcome {
  try {
    const modules = (c.modules ?? []).map((source, i) => ({ path: `test-${i}.rego`, source }));
    const policy = compileModules(modules);
    let input: unknown;
    if (c.input_term !== undefined) input = compileModules([]).evaluate(c.input_term);
    else if ('input' in c) input = c.input;
    const rows = policy.query(c.query, {
      ...(input === undefined ? {} : { input }),
      data: c.data ?? {},
      strictBuiltinErrors: c.strict_error === true,
      timeoutMs: 10_000,
      print: () => undefined,
    });
    return { rows: rows.map((r) => Object.fromEntries(Object.entries(r.bindings).map(([k, v]) => [k, toJSON(v)]))) };
  } catch (e) {
    if (e instanceof RegoErrors) return { error: e.errors[0]! };
    if (e instanceof RegoError) return { error: e };
    return { error: new RegoError('eval_internal_error', `crash: ${(e as Error).stack ?? String(e)}`) };
  }
}

function normaliseRow(row: Record<string, unknown>, sort: boolean): Record<string, unknown> {
  if (!sort) return row;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = Array.isArray(v) ? [...v].sort((a, b) => compare(fromJSON(a) as Value, fromJSON(b) as Value)) : v;
  }
  return out;
}

/** JSON text with sorted keys; numbers compare by value. */
function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return '{' + entries.map(([k, x]) => JSON.stringify(k) + ':' + canonical(x)).join(',') + '}';
}
