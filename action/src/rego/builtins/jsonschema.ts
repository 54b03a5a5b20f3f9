/**
 * json.verify_schema and json.match_schema with ajv (JSON Schema draft-07,
 * formats from ajv-formats). Results have OPA's shape — `[true, null]` /
 * `[false, "jsonschema: …"]`, and `[valid, [{error, type, field, desc}]]` —
 * with gojsonschema's type names and field paths; the description texts are
 * ajv's where gojsonschema words them differently (see docs/builtins.md).
 * Remote `$ref`s are never fetched.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { fromJSON, ObjectValue, toJSON, type Value } from '../value.js';
import { builtinError, cached, fn } from './args.js';
import type { BuiltinContext, BuiltinDef } from './types.js';

/** A schema or document operand: JSON text, or an object/array value. */
function jsonOperand(v: Value): unknown {
  if (typeof v === 'string') {
    try {
      return JSON.parse(v);
    } catch {
      throw builtinError('invalid JSON string');
    }
  }
  if (v instanceof ObjectValue || Array.isArray(v)) return toJSON(v);
  throw builtinError('wrong type, expected string or object');
}

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
  addFormatsModule.default(ajv);
  return ajv;
}

/** ajv knows draft-07 by URL; older draft URLs are read as draft-07 rather than refused. */
function withoutForeignDraft(schema: unknown): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const { $schema, ...rest } = schema as Record<string, unknown>;
  return typeof $schema === 'string' && /json-schema\.org\/draft-0[3-6]\/schema/.test($schema) ? rest : schema;
}

function compileSchema(schema: unknown, ctx: BuiltinContext): ValidateFunction {
  const compiled = cached(ctx.cache, 'jsonschema:' + JSON.stringify(schema), () => {
    try {
      return newAjv().compile(withoutForeignDraft(schema) as object);
    } catch (e) {
      return new Error((e as Error).message);
    }
  });
  if (compiled instanceof Error) throw builtinError(`jsonschema: ${compiled.message}`);
  return compiled;
}

function verifySchema([schema]: Value[], ctx: BuiltinContext): Value {
  try {
    compileSchema(jsonOperand(schema as Value), ctx);
    return [true, null];
  } catch (e) {
    const message = (e as Error).message;
    return [false, message.startsWith('jsonschema: ') ? message : `jsonschema: ${message}`];
  }
}

/** gojsonschema's names for the failed keyword. */
const ERROR_TYPES: Record<string, string> = {
  type: 'invalid_type',
  required: 'required',
  enum: 'enum',
  const: 'const',
  minimum: 'number_gte',
  maximum: 'number_lte',
  exclusiveMinimum: 'number_gt',
  exclusiveMaximum: 'number_lt',
  multipleOf: 'multiple_of',
  minLength: 'string_gte',
  maxLength: 'string_lte',
  pattern: 'pattern',
  format: 'format',
  minItems: 'array_min_items',
  maxItems: 'array_max_items',
  uniqueItems: 'unique',
  contains: 'contains',
  additionalItems: 'array_no_additional_items',
  additionalProperties: 'additional_property_not_allowed',
  minProperties: 'array_min_properties',
  maxProperties: 'array_max_properties',
  propertyNames: 'invalid_property_name',
  dependencies: 'missing_dependency',
  anyOf: 'number_any_of',
  oneOf: 'number_one_of',
  allOf: 'number_all_of',
  not: 'number_not',
};

/** "/a/0/b" → "a.0.b"; the root is "(root)", as gojsonschema names fields. */
function fieldName(instancePath: string): string {
  if (instancePath === '') return '(root)';
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function description(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return `${String(params.missingProperty)} is required`;
    case 'additionalProperties':
      return `Additional property ${String(params.additionalProperty)} is not allowed`;
    case 'type':
      return `Invalid type. Expected: ${String(params.type)}, given: ${jsonTypeOf(e.data)}`;
    default: {
      const text = e.message ?? e.keyword;
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
  }
}

function jsonTypeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function matchSchema(args: Value[], ctx: BuiltinContext): Value {
  const document = jsonOperand(args[0] as Value);
  const validate = compileSchema(jsonOperand(args[1] as Value), ctx);
  const valid = validate(document) as boolean;
  // ajv adds a summary error for a failed if/then; gojsonschema reports only the underlying ones.
  const errors = (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const field = fieldName(e.instancePath);
      const desc = description(e);
      return { error: `${field}: ${desc}`, type: ERROR_TYPES[e.keyword] ?? e.keyword, field, desc };
    });
  return [valid, fromJSON(valid ? [] : errors)];
}

export const jsonSchemaBuiltins: BuiltinDef[] = [
  fn('json.verify_schema', 1, verifySchema),
  fn('json.match_schema', 2, matchSchema),
];
