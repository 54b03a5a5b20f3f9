/**
 * Validation of the input document against input/schema.json before every
 * evaluation: a document the policies were not written for is a gate error,
 * never a pass.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { GateError } from '../errors.js';
import schema from './schema.json' with { type: 'json' };
import type { InputDocument } from './types.js';

/** Errors listed in the message; the rest are counted. */
const MAX_LISTED = 10;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    // ajv-formats is CommonJS: under ESM its plugin is the `default` property of module.exports.
    addFormatsModule.default(ajv, ['date-time']);
    compiled = ajv.compile(schema);
  }
  return compiled;
}

export { schema as INPUT_JSON_SCHEMA };

/** Return the document when it matches the schema; otherwise throw input_invalid listing JSON pointers and problems. */
export function validateInput(document: unknown): InputDocument {
  const validate = validator();
  if (validate(document)) return document as InputDocument;
  const errors = validate.errors ?? [];
  const listed = errors.slice(0, MAX_LISTED).map(describeError);
  const more = errors.length > MAX_LISTED ? `; and ${errors.length - MAX_LISTED} more` : '';
  throw new GateError(
    'input_invalid',
    `the input document does not match paved/input/v1: ${listed.join('; ')}${more}`,
    'This is a bug in the collector that built the document (or in a hand-written input): compare it with docs/input.md and action/src/input/schema.json.',
  );
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') {
    return `${where}: unexpected property "${String((error.params as { additionalProperty: string }).additionalProperty)}"`;
  }
  if (error.keyword === 'enum') {
    return `${where}: ${error.message} (${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
  }
  return `${where}: ${error.message ?? error.keyword}`;
}
