import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CollectedChange } from '../collect/types.js';
import { buildInput } from './build.js';
import { defaultConfig } from './config.js';
import type { ChangedFile } from './types.js';
import { validateInput } from './validate.js';
import { makeFile } from '../test-support/inputs.js';

// Built at run time so no scanner mistakes this test for a leak.
const TOKEN = 'ghp_' + 'a1B2c3D4e5F6'.repeat(3);

function changedFile(path: string, lines: string[]): ChangedFile {
  return makeFile(path, lines.map((text, i): [number, string] => [i + 1, text]));
}

function collected(files: ChangedFile[]): CollectedChange {
  return {
    source: 'git',
    config: defaultConfig(),
    repository: { owner: null, name: null, full_name: null, default_branch: 'main', private: null },
    change: {
      number: null,
      title: 't',
      body: '',
      draft: false,
      url: null,
      author: { login: null, type: 'Unknown' },
      labels: [],
      base: { ref: 'main', sha: 'b' },
      head: { ref: 'f', sha: 'h', repo_full_name: null },
      fork: false,
      stats: { files: files.length, additions: 1, deletions: 0, commits: 0 },
      truncated: { files: false, commits: false, patches: false },
    },
    files,
    patches: new Map(files.map((f) => [f.path, `@@ -0,0 +1,${f.added_lines.length} @@\n${f.added_lines.map((l) => `+${l.text}`).join('\n')}`])),
    commits: [],
    reviews: [],
    checks: null,
    notes: { evaluated: false, reason: 'none', bySha: new Map() },
    codeScanning: null,
    readFile: async () => null,
  };
}

describe('buildInput', () => {
  it('never carries a secret from the added lines into the document', async () => {
    const doc = await buildInput(collected([changedFile('src/config.ts', [`const token = "${TOKEN}";`, 'const ok = 1;'])]), []);
    expect(JSON.stringify(doc)).not.toContain(TOKEN);
    expect(doc.files[0]!.added_lines[1]).toEqual({ line: 2, text: 'const ok = 1;' });
    expect(doc.security.secrets.findings).toHaveLength(1);
    expect(doc.security.secrets.findings[0]).toMatchObject({ file: 'src/config.ts', line: 1 });
  });

  it('marks gate-touching files, stamps the source and validates', async () => {
    const doc = await buildInput(collected([changedFile('policies/ai.rego', ['package paved.ai'])]), [], { now: new Date('2026-01-02T03:04:05Z') });
    const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(doc.source).toEqual({ kind: 'git', collected_at: '2026-01-02T03:04:05.000Z', paved_version: version });
    expect(doc.gate).toEqual({ policies: true, config: false, workflows: false, files: ['policies/ai.rego'] });
    expect(validateInput(doc)).toBe(doc);
  });
});
