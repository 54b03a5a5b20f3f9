/**
 * docs/input.md is the policy author's reference: every field of the schema
 * must be documented there, and its example must be a valid document.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileModules, toJSON } from '../rego/index.js';
import { validateInput } from './validate.js';
import schema from './schema.json' with { type: 'json' };

const DOC = readFileSync(fileURLToPath(new URL('../../../docs/input.md', import.meta.url)), 'utf8');

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
}

const defs = (schema as { $defs: Record<string, SchemaNode> }).$defs;

/**
 * Each documented name for a field: its full path (`files[].path`); inside a
 * shared shape, also `<shape>.<field>` (`person.email`). A map's keys appear
 * as `<…>`.
 */
function fieldNames(node: SchemaNode, path: string, shape: string | null, out: string[][]): void {
  if (node.$ref) {
    const name = node.$ref.split('/').at(-1)!;
    return fieldNames(defs[name]!, path, name, out);
  }
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const full = path ? `${path}.${key}` : key;
    out.push(shape ? [full, `${shape}.${key}`] : [full]);
    fieldNames(child, full, shape ? `${shape}.${key}` : null, out);
  }
  if (node.items) fieldNames(node.items, `${path}[]`, shape, out);
  if (typeof node.additionalProperties === 'object') fieldNames(node.additionalProperties, `${path}.<key>`, shape, out);
}

function documented(name: string): boolean {
  const pattern = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('<key>', '<[a-z-]+>');
  return new RegExp('`' + pattern + '`').test(DOC);
}

describe('docs/input.md', () => {
  it('documents every field of the schema', () => {
    const fields: string[][] = [];
    fieldNames(schema as SchemaNode, '', null, fields);
    expect(fields.length).toBeGreaterThan(150);
    const missing = fields.filter((names) => !names.some(documented)).map((names) => names.join(' or '));
    expect(missing).toEqual([]);
  });

  function example(): unknown {
    const block = /## Example[\s\S]*?```json\n([\s\S]*?)```/.exec(DOC);
    expect(block).not.toBeNull();
    return JSON.parse(block![1]!);
  }

  it('has an example that is a valid input document', () => {
    const document = validateInput(example());
    expect(document.files.length).toBeGreaterThan(0);
    expect(document.commits.some((c) => c.trailers.length > 0)).toBe(true);
  });

  it('has a Rego example that compiles and reads the example document as described', () => {
    const rego = /```rego\n([\s\S]*?)```/.exec(DOC);
    expect(rego).not.toBeNull();
    const policy = compileModules([{ path: 'docs/input.md', source: rego![1]! }]);
    const input = example();
    expect(toJSON(policy.evaluate('data.paved.example.co_authors', { input })!)).toEqual(['Claude <noreply@anthropic.com>']);
    // The example change is AI-assisted and includes a test, so the rule stays quiet.
    expect(toJSON(policy.evaluate('data.paved.example.deny', { input })!)).toEqual([]);
    const withoutTests = structuredClone(input) as { files: { kind: string }[] };
    withoutTests.files = withoutTests.files.filter((f) => f.kind !== 'test');
    const denied = toJSON(policy.evaluate('data.paved.example.deny', { input: withoutTests })!) as { file: string }[];
    expect(denied.map((f) => f.file).sort()).toEqual(['src/auth/login.ts', 'src/auth/rate-limit.ts']);
  });
});
