import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GateError } from '../errors.js';
import { readReportDir, readReportGlobs } from './reports.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'paved-reports-'));
  const files: Record<string, string> = {
    'build/test-results/unit/junit.xml': '<testsuites/>',
    'build/test-results/e2e/junit.xml': '<testsuites tests="2"/>',
    'coverage/lcov.info': 'SF:src/a.ts\nend_of_record\n',
    'results.sarif': '{"version":"2.1.0"}',
    'node_modules/pkg/junit.xml': '<not-ours/>',
    'secrets.txt': 'do not read',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readReportGlobs', () => {
  it('expands globs under the root, sorted and without duplicates', async () => {
    const files = await readReportGlobs(root, ['build/**/junit.xml', '**/*.sarif', 'build/test-results/unit/junit.xml']);
    expect(files).toEqual([
      { path: 'build/test-results/e2e/junit.xml', content: '<testsuites tests="2"/>' },
      { path: 'build/test-results/unit/junit.xml', content: '<testsuites/>' },
      { path: 'results.sarif', content: '{"version":"2.1.0"}' },
    ]);
  });

  it('never walks into node_modules or .git', async () => {
    expect((await readReportGlobs(root, ['**/junit.xml'])).map((f) => f.path)).not.toContain('node_modules/pkg/junit.xml');
  });

  it('accepts literal and ./-prefixed paths and adds nothing for a glob without matches', async () => {
    expect((await readReportGlobs(root, ['./coverage/lcov.info', 'missing/*.xml'])).map((f) => f.path)).toEqual(['coverage/lcov.info']);
  });

  it('skips symbolic links, which could point a report at any file', async () => {
    symlinkSync(join(root, 'secrets.txt'), join(root, 'coverage', 'linked.info'));
    expect((await readReportGlobs(root, ['coverage/*'])).map((f) => f.path)).toEqual(['coverage/lcov.info']);
  });

  it('refuses a report over the size cap, naming it', async () => {
    const error = await readReportGlobs(root, ['coverage/lcov.info'], { maxBytes: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GateError);
    expect((error as GateError).message).toContain('report coverage/lcov.info is 26 bytes, over the 10-byte limit');
  });
});

describe('readReportDir', () => {
  it('reads every file under a directory with a path prefix', async () => {
    const files = await readReportDir(join(root, 'build'), 'reports');
    expect(files.map((f) => f.path)).toEqual(['reports/test-results/e2e/junit.xml', 'reports/test-results/unit/junit.xml']);
  });
});
