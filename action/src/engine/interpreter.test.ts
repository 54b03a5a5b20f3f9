import { describe, expect, it } from 'vitest';
import { GateError } from '../errors.js';
import { createInterpreterEngine, entrypointRef } from './interpreter.js';
import type { PolicyInfo } from './types.js';

const info: PolicyInfo = { kind: 'interpreter', source: 'test-policies', revision: null, digest: 'd'.repeat(64) };

function engine(modules: Record<string, string>, data: unknown = {}) {
  return createInterpreterEngine({ modules: Object.entries(modules).map(([path, source]) => ({ path, source })), data, info });
}

function caught(fn: () => unknown): GateError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GateError) return e;
    throw e;
  }
  throw new Error('expected a GateError');
}

const PACK = {
  'a.rego': 'package paved.rules.a\n\nimport rego.v1\n\ndeny contains input.x if input.x\n\nlimit := data.limits.max\n\ndouble(n) := n * 2\n',
  'decision.rego': 'package paved\n\nimport rego.v1\n\ndecision := {"deny": [f | some f in data.paved.rules.a.deny], "warn": []}\n',
};

describe('interpreter engine', () => {
  it('lists rules and packages as slash entrypoints, without functions', () => {
    expect(engine(PACK).entrypoints()).toEqual(['paved', 'paved/decision', 'paved/rules', 'paved/rules/a', 'paved/rules/a/deny', 'paved/rules/a/limit']);
  });

  it('evaluates an entrypoint to JSON (sets become sorted arrays)', async () => {
    const e = engine(PACK, { limits: { max: 7 } });
    expect(await e.evaluate('paved/decision', { x: 'b' })).toEqual({ defined: true, value: { deny: ['b'], warn: [] } });
    expect(await e.evaluate('paved/rules/a/deny', { x: 'z' })).toEqual({ defined: true, value: ['z'] });
    expect(await e.evaluate('paved/rules/a/limit', {})).toEqual({ defined: true, value: 7 });
  });

  it('reports an undefined entrypoint as undefined', async () => {
    expect(await engine(PACK).evaluate('paved/missing', {})).toEqual({ defined: false });
    expect(await engine(PACK).evaluate('paved/rules/a/limit', {})).toEqual({ defined: false });
  });

  it('turns compile errors into policy_load_failed with every location', () => {
    const e = caught(() => engine({ 'x.rego': 'package x\n\np if {\n  y\n}\n', 'y.rego': 'package y\n\nq := \n' }));
    expect(e.code).toBe('policy_load_failed');
    expect(e.message).toMatch(/test-policies: the policies do not compile \(\d+ errors?\)/);
    expect(e.message).toContain('y.rego:');
    expect(e.location?.file).toMatch(/[xy]\.rego/);
  });

  it('turns evaluation errors into policy_eval_failed (built-in errors are strict)', async () => {
    const e = engine({ 'p.rego': 'package p\n\nimport rego.v1\n\nv := to_number(input.s)\n' });
    const error = await e.evaluate('p/v', { s: 'not a number' }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).code).toBe('policy_eval_failed');
    expect((error as GateError).location).toEqual({ file: 'p.rego', row: 5, col: expect.any(Number) });
  });

  it('stops at the time budget', async () => {
    const slow = engine({ 'slow.rego': 'package slow\n\nimport rego.v1\n\nn := count([1 | some i in numbers.range(1, 3000); some j in numbers.range(1, 3000); i != j])\n' });
    const error = await slow.evaluate('slow/n', {}, { timeoutMs: 50 }).catch((err: unknown) => err);
    expect((error as GateError).code).toBe('policy_eval_failed');
    expect((error as GateError).message).toContain('took longer than 50 ms');
  });

  it('quotes entrypoint segments that are not identifiers', () => {
    expect(entrypointRef('paved/decision')).toBe('data.paved.decision');
    expect(entrypointRef('paved/my-rules/deny')).toBe('data.paved["my-rules"].deny');
    expect(() => entrypointRef('/')).toThrow(GateError);
  });
});
