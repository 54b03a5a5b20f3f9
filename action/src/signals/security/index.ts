/**
 * The security section: SARIF findings from any tool, secrets in the added
 * lines (redacted in the files handed back), dependency changes and GitHub
 * code-scanning alerts.
 */
import type { ChangedFile, SarifFinding, Security } from '../../input/types.js';
import { classifyReports } from '../reports.js';
import type { SignalContext } from '../types.js';
import { collectDependencyChanges } from './deps/index.js';
import { parseSarif, type AddedLineIndex } from './sarif.js';
import { redactText, scanSecrets } from './secrets.js';

export async function collectSecurity(ctx: SignalContext): Promise<{ security: Security; files: ChangedFile[] }> {
  const index = addedLineIndex(ctx.files);
  const secrets = scanSecrets(ctx.files);
  const sarif = collectSarif(ctx, index);
  const dependencies = await collectDependencyChanges(ctx);
  const codeScanning = ctx.codeScanning
    ? { ...ctx.codeScanning, findings: ctx.codeScanning.findings.map((f) => markChanged(f, index)) }
    : { evaluated: false, reason: 'code-scanning alerts were not requested (GitHub mode only)', findings: [] };
  const parts = {
    sarif,
    secrets: { ...secretCoverage(ctx), findings: secrets.findings },
    dependencies: ctx.change.truncated.files ? notAllFiles(dependencies) : dependencies,
    code_scanning: codeScanning,
  };
  const unread = Object.entries(parts).filter(([, p]) => !p.evaluated).map(([name]) => name);
  return {
    security: { evaluated: true, reason: unread.length > 0 ? `not evaluated: ${unread.join(', ')}` : null, ...parts },
    files: secrets.files,
  };
}

const TRUNCATED_FILES = 'the source listed only part of the changed files';

/**
 * Whether every listed file's added lines could be scanned: a listed file
 * without a diff makes the section not evaluated. A truncated file list is
 * only a caveat here, because `change.truncated.files` already says so and
 * policies judge truncation on its own.
 */
function secretCoverage(ctx: SignalContext): { evaluated: boolean; reason: string | null } {
  const unscanned = ctx.files.filter((f) => !f.binary && f.status !== 'removed' && !f.patch_available).map((f) => f.path);
  const gaps: string[] = [];
  if (unscanned.length > 0) gaps.push(`no diff for ${unscanned.length} file(s), not scanned: ${unscanned.slice(0, 10).join(', ')}`);
  if (ctx.change.truncated.files) gaps.push(TRUNCATED_FILES);
  return { evaluated: unscanned.length === 0, reason: gaps.length > 0 ? gaps.join('; ') : null };
}

/** An unlisted file may be a manifest: said as a caveat (see secretCoverage). */
function notAllFiles(section: Security['dependencies']): Security['dependencies'] {
  return { ...section, reason: section.reason ? `${TRUNCATED_FILES}; ${section.reason}` : TRUNCATED_FILES };
}

function collectSarif(ctx: SignalContext, index: AddedLineIndex): Security['sarif'] {
  const reports = classifyReports(ctx.reports).filter((r) => r.format === 'sarif');
  if (reports.length === 0) return { evaluated: false, reason: 'no SARIF report was given', reports: [], tools: [], findings: [] };
  const tools = new Set<string>();
  const findings: SarifFinding[] = [];
  for (const report of reports) {
    const parsed = parseSarif(report.json, report.path, index);
    parsed.tools.forEach((t) => tools.add(t));
    // Tool messages can quote the offending line, secrets included; some tools write pages.
    findings.push(...parsed.findings.map((f) => ({ ...f, message: clip(redactText(f.message)) })));
  }
  return { evaluated: true, reason: null, reports: reports.map((r) => r.path), tools: [...tools], findings };
}

const MESSAGE_MAX = 1000;

function clip(text: string): string {
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX - 1)}…` : text;
}

function markChanged(finding: SarifFinding, index: AddedLineIndex): SarifFinding {
  const lines = finding.file === null ? undefined : index.added.get(finding.file);
  return { ...finding, on_changed_line: finding.line !== null && lines !== undefined && lines.has(finding.line) };
}

export function addedLineIndex(files: readonly ChangedFile[]): AddedLineIndex {
  return {
    paths: new Set(files.map((f) => f.path)),
    added: new Map(files.map((f) => [f.path, new Set(f.added_lines.map((l) => l.line))])),
  };
}
