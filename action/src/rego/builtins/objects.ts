/**
 * Object built-ins: object.get (a key or a path array), object.keys,
 * object.union, object.union_n, object.remove, object.filter, object.subset.
 */
import { equal, ObjectValue, SetValue, typeName, type Value } from '../value.js';
import { arrayArg, fn, objectArg, operandError, operandTypeError } from './args.js';
import { BuiltinError, type BuiltinDef } from './types.js';

/** One step into a collection, as OPA's Value.Find: object key, array index, set member. */
function child(v: Value, key: Value): Value | undefined {
  if (v instanceof ObjectValue) return v.get(key);
  if (Array.isArray(v)) return typeof key === 'number' && Number.isInteger(key) && key >= 0 ? v[key] : undefined;
  if (v instanceof SetValue) return v.has(key) ? key : undefined;
  return undefined;
}

function objectGet(args: Value[]): Value {
  const object = objectArg(args, 0);
  const key = args[1] as Value;
  const fallback = args[2] as Value;
  // An array key is a path; the empty path is the object itself.
  const path = Array.isArray(key) ? key : [key];
  let current: Value | undefined = object;
  for (const step of path) {
    current = child(current, step);
    if (current === undefined) return fallback;
  }
  return current;
}

/** Recursive merge: b wins, except that two objects under one key merge. */
function unionObjects(a: ObjectValue, b: ObjectValue): ObjectValue {
  const result: [Value, Value][] = [];
  for (const [k, v] of a) {
    const other = b.get(k);
    if (other === undefined) result.push([k, v]);
    else if (v instanceof ObjectValue && other instanceof ObjectValue) result.push([k, unionObjects(v, other)]);
    else result.push([k, other]);
  }
  for (const [k, v] of b) if (!a.has(k)) result.push([k, v]);
  return new ObjectValue(result);
}

function unionN(args: Value[]): ObjectValue {
  let out = new ObjectValue();
  for (const item of arrayArg(args, 0)) {
    if (!(item instanceof ObjectValue)) throw operandError(1, `must be array of objects but got array containing ${typeName(item)}`);
    out = unionObjects(out, item);
  }
  return out;
}

/** The keys named by operand 2 of object.remove/object.filter: an array, a set, or an object's keys. */
function keysArg(args: Value[]): SetValue {
  const v = args[1] as Value;
  if (Array.isArray(v)) return new SetValue(v);
  if (v instanceof SetValue) return v;
  if (v instanceof ObjectValue) return new SetValue(v.keys());
  throw operandTypeError(2, v, 'object', 'set', 'array');
}

function selectKeys(args: Value[], keep: (present: boolean) => boolean): ObjectValue {
  const object = objectArg(args, 0);
  const keys = keysArg(args);
  return new ObjectValue([...object].filter(([k]) => keep(keys.has(k))));
}

/** Does `sub` appear contiguously, in order, inside `sup`? */
function isSubArray(sup: Value[], sub: Value[]): boolean {
  if (sub.length === 0) return true;
  for (let start = 0; start + sub.length <= sup.length; start++) {
    if (sub.every((v, i) => equal(v, sup[start + i] as Value))) return true;
  }
  return false;
}

/**
 * OPA's object.subset: objects recursively (a value must be equal, or a
 * subset of the same kind), sets by membership, arrays as a contiguous run;
 * at the top level a set may also be tested against an array by membership.
 */
function isSubset(sup: Value, sub: Value): boolean {
  if (sup instanceof ObjectValue && sub instanceof ObjectValue) {
    return [...sub].every(([k, v]) => {
      const other = sup.get(k);
      return other !== undefined && (equal(other, v) || (sameKind(other, v) && isSubset(other, v)));
    });
  }
  if (sup instanceof SetValue && sub instanceof SetValue) return [...sub].every((v) => sup.has(v));
  if (Array.isArray(sup) && Array.isArray(sub)) return isSubArray(sup, sub);
  return false;
}

function sameKind(a: Value, b: Value): boolean {
  return typeName(a) === typeName(b) && (a instanceof ObjectValue || a instanceof SetValue || Array.isArray(a));
}

function subset(args: Value[]): boolean {
  const [sup, sub] = args as [Value, Value];
  if (sameKind(sup, sub)) return isSubset(sup, sub);
  // Every member of the set must occur in the array (OPA counts matches, which lets duplicates stand in for missing members; this does not).
  if (Array.isArray(sup) && sub instanceof SetValue) return [...sub].every((v) => sup.some((s) => equal(s, v)));
  throw new BuiltinError('eval_type_error', 'both arguments object.subset must be of the same type or array and set');
}

export const objectBuiltins: BuiltinDef[] = [
  fn('object.get', 3, objectGet),
  fn('object.keys', 1, (args) => new SetValue(objectArg(args, 0).keys())),
  fn('object.union', 2, (args) => unionObjects(objectArg(args, 0), objectArg(args, 1))),
  fn('object.union_n', 1, unionN),
  fn('object.remove', 2, (args) => selectKeys(args, (present) => !present)),
  fn('object.filter', 2, (args) => selectKeys(args, (present) => present)),
  fn('object.subset', 2, subset),
];
