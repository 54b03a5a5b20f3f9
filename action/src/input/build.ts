/**
 * Assemble the input document from a collected change: fill the signal
 * sections (provenance, tests, security) and mark what touches the gate.
 * The files in the document are the ones the security signal returns, with
 * secrets redacted, so the input never carries a raw secret.
 */
import packageJson from '../../../package.json' with { type: 'json' };
import type { CollectedChange } from '../collect/types.js';
import { collectProvenance, collectSecurity, collectTests } from '../signals/index.js';
import type { ReportFile, SignalContext } from '../signals/types.js';
import { detectGateTouch } from './kinds.js';
import { INPUT_SCHEMA, type InputDocument } from './types.js';

export const PAVED_VERSION: string = packageJson.version;

export interface BuildOptions {
  /** Collection time; default now. */
  now?: Date;
}

export async function buildInput(collected: CollectedChange, reports: ReportFile[], options: BuildOptions = {}): Promise<InputDocument> {
  const context: SignalContext = {
    source: collected.source,
    change: collected.change,
    files: collected.files,
    patches: collected.patches,
    commits: collected.commits,
    reviews: collected.reviews,
    config: collected.config,
    reports,
    checks: collected.checks,
    notes: collected.notes,
    codeScanning: collected.codeScanning,
    readFile: collected.readFile,
  };
  const [provenance, tests, secured] = await Promise.all([collectProvenance(context), collectTests(context), collectSecurity(context)]);
  return {
    schema: INPUT_SCHEMA,
    source: { kind: collected.source, collected_at: (options.now ?? new Date()).toISOString(), paved_version: PAVED_VERSION },
    repository: collected.repository,
    change: collected.change,
    files: secured.files,
    commits: collected.commits,
    reviews: collected.reviews,
    gate: detectGateTouch(collected.files, collected.config),
    provenance,
    tests,
    security: secured.security,
    config: collected.config,
  };
}
