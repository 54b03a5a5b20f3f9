/**
 * Rego values as the interpreter, the built-ins and the wasm host all see them.
 *
 * JSON scalars and arrays map to plain JS values; sets and objects are classes
 * because Rego allows any value as a set member or object key, and because we
 * must tell an object from a set. Values are immutable once built: the
 * constructors below are the only place that fills them.
 *
 * Numbers are IEEE doubles: OPA's arbitrary-precision numbers beyond 2^53 are a
 * documented limit of this engine.
 */

export type Value = null | boolean | number | string | Value[] | SetValue | ObjectValue;

export type TypeName = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' | 'set';

const keyCache = new WeakMap<object, string>();
/** Printable ASCII other than `"` and `\`: JSON.stringify only adds the quotes. */
const PLAIN_STRING = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/**
 * Keys of short strings, kept once built: object lookups by the same field
 * names run in every iteration of a policy, and building their key each time
 * dominated the evaluation profile. Bounded in count and length so a
 * long-running process does not grow it.
 */
const stringKeys = new Map<string, string>();
const STRING_KEY_CACHE_ENTRIES = 10_000;
const STRING_KEY_CACHE_MAX_LENGTH = 64;

function stringKey(v: string): string {
  if (v.length > STRING_KEY_CACHE_MAX_LENGTH) return PLAIN_STRING.test(v) ? '"' + v + '"' : JSON.stringify(v);
  let key = stringKeys.get(v);
  if (key === undefined) {
    key = PLAIN_STRING.test(v) ? '"' + v + '"' : JSON.stringify(v);
    if (stringKeys.size < STRING_KEY_CACHE_ENTRIES) stringKeys.set(v, key);
  }
  return key;
}

/**
 * A canonical string for a value: two values are equal exactly when their keys
 * are equal (1 and 1.0 share a key). Used to hash set members and object keys.
 */
export function keyOf(v: Value): string {
  if (v === null) return 'n';
  switch (typeof v) {
    case 'boolean':
      return v ? 't' : 'f';
    case 'number':
      return 'd' + (Object.is(v, -0) ? '0' : String(v));
    case 'string':
      return stringKey(v);
  }
  const cached = keyCache.get(v as object);
  if (cached !== undefined) return cached;
  let key: string;
  if (Array.isArray(v)) key = '[' + v.map(keyOf).join(',') + ']';
  else if (v instanceof SetValue) key = '<' + [...v.keys()].sort().join(',') + '>';
  else key = '{' + [...(v as ObjectValue).entryKeys()].sort().map((k) => k + ':' + keyOf((v as ObjectValue).get(JSONKEY, k)!)).join(',') + '}';
  keyCache.set(v as object, key);
  return key;
}

/** Marker for ObjectValue.get when the caller already holds a canonical key. */
const JSONKEY: unique symbol = Symbol('by-key');

export class SetValue {
  private readonly items = new Map<string, Value>();

  constructor(values: Iterable<Value> = []) {
    for (const v of values) this.items.set(keyOf(v), v);
  }

  get size(): number {
    return this.items.size;
  }

  has(v: Value): boolean {
    return this.items.has(keyOf(v));
  }

  values(): IterableIterator<Value> {
    return this.items.values();
  }

  keys(): IterableIterator<string> {
    return this.items.keys();
  }

  [Symbol.iterator](): IterableIterator<Value> {
    return this.items.values();
  }

  /** Members in OPA's canonical order. */
  sorted(): Value[] {
    return [...this.items.values()].sort(compare);
  }
}

export class ObjectValue {
  private readonly map = new Map<string, [Value, Value]>();

  constructor(entries: Iterable<readonly [Value, Value]> = []) {
    for (const [k, v] of entries) this.map.set(keyOf(k), [k, v]);
  }

  get size(): number {
    return this.map.size;
  }

  /** The value at key `k`, or undefined when the key is absent. */
  get(k: Value): Value | undefined;
  get(marker: typeof JSONKEY, canonicalKey: string): Value | undefined;
  get(k: Value | typeof JSONKEY, canonicalKey?: string): Value | undefined {
    const entry = k === JSONKEY ? this.map.get(canonicalKey!) : this.map.get(keyOf(k as Value));
    return entry?.[1];
  }

  has(k: Value): boolean {
    return this.map.has(keyOf(k));
  }

  entries(): IterableIterator<[Value, Value]> {
    return this.map.values();
  }

  keys(): Value[] {
    return [...this.map.values()].map((e) => e[0]);
  }

  entryKeys(): IterableIterator<string> {
    return this.map.keys();
  }

  [Symbol.iterator](): IterableIterator<[Value, Value]> {
    return this.map.values();
  }

  /** Entries sorted by key in OPA's canonical order. */
  sortedEntries(): [Value, Value][] {
    return [...this.map.values()].sort((a, b) => compare(a[0], b[0]));
  }
}

export function typeName(v: Value): TypeName {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
  }
  if (Array.isArray(v)) return 'array';
  return v instanceof SetValue ? 'set' : 'object';
}

const TYPE_ORDER: Record<TypeName, number> = {
  null: 0,
  boolean: 1,
  number: 2,
  string: 3,
  array: 4,
  object: 5,
  set: 6,
};

/** OPA's total order over values: null < booleans < numbers < strings < arrays < objects < sets. */
export function compare(a: Value, b: Value): number {
  const ta = typeName(a);
  const tb = typeName(b);
  if (ta !== tb) return TYPE_ORDER[ta] - TYPE_ORDER[tb];
  switch (ta) {
    case 'null':
      return 0;
    case 'boolean':
      return a === b ? 0 : a ? 1 : -1;
    case 'number':
      return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
    case 'string':
      return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
    case 'array':
      return compareSequences(a as Value[], b as Value[]);
    case 'set':
      return compareSequences((a as SetValue).sorted(), (b as SetValue).sorted());
    case 'object':
      return compareObjects(a as ObjectValue, b as ObjectValue);
  }
}

function compareSequences(a: Value[], b: Value[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compare(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function compareObjects(a: ObjectValue, b: ObjectValue): number {
  const ea = a.sortedEntries();
  const eb = b.sortedEntries();
  const n = Math.min(ea.length, eb.length);
  for (let i = 0; i < n; i++) {
    const ck = compare(ea[i]![0], eb[i]![0]);
    if (ck !== 0) return ck;
    const cv = compare(ea[i]![1], eb[i]![1]);
    if (cv !== 0) return cv;
  }
  return ea.length - eb.length;
}

export function equal(a: Value, b: Value): boolean {
  if (a === b) return true;
  const ta = typeName(a);
  if (ta !== typeName(b)) return false;
  if (ta === 'number' || ta === 'string' || ta === 'boolean' || ta === 'null') return false;
  return keyOf(a) === keyOf(b);
}

/** JSON → Rego value. Throws on values JSON cannot hold (functions, bigint…). */
export function fromJSON(j: unknown): Value {
  if (j === null || typeof j === 'boolean' || typeof j === 'number' || typeof j === 'string') return j;
  if (Array.isArray(j)) return j.map(fromJSON);
  if (typeof j === 'object') {
    return new ObjectValue(Object.entries(j as Record<string, unknown>).map(([k, v]) => [k, fromJSON(v)] as const));
  }
  throw new TypeError(`cannot convert ${typeof j} to a Rego value`);
}

/**
 * Rego value → JSON, as OPA serialises it: sets become arrays in canonical
 * order, non-string object keys become their JSON text.
 */
export function toJSON(v: Value): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toJSON);
  if (v instanceof SetValue) return v.sorted().map(toJSON);
  const out: Record<string, unknown> = {};
  for (const [k, val] of v.sortedEntries()) {
    const key = typeof k === 'string' ? k : JSON.stringify(toJSON(k));
    // Assigning "__proto__" would replace the prototype (a key a PR can choose, e.g. a file name).
    if (key === '__proto__') Object.defineProperty(out, key, { value: toJSON(val), enumerable: true, writable: true, configurable: true });
    else out[key] = toJSON(val);
  }
  return out;
}
