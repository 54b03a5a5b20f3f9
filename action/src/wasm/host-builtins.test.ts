import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ObjectValue, SetValue } from '../rego/value.js';
import type { BuiltinContext, BuiltinDef } from '../rego/builtins/types.js';
import { HostBuiltinError, OPA_WASM_SDK_BUILTINS, hostBuiltins, missingBuiltins } from './host-builtins.js';

const context: BuiltinContext = { nowNs: 1_700_000_000_000_000_000n, cache: new Map() };
const keys: BuiltinDef = { name: 'object.keys', arity: 1, fn: ([o]) => new SetValue((o as ObjectValue).keys()) };
const walk: BuiltinDef = { name: 'walk', arity: 1, relation: true, fn: () => [] };
const registry = new Map([keys, walk].map((d) => [d.name, d]));

describe('host built-ins', () => {
  it('lists exactly the built-ins the installed opa-wasm implements itself', () => {
    const require = createRequire(import.meta.url);
    const sdkDir = dirname(require.resolve('@open-policy-agent/opa-wasm'));
    const sdkBuiltins = Object.keys(require(join(sdkDir, 'builtins/index.js')) as object).sort();
    expect([...OPA_WASM_SDK_BUILTINS].sort()).toEqual(sdkBuiltins);
  });

  it('finds the built-ins nobody serves: unknown names and relations', () => {
    expect(missingBuiltins(['object.keys', 'sprintf', 'walk', 'net.cidr_merge'], registry)).toEqual(['net.cidr_merge', 'walk']);
  });

  it('converts JSON operands to values and the result back to JSON (sets as sorted arrays)', () => {
    const fns = hostBuiltins(['object.keys', 'sprintf'], registry, () => context);
    expect(Object.keys(fns)).toEqual(['object.keys']);
    expect(fns['object.keys']!({ b: 1, a: 2 })).toEqual(['a', 'b']);
  });

  it('refuses a call with the wrong number of operands, naming the built-in', () => {
    const fns = hostBuiltins(['object.keys'], registry, () => context);
    let err: unknown;
    try {
      fns['object.keys']!({ a: 1 }, 2);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HostBuiltinError);
    expect((err as HostBuiltinError).builtin).toBe('object.keys');
    expect((err as HostBuiltinError).message).toBe('called with 2 operands, expects 1');
  });
});
