/**
 * Assemble the input document from a collected change: fill the signal
 * sections (provenance, tests, security) and mark what touches the gate.
 * The input never carries a raw secret: text people wrote (commit messages
 * and identities, PR title, body, labels, branches, review bodies) is redacted
 * first, here, before any signal reads it; the files are the ones the
 * security signal returns with their added lines redacted. Secrets found in
 * either place are listed in `security.secrets.findings`.
 */
import packageJson from '../../../package.json' with { type: 'json' };
import type { CollectedChange } from '../collect/types.js';
import { collectProvenance, collectSecurity, collectTests } from '../signals/index.js';
import { redactUserText } from '../signals/security/user-text.js';
import type { ReportFile, SignalContext } from '../signals/types.js';
import { detectGateTouch } from './kinds.js';
import { INPUT_SCHEMA, type InputDocument, type SecretFinding, type Security } from './types.js';

export const PAVED_VERSION: string = packageJson.version;

export interface BuildOptions {
  /** Collection time; default now. */
  now?: Date;
}

export async function buildInput(collected: CollectedChange, reports: ReportFile[], options: BuildOptions = {}): Promise<InputDocument> {
  const written = redactUserText(collected);
  const context: SignalContext = {
    source: collected.source,
    change: written.change,
    files: collected.files,
    patches: collected.patches,
    commits: written.commits,
    reviews: written.reviews,
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
    change: written.change,
    files: secured.files,
    commits: written.commits,
    reviews: written.reviews,
    gate: detectGateTouch(collected.files, collected.config),
    provenance,
    tests,
    security: withFindings(secured.security, written.findings),
    config: collected.config,
  };
}

/** File findings first, in file order; then those in written text. */
function withFindings(security: Security, found: SecretFinding[]): Security {
  if (found.length === 0) return security;
  return { ...security, secrets: { ...security.secrets, findings: [...security.secrets.findings, ...found] } };
}
