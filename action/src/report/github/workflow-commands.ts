/**
 * Workflow-command annotations (`::error file=…,line=…,title=…::message`), the
 * fallback when the token cannot write a check run. Every value is escaped so
 * a file name or message from the PR cannot end the command or start another.
 */
import { escapeWorkflowData, escapeWorkflowProperty } from '../escape.js';
import type { WorkflowAnnotation } from './annotations.js';

export function formatWorkflowCommand(annotation: WorkflowAnnotation): string {
  const properties = [
    `file=${escapeWorkflowProperty(annotation.file)}`,
    `line=${annotation.line}`,
    `title=${escapeWorkflowProperty(annotation.title)}`,
  ].join(',');
  return `::${annotation.level} ${properties}::${escapeWorkflowData(annotation.message)}`;
}
