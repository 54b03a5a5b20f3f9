/**
 * Value helpers of the evaluator that need no evaluation state: lookups into
 * documents, building partial-rule results, the membership operators, and
 * print() formatting.
 */
import { RegoError, type Location } from './errors.js';
import { ObjectValue, SetValue, equal, keyOf, type Value } from './value.js';

/** `doc` with `value` placed at `path`, creating objects on the way. */
export function setPath(doc: Value | undefined, path: string[], value: Value): Value {
  if (path.length === 0) return value;
  const obj = doc instanceof ObjectValue ? doc : new ObjectValue();
  const [head, ...rest] = path as [string, ...string[]];
  const entries = [...obj.entries()].filter(([k]) => k !== head);
  entries.push([head, setPath(obj.get(head), rest, value)]);
  return new ObjectValue(entries);
}

/** OPA finds base documents' string keys by number too (`data.nested[2]` reads key "2"). */
export function lookupBase(v: Value, key: Value): Value | undefined {
  const found = lookup(v, key);
  if (found === undefined && typeof key === 'number' && v instanceof ObjectValue) return v.get(String(key));
  return found;
}

export function lookup(v: Value, key: Value): Value | undefined {
  if (v instanceof ObjectValue) return v.get(key);
  if (Array.isArray(v)) return typeof key === 'number' && Number.isInteger(key) && key >= 0 ? v[key] : undefined;
  if (v instanceof SetValue) return v.has(key) ? key : undefined;
  return undefined;
}

/** Accumulates the values of partial rules: nested objects whose leaves are values or sets. */
export class BuildNode {
  private readonly children = new Map<string, [Value, BuildNode]>();
  private leaf: { value: Value } | undefined;
  private set: Map<string, Value> | undefined;

  private at(path: Value[]): BuildNode {
    let n: BuildNode = this;
    for (const key of path) {
      const kk = keyOf(key);
      let c = n.children.get(kk);
      if (!c) {
        c = [key, new BuildNode()];
        n.children.set(kk, c);
      }
      n = c[1];
    }
    return n;
  }

  addToSet(path: Value[], v: Value, loc: Location): void {
    const n = this.at(path);
    if (n.leaf) throw new RegoError('eval_conflict_error', 'object keys must be unique', loc);
    n.set ??= new Map();
    n.set.set(keyOf(v), v);
  }

  put(path: Value[], v: Value, loc: Location): void {
    const n = this.at(path);
    if (n.leaf && !equal(n.leaf.value, v)) throw new RegoError('eval_conflict_error', 'object keys must be unique', loc);
    if (n.children.size > 0 || n.set) throw new RegoError('eval_conflict_error', 'object keys must be unique', loc);
    n.leaf = { value: v };
  }

  toSet(): SetValue {
    return new SetValue(this.set?.values() ?? []);
  }

  toValue(): Value {
    if (this.leaf) return this.leaf.value;
    if (this.set) return new SetValue(this.set.values());
    return new ObjectValue([...this.children.values()].map(([k, n]) => [k, n.toValue()] as const));
  }
}

/** Membership built-ins the parser produces for `in`. */
export function internalBuiltin(name: string, args: Value[]): Value | undefined {
  if (name === 'internal.member_2') return isMember(args[0]!, args[1]!);
  if (name === 'internal.member_3') {
    return memberOf(args[2]!, (k, v) => equal(k, args[0]!) && equal(v, args[1]!));
  }
  return undefined;
}

function memberOf(coll: Value, match: (k: Value, v: Value) => boolean): boolean {
  if (Array.isArray(coll)) return coll.some((v, i) => match(i, v));
  if (coll instanceof ObjectValue) {
    for (const [k, v] of coll.entries()) if (match(k, v)) return true;
    return false;
  }
  if (coll instanceof SetValue) {
    for (const v of coll.values()) if (match(v, v)) return true;
  }
  return false;
}

function isMember(x: Value, coll: Value): boolean {
  if (coll instanceof SetValue) return coll.has(x);
  return memberOf(coll, (_k, v) => equal(v, x));
}

/** print() output: strings as-is, other values in Rego term syntax. */
export function formatForPrint(v: Value): string {
  return typeof v === 'string' ? v : formatTerm(v);
}

function formatTerm(v: Value): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return '[' + v.map(formatTerm).join(', ') + ']';
  if (v instanceof SetValue) return v.size === 0 ? 'set()' : '{' + v.sorted().map(formatTerm).join(', ') + '}';
  return '{' + v.sortedEntries().map(([k, x]) => `${formatTerm(k)}: ${formatTerm(x)}`).join(', ') + '}';
}
