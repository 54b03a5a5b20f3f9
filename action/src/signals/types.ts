/**
 * What the signal collectors receive. Each of provenance/, tests/, security/
 * fills one section of the input document from the normalised change plus
 * the report files and whatever extra evidence the source could read.
 */
import type {
  Change,
  ChangedFile,
  CheckSignal,
  Commit,
  Evaluated,
  GateConfig,
  Review,
  SarifFinding,
} from '../input/types.js';

export interface ReportFile {
  /** Path as the user gave it (repository-relative where possible). */
  path: string;
  content: string;
}

export interface SignalContext {
  source: 'github' | 'git' | 'fixture';
  change: Change;
  /** Files with added lines as collected, before secret redaction. */
  files: ChangedFile[];
  /** Unified diff per path, when the source had one (GitHub `patch`, git diff hunk text). */
  patches: ReadonlyMap<string, string>;
  commits: Commit[];
  reviews: Review[];
  config: GateConfig;
  reports: ReportFile[];
  /** Check runs + statuses of the head SHA; null when the source cannot know (local git, fixture without them). */
  checks: (Evaluated & { runs: CheckSignal[] }) | null;
  /** Line-attribution notes (git-ai `refs/notes/ai`) by commit sha; evaluated:false when not readable. */
  notes: Evaluated & { bySha: ReadonlyMap<string, string> };
  /** Code-scanning alerts (GitHub mode); null when not asked for. */
  codeScanning: (Evaluated & { findings: SarifFinding[] }) | null;
  /** Whole file text at the base or head side; null when absent or the source cannot read it. */
  readFile(side: 'base' | 'head', path: string): Promise<string | null>;
}
