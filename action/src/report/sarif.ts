/**
 * SARIF 2.1.0 (`--format sarif`): one run, the tool `paved` with its rules
 * from the catalog, one result per finding. Waived findings are results with
 * an accepted external suppression, so code scanning shows them as dismissed.
 * A gate error is a failed invocation with a notification, and no results.
 */
import type { RuleCatalog } from '../decide/index.js';
import type { Decision, Finding, Level, Severity } from '../decide/types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  /** The catalog the decision was enriched from; rules not in it are described from their findings. */
  catalog?: RuleCatalog | null;
  toolVersion: string;
}

const RESULT_LEVEL: Record<Level, 'error' | 'warning' | 'note'> = { deny: 'error', warn: 'warning', waived: 'note' };

/** GitHub code scanning reads `security-severity` (0-10) to rank results. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };

export function renderSarif(decision: Decision, options: SarifOptions): string {
  const rules = ruleDescriptors(decision, options.catalog ?? null);
  const ruleIndex = new Map(rules.map((r, i) => [r.id as string, i]));
  const run = {
    tool: { driver: { name: 'paved', version: options.toolVersion, rules } },
    invocations: [invocation(decision)],
    results: decision.findings.map((f) => result(f, ruleIndex.get(f.rule)!)),
    properties: { verdict: decision.verdict, input_digest: decision.input_digest, policy: decision.policy },
  };
  return JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }, null, 2) + '\n';
}

function ruleDescriptors(decision: Decision, catalog: RuleCatalog | null): Record<string, unknown>[] {
  const ids = new Set([...decision.evaluated_rules, ...decision.findings.map((f) => f.rule)]);
  return [...ids].sort().map((id) => {
    const entry = catalog?.get(id);
    const finding = decision.findings.find((f) => f.rule === id);
    const title = entry?.title ?? finding?.title ?? id;
    const severity = entry?.severity ?? finding?.severity;
    const remediation = entry?.remediation ?? finding?.remediation;
    const docs = entry?.docs ?? finding?.docs ?? null;
    const why = (entry as { why?: unknown } | undefined)?.why;
    return {
      id,
      name: toPascalCase(id),
      shortDescription: { text: title },
      ...(typeof why === 'string' ? { fullDescription: { text: why } } : {}),
      ...(remediation ? { help: { text: remediation, markdown: remediation } } : {}),
      ...(docs && /^https?:/i.test(docs) ? { helpUri: docs } : {}),
      ...(severity
        ? {
            defaultConfiguration: { level: severity === 'info' ? 'note' : severity === 'low' ? 'warning' : 'error' },
            properties: securityProperties(severity, entry?.category ?? finding?.category),
          }
        : {}),
    };
  });
}

/** Only security rules carry `security-severity`: code scanning files any rule that has it as a security alert. */
function securityProperties(severity: Severity, category: string | undefined): Record<string, unknown> {
  return { severity, category, ...(category === 'security' ? { 'security-severity': SECURITY_SEVERITY[severity] } : {}) };
}

function result(f: Finding, ruleIndex: number): Record<string, unknown> {
  return {
    ruleId: f.rule,
    ruleIndex,
    level: RESULT_LEVEL[f.level],
    message: { text: f.message },
    ...(f.file ? { locations: [location(f.file, f.line)] } : {}),
    ...(f.waiver
      ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `Waived by ${f.waiver.by}: ${f.waiver.reason}` }] }
      : {}),
    properties: { paved_level: f.level, severity: f.severity, remediation: f.remediation },
  };
}

function location(file: string, line: number | undefined): Record<string, unknown> {
  return {
    physicalLocation: {
      artifactLocation: { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
      ...(line ? { region: { startLine: line } } : {}),
    },
  };
}

function invocation(decision: Decision): Record<string, unknown> {
  if (!decision.error) return { executionSuccessful: true };
  const { code, message, hint, location: where } = decision.error;
  return {
    executionSuccessful: false,
    toolExecutionNotifications: [
      {
        level: 'error',
        descriptor: { id: code },
        message: { text: hint ? `${message} ${hint}` : message },
        ...(where ? { locations: [location(where.file, where.row)] } : {}),
      },
    ],
  };
}

function toPascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
