import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GateError } from './errors.js';
import { DEFAULT_POLICY_DIR, DEFAULT_RULES_DIR, PACKAGE_ROOT, runGate, type GateOptions } from './gate.js';
import { bigFile, inputWithFiles, PACK_DECISION, PACK_RULES, removeTempDirs, writeTempPack } from './cli/test-support.js';
import type { InputDocument } from './input/types.js';

const pack = writeTempPack();
afterAll(removeTempDirs);

function gate(input: InputDocument | (() => Promise<InputDocument>), extra: Partial<GateOptions> = {}) {
  return runGate({
    collect: typeof input === 'function' ? input : async () => input,
    policies: pack.policies,
    rulesDir: pack.rules,
    ...extra,
  });
}

describe('runGate: decisions', () => {
  it('blocks on a deny finding and keeps warnings, enriched and ordered', async () => {
    const { decision, input, catalog } = await gate(inputWithFiles([bigFile('src/small.ts', 10), bigFile('src/huge.ts', 900)], true));
    expect(decision.verdict).toBe('failure');
    expect(decision.counts).toEqual({ deny: 1, warn: 1, waived: 0 });
    expect(decision.findings.map((f) => [f.level, f.rule, f.message, f.file ?? null, f.severity])).toEqual([
      ['deny', 'too-big', 'src/huge.ts adds 900 lines', 'src/huge.ts', 'medium'],
      ['warn', 'draft', 'The change is a draft.', null, 'info'],
    ]);
    expect(decision.evaluated_rules).toEqual(['draft', 'too-big']);
    expect(decision.policy.kind).toBe('interpreter');
    expect(decision.policy.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(decision.timings_ms.total).toBeGreaterThanOrEqual(decision.timings_ms.evaluate);
    expect(input?.change.number).toBe(42);
    expect(catalog?.get('too-big')?.title).toBe('File too big');
  });

  it('passes a change no rule objects to', async () => {
    const { decision } = await gate(inputWithFiles([bigFile('src/small.ts', 10)]));
    expect(decision.verdict).toBe('success');
    expect(decision.findings).toEqual([]);
    expect(decision.error).toBeNull();
  });

  it('reads the thresholds the policy uses from input.config', async () => {
    const input = inputWithFiles([bigFile('src/mid.ts', 300)]);
    expect((await gate(input)).decision.verdict).toBe('success');
    input.config.thresholds.max_ai_changed_lines = 100;
    expect((await gate(input)).decision.verdict).toBe('failure');
  });
});

describe('runGate: every failure is a decision that fails closed', () => {
  it('a collector failure', async () => {
    const { decision, input } = await gate(async () => {
      throw new GateError('collect_failed', 'fixture event.json is missing', 'Add event.json.');
    });
    expect(decision.verdict).toBe('error');
    expect(decision.error).toEqual({ code: 'collect_failed', message: 'fixture event.json is missing', hint: 'Add event.json.' });
    expect(input).toBeNull();
    expect(decision.input_digest).toBe('');
  });

  it('reports the collector failure first when the policies fail too', async () => {
    const { decision } = await gate(
      async () => {
        await new Promise((r) => setTimeout(r, 20));
        throw new GateError('collect_failed', 'git is not installed');
      },
      { policies: join(pack.root, 'nope') },
    );
    expect(decision.error?.code).toBe('collect_failed');
    expect(decision.policy.kind).toBe('unknown');
  });

  it('an input that does not match the schema', async () => {
    const broken = { ...inputWithFiles([]), schema: 'paved/input/v0' } as unknown as InputDocument;
    const { decision, input } = await gate(broken);
    expect(decision.verdict).toBe('error');
    expect(decision.error?.code).toBe('input_invalid');
    expect(decision.error?.message).toContain('/schema');
    expect(input).toBeNull();
  });

  it('a policy directory that does not exist', async () => {
    const { decision } = await gate(inputWithFiles([]), { policies: join(pack.root, 'nope') });
    expect(decision.verdict).toBe('error');
    expect(decision.error?.code).toBe('policy_load_failed');
    expect(decision.policy.source).toBe(join(pack.root, 'nope'));
  });

  it('a policy that does not parse names file and row', async () => {
    const broken = writeTempPack({ 'decision.rego': 'package paved\n\ndecision := {\n' });
    const { decision } = await gate(inputWithFiles([]), { policies: broken.policies });
    expect(decision.error?.code).toBe('policy_load_failed');
    expect(decision.error?.message).toContain('rego_parse_error');
    expect(decision.error?.location?.file).toBe(join(broken.policies, 'decision.rego'));
    expect(decision.error?.location?.row).toBeGreaterThan(0);
  });

  it('an undefined entrypoint', async () => {
    const { decision } = await gate(inputWithFiles([]), { entrypoint: 'paved/nothing_here' });
    expect(decision.verdict).toBe('error');
    expect(decision.error?.code).toBe('decision_invalid');
    expect(decision.error?.message).toContain('paved/nothing_here is undefined');
  });

  it('a decision of the wrong shape', async () => {
    const odd = writeTempPack({ 'decision.rego': 'package paved\n\ndecision := {"deny": "everything", "warn": []}\n' });
    const { decision } = await gate(inputWithFiles([]), { policies: odd.policies });
    expect(decision.error?.code).toBe('decision_invalid');
    expect(decision.error?.message).toContain('"deny" is string "everything", not an array');
  });

  it('a finding whose rule id the catalog does not know', async () => {
    const rogue = writeTempPack({
      'decision.rego': 'package paved\n\ndecision := {"deny": [{"rule": "made-up", "message": "x"}], "warn": []}\n',
    });
    const { decision } = await gate(inputWithFiles([]), { policies: rogue.policies });
    expect(decision.error?.code).toBe('vacuous');
    expect(decision.error?.message).toContain('made-up');
  });

  it('a catalog rule that the pack does not define', async () => {
    const partial = writeTempPack({ 'size.rego': PACK_RULES, 'decision.rego': PACK_DECISION.replace('"rules": ["draft", "too-big"]', '"rules": ["too-big"]') });
    const { decision } = await gate(inputWithFiles([]), { policies: partial.policies });
    expect(decision.error?.code).toBe('vacuous');
    expect(decision.error?.message).toContain('no policy defines: draft');
  });

  it('policies that define no rule at all', async () => {
    const empty = writeTempPack({ 'empty.rego': 'package paved.empty\n' });
    const { decision } = await gate(inputWithFiles([]), { policies: empty.policies });
    expect(decision.error?.code).toBe('vacuous');
  });

  it('a built-in error at run time is an error, not an undefined deny', async () => {
    const failing = writeTempPack({
      'decision.rego': 'package paved\n\nimport rego.v1\n\ndecision := {"deny": [x | x := to_number(input.change.title)], "warn": []}\n',
    });
    const { decision } = await gate(inputWithFiles([]), { policies: failing.policies });
    expect(decision.verdict).toBe('error');
    expect(decision.error?.code).toBe('policy_eval_failed');
    expect(decision.error?.message).toContain('to_number');
    expect(decision.error?.location?.file).toBe(join(failing.policies, 'decision.rego'));
  });

  it('a wrong policy sha256 pin', async () => {
    const { decision } = await gate(inputWithFiles([]), { policySha256: '0'.repeat(64) });
    expect(decision.error?.code).toBe('policy_load_failed');
  });

  it('fail-open reports neutral with the error kept', async () => {
    const { decision } = await gate(inputWithFiles([]), { policies: join(pack.root, 'nope'), failOpen: true });
    expect(decision.verdict).toBe('neutral');
    expect(decision.fail_open).toBe(true);
    expect(decision.error?.code).toBe('policy_load_failed');
  });
});

describe('default locations', () => {
  it('resolves the shipped policies and rules from the package root', () => {
    expect(existsSync(join(PACKAGE_ROOT, 'package.json'))).toBe(true);
    expect(DEFAULT_POLICY_DIR).toBe(join(PACKAGE_ROOT, 'policies'));
    expect(DEFAULT_RULES_DIR).toBe(join(PACKAGE_ROOT, 'rules'));
    expect(existsSync(DEFAULT_POLICY_DIR)).toBe(true);
  });
});
