import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GateError } from '../errors.js';
import { loadRuleCatalog, parseEntry } from './catalog.js';

const VALID = `id: my-rule
title: A rule
severity: high
category: testing
why: Because it matters a lot.
remediation: |
  1. Do the thing.
docs: docs/rules.md#my-rule
`;

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

async function catalogDir(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'paved-catalog-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

function gateErrorOf(fn: () => unknown): GateError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GateError) return e;
    throw e;
  }
  throw new Error('expected a GateError');
}

describe('loadRuleCatalog', () => {
  it('loads the shipped catalog with every field', async () => {
    const catalog = await loadRuleCatalog('rules');
    const entry = catalog.get('no-secrets');
    expect(entry?.severity).toBe('critical');
    expect(entry?.docs).toBe('docs/rules.md#no-secrets');
    expect(entry?.remediation).toMatch(/^1\. Revoke/);
    expect(catalog.size).toBeGreaterThanOrEqual(10);
  });

  it('reads .yml and .yaml files and ignores other files', async () => {
    const d = await catalogDir({
      'my-rule.yml': VALID,
      'other.yaml': VALID.replaceAll('my-rule', 'other'),
      'README.md': '# not a rule',
    });
    const catalog = await loadRuleCatalog(d);
    expect([...catalog.keys()].sort()).toEqual(['my-rule', 'other']);
  });

  it('rejects an empty directory as vacuous', async () => {
    const d = await catalogDir({});
    await expect(loadRuleCatalog(d)).rejects.toMatchObject({ code: 'vacuous' });
  });

  it('names the directory it cannot read', async () => {
    await expect(loadRuleCatalog('/nonexistent/rules')).rejects.toThrow(/cannot read directory \/nonexistent\/rules/);
  });
});

describe('parseEntry', () => {
  it('names the file and the missing field', () => {
    const err = gateErrorOf(() => parseEntry('rules/my-rule.yml', VALID.replace(/^severity: high\n/m, '')));
    expect(err.message).toContain('rules/my-rule.yml');
    expect(err.message).toContain('missing field "severity"');
    expect(err.location?.file).toBe('rules/my-rule.yml');
  });

  it('names a bad enum value and an unknown field', () => {
    const err = gateErrorOf(() => parseEntry('rules/my-rule.yml', VALID.replace('severity: high', 'severity: urgent') + 'owner: me\n'));
    expect(err.message).toContain('field "severity" must be one of critical, high, medium, low, info');
    expect(err.message).toContain('unknown field "owner"');
  });

  it('requires the id to match the file name', () => {
    const err = gateErrorOf(() => parseEntry('rules/other-name.yml', VALID));
    expect(err.message).toMatch(/declares id "my-rule" but its file name says "other-name"/);
  });

  it('reports YAML syntax errors with the file', () => {
    const err = gateErrorOf(() => parseEntry('rules/my-rule.yml', 'id: [unclosed'));
    expect(err.message).toMatch(/rules\/my-rule\.yml is not valid YAML/);
  });

  it('rejects a docs value without an anchor', () => {
    const err = gateErrorOf(() => parseEntry('rules/my-rule.yml', VALID.replace('docs/rules.md#my-rule', 'docs/rules.md')));
    expect(err.message).toContain('field "docs"');
  });
});
