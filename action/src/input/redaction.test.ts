/**
 * End to end: a secret written into any user-written field of a change never
 * reaches the input document (or the decision), is reported as a secret
 * finding with its location, and the shipped `no-secrets` policy blocks it.
 * Fixture mode (GitHub-shaped JSON) and local git mode (a real repository).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInput } from '../collect/index.js';
import type { Decision } from '../decide/types.js';
import { DEFAULT_POLICY_DIR, PACKAGE_ROOT, runGate } from '../gate.js';
import type { InputDocument, SecretLocation } from './types.js';

/** A distinct GitHub-token-shaped value per field, built at run time so no scanner flags this file. */
const token = (field: string): string => 'ghp_' + `${field.replace(/[^A-Za-z0-9]/g, '')}Zq8v2Lm9Xr4Tk7WpQ3sT5vW7yA1cE3gI5kM7`.slice(0, 36);

type Json = Record<string, any>;

function editJson(path: string, edit: (value: Json) => void): void {
  const value = JSON.parse(readFileSync(path, 'utf8')) as Json;
  edit(value);
  writeFileSync(path, JSON.stringify(value));
}

function expectNoLeak(doc: InputDocument, decision: Decision | null, field: string, location: SecretLocation): void {
  const secret = token(field);
  expect(JSON.stringify(doc)).not.toContain(secret);
  if (decision) expect(JSON.stringify(decision)).not.toContain(secret);
  expect(doc.security.secrets.findings.filter((f) => f.location === location).length).toBeGreaterThan(0);
}

describe('fixture mode: secrets in written text', () => {
  let dir: string;
  let doc: InputDocument;
  let decision: Decision;
  const SHA = '99e1e5d63bc46cf01cd8b5438fecef27d3c93f58';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'paved-redaction-fixture-'));
    cpSync(join(PACKAGE_ROOT, 'fixtures', 'human-change-passes'), dir, { recursive: true });
    editJson(join(dir, 'event.json'), (event) => {
      const pr = event.pull_request;
      pr.title = `Search tags ${token('title')}`;
      pr.body = `Staging key below\n\n${token('body')}`;
      pr.labels = [{ name: token('label') }];
      pr.head.ref = `tags/${token('branch')}`;
    });
    editJson(join(dir, 'commits.json'), (commits) => {
      const c = (commits as unknown as Json[]).find((x) => x.sha === SHA)!.commit;
      c.message = `Search tags ${token('subject')}\n\nuses ${token('message')}\n\nDeploy-Token: ${token('trailer')}`;
      c.author.name = `Tom ${token('author')}`;
      c.committer.email = `${token('committer')}@acme.dev`;
    });
    writeFileSync(join(dir, 'reviews.json'), JSON.stringify([{
      id: 1, user: { login: 'priya-sec', type: 'User' }, body: `use ${token('review')} instead`, state: 'COMMENTED',
      author_association: 'MEMBER', submitted_at: '2026-11-24T11:02:00Z', commit_id: SHA,
    }]));
    const result = await runGate({ collect: async () => (doc = await collectInput({ kind: 'fixture', dir })), policies: DEFAULT_POLICY_DIR });
    decision = result.decision;
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['title', 'pr-title'],
    ['body', 'pr-body'],
    ['label', 'pr-label'],
    ['branch', 'pr-branch'],
    ['subject', 'commit-message'],
    ['message', 'commit-message'],
    ['trailer', 'commit-message'],
    ['author', 'commit-author'],
    ['committer', 'commit-committer'],
    ['review', 'review-body'],
  ] as const)('%s: the raw token appears nowhere in the input or the decision', (field, location) => {
    expectNoLeak(doc, decision, field, location);
  });

  it('names the commit of a commit finding and blocks with no-secrets', () => {
    const inMessage = doc.security.secrets.findings.filter((f) => f.location === 'commit-message');
    expect(inMessage.map((f) => f.commit)).toEqual([SHA, SHA, SHA]);
    const redacted = doc.commits.find((c) => c.sha === SHA)!;
    expect(redacted.subject).toBe('Search tags [REDACTED:github-token]');
    expect(redacted.trailers).toEqual([{ key: 'Deploy-Token', value: '[REDACTED:github-token]' }]);
    expect(decision.verdict).toBe('failure');
    const messages = decision.findings.filter((f) => f.rule === 'no-secrets').map((f) => f.message).sort();
    const commit = SHA.slice(0, 12);
    // The subject, body and trailer of one message give the same finding: the policy's deny set holds it once.
    expect(messages).toEqual([
      'in a branch name', 'in a pull request label', 'in a review', `in the author of commit ${commit}`, `in the committer of commit ${commit}`,
      `in the message of commit ${commit}`, 'in the pull request description', 'in the pull request title',
    ].map((place) => `Possible github-token ${place} (ghp_…(40 chars)).`));
  });
});

describe('local git mode: secrets in written text', () => {
  let repo: string;
  let doc: InputDocument;
  const branch = `fix/${token('branch')}`;

  function git(args: string[], env: Record<string, string> = {}): string {
    return execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Dana', GIT_AUTHOR_EMAIL: 'dana@example.com', GIT_COMMITTER_NAME: 'Dana', GIT_COMMITTER_EMAIL: 'dana@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: repo, ...env },
    });
  }

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'paved-redaction-git-'));
    git(['init', '-q', '-b', 'main']);
    writeFileSync(join(repo, 'README.md'), 'hello\n');
    git(['add', 'README.md']);
    git(['commit', '-q', '-m', 'Initial']);
    git(['checkout', '-q', '-b', branch]);
    writeFileSync(join(repo, 'README.md'), 'hello\nworld\n');
    git(['add', 'README.md']);
    git(['commit', '-q', '-m', `Say world ${token('title')}\n\nuses ${token('message')}\n\nDeploy-Token: ${token('trailer')}`], {
      GIT_AUTHOR_NAME: `Dana ${token('author')}`,
      GIT_COMMITTER_EMAIL: `${token('committer')}@example.com`,
    });
    doc = await collectInput({ kind: 'git', repo, base: 'main', head: branch });
  }, 60_000);

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it.each([
    // Local mode has no PR: the title is the first commit's subject.
    ['title', 'commit-message'],
    ['title', 'pr-title'],
    ['branch', 'pr-branch'],
    ['message', 'commit-message'],
    ['trailer', 'commit-message'],
    ['author', 'commit-author'],
    ['committer', 'commit-committer'],
  ] as const)('%s (%s): the raw token appears nowhere in the input', (field, location) => {
    expectNoLeak(doc, null, field, location);
  });

  it('keeps the redacted text readable and the trailer parsed', () => {
    expect(doc.change.title).toBe('Say world [REDACTED:github-token]');
    expect(doc.change.head.ref).toBe('fix/[REDACTED:github-token]');
    expect(doc.commits[0]!.trailers).toEqual([{ key: 'Deploy-Token', value: '[REDACTED:github-token]' }]);
    expect(doc.security.secrets.findings.map((f) => f.location)).toEqual([
      'pr-title', 'pr-branch', 'commit-message', 'commit-message', 'commit-message', 'commit-author', 'commit-committer',
    ]);
  });
});
