import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../collect/github/client.js';
import { GateError } from '../../errors.js';
import { serverError, useFakeGitHub } from '../../test-support/fake-github.js';
import type { CheckAnnotation } from './annotations.js';
import { CheckRunNotWritable, writeCheckRun, type CheckRunContent } from './check-run.js';

const startFake = useFakeGitHub();

const HEAD = 'c'.repeat(40);
const noWait = { backoffMs: () => 0 };

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: `src/f${i}.ts`,
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'failure',
    title: `rule.${i}: Title`,
    message: `finding ${i}`,
  }));
}

function content(count: number): CheckRunContent {
  return { conclusion: 'failure', title: 'Blocked: 3 blocking', summary: '## Paved', text: 'record', annotations: annotations(count) };
}

async function start(options: { checksReadOnly?: boolean } = {}) {
  const fake = await startFake(options);
  const client = createGitHubClient({ token: 'ghs_test', baseUrl: fake.baseUrl, retries: 1 });
  const target = { owner: 'octo-org', repo: 'widgets', headSha: HEAD, name: 'Paved' };
  return { fake, client, target };
}

describe('writeCheckRun', () => {
  it('creates one completed run on the head sha, then appends annotations 50 at a time', async () => {
    const { fake, client, target } = await start();
    const written = await writeCheckRun(client, target, content(120), noWait);
    expect(written).toMatchObject({ created: true, annotationsSent: 120, annotationsAlreadyPresent: 0 });
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({ head_sha: HEAD, name: 'Paved', conclusion: 'failure', status: 'completed' });
    const batches = fake.server.calls('checks/update').map((c) => (c.body as { output: { annotations: unknown[] } }).output.annotations.length);
    expect(batches).toEqual([50, 50, 20]);
    expect(fake.checkRuns[0]!.annotations).toHaveLength(120);
    expect(fake.server.violations).toEqual([]);
  });

  it('updates the existing run on a re-run and does not append the same annotations twice', async () => {
    const { fake, client, target } = await start();
    await writeCheckRun(client, target, content(60), noWait);
    const again = await writeCheckRun(client, target, { ...content(61), conclusion: 'success', title: 'Passed' }, noWait);
    expect(again).toMatchObject({ created: false, annotationsSent: 1, annotationsAlreadyPresent: 60 });
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({ conclusion: 'success', output: { title: 'Passed' } });
    expect(fake.checkRuns[0]!.annotations).toHaveLength(61);
    expect(fake.server.calls('checks/create')).toHaveLength(1);
    expect(fake.server.violations).toEqual([]);
  });

  it('does not duplicate the run when the create request fails after GitHub stored it', async () => {
    const { fake, client, target } = await start();
    // The server stores the run but the client sees a 502 (a lost response).
    const realCreate = fake.server['handlers']['checks/create']!;
    let first = true;
    fake.server.setHandlers({
      ...fake.server['handlers'],
      'checks/create': async (r) => {
        const reply = await realCreate(r);
        if (first) {
          first = false;
          return serverError(502);
        }
        return reply;
      },
    });
    const written = await writeCheckRun(client, target, content(3), noWait);
    expect(fake.checkRuns).toHaveLength(1);
    expect(written.id).toBe(fake.checkRuns[0]!.id);
    expect(fake.server.calls('checks/create')).toHaveLength(1);
    expect(fake.checkRuns[0]!.annotations).toHaveLength(3);
  });

  it('resends only the missing annotations after a failed batch', async () => {
    const { fake, client, target } = await start();
    fake.fail('checks/update', serverError(500));
    await writeCheckRun(client, target, content(70), noWait);
    expect(fake.checkRuns[0]!.annotations).toHaveLength(70);
    expect(fake.server.calls('checks/update').map((c) => c.status)).toEqual([500, 200, 200]);
    expect(fake.server.calls('checks/list-annotations').length).toBeGreaterThan(0);
  });

  it('reports a read-only token as CheckRunNotWritable', async () => {
    const { client, target } = await start({ checksReadOnly: true });
    const error = await writeCheckRun(client, target, content(1), noWait).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckRunNotWritable);
    expect((error as Error).message).toMatch(/403.*Resource not accessible by integration/);
  });

  it('gives up with report_failed after the configured attempts', async () => {
    const { fake, client, target } = await start();
    fake.fail('checks/create', serverError(503), serverError(503), serverError(503));
    const error = await writeCheckRun(client, target, content(1), { ...noWait, attempts: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).code).toBe('report_failed');
    expect(fake.server.calls('checks/create')).toHaveLength(3);
    expect(fake.checkRuns).toHaveLength(0);
  });
});
