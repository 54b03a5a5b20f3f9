import { describe, expect, it } from 'vitest';
import { finding, locatedFindings } from '../../test-support/decision.js';
import { annotatableFindings, annotationKey, inBatches, selectCheckAnnotations, selectWorkflowAnnotations, toCheckAnnotation } from './annotations.js';

describe('annotatableFindings', () => {
  it('keeps findings with a file and a positive line, most severe level and severity first', () => {
    const findings = [
      finding({ rule: 'warn-high', level: 'warn', severity: 'high', file: 'a.ts', line: 1 }),
      finding({ rule: 'deny-low', level: 'deny', severity: 'low', file: 'b.ts', line: 2 }),
      finding({ rule: 'no-line', level: 'deny', severity: 'critical', file: 'c.ts' }),
      finding({ rule: 'no-file', level: 'deny', severity: 'critical', line: 3 }),
      finding({ rule: 'line-zero', level: 'deny', severity: 'critical', file: 'd.ts', line: 0 }),
      finding({ rule: 'deny-critical', level: 'deny', severity: 'critical', file: 'e.ts', line: 4 }),
      finding({ rule: 'waived', level: 'waived', severity: 'critical', file: 'f.ts', line: 5 }),
    ];
    expect(annotatableFindings(findings).map((f) => f.rule)).toEqual(['deny-critical', 'deny-low', 'warn-high', 'waived']);
  });
});

describe('selectCheckAnnotations', () => {
  it('caps at max-annotations and counts what was left out', () => {
    const selection = selectCheckAnnotations(locatedFindings(120), 110);
    expect(selection.annotations).toHaveLength(110);
    expect(selection.omitted).toBe(10);
    // high before medium: even indexes are high
    expect(selection.annotations.slice(0, 60).every((a) => Number(a.path.match(/\d+/)![0]) % 2 === 0)).toBe(true);
  });

  it('with max-annotations 0 sends none and counts all', () => {
    expect(selectCheckAnnotations(locatedFindings(3), 0)).toEqual({ annotations: [], omitted: 3 });
  });
});

describe('toCheckAnnotation', () => {
  it('maps levels, puts the remediation in the message and keeps the title within 255 characters', () => {
    const annotation = toCheckAnnotation(finding({ rule: 'r', title: 'x'.repeat(400), level: 'warn', file: './src\\win.ts', line: 7, remediation: 'Do this.' }));
    expect(annotation).toMatchObject({ path: 'src/win.ts', start_line: 7, end_line: 7, annotation_level: 'warning' });
    expect(annotation.title.length).toBeLessThanOrEqual(255);
    expect(annotation.message).toBe('r was violated\n\nHow to fix: Do this.');
  });

  it('cuts a huge message to GitHub\'s 64 KB', () => {
    const annotation = toCheckAnnotation(finding({ rule: 'r', message: '€'.repeat(40_000), file: 'a', line: 1 }));
    expect(Buffer.byteLength(annotation.message)).toBeLessThan(64 * 1024);
  });

  it('names waived findings and who waived them', () => {
    const annotation = toCheckAnnotation(finding({ rule: 'r', level: 'waived', file: 'a', line: 1, waiver: { by: 'sec-lead', reason: 'vendored' } }));
    expect(annotation.annotation_level).toBe('notice');
    expect(annotation.title).toMatch(/^waived r:/);
    expect(annotation.message).toContain('Waived by sec-lead: vendored');
  });
});

describe('annotationKey', () => {
  it('matches an annotation GitHub lists back (null columns, same text) to the one sent', () => {
    const sent = toCheckAnnotation(finding({ rule: 'r', file: 'a.ts', line: 3 }));
    const listed = { ...sent, start_column: null, end_column: null, raw_details: null, blob_href: 'https://x' };
    expect(annotationKey(listed)).toBe(annotationKey(sent));
    expect(annotationKey({ ...sent, start_line: 4, end_line: 4 })).not.toBe(annotationKey(sent));
  });
});

describe('inBatches', () => {
  it('splits into requests of at most 50', () => {
    expect(inBatches(Array.from({ length: 120 }, (_, i) => i)).map((b) => b.length)).toEqual([50, 50, 20]);
    expect(inBatches([])).toEqual([]);
  });
});

describe('selectWorkflowAnnotations', () => {
  it('keeps at most 10 errors and 10 warnings, most severe first, and counts the rest per level', () => {
    const selection = selectWorkflowAnnotations([...locatedFindings(14, 'deny'), ...locatedFindings(12, 'warn'), ...locatedFindings(2, 'waived')]);
    const levels = selection.annotations.map((a) => a.level);
    expect(levels.filter((l) => l === 'error')).toHaveLength(10);
    expect(levels.filter((l) => l === 'warning')).toHaveLength(10);
    expect(levels.filter((l) => l === 'notice')).toHaveLength(2);
    expect(selection.omitted).toEqual({ error: 4, warning: 2, notice: 0 });
    expect(levels.indexOf('warning')).toBeGreaterThan(levels.lastIndexOf('error'));
  });
});
