/**
 * Checks the value of the `paved/decision` entrypoint against the policy
 * contract (DecisionDocument). Policies are code written by other people: a
 * wrong shape must stop the gate with a message naming the exact field, never
 * be half-read into a pass.
 */
import { GateError } from '../errors.js';
import type { DecisionDocument, PolicyFinding, Waiver } from './types.js';

const CONTRACT_HINT =
  'The entrypoint must return {"deny": [finding], "warn": [finding]} (optionally "waived" and "rules"), where a finding is {"rule": "<id>", "message": "<text>", "file"?, "line"?, "remediation"?, "evidence"?}. See docs/policies.md.';

type Json = Record<string, unknown>;

export function parseDecisionDocument(value: unknown, entrypoint: string): DecisionDocument {
  if (!isPlainObject(value)) {
    fail(`the entrypoint ${entrypoint} returned ${describe(value)}, not an object`);
  }
  const document: DecisionDocument = {
    deny: parseFindingList(value, 'deny', true).map((f, i) => parseFinding(f, `deny[${i}]`)),
    warn: parseFindingList(value, 'warn', true).map((f, i) => parseFinding(f, `warn[${i}]`)),
  };
  if (value.waived !== undefined) {
    document.waived = parseFindingList(value, 'waived', false).map((f, i) => parseWaivedFinding(f, `waived[${i}]`));
  }
  if (value.rules !== undefined) document.rules = parseRuleIds(value.rules);
  return document;
}

function parseFindingList(doc: Json, key: string, required: boolean): unknown[] {
  const list = doc[key];
  if (list === undefined && required) fail(`the decision has no "${key}" list`);
  if (!Array.isArray(list)) fail(`"${key}" is ${describe(list)}, not an array (a Rego set becomes an array)`);
  return list;
}

function parseFinding(raw: unknown, where: string): PolicyFinding {
  if (!isPlainObject(raw)) fail(`${where} is ${describe(raw)}, not a finding object`);
  const finding: PolicyFinding = {
    rule: requiredString(raw, 'rule', where),
    message: requiredString(raw, 'message', where),
  };
  const file = optional(raw, 'file');
  if (file !== undefined) {
    if (typeof file !== 'string' || file === '') fail(`${where}.file is ${describe(file)}, not a non-empty path string`);
    finding.file = file;
  }
  const line = optional(raw, 'line');
  if (line !== undefined) {
    if (!Number.isInteger(line) || (line as number) < 1) fail(`${where}.line is ${describe(line)}, not a positive integer`);
    finding.line = line as number;
  }
  const remediation = optional(raw, 'remediation');
  if (remediation !== undefined) {
    if (typeof remediation !== 'string') fail(`${where}.remediation is ${describe(remediation)}, not a string`);
    finding.remediation = remediation;
  }
  if (raw.evidence !== undefined) finding.evidence = raw.evidence;
  return finding;
}

function parseWaivedFinding(raw: unknown, where: string): PolicyFinding & { waiver: Waiver } {
  const finding = parseFinding(raw, where);
  const waiver = (raw as Json).waiver;
  if (!isPlainObject(waiver)) fail(`${where}.waiver is ${describe(waiver)}, not an object {by, reason, review_id?}`);
  const parsed: Waiver = {
    by: requiredString(waiver, 'by', `${where}.waiver`),
    reason: requiredString(waiver, 'reason', `${where}.waiver`),
  };
  const reviewId = optional(waiver, 'review_id');
  if (reviewId !== undefined) {
    if (!Number.isInteger(reviewId)) fail(`${where}.waiver.review_id is ${describe(reviewId)}, not an integer`);
    parsed.review_id = reviewId as number;
  }
  return { ...finding, waiver: parsed };
}

function parseRuleIds(raw: unknown): string[] {
  if (!Array.isArray(raw)) fail(`"rules" is ${describe(raw)}, not an array of rule ids`);
  return raw.map((id, i) => {
    if (typeof id !== 'string' || id === '') fail(`rules[${i}] is ${describe(id)}, not a rule id string`);
    return id;
  });
}

function requiredString(obj: Json, key: string, where: string): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '') {
    fail(`${where}.${key} is ${describe(value)}, expected a non-empty string`);
  }
  return value;
}

/** A policy may write `file: null` for "no file": treat null like absent. */
function optional(obj: Json, key: string): unknown {
  const value = obj[key];
  return value === null ? undefined : value;
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short, safe description of a wrong value for the error message. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 60 ? text.slice(0, 57) + '...' : text}`;
}

function fail(message: string): never {
  throw new GateError('decision_invalid', `Policy decision has the wrong shape: ${message}.`, CONTRACT_HINT);
}
