import { describe, expect, it } from 'vitest';
import { GateError } from '../../errors.js';
import { makeCommit, makeConfig, makeContext, makeFile } from '../../test-support/inputs.js';
import { loadCatalog, parseCatalogText, parseEntry } from './catalog.js';
import { collectProvenance } from './index.js';
import { parseGitAiNote } from './gitai.js';

const sha = (c: string) => c.repeat(40);

describe('catalog', () => {
  it('loads the shipped agents.yml with every entry valid and unique', () => {
    const catalog = loadCatalog();
    expect(catalog.entries.length).toBeGreaterThan(40);
    expect(catalog.entries.find((e) => e.id === 'claude-code-coauthor')?.confidence).toBe('high');
    expect(catalog.automationBots.has('dependabot[bot]')).toBe(true);
    for (const e of catalog.entries) expect(e.source).toMatch(/^https:\/\//);
  });

  it('accepts extra entries from paved.yml', () => {
    const catalog = loadCatalog([
      { id: 'acme-bot', agent: 'acme-ai', kind: 'trailer', key: 'Acme-AI', value: '.', confidence: 'medium', source: 'https://acme.example/ai' },
    ]);
    expect(catalog.entries.at(-1)?.agent).toBe('acme-ai');
  });

  it.each([
    [{ id: 'x', agent: 'a', kind: 'smoke', confidence: 'high', source: 's', pattern: '.' }, /kind "smoke"/],
    [{ id: 'x', agent: 'a', kind: 'label', confidence: 'sure', source: 's', pattern: '.' }, /confidence "sure"/],
    [{ id: 'x', agent: 'a', kind: 'label', confidence: 'high', source: 's' }, /needs at least one of: pattern/],
    [{ id: 'x', agent: 'a', kind: 'label', confidence: 'high', source: 's', pattern: '(' }, /not a valid regular expression/],
    [{ id: 'x', agent: 'a', kind: 'label', confidence: 'high', source: 's', email: '.' }, /"email" does not apply to kind label/],
    [{ id: 'x', agent: 'a', kind: 'trailer', confidence: 'high', source: 's', value: '.' }, /"key" must be a non-empty string/],
    [{ id: 'Bad Id', agent: 'a', kind: 'label', confidence: 'high', source: 's', pattern: '.' }, /lowercase/],
    ['nope', /must be a mapping/],
  ])('rejects a bad entry with a message naming the problem (%#)', (raw, message) => {
    expect(() => parseEntry(raw, 'paved.yml agents[0]')).toThrow(message);
    try {
      parseEntry(raw, 'paved.yml agents[0]');
    } catch (err) {
      expect(err).toBeInstanceOf(GateError);
      expect((err as GateError).code).toBe('config_invalid');
      expect((err as GateError).message).toContain('paved.yml agents[0]');
    }
  });

  it('rejects a config entry that reuses a shipped id', () => {
    expect(() => loadCatalog([{ id: 'codex-label', agent: 'x', kind: 'label', pattern: 'x', confidence: 'low', source: 's' }])).toThrow(
      /"codex-label" is defined twice/,
    );
  });

  it('rejects a catalog document without an agents list', () => {
    expect(() => parseCatalogText('automation_bots: []\n', 'mine.yml')).toThrow(/must be a mapping with an `agents` list/);
  });
});

describe('collectProvenance: commits', () => {
  async function single(over: Parameters<typeof makeCommit>[0], config = makeConfig()) {
    const ctx = makeContext({ commits: [makeCommit(over)], config });
    return collectProvenance(ctx);
  }

  it('matches a Claude Code co-author on the email, whatever the model name', async () => {
    const p = await single({
      sha: sha('a'),
      message: 'Add parser\n\nCo-Authored-By: Claude Opus 4.7 (1M context) <noreply@anthropic.com>',
      trailers: [{ key: 'Co-Authored-By', value: 'Claude Opus 4.7 (1M context) <noreply@anthropic.com>' }],
    });
    expect(p.ai_assisted).toBe(true);
    expect(p.agents).toEqual(['claude-code']);
    expect(p.ai_commit_share).toBe(1);
    expect(p.evidence).toEqual([
      {
        source: 'commit-trailer',
        agent: 'claude-code',
        detail: 'Co-Authored-By: Claude Opus 4.7 (1M context) <noreply@anthropic.com>',
        confidence: 'high',
        commit: sha('a'),
        signal: 'claude-code-coauthor',
      },
    ]);
    expect(p.commits[0]).toMatchObject({ sha: sha('a'), ai_assisted: true, agents: ['claude-code'] });
  });

  it('does not take a human named Claude for the agent', async () => {
    const p = await single({ sha: sha('a'), message: 'Fix\n\nCo-authored-by: Claude Monet <claude@monet.example>' });
    expect(p.ai_assisted).toBe(false);
    expect(p.evidence).toEqual([]);
    expect(p.commits[0]!.ai_assisted).toBe(false);
  });

  it('finds the 🤖 Claude Code footer and the Claude-Session trailer', async () => {
    const p = await single({
      sha: sha('b'),
      message:
        'Refactor\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\nClaude-Session: https://claude.ai/code/session_01ABC',
    });
    expect(p.evidence.map((e) => [e.signal, e.source, e.detail])).toEqual([
      ['claude-session-trailer', 'commit-trailer', 'Claude-Session: https://claude.ai/code/session_01ABC'],
      ['claude-code-footer', 'commit-message', '🤖 Generated with [Claude Code](https://claude.com/claude-code)'],
    ]);
  });

  it('recognises Aider by prefix, name suffix and co-author email', async () => {
    const p = await single({
      sha: sha('c'),
      message: 'aider: add retries\n\nCo-authored-by: aider (openai/gpt-5) <aider@aider.chat>',
      author: { name: 'Jane Doe (aider)', email: 'jane@example.com', login: null, date: null },
    });
    expect(p.evidence.map((e) => e.signal).sort()).toEqual(['aider-coauthor', 'aider-name-suffix', 'aider-subject-prefix']);
    expect(p.agents).toEqual(['aider']);
    expect(p.evidence.find((e) => e.signal === 'aider-name-suffix')?.source).toBe('commit-author');
  });

  it('takes the agent of a disclosure trailer from its value', async () => {
    const p = await single({ sha: sha('d'), message: 'Fix\n\nAssisted-by: Claude:claude-3-opus coccinelle sparse' });
    expect(p.evidence[0]).toMatchObject({ signal: 'assisted-by-trailer', agent: 'claude', confidence: 'high' });
  });

  it('recognises Copilot agent commits by author login and the Agent-Logs-Url trailer', async () => {
    const p = await single({
      sha: sha('e'),
      message: 'Initial plan\n\nAgent-Logs-Url: https://github.com/acme/app/sessions/1b2c3d4e',
      author: { name: 'copilot-swe-agent[bot]', email: '198982749+Copilot@users.noreply.github.com', login: 'copilot-swe-agent[bot]', date: null },
    });
    expect(p.evidence.map((e) => `${e.source}:${e.signal}`).sort()).toEqual([
      'commit-author:copilot-agent-account',
      'commit-trailer:copilot-agent-logs-trailer',
    ]);
    expect(p.agents).toEqual(['copilot']);
  });

  it('gives low-confidence bot evidence for an unlisted [bot] author, none for dependabot', async () => {
    const p = await single({ sha: sha('f'), author: { name: 'x', email: null, login: 'mystery-agent[bot]', date: null } });
    expect(p.evidence).toEqual([
      expect.objectContaining({ signal: 'bot-account', agent: 'unknown-bot', confidence: 'low', source: 'commit-author' }),
    ]);
    const dep = await single({ sha: sha('f'), author: { name: 'x', email: null, login: 'dependabot[bot]', date: null } });
    expect(dep.ai_assisted).toBe(false);
  });

  it('names a known bot co-author by its noreply id and gives weak evidence for an unknown one', async () => {
    const p = await single({
      sha: sha('8'),
      message: [
        'Fix',
        '',
        'Co-authored-by: devin-ai-integration[bot] <158243242+devin-ai-integration[bot]@users.noreply.github.com>',
        'Co-authored-by: helper[bot] <99+helper[bot]@users.noreply.github.com>',
        'Co-authored-by: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
      ].join('\n'),
    });
    expect(p.evidence.map((e) => [e.signal, e.agent, e.confidence])).toEqual([
      ['devin-bot-coauthor', 'devin', 'medium'],
      ['bot-account', 'unknown-bot', 'low'],
    ]);
  });

  it('redacts a secret quoted in an evidence detail', async () => {
    const token = 'ghp_' + 'k3Y9'.repeat(9);
    const p = await single({ sha: sha('7'), message: `Fix\n\nAssisted-by: Claude (used ${token} by mistake)` });
    expect(p.evidence[0]!.detail).toBe('Assisted-by: Claude (used [REDACTED:github-token] by mistake)');
    expect(JSON.stringify(p)).not.toContain(token);
  });

  it('counts trailers the repository declared as disclosure', async () => {
    const config = makeConfig({ disclosure: { required: true, labels: [], trailers: ['AI-Tool'] } });
    const p = await single({ sha: sha('9'), message: 'Fix\n\nAI-Tool: Windsurf' }, config);
    expect(p.evidence[0]).toMatchObject({ signal: 'config-disclosure-trailer', agent: 'windsurf', confidence: 'medium' });
  });

  it('computes the share of AI commits', async () => {
    const ctx = makeContext({
      commits: [
        makeCommit({ sha: sha('1'), message: 'a\n\nCo-authored-by: Codex <noreply@openai.com>' }),
        makeCommit({ sha: sha('2') }),
        makeCommit({ sha: sha('3') }),
      ],
    });
    const p = await collectProvenance(ctx);
    expect(p.ai_commit_share).toBe(0.3333);
    expect(p.commits.map((c) => c.ai_assisted)).toEqual([true, false, false]);
    expect(p.agents).toEqual(['codex']);
  });
});

describe('collectProvenance: unknown is not human', () => {
  it('says null, not false, when notes were not read and nothing matched', async () => {
    const ctx = makeContext({
      commits: [makeCommit({ sha: sha('1') })],
      notes: { evaluated: false, reason: 'refs/notes/ai not fetched', bySha: new Map() },
    });
    const p = await collectProvenance(ctx);
    expect(p.ai_assisted).toBeNull();
    expect(p.commits[0]!.ai_assisted).toBeNull();
    expect(p.sources.find((s) => s.source === 'git-notes')).toEqual({ source: 'git-notes', evaluated: false, reason: 'refs/notes/ai not fetched' });
    expect(p.reason).toBe('not read: git-notes');
  });

  it('says null in local mode, where there is no pull request to read', async () => {
    const p = await collectProvenance(makeContext({ source: 'git', commits: [makeCommit({ sha: sha('1') })] }));
    expect(p.ai_assisted).toBeNull();
    expect(p.commits[0]!.ai_assisted).toBe(false);
    expect(p.sources.filter((s) => !s.evaluated).map((s) => s.source)).toEqual(['pr-author', 'label', 'pr-body']);
  });

  it('says null when the commit list was truncated', async () => {
    const base = makeContext();
    const ctx = makeContext({ change: { ...base.change, truncated: { files: false, commits: true, patches: false } }, commits: [makeCommit({ sha: sha('1') })] });
    const p = await collectProvenance(ctx);
    expect(p.ai_assisted).toBeNull();
    expect(p.reason).toBe('commit list truncated by the source');
  });

  it('still says true when evidence exists although a source was not read', async () => {
    const ctx = makeContext({
      commits: [makeCommit({ sha: sha('1'), message: 'x\n\nMade-with: Cursor' })],
      notes: { evaluated: false, reason: 'no notes', bySha: new Map() },
    });
    const p = await collectProvenance(ctx);
    expect(p.ai_assisted).toBe(true);
    expect(p.agents).toEqual(['cursor']);
  });

  it('has a null commit share with no commits', async () => {
    const p = await collectProvenance(makeContext());
    expect(p.ai_commit_share).toBeNull();
    expect(p.ai_assisted).toBe(false);
  });
});

describe('collectProvenance: pull request', () => {
  it('finds the Copilot PR author, a label and a Devin body marker', async () => {
    const base = makeContext();
    const ctx = makeContext({
      change: {
        ...base.change,
        author: { login: 'Copilot', type: 'Bot' },
        labels: ['llm-assisted', 'bug'],
        body: 'Fixes #3\n\nLink to Devin run: https://app.devin.ai/sessions/0123456789abcdef0123456789abcdef\nRequested by: @dana',
      },
    });
    const p = await collectProvenance(ctx);
    expect(p.evidence.map((e) => [e.source, e.signal, e.agent, e.commit])).toEqual([
      ['pr-author', 'copilot-agent-account', 'copilot', null],
      ['label', 'llm-assisted-label', 'declared', null],
      ['pr-body', 'devin-pr-body', 'devin', null],
    ]);
    expect(p.evidence[2]!.detail).toBe('Link to Devin run: https://app.devin.ai/sessions/0123456789abcdef0123456789abcdef');
    expect(p.agents).toEqual(['copilot', 'declared', 'devin']);
  });

  it('gives a generic low bot evidence for an unlisted Bot PR author, none for renovate', async () => {
    const base = makeContext();
    const p = await collectProvenance(makeContext({ change: { ...base.change, author: { login: 'helper-app[bot]', type: 'Bot' } } }));
    expect(p.evidence).toEqual([expect.objectContaining({ source: 'pr-author', signal: 'bot-account', confidence: 'low' })]);
    const r = await collectProvenance(makeContext({ change: { ...base.change, author: { login: 'renovate[bot]', type: 'Bot' } } }));
    expect(r.evidence).toEqual([]);
  });

  it('counts labels the repository declared as disclosure', async () => {
    const base = makeContext();
    const p = await collectProvenance(
      makeContext({
        change: { ...base.change, labels: ['made-by-robot'] },
        config: makeConfig({ disclosure: { required: true, labels: ['Made-By-Robot'], trailers: [] } }),
      }),
    );
    expect(p.evidence[0]).toMatchObject({ source: 'label', signal: 'config-disclosure-label', detail: 'made-by-robot' });
  });

  it('uses config.agents entries without code changes', async () => {
    const base = makeContext();
    const ctx = makeContext({
      change: { ...base.change, body: 'Built by ACME-Coder run 42' },
      config: makeConfig({ agents: [{ id: 'acme', agent: 'acme-coder', kind: 'pr-body', pattern: 'ACME-Coder run \\d+', confidence: 'low', source: 'https://acme.example' }] }),
    });
    const p = await collectProvenance(ctx);
    expect(p.evidence).toEqual([
      { source: 'pr-body', agent: 'acme-coder', detail: 'Built by ACME-Coder run 42', confidence: 'low', commit: null, signal: 'acme' },
    ]);
  });
});

const NOTE = `src/app.ts
  abcd1234abcd1234 1-3,7
"src/my file.ts"
  efef5678efef5678 2
---
{
  "schema_version": "authorship/3.0.0",
  "base_commit_sha": "7734793b756b3921c88db5375a8c156e9532447b",
  "prompts": {
    "abcd1234abcd1234": { "agent_id": { "tool": "cursor", "id": "s1", "model": "claude-4.5-opus" }, "messages": [] },
    "efef5678efef5678": { "agent_id": { "tool": "claude", "id": "s2", "model": "opus" }, "messages": [] }
  }
}`;

describe('git-ai notes', () => {
  it('parses files, line ranges, tools and the schema version', () => {
    const note = parseGitAiNote(NOTE);
    expect(note.lines.get('src/app.ts')!.ranges()).toEqual([[1, 3], [7, 7]]);
    expect(note.lines.get('src/my file.ts')!.ranges()).toEqual([[2, 2]]);
    expect(note.tools).toEqual(['claude', 'cursor']);
    expect(note.schemaVersion).toBe('authorship/3.0.0');
  });

  it('keeps huge ranges as ranges, merging overlaps', () => {
    const note = parseGitAiNote('a.ts\n  abcd1234abcd1234 1-99999999,5-10,100000000\n  abcdef0 200000000\n---\n{}');
    const ranges = note.lines.get('a.ts')!;
    expect(ranges.ranges()).toEqual([[1, 100000000], [200000000, 200000000]]);
    expect(ranges.size).toBe(100000001);
    expect([ranges.has(1), ranges.has(100000000), ranges.has(100000001), ranges.has(200000000)]).toEqual([true, true, false, true]);
    expect(note.tools).toEqual(['unknown']);
  });

  it.each([
    ['src/a.ts\n  abcd1234abcd1234 1-3\n', /no "---" line/],
    ['src/a.ts\n  abcd1234abcd1234 5-3\n---\n{}', /bad line range "5-3"/],
    ['  abcd1234abcd1234 1\n---\n{}', /under a file path/],
    ['src/a.ts\n  abcd1234abcd1234 1\n---\nnot json', /metadata section is not JSON/],
  ])('rejects a malformed note (%#)', (text, message) => {
    expect(() => parseGitAiNote(text)).toThrow(message);
  });

  it('records evidence and the AI line share of the added lines', async () => {
    const ctx = makeContext({
      commits: [makeCommit({ sha: sha('1') })],
      notes: { evaluated: true, reason: null, bySha: new Map([[sha('1'), NOTE]]) },
      files: [
        makeFile('src/app.ts', [[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd']]),
        makeFile('src/my file.ts', [[1, 'x'], [2, 'y']]),
        makeFile('README.md', [[1, 'r'], [2, 's']]),
      ],
    });
    const p = await collectProvenance(ctx);
    expect(p.ai_line_share).toBe(0.5); // 3 of 4 + 1 of 2 + 0 of 2 = 4 of 8
    expect(p.agents).toEqual(['claude', 'cursor']);
    expect(p.evidence.map((e) => [e.source, e.agent, e.detail])).toEqual([
      ['git-notes', 'claude', 'git-ai note (authorship/3.0.0): 5 AI line(s) in 2 file(s)'],
      ['git-notes', 'cursor', 'git-ai note (authorship/3.0.0): 5 AI line(s) in 2 file(s)'],
    ]);
    expect(p.commits[0]!.ai_assisted).toBe(true);
  });

  it('has a null line share when no commit carries a note', async () => {
    const ctx = makeContext({ commits: [makeCommit({ sha: sha('1') })], files: [makeFile('a.ts', [[1, 'a']])] });
    expect((await collectProvenance(ctx)).ai_line_share).toBeNull();
  });

  it('marks notes not evaluated when one cannot be parsed, and the commit unknown', async () => {
    const ctx = makeContext({
      commits: [makeCommit({ sha: sha('1') })],
      notes: { evaluated: true, reason: null, bySha: new Map([[sha('1'), 'garbage']]) },
    });
    const p = await collectProvenance(ctx);
    expect(p.commits[0]!.ai_assisted).toBeNull();
    expect(p.ai_assisted).toBeNull();
    expect(p.sources.find((s) => s.source === 'git-notes')?.reason).toMatch(/^1 git-ai note\(s\) could not be parsed, first on 111111111111: no "---" line/);
  });
});
