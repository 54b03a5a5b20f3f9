import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GateError } from '../../errors.js';
import { FakeGitHub } from '../../test-support/fake-github.js';
import { GitHubRestDescription } from '../../test-support/openapi.js';
import { baseMirror, readBaseConfig, resolveArtifact, type BaseSide } from './base-side.js';
import { createGitHubClient } from './client.js';

const BASE = 'b'.repeat(40);
let description: GitHubRestDescription;
let fake: FakeGitHub | null = null;
let scratchDir: string | null = null;

beforeAll(() => {
  description = new GitHubRestDescription();
});

afterEach(async () => {
  await fake?.close();
  fake = null;
  if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
  scratchDir = null;
});

async function baseSide(files: Record<string, string>): Promise<BaseSide> {
  fake = await FakeGitHub.start({ baseSha: BASE, contents: { [BASE]: files, ['c'.repeat(40)]: { 'paved.yml': 'from: head\n' } } }, description);
  const client = createGitHubClient({ token: 'ghs_test', baseUrl: fake.baseUrl });
  scratchDir = await mkdtemp(join(tmpdir(), 'paved-base-'));
  return { client, repo: { owner: 'octo-org', repo: 'widgets' }, baseSha: BASE, scratchDir };
}

async function rejection(promise: Promise<unknown>): Promise<GateError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GateError);
  return error as GateError;
}

describe('readBaseConfig', () => {
  it('falls back from paved.yml to .github/paved.yml, at the base sha', async () => {
    const base = await baseSide({ '.github/paved.yml': 'thresholds: {}\n' });
    expect(await readBaseConfig(base, '')).toEqual({ text: 'thresholds: {}\n', origin: `.github/paved.yml at ${BASE.slice(0, 12)}` });
    expect(fake!.server.calls('repos/get-content').map((c) => [c.pathParams.path, c.query.ref])).toEqual([
      ['paved.yml', BASE],
      ['.github/paved.yml', BASE],
    ]);
  });

  it('uses the defaults when no candidate exists', async () => {
    const base = await baseSide({});
    expect(await readBaseConfig(base, '')).toEqual({ text: undefined, origin: 'defaults' });
  });

  it('fails when a named config is missing at the base, even if the head has it', async () => {
    const base = await baseSide({});
    const error = await rejection(readBaseConfig(base, 'paved.yml'));
    expect(error.code).toBe('config_invalid');
    expect(error.message).toContain('does not exist at the base commit');
  });
});

describe('resolveArtifact', () => {
  it('mirrors a repository directory from the base sha under the scratch dir', async () => {
    const base = await baseSide({ 'gate/policies/a.rego': 'package a\n' });
    expect(await resolveArtifact(base, 'gate/policies', 'policies')).toBe(join(baseMirror(base), 'gate', 'policies'));
  });

  it('uses an absolute path as is, without asking GitHub', async () => {
    const base = await baseSide({});
    expect(await resolveArtifact(base, '/opt/bundle.tar.gz', 'policies')).toBe('/opt/bundle.tar.gz');
    expect(fake!.server.requests).toHaveLength(0);
  });

  it('fails closed when the path does not exist at the base commit', async () => {
    const base = await baseSide({});
    const error = await rejection(resolveArtifact(base, 'policies', 'policies'));
    expect(error.code).toBe('policy_load_failed');
    expect(error.hint).toMatch(/merge them to the base branch first/);
  });
});
