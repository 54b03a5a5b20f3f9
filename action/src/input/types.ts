/**
 * The input document, version 1: the contract between Paved and every policy
 * author. Every source (GitHub API, local git, fixture directory) produces
 * exactly this shape; policies cannot tell them apart.
 *
 * Field-by-field documentation lives in docs/input.md and the JSON Schema in
 * action/src/input/schema.json (validated before every evaluation). Change all
 * three together. snake_case because policies read it as `input.change.head.sha`.
 */

export const INPUT_SCHEMA = 'paved/input/v1' as const;

export interface InputDocument {
  schema: typeof INPUT_SCHEMA;
  source: SourceInfo;
  repository: Repository;
  change: Change;
  files: ChangedFile[];
  commits: Commit[];
  reviews: Review[];
  /** Changes that touch the gate itself (its policies, config, workflow). */
  gate: GateTouch;
  provenance: Provenance;
  tests: Tests;
  security: Security;
  /** The effective configuration: defaults merged with the repository's paved.yml from the base side. */
  config: GateConfig;
}

export interface SourceInfo {
  kind: 'github' | 'git' | 'fixture';
  /** ISO 8601 time of collection. */
  collected_at: string;
  paved_version: string;
}

export interface Repository {
  owner: string | null;
  name: string | null;
  full_name: string | null;
  default_branch: string | null;
  private: boolean | null;
}

export type ActorType = 'User' | 'Bot' | 'Organization' | 'Unknown';

export interface Actor {
  login: string | null;
  type: ActorType;
}

export interface Change {
  /** Pull request number; null for a local change. */
  number: number | null;
  title: string;
  body: string;
  draft: boolean;
  url: string | null;
  author: Actor;
  labels: string[];
  base: { ref: string; sha: string };
  head: { ref: string; sha: string; repo_full_name: string | null };
  /** true when the head repository differs from the base repository. */
  fork: boolean;
  stats: { files: number; additions: number; deletions: number; commits: number };
  /** Where a source stopped short (GitHub lists at most 3,000 files and 250 commits, and omits large patches). */
  truncated: { files: boolean; commits: boolean; patches: boolean };
}

export type FileStatus = 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export type FileKind =
  | 'source'
  | 'test'
  | 'docs'
  | 'config'
  | 'workflow'
  | 'dependency-manifest'
  | 'lockfile'
  | 'policy'
  | 'generated'
  | 'other';

export interface AddedLine {
  /** Line number in the new version of the file (1-based). */
  line: number;
  /** The line's text, with any detected secret replaced by a redaction marker. */
  text: string;
}

export interface ChangedFile {
  path: string;
  previous_path: string | null;
  status: FileStatus;
  additions: number;
  deletions: number;
  binary: boolean;
  /** false when the source gave no patch for this file (binary, too large, truncated): added_lines is then empty but not "nothing added". */
  patch_available: boolean;
  /** The first matching kind by configured precedence. */
  kind: FileKind;
  /** Every kind whose globs match. */
  kinds: FileKind[];
  added_lines: AddedLine[];
}

export interface Person {
  name: string | null;
  email: string | null;
  /** GitHub login when the source knows it. */
  login: string | null;
  date: string | null;
}

export interface Trailer {
  /** As written (case kept); compare case-insensitively. */
  key: string;
  value: string;
}

export interface Commit {
  sha: string;
  /** Full message; `subject` is its first line. */
  message: string;
  subject: string;
  trailers: Trailer[];
  author: Person;
  committer: Person;
  /** Signature verified by GitHub; null when the source cannot tell (local git). */
  verified: boolean | null;
  parents: number;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface Review {
  id: number;
  user: Actor;
  state: ReviewState;
  body: string;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER, NONE. */
  author_association: string;
  submitted_at: string | null;
  /** The head SHA the review was given on. */
  commit_id: string | null;
}

export interface GateTouch {
  policies: boolean;
  config: boolean;
  workflows: boolean;
  /** The changed paths that matched the gate's own globs. */
  files: string[];
}

/** A section that could not be filled says so: never read as "nothing found". */
export interface Evaluated {
  evaluated: boolean;
  /** Why not evaluated (or a caveat when evaluated); null otherwise. */
  reason: string | null;
}

export type Confidence = 'high' | 'medium' | 'low';

export interface Evidence {
  source:
    | 'commit-trailer'
    | 'commit-message'
    | 'commit-author'
    | 'commit-committer'
    | 'pr-author'
    | 'label'
    | 'pr-body'
    | 'git-notes'
    | 'agent-trace';
  /** The agent the catalog entry names, e.g. "claude-code". */
  agent: string;
  /** What matched, e.g. `Co-authored-by: Claude <noreply@anthropic.com>`. */
  detail: string;
  confidence: Confidence;
  /** The commit the evidence came from, when it came from one. */
  commit: string | null;
  /** Catalog entry id. */
  signal: string;
}

export interface ProvenanceSourceStatus extends Evaluated {
  source: Evidence['source'];
}

export interface CommitProvenance {
  sha: string;
  /** true with evidence; false when every source was read and none matched; null when unknown. */
  ai_assisted: boolean | null;
  agents: string[];
  evidence: Evidence[];
}

export interface Provenance extends Evaluated {
  ai_assisted: boolean | null;
  agents: string[];
  /** Share of commits with AI evidence, 0..1; null with no commits. */
  ai_commit_share: number | null;
  /** Share of added lines attributed to AI by line-level notes, 0..1; null when no line attribution exists. */
  ai_line_share: number | null;
  evidence: Evidence[];
  commits: CommitProvenance[];
  sources: ProvenanceSourceStatus[];
}

export interface TestCaseFailure {
  name: string;
  classname: string | null;
  suite: string | null;
  file: string | null;
  line: number | null;
  message: string;
  /** failure | error */
  kind: 'failure' | 'error';
}

export interface JUnitSummary extends Evaluated {
  reports: string[];
  total: number;
  passed: number;
  failed: number;
  errors: number;
  skipped: number;
  failures: TestCaseFailure[];
}

export interface FileDiffCoverage {
  path: string;
  /** Added lines that the coverage report calls executable. */
  executable: number;
  covered: number;
  percent: number | null;
  uncovered_lines: number[];
}

export interface Coverage extends Evaluated {
  reports: string[];
  /** Line coverage of the whole report, 0..100. */
  overall_percent: number | null;
  diff: {
    executable: number;
    covered: number;
    /** 0..100; null when no added line is executable. */
    percent: number | null;
    files: FileDiffCoverage[];
  };
}

export interface CheckSignal {
  name: string;
  source: 'check-run' | 'status';
  /** queued | in_progress | completed (check runs); pending | completed (statuses). */
  status: string;
  /** success | failure | neutral | cancelled | skipped | timed_out | action_required | error | null while running. */
  conclusion: string | null;
  url: string | null;
}

export interface Tests extends Evaluated {
  junit: JUnitSummary;
  coverage: Coverage;
  checks: Evaluated & { runs: CheckSignal[] };
  changed: { source_files: number; test_files: number };
}

export interface SarifFinding {
  tool: string;
  rule: string;
  /** SARIF level: error | warning | note | none. */
  level: string;
  security_severity: number | null;
  message: string;
  file: string | null;
  line: number | null;
  on_changed_line: boolean;
}

/**
 * Where a secret was found: an added line of a changed file, or text people
 * wrote that the change carries (a secret in a commit message or identity is
 * in the repository history just like one in a file).
 */
export type SecretLocation =
  | 'added-line'
  | 'commit-message'
  | 'commit-author'
  | 'commit-committer'
  | 'pr-title'
  | 'pr-body'
  | 'pr-label'
  | 'pr-branch'
  | 'review-body';

export interface SecretFinding {
  detector: string;
  location: SecretLocation;
  /** The changed file (location `added-line`); null elsewhere. */
  file: string | null;
  /** Line in the new file (location `added-line`); null elsewhere. */
  line: number | null;
  /** The commit (locations `commit-*`); null elsewhere. */
  commit: string | null;
  /** A description safe to print: never the secret itself, e.g. `ghp_…(40 chars)`. */
  redacted: string;
}

export type DependencyChangeKind =
  | 'added'
  | 'removed'
  | 'major'
  | 'minor'
  | 'patch'
  | 'downgrade'
  | 'prerelease'
  | 'range-widened'
  | 'changed';

export interface DependencyChange {
  ecosystem: 'npm' | 'pypi' | 'go' | 'cargo';
  manifest: string;
  name: string;
  from: string | null;
  to: string | null;
  change: DependencyChangeKind;
  dev: boolean;
}

export interface Security extends Evaluated {
  sarif: Evaluated & { reports: string[]; tools: string[]; findings: SarifFinding[] };
  secrets: Evaluated & { findings: SecretFinding[] };
  dependencies: Evaluated & { changes: DependencyChange[] };
  /** GitHub code-scanning alerts for the PR ref (GitHub mode only). */
  code_scanning: Evaluated & { findings: SarifFinding[] };
}

/**
 * Tunables. Defaults in action/src/input/config.ts; a repository overrides
 * them in paved.yml (read from the base side, never from the PR head).
 */
export interface GateConfig {
  /** Globs per file kind, checked in `file_kind_order`. */
  file_kinds: Record<string, string[]>;
  file_kind_order: FileKind[];
  /** Paths that need a human approver when changed by an AI-assisted change. */
  protected_paths: string[];
  /** The gate's own files: policies, config, workflow. */
  gate_paths: { policies: string[]; config: string[]; workflows: string[] };
  thresholds: {
    /** Minimum diff coverage (0..100) that lets an AI change to source through without test changes. */
    diff_coverage: number;
    /** Added+deleted lines above which an AI change should be split. */
    max_ai_changed_lines: number;
    max_ai_files: number;
    /** SARIF security-severity at or above which a finding on a changed line blocks. */
    security_severity_block: number;
  };
  approvers: {
    /** Logins or org/team slugs who may approve gate self-modification. */
    security: string[];
    /** Logins or teams who may approve protected paths (empty: any human with write access). */
    protected: string[];
    /** Logins or teams who may grant waivers. */
    waivers: string[];
  };
  disclosure: { required: boolean; labels: string[]; trailers: string[] };
  /** Check names that must have succeeded on the head SHA. */
  required_checks: string[];
  /** Deny instead of warn when the source truncated the evidence. */
  strict_truncation: boolean;
  /** Extra provenance catalog entries (same shape as the shipped catalog). */
  agents: unknown[];
  /**
   * The repository's own automation accounts (GitHub logins, `[bot]` suffix
   * for apps; case-insensitive): never generic bot evidence of AI authorship.
   * An account the provenance catalog names as an AI agent cannot be listed.
   */
  automation_accounts: string[];
  /** Per-rule switches: `{ "<rule-id>": { "enabled": false } }`. */
  rules: Record<string, { enabled?: boolean; [k: string]: unknown }>;
}
