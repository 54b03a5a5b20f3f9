import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../collect/github/client.js';
import { decision, finding, locatedFindings } from '../../test-support/decision.js';
import { useFakeGitHub } from '../../test-support/fake-github.js';
import { CHECK_OUTPUT_MAX_BYTES, utf8Bytes } from './bytes.js';
import { checkConclusion, checkTitle, publishGitHubReport } from './publish.js';

const startFake = useFakeGitHub();

async function start(options: { checksReadOnly?: boolean } = {}) {
  const fake = await startFake(options);
  const client = createGitHubClient({ token: 'ghs_test', baseUrl: fake.baseUrl });
  const target = { owner: 'octo-org', repo: 'widgets', headSha: 'c'.repeat(40), name: 'Paved' };
  return { fake, client, target };
}

describe('checkConclusion', () => {
  it('fails closed on a gate error and is neutral only for fail-open', () => {
    expect(checkConclusion('success')).toBe('success');
    expect(checkConclusion('failure')).toBe('failure');
    expect(checkConclusion('error')).toBe('failure');
    expect(checkConclusion('neutral')).toBe('neutral');
  });
});

describe('checkTitle', () => {
  it('always carries the counts', () => {
    expect(checkTitle(decision([finding({ rule: 'a', level: 'warn' })]))).toBe('Passed: 0 blocking, 1 warning, 0 waived');
    expect(checkTitle(decision(locatedFindings(2)))).toBe('Blocked: 2 blocking, 0 warnings, 0 waived');
  });

  it('names the error when the gate could not decide', () => {
    const failed = decision([], { verdict: 'error', error: { code: 'policy_load_failed', message: 'x' } });
    expect(checkTitle(failed)).toMatch(/^Gate error: policy_load_failed/);
  });
});

describe('publishGitHubReport', () => {
  it('keeps a huge report within 65,535 bytes in the check and whole in the job summary', async () => {
    const { fake, client, target } = await start();
    // ~600 findings with long multi-byte messages: far over the check-run limit.
    const findings = locatedFindings(600).map((f) => ({ ...f, message: `Ünïcödé message ${'€'.repeat(80)} ${f.rule}` }));
    const report = await publishGitHubReport(client, decision(findings), { target, maxAnnotations: 0, write: { backoffMs: () => 0 } });
    const summary = fake.checkRuns[0]!.output.summary!;
    expect(utf8Bytes(summary)).toBeLessThanOrEqual(CHECK_OUTPUT_MAX_BYTES);
    expect(summary).toContain('The job summary of this workflow run has the full report');
    expect(report.jobSummary).toContain('rule.deny.599');
    expect(report.jobSummary).toContain('Check run: [Paved](https://github.com/octo-org/widgets/runs/');
    expect(report.annotationsOmitted).toBe(600);
    expect(fake.server.violations).toEqual([]);
  });

  it('falls back to workflow annotations and says why when the check cannot be written', async () => {
    const { fake, client, target } = await start({ checksReadOnly: true });
    const report = await publishGitHubReport(client, decision([...locatedFindings(12), finding({ rule: 'nowhere' })]), { target, maxAnnotations: 50 });
    expect(report.checkRun).toBeNull();
    expect(report.conclusion).toBe('failure');
    expect(report.checkRunError).toMatch(/HTTP 403: Resource not accessible by integration/);
    expect(report.workflowAnnotations).toHaveLength(10);
    expect(report.annotationsOmitted).toBe(2);
    expect(report.jobSummary).toMatch(/^> \[!IMPORTANT\]\n> \*\*The check run could not be written\.\*\*/);
    expect(report.jobSummary).toContain('2 more located finding(s)');
    expect(fake.checkRuns).toHaveLength(0);
  });

  it('writes the decision record into the check text', async () => {
    const { fake, client, target } = await start();
    await publishGitHubReport(client, decision([]), { target, maxAnnotations: 50 });
    expect(fake.checkRuns[0]!.output.text).toContain('Verdict: **success**');
    expect(fake.checkRuns[0]!.output.title).toBe('Passed: 0 blocking, 0 warnings, 0 waived');
  });

  it('shows rule ids and digests as code spans without backslash escapes', async () => {
    const { fake, client, target } = await start();
    await publishGitHubReport(client, decision([], { evaluated_rules: ['no_secrets*', 'tick`rule'] }), { target, maxAnnotations: 50 });
    const text = fake.checkRuns[0]!.output.text!;
    expect(text).toContain('Rules evaluated: `no_secrets*`, ``tick`rule``');
    expect(text).not.toContain('\\_');
  });
});
