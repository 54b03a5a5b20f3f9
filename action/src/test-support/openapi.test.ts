/** The validator is what makes the end-to-end tests meaningful: it must reject what GitHub would. */
import { beforeAll, describe, expect, it } from 'vitest';
import { DESCRIBED_API_VERSION, GitHubRestDescription } from './openapi.js';

let description: GitHubRestDescription;
const headers = { 'x-github-api-version': DESCRIBED_API_VERSION };
const url = (path: string) => new URL(path, 'http://127.0.0.1');

beforeAll(() => {
  description = new GitHubRestDescription();
});

function problems(method: string, path: string, body: unknown = undefined, withHeaders: Record<string, string> = headers): string[] {
  const result = description.validate(method, url(path), withHeaders, body === undefined ? '' : JSON.stringify(body));
  return result.ok ? [] : result.problems;
}

const annotation = { path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' };

describe('GitHubRestDescription.validate', () => {
  it('accepts a well-formed check-run create and names the operation', () => {
    const result = description.validate('POST', url('/repos/o/r/check-runs'), headers, JSON.stringify({ name: 'Paved', head_sha: 'abc', conclusion: 'success', output: { title: 't', summary: 's', annotations: [annotation] } }));
    expect(result.ok && result.match.operation.operationId).toBe('checks/create');
  });

  it('rejects unknown paths and methods', () => {
    expect(problems('GET', '/repos/o/r/check-runz')).toEqual(['GET /repos/o/r/check-runz is not an operation of the GitHub REST API']);
    expect(problems('DELETE', '/repos/o/r/pulls/1/files')[0]).toMatch(/is not an operation/);
  });

  it('rejects bad bodies: missing required fields, wrong enums, more than 50 annotations', () => {
    expect(problems('POST', '/repos/o/r/check-runs', { name: 'Paved' }).join()).toMatch(/must have required property 'head_sha'/);
    expect(problems('POST', '/repos/o/r/check-runs', { name: 'P', head_sha: 'a', conclusion: 'passed' }).join()).toMatch(/conclusion must be equal to one of the allowed values/);
    const tooMany = Array.from({ length: 51 }, () => annotation);
    expect(problems('PATCH', '/repos/o/r/check-runs/5', { output: { title: 't', summary: 's', annotations: tooMany } }).join()).toMatch(/must NOT have more than 50 items/);
  });

  it('rejects bad path and query parameters and unknown query parameters', () => {
    expect(problems('GET', '/repos/o/r/pulls/abc/files').join()).toMatch(/pull_number.*must be integer/);
    expect(problems('GET', '/repos/o/r/commits/abc/check-runs?filter=newest').join()).toMatch(/filter.*must be equal to one of the allowed values/);
    expect(problems('GET', '/repos/o/r/pulls/1/files?perpage=100').join()).toMatch(/unknown query parameter "perpage"/);
  });

  it('understands OpenAPI nullable: null is allowed where the description says so, and only there', () => {
    expect(problems('POST', '/repos/o/r/issues', { title: 'x', assignee: null })).toEqual([]);
    expect(problems('POST', '/repos/o/r/issues', { title: 'x', assignee: 5 }).join()).toMatch(/assignee/);
    expect(problems('POST', '/repos/o/r/check-runs', { name: null, head_sha: 'a' }).join()).toMatch(/name must be string/);
  });

  it('requires the pinned API version header', () => {
    expect(problems('GET', '/repos/o/r/pulls/1/files', undefined, {})).toEqual([
      `X-GitHub-Api-Version must pin ${DESCRIBED_API_VERSION} (the version this description documents), got undefined`,
    ]);
  });

  it("serves GitHub's own example responses", () => {
    const files = description.example<{ filename: string }[]>('pulls/list-files');
    expect(files[0]!.filename).toBe('file1.txt');
  });
});
