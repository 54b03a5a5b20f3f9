/**
 * The Markdown report: exactly what the check run's summary shows (and the
 * job summary, and `--format markdown`). Every piece of text that a user or a
 * PR controls goes through escape.ts; remediation hints are policy-authored
 * Markdown and go through the sanitiser.
 */
import type { Decision, Finding, Level } from '../decide/types.js';
import { escapeHtml, escapeMarkdown, markdownCodeBlock, markdownCodeSpan, sanitizeMarkdown } from './escape.js';

const LEVEL_HEADINGS: Record<Level, string> = {
  deny: '❌ Blocking',
  warn: '⚠️ Warnings',
  waived: '☑️ Waived',
};

/** One line for the check run's `output.title` (plain text, no Markdown). */
export function summaryTitle(decision: Decision): string {
  switch (decision.verdict) {
    case 'success':
      return decision.counts.warn > 0 ? `Passed with ${plural(decision.counts.warn, 'warning')}` : 'Passed';
    case 'failure':
      return `Blocked: ${countsText(decision)}`;
    case 'error':
      return `Gate error: ${decision.error?.code ?? 'unknown'}, the change was not evaluated`;
    case 'neutral':
      return `Not evaluated (fail-open): ${decision.error?.code ?? 'unknown'}`;
  }
}

export interface MarkdownOptions {
  /** Prefix for relative rule docs links (e.g. the pack's repository blob URL ending in `/`): a check run page cannot resolve relative links. */
  docsBaseUrl?: string;
}

export function renderMarkdown(decision: Decision, options: MarkdownOptions = {}): string {
  const sections = [titleLine(decision)];
  if (decision.verdict === 'neutral') sections.push(failOpenBanner());
  if (decision.error) sections.push(errorSection(decision.error));
  else sections.push(...findingSections(decision, options));
  sections.push(footer(decision));
  return sections.join('\n\n') + '\n';
}

function titleLine(d: Decision): string {
  const icon = { success: '✅', failure: '❌', error: '🛑', neutral: '⚠️' }[d.verdict];
  const what = {
    success: 'passed',
    failure: 'blocked',
    error: 'gate error, the change was not evaluated',
    neutral: 'not evaluated (fail-open)',
  }[d.verdict];
  const counts = d.error ? '' : ` — ${countsText(d)}`;
  return `## ${icon} Paved: ${what}${counts}`;
}

function failOpenBanner(): string {
  return [
    '> [!WARNING]',
    '> **Fail-open is on.** The gate could not decide and reports *neutral* instead of failing.',
    '> This change was **not** checked against the policies. Fix the error below; do not rely on this result.',
  ].join('\n');
}

function errorSection(error: NonNullable<Decision['error']>): string {
  // The message may span lines (one per compile error) and quote PR text: a code block keeps both intact and inert.
  const lines = ['### The gate could not decide', '', `**Error** ${markdownCodeSpan(error.code)}:`, '', markdownCodeBlock(error.message)];
  if (error.location) lines.push('', `**Where:** ${markdownCodeSpan(locationText(error.location))}`);
  if (error.hint) lines.push('', `**What to do:** ${escapeMarkdown(error.hint)}`);
  return lines.join('\n');
}

function findingSections(d: Decision, options: MarkdownOptions): string[] {
  if (d.findings.length === 0) {
    return [`No findings: all ${plural(d.evaluated_rules.length, 'rule')} passed.`];
  }
  const sections: string[] = [];
  for (const level of ['deny', 'warn', 'waived'] as const) {
    const findings = d.findings.filter((f) => f.level === level);
    if (findings.length > 0) sections.push(levelSection(level, findings, options));
  }
  return sections;
}

function levelSection(level: Level, findings: Finding[], options: MarkdownOptions): string {
  const waived = level === 'waived';
  const header = waived
    ? '| Severity | Rule | Where | Finding | Waived by | Reason |\n|---|---|---|---|---|---|'
    : '| Severity | Rule | Where | Finding |\n|---|---|---|---|';
  const rows = findings.map((f) => {
    const cells = [f.severity, `**${escapeMarkdown(f.title)}** ${tableCode(f.rule)}`, f.file ? tableCode(whereText(f)) : '—', escapeMarkdown(f.message)];
    if (waived) cells.push(escapeMarkdown(f.waiver?.by ?? ''), escapeMarkdown(f.waiver?.reason ?? ''));
    return `| ${cells.join(' | ')} |`;
  });
  const parts = [`### ${LEVEL_HEADINGS[level]} (${findings.length})`, [header, ...rows].join('\n')];
  if (!waived) parts.push(...remediationBlocks(findings, options));
  return parts.join('\n\n');
}

/** One details block per distinct (rule, remediation): ten findings of one rule share one hint. */
function remediationBlocks(findings: Finding[], options: MarkdownOptions): string[] {
  const seen = new Set<string>();
  const blocks: string[] = [];
  for (const f of findings) {
    const key = JSON.stringify([f.rule, f.remediation]);
    if (seen.has(key)) continue;
    seen.add(key);
    const docs = f.docs ? `\n\n[Rule documentation](${linkTarget(f.docs, options.docsBaseUrl)})` : '';
    blocks.push(`<details><summary>How to fix: ${escapeHtml(f.title)}</summary>\n\n${sanitizeMarkdown(f.remediation)}${docs}\n\n</details>`);
  }
  return blocks;
}

function footer(d: Decision): string {
  const policy = [
    `policy ${escapeMarkdown(d.policy.kind)} ${escapeMarkdown(d.policy.source)}`,
    `revision ${escapeMarkdown(d.policy.revision ?? 'none')}`,
    d.policy.digest ? `sha256 ${markdownCodeSpan(d.policy.digest.slice(0, 12))}` : null,
    `entrypoint ${markdownCodeSpan(d.policy.entrypoint)}`,
    d.input_digest ? `input sha256 ${markdownCodeSpan(d.input_digest)}` : 'no input',
    `${d.timings_ms.total} ms`,
  ].filter((part) => part !== null);
  return `---\n<sub>Paved · ${policy.join(' · ')}</sub>`;
}

function countsText(d: Decision): string {
  return `${d.counts.deny} blocking, ${plural(d.counts.warn, 'warning')}, ${d.counts.waived} waived`;
}

function whereText(f: Finding): string {
  return f.line ? `${f.file}:${f.line}` : f.file!;
}

/** A code span inside a table cell: GFM splits cells on `|` even inside code, unless it is escaped. */
function tableCode(text: string): string {
  return markdownCodeSpan(text).replace(/\|/g, '\\|');
}

function locationText(location: { file: string; row?: number; col?: number }): string {
  return [location.file, location.row, location.col].filter((part) => part !== undefined).join(':');
}

/** Docs links come from the catalog; keep them only if they are http(s) or relative, and never let them close the link. */
function linkTarget(docs: string, baseUrl: string | undefined): string {
  const hasScheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(docs);
  const target = hasScheme ? (/^https?:/i.test(docs) ? docs : '#') : (baseUrl ?? '') + docs;
  return target.replace(/[()\s<>]/g, encodeURIComponent);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
