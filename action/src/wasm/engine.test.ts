import { describe, expect, it } from 'vitest';
import { GateError } from '../errors.js';
import { createBuiltinRegistry } from '../rego/builtins/index.js';
import { BuiltinError, type BuiltinDef, type BuiltinRegistry } from '../rego/builtins/types.js';
import type { PolicyInfo } from '../engine/types.js';
import { abiModule } from './abi-module.js';
import { createWasmEngine } from './engine.js';

const info: PolicyInfo = { kind: 'wasm', source: 'test/policy.wasm', revision: null, digest: 'd' };

function registryOf(...defs: BuiltinDef[]): BuiltinRegistry {
  return new Map(defs.map((d) => [d.name, d]));
}

const nowNs: BuiltinDef = { name: 'time.now_ns', arity: 0, nondeterministic: true, fn: (_args, ctx) => Number(ctx.nowNs) };
const shout: BuiltinDef = {
  name: 'test.shout',
  arity: 1,
  fn: ([s]) => {
    if (typeof s !== 'string') throw new BuiltinError('eval_type_error', 'operand 1 must be string');
    return s === '' ? undefined : s.toUpperCase();
  },
};

async function expectGateError(promise: Promise<unknown>, code: string, pattern: RegExp): Promise<GateError> {
  const err = await promise.then(
    () => {
      throw new Error(`expected a ${code} error`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GateError);
  expect((err as GateError).code).toBe(code);
  expect((err as GateError).message).toMatch(pattern);
  return err as GateError;
}

describe('createWasmEngine', () => {
  it('lists the entrypoints the module exports and passes input and data through', async () => {
    const engine = await createWasmEngine(await abiModule(), { data: { paved: { limit: 3 } }, info, registry: registryOf() });
    expect(engine.info).toBe(info);
    expect(engine.entrypoints()).toEqual(['abort', 'call/builtin0', 'call/builtin1', 'call/builtin3', 'loop', 'paved/decision', 'undefined']);
    const input = { pr: { title: 'héllo "quoted"', files: [1, 2] } };
    expect(await engine.evaluate('paved/decision', input)).toEqual({ defined: true, value: { input, data: { paved: { limit: 3 } } } });
    // A second evaluation sees fresh input and the same data.
    expect(await engine.evaluate('paved/decision', { n: 2 })).toEqual({ defined: true, value: { input: { n: 2 }, data: { paved: { limit: 3 } } } });
  });

  it('works through the ABI 1.1 eval-context calls as well as the 1.2 opa_eval fast path', async () => {
    const engine = await createWasmEngine(await abiModule({ minorVersion: 1 }), { data: { d: true }, info, registry: registryOf() });
    expect(await engine.evaluate('paved/decision', { x: [1] })).toEqual({ defined: true, value: { input: { x: [1] }, data: { d: true } } });
  });

  it('passes falsy inputs as themselves, not as a missing input', async () => {
    const engine = await createWasmEngine(await abiModule(), { data: {}, info, registry: registryOf() });
    for (const input of [false, 0, '', null]) {
      expect(await engine.evaluate('paved/decision', input)).toEqual({ defined: true, value: { input, data: {} } });
    }
  });

  it('maps an empty result set to undefined', async () => {
    const engine = await createWasmEngine(await abiModule(), { data: {}, info, registry: registryOf() });
    expect(await engine.evaluate('undefined', {})).toEqual({ defined: false });
  });

  it('refuses an unknown entrypoint, listing the available ones', async () => {
    const engine = await createWasmEngine(await abiModule({ entrypoints: ['paved/decision', 'paved/other'] }), { data: {}, info, registry: registryOf() });
    const err = await expectGateError(engine.evaluate('paved/missing', {}), 'policy_eval_failed', /entrypoint "paved\/missing" is not in policy\.wasm; it has: paved\/decision, paved\/other/);
    expect(err.hint).toMatch(/opa build -t wasm -e/);
  });

  it('serves host built-ins from the registry, JSON in and out', async () => {
    const engine = await createWasmEngine(await abiModule({ builtins: ['time.now_ns', 'test.shout'] }), { data: {}, info, registry: registryOf(nowNs, shout) });
    expect(await engine.evaluate('call/builtin1', 'make it loud')).toEqual({ defined: true, value: 'MAKE IT LOUD' });
    const before = Date.now() * 1e6;
    const result = await engine.evaluate('call/builtin0', {});
    expect(result.defined).toBe(true);
    const ns = (result as { value: number }).value;
    expect(ns).toBeGreaterThanOrEqual(before - 1e6);
    expect(ns).toBeLessThanOrEqual(Date.now() * 1e6 + 1e6);
  });

  it('serves a built-in of the real interpreter registry', async () => {
    const registry = createBuiltinRegistry();
    const name = registry.has('count') ? 'count' : [...registry.keys()].find((n) => registry.get(n)!.arity === 1)!;
    expect(name).toBe('count');
    const engine = await createWasmEngine(await abiModule({ builtins: ['time.now_ns', 'count'] }), { data: {}, info, registry: registryOf(nowNs, registry.get('count')!) });
    expect(await engine.evaluate('call/builtin1', [4, 5, 6])).toEqual({ defined: true, value: 3 });
  });

  it('serves regex.replace, a three-operand built-in compiled wasm delegates to the host, from the real registry', async () => {
    const engine = await createWasmEngine(await abiModule({ builtins: ['sum', 'upper', 'regex.replace'] }), { data: {}, info, registry: createBuiltinRegistry() });
    expect(await engine.evaluate('call/builtin3', 'build 42 of 7')).toEqual({ defined: true, value: 'build N of N' });
    const badPattern = await createWasmEngine(await abiModule({ builtins: ['sum', 'upper', 'regex.replace'], builtin3Operands: ['"("', '"N"'] }), { data: {}, info, registry: createBuiltinRegistry() });
    await expectGateError(badPattern.evaluate('call/builtin3', 'x'), 'policy_eval_failed', /built-in regex\.replace failed/);
  });

  it('treats an undefined built-in result as an undefined call', async () => {
    const engine = await createWasmEngine(await abiModule({ builtins: ['time.now_ns', 'test.shout'] }), { data: {}, info, registry: registryOf(nowNs, shout) });
    expect(await engine.evaluate('call/builtin1', '')).toEqual({ defined: false });
  });

  it('turns a failing built-in into a gate error naming it', async () => {
    const engine = await createWasmEngine(await abiModule({ builtins: ['time.now_ns', 'test.shout'] }), { data: {}, info, registry: registryOf(nowNs, shout) });
    await expectGateError(engine.evaluate('call/builtin1', 42), 'policy_eval_failed', /evaluating call\/builtin1: built-in test\.shout failed: operand 1 must be string/);
    // The engine stays usable after a failed evaluation.
    expect(await engine.evaluate('call/builtin1', 'ok')).toEqual({ defined: true, value: 'OK' });
  });

  it('refuses at load time a module needing a built-in nobody provides', async () => {
    const wasm = await abiModule({ builtins: ['crypto.x509.parse_and_verify_certificates', 'sprintf', 'test.shout', 'http.send'] });
    await expectGateError(createWasmEngine(wasm, { data: {}, info, registry: registryOf(shout) }), 'policy_load_failed', /needs built-in\(s\) Paved cannot provide: crypto\.x509\.parse_and_verify_certificates, http\.send$/);
  });

  it('refuses a module whose builtins() is not a name → id object', async () => {
    await expectGateError(createWasmEngine(await abiModule({ rawBuiltins: '["time.now_ns"]' }), { data: {}, info, registry: registryOf() }), 'policy_load_failed', /cannot read the built-ins policy\.wasm needs: builtins\(\) is not an object/);
  });

  it('leaves opa-wasm\'s own built-ins to opa-wasm', async () => {
    const engine = await createWasmEngine(await abiModule({ builtins: ['time.now_ns', 'yaml.marshal'] }), { data: {}, info, registry: registryOf(nowNs) });
    expect(await engine.evaluate('call/builtin1', { a: 1 })).toEqual({ defined: true, value: 'a: 1\n' });
  });

  it('turns opa_abort into a gate error carrying the module\'s message', async () => {
    const engine = await createWasmEngine(await abiModule({ abortMessage: 'var assignment conflict' }), { data: {}, info, registry: registryOf() });
    await expectGateError(engine.evaluate('abort', {}), 'policy_eval_failed', /evaluating abort: the policy aborted: var assignment conflict/);
  });

  it('enforces the memory limit on input', async () => {
    const engine = await createWasmEngine(await abiModule(), { data: {}, info, registry: registryOf(), memory: { initialPages: 5, maximumPages: 8 } });
    expect((await engine.evaluate('paved/decision', { s: 'x'.repeat(100_000) })).defined).toBe(true);
    await expectGateError(engine.evaluate('paved/decision', { s: 'x'.repeat(600_000) }), 'policy_eval_failed', /exceeded its memory limit of 8 pages \(0\.5 MiB\)/);
  });

  it('reports the module\'s own allocation failure as running out of memory', async () => {
    const engine = await createWasmEngine(await abiModule(), { data: {}, info, registry: registryOf(), memory: { initialPages: 5, maximumPages: 8 } });
    // 300 KB fits in memory as raw input, but the module's parsed copy does not.
    await expectGateError(engine.evaluate('paved/decision', { s: 'x'.repeat(300_000) }), 'policy_eval_failed', /ran out of memory within its limit of 8 pages: opa_malloc: out of memory/);
  });

  it('refuses data that does not fit in memory at load time', async () => {
    await expectGateError(
      createWasmEngine(await abiModule(), { data: { big: 'x'.repeat(1_000_000) }, info, registry: registryOf(), memory: { initialPages: 5, maximumPages: 8 } }),
      'policy_load_failed',
      /the bundle data does not fit in the module/,
    );
  });

  it('refuses bytes that are not a wasm module, and a module without the OPA ABI', async () => {
    await expectGateError(createWasmEngine(new Uint8Array([1, 2, 3]), { data: {}, info, registry: registryOf() }), 'policy_load_failed', /not a valid WebAssembly module/);
    const empty = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
    await expectGateError(createWasmEngine(empty, { data: {}, info, registry: registryOf() }), 'policy_load_failed', /does not load as an OPA policy/);
  });
});

describe('createWasmEngine with a time budget (worker thread)', () => {
  it('stops a module that never returns and reports the budget', async () => {
    const engine = await createWasmEngine(await abiModule(), { data: {}, info, registry: registryOf() });
    const started = Date.now();
    await expectGateError(engine.evaluate('loop', {}, { timeoutMs: 1500 }), 'policy_eval_failed', /evaluating loop: exceeded the time budget of 1500 ms and was stopped/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('returns the same result as in-thread evaluation, with built-ins from the real registry', async () => {
    const real = createBuiltinRegistry();
    const engine = await createWasmEngine(await abiModule({ builtins: ['sum', 'upper'] }), { data: { d: 1 }, info, registry: real });
    expect(await engine.evaluate('paved/decision', { a: 1 }, { timeoutMs: 10_000 })).toEqual({ defined: true, value: { input: { a: 1 }, data: { d: 1 } } });
    expect(await engine.evaluate('call/builtin1', 'abc', { timeoutMs: 10_000 })).toEqual(await engine.evaluate('call/builtin1', 'abc'));
    expect(await engine.evaluate('call/builtin1', 'abc', { timeoutMs: 10_000 })).toEqual({ defined: true, value: 'ABC' });
  });

  it('refuses a budget that is not a positive number of milliseconds', async () => {
    const engine = await createWasmEngine(await abiModule(), { data: {}, info, registry: registryOf() });
    await expectGateError(engine.evaluate('paved/decision', {}, { timeoutMs: 0 }), 'usage', /time budget must be a positive number of milliseconds, got 0/);
    await expectGateError(engine.evaluate('paved/decision', {}, { timeoutMs: Number.NaN }), 'usage', /got NaN/);
  });

  it('carries gate errors from the worker: aborts keep their message', async () => {
    const engine = await createWasmEngine(await abiModule({ abortMessage: 'object insert conflict' }), { data: {}, info, registry: registryOf() });
    await expectGateError(engine.evaluate('abort', {}, { timeoutMs: 10_000 }), 'policy_eval_failed', /the policy aborted: object insert conflict/);
  });
});
