import { describe, expect, it } from 'vitest';
import { GateError } from '../errors.js';
import { canonicalDigest, canonicalJSON, sha256Hex } from './canonical.js';
import { decide, errorDecision, inputDigest, type DecideParams } from './index.js';
import { sampleCatalog, sampleDecision, sampleInput, samplePolicy, sampleTimings } from './test-samples.js';

function params(value: unknown, extra: Partial<DecideParams> = {}): DecideParams {
  return {
    value,
    entrypoint: 'paved/decision',
    catalog: sampleCatalog,
    input: sampleInput(),
    policy: samplePolicy,
    timings: sampleTimings,
    failOpen: false,
    ...extra,
  };
}

function gateError(fn: () => unknown): GateError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GateError) return e;
    throw e;
  }
  throw new Error('expected a GateError, got none');
}

describe('decide: verdict and enrichment', () => {
  it('a deny finding fails the change and is enriched from the catalog', () => {
    const d = decide(params({ deny: [{ rule: 'no-secrets', message: 'AWS key', file: 'a.ts', line: 2 }], warn: [] }));
    expect(d.verdict).toBe('failure');
    expect(d.counts).toEqual({ deny: 1, warn: 0, waived: 0 });
    expect(d.findings[0]).toEqual({
      level: 'deny',
      rule: 'no-secrets',
      title: 'No secrets in the diff',
      severity: 'critical',
      category: 'security',
      message: 'AWS key',
      remediation: 'Remove the secret and rotate it.',
      docs: 'docs/rules.md#no-secrets',
      file: 'a.ts',
      line: 2,
    });
    expect(d.error).toBeNull();
  });

  it('warnings and waived findings alone pass', () => {
    const d = sampleDecision();
    expect(d.verdict).toBe('failure'); // it has one deny
    const noDeny = decide(params({ deny: [], warn: [{ rule: 'change-size', message: 'big' }], waived: [] }));
    expect(noDeny.verdict).toBe('success');
    expect(noDeny.counts).toEqual({ deny: 0, warn: 1, waived: 0 });
  });

  it("the policy's remediation wins over the catalog default; docs null stays null", () => {
    const d = decide(params({ deny: [], warn: [{ rule: 'change-size', message: 'big', remediation: 'Split by module.' }] }));
    expect(d.findings[0]!.remediation).toBe('Split by module.');
    expect(d.findings[0]!.docs).toBeNull();
  });

  it('keeps the waiver with the waived finding', () => {
    const waived = sampleDecision().findings.find((f) => f.level === 'waived')!;
    expect(waived.waiver).toEqual({ by: 'alice', reason: 'fixture key, not a real secret', review_id: 7 });
    expect(waived.severity).toBe('critical');
  });

  it('records policy, change, digest, timings and evaluated rules', () => {
    const d = sampleDecision();
    expect(d.schema).toBe('paved/decision/v1');
    expect(d.policy).toEqual({ kind: 'interpreter', source: 'policies', revision: 'v1.2.3', digest: 'c'.repeat(64), entrypoint: 'paved/decision' });
    expect(d.change).toEqual({ repository: 'acme/shop', number: 42, head_sha: 'b'.repeat(40), title: 'Add checkout discount' });
    expect(d.input_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(d.timings_ms).toEqual(sampleTimings);
    expect(d.evaluated_rules).toEqual(['ai-tests-required', 'change-size', 'no-secrets']);
    expect(d.fail_open).toBe(false);
  });
});

describe('decide: ordering', () => {
  it('orders by level, then severity, then file (file-less last), line, rule', () => {
    const d = decide(
      params({
        warn: [{ rule: 'no-secrets', message: 'w-crit' }],
        deny: [
          { rule: 'change-size', message: 'd-low' },
          { rule: 'ai-tests-required', message: 'd-high-b9', file: 'b.ts', line: 9 },
          { rule: 'ai-tests-required', message: 'd-high-nofile' },
          { rule: 'ai-tests-required', message: 'd-high-b2', file: 'b.ts', line: 2 },
          { rule: 'ai-tests-required', message: 'd-high-a', file: 'a.ts', line: 50 },
          { rule: 'no-secrets', message: 'd-crit', file: 'z.ts' },
        ],
        waived: [{ rule: 'no-secrets', message: 'waived-crit', waiver: { by: 'x', reason: 'y' } }],
      }),
    );
    expect(d.findings.map((f) => f.message)).toEqual([
      'd-crit',
      'd-high-a',
      'd-high-b2',
      'd-high-b9',
      'd-high-nofile',
      'd-low',
      'w-crit',
      'waived-crit',
    ]);
  });
});

describe('decide: vacuous passes and wrong shapes are gate errors', () => {
  it('an undefined entrypoint names the entrypoint and package', () => {
    const e = gateError(() => decide(params(undefined)));
    expect(e.code).toBe('decision_invalid');
    expect(e.message).toContain('paved/decision is undefined');
    expect(e.hint).toBe('Check that the policies define a rule "decision" in package "paved", or a package "paved.decision" whose rules make up the document, that its rules are defined for this input, or pass the right --entrypoint.');
  });

  it('an empty catalog means no rules are loaded', () => {
    const e = gateError(() => decide(params({ deny: [], warn: [] }, { catalog: new Map() })));
    expect(e.code).toBe('vacuous');
  });

  it('a finding whose rule has no catalog entry is an error naming the id', () => {
    const e = gateError(() => decide(params({ deny: [{ rule: 'made-up', message: 'x' }], warn: [{ rule: 'also-unknown', message: 'y' }] })));
    expect(e.code).toBe('vacuous');
    expect(e.message).toContain('also-unknown, made-up');
  });

  it('a catalog rule that the declared rules do not define is an error', () => {
    const e = gateError(() => decide(params({ deny: [], warn: [], rules: ['no-secrets', 'change-size'] })));
    expect(e.code).toBe('vacuous');
    expect(e.message).toContain('no policy defines: ai-tests-required');
  });

  it('a declared rule without a catalog entry is an error', () => {
    const e = gateError(() => decide(params({ deny: [], warn: [], rules: ['no-secrets', 'change-size', 'ai-tests-required', 'ghost'] })));
    expect(e.message).toContain('no catalog entry: ghost');
  });

  it('an empty declared rule list is vacuous', () => {
    expect(gateError(() => decide(params({ deny: [], warn: [], rules: [] }))).code).toBe('vacuous');
  });

  it('leaves rules disabled in the config out of evaluated_rules', () => {
    const input = sampleInput();
    input.config.rules = { 'change-size': { enabled: false }, 'no-secrets': { enabled: true } };
    const d = decide(params({ deny: [], warn: [], rules: ['no-secrets', 'change-size', 'ai-tests-required'] }, { input }));
    expect(d.evaluated_rules).toEqual(['ai-tests-required', 'no-secrets']);
  });

  it('a configuration that disables every rule is vacuous', () => {
    const input = sampleInput();
    input.config.rules = { 'change-size': { enabled: false }, 'no-secrets': { enabled: false }, 'ai-tests-required': { enabled: false } };
    const e = gateError(() => decide(params({ deny: [], warn: [] }, { input })));
    expect(e.code).toBe('vacuous');
    expect(e.message).toContain('Every rule is disabled');
  });

  it('declared rules that match the catalog become evaluated_rules', () => {
    const d = decide(params({ deny: [], warn: [], rules: ['no-secrets', 'change-size', 'ai-tests-required'] }));
    expect(d.evaluated_rules).toEqual(['ai-tests-required', 'change-size', 'no-secrets']);
    expect(d.verdict).toBe('success');
  });

  it.each([
    [[], 'returned an array, not an object'],
    ['yes', 'returned string "yes", not an object'],
    [{ warn: [] }, 'has no "deny" list'],
    [{ deny: {}, warn: [] }, '"deny" is an object, not an array'],
    [{ deny: [], warn: [], waived: 3 }, '"waived" is number 3, not an array'],
    [{ deny: ['oops'], warn: [] }, 'deny[0] is string "oops", not a finding object'],
    [{ deny: [{ message: 'm' }], warn: [] }, 'deny[0].rule is missing'],
    [{ deny: [], warn: [{ rule: 'no-secrets', message: '  ' }] }, 'warn[0].message is string "  "'],
    [{ deny: [{ rule: 'no-secrets', message: 'm', line: 0 }], warn: [] }, 'deny[0].line is number 0, not a positive integer'],
    [{ deny: [{ rule: 'no-secrets', message: 'm', line: 2.5 }], warn: [] }, 'not a positive integer'],
    [{ deny: [{ rule: 'no-secrets', message: 'm', file: 5 }], warn: [] }, 'deny[0].file is number 5'],
    [{ deny: [{ rule: 'no-secrets', message: 'm', remediation: ['x'] }], warn: [] }, 'deny[0].remediation is an array'],
    [{ deny: [], warn: [], waived: [{ rule: 'no-secrets', message: 'm' }] }, 'waived[0].waiver is missing'],
    [{ deny: [], warn: [], waived: [{ rule: 'no-secrets', message: 'm', waiver: { by: 'a' } }] }, 'waived[0].waiver.reason is missing'],
    [{ deny: [], warn: [], rules: 'all' }, '"rules" is string "all"'],
  ])('rejects %j: %s', (value, expected) => {
    const e = gateError(() => decide(params(value)));
    expect(e.code).toBe('decision_invalid');
    expect(e.message).toContain(expected);
    expect(e.hint).toContain('"deny"');
  });

  it('null optional fields count as absent', () => {
    const d = decide(params({ deny: [{ rule: 'no-secrets', message: 'm', file: null, line: null, remediation: null }], warn: [] }));
    expect(d.findings[0]!.file).toBeUndefined();
    expect(d.findings[0]!.remediation).toBe('Remove the secret and rotate it.');
  });

  it('the same finding in deny and waived is a conflict', () => {
    const f = { rule: 'no-secrets', message: 'key', file: 'k.pem', line: 1 };
    const e = gateError(() => decide(params({ deny: [f], warn: [], waived: [{ ...f, waiver: { by: 'a', reason: 'b' } }] })));
    expect(e.code).toBe('decision_invalid');
    expect(e.message).toContain('both in "deny" and "waived"');
    expect(e.message).toContain('k.pem:1');
  });
});

describe('errorDecision', () => {
  it('fails closed with the error recorded', () => {
    const d = errorDecision({
      error: new GateError('policy_load_failed', 'bad rego', 'fix it', { file: 'p.rego', row: 3, col: 1 }),
      entrypoint: 'paved/decision',
      input: null,
      policy: null,
      policySource: '/tmp/pol',
      timings: sampleTimings,
      failOpen: false,
    });
    expect(d.verdict).toBe('error');
    expect(d.error).toEqual({ code: 'policy_load_failed', message: 'bad rego', hint: 'fix it', location: { file: 'p.rego', row: 3, col: 1 } });
    expect(d.policy).toEqual({ kind: 'unknown', source: '/tmp/pol', revision: null, digest: '', entrypoint: 'paved/decision' });
    expect(d.input_digest).toBe('');
    expect(d.change.head_sha).toBe('');
  });

  it('is neutral with fail-open, and wraps unexpected errors', () => {
    const d = errorDecision({
      error: new TypeError('x is not a function'),
      entrypoint: 'paved/decision',
      input: sampleInput(),
      policy: samplePolicy,
      policySource: 'policies',
      timings: sampleTimings,
      failOpen: true,
    });
    expect(d.verdict).toBe('neutral');
    expect(d.fail_open).toBe(true);
    expect(d.error!.code).toBe('internal_error');
    expect(d.error!.message).toContain('x is not a function');
    expect(d.change.number).toBe(42);
  });
});

describe('input digest', () => {
  it('does not depend on key order and changes with content', () => {
    expect(canonicalJSON({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    const a = sampleInput();
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(Object.keys(reordered)[0]).toBe("config");
    expect(inputDigest(reordered)).toBe(inputDigest(a));
    expect(inputDigest(sampleInput({ title: 'other' }))).not.toBe(inputDigest(a));
  });

  it('writes what JSON.stringify writes for values JSON cannot hold', () => {
    const odd = { z: undefined, f: () => 1, n: NaN, i: -Infinity, arr: [undefined, () => 1, Symbol('s'), 1], s: 'é"\n\u2028', nested: { b: [], a: {} } };
    expect(canonicalJSON(odd)).toBe('{"arr":[null,null,null,1],"i":null,"n":null,"nested":{"a":{},"b":[]},"s":"é\\"\\n\u2028"}');
    expect(canonicalJSON([undefined])).toBe('[null]');
    const manyKeys = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${(i * 7) % 40}`, i]));
    const sortedText = JSON.stringify(Object.fromEntries(Object.entries(manyKeys).sort(([a], [b]) => (a < b ? -1 : 1))));
    expect(canonicalJSON(manyKeys)).toBe(sortedText);
    expect(canonicalJSON({ b: 1, B: 2, a: 3, 'é': 4, _: 5, '10': 6, '9': 7 })).toBe('{"10":6,"9":7,"B":2,"_":5,"a":3,"b":1,"é":4}');
    expect(canonicalJSON('x')).toBe('"x"');
  });

  it('hashes in chunks the same text canonicalJSON writes, across chunk boundaries and multi-byte characters', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => ({ line: i, text: `const déjà${i} = "€${'x'.repeat(i % 37)}"; // 🚀` }));
    const document = { files: [{ path: 'src/a.ts', added_lines: lines }], schema: 'paved/input/v1' };
    const text = canonicalJSON(document);
    expect(text.length).toBeGreaterThan(3 * 64 * 1024);
    expect(canonicalDigest(document)).toBe(sha256Hex(text));
    expect(canonicalDigest({})).toBe(sha256Hex('{}'));
  });
});
