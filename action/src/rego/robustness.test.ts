import { describe, expect, it } from 'vitest';
import { compileModules, RegoError, RegoErrors } from './index.js';

const SEED_POLICY = `package paved.x

import rego.v1

# METADATA
# title: Sample
deny contains msg if {
	some f in input.changes.files
	f.additions > 10
	not startswith(f.path, "docs/")
	msg := sprintf("%s: %d", [f.path, f.additions])
}

total := sum([f.additions | some f in input.changes.files])
labels[k] := v if some k, v in input.labels
ok if every f in input.changes.files { f.additions < 1000 }
`;

/** Deterministic PRNG (mulberry32) so a failure reproduces. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['{', '}', '[', ']', '(', ')', ':=', '=', ' if ', ' contains ', ' some ', ' in ', ' every ', ' not ', ' with ', '"', '`', '\n', ';', ',', '.', 'x', '_', '1', '|', '&', '#'];

function mutate(source: string, random: () => number): string {
  let s = source;
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * s.length);
    const choice = random();
    if (choice < 0.4) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(random() * 5));
    else s = s.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)]! + s.slice(at);
  }
  return s;
}

describe('robustness', () => {
  it('turns every mangled policy into a RegoError or a working policy, never a crash', () => {
    const random = rng(42);
    const input = { changes: { files: [{ path: 'a.ts', additions: 20 }] }, labels: { a: 'b' } };
    let rejected = 0;
    for (let i = 0; i < 400; i++) {
      const source = mutate(SEED_POLICY, random);
      try {
        compileModules([{ path: 'm.rego', source }]).evaluate('data.paved.x', { input, timeoutMs: 1000 });
      } catch (e) {
        if (!(e instanceof RegoErrors || e instanceof RegoError)) {
          throw new Error(`non-Rego error ${String(e)} for source:\n${source}`);
        }
        rejected++;
      }
    }
    // Most mutations break the syntax; the count shows the loop really exercised the error paths.
    expect(rejected).toBeGreaterThan(100);
  });

  it('reports a policy nested beyond the interpreter stack as a RegoError', () => {
    const depth = 100_000;
    const source = `package t\np := ${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(() => compileModules([{ path: 'deep.rego', source }])).toThrow(RegoErrors);
    try {
      compileModules([{ path: 'deep.rego', source }]);
    } catch (e) {
      expect((e as RegoErrors).errors[0]).toMatchObject({ code: 'rego_parse_error', location: { file: 'deep.rego' } });
    }
  });
});
