/**
 * The decision record as JSON (`--format json`, the Action's decision-file).
 * Keys come out in one documented order whatever order the record was built
 * in, so two runs over the same change diff cleanly. Its JSON Schema is
 * action/src/decide/decision.schema.json (a test keeps the two in step).
 */
import { canonicalJSON } from '../decide/canonical.js';
import type { Decision, Finding } from '../decide/types.js';

export function renderJson(decision: Decision): string {
  return JSON.stringify(orderedDecision(decision), null, 2) + '\n';
}

function orderedDecision(d: Decision): Record<string, unknown> {
  return {
    schema: d.schema,
    verdict: d.verdict,
    counts: { deny: d.counts.deny, warn: d.counts.warn, waived: d.counts.waived },
    findings: d.findings.map(orderedFinding),
    evaluated_rules: d.evaluated_rules,
    input_digest: d.input_digest,
    policy: {
      kind: d.policy.kind,
      source: d.policy.source,
      revision: d.policy.revision,
      digest: d.policy.digest,
      entrypoint: d.policy.entrypoint,
    },
    timings_ms: { collect: d.timings_ms.collect, evaluate: d.timings_ms.evaluate, report: d.timings_ms.report, total: d.timings_ms.total },
    error: d.error && {
      code: d.error.code,
      message: d.error.message,
      hint: d.error.hint,
      location: d.error.location && { file: d.error.location.file, row: d.error.location.row, col: d.error.location.col },
    },
    fail_open: d.fail_open,
    change: { repository: d.change.repository, number: d.change.number, head_sha: d.change.head_sha, title: d.change.title },
  };
}

function orderedFinding(f: Finding): Record<string, unknown> {
  return {
    level: f.level,
    rule: f.rule,
    title: f.title,
    severity: f.severity,
    category: f.category,
    message: f.message,
    file: f.file,
    line: f.line,
    remediation: f.remediation,
    docs: f.docs,
    // Evidence is the policy's free-form value: sort its keys so its text is stable too.
    evidence: f.evidence === undefined ? undefined : JSON.parse(canonicalJSON(f.evidence)),
    waiver: f.waiver && { by: f.waiver.by, reason: f.waiver.reason, review_id: f.waiver.review_id },
  };
}
