/**
 * The input document is validated exactly once per command: by the gate
 * right before `paved check` evaluates it, and by `paved input` before it
 * prints it (validation is ~80 ms at 3,000 files, so twice is a real cost).
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PACKAGE_ROOT } from '../gate.js';
import { main } from './paved.js';
import { captureIO, makeTempDir, removeTempDirs } from './test-support.js';

const validated = vi.hoisted(() => ({ documents: [] as unknown[] }));
vi.mock('../input/validate.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../input/validate.js')>();
  return {
    ...real,
    validateInput: (document: unknown) => {
      validated.documents.push(document);
      return real.validateInput(document);
    },
  };
});

const work = makeTempDir('paved-validate-once-');
afterAll(removeTempDirs);
beforeEach(() => {
  validated.documents = [];
});

function fixture(): string {
  const dir = mkdtempSync(join(work, 'fixture-'));
  cpSync(join(PACKAGE_ROOT, 'fixtures', 'human-change-passes'), dir, { recursive: true });
  return dir;
}

describe('input validation happens once', () => {
  it('paved check: once, and the validated document is the one evaluated', async () => {
    const io = captureIO(work);
    expect(await main(['check', '--fixture', fixture(), '--format', 'json'], io)).toBe(0);
    expect(validated.documents).toHaveLength(1);
    const decision = JSON.parse(io.out());
    expect(decision.error).toBeNull();
    expect((validated.documents[0] as { schema: string }).schema).toBe('paved/input/v1');
  });

  it('paved input: once, before printing', async () => {
    const io = captureIO(work);
    expect(await main(['input', '--fixture', fixture()], io)).toBe(0);
    expect(validated.documents).toHaveLength(1);
    expect(JSON.parse(io.out())).toEqual(JSON.parse(JSON.stringify(validated.documents[0])));
  });
});
