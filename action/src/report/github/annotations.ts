/**
 * Findings with a file and line become annotations: check-run annotations
 * (sent 50 per request, capped by `max-annotations`) or, when the check run
 * cannot be written, workflow-command annotations (GitHub shows at most 10
 * errors and 10 warnings per step). Most severe first in both cases.
 */
import type { Finding, Level, Severity } from '../../decide/types.js';
import { prefixWithinBytes, truncateChars } from './bytes.js';

/** The Checks API accepts at most this many annotations per request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub displays at most this many error and this many warning workflow-command annotations per step. */
export const WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;

const TITLE_MAX_CHARS = 255;
const MESSAGE_MAX_BYTES = 64 * 1024 - 1;

export type CheckAnnotationLevel = 'failure' | 'warning' | 'notice';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: CheckAnnotationLevel;
  title: string;
  message: string;
}

export interface Selection<T> {
  annotations: T[];
  /** Annotatable findings that did not fit. */
  omitted: number;
}

const LEVEL_RANK: Record<Level, number> = { deny: 0, warn: 1, waived: 2 };
const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
const CHECK_LEVEL: Record<Level, CheckAnnotationLevel> = { deny: 'failure', warn: 'warning', waived: 'notice' };

/** Findings that can point at a line, most severe first (level, severity, then file and line). */
export function annotatableFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .filter((f) => typeof f.file === 'string' && f.file !== '' && Number.isInteger(f.line) && (f.line ?? 0) >= 1)
    .map((f, index) => ({ f, index }))
    .sort(
      (a, b) =>
        LEVEL_RANK[a.f.level] - LEVEL_RANK[b.f.level] ||
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        a.index - b.index,
    )
    .map(({ f }) => f);
}

export function selectCheckAnnotations(findings: readonly Finding[], maxAnnotations: number): Selection<CheckAnnotation> {
  const candidates = annotatableFindings(findings);
  const kept = candidates.slice(0, Math.max(0, maxAnnotations));
  return { annotations: kept.map(toCheckAnnotation), omitted: candidates.length - kept.length };
}

export function toCheckAnnotation(finding: Finding): CheckAnnotation {
  return {
    path: repositoryPath(finding.file!),
    start_line: finding.line!,
    end_line: finding.line!,
    annotation_level: CHECK_LEVEL[finding.level],
    title: truncateChars(annotationTitle(finding), TITLE_MAX_CHARS),
    message: prefixWithinBytes(annotationMessage(finding), MESSAGE_MAX_BYTES),
  };
}

/** Identity of an annotation, to skip ones a previous run already appended to the same check run. */
export function annotationKey(a: {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string | null;
  title?: string | null;
  message: string | null;
}): string {
  return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level ?? '', a.title ?? '', a.message ?? '']);
}

export function inBatches<T>(items: readonly T[], size = ANNOTATIONS_PER_REQUEST): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

export type WorkflowCommandLevel = 'error' | 'warning' | 'notice';

export interface WorkflowAnnotation {
  level: WorkflowCommandLevel;
  /** Plain text; the caller's command writer escapes it. */
  message: string;
  title: string;
  file: string;
  line: number;
}

export interface WorkflowSelection {
  annotations: WorkflowAnnotation[];
  omitted: { error: number; warning: number; notice: number };
}

const COMMAND_LEVEL: Record<Level, WorkflowCommandLevel> = { deny: 'error', warn: 'warning', waived: 'notice' };

/** At most 10 per level (GitHub drops the rest silently), most severe first; the rest are counted. */
export function selectWorkflowAnnotations(findings: readonly Finding[]): WorkflowSelection {
  const annotations: WorkflowAnnotation[] = [];
  const omitted = { error: 0, warning: 0, notice: 0 };
  const shown = { error: 0, warning: 0, notice: 0 };
  for (const finding of annotatableFindings(findings)) {
    const level = COMMAND_LEVEL[finding.level];
    if (shown[level] >= WORKFLOW_ANNOTATIONS_PER_LEVEL) {
      omitted[level]++;
      continue;
    }
    shown[level]++;
    annotations.push({
      level,
      title: truncateChars(annotationTitle(finding), TITLE_MAX_CHARS),
      message: prefixWithinBytes(annotationMessage(finding), 4096),
      file: repositoryPath(finding.file!),
      line: finding.line!,
    });
  }
  return { annotations, omitted };
}

function annotationTitle(finding: Finding): string {
  const prefix = finding.level === 'waived' ? 'waived ' : '';
  return `${prefix}${finding.rule}: ${finding.title}`;
}

/** Annotations are plain text on GitHub: no Markdown escaping, but the remediation is spelled out. */
function annotationMessage(finding: Finding): string {
  const parts = [finding.message];
  if (finding.remediation) parts.push(`How to fix: ${finding.remediation}`);
  if (finding.waiver) parts.push(`Waived by ${finding.waiver.by}: ${finding.waiver.reason}`);
  return parts.join('\n\n');
}

/** Annotations need a repository-relative path with forward slashes. */
function repositoryPath(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
}
