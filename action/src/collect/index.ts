/**
 * The one entry used by the CLI and the Action: a source in, a validated
 * input document out.
 */
import { resolve } from 'node:path';
import { GateError } from '../errors.js';
import { defaultConfig, loadConfig } from '../input/config.js';
import { buildInput, type BuildOptions } from '../input/build.js';
import type { Evaluated, GateConfig, InputDocument, SarifFinding } from '../input/types.js';
import { validateInput } from '../input/validate.js';
import type { ReportFile } from '../signals/types.js';
import { FIXTURE_HINT, FIXTURE_NAMES, readFixture } from './fixture/index.js';
import { collectGit } from './git/index.js';
import { normaliseGitHubData, type GitHubPullRequestData } from './github-data.js';
import { readReportDir, readReportGlobs } from './reports.js';
import type { CollectedChange } from './types.js';

export type SourceSpec =
  | { kind: 'git'; repo: string; base?: string; head?: string; worktree?: boolean }
  | { kind: 'fixture'; dir: string }
  | {
      kind: 'github';
      data: GitHubPullRequestData;
      /** Whole file at the base or head SHA (e.g. via the contents API); absent: signals see null. */
      readFile?: (side: 'base' | 'head', path: string) => Promise<string | null>;
      /** Code-scanning alerts already fetched, or evaluated:false with the reason (403/404). */
      codeScanning?: Evaluated & { findings: SarifFinding[] };
      /** paved.yml text read from the BASE side; absent: defaults. */
      config?: string;
      /** Names the config in errors, e.g. `paved.yml at <base sha>`. */
      configOrigin?: string;
    };

export interface CollectOptions extends BuildOptions {
  /** Report globs (git: relative to the repository; github: relative to reportRoot). Ignored for fixtures, which use reports/. */
  reportGlobs?: string[];
  /** git: a repository path read at the base commit; fixture: a file path (default <dir>/paved.yml). */
  configPath?: string;
  /** github: where report globs are expanded; default the current directory. */
  reportRoot?: string;
}

export async function collectInput(spec: SourceSpec, options: CollectOptions = {}): Promise<InputDocument> {
  return validateInput(await collectUnvalidatedInput(spec, options));
}

/**
 * The document as built, not yet validated: for runGate's `collect`, since
 * the gate validates every document right before evaluating it (validating
 * twice costs ~80 ms at 3,000 files).
 */
export async function collectUnvalidatedInput(spec: SourceSpec, options: CollectOptions = {}): Promise<InputDocument> {
  const { collected, reports } = await collectSource(spec, options);
  return buildInput(collected, reports, options);
}

async function collectSource(spec: SourceSpec, options: CollectOptions): Promise<{ collected: CollectedChange; reports: ReportFile[] }> {
  const globs = options.reportGlobs ?? [];
  switch (spec.kind) {
    case 'git': {
      const collected = await collectGit(spec, options.configPath ? { configPath: options.configPath } : {});
      return { collected, reports: await readReportGlobs(resolve(spec.repo), globs) };
    }
    case 'fixture':
      return collectFixture(spec.dir, options.configPath);
    case 'github': {
      const config = spec.config === undefined ? defaultConfig() : loadConfig(spec.config, spec.configOrigin ?? 'paved.yml (base)');
      const collected = fromGitHub(spec.data, config, {
        readFile: spec.readFile ?? (async () => null),
        codeScanning: spec.codeScanning ?? null,
      });
      const reports = await readReportGlobs(resolve(options.reportRoot ?? '.'), globs);
      refuseReportsFromTheChange(reports, collected);
      return { collected, reports };
    }
  }
}

/**
 * In the Action the workspace holds the pull request's own files: a report
 * the pull request adds or edits could claim tests or coverage that never
 * ran. Such evidence is refused, loudly, rather than trusted or dropped.
 */
function refuseReportsFromTheChange(reports: ReportFile[], collected: CollectedChange): void {
  const changed = new Set(collected.files.filter((f) => f.status !== 'removed').map((f) => f.path));
  const supplied = reports.filter((report) => changed.has(report.path)).map((report) => report.path);
  if (supplied.length === 0) return;
  throw new GateError(
    'config_invalid',
    `report files come from the pull request itself: ${supplied.join(', ')}`,
    'A pull request cannot supply its own test or security evidence: remove these files from the change, or point the reports input at paths the workflow writes and the repository does not track.',
    { file: supplied[0]! },
  );
}

async function collectFixture(dir: string, configPath: string | undefined): Promise<{ collected: CollectedChange; reports: ReportFile[] }> {
  const fixture = await readFixture(dir, configPath ? { configPath } : {});
  const config = fixture.configText === null ? defaultConfig() : loadConfig(fixture.configText, fixture.configPath);
  const normalised = normaliseGitHubData(fixture.data, { config, names: FIXTURE_NAMES(dir), hint: FIXTURE_HINT });
  const collected: CollectedChange = {
    ...normalised,
    source: 'fixture',
    config,
    notes: { evaluated: false, reason: 'a fixture directory carries no git notes', bySha: new Map() },
    codeScanning: null,
    readFile: async () => null,
  };
  return { collected, reports: fixture.reportsDir ? await readReportDir(fixture.reportsDir, 'reports') : [] };
}

function fromGitHub(
  data: GitHubPullRequestData,
  config: GateConfig,
  extra: Pick<CollectedChange, 'readFile' | 'codeScanning'>,
): CollectedChange {
  return {
    ...normaliseGitHubData(data, { config }),
    source: 'github',
    config,
    notes: { evaluated: false, reason: 'the GitHub REST API does not serve git notes (refs/notes/ai)', bySha: new Map() },
    ...extra,
  };
}
