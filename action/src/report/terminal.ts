/**
 * The terminal report (`paved check`'s default): findings grouped by level,
 * most severe first, each with `file:line`, message and how to fix it, and a
 * one-line verdict at the end. Colour only when the caller says the output is
 * a TTY and NO_COLOR is unset (the CLI decides; this module reads no env).
 */
import type { Decision, Finding, Level } from '../decide/types.js';
import { escapeTerminal } from './escape.js';

export interface TerminalOptions {
  color: boolean;
}

type Style = 'red' | 'yellow' | 'green' | 'dim' | 'bold' | 'cyan';
const SGR: Record<Style, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
};

const LEVELS: { level: Level; heading: string; mark: string; style: Style }[] = [
  { level: 'deny', heading: 'BLOCKING', mark: '✖', style: 'red' },
  { level: 'warn', heading: 'WARNINGS', mark: '▲', style: 'yellow' },
  { level: 'waived', heading: 'WAIVED', mark: '○', style: 'dim' },
];

export function renderTerminal(decision: Decision, options: TerminalOptions): string {
  const paint = (style: Style, text: string): string => (options.color ? `\u001b[${SGR[style][0]}m${text}\u001b[${SGR[style][1]}m` : text);
  const out: string[] = [header(decision), ''];
  if (decision.verdict === 'neutral') out.push(paint('yellow', failOpenBanner()), '');
  if (decision.error) out.push(...errorLines(decision.error, paint), '');
  else out.push(...findingLines(decision, paint));
  out.push(verdictLine(decision, paint));
  return out.join('\n') + '\n';
}

function header(d: Decision): string {
  const repo = d.change.repository ?? 'local change';
  const number = d.change.number !== null ? ` #${d.change.number}` : '';
  const title = d.change.title ? `: ${d.change.title}` : '';
  return oneLine(`Paved · ${repo}${number}${title}`);
}

function failOpenBanner(): string {
  return 'FAIL-OPEN: the gate could not decide and reports NEUTRAL. This change was NOT checked against the policies.';
}

function errorLines(error: NonNullable<Decision['error']>, paint: (s: Style, t: string) => string): string[] {
  const lines = [paint('red', `Gate error (${escapeTerminal(error.code)}): `) + indentRest(escapeTerminal(error.message), '  ')];
  if (error.location) {
    const { file, row, col } = error.location;
    lines.push(`  at ${escapeTerminal([file, row, col].filter((p) => p !== undefined).join(':'))}`);
  }
  if (error.hint) lines.push(`  What to do: ${indentRest(escapeTerminal(error.hint), '    ')}`);
  return lines;
}

function findingLines(d: Decision, paint: (s: Style, t: string) => string): string[] {
  if (d.findings.length === 0) return [`No findings: all ${d.evaluated_rules.length} rules passed.`, ''];
  const lines: string[] = [];
  for (const { level, heading, mark, style } of LEVELS) {
    const findings = d.findings.filter((f) => f.level === level);
    if (findings.length === 0) continue;
    lines.push(paint('bold', `${heading} (${findings.length})`));
    for (const f of findings) lines.push(...oneFinding(f, paint(style, mark), paint), '');
  }
  return lines;
}

function oneFinding(f: Finding, mark: string, paint: (s: Style, t: string) => string): string[] {
  const lines = [`  ${mark} [${f.severity}] ${oneLine(f.title)} ${paint('dim', `(${oneLine(f.rule)})`)}`];
  if (f.file) lines.push(`    ${paint('cyan', oneLine(f.line ? `${f.file}:${f.line}` : f.file))}`);
  lines.push(`    ${indentRest(escapeTerminal(f.message), '    ')}`);
  if (f.waiver) {
    lines.push(`    Waived by ${oneLine(f.waiver.by)}: ${indentRest(escapeTerminal(f.waiver.reason), '    ')}`);
  } else {
    lines.push(`    Fix: ${indentRest(escapeTerminal(f.remediation.trim()), '      ')}`);
  }
  if (f.docs) lines.push(`    Docs: ${oneLine(f.docs)}`);
  return lines;
}

function verdictLine(d: Decision, paint: (s: Style, t: string) => string): string {
  const counts = `${d.counts.deny} blocking, ${d.counts.warn} warning${d.counts.warn === 1 ? '' : 's'}, ${d.counts.waived} waived`;
  const timing = `${d.timings_ms.total} ms`;
  switch (d.verdict) {
    case 'success':
      return paint('green', `✔ PASSED`) + ` · ${counts} · ${timing}`;
    case 'failure':
      return paint('red', `✖ BLOCKED`) + ` · ${counts} · ${timing}`;
    case 'error':
      return paint('red', `✖ GATE ERROR`) + ` · the change was not evaluated (fails closed) · ${timing}`;
    case 'neutral':
      return paint('yellow', `▲ NEUTRAL (fail-open)`) + ` · the change was NOT evaluated · ${timing}`;
  }
}

/** Fields that are one line by nature (paths, titles, logins): a newline in them could fake a report line. */
function oneLine(text: string): string {
  return escapeTerminal(text).replace(/\s*\n\s*/g, ' ');
}

/** Continuation lines of a multi-line text keep the indentation of its first line, so they cannot pose as report lines. */
function indentRest(text: string, indent: string): string {
  return text.replace(/\n(?!\n|$)/g, '\n' + indent);
}
