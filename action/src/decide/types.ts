/**
 * The policy contract's output and the gate's decision record.
 *
 * A policy bundle's `paved/decision` entrypoint returns a DecisionDocument.
 * The gate enriches each finding from the rule catalog (rules/) and computes
 * the verdict; the result is the Decision, which every reporter renders.
 */

/** What a policy emits in `deny` / `warn`. */
export interface PolicyFinding {
  rule: string;
  message: string;
  file?: string;
  line?: number;
  remediation?: string;
  evidence?: unknown;
}

export interface Waiver {
  /** Login of the approver who granted it. */
  by: string;
  reason: string;
  /** Review id that carried the `/paved waive` command. */
  review_id?: number;
}

/** The value of the `paved/decision` entrypoint. */
export interface DecisionDocument {
  deny: PolicyFinding[];
  warn: PolicyFinding[];
  /** Findings the pack let through on a valid waiver; shown, never blocking. */
  waived?: (PolicyFinding & { waiver: Waiver })[];
  /**
   * Rule ids the pack defines (fired or not). Optional; when present the gate
   * checks it against the catalog both ways, so a rule cannot silently vanish.
   */
  rules?: string[];
}

export type Level = 'deny' | 'warn' | 'waived';
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export interface Finding extends PolicyFinding {
  level: Level;
  title: string;
  severity: Severity;
  category: string;
  /** Remediation from the policy, else the catalog's default. Markdown. */
  remediation: string;
  /** Link (or anchor) into the rule's documentation. */
  docs: string | null;
  waiver?: Waiver;
}

export type Verdict = 'success' | 'failure' | 'error' | 'neutral';

export const DECISION_SCHEMA = 'paved/decision/v1' as const;

export interface Decision {
  schema: typeof DECISION_SCHEMA;
  /** success: no deny; failure: some deny; error: the gate could not decide (fails closed); neutral: it could not decide and fail-open was set. */
  verdict: Verdict;
  counts: { deny: number; warn: number; waived: number };
  /** deny first, then warn, then waived; within a level by severity, then file and line. */
  findings: Finding[];
  /** Rule ids the policies define (from the catalog entries the bundle declares). */
  evaluated_rules: string[];
  /** sha256 of the canonical JSON of the input document. */
  input_digest: string;
  policy: { kind: string; source: string; revision: string | null; digest: string; entrypoint: string };
  /** Milliseconds per stage. */
  timings_ms: { collect: number; evaluate: number; report: number; total: number };
  /** Set when verdict is error or neutral. */
  error: { code: string; message: string; hint?: string; location?: { file: string; row?: number; col?: number } } | null;
  fail_open: boolean;
  change: { repository: string | null; number: number | null; head_sha: string; title: string };
}
