/**
 * JSON and YAML built-ins: json.marshal (Go's encoding/json output: sorted
 * keys, HTML characters escaped), json.marshal_with_options, json.unmarshal,
 * json.is_valid, json.filter, json.remove, json.patch (RFC 6902), and
 * yaml.marshal / yaml.unmarshal / yaml.is_valid with YAML 1.1 rules, which
 * is what OPA's Go YAML library follows (`yes` is a boolean, timestamps stay
 * strings).
 */
import YAML from 'yaml';
import { equal, fromJSON, keyOf, ObjectValue, SetValue, toJSON, typeName, type Value } from '../value.js';
import { arrayOrSetArg, builtinError, fn, objectArg, operandError, operandTypeError, stringArg } from './args.js';
import { BuiltinError, type BuiltinDef } from './types.js';

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

/* ---------- json.filter / json.remove ---------- */

interface PathNode {
  /** True when a path ends here: the whole value is selected. */
  leaf: boolean;
  children: Map<string, { key: Value; node: PathNode }>;
}

const newNode = (): PathNode => ({ leaf: false, children: new Map() });

/** A path is "a/b/0" (leading slashes dropped, `~1` and `~0` unescaped, as OPA's parsePath) or an array of keys. */
function pathSegments(path: Value): Value[] {
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

/* ---------- json.patch (RFC 6902) ---------- */

/** A patch path: a string as OPA's parsePath reads it, or an array of segments; "" is the whole document. */
function pointer(path: Value | undefined, field: string): string[] {
  if (path === undefined) throw builtinError(`missing '${field}' attribute`);
  if (typeof path === 'string') return path === '' ? [] : (pathSegments(path) as string[]);
  if (Array.isArray(path)) return path.map((segment) => (typeof segment === 'string' ? segment : String(toJSON(segment))));
  throw builtinError(`json patch ${field} must be a string or an array`);
}

function arrayIndex(segment: string, length: number, allowEnd: boolean): number {
  if (allowEnd && segment === '-') return length;
  if (!/^(0|[1-9]\d*)$/.test(segment)) throw builtinError(`json patch: invalid array index ${JSON.stringify(segment)}`);
  const i = Number(segment);
  if (i > length || (!allowEnd && i === length)) throw builtinError(`json patch: array index ${i} out of range`);
  return i;
}

function getAt(doc: Value, path: string[]): Value {
  let current = doc;
  for (const segment of path) {
    if (current instanceof ObjectValue && current.has(segment)) current = current.get(segment)!;
    else if (Array.isArray(current)) current = current[arrayIndex(segment, current.length, false)]!;
    else throw builtinError(`json patch: path /${path.join('/')} does not exist`);
  }
  return current;
}

/** Rebuilds `doc` with `change` applied to the container at path[:-1]. Values are immutable, so this copies the spine. */
function updateAt(doc: Value, path: string[], change: (container: Value, last: string) => Value): Value {
  if (path.length === 1) return change(doc, path[0]!);
  const [head, ...rest] = path as [string, ...string[]];
  if (doc instanceof ObjectValue && doc.has(head)) {
    return new ObjectValue([...doc].map(([k, v]) => [k, k === head ? updateAt(v, rest, change) : v] as [Value, Value]));
  }
  if (Array.isArray(doc)) {
    const i = arrayIndex(head, doc.length, false);
    return doc.map((v, j) => (j === i ? updateAt(v, rest, change) : v));
  }
  throw builtinError(`json patch: path segment ${JSON.stringify(head)} does not exist`);
}

function addAt(doc: Value, path: string[], value: Value): Value {
  if (path.length === 0) return value;
  return updateAt(doc, path, (container, last) => {
    if (container instanceof ObjectValue) return new ObjectValue([...[...container].filter(([k]) => k !== last), [last, value]]);
    if (Array.isArray(container)) {
      const i = arrayIndex(last, container.length, true);
      return [...container.slice(0, i), value, ...container.slice(i)];
    }
    throw builtinError(`json patch: cannot add to a ${typeName(container)}`);
  });
}

function removeAt(doc: Value, path: string[]): Value {
  if (path.length === 0) throw builtinError('json patch: cannot remove the whole document');
  return updateAt(doc, path, (container, last) => {
    if (container instanceof ObjectValue && container.has(last)) return new ObjectValue([...container].filter(([k]) => k !== last));
    if (Array.isArray(container)) {
      const i = arrayIndex(last, container.length, false);
      return container.filter((_, j) => j !== i);
    }
    throw builtinError(`json patch: path /${path.join('/')} does not exist`);
  });
}

function applyOperation(doc: Value, operation: Value): Value {
  if (!(operation instanceof ObjectValue)) throw builtinError('json patch: each operation must be an object');
  const op = operation.get('op');
  const path = pointer(operation.get('path'), 'path');
  const value = (): Value => {
    const v = operation.get('value');
    if (v === undefined) throw builtinError(`json patch: ${String(op)} needs a value`);
    return v;
  };
  switch (op) {
    case 'add':
      return addAt(doc, path, value());
    case 'remove':
      return removeAt(doc, path);
    case 'replace':
      getAt(doc, path);
      return addAt(path.length === 0 ? doc : removeAt(doc, path), path, value());
    case 'move': {
      const from = pointer(operation.get('from'), 'from');
      const moved = getAt(doc, from);
      return addAt(removeAt(doc, from), path, moved);
    }
    case 'copy':
      return addAt(doc, path, getAt(doc, pointer(operation.get('from'), 'from')));
    case 'test':
      if (!equal(getAt(doc, path), value())) throw builtinError(`json patch: test failed at /${path.join('/')}`);
      return doc;
    default:
      throw builtinError(`json patch: unknown operation ${JSON.stringify(toJSON(op ?? null))}`);
  }
}

/** OPA makes a failing patch undefined (not an error), even with strict built-in errors. */
function patch(args: Value[]): Value | undefined {
  const ops = args[1] as Value;
  if (!Array.isArray(ops)) throw operandTypeError(2, ops, 'array');
  try {
    return ops.reduce<Value>(applyOperation, args[0] as Value);
  } catch (e) {
    if (e instanceof BuiltinError) return undefined;
    throw e;
  }
}

/* ---------- YAML ---------- */

/** YAML 1.1 as Go's yaml.v2 reads it; timestamps stay strings as they do there. */
const YAML_OPTIONS = {
  version: '1.1' as const,
  customTags: (tags: YAML.Tags) => tags.filter((t) => (t as { tag?: string }).tag !== 'tag:yaml.org,2002:timestamp'),
};

function yamlDocuments(text: string): YAML.Document[] {
  const docs = YAML.parseAllDocuments(text, YAML_OPTIONS);
  const list = Array.isArray(docs) ? docs : [docs as unknown as YAML.Document];
  for (const doc of list) {
    if (doc.errors.length > 0) throw builtinError(`yaml: ${doc.errors[0]!.message.split('\n')[0]}`);
  }
  return list;
}

function unmarshalYAML(text: string): Value {
  const [first] = yamlDocuments(text);
  try {
    return fromJSON(first ? first.toJS({ maxAliasCount: 100 }) ?? null : null);
  } catch (e) {
    throw builtinError(`yaml: ${(e as Error).message.split('\n')[0]}`);
  }
}

function isValidYAML([v]: Value[]): boolean {
  if (typeof v !== 'string') return false;
  try {
    for (const doc of yamlDocuments(v)) fromJSON(doc.toJS({ maxAliasCount: 100 }) ?? null);
    return true;
  } catch {
    return false;
  }
}

function marshalYAML([v]: Value[]): string {
  // Go's encoder sorts keys; toJSON yields them in canonical order already.
  return YAML.stringify(toJSON(v as Value), { version: '1.1', indentSeq: false, sortMapEntries: true });
}

export const jsonBuiltins: BuiltinDef[] = [
  fn('json.marshal', 1, ([v]) => goJSON(v as Value)),
  fn('json.marshal_with_options', 2, marshalWithOptions),
  fn('json.unmarshal', 1, (args) => unmarshalJSON(stringArg(args, 0))),
  fn('json.is_valid', 1, isValidJSON),
  fn('json.filter', 2, (args) => filterValue(objectArg(args, 0), pathTree(args))),
  fn('json.remove', 2, (args) => removeValue(objectArg(args, 0), pathTree(args)) ?? new ObjectValue()),
  fn('json.patch', 2, patch),
  fn('yaml.marshal', 1, marshalYAML),
  fn('yaml.unmarshal', 1, (args) => unmarshalYAML(stringArg(args, 0))),
  fn('yaml.is_valid', 1, isValidYAML),
];

