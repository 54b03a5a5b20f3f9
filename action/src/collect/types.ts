/**
 * What every source hands to input/build.ts: the normalised change before the
 * signal sections are filled. Same shape for GitHub, local git and fixtures.
 */
import type {
  Change,
  ChangedFile,
  CheckSignal,
  Commit,
  Evaluated,
  GateConfig,
  Repository,
  Review,
  SarifFinding,
  SourceInfo,
} from '../input/types.js';

export interface NormalisedPullRequest {
  repository: Repository;
  change: Change;
  /** Files with kinds and added lines, secrets not yet redacted. */
  files: ChangedFile[];
  /** Hunks per path, where the source had them. */
  patches: Map<string, string>;
  commits: Commit[];
  reviews: Review[];
  /** null when the source gave no check runs or statuses. */
  checks: (Evaluated & { runs: CheckSignal[] }) | null;
}

export interface CollectedChange extends NormalisedPullRequest {
  source: SourceInfo['kind'];
  config: GateConfig;
  notes: Evaluated & { bySha: ReadonlyMap<string, string> };
  codeScanning: (Evaluated & { findings: SarifFinding[] }) | null;
  readFile(side: 'base' | 'head', path: string): Promise<string | null>;
}
