/**
 * `paved check`: collect the change, run the gate, print one report. Thin on
 * purpose: the pipeline is gate.ts, the media are report/.
 */
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { collectUnvalidatedInput } from '../collect/index.js';
import type { RuleCatalog } from '../decide/index.js';
import type { Decision } from '../decide/types.js';
import { DEFAULT_ENTRYPOINT, DEFAULT_POLICY_DIR, DEFAULT_RULES_DIR, DEFAULT_TIMEOUT_MS, runGate } from '../gate.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { escapeTerminal } from '../report/escape.js';
import { renderTerminal } from '../report/terminal.js';
import { type CliIO, exitCodeForVerdict, usageError, useColor, writeOutputFile } from './io.js';
import { addSourceOptions, requirePath, sourceFromFlags, type SourceFlags } from './options.js';
import type { CliContext } from './command.js';
import { addVerificationOptions, verificationKeyFromFlags, type VerificationFlags } from './verification.js';

export const REPORT_FORMATS = ['terminal', 'json', 'markdown', 'sarif'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

interface CheckFlags extends SourceFlags, VerificationFlags {
  policies?: string;
  rules?: string;
  format: ReportFormat;
  output?: string;
  failOpen?: boolean;
  policySha256?: string;
  entrypoint?: string;
  timeout?: string;
  v0Compatible?: boolean;
}

export function registerCheck(program: Command, context: CliContext): void {
  const command = addSourceOptions(program.command('check').description('evaluate a change against the policies and print the verdict'))
    .option('--policies <path>', 'policy directory, OPA bundle (.tar.gz or directory) or policy.wasm (default: the shipped pack)')
    .option('--rules <dir>', 'rule catalog documenting the policies (default: the shipped rules/)')
    .addOption(new Option('--format <format>', 'report format').choices(REPORT_FORMATS).default('terminal'))
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--fail-open', 'on a gate error report neutral (exit 0) instead of failing; shown loudly in the report')
    .option('--policy-sha256 <hex>', 'expected sha256 of the policy artifact')
    .option('--entrypoint <path>', `decision entrypoint (default: ${DEFAULT_ENTRYPOINT})`)
    .option('--timeout <ms>', `evaluation time budget in milliseconds (default: ${DEFAULT_TIMEOUT_MS})`)
    .option('--v0-compatible', 'parse the .rego policies as Rego v0 (rules without if/contains)');
  addVerificationOptions(command).action(async (flags: CheckFlags) => context.setExitCode(await runCheck(flags, context.io, context.version)));
}

async function runCheck(flags: CheckFlags, io: CliIO, version: string): Promise<number> {
  const { spec, options } = sourceFromFlags(flags, io.cwd);
  if (flags.policySha256 !== undefined && !/^[0-9a-f]{64}$/i.test(flags.policySha256)) {
    throw usageError(`--policy-sha256 ${flags.policySha256} is not a sha256 (64 hex digits)`, 'Pass the hex digest of the policy artifact, e.g. from `sha256sum bundle.tar.gz`.');
  }
  if (flags.entrypoint !== undefined && !/^[^/\s]+(\/[^/\s]+)*$/.test(flags.entrypoint)) {
    throw usageError(`--entrypoint ${JSON.stringify(flags.entrypoint)} is not a slash path`, `Give the decision document as a slash path, e.g. ${DEFAULT_ENTRYPOINT}.`);
  }
  const timeoutMs = flags.timeout === undefined ? undefined : Number(flags.timeout);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    throw usageError(`--timeout ${flags.timeout} is not a positive number of milliseconds`, 'Pass e.g. --timeout 30000.');
  }
  const verificationKey = verificationKeyFromFlags(flags, io.cwd);
  const { decision, catalog } = await runGate({
    collect: () => collectUnvalidatedInput(spec, options),
    policies: flags.policies !== undefined ? requirePath('--policies', resolve(io.cwd, flags.policies), 'any') : DEFAULT_POLICY_DIR,
    rulesDir: flags.rules !== undefined ? requirePath('--rules', resolve(io.cwd, flags.rules), 'directory') : DEFAULT_RULES_DIR,
    failOpen: flags.failOpen ?? false,
    ...(flags.policySha256 !== undefined ? { policySha256: flags.policySha256.toLowerCase() } : {}),
    ...(verificationKey ? { verificationKey } : {}),
    ...(flags.entrypoint !== undefined ? { entrypoint: flags.entrypoint } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(flags.v0Compatible ? { regoVersion: 'v0' as const } : {}),
  });
  const render = (d: Decision) => renderReport(d, flags.format, { color: flags.output === undefined && useColor(io), catalog, version });
  const report = render(withReportTiming(decision, render));
  if (flags.output !== undefined) {
    const path = resolve(io.cwd, flags.output);
    writeOutputFile(path, report);
    io.stderr(escapeTerminal(`paved: ${decision.verdict} — report written to ${path}`) + '\n');
  } else {
    io.stdout(report);
  }
  return exitCodeForVerdict(decision.verdict);
}

/** The report stage is timed by rendering once; the record that is printed carries that time. */
function withReportTiming(decision: Decision, render: (d: Decision) => string): Decision {
  const started = performance.now();
  render(decision);
  const report = Math.round((performance.now() - started) * 10) / 10;
  const total = Math.round((decision.timings_ms.total + report) * 10) / 10;
  return { ...decision, timings_ms: { ...decision.timings_ms, report, total } };
}

function renderReport(decision: Decision, format: ReportFormat, options: { color: boolean; catalog: RuleCatalog | null; version: string }): string {
  switch (format) {
    case 'terminal':
      return renderTerminal(decision, { color: options.color });
    case 'json':
      return renderJson(decision);
    case 'markdown':
      return renderMarkdown(decision);
    case 'sarif':
      return renderSarif(decision, { catalog: options.catalog, toolVersion: options.version });
  }
}
