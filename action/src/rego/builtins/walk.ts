/**
 * walk(x): a relation built-in yielding [path, value] for x and every value
 * nested in it, pre-order, with object keys and set members in canonical
 * order (a set member is its own path element), as OPA does.
 */
import { ObjectValue, SetValue, type Value } from '../value.js';
import { fn } from './args.js';
import type { BuiltinDef } from './types.js';

function visit(value: Value, path: Value[], out: Value[]): void {
  out.push([path, value]);
  if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], out));
  else if (value instanceof ObjectValue) for (const [k, v] of value.sortedEntries()) visit(v, [...path, k], out);
  else if (value instanceof SetValue) for (const m of value.sorted()) visit(m, [...path, m], out);
}

function walk([root]: Value[]): Value[] {
  const out: Value[] = [];
  visit(root as Value, [], out);
  return out;
}

export const walkBuiltins: BuiltinDef[] = [fn('walk', 1, walk, { relation: true })];
