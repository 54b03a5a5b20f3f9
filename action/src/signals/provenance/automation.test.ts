/**
 * paved.yml `automation_accounts`: the repository's own bots are never AI
 * evidence, an unlisted bot still is (weakly), and an AI agent's own account
 * cannot be listed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInput } from '../../collect/index.js';
import { GateError } from '../../errors.js';
import { PACKAGE_ROOT } from '../../gate.js';
import type { InputDocument } from '../../input/types.js';
import { makeCommit, makeConfig, makeContext } from '../../test-support/inputs.js';
import { loadCatalog } from './catalog.js';
import { collectProvenance } from './index.js';

const OWN = makeConfig({ automation_accounts: ['acme-release[bot]', 'acme-deployer'] });
const botEvidence = (source: string) => expect.objectContaining({ source, signal: 'bot-account', agent: 'unknown-bot', confidence: 'low' });

describe('automation_accounts: pull request author', () => {
  const base = makeContext();
  const authoredBy = (login: string, config = makeConfig()) =>
    collectProvenance(makeContext({ change: { ...base.change, author: { login, type: 'Bot' } }, config }));

  it('a listed Bot author (any case) gives no evidence, and the change is not AI-assisted on its account', async () => {
    const p = await authoredBy('Acme-Release[bot]', OWN);
    expect(p.evidence).toEqual([]);
    // The fixture context has no commits and every PR source read: false, not unknown.
    expect(p.ai_assisted).toBe(false);
  });

  it('a listed machine user without the [bot] suffix gives no evidence either', async () => {
    expect((await authoredBy('acme-deployer', OWN)).evidence).toEqual([]);
  });

  it('the same Bot author gives low-confidence bot evidence when not listed', async () => {
    const p = await authoredBy('acme-release[bot]');
    expect(p.evidence).toEqual([botEvidence('pr-author')]);
    expect(p.ai_assisted).toBe(true);
    expect(p.agents).toEqual(['unknown-bot']);
  });

  it('another unlisted bot still counts when some accounts are listed', async () => {
    expect((await authoredBy('stranger[bot]', OWN)).evidence).toEqual([botEvidence('pr-author')]);
  });
});

describe('automation_accounts: commits', () => {
  const commit = makeCommit({
    sha: 'a'.repeat(40),
    message: 'Release 1.2.0\n\nCo-authored-by: acme-release[bot] <1234+acme-release[bot]@users.noreply.github.com>',
    author: { name: 'acme-release[bot]', email: '1234+acme-release[bot]@users.noreply.github.com', login: 'acme-release[bot]', date: null },
    committer: { name: 'acme-release[bot]', email: '1234+acme-release[bot]@users.noreply.github.com', login: 'acme-release[bot]', date: null },
  });
  const withTrailer = { ...commit, trailers: [{ key: 'Co-authored-by', value: 'acme-release[bot] <1234+acme-release[bot]@users.noreply.github.com>' }] };

  it('a listed author, committer and co-author give no evidence', async () => {
    const p = await collectProvenance(makeContext({ commits: [withTrailer], config: OWN }));
    expect(p.commits[0]!.evidence).toEqual([]);
    expect(p.commits[0]!.ai_assisted).toBe(false);
  });

  it('unlisted, each gives its low-confidence bot evidence', async () => {
    const p = await collectProvenance(makeContext({ commits: [withTrailer] }));
    expect(p.commits[0]!.evidence).toEqual([botEvidence('commit-trailer'), botEvidence('commit-author'), botEvidence('commit-committer')]);
    expect(p.ai_commit_share).toBe(1);
  });
});

describe('automation_accounts: catalog', () => {
  it('refuses an AI agent account, naming the agent and the entry', () => {
    let error: unknown;
    try {
      loadCatalog([], ['acme-ci', 'copilot-swe-agent[bot]']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).message).toBe(
      'paved.yml automation_accounts[1]: "copilot-swe-agent[bot]" is the account of the AI agent copilot (provenance catalog entry copilot-agent-account), so it cannot be listed as automation',
    );
  });

  it('refuses an account the repository itself declared as an agent in paved.yml agents', () => {
    const agent = { id: 'acme-coder', agent: 'acme-coder', kind: 'account', login: '^acme-coder\\[bot\\]$', confidence: 'high', source: 'https://acme.example' };
    expect(() => loadCatalog([agent], ['acme-coder[bot]'])).toThrow('is the account of the AI agent acme-coder');
  });

  it('adds listed accounts, lower-cased, to the shipped automation bots', () => {
    const catalog = loadCatalog([], ['Acme-CI']);
    expect(catalog.automationBots.has('acme-ci')).toBe(true);
    expect(catalog.automationBots.has('dependabot[bot]')).toBe(true);
    expect(loadCatalog().automationBots.has('acme-ci')).toBe(false);
  });
});

describe('automation_accounts from a fixture paved.yml', () => {
  let dir: string;
  const collect = async (config: string | null): Promise<InputDocument> => {
    if (config === null) rmSync(join(dir, 'paved.yml'), { force: true });
    else writeFileSync(join(dir, 'paved.yml'), config);
    return collectInput({ kind: 'fixture', dir });
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'paved-automation-'));
    cpSync(join(PACKAGE_ROOT, 'fixtures', 'human-change-passes'), dir, { recursive: true });
    const eventPath = join(dir, 'event.json');
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request: { user: { login: string; type: string } } };
    event.pull_request.user = { ...event.pull_request.user, login: 'acme-release[bot]', type: 'Bot' };
    writeFileSync(eventPath, JSON.stringify(event));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read from paved.yml into config and silences the listed PR author', async () => {
    const doc = await collect('automation_accounts:\n  - acme-release[bot]\n');
    expect(doc.config.automation_accounts).toEqual(['acme-release[bot]']);
    expect(doc.provenance.evidence).toEqual([]);
    // A fixture has no git notes, so no evidence means unknown, not human.
    expect(doc.provenance.ai_assisted).toBeNull();
  });

  it('without the setting, the same author is low-confidence AI evidence', async () => {
    const doc = await collect(null);
    expect(doc.provenance.evidence).toEqual([botEvidence('pr-author')]);
    expect(doc.provenance.ai_assisted).toBe(true);
  });
});
