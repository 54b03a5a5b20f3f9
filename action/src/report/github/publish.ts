/**
 * The GitHub report for one decision: the check run (title, summary, text,
 * annotations, conclusion) when the token can write it, otherwise
 * workflow-command annotations; and in both cases the job summary, which
 * says what could not be written and why.
 */
import type { Decision, Verdict } from '../../decide/types.js';
import type { GitHubClient } from '../../collect/github/client.js';
import { escapeMarkdown, markdownCodeSpan } from '../escape.js';
import { renderMarkdown, summaryTitle } from '../markdown.js';
import { selectCheckAnnotations, selectWorkflowAnnotations, WORKFLOW_ANNOTATIONS_PER_LEVEL, type WorkflowAnnotation } from './annotations.js';
import { CHECK_OUTPUT_MAX_BYTES, JOB_SUMMARY_MAX_BYTES, truncateToBytes } from './bytes.js';
import { CheckRunNotWritable, writeCheckRun, type CheckConclusion, type CheckRunTarget, type CheckRunWritten, type WriteOptions } from './check-run.js';

export interface GitHubReportOptions {
  target: CheckRunTarget;
  maxAnnotations: number;
  /** Prefix for relative rule-doc links in the Markdown. */
  docsBaseUrl?: string;
  write?: WriteOptions;
}

export interface GitHubReport {
  conclusion: CheckConclusion;
  checkRun: CheckRunWritten | null;
  /** Why the check run could not be written (fork PR, read-only token); null when it was. */
  checkRunError: string | null;
  /** Only when the check run could not be written: emit these as workflow commands. */
  workflowAnnotations: WorkflowAnnotation[];
  /** Findings with a location that no annotation shows (cap or per-step limit). */
  annotationsOmitted: number;
  /** Markdown for $GITHUB_STEP_SUMMARY, within its byte limit. */
  jobSummary: string;
}

const CONCLUSION: Record<Verdict, CheckConclusion> = { success: 'success', failure: 'failure', error: 'failure', neutral: 'neutral' };

export function checkConclusion(verdict: Verdict): CheckConclusion {
  return CONCLUSION[verdict];
}

export async function publishGitHubReport(client: GitHubClient, decision: Decision, options: GitHubReportOptions): Promise<GitHubReport> {
  const markdown = renderMarkdown(decision, { docsBaseUrl: options.docsBaseUrl });
  const selection = selectCheckAnnotations(decision.findings, options.maxAnnotations);
  const capNote = selection.omitted > 0 ? annotationCapNote(selection.omitted, options.maxAnnotations) : null;
  const summary = truncateToBytes(
    joinBlocks([capNote, markdown]),
    CHECK_OUTPUT_MAX_BYTES,
    '\n\n> **Truncated:** a check run summary holds at most 65,535 bytes. The job summary of this workflow run has the full report.\n',
  );
  const conclusion = checkConclusion(decision.verdict);
  try {
    const checkRun = await writeCheckRun(
      client,
      options.target,
      { conclusion, title: checkTitle(decision), summary: summary.text, text: decisionRecordText(decision), annotations: selection.annotations },
      options.write,
    );
    const link = checkRun.url ? `Check run: [${escapeMarkdown(options.target.name)}](${checkRun.url})` : null;
    return {
      conclusion,
      checkRun,
      checkRunError: null,
      workflowAnnotations: [],
      annotationsOmitted: selection.omitted,
      jobSummary: jobSummary([link, capNote, markdown]),
    };
  } catch (error) {
    if (!(error instanceof CheckRunNotWritable)) throw error;
    return fallbackReport(decision, markdown, conclusion, error);
  }
}

function fallbackReport(decision: Decision, markdown: string, conclusion: CheckConclusion, error: CheckRunNotWritable): GitHubReport {
  const selection = selectWorkflowAnnotations(decision.findings);
  const omitted = selection.omitted.error + selection.omitted.warning + selection.omitted.notice;
  const reason = `GitHub refused to write the check run (${error.message}). This is expected on pull requests from forks and with read-only tokens: the token has no \`checks: write\`.`;
  const notice = [
    '> [!IMPORTANT]',
    `> **The check run could not be written.** ${escapeMarkdown(reason)}`,
    '> The findings are shown as annotations on this workflow run and in this summary, and this job fails when the change is blocked: make the job the required check.',
  ];
  if (omitted > 0) {
    notice.push(`> GitHub shows at most ${WORKFLOW_ANNOTATIONS_PER_LEVEL} error and ${WORKFLOW_ANNOTATIONS_PER_LEVEL} warning annotations per step: ${omitted} more located finding(s) appear only in the tables below.`);
  }
  return {
    conclusion,
    checkRun: null,
    checkRunError: reason,
    workflowAnnotations: selection.annotations,
    annotationsOmitted: omitted,
    jobSummary: jobSummary([notice.join('\n'), markdown]),
  };
}

/** The counts are always in the title: it is what the PR's checks list shows. */
export function checkTitle(decision: Decision): string {
  const { deny, warn, waived } = decision.counts;
  const counts = `${deny} blocking, ${warn} warning${warn === 1 ? '' : 's'}, ${waived} waived`;
  if (decision.verdict === 'success') return `Passed: ${counts}`;
  if (decision.verdict === 'failure') return `Blocked: ${counts}`;
  return summaryTitle(decision);
}

/** The job summary when writing the check run failed for another reason than permissions. */
export function failedCheckJobSummary(decision: Decision, problem: string): string {
  const notice = ['> [!CAUTION]', `> **The check run could not be written:** ${escapeMarkdown(problem)}`, '> This job fails so that the gap is visible; re-run it (the check run is updated in place, not duplicated).'].join('\n');
  return jobSummary([notice, renderMarkdown(decision)]);
}

function annotationCapNote(omitted: number, max: number): string {
  return `> **${omitted} more located finding(s) are not annotated** (\`max-annotations\` is ${max}); every finding is listed below.`;
}

/** The check run's `text`: the decision record's facts, for someone auditing the result. */
function decisionRecordText(decision: Decision): string {
  const rules = decision.evaluated_rules.length > 0 ? decision.evaluated_rules.map((r) => markdownCodeSpan(r)).join(', ') : 'none';
  const lines = [
    '### Decision record',
    '',
    `- Verdict: **${decision.verdict}**${decision.fail_open ? ' (fail-open was set)' : ''}`,
    `- Counts: ${decision.counts.deny} deny, ${decision.counts.warn} warn, ${decision.counts.waived} waived`,
    `- Policy: ${escapeMarkdown(decision.policy.kind)} from ${escapeMarkdown(decision.policy.source)}, sha256 ${markdownCodeSpan(decision.policy.digest || 'unknown')}, entrypoint ${markdownCodeSpan(decision.policy.entrypoint)}`,
    `- Input sha256: ${markdownCodeSpan(decision.input_digest || 'none')}`,
    `- Rules evaluated: ${rules}`,
    `- Timings (ms): collect ${decision.timings_ms.collect}, evaluate ${decision.timings_ms.evaluate}, total ${decision.timings_ms.total}`,
  ];
  return truncateToBytes(lines.join('\n'), CHECK_OUTPUT_MAX_BYTES, '\n\n_Truncated: see the decision file artifact._\n').text;
}

function jobSummary(blocks: (string | null)[]): string {
  return truncateToBytes(
    joinBlocks(blocks),
    JOB_SUMMARY_MAX_BYTES,
    '\n\n> **Truncated:** a job summary holds at most 1 MiB. The decision file (output `decision-file`) has every finding.\n',
  ).text;
}

function joinBlocks(blocks: (string | null)[]): string {
  return blocks.filter((b): b is string => b !== null && b !== '').join('\n\n');
}
