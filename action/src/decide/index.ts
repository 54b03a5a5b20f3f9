/**
 * From the policy's answer to the gate's Decision: validate the shape, enrich
 * every finding from the rule catalog, order them, compute the verdict, and
 * fill the decision record. Also builds the record for a gate error, so every
 * run ends in one Decision that the reporters can render.
 */
import { GateError } from '../errors.js';
import type { PolicyInfo } from '../engine/types.js';
import type { InputDocument } from '../input/types.js';
import { canonicalDigest } from './canonical.js';
import { parseDecisionDocument } from './validate.js';
import {
  DECISION_SCHEMA,
  type Decision,
  type DecisionDocument,
  type Finding,
  type Level,
  type PolicyFinding,
  type Severity,
  type Verdict,
  type Waiver,
} from './types.js';

/** What enrichment needs from a catalog entry (decide/catalog.ts RuleEntry satisfies it). */
export interface CatalogRule {
  id: string;
  title: string;
  severity: Severity;
  category: string;
  remediation: string;
  docs?: string | null;
}

export type RuleCatalog = ReadonlyMap<string, CatalogRule>;

export type Timings = Decision['timings_ms'];

export const LEVEL_ORDER: readonly Level[] = ['deny', 'warn', 'waived'];
export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export interface DecideParams {
  /** The entrypoint's value as JSON; undefined when the entrypoint was undefined. */
  value: unknown;
  entrypoint: string;
  catalog: RuleCatalog;
  input: InputDocument;
  policy: PolicyInfo;
  timings: Timings;
  failOpen: boolean;
}

/** Throws GateError (decision_invalid, vacuous) when the policy's answer cannot be trusted. */
export function decide(params: DecideParams): Decision {
  const { value, entrypoint, catalog } = params;
  if (catalog.size === 0) {
    throw new GateError('vacuous', 'The rule catalog is empty: no rules are loaded, so nothing would be checked.', 'Point the gate at a rules/ directory with at least one rule entry (--rules).');
  }
  if (value === undefined) {
    throw new GateError(
      'decision_invalid',
      `The policy entrypoint ${entrypoint} is undefined: no policy produced a decision.`,
      undefinedEntrypointHint(entrypoint),
    );
  }
  const document = parseDecisionDocument(value, entrypoint);
  checkNoConflicts(document);
  const findings = orderFindings(enrichFindings(document, catalog));
  return {
    schema: DECISION_SCHEMA,
    verdict: verdictOf(findings),
    counts: countLevels(findings),
    findings,
    evaluated_rules: withoutDisabled(evaluatedRules(document, catalog), params.input),
    input_digest: inputDigest(params.input),
    policy: policyRecord(params.policy, entrypoint),
    timings_ms: params.timings,
    error: null,
    fail_open: params.failOpen,
    change: changeRecord(params.input),
  };
}

function undefinedEntrypointHint(entrypoint: string): string {
  const segments = entrypoint.split('/');
  const asPackage = `a package "${segments.join('.')}" whose rules make up the document`;
  const asRule = segments.length > 1 ? `a rule "${segments.at(-1)}" in package "${segments.slice(0, -1).join('.')}", or ` : '';
  return `Check that the policies define ${asRule}${asPackage}, that its rules are defined for this input, or pass the right --entrypoint.`;
}

export interface ErrorDecisionParams {
  error: unknown;
  entrypoint: string;
  input: InputDocument | null;
  /** null when the policies could not be loaded. */
  policy: PolicyInfo | null;
  policySource: string;
  timings: Timings;
  failOpen: boolean;
}

/** The decision when the gate could not decide: error (fails closed), or neutral under fail-open. */
export function errorDecision(params: ErrorDecisionParams): Decision {
  // Before the policies are loaded nothing is known about them but where they were to come from.
  const policy = params.policy
    ? policyRecord(params.policy, params.entrypoint)
    : { kind: 'unknown', source: params.policySource, revision: null, digest: '', entrypoint: params.entrypoint };
  return {
    schema: DECISION_SCHEMA,
    verdict: params.failOpen ? 'neutral' : 'error',
    counts: { deny: 0, warn: 0, waived: 0 },
    findings: [],
    evaluated_rules: [],
    input_digest: params.input ? inputDigest(params.input) : '',
    policy,
    timings_ms: params.timings,
    error: errorRecord(params.error),
    fail_open: params.failOpen,
    change: changeRecord(params.input),
  };
}

export function enrichFindings(document: DecisionDocument, catalog: RuleCatalog): Finding[] {
  const levelled: [Level, PolicyFinding & { waiver?: Waiver }][] = [
    ...document.deny.map((f) => ['deny', f] as [Level, PolicyFinding]),
    ...document.warn.map((f) => ['warn', f] as [Level, PolicyFinding]),
    ...(document.waived ?? []).map((f) => ['waived', f] as [Level, PolicyFinding & { waiver: Waiver }]),
  ];
  const unknown = [...new Set(levelled.map(([, f]) => f.rule).filter((id) => !catalog.has(id)))].sort();
  if (unknown.length > 0) {
    throw new GateError(
      'vacuous',
      `Findings use rule ids with no entry in the rule catalog: ${unknown.join(', ')}.`,
      'Every rule a policy emits must be documented: add a catalog entry (id, title, severity, category, why, remediation, docs) under rules/, or fix the id in the policy.',
    );
  }
  return levelled.map(([level, finding]) => enrichOne(level, finding, catalog.get(finding.rule)!));
}

function enrichOne(level: Level, finding: PolicyFinding & { waiver?: Waiver }, rule: CatalogRule): Finding {
  const enriched: Finding = {
    level,
    rule: finding.rule,
    title: rule.title,
    severity: rule.severity,
    category: rule.category,
    message: finding.message,
    remediation: finding.remediation ?? rule.remediation,
    docs: rule.docs ?? null,
  };
  if (finding.file !== undefined) enriched.file = finding.file;
  if (finding.line !== undefined) enriched.line = finding.line;
  if (finding.evidence !== undefined) enriched.evidence = finding.evidence;
  if (finding.waiver !== undefined) enriched.waiver = finding.waiver;
  return enriched;
}

/** deny, warn, waived; then severity; then file (file-less last), line, rule id, message: a total order, so reports are stable. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      compareOptionalFile(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
}

export function verdictOf(findings: readonly Finding[]): Verdict {
  return findings.some((f) => f.level === 'deny') ? 'failure' : 'success';
}

/**
 * With a declared rule list, it must match the catalog both ways: a finding
 * from an undeclared rule, or a catalog rule no policy defines, means the
 * documentation and the policies drifted apart. Without one, the catalog is
 * the declaration.
 */
export function evaluatedRules(document: DecisionDocument, catalog: RuleCatalog): string[] {
  if (document.rules === undefined) return [...catalog.keys()].sort();
  const declared = new Set(document.rules);
  if (declared.size === 0) {
    throw new GateError('vacuous', 'The policy pack declares no rules ("rules" is empty): nothing was evaluated.', 'Load a policy pack that defines deny/warn rules.');
  }
  const undocumented = [...declared].filter((id) => !catalog.has(id)).sort();
  if (undocumented.length > 0) {
    throw new GateError('vacuous', `The policy pack declares rules with no catalog entry: ${undocumented.join(', ')}.`, 'Add an entry for each under rules/.');
  }
  const undefinedInPolicy = [...catalog.keys()].filter((id) => !declared.has(id)).sort();
  if (undefinedInPolicy.length > 0) {
    throw new GateError(
      'vacuous',
      `The rule catalog lists rules that no policy defines: ${undefinedInPolicy.join(', ')}.`,
      'Remove the catalog entries, load the policies that define them, or point --rules at the catalog that belongs to these policies.',
    );
  }
  const allFindings = [...document.deny, ...document.warn, ...(document.waived ?? [])];
  const undeclared = [...new Set(allFindings.map((f) => f.rule).filter((id) => !declared.has(id)))].sort();
  if (undeclared.length > 0) {
    throw new GateError('decision_invalid', `Findings use rule ids the pack does not declare in "rules": ${undeclared.join(', ')}.`, 'Add them to the rules the pack declares.');
  }
  return [...declared].sort();
}

/** A rule switched off in the config (`rules.<id>.enabled: false`) was not evaluated, whatever the pack declares. */
function withoutDisabled(ruleIds: string[], input: InputDocument): string[] {
  const enabled = ruleIds.filter((id) => input.config.rules[id]?.enabled !== false);
  if (enabled.length === 0) {
    throw new GateError(
      'vacuous',
      'Every rule is disabled by the configuration (rules.<id>.enabled: false): nothing would be checked.',
      'Enable at least one rule in paved.yml, or remove the gate from this repository on purpose rather than passing everything.',
    );
  }
  return enabled;
}

/** The same finding at two levels is a policy bug (e.g. denied and waived at once): refuse to guess which one holds. */
function checkNoConflicts(document: DecisionDocument): void {
  const seen = new Map<string, Level>();
  const lists: [Level, PolicyFinding[]][] = [
    ['deny', document.deny],
    ['warn', document.warn],
    ['waived', document.waived ?? []],
  ];
  for (const [level, list] of lists) {
    for (const finding of list) {
      const key = JSON.stringify([finding.rule, finding.file ?? null, finding.line ?? null, finding.message]);
      const other = seen.get(key);
      if (other !== undefined && other !== level) {
        const where = finding.file ? ` at ${finding.file}${finding.line ? ':' + finding.line : ''}` : '';
        throw new GateError(
          'decision_invalid',
          `Conflicting decision: the same ${finding.rule} finding${where} is both in "${other}" and "${level}".`,
          'A finding belongs to exactly one of deny, warn and waived; fix the policy so a waived finding is removed from deny.',
        );
      }
      seen.set(key, level);
    }
  }
}

function countLevels(findings: readonly Finding[]): Decision['counts'] {
  const counts = { deny: 0, warn: 0, waived: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}

export function inputDigest(input: InputDocument): string {
  return canonicalDigest(input);
}

function policyRecord(policy: PolicyInfo, entrypoint: string): Decision['policy'] {
  return { kind: policy.kind, source: policy.source, revision: policy.revision, digest: policy.digest, entrypoint };
}

function changeRecord(input: InputDocument | null): Decision['change'] {
  if (!input) return { repository: null, number: null, head_sha: '', title: '' };
  return {
    repository: input.repository.full_name,
    number: input.change.number,
    head_sha: input.change.head.sha,
    title: input.change.title,
  };
}

/** Any thrown value as the decision's error: GateError and RegoError keep their code and location. */
export function errorRecord(error: unknown): NonNullable<Decision['error']> {
  if (error instanceof GateError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.hint !== undefined ? { hint: error.hint } : {}),
      ...(error.location !== undefined ? { location: { ...error.location } } : {}),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal_error',
    message: `Unexpected error: ${message}`,
    hint: 'This is a bug in Paved, not in your change. Re-run with the same input and report it with the decision JSON.',
  };
}

function compareOptionalFile(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return compareText(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
