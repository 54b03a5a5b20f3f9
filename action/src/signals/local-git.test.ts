/**
 * End to end over a real git repository: real commits with real trailers, a
 * real git-ai note on refs/notes/ai, a dependency bump and a leaked token,
 * collected by the local-git source and filled by the signal collectors.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInput } from '../collect/index.js';
import type { InputDocument } from '../input/types.js';

const TOKEN = 'ghp_' + 'R4nd0mT0k3nV4lu3'.repeat(3).slice(0, 36);
let repo: string;
let doc: InputDocument;
let aiSha: string;

function git(args: string[], input?: string): string {
  return execFileSync('git', args, {
    cwd: repo,
    input,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Dana Dev',
      GIT_AUTHOR_EMAIL: 'dana@example.com',
      GIT_COMMITTER_NAME: 'Dana Dev',
      GIT_COMMITTER_EMAIL: 'dana@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: repo,
    },
  });
}

function write(path: string, text: string): void {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'paved-signals-git-'));
  git(['init', '-q', '-b', 'main']);
  write('package.json', JSON.stringify({ name: 'app', dependencies: { express: '^4.21.0' } }, null, 2));
  write('src/app.ts', 'export const a = 1;\n');
  git(['add', '.']);
  git(['commit', '-q', '-m', 'Initial']);
  git(['checkout', '-q', '-b', 'feature']);

  write('package.json', JSON.stringify({ name: 'app', dependencies: { express: '^5.1.0' } }, null, 2));
  git(['commit', '-q', '-am', 'Bump express']);

  write('src/app.ts', `export const a = 1;\nexport const b = 2;\nexport const c = 3;\nconst token = "${TOKEN}";\n`);
  git(['commit', '-q', '-am', 'Add b and c\n\nCo-Authored-By: Claude Sonnet 4.5 <noreply@anthropic.com>']);
  aiSha = git(['rev-parse', 'HEAD']).trim();
  const note = `src/app.ts\n  0123456789abcdef 2-3\n---\n${JSON.stringify({ schema_version: 'authorship/3.0.0', base_commit_sha: 'x', prompts: { '0123456789abcdef': { agent_id: { tool: 'claude', id: 's', model: 'sonnet' } } } })}`;
  git(['notes', '--ref=ai', 'add', '-F', '-', aiSha], note);

  doc = await collectInput({ kind: 'git', repo, base: 'main', head: 'feature' });
}, 60_000);

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('signals over a real local repository', () => {
  it('finds the co-author trailer and the git-ai note, per commit and for the change', () => {
    const p = doc.provenance;
    expect(p.sources.find((s) => s.source === 'git-notes')).toMatchObject({ evaluated: true });
    expect(p.commits.map((c) => c.ai_assisted)).toEqual([false, true]);
    expect(p.commits[1]!.sha).toBe(aiSha);
    expect(p.commits[1]!.evidence.map((e) => e.signal).sort()).toEqual(['claude-code-coauthor', 'git-ai-note']);
    expect(p.agents).toEqual(['claude', 'claude-code']);
    expect(p.ai_commit_share).toBe(0.5);
    // 2 of the 3 added lines in src/app.ts; package.json adds 1 line: 2 of 4
    expect(p.ai_line_share).toBe(0.5);
    expect(p.ai_assisted).toBe(true);
    // local mode has no pull request: those sources are not read
    expect(p.sources.filter((s) => !s.evaluated).map((s) => s.source)).toEqual(['pr-author', 'label', 'pr-body']);
  });

  it('classifies the dependency bump from the whole manifests', () => {
    expect(doc.security.dependencies).toEqual({
      evaluated: true,
      reason: null,
      changes: [{ ecosystem: 'npm', manifest: 'package.json', name: 'express', from: '^4.21.0', to: '^5.1.0', change: 'major', dev: false }],
    });
  });

  it('reports the token and keeps it out of the whole input document', () => {
    expect(doc.security.secrets.findings).toEqual([{ detector: 'github-token', location: 'added-line', file: 'src/app.ts', line: 4, commit: null, redacted: 'ghp_…(40 chars)' }]);
    expect(JSON.stringify(doc)).not.toContain(TOKEN);
  });
});
