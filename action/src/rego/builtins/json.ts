/**
 * JSON built-ins: json.marshal (Go's encoding/json output: sorted keys, HTML
 * characters escaped), json.marshal_with_options, json.unmarshal,
 * json.is_valid, json.filter and json.remove. json.patch is in jsonpatch.ts,
 * YAML in yaml.ts.
 */
import { fromJSON, keyOf, ObjectValue, SetValue, toJSON, typeName, type Value } from '../value.js';
import { arrayOrSetArg, builtinError, fn, objectArg, operandError, stringArg } from './args.js';
import type { BuiltinDef } from './types.js';

/** Go escapes these in JSON strings so the output is safe inside HTML. */
function goEscapeString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** An object key as Go's encoder writes it: strings as they are, other keys as their JSON text. */
function keyText(k: Value): string {
  return typeof k === 'string' ? k : JSON.stringify(toJSON(k));
}

interface Layout {
  prefix: string;
  indent: string;
}

/** Go's json.Marshal (layout undefined) or json.MarshalIndent over a Rego value. */
function goJSON(v: Value, layout?: Layout, depth = 0): string {
  if (v === null || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return JSON.stringify(v);
  if (typeof v === 'string') return goEscapeString(v);
  const items: string[] = [];
  const sep = layout ? ': ' : ':';
  if (Array.isArray(v) || v instanceof SetValue) {
    for (const item of Array.isArray(v) ? v : v.sorted()) items.push(goJSON(item, layout, depth + 1));
    return wrap('[', items, ']', layout, depth);
  }
  const entries = [...v].map(([k, val]) => [keyText(k), val] as const).sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  for (const [k, val] of entries) items.push(goEscapeString(k) + sep + goJSON(val, layout, depth + 1));
  return wrap('{', items, '}', layout, depth);
}

function wrap(open: string, items: string[], close: string, layout: Layout | undefined, depth: number): string {
  if (items.length === 0) return open + close;
  if (!layout) return open + items.join(',') + close;
  const line = (d: number) => '\n' + layout.prefix + layout.indent.repeat(d);
  return open + items.map((item) => line(depth + 1) + item).join(',') + line(depth) + close;
}

function marshalWithOptions(args: Value[]): string {
  const options = objectArg(args, 1);
  let indent = '\t';
  let prefix = '';
  let implicitPretty = false;
  let explicitPretty: boolean | undefined;
  for (const [key, value] of options) {
    if (key === 'pretty') {
      if (typeof value !== 'boolean') throw operandError(2, 'key pretty failed cast to bool');
      explicitPretty = value;
    } else if (key === 'indent' || key === 'prefix') {
      if (typeof value !== 'string') throw operandError(2, `key ${key} failed cast to string`);
      if (key === 'indent') indent = value;
      else prefix = value;
      implicitPretty = true;
    } else {
      throw operandError(2, `object contained unknown key ${typeof key === 'string' ? key : JSON.stringify(toJSON(key))}`);
    }
  }
  // An indent or prefix asks for pretty output unless pretty is explicitly false.
  if (!(explicitPretty ?? implicitPretty)) return goJSON(args[0] as Value);
  // OPA prefixes the first line too, which Go's MarshalIndent does not.
  return prefix + goJSON(args[0] as Value, { indent, prefix });
}

function unmarshalJSON(text: string): Value {
  try {
    return fromJSON(JSON.parse(text));
  } catch (e) {
    throw builtinError(`invalid JSON: ${(e as Error).message}`);
  }
}

function isValidJSON([v]: Value[]): boolean {
  if (typeof v !== 'string') return false;
  try {
    JSON.parse(v);
    return true;
  } catch {
    return false;
  }
}


interface PathNode {
  /** True when a path ends here: the whole value is selected. */
  leaf: boolean;
  children: Map<string, { key: Value; node: PathNode }>;
}

const newNode = (): PathNode => ({ leaf: false, children: new Map() });

/** A path is "a/b/0" (leading slashes dropped, `~1` and `~0` unescaped, as OPA's parsePath) or an array of keys. */
export function pathSegments(path: Value): Value[] {
  if (typeof path === 'string') {
    if (path === '') return [];
    return path
      .replace(/^\/+/, '')
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  if (Array.isArray(path)) return path;
  throw operandError(2, `must be one of {set, array} containing string paths or array of path segments but got ${typeName(path)}`);
}

/** The paths of operand 2 as a tree; an empty path selects nothing, as in OPA. */
function pathTree(args: Value[]): PathNode {
  const root = newNode();
  for (const path of arrayOrSetArg(args, 1, ['set', 'array'])) {
    const segments = pathSegments(path);
    if (segments.length === 0) continue;
    let node = root;
    for (const segment of segments) {
      const k = keyOf(segment);
      let child = node.children.get(k);
      if (!child) node.children.set(k, (child = { key: segment, node: newNode() }));
      node = child.node;
    }
    node.leaf = true;
  }
  return root;
}

/** The path child for an array index, given as a number or as its decimal text. */
function indexChild(node: PathNode, index: number): PathNode | undefined {
  return (node.children.get(keyOf(index)) ?? node.children.get(keyOf(String(index))))?.node;
}

function filterValue(v: Value, node: PathNode): Value {
  if (node.leaf) return v;
  if (v instanceof ObjectValue) {
    const kept: [Value, Value][] = [];
    for (const { key, node: child } of node.children.values()) {
      const found = v.get(key);
      if (found !== undefined) kept.push([key, filterValue(found, child)]);
    }
    return new ObjectValue(kept);
  }
  if (Array.isArray(v)) {
    const kept: Value[] = [];
    v.forEach((item, i) => {
      const child = indexChild(node, i);
      if (child) kept.push(filterValue(item, child));
    });
    return kept;
  }
  if (v instanceof SetValue) return new SetValue([...v].filter((m) => node.children.has(keyOf(m))));
  return v;
}

function removeValue(v: Value, node: PathNode): Value | undefined {
  if (node.leaf) return undefined;
  if (v instanceof ObjectValue) {
    const kept: [Value, Value][] = [];
    for (const [k, val] of v) {
      const child = node.children.get(keyOf(k));
      const rest = child ? removeValue(val, child.node) : val;
      if (rest !== undefined) kept.push([k, rest]);
    }
    return new ObjectValue(kept);
  }
  if (Array.isArray(v)) {
    const kept: Value[] = [];
    v.forEach((item, i) => {
      const child = indexChild(node, i);
      const rest = child ? removeValue(item, child) : item;
      if (rest !== undefined) kept.push(rest);
    });
    return kept;
  }
  if (v instanceof SetValue) return new SetValue([...v].filter((m) => !node.children.get(keyOf(m))?.node.leaf));
  return v;
}

export const jsonBuiltins: BuiltinDef[] = [
  fn('json.marshal', 1, ([v]) => goJSON(v as Value)),
  fn('json.marshal_with_options', 2, marshalWithOptions),
  fn('json.unmarshal', 1, (args) => unmarshalJSON(stringArg(args, 0))),
  fn('json.is_valid', 1, isValidJSON),
  fn('json.filter', 2, (args) => filterValue(objectArg(args, 0), pathTree(args))),
  fn('json.remove', 2, (args) => removeValue(objectArg(args, 0), pathTree(args)) ?? new ObjectValue()),
];
