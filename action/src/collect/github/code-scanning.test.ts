import { describe, expect, it } from 'vitest';
import { GitHubRestDescription } from '../../test-support/openapi.js';
import { codeScanningFindings } from './code-scanning.js';

describe('codeScanningFindings', () => {
  const alert = new GitHubRestDescription().example<Record<string, any>[]>('code-scanning/list-alerts-for-repo')[0]!;

  it('maps a GitHub alert to a SARIF finding, on a changed line when the patch added it', () => {
    const located = {
      ...alert,
      rule: { ...alert.rule, id: 'js/sql-injection', severity: 'error', security_severity_level: 'high' },
      tool: { ...alert.tool, name: 'CodeQL' },
      most_recent_instance: { ...alert.most_recent_instance, message: { text: 'Query built from user input' }, location: { path: 'src/db.ts', start_line: 2 } },
    };
    const files = [{ filename: 'src/db.ts', patch: '@@ -1,1 +1,2 @@\n keep\n+db.query(input)' }];
    expect(codeScanningFindings({ evaluated: true, reason: null, alerts: [located] }, files)).toEqual({
      evaluated: true,
      reason: null,
      findings: [
        { tool: 'CodeQL', rule: 'js/sql-injection', level: 'error', security_severity: 7, message: 'Query built from user input', file: 'src/db.ts', line: 2, on_changed_line: true },
      ],
    });
    const elsewhere = { ...located, most_recent_instance: { ...located.most_recent_instance, location: { path: 'src/db.ts', start_line: 1 } } };
    expect(codeScanningFindings({ evaluated: true, reason: null, alerts: [elsewhere] }, files).findings[0]!.on_changed_line).toBe(false);
  });

  it('passes through "not evaluated" with its reason', () => {
    expect(codeScanningFindings({ evaluated: false, reason: 'HTTP 403', alerts: [] }, [])).toEqual({ evaluated: false, reason: 'HTTP 403', findings: [] });
  });
});
