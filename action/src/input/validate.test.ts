import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectInput } from '../collect/index.js';
import { readFixture } from '../collect/fixture/index.js';
import { GateError } from '../errors.js';
import type { InputDocument } from './types.js';
import { validateInput } from './validate.js';

const BASIC = fileURLToPath(new URL('../collect/testdata/fixture-basic', import.meta.url));

async function fixtureDocument(): Promise<InputDocument> {
  return collectInput({ kind: 'fixture', dir: BASIC }, { now: new Date('2026-11-20T12:30:00Z') });
}

function invalid(document: unknown): GateError {
  try {
    validateInput(document);
  } catch (error) {
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).code).toBe('input_invalid');
    return error as GateError;
  }
  throw new Error('expected the document to be rejected');
}

describe('validateInput', () => {
  it('accepts documents from the fixture and GitHub sources (the git source is checked in collect/git)', async () => {
    expect(validateInput(await fixtureDocument()).schema).toBe('paved/input/v1');
    const fixture = await readFixture(BASIC);
    const fromGitHub = await collectInput({
      kind: 'github',
      data: fixture.data,
      config: readFileSync(`${BASIC}/paved.yml`, 'utf8'),
      codeScanning: { evaluated: false, reason: 'code scanning is not enabled (403)', findings: [] },
    });
    expect(fromGitHub.source.kind).toBe('github');
    expect(fromGitHub.security.code_scanning.reason).toBe('code scanning is not enabled (403)');
  });

  it('lists JSON pointers and what is wrong for a broken document', async () => {
    const doc = structuredClone(await fixtureDocument()) as unknown as Record<string, any>;
    doc.change.number = 'forty-two';
    doc.files[2].kind = 'tests';
    delete doc.commits[0].trailers;
    doc.gate.extra = true;
    const error = invalid(doc);
    expect(error.message).toContain('/change/number: must be integer,null');
    expect(error.message).toContain('/files/2/kind: must be equal to one of the allowed values ("source", "test"');
    expect(error.message).toContain("/commits/0: must have required property 'trailers'");
    expect(error.message).toContain('/gate: unexpected property "extra"');
    expect(error.hint).toContain('docs/input.md');
  });

  it('rejects another schema version and a non-object', async () => {
    const doc = { ...(await fixtureDocument()), schema: 'paved/input/v2' };
    expect(invalid(doc).message).toContain('/schema: must be equal to constant');
    expect(invalid(null).message).toContain('/: must be object');
  });

  it('caps the listed problems and counts the rest', async () => {
    const doc = structuredClone(await fixtureDocument()) as unknown as Record<string, any>;
    for (const file of doc.files) {
      file.additions = -1;
      file.deletions = -1;
    }
    expect(invalid(doc).message).toMatch(/; and 2 more$/);
  });

  it('rejects a bad collected_at timestamp', async () => {
    const doc = structuredClone(await fixtureDocument()) as unknown as Record<string, any>;
    doc.source.collected_at = 'yesterday';
    expect(invalid(doc).message).toContain('/source/collected_at: must match format "date-time"');
  });
});
