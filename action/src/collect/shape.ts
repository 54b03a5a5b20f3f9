/**
 * Checked reads of untrusted JSON (fixture files, API responses): every
 * wrong shape becomes a collect_failed GateError naming the document, the
 * JSON path and what was expected, instead of a TypeError deep inside.
 */
import { GateError } from '../errors.js';

export type JsonObject = Record<string, unknown>;

export class JsonShape {
  constructor(
    /** The document's name in errors, e.g. `files.json` or `GET /repos/o/r/pulls/1/files`. */
    readonly document: string,
    /** What the user should do when the document is malformed. */
    readonly hint: string,
  ) {}

  fail(path: string, problem: string): never {
    const where = path ? `${this.document} at ${path}` : this.document;
    throw new GateError('collect_failed', `${where}: ${problem}`, this.hint, { file: this.document });
  }

  object(value: unknown, path: string): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, `expected an object, got ${describe(value)}`);
    return value as JsonObject;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, `expected an array, got ${describe(value)}`);
    return value;
  }

  optionalObject(o: JsonObject, key: string, path: string): JsonObject | null {
    const value = o[key];
    return value === undefined || value === null ? null : this.object(value, at(path, key));
  }

  string(o: JsonObject, key: string, path: string): string {
    const value = o[key];
    if (typeof value !== 'string') this.fail(at(path, key), `expected a string, got ${describe(value)}`);
    return value;
  }

  optionalString(o: JsonObject, key: string, path: string): string | null {
    const value = o[key];
    return value === undefined || value === null ? null : this.string(o, key, path);
  }

  number(o: JsonObject, key: string, path: string): number {
    const value = o[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(at(path, key), `expected a number, got ${describe(value)}`);
    return value;
  }

  optionalNumber(o: JsonObject, key: string, path: string): number | null {
    const value = o[key];
    return value === undefined || value === null ? null : this.number(o, key, path);
  }

  optionalBoolean(o: JsonObject, key: string, path: string): boolean | null {
    const value = o[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'boolean') this.fail(at(path, key), `expected true or false, got ${describe(value)}`);
    return value;
  }

  oneOf<T extends string>(o: JsonObject, key: string, path: string, allowed: readonly T[]): T {
    const value = this.string(o, key, path);
    if (!allowed.includes(value as T)) this.fail(at(path, key), `expected one of ${allowed.join(', ')}, got "${value}"`);
    return value as T;
  }
}

/** The JSON path of a member: `pull_request.base`, or `base` at the top. */
function at(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}
