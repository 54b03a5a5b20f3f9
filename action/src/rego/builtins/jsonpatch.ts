/** json.patch: RFC 6902 operations on objects and arrays, with OPA's path reading and failures as undefined. */
import { equal, ObjectValue, toJSON, typeName, type Value } from '../value.js';
import { builtinError, fn, operandTypeError } from './args.js';
import { pathSegments } from './json.js';
import { BuiltinError, type BuiltinDef } from './types.js';


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

export const jsonPatchBuiltins: BuiltinDef[] = [fn('json.patch', 2, patch)];
