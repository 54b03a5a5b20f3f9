/**
 * Test support for the built-in families: call a built-in by name the way the
 * evaluator does, with a fixed clock and a fresh per-query cache.
 */
import { fromJSON, type Value } from '../value.js';
import { createBuiltinRegistry } from './index.js';
import type { BuiltinContext } from './types.js';

const registry = createBuiltinRegistry();

/** 2024-02-29T12:34:56.789Z, a leap day, so date arithmetic has something to get wrong. */
export const FIXED_NOW_NS = 1709210096789000000n;

export function newContext(nowNs: bigint = FIXED_NOW_NS): BuiltinContext {
  return { nowNs, cache: new Map() };
}

export function call(name: string, args: Value[], ctx: BuiltinContext = newContext()): Value | undefined {
  const def = registry.get(name);
  if (!def) throw new Error(`no built-in ${name}`);
  if (def.arity !== args.length) throw new Error(`${name} takes ${def.arity} operands, test passed ${args.length}`);
  return def.fn(args, ctx);
}

/** Shorthand for building operands from JSON. */
export const j = (json: unknown): Value => fromJSON(json);
