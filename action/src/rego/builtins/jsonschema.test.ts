import { describe, expect, it } from 'vitest';
import { toJSON } from '../value.js';
import { call, j } from './testkit.js';

const schema = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 2 },
    tags: { type: 'array', items: { type: 'string' } },
    when: { type: 'string', format: 'date-time' },
  },
  additionalProperties: false,
};

describe('json.verify_schema', () => {
  it('accepts valid schemas as objects or JSON text', () => {
    expect(toJSON(call('json.verify_schema', [j(schema)])!)).toEqual([true, null]);
    expect(toJSON(call('json.verify_schema', [JSON.stringify(schema)])!)).toEqual([true, null]);
    expect(toJSON(call('json.verify_schema', [j({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'string' })])!)).toEqual([true, null]);
  });

  it('explains invalid schemas and operands', () => {
    const [ok, message] = toJSON(call('json.verify_schema', [j({ type: 'nonsense' })])!) as [boolean, string];
    expect(ok).toBe(false);
    expect(message).toMatch(/^jsonschema: /);
    expect(toJSON(call('json.verify_schema', ['{'])!)).toEqual([false, 'jsonschema: invalid JSON string']);
    expect(toJSON(call('json.verify_schema', [1])!)).toEqual([false, 'jsonschema: wrong type, expected string or object']);
  });
});

describe('json.match_schema', () => {
  it('matches a conforming document with no errors', () => {
    expect(toJSON(call('json.match_schema', [j({ name: 'paved', tags: ['a'], when: '2024-01-01T00:00:00Z' }), j(schema)])!)).toEqual([true, []]);
  });

  it('lists every error with gojsonschema types and fields', () => {
    const [ok, errors] = toJSON(call('json.match_schema', [j({ tags: ['a', 1], extra: true }), j(schema)])!) as [
      boolean,
      { error: string; type: string; field: string; desc: string }[],
    ];
    expect(ok).toBe(false);
    const byType = Object.fromEntries(errors.map((e) => [e.type, e]));
    expect(byType.required).toEqual({ error: '(root): name is required', type: 'required', field: '(root)', desc: 'name is required' });
    expect(byType.additional_property_not_allowed!.desc).toBe('Additional property extra is not allowed');
    expect(byType.invalid_type).toEqual({
      error: 'tags.1: Invalid type. Expected: string, given: integer',
      type: 'invalid_type',
      field: 'tags.1',
      desc: 'Invalid type. Expected: string, given: integer',
    });
  });

  it('checks formats and takes documents as JSON text', () => {
    const [ok, errors] = toJSON(call('json.match_schema', ['{"name": "ok", "when": "yesterday"}', j(schema)])!) as [boolean, { type: string }[]];
    expect(ok).toBe(false);
    expect(errors.map((e) => e.type)).toEqual(['format']);
  });

  it('fails on an invalid schema or operand', () => {
    expect(() => call('json.match_schema', [j({}), j({ type: 'nonsense' })])).toThrow(expect.objectContaining({ code: 'eval_builtin_error' }));
    expect(() => call('json.match_schema', [1, j(schema)])).toThrow('wrong type, expected string or object');
  });

  it('never fetches a remote $ref', () => {
    expect(() => call('json.match_schema', [j({}), j({ $ref: 'https://example.com/schema.json' })])).toThrow(/jsonschema: /);
  });
});
