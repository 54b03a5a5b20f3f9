/**
 * Code-scanning alerts (GET /code-scanning/alerts for the PR's merge ref) as
 * the input document's SarifFinding, so policies read them like SARIF files.
 */
import type { Evaluated, SarifFinding } from '../../input/types.js';
import { parsePatch } from '../diff.js';
import type { CodeScanningResult } from './fetch.js';

interface Alert {
  rule?: { id?: string | null; name?: string; severity?: string | null; security_severity_level?: string | null };
  tool?: { name?: string };
  most_recent_instance?: { message?: { text?: string }; location?: { path?: string; start_line?: number } };
}

/**
 * GitHub shows security severity as a level; the input carries the CVSS-like
 * number SARIF uses. Each level maps to the lower bound of its range
 * (critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low ≥ 0.1), so a threshold on the
 * number behaves as it would on the original SARIF.
 */
const SECURITY_SEVERITY: Record<string, number> = { critical: 9.0, high: 7.0, medium: 4.0, low: 0.1 };

/** The SARIF level GitHub's rule severity stands for (error | warning | note | none). */
const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', note: 'note', none: 'none' };

export function codeScanningFindings(
  result: CodeScanningResult,
  files: readonly unknown[],
): Evaluated & { findings: SarifFinding[] } {
  if (!result.evaluated) return { evaluated: false, reason: result.reason, findings: [] };
  const added = addedLinesByPath(files);
  const findings = (result.alerts as Alert[]).map((alert) => {
    const location = alert.most_recent_instance?.location;
    const file = location?.path ?? null;
    const line = typeof location?.start_line === 'number' ? location.start_line : null;
    return {
      tool: alert.tool?.name ?? 'code-scanning',
      rule: alert.rule?.id ?? alert.rule?.name ?? 'unknown',
      level: LEVEL[alert.rule?.severity ?? ''] ?? 'warning',
      security_severity: SECURITY_SEVERITY[alert.rule?.security_severity_level ?? ''] ?? null,
      message: alert.most_recent_instance?.message?.text ?? '',
      file,
      line,
      on_changed_line: file !== null && line !== null && (added.get(file)?.has(line) ?? false),
    };
  });
  return { evaluated: true, reason: null, findings };
}

function addedLinesByPath(files: readonly unknown[]): Map<string, Set<number>> {
  const byPath = new Map<string, Set<number>>();
  for (const item of files) {
    const file = item as { filename?: unknown; patch?: unknown };
    if (typeof file.filename !== 'string' || typeof file.patch !== 'string') continue;
    byPath.set(file.filename, new Set(parsePatch(file.patch).added_lines.map((l) => l.line)));
  }
  return byPath;
}
