import { afterEach, describe, expect, it } from 'vitest';
import { LoopbackGitHub } from './loopback-github.js';
import { DESCRIBED_API_VERSION, GitHubRestDescription } from './openapi.js';

let server: LoopbackGitHub | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function patch(base: string, summary: string): Promise<number> {
  const response = await fetch(`${base}/repos/o/r/check-runs/1`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', 'x-github-api-version': DESCRIBED_API_VERSION },
    body: JSON.stringify({ output: { title: 't', summary } }),
  });
  return response.status;
}

describe('LoopbackGitHub', () => {
  it('enforces the 65,535-byte output limit that the description only states in characters', async () => {
    server = new LoopbackGitHub(new GitHubRestDescription(), { 'checks/update': () => ({ status: 200, body: {} }) });
    const base = await server.start();
    expect(await patch(base, 'ok')).toBe(200);
    // 40,000 characters pass the schema's maxLength but are 120,000 bytes.
    expect(await patch(base, '€'.repeat(40_000))).toBe(422);
    expect(server.violations).toEqual([expect.stringContaining('output.summary exceeds a maximum bytesize of 65535')]);
  });

  it('records a valid request no handler expected as a violation', async () => {
    server = new LoopbackGitHub(new GitHubRestDescription(), {});
    const base = await server.start();
    const response = await fetch(`${base}/repos/o/r/pulls/1`, { headers: { 'x-github-api-version': DESCRIBED_API_VERSION } });
    expect(response.status).toBe(501);
    expect(server.violations[0]).toMatch(/no handler for pulls\/get/);
  });
});
